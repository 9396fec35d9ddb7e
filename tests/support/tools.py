"""Outside programs some tests need (nginx, Java): skipped on a laptop without them, never in CI."""

import os

import pytest


def require_tool(found, message: str) -> None:
    """Skip when `found` is falsy; with CI set (`.ci/run` installs them) fail instead."""
    if found:
        return
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)
