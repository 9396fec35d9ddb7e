"""The desk's roles: Operator OPD (one agency's data) and Pengelola Data (Diskominfo's data
desk), their permissions, the newsroom's rights on reports, and the "Data OPD" collection
under which each agency gets its own (desk.models.operators)."""

from django.db import migrations

DESK_COLLECTION = "Data OPD"
MODEL_PERMISSIONS = {
    "Operator OPD": {
        "programmereport": ["add", "change", "view"],
        "datarequest": ["view"],
    },
    "Pengelola Data": {
        "programmereport": ["add", "change", "view", "review"],
        "datarequest": ["add", "change", "delete", "view"],
        "agencyoperator": ["add", "change", "delete", "view"],
    },
    "Redaktur": {
        "programmereport": ["change", "view", "review"],
        "datarequest": ["view"],
    },
    "Pewarta": {"programmereport": ["view"]},
    "Administrator": {
        "programmereport": ["add", "change", "delete", "view", "review"],
        "datarequest": ["add", "change", "delete", "view"],
        "agencyoperator": ["add", "change", "delete", "view"],
    },
}
# Choosing agencies' photos and documents (an article made from a report uses them).
COLLECTION_ROLES = ["Pengelola Data", "Redaktur", "Pewarta"]
COLLECTION_PERMISSIONS = [("wagtailimages", "image"), ("wagtaildocs", "document")]


def permission(apps, app_label, model, codename):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    found, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": codename.replace("_", " ")}
    )
    return found


def desk_collection(apps):
    Collection = apps.get_model("wagtailcore.Collection")
    existing = Collection.objects.filter(name=DESK_COLLECTION, depth=2).first()
    if existing:
        return existing
    root = Collection.objects.get(depth=1)
    # Treebeard's path: the root's path plus the next four-character step.
    last = Collection.objects.filter(depth=2).order_by("-path").values_list("path", flat=True).first()
    step = int(last[-4:], 36) + 1 if last else 1
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    encoded = ""
    while step:
        step, remainder = divmod(step, 36)
        encoded = alphabet[remainder] + encoded
    collection = Collection.objects.create(
        name=DESK_COLLECTION, path=f"{root.path}{encoded.rjust(4, '0')}", depth=2, numchild=0
    )
    Collection.objects.filter(pk=root.pk).update(
        numchild=Collection.objects.filter(depth=2).count()
    )
    return collection


def grant(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    GroupCollectionPermission = apps.get_model("wagtailcore.GroupCollectionPermission")
    access_admin = permission(apps, "wagtailadmin", "admin", "access_admin")
    for role, models in MODEL_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=role)
        group.permissions.add(access_admin)
        for model, actions in models.items():
            for action in actions:
                group.permissions.add(permission(apps, "desk", model, f"{action}_{model}"))
    collection = desk_collection(apps)
    for role in COLLECTION_ROLES:
        group = Group.objects.get(name=role)
        for app_label, model in COLLECTION_PERMISSIONS:
            GroupCollectionPermission.objects.get_or_create(
                group=group,
                collection=collection,
                permission=permission(apps, app_label, model, f"choose_{model}"),
            )


class Migration(migrations.Migration):
    dependencies = [
        ("desk", "0001_programme_desk"),
        ("news", "0005_role_permissions_and_review_workflow"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
