"""Every name the domain gives a code is marked for translation, so English screens never show it in Vietnamese."""

from __future__ import annotations

from desktop.domain.coverage import CoverageStatus
from desktop.domain.participation import CATEGORY_LABELS, SCHEME_LABELS, SEX_LABELS
from desktop.services.audit_labels import ACTION_LABELS, ENTITY_LABELS, FIELD_LABELS
from desktop.services.audit_labels import STATUS_LABELS as AUDIT_STATUS_LABELS
from desktop.services.authz import ROLE_LABELS
from desktop.services.enrollments import FUNDING_CHOICES, STATUS_LABELS
from desktop.views.labels import MARKED, label_text, labelled
from desktop.views.language import apply_language


def test_every_domain_name_is_marked() -> None:
    names = {*SCHEME_LABELS.values(), *CATEGORY_LABELS.values(), *SEX_LABELS.values(),
             *(status.label for status in CoverageStatus), *ROLE_LABELS.values(), *STATUS_LABELS.values(),
             *FUNDING_CHOICES, *ACTION_LABELS.values(), *ENTITY_LABELS.values(), *FIELD_LABELS.values(),
             *AUDIT_STATUS_LABELS.values()}
    assert names - set(MARKED) == set()


def test_names_follow_the_interface_language(qapp: object) -> None:
    assert label_text("Nữ") == "Nữ"
    assert apply_language("en") == []
    try:
        assert label_text("Nữ") == "Female"
        assert labelled(SCHEME_LABELS)[0] == ("VSI", "Voluntary SI")
        assert label_text("Tên chưa có trong danh sách") == "Tên chưa có trong danh sách"  # unknown: as written
    finally:
        apply_language("vi")
