"""Social accounts, one Syndication row per (article, account), and caption templates."""

import json
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, Q, Value, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from syndication import states
from syndication.api_hosts import check_base_url
from syndication.crypto import EncryptedTextField, mask, redact
from syndication.forms import SocialAccountForm, caption_templates_form, template_field
from syndication.options import ExtraHashtags, SocialOption  # noqa: F401 (the app's models)
from syndication.platforms import Platform as PlatformClient
from syndication.platforms import registry
from syndication.platforms.base import AccountCredentials
from syndication.ratelimit import RedisQuotaCounter


class SocialAccount(models.Model):
    class Status(models.TextChoices):
        ACTIVE = "active", _("Aktif")
        NEEDS_REAUTH = "needs_reauth", _("Perlu otorisasi ulang")

    platform = models.CharField(_("platform"), max_length=16, choices=registry.choices)
    name = models.CharField(_("nama tampilan"), max_length=100)
    external_id = models.CharField(
        _("ID di platform"),
        max_length=100,
        help_text=_(
            "ID Halaman Facebook, ID pengguna Instagram, ID kanal YouTube, atau ID pengguna X."
        ),
    )
    base_url = models.URLField(
        _("alamat API"),
        blank=True,
        help_text=_("Kosongkan untuk API resmi platform; isi alamat sandbox untuk uji coba."),
    )
    access_token = EncryptedTextField(_("token akses"), blank=True)
    secrets = EncryptedTextField(
        _("rahasia tambahan (JSON)"),
        blank=True,
        help_text=_("Untuk X: consumer_key, consumer_secret, access_token_secret."),
    )
    enabled = models.BooleanField(_("aktif"), default=True)
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.ACTIVE
    )
    status_reason = models.CharField(_("alasan status"), max_length=300, blank=True)
    status_since = models.DateTimeField(_("status sejak"), null=True, blank=True)
    # Since when the account posts: the sweeper's catch-up never creates rows for articles
    # that went live before it (see syndication.rows.create_missing_syndications).
    connected_at = models.DateTimeField(_("terhubung sejak"), default=timezone.now)

    base_form_class = SocialAccountForm
    panels = [
        FieldPanel("platform"),
        FieldPanel("name"),
        FieldPanel("external_id"),
        FieldPanel("base_url"),
        FieldPanel("access_token"),
        FieldPanel("secrets"),
        FieldPanel("enabled"),
    ]

    class Meta:
        ordering = ["platform", "name"]
        verbose_name = _("akun media sosial")
        verbose_name_plural = _("akun media sosial")

    def __str__(self):
        return f"{self.get_platform_display()}: {self.name}"

    def save(self, *args, **kwargs):
        stored = SocialAccount.objects.filter(pk=self.pk).first() if self.pk else None
        changed = set()
        if stored and stored.base_url != self.base_url:
            # A token goes only to the host it was entered for: moving the account keeps no
            # old secret (a new one given in the same save is kept).
            for name in ("access_token", "secrets"):
                if getattr(self, name) == getattr(stored, name):
                    setattr(self, name, "")
                    changed.add(name)
        if stored and self.needs_reauth and self.access_token not in ("", stored.access_token):
            # A reconnected account (new token) may post again.
            self.status, self.status_reason, self.status_since = self.Status.ACTIVE, "", None
            changed |= {"status", "status_reason", "status_since"}
        if stored and self.enabled and not stored.enabled:
            self.connected_at = timezone.now()  # switched back on: as if connected anew
            changed.add("connected_at")
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], *changed}
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        try:
            check_base_url(self.platform, self.base_url)
        except ValidationError as error:
            raise ValidationError({"base_url": error}) from None

    def credentials(self) -> AccountCredentials:
        extra = json.loads(self.secrets) if self.secrets else {}
        return AccountCredentials(
            platform=self.platform,
            external_id=self.external_id,
            access_token=self.access_token,
            base_url=self.base_url,
            **{key: extra[key] for key in extra if key in AccountCredentials.__dataclass_fields__},
        )

    def client(self) -> PlatformClient:
        """The platform client for this account: the one place a client is built."""
        options = dict(settings.SYNDICATION_PLATFORM_OPTIONS.get(self.platform, {}))
        if registry.spec_for(self.platform).counts_daily_quota:
            options["quota_counter"] = RedisQuotaCounter(self.pk)
        return registry.platform_for(self.credentials(), **options)

    def redact(self, text: str) -> str:
        """`text` with this account's tokens and secrets masked, safe to store or log."""
        return redact(text, self)

    def flag_needs_reauth(self, reason: str) -> None:
        """Stop posting through this account until an administrator reconnects it."""
        SocialAccount.objects.filter(pk=self.pk).exclude(status=self.Status.NEEDS_REAUTH).update(
            status=self.Status.NEEDS_REAUTH, status_reason=reason[:300], status_since=timezone.now()
        )
        self.refresh_from_db(fields=["status", "status_reason", "status_since"])

    @property
    def masked_token(self) -> str:
        return mask(self.access_token or "")

    @property
    def needs_reauth(self) -> bool:
        return self.status == self.Status.NEEDS_REAUTH


class Syndication(models.Model):
    """One article on one account. The unique pair is what makes posting happen once."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Menunggu")
        IN_FLIGHT = "in_flight", _("Sedang dikirim")
        POSTED = "posted", _("Terkirim")
        UNKNOWN = "unknown", _("Belum pasti")
        FAILED = "failed", _("Gagal")
        NEEDS_REAUTH = "needs_reauth", _("Perlu otorisasi ulang")
        SKIPPED = "skipped", _("Dilewati")

    RETRYABLE = {Status.PENDING, Status.UNKNOWN}
    # Ended rows an editor may send again; a waiting row (pending, unknown) may be sent now.
    EDITOR_RETRYABLE = {Status.FAILED, Status.NEEDS_REAUTH, Status.SKIPPED}
    MAY_BE_POSTED = {Status.UNKNOWN, Status.FAILED, Status.NEEDS_REAUTH}

    page = models.ForeignKey(
        "news.ArticlePage", on_delete=models.CASCADE, related_name="syndications"
    )
    account = models.ForeignKey(
        SocialAccount, on_delete=models.PROTECT, related_name="syndications"
    )
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    attempts = models.PositiveSmallIntegerField(_("percobaan"), default=0)
    last_error = models.CharField(_("galat terakhir"), max_length=500, blank=True)
    last_error_raw = models.TextField(_("galat asli dari platform"), blank=True)
    next_attempt_at = models.DateTimeField(_("percobaan berikutnya"), null=True, blank=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    # Set when next_attempt_at is a slot reserved in the account's token bucket.
    holds_rate_slot = models.BooleanField(default=False)
    # An Instagram media container made by an attempt and not yet published: the next
    # attempt publishes this one, so a slow container never leads to a second.
    container_id = models.CharField(_("ID kontainer media"), max_length=100, blank=True)
    remote_id = models.CharField(_("ID kiriman"), max_length=100, blank=True)
    remote_url = models.URLField(_("tautan kiriman"), max_length=500, blank=True)
    posted_at = models.DateTimeField(_("terkirim pada"), null=True, blank=True)
    marked_manually_by = models.ForeignKey(
        "auth.User", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["page", "account"], name="one_syndication_per_account")
        ]
        indexes = [models.Index(fields=["status", "next_attempt_at"])]
        ordering = ["-created_at"]
        verbose_name = _("sindikasi")
        verbose_name_plural = _("sindikasi")

    def __str__(self):
        return f"{self.page_id} → {self.account}"

    @property
    def platform(self) -> str:
        return self.account.platform

    def mark_posted(self, remote_id: str, remote_url: str, *, by=None) -> None:
        self.status = self.Status.POSTED
        self.remote_id, self.remote_url = remote_id, remote_url
        self.container_id = ""
        self.posted_at = timezone.now()
        self.next_attempt_at = None
        self.last_error = ""
        self.marked_manually_by = by
        self.save()

    def record_error(self, status: str, message: str, raw: str = "", *, retry_in=None) -> None:
        self.status = status
        self.last_error = redact(message, self.account)[:500]
        self.last_error_raw = redact(raw, self.account)[:10_000]
        self.next_attempt_at = timezone.now() + timedelta(seconds=retry_in) if retry_in else None
        self.save()

    def reset_for_retry(self) -> bool:
        """An editor's Coba lagi or Kirim sekarang: due at once; False if the row was not free.

        One conditional UPDATE, so a row a worker claimed since the editor's page was drawn,
        a posted row, or a second click on a row already due is never sent back to the queue.
        A row that may be on the platform already (unknown; failed or needs_reauth, which may
        have ended an unknown row) is reconciled with its marker before it is posted.
        """
        now = timezone.now()
        waiting = Q(status__in=[self.Status.PENDING, self.Status.UNKNOWN]) & (
            Q(next_attempt_at__isnull=True) | Q(next_attempt_at__gt=now)
        )
        changed = (
            Syndication.objects.filter(pk=self.pk)
            .filter(waiting | Q(status__in=self.EDITOR_RETRYABLE))
            .update(
                status=Case(
                    When(status__in=self.MAY_BE_POSTED, then=Value(self.Status.UNKNOWN)),
                    default=Value(self.Status.PENDING),
                ),
                next_attempt_at=now,
                holds_rate_slot=False,  # the slot it waited for is given up: it takes a token
                last_error="",
                attempts=0,
                updated_at=now,
            )
        )
        self.refresh_from_db()
        return bool(changed)

    def resend_without_reconciling(self) -> bool:
        """An editor checked the platform by hand and found no post: send it as new.

        Only for a row no API could reconcile (CHECK_BY_HAND): Coba lagi would reconcile again
        and meet the same refusal. One conditional UPDATE to pending, never unknown, so the
        next attempt posts without asking the platform; False if the row was not such a row.
        """
        now = timezone.now()
        changed = Syndication.objects.filter(
            pk=self.pk, status=self.Status.FAILED, last_error__startswith=states.CHECK_BY_HAND
        ).update(
            status=self.Status.PENDING,
            next_attempt_at=now,
            holds_rate_slot=False,
            last_error="",
            attempts=0,
            updated_at=now,
        )
        self.refresh_from_db()
        return bool(changed)

    @property
    def state(self) -> states.RowState:
        return states.row_state(self)


@register_setting(icon="mail")
class CaptionTemplates(BaseSiteSetting):
    """A caption template per platform, filled by syndication.captions.build_caption.

    Only the templates an administrator changed are stored (platform name → template);
    any other platform uses its spec's default, so a new platform needs no new column.
    """

    templates = models.JSONField(_("templat per platform"), default=dict, blank=True)

    base_form_class = caption_templates_form()
    panels = [
        MultiFieldPanel(
            [FieldPanel(template_field(name)) for name in registry.specs()],
            heading=_("Templat takarir"),
            help_text=_(
                "Tempat isian: {title}, {lead}, {url}, {hashtags}, {reporter}. "
                "Instagram wajib memuat {url} agar kiriman bisa dicocokkan ulang."
            ),
        )
    ]

    class Meta:
        verbose_name = _("templat takarir media sosial")

    def template_for(self, platform: str) -> str:
        return self.templates.get(platform) or registry.spec_for(platform).default_template
