"""`make audit`: the locked dependencies against OSV's advisories, tolerant of being offline.

Exit 0 when nothing known is found, or (with a SKIPPED line) when the advisory database
cannot be reached; exit 1 on a known vulnerability; exit 2 when pip-audit itself breaks.
"""

import argparse
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

# OSV carries PyPI's own advisories (the PyPA advisory database) and more; PIP_AUDIT_OSV_URL
# (read by pip-audit) or --osv-url points the audit at a mirror or a test double.
OSV_URL = "https://api.osv.dev/v1/query"

# How requests and urllib3 say the network, not the audit, failed.
UNREACHABLE_SIGNS = (
    "ConnectionError",
    "ConnectTimeout",
    "ReadTimeout",
    "NameResolutionError",
    "Max retries exceeded",
    "Could not connect to OSV",
    "ProxyError",
)


@dataclass(frozen=True)
class Verdict:
    exit_code: int
    message: str


def judge(returncode: int, stdout: str, stderr: str) -> Verdict:
    """Read one pip-audit run (JSON on stdout) into the audit's outcome."""
    try:
        report = json.loads(stdout)
    except ValueError:
        report = None
    if report is None:
        if any(sign in stderr for sign in UNREACHABLE_SIGNS):
            reason = stderr.strip().splitlines()[-1] if stderr.strip() else "no answer"
            return Verdict(0, f"SKIPPED: the advisory database cannot be reached ({reason})")
        return Verdict(2, f"pip-audit failed (exit {returncode}):\n{stderr.strip()}")

    dependencies = report.get("dependencies", [])
    audited = [dep for dep in dependencies if "skip_reason" not in dep]
    vulnerable = [dep for dep in audited if dep.get("vulns")]
    if vulnerable:
        lines = [
            f"  {dep['name']} {dep['version']}: {vuln['id']}"
            f" ({', '.join(vuln.get('aliases', [])) or 'no alias'})"
            f" fixed in {', '.join(vuln.get('fix_versions', [])) or 'no release yet'}"
            for dep in vulnerable
            for vuln in dep["vulns"]
        ]
        return Verdict(1, "Known vulnerabilities in locked dependencies:\n" + "\n".join(lines))
    if dependencies and not audited:
        return Verdict(0, "SKIPPED: the advisory database could not audit any dependency")
    return Verdict(0, f"{len(audited)} locked dependencies audited: no known vulnerability")


def run_pip_audit(lock: Path, osv_url: str, cache_dir: str | None) -> Verdict:
    command = [
        *(sys.executable, "-m", "pip_audit"),
        *("--requirement", str(lock), "--disable-pip", "--require-hashes"),
        *("--vulnerability-service", "osv", "--osv-url", osv_url),
        *("--format", "json", "--progress-spinner", "off", "--timeout", "20"),
    ]
    if cache_dir:
        command += ["--cache-dir", cache_dir]
    result = subprocess.run(command, capture_output=True, text=True, timeout=900)
    return judge(result.returncode, result.stdout, result.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lock", type=Path, nargs="?", default=Path("requirements.lock"))
    parser.add_argument("--osv-url", default=os.environ.get("PIP_AUDIT_OSV_URL", OSV_URL))
    parser.add_argument("--cache-dir", default=None)
    args = parser.parse_args(argv)
    verdict = run_pip_audit(args.lock, args.osv_url, args.cache_dir)
    print(f"dependency audit: {verdict.message}")
    return verdict.exit_code


if __name__ == "__main__":
    sys.exit(main())
