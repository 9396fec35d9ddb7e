"""Give each newsroom role its permissions and route /berita/ through "Review Redaksi"."""

from django.db import migrations

PAGE_PERMISSIONS = {
    # A reporter may create articles and edit their own; never publish.
    "Pewarta": ["add_page"],
    "Redaktur": ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    "Administrator": [
        "add_page", "change_page", "publish_page", "lock_page", "unlock_page", "bulk_delete_page",
    ],
}
COLLECTION_PERMISSIONS = {
    "Pewarta": ["add_image", "choose_image", "add_document", "choose_document"],
    "Redaktur": [
        "add_image", "change_image", "choose_image", "delete_image",
        "add_document", "change_document", "choose_document", "delete_document",
    ],
    "Administrator": [
        "add_image", "change_image", "choose_image", "delete_image",
        "add_document", "change_document", "choose_document", "delete_document",
    ],
}
TAXONOMY_MODELS = ["region", "agency", "rubrik", "reporter"]
MODEL_ACTIONS = ["add", "change", "delete", "view"]


def permission(apps, app_label, model, codename):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    found, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": codename.replace("_", " ")}
    )
    return found


def grant(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Page = apps.get_model("wagtailcore.Page")
    Collection = apps.get_model("wagtailcore.Collection")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore.GroupCollectionPermission")
    news_index = Page.objects.get(content_type__app_label="news", content_type__model="newsindexpage")
    root_page = Page.objects.get(depth=1)
    root_collection = Collection.objects.get(depth=1)
    news_collection = Collection.objects.filter(name="Berita").first()
    if news_collection is None:
        news_collection = Collection.objects.create(
            name="Berita",
            path=f"{root_collection.path}{root_collection.numchild + 1:04d}",
            depth=2,
            numchild=0,
        )
        Collection.objects.filter(pk=root_collection.pk).update(numchild=root_collection.numchild + 1)

    groups = {group.name: group for group in Group.objects.all()}
    for role, codenames in PAGE_PERMISSIONS.items():
        page = root_page if role == "Administrator" else news_index
        for codename in codenames:
            GroupPagePermission.objects.get_or_create(
                group=groups[role], page=page,
                permission=permission(apps, "wagtailcore", "page", codename),
            )
    for role, codenames in COLLECTION_PERMISSIONS.items():
        collection = root_collection if role == "Administrator" else news_collection
        for codename in codenames:
            app_label = "wagtailimages" if codename.endswith("image") else "wagtaildocs"
            model = codename.rsplit("_", 1)[1]
            GroupCollectionPermission.objects.get_or_create(
                group=groups[role], collection=collection,
                permission=permission(apps, app_label, model, codename),
            )
    for role in ["Redaktur", "Administrator"]:
        for model in TAXONOMY_MODELS:
            for action in MODEL_ACTIONS:
                groups[role].permissions.add(permission(apps, "news", model, f"{action}_{model}"))
        groups[role].permissions.add(
            permission(apps, "news", "articlecorrection", "add_articlecorrection"),
            permission(apps, "news", "articlecorrection", "change_articlecorrection"),
        )
    for model, codenames in {
        "user": ["add_user", "change_user", "delete_user"],
        "group": ["add_group", "change_group", "delete_group"],
    }.items():
        for codename in codenames:
            groups["Administrator"].permissions.add(permission(apps, "auth", model, codename))
    groups["Administrator"].permissions.add(
        permission(apps, "wagtailcore", "site", "change_site"),
        permission(apps, "wagtailcore", "workflow", "add_workflow"),
        permission(apps, "wagtailcore", "workflow", "change_workflow"),
        permission(apps, "wagtailcore", "task", "add_task"),
        permission(apps, "wagtailcore", "task", "change_task"),
    )
    # Wagtail's starter groups would be a second, unmanaged set of roles.
    Group.objects.filter(name__in=["Moderators", "Editors"]).delete()
    create_review_workflow(apps, groups["Redaktur"], news_index)


def create_review_workflow(apps, editors, news_index):
    ContentType = apps.get_model("contenttypes.ContentType")
    Workflow = apps.get_model("wagtailcore.Workflow")
    WorkflowPage = apps.get_model("wagtailcore.WorkflowPage")
    WorkflowTask = apps.get_model("wagtailcore.WorkflowTask")
    GroupApprovalTask = apps.get_model("wagtailcore.GroupApprovalTask")

    WorkflowPage.objects.all().delete()
    Workflow.objects.exclude(name="Review Redaksi").update(active=False)
    workflow, created = Workflow.objects.get_or_create(name="Review Redaksi", defaults={"active": True})
    if created:
        task_type, _ = ContentType.objects.get_or_create(
            app_label="wagtailcore", model="groupapprovaltask"
        )
        task = GroupApprovalTask.objects.create(
            name="Review Redaktur", content_type=task_type, active=True
        )
        task.groups.set([editors])
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.update_or_create(page=news_index, defaults={"workflow": workflow})


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0004_article_corrections"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
