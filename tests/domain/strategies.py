"""Hypothesis strategies for what a spreadsheet cell or a form field may hand a parser."""

from __future__ import annotations

from hypothesis import strategies as st

digit_text = st.from_regex(r"\A[0-9 .,/\-+'eE]{0,20}\Z")
"""Text made of the characters numbers and dates are written with."""

cell_values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=-(10**13), max_value=10**13),
    st.floats(allow_nan=True, allow_infinity=True),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.text(),
    digit_text,
    st.dates(),
    st.datetimes(),
    st.times(),
    st.binary(max_size=8),
    st.lists(st.integers(), max_size=3),
)
"""Anything an importer or a form might pass on."""
