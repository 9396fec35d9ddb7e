"""The Help menu leads each role to its own guide, in Indonesian, inside the admin."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import Group

from guides.catalogue import GUIDES, OPERATOR_OPD
from tests.support.people import PEOPLE

pytestmark = pytest.mark.django_db

OWN_GUIDE = {
    "Pewarta": "pewarta",
    "Redaktur": "redaktur",
    "Analis": "analis",
    "Administrator": "administrator",
    "Pengelola Data": "pengelola-data",
}


def help_menu(client) -> str:
    """The sidebar's menu as the dashboard hands it to the browser."""
    page = client.get("/admin/").content.decode()
    start = page.index('id="wagtail-sidebar-props"')
    return page[page.index(">", start) + 1 : page.index("</script>", start)]


@pytest.mark.parametrize("role", list(PEOPLE))
def test_each_role_finds_its_own_guide_in_the_help_menu_and_not_wagtails(login, role):
    menu = help_menu(login(role))
    own = OWN_GUIDE[role]
    assert f"/admin/panduan/{own}/" in menu
    assert "Bantuan" in menu and "Semua panduan" in menu
    others = [guide.slug for guide in GUIDES if guide.slug != own]
    assert [slug for slug in others if f"/admin/panduan/{slug}/" in menu] == []
    assert "guide.wagtail.org" not in menu and "Editor Guide" not in menu
    assert "whats-new-in-wagtail" not in menu


def test_an_operator_opd_finds_the_operator_guide(django_user_model, client):
    operator = django_user_model.objects.create_user("opd", password="x", first_name="Ani")
    operator.groups.add(Group.objects.get_or_create(name=OPERATOR_OPD)[0])
    operator.user_permissions.add(*Group.objects.get(name="Analis").permissions.all())
    client.force_login(operator)
    assert "/admin/panduan/operator-opd/" in help_menu(client)


@pytest.mark.parametrize("guide", GUIDES, ids=lambda guide: guide.slug)
def test_every_guide_opens_inside_the_admin_for_any_role(login, guide):
    response = login("Analis").get(f"/admin/panduan/{guide.slug}/")
    assert response.status_code == 200
    page = response.content.decode()
    assert f"<title>{guide.title}" in page
    assert 'id="wagtail-sidebar-props"' in page  # the admin's frame, not a bare page
    screenshots = re.findall(r'src="/static/(guides/[^"]+)"', page)
    assert screenshots, "each guide shows the screen it explains"
    for image in screenshots:
        assert (Path(settings.STATICFILES_DIRS[0]) / image).is_file(), image


def test_the_dashboard_links_the_readers_guide_instead_of_wagtails_editor_guide(login):
    page = login("Redaktur").get("/admin/").content.decode()
    assert 'href="/admin/panduan/redaktur/"' in page
    assert "editor guide" not in page


def test_the_guide_index_puts_the_readers_guides_first(login):
    page = login("Pewarta").get("/admin/panduan/").content.decode()
    main = page[page.index("<main") :]
    assert (
        main.index("Panduan untuk Anda") < main.index("Panduan Pewarta") < main.index("Peran lain")
    )
    assert main.index("Peran lain") < main.index("Panduan Redaktur")
