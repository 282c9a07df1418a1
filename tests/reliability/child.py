"""A second process for the crash tests: ``python -m tests.reliability.child COMMAND ...``.

- ``import URL XLSX``: commit the list; prints ``WRITING done total`` lines from the
  import's own progress callback (inside the transaction), so the parent knows
  when to kill it.
- ``persons URL TAG COUNT``: save COUNT persons one by one through the person
  service (each with its audit entry), printing ``saved N`` after each commit.
"""

from __future__ import annotations

import sys

from desktop.services.audit import Actor
from desktop.services.authz import Role
from desktop.services.bootstrap import open_database
from desktop.services.imports import Stage, import_file
from desktop.services.persons import PersonInput, create_person
from tests.reliability.data import IMPORT_OPTIONS, word_name

ACTOR = Actor("tien.trinh", role=Role.STAFF)


def _import(url: str, path: str) -> int:
    db = open_database(url)

    def progress(stage: Stage, done: int, total: int) -> None:
        if stage == Stage.WRITING:
            print(f"WRITING {done} {total}", flush=True)

    _, preview = import_file(db, ACTOR, path, commit=True, options=IMPORT_OPTIONS, progress=progress)
    print(f"COMMITTED {preview.batch_id}", flush=True)
    return 0


def _persons(url: str, tag: str, count: int) -> int:
    db = open_database(url)
    for index in range(count):
        create_person(db, ACTOR, PersonInput(full_name=f"{tag} Thị {word_name(index)}", birth="1990", sex="F"))
        print(f"saved {index + 1}", flush=True)
    return 0


def main(argv: list[str]) -> int:
    command, *args = argv
    if command == "import":
        return _import(args[0], args[1])
    if command == "persons":
        return _persons(args[0], args[1], int(args[2]))
    raise SystemExit(f"unknown command {command}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
