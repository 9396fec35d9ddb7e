from django.core.management.base import BaseCommand
from django.db import transaction

from syndication.models import SocialAccount


class Command(BaseCommand):
    help = (
        "Enkripsi ulang semua token dengan kunci terbaru (kunci pertama di TOKEN_ENCRYPTION_KEYS)."
    )

    def handle(self, *args, **options):
        count = 0
        with transaction.atomic():
            rows = SocialAccount.objects.select_for_update().values_list(
                "pk", "access_token", "secrets"
            )
            for pk, access_token, secrets in rows.iterator():
                # Read decrypted (with any listed key), written encrypted with the newest key.
                SocialAccount.objects.filter(pk=pk).update(
                    access_token=access_token, secrets=secrets
                )
                count += 1
        self.stdout.write(self.style.SUCCESS(f"{count} akun dienkripsi ulang."))
