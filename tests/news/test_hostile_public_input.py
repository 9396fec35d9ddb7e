"""Public pages hold up to hostile text: titles in JSON-LD and queries in search."""

import json
import re

import pytest
from django.db import connection

from news.factories import ArticlePageFactory

pytestmark = pytest.mark.django_db


def json_ld_block(html: str) -> str:
    return re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)


def test_json_ld_escapes_angle_brackets_and_ampersands_like_json_script(reader):
    title = 'Banjir <!--<script>alert(1)</script> & "Kapuas" >'
    article = ArticlePageFactory(title=title)
    html = reader.get(article.url).content.decode()

    block = json_ld_block(html)
    assert not {"<", ">", "&"} & set(block)
    assert "\\u003c!--\\u003cscript\\u003e" in block
    assert json.loads(block)["headline"] == title
    # Nothing in the title opened a comment or a script: the page's own scripts still follow.
    assert html.count("<!--") == html.count("-->")


@pytest.mark.parametrize("query", ['"', '"banjir', "ban\x00jir", "\x00", "'", "'; DROP TABLE x;--"])
def test_search_answers_hostile_queries_without_an_error(reader, query):
    ArticlePageFactory(title="Banjir Kapuas Surut")
    response = reader.get("/cari/", {"q": query})

    assert response.status_code == 200
    assert "\x00" not in response.context["query"]


def test_search_still_finds_the_words_around_a_stray_quote_or_nul(reader):
    ArticlePageFactory(title="Banjir Kapuas Surut")

    for query in ['"banjir', "banjir\x00", 'kapuas "surut']:
        results = reader.get("/cari/", {"q": query}).context["results"]
        assert [article.title for article in results] == ["Banjir Kapuas Surut"], query


def test_a_search_query_is_capped_in_length(reader):
    response = reader.get("/cari/", {"q": "banjir " * 2000})

    assert response.status_code == 200
    assert len(response.context["query"]) <= 100


def test_a_database_error_in_search_reads_as_no_results_with_a_message(reader):
    ArticlePageFactory(title="Banjir Kapuas Surut")
    # A real failure of the search query: its index table is gone (until the test's rollback).
    with connection.cursor() as cursor:
        cursor.execute("ALTER TABLE wagtailsearch_indexentry RENAME TO indexentry_away")

    response = reader.get("/cari/", {"q": "banjir"})

    assert response.status_code == 200
    assert list(response.context["results"]) == []
    assert "tidak dapat diproses" in response.content.decode()
