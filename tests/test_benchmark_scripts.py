"""The audit scripts run on what the repository holds and report what they claim: a script that
breaks silently when the package changes would make the README's audit figures stale."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "gold").glob("00?_*.txt"))


def run(script: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "benchmarks" / script), *args],
                          capture_output=True, text=True, timeout=120, cwd=ROOT)


def test_the_crash_audit_reports_zero_failures_on_the_seeds() -> None:
    res = run("audit_failures.py", *map(str, SEEDS))
    assert res.returncode == 0, res.stderr
    assert f"{len(SEEDS)} documents" in res.stdout and "0 engine failures" in res.stdout


def test_the_label_free_audit_prints_its_table_for_the_seeds() -> None:
    res = run("audit_corpus.py", *map(str, SEEDS), "--markdown")
    assert res.returncode == 0, res.stderr
    assert res.stdout.startswith(f"{len(SEEDS)} notes, ")
    assert "| check | facts or warnings |" in res.stdout


def test_the_label_free_audit_flags_dated_entities_and_cut_numbers_inside_labels() -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import audit_corpus
    finally:
        sys.path.pop(0)
    from extractor.facts import Fact

    def fact(label: str, entity: str | None) -> Fact:
        return Fact(label=label, entity=entity, period=None, amount="1", scale=0, unit="USD",
                    blank=False, quote="1", span=(0, 1))

    assert "entity: holds a date or a year" in audit_corpus.entity_checks(
        fact("Dividends", "BALANCE JUNE 30, 2023"))
    assert audit_corpus.entity_checks(fact("Dividends", "Shanghai Keshen")) == []
    for word in ("Yen", "U.S.$", "IFRS 16", "RMB"):
        assert "entity: a currency or a standard" in audit_corpus.entity_checks(
            fact("Interest rate", word)), word
    assert "entity: an instrument, programme, scenario or date word" in \
        audit_corpus.entity_checks(fact("Borrowings", "Thereafter"))
    assert audit_corpus.entity_checks(fact("Loan", "Yen Holdings Ltd.")) == []
    assert "label: holds a cut number" in audit_corpus.label_checks(
        fact("The Company received RMB1 from Foo", None))
    assert "label: holds a cut number" not in audit_corpus.label_checks(
        fact("Revenue", None))


def _audit_module():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import audit_corpus
    finally:
        sys.path.pop(0)
    return audit_corpus


def _fact(label: str):
    from extractor.facts import Fact

    return Fact(label=label, entity=None, period=None, amount="1", scale=0, unit="USD",
                blank=False, quote="1", span=(0, 1))


def test_the_audit_takes_a_rows_own_numbers_for_words_but_flags_amounts_cut_into_labels() -> None:
    audit = _audit_module()
    own = ["Tax at statutory tax rate of 16.5%", "Deferred tax (Note 21)",
           "Not due or overdue less than 90 days", "Adoption of ASC326",
           "Warrants expiring May 14, 2023 / Exercise price", "Yen notes (fixed rate 1.20%)",
           "Investments in associates / At December 31"]
    for label in own:
        assert "label: holds a number" not in audit.label_checks(_fact(label)), label
    cut = ["Agreement reduced the minimum requirement from $1.0 million", "Years ending March 31",
           "Amortization of Debt Discount, as of March 31,",
           "CDN$ 0.35 ($0.26)", "Making 60 monthly principal payments"]
    for label in cut:
        assert "label: holds a number" in audit.label_checks(_fact(label)), label


def test_the_audit_takes_a_long_label_that_is_a_whole_table_cell_for_the_rows_own_words() -> None:
    audit = _audit_module()
    long = "Revenue recognized that was included in the contract liability balance at the start"
    row = f"|{long.replace(' at ', chr(10) + 'at ')}\n|1,200\n"
    assert "label: over 12 words" not in audit.label_checks(_fact(long), row)
    prose = f"In 2024 the {long.lower()} of the year was $1,200.\n"
    assert "label: over 12 words" in audit.label_checks(_fact(long), prose)
    assert "label: starts with an article" in audit.label_checks(
        _fact("The People's Republic of China tax"), "The People's Republic of China tax was 5.")
    assert "label: starts with an article" not in audit.label_checks(
        _fact("The People's Republic of China tax"), "|The People's Republic of China tax\n|5\n")


def test_the_audit_flags_a_label_made_of_a_column_s_unit_lines() -> None:
    audit = _audit_module()
    assert "label: a unit line, not words" in audit.label_checks(
        _fact("(CAD$) / (Number of Years)"))
    assert "label: a unit line, not words" in audit.label_checks(_fact("Options / (RMB)"))
    assert "label: a unit line, not words" not in audit.label_checks(
        _fact("Exercise price (CAD$)"))


def test_the_audit_flags_a_lone_total_or_amount_but_not_the_row_words_other_and_cost() -> None:
    audit = _audit_module()
    for label in ("Total", "Amount", "Balance"):
        assert "label: one generic word" in audit.label_checks(_fact(label)), label
    for label in ("Other", "Others", "Cost"):
        assert "label: one generic word" not in audit.label_checks(_fact(label)), label


def test_the_audit_takes_a_whole_cells_opening_as_of_and_its_numbers_for_the_rows_words() -> None:
    audit = _audit_module()
    edge = "As of January 1, 2022, net of accumulated amortization"
    assert "label: starts with a conjunction or preposition" not in audit.label_checks(
        _fact(edge), f"|{edge}\n|1,200\n")
    assert "label: starts with a conjunction or preposition" in audit.label_checks(
        _fact(edge), f"The balance {edge.lower()} was $1,200.\n")
    assert "label: starts with a conjunction or preposition" in audit.label_checks(
        _fact("And interest under"), "|And interest under\n|5\n")
    row = "Notes Payable (net of debt discount $0 and $133,827)"
    assert "label: holds a cut number" not in audit.label_checks(_fact(row), f"|{row}\n|5\n")
    assert "label: holds a cut number" in audit.label_checks(
        _fact("The Company received RMB1 from Foo"), "The Company received RMB1,400 from Foo.")
