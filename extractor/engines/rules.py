"""The deterministic engine: tables and prose of a note into grounded facts. No network."""

from __future__ import annotations

from extractor import prose, tables
from extractor.document import Document
from extractor.engines.registry import EngineSpec
from extractor.facts import Result, sort_facts
from extractor.grounding import check_grounded


class RulesEngine:
    """Tables, then the prose around them; facts checked against the text."""

    name = "rules"

    def extract(self, doc: Document) -> Result:
        table_part = tables.extract_tables(doc)
        prose_part = prose.extract_prose(doc, skip=table_part.claimed)
        # A sentence inside a claimed region is read as prose; a table fact wins a shared span.
        taken = {f.span for f in table_part.facts}
        facts = [*table_part.facts, *(f for f in prose_part.facts if f.span not in taken)]
        warnings = [*table_part.warnings, *prose_part.warnings]
        facts, dropped = check_grounded(doc.text, facts)
        warnings.extend(dropped)
        return Result(
            doc_id=doc.doc_id,
            source=doc.source,
            engine=self.name,
            facts=sort_facts(facts),
            warnings=warnings,
        )


SPEC = EngineSpec(
    name="rules",
    factory=lambda _llm: RulesEngine(),
    summary="tables and prose by rule (default, no network)",
    parallel="processes",
)
