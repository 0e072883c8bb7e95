"""Share-capital sentences: "authorized to issue N shares of X" names the shares authorized,
and "$0.0001 par value (per share)" is a par value per share, undated as "par value $0.0001
per share" is. Every sentence is made up."""

from __future__ import annotations

import extractor


def facts(body: str) -> list[extractor.Fact]:
    return list(extractor.extract("Note\n" + body).facts)


def test_authorized_to_issue_names_the_class_and_the_act() -> None:
    got = facts("The Company is authorized to issue 25,000,000 shares of preferred stock.")
    assert [(f.label, f.amount) for f in got] == [("Preferred stock shares authorized", "25000000")]


def test_authorized_to_issue_up_to_an_aggregate_of_shares() -> None:
    got = facts("Acme is authorized to issue up to an aggregate of 900,000 shares.")
    assert got[0].label.lower() == "shares authorized"


def test_shares_issued_or_merely_held_are_not_called_authorized() -> None:
    issued = facts("The Company issued 40,000 shares of common stock during 2023.")
    held = facts("The board authorized the plan; 12,000 shares remain outstanding.")
    assert "authorized" not in issued[0].label.lower()
    assert "authorized" not in held[0].label.lower()


def test_amount_before_par_value_is_read_as_par_value_before_the_amount() -> None:
    def par(body: str) -> list[tuple[str, str, str | None]]:
        page = "|\nEquity\n|3 Months Ended\nMar. 31, 2023\n|Equity [Abstract]\n" + body
        return [(f.label, f.amount, f.period) for f in extractor.extract(page).facts
                if f.unit == "USD"]

    before = par("We may issue 3,000,000 shares of common stock, $0.0001 par value per share.")
    after = par("We may issue 3,000,000 shares of common stock, par value $0.0001 per share.")
    assert before == after == [("Par value per share", "0.0001", None)]


def test_bare_par_value_after_a_class_is_a_par_value_too() -> None:
    got = facts("The Company issued 5,000 shares of common stock, $.01 par value, for $9,000.")
    labels = {f.amount: f.label for f in got}
    assert labels["0.01"] == "Par value per share"
    assert labels["9000"] != "Par value per share"  # the price paid is no par value


def test_a_count_before_par_value_stays_a_count() -> None:
    got = facts("The notes have 0.5 par value in the table.")
    assert all(f.unit != "USD" for f in got)
