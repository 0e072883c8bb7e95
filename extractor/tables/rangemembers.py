"""Range members on Details member lines: "Minimum | Computers and office equipment".

XBRL puts the low and high ends of a range (useful lives, rates, prices) under the members
"Minimum", "Maximum" (also "Weighted Average", "Median") of a range axis. Such a member says
which end of the measure, not about whom: it leads the label ("Minimum / Estimated useful
lives") and the next member on the line is the entity. Pure functions over member names.
"""

from __future__ import annotations

import re

_RANGE = re.compile(
    r"(?:minimum|maximum|weighted[\s-]+average|median|(?:low|high)(?:\s+end)?(?:\s+of\s+range)?)",
    re.IGNORECASE,
)


def is_range_member(member: str) -> bool:
    """Whether a member names an end or a middle of a range ("Minimum", "Weighted Average")."""
    return bool(_RANGE.fullmatch(member.strip()))


def split_range_member(members: list[str]) -> tuple[str | None, list[str]]:
    """The range member of a member line (the first, wherever it stands) and the others in
    order: ["Minimum", "Other equipment"] -> ("Minimum", ["Other equipment"])."""
    for k, m in enumerate(members):
        if is_range_member(m):
            return m.strip(), members[:k] + members[k + 1 :]
    return None, members
