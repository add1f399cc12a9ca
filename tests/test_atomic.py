"""Atomic file writing: all or nothing, no temporary files left behind."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest

from enforcement_audit.atomic import atomic_file, write_atomic


def test_content_appears_only_when_complete(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_file(target) as fh:
        fh.write("half")
        raise RuntimeError("killed")
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.json"]
    write_atomic(target, "新".encode())
    assert target.read_text(encoding="utf-8") == "新"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.json"]
    assert target.stat().st_mode & 0o044  # readable by others, as a report normally is (mkstemp would give 0600)


def test_missing_folder_fails_before_any_work(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        atomic_file(tmp_path / "missing" / "out.txt")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
@pytest.mark.parametrize("binary", [False, True])
def test_a_pipe_is_written_in_place_never_replaced(tmp_path: Path, binary: bool) -> None:
    """``-o /dev/null`` run as root once replaced the device with a regular file: a device or pipe is written
    through, never renamed over (a FIFO stands in for the device here)."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    with atomic_file(fifo, binary=binary) as fh:
        fh.write(b"report\n" if binary else "报告\n")
    reader.join(timeout=10)
    assert received == [b"report\n" if binary else "报告\n".encode()]
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe"]

