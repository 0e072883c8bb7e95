"""A small OpenAI-compatible HTTP server for the tests: POST /v1/chat/completions on
127.0.0.1 (random free port), answering from a per-test script of replies.

It answers in the shapes instructor reads: a tool call when the request offers tools
(Mode.TOOLS), JSON content otherwise (Mode.JSON). A test scripts replies (a correct answer,
malformed JSON, a schema violation, invented numbers, 429 with Retry-After, 500, a slow reply,
a reply trickled one byte at a time, a redirect, a reply cut off at the token limit) or
installs a responder that computes a reply from the request. Every request is recorded with
the time it arrived.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Reply:
    """One scripted reply."""

    status: int = 200
    facts: list[dict[str, Any]] | None = None
    raw: str | None = None
    finish_reason: str = "stop"
    delay: float = 0.0
    trickle: float = 0.0
    """Seconds between bytes: the reply (status line, headers, body) goes out one byte at a
    time, so no single read waits long and only an overall deadline stops the client."""
    headers: dict[str, str] = field(default_factory=dict)
    prompt_tokens: int = 100
    completion_tokens: int = 20

    def payload(self) -> str:
        if self.raw is not None:
            return self.raw
        return json.dumps({"facts": self.facts or []})


def answer(facts: list[dict[str, Any]], **kw: Any) -> Reply:
    """A well-formed answer holding these facts."""
    return Reply(facts=facts, **kw)


def malformed(**kw: Any) -> Reply:
    """An answer that is not JSON at all."""
    return Reply(raw='{"facts": [{"label": "Revenues", "amount": ', **kw)


def truncated(**kw: Any) -> Reply:
    """An answer cut off by the token limit (finish_reason "length")."""
    return Reply(raw='{"facts": [{"label": "Rev', finish_reason="length", **kw)


def trickling(every: float = 0.3, **kw: Any) -> Reply:
    """A correct-looking answer sent one byte every `every` seconds."""
    return Reply(facts=[], trickle=every, **kw)


def redirect(location: str, status: int = 307) -> Reply:
    """A redirect to another address (another server: it must receive nothing)."""
    return Reply(status=status, raw="moved", headers={"Location": location})


def error(status: int, retry_after: str | None = None, **kw: Any) -> Reply:
    """An HTTP error, with a Retry-After header when given."""
    headers = {"Retry-After": retry_after} if retry_after is not None else {}
    return Reply(status=status, headers=headers, **kw)


def fact(
    label: str, amount: str | None, quote: str, period: str | None = None, **kw: Any
) -> dict[str, Any]:
    """A fact as a model would send it (a quote, no span)."""
    return {
        "label": label, "entity": kw.get("entity"), "period": period, "amount": amount,
        "amount_max": kw.get("amount_max"), "scale": kw.get("scale", 0),
        "unit": kw.get("unit"), "blank": amount is None, "quote": quote,
        "before_slot": kw.get("before_slot"),
    }


_FENCED = re.compile(r"<<<(NOTE-[A-Z0-9X]+)>>>\n(.*?)\n<<<END-\1>>>", re.S)


def note_of(request: dict[str, Any]) -> str:
    """The note text a request carries (the last fenced block of its first user message)."""
    for message in request.get("messages", []):
        if message.get("role") == "user":
            blocks = _FENCED.findall(str(message.get("content", "")))
            if blocks:
                return str(blocks[-1][1])
    return ""


@dataclass
class Seen:
    """A request the server received."""

    at: float
    body: dict[str, Any]


class FakeOpenAI:
    """The server. Use as a context manager, or `start()` / `stop()`."""

    def __init__(self) -> None:
        self.replies: deque[Reply] = deque()
        self.responder: Callable[[dict[str, Any]], Reply] | None = None
        self.seen: list[Seen] = []
        self.pages: dict[str, Any] = {}
        """GET routes and their JSON answers ("/props", "/v1/models"); others answer 404."""
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/v1"

    def script(self, *replies: Reply) -> FakeOpenAI:
        """Queue replies, served in order; after them, the responder (or a 500 saying the
        script ran out)."""
        with self._lock:
            self.replies.extend(replies)
        return self

    def start(self) -> FakeOpenAI:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()  # a trickling reply stops sending
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> FakeOpenAI:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _next(self, body: dict[str, Any]) -> Reply:
        with self._lock:
            self.seen.append(Seen(time.monotonic(), body))
            if self.replies:
                return self.replies.popleft()
        if self.responder is not None:
            return self.responder(body)
        return Reply(status=500, raw="fake server: no scripted reply left")

    def _page(self, path: str) -> tuple[int, Any]:
        """The answer to a GET: a configured page, else 404."""
        page = self.pages.get(path.split("?")[0].rstrip("/"))
        if page is None:
            return 404, {"error": {"message": f"no route {path}"}}
        return 200, page

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:  # quiet test output
                return

            def do_GET(self) -> None:
                self._send(*fake._page(self.path))

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                body = json.loads(self.rfile.read(length) or b"{}")
                if not self.path.rstrip("/").endswith("/chat/completions"):
                    self._send(404, {"error": {"message": f"no route {self.path}"}})
                    return
                reply = fake._next(body)
                if reply.delay:
                    time.sleep(reply.delay)
                if reply.trickle:
                    self._trickle(reply.trickle, completion(body, reply))
                    return
                if reply.status != 200:
                    message = reply.raw or f"fake error {reply.status}"
                    self._send(reply.status, {"error": {"message": message}}, reply.headers)
                    return
                self._send(200, completion(body, reply), reply.headers)

            def _trickle(self, every: float, payload: Any) -> None:
                data = json.dumps(payload).encode()
                raw = (b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                       b"Content-Length: %d\r\n\r\n" % len(data)) + data
                self.close_connection = True
                try:
                    for i in range(len(raw)):
                        if fake._stopping.wait(every):
                            return
                        self.wfile.write(raw[i : i + 1])
                        self.wfile.flush()
                except (BrokenPipeError, ConnectionResetError):
                    return

            def _send(
                self, status: int, payload: Any, headers: dict[str, str] | None = None
            ) -> None:
                data = json.dumps(payload).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    for k, v in (headers or {}).items():
                        self.send_header(k, v)
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    return  # the client gave up (a timeout test)

        return Handler


def completion(request: dict[str, Any], reply: Reply) -> dict[str, Any]:
    """A chat.completion object for a request, in the shape its mode expects."""
    payload = reply.payload()
    message: dict[str, Any] = {"role": "assistant", "content": None}
    finish = reply.finish_reason
    tools = request.get("tools") or []
    if tools:
        name = tools[0]["function"]["name"]
        message["tool_calls"] = [
            {"id": "call_1", "type": "function", "function": {"name": name, "arguments": payload}}
        ]
        if finish == "stop":
            finish = "tool_calls"
    else:
        message["content"] = payload
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": request.get("model", "fake"),
        "choices": [{"index": 0, "message": message, "finish_reason": finish, "logprobs": None}],
        "usage": {
            "prompt_tokens": reply.prompt_tokens,
            "completion_tokens": reply.completion_tokens,
            "total_tokens": reply.prompt_tokens + reply.completion_tokens,
        },
    }


_MARK = re.compile(r"⟦(c\d+)⟧")


class GoldModel:
    """A perfect model: answers each request with the gold facts of the note it carries, in
    the request's own schema (the extract role's facts with quotes, or the resolver role's
    decisions per candidate id). `docs` pairs each note's text with its gold facts (contract
    dicts with spans). A request whose text is in no note is answered with nothing."""

    def __init__(self, docs: list[tuple[str, list[dict[str, Any]]]]) -> None:
        self.docs = [(text, [f for f in map(_placed(text), facts) if f]) for text, facts in docs]

    def __call__(self, request: dict[str, Any]) -> Reply:
        # instructor renders each message through textwrap.dedent, which empties the lines
        # that hold only spaces: the note is found in the text with such lines emptied too.
        part = note_of(request)
        plain = _MARK.sub("", part)
        for text, facts in self.docs:
            flat, where = _dedented(text)
            at = flat.find(plain) if plain else -1
            if at >= 0:
                if _MARK.search(part):
                    return Reply(raw=json.dumps({"decisions": _decide(part, at, where, facts)}))
                return answer(_claims(text, where[at], where[at + len(plain)], facts))
        return answer([])


def _dedented(text: str) -> tuple[str, list[int]]:
    """The text with its whitespace-only lines emptied, and for each of its offsets (and its
    end) the offset in the original."""
    out: list[str] = []
    where: list[int] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        keep = "" if body.strip(" \t") == "" else body
        out.append(keep + line[len(body):])
        where.extend(range(pos, pos + len(keep)))
        where.extend(range(pos + len(body), pos + len(line)))
        pos += len(line)
    where.append(pos)
    return "".join(out), where


def _placed(text: str) -> Callable[[dict[str, Any]], dict[str, Any] | None]:
    """A gold fact with a span: its own, else where its quote and amount stand."""
    from extractor.grounding import locate

    def place(f: dict[str, Any]) -> dict[str, Any] | None:
        if f.get("span"):
            return f
        span = locate(text, f.get("quote") or "", None if f.get("blank") else f.get("amount"))
        return dict(f, span=list(span)) if span else None

    return place


def _claims(text: str, lo: int, hi: int, facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The gold facts inside text[lo:hi] as a model writes them: a quote (the gold's, when it
    stands in the part around the span, else the words around it) and, for a blank, the words
    of the quote that end at the slot."""
    out = []
    for f in sorted(facts, key=lambda f: tuple(f["span"])):
        s, e = f["span"]
        if not (lo <= s and e <= hi) or (s == e == hi and hi < len(text)):
            continue
        q = f.get("quote") or ""
        qs = _quote_start(text, lo, hi, q, s, e)
        if qs is None:
            qs = max(lo, text.rfind("\n", lo, s) + 1, s - 30)
            q = text[qs : min(hi, max(e, s) + 20)].split("\n")[0] or text[s:e]
        claim = {k: f.get(k) for k in ("label", "entity", "period", "amount", "amount_max",
                                        "scale", "unit", "blank")}
        claim["quote"] = q
        claim["before_slot"] = text[qs:s] if f.get("blank") else None
        out.append(claim)
    return out


def _quote_start(text: str, lo: int, hi: int, q: str, s: int, e: int) -> int | None:
    if not q:
        return None
    i = text.find(q, max(lo, e - len(q)))
    while i >= 0 and i + len(q) <= hi:
        if i <= s and e <= i + len(q):
            return i
        i = text.find(q, i + 1)
    return None


def _decide(
    part: str, at: int, where: list[int], facts: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Per marked candidate, what gold says at its place: the gold facts at the candidate's
    position (same start, amount agreeing), their periods; no gold fact there: not a fact."""
    places: list[tuple[str, int]] = []
    removed = 0
    for m in _MARK.finditer(part):
        places.append((m.group(1), where[at + m.start() - removed]))
        removed += m.end() - m.start()
    used: set[int] = set()
    out = []
    for cid, pos in places:
        here = [i for i, f in enumerate(facts) if i not in used and _at(f, pos)]
        if not here:
            out.append({"id": cid, "fact": False})
            continue
        # Candidates on one place share its gold facts: the first takes them all.
        used.update(here)
        first = facts[here[0]]
        out.append({"id": cid, "fact": True, "period": first.get("period"),
                    "more_periods": [facts[i].get("period") for i in here[1:]
                                     if facts[i].get("period")],
                    "label": first.get("label"), "entity": first.get("entity")})
    return out


def _at(f: dict[str, Any], pos: int) -> bool:
    s, e = f["span"]
    return abs(s - pos) <= 2 if s == e else s <= pos < e or abs(s - pos) <= 1
