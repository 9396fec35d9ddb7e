"""CSV exports of every dashboard table, and one article's reach page."""

import csv
import io

import pytest

from analytics.export import TABLES

pytestmark = [pytest.mark.django_db, pytest.mark.clock]


def rows_of(response):
    return list(csv.reader(io.StringIO(response.content.decode())))


@pytest.mark.parametrize("table", list(TABLES))
def test_every_table_exports_as_csv_with_a_filename(login, newsroom, table):
    response = login("Analis").get(f"/admin/jangkauan/export/?rentang=7&table={table}")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    disposition = response["Content-Disposition"]
    assert disposition.startswith(f'attachment; filename="jangkauan-{table}-')
    assert disposition.endswith('.csv"')
    assert len(rows_of(response)) > 1


def test_exported_numbers_use_the_indonesian_format(login, newsroom):
    response = login("Redaktur").get("/admin/jangkauan/export/?rentang=7&table=platform")

    rows = {row[0]: row for row in rows_of(response)}
    assert rows["Platform"][:3] == ["Platform", "Artikel", "Tayangan"]
    assert rows["Situs MMC"][2] == "1.235.067"
    assert rows["X"][2:5] == ["56.000", "", "45"]  # X reports no reach


def test_an_export_keeps_the_dashboard_filters(login, newsroom):
    region = newsroom["kapuas"].pk
    response = login("Analis").get(
        f"/admin/jangkauan/export/?rentang=7&wilayah={region}&table=wilayah"
    )
    names = [row[0] for row in rows_of(response)[1:]]
    assert names == ["Kabupaten Kapuas"]


def test_an_unknown_table_is_not_found(login):
    assert login("Analis").get("/admin/jangkauan/export/?table=rahasia").status_code == 404


def test_the_article_page_shows_site_views_and_each_platforms_latest_reading(login, newsroom):
    flood = newsroom["flood"]
    response = login("Analis").get(f"/admin/jangkauan/artikel/{flood.pk}/?rentang=7")

    assert response.status_code == 200
    content = response.content.decode()
    assert "Banjir Kapuas Surut" in content
    assert "1.234.567" in content  # site views in the range
    assert "4.700" in content  # X 4.000 + Facebook 700
    assert 'id="article-series"' in content
    reach = response.context["reach"]
    assert {row["latest"].views for row in reach["posts"]} == {4_000, 700}


def test_a_reporter_cannot_open_an_articles_reach(login, newsroom):
    flood = newsroom["flood"]
    assert login("Pewarta").get(f"/admin/jangkauan/artikel/{flood.pk}/").status_code in (
        302,
        403,
    )


@pytest.mark.parametrize(("role", "shown"), [("Redaktur", True), ("Pewarta", False)])
def test_the_article_editor_links_to_its_reach_page_for_those_who_may_read_it(
    people, login, newsroom, role, shown
):
    client = login(role)
    flood = newsroom["flood"]
    flood.owner = people[role]
    flood.save()

    response = client.get(f"/admin/pages/{flood.pk}/edit/")

    assert response.status_code == 200  # a Pewarta may edit an article of their own
    assert (f"/admin/jangkauan/artikel/{flood.pk}/" in response.content.decode()) is shown
