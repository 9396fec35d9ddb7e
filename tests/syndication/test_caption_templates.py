"""Caption templates: one per platform, edited by Administrators, defaulting to the spec's."""

import pytest
from django.urls import reverse
from wagtail.models import Site

from syndication.models import CaptionTemplates
from syndication.platforms import spec_for, specs

BEFORE = ("syndication", "0004_container_id")
AFTER = ("syndication", "0006_drop_caption_template_columns")


def settings_url(site):
    return reverse("wagtailsettings:edit", args=["syndication", "captiontemplates", site.pk])


@pytest.mark.django_db
def test_an_administrator_edits_each_platforms_template_with_the_placeholders_explained(login):
    site = Site.objects.get(is_default_site=True)
    admin = login("Administrator")

    page = admin.get(settings_url(site))

    html = page.content.decode()
    for name, spec in specs().items():
        assert page.context["form"][f"template_{name}"].value() == spec.default_template
    assert "deskripsi YouTube" in html
    assert "Tempat isian: {title}, {lead}, {url}, {hashtags}, {reporter}." in html

    # A browser sends textarea line breaks as CRLF; an unchanged default is not stored.
    form = {
        f"template_{name}": spec.default_template.replace("\n", "\r\n")
        for name, spec in specs().items()
    }
    form["template_x"] = "{title} #KaltengBerkah {url}"
    response = admin.post(settings_url(site), form)

    assert response.status_code == 302
    saved = CaptionTemplates.for_site(site)
    assert saved.templates == {"x": "{title} #KaltengBerkah {url}"}
    assert saved.template_for("x") == "{title} #KaltengBerkah {url}"
    assert saved.template_for("facebook") == spec_for("facebook").default_template


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("template", "error"),
    [
        ("{title:x>2000000000} {url}", "tidak boleh diberi format"),
        ("{title!r} {url}", "tidak boleh diberi format"),
        ("{title.__class__} {url}", "Placeholder tidak dikenal"),
        ("{lead[0]} {url}", "Placeholder tidak dikenal"),
        ("Harga {naik {url}", "kurung kurawal"),
        ("x" * 300 + " {url}", "terlalu panjang"),
    ],
    ids=["format-spec", "conversion", "attribute", "index", "unclosed-brace", "too-long-for-x"],
)
def test_an_invalid_template_is_refused_when_saved_saying_why(login, template, error):
    site = Site.objects.get(is_default_site=True)
    form = {f"template_{name}": spec.default_template for name, spec in specs().items()}
    form["template_x"] = template

    response = login("Administrator").post(settings_url(site), form)

    assert response.status_code == 200
    (message,) = response.context["form"].errors["template_x"]
    assert error in message
    assert CaptionTemplates.for_site(site).templates == {}


@pytest.mark.django_db
def test_a_pewarta_cannot_open_the_caption_templates(login):
    site = Site.objects.get(is_default_site=True)

    assert login("Pewarta").get(settings_url(site)).status_code == 302


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_migration_keeps_every_sites_own_templates(migrate_to):
    site = Site.objects.get(is_default_site=True)
    old_apps = migrate_to([BEFORE])
    old_apps.get_model("syndication", "CaptionTemplates").objects.create(
        site_id=site.pk,
        facebook=spec_for("facebook").default_template,
        instagram="{title}\n\n{url}\n\nFoto: MMC Kalteng",
        x="",
        youtube="{lead}\n\n{url}",
    )

    migrate_to([AFTER])

    saved = CaptionTemplates.objects.get(site=site)
    assert saved.templates == {
        "instagram": "{title}\n\n{url}\n\nFoto: MMC Kalteng",
        "youtube": "{lead}\n\n{url}",
    }
    assert saved.template_for("facebook") == spec_for("facebook").default_template
    assert saved.template_for("x") == spec_for("x").default_template
