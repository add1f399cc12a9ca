"""Batch orchestration: discover dossiers, load, check, stream results (optionally over processes).

Flow is one way: load -> check -> (score, later) -> report. One bad dossier never stops a batch:
load problems become findings for that dossier and a crashing rule becomes ENGINE-001.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .calendar import HolidayTable, WorkCalendar
from .engine import Context, Finding, RuleSet, Severity, System
from .loader import MANIFEST, REGISTRY_FILES, load_dossier
from .manual import Checklist, ManualCheck, manual_checks
from .models import Registry
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

    def counts(self) -> dict[str, int]:
        c = Counter(f.severity.value for f in self.findings)
        return {s.value: c.get(s.value, 0) for s in Severity}

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {"id": self.id, "path": self.path, "case_type": self.case_type,
                                  "status": self.status, "counts": self.counts()}
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

    def add(self, result: DossierResult) -> None:
        self.dossiers += 1
        if result.case_type is not None:
            self.loaded += 1
        for f in result.findings:
            self.by_severity[f.severity.value] += 1
            self.by_system[f.system.value] += 1
            self.by_case_type[result.case_type or "unloaded"] += 1
            self.by_rule[f.rule_id] += 1

    def worst(self) -> Severity | None:
        for sev in Severity:
            if self.by_severity.get(sev.value):
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
        }


@dataclass(frozen=True)
class RunConfig:
    registry: Registry
    profile: Profile
    ruleset: RuleSet
    as_of: dt.date
    holidays: HolidayTable | None = None
    checklist: Checklist | None = None  # the human checklist to pre-fill; None: no manual checks


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


def check_dossier(folder: Path, shown: str, config: RunConfig, calendar: WorkCalendar) -> DossierResult:
    from .engine import run_rules

    loaded = load_dossier(folder)
    findings = [f for f in loaded.findings if config.ruleset.reports(f.rule_id)]
    dossier = loaded.dossier
    if dossier is None:
        return DossierResult(folder.name, shown, None, None, sorted(findings, key=Finding.sort_key),
                             manual_checks=[] if config.checklist is not None else None)
    ctx = Context(dossier, config.registry, config.profile.parameters, calendar, config.as_of)
    findings = sorted([*findings, *run_rules(ctx, config.ruleset, MANIFEST)], key=Finding.sort_key)
    party = dossier.case.party
    names = frozenset({party.name}) if party.kind.value == "individual" else frozenset()
    checks = manual_checks(dossier, config.checklist) if config.checklist is not None else None
    return DossierResult(dossier.id, shown, dossier.case.type.value, dossier.case.status.value, findings, names,
                         checks)


# ------------------------------------------------------------------ process pool

_WORKER: tuple[RunConfig, WorkCalendar] | None = None


def _init_worker(config: RunConfig) -> None:
    global _WORKER
    _WORKER = (config, WorkCalendar(config.holidays))


def _work(item: tuple[Path, str]) -> DossierResult:
    assert _WORKER is not None
    config, calendar = _WORKER
    return check_dossier(item[0], item[1], config, calendar)


def run(items: Iterable[tuple[Path, str]], config: RunConfig, jobs: int = 1) -> Iterator[DossierResult]:
    """Yield results in input order; ``jobs > 1`` spreads dossiers over processes, same output."""
    if jobs <= 1:
        calendar = WorkCalendar(config.holidays)
        for folder, shown in items:
            yield check_dossier(folder, shown, config, calendar)
        return
    ctx = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    chunk = 16
    with ctx.Pool(jobs, initializer=_init_worker, initargs=(config,)) as pool:
        yield from pool.imap(_work, items, chunksize=chunk)
