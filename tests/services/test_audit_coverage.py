"""Changes the trail used to miss or get wrong: target values before an update, and attendance ticks."""

from __future__ import annotations

from desktop.db import Database
from desktop.services import targets
from desktop.services.attendance import (
    list_attendance,
    prefill_attendance,
    remove_line,
    set_attendance,
)
from desktop.services.audit import Actor
from desktop.services.audit_log import AuditFilter, query_audit
from desktop.services.targets import TargetCell
from tests.services.test_attendance import ACTOR, office, village_people  # noqa: F401 - fixtures
from tests.services.test_targets import MARCH, _agents


def test_a_target_update_records_the_value_it_replaced(office: Database, admin_actor: Actor) -> None:  # noqa: F811
    a, b = _agents(office)
    targets.save_targets(office, ACTOR, MARCH, "agent", [TargetCell(a, "new_vsi", 3), TargetCell(b, "new_vsi", 5)])
    grid = targets.load_grid(office, MARCH, "agent")
    targets.save_targets(office, ACTOR, MARCH, "agent", [
        TargetCell(a, "new_vsi", 4, grid.versions[(a, "new_vsi")]),
        TargetCell(b, "new_vsi", 5, grid.versions[(b, "new_vsi")]),
    ])
    latest = query_audit(office, admin_actor, AuditFilter(entity="targets")).rows[0]
    assert [(c.field, c.before, c.after) for c in latest.changes] == [(f"{a}/new_vsi", "3", "4")]
    assert latest.changes[0].label == f"Phát triển mới BHXH tự nguyện ({a})"


def test_attendance_ticks_record_who_came(office: Database, village_people: dict[str, int],  # noqa: F811
                                          admin_actor: Actor) -> None:
    session_id = village_people["session"]
    prefill_attendance(office, ACTOR, session_id)
    lines = {line.full_name: line.id for line in list_attendance(office, session_id)}
    set_attendance(office, ACTOR, session_id, {lines["Y Bhim Niê"]: True, lines["H Hoa Êban"]: False})
    remove_line(office, ACTOR, session_id, lines["Y Bhim Niê"])
    rows = query_audit(office, admin_actor, AuditFilter(entity="attendance")).rows
    removed, ticked = rows[0], rows[1]
    assert [(c.label, c.before, c.after) for c in ticked.changes] == [("Có mặt: Y Bhim Niê", "Không", "Có")]
    assert removed.action_label == "Xoá"
    assert [(c.label, c.before, c.after) for c in removed.changes] == [("Có mặt: Y Bhim Niê", "Có", "")]
