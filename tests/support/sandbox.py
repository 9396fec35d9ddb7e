"""Talking to a running sandbox: its fault switches, its clock, and its demo accounts."""

import requests

from syndication.sandbox import seed


def set_faults(sandbox, **faults):
    response = requests.post(f"{sandbox.url}/__sandbox/faults", json=faults, timeout=5)
    assert response.status_code == 200, response.text
    return response.json()


def advance_clock(sandbox, seconds):
    response = requests.post(
        f"{sandbox.url}/__sandbox/clock", json={"advance_seconds": seconds}, timeout=5
    )
    assert response.status_code == 200


FB_PAGE = seed.FACEBOOK_PAGE_ID
FB_TOKEN = seed.FACEBOOK_TOKEN
IG_USER = seed.INSTAGRAM_USER_ID
IG_TOKEN = seed.INSTAGRAM_TOKEN
X_USER = seed.X_USER_ID
X_TOKEN = seed.X_TOKEN
YT_CHANNEL = seed.YOUTUBE_CHANNEL_ID
YT_TOKEN = seed.YOUTUBE_TOKEN
