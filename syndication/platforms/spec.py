"""What the rest of the project knows about one platform, declared by the platform's module.

Each module in `registry.PLATFORM_MODULES` defines `SPEC = PlatformSpec(...)`. Captions,
rate limits, templates, the account choices, the skip rules and the analytics rules all
read it, so adding a platform means one module plus one line in that list.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, NamedTuple


def characters(text: str) -> int:
    return len(text)


def utf8_bytes(text: str) -> int:
    return len(text.encode("utf-8"))


@dataclass(frozen=True)
class CaptionLimit:
    """How long a caption may be, as the platform measures it."""

    limit: int
    measure: Callable[[str], int] = characters
    max_hashtags: int | None = None


class RateBucket(NamedTuple):
    """Our own pace for one account: refill (tokens per second) and burst (capacity)."""

    per_second: float
    capacity: int


@dataclass(frozen=True)
class PlatformSpec:
    name: str
    label: str
    # Builds the client from (AccountCredentials, **options). Its heavy libraries are
    # imported when it is built, so reading a spec never loads them.
    client_class: Callable[..., Any]
    caption_limit: CaptionLimit
    # Well under the platform's own limits, so a backlog drains steadily instead of
    # tripping its rate limiter (settings.SYNDICATION_RATE_BUCKETS may override it).
    rate_bucket: RateBucket
    default_template: str
    # The caption template's label in the admin, when it says more than the platform name.
    template_label: str = ""
    # Whether the platform's metrics include reach; without it the dashboard shows "–",
    # since 0 would read as "nobody".
    reports_reach: bool = True
    # Whether views counted before the article (a video watched for months) are a
    # baseline, so only what the post gains afterwards counts as growth.
    earlier_views_are_baseline: bool = False
    # The Wagtail rendition filter for the hero image the platform posts; "" when it posts
    # no image. An article without a hero image is skipped when one is needed.
    image_rendition: str = ""
    # The platform writes into the article's existing video (YouTube), so an article
    # without one is skipped.
    needs_video: bool = False
    # The platform's quota is per day and per project, so every worker spends from one
    # counter: the client is given a shared `quota_counter`.
    counts_daily_quota: bool = False
    # The article editor's Media Sosial tab: help under this platform's own text, its
    # length limit there, and labels where "Teks khusus <label>" / "Jangan kirim ke <label>"
    # would read wrong.
    option_help: str = ""
    option_max_length: int | None = None
    option_text_label: str = ""
    option_skip_label: str = ""

    @property
    def needs_image(self) -> bool:
        return bool(self.image_rendition)
