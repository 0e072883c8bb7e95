"""Whatever the layout, the table reader does not fail and every fact it gives is grounded."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extractor import tables
from extractor.document import read_document
from extractor.grounding import check_grounded

_LINES = [
    "|", "|RMB", "|US$", "$", "|December 31,", "2022", "|2023", "Year ended", "As of",
    "|Revenue", "Cash", "on hand", "|1,200", "(81,247", "|)", ")", "|-", "—", "|%", "|100",
    "|3-5 years", "|[1]", "(ii)", "|Total", "|Balance at the beginning of the year",
    "|Balance at the end of the year", "|Alpha Co., Ltd.", "|Beta [Member] | Fee [Member]",
    "|X [Line Items]", "|Jun. 30, 2021", "USD ($)", "CNY (¥)", "¥ in Thousands",
    "|12 Months Ended", "|¥ 3,235", "|$ 501", "The following table lists the balances:",
    "|As at April 1, 2022", "RMB’million", "|Note", "|February 13, 2024", "",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_LINES), min_size=1, max_size=60), st.booleans())
def test_any_arrangement_of_table_lines_gives_grounded_facts(
    lines: list[str], details: bool
) -> None:
    head = ["|", "NOTE (Details)" if details else "|NOTE"]
    text = "\n".join(head + lines)
    part = tables.extract_tables(read_document(text, "fuzz"))
    _, dropped = check_grounded(text, part.facts)
    assert not dropped, dropped[:1]
    for s, e in part.claimed:
        assert 0 <= s < e <= len(text)
    assert part.claimed == sorted(part.claimed)
