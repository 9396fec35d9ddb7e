"""Load from `wrk` (Debian's), the generator the issue's figures came from.

A Python client tops out near the trivial view's throughput on two cores, and far below
nginx's, so every row is measured with wrk when it is installed. A small Lua `done()` hook
prints wrk's own figures as JSON: requests, errors, and latency percentiles.
"""

import json
import shutil
import statistics
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from bench.load import BROWSER_HEADERS

REPORT_SCRIPT = """
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.status + summary.errors.timeout
  io.write(string.format(
    '{"requests": %d, "errors": %d, "micros": %d, "p50_us": %d, "p95_us": %d}\\n',
    summary.requests, errors, summary.duration, latency:percentile(50), latency:percentile(95)))
end
"""


def wrk_binary() -> str | None:
    return shutil.which("wrk")


@dataclass
class WrkResult:
    """Rounds of one URL; latency is the median of the rounds' own medians and 95th percentiles."""

    rounds: list[dict] = field(default_factory=list)

    def add(self, round_figures: dict) -> None:
        self.rounds.append(round_figures)

    @property
    def requests(self) -> int:
        return sum(figures["requests"] for figures in self.rounds)

    @property
    def errors(self) -> int:
        return sum(figures["errors"] for figures in self.rounds)

    @property
    def wall_seconds(self) -> float:
        return sum(figures["micros"] for figures in self.rounds) / 1e6

    @property
    def rps(self) -> float:
        return self.requests / self.wall_seconds if self.wall_seconds else 0.0

    @property
    def median_ms(self) -> float:
        return self._median("p50_us")

    @property
    def p95_ms(self) -> float:
        return self._median("p95_us")

    def _median(self, key: str) -> float:
        if not self.rounds:
            return float("nan")
        return statistics.median(figures[key] for figures in self.rounds) / 1000

    def summary(self) -> dict:
        return {
            "requests": self.requests,
            "errors": self.errors,
            "seconds": round(self.wall_seconds, 3),
            "median_ms": round(self.median_ms, 2),
            "p95_ms": round(self.p95_ms, 2),
            "rps": round(self.rps, 1),
        }


class Wrk:
    """Runs wrk with a browser's headers (articles count views as they would for a reader)."""

    def __init__(self, *, connections: int, threads: int = 2):
        self.binary = wrk_binary()
        if self.binary is None:
            raise FileNotFoundError("wrk is not installed (apt-get install wrk)")
        self.connections = connections
        self.threads = min(threads, connections)
        self.folder = Path(tempfile.mkdtemp(prefix="mmc-wrk-"))
        self.script = self.folder / "report.lua"
        self.script.write_text(REPORT_SCRIPT)

    def run(self, url: str, seconds: float) -> dict:
        headers = [
            item for name, value in BROWSER_HEADERS.items() for item in ("-H", f"{name}: {value}")
        ]
        completed = subprocess.run(
            [self.binary, "-t", str(self.threads), "-c", str(self.connections),
             "-d", f"{max(1, round(seconds))}s", "--timeout", "30s", "-s", str(self.script),
             *headers, url],
            capture_output=True,
            text=True,
            timeout=seconds + 60,
        )  # fmt: skip
        if completed.returncode != 0:
            raise RuntimeError(f"wrk failed on {url}:\n{completed.stderr}")
        return json.loads(completed.stdout.strip().splitlines()[-1])

    def close(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
