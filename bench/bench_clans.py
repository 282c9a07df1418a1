"""The clan model on the demo office once every old clan text is reviewed into clans in the model.

Times (medians of several runs, in one process): the review's grouping and
the confirmation of every group (once, when the reviewed copy is built), the
dashboard's clan part, against the dashboard's own budget and beside its
coverage part (run side by side: the page loads its parts in parallel and
waits for the slowest, so a ratio over 1 is time the clan card adds), the
Dòng họ list, the largest clan's page (members and figures), and R11 as a PDF.

Every minority household of the demo becomes a clan member here (174,000 of
500,000 persons): far more than an office's model holds ("17 clans, 545
people"), so these are upper bounds.

    python -m bench.bench_clans [--persons N] [--runs R]
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

BUDGETS_S = {"card": 1.0, "list": 1.0, "page": 0.5, "r11_pdf": 5.0}


def _median(work: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def reviewed_copy(persons: int) -> str:
    """The demo office with every proposed group confirmed as a clan in the model (built once, timed)."""
    from bench.demo_db import OUT, demo_database
    from desktop.services.audit import Actor
    from desktop.services.authz import Role
    from desktop.services.bootstrap import open_database
    from desktop.services.clan_review import confirm_group, review_groups

    path = OUT / f"clans-{persons}.db"
    if not path.exists():
        source = Path(demo_database(persons).removeprefix("sqlite:///"))
        partial = path.with_suffix(".partial.db")
        shutil.copyfile(source, partial)
        db = open_database(f"sqlite:///{partial}")
        actor = Actor("bench", role=Role.STAFF)
        started = time.perf_counter()
        groups = review_groups(db).groups
        grouped = time.perf_counter() - started
        for group in groups:
            confirm_group(db, actor, group.commune_code, [v.text for v in group.variants], name=group.suggested,
                          joined_on=dt.date.today() - dt.timedelta(days=200))
        confirmed = time.perf_counter() - started - grouped
        households = sum(g.households for g in groups)
        db.dispose()
        partial.rename(path)
        print(f"  (review of {households:,} households' clan texts: {len(groups)} groups in {grouped:.2f} s, "
              f"all confirmed in {confirmed:.1f} s)")
    return f"sqlite:///{path}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--persons", type=int, default=500_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from desktop.services.bootstrap import open_database
    from desktop.services.clan_figures import clan_figures, clan_members
    from desktop.services.clans import list_clans
    from desktop.services.dashboard import load_areas, load_clans
    from desktop.services.reports import ReportParams, build_report, write_report

    db = open_database(reviewed_copy(args.persons))
    today = dt.date.today()
    clans = list_clans(db, today)
    largest = max(clans, key=lambda c: c.figures.members)
    members = sum(c.figures.members for c in clans)
    areas_s, clans_s = [], []
    for _ in range(args.runs):  # side by side, alternating, so both see the same machine load
        areas_s.append(_median(lambda: load_areas(db, today), 1))
        clans_s.append(_median(lambda: load_clans(db, today), 1))
    ratio = statistics.median(c / a for c, a in zip(clans_s, areas_s, strict=True))
    figures = {
        "list": _median(lambda: list_clans(db, today), args.runs),
        "page": _median(lambda: (clan_members(db, largest.id, today),
                                 clan_figures(db, today, [largest.id])), args.runs),
    }
    with tempfile.TemporaryDirectory() as scratch:
        params = ReportParams(date_from=today.replace(month=1, day=1), date_to=today, report_date=today)
        figures["r11_pdf"] = _median(lambda: write_report(build_report(db, "clans", params),
                                                          Path(scratch) / "r11.pdf"), args.runs)
    db.dispose()
    print(f"Clan model, {args.persons:,} persons: {len(clans)} clans, {members:,} members "
          f"(largest {largest.figures.members:,}), {args.runs} runs, medians")
    figures["card"] = statistics.median(clans_s)
    print(f"  (dashboard's coverage part beside it: {statistics.median(areas_s):.2f} s; ratio {ratio:.2f})")
    labels = {"list": "Dòng họ list", "page": "largest clan's page", "r11_pdf": "R11 as PDF",
              "card": "dashboard clan part"}
    for key, seconds in figures.items():
        budget = BUDGETS_S[key]
        print(f"  {labels[key]:<22} {seconds:.2f} s   budget {budget} s   {'OK' if seconds <= budget else 'OVER'}")


if __name__ == "__main__":
    main()
