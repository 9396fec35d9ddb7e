"""The human-readable page at `/`: what arrived on each platform, newest first."""

from __future__ import annotations

import time
from html import escape
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .server import Sandbox

LABELS = {
    "facebook": "Facebook (Halaman)",
    "instagram": "Instagram",
    "x": "X",
    "youtube": "YouTube (deskripsi video)",
}
WIB = 7 * 3600


def _wib(timestamp: float) -> str:
    return time.strftime("%d-%m-%Y %H:%M:%S WIB", time.gmtime(timestamp + WIB))


def _number(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _row(post: dict[str, Any]) -> str:
    text = post["text"] if len(post["text"]) <= 280 else post["text"][:280] + "…"
    link = escape(post["link"])
    link_cell = f'<a href="{link}">{link}</a>' if link else "–"
    return (
        f"<tr><td>{_wib(post['created_at'])}</td><td><code>{escape(post['remote_id'])}</code>"
        f"</td><td>{escape(post['account_id'])}</td><td>{escape(text)}</td><td>{link_cell}</td>"
        f"<td class=num>{_number(post['metrics']['views'])}</td></tr>"
    )


def render(app: Sandbox) -> str:
    posts = app.posts()
    sections = []
    for platform, label in LABELS.items():
        rows = [_row(p) for p in posts if p["platform"] == platform]
        table = (
            "<table><tr><th>Waktu</th><th>ID</th><th>Akun</th><th>Teks</th><th>Tautan</th>"
            "<th>Tayangan</th></tr>" + "".join(rows) + "</table>"
            if rows
            else "<p class=empty>Belum ada kiriman.</p>"
        )
        sections.append(f"<section><h2>{label} <small>({len(rows)})</small></h2>{table}</section>")
    faults = {k: v for k, v in app.faults.as_dict().items() if v not in (0, 0.0, [], None)}
    return f"""<!doctype html>
<html lang="id"><head><meta charset="utf-8"><meta http-equiv="refresh" content="10">
<title>Sandbox platform MMC</title>
<style>
body{{font-family:system-ui,sans-serif;margin:2rem;color:#222}}
table{{border-collapse:collapse;width:100%;font-size:.9rem}}
td,th{{border:1px solid #ccc;padding:.3rem .5rem;vertical-align:top;text-align:left}}
td.num{{text-align:right}} .empty{{color:#777}} code{{font-size:.8rem}}
</style></head><body>
<h1>Sandbox platform MMC Newsroom</h1>
<p>Tiruan lokal Facebook, Instagram, X dan YouTube. Halaman ini diperbarui tiap 10 detik.</p>
<p>Gangguan aktif: <code>{escape(str(faults))}</code></p>
{"".join(sections)}
</body></html>"""
