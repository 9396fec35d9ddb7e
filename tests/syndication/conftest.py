"""The post every platform client test sends (a plain object, no database)."""

import pytest

from syndication.platforms.base import PostPayload
from tests.support.platforms import LINK, MARKER


@pytest.fixture
def payload():
    return PostPayload(
        text=f"PALANGKA RAYA – Jembatan Kahayan diperbaiki.\n{LINK}\n#KotaPalangkaRaya",
        link=LINK,
        marker=MARKER,
        image_url="https://mmc.kalteng.go.id/media/jembatan.jpg",
        video_id="vid42",
        hashtags=("#KotaPalangkaRaya",),
    )
