"""The money and count fields of the forms read back what the screens show; bad text is a message."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from desktop.domain.errors import ValidationError
from desktop.domain.formatting import format_int, format_money
from desktop.views.agents.figures_tab import parse_count
from desktop.views.participants.enrollment_dialog import parse_money

amounts = st.integers(min_value=0, max_value=10**12)


@given(amounts)
def test_money_as_shown_reads_back(amount: int) -> None:
    assert parse_money(format_money(amount)) == amount
    assert parse_money(format_int(amount)) == amount
    assert parse_money(str(amount)) == amount


def _read_or_refuse(text: str) -> None:
    """Each field reads ``text`` as nothing or a non-negative number, or refuses it with a message."""
    for parser in (parse_money, parse_count):
        try:
            result = parser(text)
        except ValidationError as error:
            assert error.message
            continue
        assert result is None or result >= 0


@example("²")
@given(st.text(max_size=30))
def test_money_and_count_fields_raise_only_validation_error(text: str) -> None:
    _read_or_refuse(text)


@given(st.text(alphabet="0123456789 .,đ-+abc\t", max_size=30))
def test_money_and_count_fields_on_ascii_noise_raise_only_validation_error(text: str) -> None:
    _read_or_refuse(text)


@given(st.integers(min_value=0, max_value=10**9))
def test_counts_as_shown_read_back(count: int) -> None:
    assert parse_count(format_int(count)) == count
