from django.db import migrations


def grant(apps, schema_editor):
    """Only Administrators may see or change social accounts and caption templates."""
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    ContentType = apps.get_model("contenttypes.ContentType")
    administrators = Group.objects.get(name="Administrator")
    for model, actions in {
        "socialaccount": ["add", "change", "delete", "view"],
        "captiontemplates": ["change", "view"],
    }.items():
        content_type, _ = ContentType.objects.get_or_create(app_label="syndication", model=model)
        for action in actions:
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type, codename=f"{action}_{model}",
                defaults={"name": f"Can {action} {model}"},
            )
            administrators.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("syndication", "0001_initial"),
        ("news", "0005_role_permissions_and_review_workflow"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
