import json

import requests

from tests.support.sandbox import FB_PAGE, FB_TOKEN, IG_TOKEN, IG_USER, advance_clock, set_faults

V = "v24.0"
LINK = "https://mmc.kalteng.go.id/berita/banjir-katingan/?utm_source=facebook&utm_content=12"


def graph(sandbox, method, path, token=FB_TOKEN, **params):
    url = f"{sandbox.url}/{V}/{path}" if path else f"{sandbox.url}/"
    if token:
        params["access_token"] = token
    key = "data" if method == "POST" else "params"
    return requests.request(method, url, timeout=5, **{key: params})


def post_fb(sandbox, message="Gubernur tinjau banjir", link=LINK):
    response = graph(sandbox, "POST", f"{FB_PAGE}/feed", message=message, link=link)
    assert response.status_code == 200, response.text
    return response.json()["id"]


def publish_ig(sandbox, caption="Banjir di Katingan #kalteng"):
    container = graph(
        sandbox,
        "POST",
        f"{IG_USER}/media",
        token=IG_TOKEN,
        image_url="https://mmc.kalteng.go.id/media/a.jpg",
        caption=caption,
    ).json()["id"]
    for _ in range(3):
        status = graph(sandbox, "GET", container, token=IG_TOKEN, fields="status_code").json()
        if status["status_code"] == "FINISHED":
            break
    published = graph(
        sandbox, "POST", f"{IG_USER}/media_publish", token=IG_TOKEN, creation_id=container
    )
    assert published.status_code == 200, published.text
    return published.json()["id"]


def test_facebook_feed_post_returns_page_scoped_id_with_permalink(sandbox):
    post_id = post_fb(sandbox)
    assert post_id.startswith(f"{FB_PAGE}_")
    body = graph(sandbox, "GET", post_id, fields="permalink_url,message").json()
    assert body["id"] == post_id
    assert body["message"] == "Gubernur tinjau banjir"
    assert body["permalink_url"].startswith("https://www.facebook.com/")


def test_facebook_feed_lists_newest_first_with_marker_in_unshimmed_attachment(sandbox):
    first = post_fb(sandbox, "satu", LINK.replace("=12", "=11"))
    second = post_fb(sandbox, "dua")
    body = graph(
        sandbox,
        "GET",
        f"{FB_PAGE}/feed",
        fields="id,message,link,permalink_url,attachments{url,unshimmed_url}",
        limit=10,
    ).json()
    assert [p["id"] for p in body["data"]] == [second, first]
    attachment = body["data"][0]["attachments"]["data"][0]
    assert attachment["unshimmed_url"] == LINK
    assert "utm_content=12" not in attachment["url"]  # the shimmed URL is percent-encoded
    assert body["data"][0]["link"] == LINK


def test_a_feed_pages_with_cursors_and_a_next_link_until_its_last_page(sandbox):
    """https://developers.facebook.com/docs/graph-api/results#cursors"""
    newest_first = [post_fb(sandbox, text) for text in ("satu", "dua", "tiga")][::-1]
    first = graph(sandbox, "GET", f"{FB_PAGE}/feed", fields="id", limit=2).json()
    assert [p["id"] for p in first["data"]] == newest_first[:2]
    assert first["paging"]["next"]
    after = first["paging"]["cursors"]["after"]

    last = graph(sandbox, "GET", f"{FB_PAGE}/feed", fields="id", limit=2, after=after).json()

    assert [p["id"] for p in last["data"]] == newest_first[2:]
    assert "next" not in last["paging"]
    forged = graph(sandbox, "GET", f"{FB_PAGE}/feed", fields="id", after="not-a-cursor")
    assert forged.status_code == 400


def test_graph_accepts_bearer_header_and_any_version(sandbox):
    response = requests.get(
        f"{sandbox.url}/v19.0/{FB_PAGE}",
        params={"fields": "name"},
        headers={"Authorization": f"Bearer {FB_TOKEN}"},
        timeout=5,
    )
    assert response.json() == {"id": FB_PAGE, "name": "MMC Kalteng"}


def test_graph_without_token_is_code_104_and_unknown_token_code_190(sandbox):
    missing = graph(sandbox, "GET", FB_PAGE, token=None).json()["error"]
    assert missing["code"] == 104 and missing["type"] == "OAuthException"
    unknown = graph(sandbox, "GET", FB_PAGE, token="nope")
    assert unknown.status_code == 400
    error = unknown.json()["error"]
    assert error["code"] == 190 and "error_subcode" not in error and error["fbtrace_id"]


def test_expired_token_fault_answers_code_190_subcode_463(sandbox):
    set_faults(sandbox, expired_tokens=[FB_TOKEN])
    response = graph(sandbox, "POST", f"{FB_PAGE}/feed", message="x", link=LINK)
    error = response.json()["error"]
    assert response.status_code == 400
    assert (error["code"], error["error_subcode"]) == (190, 463)
    assert "Session has expired" in error["message"]


def test_same_facebook_message_twice_is_duplicate_code_506(sandbox):
    post_fb(sandbox)
    response = graph(
        sandbox, "POST", f"{FB_PAGE}/feed", message="Gubernur tinjau banjir", link=LINK
    )
    assert response.json()["error"]["code"] == 506


def test_unknown_object_is_code_100_subcode_33(sandbox):
    error = graph(sandbox, "GET", "999", fields="permalink_url").json()["error"]
    assert (error["code"], error["error_subcode"]) == (100, 33)


def test_instagram_container_is_in_progress_then_finished_then_published(sandbox):
    container = graph(
        sandbox,
        "POST",
        f"{IG_USER}/media",
        token=IG_TOKEN,
        image_url="https://mmc.kalteng.go.id/media/a.jpg",
        caption="Halo #kalteng utm_content=7",
    ).json()["id"]
    statuses = [
        graph(sandbox, "GET", container, token=IG_TOKEN, fields="status_code").json()["status_code"]
        for _ in range(2)
    ]
    assert statuses == ["IN_PROGRESS", "FINISHED"]
    media_id = graph(
        sandbox, "POST", f"{IG_USER}/media_publish", token=IG_TOKEN, creation_id=container
    ).json()["id"]
    media = graph(sandbox, "GET", media_id, token=IG_TOKEN, fields="permalink,caption").json()
    assert media["permalink"].startswith("https://www.instagram.com/p/")
    assert media["caption"] == "Halo #kalteng utm_content=7"
    after = graph(sandbox, "GET", container, token=IG_TOKEN, fields="status_code").json()
    assert after["status_code"] == "PUBLISHED"
    listed = graph(
        sandbox, "GET", f"{IG_USER}/media", token=IG_TOKEN, fields="id,caption,permalink"
    ).json()
    assert [m["id"] for m in listed["data"]] == [media_id]


def test_instagram_publish_before_container_finished_is_not_ready_9007(sandbox):
    set_faults(sandbox, ig_container_polls=3)
    container = graph(
        sandbox, "POST", f"{IG_USER}/media", token=IG_TOKEN, image_url="https://x/a.jpg"
    ).json()["id"]
    error = graph(
        sandbox, "POST", f"{IG_USER}/media_publish", token=IG_TOKEN, creation_id=container
    ).json()["error"]
    assert (error["code"], error["error_subcode"]) == (9007, 2207027)


def test_instagram_caption_over_2200_chars_or_30_hashtags_is_refused(sandbox):
    def create(caption):
        return graph(
            sandbox,
            "POST",
            f"{IG_USER}/media",
            token=IG_TOKEN,
            image_url="https://x/a.jpg",
            caption=caption,
        )

    too_long = create("a" * 2201)
    assert too_long.status_code == 400
    assert too_long.json()["error"]["code"] == 100
    assert "2200" in too_long.json()["error"]["message"]
    hashtags = create(" ".join(f"#tag{i}" for i in range(31)))
    assert "hashtags" in hashtags.json()["error"]["message"]
    assert create("a" * 2200 + "").status_code == 200
    assert create(" ".join(f"#tag{i}" for i in range(30))).status_code == 200


def test_instagram_publishing_limit_counts_usage_and_refuses_past_quota(sandbox):
    set_faults(sandbox, ig_quota_total=1)
    publish_ig(sandbox)
    limit = graph(
        sandbox,
        "GET",
        f"{IG_USER}/content_publishing_limit",
        token=IG_TOKEN,
        fields="quota_usage,config",
    ).json()
    assert limit == {
        "data": [{"quota_usage": 1, "config": {"quota_total": 1, "quota_duration": 86400}}]
    }
    container = graph(
        sandbox, "POST", f"{IG_USER}/media", token=IG_TOKEN, image_url="https://x/b.jpg"
    ).json()["id"]
    advance_clock(sandbox, 10)  # unpolled containers finish after a few seconds
    error = graph(
        sandbox, "POST", f"{IG_USER}/media_publish", token=IG_TOKEN, creation_id=container
    ).json()["error"]
    assert (error["code"], error["error_subcode"]) == (9, 2207042)


def test_facebook_insights_answer_current_metric_names(sandbox):
    post_id = post_fb(sandbox)
    advance_clock(sandbox, 3600)
    body = graph(
        sandbox,
        "GET",
        f"{post_id}/insights",
        metric="post_media_view,post_total_media_view_unique,post_clicks,post_reactions_by_type_total",
    ).json()
    values = {entry["name"]: entry["values"][0]["value"] for entry in body["data"]}
    assert values["post_media_view"] > 0
    assert values["post_total_media_view_unique"] <= values["post_media_view"]
    assert set(values["post_reactions_by_type_total"]) == {"like", "love"}
    assert body["data"][0]["period"] == "lifetime"


def test_deprecated_post_impressions_metric_is_rejected_with_code_100(sandbox):
    post_id = post_fb(sandbox)
    response = graph(sandbox, "GET", f"{post_id}/insights", metric="post_impressions")
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == 100
    assert error["message"] == "(#100) The value must be a valid insights metric"


def test_instagram_insights_answer_views_and_reject_impressions(sandbox):
    media_id = publish_ig(sandbox)
    advance_clock(sandbox, 3600)
    metrics = "views,reach,likes,comments,saved,shares,total_interactions"
    body = graph(sandbox, "GET", f"{media_id}/insights", token=IG_TOKEN, metric=metrics).json()
    values = {entry["name"]: entry["values"][0]["value"] for entry in body["data"]}
    assert list(values) == metrics.split(",")
    assert values["views"] > 0
    old = graph(sandbox, "GET", f"{media_id}/insights", token=IG_TOKEN, metric="impressions")
    assert old.json()["error"]["code"] == 100


def test_batch_answers_each_item_independently(sandbox):
    post_id = post_fb(sandbox)
    batch = [
        {"method": "GET", "relative_url": f"{V}/{post_id}/insights?metric=post_media_view"},
        {"method": "GET", "relative_url": f"{V}/{post_id}/insights?metric=post_impressions"},
        {"method": "GET", "relative_url": "/123456/insights?metric=post_media_view"},
        {"method": "GET", "relative_url": f"{post_id}?fields=permalink_url"},
    ]
    response = graph(sandbox, "POST", "", batch=json.dumps(batch), include_headers="false")
    assert response.status_code == 200
    answers = response.json()
    assert [a["code"] for a in answers] == [200, 400, 400, 200]
    assert "headers" not in answers[0]
    assert json.loads(answers[0]["body"])["data"][0]["name"] == "post_media_view"
    assert json.loads(answers[1]["body"])["error"]["code"] == 100
    assert "permalink_url" in json.loads(answers[3]["body"])


def test_batch_over_50_items_is_refused(sandbox):
    batch = [{"method": "GET", "relative_url": f"{V}/{FB_PAGE}"}] * 51
    response = graph(sandbox, "POST", "", batch=json.dumps(batch))
    assert response.status_code == 400
    assert "Maximum batch size is 50" in response.json()["error"]["message"]


def test_rate_limit_fault_answers_graph_throttle_code_with_usage_headers(sandbox):
    set_faults(sandbox, rate_limit=1.0, graph_rate_limit_code=32, rate_limit_reset_s=300)
    response = graph(sandbox, "POST", f"{FB_PAGE}/feed", message="x", link=LINK)
    assert response.json()["error"]["code"] == 32
    usage = json.loads(response.headers["X-Business-Use-Case-Usage"])
    assert usage[FB_PAGE][0]["estimated_time_to_regain_access"] == 5
    assert json.loads(response.headers["X-App-Usage"])["call_count"] == 100
    assert requests.get(f"{sandbox.url}/__sandbox/posts", timeout=5).json()["data"] == []


def test_error_rate_one_answers_transient_500_before_any_effect(sandbox):
    set_faults(sandbox, error_rate=1.0)
    response = graph(sandbox, "POST", f"{FB_PAGE}/feed", message="x", link=LINK)
    assert response.status_code == 500
    error = response.json()["error"]
    assert error["code"] == 2 and error["is_transient"] is True
    assert requests.get(f"{sandbox.url}/__sandbox/posts", timeout=5).json()["data"] == []


def test_error_rate_is_a_repeatable_fraction_with_a_seed(sandbox):
    def run():
        set_faults(sandbox, error_rate=0.5, seed=42)
        return [graph(sandbox, "GET", FB_PAGE).status_code for _ in range(40)]

    first = run()
    assert first == run()
    assert 5 < first.count(500) < 35


def test_facebook_views_grow_as_the_post_ages(sandbox):
    post_id = post_fb(sandbox)
    seen = []
    for _ in range(4):
        advance_clock(sandbox, 3600)
        body = graph(sandbox, "GET", f"{post_id}/insights", metric="post_media_view").json()
        seen.append(body["data"][0]["values"][0]["value"])
    assert seen == sorted(seen) and seen[0] < seen[-1]
