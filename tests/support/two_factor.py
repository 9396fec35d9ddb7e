"""Authenticator-app codes for tests, computed the way django-otp checks them."""

import base64

from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice


def enrolled_device(user) -> TOTPDevice:
    return TOTPDevice.objects.create(user=user, name="Ponsel uji", confirmed=True)


def current_code(device: TOTPDevice) -> str:
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return str(totp.token()).zfill(device.digits)


def code_for_secret(secret: str) -> str:
    """The current code for a key as the enrolment page shows it (base32 in groups)."""
    compact = secret.replace(" ", "")
    key = base64.b32decode(compact + "=" * (-len(compact) % 8))
    return str(TOTP(key).token()).zfill(6)


def mark_verified(client, device: TOTPDevice) -> None:
    """Make a test client's session count as having passed the second step with device."""
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
