"""Opening the participant list under every filter combination the GUI offers.

For each combination: the first rows (what the screen shows at once) and,
separately, the full ordered id list (for scrolling and the count, fetched
in the background). Medians of several runs at 500,000 persons.

    python -m bench.bench_list [--persons N] [--runs R]
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import statistics
import time
from collections.abc import Callable
from functools import partial

from bench.demo_db import demo_database
from bench.figures import emit
from desktop.db import Database
from desktop.domain.coverage import CoverageStatus
from desktop.services import lookups
from desktop.services import participants as service
from desktop.services.bootstrap import open_database
from desktop.services.participants import FIRST_ROWS, ParticipantFilter, SortKey

BUDGET_MS = 300.0


def first_rows(db: Database, spec: ParticipantFilter, sort: SortKey = SortKey.NAME) -> object:
    """The rows the list shows first, as the page asks for them."""
    return service.rows_by_ids(db, service.matching_ids(db, spec, sort, limit=FIRST_ROWS))


def timed(work: Callable[[], object], runs: int) -> float:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def combinations(db: Database) -> list[tuple[str, ParticipantFilter]]:
    """Each filter alone, each sort, and the pairs a desk uses together."""
    today = dt.date.today()
    commune = str(lookups.office_communes(db)[0].value)
    village = int(lookups.villages(db, commune)[0].value)
    agent = int(lookups.agents(db)[0].value)
    single: dict[str, dict[str, object]] = {
        "commune": {"commune_code": commune},
        "village": {"village_id": village},
        "scheme HI-HH": {"scheme": "HI-HH"},
        "scheme VSI": {"scheme": "VSI"},
        "status expiring": {"status": CoverageStatus.EXPIRING},
        "status never": {"status": CoverageStatus.NEVER},
        "agent": {"agent_id": agent},
        "ethnic Ê Đê": {"ethnic_code": "12"},
        "category poor": {"category": "poor"},
        "card expires in 60 days": {"expires_from": today, "expires_to": today + dt.timedelta(days=60)},
    }
    result = [("no filter", ParticipantFilter(today=today))]
    result += [(name, ParticipantFilter(today=today, **fields)) for name, fields in single.items()]  # type: ignore[arg-type]
    for (a, fa), (b, fb) in itertools.combinations(single.items(), 2):
        if fa.keys() & fb.keys() or {"commune", "village"} == {a, b}:
            continue
        result.append((f"{a} + {b}", ParticipantFilter(today=today, **fa, **fb)))  # type: ignore[arg-type]
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--persons", type=int, default=500_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    db = open_database(demo_database(args.persons))
    print(f"Opening the participant list, {args.persons:,} persons (median of {args.runs})")
    worst_first = worst_all = 0.0
    worst_name = ""
    rows = combinations(db)
    for name, spec in rows:
        first = timed(partial(first_rows, db, spec), args.runs)
        if first > worst_first:
            worst_first, worst_name = first, name
        worst_all = max(worst_all, timed(partial(service.matching_ids, db, spec), 1))
    unfiltered = ParticipantFilter()
    for sort in SortKey:
        first = timed(partial(first_rows, db, unfiltered, sort), args.runs)
        if first > worst_first:
            worst_first, worst_name = first, f"sorted by {sort.value}"
    emit("list", args.persons, first_rows_ms=worst_first, full_list_ms=worst_all)
    print(f"  combinations measured      {len(rows)} filters + {len(SortKey)} sort orders")
    print(f"  first rows, slowest        {worst_first:7.1f} ms ({worst_name})   budget {BUDGET_MS:.0f} ms   "
          f"{'OK' if worst_first <= BUDGET_MS else 'OVER'}")
    print(f"  full id list, slowest      {worst_all:7.1f} ms (background, after typing pauses)")


if __name__ == "__main__":
    main()
