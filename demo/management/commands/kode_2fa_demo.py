from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from demo.two_factor import current_demo_code


class Command(BaseCommand):
    help = "Tampilkan kode verifikasi dua langkah demo saat ini (admin, redaktur; hanya dev)."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("kode_2fa_demo hanya berjalan dengan DEBUG=True (lingkungan dev).")
        code, seconds_left = current_demo_code()
        self.stdout.write(f"{code}  (berlaku {seconds_left} detik lagi)")
