"""Fuzz the whole spreadsheet import with damaged copies of valid lists.

``python -m bench.fuzz_import [N] [--seed S] [--minutes M]`` mutates valid .xlsx,
.xls, .ods and .csv lists (flipped bytes, cuts, duplicated chunks, damaged
zip members), runs read -> map -> clean -> commit on each, and counts the
outcomes. A case must end in a Vietnamese message (ValidationError,
ServiceError) or a committed import; after a refusal the database must have
no new rows. Anything else is saved to bench/out/fuzz/ with its traceback.
The input being run is kept as ``pending-*`` while it runs, so if the process
dies (a native crash), the file that killed it is on disk.

The same generators drive tests/reliability/test_import_fuzz.py with fixed
seeds (deterministic in CI).
"""

from __future__ import annotations

import argparse
import io
import random
import shutil
import sys
import tempfile
import time
import traceback
import zipfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.db import Database

# The application is imported inside the functions: legacy .xls/.ods are parsed in a spawned child,
# which imports this module again as its __main__; kept light, each of those children starts faster.

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out" / "fuzz"
DATA = ROOT / "tests" / "data"
ZIP_KINDS = ("xlsx", "ods")
TABLES = ("persons", "enrollments", "import_batches", "import_changes", "villages", "audit_entries")


@dataclass(frozen=True)
class Base:
    """A valid list to damage: its name, extension and bytes."""

    name: str
    ext: str
    data: bytes


@dataclass(frozen=True)
class Case:
    seed: int
    base: Base
    mutation: str
    data: bytes

    @property
    def file_name(self) -> str:
        return f"fuzz-{self.seed}-{self.base.name}.{self.base.ext}"


class UnexpectedOutcome(AssertionError):
    """A case that neither imported nor ended in the import's own messages, or left rows behind."""


# --- valid lists -----------------------------------------------------------------------------------


def base_files() -> list[Base]:
    """Valid lists of every format: generated commune lists and the fixtures in tests/data."""
    from tests.io.conftest import (
        commune_layout,
        csv_text,
        encode_cp1258,
        write_ods,
        write_xls,
        write_xlsx,
    )

    layout = commune_layout()
    folder = Path(tempfile.mkdtemp(prefix="ansinh-fuzz-base-"))
    try:
        bases = [
            Base("xa", "xlsx", write_xlsx(folder / "xa.xlsx", layout.rows, layout.merges).read_bytes()),
            Base("xa", "xls", write_xls(folder / "xa.xls", layout.rows, layout.merges).read_bytes()),
            Base("xa", "ods", write_ods(folder / "xa.ods", layout.rows, layout.merges).read_bytes()),
            Base("xa", "csv", csv_text(layout.rows, ";").encode("utf-8-sig")),
            Base("xa-cp1258", "csv", encode_cp1258(csv_text(layout.rows, ","))),
        ]
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    for path in sorted(DATA.glob("formula_cached.*")):
        bases.append(Base("cong-thuc", path.suffix[1:], path.read_bytes()))
    return bases


# --- mutations -------------------------------------------------------------------------------------


def _flip(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 16)):
        out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


def _truncate(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(len(data))]


def _duplicate(data: bytes, rng: random.Random) -> bytes:
    start = rng.randrange(len(data))
    chunk = data[start : start + rng.randint(1, 4096)]
    at = rng.randrange(len(data))
    return data[:at] + chunk * rng.randint(1, 4) + data[at:]


def _splice_text(data: bytes, rng: random.Random) -> bytes:
    """Text-level damage a person or a tool makes: quotes, delimiters, NULs, stray encodings."""
    noise = rng.choice([b'"', b";;;", b"\x00", b"\r", b"\n\n\n", "Ỹ".encode("cp1258", "replace"), b"\xff\xfe",
                        "ĐẮK LẮK".encode(), b"=SUM(A1:A9)", b"1e308", b"-0", b"31/02/2025", b"\t"])
    out = data
    for _ in range(rng.randint(1, 8)):
        at = rng.randrange(len(out) + 1)
        out = out[:at] + noise + out[at:]
    return out


def _zip_member(data: bytes, rng: random.Random) -> bytes:
    """Damage inside the archive (valid zip, bad XML): cut, flipped or dropped member, garbage member."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = [(info, archive.read(info)) for info in archive.infolist()]
    victim = rng.randrange(len(members))
    action = rng.choice(["cut", "flip", "drop", "garbage", "duplicate", "empty"])
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for index, (info, content) in enumerate(members):
            if index == victim:
                if action == "drop":
                    continue
                if action == "cut" and content:
                    content = content[: rng.randrange(len(content))]
                elif action == "flip" and content:
                    content = _flip(content, rng)
                elif action == "garbage":
                    content = rng.randbytes(rng.randint(0, 2048))
                elif action == "duplicate" and content:
                    content = _duplicate(content, rng)
                elif action == "empty":
                    content = b""
            archive.writestr(info.filename, content)
    return buffer.getvalue()


MUTATIONS: dict[str, Callable[[bytes, random.Random], bytes]] = {
    "flip": _flip, "truncate": _truncate, "duplicate": _duplicate, "text": _splice_text, "zip-member": _zip_member,
}


def make_case(seed: int, bases: list[Base]) -> Case:
    """The case a seed stands for: always the same base, mutation and bytes."""
    rng = random.Random(seed)
    base = rng.choice(bases)
    names = ["flip", "truncate", "duplicate"]
    names += ["zip-member", "zip-member"] if base.ext in ZIP_KINDS else []
    names += ["text", "text"] if base.ext == "csv" else []
    mutation = rng.choice(names)
    data = MUTATIONS[mutation](base.data, rng) if base.data else base.data
    return Case(seed, base, mutation, data)


# --- running a case --------------------------------------------------------------------------------


def row_counts(db: Database) -> dict[str, int]:
    from sqlalchemy import text

    with db.reading() as session:
        return {table: int(session.scalar(text(f"SELECT count(*) FROM {table}")) or 0) for table in TABLES}


def run_case(db: Database, case: Case, folder: Path) -> str:
    """Import one damaged file; the outcome's name, or UnexpectedOutcome."""
    from desktop.domain.errors import ValidationError
    from desktop.io.errors import UnreadableFile
    from desktop.services.audit import Actor
    from desktop.services.authz import Role
    from desktop.services.errors import ServiceError
    from desktop.services.imports import ImportOptions, import_file

    path = folder / case.file_name
    path.write_bytes(case.data)
    before = row_counts(db)
    try:
        _, preview = import_file(db, Actor("fuzz", role=Role.STAFF), path, commit=True,
                                 options=ImportOptions(default_commune="24265"))
    except UnreadableFile as error:
        if f"“{case.file_name}”" not in error.message:
            raise UnexpectedOutcome(f"the message does not name the file: {error.message}") from error
        outcome = "unreadable"
    except (ValidationError, ServiceError) as error:
        message = getattr(error, "message", "")
        if not message or message.isascii():
            raise UnexpectedOutcome(f"not a Vietnamese message: {message!r}") from error
        outcome = f"refused: {type(error).__name__}"
    else:
        after = row_counts(db)
        if after["import_batches"] != before["import_batches"] + 1 or preview.batch_id is None:
            raise UnexpectedOutcome("committed without exactly one new batch")
        return "imported"
    finally:
        path.unlink(missing_ok=True)
    after = row_counts(db)
    if after != before:
        raise UnexpectedOutcome(f"a refused import left rows: {before} -> {after}")
    return outcome


def fresh_database(folder: Path) -> Database:
    """The Cư M'gar office with its agents and two villages, on a SQLite file."""
    from desktop.services.bootstrap import open_database
    from desktop.services.office import save_office
    from tests.conftest import cu_mgar_office
    from tests.services.imports.conftest import seed_office

    db = open_database(f"sqlite:///{folder / 'fuzz.db'}")
    save_office(db, cu_mgar_office(db))
    return seed_office(db)


# --- the long run ----------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.fuzz_import", description=__doc__.splitlines()[0])
    parser.add_argument("cases", nargs="?", type=int, default=1000, help="how many cases (default 1000)")
    parser.add_argument("--seed", type=int, default=None, help="first seed (default: from the clock)")
    parser.add_argument("--minutes", type=float, default=None, help="stop after this many minutes")
    args = parser.parse_args(argv)
    first = args.seed if args.seed is not None else time.time_ns() % 1_000_000_000
    deadline = time.monotonic() + args.minutes * 60 if args.minutes else None
    OUT.mkdir(parents=True, exist_ok=True)
    bases = base_files()
    outcomes: Counter[str] = Counter()
    slowest = (0.0, "")
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="ansinh-fuzz-") as name:
        folder = Path(name)
        db = fresh_database(folder)
        for seed in range(first, first + args.cases):
            if deadline is not None and time.monotonic() > deadline:
                break
            case = make_case(seed, bases)
            pending = OUT / f"pending-{case.file_name}"
            pending.write_bytes(case.data)  # left behind if a native crash kills this process
            t0 = time.monotonic()
            try:
                outcome = run_case(db, case, folder)
            except Exception as error:  # noqa: BLE001 - every other exception is the finding
                outcome = f"CRASH: {type(error).__name__}"
                saved = OUT / f"crash-{case.file_name}"
                saved.write_bytes(case.data)
                saved.with_suffix(saved.suffix + ".txt").write_text(
                    f"seed {seed}, base {case.base.name}.{case.base.ext}, mutation {case.mutation}\n\n"
                    + "".join(traceback.format_exception(error)), encoding="utf-8")
                print(f"seed {seed}: {outcome} ({case.mutation} of {case.base.name}.{case.base.ext}) -> {saved}",
                      flush=True)
            pending.unlink(missing_ok=True)
            elapsed = time.monotonic() - t0
            slowest = max(slowest, (elapsed, f"seed {seed} {case.mutation} {case.base.name}.{case.base.ext}"))
            outcomes[f"{outcome} [{case.base.ext}]"] += 1
        db.dispose()
    total = sum(outcomes.values())
    print(f"{total} cases from seed {first} in {time.monotonic() - started:.0f} s; "
          f"slowest {slowest[0]:.2f} s ({slowest[1]})")
    for outcome, count in sorted(outcomes.items()):
        print(f"  {count:6d}  {outcome}")
    return 1 if any(key.startswith("CRASH") for key in outcomes) else 0


if __name__ == "__main__":
    sys.exit(main())
