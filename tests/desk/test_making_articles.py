"""“Jadikan artikel”: a reporter claims an accepted report and one click makes the draft."""

import pytest
from django.urls import reverse

from desk.factories import ProgrammeReportFactory
from desk.models import ProgrammeReport, ReportPhoto, ReviewStatus
from desk.models.operators import agency_collection
from news.factories import ImageFactory, ReporterFactory
from news.models import ArticlePage

pytestmark = pytest.mark.django_db


def story_url(report):
    return reverse("desk_report_story", args=[report.pk])


@pytest.fixture
def accepted(dinkes):
    report = ProgrammeReportFactory(
        agency=dinkes,
        programme_name="Bedah Rumah",
        review_status=ReviewStatus.ACCEPTED,
        kecamatan="Selat",
        desa="Murung Keramat",
    )
    for order, caption in enumerate(["Rumah warga setelah direhabilitasi", ""]):
        ReportPhoto.objects.create(
            report=report,
            image=ImageFactory(collection=agency_collection(dinkes)),
            caption=caption,
            sort_order=order,
        )
    return report


def test_a_reporter_claims_an_accepted_report_and_makes_its_draft(accepted, people, login):
    reporter = people["Pewarta"]
    ReporterFactory(user=reporter, name="Dewi Lestari", slug="dewi-lestari")
    client = login(reporter)

    client.post(story_url(accepted), {"step": "claim"})
    response = client.post(story_url(accepted), {"step": "make"})

    article = ArticlePage.objects.get()
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[article.pk])
    assert not article.live and article.owner == reporter
    assert article.title == "Progres Fisik Program Bedah Rumah di Kapuas Capai 80 Persen"
    assert article.dateline == "KUALA KAPUAS"
    assert article.ringkasan.startswith("Dinas Kesehatan Provinsi Kalimantan Tengah (Dinkes)")
    assert "Rp1,2 miliar atau 78,5 persen dari pagu Rp1,5 miliar" in article.ringkasan
    assert (article.region.slug, article.rubrik.slug) == ("kapuas", "kesehatan")
    assert list(article.agencies.all()) == [accepted.agency]
    assert [link.reporter.name for link in article.reporter_links.all()] == ["Dewi Lestari"]
    assert article.hero_image == accepted.photos.first().image
    assert (article.hero_caption, article.hero_credit) == (
        "Rumah warga setelah direhabilitasi",
        "Dinkes",
    )
    blocks = [(block.block_type, block.value) for block in article.body]
    assert blocks[0][0] == "paragraph" and "Dinkes" in blocks[0][1].source
    images = [value for kind, value in blocks if kind == "image"]
    assert [image["caption"] for image in images] == ["Kegiatan Bedah Rumah (Foto: Dinkes)"]
    accepted.refresh_from_db()
    assert accepted.article == article
    assert article.get_latest_revision() is not None
    editor = client.get(response["Location"])
    assert editor.status_code == 200
    assert reverse("wagtailsnippets_desk_programmereport:inspect", args=[accepted.pk]) in (
        editor.content.decode()
    )


def test_a_report_another_reporter_claimed_is_not_theirs_to_write(accepted, people, login):
    login("Redaktur").post(story_url(accepted), {"step": "claim"})
    client = login("Pewarta")

    claimed = client.post(story_url(accepted), {"step": "claim"}, follow=True)
    made = client.post(story_url(accepted), {"step": "make"}, follow=True)

    assert "sudah diklaim pewarta lain" in claimed.content.decode()
    assert "Klaim laporan ini lebih dulu." in made.content.decode()
    assert not ArticlePage.objects.exists()
    assert ProgrammeReport.objects.get().claimed_by == people["Redaktur"]


def test_one_report_makes_one_article(accepted, login):
    client = login("Redaktur")
    client.post(story_url(accepted), {"step": "claim"})
    client.post(story_url(accepted), {"step": "make"})
    again = client.post(story_url(accepted), {"step": "make"}, follow=True)
    assert "sudah dijadikan artikel" in again.content.decode()
    assert ArticlePage.objects.count() == 1


@pytest.mark.parametrize(
    "status", [ReviewStatus.DRAFT, ReviewStatus.SUBMITTED, ReviewStatus.RETURNED]
)
def test_only_an_accepted_report_becomes_an_article(dinkes, login, status):
    report = ProgrammeReportFactory(agency=dinkes, review_status=status)
    client = login("Redaktur")
    client.post(story_url(report), {"step": "claim"})
    client.post(story_url(report), {"step": "make"})
    report.refresh_from_db()
    assert report.claimed_by is None and not ArticlePage.objects.exists()


def test_an_operator_cannot_make_articles(accepted, operator_of, login):
    client = login(operator_of(accepted.agency))
    response = client.post(story_url(accepted), {"step": "claim"})
    assert response.status_code in (302, 403)
    assert response.get("Location") != story_url(accepted)
    accepted.refresh_from_db()
    assert accepted.claimed_by is None


def test_the_report_list_offers_the_article(accepted, login):
    listing = login("Pewarta").get(reverse("wagtailsnippets_desk_programmereport:list"))
    assert story_url(accepted) in listing.content.decode()
