"""The deterministic engine: tables and prose of a note into grounded facts. No network.

A failure inside one table, details row or sentence is contained where it is read (a warning
naming the place); a failure of a whole pass (the table scan, the prose pass) is contained
here, so the other pass still comes out. Only reading the file can fail a document.
"""

from __future__ import annotations

from functools import partial

from extractor import prose, tables
from extractor.contain import guarded
from extractor.document import Document, read_document
from extractor.engines.registry import EngineSpec
from extractor.facts import ExtractionWarning, Result, sort_facts
from extractor.grounding import check_grounded
from extractor.textmap import restore, strip_format


class RulesEngine:
    """Tables, then the prose around them; facts checked against the text."""

    name = "rules"

    def extract(self, doc: Document) -> Result:
        """The note's facts; a text with format characters (zero-width spaces, bidi marks) is
        read without them and its spans and quotes mapped back onto the original."""
        plain = strip_format(doc.text)
        if plain is None:
            return self._extract(doc)
        result = restore(
            self._extract(read_document(plain.text, doc.doc_id, doc.source)), plain, doc.text
        )
        facts, dropped = check_grounded(doc.text, result.facts)
        return result.model_copy(update={"facts": facts, "warnings": [*result.warnings, *dropped]})

    def _extract(self, doc: Document) -> Result:
        warnings: list[ExtractionWarning] = []
        whole = (0, len(doc.text))
        table_part = guarded(
            warnings, "table pass", whole, partial(tables.extract_tables, doc), tables.TablePart()
        )
        prose_part = guarded(
            warnings, "prose pass", whole,
            partial(prose.extract_prose, doc, skip=table_part.claimed,
                    label_dates=table_part.label_dates), prose.ProsePart(),
        )
        # A sentence inside a claimed region is read as prose; a table fact wins a shared span.
        taken = {f.span for f in table_part.facts}
        facts = [*table_part.facts, *(f for f in prose_part.facts if f.span not in taken)]
        warnings = [*table_part.warnings, *prose_part.warnings, *warnings]
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
