"""Finds English UI words in admin text: a word list, an allow-list, and one screen's report.

The word list holds English words an admin screen uses and Indonesian never does ("the",
"pages", "edit"...); loanwords Indonesian uses as they are ("status", "filter", "email",
"editor", "media", "video", "link", "tag", "admin", "menu") are not in it. Names, brand
names and content are allowed by the phrases in ALLOWED, which are removed before counting.
"""

import re

WORD_LIST = """
    about account accounts action actions active activity add added after ago
    all already also and any apply approve approved are as ascending at author available
    back be been before below browse by cancel cancelled change changed changes check child
    children choose clear click close collection collections comment comments compare confirm
    contains content copy could create created current dashboard date day days delete deleted
    descending details did disabled do document documents does done download draft drafts
    drag drop each edit edited editing empty enabled enter error errors every expand expired
    expiry explorer export field fields find first for forgotten found from go group
    groups guide has have help here hide history hours if image images in information into is it
    items its just keyboard last latest learn less live load loading locale lock locked
    log logged login logout manage may minutes missing month months more most move must
    my name need needs never new next not nothing now of on one only open or order other
    our out owner page pages parent password pending permissions please preview previous privacy
    private profile promote public publish published publishing recent redirect redirects
    remove rename reorder replace report reports required reset restore result results
    revision revisions save saved saving schedule scheduled search seconds see select send
    set settings share shortcuts show sign since site sites size sort start submit submitted
    success successfully task tasks than that the their them there these this time title to
    today toggle type unlock unpublish unpublished unsaved untitled update updated upload
    uploaded usage use used user username users value view viewing want was we week welcome
    what when which will with workflow workflows yes yesterday you your
"""
ENGLISH_WORDS = frozenset(WORD_LIST.split())

# Not English UI: brand and product names, people, places and formats that stay as they are.
ALLOWED = (
    "Wagtail",
    "MMC Kalteng",
    "MMC Newsroom",
    "Facebook",
    "Instagram",
    "YouTube",
    "Google",
    "Mastodon",
    "Draftail",
    "WIB",
    "CSV",
    "URL",
    "RSS",
    "SEO",
    "PDF",
    "JPG",
    "PNG",
    "WebP",
    "UTM",
    # The caption placeholders a reporter types, quoted in the guides.
    "{title}",
    "{lead}",
    "{url}",
    "{hashtags}",
    "{reporter}",
)

SHORT_LABEL_WORDS = 4
# What a person sees on the screen: text nodes that are visible or inside a dialog or
# drop-down a click opens, placeholders, titles and aria-labels, native date inputs, the
# sidebar menu's props and the main area's links.
SCREEN_TEXT = """() => {
    const popups = "[role=dialog], [role=menu], [role=tooltip], .w-dropdown__content, "
        + "[data-w-dropdown-target='content'], .modal";
    const shown = (el) => el.checkVisibility() || el.closest(popups) !== null;
    const texts = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        // The date picker's "Save Selected" button stays hidden unless the picker is told
        // to show it, which Wagtail never does.
        if (!parent || parent.closest("script, style, template, noscript, [contenteditable], "
                                      + ".xdsoft_save_selected"))
            continue;
        if (node.textContent.trim() && shown(parent)) texts.push(node.textContent.trim());
    }
    const placeholders = [];
    for (const el of document.querySelectorAll("[placeholder], [title], [aria-label]")) {
        if (!shown(el)) continue;
        for (const name of ["placeholder", "title", "aria-label"]) {
            const value = el.getAttribute(name);
            if (value) texts.push(value);
            if (value && name === "placeholder") placeholders.push(value);
        }
    }
    const nativeDates = [...document.querySelectorAll(
        "input[type=date], input[type=datetime-local], input[type=month], input[type=week]"
    )].map((input) => input.name || input.id);
    const menu = document.getElementById("wagtail-sidebar-props");
    return {texts, placeholders, nativeDates, menu: menu ? menu.textContent : "",
            links: [...document.querySelectorAll("main a[href]")].map((a) => a.href)};
}"""
WORD = re.compile(r"[A-Za-z][A-Za-z']*")
US_DATE = re.compile(r"mm\s*/\s*dd\s*/\s*yyyy", re.IGNORECASE)


def english_words(text: str, allowed=()) -> list[str]:
    """The words of text that are on the English word list, in order, once each."""
    for phrase in (*ALLOWED, *allowed):
        text = text.replace(phrase, " ")
    found = []
    for word in WORD.findall(text):
        lowered = word.lower().removesuffix("'s")
        if lowered in ENGLISH_WORDS and len(lowered) > 1 and word not in found:
            found.append(word)
    return found


def english_lines(texts, allowed=()) -> list[str]:
    """Each line of texts that reads as English: two English words, or a short label with one.

    One English word in a long Indonesian sentence is usually a name or a loanword; two, or
    one in a label of a few words ("330 Pages", "Help"), is UI that was not translated.
    """
    flagged = []
    for text in texts:
        for line in text.splitlines():
            line = line.strip()
            words = english_words(line, allowed)
            if not words:
                continue
            reads_english = len(words) >= 2 or len(WORD.findall(line)) <= SHORT_LABEL_WORDS
            if reads_english and line not in flagged:
                flagged.append(line)
    return flagged


def us_date_placeholders(placeholders) -> list[str]:
    return [text for text in placeholders if US_DATE.search(text)]


def screen_problems(seen: dict) -> list[str]:
    """What SCREEN_TEXT found that is not Indonesian: English lines, US dates, native dates."""
    problems = english_lines(seen["texts"])
    problems += [f"mm/dd/yyyy: {text}" for text in us_date_placeholders(seen["placeholders"])]
    problems += [f"native date input: {name}" for name in seen["nativeDates"]]
    return problems


def english_on_screen(page) -> list[str]:
    """The problems on a Playwright page as it is now (its open dialogs included)."""
    return screen_problems(page.evaluate(SCREEN_TEXT))
