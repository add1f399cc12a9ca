"""Batch orchestration: discover dossiers, load, check, stream results (optionally over processes).

Flow is one way: load -> check -> (score, later) -> report. One bad dossier never stops a batch:
load problems become findings for that dossier and a crashing rule becomes ENGINE-001.
"""

from __future__ import annotations

import datetime as dt
import functools
import multiprocessing
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .calendar import HolidayTable, WorkCalendar
from .documents.laws import LawCatalogue
from .documents.options import ReadOptions

if TYPE_CHECKING:
    from .documents.reader import DocumentReader
from .engine import Context, Finding, RuleSet, Severity, System
from .loader import MANIFEST, REGISTRY_FILES, load_dossier
from .manual import Checklist, ManualCheck, manual_checks
from .models import Dossier, Registry
from .profile import Profile


@dataclass
class DossierResult:
    id: str
    path: str
    case_type: str | None
    status: str | None
    findings: list[Finding]
    personal_names: frozenset[str] = frozenset()  # individual parties' names, masked on request
    manual_checks: list[ManualCheck] | None = None  # catalogue §11 questions for a person; None when not asked for
    case_number: str | None = None  # 案号
    department: str | None = None  # the acting body's registry id (部门): groups self-checks and cross-checks
    department_name: str | None = None  # its name, from the registry (or the id when the registry lacks it)
    #: findings waived by a waiver file: finding fingerprint -> the waiver's text (reason, who, until); shown as
    #: waived and counted, never dropped
    waived: dict[str, str] = field(default_factory=dict)
    #: score against a review standard (scoring.Score.to_json()): total, grade, vetoed, standard, items; None if not scored
    score: dict[str, Any] | None = None

    def counts(self) -> dict[str, int]:
        c = Counter(f.severity.value for f in self.findings)
        return {s.value: c.get(s.value, 0) for s in Severity}

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {"id": self.id, "path": self.path, "case_type": self.case_type,
                                  "status": self.status, "counts": self.counts()}
        if self.case_number is not None:
            out["case_number"] = self.case_number
            out["department"] = self.department
            out["department_name"] = self.department_name
        if self.waived:
            out["waived"] = dict(sorted(self.waived.items()))
        if self.score is not None:
            out["score"] = self.score
        if self.manual_checks is not None:
            out["manual_checks"] = [c.to_json() for c in self.manual_checks]
        return out


@dataclass
class Summary:
    dossiers: int = 0
    loaded: int = 0
    by_severity: Counter[str] = field(default_factory=Counter)
    by_system: Counter[str] = field(default_factory=Counter)
    by_case_type: Counter[str] = field(default_factory=Counter)
    by_rule: Counter[str] = field(default_factory=Counter)
    waived: Counter[str] = field(default_factory=Counter)  # waived findings by severity (counted, never dropped)
    #: waiver and baseline bookkeeping (suppress.Suppressions.to_json) and its text lines, set before finish
    suppressions: dict[str, object] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def add(self, result: DossierResult) -> None:
        self.dossiers += 1
        if result.case_type is not None:
            self.loaded += 1
        for f in result.findings:
            if result.waived and f.fingerprint() in result.waived:
                self.waived[f.severity.value] += 1
            self.by_severity[f.severity.value] += 1
            self.by_system[f.system.value] += 1
            self.by_case_type[result.case_type or "unloaded"] += 1
            self.by_rule[f.rule_id] += 1

    def worst(self) -> Severity | None:
        """The most severe finding that is not waived (waived findings never fail a run)."""
        for sev in Severity:
            if self.by_severity.get(sev.value, 0) - self.waived.get(sev.value, 0) > 0:
                return sev
        return None

    def to_json(self) -> dict[str, object]:
        return {
            "dossiers": self.dossiers,
            "dossiers_loaded": self.loaded,
            "findings": sum(self.by_severity.values()),
            "by_severity": {s.value: self.by_severity.get(s.value, 0) for s in Severity},
            "by_system": {s.value: self.by_system[s.value] for s in System if self.by_system.get(s.value)},
            "by_case_type": dict(sorted(self.by_case_type.items())),
            "by_rule": dict(sorted(self.by_rule.items())),
            **({"waived": sum(self.waived.values())} if self.waived else {}),
            **self.suppressions,
        }


@dataclass(frozen=True)
class RunConfig:
    registry: Registry
    profile: Profile
    ruleset: RuleSet
    as_of: dt.date
    holidays: HolidayTable | None = None
    checklist: Checklist | None = None  # the human checklist to pre-fill; None: no manual checks
    laws: LawCatalogue | None = None  # law catalogue for document rules; None: document rules read no text
    cache_dir: Path | None = None  # cache of extracted document text and facts; None: no cache
    read_options: ReadOptions = field(default_factory=ReadOptions)

    def reader(self) -> DocumentReader | None:
        """The document reader of a process (PDF and NLP libraries are imported here, on first need)."""
        if self.laws is None:
            return None
        from .documents.cache import TextCache
        from .documents.reader import DocumentReader

        return DocumentReader(self.laws, TextCache(self.cache_dir), self.read_options)


def _is_registry_dir(path: Path) -> bool:
    return any((path / name).is_file() for name in REGISTRY_FILES.values()) and not (path / MANIFEST).is_file()


def discover(paths: Sequence[Path]) -> Iterator[tuple[Path, str]]:
    """Dossier folders under the given paths, as (folder, display path), in a stable order.

    A folder with ``dossier.xml`` is a dossier. Other folders are searched (hidden folders and
    registry folders are skipped); a leaf folder holding files but no manifest is reported as
    a dossier without manifest. Streams: a batch of any size is never held in memory, only the
    entry names of the folder being walked. A path given twice (or inside another given path)
    is checked once.
    """
    roots: list[tuple[Path, Path]] = []
    for given in paths:
        if given.name == MANIFEST and given.is_file():  # the manifest itself stands for its dossier folder
            given = given.parent
        resolved = given.resolve()
        if any(resolved == seen or resolved.is_relative_to(seen) for _, seen in roots):
            continue
        roots = [(g, s) for g, s in roots if not s.is_relative_to(resolved)]
        roots.append((given, resolved))
    for given, _ in roots:
        yield from _walk(given, str(given).rstrip("/\\") or str(given), top=True)


def _walk(folder: Path, shown: str, top: bool = False) -> Iterator[tuple[Path, str]]:
    if (folder / MANIFEST).is_file():
        yield folder, shown
        return
    if _is_registry_dir(folder):
        return
    try:
        with os.scandir(folder) as it:
            entries = [(e.name, e.is_dir()) for e in it if not e.name.startswith(".")]
    except OSError:
        yield folder, shown
        return
    subdirs = sorted(name for name, is_dir in entries if is_dir and not name.startswith("_"))
    if not subdirs:
        if top or any(not is_dir for _, is_dir in entries):
            yield folder, shown
        return
    del entries
    for name in subdirs:
        yield from _walk(folder / name, f"{shown}/{name}")


def check_dossier(folder: Path, shown: str, config: RunConfig, calendar: WorkCalendar,
                  reader: Callable[[], DocumentReader | None] = lambda: None) -> DossierResult:
    """Load and check one dossier; ``reader`` gives the process's document reader, called only when a dossier
    has documents to read (so a batch of manifests alone never imports the PDF and NLP libraries)."""
    loaded = load_dossier(folder)
    if loaded.dossier is None and _pdf_only(folder) and (pdf_reader := reader()) is not None:
        return _check_extracted(folder, shown, config, calendar, pdf_reader)
    findings = list(loaded.findings)
    dossier = loaded.dossier
    if dossier is None:
        return _not_checked(folder, shown, config, findings)
    ctx = Context(dossier, config.registry, config.profile.parameters, calendar, config.as_of)
    if (config.ruleset.needs_documents(dossier.case.type) and any(d.path is not None for d in dossier.documents)
            and (doc_reader := reader()) is not None):
        ctx.texts, read_findings = doc_reader.read(folder, dossier)
        ctx.laws = doc_reader.laws
        findings += read_findings
    return _checked(ctx, shown, config, findings)


def _not_checked(folder: Path, shown: str, config: RunConfig, findings: list[Finding]) -> DossierResult:
    """The result of a folder that gave no dossier to check: its load findings, as the rule set keeps them."""
    kept = [f for f in findings if config.ruleset.reports(f.rule_id)]
    return DossierResult(folder.name, shown, None, None, sorted(kept, key=Finding.sort_key),
                         manual_checks=[] if config.checklist is not None else None)


def _checked(ctx: Context, shown: str, config: RunConfig, findings: list[Finding]) -> DossierResult:
    """Run the rules on a dossier; ``findings`` (of loading and reading it) are kept as the rule set says."""
    from .engine import run_rules

    dossier = ctx.dossier
    kept = [f for f in findings if config.ruleset.reports(f.rule_id)]
    found = sorted([*kept, *run_rules(ctx, config.ruleset, MANIFEST)], key=Finding.sort_key)
    names = _personal_names(dossier, ctx)
    checks = manual_checks(dossier, config.checklist) if config.checklist is not None else None
    result = DossierResult(dossier.id, shown, dossier.case.type.value, dossier.case.status.value, found, names, checks)
    return _with_case(result, dossier, config.registry)


def _with_case(result: DossierResult, dossier: Dossier, registry: Registry) -> DossierResult:
    """The result with the case number and the department (acting body) filled in."""
    body_id = dossier.case.acting_body.id
    body = registry.body_by_id.get(body_id)
    result.case_number = dossier.case.number
    result.department = body_id
    result.department_name = body.name if body is not None else body_id
    return result


def _personal_names(dossier: Dossier, ctx: Context) -> frozenset[str]:
    """An individual party's name, as the manifest and as each document writes it (masked on request)."""
    party = dossier.case.party
    if party.kind.value != "individual":
        return frozenset()
    names = {party.name}
    if ctx.texts is not None:
        from .documents.facts import PARTY_NAME

        names |= {v.value for facts in ctx.texts.facts.values() for v in facts.of(PARTY_NAME)}
    return frozenset(names)


def _pdf_only(folder: Path) -> bool:
    """A folder without a manifest that holds PDF documents (checked from a draft, see documents.draft)."""
    if os.path.lexists(folder / MANIFEST):
        return False
    try:
        return any(p.suffix.lower() == ".pdf" for p in folder.rglob("*"))
    except OSError:
        return False


def _check_extracted(folder: Path, shown: str, config: RunConfig, calendar: WorkCalendar,
                     reader: DocumentReader) -> DossierResult:
    from pydantic import ValidationError

    from .documents.draft import build_draft
    from .documents.reader import DossierTexts
    from .documents.tool_rules import EXTRACTED
    from .engine import Location, finding_from_meta

    documents, findings = reader.read_folder(folder, folder.name)
    if not documents:  # nothing readable: the folder is a dossier without manifest, as before
        from .loader import MANIFEST_MISSING

        findings.append(finding_from_meta(MANIFEST_MISSING, folder.name, f"{folder.name}/ 中没有 {MANIFEST}，也没有可读取的 PDF 文书",
                                          Location(file=MANIFEST)))
        return _not_checked(folder, shown, config, findings)
    draft = build_draft(folder.name, documents, config.registry)
    try:
        dossier = draft.dossier()
    except ValidationError as exc:
        problem = "；".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()[:3])
        findings.append(finding_from_meta(EXTRACTED, folder.name, f"没有 {MANIFEST}，从 {len(documents)} 份 PDF 文书提取的草稿不完整"
                                          f"（{problem}），未能检查。", Location()))
        return _not_checked(folder, shown, config, findings)
    findings.append(finding_from_meta(
        EXTRACTED, dossier.id,
        f"没有 {MANIFEST}：以下结果依据从 {len(documents)} 份 PDF 文书自动提取的草稿清单"
        f"（案件类型 {dossier.case.type.value}，{len(dossier.steps)} 个环节）；草稿可用 enforcement-audit extract 导出核对。",
        Location()))
    ctx = Context(dossier, config.registry, config.profile.parameters, calendar, config.as_of)
    ctx.texts = DossierTexts({d: f for d, _, f in documents}, {d: file for d, file, _ in documents})
    ctx.laws = reader.laws
    return _checked(ctx, shown, config, findings)


# ------------------------------------------------------------------ process pool

_WORKER: tuple[RunConfig, WorkCalendar, Callable[[], DocumentReader | None]] | None = None


def _init_worker(config: RunConfig) -> None:
    global _WORKER
    _WORKER = (config, WorkCalendar(config.holidays), functools.cache(config.reader))


def _work(item: tuple[Path, str]) -> DossierResult:
    assert _WORKER is not None
    config, calendar, reader = _WORKER
    return check_dossier(item[0], item[1], config, calendar, reader)


def run(items: Iterable[tuple[Path, str]], config: RunConfig, jobs: int = 1) -> Iterator[DossierResult]:
    """Yield results in input order; ``jobs > 1`` spreads dossiers over processes, same output."""
    if jobs <= 1:
        calendar = WorkCalendar(config.holidays)
        reader = functools.cache(config.reader)  # built on first need, once
        for folder, shown in items:
            yield check_dossier(folder, shown, config, calendar, reader)
        return
    ctx = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    chunk = 16
    with ctx.Pool(jobs, initializer=_init_worker, initargs=(config,)) as pool:
        yield from pool.imap(_work, items, chunksize=chunk)
