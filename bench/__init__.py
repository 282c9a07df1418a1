"""Benchmarks run by hand from the repository root, e.g. ``python -m bench.bench_reports``."""
