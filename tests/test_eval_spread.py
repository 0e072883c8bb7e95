"""The bootstrap spread of a report's F1 over documents."""

from extractor.evaluation.metrics import Counts
from extractor.evaluation.spread import bootstrap_interval


def test_documents_that_score_alike_give_no_spread():
    assert bootstrap_interval([Counts(8, 2, 2)] * 10) == (0.8, 0.8)


def test_interval_holds_the_micro_figure_and_widens_with_uneven_documents():
    even = [Counts(9, 1, 1), Counts(8, 2, 2)] * 8
    uneven = [Counts(17, 0, 0), Counts(0, 3, 3)] * 8
    micro_even = 2 * 68 / (2 * 68 + 24)
    lo, hi = bootstrap_interval(even)
    assert lo <= micro_even <= hi
    lo_u, hi_u = bootstrap_interval(uneven)
    assert hi_u - lo_u > hi - lo


def test_same_seed_same_interval_and_a_lone_document_has_none():
    docs = [Counts(5, 1, 0), Counts(1, 4, 4), Counts(3, 0, 2), Counts(7, 2, 1)]
    assert bootstrap_interval(docs, seed=3) == bootstrap_interval(docs, seed=3)
    assert bootstrap_interval([Counts(5, 1, 0), Counts()]) is None


def test_report_carries_the_spread_and_the_console_line(tmp_path):
    from extractor.evaluation.metrics import score_all, score_document
    from extractor.evaluation.report import build_report
    from extractor.evaluation.views import spread_line
    from extractor.facts import Fact

    def fact(amount: str, start: int) -> Fact:
        return Fact(label="Revenue", entity=None, period=None, amount=amount, scale=0,
                    unit="USD", blank=False, quote=amount, span=(start, start + len(amount)))

    docs = [score_document(f"d{i}", [fact("5", 0), fact("7", 3)], [fact("5", 0)])
            for i in range(3)]
    report = build_report(score_all(docs), engine="rules")
    assert report["spread"]["f1"] == [2 / 3, 2 / 3]
    assert spread_line(report).startswith("95% interval over documents")
