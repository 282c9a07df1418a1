"""How each cost grows from a local office (50,000) to a province (2,000,000 persons).

Runs the startup, search, list and memory figures at each size (demo offices
built once under bench/out/), collects their numbers and draws them as a PNG
for docs/benchmarks.md.

    python -m bench.scaling [--sizes 50000,500000,2000000] [--plot docs/benchmark-scaling.png]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

FIGURES: tuple[tuple[str, list[str]], ...] = (
    ("bench.bench_startup", ["--runs", "3"]),
    ("bench.bench_search", []),
    ("bench.bench_list", ["--runs", "3"]),
    ("bench.bench_memory", []),
)
PLOTTED = (
    ("startup", "median_s", 1000.0, "Khởi động (ms)"),
    ("search", "median_ms", 1.0, "Tìm khi gõ, trung vị (ms)"),
    ("search", "p95_ms", 1.0, "Tìm khi gõ, p95 (ms)"),
    ("list", "first_rows_ms", 1.0, "Mở danh sách, lọc chậm nhất (ms)"),
    ("memory", "rss_mb", 1.0, "Bộ nhớ (MB)"),
)


def collect(sizes: list[int]) -> list[dict[str, float]]:
    with tempfile.TemporaryDirectory() as scratch:
        sink = Path(scratch) / "figures.jsonl"
        env = {**os.environ, "BENCH_JSON": str(sink)}
        for persons in sizes:
            for module, extra in FIGURES:
                subprocess.run([sys.executable, "-m", module, "--persons", str(persons), *extra], env=env, check=True)
        return [json.loads(line) for line in sink.read_text(encoding="utf-8").splitlines()]


def plot(rows: list[dict[str, float]], sizes: list[int], target: Path) -> None:
    from desktop.views.charts import ChartSpec, Series, chart_png

    def value(figure: str, key: str, persons: int, scale: float) -> float:
        found = [r[key] for r in rows if r["figure"] == figure and r["persons"] == persons and key in r]
        return round(found[-1] * scale, 1) if found else 0.0

    spec = ChartSpec(
        title="Chi phí theo quy mô (số người trong cơ sở dữ liệu)",
        categories=[f"{n:,}".replace(",", ".") for n in sizes],
        series=[Series(label, [value(f, k, n, scale) for n in sizes]) for f, k, scale, label in PLOTTED],
        kind="line",
    )
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(chart_png(spec, 900, 450))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="50000,500000,2000000")
    parser.add_argument("--plot", default="docs/benchmark-scaling.png")
    parser.add_argument("--json", default="bench/out/scaling.json")
    args = parser.parse_args()
    sizes = [int(n) for n in args.sizes.split(",")]
    rows = collect(sizes)
    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(json.dumps(rows, indent=1), encoding="utf-8")
    plot(rows, sizes, Path(args.plot))
    print(f"figures in {args.json}, plot in {args.plot}")


if __name__ == "__main__":
    main()
