"""Rule engine: rule metadata, findings, registration checks and the per-dossier run.

A rule is a small class with its metadata on it (``meta``) and a ``check(ctx)`` generator that
yields :class:`Hit` objects. The engine owns everything else: which rules run (profile,
``--select``/``--ignore``, case type), the effective severity, stamping metadata onto findings,
sorting, and turning a crashing rule into an ``ENGINE-001`` finding while the run goes on.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import hashlib
import re
import traceback
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache
from typing import TYPE_CHECKING, Any, ClassVar

from .models import CaseType, Dossier, Registry, StepKind

if TYPE_CHECKING:
    from .calendar import WorkCalendar
    from .profile import DayPeriod, Parameters, Profile


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self]

    @property
    def label(self) -> str:
        return {"error": "错误", "warning": "警告", "info": "提示"}[self.value]


_SEVERITY_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


class System(StrEnum):
    """The system (制度) a rule belongs to."""

    DISCLOSURE = "disclosure"
    RECORDING = "recording"
    LEGAL_REVIEW = "legal_review"
    SUBJECT = "subject"
    CERTIFICATE = "certificate"
    PROCEDURE = "procedure"
    LOADING = "loading"

    @property
    def label(self) -> str:
        return _SYSTEM_LABELS[self]


_SYSTEM_LABELS = {
    System.DISCLOSURE: "公示",
    System.RECORDING: "全过程记录",
    System.LEGAL_REVIEW: "法制审核",
    System.SUBJECT: "主体资格",
    System.CERTIFICATE: "执法证件",
    System.PROCEDURE: "程序",
    System.LOADING: "案卷载入",
}


class Alert(StrEnum):
    """Deadline warnings for open cases, as the supervision platforms grade them."""

    YELLOW = "yellow"  # due within the profile's alert window (临期预警)
    RED = "red"  # overdue (超期预警)

    @property
    def label(self) -> str:
        return "黄色预警" if self is Alert.YELLOW else "红色预警"


class Confidence(StrEnum):
    CONFIRMED = "confirmed"  # read in the official or primary text
    UNCONFIRMED = "unconfirmed"  # secondary sources only; shipped as warning


_CN_DIGITS = "零一二三四五六七八九"


def cn_number(n: int) -> str:
    """1 -> 一, 10 -> 十, 58 -> 五十八, 105 -> 一百零五, 1039 -> 一千零三十九 (article numbering style)."""
    if n >= 1000:
        thousands, rest = divmod(n, 1000)
        head = cn_number(thousands) + "千"
        if rest == 0:
            return head
        if rest < 100:
            return head + "零" + ("一" + cn_number(rest) if rest >= 10 and rest < 20 else cn_number(rest))
        return head + cn_number(rest)
    if n < 10:
        return _CN_DIGITS[n]
    if n < 20:
        return "十" + (_CN_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return _CN_DIGITS[n // 10] + "十" + (_CN_DIGITS[n % 10] if n % 10 else "")
    hundreds, rest = divmod(n, 100)
    if rest == 0:
        return _CN_DIGITS[hundreds] + "百"
    if rest < 10:
        return _CN_DIGITS[hundreds] + "百零" + _CN_DIGITS[rest]
    tail = cn_number(rest)
    return _CN_DIGITS[hundreds] + "百" + ("一" + tail if rest < 20 else tail)


@dataclass(frozen=True, order=True)
class LegalBasis:
    """A citation: law (document title without 《》), article, optional paragraph and item."""

    law: str
    article: int | None = None
    paragraph: int | None = None
    item: int | None = None
    note: str | None = None  # e.g. "参照适用" or the document number of a normative document
    #: the case types this citation is the basis for (None: every case type of the rule). A rule judging
    #: several case types cites, say, 行政处罚法 for a punishment and 行政强制法 for a seizure; a finding
    #: shows only the citations for its dossier's case type.
    case_types: frozenset[CaseType] | None = None
    #: the step kinds this citation is the basis for (None: any): e.g. 行政强制法 Art 18 for a seizure
    #: recorded in a punishment dossier; a finding at another step, or at none, does not show it
    step_kinds: frozenset[StepKind] | None = None

    def __str__(self) -> str:
        text = f"《{self.law}》"
        if self.article is not None:
            text += f"第{cn_number(self.article)}条"
        if self.paragraph is not None:
            text += f"第{cn_number(self.paragraph)}款"
        if self.item is not None:
            text += f"第（{cn_number(self.item)}）项"
        if self.note:
            text += f"（{self.note}）"
        return text

    def to_json(self, scope: bool = False) -> dict[str, object]:
        """The citation as JSON; with ``scope``, also the case types it is limited to (rule listings)."""
        out: dict[str, object] = {"law": self.law}
        for key in ("article", "paragraph", "item", "note"):
            value = getattr(self, key)
            if value is not None:
                out[key] = value
        out["text"] = str(self)
        if scope and self.case_types is not None:
            out["case_types"] = sorted(t.value for t in self.case_types)
        if scope and self.step_kinds is not None:
            out["step_kinds"] = sorted(k.value for k in self.step_kinds)
        return out

    def applies_to(self, case_type: CaseType, step_kind: StepKind | None = None) -> bool:
        return (self.case_types is None or case_type in self.case_types) and (
            self.step_kinds is None or step_kind in self.step_kinds)


@lru_cache(maxsize=1024)
def bases_json(bases: tuple[LegalBasis, ...]) -> list[dict[str, object]]:
    """JSON of a rule's citations, worked out once per rule (read-only: callers must not mutate it)."""
    return [b.to_json() for b in bases]


@lru_cache(maxsize=4096)
def bases_for(bases: tuple[LegalBasis, ...], case_type: CaseType | None,
              step_kind: StepKind | None = None) -> tuple[LegalBasis, ...]:
    """The citations of a rule that apply to a finding in a dossier of ``case_type`` at a step of
    ``step_kind`` (all of them when the case type is unknown)."""
    if case_type is None:
        return bases
    return tuple(b for b in bases if b.applies_to(case_type, step_kind))


RULE_ID = re.compile(r"^[A-Z]+(?:-[A-Z]+)*-\d{3}$")


@dataclass(frozen=True)
class RuleMeta:
    id: str
    title: str
    system: System
    case_types: frozenset[CaseType]
    severity: Severity
    legal_basis: tuple[LegalBasis, ...]
    remediation: str
    confidence: Confidence = Confidence.CONFIRMED
    parameters: tuple[str, ...] = ()  # profile parameters the rule reads
    needs_documents: bool = False  # reads document text (ctx.texts): the runner reads the PDFs first
    requires_legal_basis: bool = True  # False only for tool-level findings (loading, engine)


ALL_CASE_TYPES = frozenset(CaseType)


@dataclass(frozen=True)
class Hit:
    """What a rule yields: the engine turns it into a :class:`Finding`.

    ``alert`` marks a deadline of an open case (预警): ``yellow`` when it falls due soon (the engine
    reports it as a warning whatever the rule's severity), ``red`` when it has passed.
    """

    message: str
    step: str | None = None
    document: str | None = None
    alert: Alert | None = None
    page: int | None = None  # page of the document the hit was read from (document rules)
    #: the hit reports a fact the dossier does not record (e.g. whether certificates were shown), not a
    #: breach it shows: the engine reports it as a warning whatever the rule's severity
    unrecorded: bool = False


@dataclass(frozen=True, order=True)
class Location:
    step: str | None = None
    document: str | None = None
    file: str | None = None
    line: int | None = None
    page: int | None = None  # a page of a PDF document (file is then the document's path)

    def to_json(self) -> dict[str, object]:
        return {k: v for k, v in (("step", self.step), ("document", self.document),
                                  ("file", self.file), ("line", self.line), ("page", self.page)) if v is not None}


@dataclass(frozen=True)
class Finding:
    rule_id: str
    severity: Severity
    system: System
    dossier: str
    message: str
    location: Location
    title: str
    legal_basis: tuple[LegalBasis, ...]
    remediation: str
    confidence: Confidence = Confidence.CONFIRMED
    alert: Alert | None = None

    def fingerprint(self) -> str:
        """A stable key of this finding across runs: rule, dossier and where (step, else document, else
        file) — not the line, page or message text, which change when a manifest is edited or the
        tool's wording improves. Used by baselines, waivers and the findings history."""
        loc = self.location
        where = loc.step or (f"doc:{loc.document}" if loc.document else (loc.file or ""))
        raw = f"{self.rule_id}|{self.dossier}|{where}"
        return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]

    def sort_key(self) -> tuple[object, ...]:
        loc = self.location
        return (self.dossier, loc.file or "", loc.line or 0, loc.page or 0, self.rule_id, loc.step or "", loc.document or "",
                self.message)

    def to_json(self) -> dict[str, object]:
        return {
            "rule_id": self.rule_id,
            "severity": self.severity.value,
            "system": self.system.value,
            "title": self.title,
            "dossier": self.dossier,
            "message": self.message,
            "location": self.location.to_json(),
            "legal_basis": bases_json(self.legal_basis),
            "remediation": self.remediation,
            "confidence": self.confidence.value,
            "alert": self.alert.value if self.alert is not None else None,
        }


class Rule:
    """Base class of every rule. Subclasses set ``meta`` and implement ``check``.

    The docstring states the requirement, then a ``Non-compliant:`` and a ``Compliant:`` example.
    """

    meta: ClassVar[RuleMeta]

    def check(self, ctx: Context) -> Iterable[Hit]:
        raise NotImplementedError


@dataclass
class Context:
    """What a rule may look at. Rules never read files, the CLI or the profile file themselves."""

    dossier: Dossier
    registry: Registry
    params: Parameters
    calendar: WorkCalendar
    as_of: dt.date
    #: per-dossier memo for work several rules share (e.g. officer assessments); keys are namespaced tuples
    memo: dict[tuple[object, ...], Any] = field(default_factory=dict)
    #: facts read from the dossier's PDF documents (documents.reader.DossierTexts); None when no rule
    #: that needs them runs
    texts: Any = None
    #: the law catalogue (documents.laws.LawCatalogue) for citation rules; None when not loaded
    laws: Any = None

    def working_day_deadline(self, start: dt.date, days: int) -> dt.date:
        return self.calendar.add_working_days(start, days)

    def calendar_day_deadline(self, start: dt.date, days: int) -> dt.date:
        return self.calendar.add_calendar_days(start, days)

    def alert_for(self, deadline: dt.date) -> Alert | None:
        """For a step still pending in an open case: red once ``deadline`` has passed on the as-of
        date, yellow when it falls due within the profile's alert window, else nothing."""
        if self.as_of > deadline:
            return Alert.RED
        window = self.params.alert_window
        if window.day_kind == "working":
            soon = self.calendar.working_days_between(self.as_of, deadline) <= window.days
        else:
            soon = (deadline - self.as_of).days <= window.days
        return Alert.YELLOW if soon else None

    def period_deadline(self, start: dt.date, period: DayPeriod, extra_days: int = 0) -> dt.date:
        """Last day of a profile period (working or calendar days per its day_kind) after ``start``."""
        days = period.days + extra_days
        if period.day_kind == "working":
            return self.working_day_deadline(start, days)
        return self.calendar_day_deadline(start, days)


class RuleDefinitionError(Exception):
    pass


def validate_rules(rules: Sequence[type[Rule]]) -> None:
    """Fail loudly on a malformed rule: bad id, duplicate, missing legal basis or docs."""
    seen: set[str] = set()
    for rule in rules:
        meta = getattr(rule, "meta", None)
        if not isinstance(meta, RuleMeta):
            raise RuleDefinitionError(f"{rule.__name__}: no RuleMeta")
        if not RULE_ID.match(meta.id):
            raise RuleDefinitionError(f"{rule.__name__}: bad rule id {meta.id!r}")
        if meta.id in seen:
            raise RuleDefinitionError(f"{rule.__name__}: duplicate rule id {meta.id}")
        seen.add(meta.id)
        if meta.requires_legal_basis and not meta.legal_basis:
            raise RuleDefinitionError(f"{meta.id}: missing legal basis")
        if not all(b.law.strip() for b in meta.legal_basis):
            raise RuleDefinitionError(f"{meta.id}: legal basis without a law name")
        for b in meta.legal_basis:
            if b.case_types is not None and not b.case_types <= meta.case_types:
                raise RuleDefinitionError(f"{meta.id}: {b} is limited to case types the rule does not judge")
        if meta.requires_legal_basis:
            for case_type in sorted(meta.case_types):
                if not bases_for(meta.legal_basis, case_type, None):
                    raise RuleDefinitionError(f"{meta.id}: no legal basis for case type {case_type.value}")
        if not meta.title.strip() or not meta.remediation.strip():
            raise RuleDefinitionError(f"{meta.id}: title and remediation are required")
        if not meta.case_types:
            raise RuleDefinitionError(f"{meta.id}: no case types")
        doc = rule.__doc__ or ""
        if "Non-compliant:" not in doc or "Compliant:" not in doc.replace("Non-compliant:", ""):
            raise RuleDefinitionError(f"{meta.id}: docstring needs Non-compliant: and Compliant: examples")
        if meta.confidence is Confidence.UNCONFIRMED and meta.severity is Severity.ERROR:
            raise RuleDefinitionError(f"{meta.id}: an unconfirmed rule cannot default to error")


def matches(rule_id: str, patterns: Iterable[str]) -> bool:
    """A pattern is an exact id, a prefix (``CERT``, ``CERT-``) or a glob (``PUN-*-001``)."""
    for pattern in patterns:
        p = pattern.strip().upper()
        if not p:
            continue
        if any(ch in p for ch in "*?["):
            if fnmatch.fnmatchcase(rule_id, p):
                return True
        elif rule_id == p or rule_id.startswith(p if p.endswith("-") else p + "-"):
            return True
    return False


@dataclass
class RuleSet:
    """The rules that run, with their effective severities, for one profile and selection."""

    rules: tuple[Rule, ...]
    severities: dict[str, Severity] = field(default_factory=dict)
    ignore: tuple[str, ...] = ()  # --ignore + profile disable; also applies to LOAD-* and GEN-TIME-005
    _by_case_type: dict[CaseType, tuple[Rule, ...]] = field(default_factory=dict, repr=False, compare=False)
    _needs_documents: dict[CaseType, bool] = field(default_factory=dict, repr=False, compare=False)
    _no_documents: dict[CaseType, tuple[Rule, ...]] = field(default_factory=dict, repr=False, compare=False)

    def reports(self, rule_id: str) -> bool:
        """Whether findings of this id are reported (tool findings are filtered here too)."""
        return not matches(rule_id, self.ignore)

    @classmethod
    def build(
        cls,
        rule_classes: Sequence[type[Rule]],
        profile: Profile,
        select: Sequence[str] = (),
        ignore: Sequence[str] = (),
    ) -> RuleSet:
        chosen: list[Rule] = []
        severities: dict[str, Severity] = {}
        for rule_cls in rule_classes:
            rid = rule_cls.meta.id
            if not profile.rule_enabled(rid):
                continue
            if select and not matches(rid, select):
                continue
            if ignore and matches(rid, ignore):
                continue
            chosen.append(rule_cls())
            severities[rid] = profile.severity_for(rid, rule_cls.meta.severity)
        # the engine's own GEN-TIME-005 honours a profile severity too (read in run_rules)
        severities[CALENDAR_UNCOVERED.id] = profile.severity_for(CALENDAR_UNCOVERED.id, CALENDAR_UNCOVERED.severity)
        return cls(tuple(chosen), severities, (*ignore, *profile.rules.disable))

    def needs_documents(self, case_type: CaseType) -> bool:
        """Whether a rule that reads document text runs for this case type."""
        found = self._needs_documents.get(case_type)
        if found is None:
            found = self._needs_documents[case_type] = any(r.meta.needs_documents for r in self.for_case_type(case_type))
        return found

    def without_documents(self, case_type: CaseType) -> tuple[Rule, ...]:
        """The rules for this case type that do not read document text (a dossier with none read)."""
        found = self._no_documents.get(case_type)
        if found is None:
            found = self._no_documents[case_type] = tuple(r for r in self.for_case_type(case_type)
                                                          if not r.meta.needs_documents)
        return found

    def for_case_type(self, case_type: CaseType) -> tuple[Rule, ...]:
        found = self._by_case_type.get(case_type)
        if found is None:
            found = self._by_case_type[case_type] = tuple(r for r in self.rules if case_type in r.meta.case_types)
        return found


#: Tool-level pseudo rules: they have ids so that they can be selected, explained and counted.
def tool_rule(rule_id: str, title: str, remediation: str, system: System = System.LOADING,
              severity: Severity = Severity.ERROR) -> RuleMeta:
    return RuleMeta(
        id=rule_id,
        title=title,
        system=system,
        case_types=ALL_CASE_TYPES,
        severity=severity,
        legal_basis=(),
        remediation=remediation,
        requires_legal_basis=False,
    )


INTERNAL_ERROR = tool_rule(
    "ENGINE-001",
    "规则执行出错",
    "这是本工具的缺陷，不是案卷的问题：请将此条结果连同案卷（可脱敏）报告给维护者；其余规则的结果不受影响。",
    System.PROCEDURE,
)

CALENDAR_UNCOVERED = RuleMeta(
    id="GEN-TIME-005",
    title="工作日历未覆盖该年度，期限按仅扣除周末计算",
    system=System.PROCEDURE,
    case_types=ALL_CASE_TYPES,
    severity=Severity.WARNING,
    legal_basis=(LegalBasis("国务院办公厅关于部分节假日安排的通知", note="逐年发布"),),
    remediation="用 --holidays 提供该年度的法定节假日与调休工作日表后重新检查；在此之前涉及该年度的工作日期限仅供参考。",
)


def finding_from_meta(
    meta: RuleMeta,
    dossier: str,
    message: str,
    location: Location,
    severity: Severity | None = None,
    alert: Alert | None = None,
    case_type: CaseType | None = None,
    step_kind: StepKind | None = None,
) -> Finding:
    """A finding of ``meta``; with the dossier's ``case_type`` (and the kind of the step it is located
    at), citing only the bases for them."""
    return Finding(
        rule_id=meta.id,
        severity=severity or meta.severity,
        system=meta.system,
        dossier=dossier,
        message=message,
        location=location,
        title=meta.title,
        legal_basis=bases_for(meta.legal_basis, case_type, step_kind),
        remediation=meta.remediation,
        confidence=meta.confidence,
        alert=alert,
    )


def run_rules(ctx: Context, ruleset: RuleSet, manifest_file: str) -> list[Finding]:
    """Run every applicable rule over one loaded dossier; returns sorted findings."""
    dossier = ctx.dossier
    findings: list[Finding] = []
    ctx.calendar.start_tracking()
    texts = ctx.texts
    if texts is not None and texts.facts:
        rules = ruleset.for_case_type(dossier.case.type)
    else:  # no document was read: the rules that read documents would find nothing to judge
        rules = ruleset.without_documents(dossier.case.type)
    for rule in rules:
        try:
            hits = list(rule.check(ctx))
        except Exception as exc:  # a crashing rule must not stop the run
            where = traceback.extract_tb(exc.__traceback__)[-1]
            findings.append(
                finding_from_meta(
                    INTERNAL_ERROR,
                    dossier.id,
                    f"规则 {rule.meta.id} 执行时出错（{type(exc).__name__}: {exc}；{where.name}:{where.lineno}），"
                    "该规则对本案卷未作判断。",
                    Location(file=manifest_file),
                )
            )
            continue
        if not hits:
            continue
        meta = rule.meta
        severity = ruleset.severities[meta.id]
        steps = dossier.step_by_id
        for hit in hits:
            step = steps.get(hit.step) if hit.step else None
            if hit.page is not None and ctx.texts is not None and hit.document in ctx.texts.files:
                location = Location(step=hit.step, document=hit.document, file=ctx.texts.files[hit.document],
                                    page=hit.page)
            else:
                location = Location(step=hit.step, document=hit.document, file=manifest_file,
                                    line=step.line if step is not None else None)
            findings.append(
                finding_from_meta(
                    meta,
                    dossier.id,
                    hit.message,
                    location,
                    Severity.WARNING if hit.alert is Alert.YELLOW or (hit.unrecorded and severity is Severity.ERROR)
                    else severity,
                    hit.alert,
                    dossier.case.type,
                    step.kind if step is not None else None,
                )
            )
    uncovered = ctx.calendar.stop_tracking()
    if uncovered and ruleset.reports(CALENDAR_UNCOVERED.id):
        years = "、".join(str(y) for y in sorted(uncovered))
        findings.append(
            finding_from_meta(
                CALENDAR_UNCOVERED,
                dossier.id,
                f"内置节假日表不含 {years} 年，且未提供节假日表；该年度的工作日按周一至周五计算，未扣除法定节假日和调休。",
                Location(file=manifest_file),
                ruleset.severities.get(CALENDAR_UNCOVERED.id, CALENDAR_UNCOVERED.severity),
            )
        )
    findings.sort(key=Finding.sort_key)
    return findings
