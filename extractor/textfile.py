"""Reading a note's file: its bytes as UTF-8 text, or a DocumentError that says plainly what is
wrong with it (missing, a folder, a link loop, empty, binary, not UTF-8, too large)."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from extractor.errors import DocumentError

MAX_BYTES = 50 * 1024 * 1024


def load_text(path: str | Path) -> str:
    """Read a note's text, or raise DocumentError saying plainly what is wrong with it."""
    p = Path(path)
    try:
        st = os.stat(p)
    except OSError as e:
        # The path as given: "notes/" names the folder the user meant, Path() drops its "/".
        raise DocumentError(f"{path}: {_stat_problem(p, e)}") from None
    if stat.S_ISDIR(st.st_mode):
        raise DocumentError(f"{p}: is a folder, not a text file")
    size = st.st_size
    if size == 0:
        raise DocumentError(f"{p}: the file is empty")
    if size > MAX_BYTES:
        raise DocumentError(
            f"{p}: {mib(size)} is larger than a note can be ({mib(MAX_BYTES)})"
        )
    return decode(p.read_bytes(), str(p))


def mib(n: int) -> str:
    """A size in binary megabytes, as the limits are set: 52428800 -> "50 MiB" (not "52.4 MB");
    any other size with two decimals ("50.00 MiB" for 50 MiB + 1 KiB); under 1 MiB in bytes
    ("10,912 bytes"), which two decimals of a MiB would show as "0.00 MiB"."""
    if n % 2**20 == 0 and n:
        return f"{n // 2**20} MiB"
    if n < 2**20:
        return f"{n:,} bytes"
    return f"{n / 2**20:.2f} MiB"
def _stat_problem(p: Path, e: OSError) -> str:
    # Say what the path is: a dangling or looping link reads as "no such file" otherwise.
    if e.errno == errno.ELOOP:
        return "a symbolic link loop"
    if e.errno == errno.ENOENT:
        return "a broken symbolic link" if p.is_symlink() else "no such file or folder"
    return f"cannot read: {e.strerror or e}"


def decode(data: bytes, name: str = "<input>") -> str:
    """Decode bytes as a note's UTF-8 text, refusing binary data and other encodings."""
    if not data.strip():
        raise DocumentError(f"{name}: the file is empty")
    if b"\x00" in data[:8192]:
        raise DocumentError(f"{name}: binary data, not a text file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise DocumentError(
            f"{name}: not UTF-8 text (byte {data[e.start]:#04x} at offset {e.start})"
        ) from None
    return text.removeprefix("\ufeff") if text.startswith("\ufeff") else text
