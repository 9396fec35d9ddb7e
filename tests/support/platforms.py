"""Builders for the platform client tests: credentials, and reading `responses` calls."""

import json
from urllib.parse import parse_qs

from syndication.platforms.base import AccountCredentials

SANDBOX = "http://127.0.0.1:8010"
MARKER = "utm_content=42"
LINK = (
    "https://mmc.kalteng.go.id/berita/jembatan-kahayan/"
    "?utm_source=test&utm_medium=social&utm_campaign=mmc&utm_content=42"
)


def credentials(platform, base_url=SANDBOX, **extra):
    return AccountCredentials(
        platform=platform,
        external_id=extra.pop("external_id", "1000"),
        access_token=extra.pop("access_token", "token-abc"),
        base_url=base_url,
        **extra,
    )


def form(call):
    """The form fields a `responses` call was sent with."""
    body = call.request.body
    body = body.decode() if isinstance(body, bytes) else body
    return {key: values[0] for key, values in parse_qs(body).items()}


def graph_batch_answer(answer_for):
    """A `responses` callback for the Graph batch endpoint: `answer_for(relative_url)`
    returns (code, body) or None (a sub-request Meta did not finish)."""

    def callback(request):
        body = request.body.decode() if isinstance(request.body, bytes) else request.body
        batch = json.loads(parse_qs(body)["batch"][0])
        answers = []
        for item in batch:
            answer = answer_for(item["relative_url"])
            if answer is None:
                answers.append(None)
            else:
                code, payload = answer
                answers.append({"code": code, "headers": [], "body": json.dumps(payload)})
        return 200, {}, json.dumps(answers)

    return callback


def insights(**values):
    return {"data": [{"name": name, "values": [{"value": v}]} for name, v in values.items()]}
