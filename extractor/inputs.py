"""The inputs of a run: paths as the user gave them, folders walked for note files.

Folders are walked lazily (one folder's names at a time), sorted within each folder, files
before subfolders. Each real folder is walked once: a symbolic link back to a folder already
walked (a loop, or a second name for the same folder) is reported as what it is, and a folder
that cannot be listed says why, each as an input that becomes an error record.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from extractor.output import record_key

STDIN = "-"

INPUT_SUFFIXES: tuple[str, ...] = (".txt", ".htm", ".html", ".xhtml")
"""The file names a folder walk picks up: the one place that says what a note file is (the
content then decides how each is read: the viewer's text, an R page, an iXBRL filing)."""


def looked_for() -> str:
    """What a folder walk looks for, for messages ("*.txt files")."""
    return ", ".join(f"*{s}" for s in INPUT_SUFFIXES) + " files"


@dataclass(frozen=True)
class Item:
    """One input: a path, or standard input's bytes (read in the parent, sent to a worker).
    `problem` is set for an input the walk already knows to be bad (an unreadable folder,
    a symbolic link loop): it becomes an error record without being read."""

    path: str
    data: bytes | None = None
    problem: str | None = None

    @property
    def doc_id(self) -> str:
        return "stdin" if self.path == STDIN else Path(self.path).stem

    @property
    def source(self) -> str | None:
        return None if self.path == STDIN else self.path

    @property
    def key(self) -> str:
        return record_key(self.doc_id, self.source)


def iter_inputs(paths: Iterable[str]) -> Iterator[Item]:
    """Expand the paths a user gave: files as they are, folders to their note files (see
    INPUT_SUFFIXES), "-" for standard input. A missing path is yielded as is so that it gets
    an error record."""
    walked: dict[tuple[int, int], str] = {}  # real folder (device, inode) -> path walked as
    for p in paths:
        if p != STDIN and os.path.isdir(p):
            yield from _walk(p, walked)
        else:
            yield Item(p)


def _walk(folder: str, walked: dict[tuple[int, int], str]) -> Iterator[Item]:
    try:
        st = os.stat(folder)
        real = (st.st_dev, st.st_ino)
        if real in walked:
            yield Item(folder, problem=_revisit(folder, walked[real]))
            return
        walked[real] = folder
        # Only one folder's entry names are held at a time, so a flat folder of a million
        # notes costs its names (tens of MB), never its contents.
        with os.scandir(folder) as it:
            entries = sorted((e.name, _is_dir(e)) for e in it)
    except OSError as e:
        yield Item(folder, problem=f"{folder}: cannot read the folder: {e.strerror or e}")
        return
    subdirs = []
    for name, is_dir in entries:
        path = os.path.join(folder, name)
        if is_dir:
            subdirs.append(path)
        elif name.lower().endswith(INPUT_SUFFIXES):
            yield Item(path)
    del entries
    for sub in subdirs:
        yield from _walk(sub, walked)


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:  # a link loop: not a folder to walk (its name, if a note's, is read)
        return False


def _revisit(folder: str, first: str) -> str:
    # Reached from inside the folder it leads to: a loop; elsewhere: a second name for it.
    if os.path.abspath(folder).startswith(os.path.abspath(first) + os.sep):
        return f"{folder}: a symbolic link loop back to {first} (not walked again)"
    return f"{folder}: the same folder as {first}, already walked (not walked again)"


def empty_folders(paths: Iterable[str]) -> list[str]:
    """The folders among `paths` that hold no input at all (each walked only until its first
    input is found)."""
    return [p for p in paths if p != STDIN and os.path.isdir(p)
            and next(_walk(p, {}), None) is None]


def dir_names(items: Iterable[Item]) -> dict[str, str]:
    """Output names for a folder of NAME.json files that never collide, in input order: the
    first input called NAME keeps NAME, later ones NAME-2, NAME-3, ... (the smallest number
    not taken; compared case-insensitively, as some file systems do). Only the renamed
    inputs are returned, by `Item.key`; the same path given twice keeps one name."""
    taken: set[str] = set()
    seen: set[str] = set()
    renamed: dict[str, str] = {}
    for it in items:
        if it.key in seen:
            continue
        seen.add(it.key)
        name, k = it.doc_id, 1
        while name.casefold() in taken:
            k += 1
            name = f"{it.doc_id}-{k}"
        taken.add(name.casefold())
        if name != it.doc_id:
            renamed[it.key] = name
    return renamed
