"""The on-disk text cache (enforcement_audit.documents.cache)."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from enforcement_audit import __version__
from enforcement_audit.documents import cache as cache_module
from enforcement_audit.documents import pdftext
from enforcement_audit.documents.cache import CACHE_FORMAT, TextCache, default_cache_dir, read_pdf_cached
from enforcement_audit.documents.pdftext import DocumentText, PdfError, read_pdf

FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))

SHA = hashlib.sha256(b"an invented file").hexdigest()
DATA: dict[str, Any] = {"pages": [{"number": 1, "text": "当事人:城西县某某日用品经营部"}], "count": 1}


def make_pdf(path: Path, pages: list[str]) -> Path:
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for text in pages:
        pdf.setFont(FONT, 12)
        pdf.drawString(60, 780, text)
        pdf.showPage()
    pdf.save()
    return path


@pytest.fixture
def pdf_path(tmp_path: Path) -> Path:
    return make_pdf(tmp_path / "doc.pdf", ["行政处罚决定书", "当事人：城西县某某日用品经营部", "送达回证"])


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the PDF reads behind read_pdf_cached (one item per read: its max_pages)."""
    calls: list[int] = []
    real = pdftext.read_pdf_bytes

    def counting(data: bytes, **kwargs: Any) -> DocumentText:
        calls.append(kwargs["max_pages"])
        return real(data, **kwargs)

    monkeypatch.setattr(cache_module, "read_pdf_bytes", counting)
    return calls


def entry_path(folder: Path, sha: str, kind: str) -> Path:
    return folder / f"v{CACHE_FORMAT}-{__version__}" / sha[:2] / f"{sha}.{kind}.json"


# ------------------------------------------------------------------ default folder


def test_default_cache_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("ENFORCEMENT_AUDIT_CACHE", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    assert default_cache_dir() == tmp_path / "home" / ".cache" / "enforcement-audit"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")  # ignored: not absolute
    assert default_cache_dir() == tmp_path / "home" / ".cache" / "enforcement-audit"
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_cache_dir() == tmp_path / "xdg" / "enforcement-audit"
    monkeypatch.setenv("ENFORCEMENT_AUDIT_CACHE", str(tmp_path / "mine"))
    assert default_cache_dir() == tmp_path / "mine"


# ------------------------------------------------------------------ get and put


def test_put_then_get(tmp_path: Path) -> None:
    cache = TextCache(tmp_path)
    assert cache.get(SHA, "text") is None
    cache.put(SHA, "text", DATA)
    assert cache.get(SHA, "text") == DATA
    assert cache.get(SHA, "facts") is None
    assert cache.get(hashlib.sha256(b"other").hexdigest(), "text") is None


def test_entry_layout_and_deterministic_json(tmp_path: Path) -> None:
    TextCache(tmp_path).put(SHA, "text", DATA)
    path = entry_path(tmp_path, SHA, "text")
    raw = path.read_bytes()
    assert "城西县".encode() in raw  # ensure_ascii=False
    assert b" " not in raw.replace("当事人:城西县某某日用品经营部".encode(), b"")  # compact
    expected = {"data": DATA, "format": CACHE_FORMAT, "kind": "text", "sha256": SHA, "version": __version__}
    assert raw == json.dumps(expected, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
    TextCache(tmp_path).put(SHA, "text", dict(reversed(DATA.items())))
    assert path.read_bytes() == raw
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temporary file left


def test_data_that_is_not_utf8_is_not_stored(tmp_path: Path) -> None:
    cache = TextCache(tmp_path)
    cache.put(SHA, "text", {"text": "罚\ud800款"})
    assert cache.get(SHA, "text") is None
    assert cache.enabled  # not a folder problem: later entries are stored
    cache.put(SHA, "text", DATA)
    assert cache.get(SHA, "text") == DATA


def test_disabled_cache_is_a_no_op(tmp_path: Path) -> None:
    cache = TextCache(None)
    cache.put(SHA, "text", DATA)
    assert cache.get(SHA, "text") is None
    assert not cache.enabled


def test_another_tool_version_does_not_read_old_entries(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    TextCache(tmp_path).put(SHA, "text", DATA)
    monkeypatch.setattr(cache_module, "__version__", "99.0.0")
    assert TextCache(tmp_path).get(SHA, "text") is None


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"{not json",
        b"\xff\xfe\x00",
        b"[]",
        b'{"data": []}',
        json.dumps({"data": DATA, "sha256": "0" * 64, "kind": "text", "version": __version__}).encode(),
        json.dumps({"data": DATA, "sha256": SHA, "kind": "facts", "version": __version__}).encode(),
        json.dumps({"data": DATA, "sha256": SHA, "kind": "text", "version": "0.0.1"}).encode(),
        b"[" * 100_000,
    ],
)
def test_corrupt_entry_is_a_miss(tmp_path: Path, content: bytes) -> None:
    cache = TextCache(tmp_path)
    cache.put(SHA, "text", DATA)
    entry_path(tmp_path, SHA, "text").write_bytes(content)
    assert cache.get(SHA, "text") is None


def test_unreadable_entry_is_a_miss(tmp_path: Path) -> None:
    cache = TextCache(tmp_path)
    path = entry_path(tmp_path, SHA, "text")
    path.mkdir(parents=True)  # a directory where the entry should be
    assert cache.get(SHA, "text") is None
    cache.put(SHA, "text", DATA)  # cannot replace a directory: no crash
    assert cache.get(SHA, "text") is None


@pytest.mark.parametrize(
    ("sha", "kind"), [("ABC", "text"), (SHA.upper(), "text"), (SHA, "../x"), (SHA, "a.b"), (SHA, "")]
)
def test_invalid_keys_are_refused(tmp_path: Path, sha: str, kind: str) -> None:
    with pytest.raises(ValueError):
        TextCache(tmp_path).get(sha, kind)


def test_uncreatable_folder_makes_the_cache_a_no_op(tmp_path: Path, pdf_path: Path) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the cache folder should go")
    cache = TextCache(blocker / "cache")
    cache.put(SHA, "text", DATA)
    assert cache.get(SHA, "text") is None
    assert not cache.enabled
    assert read_pdf_cached(pdf_path, cache) == read_pdf(pdf_path)


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root ignores directory permissions")
def test_read_only_folder_makes_the_cache_a_no_op(tmp_path: Path, pdf_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    home.chmod(0o500)
    try:
        cache = TextCache(home / ".cache")
        assert read_pdf_cached(pdf_path, cache) == read_pdf(pdf_path)
        assert not cache.enabled
    finally:
        home.chmod(0o700)


# ------------------------------------------------------------------ read_pdf_cached


def test_miss_then_hit(tmp_path: Path, pdf_path: Path, reads: list[int]) -> None:
    cache = TextCache(tmp_path / "cache")
    first = read_pdf_cached(pdf_path, cache)
    assert reads == [300]
    second = read_pdf_cached(pdf_path, cache)
    assert reads == [300]  # served from the cache
    assert second == first == read_pdf(pdf_path)
    assert entry_path(tmp_path / "cache", first.sha256, "text").is_file()


def test_engines_have_their_own_entries(tmp_path: Path, pdf_path: Path, reads: list[int]) -> None:
    cache = TextCache(tmp_path / "cache")
    read_pdf_cached(pdf_path, cache, engine="pdfium")
    read_pdf_cached(pdf_path, cache, engine="plumber")
    read_pdf_cached(pdf_path, cache, engine="plumber")
    assert len(reads) == 2
    sha = hashlib.sha256(pdf_path.read_bytes()).hexdigest()
    assert entry_path(tmp_path / "cache", sha, "text-plumber").is_file()


def test_changed_file_is_read_again(tmp_path: Path, reads: list[int]) -> None:
    cache = TextCache(tmp_path / "cache")
    path = make_pdf(tmp_path / "doc.pdf", ["第一版"])
    assert read_pdf_cached(path, cache).pages[0].text == "第一版"
    make_pdf(path, ["第二版"])
    assert read_pdf_cached(path, cache).pages[0].text == "第二版"
    assert len(reads) == 2


def test_corrupt_entry_is_read_again(tmp_path: Path, pdf_path: Path, reads: list[int]) -> None:
    cache = TextCache(tmp_path / "cache")
    doc = read_pdf_cached(pdf_path, cache)
    path = entry_path(tmp_path / "cache", doc.sha256, "text")
    entry = json.loads(path.read_bytes())
    entry["data"]["pages"] = "not a list"
    path.write_text(json.dumps(entry))
    assert read_pdf_cached(pdf_path, cache) == doc
    assert len(reads) == 2
    assert DocumentText.from_json(json.loads(path.read_bytes())["data"]) == doc  # repaired


def test_lower_page_limit_is_served_from_a_longer_entry(tmp_path: Path, pdf_path: Path, reads: list[int]) -> None:
    cache = TextCache(tmp_path / "cache")
    read_pdf_cached(pdf_path, cache)
    assert read_pdf_cached(pdf_path, cache, max_pages=2) == read_pdf(pdf_path, max_pages=2)
    assert reads == [300]


def test_higher_page_limit_reads_again(tmp_path: Path, pdf_path: Path, reads: list[int]) -> None:
    cache = TextCache(tmp_path / "cache")
    short = read_pdf_cached(pdf_path, cache, max_pages=1)
    assert short.truncated == "仅读取前 1 页（页数上限）"
    assert read_pdf_cached(pdf_path, cache, max_pages=1) == short
    assert read_pdf_cached(pdf_path, cache, max_pages=3) == read_pdf(pdf_path)
    assert reads == [1, 3]
    assert read_pdf_cached(pdf_path, cache, max_pages=1) == short  # now from the full entry
    assert reads == [1, 3]


def test_time_limited_read_is_not_stored(tmp_path: Path, pdf_path: Path, reads: list[int]) -> None:
    cache = TextCache(tmp_path / "cache")
    partial = read_pdf_cached(pdf_path, cache, max_seconds=0)
    assert partial.truncated is not None and "用时上限" in partial.truncated
    assert not (tmp_path / "cache").exists()
    assert read_pdf_cached(pdf_path, cache).truncated is None
    assert len(reads) == 2


def test_errors_are_raised_and_not_stored(tmp_path: Path) -> None:
    path = tmp_path / "x.pdf"
    path.write_bytes(b"%PDF-1.4\n" + b"\x00" * 100)
    cache = TextCache(tmp_path / "cache")
    for _ in range(2):
        with pytest.raises(PdfError) as caught:
            read_pdf_cached(path, cache)
        assert caught.value.kind == "corrupt"
    assert not (tmp_path / "cache").exists()


# ------------------------------------------------------------------ concurrency

WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from enforcement_audit.documents.cache import TextCache
    folder, sha, writer = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    cache = TextCache(folder)
    for i in range(150):
        cache.put(sha, "text", {"writer": writer, "i": i, "text": "当事人" * (50 + 40 * (i % 7))})
    """
)


def _valid(data: dict[str, Any] | None) -> bool:
    return (
        data is not None
        and set(data) == {"writer", "i", "text"}
        and data["text"] == "当事人" * (50 + 40 * (data["i"] % 7))
    )


def test_concurrent_writers_leave_a_valid_entry(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, str(folder), SHA, str(n)], env=env) for n in range(4)]
    cache = TextCache(folder)
    seen: list[dict[str, Any] | None] = []
    while any(w.poll() is None for w in writers):
        seen.append(cache.get(SHA, "text"))
    assert [w.wait() for w in writers] == [0, 0, 0, 0]
    read = [data for data in seen if data is not None]
    assert all(_valid(data) for data in read)  # never half an entry
    final = cache.get(SHA, "text")
    assert final is not None and _valid(final) and final["i"] == 149
    assert [p.name for p in entry_path(folder, SHA, "text").parent.iterdir()] == [f"{SHA}.text.json"]


def test_concurrent_threads_share_a_cache(tmp_path: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    cache = TextCache(tmp_path / "cache")

    def put(n: int) -> None:
        cache.put(SHA, "text", {"writer": n, "i": n, "text": "当事人" * (50 + 40 * (n % 7))})

    with ThreadPoolExecutor(8) as pool:
        list(pool.map(put, range(200)))
    assert _valid(cache.get(SHA, "text"))
