"""Demo accounts and videos: one of each platform, with documented tokens.

These tokens are fake and only mean something to the sandbox.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .store import Store

FACEBOOK_PAGE_ID = "100000000000001"
FACEBOOK_TOKEN = "sandbox-facebook-page-token"
INSTAGRAM_USER_ID = "17841400000000001"
INSTAGRAM_TOKEN = "sandbox-instagram-token"
X_USER_ID = "1500000000000000001"
X_TOKEN = "sandbox-x-token"
YOUTUBE_CHANNEL_ID = "UCmmcKaltengSandbox00001"
YOUTUBE_TOKEN = "sandbox-youtube-token"

DEMO_ACCOUNTS: list[dict[str, Any]] = [
    {
        "platform": "facebook",
        "external_id": FACEBOOK_PAGE_ID,
        "token": FACEBOOK_TOKEN,
        "name": "MMC Kalteng",
        "username": "mmckalteng",
    },
    {
        "platform": "instagram",
        "external_id": INSTAGRAM_USER_ID,
        "token": INSTAGRAM_TOKEN,
        "name": "MMC Kalteng",
        "username": "mmckalteng",
    },
    {
        "platform": "x",
        "external_id": X_USER_ID,
        "token": X_TOKEN,
        "name": "MMC Kalteng",
        "username": "mmckalteng",
    },
    {
        "platform": "youtube",
        "external_id": YOUTUBE_CHANNEL_ID,
        "token": YOUTUBE_TOKEN,
        "name": "MMC Kalteng TV",
        "username": "@mmckaltengtv",
    },
]

# (id, title, age in days)
DEMO_VIDEOS = [
    ("MMCdemo0001", "Gubernur Tinjau Banjir di Katingan", 3),
    ("MMCdemo0002", "Rapat Paripurna DPRD Kalteng", 10),
    ("MMCdemo0003", "Vaksinasi Anak di Palangka Raya", 30),
    ("MMCdemo0004", "Panen Raya Padi di Pulang Pisau", 1),
    ("MMCdemo0005", "Festival Isen Mulang 2026", 0),
]


def seed_demo(store: Store, now: float) -> dict[str, Any]:
    """Create the demo accounts and videos; existing videos keep their descriptions."""
    for account in DEMO_ACCOUNTS:
        store.add_account(**account)
    for video_id, title, age_days in DEMO_VIDEOS:
        if store.video(video_id) is None:
            store.add_video(
                video_id,
                YOUTUBE_CHANNEL_ID,
                title,
                now - age_days * 86400 - 3600,
                description="Video liputan MMC Kalteng.",
                category_id="25",
                tags=["Kalteng", "MMC"],
            )
    return {"accounts": DEMO_ACCOUNTS, "videos": [v[0] for v in DEMO_VIDEOS]}
