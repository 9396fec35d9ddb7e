from django.db import migrations
from django.utils.text import slugify

# (name, short name, kind, capital used as dateline)
REGIONS = [
    ("Provinsi Kalimantan Tengah", "Kalteng", "provinsi", "PALANGKA RAYA"),
    ("Kota Palangka Raya", "Palangka Raya", "kota", "PALANGKA RAYA"),
    ("Kabupaten Barito Selatan", "Barito Selatan", "kabupaten", "BUNTOK"),
    ("Kabupaten Barito Timur", "Barito Timur", "kabupaten", "TAMIANG LAYANG"),
    ("Kabupaten Barito Utara", "Barito Utara", "kabupaten", "MUARA TEWEH"),
    ("Kabupaten Gunung Mas", "Gunung Mas", "kabupaten", "KUALA KURUN"),
    ("Kabupaten Kapuas", "Kapuas", "kabupaten", "KUALA KAPUAS"),
    ("Kabupaten Katingan", "Katingan", "kabupaten", "KASONGAN"),
    ("Kabupaten Kotawaringin Barat", "Kotawaringin Barat", "kabupaten", "PANGKALAN BUN"),
    ("Kabupaten Kotawaringin Timur", "Kotawaringin Timur", "kabupaten", "SAMPIT"),
    ("Kabupaten Lamandau", "Lamandau", "kabupaten", "NANGA BULIK"),
    ("Kabupaten Murung Raya", "Murung Raya", "kabupaten", "PURUK CAHU"),
    ("Kabupaten Pulang Pisau", "Pulang Pisau", "kabupaten", "PULANG PISAU"),
    ("Kabupaten Seruyan", "Seruyan", "kabupaten", "KUALA PEMBUANG"),
    ("Kabupaten Sukamara", "Sukamara", "kabupaten", "SUKAMARA"),
]

RUBRIKS = [
    "Pemerintahan", "DPRD", "Kabupaten/Kota", "Ekonomi", "Infrastruktur", "Kesehatan",
    "Pendidikan", "Sosial Budaya", "Olahraga", "Lingkungan",
]


def seed(apps, schema_editor):
    Region = apps.get_model("news", "Region")
    Rubrik = apps.get_model("news", "Rubrik")
    for order, (name, short_name, kind, capital) in enumerate(REGIONS):
        slug = "kalimantan-tengah" if kind == "provinsi" else slugify(short_name)
        Region.objects.update_or_create(
            slug=slug,
            defaults={"name": name, "short_name": short_name, "kind": kind,
                      "capital": capital, "sort_order": order},
        )
    for order, name in enumerate(RUBRIKS):
        Rubrik.objects.update_or_create(
            slug=slugify(name.replace("/", " ")), defaults={"name": name, "sort_order": order}
        )
    create_news_index(apps)


def create_news_index(apps):
    """/berita/ sits directly under the home page."""
    ContentType = apps.get_model("contenttypes.ContentType")
    Page = apps.get_model("wagtailcore.Page")
    HomePage = apps.get_model("home.HomePage")
    NewsIndexPage = apps.get_model("news.NewsIndexPage")
    home = HomePage.objects.first()
    if home is None or NewsIndexPage.objects.exists():
        return
    content_type, _ = ContentType.objects.get_or_create(app_label="news", model="newsindexpage")
    children = Page.objects.filter(path__startswith=home.path, depth=home.depth + 1)
    last_step = max((int(child.path[-4:], 36) for child in children), default=0)
    NewsIndexPage.objects.create(
        title="Berita",
        draft_title="Berita",
        slug="berita",
        intro="Semua berita terbaru dari Pemerintah Provinsi Kalimantan Tengah.",
        content_type=content_type,
        path=f"{home.path}{_step(last_step + 1)}",
        depth=home.depth + 1,
        numchild=0,
        url_path=f"{home.url_path}berita/",
        locale_id=home.locale_id,
        live=True,
        has_unpublished_changes=False,
    )
    Page.objects.filter(pk=home.pk).update(numchild=children.count() + 1)


def _step(number: int) -> str:
    """Treebeard's base-36, four-character path step."""
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    digits = ""
    while number:
        number, remainder = divmod(number, 36)
        digits = alphabet[remainder] + digits
    return digits.rjust(4, "0")


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0002_content_model"),
        ("home", "0002_create_homepage"),
    ]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
