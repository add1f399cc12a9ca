"""Files written atomically: to a temporary name in the target's folder, renamed when complete.

A killed run never leaves a half-written report, ledger, draw or workbook; two runs writing the same
file leave one complete version. Every command that writes a file uses :class:`atomic_file`.
"""

from __future__ import annotations

import os
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
        fd, self.tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent if str(target.parent) else ".")
        self.file: IO[Any] = os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding=encoding, newline=newline)

    def __enter__(self) -> IO[Any]:
        return self.file

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        try:
            self.file.close()
            if et is None:
                umask = os.umask(0)
                os.umask(umask)
                os.chmod(self.tmp, 0o666 & ~umask)
                os.replace(self.tmp, self.target)
        finally:
            Path(self.tmp).unlink(missing_ok=True)


def write_atomic(target: Path, data: bytes) -> None:
    with atomic_file(target, binary=True) as fh:
        fh.write(data)
