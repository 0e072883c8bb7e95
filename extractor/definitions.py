"""Definitions: what the short names a note defines stand for.

'Beijing Jingu Shitong Technology Co., Ltd. (“Jingu”)' defines a party; 'the standard
corporate income tax (“CIT”)', 'a revolving credit facility (the “Revolver”)', 'articulated
tug-barge units (“ATBs”)' and 'Luzon Power Corporation (the “Parent Company”)' do not: a tax,
an instrument, a kind of asset and the company itself are never the entity an amount is about.
The test reads the name the definition shortens: a party's name carries a legal form or an
organisation's word ("Co., Ltd.", "N.A.", "LLC", "Bank", "Partners"), a person's title, or,
written in lower case, a party noun ("a Delaware limited liability company (the
“Sponsor”)"); a name that ends on a tax's, rate's or method's word names a term.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractor.names import CURRENCY_WORDS, DOCUMENT_NAME, NAME_WORD, NOT_ENTITIES, is_party
from extractor.vocabulary import ACCOUNTING_ACRONYMS

DEFINITION = re.compile(
    r"\(\s*(?:the\s+|collectively\s+|together,?\s+)?[“\"](?P<short>[^”\"]{2,60})[”\"]\s*\)"
)
_FULL_NAME = re.compile(rf"(?P<full>[A-Z][\w&'’\-]*\.?(?:,?\s+{NAME_WORD})*)\s*$")
# Legal forms and organisations' words: a name holding one is a company's, a bank's, a
# body's or a fund's ("Maruwa Co., Ltd.", "Fifth Coast Bank, N.A.", "Lighthouse 444 Limited
# Partnership", "Central Valley Farm Credit, ACA", "Kizuna Robotics K.K.").
_ORGANISATION = re.compile(
    r"\b(?:Inc|Incorporated|Corp|Corporation|Co|Company|Companies|Ltd|Limited|LLC|L\.L\.C|LLP|"
    r"L\.?P|PLC|plc|P\.C|N\.A|S\.A|S\.A\.U|S\.A\.B|S\.L|S\.p\.A|SpA|S\.r\.l|AG|GmbH|B\.V|N\.V|"
    r"K\.K|A/S|AB|ASA|AS|Oy|SE|SAS|Pte|Sdn|Bhd|Berhad|Tbk|Pty|Partnership|Partners|Trust|Trusts|"
    r"Fund|Group|Holdings?|Capital|Ventures|Cooperative|Association|Authority|Administration|"
    r"Service|Agency|Commission|Council|Government|Ministry|Province|University|School|Hospital|"
    r"Foundation|Institute|Industries|Enterprises|Technologies|Systems)\b\.?|"
    r"(?i:bank|banking|bancorp|banco|banque)|,\s*[A-Z]{2,4}\.?$"
)
_PERSON = re.compile(r"\b(?:Mr|Ms|Mrs|Dr|Madam|Miss|Sir)\b\.?")
# A capitalised name ending on one of these is a tax, rate, method, grant or holiday, not a
# party ("Enterprise Income Tax", "Loan Prime Rate", "Income Tax Holiday", "Productivity
# Solutions Grant", "Research and Development Tax Incentive", "High and New Technology
# Enterprises", "Reverse Stock Split").
_TERM_END = re.compile(
    r"(?i)\b(?:tax|taxes|rate|rates|holiday|incentive|incentives|grant|grants|method|split|"
    r"enterprises?|meeting|account|extension|premium|allowance|credits?|deduction|relief|"
    r"levy|duty|duties|surcharge|reserve|reserves|index|benchmark|basis)\W*$"
)
# The head nouns of a party described in lower case before its definition.
_PARTY_NOUN = re.compile(
    r"(?i)\b(?:company|companies|corporation|partnership|firm|bank|lender|lenders|sponsor|"
    r"customer|supplier|vendor|distributor|subsidiary|affiliate|shareholder|stockholder|"
    r"director|officer|entity|individual|landlord|lessor|tenant|partner|investee|venture|"
    r"trust|fund|founder|chairman|consultant|agent|guarantor|licensor|licensee|buyer|seller|"
    r"acquirer|counterparty|institution|insurer|reinsurer|underwriter|manufacturer|"
    r"contractor|operator|family|spouse|son|daughter|wife|husband|brother|sister|father|"
    r"mother|relative|members?)\W*$"
)
_OWN_DEFINITION = re.compile(
    rf"(?P<full>[A-Z][\w&'’\-]*\.?(?:,?\s+{NAME_WORD}){{0,8}})\s*\("
    r"(?P<inner>[^()]{0,120}?[“\"](?:Company|Registrant|we|We)[”\"][^()]{0,80})\)"
)
_OWN_WORD = re.compile(r"[“\"](?:Company|Registrant|we|We)[”\"]")
_QUOTED = re.compile(r"[“\"](?P<q>[^”\"]{2,60})[”\"]")
# The company's own short names besides "the Company" ('... Corporation (the “Parent
# Company”)', 'the “Parent”', the “Issuer”').
_OWN_SHORT = re.compile(r"(?i)^(?:the\s+)?(?:parent(?:\s+company)?|issuer|registrant)$")


@dataclass(frozen=True)
class Definitions:
    """What a note's definitions say about parties."""

    short_names: list[str]
    """The short names of parties, in the order the note defines them."""
    full_names: dict[str, str]
    """Each party's full name as written before its definition -> its short name."""
    never: frozenset[str]
    """Names that are never a party: the company's own, and the short names of documents,
    programmes, taxes and other terms."""
    terms: frozenset[str]
    """The capitalised full names of terms ("Right of Use Asset", "Enterprise Income Tax"):
    no words of them name a party."""


def read_definitions(text: str) -> Definitions:
    """The parties, own names and terms the definitions of `text` define."""
    shorts: list[str] = []
    full: dict[str, str] = {}
    never: set[str] = set()
    terms: set[str] = set()
    for m in DEFINITION.finditer(text):
        short = m.group("short").strip()
        before = text[max(0, m.start() - 120) : m.start()]
        nm = _FULL_NAME.search(before)
        name = nm.group("full").strip() if nm else None
        if short.lower() in ACCOUNTING_ACRONYMS:
            terms.update({name} if name else ())
            continue
        if (short.lower() in NOT_ENTITIES or CURRENCY_WORDS.match(short)
                or not short[:1].isupper() or not is_party(short)):
            continue
        if _OWN_SHORT.match(short):
            never.update({short} | ({name} if name else set()))
            continue
        kind = _kind(short, name, before)
        if kind != "party":
            never.add(short)  # "the Paycheck Protection Program (“PPP”)", "(“CIT”)"
            terms.update({name} if name and kind == "term" else ())
            continue
        if name:
            full[name] = short
        if short not in shorts:
            shorts.append(short)
    own = own_names(text)
    return Definitions(
        [x for x in shorts if x not in own], {k: v for k, v in full.items() if v not in own},
        frozenset(own | never), frozenset(terms),
    )


def _kind(short: str, name: str | None, before: str) -> str:
    """"party", "document" (a programme, facility or agreement) or "term" (a tax, rate,
    method, kind of asset) for a definition of `short` after `before`, whose capitalised
    full name is `name` (None where the words before are in lower case)."""
    if _PERSON.match(short) or (name and _PERSON.search(name)):
        return "party"
    if name is None:
        # 'a Delaware limited liability company (the “Sponsor”)' names a party;
        # 'a revolving credit facility (the “Revolver”)', 'units (“ATBs”)' do not
        head = before.rstrip(" ,")
        if _PARTY_NOUN.search(head):
            return "party"
        return "document" if DOCUMENT_NAME.search(head) else "term"
    if DOCUMENT_NAME.search(name):
        return "document"
    if _ORGANISATION.search(name):
        return "party"
    return "term" if _TERM_END.search(name) else "party"


def own_names(text: str) -> frozenset[str]:
    """The names the company gives itself where it defines itself as "the Company": its full
    name and the other short names in the same parentheses. They are never an entity."""
    out: set[str] = set()
    head = text[:20000]
    if not _OWN_WORD.search(head):
        return frozenset()  # no quoted "Company"/"we": no definition to scan for
    for m in _OWN_DEFINITION.finditer(head):
        out.add(m.group("full").strip().rstrip(",."))
        for q in _QUOTED.finditer(m.group("inner")):
            if q.group("q").lower() not in NOT_ENTITIES:
                out.add(q.group("q").strip())
    return frozenset(out)
