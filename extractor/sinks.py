"""Sinks: where a batch's rendered records go (a file, stdout, a folder of NAME.json files,
a Parquet file), and what happens when the output cannot be written.

A write that fails (a full disk, /dev/full, a read-only folder) raises OutputError, one line
saying "cannot write TARGET: reason"; the record being written is cut away again where the
output is a regular file, so the output ends at a whole record.
"""

from __future__ import annotations

import io
import json
import os
import stat
import textwrap
from pathlib import Path
from typing import IO, Protocol

from extractor.errors import ConfigurationError, OutputError, reason
from extractor.output import FORMATS, csv_header, record_key, unknown_format


class Sink(Protocol):
    """Receives each document's rendered text, in order, as it is extracted."""

    def write(self, doc_id: str, text: str, source: str | None = None) -> None: ...

    def close(self) -> None: ...


class StreamSink:
    """jsonl, csv and table: append each record and flush, so nothing waits in a buffer. A
    record that cannot be written entirely is cut away again (where the output is a regular
    file) and the run stops with OutputError, so the output ends at a whole record."""

    def __init__(self, target: _Target, fmt: str) -> None:
        self._target = target
        if fmt == "csv" and not target.has_content():
            buf = io.StringIO()
            csv_header(buf)
            target.write(buf.getvalue())

    def write(self, doc_id: str, text: str, source: str | None = None) -> None:
        self._target.write(text)

    def close(self) -> None:
        self._target.close()


class _Target:
    """Where a stream sink's text goes: a file written with unbuffered os.write calls (no
    hidden buffer can hold half a record after a failure), or a text stream (stdout)."""

    def __init__(self, name: str, *, path: Path | None = None, append: bool = False,
                 stream: IO[str] | None = None) -> None:
        self.name = name
        self._stream = stream
        self._fd: int | None = None
        self._failed = False
        if path is not None:
            flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if append else os.O_TRUNC)
            self._fd = os.open(path, flags, 0o666)
        # Only a regular file can be cut back to a record's start (not a pipe or a device).
        self._regular = self._fd is not None and stat.S_ISREG(os.fstat(self._fd).st_mode)

    @property
    def failed(self) -> bool:
        return self._failed

    def has_content(self) -> bool:
        try:
            if self._fd is not None:
                return os.fstat(self._fd).st_size > 0
            return self._stream is not None and self._stream.tell() > 0
        except (OSError, ValueError):
            return False

    def write(self, text: str) -> None:
        if self._failed:
            raise OutputError(f"cannot write {self.name}: an earlier write failed")
        try:
            if self._fd is not None:
                self._write_fd(text.encode("utf-8"))
            elif self._stream is not None:
                self._stream.write(text)
                self._stream.flush()
        except OSError as e:
            self._failed = True
            self._forget_stream()
            raise OutputError(f"cannot write {self.name}: {reason(e)}") from None

    def _write_fd(self, data: bytes) -> None:
        assert self._fd is not None
        start = os.lseek(self._fd, 0, os.SEEK_END) if self._regular else 0
        view = memoryview(data)
        try:
            while view:
                view = view[os.write(self._fd, view):]
        except OSError:
            if self._regular:
                os.ftruncate(self._fd, start)  # no partial record left behind
            raise

    def _forget_stream(self) -> None:
        # A failed stdout still holds the record in its buffer, and Python would try (and
        # fail, noisily) to flush it at exit: point the descriptor at /dev/null instead.
        if self._stream is None:
            return
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, self._stream.fileno())
            os.close(devnull)
        except (OSError, ValueError):
            pass

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
        elif self._stream is not None and not self._failed:
            try:
                self._stream.flush()
            except OSError as e:
                self._failed = True
                self._forget_stream()
                raise OutputError(f"cannot write {self.name}: {reason(e)}") from None


class JsonSink:
    """json: a JSON array of document objects, always (one document or many), streamed."""

    def __init__(self, target: _Target) -> None:
        self._target = target
        self._stream = StreamSink(target, "json")
        self._count = 0

    def write(self, doc_id: str, text: str, source: str | None = None) -> None:
        sep = "[\n" if self._count == 0 else ",\n"
        self._stream.write(doc_id, sep + textwrap.indent(text, "  "))
        self._count += 1

    def close(self) -> None:
        try:
            if not self._target.failed:
                self._stream.write("", "[]\n" if self._count == 0 else "\n]\n")
        finally:
            self._stream.close()


class DirSink:
    """A folder of NAME.json files, one per document (the layout of a gold folder). Each file
    is written to a temporary name and renamed, so none is ever half-written. Two inputs with
    the same name never overwrite each other: `names` (from `inputs.dir_names`) gives the
    later ones NAME-2, NAME-3, ... A re-run replaces the files of its own documents."""

    def __init__(self, folder: Path, names: dict[str, str] | None = None) -> None:
        self.folder = folder
        self.names = names or {}
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise OutputError(f"cannot write {folder}: {reason(e)}") from None

    def path_for(self, doc_id: str, source: str | None = None) -> Path:
        name = self.names.get(record_key(doc_id, source), doc_id)
        return self.folder / f"{name}.json"

    def write(self, doc_id: str, text: str, source: str | None = None) -> None:
        target = self.path_for(doc_id, source)
        tmp = target.with_name(f".{target.name}.tmp")
        try:
            tmp.write_text(text + "\n", encoding="utf-8")
            os.replace(tmp, target)
        except OSError as e:
            tmp.unlink(missing_ok=True)
            raise OutputError(f"cannot write {target}: {reason(e)}") from None

    def is_done(self, doc_id: str, source: str | None = None) -> bool:
        """True when NAME.json exists and is a successful record (error records are retried)."""
        try:
            data = json.loads(self.path_for(doc_id, source).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return False
        return isinstance(data, dict) and not data.get("error")

    def close(self) -> None:
        pass


def is_dir_target(output: str | Path) -> bool:
    """An output that names a folder: an existing folder, or a path written with a trailing /
    (pass the string as the user wrote it: Path() drops the slash)."""
    return Path(output).is_dir() or str(output).endswith(("/", os.sep))


def open_sink(output: Path | None, fmt: str, *, append: bool = False,
              stdout: IO[str] | None = None, names: dict[str, str] | None = None) -> Sink:
    """The sink for `fmt` writing to `output` (a file; a folder for "dir"), or to stdout.
    Raises ConfigurationError for a format that needs a file, OutputError when the output
    cannot be opened."""
    if fmt not in FORMATS:
        raise ConfigurationError(unknown_format(fmt))
    if fmt in ("dir", "parquet") and output is None:
        raise ConfigurationError(
            "format 'dir' needs -o FOLDER/" if fmt == "dir"
            else "format 'parquet' needs -o FILE.parquet (it is not written to a terminal)")
    if fmt == "dir":
        return DirSink(output, names)  # type: ignore[arg-type]
    try:
        if output is not None and output.parent != Path():
            output.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "parquet":
            from extractor.frames import ParquetSink

            return ParquetSink(output)  # type: ignore[arg-type]
        if output is None:
            import sys

            target = _Target("<stdout>", stream=stdout or sys.stdout)
        else:
            target = _Target(str(output), path=output, append=append)
    except OutputError:
        raise
    except OSError as e:
        raise OutputError(f"cannot write {output}: {reason(e)}") from None
    if fmt == "json":
        return JsonSink(target)
    return StreamSink(target, fmt)


