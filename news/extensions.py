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


def article_editor_tabs() -> list:
    return [make_tab() for make_tab in hooks.get_hooks(ARTICLE_EDITOR_TABS)]


def calendar_notes(article) -> list[str]:
    notes = (describe(article) for describe in hooks.get_hooks(CALENDAR_ARTICLE_NOTES))
    return [note for note in notes if note]


def article_copy_resets() -> list[str]:
    return [name for names in hooks.get_hooks(ARTICLE_COPY_RESETS) for name in names()]
