"""Column headings the viewer printed over several pipe lines, lined up by column: each
column's heading is the words of every line over it, and its unit the one those words name
(a currency mark, shares for a bare count, a term is a duration and no fact)."""

from __future__ import annotations

from extractor import tables
from extractor.document import read_document
from extractor.tables.headingunits import heading_unit


def _line(cols: list[str | None], n: int) -> list[str]:
    """One heading line of n columns, a cell per column with two empty cells after it, the
    last with one (as the viewer prints them: the line's end is not the columns' spacing)."""
    out: list[str] = []
    for k in range(n):
        out += [cols[k] if k < len(cols) and cols[k] else "", "", ""]
    return out[:-1]


def _table(lines: list[list[str | None]], rows: list[list[str]], title: str) -> str:
    n = max(len(line) for line in lines)
    cells = [title, *[c for line in lines for c in _line(line, n)]]
    cells += [c for row in rows for c in row]
    return "\n".join(f"|{c}" for c in cells) + "\n"


# "Weighted | Weighted" over "Average | Average" over four column lines: the tall headings'
# opening words stand over their own columns only
_OPTIONS = [
    [None, None, "Weighted", "Weighted"],
    [None, None, "Average", "Average"],
    ["Exercise", "Number", "Remaining", "Exercise"],
    ["Prices", "Outstanding at", "Contractual Life", "Prices"],
    ["(CAD$)", "Dec 31, 2024", "(Number of Years)", "(CAD$)"],
]
_ROWS = [["$", "0.40", "", "720,000", "", "1.51", "", "$", "0.40"],
         ["$", "0.55", "", "80,000", "", "2.63", "", "$", "0.55"]]


def _facts(text: str) -> list[tuple[str, str | None, str, str | None]]:
    doc = read_document(text, "t")
    return [(f.label, f.period, f.amount, f.unit) for f in tables.extract_tables(doc).facts]


def test_each_column_takes_the_words_of_every_line_over_it_and_their_unit() -> None:
    got = _facts(_table(_OPTIONS, _ROWS, "Stock options outstanding and exercisable"))
    assert [(a, u, p) for _, p, a, u in got] == [
        ("0.40", "CAD", "2024-12-31"), ("720000", "share", "2024-12-31"),
        ("0.40", "CAD", "2024-12-31"),
        ("0.55", "CAD", "2024-12-31"), ("80000", "share", "2024-12-31"),
        ("0.55", "CAD", "2024-12-31"),
    ]  # the remaining life is a term: a duration, and so no fact
    labels = [lab for lab, *_ in got[:3]]
    assert labels[0].endswith("Exercise Prices (CAD$)")
    assert labels[1].endswith("Number Outstanding at Dec 31, 2024")
    assert labels[2].endswith("Weighted Average Exercise Prices (CAD$)")


def test_labelled_rows_under_the_block_keep_their_labels() -> None:
    rows = [["Tranche A", "$", "0.40", "", "720,000", "", "1.51", "", "$", "0.40"],
            ["Tranche B", "$", "0.55", "", "80,000", "", "2.63", "", "$", "0.55"]]
    got = _facts(_table(_OPTIONS, rows, "Stock options outstanding and exercisable"))
    assert [(lab, a, u) for lab, _, a, u in got[:2]] == [
        ("Tranche A / Exercise Prices (CAD$)", "0.40", "CAD"),
        ("Tranche A / Number Outstanding at Dec 31, 2024", "720000", "share"),
    ]


def test_a_short_line_of_cells_side_by_side_is_over_no_column_for_certain() -> None:
    # no empty cells between the headings: "Weighted | Weighted" may stand over any two
    flat = [c for line in _OPTIONS for c in line if c]
    text = "\n".join(f"|{c}" for c in ["Stock options", *flat, *_ROWS[0], *_ROWS[1]]) + "\n"
    labels = [lab for lab, *_ in _facts(text)]
    assert not any("Weighted" in lab for lab in labels)


def test_one_line_of_headings_is_no_stacked_block() -> None:
    # a single line with a cell per column under the tall words: nothing lines them up
    got = _facts(_table([*_OPTIONS[:2], _OPTIONS[-1]], _ROWS, "Stock options"))
    assert not any("Weighted Average" in lab for lab, *_ in got)


def test_a_code_with_its_dollar_sign_names_that_currency() -> None:
    assert heading_unit("Exercise Prices (CAD$)") == "CAD"
    assert heading_unit("Price (AUD$)") == "AUD"
    assert heading_unit("Total ($)") == "USD"
    assert heading_unit("Exercise price") is None


def test_a_currency_line_under_the_headings_gives_units_not_words() -> None:
    lines: list[list[str | None]] = [
        ["Retail", "Real", "Overseas"], ["stores", "estate", "business"], ["RMB", "RMB", "US$"],
    ]
    rows = [["Revenue", "1,000", "", "2,000", "", "300"]]
    text = "For the year ended December 31, 2024:\n" + _table(lines, rows, "Segment revenue")
    got = _facts(text)
    assert [(a, u) for _, _, a, u in got] == [("1000", "CNY"), ("2000", "CNY"), ("300", "USD")]
    assert not any("RMB" in lab or "US$" in lab for lab, *_ in got)
