"""Which agency an Operator OPD works for: exactly one."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


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
