"""The items of a list a paragraph introduces keep the paragraph's opening date."""

from extractor.document import read_document
from extractor.engines.rules import RulesEngine

_NOTE = (
    "Note 9 - Commitments\n"
    "On March 30, 2021, the Company entered into a settlement agreement with a vendor. The "
    "Company owed the vendor $160,000. As an alternative, the Company may pay:\n"
    "a. An initial installment payment of $5,000 on or before March 31, 2021 and a lump sum "
    "payment of $40,000 on or before June 7, 2021; or\n"
    "b. A lump sum payment of $50,000 on or before August 6, 2021.\n"
    "The Company recorded a loss of $106,000.\n"
)

def _periods(text: str) -> dict[str, str | None]:
    facts = RulesEngine().extract(read_document(text, "n")).facts
    return {f.amount: f.period for f in facts}


def test_list_items_after_a_colon_keep_the_opening_event_date():
    got = _periods(_NOTE)
    assert got["160000"] == "2021-03-30"
    assert got["5000"] == got["40000"] == got["50000"] == "2021-03-30"


def test_a_paragraph_after_the_list_and_items_without_an_intro_do_not():
    got = _periods(_NOTE)
    assert got["106000"] is None
    no_intro = _NOTE.replace("may pay:", "may pay as follows.")
    assert _periods(no_intro)["50000"] is None


_PARTY_NOTE = (
    "Note 9 - Commitments\n"
    "On March 30, 2021, the Company entered into a settlement agreement with Quill Harbor "
    "LLP (“Quill”). The Company owed Quill $160,000. As an alternative, the Company may pay "
    "to Quill:\n"
    "a. An initial installment payment of $5,000 on or before March 31, 2021; or\n"
    "b. A lump sum payment of $50,000 to Marrow Trust on or before August 6, 2021.\n"
    "The Company recorded a loss of $106,000.\n"
)


def _entities(text: str) -> dict[str, str | None]:
    facts = RulesEngine().extract(read_document(text, "n")).facts
    return {f.amount: f.entity for f in facts}


def test_list_items_naming_no_party_take_the_party_their_opening_named():
    assert _entities(_PARTY_NOTE)["5000"] == "Quill"


def test_an_item_naming_its_own_party_and_the_paragraph_after_the_list_keep_theirs():
    got = _entities(_PARTY_NOTE)
    assert got["50000"] == "Marrow Trust"
    assert got["106000"] is None
    no_intro = _PARTY_NOTE.replace("to Quill:", "to Quill as follows.")
    assert _entities(no_intro)["5000"] is None
