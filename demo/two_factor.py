"""The demo's authenticator key: admin and redaktur must give a code, as in production.

The key is public (it is in the README), so only the demo seed, which refuses to run
without DEBUG, ever installs it.
"""

import base64

from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from core.roles import needs_two_factor

DEMO_KEY = b"mmc-demo-2fa-kalteng"
DEMO_SECRET = base64.b32encode(DEMO_KEY).decode()
DEVICE_NAME = "Demo"


def seed_demo_devices(users) -> list[str]:
    """Give each user who needs the second step the demo key as their only device."""
    seeded = []
    for user in users:
        if not needs_two_factor(user):
            continue
        TOTPDevice.objects.filter(user=user).delete()
        TOTPDevice.objects.create(user=user, name=DEVICE_NAME, key=DEMO_KEY.hex(), confirmed=True)
        seeded.append(user.username)
    return seeded


def current_demo_code() -> tuple[str, int]:
    """The code an authenticator app with the demo key shows now, and its seconds left."""
    totp = TOTP(DEMO_KEY)
    return str(totp.token()).zfill(totp.digits), totp.step - int(totp.time - totp.t0) % totp.step
