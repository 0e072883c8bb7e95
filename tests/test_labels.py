"""Labels and entities, read directly from small made-up sentences."""

from __future__ import annotations

from extractor.amounts import find_amounts
from extractor.entities import EntityFinder
from extractor.labels import label_for


def _label(text: str, nth: int = 0, para_entity: str | None = None,
           entities: EntityFinder | None = None) -> tuple[str, str | None]:
    a = find_amounts(text)[nth]
    return label_for(text, a, entities or EntityFinder.from_text(text), para_entity)


def test_the_noun_phrase_before_of_names_the_measure() -> None:
    assert _label("Revenues of RMB5 were recorded.") == ("Revenues", None)


def test_the_subject_before_were_names_the_measure_and_the_counterparty() -> None:
    text = "Amounts due to Acme Holdings Limited were US$300 as of December 31, 2022."
    assert _label(text) == ("Amounts due to", "Acme Holdings Limited")


def test_the_of_phrase_after_a_leading_amount_names_it() -> None:
    text = "RMB51,780 of revenue previously included in deferred revenue was recognized."
    assert _label(text)[0] == "Revenue previously included"


def test_a_defined_short_name_stands_for_the_full_name() -> None:
    note = ("The Company borrowed RMB2,000 from Beijing Star Technology Co., Ltd. (“Star”). "
            "Interest paid to Star was RMB50.")
    found = EntityFinder.from_text(note)
    assert found.short_names == ["Star"]
    assert found.normalise("Beijing Star Technology Co., Ltd.") == "Star"
    assert _label("Interest paid to Star was RMB50.", entities=found) == ("Interest paid", "Star")


def test_a_sentence_naming_no_one_takes_the_paragraph_entity() -> None:
    assert _label("Total revenue was $3.5 million.", para_entity="Acme") == (
        "Total revenue", "Acme"
    )


def test_the_company_itself_is_not_an_entity() -> None:
    label, entity = _label("The Company recognized rental income of $1,200 from the lease.")
    assert (label, entity) == ("Rental income", None)


def test_a_currency_in_quotes_is_not_a_defined_counterparty() -> None:
    found = EntityFinder.from_text('Amounts are stated in Renminbi (“RMB”) and US dollars ("USD").')
    assert found.short_names == []
