"""Dimension members in either case of the viewer's tag, and IFRS's carrying-amount
components as measurement bases rather than parties."""

from extractor.document import read_document
from extractor.engines.rules import RulesEngine
from extractor.measurebasis import measure_basis
from extractor.vocabulary import is_member, member_name


def test_member_tag_is_read_in_either_case():
    assert is_member("Chuanbang [Member]") and is_member("Joint ventures [member]")
    assert member_name("Gross carrying amount [member]") == "Gross carrying amount"
    assert not is_member("Membership fees")


def test_carrying_amount_components_lead_the_label_and_are_no_entity():
    assert measure_basis("Accumulated depreciation and amortisation") == (
        "Accumulated depreciation and amortisation")
    assert measure_basis("Accumulated impairment losses") == "Accumulated impairment losses"
    assert measure_basis("Accumulated deficit of subsidiaries") is None


_PAGE = """|
Leases - Right-of-use assets (Details) - CAD ($) $ in Thousands
|12 Months Ended
|
Dec. 31, 2022
|
Dec. 31, 2021
|Gross carrying amount [member]
|Disclosure of right-of-use assets [line items]
|Additions
|11,202
|10,875
|Accumulated depreciation and amortisation [member]
|Disclosure of right-of-use assets [line items]
|Depreciation charge
|(15,818)
|(13,842)
"""


def test_lower_case_ifrs_members_on_a_details_page_are_label_prefixes():
    facts = RulesEngine().extract(read_document(_PAGE, "d")).facts
    assert {f.entity for f in facts} == {None}
    labels = {f.label for f in facts}
    assert any(lb.startswith("Gross carrying amount") and "Additions" in lb for lb in labels)
    assert any(lb.startswith("Accumulated depreciation") for lb in labels)
