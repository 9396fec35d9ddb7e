from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from accounts.two_factor import reset


class Command(BaseCommand):
    help = (
        "Hapus perangkat verifikasi dua langkah seseorang (ponsel hilang). Ia mendaftarkan "
        "ponsel baru saat masuk berikutnya."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        User = get_user_model()
        try:
            user = User.objects.get(username=username)
        except User.DoesNotExist as missing:
            raise CommandError(f"Tidak ada pengguna bernama {username!r}.") from missing
        removed = reset(user)
        self.stdout.write(
            f"{removed} perangkat {username} dihapus; ia mendaftar ulang saat masuk berikutnya."
        )
