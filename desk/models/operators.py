"""Which agency an Operator OPD works for (exactly one), and the workspace that comes with it.

Wagtail scopes images and documents by collection permissions held by groups, so each agency
has its own collection under "Data OPD" and its own group ("OPD: <slug>") with rights there
alone; an operator belongs to the Operator OPD role and to their agency's group, and so sees
only their agency's photos and documents in every Wagtail library, chooser and search.
"""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _
from wagtail.models import Collection, GroupCollectionPermission

from core.roles import OPERATOR_OPD

DESK_COLLECTION = "Data OPD"
AGENCY_GROUP_PREFIX = "OPD: "
AGENCY_COLLECTION_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
]


def agency_collection(agency) -> Collection:
    """The agency's own collection, under "Data OPD" (made by desk's migration)."""
    parent = Collection.objects.get(name=DESK_COLLECTION, depth=2)
    existing = parent.get_children().filter(name=agency.name).first()
    return existing or parent.add_child(name=agency.name)


def agency_group(agency) -> Group:
    """The group holding the agency's collection permissions; made once, on first use."""
    group, created = Group.objects.get_or_create(name=f"{AGENCY_GROUP_PREFIX}{agency.slug}")
    if created:
        collection = agency_collection(agency)
        for app_label, codename in AGENCY_COLLECTION_PERMISSIONS:
            GroupCollectionPermission.objects.create(
                group=group,
                collection=collection,
                permission=Permission.objects.get(
                    content_type__app_label=app_label, codename=codename
                ),
            )
    return group


class AgencyOperator(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("akun"),
        on_delete=models.CASCADE,
        related_name="agency_operator",
    )
    agency = models.ForeignKey(
        "news.Agency", verbose_name=_("OPD"), on_delete=models.CASCADE, related_name="operators"
    )

    class Meta:
        ordering = ["agency__name", "user__username"]
        verbose_name = _("operator OPD")
        verbose_name_plural = _("operator OPD")

    def __str__(self):
        return f"{self.user.get_full_name() or self.user.username} ({self.agency})"

    @transaction.atomic
    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        self.user.groups.remove(*self.user.groups.filter(name__startswith=AGENCY_GROUP_PREFIX))
        self.user.groups.add(Group.objects.get(name=OPERATOR_OPD), agency_group(self.agency))

    @transaction.atomic
    def delete(self, *args, **kwargs):
        self.user.groups.remove(
            *self.user.groups.filter(name__startswith=AGENCY_GROUP_PREFIX),
            *self.user.groups.filter(name=OPERATOR_OPD),
        )
        return super().delete(*args, **kwargs)
