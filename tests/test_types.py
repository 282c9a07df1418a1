"""The application and the benchmarks type-check.

The benchmarks run outside the test suite, so a changed signature would
otherwise break them silently: bench_search once called the participant
list without the signed-in actor it had come to require.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_mypy_passes_on_the_application_and_the_benchmarks() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success: no issues found" in result.stdout
