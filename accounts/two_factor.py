"""Two-step verification with an authenticator app (TOTP, django-otp): one device per person."""

import base64
from io import BytesIO

import qrcode
import qrcode.image.svg
from django.db import transaction
from django.utils import timezone
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from core.roles import needs_two_factor

DEVICE_NAME = "Aplikasi autentikator"


def confirmed_device(user) -> TOTPDevice | None:
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


def must_verify(user) -> bool:
    """Whether this signed-in person has to give a code before using the admin."""
    return needs_two_factor(user) or confirmed_device(user) is not None


def pending_device(user) -> TOTPDevice:
    """The device being enrolled: kept across page loads, so the QR code stays the same."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    return device or TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=False)


def manual_secret(device: TOTPDevice) -> str:
    """The key as authenticator apps ask for it when typed in: base32, in groups of four."""
    secret = base64.b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def qr_code_svg(device: TOTPDevice) -> str:
    image = qrcode.make(device.config_url, image_factory=qrcode.image.svg.SvgPathFillImage)
    buffer = BytesIO()
    image.save(buffer)
    return buffer.getvalue().decode()


def verify(request, device: TOTPDevice, token: str) -> bool:
    """Check a code against a device; on success the session counts as verified."""
    with transaction.atomic():
        device = TOTPDevice.objects.select_for_update().get(pk=device.pk)
        if not device.verify_token(token.replace(" ", "")):
            return False
    otp_login(request, device)
    return True


def confirm_enrolment(request, device: TOTPDevice, token: str) -> bool:
    """The first right code from a new device makes it the person's only device."""
    if not verify(request, device, token):
        return False
    TOTPDevice.objects.filter(user=device.user).exclude(pk=device.pk).delete()
    TOTPDevice.objects.filter(pk=device.pk).update(confirmed=True)
    return True


def seconds_until_retry(device: TOTPDevice) -> int:
    """How long django-otp's throttle still refuses codes after wrong ones (0: not at all)."""
    allowed, details = device.verify_is_allowed()
    if allowed or not details or not details.get("locked_until"):
        return 0
    return max(1, int((details["locked_until"] - timezone.now()).total_seconds()) + 1)


def reset(user) -> int:
    """Remove a person's devices (a lost phone); they enrol again at their next login."""
    deleted, _ = TOTPDevice.objects.filter(user=user).delete()
    return deleted
