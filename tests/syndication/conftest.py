"""The post every platform client test sends (a plain object, no database), and the queue."""

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


@pytest.fixture
def queued():
    """The task messages an action puts on the broker's queue, read back from Redis."""
    from mmc.celery import app

    with app.connection_for_write() as connection:
        queue = connection.SimpleQueue("celery")
        queue.clear()

        def drain():
            messages = []
            while True:
                try:
                    message = queue.get(timeout=0.5)
                except queue.Empty:
                    return messages
                message.ack()
                messages.append(message.headers["argsrepr"])

        yield drain
        queue.clear()
