"""python -m syndication.sandbox [--host H] [--port P] [--db PATH] [--seed-demo] [faults]"""

from __future__ import annotations

import argparse
import sys

from .core import Faults
from .seed import DEMO_ACCOUNTS
from .server import make_server


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m syndication.sandbox",
        description="Local stand-in for Facebook, Instagram, X and YouTube.",
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8010)
    parser.add_argument("--db", default="var/sandbox.sqlite3", help="sqlite path or :memory:")
    parser.add_argument("--seed-demo", action="store_true", help="create the demo accounts")
    parser.add_argument("--verbose", action="store_true", help="log every request")
    faults = parser.add_argument_group("faults (also settable at POST /__sandbox/faults)")
    faults.add_argument("--latency-ms", type=int, default=0)
    faults.add_argument("--error-rate", type=float, default=0.0)
    faults.add_argument("--rate-limit", type=float, default=0.0)
    faults.add_argument("--rate-limit-every", type=int, default=0)
    faults.add_argument("--rate-limit-reset-s", type=int, default=60)
    faults.add_argument("--graph-rate-limit-code", type=int, default=4)
    faults.add_argument("--expired-token", action="append", default=[], dest="expired_tokens")
    faults.add_argument("--crash-after-post", type=float, default=0.0)
    faults.add_argument("--crash-mode", choices=["abort", "502"], default="abort")
    faults.add_argument("--fault-platform", action="append", default=[], dest="platforms")
    faults.add_argument("--seed", type=int, default=None, help="seed for the random faults")
    faults.add_argument("--ig-container-polls", type=int, default=1)
    faults.add_argument("--ig-quota-total", type=int, default=100)
    faults.add_argument("--youtube-daily-quota", type=int, default=10_000)
    faults.add_argument("--time-scale", type=float, default=1.0)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    names = set(Faults.__dataclass_fields__)
    faults = Faults(**{k: v for k, v in vars(args).items() if k in names})
    httpd = make_server(
        args.host, args.port, args.db, seed=args.seed_demo, faults=faults, verbose=args.verbose
    )
    host, port = httpd.server_address[:2]
    print(f"MMC sandbox on http://{host}:{port}/  (db: {args.db})", file=sys.stderr)
    if args.seed_demo:
        for account in DEMO_ACCOUNTS:
            print(
                f"  {account['platform']:<9} id={account['external_id']:<24} "
                f"token={account['token']}",
                file=sys.stderr,
            )
    try:
        httpd.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        httpd.server_close()
        httpd.app.close()


if __name__ == "__main__":
    main()
