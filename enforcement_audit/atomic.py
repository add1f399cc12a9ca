"""Files written atomically: to a temporary name in the target's folder, renamed when complete.

A killed run never leaves a half-written report, ledger, draw or workbook; two runs writing the same
file leave one complete version. Every command that writes a file uses :class:`atomic_file`. A target
that is a device or a pipe (``-o /dev/null``, ``/dev/stdout``, a FIFO) is written in place: renaming
over it would replace the device with a regular file.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path
from types import TracebackType
from typing import IO, Any


class atomic_file:  # used like open()
    """``with atomic_file(path) as fh: ...`` — the content appears under ``path`` only when the block
    ends without an exception. Creating the temporary file happens in the constructor, so a folder
    that is missing or not writable raises ``OSError`` there, before any work is done. The file gets
    the usual permissions (mkstemp makes it 0600)."""

    def __init__(self, target: Path, binary: bool = False, encoding: str = "utf-8", newline: str | None = "\n") -> None:
        self.target = target
        self.tmp: str | None = None
        if _is_device(target):
            self.file: IO[Any] = target.open("wb") if binary else target.open("w", encoding=encoding, newline=newline)
            return
        fd, self.tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent if str(target.parent) else ".")
        self.file = os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding=encoding, newline=newline)

    def __enter__(self) -> IO[Any]:
        return self.file

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        if self.tmp is None:  # a device or pipe, written in place
            self.file.close()
            return
        try:
            self.file.close()
            if et is None:
                umask = os.umask(0)
                os.umask(umask)
                os.chmod(self.tmp, 0o666 & ~umask)
                os.replace(self.tmp, self.target)
        finally:
            Path(self.tmp).unlink(missing_ok=True)


def _is_device(target: Path) -> bool:
    """A character or block device, a FIFO or a socket (following symlinks), as opposed to a file or a folder."""
    try:
        mode = target.stat().st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def write_atomic(target: Path, data: bytes) -> None:
    with atomic_file(target, binary=True) as fh:
        fh.write(data)
