"""One caption builder for every platform, each with the length rule its spec declares."""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Iterable
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from syndication.platforms.registry import UnknownPlatform, spec_for
from syndication.platforms.spec import CaptionLimit

ELLIPSIS = "…"
PLACEHOLDERS = ("title", "lead", "url", "hashtags", "reporter")
# In an editor's own text only these exact words are filled in; any other brace is kept.
EXACT_PLACEHOLDER = re.compile(r"\{(" + "|".join(PLACEHOLDERS) + r")\}")
LINK_SLOT = "{url}"
# As long as an article's link with its UTM parameters usually is, to size a template's own text.
SAMPLE_LINK = (
    "https://mmc.kalteng.go.id/berita/contoh-judul-berita-yang-cukup-panjang/"
    "?utm_source=x&utm_medium=social&utm_campaign=mmc&utm_content=100000"
)


class CaptionError(ValueError):
    """A template or caption the builder cannot honour; the message is for editors."""


def caption_length(text: str, platform: str) -> int:
    """The length of `text` as `platform` counts it."""
    return _limit_for(platform).measure(text)


def normalise_hashtag(label: str) -> str:
    """ "Kota Palangka Raya" → "#KotaPalangkaRaya"; "" when nothing usable remains."""
    words = re.findall(r"[^\W_]+", label)
    tag = "".join(word[:1].upper() + word[1:] for word in words)
    # A tag of digits only is not a hashtag on any platform.
    return f"#{tag}" if tag and not tag.isdigit() else ""


def hashtags_from(labels: Iterable[str]) -> list[str]:
    """Normalise tags and region names into hashtags, dropping case-insensitive repeats."""
    seen: set[str] = set()
    result = []
    for label in labels:
        tag = normalise_hashtag(label)
        if tag and tag.casefold() not in seen:
            seen.add(tag.casefold())
            result.append(tag)
    return result


def build_caption(
    template: str,
    *,
    title: str,
    lead: str,
    url: str,
    hashtags: Iterable[str],
    reporter: str,
    platform: str,
) -> str:
    """Fill `template`, then shorten lead, hashtags and title (never the URL) to fit `platform`."""
    rule = _limit_for(platform)
    pieces = _template_pieces(template)
    tags = hashtags_from(hashtags)
    if rule.max_hashtags is not None:
        tags = tags[: rule.max_hashtags]

    def render(title_text: str, lead_text: str, tag_list: list[str]) -> str:
        values = {
            "title": title_text,
            "lead": lead_text,
            "url": url,
            "hashtags": " ".join(tag_list),
            "reporter": reporter,
        }
        return _tidy("".join(literal + values.get(name, "") for literal, name in pieces))

    def fits(text: str) -> bool:
        return rule.measure(text) <= rule.limit

    caption = render(title, lead, tags)
    if fits(caption):
        return caption
    # Give up detail in order of value: the lead first, then hashtags, then the title.
    lead = _shorten(lead, lambda candidate: fits(render(title, candidate, tags)))
    if fits(caption := render(title, lead, tags)):
        return caption
    while tags and not fits(caption):
        tags = tags[:-1]
        caption = render(title, lead, tags)
    if fits(caption):
        return caption
    title = _shorten(title, lambda candidate: fits(render(candidate, lead, tags)))
    caption = render(title, lead, tags)
    if not fits(caption):
        raise CaptionError(
            f"Templat keterangan terlalu panjang untuk {platform}, bahkan tanpa judul dan "
            "ringkasan; perpendek teks tetap di templat."
        )
    return caption


def build_custom_caption(
    text: str,
    *,
    title: str,
    lead: str,
    url: str,
    hashtags: Iterable[str],
    reporter: str,
    platform: str,
) -> str:
    """An editor's own text with the link, shortened (never the link) to fit `platform`.

    The text is plain text, never a format string: a placeholder written exactly as in a
    template (`{hashtags}`) is replaced by its value, and any other brace is kept as written.
    The link goes where the text says `{url}`, or after it.
    """
    rule = _limit_for(platform)
    tags = hashtags_from(hashtags)
    if rule.max_hashtags is not None:
        tags = tags[: rule.max_hashtags]
    values = {
        "title": title,
        "lead": lead,
        "url": url,
        "hashtags": " ".join(tags),
        "reporter": reporter,
    }
    head, slot, tail = text.partition(LINK_SLOT)
    head, tail = _fill(head, values), _fill(tail, values)

    def render(head_text: str, tail_text: str) -> str:
        return _tidy(f"{head_text}{url}{tail_text}" if slot else f"{head_text}\n\n{url}")

    def fits(candidate: str) -> bool:
        return rule.measure(candidate) <= rule.limit

    if fits(caption := render(head, tail)):
        return caption
    tail = _shorten(tail, lambda candidate: fits(render(head, candidate)))
    if fits(caption := render(head, tail)):
        return caption
    head = _shorten(head, lambda candidate: fits(render(candidate, tail)))
    if not fits(caption := render(head, tail)):
        raise CaptionError(f"Tautan berita saja sudah melebihi batas panjang {platform}.")
    return caption


def _fill(text: str, values: dict[str, str]) -> str:
    # One pass, so a value that happens to contain "{title}" is not filled in again.
    return EXACT_PLACEHOLDER.sub(lambda found: values[found[1]], text)


def check_template(template: str, platform: str) -> None:
    """CaptionError (for the Administrator) unless `template` can caption any article."""
    if template:
        build_caption(
            template,
            title="",
            lead="",
            url=SAMPLE_LINK,
            hashtags=[],
            reporter="",
            platform=platform,
        )


def _template_pieces(template: str) -> list[tuple[str, str]]:
    """`template` as (literal text, placeholder name or "") pairs; CaptionError if invalid.

    Only bare placeholders are accepted: a format spec (`{title:x>2000000000}`) would let a
    template build gigantic strings, and attribute or index access would reach into objects.
    """
    allowed = ", ".join(f"{{{name}}}" for name in PLACEHOLDERS)
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError as exc:
        raise CaptionError(
            f"Templat keterangan tidak valid ({exc}); tulis kurung kurawal biasa sebagai {{{{ }}}}."
        ) from None
    pieces = []
    for literal, name, spec, conversion in parsed:
        if name is not None and name not in PLACEHOLDERS:
            raise CaptionError(
                f"Placeholder tidak dikenal di templat keterangan: {{{name}}}. Gunakan: {allowed}."
            )
        if spec or conversion:
            raise CaptionError(
                f"Tempat isian {{{name}}} di templat keterangan tidak boleh diberi format "
                f'(tanda ":" atau "!" di dalam kurung kurawal); tulis {{{name}}} saja.'
            )
        pieces.append((literal, name or ""))
    return pieces


def marker_for(syndication_id: object) -> str:
    """The text that identifies one syndication on the platform (it rides in the link)."""
    return f"utm_content={syndication_id}"


def with_utm(url: str, platform: str, syndication_id: object) -> str:
    """Add our UTM parameters to `url`, keeping its other query parameters and fragment."""
    ours = {
        "utm_source": platform,
        "utm_medium": "social",
        "utm_campaign": "mmc",
        "utm_content": str(syndication_id),
    }
    parts = urlsplit(url)
    kept = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in ours]
    query = urlencode(kept + list(ours.items()))
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, parts.fragment))


def _limit_for(platform: str) -> CaptionLimit:
    try:
        return spec_for(platform).caption_limit
    except UnknownPlatform as error:
        raise CaptionError(f"{error}.") from None


def _shorten(text: str, fits: Callable[[str], bool]) -> str:
    """The longest word-boundary prefix of `text` plus "…" that `fits`, or "" if none does."""
    # Where each word ends, so a prefix keeps the text's own spacing and line breaks.
    ends = [word.end() for word in re.finditer(r"\S+", text)]
    low, high = 0, len(ends)  # invariant: keeping `low` words fits (0 words = "")
    while low < high:
        middle = (low + high + 1) // 2
        if fits(_prefix(text, ends, middle)):
            low = middle
        else:
            high = middle - 1
    return _prefix(text, ends, low)


def _prefix(text: str, ends: list[int], count: int) -> str:
    if count == 0:
        return ""
    kept = text[: ends[count - 1]].rstrip(",;:-\N{EN DASH}")
    return kept if count == len(ends) else kept + ELLIPSIS


def _tidy(text: str) -> str:
    # An emptied lead or hashtag line must not leave stray spaces or a gap of blank lines.
    lines = [line.strip() for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
