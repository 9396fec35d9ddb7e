import json

import google.auth.exceptions
import pytest
import requests
from google.oauth2.credentials import Credentials
from googleapiclient.discovery import build
from googleapiclient.errors import HttpError

from tests.support.sandbox import YT_CHANNEL, YT_TOKEN, advance_clock, set_faults

VIDEO = "MMCdemo0001"


def youtube(sandbox, token=YT_TOKEN):
    return build(
        "youtube",
        "v3",
        credentials=Credentials(token),
        static_discovery=True,
        client_options={"api_endpoint": sandbox.url + "/"},
        cache_discovery=False,
    )


def reasons(exc: HttpError):
    return [e["reason"] for e in json.loads(exc.content)["error"]["errors"]]


def test_googleapiclient_lists_and_updates_through_the_sandbox(sandbox):
    service = youtube(sandbox)
    listed = service.videos().list(part="snippet,statistics", id=VIDEO).execute()
    item = listed["items"][0]
    assert listed["kind"] == "youtube#videoListResponse"
    assert item["snippet"]["channelId"] == YT_CHANNEL
    assert set(item["statistics"]) == {"viewCount", "likeCount", "favoriteCount", "commentCount"}
    assert all(isinstance(v, str) for v in item["statistics"].values())
    snippet = {
        "title": item["snippet"]["title"],
        "categoryId": item["snippet"]["categoryId"],
        "description": "Artikel lengkap: https://mmc.kalteng.go.id/berita/a/?utm_content=9",
        "tags": item["snippet"]["tags"],
    }
    updated = service.videos().update(part="snippet", body={"id": VIDEO, "snippet": snippet})
    assert updated.execute()["snippet"]["description"] == snippet["description"]
    again = service.videos().list(part="snippet", id=VIDEO).execute()["items"][0]
    assert again["snippet"]["description"] == snippet["description"]
    posts = requests.get(f"{sandbox.url}/__sandbox/posts?platform=youtube", timeout=5).json()
    assert [p["remote_id"] for p in posts["data"]] == [VIDEO]
    assert posts["data"][0]["updates"] == 1


def test_the_sandbox_counts_every_update_of_a_video_so_a_double_post_shows(sandbox):
    service = youtube(sandbox)
    snippet = service.videos().list(part="snippet", id=VIDEO).execute()["items"][0]["snippet"]
    body = {"id": VIDEO, "snippet": {**snippet, "description": "Sekali saja"}}
    service.videos().update(part="snippet", body=body).execute()
    service.videos().update(part="snippet", body=body).execute()

    posts = requests.get(f"{sandbox.url}/__sandbox/posts?platform=youtube", timeout=5).json()
    assert [(p["remote_id"], p["updates"]) for p in posts["data"]] == [(VIDEO, 2)]
    requests.post(f"{sandbox.url}/__sandbox/reset", json={}, timeout=5).raise_for_status()
    after_reset = requests.get(f"{sandbox.url}/__sandbox/posts?platform=youtube", timeout=5)
    assert after_reset.json()["data"] == []


def test_update_without_category_id_or_title_is_refused_with_400(sandbox):
    service = youtube(sandbox)
    with pytest.raises(HttpError) as no_category:
        service.videos().update(
            part="snippet", body={"id": VIDEO, "snippet": {"title": "t", "description": "d"}}
        ).execute()
    assert no_category.value.status_code == 400
    assert reasons(no_category.value) == ["invalidCategoryId"]
    with pytest.raises(HttpError) as no_title:
        service.videos().update(
            part="snippet", body={"id": VIDEO, "snippet": {"categoryId": "25"}}
        ).execute()
    assert reasons(no_title.value) == ["invalidTitle"]
    with pytest.raises(HttpError) as bad_category:
        service.videos().update(
            part="snippet", body={"id": VIDEO, "snippet": {"title": "t", "categoryId": "999"}}
        ).execute()
    assert reasons(bad_category.value) == ["invalidCategoryId"]


def test_update_with_angle_brackets_in_description_is_invalid(sandbox):
    with pytest.raises(HttpError) as caught:
        youtube(sandbox).videos().update(
            part="snippet",
            body={"id": VIDEO, "snippet": {"title": "t", "categoryId": "25", "description": "<b>"}},
        ).execute()
    assert reasons(caught.value) == ["invalidDescription"]


def test_update_of_an_unknown_video_is_404_video_not_found(sandbox):
    with pytest.raises(HttpError) as caught:
        youtube(sandbox).videos().update(
            part="snippet", body={"id": "nope", "snippet": {"title": "t", "categoryId": "25"}}
        ).execute()
    assert caught.value.status_code == 404
    assert reasons(caught.value) == ["videoNotFound"]


def test_daily_quota_counts_list_1_and_update_50_then_answers_quota_exceeded(sandbox):
    set_faults(sandbox, youtube_daily_quota=52)
    service = youtube(sandbox)
    service.videos().list(part="snippet", id=VIDEO).execute()  # 1
    body = {"id": VIDEO, "snippet": {"title": "t", "categoryId": "25", "description": "d"}}
    service.videos().update(part="snippet", body=body).execute()  # 51
    service.videos().list(part="id", id=VIDEO).execute()  # 52
    with pytest.raises(HttpError) as caught:
        service.videos().list(part="id", id=VIDEO).execute()
    assert caught.value.status_code == 403
    error = json.loads(caught.value.content)["error"]
    assert error["code"] == 403
    assert error["errors"][0] == {
        "message": error["message"],
        "domain": "youtube.quota",
        "reason": "quotaExceeded",
    }


def test_quota_resets_on_the_next_pacific_day(sandbox):
    set_faults(sandbox, youtube_daily_quota=1)
    service = youtube(sandbox)
    service.videos().list(part="id", id=VIDEO).execute()
    with pytest.raises(HttpError):
        service.videos().list(part="id", id=VIDEO).execute()
    advance_clock(sandbox, 86400)
    assert service.videos().list(part="id", id=VIDEO).execute()["items"]


def test_bad_or_expired_token_is_401_auth_error(sandbox):
    response = requests.get(
        f"{sandbox.url}/youtube/v3/videos",
        params={"part": "id", "id": VIDEO},
        headers={"Authorization": "Bearer bogus"},
        timeout=5,
    )
    assert response.status_code == 401
    assert response.json()["error"]["errors"][0]["reason"] == "authError"
    set_faults(sandbox, expired_tokens=[YT_TOKEN])
    # google-auth answers a 401 by refreshing; a token without a refresh token cannot.
    with pytest.raises(google.auth.exceptions.RefreshError):
        youtube(sandbox).videos().list(part="id", id=VIDEO).execute()


def test_list_with_more_than_50_ids_is_a_bad_request(sandbox):
    with pytest.raises(HttpError) as caught:
        youtube(sandbox).videos().list(part="id", id=",".join(f"v{i}" for i in range(51))).execute()
    assert caught.value.status_code == 400


def test_video_views_grow_with_time(sandbox):
    service = youtube(sandbox)

    def views():
        item = service.videos().list(part="statistics", id=VIDEO).execute()["items"][0]
        return int(item["statistics"]["viewCount"])

    before = views()
    advance_clock(sandbox, 86400)
    assert views() > before > 0


def test_a_video_created_through_the_control_api_can_be_updated(sandbox):
    created = requests.post(
        f"{sandbox.url}/__sandbox/videos",
        json={"id": "newVideo001", "title": "Baru", "categoryId": "25", "channel": YT_CHANNEL},
        timeout=5,
    )
    assert created.status_code == 201
    body = {"id": "newVideo001", "snippet": {"title": "Baru", "categoryId": "25"}}
    assert youtube(sandbox).videos().update(part="snippet", body=body).execute()["id"]
