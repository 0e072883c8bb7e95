"""The HTML views of grounded facts: a note with every fact's span highlighted (blank slots
marked), a table of its facts, and its warnings at their place. One template set serves the
service's page at /, `extractor view` (one self-contained file, no network assets) and the
eval report's context (`extractor eval --html`).

Modules: `highlight` (pure: a text and its facts into tokens and rows), `render` (Jinja2 and
the inlined CSS and JavaScript), `command` (the CLI command). Only Jinja2 is needed.
"""
