"""Load the demo newsroom: site, users per role. Safe to run again; dev only."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone
from wagtail.models import Site

from demo.desk import seed_desk, seed_desk_users
from demo.seeding import seed_agencies, seed_newsroom
from demo.two_factor import DEMO_SECRET, seed_demo_devices
from home.models import HomePage
from news.models import ArticlePage
from syndication.models import SocialAccount, Syndication
from syndication.rows import create_syndications
from syndication.sandbox_accounts import connect_sandbox_accounts

SYNDICATED_DEMO_ARTICLES = 6
DEMO_USERS = [
    # username, first name, last name, role, superuser
    ("admin", "Admin", "MMC", "Administrator", True),
    ("redaktur", "Rina", "Wulandari", "Redaktur", False),
    ("pewarta", "Agus", "Setiawan", "Pewarta", False),
    ("analis", "Dewi", "Lestari", "Analis", False),
]


class Command(BaseCommand):
    help = "Isi data demo (hanya untuk pengembangan)."

    def add_arguments(self, parser):
        parser.add_argument("--site-port", type=int, default=8000)
        parser.add_argument(
            "--articles", type=int, default=320, help="Jumlah artikel demo (0 = tanpa artikel)."
        )

    def handle(self, *args, site_port, articles, **options):
        if not settings.DEBUG:
            raise CommandError("seed_demo hanya berjalan dengan DEBUG=True (lingkungan dev).")
        with transaction.atomic():
            self.seed_site(site_port)
            enrolled = self.seed_users()
            seed_agencies()
            seed_desk_users(settings.DEMO_PASSWORD)
        if articles:
            created = seed_newsroom(articles=articles, log=self.stdout.write)
            self.stdout.write(f"{created} artikel baru.")
            # Before the social accounts: the desk's published demo articles are not posted.
            reports = seed_desk()
            if reports:
                self.stdout.write(f"Meja Data OPD: {reports} laporan program.")
        if not SocialAccount.objects.exists():
            connect_sandbox_accounts(settings.SANDBOX_URL)
            self.stdout.write(
                f"Akun media sosial demo terhubung ke sandbox {settings.SANDBOX_URL}."
            )
            queued = self.syndicate_newest()
            if queued:
                self.stdout.write(
                    f"{queued} kiriman media sosial menunggu pekerja (artikel terbaru)."
                )
        self.stdout.write(
            f"Verifikasi dua langkah untuk {' dan '.join(enrolled)}: kunci demo {DEMO_SECRET} "
            "di aplikasi autentikator, atau kode saat ini dari "
            "`.venv/bin/python manage.py kode_2fa_demo`."
        )
        self.stdout.write(self.style.SUCCESS("Data demo siap."))

    def syndicate_newest(self) -> int:
        """Send the newest demo articles to the sandbox, as if they had just been published.

        The rows are due now, so the sweeper queues them as soon as beat and a worker run;
        collection then reads their growing counts, and Jangkauan has real platform figures.
        """
        live = ArticlePage.objects.live().exclude(hero_image=None).order_by("-first_published_at")
        newest = list(live.values_list("pk", flat=True)[: SYNDICATED_DEMO_ARTICLES - 2])
        # and the two newest with a video, so YouTube has descriptions to update and read
        with_video = live.exclude(youtube_video_id="").exclude(pk__in=newest)
        newest += with_video.values_list("pk", flat=True)[:2]
        created = [pk for article_id in newest for pk in create_syndications(article_id)]
        Syndication.objects.filter(pk__in=created).update(next_attempt_at=timezone.now())
        return len(created)

    def seed_site(self, port):
        home = HomePage.objects.get()
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={
                "hostname": "127.0.0.1",
                "port": port,
                "root_page": home,
                "site_name": "MMC Kalteng",
            },
        )

    def seed_users(self) -> list[str]:
        """The demo users, with the demo password; those who need it get the demo 2FA key."""
        User = get_user_model()
        users = []
        for username, first_name, last_name, role, superuser in DEMO_USERS:
            user, _ = User.objects.update_or_create(
                username=username,
                defaults={
                    "first_name": first_name,
                    "last_name": last_name,
                    "email": f"{username}@mmc.kalteng.go.id",
                    "is_superuser": superuser,
                    "is_staff": superuser,
                    "is_active": True,
                },
            )
            user.set_password(settings.DEMO_PASSWORD)
            user.save(update_fields=["password"])
            user.groups.set([Group.objects.get(name=role)])
            users.append(user)
        return seed_demo_devices(users)
