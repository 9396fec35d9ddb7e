"""The Indonesian catalogue in locale/: compiled, complete, and layered over Wagtail's."""

import re

import polib
import pytest
from django.utils import translation

from devtools.messages import catalogues

PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]")
CATALOGUES = catalogues()


def entries(catalogue):
    return {
        (entry.msgctxt, entry.msgid): entry.msgstr_plural or entry.msgstr
        for entry in catalogue
        if entry.msgid
    }


@pytest.mark.parametrize("po_path", CATALOGUES, ids=lambda path: path.name)
def test_the_committed_mo_says_what_its_po_says(po_path):
    mo_path = po_path.with_suffix(".mo")
    assert mo_path.exists(), f"run `make messages` and commit {mo_path.name}"
    compiled = entries(polib.mofile(str(mo_path)))
    written = entries(polib.pofile(str(po_path)))
    assert compiled == written, f"{mo_path.name} is out of date: run `make messages`"


@pytest.mark.parametrize("po_path", CATALOGUES, ids=lambda path: path.name)
def test_every_message_is_translated_with_its_placeholders_and_one_plural_form(po_path):
    catalogue = polib.pofile(str(po_path))
    assert catalogue.metadata["Plural-Forms"] == "nplurals=1; plural=0;"
    assert not catalogue.untranslated_entries() and not catalogue.fuzzy_entries()
    for entry in catalogue:
        source = entry.msgid_plural or entry.msgid
        translations = list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]
        assert len(translations) == 1
        for text in translations:
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (
                entry.msgid
            )


def test_our_catalogue_wins_over_wagtails_and_fills_its_gaps():
    with translation.override("id"):
        assert translation.gettext("Username") == "Nama pengguna"  # Wagtail says "Username"
        assert translation.gettext("Reports") == "Laporan"  # Wagtail has none
        assert translation.ngettext("1 page", "%(counter)s pages", 330) == "%(counter)s halaman"
