"""The text layer of a case-document PDF, page by page.

:func:`read_pdf` reads a PDF with pypdfium2 (default, fast text-only path) or pdfplumber (kept for
comparison and, later, tables), normalises each page with
:func:`~enforcement_audit.documents.normalize.normalize_page` and returns a :class:`DocumentText`.
Limits on size, pages and time keep a hostile or huge file from stalling a run; every failure of
the PDF libraries becomes a :class:`PdfError` with a Chinese message. Nothing is written.

PDFium is not thread-safe: read PDFs from one thread per process (parallel runs use processes).

:func:`enforcement_audit.documents.cache.read_pdf_cached` does the same through the text cache.
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import hashlib
import io
import logging
import os
import re
import stat
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Protocol, cast

import pypdfium2
import pypdfium2.raw as pdfium_c

from enforcement_audit.documents.normalize import normalize_page

__all__ = [
    "DocumentText",
    "Engine",
    "PageText",
    "PdfError",
    "PdfErrorKind",
    "load_pdf_bytes",
    "read_pdf",
    "read_pdf_bytes",
]

Engine = Literal["pdfium", "plumber"]
PdfErrorKind = Literal["not_pdf", "corrupt", "encrypted", "too_large"]

MAX_PAGES = 300
MAX_SECONDS = 20.0
MAX_BYTES = 64 * 2**20
_HEADER = b"%PDF-"
_HEADER_WINDOW = 1024

# PDFium load error codes (fpdfview.h): FPDF_ERR_PASSWORD, FPDF_ERR_SECURITY.
_PDFIUM_ERR_PASSWORD = 4
_PDFIUM_ERR_SECURITY = 6
#: Text objects narrower than this (points) are skipped by PDFium's text page.
_MIN_TEXT_WIDTH = 0.01
_MAX_FORM_DEPTH = 4
#: pdfminer's rendering of a glyph without a Unicode mapping.
_CID_GLYPH = re.compile(r"\(cid:\d+\)")

_MSG_CORRUPT = "PDF 文件已损坏或不完整，无法解析"
_MSG_ENCRYPTED = "文件已加密，无法读取文本"


class PdfError(Exception):
    """A PDF that cannot be read. ``kind`` says why; ``message`` says it in Chinese."""

    def __init__(self, kind: PdfErrorKind, message: str) -> None:
        super().__init__(kind, message)  # both in args: the error pickles (worker processes)
        self.kind: PdfErrorKind = kind
        self.message = message

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True)
class PageText:
    """One page: ``text`` normalised and with wrapped lines joined."""

    number: int  # 1-based
    text: str
    has_text: bool  # False: no text layer (scanned image), the page needs OCR


@dataclass(frozen=True)
class DocumentText:
    """The text of the pages read from one PDF file."""

    sha256: str
    page_count: int  # pages in the file
    pages: tuple[PageText, ...]  # pages actually read (may be fewer than page_count)
    truncated: str | None = None  # None, or why reading stopped early (Chinese)

    def to_json(self) -> dict[str, object]:
        return {
            "sha256": self.sha256,
            "page_count": self.page_count,
            "pages": [{"number": p.number, "text": p.text, "has_text": p.has_text} for p in self.pages],
            "truncated": self.truncated,
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> DocumentText:
        """The inverse of :meth:`to_json`; ``ValueError`` when ``data`` does not have its shape."""
        sha, count, pages = data.get("sha256"), data.get("page_count"), data.get("pages")
        truncated = data.get("truncated")
        if not isinstance(sha, str) or not _is_count(count) or not isinstance(pages, list):
            raise ValueError("not a DocumentText")
        if truncated is not None and not isinstance(truncated, str):
            raise ValueError("not a DocumentText: truncated")
        return cls(sha, cast(int, count), tuple(_page_from_json(p) for p in pages), truncated)

    def first_pages(self, limit: int) -> DocumentText:
        """The first ``limit`` pages, as :func:`read_pdf` with ``max_pages=limit`` returns them.

        Only meaningful on a text that was not cut short by the time limit and holds those pages.
        """
        if limit >= len(self.pages):
            return self
        reason = _page_limit_reason(limit) if limit < self.page_count else None
        return DocumentText(self.sha256, self.page_count, self.pages[:limit], reason)


def _is_count(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _page_from_json(item: object) -> PageText:
    if not isinstance(item, dict):
        raise ValueError("not a PageText")
    number, text, has_text = item.get("number"), item.get("text"), item.get("has_text")
    if not _is_count(number) or not isinstance(text, str) or not isinstance(has_text, bool):
        raise ValueError("not a PageText")
    return PageText(cast(int, number), text, has_text)


# ------------------------------------------------------------------ engines


class _Reader(Protocol):
    """An open PDF: page count and raw text per page (0-based index). Library errors propagate."""

    page_count: int

    def page_text(self, index: int) -> str: ...

    def close(self) -> None: ...


class _PdfiumReader:
    """pypdfium2's text page; a page where PDFium drops text objects is re-read with pdfplumber."""

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._doc = pypdfium2.PdfDocument(data)
        self.page_count = len(self._doc)
        self._plumber: _PlumberReader | None = None

    def page_text(self, index: int) -> str:
        page = self._doc[index]
        try:
            textpage = page.get_textpage()
            try:
                text = str(textpage.get_text_range())
            finally:
                textpage.close()
            lossy = _has_zero_width_text(page.raw)
        finally:
            page.close()
        return self._plumber_text(index, text) if lossy else text

    def _plumber_text(self, index: int, text: str) -> str:
        """pdfplumber's text of the page when it holds more characters than ``text``."""
        try:
            if self._plumber is None:
                self._plumber = _PlumberReader(self._data)
            other = self._plumber.page_text(index)
        except Exception:  # the fallback is best effort: keep PDFium's text
            return text
        return other if len("".join(other.split())) > len("".join(text.split())) else text

    def close(self) -> None:
        if self._plumber is not None:
            self._plumber.close()
        self._doc.close()


def _has_zero_width_text(container: Any, form: bool = False, depth: int = 0) -> bool:
    """Whether a page (or form XObject) holds a text object of zero width in a font not embedded.

    PDFium's text page skips such objects. They occur when a CJK font is not embedded and no
    system font provides its glyphs (e.g. STSong-Light with UniGB-UCS2-H on a server without CJK
    fonts): each single-character text object then has an empty box and its text is lost. An
    empty string in such a font is a false alarm that only costs the pdfplumber read of the page.
    """
    count = pdfium_c.FPDFFormObj_CountObjects if form else pdfium_c.FPDFPage_CountObjects
    get = pdfium_c.FPDFFormObj_GetObject if form else pdfium_c.FPDFPage_GetObject
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    box = (ctypes.byref(left), ctypes.byref(bottom), ctypes.byref(right), ctypes.byref(top))
    for i in range(count(container)):
        obj = get(container, i)
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind == pdfium_c.FPDF_PAGEOBJ_TEXT:
            if pdfium_c.FPDFPageObj_GetBounds(obj, *box) and right.value - left.value < _MIN_TEXT_WIDTH:
                # an embedded font has its glyphs: a zero width there is an empty string, not a loss
                font = pdfium_c.FPDFTextObj_GetFont(obj)
                if not font or pdfium_c.FPDFFont_GetIsEmbedded(font) != 1:
                    return True
        elif (
            kind == pdfium_c.FPDF_PAGEOBJ_FORM
            and depth < _MAX_FORM_DEPTH
            and _has_zero_width_text(obj, True, depth + 1)
        ):
            return True
    return False


@functools.cache
def _quiet_pdfminer() -> None:
    """pdfminer warns about every damaged object; without a handler of the application's, Python
    would print those to stderr. A NullHandler keeps them off stderr (they still reach the root
    logger when the application configured one)."""
    logging.getLogger("pdfminer").addHandler(logging.NullHandler())


class _PlumberReader:
    def __init__(self, data: bytes) -> None:
        import pdfplumber  # imported on first use: it costs ~0.1 s and the default engine does not need it

        _quiet_pdfminer()
        self._pdf = pdfplumber.open(io.BytesIO(data))
        try:
            self.page_count = len(self._pdf.pages)
        except BaseException:
            self._pdf.close()
            raise

    def page_text(self, index: int) -> str:
        page = self._pdf.pages[index]
        try:
            return _CID_GLYPH.sub("", page.extract_text() or "")
        finally:
            page.close()

    def close(self) -> None:
        self._pdf.close()


_ENGINES: dict[str, Callable[[bytes], _Reader]] = {"pdfium": _PdfiumReader, "plumber": _PlumberReader}


def _is_password_error(exc: BaseException) -> bool:
    """pdfminer's password/encryption errors, possibly wrapped by pdfplumber."""
    seen: set[int] = set()
    todo: list[object] = [exc]
    while todo:
        item = todo.pop()
        if not isinstance(item, BaseException) or id(item) in seen:
            continue
        seen.add(id(item))
        if type(item).__name__ in {"PDFPasswordIncorrect", "PDFEncryptionError"}:
            return True
        todo.extend([*item.args, item.__cause__, item.__context__])
    return False


def _as_pdf_error(exc: Exception) -> PdfError:
    """Map any exception of pypdfium2, pdfplumber or pdfminer to a PdfError."""
    if isinstance(exc, PdfError):
        return exc
    code = getattr(exc, "err_code", None)
    if isinstance(exc, pypdfium2.PdfiumError) and code == _PDFIUM_ERR_PASSWORD:
        return PdfError("encrypted", _MSG_ENCRYPTED)
    if isinstance(exc, pypdfium2.PdfiumError) and code == _PDFIUM_ERR_SECURITY:
        return PdfError("encrypted", "文件使用了不支持的加密方式，无法读取文本")
    if _is_password_error(exc):
        return PdfError("encrypted", _MSG_ENCRYPTED)
    return PdfError("corrupt", _MSG_CORRUPT)


@contextlib.contextmanager
def _open(engine: Engine, data: bytes) -> Iterator[_Reader]:
    """An open engine reader, always closed; errors on opening become PdfError."""
    factory = _ENGINES.get(engine)
    if factory is None:
        raise ValueError(f"unknown engine {engine!r}")
    try:
        reader = factory(data)
    except Exception as exc:
        raise _as_pdf_error(exc) from exc
    try:
        if reader.page_count < 1:
            raise PdfError("corrupt", "PDF 文件不含任何页面")
        yield reader
    finally:
        reader.close()


def _page_text(reader: _Reader, index: int) -> str:
    """The raw text of one page; library errors become PdfError."""
    try:
        return reader.page_text(index)
    except Exception as exc:
        raise _as_pdf_error(exc) from exc


# ------------------------------------------------------------------ reading


def _page_limit_reason(read: int) -> str:
    """The ``truncated`` text when the page limit stopped reading after ``read`` pages."""
    return f"仅读取前 {read} 页（页数上限）"


def _time_limit_reason(read: int, seconds: float) -> str:
    """The ``truncated`` text when the time limit stopped reading after ``read`` pages."""
    return f"仅读取前 {read} 页（用时上限 {seconds:g} 秒）"


def _too_large(size: int, max_bytes: int) -> PdfError:
    return PdfError("too_large", f"文件过大（{size / 2**20:.1f} MiB，上限 {max_bytes / 2**20:g} MiB），未读取")


def _check_bytes(data: bytes, max_bytes: int) -> None:
    """PdfError unless ``data`` starts like a PDF and is within ``max_bytes``."""
    if len(data) > max_bytes:
        raise _too_large(len(data), max_bytes)
    if _HEADER not in data[:_HEADER_WINDOW]:
        raise PdfError("not_pdf", "不是 PDF 文件（文件开头没有 %PDF- 标记）")


def load_pdf_bytes(path: Path, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of the file at ``path``: PdfError ``too_large`` (not read in full) or ``not_pdf``.

    ``OSError`` (missing or unreadable file) propagates. Something other than a regular file (a
    device, a pipe) is ``not_pdf`` and is not read.
    """
    # O_NONBLOCK: opening a named pipe must not wait for a writer
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise PdfError("not_pdf", "不是 PDF 文件（不是普通文件）")
        if info.st_size > max_bytes:
            raise _too_large(info.st_size, max_bytes)
        # read(n) allocates n bytes first: ask for the size (+1 to notice a file that grew)
        data = handle.read(info.st_size + 1)
    _check_bytes(data, max_bytes)
    return data


def read_pdf_bytes(
    data: bytes,
    *,
    sha256: str | None = None,
    max_pages: int = MAX_PAGES,
    max_seconds: float = MAX_SECONDS,
    max_bytes: int = MAX_BYTES,
    engine: Engine = "pdfium",
) -> DocumentText:
    """:func:`read_pdf` on the bytes of a file (``sha256`` of ``data``, computed when not given)."""
    _check_bytes(data, max_bytes)
    sha = sha256 if sha256 is not None else hashlib.sha256(data).hexdigest()
    deadline = time.monotonic() + max_seconds
    pages: list[PageText] = []
    timed_out = False
    with _open(engine, data) as reader:
        count = reader.page_count
        for index in range(min(count, max(max_pages, 0))):
            if index and time.monotonic() >= deadline:  # between pages: at least one page is read
                timed_out = True
                break
            text = normalize_page(_page_text(reader, index))
            pages.append(PageText(index + 1, text, bool(text.strip())))
    truncated = None
    if timed_out:
        truncated = _time_limit_reason(len(pages), max_seconds)
    elif len(pages) < count:
        truncated = _page_limit_reason(len(pages))
    return DocumentText(sha, count, tuple(pages), truncated)


def read_pdf(
    path: Path,
    *,
    max_pages: int = MAX_PAGES,
    max_seconds: float = MAX_SECONDS,
    max_bytes: int = MAX_BYTES,
    engine: Engine = "pdfium",
) -> DocumentText:
    """The normalised text of the first ``max_pages`` pages of the PDF at ``path``.

    Reading stops early when ``max_seconds`` have elapsed (checked between pages); ``truncated``
    then says which limit applied. Raises :class:`PdfError` (``not_pdf``: no ``%PDF-`` in the first
    1024 bytes; ``too_large``: above ``max_bytes``; ``encrypted``: a password is needed;
    ``corrupt``: anything the PDF library cannot parse) and ``OSError`` when the file cannot be read.
    """
    data = load_pdf_bytes(path, max_bytes)
    return read_pdf_bytes(data, max_pages=max_pages, max_seconds=max_seconds, max_bytes=max_bytes, engine=engine)
