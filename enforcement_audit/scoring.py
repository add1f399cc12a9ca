"""Scoring dossiers against a review standard (案卷评查): veto items, scored items, grades.

A review standard is data (``rules/standards/*.toml``, shipped as ``enforcement_audit.ruledata``):
veto items that make a file fail (不合格卷) and scored items grouped by part, each with a maximum,
a deduction per defect and a floor of zero. Each item names the machine rules (ids, prefixes or
globs, as ``--select`` takes them) and/or the human checklist items (``MAN-…``) it is judged on.

:func:`score` merges the machine's findings with a reviewer's :class:`Judgement` per MAN id and
says which is which: every deduction has a source, ``machine: RULE@STEP`` or ``human: MAN-… by NAME``.
Rules of counting (also in docs/scoring.md):

* a finding deducts in the one scored item whose ``rules`` match it (validation forbids overlaps);
* within an item, findings at the same step (else the same document, else the same fingerprint)
  are one defect: one fact found by several rules is deducted once;
* waived findings (``result.waived``, keyed by :meth:`Finding.fingerprint`) and yellow deadline
  alerts of open cases (the period has not run out) never deduct or veto; they are listed;
* a human ``defect`` with count *n* deducts *n* × the deduction in the scored item that lists the
  MAN id; a human ``veto`` makes the file fail; ``ok`` and ``n/a`` settle the question;
* MAN ids the standard uses that apply to the dossier and have no judgement are *pending*: the
  score is then provisional (暂定);
* a veto gives the standard's fail grade whatever the points (``veto_total = "zero"`` also sets
  the total to 0).

Also here: the reviewer input workbook (write and read back), the department summary and a small
adapter that rebuilds :class:`DossierResult` objects from a JSON report.
"""

from __future__ import annotations

import itertools
import tomllib
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from importlib import resources
from pathlib import Path
from typing import IO, Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError

from .engine import (
    Alert,
    Confidence,
    Finding,
    LegalBasis,
    Location,
    Severity,
    System,
    matches,
)
from .manual import Checklist, ManualCheck, bundled_checklist
from .models import CaseType
from .runner import DossierResult

STANDARDS_DIR = "standards"

Verdict = Literal["ok", "defect", "veto", "n/a"]
VERDICTS: tuple[str, ...] = ("ok", "defect", "veto", "n/a")
_VERDICT_ALIASES: dict[str, Verdict] = {
    "ok": "ok", "无问题": "ok", "合格": "ok", "符合": "ok",
    "defect": "defect", "有缺陷": "defect", "扣分": "defect", "不符合": "defect",
    "veto": "veto", "否决": "veto",
    "n/a": "n/a", "n.a.": "n/a", "na": "n/a", "不适用": "n/a",
}


class StandardError(ValueError):
    """A standard cannot be found, read or is invalid; the message names the file and the key."""


class ScoringError(ValueError):
    """A dossier cannot be scored (not loaded, no standard for its case type, bad judgement)."""


class ReviewerSheetError(ValueError):
    """The reviewer workbook is unreadable or has a bad cell; the message names sheet, row, column."""


class ReportError(ValueError):
    """A JSON report cannot be turned back into dossier results."""


# ------------------------------------------------------------------ points


def _points(value: Any) -> Any:
    if isinstance(value, bool):
        return value  # let the Decimal validation reject it
    if isinstance(value, int | float):
        return Decimal(str(value))
    return value


Points = Annotated[Decimal, BeforeValidator(_points), Field(ge=0, allow_inf_nan=False)]


def _num(value: Decimal) -> int | float:
    """Points as JSON: an integer when whole, else a float (0.5)."""
    return int(value) if value == value.to_integral_value() else float(value)


def _fmt(value: Decimal) -> str:
    return str(_num(value))


# ------------------------------------------------------------------ the standard file


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class StandardHead(_Strict):
    id: str = Field(min_length=1)
    title: str = Field(min_length=1)
    case_types: tuple[CaseType, ...] = Field(min_length=1)
    total: Points
    veto_total: Literal["keep", "zero"] = "keep"


class Grade(_Strict):
    name: str = Field(min_length=1)
    min: Points
    fail: bool = False


class VetoItem(_Strict):
    id: str = Field(min_length=1)
    title: str = Field(min_length=1)
    rules: tuple[str, ...] = ()
    manual: tuple[str, ...] = ()
    case_types: tuple[CaseType, ...] = ()
    note: str = ""


class ScoredItem(_Strict):
    id: str = Field(min_length=1)
    part: str = Field(min_length=1)
    title: str = Field(min_length=1)
    max: Points
    deduction: Points
    rules: tuple[str, ...] = ()
    manual: tuple[str, ...] = ()
    case_types: tuple[CaseType, ...] = ()
    note: str = ""


class _StandardFile(_Strict):
    standard: StandardHead
    grade: tuple[Grade, ...] = Field(min_length=1)
    veto: tuple[VetoItem, ...] = ()
    item: tuple[ScoredItem, ...] = Field(min_length=1)


@dataclass(frozen=True)
class Standard:
    """A validated review standard."""

    id: str
    title: str
    case_types: tuple[CaseType, ...]
    total: Decimal
    veto_total: Literal["keep", "zero"]
    grades: tuple[Grade, ...]  # descending by min
    vetoes: tuple[VetoItem, ...]
    items: tuple[ScoredItem, ...]
    path: str = ""

    @property
    def fail_grade(self) -> str:
        for g in self.grades:
            if g.fail:
                return g.name
        return self.grades[-1].name

    def grade_for(self, total: Decimal) -> str:
        for g in self.grades:
            if total >= g.min:
                return g.name
        return self.grades[-1].name

    def vetoes_for(self, case_type: CaseType) -> tuple[VetoItem, ...]:
        return tuple(v for v in self.vetoes if not v.case_types or case_type in v.case_types)

    def items_for(self, case_type: CaseType) -> tuple[ScoredItem, ...]:
        return tuple(i for i in self.items if not i.case_types or case_type in i.case_types)

    def manual_ids(self, case_type: CaseType, checklist: Checklist | None = None) -> tuple[str, ...]:
        """MAN ids the standard judges this case type on (and that the checklist applies to it), sorted."""
        applies = _manual_case_types(checklist)
        entries: tuple[VetoItem | ScoredItem, ...] = (*self.vetoes_for(case_type), *self.items_for(case_type))
        ids = {m for it in entries for m in it.manual}
        return tuple(sorted(m for m in ids if case_type in applies.get(m, ())))

    def items_using(self, case_type: CaseType, man_id: str) -> tuple[VetoItem | ScoredItem, ...]:
        entries: tuple[VetoItem | ScoredItem, ...] = (*self.vetoes_for(case_type), *self.items_for(case_type))
        return tuple(it for it in entries if man_id in it.manual)


def _manual_case_types(checklist: Checklist | None) -> dict[str, frozenset[CaseType]]:
    cl = checklist if checklist is not None else bundled_checklist()
    return {i.id: frozenset(i.case_types) for i in cl.item}


def _loc_key(loc: tuple[int | str, ...], data: dict[str, Any]) -> str:
    """``("item", 3, "max")`` -> ``item[B01].max`` (the item's id when it has one)."""
    parts = [str(p) for p in loc]
    if len(loc) >= 2 and isinstance(loc[1], int) and loc[0] in ("item", "veto", "grade"):
        seq = data.get(str(loc[0]))
        if isinstance(seq, list) and loc[1] < len(seq) and isinstance(seq[loc[1]], dict):
            name = seq[loc[1]].get("id", seq[loc[1]].get("name"))
            if isinstance(name, str):
                parts[0:2] = [f"{loc[0]}[{name}]"]
    return ".".join(parts) or "（文件顶层）"


def _validate(std: _StandardFile, checklist: Checklist) -> list[str]:
    """Cross-field checks; each problem names its key."""
    from .rules import all_rule_metas  # here, on first need: importing the rules takes a tenth of a second

    problems: list[str] = []
    head = std.standard
    std_types = set(head.case_types)
    # grades
    names = [g.name for g in std.grade]
    if len(set(names)) != len(names):
        problems.append("grade: 等次名称重复")
    mins = [g.min for g in std.grade]
    if any(a <= b for a, b in itertools.pairwise(mins)):
        problems.append("grade: 各等次的 min 须从高到低严格递减")
    if mins[-1] != 0:
        problems.append(f"grade[{names[-1]}].min: 最低等次的 min 须为 0")
    if mins[0] > head.total:
        problems.append(f"grade[{names[0]}].min: 超过总分 {_fmt(head.total)}")
    if sum(1 for g in std.grade if g.fail) > 1:
        problems.append("grade: 只能有一个等次标记 fail = true（否决时给出的等次）")
    # ids
    seen: set[str] = set()
    for kind, entries in (("veto", std.veto), ("item", std.item)):
        for e in entries:
            if e.id in seen:
                problems.append(f"{kind}[{e.id}].id: 编号重复")
            seen.add(e.id)
    manual_types = _manual_case_types(checklist)
    known = all_rule_metas()
    for kind, entries2 in (("veto", std.veto), ("item", std.item)):
        for e in entries2:
            key = f"{kind}[{e.id}]"
            types = set(e.case_types) or std_types
            extra = set(e.case_types) - std_types
            if extra:
                problems.append(f"{key}.case_types: {', '.join(sorted(extra))} 不在本标准的 case_types 中")
            if not e.rules and not e.manual:
                problems.append(f"{key}: rules 和 manual 至少要有一项，否则本项永远不会扣分或否决")
            for n, pattern in enumerate(e.rules):
                hit = [m for m in known if matches(m.id, [pattern])]
                if not hit:
                    problems.append(f"{key}.rules[{n}]: {pattern!r} 不是已知的规则编号、前缀或通配符（enforcement-audit rules 可列出全部规则）")
                elif not any(m.case_types & types for m in hit):
                    problems.append(f"{key}.rules[{n}]: {pattern!r} 的规则都不适用于本项的案件类型")
            for n, man in enumerate(e.manual):
                if man not in manual_types:
                    problems.append(f"{key}.manual[{n}]: {man!r} 不是人工核查清单（manual-checks.toml）中的编号")
                elif not manual_types[man] & types:
                    problems.append(f"{key}.manual[{n}]: {man} 不适用于本项的案件类型")
            if isinstance(e, ScoredItem):
                if e.max <= 0:
                    problems.append(f"{key}.max: 须大于 0")
                if e.deduction <= 0 or e.deduction > e.max:
                    problems.append(f"{key}.deduction: 须大于 0 且不超过 max（{_fmt(e.max)}）")
    # per case type: items sum to the total, no rule or MAN id in two scored items
    for ct in head.case_types:
        items = [i for i in std.item if not i.case_types or ct in i.case_types]
        total = sum((i.max for i in items), Decimal(0))
        if total != head.total:
            problems.append(f"item: {ct.value} 适用的扣分项满分合计 {_fmt(total)}，与 standard.total（{_fmt(head.total)}）不符")
        for meta in known:
            if ct not in meta.case_types:
                continue
            owners = [i.id for i in items if matches(meta.id, i.rules)]
            if len(owners) > 1:
                problems.append(f"item[{owners[1]}].rules: 规则 {meta.id} 已由 item[{owners[0]}] 计分（{ct.value}），一条规则只能归入一个扣分项")
        for man in sorted({m for i in items for m in i.manual}):
            owners = [i.id for i in items if man in i.manual]
            if len(owners) > 1:
                problems.append(f"item[{owners[1]}].manual: {man} 已由 item[{owners[0]}] 计分（{ct.value}），一个人工核查项只能归入一个扣分项")
    return problems


def _read_standard(file: Path, checklist: Checklist | None = None) -> Standard:
    try:
        with file.open("rb") as fh:
            data = tomllib.load(fh)
    except OSError as exc:
        raise StandardError(f"{file}: 无法读取评查标准（{exc.strerror or exc}）") from None
    except tomllib.TOMLDecodeError as exc:
        raise StandardError(f"{file}: 不是有效的 TOML：{exc}") from None
    try:
        parsed = _StandardFile.model_validate(data)
    except ValidationError as exc:
        lines = [f"{file}: {_loc_key(e['loc'], data)}: {e['msg'].removeprefix('Value error, ')}" for e in exc.errors()]
        raise StandardError("评查标准有误：\n" + "\n".join(lines)) from None
    problems = _validate(parsed, checklist if checklist is not None else bundled_checklist())
    if problems:
        raise StandardError("评查标准有误：\n" + "\n".join(f"{file}: {p}" for p in problems))
    head = parsed.standard
    return Standard(head.id, head.title, head.case_types, head.total, head.veto_total, parsed.grade, parsed.veto,
                    parsed.item, file.name)


def _bundled_dir() -> Path:
    try:
        return Path(str(resources.files("enforcement_audit.ruledata").joinpath(STANDARDS_DIR)))
    except ModuleNotFoundError:  # a source checkout that is not installed
        return Path(__file__).resolve().parent.parent / "rules" / STANDARDS_DIR


def bundled_standards() -> list[str]:
    """Names of the bundled standards (file stems), sorted."""
    return sorted(p.stem for p in _bundled_dir().glob("*.toml"))


@cache
def _bundled(name: str) -> Standard:
    return _read_standard(_bundled_dir() / f"{name}.toml")


def load_standard(name_or_path: str | Path) -> Standard:
    """A bundled standard by name, or a standard file by path; validated (errors name file and key)."""
    text = str(name_or_path)
    if isinstance(name_or_path, str) and text in bundled_standards():
        return _bundled(text)
    path = Path(name_or_path)
    if path.is_file():
        return _read_standard(path)
    names = "、".join(bundled_standards())
    raise StandardError(f"没有评查标准 {text!r}：内置标准有 {names}，或给出 TOML 文件的路径")


def standard_for(case_type: str | CaseType) -> Standard:
    """The bundled standard whose case types include this one."""
    try:
        ct = CaseType(case_type)
    except ValueError:
        raise ScoringError(f"未知的案件类型 {case_type!r}") from None
    for name in bundled_standards():
        std = _bundled(name)
        if ct in std.case_types:
            return std
    raise ScoringError(f"没有适用于 {ct.value} 的内置评查标准")


# ------------------------------------------------------------------ judgements and scores


@dataclass(frozen=True)
class Judgement:
    """A reviewer's verdict on one human checklist item (MAN id) of one dossier."""

    verdict: Verdict
    count: int = 1  # defects, for verdict "defect"
    reviewer: str = ""
    note: str = ""

    def __post_init__(self) -> None:
        if self.verdict not in VERDICTS:
            raise ScoringError(f"结论 {self.verdict!r} 不是 {'、'.join(VERDICTS)} 之一")
        if self.verdict == "defect" and self.count < 1:
            raise ScoringError("结论为 defect 时扣分次数须为正整数")


@dataclass(frozen=True)
class Deduction:
    source: str  # "machine: RULE@STEP" or "human: MAN-… by NAME"
    kind: Literal["machine", "human"]
    reason: str
    points: Decimal  # deducted after the floor at zero
    nominal: Decimal  # before the floor
    merged: tuple[str, ...] = ()  # other findings of the same fact (same step), not deducted again
    system: str | None = None  # the rule's system, for machine deductions
    rule_id: str | None = None  # the rule, or the MAN id

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {"source": self.source, "kind": self.kind, "reason": self.reason,
                                  "points": _num(self.points)}
        if self.nominal != self.points:
            out["nominal"] = _num(self.nominal)
        if self.merged:
            out["merged"] = list(self.merged)
        return out


@dataclass(frozen=True)
class NotDeducted:
    source: str
    reason: str

    def to_json(self) -> dict[str, object]:
        return {"source": self.source, "reason": self.reason}


@dataclass(frozen=True)
class ItemScore:
    id: str
    title: str
    part: str
    max: Decimal
    points: Decimal
    deductions: tuple[Deduction, ...]
    not_deducted: tuple[NotDeducted, ...] = ()
    pending: tuple[str, ...] = ()  # MAN ids of this item not yet judged

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {"id": self.id, "title": self.title, "part": self.part, "max": _num(self.max),
                                  "points": _num(self.points), "deductions": [d.to_json() for d in self.deductions]}
        if self.not_deducted:
            out["not_deducted"] = [n.to_json() for n in self.not_deducted]
        if self.pending:
            out["pending"] = list(self.pending)
        return out


@dataclass(frozen=True)
class VetoHit:
    id: str
    title: str
    source: str
    kind: Literal["machine", "human"]
    reason: str
    rule_id: str = ""  # the rule, or the MAN id
    system: str | None = None  # the rule's system, for machine vetoes

    def text(self) -> str:
        return f"{self.id} {self.title}（{self.source}：{self.reason}）"

    def to_json(self) -> dict[str, object]:
        return {"id": self.id, "title": self.title, "source": self.source, "kind": self.kind, "reason": self.reason}


@dataclass(frozen=True)
class Score:
    standard: str
    standard_title: str
    dossier: str
    total: Decimal
    max: Decimal
    grade: str
    vetoes: tuple[VetoHit, ...]
    items: tuple[ItemScore, ...]
    pending: tuple[str, ...]  # MAN ids without a judgement: the score is provisional
    unmapped: tuple[str, ...] = ()  # "RULE@STEP" of findings no item of the standard counts
    not_deducted: tuple[NotDeducted, ...] = ()  # waived or not yet due findings of veto items
    grade_names: tuple[str, ...] = ()  # the standard's grades, best first (for summaries)

    @property
    def vetoed(self) -> bool:
        return bool(self.vetoes)

    @property
    def provisional(self) -> bool:
        return bool(self.pending)

    @property
    def veto_reasons(self) -> list[str]:
        return [v.text() for v in self.vetoes]

    def deductions(self) -> Iterable[Deduction]:
        for item in self.items:
            yield from item.deductions

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {
            "standard": self.standard,
            "standard_title": self.standard_title,
            "total": _num(self.total),
            "max": _num(self.max),
            "grade": self.grade,
            "vetoed": self.vetoed,
            "veto_reasons": self.veto_reasons,
            "provisional": self.provisional,
            "pending": list(self.pending),
            "vetoes": [v.to_json() for v in self.vetoes],
            "items": [i.to_json() for i in self.items],
        }
        if self.not_deducted:
            out["not_deducted"] = [n.to_json() for n in self.not_deducted]
        if self.unmapped:
            out["unmapped"] = list(self.unmapped)
        return out


def _where(f: Finding) -> str:
    loc = f.location
    return loc.step or (f"doc:{loc.document}" if loc.document else "-")


def _machine_source(f: Finding) -> str:
    return f"machine: {f.rule_id}@{_where(f)}"


def _fact_key(f: Finding) -> str:
    """Findings of one item with the same key are one defect: same step, else document, else fingerprint."""
    loc = f.location
    if loc.step:
        return f"step:{loc.step}"
    if loc.document:
        return f"doc:{loc.document}"
    return f"fp:{f.fingerprint()}"


def _skip_reason(f: Finding, waived: Mapping[str, str]) -> str | None:
    text = waived.get(f.fingerprint())
    if text is not None:
        return f"已豁免：{text}" if text else "已豁免"
    if f.alert is Alert.YELLOW:
        return "临期预警：期限尚未届满，不扣分"
    return None


def _by(judgement: Judgement) -> str:
    return f" by {judgement.reviewer}" if judgement.reviewer else ""


def score(result: DossierResult, standard: Standard, judgements: Mapping[str, Judgement] | None = None,
          checklist: Checklist | None = None) -> Score:
    """Score one dossier: machine findings and human judgements (keyed by MAN id) against the standard."""
    if result.case_type is None:
        raise ScoringError(f"案卷 {result.id} 未能载入，无法评查")
    try:
        ct = CaseType(result.case_type)
    except ValueError:
        raise ScoringError(f"案卷 {result.id}：未知的案件类型 {result.case_type!r}") from None
    if ct not in standard.case_types:
        raise ScoringError(f"评查标准 {standard.id} 不适用于 {ct.value} 案件（案卷 {result.id}）")
    judged = dict(judgements or {})
    man_ids = standard.manual_ids(ct, checklist)
    for man, j in judged.items():
        if man not in man_ids and j.verdict != "n/a":
            raise ScoringError(f"案卷 {result.id}：{man} 不是评查标准 {standard.id} 对 {ct.value} 案件的人工评查项")
    questions = {c.id: c.question for c in result.manual_checks or ()}
    waived = result.waived
    findings = list(result.findings)

    vetoes: list[VetoHit] = []
    top_skipped: list[NotDeducted] = []
    counted: set[int] = set()
    for veto in standard.vetoes_for(ct):
        for n, f in enumerate(findings):
            if not matches(f.rule_id, veto.rules):
                continue
            counted.add(n)
            skip = _skip_reason(f, waived)
            if skip is not None:
                top_skipped.append(NotDeducted(_machine_source(f), f"{veto.id}：{skip}"))
                continue
            vetoes.append(VetoHit(veto.id, veto.title, _machine_source(f), "machine", f.title, f.rule_id,
                                  f.system.value))
        for man in veto.manual:
            jv = judged.get(man)
            if jv is not None and jv.verdict == "veto":
                vetoes.append(VetoHit(veto.id, veto.title, f"human: {man}{_by(jv)}", "human",
                                      jv.note or questions.get(man, man), man))
    # a human veto on a MAN id that only scored items list still fails the file
    veto_mans = {m for v in standard.vetoes_for(ct) for m in v.manual}
    for man in sorted(judged):
        j = judged[man]
        if j.verdict == "veto" and man not in veto_mans:
            vetoes.append(VetoHit(man, "人工评查否决", f"human: {man}{_by(j)}", "human", j.note or questions.get(man, man),
                                  man))

    items: list[ItemScore] = []
    for item in standard.items_for(ct):
        groups: dict[str, list[Finding]] = {}
        skipped: list[NotDeducted] = []
        for n, f in enumerate(findings):
            if not matches(f.rule_id, item.rules):
                continue
            counted.add(n)
            skip = _skip_reason(f, waived)
            if skip is not None:
                skipped.append(NotDeducted(_machine_source(f), skip))
                continue
            groups.setdefault(_fact_key(f), []).append(f)
        raw: list[tuple[str, Literal["machine", "human"], str, Decimal, tuple[str, ...], str | None, str]] = []
        for group in groups.values():
            first = group[0]
            merged = tuple(dict.fromkeys(_machine_source(g).removeprefix("machine: ") for g in group[1:]))
            raw.append((_machine_source(first), "machine", first.title, item.deduction, merged, first.system.value,
                        first.rule_id))
        pending: list[str] = []
        for man in item.manual:
            if man not in man_ids:
                continue
            jd = judged.get(man)
            if jd is None:
                pending.append(man)
            elif jd.verdict == "defect":
                reason = jd.note or questions.get(man, man)
                if jd.count > 1:
                    reason = f"{reason}（{jd.count} 处）"
                raw.append((f"human: {man}{_by(jd)}", "human", reason, item.deduction * jd.count, (), None, man))
        left = item.max
        deductions: list[Deduction] = []
        for source, kind, reason, nominal, merged, system, rid in raw:
            taken = min(nominal, left)
            left -= taken
            deductions.append(Deduction(source, kind, reason, taken, nominal, merged, system, rid))
        items.append(ItemScore(item.id, item.title, item.part, item.max, left, tuple(deductions), tuple(skipped),
                               tuple(pending)))

    scored_mans = {m for it in standard.items_for(ct) for m in it.manual}
    for man in sorted(judged):
        jn = judged[man]
        if jn.verdict == "defect" and man not in scored_mans:
            top_skipped.append(NotDeducted(f"human: {man}{_by(jn)}", "本标准没有对应的扣分项，未扣分（构成否决的请判 veto）"))
    unmapped = tuple(dict.fromkeys(f"{f.rule_id}@{_where(f)}" for n, f in enumerate(findings) if n not in counted))
    pending_all = tuple(m for m in man_ids if m not in judged)
    total = sum((i.points for i in items), Decimal(0))
    if vetoes and standard.veto_total == "zero":
        total = Decimal(0)
    grade = standard.fail_grade if vetoes else standard.grade_for(total)
    return Score(standard.id, standard.title, result.id, total, standard.total, grade, tuple(vetoes), tuple(items),
                 pending_all, unmapped, tuple(top_skipped), tuple(g.name for g in standard.grades))


def score_all(results: Iterable[DossierResult], standard: Standard | None = None,
              judgements: Mapping[str, Mapping[str, Judgement]] | None = None,
              ) -> list[tuple[DossierResult, Score | None, str | None]]:
    """Score each result (its bundled standard, or ``standard``); unscorable ones get a reason instead."""
    out: list[tuple[DossierResult, Score | None, str | None]] = []
    for r in results:
        if r.case_type is None:
            out.append((r, None, "案卷未能载入，未评查"))
            continue
        std = standard if standard is not None else standard_for(r.case_type)
        if CaseType(r.case_type) not in std.case_types:
            out.append((r, None, f"评查标准 {std.id} 不适用于 {r.case_type} 案件，未评查"))
            continue
        out.append((r, score(r, std, (judgements or {}).get(r.id)), None))
    return out


# ------------------------------------------------------------------ rebuilding results from a JSON report


def _basis(data: Mapping[str, Any]) -> LegalBasis:
    return LegalBasis(str(data["law"]), data.get("article"), data.get("paragraph"), data.get("item"), data.get("note"))


def _finding(data: Mapping[str, Any]) -> Finding:
    loc = data.get("location") or {}
    alert = data.get("alert")
    return Finding(
        rule_id=str(data["rule_id"]),
        severity=Severity(data["severity"]),
        system=System(data["system"]),
        dossier=str(data["dossier"]),
        message=str(data.get("message", "")),
        location=Location(loc.get("step"), loc.get("document"), loc.get("file"), loc.get("line"), loc.get("page")),
        title=str(data.get("title", "")),
        legal_basis=tuple(_basis(b) for b in data.get("legal_basis", ())),
        remediation=str(data.get("remediation", "")),
        confidence=Confidence(data.get("confidence", "confirmed")),
        alert=Alert(alert) if alert else None,
    )


def _manual(data: Mapping[str, Any]) -> ManualCheck:
    return ManualCheck(str(data["id"]), str(data.get("question", "")), str(data.get("gloss", "")),
                       tuple(_basis(b) for b in data.get("legal_basis", ())), tuple(str(e) for e in data.get("evidence", ())),
                       str(data.get("note", "")), Confidence(data.get("confidence", "confirmed")))


def results_from_report(report: Mapping[str, Any]) -> list[DossierResult]:
    """Dossier results from a report of ``check --format json`` (``--manual-checks`` for the evidence).

    Waivers are read when present: a dossier entry's ``waived`` object (fingerprint -> text) or a
    finding's ``waived`` string.
    """
    try:
        by_dossier: dict[str, list[Finding]] = defaultdict(list)
        waived_by_finding: dict[str, dict[str, str]] = defaultdict(dict)
        for n, raw in enumerate(report["findings"]):
            try:
                f = _finding(raw)
            except (KeyError, TypeError, ValueError) as exc:
                raise ReportError(f"findings[{n}] 无法读取（{type(exc).__name__}: {exc}）") from None
            by_dossier[f.dossier].append(f)
            if isinstance(raw.get("waived"), str):
                waived_by_finding[f.dossier][f.fingerprint()] = raw["waived"]
        results: list[DossierResult] = []
        for n, d in enumerate(report["dossiers"]):
            try:
                did = str(d["id"])
                checks = d.get("manual_checks")
                result = DossierResult(
                    did, str(d.get("path", did)), d.get("case_type"), d.get("status"), by_dossier.get(did, []),
                    manual_checks=[_manual(c) for c in checks] if checks is not None else None,
                    case_number=d.get("case_number"), department=d.get("department"),
                    department_name=d.get("department_name"),
                    waived={**{str(k): str(v) for k, v in (d.get("waived") or {}).items()}, **waived_by_finding[did]},
                )
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                raise ReportError(f"dossiers[{n}] 无法读取（{type(exc).__name__}: {exc}）") from None
            results.append(result)
        return results
    except (KeyError, TypeError) as exc:
        raise ReportError(f"不是 enforcement-audit check --format json 的报告（缺少 {exc}）") from None


# ------------------------------------------------------------------ reviewer input workbook

SHEET = "人工评查"
HEADERS = ("案卷", "案号", "部门", "评查标准", "评查项目", "人工核查项", "问题", "机器所见", "相关机器发现",
           "结论", "扣分次数", "评查人", "说明")
_INPUT_HEADERS = ("结论", "扣分次数", "评查人", "说明")
_WIDTHS = (24, 22, 20, 18, 30, 10, 40, 60, 40, 10, 10, 10, 30)


def _human_rows(result: DossierResult, standard: Standard) -> list[list[str]]:
    ct = CaseType(result.case_type or "")
    evidence = {c.id: c for c in result.manual_checks or ()}
    checklist = {i.id: i for i in bundled_checklist().item}
    rows: list[list[str]] = []
    for man in standard.manual_ids(ct):
        users = standard.items_using(ct, man)
        labels = "；".join(f"{u.id} {u.title}（{'否决项' if isinstance(u, VetoItem) else '扣分项'}）" for u in users)
        rule_patterns = [p for u in users for p in u.rules]
        related = [f"{f.rule_id}@{_where(f)} {f.title}" for f in result.findings if matches(f.rule_id, rule_patterns)]
        check = evidence.get(man)
        question = check.question if check is not None else checklist[man].question
        seen = "\n".join(check.evidence) if check is not None else "（报告未附人工核查事项：check 时加 --manual-checks）"
        rows.append([result.id, result.case_number or "", result.department_name or result.department or "",
                     standard.id, labels, man, question, seen, "\n".join(related)])
    return rows


def write_reviewer_workbook(results: Iterable[DossierResult], standard_by_case_type: Mapping[str, Standard],
                            out: IO[bytes], reviewer: str | None = None) -> int:
    """Write the reviewer input workbook: one row per dossier × human item (MAN id); returns the rows written."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    from .reports import append_text_row

    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    ws.append(list(HEADERS))
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="FFF2CC")
    for col, width in enumerate(_WIDTHS, start=1):
        cell = ws.cell(row=1, column=col)
        cell.font = bold
        if HEADERS[col - 1] in _INPUT_HEADERS:
            cell.fill = fill
        ws.column_dimensions[cell.column_letter].width = width
    n = 0
    for result in results:
        if result.case_type is None or result.case_type not in standard_by_case_type:
            continue
        for row in _human_rows(result, standard_by_case_type[result.case_type]):
            append_text_row(ws, [*row, "", None, reviewer or "", ""])
            n += 1
    wrap = Alignment(wrap_text=True, vertical="top")
    for row_cells in ws.iter_rows(min_row=2):
        for cell in row_cells:
            cell.alignment = wrap
    verdict_col = HEADERS.index("结论") + 1
    count_col = HEADERS.index("扣分次数") + 1
    last = max(n + 1, 2)
    letter = ws.cell(row=1, column=verdict_col).column_letter
    dv = DataValidation(type="list", formula1='"ok,defect,veto,n/a"', allow_blank=True,
                        errorTitle="结论", error="请选择 ok、defect、veto 或 n/a",
                        promptTitle="结论", prompt="ok 无问题；defect 有缺陷（填扣分次数）；veto 否决；n/a 不适用")
    dv.add(f"{letter}2:{letter}{last}")
    ws.add_data_validation(dv)
    count_letter = ws.cell(row=1, column=count_col).column_letter
    dv2 = DataValidation(type="whole", operator="greaterThanOrEqual", formula1="1", allow_blank=True,
                         error="扣分次数须为正整数")
    dv2.add(f"{count_letter}2:{count_letter}{last}")
    ws.add_data_validation(dv2)
    ws.freeze_panes = "B2"
    ws.auto_filter.ref = f"A1:{ws.cell(row=1, column=len(HEADERS)).column_letter}{last}"
    help_ws = wb.create_sheet("填写说明")
    for line in (
        "每行是一件案卷的一个人工评查项（人工核查项 MAN-…），按评查标准对该项作出结论。",
        "结论：ok 无问题；defect 有缺陷（在“扣分次数”填写缺陷处数，空白按 1 处）；veto 构成否决项，案卷为不合格卷；n/a 不适用。",
        "结论留空的项目为待评查，评查得分为暂定分。填写了结论的行须填写评查人。",
        "“机器所见”和“相关机器发现”是软件从案卷中读到的情况，仅供参考，不代替评查人的判断。",
        "不要修改前六列，程序按“案卷”和“人工核查项”两列读回结论。",
    ):
        help_ws.append([line])
    help_ws.column_dimensions["A"].width = 120
    wb.save(out)
    return n


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def read_reviewer_workbook(path: str | Path) -> dict[str, dict[str, Judgement]]:
    """Judgements from a filled reviewer workbook: dossier id -> MAN id -> judgement. Empty verdicts are pending."""
    from openpyxl import load_workbook

    file = Path(path)
    try:
        wb = load_workbook(file, read_only=True, data_only=True)
    except FileNotFoundError:
        raise ReviewerSheetError(f"{file}: 文件不存在") from None
    except Exception as exc:  # openpyxl raises assorted errors for non-workbooks
        raise ReviewerSheetError(f"{file}: 不是可读取的 .xlsx 工作簿（{type(exc).__name__}）") from None
    try:
        if SHEET not in wb.sheetnames:
            raise ReviewerSheetError(f"{file}: 没有名为「{SHEET}」的工作表")
        ws = wb[SHEET]
        rows = ws.iter_rows(values_only=True)
        header = [_cell_text(v) for v in next(rows, ())]
        cols: dict[str, int] = {}
        for name in ("案卷", "人工核查项", *_INPUT_HEADERS):
            if name not in header:
                raise ReviewerSheetError(f"{file}: 工作表「{SHEET}」第 1 行缺少「{name}」列")
            cols[name] = header.index(name)
        out: dict[str, dict[str, Judgement]] = {}
        for rownum, row in enumerate(rows, start=2):
            def cell(name: str, row: tuple[object, ...] = row) -> str:
                i = cols[name]
                return _cell_text(row[i]) if i < len(row) else ""

            def bad(name: str, problem: str, rownum: int = rownum) -> ReviewerSheetError:
                return ReviewerSheetError(f"{file}: 工作表「{SHEET}」第 {rownum} 行「{name}」列：{problem}")

            dossier, man, verdict_text = cell("案卷"), cell("人工核查项"), cell("结论")
            if not dossier and not man:
                continue
            if not dossier or not man:
                raise bad("案卷" if not dossier else "人工核查项", "为空")
            if not verdict_text:
                continue  # pending
            verdict = _VERDICT_ALIASES.get(verdict_text.lower())
            if verdict is None:
                raise bad("结论", f"{verdict_text!r} 不是 ok、defect、veto、n/a 之一")
            count_text = cell("扣分次数")
            count = 1
            if count_text:
                if verdict != "defect":
                    raise bad("扣分次数", f"结论为 {verdict} 时不填扣分次数（现为 {count_text!r}）")
                if not count_text.isdigit() or int(count_text) < 1:
                    raise bad("扣分次数", f"{count_text!r} 不是正整数")
                count = int(count_text)
            reviewer = cell("评查人")
            if not reviewer:
                raise bad("评查人", "填写了结论的行须写明评查人")
            per = out.setdefault(dossier, {})
            if man in per:
                raise bad("人工核查项", f"案卷 {dossier} 的 {man} 重复出现")
            per[man] = Judgement(verdict, count, reviewer, cell("说明"))
        return out
    finally:
        wb.close()


# ------------------------------------------------------------------ department summary


@dataclass(frozen=True)
class DepartmentSummary:
    department: str
    department_name: str
    files: int
    average: float  # mean of total / max × 100, one decimal
    grades: dict[str, int]
    vetoed: int
    provisional: int
    defects_by_system: dict[str, int]  # machine defects per system (label), and "人工评查" for human ones
    top_defects: list[tuple[str, int]]  # "RULE 标题" or "MAN-… 问题", most frequent first
    previous: float | None = None
    change: float | None = None

    def to_json(self) -> dict[str, object]:
        return {"department": self.department, "department_name": self.department_name, "files": self.files,
                "average": self.average, "grades": self.grades, "vetoed": self.vetoed,
                "provisional": self.provisional, "defects_by_system": self.defects_by_system,
                "top_defects": [{"defect": d, "count": c} for d, c in self.top_defects],
                "previous": self.previous, "change": self.change}


def department_summary(scores: Iterable[tuple[DossierResult, Score]], previous: Mapping[str, float] | None = None,
                       top: int = 5) -> list[DepartmentSummary]:
    """Per department (acting body): files, average score, grades, frequent defects, change from ``previous``."""
    groups: dict[str, list[tuple[DossierResult, Score]]] = defaultdict(list)
    for result, sc in scores:
        groups[result.department or "（未知部门）"].append((result, sc))
    out: list[DepartmentSummary] = []
    for dept in sorted(groups):
        pairs = groups[dept]
        name = next((r.department_name for r, _ in pairs if r.department_name), dept)
        pct = [s.total / s.max * 100 if s.max else Decimal(0) for _, s in pairs]
        average = round(float(sum(pct, Decimal(0)) / len(pct)), 1)
        grades: Counter[str] = Counter(s.grade for _, s in pairs)
        order = list(dict.fromkeys(g for _, s in pairs for g in s.grade_names))
        by_system: Counter[str] = Counter()
        defects: Counter[str] = Counter()
        titles: dict[str, str] = {}
        for result, s in pairs:
            titles.update({f.rule_id: f.title for f in result.findings})
            titles.update({c.id: c.question for c in result.manual_checks or ()})
            for d in s.deductions():
                by_system[System(d.system).label if d.system else "人工评查"] += 1
                if d.rule_id:
                    defects[d.rule_id] += 1
            for v in s.vetoes:
                defects[v.rule_id] += 1
                by_system[System(v.system).label if v.system else "人工评查"] += 1
        prev = previous.get(dept) if previous is not None else None
        out.append(DepartmentSummary(
            dept, name, len(pairs), average,
            {g: grades[g] for g in [*order, *sorted(set(grades) - set(order))] if grades[g]},
            sum(1 for _, s in pairs if s.vetoed), sum(1 for _, s in pairs if s.provisional),
            dict(sorted(by_system.items(), key=lambda kv: (-kv[1], kv[0]))),
            [(f"{rid} {titles.get(rid, '')}".strip(), n) for rid, n in sorted(defects.items(), key=lambda kv: (-kv[1], kv[0]))[:top]],
            prev, round(average - prev, 1) if prev is not None else None,
        ))
    return out


# ------------------------------------------------------------------ text


def score_text(result: DossierResult, sc: Score) -> list[str]:
    """Chinese lines for one scored dossier."""
    head = f"■ {result.id}"
    if result.case_number:
        head += f"（{result.case_number}）"
    grade = f"{sc.grade}（暂定：{len(sc.pending)} 项待人工评查）" if sc.provisional else sc.grade
    lines = [head, f"  {sc.standard_title}：{_fmt(sc.total)} / {_fmt(sc.max)} 分，等次 {grade}"]
    for v in sc.vetoes:
        lines.append(f"  ✗ 否决 {v.text()}")
    for item in sc.items:
        for d in item.deductions:
            merged = f"（同一事实另有 {'、'.join(d.merged)}，不重复扣分）" if d.merged else ""
            lines.append(f"  - {item.id} {item.title} 扣 {_fmt(d.points)} 分：{d.source}，{d.reason}{merged}")
        for nd in item.not_deducted:
            lines.append(f"  · {item.id} {item.title} 不扣分：{nd.source}，{nd.reason}")
    for nd in sc.not_deducted:
        lines.append(f"  · 不计分：{nd.source}，{nd.reason}")
    if sc.pending:
        lines.append(f"  待人工评查：{'、'.join(sc.pending)}")
    if sc.unmapped:
        lines.append(f"  评查标准未计分的机器发现：{'、'.join(sc.unmapped)}")
    return lines


def summary_text(summaries: Sequence[DepartmentSummary]) -> list[str]:
    lines = ["按部门汇总："]
    for s in summaries:
        grades = "，".join(f"{g} {n}" for g, n in s.grades.items())
        line = f"  {s.department_name}（{s.department}）：评查 {s.files} 件，平均 {s.average} 分；{grades}"
        if s.vetoed:
            line += f"；否决 {s.vetoed} 件"
        if s.provisional:
            line += f"；暂定 {s.provisional} 件"
        if s.change is not None:
            line += f"；较上期 {s.previous} 分 {'+' if s.change >= 0 else ''}{s.change}"
        lines.append(line)
        if s.defects_by_system:
            lines.append("    问题分布：" + "，".join(f"{k} {v}" for k, v in s.defects_by_system.items()))
        if s.top_defects:
            lines.append("    常见问题：" + "；".join(f"{d}（{n}）" for d, n in s.top_defects))
    return lines


__all__ = [
    "DepartmentSummary", "Judgement", "ReportError", "ReviewerSheetError", "Score", "ScoringError", "Standard",
    "StandardError", "bundled_standards", "department_summary", "load_standard", "read_reviewer_workbook",
    "results_from_report", "score", "score_all", "standard_for", "write_reviewer_workbook",
]
