"""`make run`: start Redis, migrate, seed the demo, then hand over to honcho.

Redis comes first because migrating and seeding already touch the cache;
honcho then runs the rest of the Procfile until Ctrl-C. Redis is not one of honcho's
processes: honcho stops everything when one exits, so Redis is watched here instead and
started again from its append-only file if it dies; the workers and beat reconnect.
"""

import argparse
import os
import subprocess
import sys
from pathlib import Path

from devtools.redis_server import SupervisedRedis, wait_until_listening

PROCESSES_AFTER_REDIS = ["web", "worker", "beat", "sandbox"]


def manage(*args: str) -> None:
    subprocess.run([sys.executable, "manage.py", *args], check=True)


def say(line: str) -> None:
    print(line, flush=True)


def banner(web_port: int, sandbox_port: int) -> str:
    password = os.environ.get("DEMO_PASSWORD", "mmcdemo")
    base = f"http://127.0.0.1:{web_port}"
    return "\n".join(
        [
            "",
            "  MMC Newsroom berjalan:",
            f"    Portal     {base}/",
            f"    Admin      {base}/admin/",
            f"    Kesehatan  {base}/healthz",
            f"    Sandbox    http://127.0.0.1:{sandbox_port}/  (Facebook, Instagram, X, YouTube)",
            f"  Login demo (kata sandi: {password}): admin, redaktur, pewarta, analis, "
            "pengelola (Pengelola Data), opd (Operator OPD Dinas Kesehatan)",
            "  admin dan redaktur lalu diminta kode 6 digit: "
            ".venv/bin/python manage.py kode_2fa_demo",
            "  Tekan Ctrl-C untuk menghentikan semuanya.",
            "",
        ]
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--web-port", type=int, default=8000)
    parser.add_argument("--redis-port", type=int, default=6390)
    parser.add_argument("--sandbox-port", type=int, default=8010)
    options = parser.parse_args()

    # Links in the admin's e-mails (workflow notices, desk reminders) point at this server.
    os.environ.setdefault("WAGTAILADMIN_BASE_URL", f"http://127.0.0.1:{options.web_port}")
    redis_dir = Path("var/redis")
    redis_dir.mkdir(parents=True, exist_ok=True)
    redis = SupervisedRedis(options.redis_port, redis_dir.resolve(), log=say)
    try:
        wait_until_listening(options.redis_port)
        manage("migrate", "--noinput")
        manage("seed_demo", "--site-port", str(options.web_port))
        print(banner(options.web_port, options.sandbox_port), flush=True)
        honcho = subprocess.run(["honcho", "start", "-f", "Procfile", *PROCESSES_AFTER_REDIS])
        return honcho.returncode
    except KeyboardInterrupt:
        return 0
    finally:
        redis.stop()


if __name__ == "__main__":
    sys.exit(main())
