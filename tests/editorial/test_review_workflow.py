from datetime import datetime, timedelta

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import rich_text, streamfield

from news.factories import ArticlePageFactory
from news.models import ArticlePage
from tests.support.admin_forms import article_form

pytestmark = [pytest.mark.django_db, pytest.mark.clock]


def edit_url(article):
    return reverse("wagtailadmin_pages:edit", args=[article.pk])


def workflow_action(client, article, action, **data):
    state = WorkflowState.objects.get(object_id=str(article.pk), status__in=["in_progress"])
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[article.pk, action, state.current_task_state.pk],
    )
    return client.post(url, data)


def test_submit_request_changes_resubmit_approve_for_a_scheduled_time(people, login, draft_by):
    reporter, editor = login(people["Pewarta"]), login(people["Redaktur"])
    article = draft_by(people["Pewarta"], title="Jalan Kasongan Rampung")

    reporter.post(edit_url(article), article_form(article, **{"action-submit": "Kirim"}))
    assert article.workflow_in_progress
    dashboard = editor.get("/admin/").content.decode()
    assert "Menunggu review" in dashboard and "Jalan Kasongan Rampung" in dashboard
    assert "Minta perubahan" in editor.get(edit_url(article)).content.decode()

    workflow_action(editor, article, "reject", comment="Tambahkan kutipan Kepala Dinas PUPR.")
    state = WorkflowState.objects.get(object_id=str(article.pk))
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    to_reporter = [message for message in mail.outbox if message.to == [people["Pewarta"].email]]
    assert len(to_reporter) == 1  # the editor was told of the submission, the reporter of this
    assert (
        "Tambahkan kutipan Kepala Dinas PUPR." in reporter.get(edit_url(article)).content.decode()
    )
    dashboard = reporter.get("/admin/").content.decode()
    assert "Perlu perbaikan" in dashboard
    assert "Tambahkan kutipan Kepala Dinas PUPR." in dashboard

    reporter.post(edit_url(article), article_form(article, **{"action-submit": "Kirim"}))
    go_live_at = (timezone.localtime() + timedelta(hours=1)).replace(second=0, microsecond=0)
    article.refresh_from_db()
    editor.post(
        edit_url(article),
        article_form(article, go_live_at=go_live_at.strftime("%Y-%m-%d %H:%M")),
    )
    workflow_action(editor, article, "approve", comment="")

    article.refresh_from_db()
    assert not article.live
    assert "Jalan Kasongan Rampung" in editor.get("/admin/jadwal/").content.decode()
    assert editor.get(article.url_path.replace("/beranda", "", 1)).status_code == 404

    call_command("publish_scheduled")  # not yet due
    assert not ArticlePage.objects.get(pk=article.pk).live
    with time_machine.travel(go_live_at):
        call_command("publish_scheduled")

    published = ArticlePage.objects.get(pk=article.pk)
    assert published.live
    assert published.editor == people["Redaktur"]
    assert published.uploader == people["Pewarta"]


def test_approving_for_immediate_publication_records_the_approver_as_the_editor(
    people, login, draft_by
):
    article = draft_by(people["Pewarta"])
    login(people["Pewarta"]).post(
        edit_url(article), article_form(article, **{"action-submit": "Kirim"})
    )
    workflow_action(login(people["Redaktur"]), article, "approve", comment="")

    published = ArticlePage.objects.get(pk=article.pk)
    assert published.live
    assert published.editor == people["Redaktur"]


def test_publishing_directly_records_the_publisher_as_the_editor(people, login, draft_by):
    article = draft_by(people["Pewarta"])
    login(people["Redaktur"]).post(
        edit_url(article), article_form(article, **{"action-publish": "Terbitkan"})
    )
    published = ArticlePage.objects.get(pk=article.pk)
    assert published.live
    assert published.editor == people["Redaktur"]


def test_an_editor_attaches_a_dated_correction_that_updates_date_modified(people, login, reader):
    article = ArticlePageFactory(owner=people["Pewarta"])
    article.save_revision().publish()
    before = reader.get(article.url).context["meta"]["json_ld"]["dateModified"]
    corrected_at = timezone.now() + timedelta(hours=2)

    login(people["Redaktur"]).post(
        edit_url(article),
        article_form(
            article,
            corrections=[
                {
                    "corrected_at": timezone.localtime(corrected_at).strftime("%Y-%m-%d %H:%M"),
                    "note": "Sebelumnya tertulis 1.200 balita, yang benar 1.230 balita.",
                }
            ],
            **{"action-publish": "Terbitkan"},
        ),
    )
    response = reader.get(article.url)
    html = response.content.decode()
    assert "Sebelumnya tertulis 1.200 balita, yang benar 1.230 balita." in html
    after = datetime.fromisoformat(response.context["meta"]["json_ld"]["dateModified"])
    assert after > datetime.fromisoformat(before)
    assert after == corrected_at.replace(second=0, microsecond=0)


def test_a_reporter_does_not_see_the_corrections_tab(people, login, draft_by):
    article = draft_by(people["Pewarta"])
    reporter_form = login(people["Pewarta"]).get(edit_url(article)).content.decode()
    editor_form = login(people["Redaktur"]).get(edit_url(article)).content.decode()
    assert "corrections-TOTAL_FORMS" not in reporter_form
    assert "corrections-TOTAL_FORMS" in editor_form


def test_the_article_form_is_split_into_the_newsroom_tabs(people, login, draft_by):
    article = draft_by(people["Pewarta"])
    html = login(people["Pewarta"]).get(edit_url(article)).content.decode()
    for tab in ["Konten", "Taksonomi", "Media Sosial", "Promosi"]:
        assert f">{tab}<" in html or f"{tab}\n" in html, tab
    assert 'data-mmc-limit="120"' in html
    assert 'maxlength="300"' in html


def test_an_empty_paragraph_is_refused_instead_of_saved(people, login, draft_by):
    article = draft_by(people["Redaktur"])
    response = login(people["Redaktur"]).post(
        edit_url(article),
        article_form(article, body=streamfield([("paragraph", rich_text("<p></p>"))])),
    )
    assert response.status_code == 200
    assert "Paragraf tidak boleh kosong" in response.content.decode()


def test_an_over_long_headline_is_refused_with_an_indonesian_message(people, login, draft_by):
    article = draft_by(people["Pewarta"])
    response = login(people["Pewarta"]).post(
        edit_url(article), article_form(article, title="Judul " * 30)
    )
    assert response.status_code == 200
    assert "120" in response.content.decode()
    assert ArticlePage.objects.get(pk=article.pk).title == article.title


def test_a_reporter_can_save_a_draft_with_exactly_the_fields_the_admin_renders(
    people, login, news_index
):
    """Regression: the hidden Ralat tab's formset used to make every reporter save fail."""
    from news.factories import ReporterFactory
    from news.models import Region, Rubrik

    reporter = login(people["Pewarta"])
    add_url = reverse("wagtailadmin_pages:add", args=["news", "articlepage", news_index.pk])
    rendered = reporter.get(add_url).content.decode()
    assert "corrections-TOTAL_FORMS" not in rendered
    data = {
        "title": "Draf Pewarta tentang Jalan Kasongan",
        "slug": "draf-pewarta",
        "ringkasan": "Ringkasan draf.",
        "dateline": "KASONGAN",
        "body-count": "0",
        "rubrik": Rubrik.objects.first().pk,
        "region": Region.objects.first().pk,
        "action-draft": "",
        "reporter_links-TOTAL_FORMS": 1,
        "reporter_links-INITIAL_FORMS": 0,
        "reporter_links-0-reporter": ReporterFactory().pk,
        "related_links-TOTAL_FORMS": 0,
        "related_links-INITIAL_FORMS": 0,
        "comments-TOTAL_FORMS": 0,
        "comments-INITIAL_FORMS": 0,
        "extra_hashtags-TOTAL_FORMS": 1,
        "extra_hashtags-INITIAL_FORMS": 0,
        "social_options-TOTAL_FORMS": 4,
        "social_options-INITIAL_FORMS": 0,
        **{
            f"social_options-{n}-platform": p
            for n, p in enumerate(["facebook", "instagram", "x", "youtube"])
        },
    }
    response = reporter.post(add_url, data)
    assert response.status_code == 302
    assert ArticlePage.objects.filter(slug="draf-pewarta", live=False).exists()


def test_the_preview_looks_like_the_public_article(people, login, draft_by):
    article = draft_by(people["Pewarta"], title="Pratinjau Seperti Halaman Publik")
    reporter = login(people["Pewarta"])
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[article.pk])
    assert reporter.post(url, article_form(article)).json()["is_valid"]
    preview = reporter.get(url + "?mode=")
    html = preview.content.decode()
    assert preview.status_code == 200
    assert '<h1 class="article__title">Pratinjau Seperti Halaman Publik</h1>' in html
    assert 'class="byline"' in html and "site.css" in html
