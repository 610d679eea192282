"""Property tests on the text path: whatever the text, a valid record or a typed error, never a crash.

Hypothesis writes council-like text from real wordings (headings, dates,
decision words, table rows, markup) mixed with arbitrary characters.
"""

from __future__ import annotations

import datetime as dt
import functools

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import councildocs
from councildocs.errors import CouncilDocsError
from councildocs.records import json_schema

PIECES = [
    "AGENDA", "MINUTES", "Present:", "Apologies:", "Also present:", "RESOLVED", "RESOLVED that", "AGREED",
    "Councillor Smith (Chair)", "Cllr Jones", "1.", "4.1", "Item 7", "23/45", "(a)", "-", "•", "**", "#",
    "12 March 2019", "Tuesday, 5 February 2019", "31/12/2018", "2018-19", "29 February 2019", "7.00 pm",
    "| Date | Topic |", "|---|---|", "\t", "<td>", "</td>", "<b>", "&amp;", "\f", "\x00", "  ", "\n", "\n\n",
    "Planning Committee", "Town Hall", "Date of meeting:", "Work Programme", "Forward Plan",
]
council_text = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=30)), max_size=60).map(" ".join)


@functools.cache
def validator() -> jsonschema.protocols.Validator:
    schema = json_schema()
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(council_text)
def test_any_text_gives_a_valid_record_with_sane_dates_or_a_typed_error(text: str) -> None:
    try:
        record = councildocs.extract(text.encode("utf-8", "surrogatepass"), name="hypothesis.txt")
    except CouncilDocsError as exc:
        assert exc.code in ("empty_document", "not_pdf")
        return
    data = record.model_dump(mode="json")
    validator().validate(data)
    for mention in record.dates:
        assert dt.date(1900, 1, 1) <= mention.date <= dt.date(2100, 12, 31)


@settings(max_examples=30, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_give_a_record_or_a_typed_error(data: bytes) -> None:
    try:
        record = councildocs.extract(data, name="random.bin")
    except CouncilDocsError:
        return
    validator().validate(record.model_dump(mode="json"))
