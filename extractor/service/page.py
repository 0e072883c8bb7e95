"""The page at /: paste a note or drop a file, get it back with every fact highlighted. The
form posts to / and the answer is rendered on the server by the same templates as
`extractor view`; the only JavaScript selects, scrolls, sorts and reads a dropped file."""

from __future__ import annotations

from pathlib import PurePath

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse
from starlette.datastructures import UploadFile

from extractor.document import DocumentError, decode
from extractor.service.config import ServiceConfig, ServiceError
from extractor.service.limits import token_matches
from extractor.service.models import MAX_DOC_ID
from extractor.service.runner import Runner
from extractor.views.render import doc_view, render_page


def install_page(app: FastAPI, runner: Runner, config: ServiceConfig) -> None:
    """Add GET / (the form) and POST / (the form's answer: the view of the note)."""

    def page(status: int = 200, **kw: object) -> HTMLResponse:
        engines = [(e.name, e.available, e.reason) for e in runner.engines()]
        html = render_page(engines=engines, needs_token=config.token is not None,
                           max_bytes=config.max_bytes, **kw)  # type: ignore[arg-type]
        return HTMLResponse(html, status_code=status)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def form() -> HTMLResponse:
        return page()

    @app.post("/", response_class=HTMLResponse, include_in_schema=False)
    async def answer(request: Request) -> HTMLResponse:
        text, doc_id, engine = "", "", "rules"
        try:
            form = await request.form(max_files=1, max_fields=8)
            text = str(form.get("text") or "")
            doc_id = str(form.get("doc_id") or "")[:MAX_DOC_ID]
            engine = str(form.get("engine") or "rules")
            if config.token is not None and not token_matches(str(form.get("token") or ""),
                                                              config.token):
                raise ServiceError(401, "unauthorized", "the token is missing or wrong")
            upload = form.get("file")
            if isinstance(upload, UploadFile) and upload.filename:
                name = PurePath(upload.filename).name  # a label only: never opened
                try:
                    text = decode(await upload.read(), name)
                except DocumentError as e:
                    raise ServiceError(400, "bad_input", str(e)) from None
                doc_id = doc_id or PurePath(name).stem
            result = await runner.extract(text, doc_id or "doc", engine)
        except ServiceError as e:
            return page(e.status, text=text, doc_id=doc_id, engine=engine, error=e.message)
        error = f"the {engine} engine failed: {result.error}" if result.error else None
        return page(text=text, doc_id=doc_id, engine=engine, view=doc_view(result, text),
                    error=error)
