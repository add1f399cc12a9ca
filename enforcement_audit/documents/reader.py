"""Read a dossier's PDF documents into facts, with a cache by file hash; problems become LOAD-PDF-* findings.

Flow: the manifest names each document's file; the path was confined to the dossier by the loader;
the file is hashed, its text read (pypdfium2) and normalised, and the extractor's facts computed —
or both are taken from the cache, keyed by the file's sha256, so an unchanged PDF is never read
twice. A corrupt or encrypted PDF is a finding of that dossier, never an exception; a page with no
text layer is an info finding "needs OCR", never a silent pass.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from ..engine import Finding, Location, finding_from_meta
from ..models import Document, Dossier
from .cache import TextCache, pdf_text_cached
from .extract import Extractor
from .facts import DocumentFacts
from .laws import LawCatalogue
from .options import ReadOptions
from .pdftext import DocumentText, PdfError, load_pdf_bytes
from .tool_rules import PDF_ENCRYPTED, PDF_NO_TEXT, PDF_PARTIAL, PDF_UNREADABLE

_EXTRACTOR_VERSION = "4"  # bump when the facts change shape or meaning: old cache entries are then ignored


@dataclass
class DossierTexts:
    """Facts of a dossier's readable documents by document id, and where each file is."""

    facts: dict[str, DocumentFacts] = field(default_factory=dict)
    files: dict[str, str] = field(default_factory=dict)  # document id -> path as in the manifest

    def of_kind(self, *kinds: str) -> list[tuple[str, DocumentFacts]]:
        return [(doc_id, f) for doc_id, f in self.facts.items() if f.kind in kinds]


@dataclass
class DocumentReader:
    """One per process: the extractor (spaCy loaded on first use), the cache and the limits."""

    laws: LawCatalogue
    cache: TextCache
    options: ReadOptions = field(default_factory=ReadOptions)
    _extractor: Extractor | None = None

    @property
    def extractor(self) -> Extractor:
        if self._extractor is None:
            self._extractor = Extractor(self.laws)
        return self._extractor

    def facts_for(self, path: Path, text: DocumentText) -> DocumentFacts:
        key = self._facts_kind
        pages = [(p.number, p.text) for p in text.pages if p.has_text]
        blank = [p.number for p in text.pages if not p.has_text]
        facts = self.extractor.extract(text.sha256, pages, text.page_count, blank, text.truncated)
        if text.truncated is None:
            self.cache.put(text.sha256, key, facts.to_json())
        return facts

    def read_file(self, path: Path) -> DocumentFacts:
        """Facts of one PDF (raises PdfError). Facts already cached for the file's hash are used
        without reading the text (or loading spaCy) at all."""
        data = load_pdf_bytes(path)
        sha = hashlib.sha256(data).hexdigest()
        cached = self.cache.get(sha, self._facts_kind)
        if cached is not None:
            try:
                return DocumentFacts.from_json(cached)
            except (KeyError, TypeError, ValueError):
                pass
        text = pdf_text_cached(data, sha, self.cache, max_pages=self.options.max_pages,
                               max_seconds=self.options.max_seconds)
        return self.facts_for(path, text)

    @cached_property
    def _facts_kind(self) -> str:
        return f"facts-{_EXTRACTOR_VERSION}-{self.laws.digest()}-{self.options.max_pages}"

    def read_folder(self, folder: Path, dossier_id: str) -> tuple[list[tuple[str, str, DocumentFacts]], list[Finding]]:
        """Every PDF under ``folder`` (sorted by path; symlinks leading outside are skipped) as
        ``(document id, relative path, facts)``, ids D01, D02, … in that order."""
        from ..loader import confined_file

        found: list[tuple[str, str, DocumentFacts]] = []
        findings: list[Finding] = []
        files = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.suffix.lower() == ".pdf")
        for n, rel in enumerate(files, 1):
            doc_id = f"D{n:02d}"
            path = confined_file(folder, rel)
            if path is None:
                continue
            facts, problems = self._read_one(path, dossier_id, doc_id, rel)
            findings += problems
            if facts is None:
                continue
            found.append((doc_id, rel, facts))
        return found, findings

    def _read_one(self, path: Path, dossier_id: str, doc_id: str, rel: str) -> tuple[DocumentFacts | None, list[Finding]]:
        where = Location(document=doc_id, file=rel)
        try:
            facts = self.read_file(path)
        except PdfError as exc:
            meta = PDF_ENCRYPTED if exc.kind == "encrypted" else PDF_UNREADABLE
            return None, [finding_from_meta(meta, dossier_id, f"文书 {doc_id}（{rel}）：{exc.message}", where)]
        except OSError as exc:
            return None, [finding_from_meta(PDF_UNREADABLE, dossier_id,
                                            f"文书 {doc_id}（{rel}）：无法读取文件（{exc.strerror or exc}）", where)]
        return facts, document_findings(dossier_id, doc_id, rel, facts)

    def read(self, folder: Path, dossier: Dossier, documents: Sequence[Document] | None = None) -> tuple[DossierTexts, list[Finding]]:
        from ..loader import confined_file

        texts = DossierTexts()
        findings: list[Finding] = []
        for doc in documents if documents is not None else dossier.documents:
            if doc.path is None or not doc.path.lower().endswith(".pdf"):
                continue
            path = confined_file(folder, doc.path)
            if path is None:  # refused or missing: the loader reported it (LOAD-PATH-*)
                continue
            facts, problems = self._read_one(path, dossier.id, doc.id, doc.path)
            findings += problems
            if facts is not None:
                texts.facts[doc.id] = facts
                texts.files[doc.id] = doc.path
        return texts, findings


def document_findings(dossier_id: str, doc_id: str, file: str, facts: DocumentFacts) -> list[Finding]:
    """Info about a read document: pages that need OCR, a partial read."""
    findings: list[Finding] = []
    if facts.pages_without_text:
        pages = "、".join(str(p) for p in facts.pages_without_text)
        findings.append(finding_from_meta(
            PDF_NO_TEXT, dossier_id,
            f"文书 {doc_id}（{file}）第 {pages} 页没有文字层（扫描图像），未能读取，需要 OCR 或人工核对。",
            Location(document=doc_id, file=file, page=facts.pages_without_text[0])))
    if facts.truncated:
        findings.append(finding_from_meta(
            PDF_PARTIAL, dossier_id, f"文书 {doc_id}（{file}）共 {facts.page_count} 页，{facts.truncated}。",
            Location(document=doc_id, file=file)))
    return findings
