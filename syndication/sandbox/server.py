"""The sandbox HTTP server: routing, the fault layer, the control API and the HTML page.

from syndication.sandbox.server import start_sandbox
sandbox = start_sandbox(port=0)      # seeded with the demo accounts
...  sandbox.url  ...
sandbox.shutdown()
"""

from __future__ import annotations

import json
import threading
from collections import deque
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from . import page
from .core import HTML_TYPE, Clock, FaultInjector, Faults, Request, Response, growth
from .graph import VERSION_RE, GraphAPI
from .seed import seed_demo
from .store import Store
from .x_api import XAPI
from .youtube import YouTubeAPI

PLATFORMS = ("facebook", "instagram", "x", "youtube")


class Sandbox:
    """Everything but the sockets: usable directly by tests through `dispatch`."""

    def __init__(self, db: str = ":memory:", faults: Faults | None = None) -> None:
        self.store = Store(db)
        self.faults = FaultInjector(faults)
        self.clock = Clock()
        self.graph = GraphAPI(self)
        self.x = XAPI(self)
        self.youtube = YouTubeAPI(self)
        self.recent: deque[dict[str, Any]] = deque(maxlen=200)

    def close(self) -> None:
        self.store.close()

    def seed_demo(self) -> dict[str, Any]:
        return seed_demo(self.store, self.clock.now())

    def dispatch(self, req: Request) -> Response:
        if req.path.startswith("/__sandbox"):
            return self.control(req)
        if req.path == "/" and req.method == "GET":
            return Response(200, page.render(self), content_type=HTML_TYPE)
        response = self._api(req)
        self.recent.append({"method": req.method, "path": req.path, "status": response.status})
        return response

    def _api(self, req: Request) -> Response:
        if VERSION_RE.match(req.path) or req.path == "/":
            api: Any = self.graph
        elif req.path.startswith("/2/"):
            api = self.x
        elif req.path.startswith("/youtube/v3/"):
            api = self.youtube
        else:
            return Response(404, {"error": {"message": f"No route for {req.path}"}})
        platform = api.platform_for(req)
        faults = self.faults
        faults.delay(platform)
        if faults.roll_error(platform):
            return api.server_error(req)
        if faults.roll_rate_limit(platform):
            return api.rate_limited(req, faults.faults.rate_limit_reset_s)
        response = api.handle(req)
        if api.is_write(req) and response.status < 300 and faults.roll_crash(platform):
            # The post is stored; the client never learns its id.
            if faults.faults.crash_mode == "502":
                return Response(502, "<html><body>502 Bad Gateway</body></html>", {}, HTML_TYPE)
            return Response(0, abort=True)
        return response

    # --- control API ---

    def control(self, req: Request) -> Response:
        name = req.path[len("/__sandbox") :].strip("/")
        body = req.json if isinstance(req.json, dict) else dict(req.form)
        try:
            return self._control(name, req.method, body, req.query)
        except (KeyError, TypeError, ValueError) as exc:
            return Response(400, {"error": f"{type(exc).__name__}: {exc}"})

    def _control(
        self, name: str, method: str, body: dict[str, Any], query: dict[str, str]
    ) -> Response:
        store = self.store
        if name == "health":
            return Response(200, {"ok": True, "db": store.path})
        if name == "accounts" and method == "GET":
            return Response(200, {"data": store.accounts()})
        if name == "accounts" and method == "POST":
            platform = body["platform"]
            if platform not in PLATFORMS:
                raise ValueError(f"platform must be one of {', '.join(PLATFORMS)}")
            account = store.add_account(
                platform,
                str(body["external_id"]),
                str(body["token"]),
                str(body.get("name", "")),
                str(body.get("username", "")),
                bool(body.get("expired", False)),
            )
            return Response(201, account)
        if name == "videos" and method == "GET":
            return Response(200, {"data": store.videos()})
        if name == "videos" and method == "POST":
            age_days = float(body.get("age_days", 0))
            video = store.add_video(
                str(body["id"]),
                str(body.get("channel_id") or body["channel"]),
                str(body["title"]),
                self.clock.now() - age_days * 86400,
                description=str(body.get("description", "")),
                category_id=str(body.get("categoryId", body.get("category_id", "25"))),
                tags=list(body.get("tags") or []),
            )
            return Response(201, video)
        if name == "faults" and method == "GET":
            return Response(200, self.faults.as_dict())
        if name == "faults" and method == "POST":
            return Response(200, self.faults.update(body))
        if name == "faults" and method == "DELETE":
            return Response(200, self.faults.reset())
        if name == "reset" and method == "POST":
            store.reset(everything=bool(body.get("all", False)))
            self.recent.clear()
            return Response(200, {"ok": True})
        if name == "seed-demo" and method == "POST":
            return Response(200, self.seed_demo())
        if name == "posts" and method == "GET":
            return Response(200, {"data": self.posts(query.get("platform"), query.get("account"))})
        if name == "clock" and method == "GET":
            return Response(200, {"now": self.clock.now(), "offset": self.clock.offset})
        if name == "clock" and method == "POST":
            now = self.clock.advance(float(body.get("advance_seconds", 0)))
            return Response(200, {"now": now, "offset": self.clock.offset})
        if name == "requests" and method == "GET":
            return Response(200, {"data": list(self.recent)})
        return Response(404, {"error": f"no control endpoint {method} /__sandbox/{name}"})

    def posts(self, platform: str | None = None, account: str | None = None) -> list[dict]:
        """Everything that arrived, newest first; YouTube entries are updated videos."""
        now = self.clock.now()
        scale = self.faults.faults.time_scale
        found = []
        if platform != "youtube":
            for post in self.store.posts(platform or None, account or None):
                found.append(
                    {
                        "platform": post["platform"],
                        "account_id": post["account_id"],
                        "remote_id": post["remote_id"],
                        "text": post["text"],
                        "link": post["link"],
                        "image_url": post["image_url"],
                        "created_at": post["created_at"],
                        "metrics": growth(post["remote_id"], (now - post["created_at"]) * scale),
                    }
                )
        if platform in (None, "", "youtube"):
            for video in self.store.videos():
                if video["updated_at"] is None or (account and video["channel_id"] != account):
                    continue
                found.append(
                    {
                        "platform": "youtube",
                        "account_id": video["channel_id"],
                        "remote_id": video["id"],
                        "text": video["description"],
                        "link": f"https://www.youtube.com/watch?v={video['id']}",
                        "image_url": "",
                        "created_at": video["updated_at"],
                        "title": video["title"],
                        # A second update is YouTube's double post: the same text written again.
                        "updates": video["updates"],
                        "metrics": growth(video["id"], (now - video["published_at"]) * scale),
                    }
                )
        found.sort(key=lambda p: p["created_at"], reverse=True)
        return found


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "MMCSandbox/1.0"
    server: SandboxHTTPServer

    def do_GET(self) -> None:
        self._serve()

    do_POST = do_PUT = do_DELETE = do_GET

    def log_message(self, format: str, *args: Any) -> None:
        if self.server.verbose:
            super().log_message(format, *args)

    def _serve(self) -> None:
        req = self._request()
        response = self.server.app.dispatch(req)
        if response.abort:
            self.close_connection = True
            return
        self._send(response)

    def _request(self) -> Request:
        parts = urlsplit(self.path)
        headers = {k.lower(): v for k, v in self.headers.items()}
        if "chunked" in headers.get("transfer-encoding", "").lower():
            raw = self._read_chunked()
        else:
            length = int(headers.get("content-length") or 0)
            raw = self.rfile.read(length) if length else b""
        content_type = headers.get("content-type", "")
        form: dict[str, str] = {}
        data: Any = None
        if raw and "application/x-www-form-urlencoded" in content_type:
            form = dict(parse_qsl(raw.decode("utf-8"), keep_blank_values=True))
        elif raw:
            try:
                data = json.loads(raw)
            except ValueError:
                data = None
        return Request(
            method=self.command,
            path=parts.path or "/",
            query=dict(parse_qsl(parts.query, keep_blank_values=True)),
            form=form,
            json=data,
            headers=headers,
        )

    def _read_chunked(self) -> bytes:
        body = b""
        while True:
            size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
            if size == 0:
                self.rfile.readline()  # the blank line after the last chunk
                return body
            body += self.rfile.read(size)
            self.rfile.readline()

    def _send(self, response: Response) -> None:
        body = response.body
        if isinstance(body, str):
            payload = body.encode("utf-8")
        else:
            payload = json.dumps(body, ensure_ascii=False).encode("utf-8")
        self.send_response(response.status)
        self.send_header("Content-Type", response.content_type)
        self.send_header("Content-Length", str(len(payload)))
        for name, value in response.headers.items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(payload)


class SandboxHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128  # the default 5 resets connections under a burst of workers

    def __init__(self, address: tuple[str, int], app: Sandbox, verbose: bool = False) -> None:
        self.app = app
        self.verbose = verbose
        super().__init__(address, Handler)


class RunningSandbox:
    """A sandbox serving on a daemon thread; `url` has no trailing slash."""

    def __init__(self, httpd: SandboxHTTPServer) -> None:
        self.httpd = httpd
        self.app = httpd.app
        host, port = httpd.server_address[:2]
        self.host, self.port = host, port
        self.url = f"http://{host}:{port}"
        self.thread = threading.Thread(
            target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, name="sandbox", daemon=True
        )
        self.thread.start()

    def shutdown(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)
        self.app.close()

    def __enter__(self) -> RunningSandbox:
        return self

    def __exit__(self, *exc: object) -> None:
        self.shutdown()


def make_server(
    host: str = "127.0.0.1",
    port: int = 8010,
    db: str = ":memory:",
    *,
    seed: bool = True,
    faults: Faults | None = None,
    verbose: bool = False,
) -> SandboxHTTPServer:
    app = Sandbox(db, faults)
    if seed:
        app.seed_demo()
    return SandboxHTTPServer((host, port), app, verbose=verbose)


def start_sandbox(
    host: str = "127.0.0.1",
    port: int = 0,
    db: str = ":memory:",
    *,
    seed_demo: bool = True,
    faults: Faults | None = None,
    verbose: bool = False,
) -> RunningSandbox:
    """Serve on a daemon thread (port 0 picks a free port) and return at once."""
    return RunningSandbox(
        make_server(host, port, db, seed=seed_demo, faults=faults, verbose=verbose)
    )
