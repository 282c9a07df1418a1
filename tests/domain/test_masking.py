"""Masked identity numbers: same length, the last four digits kept, nothing else revealed."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.masking import is_masked, mask_id

DIGITS = st.text(alphabet="0123456789", min_size=8, max_size=20)


def test_examples() -> None:
    assert mask_id("066123456789") == "********6789"
    assert mask_id("0123456789") == "******6789"
    assert mask_id(None) is None
    assert mask_id("") == ""
    assert mask_id("123") == "**3"  # a short value never shows more than half


@given(DIGITS)
def test_ids_keep_their_length_and_last_four(value: str) -> None:
    masked = mask_id(value)
    assert len(masked) == len(value)
    assert masked[-4:] == value[-4:]
    assert set(masked[:-4]) == {"*"}


@given(st.text(min_size=1, max_size=30))
def test_any_text_shows_at_most_its_last_four_and_never_more_than_half(value: str) -> None:
    masked = mask_id(value)
    hidden = len(value) - min(4, len(value) // 2)
    assert len(masked) == len(value)
    assert masked[:hidden] == "*" * hidden
    assert masked[hidden:] == value[hidden:]


@given(DIGITS, DIGITS)
def test_two_ids_with_the_same_tail_mask_alike(first: str, second: str) -> None:
    """The mask depends only on the length and the last four: the hidden digits leave no trace."""
    other = second[: len(first) - 4].ljust(len(first) - 4, "0") + first[-4:]
    assert mask_id(other) == mask_id(first)


def test_a_masked_number_is_recognised() -> None:
    assert is_masked(mask_id("066123456789"))
    assert not is_masked("066123456789")
