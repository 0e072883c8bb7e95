"""An acquisition or business combination named as an event is no party. Texts made up."""

from __future__ import annotations

import pytest

import extractor
from extractor.names import is_party


@pytest.mark.parametrize(
    "name", ["Foo Acquisition", "the Bar Acquisitions", "Business Combination", "Baz Merger"]
)
def test_an_event_name_is_no_party(name: str) -> None:
    assert not is_party(name)


@pytest.mark.parametrize("name", ["Foo Acquisition Corp.", "Acquisition Partners LLC"])
def test_a_company_named_for_acquisitions_stays_a_party(name: str) -> None:
    assert is_party(name)


def test_amounts_in_connection_with_an_acquisition_are_about_no_party() -> None:
    body = (
        "Note\nThe Group assumed several bank borrowings with a balance of RMB 13,991,000 in "
        "connection with Qindao Acquisition, of which RMB 9,000,000 was repaid in 2019."
    )
    assert [f.entity for f in extractor.extract(body).facts] == [None, None]
