"""HTML inputs: rendering to the viewer's layout, detection by content, R pages' column periods,
iXBRL notes with their continuation chains, and facts only from visible text."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from html_helpers import ixbrl, nf, visible_strings
from lxml import html
from typer.testing import CliRunner

import extractor
from extractor.batch import iter_inputs
from extractor.cli import app
from extractor.html import detect_kind, documents_from_bytes
from extractor.html.render import render
from extractor.html.rpage import header_grid

FIXTURES = Path(__file__).parent / "fixtures" / "html"


def _amounts(results: list[extractor.Result]) -> list[str | None]:
    return [f.amount for r in results for f in r.facts]


def _write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return p


def test_numbers_in_scripts_styles_and_attributes_never_become_facts(tmp_path: Path) -> None:
    page = _write(tmp_path, "page.htm", """<!DOCTYPE html><html><head><title>Note 99</title>
<style>.a { width: 200px; font-weight: 700 }</style><script>var total = 5000;</script></head>
<body><div style="width: 300px" data-n="7000"><span style="font-size:11pt">
Revenues were $1,234 for the year ended December 31, 2023.</span></div>
<div style="display:none">Hidden revenues were $888 in 2023.</div></body></html>""")
    results = extractor.extract_path(page)
    assert _amounts(results) == ["1234"]
    text = results[0].text
    assert text is not None and "width" not in text and "5000" not in text and "888" not in text


def test_entities_are_unescaped_and_no_break_spaces_are_spaces() -> None:
    page = (b"<html><body><p>Fees paid to Smith &amp; Co were $5&#160;million in "
            b"fiscal&#160;2023 &#8212; see &lt;Note 4&gt;.</p></body></html>")
    doc = documents_from_bytes(page, "p")[0]
    assert doc.text == "Fees paid to Smith & Co were $5 million in fiscal 2023 \u2014 see <Note 4>."
    (fact,) = extractor.extract_document(doc).facts
    assert (fact.amount, fact.scale, fact.unit) == ("5", 6, "USD")


def test_each_table_cell_stands_on_its_own_line_and_empty_cells_are_dropped() -> None:
    root = html.fromstring("<table><tr><td>Revenue</td><td>&#160;</td><td>$</td>"
                           "<td>1,234</td><td></td></tr><tr><td>Cost<br/>of sales</td>"
                           "<td>(56</td><td>)</td></tr></table>")
    assert render([root]).text == "Revenue\n$\n1,234\nCost\nof sales\n(56\n)"
    piped = render([root], cell_prefix=lambda c: "|").text
    assert piped == "|Revenue\n|$\n|1,234\n|Cost\nof sales\n|(56\n|)"


def test_detection_goes_by_content_not_by_name(tmp_path: Path) -> None:
    assert detect_kind((FIXTURES / "R40.htm").read_bytes()) == "rpage"
    assert detect_kind((FIXTURES / "aapl-10-q-excerpt.html").read_bytes()) == "ixbrl"
    assert detect_kind(b"<html><body><p>x</p></body></html>") == "html"
    assert detect_kind(b"|\nNote 3 - Leases\n|12 Months Ended\nDec. 31, 2023\n") == "text"
    # a .txt holding HTML is read as HTML; a .htm holding the viewer's text as text
    as_txt = _write(tmp_path, "a.txt", "<html><body><p style='width:200px'>Revenues were "
                    "$7 for the year ended December 31, 2023.</p></body></html>")
    assert _amounts(extractor.extract_path(as_txt)) == ["7"]
    as_htm = _write(tmp_path, "b.htm", "Revenues were $8 for the year ended December 31, 2023.")
    (result,) = extractor.extract_path(as_htm)
    assert _amounts([result]) == ["8"] and result.text is None


def test_a_folder_yields_htm_and_html_files_beside_txt(tmp_path: Path) -> None:
    for name in ("a.txt", "b.htm", "c.html", "d.json", "e.css"):
        _write(tmp_path, name, "x")
    got = [Path(it.path).name for it in iter_inputs([str(tmp_path)])]
    assert got == ["a.txt", "b.htm", "c.html"]


def test_an_empty_or_binary_html_input_is_a_plain_error(tmp_path: Path) -> None:
    # A document problem comes back as the result's error (the API's error policy).
    (empty,) = extractor.extract_path(_write(tmp_path, "e.htm", b"  \n"))
    assert "empty" in (empty.error or "")
    (binary,) = extractor.extract_path(_write(tmp_path, "b.htm", b"<html>\x00\x01</html>"))
    assert "binary" in (binary.error or "")


RPAGE = """<html><body><table class="report">
<tr><th class="tl" colspan="1" rowspan="2"><div><strong>Sales (Details) - USD ($)<br> $ in
Millions</strong></div></th><th class="th" colspan="2">3 Months Ended</th>
<th class="th" rowspan="2"><div>Sep. 30, 2023</div></th>
<th class="th" colspan="1">9 Months Ended</th></tr>
<tr><th class="th"><div>Jun. 30, 2024</div></th><th class="th"><div>Jun. 30, 2023</div></th>
<th class="th"><div>Jun. 30, 2024</div></th></tr>
<tr class="ro"><td class="pl"><a onclick="Show.showAR(this, 'defref_x_Sales', window);">Net
sales</a></td><td class="nump">$ 10<span></span></td><td class="nump">$ 20</td>
<td class="nump">$ 30</td><td class="nump">$ 40</td></tr></table>
<div style="display: none;"><table class="authRefData"><tr><td>- Definition 500 words</td></tr>
</table></div></body></html>"""


def test_r_page_columns_take_their_period_from_the_header_spans(tmp_path: Path) -> None:
    (result,) = extractor.extract_path(_write(tmp_path, "R7.htm", RPAGE))
    got = [(f.amount, f.period, f.scale, f.unit) for f in result.facts]
    assert got == [("10", "P3M/2024-06-30", 6, "USD"), ("20", "P3M/2023-06-30", 6, "USD"),
                   ("30", "2023-09-30", 6, "USD"), ("40", "P9M/2024-06-30", 6, "USD")]
    assert result.text is not None and "Definition" not in result.text
    assert result.text.startswith("|\nSales (Details) - USD ($)\n$ in Millions\n|3 Months Ended")


def test_the_header_grid_lays_cells_over_the_columns_and_rows_they_span() -> None:
    table = html.fromstring(RPAGE).find(".//table")
    assert header_grid(table) == [
        ["3 Months Ended", "Jun. 30, 2024"], ["3 Months Ended", "Jun. 30, 2023"],
        ["Sep. 30, 2023", "Sep. 30, 2023"], ["9 Months Ended", "Jun. 30, 2024"],
    ]


def test_a_folder_of_r_pages_gives_one_record_per_page_with_header_periods(
    tmp_path: Path,
) -> None:
    shutil.copy(FIXTURES / "R40.htm", tmp_path / "R40.htm")
    shutil.copy(FIXTURES / "FilingSummary.xml", tmp_path / "FilingSummary.xml")
    _write(tmp_path, "R7.htm", RPAGE)
    res = CliRunner().invoke(app, ["extract", str(tmp_path), "-f", "jsonl", "-q"])
    assert res.exit_code == 0, res.output
    records = [json.loads(line) for line in res.stdout.splitlines()]
    assert [r["doc_id"] for r in records] == ["R40", "R7"]
    periods = {f["period"] for f in records[0]["facts"]}
    assert periods == {"P3M/2025-03-29", "P3M/2024-03-30", "P6M/2025-03-29", "P6M/2024-03-30"}
    expense = [f for f in records[0]["facts"] if f["amount"] == "-2075"]
    assert [(f["period"], f["scale"], f["unit"]) for f in expense] == [("P6M/2025-03-29", 6,
                                                                        "USD")]


NOTE = (
    '<div><span style="font-weight:700">Note 2 &#8211; <ix:nonNumeric name="us-gaap:DebtDisclos'
    'ureTextBlock" contextRef="fy24" continuedAt="c1" escape="true">Debt</ix:nonNumeric></span>'
    '</div><ix:nonNumeric name="us-gaap:ScheduleOfDebtTableTextBlock" contextRef="fy24" '
    'escape="true"><ix:continuation id="c1" continuedAt="c2"><div>The Company had $'
    + nf("6.0", scale="9", ctx="i24")
    + ' billion of commercial paper outstanding.</div></ix:continuation></ix:nonNumeric>'
    '<div>Apple Inc. | Page 7</div><hr/>'
    '<ix:continuation id="c2"><div>Interest expense was $' + nf("12", ctx="fy24")
    + ' million in 2024.</div></ix:continuation>'
    '<div><ix:nonNumeric name="us-gaap:LeasesTextBlock" contextRef="fy24" escape="true">'
    "<div>Leases</div><div>Lease cost was $" + nf("3", name="us-gaap:LeaseCost")
    + " million for the year ended December 31, 2024.</div></ix:nonNumeric></div>"
)


def test_a_note_is_its_text_block_and_its_continuation_chain() -> None:
    docs = documents_from_bytes(ixbrl(NOTE), "co-10k")
    assert [d.doc_id for d in docs] == ["co-10k#DebtDisclosureTextBlock", "co-10k#LeasesTextBlock"]
    debt = docs[0]
    assert "commercial paper" in debt.text and "Interest expense" in debt.text
    assert "Page 7" not in debt.text  # between the parts, not in the chain
    assert debt.period == "P12M/2024-12-31"  # the header made from the text block's context
    assert debt.text.startswith("|\nDebt Disclosure\n|12 Months Ended\nDec. 31, 2024\n|\n")


def test_statements_are_documents_of_their_own_with_their_title() -> None:
    body = ("<div>CONSOLIDATED BALANCE SHEETS</div><div>(In millions)</div><table><tr><td>Cash"
            "</td><td>$</td><td>" + nf("1,000", ctx="i24") + "</td></tr></table>")
    docs = documents_from_bytes(ixbrl(body), "co")
    assert [d.doc_id for d in docs] == ["co#Statement-01-ConsolidatedBalanceSheets"]
    assert docs[0].text == "CONSOLIDATED BALANCE SHEETS\n(In millions)\nCash\n$\n1,000"


def _spans_in_visible_text(data: bytes, results: list[extractor.Result]) -> None:
    visible = visible_strings(data)
    for r in results:
        assert r.text is not None
        for f in r.facts:
            assert f.span is not None
            s, e = f.span
            assert 0 <= s <= e <= len(r.text)
            assert f.quote in r.text
            held = r.text[s:e]
            if not f.blank:
                digits = re.sub(r"\D", "", held)
                assert digits and digits in re.sub(r"\D", "", visible), (r.doc_id, held)


@pytest.mark.parametrize("name", ["R40.htm", "aapl-10-q-excerpt.html"])
def test_on_real_html_every_fact_span_lies_in_visible_text(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    shutil.copy(FIXTURES / name, path)
    results = extractor.extract_path(path)
    assert sum(len(r.facts) for r in results) >= 8
    _spans_in_visible_text(path.read_bytes(), results)
    for doc in documents_from_bytes(path.read_bytes(), path.stem):
        facts = extractor.extract_document(doc).facts
        assert all(f.span is not None and f.span[0] >= doc.body_start for f in facts)


def test_made_up_html_spans_lie_in_visible_text(tmp_path: Path) -> None:
    data = ixbrl(NOTE)
    results = extractor.extract_path(_write(tmp_path, "co.htm", data))
    assert sorted(_amounts(results)) == ["12", "3", "6.0"]
    _spans_in_visible_text(data, results)


def test_extract_file_refuses_a_filing_of_many_notes(tmp_path: Path) -> None:
    path = _write(tmp_path, "co.htm", ixbrl(NOTE))
    result = extractor.extract_file(path)  # a document problem is the result's error
    assert result.facts == [] and "extract_path" in (result.error or "")


def test_write_text_writes_the_text_the_spans_refer_to(tmp_path: Path) -> None:
    path = _write(tmp_path, "co.htm", ixbrl(NOTE))
    out = tmp_path / "texts"
    res = CliRunner().invoke(app, ["extract", str(path), "-f", "jsonl", "-q",
                                   "--write-text", str(out)])
    assert res.exit_code == 0, res.output
    for line in res.stdout.splitlines():
        rec = json.loads(line)
        text = (out / f"{rec['doc_id']}.txt").read_text(encoding="utf-8")
        for f in rec["facts"]:
            s, e = f["span"]
            assert f["amount"].lstrip("-") in text[s:e].replace(",", "")


def test_a_tagged_page_without_notes_or_statements_is_read_as_its_visible_text() -> None:
    body = ("<div>Revenues were $" + nf("9", scale="0")
            + " for the year ended December 31, 2024.</div>")
    (doc,) = documents_from_bytes(ixbrl(body), "cover")
    assert doc.kind == "html" and doc.doc_id == "cover"
    assert doc.text == "Revenues were $9 for the year ended December 31, 2024."
    assert [f.amount for f in extractor.extract_document(doc).facts] == ["9"]


def test_a_sparse_r_page_row_takes_the_columns_its_cells_stand_in(tmp_path: Path) -> None:
    # The text drops the empty cells; the HTML keeps them, so each value's column is known.
    sparse = RPAGE.replace(
        "</table>",
        '<tr class="re"><td class="pl"><a>Fees</a></td><td class="text">&#160;</td>'
        '<td class="nump">$ 7</td><td class="text">&#160;</td><td class="nump">$ 8</td></tr>'
        "</table>", 1)
    (result,) = extractor.extract_path(_write(tmp_path, "R8.htm", sparse))
    fees = [(f.amount, f.period) for f in result.facts if f.label == "Fees"]
    assert fees == [("7", "P3M/2023-06-30"), ("8", "P9M/2024-06-30")]


def test_an_llm_run_on_html_reads_the_rendered_text_and_writes_it(
    tmp_path: Path, fake_llm: Any, llm_config: Any
) -> None:
    from fake_openai import answer, fact

    from extractor.batch import BatchOptions, run_batch

    page = _write(tmp_path, "p.htm", "<html><body><div style='width:900px'>Revenues were "
                  "$1,234 in 2023.</div></body></html>")
    fake_llm.script(answer([fact("Revenues", "1234", "Revenues were $1,234", unit="USD")]))
    out = tmp_path / "texts"
    records = []
    opts = BatchOptions(engine="llm", llm=llm_config, fmt="jsonl", text_dir=str(out))
    run_batch([str(page)], records.append, opts)
    (rec,) = [json.loads(r.text) for r in records]
    text = (out / "p.txt").read_text(encoding="utf-8")
    assert text == "Revenues were $1,234 in 2023."
    (f,) = rec["facts"]
    assert text[f["span"][0] : f["span"][1]] == "1,234"


def test_an_ixbrl_table_cell_split_over_lines_is_one_line() -> None:
    # "Redeemable<br/>Noncontrolling<br/>Interests": one heading, not three cells; the R
    # page renderer keeps its header cells' lines (see the test above)
    body = ('<div><ix:nonNumeric name="us-gaap:StockholdersEquityNoteDisclosureTextBlock" '
            'contextRef="fy24" escape="true"><table><tr><td>Redeemable<br/>Noncontrolling'
            '<br/>Interests</td><td><div>Total</div><div>Equity</div></td></tr><tr><td>'
            'Balance</td><td>' + nf("62", ctx="i24") + '</td></tr></table></ix:nonNumeric></div>')
    doc = documents_from_bytes(ixbrl(body), "co")[0]
    assert doc.body.split("\n") == ["Redeemable Noncontrolling Interests", "Total Equity",
                                    "Balance", "62"]
