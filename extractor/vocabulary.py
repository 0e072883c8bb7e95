"""The domain's words, once: currencies and their marks, scale words, unit words, month names.

Every reader (amounts, table cells and headers, prose, labels, grounding, the LLM schema) takes
its words and the regular-expression fragments built from them here, so that a currency or a
scale word added once is known everywhere. Fragments are alternations sorted longest first, so
"US$" wins over "$" and "RMB" over "RM".
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable

from extractor.casefold import folded

# Currency marks as notes print them, mapped to ISO 4217 codes. "¥" is not here: it is yuan in
# a Chinese filer's note and yen in a Japanese one (`document.Document.yen` decides).
CURRENCIES: dict[str, str] = {
    "U.S.$": "USD",
    "US$": "USD",
    "$US": "USD",  # "RMB 4,206 ($US5)": the mark after the dollar sign, as some filers print it
    "USD": "USD",
    "US Dollars": "USD",
    "$": "USD",
    "HK$": "HKD",
    "HKD": "HKD",
    "NT$": "TWD",
    "TWD": "TWD",
    "S$": "SGD",
    "SGD": "SGD",
    "A$": "AUD",
    "AUD": "AUD",
    "C$": "CAD",
    "CAD": "CAD",
    "RMB": "CNY",
    "Rmb": "CNY",
    "CNY": "CNY",
    "Renminbi": "CNY",
    "JPY": "JPY",
    "EUR": "EUR",
    "€": "EUR",
    "GBP": "GBP",
    "£": "GBP",
    "MYR": "MYR",
    "RM": "MYR",
    "KRW": "KRW",
    "₩": "KRW",
    "￦": "KRW",  # the fullwidth won sign Korean filers' tables print ("￦ | 204,545")
    "INR": "INR",
    "Rs.": "INR",
    "₹": "INR",
    "₨": "INR",
    "CHF": "CHF",
    "THB": "THB",
    "IDR": "IDR",
    "PHP": "PHP",
    "VND": "VND",
    # Marks of filers outside the currencies above (Israeli, Latin American, Nordic, ...): a
    # code the engine does not know leaves its amount out or reads "R$" as dollars.
    "CDN$": "CAD",
    "Cdn$": "CAD",
    "CA$": "CAD",
    "AU$": "AUD",
    "NZ$": "NZD",
    "NZD": "NZD",
    "R$": "BRL",
    "BRL": "BRL",
    "MXN": "MXN",
    "MX$": "MXN",
    "NIS": "ILS",
    "ILS": "ILS",
    "₪": "ILS",
    **{code: code for code in (
        "SEK", "NOK", "DKK", "ISK", "PLN", "CZK", "HUF", "RON", "BGN", "RUB", "UAH", "KZT", "TRY",
        "AED", "QAR", "KWD", "EGP", "ZAR", "NGN", "KES", "PKR", "BDT", "LKR", "MNT", "ARS",
        "CLP", "UYU", "MOP", "KHR",
    )},
    "Baht": "THB",  # "Baht 5.6 million", as Thai filers write it
    "Ps.": "MXN",  # "Ps.11,904.6 million": Mexican filers' peso
    "Rp": "IDR",  # "Rp250 billion": Indonesian filers' rupiah
    "AR$": "ARS",
    "Ch$": "CLP",
    "COL$": "COP",
    "₽": "RUB",
    "₺": "TRY",
    "₱": "PHP",
    "฿": "THB",
    "₫": "VND",
}
YEN = "¥"
CURRENCY_NAMES: dict[str, str] = {
    "canadian dollar": "CAD", "u.s. dollar": "USD", "us dollar": "USD", "u.s dollar": "USD",
    "united states dollar": "USD", "hong kong dollar": "HKD", "singapore dollar": "SGD",
    "australian dollar": "AUD", "new taiwan dollar": "TWD", "renminbi": "CNY",
    "chinese yuan": "CNY", "japanese yen": "JPY", "euro": "EUR", "pound sterling": "GBP",
    "pounds sterling": "GBP", "british pound": "GBP", "indian rupee": "INR",
    "korean won": "KRW", "swiss franc": "CHF", "malaysian ringgit": "MYR",
    "new zealand dollar": "NZD", "mexican peso": "MXN", "brazilian real": "BRL",
    "brazilian reais": "BRL", "israeli shekel": "ILS", "new israeli shekel": "ILS",
    "swedish krona": "SEK", "swedish kronor": "SEK", "norwegian krone": "NOK",
    "norwegian kroner": "NOK", "danish krone": "DKK", "danish kroner": "DKK",
    "south african rand": "ZAR", "argentine peso": "ARS", "chilean peso": "CLP",
    "colombian peso": "COP", "philippine peso": "PHP", "thai baht": "THB",
    "indonesian rupiah": "IDR", "turkish lira": "TRY", "russian ruble": "RUB",
    "polish zloty": "PLN", "macau pataca": "MOP", "vietnamese dong": "VND",
}
"""Currencies named in words (lower case, singular; a plural "s" may follow), as a column
heading or a scale line names them: "Exercise Price (Canadian Dollars)", "(In millions of
Korean won)"."""
CURRENCY_NAME = (
    "(?:" + "|".join(re.escape(n) for n in sorted(CURRENCY_NAMES, key=len, reverse=True))
    + r")s?\b"
)
"""A currency named in words (CURRENCY_NAMES), singular or plural."""
BARE_CURRENCY_NAMES: dict[str, str] = {"yen": "JPY", "yuan": "CNY", "won": "KRW"}
"""Currencies a bare word names after an amount ("542,319 million yen"); "won" only after a
scale word ("1,417,339 million won"), since it is also a verb."""
CURRENCY_NAME_AFTER = (
    "(?:" + "|".join(re.escape(n) for n in sorted([*CURRENCY_NAMES, *BARE_CURRENCY_NAMES],
                                                  key=len, reverse=True)) + r")s?\b"
)
"""A currency named in words after an amount: "8,945 million yen", "10 million Euros"."""


def named_currency(words: str) -> str | None:
    """The code of a currency named in words ("Euros" -> "EUR", "yen" -> "JPY")."""
    w = " ".join(words.lower().split())
    for name in (w, w[:-1]):
        code = CURRENCY_NAMES.get(name) or BARE_CURRENCY_NAMES.get(name)
        if code:
            return code
    return None


SCALED_CURRENCY_WORD = (
    r"(?:" + CURRENCY_NAME_AFTER + r"|(?:dollars|pounds|rupees|ringgit|baht|francs)\b)"
)
"""A currency named after a scale word, bare or in full ("8,945 million yen", "1,417,339 million
won", "(in thousands of Korean won)"): read only right after "million", "billion" or
"thousand", where a bare "won" or "pounds" cannot be a verb or a weight."""
SPELLED_MARKS = frozenset({"US Dollars", "Renminbi", "Rs."})
"""Marks written as words: prose says "Renminbi 5 million", a table cell never does."""
MARKS: tuple[str, ...] = tuple(sorted([*CURRENCIES, YEN], key=len, reverse=True))
"""Every currency mark, longest first."""
COMMON_MARKS = ("RMB", "US$", "HK$", "$", "¥", "€", "JPY", "USD", "HKD", "EUR")
"""The marks the heuristics that look around an amount or a slot (labels, grounding, a table
caption's "(in US$ thousands)") recognise: the currencies of the filers this reads."""


def alternation(words: Iterable[str]) -> str:
    """A non-capturing regular-expression alternation of `words`, longest first."""
    ordered = sorted(dict.fromkeys(words), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w) for w in ordered) + ")"


def mark_alternation(marks: Iterable[str]) -> str:
    """`alternation` of currency marks, a mark that starts with a letter read only where no
    letter stands before it: "RM" is ringgit in "RM 100", not in "FIRM 100"; "TRY" is lira, not
    the end of "ENTRY"."""
    ordered = sorted(dict.fromkeys(marks), key=len, reverse=True)
    letters = [w for w in ordered if w[0].isalpha()]
    signs = [w for w in ordered if not w[0].isalpha()]
    # One lookbehind for all the letter marks, and a lookahead on the marks' first characters:
    # a lookbehind on each alternative keeps Python's re from skipping the positions where no
    # mark can start, and made a scan for a mark seventy times as slow.
    parts = [alternation(signs)] if signs else []
    if letters:
        parts.append("(?<![A-Za-z])" + alternation(letters))
    return "(?=" + initials(ordered) + ")(?:" + "|".join(parts) + ")"


def initials(words: Iterable[str]) -> str:
    """A character class of the first characters of `words`: a lookahead on it lets a scan skip
    the positions where none of them can start (Python's re tries each alternative there)."""
    return "[" + re.escape("".join(sorted({w[0] for w in words}))) + "]"


CURRENCY = mark_alternation(MARKS)
"""Any currency mark, words included."""
CURRENCY_INITIALS = initials(MARKS)
"""What a currency mark can begin with."""
CURRENCY_SYMBOL = mark_alternation(m for m in MARKS if m not in SPELLED_MARKS)
"""A currency mark as a table cell or header prints it (no spelled-out words)."""
CELL_ONLY_MARKS: dict[str, str] = {"W": "KRW"}
"""Marks read only when alone in a table cell before a value: Korean filers' won sign
rendered as a plain "W" ("W | 856,813"); in prose a bare "W" is a letter, never a currency."""
CELL_MARK = mark_alternation(
    [*(m for m in MARKS if m not in SPELLED_MARKS or m.endswith(".")), *CELL_ONLY_MARKS]
)
"""A currency mark alone in a table cell: the printed marks, the abbreviated words ("Rs."
standing before its value's cell, as "$" does) and CELL_ONLY_MARKS."""
COMMON_CURRENCY = mark_alternation(COMMON_MARKS)
"""One of COMMON_MARKS."""
COMMON_CURRENCY_INITIALS = initials(COMMON_MARKS)
"""What one of COMMON_MARKS can begin with."""
CURRENCY_CODE = mark_alternation([*COMMON_MARKS, *CURRENCIES.values(),
                                  *(m.rstrip(".") for m in CURRENCIES
                                    if m[0].isalpha() and not m.isupper()
                                    and (m.endswith(".") or len(m) >= 4))])
"""A common mark, an ISO 4217 code or a mark of letters ("Baht", "Ps"): what a name that is
only a currency starts with."""

SCALE_WORDS: dict[str, int] = {
    "thousand": 3,
    "thousands": 3,
    "million": 6,
    "millions": 6,
    "billion": 9,
    "billions": 9,
    "trillion": 12,
    "trillions": 12,
}
"""Scale words and the power of ten they stand for."""
SCALE = r"(?:thousand|million|billion|trillion)s?\b"
"""A scale word, singular or plural (every key of SCALE_WORDS)."""

DURATION_UNITS = frozenset({"year", "month"})
"""Units of a term or a useful life: never money, never scaled."""
USEFUL_LIFE_WORDS = ("useful li", "depreciat", "estimated li", "economic li")
"""Lower-case word starts that name a useful life, the one duration that is a fact (FACTS.md;
loan, lease, vesting and option terms are not)."""
RATE_UNITS = frozenset({"percent"}) | DURATION_UNITS
"""Units that are not an amount of money or shares: rates and terms."""
OTHER_UNITS = RATE_UNITS | {"share"}
"""The contract's units besides ISO 4217 currency codes."""
UNIT_ALIASES: dict[str, str] = {
    "%": "percent", "PERCENT": "percent", "PCT": "percent", "YEARS": "year", "YEAR": "year",
    "MONTHS": "month", "MONTH": "month", "SHARES": "share", "SHARE": "share",
}
"""Upper-cased spellings of the non-currency units, mapped to the contract's."""

ACCOUNTING_ACRONYMS = frozenset({
    "rou", "nol", "nols", "eps", "rsu", "rsus", "rsa", "rsas", "psu", "psus", "adr", "adrs",
    "ads", "adss", "espp", "esop", "libor", "sibor", "hibor", "sofr", "euribor", "tibor", "cecl",
    "oci", "aoci", "pp&e", "ebitda", "aro", "aros", "dta", "dtl", "tdr", "tdrs", "ecl", "fvoci",
    "fvtpl", "fvpl", "cgu", "cgus", "ipr&d", "wip", "cogs", "sg&a", "r&d",
})
"""Lower-cased acronyms of accounting words, rates and the company's own award or share units
("Right of Use Asset (“ROU”)", "restricted stock units (“RSUs”)", "ADRs", "SIBOR"): a note
defines them as short names, but they name what an amount measures, never a party."""
PLACES = frozenset({
    "india", "china", "prc", "hong kong", "japan", "korea", "singapore", "malaysia", "taiwan",
    "israel", "canada", "mexico", "brazil", "uk", "u.k.", "united kingdom", "us", "u.s.", "usa",
    "united states", "europe", "eu", "germany", "france", "ireland", "netherlands",
    "switzerland", "australia", "asia", "americas", "emea", "apac", "international", "global",
    "worldwide", "domestic", "foreign", "non-u.s.",
    "philippines", "thailand", "vietnam", "indonesia", "italy", "spain", "sweden", "belgium",
    "austria", "denmark", "norway", "finland", "poland", "russia", "turkey", "south africa",
    "argentina", "chile", "colombia", "peru", "new zealand", "south korea", "macau", "macao",
    "greater china", "mainland china", "north america", "south america", "latin america",
    "asia pacific", "asia-pacific", "middle east", "africa", "united arab emirates", "uae",
    "saudi arabia", "czech republic", "hungary", "portugal", "greece", "luxembourg",
    # holding-company domiciles a tax note breaks income down by
    "cayman islands", "british virgin islands", "bvi", "bermuda", "caribbean",
    "central america", "pakistan", "egypt", "nigeria", "kenya", "qatar",
})
"""Lower-cased countries and regions a filer names its programmes after ("India Share Plan
2006", "U.S. Medical Plan"): inside a programme's name a place is no party (a segment column
named for a place still is one; a table's columns or a section's rows that are places name
their area: `tables/columnmembers.place_heads`, `tables/parties.names_place`)."""

MONTHS: dict[str, int] = (
    {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
    | {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}
    | {"sept": 9}
)
"""Month names and abbreviations, lower-cased, to their number."""


def month_number(word: str) -> int:
    """The number of a month name a case-insensitive pattern matched ("Sept.", "APRIL", and
    "Aprıl", whose dotless "ı" re.IGNORECASE takes for "i")."""
    return MONTHS[folded(word).rstrip(".")]

MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
"""A month name or abbreviation, with an optional full stop."""
YEAR = r"(?:19|20)\d\d"
# The words that name a period by pointing at another ("the comparable prior-year period", "the
# same period last year", "the corresponding quarter"): one list for the scans that read them
RELATIVE_PERIOD = r"(?:comparable|corresponding|same|prior|previous)"
"""A year of this century or the last: every period phrase names one."""
DATE = rf"(?:{MONTH}\s*\d{{1,2}}\s*,?\s*{YEAR}|\d{{1,2}}\s+{MONTH}\s*,?\s*{YEAR})"
"""A full date: "December 31, 2022", "Dec. 31, 2022", "December 31 2022", "31 December 2022"."""


# The viewer's tag for a dimension member: "Chuanbang [Member]"; IFRS filers' pages write it in
# lower case ("Gross carrying amount [member]").
_MEMBER_TAG = "[member]"
# The tag wherever it stands in a member line ("A [Member] | B [Member]"), and the axis's
# "[Domain]", in either case: what a name's own words are without it.
MEMBER_MARK = re.compile(r"(?i)\s*\[(?:member|domain)\]")


def is_member(text: str) -> bool:
    """Whether a line or cell names a dimension member ("... [Member]", "... [member]")."""
    return text.rstrip()[-len(_MEMBER_TAG):].lower() == _MEMBER_TAG


def member_name(text: str) -> str:
    """A member's name without its tag: "Chuanbang [Member]" -> "Chuanbang"."""
    t = text.strip()
    return t[: -len(_MEMBER_TAG)].strip() if is_member(t) else t
