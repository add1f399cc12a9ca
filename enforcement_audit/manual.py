"""Human checklist (人工核查事项): the questions a machine cannot decide, with the evidence it found.

Catalogue §11 lists what structured dossier data cannot settle: whether the facts are clear, the
evidence sufficient, the characterisation right, the discretion proper, a transfer needed, and so
on. The checklist is data (``rules/manual-checks.toml``, shipped as ``enforcement_audit.ruledata``):
for every item an id, the question as a review team asks it, its legal basis and the *evidence
collectors* that pre-fill it. :func:`manual_checks` returns, for one dossier, every item that
applies to its case type with the short Chinese facts the collectors found (documents present,
steps and their dates, penalties, flags …). It never judges: there is no pass or fail.

A collector is a small pure function ``(dossier, of) -> list[str]`` registered in
:data:`COLLECTORS`; the TOML names it, and for the generic ones says *of* which step kinds,
document kinds or flags. Output is deterministic: items in file order (ids ascending), evidence in
the order the file lists the collectors, each collector's facts in dossier order.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import tomllib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, field_validator, model_validator

from .engine import Confidence, LegalBasis
from .models import (
    ON_SITE_STEPS,
    Capacity,
    CaseType,
    Document,
    Dossier,
    ExecutionMethod,
    Flags,
    InspectionResult,
    PartyKind,
    Penalty,
    Procedure,
    ReviewOutcome,
    Role,
    ServiceMethod,
    Step,
    StepKind,
)
from .profile import rules_data_dir
from .rules._common import MEASURE_LABELS, PENALTY_LABELS, STEP_LABELS

CHECKLIST_FILE = "manual-checks.toml"


class ChecklistError(ValueError):
    """The checklist file cannot be read or is invalid; the message names the file and the key."""


# ------------------------------------------------------------------ labels (user-facing Chinese)

DOCUMENT_LABELS: dict[str, str] = {
    "filing_approval": "立案审批表",
    "approval_form": "审批表",
    "inspection_approval": "检查审批表",
    "inspection_record": "现场检查（勘验）笔录",
    "inquiry_record": "询问笔录",
    "on_site_record": "现场笔录",
    "investigation_report": "案件调查终结报告",
    "legal_review_opinion": "法制审核意见书",
    "deliberation_record": "集体讨论记录",
    "advance_notice": "行政处罚事先告知书",
    "statement_record": "陈述申辩笔录",
    "hearing_notice": "听证通知书",
    "hearing_record": "听证笔录",
    "punishment_decision": "行政处罚决定书",
    "seizure_decision": "查封（扣押）决定书",
    "seizure_inventory": "查封（扣押）清单",
    "extension_decision": "延长期限决定书",
    "release_decision": "解除决定书",
    "demand_notice": "催告书",
    "execution_decision": "行政强制执行决定书",
    "execution_record": "强制执行笔录",
    "proof_of_service": "送达回证",
    "inspection_result_notice": "检查结果告知书",
    "rectification_notice": "责令整改通知书",
    "closing_report": "结案报告",
}

FLAG_LABELS: dict[str, str] = {
    "major_public_interest": "涉及重大公共利益",
    "major_rights": "直接关系当事人或者第三人重大权益",
    "complex": "情节复杂",
    "hearing_requested": "当事人申请听证",
    "hearing_held": "已举行听证",
    "crime_suspected": "涉嫌犯罪",
    "social_impact": "社会影响较大",
    "first_offence": "初次违法且危害后果轻微",
    "review_required_by_law": "法律法规规定应当法制审核的其他情形",
}

_SERVICE_METHODS = {
    ServiceMethod.DIRECT: "直接送达",
    ServiceMethod.POST: "邮寄送达",
    ServiceMethod.ELECTRONIC: "电子送达",
    ServiceMethod.LEFT_AT_ADDRESS: "留置送达",
    ServiceMethod.ANNOUNCEMENT: "公告送达",
}

_OUTCOMES = {
    ReviewOutcome.PASSED: "通过",
    ReviewOutcome.SUPPLEMENT: "补充调查",
    ReviewOutcome.CORRECT: "改正",
    ReviewOutcome.RETURNED: "退回",
    ReviewOutcome.TRANSFER: "移送",
}



_EXECUTION_METHODS = {
    ExecutionMethod.SURCHARGE: "加处罚款或者滞纳金",
    ExecutionMethod.TRANSFER_OF_DEPOSITS: "划拨存款、汇款",
    ExecutionMethod.AUCTION: "拍卖或者依法处理查封、扣押的财物",
    ExecutionMethod.REMOVAL_OF_OBSTRUCTION: "排除妨碍、恢复原状",
    ExecutionMethod.SUBSTITUTE_PERFORMANCE: "代履行",
    ExecutionMethod.DEMOLITION: "强制拆除",
    ExecutionMethod.OTHER: "其他强制执行方式",
}

_ROLES = {
    Role.LEAD: "主办执法人员",
    Role.ASSISTING: "协办执法人员",
    Role.AUXILIARY_STAFF: "执法辅助人员",
    Role.LEGAL_REVIEWER: "法制审核人员",
    Role.AGENCY_HEAD: "行政机关负责人",
    Role.WITNESS: "见证人",
}


_INSPECTION_RESULTS = {
    InspectionResult.COMPLIANT: "未发现问题",
    InspectionResult.RECTIFICATION_ORDERED: "责令整改",
    InspectionResult.VIOLATION_FOUND: "发现违法行为",
}

_WEEKDAYS = "一二三四五六日"


def _doc_label(kind: str) -> str:
    return DOCUMENT_LABELS.get(kind, kind)


def _step_label(kind: StepKind) -> str:
    return STEP_LABELS.get(kind, kind.value)


def _joined(labels: Iterable[str]) -> str:
    return "、".join(labels)


def _amount(value: Decimal) -> str:
    """8000 -> "8000"; 12500.5 -> "12500.50" (yuan)."""
    if value == value.to_integral_value():
        return str(int(value))
    return f"{value:.2f}"


def _hm(moment: dt.datetime) -> str:
    return moment.strftime("%H:%M")


def _when(step: Step) -> str:
    """2025-03-10, or 2025-03-10 14:00–15:00 for a step with recorded times."""
    if step.start is None:
        return step.day.isoformat()
    text = f"{step.start.date().isoformat()} {_hm(step.start)}"
    if step.end is not None:
        same_day = step.end.date() == step.start.date()
        text += "–" + (_hm(step.end) if same_day else f"{step.end.date().isoformat()} {_hm(step.end)}")
    return text


def _duration(iso: str) -> str:
    """ISO 8601 ``PT1H10M`` -> 1小时10分; anything else is shown as written."""
    m = re.fullmatch(r"P(?:(\d+)D)?T?(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?", iso)
    if m is None or not any(m.groups()):
        return iso
    units = ("天", "小时", "分", "秒")
    return "".join(f"{v}{u}" for v, u in zip(m.groups(), units, strict=True) if v)


def _yes_no(value: bool | None, yes: str, no: str, unknown: str | None = None) -> str | None:
    if value is None:
        return unknown
    return yes if value else no


# ------------------------------------------------------------------ step and document facts


def _officer_names(dossier: Dossier, ids: Sequence[str]) -> str:
    by_id = dossier.officer_by_id
    return _joined(by_id[i].name if i in by_id else i for i in ids)


def _record_ids(step: Step) -> list[str]:
    out: list[str] = []
    for r in step.records:
        out.extend(x for x in (r.document, r.av) if x)
    return out


def step_fact(dossier: Dossier, step: Step) -> str:
    """One step as a short Chinese fact: what, when, who, and the facts recorded on it."""
    head = f"{step.id} {_step_label(step.kind)}（{_when(step)}）"
    details: list[str] = []
    if step.officers:
        details.append(f"执法人员 {_officer_names(dossier, step.officers)}")
    on_site = step.kind in ON_SITE_STEPS
    for text in (
        _yes_no(step.certificates_shown, "出示执法证件", "未出示执法证件", "未记录是否出示执法证件" if on_site else None),
        _yes_no(step.party_present, "当事人到场", "当事人未到场"),
        _yes_no(step.party_signed, "当事人签名", "当事人未签名"),
        _yes_no(step.witness_present, "见证人在场", "见证人未在场"),
        _yes_no(step.witness_signed, "见证人签名", "见证人未签名"),
    ):
        if text:
            details.append(text)
    if step.approved_by or step.approved_on:
        who = _officer_names(dossier, [step.approved_by]) if step.approved_by else "（批准人未记录）"
        details.append(f"经{who}批准" + (f"（{step.approved_on.isoformat()}）" if step.approved_on else "（日期未记录）"))
    if step.rights:
        names = {"statement": "陈述", "defence": "申辩", "hearing": "听证"}
        details.append("告知" + _joined(names.get(r, r) for r in step.rights) + "权利")
    if step.waived:
        details.append("当事人明确放弃陈述、申辩和听证")
    if step.reviewer:
        details.append(f"审核人 {_officer_names(dossier, [step.reviewer])}")
    if step.outcome is not None:
        details.append(f"审核意见为{_OUTCOMES[step.outcome]}")
    if step.attendees:
        details.append(f"参加人员 {_officer_names(dossier, step.attendees)}")
    if step.of:
        served = dossier.step_by_id.get(step.of)
        details.append(f"对应 {step.of}" + (f" {_step_label(served.kind)}" if served else ""))
    if step.method is not None:
        details.append(_SERVICE_METHODS[step.method])
    if step.days is not None:
        details.append(f"延长 {step.days} 日")
    if step.measure:
        details.append(f"措施 {step.measure}")
    if step.execution_method is not None:
        details.append(f"执行方式为{_EXECUTION_METHODS[step.execution_method]}")
    if step.emergency_reason:
        details.append(f"紧急理由“{step.emergency_reason}”")
    if step.where:
        details.append(("公示平台为" if step.kind is StepKind.DISCLOSURE else "地点 ") + step.where)
    if step.withdrawn_on is not None:
        details.append(f"已于 {step.withdrawn_on.isoformat()} 撤回")
    if step.penalties:
        details.append("处罚为" + _joined(_penalty(p, dossier) for p in step.penalties))
    records = _record_ids(step)
    if records:
        details.append("记录 " + _joined(records))
    if step.note:
        details.append(f"备注“{step.note}”")
    return head + ("：" + "，".join(details) if details else "")


def _penalty(p: Penalty, dossier: Dossier) -> str:
    text = PENALTY_LABELS[p.kind]
    if p.amount is not None:
        party = "组织" if dossier.case.party.kind is PartyKind.ORGANISATION else "个人"
        text += f" {_amount(p.amount)} 元（{party}）"
    return text


def _steps_recording(dossier: Dossier, document_id: str) -> list[Step]:
    return [s for s in dossier.steps if any(r.document == document_id for r in s.records)]


def document_fact(dossier: Dossier, doc: Document) -> str:
    """询问笔录 D03（S04 询问，2025-03-10）: the document and the step(s) it records."""
    where = [f"{s.id} {_step_label(s.kind)}，{s.day.isoformat()}" for s in _steps_recording(dossier, doc.id)]
    if not where:
        where = [doc.date.isoformat() if doc.date is not None else "未关联环节"]
    extra = [t for t in (_yes_no(doc.signed, "", "未签名"), _yes_no(doc.sealed, "", "未盖章")) if t]
    return f"{_doc_label(doc.kind)} {doc.id}（{'；'.join(where)}{''.join('，' + t for t in extra)}）"


# ------------------------------------------------------------------ collectors

Collect = Callable[[Dossier, tuple[str, ...]], list[str]]
ArgKind = Literal["none", "step_kinds", "document_kinds", "flags"]


@dataclass(frozen=True)
class Collector:
    """An evidence collector: a pure function, what its ``of`` argument names, and a description."""

    collect: Collect
    args: ArgKind
    description: str


def _documents(dossier: Dossier, of: tuple[str, ...]) -> list[str]:
    wanted = set(of)
    found = [document_fact(dossier, d) for d in dossier.documents if d.kind in wanted]
    return found or [f"案卷未见{_joined(_doc_label(k) for k in of)}"]


def _steps(dossier: Dossier, of: tuple[str, ...]) -> list[str]:
    kinds = {StepKind(k) for k in of}
    found = [step_fact(dossier, s) for s in dossier.steps if s.kind in kinds]
    return found or [f"案卷未记录{_joined(_step_label(StepKind(k)) for k in of)}"]


def _service(dossier: Dossier, of: tuple[str, ...]) -> list[str]:
    kinds = {StepKind(k) for k in of}
    out: list[str] = []
    for served in (s for s in dossier.steps if s.kind in kinds):
        doc = next(
            (dossier.document_by_id[r.document] for r in served.records if r.document in dossier.document_by_id), None
        )
        what = f"{_doc_label(doc.kind)} {doc.id}" if doc is not None else f"{served.id} {_step_label(served.kind)}"
        services = sorted(
            (s for s in dossier.steps if s.kind is StepKind.SERVICE and s.of == served.id), key=lambda s: s.day
        )
        if not services:
            out.append(f"{what}（{served.id}，{served.day.isoformat()}）未记录送达")
        for svc in services:
            method = _SERVICE_METHODS[svc.method] if svc.method is not None else "送达（方式未记录）"
            proof = [
                f"{_doc_label(dossier.document_by_id[r.document].kind)} {r.document}"
                for r in svc.records
                if r.document in dossier.document_by_id
            ]
            out.append(f"{what} 已于 {svc.day.isoformat()} {method}（{_joined([svc.id, *proof])}）")
    return out or [f"案卷未记录{_joined(_step_label(StepKind(k)) for k in of)}"]


def _penalties(dossier: Dossier, of: tuple[str, ...]) -> list[str]:
    decisions = list(dossier.steps_of(StepKind.DECISION))
    if not decisions:
        return ["案卷未记录处罚决定"]
    out: list[str] = []
    for s in decisions:
        prefix = f"{s.id}：" if len(decisions) > 1 else ""
        if not s.penalties:
            out.append(f"{s.id} 处罚决定未记录处罚种类")
        out.extend(prefix + _penalty(p, dossier) for p in s.penalties)
    if dossier.case.procedure is Procedure.SUMMARY:
        out.append("适用简易程序（当场处罚）")
    return out


def _flags(dossier: Dossier, of: tuple[str, ...]) -> list[str]:
    names = of or tuple(Flags.model_fields)
    flags = dossier.case.flags
    marked = [FLAG_LABELS[n] for n in names if getattr(flags, n)]
    unmarked = [FLAG_LABELS[n] for n in names if not getattr(flags, n)]
    out = []
    if marked:
        out.append(f"案件情形标记：{_joined(marked)}")
    if unmarked:
        out.append(f"案卷未标记：{_joined(unmarked)}")
    return out


def _legal_review(dossier: Dossier, of: tuple[str, ...]) -> list[str]:
    out: list[str] = []
    for s in dossier.steps_of(StepKind.LEGAL_REVIEW):
        text = f"法制审核 {s.id} {s.day.isoformat()} " + (_OUTCOMES[s.outcome] if s.outcome else "意见未记录")
        extra = []
        if s.reviewer:
            extra.append(f"审核人 {_officer_names(dossier, [s.reviewer])}")
        if s.review_items:
            extra.append("审核内容 " + " ".join(s.review_items))
        out.append(text + (f"（{'，'.join(extra)}）" if extra else ""))
    return out or ["案卷未记录法制审核"]


def _hearing(dossier: Dossier, of: tuple[str, ...]) -> list[str]:
    out: list[str] = []
    for s in dossier.steps_of(StepKind.ADVANCE_NOTICE):
        told = "hearing" in s.rights
        out.append(f"{s.id} {_step_label(s.kind)}（{s.day.isoformat()}）{'告知了' if told else '未告知'}听证权利")
    kinds = (StepKind.HEARING_REQUEST, StepKind.HEARING_NOTICE, StepKind.HEARING)
    held = [step_fact(dossier, s) for s in dossier.steps if s.kind in kinds]
    out.extend(held)
    flags = dossier.case.flags
    marked = [FLAG_LABELS[n] for n in ("hearing_requested", "hearing_held") if getattr(flags, n)]
    if marked:
        out.append(f"案件情形标记：{_joined(marked)}")
    if not held:
        out.append(f"案卷未记录{_joined(_step_label(k) for k in kinds)}")
    return out


def _measures(dossier: Dossier, of: tuple[str, ...]) -> list[str]:
    out: list[str] = []
    for m in dossier.measures:
        end = m.end.isoformat() if m.end is not None else "未记录解除或期满日"
        docs = [f"决定书 {m.decision_document}" if m.decision_document else "未记录决定书",
                f"清单 {m.inventory}" if m.inventory else "未记录清单"]
        out.append(f"{MEASURE_LABELS[m.kind]} {m.id}（{m.step} 实施，{m.start.isoformat()} 至 {end}；{'，'.join(docs)}）")
        if m.items:
            shown = [i.name + (f" {i.quantity}" if i.quantity else "") for i in m.items[:10]]
            more = f" 等 {len(m.items)} 项" if len(m.items) > 10 else ""
            out.append(f"{m.id} 物品：{_joined(shown)}{more}")
        for p in m.excluded_periods:
            told = "已书面告知当事人" if p.notified else "未记录书面告知当事人"
            out.append(f"{m.id} 不计入期间 {p.start.isoformat()} 至 {p.end.isoformat()}（{p.reason}，{told}）")
        out.extend(step_fact(dossier, s) for s in dossier.steps
                   if s.kind in (StepKind.EXTENSION, StepKind.RELEASE) and s.measure == m.id)
    return out or ["案卷未记录查封、扣押、冻结措施"]


def _emergency(dossier: Dossier, of: tuple[str, ...]) -> list[str]:
    out: list[str] = []
    for s in dossier.steps:
        label = f"{s.id} {_step_label(s.kind)}（{_when(s)}）"
        if s.emergency_reason:
            out.append(f"{label} 记录的紧急理由：{s.emergency_reason}")
        if s.kind in (StepKind.SEAL_UP, StepKind.SEIZURE):
            if s.approved_on is None:
                out.append(f"{label} 未记录批准日期")
            elif s.approved_on > s.day:
                out.append(f"{label} 批准日期 {s.approved_on.isoformat()} 晚于实施日")
        if s.kind is StepKind.EXECUTION:
            out.append(f"{s.id} {_step_label(s.kind)}于星期{_WEEKDAYS[s.day.weekday()]}（{_when(s)}）实施")
    if not any(s.emergency_reason for s in dossier.steps):
        out.append("案卷未记录紧急情况理由")
    return out


def _crime_suspected(dossier: Dossier, of: tuple[str, ...]) -> list[str]:
    out = ["案件情形标记：涉嫌犯罪" if dossier.case.flags.crime_suspected else "案卷未标记涉嫌犯罪"]
    out.extend(f"法制审核 {s.id}（{s.day.isoformat()}）意见为移送"
               for s in dossier.steps_of(StepKind.LEGAL_REVIEW) if s.outcome is ReviewOutcome.TRANSFER)
    return out


def _violation(dossier: Dossier, of: tuple[str, ...]) -> list[str]:
    v = dossier.case.violation
    if v is None:
        return ["案卷未记录违法行为发生日期"]
    text = f"违法行为发生于 {v.start.isoformat()}"
    if v.end is not None:
        text += f"，终了于 {v.end.isoformat()}"
    if v.continuing:
        text += "，有连续或者继续状态"
    return [text]


def _av_records(dossier: Dossier, of: tuple[str, ...]) -> list[str]:
    avs = {a.id: a for a in dossier.av_records}
    linked: set[str] = set()
    out: list[str] = []
    for s in dossier.steps:
        av_ids = [r.av for r in s.records if r.av]
        doc_ids = [r.document for r in s.records if r.document]
        if not av_ids and s.kind not in ON_SITE_STEPS:
            continue
        label = f"{s.id} {_step_label(s.kind)}（{s.day.isoformat()}）"
        texts = _joined(f"{_doc_label(dossier.document_by_id[d].kind)} {d}" for d in doc_ids
                        if d in dossier.document_by_id) or "无文字记录"
        if not av_ids:
            out.append(f"{label}：无音像记录；文字记录 {texts}")
            continue
        linked.update(av_ids)
        shown = _joined(f"{a}（时长 {_duration(avs[a].duration)}）" if a in avs else a for a in av_ids)
        out.append(f"{label}：音像记录 {shown}；文字记录 {texts}")
    out.extend(f"音像记录 {a.id}（时长 {_duration(a.duration)}）未关联任何环节"
               for a in dossier.av_records if a.id not in linked)
    return out or ["案卷未记录音像记录"]


def _officers(dossier: Dossier, of: tuple[str, ...]) -> list[str]:
    out: list[str] = []
    for role in Role:
        people = [o for o in dossier.officers if o.role is role]
        if people:
            out.append(f"{_ROLES[role]}：{_joined(f'{o.name}（{o.id}）' for o in people)}")
    return out


def _acting_body(dossier: Dossier, of: tuple[str, ...]) -> list[str]:
    body = dossier.case.acting_body
    principal = body.principal or "未记录"
    if body.capacity is Capacity.ENTRUSTED:
        return [f"实施主体 {body.id} 为受委托组织，以委托机关 {principal} 的名义实施"]
    if body.capacity is Capacity.DELEGATED:
        return [f"实施主体 {body.id} 行使赋予的职权（赋权机关 {principal}）"]
    return [f"实施主体 {body.id} 以自身职权实施，未记录委托或赋权"]


def _inspection(dossier: Dossier, of: tuple[str, ...]) -> list[str]:
    info = dossier.inspection
    if info is None:
        return ["案卷未记录检查信息（计划、抽取记录、检查结果）"]
    result = f"检查结果：{_INSPECTION_RESULTS[info.result]}"
    if info.rectification_deadline is not None:
        result += f"，整改期限 {info.rectification_deadline.isoformat()}"
    return [
        f"检查计划：{info.plan}" if info.plan else "案卷未记录检查计划",
        f"双随机抽取记录：{info.random_selection}" if info.random_selection else "案卷未记录双随机抽取",
        result,
    ]


def _matter(dossier: Dossier, of: tuple[str, ...]) -> list[str]:
    case = dossier.case
    procedure = "，普通程序" if case.procedure is Procedure.GENERAL else "，简易程序"
    kind = case.type.label + (procedure if case.type is CaseType.PUNISHMENT else "")
    return [f"{kind}，{case.status.label}，案号 {case.number}", f"执法事项 {case.matter.code} {case.matter.name}"]


def _party(dossier: Dossier, of: tuple[str, ...]) -> list[str]:
    party = dossier.case.party
    if party.kind is PartyKind.ORGANISATION:
        text = "当事人为法人或者其他组织" + ("，清单记录了统一社会信用代码" if party.credit_code else "")
        return [text + ("，并记录了联系电话" if party.phone else "")]
    kept = [label for label, value in (("身份证号码", party.id_number), ("联系电话", party.phone)) if value]
    return ["当事人为自然人（个人信息须隐去）" + (f"，清单记录了{_joined(kept)}" if kept else "")]


COLLECTORS: dict[str, Collector] = {
    "documents": Collector(_documents, "document_kinds", "给定种类的文书及其记录的环节和日期"),
    "steps": Collector(_steps, "step_kinds", "给定种类的环节：日期、人员、出示证件、签名、批准、记录"),
    "service": Collector(_service, "step_kinds", "给定环节的文书是否送达、何日、以何方式"),
    "penalties": Collector(_penalties, "none", "处罚决定的种类和金额（及当事人类别）"),
    "flags": Collector(_flags, "flags", "案件情形标记（已标记/未标记）"),
    "legal_review": Collector(_legal_review, "none", "法制审核的日期、意见和审核人"),
    "hearing": Collector(_hearing, "none", "听证权利告知、听证申请、通知和听证"),
    "measures": Collector(_measures, "none", "查封、扣押、冻结：期间、物品、文书、延长、解除"),
    "emergency": Collector(_emergency, "none", "紧急理由、事后批准、强制执行的时间"),
    "crime_suspected": Collector(_crime_suspected, "none", "涉嫌犯罪标记和移送意见"),
    "violation": Collector(_violation, "none", "违法行为发生、终了日期和连续状态"),
    "av_records": Collector(_av_records, "none", "各环节的音像记录与文字记录"),
    "officers": Collector(_officers, "none", "案件人员及其角色"),
    "acting_body": Collector(_acting_body, "none", "实施主体及其实施资格（自身、赋权、委托）"),
    "inspection": Collector(_inspection, "none", "检查计划、双随机抽取记录和检查结果"),
    "matter": Collector(_matter, "none", "案件类型、程序、状态、案号和执法事项"),
    "party": Collector(_party, "none", "当事人类别及清单中的个人信息种类（不含姓名）"),
}


# ------------------------------------------------------------------ checklist file (validated)

_DOCUMENT_KIND = re.compile(r"^[a-z_]+$")


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class BasisSpec(_Strict):
    """One citation of an item; ``case_types`` narrows it to some of the item's case types."""

    law: str = Field(min_length=2)
    article: int | None = Field(default=None, ge=1)
    paragraph: int | None = Field(default=None, ge=1)
    item: int | None = Field(default=None, ge=1)
    note: str | None = None
    confidence: Literal["confirmed", "unconfirmed"] = "confirmed"
    case_types: tuple[CaseType, ...] = ()

    @model_validator(mode="after")
    def _needs_article(self) -> BasisSpec:
        if self.article is None and (self.paragraph is not None or self.item is not None):
            raise ValueError("paragraph 或 item 须与 article 一起给出")
        if self.law.startswith("《") or self.law.endswith("》"):
            raise ValueError("law 写法规全称，不加书名号《》")
        return self

    def citation(self) -> LegalBasis:
        return LegalBasis(self.law, self.article, self.paragraph, self.item, self.note)


def _collector_name(value: Any) -> Any:
    return {"collector": value} if isinstance(value, str) else value


class EvidenceSpec(_Strict):
    """One evidence collector to run for an item: its name, its ``of`` argument, its case types."""

    collector: str
    of: tuple[str, ...] = ()
    case_types: tuple[CaseType, ...] = ()

    @field_validator("collector")
    @classmethod
    def _known(cls, value: str) -> str:
        if value not in COLLECTORS:
            raise ValueError(f"未知的取证函数 {value!r}；可用：{', '.join(sorted(COLLECTORS))}")
        return value

    @model_validator(mode="after")
    def _arguments(self) -> EvidenceSpec:
        kind = COLLECTORS[self.collector].args
        if kind == "none":
            if self.of:
                raise ValueError(f"取证函数 {self.collector} 不接受 of")
            return self
        if not self.of and kind != "flags":
            raise ValueError(f"取证函数 {self.collector} 需要 of（{_ARG_HELP[kind]}）")
        if len(set(self.of)) != len(self.of):
            raise ValueError("of 中有重复项")
        for value in self.of:
            if kind == "step_kinds" and value not in StepKind.__members__.values():
                raise ValueError(f"of: {value!r} 不是环节类型（见 docs/dossier-format.md 的 Step kinds）")
            if kind == "document_kinds" and not _DOCUMENT_KIND.match(value):
                raise ValueError(f"of: {value!r} 不是文书种类（小写字母和下划线，如 inquiry_record）")
            if kind == "flags" and value not in Flags.model_fields:
                raise ValueError(f"of: {value!r} 不是案件情形标记；可用：{', '.join(Flags.model_fields)}")
        return self


_ARG_HELP = {"step_kinds": "环节类型", "document_kinds": "文书种类", "flags": "案件情形标记", "none": ""}


class ItemSpec(_Strict):
    id: str = Field(pattern=r"^MAN-\d{3}$")
    catalogue_item: int | None = Field(default=None, ge=1)  # number of the item in catalogue §11
    question: str = Field(min_length=4)
    gloss: str = Field(min_length=4)
    note: str = ""
    case_types: tuple[CaseType, ...] = Field(min_length=1)
    legal_basis: tuple[BasisSpec, ...] = Field(min_length=1)
    evidence: tuple[Annotated[EvidenceSpec, BeforeValidator(_collector_name)], ...] = Field(min_length=1)

    @field_validator("question")
    @classmethod
    def _is_question(cls, value: str) -> str:
        if not value.rstrip().endswith("？"):
            raise ValueError("question 应是提给评查人员的问题，以全角问号“？”结尾")
        return value

    @model_validator(mode="after")
    def _consistent(self) -> ItemSpec:
        own = set(self.case_types)
        if len(own) != len(self.case_types):
            raise ValueError("case_types 中有重复项")
        for i, basis in enumerate(self.legal_basis):
            extra = set(basis.case_types) - own
            if extra:
                raise ValueError(f"legal_basis.{i}.case_types 含本项不适用的案件类型：{', '.join(sorted(extra))}")
        for case_type in self.case_types:
            if not any(not b.case_types or case_type in b.case_types for b in self.legal_basis):
                raise ValueError(f"案件类型 {case_type.value} 没有适用的 legal_basis")
        for i, ev in enumerate(self.evidence):
            extra = set(ev.case_types) - own
            if extra:
                raise ValueError(f"evidence.{i}.case_types 含本项不适用的案件类型：{', '.join(sorted(extra))}")
        return self


class Checklist(_Strict):
    """The validated checklist file."""

    version: Literal[1]
    item: tuple[ItemSpec, ...] = Field(min_length=1)
    path: str = ""

    @model_validator(mode="after")
    def _ids(self) -> Checklist:
        ids = [i.id for i in self.item]
        for a, b in itertools.pairwise(ids):
            if a >= b:
                raise ValueError(f"item 的 id 须唯一并按升序排列：{a} 之后是 {b}")
        return self

    def items_for(self, case_type: CaseType) -> tuple[ItemSpec, ...]:
        return tuple(i for i in self.item if case_type in i.case_types)


def bundled_checklist_path() -> Path:
    """``rules/manual-checks.toml``, installed with the package as ``enforcement_audit.ruledata``."""
    return rules_data_dir() / CHECKLIST_FILE


def _key(loc: tuple[int | str, ...], data: dict[str, Any]) -> str:
    """``("item", 3, "evidence", 0, "collector")`` -> ``item[MAN-004].evidence.0.collector``."""
    parts = [str(p) for p in loc]
    if len(loc) >= 2 and loc[0] == "item" and isinstance(loc[1], int):
        items = data.get("item")
        if isinstance(items, list) and loc[1] < len(items) and isinstance(items[loc[1]], dict):
            item_id = items[loc[1]].get("id")
            if isinstance(item_id, str):
                parts[0:2] = [f"item[{item_id}]"]
    return ".".join(parts) or "（文件顶层）"


def load_checklist(path: str | Path | None = None) -> Checklist:
    """Read and validate a checklist file (default: the bundled one); errors name file and key."""
    file = Path(path) if path is not None else bundled_checklist_path()
    try:
        with file.open("rb") as fh:
            data = tomllib.load(fh)
    except OSError as exc:
        raise ChecklistError(f"{file}: 无法读取人工核查清单（{exc.strerror}）") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ChecklistError(f"{file}: 不是有效的 TOML：{exc}") from exc
    data["path"] = file.name
    try:
        return Checklist.model_validate(data)
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            msg = err["msg"].removeprefix("Value error, ")
            problems.append(f"{file}: {_key(err['loc'], data)}: {msg}")
        raise ChecklistError("人工核查清单有误：\n" + "\n".join(problems)) from None


@cache
def bundled_checklist() -> Checklist:
    return load_checklist()


# ------------------------------------------------------------------ the checks of one dossier


@dataclass(frozen=True)
class ManualCheck:
    """One question for a person, with the machine's evidence. Deliberately no verdict."""

    id: str
    question: str
    gloss: str
    legal_basis: tuple[LegalBasis, ...]
    evidence: tuple[str, ...]
    note: str = ""
    confidence: Confidence = Confidence.CONFIRMED

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {
            "id": self.id,
            "question": self.question,
            "gloss": self.gloss,
            "legal_basis": [b.to_json() for b in self.legal_basis],
            "evidence": list(self.evidence),
        }
        if self.note:
            out["note"] = self.note
        out["confidence"] = self.confidence.value
        return out


def _applies(case_types: tuple[CaseType, ...], case_type: CaseType) -> bool:
    return not case_types or case_type in case_types


@dataclass(frozen=True)
class _Plan:
    """The static part of one item for one case type: worked out once, not per dossier."""

    item: ItemSpec
    legal_basis: tuple[LegalBasis, ...]
    evidence: tuple[tuple[str, tuple[str, ...]], ...]  # (collector, of)
    confidence: Confidence


_PLANS: dict[tuple[int, CaseType], tuple[_Plan, ...]] = {}


def _plans(checklist: Checklist, case_type: CaseType) -> tuple[_Plan, ...]:
    key = (id(checklist), case_type)
    plans = _PLANS.get(key)
    if plans is None:
        built = []
        for item in checklist.items_for(case_type):
            bases = [b for b in item.legal_basis if _applies(b.case_types, case_type)]
            confirmed = all(b.confidence == "confirmed" for b in bases)
            built.append(_Plan(
                item,
                tuple(b.citation() for b in bases),
                tuple((s.collector, s.of) for s in item.evidence if _applies(s.case_types, case_type)),
                Confidence.CONFIRMED if confirmed else Confidence.UNCONFIRMED,
            ))
        plans = _PLANS[key] = tuple(built)
        _KEEP.append(checklist)  # the id() key stays valid while the checklist is alive
    return plans


_KEEP: list[Checklist] = []


def check_item(item: ItemSpec, dossier: Dossier) -> ManualCheck:
    """The item pre-filled for one dossier (the item must apply to the dossier's case type)."""
    case_type = dossier.case.type
    bases = [b for b in item.legal_basis if _applies(b.case_types, case_type)]
    plan = _Plan(item, tuple(b.citation() for b in bases),
                 tuple((s.collector, s.of) for s in item.evidence if _applies(s.case_types, case_type)),
                 Confidence.CONFIRMED if all(b.confidence == "confirmed" for b in bases) else Confidence.UNCONFIRMED)
    return _fill(plan, dossier, {})


def _fill(plan: _Plan, dossier: Dossier, facts: dict[tuple[str, tuple[str, ...]], list[str]]) -> ManualCheck:
    evidence: list[str] = []
    for key in plan.evidence:
        found = facts.get(key)
        if found is None:
            found = facts[key] = COLLECTORS[key[0]].collect(dossier, key[1])
        for fact in found:
            if fact not in evidence:  # two collectors may state the same fact
                evidence.append(fact)
    item = plan.item
    return ManualCheck(
        id=item.id,
        question=item.question,
        gloss=item.gloss,
        legal_basis=plan.legal_basis,
        evidence=tuple(evidence),
        note=item.note,
        confidence=plan.confidence,
    )


def manual_checks(dossier: Dossier, checklist: Checklist | None = None) -> list[ManualCheck]:
    """Every checklist item for the dossier's case type, in file order, with the evidence found."""
    plans = _plans(checklist if checklist is not None else bundled_checklist(), dossier.case.type)
    facts: dict[tuple[str, tuple[str, ...]], list[str]] = {}  # a collector's facts, shared by the items
    return [_fill(plan, dossier, facts) for plan in plans]
