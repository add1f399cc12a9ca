"""On-disk cache of what was read from a document file (its text, later extracted facts).

Entries are JSON files keyed by the SHA-256 of the file's bytes and a kind (``"text"``,
``"facts"`` …), under a folder named after the cache format and the package version, so that a new
version of the tool never reads what an older one stored::

    <folder>/v2-0.2.0/<sha[:2]>/<sha>.<kind>.json

The cache never fails a run: a missing, corrupt or unreadable entry is a miss, and a folder that
cannot be created or written turns the cache into a no-op. Writers put a temporary file in the
entry's folder and rename it over the entry (atomic), so runs sharing the folder never see half an
entry. Old version folders are not pruned.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import tempfile
from pathlib import Path
from typing import Any

from enforcement_audit import __version__
from enforcement_audit.documents.pdftext import (
    MAX_BYTES,
    MAX_PAGES,
    MAX_SECONDS,
    DocumentText,
    Engine,
    load_pdf_bytes,
    read_pdf_bytes,
)

__all__ = ["CACHE_FORMAT", "TextCache", "default_cache_dir", "pdf_text_cached", "read_pdf_cached"]

#: Bumped when the layout or the entry envelope changes.
CACHE_FORMAT = 3  # 2: form labels restored in the page text; 3: a label is never split (身份证号|码), mobile numbers

_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_KIND = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$")
_log = logging.getLogger(__name__)


def default_cache_dir() -> Path:
    """``$ENFORCEMENT_AUDIT_CACHE``, else ``$XDG_CACHE_HOME/enforcement-audit``, else
    ``~/.cache/enforcement-audit`` (a relative ``XDG_CACHE_HOME`` is ignored, as the XDG spec says;
    without a home directory, a per-user folder in the temporary directory).
    """
    explicit = os.environ.get("ENFORCEMENT_AUDIT_CACHE")
    if explicit:
        return Path(explicit).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg and Path(xdg).is_absolute():
        return Path(xdg) / "enforcement-audit"
    try:
        return Path.home() / ".cache" / "enforcement-audit"
    except RuntimeError:  # no HOME and no password entry: a per-user folder in the temp dir
        return Path(tempfile.gettempdir()) / f"enforcement-audit-cache-{getattr(os, 'getuid', lambda: 0)()}"


def _check_key(sha256: str, kind: str) -> None:
    if not _SHA256.match(sha256):
        raise ValueError(f"not a lower-case SHA-256 hex digest: {sha256!r}")
    if not _KIND.match(kind):
        raise ValueError(f"invalid cache kind: {kind!r}")


class TextCache:
    """JSON entries keyed by (file SHA-256, kind); ``folder=None`` turns caching off."""

    def __init__(self, folder: Path | None) -> None:
        self.root = None if folder is None else folder / f"v{CACHE_FORMAT}-{__version__}"
        self._writable = folder is not None

    @property
    def enabled(self) -> bool:
        """False when caching is off or the folder turned out not to be writable."""
        return self.root is not None and self._writable

    def _path(self, sha256: str, kind: str) -> Path | None:
        _check_key(sha256, kind)
        return None if self.root is None else self.root / sha256[:2] / f"{sha256}.{kind}.json"

    def get(self, sha256: str, kind: str) -> dict[str, Any] | None:
        """The stored data, or None (no entry, unreadable, corrupt or from another key)."""
        path = self._path(sha256, kind)
        if path is None:
            return None
        try:
            with open(path, "rb") as handle:
                entry = json.loads(handle.read())
        except (OSError, ValueError, RecursionError):
            return None
        if not isinstance(entry, dict) or not isinstance(entry.get("data"), dict):
            return None
        if entry.get("sha256") != sha256 or entry.get("kind") != kind or entry.get("version") != __version__:
            return None
        data: dict[str, Any] = entry["data"]
        return data

    def put(self, sha256: str, kind: str, data: dict[str, Any]) -> None:
        """Store ``data`` (JSON-serialisable); silently does nothing when the folder is not writable."""
        path = self._path(sha256, kind)
        if path is None or not self._writable:
            return
        entry = {"format": CACHE_FORMAT, "version": __version__, "sha256": sha256, "kind": kind, "data": data}
        try:
            payload = json.dumps(entry, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
        except (UnicodeEncodeError, RecursionError) as exc:  # e.g. a lone surrogate: not cached
            _log.debug("not cached, %s.%s cannot be stored as UTF-8 JSON: %s", sha256, kind, exc)
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            _write_atomic(path, payload)
        except OSError as exc:
            _log.debug("text cache disabled, cannot write %s: %s", path, exc)
            self._writable = False


def _write_atomic(path: Path, payload: bytes) -> None:
    """Write ``payload`` to a temporary file next to ``path`` and rename it over ``path``."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


# ------------------------------------------------------------------ cached PDF text


def _text_kind(engine: Engine) -> str:
    return "text" if engine == "pdfium" else f"text-{engine}"


def _cached_text(cache: TextCache, sha256: str, kind: str, max_pages: int) -> DocumentText | None:
    """The cached text of the file cut to ``max_pages``; None when missing, invalid or too short."""
    entry = cache.get(sha256, kind)
    if entry is None:
        return None
    try:
        cached = DocumentText.from_json(entry)
    except (ValueError, TypeError, AttributeError):
        return None
    limit = min(cached.page_count, max(max_pages, 0))
    if cached.sha256 != sha256 or len(cached.pages) < limit:
        return None
    return cached.first_pages(limit)


def read_pdf_cached(
    path: Path,
    cache: TextCache,
    *,
    max_pages: int = MAX_PAGES,
    max_seconds: float = MAX_SECONDS,
    max_bytes: int = MAX_BYTES,
    engine: Engine = "pdfium",
) -> DocumentText:
    """:func:`~enforcement_audit.documents.pdftext.read_pdf` through ``cache``.

    The key is the SHA-256 of the file's bytes and the engine (kind ``text`` for pdfium,
    ``text-plumber``). A text stored with a higher page limit serves a lower one; a text cut short
    by the time limit is not stored (it depends on the machine), nor are errors.
    """
    data = load_pdf_bytes(path, max_bytes)
    return pdf_text_cached(data, hashlib.sha256(data).hexdigest(), cache, max_pages=max_pages,
                           max_seconds=max_seconds, max_bytes=max_bytes, engine=engine)


def pdf_text_cached(
    data: bytes,
    sha: str,
    cache: TextCache,
    *,
    max_pages: int = MAX_PAGES,
    max_seconds: float = MAX_SECONDS,
    max_bytes: int = MAX_BYTES,
    engine: Engine = "pdfium",
) -> DocumentText:
    """:func:`read_pdf_cached` of a file already loaded (``data``) and hashed (``sha``, its SHA-256)."""
    kind = _text_kind(engine)
    hit = _cached_text(cache, sha, kind, max_pages)
    if hit is not None:
        return hit
    text = read_pdf_bytes(
        data, sha256=sha, max_pages=max_pages, max_seconds=max_seconds, max_bytes=max_bytes, engine=engine
    )
    timed_out = text.truncated is not None and len(text.pages) < min(text.page_count, max_pages)
    if not timed_out:
        cache.put(sha, kind, text.to_json())
    return text
