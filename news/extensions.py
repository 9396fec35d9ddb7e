"""Where apps that build on articles plug into news' admin, without news naming them.

Each extension point is a Wagtail hook: the app registers a function under the name
below in its own wagtail_hooks.py.
"""

from wagtail import hooks

# fn() -> Panel: a tab of the article editor, shown after Taksonomi.
ARTICLE_EDITOR_TABS = "register_article_editor_tabs"
# fn(article) -> str: a line under a scheduled article in Jadwal Terbit ("" for nothing).
CALENDAR_ARTICLE_NOTES = "calendar_article_notes"
# fn() -> list[str]: fields or child relations (ParentalKey accessor names) of the article
# that a copy starts without, because they belong to the original's publication.
ARTICLE_COPY_RESETS = "register_article_copy_resets"
# fn(request, agency) -> str: HTML (already escaped, marked safe) shown on the agency's public
# page /opd/<slug>/ between its profile and its news ("" for nothing).
AGENCY_PAGE_SECTIONS = "register_agency_page_sections"


def article_editor_tabs() -> list:
    return [make_tab() for make_tab in hooks.get_hooks(ARTICLE_EDITOR_TABS)]


def calendar_notes(article) -> list[str]:
    notes = (describe(article) for describe in hooks.get_hooks(CALENDAR_ARTICLE_NOTES))
    return [note for note in notes if note]


def article_copy_resets() -> list[str]:
    return [name for names in hooks.get_hooks(ARTICLE_COPY_RESETS) for name in names()]


def agency_page_sections(request, agency) -> list[str]:
    sections = (render(request, agency) for render in hooks.get_hooks(AGENCY_PAGE_SECTIONS))
    return [section for section in sections if section]
