"""Small helpers shared by rules (pure functions over the models)."""

from __future__ import annotations

import datetime as dt
from calendar import monthrange
from dataclasses import replace
from decimal import Decimal

from ..engine import Alert, Context, LegalBasis
from ..models import (
    MEASURE_STEPS,
    ON_SITE_STEPS,
    CaseType,
    Dossier,
    MeasureKind,
    PenaltyKind,
    Procedure,
    Role,
    Step,
    StepKind,
)

PUNISHMENT_LAW = "中华人民共和国行政处罚法"
COERCION_LAW = "中华人民共和国行政强制法"
REVIEW_LAW = "中华人民共和国行政复议法"
LITIGATION_LAW = "中华人民共和国行政诉讼法"
TRANSFER_RULES_LAW = "行政执法机关移送涉嫌犯罪案件的规定"
#: 国办发〔2018〕118号 (the national 三项制度 guidance); its full text was not read (catalogue §12).
GUIDANCE_118 = "国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见"
GUIDANCE_118_BASIS = LegalBasis(GUIDANCE_118, note="国办发〔2018〕118号")
#: 国务院办公厅关于严格规范涉企行政检查的意见, catalogue §7 (full text read only in secondary copies, C3).
INSPECTION_OPINION = LegalBasis("国务院办公厅关于严格规范涉企行政检查的意见", note="国办发〔2024〕54号")
#: 优化营商环境条例 (2019) Art 54: 双随机、一公开 in market-regulation inspections, catalogue §7 [L3] (C1).
BUSINESS_ENVIRONMENT_54 = LegalBasis("优化营商环境条例", 54)
#: 市场监管's procedural rule (总局令第2号, amended 2021 and 2022), cited by several rules for the sector
MR_PROCEDURE = "市场监督管理行政处罚程序规定"

PUN = frozenset({CaseType.PUNISHMENT})
COERCION = frozenset({CaseType.COERCIVE_MEASURE, CaseType.ENFORCED_EXECUTION})
INS = frozenset({CaseType.INSPECTION})
CM = frozenset({CaseType.COERCIVE_MEASURE})  # 行政强制措施 (行政强制法 ch. 3)
EE = frozenset({CaseType.ENFORCED_EXECUTION})  # 行政强制执行 (行政强制法 ch. 4, 5)

#: The 2021 revision of 行政处罚法 took effect on this day (Art 86).
PENALTY_LAW_2021 = dt.date(2021, 7, 15)


def pl(article: int, paragraph: int | None = None, item: int | None = None,
       only: frozenset[CaseType] | None = None, note: str | None = None) -> LegalBasis:
    """A citation of 行政处罚法 (2021); ``only``: the case types it is the basis for (see LegalBasis)."""
    return LegalBasis(PUNISHMENT_LAW, article, paragraph, item, note, only)


def cl(article: int, paragraph: int | None = None, item: int | None = None,
       only: frozenset[CaseType] | None = None, note: str | None = None) -> LegalBasis:
    """A citation of 行政强制法 (2011); ``only`` as for :func:`pl`."""
    return LegalBasis(COERCION_LAW, article, paragraph, item, note, only)


def analogy(*bases: LegalBasis) -> tuple[LegalBasis, ...]:
    """Citations applied by analogy (参照适用), e.g. 行政处罚法 articles for an inspection."""
    return tuple(replace(b, note=f"{b.note}；参照适用" if b.note else "参照适用") for b in bases)


def by_case_type(case_types: frozenset[CaseType], *, common: tuple[LegalBasis, ...] = (),
                 punishment: tuple[LegalBasis, ...] = (), coercion: tuple[LegalBasis, ...] | None = None,
                 inspection: tuple[LegalBasis, ...] | None = None,
                 measure_steps: tuple[LegalBasis, ...] = ()) -> tuple[LegalBasis, ...]:
    """A rule's citations split by case type, for a rule judging ``case_types``: ``common`` ones for
    all (listed after the others), ``punishment`` (行政处罚法) for punishments, ``coercion`` (行政强制法) for coercive measures
    and enforced executions, ``inspection`` for inspections (there is no national law on 行政检查).
    ``coercion`` or ``inspection`` left out (None) means the punishment citations applied by analogy
    (参照适用); ``()`` means none beyond ``common``. A citation that already names its case types keeps
    them (e.g. 行政强制法 Art 18 for coercive measures only). ``measure_steps`` are cited for a finding
    at a seal-up or seizure step in a dossier of another type (a seizure during a punishment
    investigation is a 行政强制措施 all the same: 行政强制法 Art 18, Art 24 para 1). A finding then cites
    only what applies to its dossier and step (engine.bases_for)."""
    def scoped(bases: tuple[LegalBasis, ...], group: frozenset[CaseType]) -> list[LegalBasis]:
        out: list[LegalBasis] = []
        for b in bases:
            only = group & case_types & (b.case_types or group)
            if only:
                out.append(replace(b, case_types=frozenset(only)))
        return out

    at_measures = [replace(b, case_types=frozenset(case_types - CM), step_kinds=MEASURE_STEPS)
                   for b in measure_steps] if case_types - CM else []
    return tuple(scoped(punishment, PUN)
                 + scoped(analogy(*punishment) if coercion is None else coercion, COERCION)
                 + scoped(analogy(*punishment) if inspection is None else inspection, INS)
                 + at_measures
                 + list(common))


def add_months(day: dt.date, months: int) -> dt.date:
    """The corresponding day ``months`` later; the month's last day when there is none (民法典 Art 202)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, monthrange(year, month)[1]))


def act_step(dossier: Dossier) -> Step | None:
    """The step the enforcement act is judged on: the decision, else the first on-site act, else filing."""
    for kind in (StepKind.DECISION, StepKind.EXECUTION_DECISION):
        step = dossier.first(kind)
        if step is not None:
            return step
    on_site = [s for s in dossier.steps if s.kind in _FIRST_ACTS]
    if on_site:
        return min(on_site, key=lambda s: s.day)
    return dossier.first(StepKind.FILING) or (dossier.steps[0] if dossier.steps else None)


def act_day(dossier: Dossier) -> dt.date | None:
    step = act_step(dossier)
    return step.day if step is not None else None


# ---------------------------------------------------------------- per-dossier facts shared by rules
# Computed once per dossier and kept in ``ctx.memo`` (keys namespaced by module, here "_common.*"; a key
# naming a step uses its id, unique in a loaded dossier: loader.check_references). Callers must not mutate
# what these return.

_ACT_STEP = ("_common.act_step",)
_ON_SITE = ("_common.on_site_steps",)
_SERVICES = ("_common.services",)


def act_step_of(ctx: Context) -> Step | None:
    """:func:`act_step` of the context's dossier."""
    memo = ctx.memo
    if _ACT_STEP in memo:
        found: Step | None = memo[_ACT_STEP]
        return found
    step = memo[_ACT_STEP] = act_step(ctx.dossier)
    return step


def on_site_steps(ctx: Context) -> list[Step]:
    """The steps whose kind is in ``ON_SITE_STEPS``, in document order."""
    found: list[Step] | None = ctx.memo.get(_ON_SITE)
    if found is None:
        found = ctx.memo[_ON_SITE] = [s for s in ctx.dossier.steps if s.kind in ON_SITE_STEPS]
    return found


def service_of(ctx: Context, step_id: str) -> Step | None:
    """Same as ``Dossier.service_of``: the earliest service step with ``of=step_id`` (ties: document order)."""
    earliest: dict[str, Step] | None = ctx.memo.get(_SERVICES)
    if earliest is None:
        earliest = ctx.memo[_SERVICES] = {}
        for s in ctx.dossier.steps_by_kind.get(StepKind.SERVICE, ()):
            if s.of is not None:
                known = earliest.get(s.of)
                if known is None or s.day < known.day:
                    earliest[s.of] = s
    return earliest.get(step_id)


def steps_in_time_order(ctx: Context, kind: StepKind) -> tuple[Step, ...]:
    """Steps of one kind sorted by :func:`moment` (ties keep document order)."""
    key = ("_common.steps_in_time_order", kind)
    found: tuple[Step, ...] | None = ctx.memo.get(key)
    if found is None:
        group = ctx.dossier.steps_by_kind.get(kind, ())
        found = ctx.memo[key] = group if len(group) < 2 else tuple(sorted(group, key=moment))
    return found


_FIRST_ACTS = frozenset(
    {StepKind.INSPECTION, StepKind.INQUIRY, StepKind.SEAL_UP, StepKind.SEIZURE, StepKind.EXECUTION}
)


def describe(step: Step) -> str:
    """A short Chinese label of a step for messages: 「S05 现场检查（2025-03-04）」."""
    return f"{step.id} {STEP_LABELS.get(step.kind, step.kind.value)}（{step.day.isoformat()}）"


def alert_text(ctx: Context, alert: Alert, deadline: dt.date) -> str:
    """「（黄色预警）距期限届满还有 2 个工作日（期限 2025-04-29）」 or 「（红色预警）已超过期限 3 日」."""
    if alert is Alert.RED:
        return f"（{alert.label}）已超过期限 {(ctx.as_of - deadline).days} 日"
    if ctx.params.alert_window.day_kind == "working":
        left = f"{ctx.calendar.working_days_between(ctx.as_of, deadline)} 个工作日"
    else:
        left = f"{(deadline - ctx.as_of).days} 日"
    return f"（{alert.label}）距期限届满还有 {left}（期限 {deadline.isoformat()}）"


def moment(step: Step) -> tuple[dt.date, dt.time]:
    """Sort key: day, then start time (date-only steps first); ties keep document order."""
    return (step.day, step.start.time() if step.start is not None else dt.time.min)


def not_after(first: Step, second: Step) -> bool:
    """``first`` happened on or before ``second``: by time when both have a start, else by day."""
    if first.start is not None and second.start is not None:
        return first.start <= second.start
    return first.day <= second.day


STEP_LABELS: dict[StepKind, str] = {
    StepKind.DISCOVERY: "案件来源/发现",
    StepKind.FILING: "立案",
    StepKind.APPROVAL: "审批",
    StepKind.INSPECTION: "现场检查",
    StepKind.INQUIRY: "询问",
    StepKind.EVIDENCE_PRESERVATION: "证据先行登记保存",
    StepKind.SEAL_UP: "查封",
    StepKind.SEIZURE: "扣押",
    StepKind.INVESTIGATION_REPORT: "案件调查终结报告",
    StepKind.ADVANCE_NOTICE: "行政处罚事先告知",
    StepKind.STATEMENT_AND_DEFENCE: "陈述、申辩",
    StepKind.HEARING_REQUEST: "听证申请",
    StepKind.HEARING_NOTICE: "听证通知",
    StepKind.HEARING: "听证",
    StepKind.LEGAL_REVIEW: "法制审核",
    StepKind.COLLECTIVE_DELIBERATION: "集体讨论",
    StepKind.DECISION_EXTENSION: "延长办案期限",
    StepKind.DECISION: "处罚决定",
    StepKind.SERVICE: "送达",
    StepKind.PAYMENT: "缴纳罚没款",
    StepKind.EXTENSION: "延长查封扣押期限",
    StepKind.RELEASE: "解除查封扣押",
    StepKind.DEMAND_NOTICE: "催告",
    StepKind.EXECUTION_DECISION: "强制执行决定",
    StepKind.EXECUTION: "强制执行",
    StepKind.INSPECTION_RESULT: "检查结果告知",
    StepKind.RECTIFICATION_ORDER: "责令整改",
    StepKind.FOLLOW_UP: "整改复查",
    StepKind.REVOCATION: "决定被撤销/变更",
    StepKind.DISCLOSURE: "公示",
    StepKind.CLOSING: "结案",
    StepKind.ARCHIVING: "归档",
    StepKind.PRESERVATION_DECISION: "先行登记保存处理决定",
    StepKind.COURT_APPLICATION: "申请法院强制执行",
    StepKind.TRANSFER_REPORT: "涉嫌犯罪移送报告",
    StepKind.TRANSFER_DECISION: "移送决定",
    StepKind.TRANSFER: "移送司法机关",
    StepKind.ANNOUNCEMENT: "公告",
    StepKind.RECORD_FILING: "当场处罚决定备案",
    StepKind.CONFISCATED_DISPOSAL: "没收财物处置",
    StepKind.RETURN_OF_ITEMS: "返还财物",
    StepKind.RECUSAL_REQUEST: "回避申请",
    StepKind.RECUSAL_DECISION: "回避决定",
    StepKind.EDUCATION: "教育当事人",
    StepKind.PAYMENT_DEFERRAL_REQUEST: "暂缓（分期）缴纳罚款申请",
    StepKind.PAYMENT_DEFERRAL: "批准暂缓（分期）缴纳罚款",
    StepKind.EXECUTION_SUSPENSION: "中止执行",
    StepKind.EXECUTION_RESUMPTION: "恢复执行",
    StepKind.EXECUTION_TERMINATION: "终结执行",
    StepKind.TRANSFER_NOTICE: "财物移送告知",
    StepKind.FREEZE: "冻结",
    StepKind.EXECUTION_AGREEMENT: "执行协议",
    StepKind.INSPECTION_NOTICE: "检查通知",
    StepKind.LIBERTY_RESTRICTION: "限制人身自由",
    StepKind.NON_DISCLOSURE: "不予公开",
}


# ------------------------------------------------------------------ shared labels and small facts

def old_pl(article: int, paragraph: int | None = None, item: int | None = None) -> LegalBasis:
    """A citation of 行政处罚法 as it stood before 2021-07-15 (2017 revision)."""
    return LegalBasis(PUNISHMENT_LAW, article, paragraph, item, note="2017年修正")


MEASURE_LABELS: dict[MeasureKind, str] = {MeasureKind.SEAL_UP: "查封", MeasureKind.SEIZURE: "扣押", MeasureKind.FREEZE: "冻结"}

PENALTY_LABELS: dict[PenaltyKind, str] = {
    PenaltyKind.WARNING: "警告",
    PenaltyKind.CRITICISM: "通报批评",
    PenaltyKind.FINE: "罚款",
    PenaltyKind.CONFISCATION_OF_GAINS: "没收违法所得",
    PenaltyKind.CONFISCATION_OF_PROPERTY: "没收非法财物",
    PenaltyKind.LICENCE_SUSPENSION: "暂扣许可证件",
    PenaltyKind.QUALIFICATION_DOWNGRADE: "降低资质等级",
    PenaltyKind.LICENCE_REVOCATION: "吊销许可证件",
    PenaltyKind.BUSINESS_RESTRICTION: "限制开展生产经营活动",
    PenaltyKind.SUSPENSION_OF_BUSINESS: "责令停产停业",
    PenaltyKind.CLOSURE: "责令关闭",
    PenaltyKind.EMPLOYMENT_RESTRICTION: "限制从业",
    PenaltyKind.DETENTION: "行政拘留",
}


ROLE_LABELS: dict[Role, str] = {
    Role.LEAD: "主办执法人员",
    Role.ASSISTING: "协办执法人员",
    Role.AUXILIARY_STAFF: "辅助人员",
    Role.LEGAL_REVIEWER: "法制审核人员",
    Role.AGENCY_HEAD: "行政机关负责人",
    Role.WITNESS: "见证人",
}


def yuan(amount: Decimal) -> str:
    """10000 -> "10000", 1234.50 -> "1234.5" (no exponent, no trailing zeros)."""
    return format(amount.normalize(), "f")


def summary_punishment(dossier: Dossier) -> bool:
    """A punishment case decided in summary (on-the-spot) procedure."""
    case = dossier.case
    return case.type is CaseType.PUNISHMENT and case.procedure is Procedure.SUMMARY


def period_text(days: int, day_kind: str) -> str:
    """「5 个工作日」 or 「90 日」."""
    return f"{days} 个工作日" if day_kind == "working" else f"{days} 日"


def late_working_text(ctx: Context, deadline: dt.date, actual: dt.date) -> str:
    """「逾期 2 个工作日（4 个自然日）」."""
    working = ctx.calendar.working_days_between(deadline, actual)
    return f"逾期 {working} 个工作日（{(actual - deadline).days} 个自然日）"


def head_problems(dossier: Dossier, officer_id: str | None, who: str, missing: str) -> list[str]:
    """What is wrong with an approval or signature that must come from the organ's head (负责人):
    ``missing`` when no officer is named, else whether the officer ``who`` is on file and is the head."""
    if officer_id is None:
        return [missing]
    officer = dossier.officer_by_id.get(officer_id)
    if officer is None:
        return [f"{who} {officer_id} 不在案卷人员名单中"]
    if officer.role is not Role.AGENCY_HEAD:
        return [f"{who} {officer.id} {officer.name}的身份为{ROLE_LABELS[officer.role]}，不是行政机关负责人"]
    return []


# ------------------------------------------------------------------ deferred or instalment payment (format 1.2)

def _latest_before(steps: list[Step], day: dt.date) -> Step | None:
    found = [s for s in steps if s.day <= day]
    return max(found, key=lambda s: s.day) if found else None


def deferral_request_of(dossier: Dossier, approval: Step) -> Step | None:
    """The party's application (``payment_deferral_request``) a ``payment_deferral`` approves: its
    ``of`` when that names a request, else the latest request dated on or before the approval."""
    target = dossier.step_by_id.get(approval.of) if approval.of is not None else None
    if target is not None and target.kind is StepKind.PAYMENT_DEFERRAL_REQUEST:
        return target
    requests = list(dossier.steps_of(StepKind.PAYMENT_DEFERRAL_REQUEST))
    if target is not None and target.kind is StepKind.DECISION:
        requests = [r for r in requests if fine_decision_of(dossier, r) is target]
    return _latest_before(requests, approval.day)


def fine_decision_of(dossier: Dossier, step: Step) -> Step | None:
    """The fine decision a deferral request or approval is about: ``of`` when it names a decision,
    through the request for an approval, else the latest decision with a fine on or before the step."""
    target = dossier.step_by_id.get(step.of) if step.of is not None else None
    if target is not None and target.kind is StepKind.DECISION:
        return target
    if step.kind is StepKind.PAYMENT_DEFERRAL:
        request = deferral_request_of(dossier, step)
        if request is not None:
            return fine_decision_of(dossier, request)
    decisions = [d for d in dossier.steps_of(StepKind.DECISION) if d.fine > 0]
    return _latest_before(decisions, step.day)


def approved_deferral(ctx: Context, decision: Step) -> Step | None:
    """The approval of deferred or instalment payment (行政处罚法 Art 66 para 2) that sets the
    payment deadline of a fine decision: the latest ``payment_deferral`` with a ``deadline`` that
    is about this decision (ties: document order, the later one wins). None without one."""
    key = ("_common.approved_deferral",)
    table: dict[str, Step] | None = ctx.memo.get(key)
    if table is None:
        table = ctx.memo[key] = {}
        for approval in ctx.dossier.steps_of(StepKind.PAYMENT_DEFERRAL):
            if approval.deadline is None:
                continue
            found = fine_decision_of(ctx.dossier, approval)
            if found is not None:
                known = table.get(found.id)
                if known is None or approval.day >= known.day:
                    table[found.id] = approval
    return table.get(decision.id)


def payment_due(ctx: Context, decision: Step, received: dt.date, days: int) -> tuple[dt.date, Step | None]:
    """The last day to pay a fine: ``days`` calendar days after ``received`` (行政处罚法 Art 67 para 3),
    or the deadline of an approved deferral or instalments when that is later (Art 66 para 2)."""
    due = ctx.calendar_day_deadline(received, days)
    approval = approved_deferral(ctx, decision)
    if approval is not None and approval.deadline is not None and approval.deadline > due:
        return approval.deadline, approval
    return due, None
