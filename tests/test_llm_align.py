"""Aligning the model's claims to the text: quotes, amounts and blank slots to true spans."""

from __future__ import annotations

import pytest

from extractor.grounding import ground_claim, locate, slots_in
from extractor.llm.align import align_answer, salvage
from extractor.llm.chunking import Chunk
from extractor.llm.schema import LLMExtraction, LLMFact


def claims(*items: dict[str, object]) -> LLMExtraction:
    return LLMExtraction(facts=[LLMFact.model_validate(i) for i in items])


def c(amount: str | None, quote: str, period: str | None = None, **kw: object) -> dict[str, object]:
    return {"label": kw.pop("label", "X"), "amount": amount, "blank": amount is None,
            "quote": quote, "period": period, **kw}


@pytest.mark.parametrize(
    ("quote", "before"),
    [
        ("Revenues of , RMB34 and RMB6", ["Revenues of"]),
        ("Amounts due from Keshen were and RMB as of", ["Amounts due from Keshen were",
                                                        "Amounts due from Keshen were and RMB"]),
        ("the date of grant, which wasper share", ["the date of grant, which was"]),
        ("the Company granted and issuedmillion shares", ["the Company granted and issued"]),
        ("cash consideration of JPY . The", ["cash consideration of JPY"]),
        ("interest in Cumica increased to %.", ["interest in Cumica increased to"]),
        ("There were RMB29 andof allowance", ["There were RMB29 and"]),
        ("principal amount of $1,493 ( ) from", ["principal amount of $1,493 ("]),
    ],
)
def test_blank_slots_are_found_where_the_viewer_dropped_the_amount(quote: str, before: list[str]):
    text = quote + " 2023, the year"
    assert [quote[:p] for p in slots_in(text, 0, len(quote))] == before


def test_no_slot_is_seen_between_stated_amounts():
    quote = "Revenues of RMB34, RMB6 and RMB2 were recorded"
    assert slots_in(quote + "\n", 0, len(quote)) == []


def test_before_slot_from_the_model_puts_its_slot_first():
    text = "Amounts due from Keshen were and RMB as of December 31"
    quote = "Keshen were and RMB as of"
    (_, span), *_ = ground_claim(text, quote, None, before_slot="were and RMB")
    assert text[: span[0]].endswith("were and RMB") and span[0] == span[1]


def test_two_blanks_in_one_quote_take_two_slots():
    text = "Amounts due from Keshen were and RMB as of December 31, 2022 and 2023."
    q = "Keshen were and RMB as of"
    facts, warnings = align_answer(text, Chunk(0, len(text)), claims(
        c(None, q, "2022-12-31"), c(None, q, "2023-12-31")))
    assert [text[: f.span[0]][-7:] for f in facts] == ["en were", "and RMB"] and warnings == []


def test_two_zeros_in_one_quote_take_two_tokens_and_one_zero_for_two_dates_shares_one():
    text = "The contract assets were nil and nil as of 2022 and 2023 (2020 and 2021: nil)."
    facts, _ = align_answer(text, Chunk(0, len(text)), claims(
        c("0", "were nil and nil", "2022-12-31"), c("0", "were nil and nil", "2023-12-31"),
        c("0", "(2020 and 2021: nil)", "2020-12-31"), c("0", "(2020 and 2021: nil)", "2021-12-31"),
    ))
    spans = [f.span for f in facts]
    assert spans[0] != spans[1] and spans[2] == spans[3]
    assert all(text[a:b] == "nil" for a, b in spans)


def test_a_loose_quote_is_replaced_by_the_texts_own_characters():
    text = "Revenues of\nRMB1,250 were | recorded"
    answer = claims(c("1250", "of RMB1,250 were recorded"))
    facts, _ = align_answer(text, Chunk(0, len(text)), answer)
    assert facts[0].quote == "of\nRMB1,250 were | recorded" and facts[0].quote in text


def test_a_claim_in_a_later_chunk_gets_document_offsets():
    text = "Header line\n\nFirst part RMB5.\n\nSecond part RMB5."
    second = Chunk(text.index("Second"), len(text))
    facts, _ = align_answer(text, second, claims(c("5", "Second part RMB5")))
    assert facts[0].span == (len(text) - 2, len(text) - 1)


def test_a_repeated_claim_is_dropped_as_a_duplicate():
    text = "Revenues were RMB5."
    facts, warnings = align_answer(text, Chunk(0, len(text)), claims(
        c("5", "were RMB5", "2023-12-31"), c("5", "were RMB5", "2023-12-31")))
    assert len(facts) == 1 and [w.code for w in warnings] == ["duplicate"]


def test_a_dash_zero_is_a_lone_dash_not_the_hyphen_of_a_word():
    text = "Right-of-use assets\n|-\n|12"
    assert locate(text, "-", "0") == (text.index("|-") + 1, text.index("|-") + 2)


def test_a_piece_of_a_longer_number_is_never_its_amount():
    text = "|11,500\n|1,500\n"
    assert locate(text, "1,500", "1500") == (9, 14)
    assert locate("|11,500", "1,500", "1500") is None
    assert locate("RMB1,250", "RMB1,2", "1.2") is None


def test_negatives_and_words_are_located():
    assert locate("a loss of $(18,650).", "loss of $(18,650)", "-18650") == (11, 19)
    assert locate("three to five years", "three to five years", "3") == (0, 5)


def test_salvage_keeps_well_formed_facts_of_an_invalid_answer():
    raw = '```json\n{"facts": [{"label": "A", "amount": "5", "quote": "q"}, {"label": 3}]}\n```'
    answer, warnings = salvage(raw)
    assert [f.amount for f in answer.facts] == ["5"] and len(warnings) == 1
    assert salvage("not json")[0].facts == []
