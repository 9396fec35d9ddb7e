"""NUL characters in a URL never reach PostgreSQL (which refuses them with an error)."""

import pytest

from news.factories import ArticlePageFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path", ["/topik/%00/", "/berita/%00/", "/%00/", "/wilayah/a%00b/"])
def test_a_path_with_a_nul_is_not_found(reader, path):
    assert reader.get(path).status_code == 404


def test_nul_characters_in_a_query_string_are_dropped(reader):
    ArticlePageFactory(title="Banjir Kapuas Surut")
    response = reader.get("/cari/?q=ban%00jir&page=%001")
    assert response.status_code == 200
    assert response.context["query"] == "banjir"


def test_an_admin_search_with_a_nul_answers(login):
    response = login("Redaktur").get("/admin/pages/search/?q=%00")
    assert response.status_code == 200
