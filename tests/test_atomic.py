"""Atomic file writing: all or nothing, no temporary files left behind."""

from __future__ import annotations

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
