"""Rules: 行政强制 (coercive measures 查封/扣押 and enforced execution).

Day counting (catalogue GEN-TIME-002, 行政强制法 Art 69): periods of ten days or less are working
days; the 30-day 查封/扣押 period of Art 25 is counted in calendar days, the start day not counted,
and a last day that is not a working day moves to the next working day.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from ..engine import ALL_CASE_TYPES, Confidence, Context, Hit, LegalBasis, Rule, RuleMeta, Severity, System
from ..models import (
    MEASURE_STEPS,
    SUSPENSION_GROUNDS,
    TERMINATION_GROUNDS,
    CaseStatus,
    CaseType,
    DecisionOutcome,
    Dossier,
    ExecutionGround,
    ExecutionMethod,
    Measure,
    MeasureKind,
    Power,
    Role,
    Step,
    StepKind,
    SubstituteConsequence,
    SubstituteDuty,
)
from ..profile import TimeWindow
from ._common import (
    LITIGATION_LAW,
    MEASURE_LABELS,
    PENALTY_LAW_2021,
    PUN,
    PUNISHMENT_LAW,
    REVIEW_LAW,
    STEP_LABELS,
    add_months,
    alert_text,
    approved_deferral,
    cl,
    describe,
    fine_decision_of,
    head_problems,
    moment,
    payment_due,
    pl,
    service_of,
    yuan,
)
from .subject import power_holders

_ONE_DAY = dt.timedelta(days=1)
#: 行政强制法 Art 19: an emergency measure is reported to the head within 二十四小时 of the act.
_REPORT_HOURS = dt.timedelta(hours=24)


def _hours(delta: dt.timedelta) -> str:
    """A positive duration as 「N 小时 M 分钟」."""
    minutes = int(delta.total_seconds() // 60)
    hours, rest = divmod(minutes, 60)
    return f"{hours} 小时 {rest} 分钟" if hours else f"{rest} 分钟"

#: 查封/扣押 period and the one extension the law allows (行政强制法 Art 25 para 1), calendar days.
SEAL_PERIOD_DAYS = 30
SEAL_EXTENSION_MAX_DAYS = 30

_SEAL_KINDS = frozenset({MeasureKind.SEAL_UP, MeasureKind.SEIZURE})

#: Execution steps may be recorded in an enforced-execution case or at the end of a punishment case.
_EXECUTION_CASES = frozenset({CaseType.ENFORCED_EXECUTION, CaseType.PUNISHMENT})

#: 代履行三日前，催告当事人履行 (行政强制法 Art 51 para 1 item 2); working days by Art 69.
SUBSTITUTE_DEMAND_DAYS = 3


def _measure_label(ctx: Context, measure: Measure) -> str:
    """「扣押 M1（S03 扣押（2025-06-03））」."""
    step = ctx.dossier.step_by_id.get(measure.step)
    where = describe(step) if step is not None else measure.step
    return f"{MEASURE_LABELS[measure.kind]} {measure.id}（{where}）"


# ---------------------------------------------------------------- enforced execution


#: 行政诉讼法 Art 46 para 1: 六个月 from knowing of the act (the longest ordinary remedy period; the
#: 60-day review period of 行政复议法 Art 20 para 1 ends earlier).
LITIGATION_MONTHS = 6


def _months_deadline(ctx: Context, start: dt.date, months: int) -> dt.date:
    """Last day of a period of calendar months after ``start`` (corresponding day, the month's last day
    when there is none); a last day that is not a working day moves to the next working day."""
    last = add_months(start, months)
    while not ctx.calendar.is_working_day(last):
        last += _ONE_DAY
    return last


class DemolitionAfterAnnouncementAndPeriods(Rule):
    """强制拆除 only after a public announcement's deadline and the remedy periods have passed.

    Requirement: 行政强制法 Art 44: an illegal building, structure or facility to be demolished
    by force is first the subject of a public announcement (公告) setting the party a deadline to
    demolish it itself; the organ may demolish only when the party has neither applied for
    administrative review nor sued within the legal periods and has not demolished. Each
    ``execution`` with ``execution-method="demolition"`` needs an ``announcement`` step dated
    strictly before it that records a ``deadline``; the execution day must be **after** the latest
    such deadline. An announcement without a recorded ``deadline`` does not count (Art 44 requires
    限期; the message says so). A dossier declaring ``schema-version="1.0"`` with no announcement
    step is not judged on the announcement (format 1.0 has no such step; such dossiers often note
    the 公告 on the demand notice), only on the remedy periods.

    Remedy periods: the 60-day review period (行政复议法 Art 20 para 1) and the 6-month litigation
    period (行政诉讼法 Art 46 para 1) run from when the party knew of the underlying decision, which
    the format shows only by its service. Decision: when the dossier has a ``decision`` step dated
    before the execution with a ``service`` (``of`` = the decision), the execution must be after
    the last day of the 6 months counted from that service (corresponding day of the sixth month,
    the month's last day when there is none; a last day that is not a working day moves to the
    next working day, as CO-MON-002 counts); the 60-day period ends earlier and needs no separate
    check. With several served decisions the one giving the earliest date is used. This is a lower
    bound: a party not told of its remedies has longer (up to one year), and a review or suit
    actually brought bars demolition until it ends; neither is recorded, so they can only hide a
    finding, not make one wrong. When no served decision is recorded (typical of a stand-alone
    enforced-execution case), the periods are not judged and every finding of this rule says so.

    Non-compliant: ``<step id="S06" kind="execution" date="2025-08-26" execution-method="demolition"/>``
    with no announcement, or with ``<step kind="announcement" date="2025-08-10" deadline="2025-08-26"/>``;
    or a decision served 2025-03-14 and demolition on 2025-09-15 (6 months end on Sunday 2025-09-14,
    moved to Monday 2025-09-15).

    Compliant: announcement deadline 2025-08-25 and demolition on 2025-08-26 (no served decision
    recorded); or with a decision served 2025-03-14, demolition on 2025-09-16.
    """

    meta = RuleMeta(
        id="CO-DEM-001",
        title="强制拆除前未公告限期自行拆除或法定救济期限未届满",
        system=System.PROCEDURE,
        case_types=_EXECUTION_CASES,
        severity=Severity.ERROR,
        legal_basis=(
            cl(44),
            LegalBasis(REVIEW_LAW, 20, 1),
            LegalBasis(LITIGATION_LAW, 46, 1),
        ),
        remediation="强制拆除违法建筑物、构筑物、设施前，应予以公告并限期当事人自行拆除，在案卷中登记公告环节及其限期；"
        "公告期限届满、当事人在法定期限内未申请行政复议或者提起行政诉讼且仍不拆除的，方可强制拆除；"
        "将限期拆除决定书的送达回证归入案卷，以便核对复议、诉讼期限是否已届满。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        dossier = ctx.dossier
        executions = [
            s for s in dossier.steps_of(StepKind.EXECUTION) if s.execution_method is ExecutionMethod.DEMOLITION
        ]
        if not executions:
            return
        announcements = list(dossier.steps_of(StepKind.ANNOUNCEMENT))
        decisions = list(dossier.steps_of(StepKind.DECISION))
        for execution in executions:
            problems: list[str] = []
            earlier = [a for a in announcements if a.day < execution.day]
            timed = [a for a in earlier if a.deadline is not None]
            if not announcements and not dossier.at_least("1.1"):
                pass  # format 1.0 has no announcement step: not recorded, not judged
            elif not earlier:
                problems.append("之前没有公告限期当事人自行拆除的环节（announcement）")
            elif not timed:
                names = "、".join(describe(a) for a in earlier)
                problems.append(f"之前的公告 {names}未记录自行拆除的期限（deadline）")
            else:
                announcement = max(timed, key=lambda a: (a.deadline, a.day))
                assert announcement.deadline is not None
                if execution.day <= announcement.deadline:
                    problems.append(
                        f"{describe(announcement)}限当事人于 {announcement.deadline.isoformat()} 前自行拆除，"
                        f"期限尚未届满（最早可于 {(announcement.deadline + _ONE_DAY).isoformat()} 强制拆除）"
                    )
            bounds: list[tuple[dt.date, Step, Step]] = []
            for decision in decisions:
                if decision.day >= execution.day:
                    continue
                service = service_of(ctx, decision.id)
                if service is None:
                    continue
                bounds.append((_months_deadline(ctx, service.day, LITIGATION_MONTHS), decision, service))
            if bounds:
                last, decision, service = min(bounds, key=lambda b: b[0])
                if execution.day <= last:
                    problems.append(
                        f"{describe(decision)}于 {service.day.isoformat()} 经 {service.id} 送达，"
                        f"起诉期限{LITIGATION_MONTHS}个月至 {last.isoformat()} 届满（复议期限60日更早届满），"
                        f"期限届满前不得强制拆除（最早可于 {(last + _ONE_DAY).isoformat()}）"
                    )
                periods = ""
            else:
                periods = "（案卷未记录据以执行的决定及其送达，60日复议期限和6个月起诉期限是否届满无法核对）"
            if problems:
                yield Hit(f"{describe(execution)}强制拆除：{'；'.join(problems)}{periods}。", step=execution.id)


_PERFORMANCE_STEPS = (StepKind.DEMAND_NOTICE, StepKind.EXECUTION_DECISION)


class EnforcementAfterPerformanceDeadline(Rule):
    """Enforced execution begins only after the deadline the underlying decision set has passed.

    Requirement: 行政强制法 Art 34: 「行政机关依法作出行政决定后，当事人在行政机关决定的期限内不履行义务的，
    具有行政强制执行权的行政机关依照本章规定强制执行。」 The enforcement procedure of chapter 4 opens with the
    demand notice (催告, Art 35), so neither the demand notice nor the execution decision may come before the
    party's period to perform has run out. Judged in dossiers in format 1.2 or later, on every
    ``demand_notice`` and ``execution_decision``: the underlying decision's performance deadline is the
    step's own ``performance-deadline`` (1.2), else the latest one recorded on another demand notice or
    execution decision of the dossier; the step must be dated **after** it (the party may still perform on
    the last day). Not judged where no performance deadline is recorded (the dossier need not hold the
    decision executed), nor in formats 1.0 and 1.1. Whether the party did perform in time, and whether it
    had a 正当理由, are not recorded and are left to a person.

    Non-compliant: a 1.2 dossier with ``<step id="S02" kind="demand_notice" date="2025-08-04"
    performance-deadline="2025-08-04"/>``.

    Compliant: ``performance-deadline="2025-08-01"`` (the deadline passed before the demand notice).
    """

    meta = RuleMeta(
        id="CO-E-002",
        title="据以执行的行政决定履行期限届满前即启动强制执行",
        system=System.PROCEDURE,
        case_types=_EXECUTION_CASES,
        severity=Severity.ERROR,
        legal_basis=(cl(34),),
        remediation="核对据以执行的行政决定确定的履行期限：期限届满当事人仍未履行义务的，方可催告并作出强制执行决定；"
        "期限尚未届满即催告或者作出强制执行决定的，应撤回并待期限届满后依法重新进行；在催告书、强制执行决定书中载明"
        "据以执行的决定及其履行期限。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        dossier = ctx.dossier
        if not dossier.at_least("1.2"):
            return
        steps = sorted(dossier.steps_of(*_PERFORMANCE_STEPS), key=lambda s: s.day)
        recorded = [s.performance_deadline for s in steps if s.performance_deadline is not None]
        if not recorded:
            return
        for step in steps:
            deadline = step.performance_deadline or max(recorded)
            if step.day > deadline:
                continue
            where = "" if step.performance_deadline is not None else "（据本案其他催告书或强制执行决定记载）"
            yield Hit(
                f"{describe(step)}作出时据以执行的行政决定的履行期限尚未届满：决定限当事人于 {deadline.isoformat()} 前履行"
                f"{where}，强制执行程序最早可于 {(deadline + _ONE_DAY).isoformat()} 启动。",
                step=step.id,
            )


class DemandNoticeBeforeExecutionDecision(Rule):
    """A written demand notice (催告) precedes every enforcement decision.

    Requirement: before deciding on enforced execution the organ reminds the party in writing to
    perform (行政强制法 Art 35); the execution decision may be made only after that reminder has
    gone unheeded (Art 37 para 1). Even an immediate execution decision (Art 37 para 3) is made
    "during the 催告 period", so a demand notice is always needed. The demand notice must be dated
    strictly before the execution decision.

    Non-compliant: ``<step id="S04" kind="execution_decision" date="2025-08-20"/>`` with no
    ``demand_notice`` step, or with ``<step id="S02" kind="demand_notice" date="2025-08-20"/>``.

    Compliant: ``<step id="S02" kind="demand_notice" date="2025-08-04"/>`` then
    ``<step id="S04" kind="execution_decision" date="2025-08-20"/>``.
    """

    meta = RuleMeta(
        id="CO-E-003",
        title="作出强制执行决定前未催告",
        system=System.PROCEDURE,
        case_types=_EXECUTION_CASES,
        severity=Severity.ERROR,
        legal_basis=(cl(35), cl(37, 1)),
        remediation="核查是否已书面催告当事人履行义务并送达催告书；未催告的，应撤回该强制执行决定，"
        "依法制作催告书（载明履行期限、方式、金额和陈述申辩权）并送达，期限届满仍不履行的再作出强制执行决定。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        dossier = ctx.dossier
        decisions = dossier.steps_by_kind.get(StepKind.EXECUTION_DECISION)
        if not decisions:
            return
        demands = sorted(dossier.steps_of(StepKind.DEMAND_NOTICE), key=lambda s: s.day)
        for decision in decisions:
            if any(d.day < decision.day for d in demands):
                continue
            if demands:
                first = demands[0]
                yield Hit(
                    f"{describe(decision)}之前没有催告：最早的催告 {describe(first)}不早于强制执行决定日"
                    f" {decision.day.isoformat()}（催告须在作出强制执行决定之前）。",
                    step=decision.id,
                )
            else:
                yield Hit(f"{describe(decision)}之前没有催告：案卷中没有催告（催告书）环节。", step=decision.id)


class DemandStatementsRecorded(Rule):
    """The party's statements after the demand notice (催告) are recorded.

    Requirement: 行政强制法 Art 36: after receiving the 催告书 the party may state its case and
    defend itself; the organ hears it fully, records (记录) and reviews (复核) the facts, reasons
    and evidence put forward, and adopts those that hold. A ``statement_and_defence`` step dated
    on or after the (earliest) ``demand_notice`` is a statement of the execution stage (in a
    punishment case the statements on the advance notice come before the decision and hence before
    any demand notice). Each such step, unless the party expressly waived (``waived="true"``),
    must carry a text record: a ``<record document="…"/>`` (陈述申辩笔录 or the party's written
    statement, with the 复核 opinion; as in PUN-NOTICE-002 the 复核 is taken to be part of the
    statement step).

    Not checkable on the current format: whether the 复核 took place and what it concluded (no
    review record or outcome is recorded on the statement step), and whether valid points were
    adopted (a judgement). The order of statement and execution decision is not judged either: a
    statement dated after the execution decision may be a later objection, which Art 36 does not
    exclude, and the end of the 催告 period is not recorded (catalogue CO-E-005).

    Non-compliant: ``<step id="S02" kind="demand_notice" date="2025-08-04"/>`` then
    ``<step id="S10" kind="statement_and_defence" date="2025-08-08"/>`` without a record.

    Compliant: ``<step id="S10" kind="statement_and_defence" date="2025-08-08"><record
    document="D10"/></step>``, or ``waived="true"``.
    """

    meta = RuleMeta(
        id="CO-E-004",
        title="催告后当事人的陈述申辩未记录",
        system=System.PROCEDURE,
        case_types=_EXECUTION_CASES,
        severity=Severity.ERROR,
        legal_basis=(cl(36),),
        remediation="将当事人收到催告书后提出的陈述、申辩（笔录或书面材料）及对其事实、理由和证据的复核意见归入案卷，"
        "并在该环节登记 record document；成立的意见应当采纳，未采纳的说明理由。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        dossier = ctx.dossier
        first = dossier.first(StepKind.DEMAND_NOTICE)
        if first is None:
            return
        for statement in dossier.steps_of(StepKind.STATEMENT_AND_DEFENCE):
            if statement.day < first.day or statement.waived:
                continue
            if any(r.document for r in statement.records):
                continue
            yield Hit(
                f"{describe(statement)}是 {describe(first)}之后当事人的陈述、申辩，但没有文字记录"
                "（陈述申辩笔录或书面陈述材料及复核意见）。",
                step=statement.id,
            )


class ExecutionDecisionAfterDemandDeadline(Rule):
    """The execution decision comes only after the demand notice's deadline has passed, unless urgent.

    Requirement: 行政强制法 Art 35 item 1: the 催告书 states the deadline for performance; Art 37
    para 1: only when the party has still not performed after that deadline (逾期仍不履行) may the
    organ decide on enforced execution; Art 37 para 3 (catalogue CO-E-006): during the 催告 period
    an immediate execution decision (立即强制执行决定) may be made where there is evidence that the
    party is moving or hiding property. For each ``execution_decision`` the demand notices dated
    strictly before it are taken (a notice on or after the decision day is CO-E-003's finding);
    among those with a recorded ``deadline`` the latest deadline counts (a later notice granting a
    new period binds the organ too). The decision day must be **after** that deadline (the party
    may still perform on the last day). A decision on or before it is compliant only when it
    records ``emergency-reason`` (the Art 37 para 3 ground); the message then is not produced.
    Silent when no earlier demand notice records a ``deadline`` (not recorded, not judged). The
    recorded deadline is taken as written: it is not moved off a holiday (the 催告书 names a date,
    not a period). Whether the evidence of moving/hiding property exists and is sound is not
    recorded and is a human judgement; so are 正当理由 for non-performance.

    Non-compliant: ``<step id="S02" kind="demand_notice" date="2025-08-04" deadline="2025-08-20"/>``
    then ``<step id="S04" kind="execution_decision" date="2025-08-20"/>``.

    Compliant: the same decision on 2025-08-21, or on 2025-08-20 with
    ``emergency-reason="当事人正在转移库存货物"``.
    """

    meta = RuleMeta(
        id="CO-E-005",
        title="催告期限届满前作出强制执行决定",
        system=System.PROCEDURE,
        case_types=_EXECUTION_CASES,
        severity=Severity.ERROR,
        legal_basis=(cl(35, item=1), cl(37, 1), cl(37, 3)),
        remediation="核对催告书载明的履行期限和强制执行决定日期：期限届满当事人仍不履行且无正当理由的，方可作出强制执行决定；"
        "催告期间因有证据证明当事人有转移或者隐匿财物迹象而立即作出强制执行决定的，应在决定中载明该紧急情况并将证据归入案卷；"
        "否则应撤回该决定，待催告期限届满后依法重新作出。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        dossier = ctx.dossier
        decisions = dossier.steps_by_kind.get(StepKind.EXECUTION_DECISION)
        if not decisions:
            return
        demands = [d for d in dossier.steps_of(StepKind.DEMAND_NOTICE) if d.deadline is not None]
        for decision in decisions:
            if decision.emergency_reason:
                continue
            earlier = [d for d in demands if d.day < decision.day]
            if not earlier:
                continue
            demand = max(earlier, key=lambda d: (d.deadline, d.day))
            assert demand.deadline is not None
            if decision.day > demand.deadline:
                continue
            yield Hit(
                f"{describe(decision)}作出时催告期限尚未届满：{describe(demand)}限当事人于 {demand.deadline.isoformat()} 前履行，"
                f"强制执行决定最早可于 {(demand.deadline + _ONE_DAY).isoformat()} 作出；"
                "决定未载明当事人有转移或者隐匿财物迹象等立即强制执行的理由（emergency-reason）。",
                step=decision.id,
            )


class DemandAndDecisionServed(Rule):
    """The demand notice (催告书) and the execution decision are served on the party.

    Requirement: 行政强制法 Art 38: the 催告书 and the 行政强制执行决定书 are served on the party
    directly, or under 民事诉讼法 where the party refuses or cannot be reached. Each
    ``demand_notice`` and each ``execution_decision`` step must have a ``service`` step with
    ``of`` naming it. Closed cases: a missing service is a finding. Open cases (the law sets no
    period for service): a missing service of the demand notice is a finding once an execution
    decision or an execution dated on or after it is recorded; of an execution decision, once an
    execution dated on or after it is recorded. Whether a non-direct service method (``method``)
    was justified by refusal or impossibility is not recorded and not judged.

    Non-compliant: a closed case with ``<step id="S04" kind="execution_decision" date="2025-08-20"/>``
    and no ``<step kind="service" of="S04"/>``.

    Compliant: ``<step id="S05" kind="service" date="2025-08-21" of="S04" method="direct"/>``.
    """

    meta = RuleMeta(
        id="CO-E-007",
        title="催告书或强制执行决定书未送达",
        system=System.PROCEDURE,
        case_types=_EXECUTION_CASES,
        severity=Severity.ERROR,
        legal_basis=(cl(38),),
        remediation="将催告书、行政强制执行决定书的送达回证（直接送达；当事人拒收或无法直接送达的，按民事诉讼法规定的方式送达"
        "并附相应凭证）归入案卷，并登记 of 指向该文书的送达环节；确未送达的，应依法送达后再进行后续程序。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        dossier = ctx.dossier
        open_case = dossier.case.status is CaseStatus.OPEN
        executions = list(dossier.steps_of(StepKind.EXECUTION))
        decisions = list(dossier.steps_of(StepKind.EXECUTION_DECISION))
        for kind, later in ((StepKind.DEMAND_NOTICE, decisions + executions), (StepKind.EXECUTION_DECISION, executions)):
            for step in dossier.steps_of(kind):
                if service_of(ctx, step.id) is not None:
                    continue
                missing = f"{describe(step)}没有送达记录（应有 of=\"{step.id}\" 的「{STEP_LABELS[StepKind.SERVICE]}」环节）"
                if not open_case:
                    yield Hit(f"{missing}。", step=step.id)
                    continue
                trigger = min((s for s in later if s.day >= step.day), key=moment, default=None)
                if trigger is not None:
                    yield Hit(f"{missing}，而其后的 {describe(trigger)}已经进行。", step=step.id)


def _covered_days(step: Step) -> list[dt.date]:
    """The calendar days an execution step covers (one day for a date-only step)."""
    if step.start is None:
        return [step.day]
    last = step.end.date() if step.end is not None else step.start.date()
    days: list[dt.date] = []
    day = step.start.date()
    while day <= last:
        days.append(day)
        day += _ONE_DAY
    return days


class ExecutionNotOnHoliday(Rule):
    """Enforced execution is not carried out on a statutory holiday (法定节假日) unless urgent.

    Requirement: 行政强制法 Art 43 para 1 forbids enforced execution on 法定节假日 except in an
    emergency (Art 61 item 4 makes it a ground for liability). Every calendar day an ``execution``
    step covers (from ``start`` to ``end``, or its ``date``) must be a working day per the working
    calendar (official holiday tables with 调休), unless ``emergency-reason`` is recorded.

    Reading of 法定节假日: any day that is not a working day counts, i.e. the statutory festival
    days *and* the ordinary Saturday/Sunday rest days (the law's own usage in Art 69 opposes
    工作日 to 法定节假日, and the rest days under 全国年节及纪念日放假办法 include weekends). For
    weekends the reading rests on the Supreme People's Court's reply (2016)最高法行他81号 (「行政机关不得在
    星期六实施强制拆除」, read only in a secondary copy, W41); the finding message says which kind of day it was. A
    weekend day designated a make-up working day (调休, e.g. Saturday 2025-10-11) is a working day
    and passes. Whether a recorded emergency really justified the timing is a human judgement
    (catalogue §11 item 11). The night part of Art 43 is rule CO-E-108.

    Non-compliant: ``<step kind="execution" start="2025-10-02T09:00:00" end="2025-10-02T11:00:00"/>``
    (National Day holiday) without ``emergency-reason``.

    Compliant: ``<step kind="execution" start="2025-10-11T09:00:00" end="2025-10-11T11:00:00"/>``
    (Saturday, make-up working day), or any day with ``emergency-reason="…"``.
    """

    meta = RuleMeta(
        id="CO-E-008",
        title="在法定节假日实施强制执行",
        system=System.PROCEDURE,
        case_types=_EXECUTION_CASES,
        severity=Severity.ERROR,
        legal_basis=(cl(43, 1), cl(61, item=4)),
        remediation="核实强制执行的实际日期；确属情况紧急的，在执行记录中补充紧急情况的事实和依据并经负责人确认；"
        "非紧急的，今后应安排在工作日实施，并对本案违法实施强制执行的后果依法处理。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        for step in ctx.dossier.steps_of(StepKind.EXECUTION):
            if step.emergency_reason:
                continue
            bad = [d for d in _covered_days(step) if not ctx.calendar.is_working_day(d)]
            if not bad:
                continue
            described = "、".join(
                f"{d.isoformat()}（{'法定节假日' if d.weekday() < 5 else '周末休息日，按法定节假日对待'}）" for d in bad
            )
            yield Hit(
                f"{describe(step)}在非工作日实施：{described}；未注明紧急情况（emergency-reason）。",
                step=step.id,
            )


class NoUtilitiesCut(Rule):
    """Enforced execution never cuts water, power, heating or gas to force compliance.

    Requirement: 行政强制法 Art 43 para 2: 行政机关不得对居民生活采取停止供水、供电、供热、供燃气等
    方式迫使当事人履行相关行政决定. Every ``execution`` step with ``utilities-cut="true"`` is a
    finding. The format has no flag saying the premises are a residence (居民生活), so any
    recorded cut is reported and the message says that whether residents' living was affected
    must be checked — a warning, since the text forbids cuts only 「对居民生活」; ``utilities-cut="false"``
    or omitted passes.

    Non-compliant: ``<step id="S06" kind="execution" date="2025-08-26" utilities-cut="true"/>``.

    Compliant: ``<step id="S06" kind="execution" date="2025-08-26" utilities-cut="false"/>``, or
    without ``utilities-cut``.
    """

    meta = RuleMeta(
        id="CO-E-009",
        title="以停止供水、供电、供热、供燃气方式迫使当事人履行",
        system=System.PROCEDURE,
        case_types=ALL_CASE_TYPES,
        severity=Severity.WARNING,
        legal_basis=(cl(43, 2),),
        remediation="立即停止并恢复供水、供电、供热、供燃气；核实停止供应是否影响居民生活，改用法定的强制执行方式"
        "（加处罚款或滞纳金、拍卖、代履行或申请人民法院强制执行），并对违法实施强制执行的责任依法处理。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        for step in ctx.dossier.steps_of(StepKind.EXECUTION):
            if step.utilities_cut:
                yield Hit(
                    f"{describe(step)}记录了以停止供水、供电、供热或供燃气的方式迫使当事人履行（utilities-cut=\"true\"）；"
                    "案卷格式未记录是否涉及居民生活，凡记录停止供应的一律报告，请核实。",
                    step=step.id,
                )


def _overlaps_window(start: dt.datetime, end: dt.datetime | None, window: TimeWindow) -> bool:
    """Whether [start, end) touches the (possibly midnight-spanning) daily window.

    Without an end (or a zero-length step) only the start moment is judged. Otherwise the
    interval overlaps the union of daily windows iff it starts inside one or a window begins
    strictly inside it.
    """
    if window.start == window.end:
        return False
    if window.contains(start.time()):
        return True
    if end is None or end <= start:
        return False
    day = start.date() - _ONE_DAY
    while day <= end.date():
        opens = dt.datetime.combine(day, window.start, tzinfo=start.tzinfo)
        if start < opens < end:
            return True
        day += _ONE_DAY
    return False


class ExecutionNotAtNight(Rule):
    """Enforced execution is not carried out at night unless urgent.

    Requirement: 行政强制法 Art 43 para 1 forbids enforced execution 在夜间 except in an emergency.
    The law does not define 夜间; the profile parameter ``night_window`` (national default
    22:00–06:00, unconfirmed) does. An ``execution`` step whose time span ``[start, end)`` touches
    the window is a finding (a step that starts in the evening and runs into the window counts);
    a step with only a start time is judged on that moment; a step with only a ``date`` cannot
    be judged and is skipped. ``emergency-reason`` exempts the step. Shipped as a warning because
    the window itself is unconfirmed; the holiday part of Art 43 is CO-E-008.

    Non-compliant: ``<step kind="execution" start="2025-08-26T22:30:00" end="2025-08-26T23:30:00"/>``,
    or ``start="2025-08-26T20:00:00" end="2025-08-26T22:30:00"``.

    Compliant: ``<step kind="execution" start="2025-08-26T20:00:00" end="2025-08-26T21:59:00"/>``.
    """

    meta = RuleMeta(
        id="CO-E-108",
        title="在夜间实施强制执行",
        system=System.PROCEDURE,
        case_types=_EXECUTION_CASES,
        severity=Severity.WARNING,
        legal_basis=(cl(43, 1), cl(61, item=4)),
        remediation="核实强制执行的起止时间；确属情况紧急的，在执行记录中补充紧急情况的事实和依据；"
        "非紧急的，今后应在白天实施。本地对“夜间”另有界定的，请在配置中调整 night_window。",
        confidence=Confidence.UNCONFIRMED,
        parameters=("night_window",),
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        window = ctx.params.night_window
        for step in ctx.dossier.steps_of(StepKind.EXECUTION):
            if step.emergency_reason or step.start is None:
                continue
            if not _overlaps_window(step.start, step.end, window):
                continue
            span = f"{window.start.strftime('%H:%M')}–{window.end.strftime('%H:%M')}"
            when = step.start.strftime("%Y-%m-%d %H:%M")
            if step.end is not None:
                when += f" 至 {step.end.strftime('%Y-%m-%d %H:%M')}"
            yield Hit(
                f"{describe(step)}的实施时间 {when} 进入夜间时段（{span}，配置参数 night_window）；"
                "未注明紧急情况（emergency-reason）。",
                step=step.id,
            )


# ---------------------------------------------------------------- substitute performance (代履行)


_LAWFUL_SUBSTITUTE_DUTIES = frozenset(
    {SubstituteDuty.REMOVAL_OF_OBSTRUCTION, SubstituteDuty.RESTORATION, SubstituteDuty.OTHER_ACT}
)
_LAWFUL_CONSEQUENCES = frozenset(
    {SubstituteConsequence.TRAFFIC_SAFETY, SubstituteConsequence.ENVIRONMENTAL_POLLUTION,
     SubstituteConsequence.NATURAL_RESOURCES}
)


class SubstitutePerformanceConditions(Rule):
    """Substitute performance only for a duty Art 50 lists and a consequence it names.

    Requirement: 行政强制法 Art 50: 「行政机关依法作出要求当事人履行排除妨碍、恢复原状等义务的行政决定，当事人逾期
    不履行，经催告仍不履行，其后果已经或者将危害交通安全、造成环境污染或者破坏自然资源的，行政机关可以代履行，或者
    委托没有利害关系的第三人代履行。」 Judged in dossiers in format 1.2 or later, on every ``execution`` with
    ``execution-method="substitute_performance"`` and no ``emergency-reason`` (立即代履行 rests on Art 52
    instead, CO-PROXY-005): (1) ``substitute-duty`` (1.2) records the duty of the decision performed —
    ``removal_of_obstruction`` 排除妨碍, ``restoration`` 恢复原状 or ``other_act`` (another act a third party
    can perform, Art 50 「等义务」) pass; ``not_an_act`` (a money payment or a duty to refrain, which no one
    can perform in the party's place — a reading of 「等义务」) is a finding; (2) ``consequence`` (1.2) records
    the consequence of non-performance — ``traffic_safety``, ``environmental_pollution`` or
    ``natural_resources`` pass, ``other`` is a finding. Either attribute omitted is a finding (the
    conditions must be documented). The 催告 is CO-PROXY-003's business; whether the consequence is real
    and whether an ``other_act`` is of the kind Art 50 means are left to a person. Formats 1.0 and 1.1 are
    not judged.

    Non-compliant: a 1.2 dossier with ``<step id="S06" kind="execution" date="2025-08-26"
    execution-method="substitute_performance" substitute-duty="restoration" consequence="other"/>``.

    Compliant: ``substitute-duty="removal_of_obstruction" consequence="traffic_safety"``.
    """

    meta = RuleMeta(
        id="CO-PROXY-001",
        title="代履行不符合行政强制法第五十条规定的义务类型或者后果条件",
        system=System.PROCEDURE,
        case_types=_EXECUTION_CASES,
        severity=Severity.ERROR,
        legal_basis=(cl(50),),
        remediation="代履行仅适用于要求当事人履行排除妨碍、恢复原状等可由他人代为履行的义务，且当事人逾期不履行、经催告"
        "仍不履行，其后果已经或者将危害交通安全、造成环境污染或者破坏自然资源的情形；不符合条件的，应申请人民法院强制执行"
        "或者依法采取其他执行方式。在代履行决定书和执行记录中载明所执行的义务及其后果。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        dossier = ctx.dossier
        if not dossier.at_least("1.2"):
            return
        for execution in dossier.steps_of(StepKind.EXECUTION):
            if execution.execution_method is not ExecutionMethod.SUBSTITUTE_PERFORMANCE or execution.emergency_reason:
                continue
            problems = []
            gaps = 0  # unrecorded facts, not breaches shown by the file
            if execution.substitute_duty is None:
                problems.append("未记载据以执行的决定所要求履行的义务（substitute-duty）")
                gaps += 1
            elif execution.substitute_duty not in _LAWFUL_SUBSTITUTE_DUTIES:
                problems.append("所执行的不是排除妨碍、恢复原状等可由他人代为履行的义务（金钱给付或者不作为义务）")
            if execution.consequence is None:
                problems.append("未记载当事人不履行的后果（consequence）")
                gaps += 1
            elif execution.consequence not in _LAWFUL_CONSEQUENCES:
                problems.append("不履行的后果不属于已经或者将危害交通安全、造成环境污染或者破坏自然资源")
            if problems:
                yield Hit(f"{describe(execution)}代履行：{'；'.join(problems)}。", step=execution.id,
                          unrecorded=gaps == len(problems))


class DemandBeforeSubstitutePerformance(Rule):
    """The party is reminded (催告) at least 3 working days before substitute performance.

    Requirement: 行政强制法 Art 51 para 1 item 2: 代履行三日前，催告当事人履行 (if the party then
    performs, the substitute performance stops); the period is in working days (Art 69: periods
    of ten days or less). For each ``execution`` step with ``execution-method="substitute_performance"``
    some ``demand_notice`` dated on or after the latest ``execution_decision`` before it (the 代履行决定书 of
    item 1 comes first; the 催告 of Art 35 made before that decision does not stand for item 2's) must have
    reached the party at least 3 working days before: the party is
    reminded on the day the notice was served (the earliest ``service`` with ``of`` = the notice),
    or on the notice's own day when no service is recorded, and that day + 3 working days must be
    on or before the execution day (the same convention as PUN-HEAR-003). An execution with
    ``emergency-reason`` is not judged: immediate 代履行 under Art 52 (clearing roads, waterways or
    public places) needs no prior 催告. Whether the party performed after the reminder is not
    recorded.

    Non-compliant: ``<step id="S02" kind="demand_notice" date="2025-09-30"/>`` served the same day
    and ``<step id="S06" kind="execution" date="2025-10-10" execution-method="substitute_performance"/>``
    (3 WD: 10-09, 10-10, Saturday 10-11 a make-up working day; the earliest day is 10-11).

    Compliant: the same notice with the execution on 2025-10-11.
    """

    meta = RuleMeta(
        id="CO-PROXY-003",
        title="代履行前未提前三个工作日催告",
        system=System.PROCEDURE,
        case_types=_EXECUTION_CASES,
        severity=Severity.ERROR,
        legal_basis=(cl(51, 1, 2), cl(69)),
        remediation="代履行前应书面催告当事人履行并送达，催告送达后至少满3个工作日再实施代履行，当事人履行的停止代履行；"
        "将催告书和送达回证归入案卷；需要立即清除道路、河道、航道或者公共场所遗洒物等的，在执行记录中载明紧急情况。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        dossier = ctx.dossier
        demands = list(dossier.steps_of(StepKind.DEMAND_NOTICE))
        for execution in dossier.steps_of(StepKind.EXECUTION):
            if execution.execution_method is not ExecutionMethod.SUBSTITUTE_PERFORMANCE or execution.emergency_reason:
                continue
            label = f"{describe(execution)}（代履行）"
            # Art 51 para 1: (一) the 代履行决定书 is served, (二) the party is reminded three days before the
            # substitute performance: a 催告 made before that decision (Art 35's) does not stand for it
            decided = [d.day for d in dossier.steps_of(StepKind.EXECUTION_DECISION) if d.day <= execution.day]
            after = max(decided) if decided else None
            reminders: list[tuple[dt.date, Step, Step | None]] = []
            for demand in demands:
                if demand.day > execution.day or (after is not None and demand.day < after):
                    continue
                service = service_of(ctx, demand.id)
                reminders.append((service.day if service is not None else demand.day, demand, service))
            if not reminders:
                where = f"代履行决定（{after.isoformat()}）之后" if after is not None else "该日或之前"
                yield Hit(f"{label}之前没有催告：案卷中没有{where}的催告（催告书）环节。", step=execution.id)
                continue
            served, demand, service = min(reminders, key=lambda r: r[0])
            earliest = ctx.working_day_deadline(served, SUBSTITUTE_DEMAND_DAYS)
            if earliest <= execution.day:
                continue
            how = f"于 {served.isoformat()} 经 {service.id} 送达" if service is not None else "（案卷中无送达记录，按催告日计）"
            yield Hit(
                f"{describe(demand)}{how}，距 {label}不足 {SUBSTITUTE_DEMAND_DAYS} 个工作日："
                f"代履行最早可于 {earliest.isoformat()} 实施。",
                step=execution.id,
            )


class AbsentPartyToldOfImmediateSubstitute(Rule):
    """After an immediate substitute performance done in the party's absence, the party is told at once.

    Requirement: 行政强制法 Art 52: 「需要立即清除道路、河道、航道或者公共场所的遗洒物、障碍物或者污染物，当事人
    不能清除的，行政机关可以决定立即实施代履行；当事人不在场的，行政机关应当在事后立即通知当事人，并依法作出处理。」
    Judged in dossiers in format 1.2 or later, on every ``execution`` with
    ``execution-method="substitute_performance"`` and ``emergency-reason`` (立即代履行, as CO-PROXY-003
    reads it) recorded with ``party-present="false"``: the step records ``party-told-at`` (1.2), the
    time the party was told. How soon is 「立即」 is not quantified by the law and is not judged; nor is
    the 「依法作出处理」 that follows. Formats 1.0 and 1.1 have no ``party-told-at`` and are not judged.

    Non-compliant: ``<step id="S06" kind="execution" start="2025-10-10T07:00:00"
    execution-method="substitute_performance" emergency-reason="清除道路遗洒物" party-present="false"/>``
    without ``party-told-at``.

    Compliant: the same step with ``party-told-at="2025-10-10T09:30:00"``.
    """

    meta = RuleMeta(
        id="CO-PROXY-005",
        title="立即代履行时当事人不在场，未记录事后通知当事人",
        system=System.PROCEDURE,
        case_types=_EXECUTION_CASES,
        severity=Severity.ERROR,
        legal_basis=(cl(52),),
        remediation="当事人不在场而立即实施代履行的，事后应立即通知当事人（载明代履行的理由、依据、实施情况和费用），"
        "并依法作出处理；将通知记录（通知书及其送达回证，或电话通知记录）归入案卷，在执行记录中载明通知时间。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        dossier = ctx.dossier
        if not dossier.at_least("1.2"):
            return
        for execution in dossier.steps_of(StepKind.EXECUTION):
            if (execution.execution_method is not ExecutionMethod.SUBSTITUTE_PERFORMANCE
                    or not execution.emergency_reason or execution.party_present is not False):
                continue
            if execution.party_told_at is None:
                yield Hit(f"{describe(execution)}立即实施代履行（{execution.emergency_reason}），当事人不在场，"
                          "但案卷未记录事后通知当事人的时间（party-told-at）。", step=execution.id)


# ---------------------------------------------------------------- coercive measures: approval


class MeasureApprovedBeforehand(Rule):
    """A 查封/扣押 is reported to and approved by the organ head before it is carried out.

    Requirement: 行政强制法 Art 18 item 1. The ``seal_up``/``seizure`` step carries
    ``approved-by`` and ``approved-on`` with ``approved-on`` on or before the step's day, or the
    dossier has an ``approval`` step dated on or before that day.

    Emergency (Art 19: report within 24 hours and complete the approval afterwards) is only
    approximated here: when the step records ``emergency-reason``, an approval dated no later than
    the calendar day after the act is accepted. In dossiers in format 1.2 or later, a step with
    ``emergency-reason`` that records ``reported-at`` (1.2, the time the head was told) and a ``start``
    time is also judged by the hour (catalogue GEN-TIME-004): the report is due within 24 hours of the
    recorded start (二十四小时内: exactly 24 hours is in time), and a later report is a second finding.
    Without ``reported-at`` (and in 1.0 and 1.1 dossiers) the report time is not judged. Whether the
    emergency was real, and release when the head disagrees, are human judgements.

    Non-compliant: ``<step kind="seizure" start="2025-06-03T10:00:00" approved-by="O9"
    approved-on="2025-06-05"/>`` and no earlier ``approval`` step.

    Compliant: ``<step kind="seizure" start="2025-06-03T10:00:00" approved-by="O9"
    approved-on="2025-06-03"/>``; or ``approved-on="2025-06-04"`` with
    ``emergency-reason="当事人正在转移涉案物品"``; in a 1.2 dossier also
    ``reported-at="2025-06-04T10:00:00"`` for a seizure started at ``2025-06-03T10:00:00`` (a report at
    ``2025-06-04T10:30:00`` is a finding).
    """

    meta = RuleMeta(
        id="CO-M-002",
        title="查封、扣押未经事前批准",
        system=System.PROCEDURE,
        case_types=ALL_CASE_TYPES,
        severity=Severity.ERROR,
        legal_basis=(cl(18, item=1), cl(19)),
        remediation="核查实施前是否已向行政机关负责人报告并经批准，补入审批表并记录批准人和批准日期；"
        "确属情况紧急当场实施的，应在二十四小时内报告并补办批准手续，并在案卷中载明紧急情况；"
        "负责人不同意的，应立即解除查封、扣押。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        by_kind = ctx.dossier.steps_by_kind
        if StepKind.SEAL_UP not in by_kind and StepKind.SEIZURE not in by_kind:
            return
        approvals = sorted(ctx.dossier.steps_of(StepKind.APPROVAL), key=lambda s: s.day)
        by_hour = ctx.dossier.at_least("1.2")
        for step in ctx.dossier.steps_of(StepKind.SEAL_UP, StepKind.SEIZURE):
            if not self._approved(step, approvals):
                yield Hit(self._message(step, step.approved_on if step.approved_by and step.approved_on else None,
                                        approvals), step=step.id)
            if by_hour and step.emergency_reason and step.reported_at is not None and step.start is not None:
                due = step.start + _REPORT_HOURS
                if step.reported_at > due:
                    late = step.reported_at - due
                    yield Hit(f"{describe(step)}情况紧急当场实施（{step.emergency_reason}），实施时间 "
                              f"{step.start.isoformat(sep=' ', timespec='minutes')}，应在二十四小时内（至 "
                              f"{due.isoformat(sep=' ', timespec='minutes')}）向行政机关负责人报告，实际报告时间 "
                              f"{step.reported_at.isoformat(sep=' ', timespec='minutes')}，超出 {_hours(late)}。",
                              step=step.id)

    @staticmethod
    def _approved(step: Step, approvals: list[Step]) -> bool:
        own = step.approved_on if step.approved_by and step.approved_on else None
        if (own is not None and own <= step.day) or any(a.day <= step.day for a in approvals):
            return True
        latest = step.day + _ONE_DAY
        return bool(step.emergency_reason) and (
            (own is not None and own <= latest) or any(a.day <= latest for a in approvals)
        )

    @staticmethod
    def _message(step: Step, own: dt.date | None, approvals: list[Step]) -> str:
        later = [a for a in approvals if a.day > step.day]
        if own is not None:
            what = f"批准日期 {own.isoformat()} 晚于实施日 {step.day.isoformat()}"
        elif step.approved_by and not step.approved_on:
            what = f"记录了批准人 {step.approved_by} 但没有批准日期，无法确认实施前已经批准"
        elif step.approved_on and not step.approved_by:
            what = f"记录了批准日期 {step.approved_on.isoformat()} 但没有批准人"
        elif later:
            what = f"审批环节 {describe(later[0])}晚于实施日 {step.day.isoformat()}"
        else:
            what = "案卷中没有审批环节，也没有记录批准人和批准日期"
        if step.emergency_reason:
            what += f"；虽注明紧急情况，但补办批准不晚于实施次日（{(step.day + _ONE_DAY).isoformat()}）的记录也没有"
        return f"{describe(step)}未经事前批准：{what}。"


# ---------------------------------------------------------------- coercive measures: on-site procedure


def _measure_steps(ctx: Context) -> Iterator[Step]:
    """The ``seal_up``/``seizure`` steps, in document order."""
    return ctx.dossier.steps_of(*MEASURE_STEPS)


def _witness_there(step: Step) -> bool:
    """A witness was present: recorded as present, or signed the record (a signature implies presence)."""
    return bool(step.witness_present) or (bool(step.witness_signed) and step.witness_present is not False)


class PartyNotifiedToAttend(Rule):
    """The party is notified to be present when a 查封/扣押 is carried out.

    Requirement: 行政强制法 Art 18 item 4 (通知当事人到场); where the party does not come, item 9
    (a witness is invited). The format has no notification record, so the rule judges what the
    on-site record shows on each ``seal_up``/``seizure`` step: ``party-present="true"`` passes;
    ``party-present="false"`` passes only when a witness attended (``witness-present="true"``, or
    ``witness-signed="true"`` without ``witness-present="false"``), the sign that the absent-party
    procedure of item 9 was followed; an absent party without a witness, or a step that does not
    record whether the party was present, is a finding. Whether the absent party had actually been
    notified (time, means) needs a notification record the format lacks.

    Non-compliant: ``<step id="S03" kind="seizure" party-present="false"/>`` (no witness), or a
    seizure step without ``party-present``.

    Compliant: ``<step id="S03" kind="seizure" party-present="true"/>``; or
    ``party-present="false" witness-present="true" witness-signed="true"``.
    """

    meta = RuleMeta(
        id="CO-M-006",
        title="实施查封、扣押未通知当事人到场",
        system=System.PROCEDURE,
        case_types=ALL_CASE_TYPES,
        severity=Severity.ERROR,
        legal_basis=(cl(18, item=4), cl(18, item=9)),
        remediation="实施查封、扣押前通知当事人到场，并在现场笔录中记载当事人是否到场；当事人不到场的，记载通知的时间和方式，"
        "邀请见证人到场并由见证人签名；无法补正的，在案卷中书面说明情况。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        for step in _measure_steps(ctx):
            if step.party_present:
                continue
            if step.party_present is None:
                yield Hit(
                    f"{describe(step)}：现场笔录未记录当事人是否到场（party-present），无法确认已通知当事人到场。",
                    step=step.id, unrecorded=True,
                )
            elif not _witness_there(step):
                yield Hit(
                    f"{describe(step)}：当事人未到场，案卷中既没有通知当事人到场的记录，也没有见证人到场。",
                    step=step.id,
                )


#: Words on a ``seal_up``/``seizure`` step's ``rights`` list that Art 18 item 5 requires (当场告知的
#: 权利和救济途径): the rights to state one's case and defend oneself, and the two remedies.
MEASURE_RIGHTS: tuple[tuple[str, str], ...] = (
    ("statement", "陈述权"),
    ("defence", "申辩权"),
    ("review", "申请行政复议的救济途径"),
    ("litigation", "提起行政诉讼的救济途径"),
)


class MeasureRightsToldOnSpot(Rule):
    """The party is told on the spot of its rights and remedies when a 查封/扣押 is carried out.

    Requirement: 行政强制法 Art 18 item 5: 当场告知当事人采取行政强制措施的理由、依据以及当事人依法
    享有的权利、救济途径. The ``rights`` word list of a ``seal_up``/``seizure`` step records what
    was told on the spot. When it is present it must contain ``statement`` (陈述) and ``defence``
    (申辩) — the rights item 6 then lets the party exercise — and both remedies: ``review``
    (申请行政复议) and ``litigation`` (提起行政诉讼); any missing word is a finding naming it.
    Other words are allowed. A step without ``rights`` has not recorded what was told: not
    recorded, not judged (no finding). The reasons and legal basis told on the spot are not in
    the format and are not judged.

    Non-compliant: ``<step id="S03" kind="seizure" rights="statement defence"/>`` (no remedies).

    Compliant: ``<step id="S03" kind="seizure" rights="statement defence review litigation"/>``; or a
    seizure step without ``rights``.
    """

    meta = RuleMeta(
        id="CO-M-007",
        title="实施查封、扣押未当场告知权利和救济途径",
        system=System.PROCEDURE,
        case_types=ALL_CASE_TYPES,
        severity=Severity.ERROR,
        legal_basis=(cl(18, item=5),),
        remediation="实施查封、扣押时当场告知当事人采取强制措施的理由、依据，以及陈述、申辩的权利和申请行政复议、"
        "提起行政诉讼的途径，并在现场笔录中载明告知情况；已经遗漏的，核查现场笔录和录音录像，"
        "无法补正的在案卷中书面说明。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        for step in _measure_steps(ctx):
            if not step.rights:
                continue
            missing = [f"{label}（{word}）" for word, label in MEASURE_RIGHTS if word not in step.rights]
            if missing:
                told = " ".join(step.rights)
                yield Hit(
                    f"{describe(step)}：当场告知的权利（rights=\"{told}\"）缺少{'、'.join(missing)}。",
                    step=step.id,
                )


class MeasurePartyHeard(Rule):
    """The party's statements and defence are heard when a 查封/扣押 is carried out.

    Requirement: 行政强制法 Art 18 item 6: 「听取当事人的陈述和申辩」. Judged in dossiers in format 1.2 or
    later, on every ``seal_up``/``seizure`` step that records ``party-heard`` (1.2): ``party-heard="false"``
    is a finding, unless the party was recorded absent (``party-present="false"``): an absent party
    cannot be heard on the spot, and its absence is judged by CO-M-006 (notified to attend) and
    CO-M-011 (a witness signs), as Art 18 items 4 and 9 provide. A party who was invited to speak and
    declined counts as heard (``party-heard="true"``, with the refusal in ``note``). A step without
    ``party-heard`` has not recorded it: not judged. Whether the statements were weighed is left to a
    person. Formats 1.0 and 1.1 have no ``party-heard`` and are not judged.

    Non-compliant: a 1.2 dossier with ``<step id="S03" kind="seizure" party-present="true"
    party-heard="false"/>``.

    Compliant: ``<step id="S03" kind="seizure" party-present="true" party-heard="true"/>``; or
    ``party-present="false" party-heard="false"`` (absent, witness per CO-M-011).
    """

    meta = RuleMeta(
        id="CO-M-008",
        title="实施查封、扣押未听取当事人的陈述和申辩",
        system=System.PROCEDURE,
        case_types=ALL_CASE_TYPES,
        severity=Severity.ERROR,
        legal_basis=(cl(18, item=6),),
        remediation="实施查封、扣押时当场听取当事人的陈述和申辩，并在现场笔录中记载当事人的陈述、申辩意见"
        "（当事人放弃陈述、申辩的，记载其放弃）；对当事人提出的事实、理由和证据进行复核；"
        "已经遗漏的，核查现场笔录和录音录像，无法补正的在案卷中书面说明。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        if not ctx.dossier.at_least("1.2"):
            return
        for step in _measure_steps(ctx):
            if step.party_heard is False and step.party_present is not False:
                yield Hit(f"{describe(step)}：现场笔录记录未听取当事人的陈述和申辩（party-heard=\"false\"）。",
                          step=step.id)


class MeasureRecordSigned(Rule):
    """The on-site record (现场笔录) of a 查封/扣押 is signed by the party and the officers, or the refusal noted.

    Requirement: 行政强制法 Art 18 item 8: the 现场笔录 is signed or sealed by the party and the
    officers; if the party refuses, this is noted in the record. For each ``seal_up``/``seizure``
    step where the party was not recorded as absent (absence is CO-M-011's case):

    - ``party-signed="true"``; or ``party-signed="false"`` with the refusal noted (any ``note`` on
      the step, e.g. ``note="当事人拒绝签名"``); a step without ``party-signed`` is a finding;
    - the officers' signature: no text record of the step is marked ``signed="false"``. The
      documents judged are the step's ``<record document>`` references other than the measure's
      decision and inventory (those are CO-SEAL-003's); a step without any text record is REC-014's.

    Non-compliant: ``<step id="S03" kind="seizure" party-present="true" party-signed="false"/>``
    without ``note``; or ``<record document="D02"/>`` where D02 has ``signed="false"``.

    Compliant: ``<step id="S03" kind="seizure" party-present="true" party-signed="true"><record
    document="D02"/></step>`` with D02 signed; or ``party-signed="false" note="当事人拒绝签名"``.
    """

    meta = RuleMeta(
        id="CO-M-010",
        title="查封、扣押现场笔录未经当事人和执法人员签名",
        system=System.RECORDING,
        case_types=ALL_CASE_TYPES,
        severity=Severity.ERROR,
        legal_basis=(cl(18, item=8),),
        remediation="现场笔录交当事人核对后由当事人和执法人员签名或盖章；当事人拒绝的，在笔录中注明拒绝的情况；"
        "笔录缺少执法人员签名的，说明原因并由执法人员补签，不能补正的在案卷中书面说明。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        dossier = ctx.dossier
        documents = dossier.document_by_id
        for step in _measure_steps(ctx):
            problems: list[str] = []
            gaps = 0  # problems that are unrecorded facts, not breaches shown by the file
            if step.party_present is not False:
                if step.party_signed is False and not step.note:
                    problems.append("当事人未签名，笔录中也未注明当事人拒绝签名的情况")
                elif step.party_signed is None:
                    problems.append("未记录当事人是否在现场笔录上签名或盖章（party-signed）")
                    gaps += 1
            own = {
                ref
                for m in dossier.measures
                if m.step == step.id
                for ref in (m.decision_document, m.inventory)
                if ref is not None
            }
            for record in step.records:
                ref = record.document
                if ref is None or ref in own:
                    continue
                doc = documents.get(ref)
                if doc is not None and doc.signed is False:
                    problems.append(f"笔录 {doc.id} 标记为未签名（signed=\"false\"），缺少执法人员或当事人的签名")
            if problems:
                yield Hit(f"{describe(step)}：{'；'.join(problems)}。", step=step.id, unrecorded=gaps == len(problems))


class WitnessWhenPartyAbsent(Rule):
    """When the party is absent from a 查封/扣押, a witness attends and signs the on-site record.

    Requirement: 行政强制法 Art 18 item 9: 当事人不到场的，邀请见证人到场，由见证人和行政执法人员在
    现场笔录上签名或者盖章. For each ``seal_up``/``seizure`` step with ``party-present="false"``:
    ``witness-signed="true"`` is required, and ``witness-present`` must not be ``false`` (a
    witness's signature implies presence, so ``witness-present`` may be omitted; ``false`` with a
    signature contradicts it). The officers' signature is CO-M-010's check. Whether the witness was
    independent of the organ (catalogue: unconfirmed) is not recorded and not judged.

    Non-compliant: ``<step id="S03" kind="seizure" party-present="false" witness-present="true"/>``
    (no witness signature), or ``party-present="false"`` with no witness at all.

    Compliant: ``<step id="S03" kind="seizure" party-present="false" witness-present="true"
    witness-signed="true"/>``.
    """

    meta = RuleMeta(
        id="CO-M-011",
        title="当事人不到场时没有见证人到场签名",
        system=System.PROCEDURE,
        case_types=ALL_CASE_TYPES,
        severity=Severity.ERROR,
        legal_basis=(cl(18, item=9),),
        remediation="当事人不到场的，应邀请与案件无利害关系的见证人到场，由见证人和执法人员在现场笔录上签名或盖章，"
        "笔录中载明见证人身份；无法补正的，在案卷中书面说明情况。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        for step in _measure_steps(ctx):
            if step.party_present is not False:
                continue
            if step.witness_signed:
                if step.witness_present is False:
                    yield Hit(
                        f"{describe(step)}：当事人不在场，记录了见证人签名，但又记录见证人未到场（witness-present=\"false\"），"
                        "记录相互矛盾。",
                        step=step.id,
                    )
                continue
            if step.witness_present:
                what = "见证人到场但未在现场笔录上签名或盖章" if step.witness_signed is False else "未记录见证人是否在现场笔录上签名"
            else:
                what = "未邀请见证人到场，现场笔录也没有见证人签名"
            yield Hit(f"{describe(step)}：当事人不在场，{what}。", step=step.id)


# ---------------------------------------------------------------- coercive measures: documents


# ---------------------------------------------------------------- restriction of personal liberty (format 1.2)


class LibertyRestrictionFamilyToldAndPeriod(Rule):
    """A restriction of personal liberty: the family is told, and the legal period is not exceeded.

    Requirement: 行政强制法 Art 20 para 1 item 1: 「当场告知或者实施行政强制措施后立即通知当事人家属实施行政强制
    措施的行政机关、地点和期限」; para 2: 「实施限制人身自由的行政强制措施不得超过法定期限。实施行政强制措施的目的
    已经达到或者条件已经消失，应当立即解除。」 Judged in dossiers in format 1.2 or later, on every
    ``liberty_restriction`` step (1.2): (1) ``family-told-at`` (1.2) records when the family was told (on the
    spot or afterwards); omitted is a finding; (2) where ``start``, ``end`` and ``limit-hours`` (1.2: the
    period in hours the law applied sets, e.g. 留置盘问 24 hours) are recorded, a restriction lasting longer
    is a finding. How soon is 「立即」, what the notice said (organ, place, period), the emergency report on
    return (item 2), the Art 18 procedure and release once the purpose is achieved are left to a person;
    the step is not judged without those figures. Formats 1.0 and 1.1 have no such step.

    Non-compliant: a 1.2 dossier with ``<step id="S09" kind="liberty_restriction" start="2025-06-03T10:00:00"
    end="2025-06-04T12:00:00" limit-hours="24"/>`` (no family notice, 26 hours).

    Compliant: ``end="2025-06-04T09:00:00" family-told-at="2025-06-03T10:30:00"``.
    """

    meta = RuleMeta(
        id="CO-M-012",
        title="限制人身自由未通知家属或者超过法定期限",
        system=System.PROCEDURE,
        case_types=ALL_CASE_TYPES,
        severity=Severity.ERROR,
        legal_basis=(cl(20, 1, 1), cl(20, 2)),
        remediation="实施限制公民人身自由的行政强制措施，应当场告知或者实施后立即通知当事人家属实施措施的行政机关、地点和"
        "期限，并记录通知时间和方式；不得超过法律规定的期限，目的已经达到或者条件已经消失的应当立即解除，"
        "在案卷中载明起止时间和所依据的法定期限。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        dossier = ctx.dossier
        if not dossier.at_least("1.2"):
            return
        for restriction in dossier.steps_of(StepKind.LIBERTY_RESTRICTION):
            problems = []
            if restriction.family_told_at is None:
                problems.append("未记录通知当事人家属的时间（family-told-at）")
            start, end, limit = restriction.start, restriction.end, restriction.limit_hours
            if start is not None and end is not None and limit is not None:
                lasted = end - start
                if lasted > dt.timedelta(hours=limit):
                    problems.append(f"持续 {_hours(lasted)}，超过法定期限 {limit} 小时"
                                    f"（超出 {_hours(lasted - dt.timedelta(hours=limit))}）")
            if problems:
                yield Hit(f"{describe(restriction)}：{'；'.join(problems)}。", step=restriction.id)


class MeasureDecisionAndInventory(Rule):
    """Each 查封/扣押 has a decision (决定书) and an inventory (清单) in the dossier.

    Requirement: 行政强制法 Art 24 para 1: the organ makes and hands over on the spot a 查封、扣押
    决定书 and a 清单. Each ``seal_up``/``seizure`` measure sets ``decision-document`` and
    ``inventory``, and both name documents of the dossier. (Whether they were handed over on the
    spot and what they state, Art 24 paras 2–3, are not checked here.)

    Non-compliant: ``<measure id="M1" kind="seizure" step="S03" start="2025-06-03"
    decision-document="D03"/>`` (no inventory), or ``inventory="D99"`` with no document D99.

    Compliant: ``<measure id="M1" kind="seizure" step="S03" start="2025-06-03" decision-document="D03"
    inventory="D04"/>`` with documents D03 (seizure_decision) and D04 (seizure_inventory).
    """

    meta = RuleMeta(
        id="CO-SEAL-003",
        title="查封、扣押缺少决定书或清单",
        system=System.PROCEDURE,
        case_types=ALL_CASE_TYPES,
        severity=Severity.ERROR,
        legal_basis=(cl(24, 1),),
        remediation="将查封（扣押）决定书和查封（扣押）清单归入案卷并在措施中引用；未制作或未当场交付的，"
        "应依法补正并书面告知当事人，清单一式二份，由当事人和行政机关分别保存。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        for measure in ctx.dossier.measures:
            if measure.kind not in _SEAL_KINDS:
                continue
            documents = ctx.dossier.document_by_id
            problems: list[str] = []
            for ref, name in ((measure.decision_document, "查封、扣押决定书"), (measure.inventory, "查封、扣押清单")):
                if ref is None:
                    problems.append(f"未载明{name}")
                elif ref not in documents:
                    problems.append(f"引用的{name} {ref} 不在案卷文书中")
            if problems:
                yield Hit(f"{_measure_label(ctx, measure)}：{'；'.join(problems)}。", step=measure.step)


# ---------------------------------------------------------------- coercive measures: period


def _period_end(ctx: Context, start: dt.date, days: int, excluded: frozenset[dt.date]) -> tuple[dt.date, dt.date, int]:
    """End of a calendar-day period of ``days`` after ``start`` with ``excluded`` days not counted.

    Returns the last day (moved to the next working day where needed), the unmoved last day and
    the number of excluded days skipped.
    """
    if not excluded:
        return ctx.calendar_day_deadline(start, days), start + dt.timedelta(days=days), 0
    day, remaining, skipped = start, days, 0
    while remaining > 0:
        day += _ONE_DAY
        if day in excluded:
            skipped += 1
        else:
            remaining -= 1
    return ctx.calendar_day_deadline(start, days + skipped), day, skipped


def _moved(end: dt.date, raw: dt.date) -> str:
    return f"，末日 {raw.isoformat()} 为非工作日，顺延至 {end.isoformat()}" if end != raw else ""


def _days_of(first: dt.date, last: dt.date) -> set[dt.date]:
    out: set[dt.date] = set()
    day = first
    while day <= last:
        out.add(day)
        day += _ONE_DAY
    return out


class MeasureWithinPeriod(Rule):
    """A 查封/扣押 ends (released or disposed of) within its statutory period.

    Requirement: 行政强制法 Art 25: the period is at most 30 days (calendar days, start day not
    counted; a last day that is not a working day moves to the next working day). In complex
    cases the organ head may approve an extension: 「延长期限不得超过三十日」 (para 1) — the text caps the
    extension at 30 days, it does not say how many decisions may make it up; each must be decided within
    the period as it then runs. Time for testing, inspection, quarantine or technical appraisal is not
    counted (para 3, unconditionally); that period must be fixed and notified to the party in writing
    (para 3, a duty of its own). Within the period the organ decides on disposal or release (Art 27, 28).

    Data: the period runs from ``measure/@start``. Extensions are ``extension`` steps with
    ``measure="<id>"`` and ``days``, counted in date order while they total at most 30 days, each only
    if it has ``approved-by`` and ``approved-on`` and both its day and its approval are on or before the
    period end as it then runs; it runs from that end. An extension taking the total over 30 days (the
    excess not counted), an extension without ``days`` (counted as what is left of the 30), an unapproved
    or late extension is a finding on the extension step. ``excluded-period`` days are deducted; one
    without ``notified="true"`` is also a finding (not told in writing). The measure's end is ``measure/@end``, or
    without it the first ``release`` step with ``measure="<id>"``. Open case without an
    end: a deadline alert (预警) on ``as_of`` — yellow while the period end is within the profile's
    ``alert_window``, red once it has passed, nothing before; closed case without an end: a finding.

    Non-compliant: ``<measure id="M1" kind="seizure" start="2025-06-03" end="2025-07-04"/>``
    (period ends 2025-07-03), or a second ``<step kind="extension" measure="M1" days="10"/>`` after a
    first one of 30 days.

    Compliant: ``<measure id="M1" kind="seizure" start="2025-06-03" end="2025-07-03"/>``; or
    ``end="2025-08-04"`` with ``<step kind="extension" measure="M1" date="2025-07-01" days="30"
    approved-by="O9" approved-on="2025-07-01"/>``.
    """

    meta = RuleMeta(
        id="CO-SEAL-006",
        title="查封、扣押超过法定期限",
        system=System.PROCEDURE,
        case_types=ALL_CASE_TYPES,
        severity=Severity.ERROR,
        legal_basis=(cl(25, 1), cl(25, 3), cl(27), cl(28, 1, 4)),
        remediation="核对查封、扣押的起止日期和延长审批：期限届满应立即作出处理决定或解除并退还财物；"
        "情况复杂需延长的，应在期限届满前经负责人批准延长一次（不超过三十日）并书面告知当事人理由；"
        "检测、检验等期间须明确并书面告知当事人，否则不得扣除。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        for measure in ctx.dossier.measures:
            if measure.kind in _SEAL_KINDS:
                yield from _period_hits(ctx, measure, _SEAL_PERIOD)


@dataclass(frozen=True)
class _PeriodSpec:
    """How the statutory period of one kind of measure is judged (CO-SEAL-006, CO-FRZ-004)."""

    noun: str  # 「查封、扣押」 / 「冻结」
    extension_label: str  # the label of an ``extension`` step naming such a measure
    #: whether notified testing/appraisal periods are deducted (Art 25 para 3: 查封/扣押 only)
    deducts_testing: bool


_SEAL_PERIOD = _PeriodSpec("查封、扣押", STEP_LABELS[StepKind.EXTENSION], deducts_testing=True)
_FREEZE_PERIOD = _PeriodSpec("冻结", "延长冻结期限", deducts_testing=False)


def _labelled(step: Step, label: str) -> str:
    """Like :func:`describe` with another label: 「S07 延长冻结期限（2025-07-01）」."""
    return f"{step.id} {label}（{step.day.isoformat()}）"


def _period_hits(ctx: Context, measure: Measure, spec: _PeriodSpec) -> Iterator[Hit]:
    """The findings of one measure against its 30-day period plus approved extensions of at most 30 days in all."""
    dossier = ctx.dossier
    label = _measure_label(ctx, measure)
    excluded: set[dt.date] = set()
    unnotified: list[str] = []
    ignored: list[str] = []
    for period in measure.excluded_periods:
        span = f"{period.start.isoformat()} 至 {period.end.isoformat()}（{period.reason}）"
        if not spec.deducts_testing:
            ignored.append(span)
        else:
            # Art 25 para 3: the testing period is not part of the measure's period, whatever the notice;
            # telling the party in writing is a duty of its own (reported below)
            excluded |= _days_of(period.start, period.end)
            if not period.notified:
                unnotified.append(span)
    frozen = frozenset(excluded)

    original_end, raw, skipped = _period_end(ctx, measure.start, SEAL_PERIOD_DAYS, frozen)
    period_end = original_end
    basis = [f"法定期限{SEAL_PERIOD_DAYS}日{_moved(original_end, raw)}"]

    extensions = sorted(
        (s for s in dossier.steps_of(StepKind.EXTENSION) if s.measure == measure.id), key=lambda s: s.day
    )
    used = 0  # days of extension counted so far: Art 25 para 1 caps the extension at 30 days in all
    for ext in extensions:
        ext_text = _labelled(ext, spec.extension_label)
        left = SEAL_EXTENSION_MAX_DAYS - used
        problems: list[str] = []
        counted = True
        if not (ext.approved_by and ext.approved_on):
            problems.append("没有行政机关负责人批准的记录（批准人和批准日期）")
            counted = False
        late = [ext.day] + ([ext.approved_on] if ext.approved_on else [])
        if max(late) > period_end:
            problems.append(f"延长决定或其批准晚于当时的期限届满日 {period_end.isoformat()}")
            counted = False
        if ext.days is None:
            problems.append(f"未载明延长天数（按法定上限余下的{left}日计）")
        elif ext.days > left:
            problems.append(
                f"延长 {ext.days} 日，与此前的延长合计超过法定上限{SEAL_EXTENSION_MAX_DAYS}日（按{left}日计）"
                if used else f"延长 {ext.days} 日，超过法定上限{SEAL_EXTENSION_MAX_DAYS}日（按{left}日计）"
            )
        if problems:
            tail = "该延长不予计算" if not counted else "超出部分不予计算"
            yield Hit(f"{label}的延长 {ext_text}：{'；'.join(problems)}；{tail}。", step=ext.id)
        days = min(ext.days if ext.days is not None else left, left)
        if counted and days > 0:
            before = period_end
            period_end, raw, more = _period_end(ctx, before, days, frozen)
            skipped += more
            used += days
            basis.append(f"期限届满日 {before.isoformat()}，经 {ext.id} 批准延长 {days} 日{_moved(period_end, raw)}")

    if skipped:
        basis.append(f"已扣除书面告知当事人的检测等期间 {skipped} 日")
    if unnotified:
        yield Hit(f"{label}的检测等期间 {'、'.join(unnotified)}未书面告知当事人（行政强制法第二十五条第三款：检测等期间"
                  "应当明确，并书面告知当事人）；该期间仍不计入查封、扣押期限。", step=measure.step)
    if ignored:
        basis.append(f"记录的期间 {'、'.join(ignored)}不予扣除（冻结期限没有扣除检测等期间的规定）")
    rule_text = "；".join(basis)

    releases = [s.day for s in dossier.steps_of(StepKind.RELEASE) if s.measure == measure.id]
    actual = measure.end if measure.end is not None else min(releases, default=None)
    head = f"{label}自 {measure.start.isoformat()} 起算，期限届满日 {period_end.isoformat()}（{rule_text}）"
    if actual is not None:
        if actual > period_end:
            over = (actual - period_end).days
            yield Hit(f"{head}，实际解除或处理日 {actual.isoformat()}，超期 {over} 日。", step=measure.step)
    elif dossier.case.status is CaseStatus.OPEN:
        alert = ctx.alert_for(period_end)
        if alert is not None:
            yield Hit(
                f"{head}，截至 {ctx.as_of.isoformat()} 仍未记录解除或处理决定{alert_text(ctx, alert, period_end)}。",
                step=measure.step,
                alert=alert,
            )
    else:
        yield Hit(
            f"{head}，案件已结案但未记录解除或处理日期（measure 的 end 或 release 环节）。", step=measure.step
        )


class NoFeesChargedForSeizure(Rule):
    """The party is not charged for the storage (or testing) of items sealed up or seized.

    Requirement: 行政强制法 Art 26 para 3: 因查封、扣押发生的保管费用由行政机关承担; Art 25 para 3: the
    costs of testing, inspection, quarantine or technical appraisal are borne by the organ too. A
    ``fee-charged`` amount above 0 on a ``release`` or ``return_of_items`` step (format 1.2) is
    reported. Whether the items were kept safe (Art 26 para 1) is left to a person.

    Non-compliant: ``<step id="S05" kind="return_of_items" date="2025-06-30" measure="M1" fee-charged="300"/>``.

    Compliant: the same without ``fee-charged``, or with ``fee-charged="0"``.
    """

    meta = RuleMeta(
        id="CO-SEAL-010",
        title="向当事人收取查封、扣押财物的保管或检测费用",
        system=System.PROCEDURE,
        case_types=ALL_CASE_TYPES,
        severity=Severity.ERROR,
        legal_basis=(cl(26, 3), cl(25, 3)),
        remediation="查封、扣押财物的保管费用和检测、检验、检疫、技术鉴定费用由行政机关承担：已向当事人收取的，予以退还并书面说明。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        dossier = ctx.dossier
        if not dossier.at_least("1.2"):
            return
        for step in dossier.steps_of(StepKind.RELEASE, StepKind.RETURN_OF_ITEMS):
            if step.fee_charged is not None and step.fee_charged > 0:
                yield Hit(f"{describe(step)}向当事人收取费用 {yuan(step.fee_charged)} 元：查封、扣押的保管费用（以及检测等费用）"
                          "应由行政机关承担。", step=step.id)


class ItemsReturnedOnRelease(Rule):
    """Items are returned after a 查封/扣押 is released.

    Requirement: 行政强制法 Art 28 para 2: 解除查封、扣押应当立即退还财物; where perishable or
    hard-to-keep items were auctioned or sold, the proceeds are returned (recorded as a
    ``return_of_items`` step as well). For each ``release`` step of a 查封/扣押 in a closed case
    there must be a ``return_of_items`` step linked to it:

    - a return with ``measure="<id>"`` belongs to the measure with that id, and satisfies a
      release with the same ``measure`` whatever its date;
    - a return without ``measure`` (or a release without ``measure``) is linked by date: a return
      dated on or after the release's day satisfies it.

    A release counts as one of a 查封/扣押 when its ``measure`` names a seal-up or seizure
    ``<measure>``; a release without ``measure`` (or naming an unknown id) counts when the dossier
    has a ``seal_up``/``seizure`` step or a seal-up/seizure ``<measure>``; a release of a freeze
    (冻结) is not judged (nothing is handed back). Open case: no finding (the return may still
    follow). Format 1.0 has no ``return_of_items`` step: a 1.0 dossier without one is not judged.
    How soon is "立即" is not quantified by the law and is not judged; nor is whether every item
    was returned.

    Non-compliant: a closed format-1.1 case with ``<step id="S04" kind="release" date="2025-06-30"
    measure="M1"/>`` and no ``return_of_items`` step.

    Compliant: the same with ``<step id="S05" kind="return_of_items" date="2025-06-30"
    measure="M1"/>``, or a ``return_of_items`` step without ``measure`` dated 2025-06-30 or later.
    """

    meta = RuleMeta(
        id="CO-SEAL-009",
        title="解除查封、扣押后未退还财物",
        system=System.PROCEDURE,
        case_types=ALL_CASE_TYPES,
        severity=Severity.ERROR,
        legal_basis=(cl(28, 2),),
        remediation="解除查封、扣押后立即退还财物，制作退还清单由当事人签收并归入案卷；已拍卖或变卖鲜活物品等财物的，"
        "退还所得款项，变卖价格明显低于市场价格造成损失的依法补偿；已退还但未入卷的，补充退还记录。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        dossier = ctx.dossier
        if dossier.case.status is CaseStatus.OPEN:
            return
        returns = list(dossier.steps_of(StepKind.RETURN_OF_ITEMS))
        if not returns and not dossier.at_least("1.1"):
            return  # format 1.0 has no return_of_items step: not recorded, not judged
        by_id = {m.id: m for m in dossier.measures}
        has_seal = any(dossier.steps_of(*MEASURE_STEPS)) or any(m.kind in _SEAL_KINDS for m in dossier.measures)
        for release in dossier.steps_of(StepKind.RELEASE):
            measure = by_id.get(release.measure) if release.measure is not None else None
            if measure is not None:
                if measure.kind not in _SEAL_KINDS:
                    continue
            elif not has_seal:
                continue
            if any(_returns_for(r, release) for r in returns):
                continue
            label = _measure_label(ctx, measure) if measure is not None else "查封、扣押"
            yield Hit(
                f"{describe(release)}解除{label}，案件已结案，但案卷中没有退还财物的记录"
                f"（return_of_items 环节，measure=\"{release.measure or '…'}\" 或日期不早于 {release.day.isoformat()}）。",
                step=release.id,
            )


def _returns_for(ret: Step, release: Step) -> bool:
    """Whether a ``return_of_items`` step answers a ``release`` step (see CO-SEAL-009)."""
    if ret.measure is not None and release.measure is not None:
        return ret.measure == release.measure
    return ret.day >= release.day


# ---------------------------------------------------------------- CO-SEAL-011 (transfer to judicial organs)


def _held_at(dossier: Dossier, measure: Measure, day: dt.date) -> bool:
    """Whether a measure still holds its items on ``day``: begun on or before it, not ended (``end``)
    before it, and not released by a ``release`` step naming it dated on or before it."""
    if measure.start > day or (measure.end is not None and measure.end < day):
        return False
    return not any(r.measure == measure.id and r.day <= day for r in dossier.steps_of(StepKind.RELEASE))


def _handed_over(measure: Measure, transfer: Step) -> bool:
    """A transfer carries a measure's items when it names the measure or records its inventory."""
    if transfer.measure == measure.id:
        return True
    return measure.inventory is not None and any(r.document == measure.inventory for r in transfer.records)


def _notice_for(notice: Step, transfer: Step) -> bool:
    """Whether a ``transfer_notice`` answers a ``transfer`` (by ``of``, else by date on or after it)."""
    if notice.of is not None:
        return notice.of == transfer.id
    return notice.day >= transfer.day


class SeizedItemsTransferredAndPartyTold(Rule):
    """On a transfer to the judicial organs, the items sealed up, seized or frozen go along and the
    party is told in writing.

    Requirement: 行政强制法 Art 21: 「违法行为涉嫌犯罪应当移送司法机关的，行政机关应当将查封、扣押、冻结的
    财物一并移送，并书面告知当事人。」 Judged in dossiers in format 1.2 or later, on every ``transfer`` step
    on whose day a ``<measure>`` still holds items (begun on or before that day, its ``end`` not earlier,
    and no ``release`` naming it on or before that day): (1) some ``transfer`` step names the measure
    (``measure``) or records its ``inventory`` document; (2) a ``transfer_notice`` step (1.2) answers the
    transfer: its ``of`` names the transfer, or without ``of`` it is dated on or after it. A transfer
    while no measure holds items is not judged (nothing to hand over). Whether every item went along
    and the notice's wording are left to a person. Formats 1.0 and 1.1 have no ``transfer_notice`` step
    and are not judged.

    Non-compliant: a 1.2 dossier with ``<measure id="M1" kind="seizure" start="2025-06-03"/>`` still in
    force and ``<step id="S22" kind="transfer" date="2025-06-20"/>`` with neither ``measure`` nor the
    inventory recorded, and no ``transfer_notice``.

    Compliant: ``<step id="S22" kind="transfer" date="2025-06-20" measure="M1"/>`` and
    ``<step id="S23" kind="transfer_notice" date="2025-06-20" of="S22"/>``.
    """

    meta = RuleMeta(
        id="CO-SEAL-011",
        title="移送司法机关时未一并移送查封、扣押、冻结的财物或者未书面告知当事人",
        system=System.PROCEDURE,
        case_types=frozenset({CaseType.PUNISHMENT, CaseType.COERCIVE_MEASURE}),  # the cases that transfer (XFER)
        severity=Severity.ERROR,
        legal_basis=(cl(21),),
        remediation="违法行为涉嫌犯罪移送司法机关的，将查封、扣押、冻结的财物随案一并移送（移送环节注明措施或附查封、扣押清单），"
        "并制作移送告知书书面告知当事人；已移送、已告知而未入卷的，补入移送清单、接收回执和告知书及其送达回证。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        dossier = ctx.dossier
        if not dossier.at_least("1.2") or not dossier.measures:
            return
        transfers = sorted(dossier.steps_of(StepKind.TRANSFER), key=lambda s: s.day)
        notices = list(dossier.steps_of(StepKind.TRANSFER_NOTICE))
        reported: set[str] = set()
        for transfer in transfers:
            held = [m for m in dossier.measures if _held_at(dossier, m, transfer.day)]
            if not held:
                continue
            left = [m for m in held if m.id not in reported and not any(_handed_over(m, t) for t in transfers)]
            if left:
                reported.update(m.id for m in left)
                labels = "、".join(_measure_label(ctx, m) for m in left)
                yield Hit(f"{describe(transfer)}时{labels}仍在实施，但案卷未记录其财物随案移送"
                          "（移送环节未注明该措施，也未记录其查封、扣押清单）。", step=transfer.id)
            if not any(_notice_for(n, transfer) for n in notices):
                yield Hit(f"{describe(transfer)}移送了仍在实施强制措施的案件，但案卷中没有书面告知当事人财物随案移送的记录"
                          f"（transfer_notice 环节，of=\"{transfer.id}\" 或日期不早于 {transfer.day.isoformat()}）。",
                          step=transfer.id)


# ---------------------------------------------------------------- coercive measures: freeze (冻结)

#: 冻结决定书 handed to the party within three days (行政强制法 Art 31); working days by Art 69.
FREEZE_DECISION_DAYS = 3


def _freezes(ctx: Context) -> Iterator[Measure]:
    return (m for m in ctx.dossier.measures if m.kind is MeasureKind.FREEZE)


#: Document kinds (1.2) of a freeze step's records that are not the on-site record (笔录).
FREEZE_NOTICE_KINDS = frozenset({"freeze_notice"})
_FREEZE_PAPERS = FREEZE_NOTICE_KINDS | {"freeze_decision", "seizure_decision"}
_OFFICER_ROLES = frozenset({Role.LEAD, Role.ASSISTING})


class FreezeNotAboveSumInvolved(Rule):
    """The amount frozen does not exceed the sum involved in the violation.

    Requirement: 行政强制法 Art 29 para 2: 「冻结存款、汇款的数额应当与违法行为涉及的金额相当；已被其他国家机关依法
    冻结的，不得重复冻结。」 Judged on every ``freeze`` step (format 1.2) that records both the amount frozen
    (``amount``) and the sum involved in the violation (``sum-involved``, 1.2): an amount above the sum
    is a finding (an amount at or below it is taken as 相当; how far below is a judgement). A warning: the
    text asks for 「相当」, not 「不得超过」, so how much above is still commensurate is a judgement. Not judged where
    either figure is missing. Whether the organ is one a law empowers to freeze and acts without
    entrustment (Art 29 para 1) is SUBJ-008's and SUBJ-009's business; a duplicate freeze is not recorded.

    Non-compliant: ``<step id="S03" kind="freeze" date="2025-09-30" amount="80000" sum-involved="50000"/>``.

    Compliant: ``amount="50000" sum-involved="50000"``.
    """

    meta = RuleMeta(
        id="CO-FRZ-001",
        title="冻结存款、汇款的数额超过违法行为涉及的金额",
        system=System.PROCEDURE,
        case_types=ALL_CASE_TYPES,
        severity=Severity.WARNING,
        legal_basis=(cl(29, 2),),
        remediation="冻结存款、汇款的数额应当与违法行为涉及的金额相当：超出部分应及时作出解除冻结决定并通知金融机构和当事人；"
        "在冻结决定书和冻结通知书中载明冻结数额，在案卷中记录违法行为涉及金额的计算依据。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        for freeze in ctx.dossier.steps_of(StepKind.FREEZE):
            if freeze.amount is None or freeze.sum_involved is None or freeze.amount <= freeze.sum_involved:
                continue
            yield Hit(f"{describe(freeze)}冻结 {yuan(freeze.amount)} 元，超过违法行为涉及的金额 {yuan(freeze.sum_involved)} 元"
                      f"（超出 {yuan(freeze.amount - freeze.sum_involved)} 元）。", step=freeze.id)


class FreezeProcedure(Rule):
    """A freeze follows Art 18 items 1, 2, 3 and 7, and the freeze notice goes to the bank.

    Requirement: 行政强制法 Art 30 para 1: 「行政机关依照法律规定决定实施冻结存款、汇款的，应当履行本法第十八条第一项、
    第二项、第三项、第七项规定的程序，并向金融机构交付冻结通知书。」 (Art 18: (一) 实施前须向行政机关负责人报告并
    经批准；(二) 由两名以上行政执法人员实施；(三) 出示执法身份证件；(七) 制作现场笔录.) Judged on every ``freeze``
    step (format 1.2): (1) ``approved-by`` names the organ head (role ``agency_head``) and ``approved-on`` is
    not after the step's day (Art 30 does not refer to the emergency procedure of Art 19, so there is no
    approval afterwards); (2) at least two officers with role ``lead``/``assisting`` on the step; (3)
    ``certificates-shown="true"``; (4) a text record (a ``<record document>`` other than the freeze notice
    and decision); (5) a document of kind ``freeze_notice`` (冻结通知书, 1.2) recorded on the step. The
    validity of the officers' certificates is not judged here (a ``freeze`` is not among the on-site
    steps CERT-* read); the wording of the notice and the bank's receipt are left to a person. Formats
    1.0 and 1.1 have no ``freeze`` step and are not judged.

    Non-compliant: ``<step id="S03" kind="freeze" date="2025-09-30"><officer ref="O1"/></step>``.

    Compliant: ``<step id="S03" kind="freeze" date="2025-09-30" approved-by="O9" approved-on="2025-09-30"
    certificates-shown="true"><officer ref="O1"/><officer ref="O2"/><record document="D02"/>
    <record document="D09"/></step>`` with D02 an ``on_site_record`` and D09 a ``freeze_notice``.
    """

    meta = RuleMeta(
        id="CO-FRZ-002",
        title="冻结存款、汇款未履行法定程序或者未向金融机构交付冻结通知书",
        system=System.PROCEDURE,
        case_types=ALL_CASE_TYPES,
        severity=Severity.ERROR,
        legal_basis=(cl(30, 1), cl(18, item=1), cl(18, item=2), cl(18, item=3), cl(18, item=7)),
        remediation="冻结存款、汇款前报行政机关负责人批准；由两名以上行政执法人员实施并出示执法身份证件，制作现场笔录；"
        "向金融机构交付冻结通知书并取得回执。将审批表、笔录、冻结通知书及回执归入案卷，并在冻结环节登记。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        dossier = ctx.dossier
        documents = dossier.document_by_id
        officers = dossier.officer_by_id
        for freeze in dossier.steps_of(StepKind.FREEZE):
            problems = head_problems(dossier, freeze.approved_by, "批准人", "未记载负责人批准（approved-by）")
            if freeze.approved_by is not None and (freeze.approved_on is None or freeze.approved_on > freeze.day):
                when = freeze.approved_on.isoformat() if freeze.approved_on is not None else "未记载"
                problems.append(f"批准日期（approved-on）{when}，应不晚于冻结之日")
            team = [o for o in dict.fromkeys(freeze.officers) if o in officers and officers[o].role in _OFFICER_ROLES]
            if len(team) < 2:
                problems.append(f"实施的行政执法人员 {len(team)} 名，应为两名以上")
            if freeze.certificates_shown is not True:
                problems.append("未记录出示执法身份证件（certificates-shown）")
            kinds = [documents[r.document].kind for r in freeze.records
                     if r.document is not None and r.document in documents]
            if not any(k not in _FREEZE_PAPERS for k in kinds):
                problems.append("没有现场笔录")
            if not any(k in FREEZE_NOTICE_KINDS for k in kinds):
                problems.append("未记录向金融机构交付的冻结通知书（freeze_notice）")
            if problems:
                yield Hit(f"{describe(freeze)}：{'；'.join(problems)}。", step=freeze.id)


class FreezeDecisionDelivered(Rule):
    """The 冻结决定书 is delivered to the party within 3 working days of the freeze.

    Requirement: 行政强制法 Art 31: where deposits or remittances are frozen, the organ delivers
    the 冻结决定书 to the party within three days; Art 69 makes that three working days, counted
    from the day of the freeze (``measure/@start``), start day not counted. Data: each
    ``<measure kind="freeze">`` names its decision (``decision-document``, a document of the
    dossier) and the delivery is a ``service`` step whose ``of`` names the freeze step
    (``measure/@step``); the earliest such service counts. Findings: a freeze without a decision
    document or naming a missing one; a delivery after the third working day; no delivery in a
    closed case. Open case without a delivery: a deadline alert (预警), yellow within the profile's
    ``alert_window``, red once the third working day has passed. The contents of the decision
    (Art 31 items 1–5) and the 冻结通知书 to the bank (Art 30, CO-FRZ-002) are not judged.

    Non-compliant: ``<measure id="M2" kind="freeze" step="S03" start="2025-09-30"
    decision-document="D08"/>`` and ``<step kind="service" of="S03" date="2025-10-13"/>`` (3 WD:
    10-09, 10-10, Saturday 10-11 a make-up working day; the last day is 10-11).

    Compliant: the same freeze served on 2025-10-11.
    """

    meta = RuleMeta(
        id="CO-FRZ-003",
        title="未在三个工作日内向当事人交付冻结决定书",
        system=System.PROCEDURE,
        case_types=ALL_CASE_TYPES,
        severity=Severity.ERROR,
        legal_basis=(cl(31), cl(69)),
        remediation="冻结存款、汇款后三个工作日内向当事人交付冻结决定书（载明冻结的理由、依据和期限，冻结的账号和数额，"
        "复议诉讼途径和期限，加盖印章并注明日期），将决定书和送达回证归入案卷，并登记 of 指向冻结环节的送达环节；"
        "逾期交付的，在案卷中说明原因。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        documents = ctx.dossier.document_by_id
        open_case = ctx.dossier.case.status is CaseStatus.OPEN
        for measure in _freezes(ctx):
            label = _measure_label(ctx, measure)
            if measure.decision_document is None:
                yield Hit(f"{label}：未载明冻结决定书（decision-document）。", step=measure.step)
            elif measure.decision_document not in documents:
                yield Hit(
                    f"{label}：引用的冻结决定书 {measure.decision_document} 不在案卷文书中。",
                    step=measure.step,
                    document=measure.decision_document,
                )
            deadline = ctx.working_day_deadline(measure.start, FREEZE_DECISION_DAYS)
            head = (
                f"{label}自 {measure.start.isoformat()} 冻结，冻结决定书应在 {FREEZE_DECISION_DAYS} 个工作日内"
                f"（至 {deadline.isoformat()}）交付当事人"
            )
            service = service_of(ctx, measure.step)
            if service is not None:
                if service.day > deadline:
                    yield Hit(
                        f"{head}，实际于 {service.day.isoformat()} 经 {service.id} 送达，"
                        f"逾期 {(service.day - deadline).days} 日。",
                        step=service.id,
                    )
                continue
            missing = f"没有送达记录（应有 of=\"{measure.step}\" 的「{STEP_LABELS[StepKind.SERVICE]}」环节）"
            if not open_case:
                yield Hit(f"{head}，案卷中{missing}。", step=measure.step)
                continue
            alert = ctx.alert_for(deadline)
            if alert is not None:
                yield Hit(
                    f"{head}，截至 {ctx.as_of.isoformat()} {missing}{alert_text(ctx, alert, deadline)}。",
                    step=measure.step,
                    alert=alert,
                )


class FreezeWithinPeriod(Rule):
    """A 冻结 ends (released or disposed of) within 30 days, plus one approved extension of at most 30 days.

    Requirement: 行政强制法 Art 32 para 1: within 30 days of the freeze the organ decides on
    disposal or release; in complex cases the organ head may approve an extension of at most 30
    days (law may provide otherwise); Art 33 para 1 item 4: an expired freeze must be released
    (and para 3: the bank lifts it itself at expiry). Judged exactly as CO-SEAL-006 judges a
    查封/扣押 (calendar days, start day not counted, a last day that is not a working day moves
    to the next working day; only the first ``extension`` step with ``measure="<id>"`` counts, and
    only when approved (``approved-by``, ``approved-on``) on or before the original period end;
    end = ``measure/@end`` or the first ``release`` step; open case: deadline alert; closed case
    without an end: a finding), with one difference: Art 32 has no counterpart of Art 25 para 3,
    so ``excluded-period`` entries on a freeze are never deducted (the message says so). The
    written notice of the extension to the party (Art 32 para 2) is not recorded and not judged;
    neither is a longer period under a special law (法律另有规定的除外), e.g. sector laws with
    their own freeze periods: a dossier relying on one should say so in the remediation record.

    Non-compliant: ``<measure id="M2" kind="freeze" step="S03" start="2025-06-03" end="2025-07-04"/>``
    (period ends 2025-07-03).

    Compliant: ``end="2025-07-03"``; or ``end="2025-08-04"`` with ``<step kind="extension"
    measure="M2" date="2025-07-01" days="30" approved-by="O9" approved-on="2025-07-01"/>``.
    """

    meta = RuleMeta(
        id="CO-FRZ-004",
        title="冻结超过法定期限",
        system=System.PROCEDURE,
        case_types=ALL_CASE_TYPES,
        severity=Severity.ERROR,
        legal_basis=(cl(32, 1), cl(33, 1, 4)),
        remediation="核对冻结的起止日期和延长审批：自冻结之日起三十日内应作出处理决定或解除冻结决定，并及时通知金融机构和当事人；"
        "情况复杂需延长的，应在期限届满前经负责人批准延长一次（不超过三十日）并书面告知当事人理由；"
        "依据特别法律适用其他冻结期限的，在案卷中载明该法律依据。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        for measure in _freezes(ctx):
            yield from _period_hits(ctx, measure, _FREEZE_PERIOD)


# ---------------------------------------------------------------- suspension and termination of execution (format 1.2)

#: 中止执行满三年未恢复执行的，行政机关不再执行 (行政强制法 Art 39 para 2).
SUSPENSION_LAPSE_MONTHS = 36

_GROUND_LABELS: dict[ExecutionGround, str] = {
    ExecutionGround.HARDSHIP: "当事人履行行政决定确有困难或者暂无履行能力（第三十九条第一款第（一）项）",
    ExecutionGround.THIRD_PARTY_CLAIM: "第三人对执行标的主张权利，确有理由（第三十九条第一款第（二）项）",
    ExecutionGround.IRREPARABLE_LOSS: "执行可能造成难以弥补的损失，且中止执行不损害公共利益（第三十九条第一款第（三）项）",
    ExecutionGround.DEATH_WITHOUT_ESTATE: "公民死亡，无遗产可供执行，又无义务承受人（第四十条第（一）项）",
    ExecutionGround.DISSOLVED_WITHOUT_PROPERTY: "法人或者其他组织终止，无财产可供执行，又无义务承受人（第四十条第（二）项）",
    ExecutionGround.OBJECT_LOST: "执行标的灭失（第四十条第（三）项）",
    ExecutionGround.DECISION_REVOKED: "据以执行的行政决定被撤销（第四十条第（四）项）",
    ExecutionGround.SUSPENSION_LAPSED: "中止执行满三年未恢复执行（第三十九条第二款）",
    ExecutionGround.OTHER: "行政机关认为需要中止或者终结执行的其他情形",
}


def _suspension_end(ctx: Context, suspension: Step) -> Step | None:
    """What ended a suspension: the earliest resumption (``of`` = the suspension, or no ``of``) or
    termination dated on or after it; None while it lasts."""
    enders = [
        s for s in ctx.dossier.steps_of(StepKind.EXECUTION_RESUMPTION, StepKind.EXECUTION_TERMINATION)
        if s.day >= suspension.day and (s.kind is StepKind.EXECUTION_TERMINATION or s.of in (None, suspension.id))
    ]
    return min(enders, key=lambda s: s.day) if enders else None


def _lapse_day(suspension: Step) -> dt.date:
    """The last day of the three years of Art 39 para 2 (start day not counted)."""
    return add_months(suspension.day, SUSPENSION_LAPSE_MONTHS)


class SuspensionAndTerminationGrounds(Rule):
    """Execution is suspended (中止) or terminated (终结) only on a ground the law lists.

    Requirement: 行政强制法 Art 39 para 1: execution is suspended where (1) performing is really
    difficult for the party or it has no means for now, (2) a third party claims the object of
    execution with good reason, (3) execution may cause irreparable loss and suspending it does not
    harm the public interest, or (4) in other circumstances where the organ deems it necessary.
    Art 40: execution is terminated where (1) the citizen died leaving no estate and no successor
    to the duty, (2) the legal person or organisation ended leaving no property and no successor,
    (3) the object of execution is lost, (4) the decision executed was revoked, or (5) in other
    circumstances where the organ deems it necessary. Art 39 para 2: a suspension for inability to
    perform, without obvious social harm, that has lasted three years without resumption is not
    executed any more.
    Format 1.2 records the steps ``execution_suspension`` and ``execution_termination`` with a
    ``ground`` naming the item (``hardship``, ``third_party_claim``, ``irreparable_loss``, ``other``
    for Art 39; ``death_without_estate``, ``dissolved_without_property``, ``object_lost``,
    ``decision_revoked``, ``other``, and ``suspension_lapsed`` for Art 39 para 2, for Art 40).
    Findings: a step without ``ground``; a ground of the other article (a suspension "because the
    object was lost"); a termination for ``suspension_lapsed`` without a ``hardship`` suspension
    that had lasted more than three years (calendar, the corresponding day three years later; start
    day not counted) without resumption by the termination day. Not judged: whether the facts
    bear the ground out, and the catch-all ``other`` (the organ's judgement: a person reads the
    reasons in ``note``).

    Non-compliant: ``<step id="S07" kind="execution_suspension" date="2025-08-22"/>`` (no ground);
    ``<step id="S07" kind="execution_suspension" date="2025-08-22" ground="object_lost"/>``.

    Compliant: ``<step id="S07" kind="execution_suspension" date="2025-08-22"
    ground="third_party_claim"/>``; ``<step id="S09" kind="execution_termination" date="2025-09-01"
    ground="decision_revoked"/>``.
    """

    meta = RuleMeta(
        id="CO-E-010",
        title="中止执行或者终结执行无法定情形",
        system=System.PROCEDURE,
        case_types=_EXECUTION_CASES,
        severity=Severity.ERROR,
        legal_basis=(cl(39, 1), cl(40), cl(39, 2)),
        remediation="中止执行、终结执行应当符合《行政强制法》第三十九条第一款、第四十条列明的情形，在中止（终结）执行决定中"
        "载明所依据的情形和事实，并将证明材料归卷；因中止执行满三年未恢复执行而不再执行的，须以当事人确无能力履行为由中止、"
        "且无明显社会危害，并在案卷中载明中止日期和期间未恢复执行的情况。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        dossier = ctx.dossier
        for step in dossier.steps_of(StepKind.EXECUTION_SUSPENSION, StepKind.EXECUTION_TERMINATION):
            suspending = step.kind is StepKind.EXECUTION_SUSPENSION
            article = "第三十九条第一款" if suspending else "第四十条"
            listed = SUSPENSION_GROUNDS if suspending else TERMINATION_GROUNDS
            if step.ground is None:
                yield Hit(f"{describe(step)}未载明所依据的法定情形（ground），无法核对是否属于《行政强制法》{article}列明的情形。",
                          step=step.id)
            elif step.ground not in listed:
                yield Hit(f"{describe(step)}所依据的情形“{_GROUND_LABELS[step.ground]}”不是{article}列明的"
                          f"{'中止' if suspending else '终结'}执行情形。", step=step.id)
            elif step.ground is ExecutionGround.SUSPENSION_LAPSED:
                problem = self._lapse_problem(ctx, step)
                if problem:
                    yield Hit(f"{describe(step)}以中止执行满三年未恢复执行为由终结执行，但{problem}"
                              "（第三十九条第二款）。", step=step.id)

    @staticmethod
    def _lapse_problem(ctx: Context, termination: Step) -> str:
        hardship = [s for s in ctx.dossier.steps_of(StepKind.EXECUTION_SUSPENSION)
                    if s.ground is ExecutionGround.HARDSHIP and s.day <= termination.day]
        if not hardship:
            return "案卷中没有此前以当事人履行确有困难或者暂无履行能力为由的中止执行"
        for suspension in hardship:
            end = _suspension_end(ctx, suspension)
            if end is not None and end.kind is StepKind.EXECUTION_RESUMPTION and end.day <= termination.day:
                continue
            if termination.day > _lapse_day(suspension):
                return ""
        suspension = max(hardship, key=lambda s: s.day)
        end = _suspension_end(ctx, suspension)
        if end is not None and end.kind is StepKind.EXECUTION_RESUMPTION and end.day <= termination.day:
            return f"{describe(suspension)}已于 {end.day.isoformat()} 恢复执行（{end.id}）"
        return (f"{describe(suspension)}至终结日未满三年（{_lapse_day(suspension).isoformat()} 届满）")


class NoExecutionWhileSuspended(Rule):
    """No enforcement act while execution is suspended (before its resumption) or after it was terminated.

    Requirement: 行政强制法 Art 39: execution is suspended on the listed grounds and, once the ground
    has gone, the organ resumes it (应当恢复执行) — execution goes on only after a resumption;
    Art 40: a terminated execution is over. Format 1.2: an ``execution`` step dated after an
    ``execution_suspension`` (the day after or later) and before the ``execution_resumption`` that
    ends it (``of`` = the suspension, or without ``of`` any earlier suspension; a resumption on the
    execution day counts) is a finding, and so is an ``execution`` dated after an
    ``execution_termination``. Same-day steps are not judged (their order within the day is not
    recorded).

    Non-compliant: ``<step id="S07" kind="execution_suspension" date="2025-08-22"
    ground="third_party_claim"/>`` then ``<step id="S08" kind="execution" date="2025-08-26"/>``
    with no resumption.

    Compliant: the same with ``<step id="S09" kind="execution_resumption" date="2025-08-25"
    of="S07"/>``.
    """

    meta = RuleMeta(
        id="CO-E-110",
        title="中止执行期间或者终结执行后仍实施强制执行",
        system=System.PROCEDURE,
        case_types=_EXECUTION_CASES,
        severity=Severity.ERROR,
        legal_basis=(cl(39, 2), cl(40)),
        remediation="中止执行期间不得实施强制执行；中止执行的情形消失后，应当作出恢复执行的决定并告知当事人，"
        "再继续执行；终结执行后不得再执行。将恢复执行的决定和送达材料归卷。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        dossier = ctx.dossier
        suspensions = list(dossier.steps_of(StepKind.EXECUTION_SUSPENSION))
        terminations = list(dossier.steps_of(StepKind.EXECUTION_TERMINATION))
        if not suspensions and not terminations:
            return
        for execution in dossier.steps_of(StepKind.EXECUTION):
            ended = [t for t in terminations if t.day < execution.day]
            if ended:
                first = min(ended, key=lambda t: t.day)
                yield Hit(f"{describe(execution)}在{describe(first)}之后：执行已终结，不得再执行。", step=execution.id)
                continue
            for suspension in suspensions:
                if suspension.day >= execution.day:
                    continue
                end = _suspension_end(ctx, suspension)
                if end is None or end.day > execution.day:
                    until = (f"至 {end.day.isoformat()} 才{STEP_LABELS[end.kind]}（{end.id}）" if end is not None
                             else "案卷中没有恢复执行的记录")
                    yield Hit(f"{describe(execution)}发生在{describe(suspension)}之后的中止执行期间：{until}。",
                              step=execution.id)
                    break


class SuspensionLapsedAfterThreeYears(Rule):
    """A suspension for inability to pay not resumed within three years ends the execution.

    Requirement: 行政强制法 Art 39 para 2: 对没有明显社会危害，当事人确无能力履行，中止执行满三年未恢复
    执行的，行政机关不再执行. Format 1.2: an ``execution_suspension`` with ``ground="hardship"``
    (Art 39 para 1 item 1). Its three years run from the suspension day (start day not counted) to
    the corresponding day three years later (calendar). Findings: an ``execution_resumption`` of it
    dated after the three years (the execution should not be resumed); in an open case, a
    suspension neither resumed nor terminated: an alert (预警), yellow within the profile's
    ``alert_window`` before the three years end (decide on resumption), red once they have ended
    (no further execution: terminate, ground ``suspension_lapsed``). A warning: the format does not
    record whether the violation has obvious social harm nor whether the party really cannot
    perform (a suspension for mere difficulty is not covered by para 2); a person checks both.

    Non-compliant: an open case with ``<step id="S07" kind="execution_suspension" date="2022-08-22"
    ground="hardship"/>`` and nothing after it, judged on 2025-12-31 (red); or ``<step id="S09"
    kind="execution_resumption" date="2025-09-01" of="S07"/>``.

    Compliant: ``<step id="S09" kind="execution_resumption" date="2024-03-01" of="S07"/>``, or a
    termination with ``ground="suspension_lapsed"`` on 2025-08-25.
    """

    meta = RuleMeta(
        id="CO-E-111",
        title="中止执行满三年未恢复执行，未依法不再执行",
        system=System.PROCEDURE,
        case_types=_EXECUTION_CASES,
        severity=Severity.WARNING,
        legal_basis=(cl(39, 2),),
        remediation="因当事人确无能力履行而中止执行的，在三年内根据当事人履行能力的变化决定是否恢复执行；没有明显社会危害、"
        "中止执行满三年未恢复执行的，不再执行，作出终结执行的决定并结案，不得再恢复执行。",
        parameters=("alert_window",),
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        dossier = ctx.dossier
        for suspension in dossier.steps_of(StepKind.EXECUTION_SUSPENSION):
            if suspension.ground is not ExecutionGround.HARDSHIP:
                continue
            lapse = _lapse_day(suspension)
            head = f"{describe(suspension)}以当事人确有困难或者暂无履行能力为由中止执行，三年至 {lapse.isoformat()} 届满"
            end = _suspension_end(ctx, suspension)
            if end is not None:
                if end.kind is StepKind.EXECUTION_RESUMPTION and end.day > lapse:
                    yield Hit(f"{head}，{describe(end)}在满三年后才恢复执行；对没有明显社会危害、当事人确无能力履行的，"
                              "满三年未恢复执行的不再执行，请核查恢复执行的依据。", step=end.id)
                continue
            if dossier.case.status is not CaseStatus.OPEN:
                continue
            alert = ctx.alert_for(lapse)
            if alert is None:
                continue
            if ctx.as_of > lapse:
                todo = "已满三年未恢复执行：没有明显社会危害、当事人确无能力履行的，不再执行，应终结执行"
            else:
                todo = f"截至 {ctx.as_of.isoformat()} 尚未恢复执行，请在届满前根据当事人履行能力决定是否恢复执行"
            yield Hit(f"{head}，{todo}{alert_text(ctx, alert, lapse)}。", step=suspension.id, alert=alert)


# ---------------------------------------------------------------- execution agreement (format 1.2)

#: Steps that carry enforcement on after a broken execution agreement (or end it under Art 40).
_RESUMING = (StepKind.EXECUTION, StepKind.EXECUTION_RESUMPTION, StepKind.EXECUTION_TERMINATION)


class ExecutionResumedAfterBrokenAgreement(Rule):
    """When the party does not perform an execution agreement, enforcement resumes.

    Requirement: 行政强制法 Art 42: 「实施行政强制执行，行政机关可以在不损害公共利益和他人合法权益的情况下，与当事人
    达成执行协议。…执行协议应当履行。当事人不履行执行协议的，行政机关应当恢复强制执行。」 Judged in dossiers in
    format 1.2 or later, in closed cases, on every ``execution_agreement`` step (1.2) recorded with
    ``performed="false"``: an ``execution``, ``execution_resumption`` or ``execution_termination`` (ending the
    enforcement on an Art 40 ground, which CO-E-010 judges) must be dated after the agreement (after its
    ``deadline`` when one is recorded, the agreed last day to perform). An open case is not judged (the law
    sets no period for resuming), nor an agreement whose performance is not recorded. Whether the agreement
    harms the public interest or others, and a reduction of the surcharge for remedial measures, are left
    to a person.

    Non-compliant: a closed 1.2 dossier with ``<step id="S09" kind="execution_agreement" date="2025-08-27"
    deadline="2025-09-03" performed="false"/>`` and no execution after 2025-09-03.

    Compliant: ``<step id="S10" kind="execution" date="2025-09-08"/>`` (or an ``execution_resumption``).
    """

    meta = RuleMeta(
        id="CO-E-011",
        title="当事人不履行执行协议，行政机关未恢复强制执行",
        system=System.PROCEDURE,
        case_types=_EXECUTION_CASES,
        severity=Severity.ERROR,
        legal_basis=(cl(42, 2),),
        remediation="当事人不履行执行协议的，应当恢复强制执行（作出恢复执行决定并实施），将恢复执行的决定和执行记录归入案卷；"
        "已依照行政强制法第四十条终结执行的，载明终结的情形。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        dossier = ctx.dossier
        if not dossier.at_least("1.2") or dossier.case.status is not CaseStatus.CLOSED:
            return
        later = list(dossier.steps_of(*_RESUMING))
        for agreement in dossier.steps_of(StepKind.EXECUTION_AGREEMENT):
            if agreement.performed is not False:
                continue
            since = max(agreement.day, agreement.deadline) if agreement.deadline is not None else agreement.day
            if any(s.day > since for s in later):
                continue
            until = f"约定履行期限 {agreement.deadline.isoformat()} 届满后" if agreement.deadline is not None else "其后"
            yield Hit(f"{describe(agreement)}当事人未履行执行协议，但{until}案卷中没有恢复强制执行"
                      "（强制执行、恢复执行或者终结执行）的记录，案件已结案。", step=agreement.id)


class NoPowerCourtOrAuctionOfSeized(Rule):
    """An organ without enforcement power applies to a court; it may only auction what it sealed or seized.

    Requirement: 行政强制法 Art 46 para 3: 「没有行政强制执行权的行政机关应当申请人民法院强制执行。但是，当事人在法定
    期限内不申请行政复议或者提起行政诉讼，经催告仍不履行的，在实施行政管理过程中已经采取查封、扣押措施的行政机关，
    可以将查封、扣押的财物依法拍卖抵缴罚款。」 (Art 13 para 2: 「法律没有规定行政机关强制执行的，作出行政决定的
    行政机关应当申请人民法院强制执行。」) Judged in dossiers in format 1.2 or later, on every ``execution`` recorded
    with ``enforcement-power="false"`` (1.2: the organ holds no enforcement power by law for the decision):
    (1) an execution by any method other than ``auction`` is a finding (the organ must apply to a court,
    ``court_application``); (2) an ``auction`` must name in ``measure`` (1.2 on an execution) a
    ``seal_up``/``seizure`` measure of the dossier begun on or before the auction, and a ``demand_notice``
    must be dated on or before it (经催告仍不履行). Not judged where ``enforcement-power`` is omitted or
    ``true``. Whether the review and litigation periods had lapsed (recorded for court applications,
    CO-COURT-001), whether the auction pays a fine and goes through an auction house are left to a person.

    Non-compliant: a 1.2 dossier with ``<step id="S06" kind="execution" date="2025-08-26"
    execution-method="auction" enforcement-power="false"/>`` and no ``measure``.

    Compliant: ``measure="M1"`` with ``<measure id="M1" kind="seizure" step="S03" start="2025-06-03"/>``.
    """

    meta = RuleMeta(
        id="CO-MON-003",
        title="没有行政强制执行权的行政机关未申请人民法院强制执行",
        system=System.PROCEDURE,
        case_types=_EXECUTION_CASES,
        severity=Severity.ERROR,
        legal_basis=(cl(46, 3), cl(13, 2)),
        remediation="法律没有授予行政强制执行权的，应当依照行政强制法第五章申请人民法院强制执行；仅可将实施行政管理过程中"
        "已经查封、扣押的财物，在当事人法定期限内不申请复议或者诉讼、经催告仍不履行后依法拍卖抵缴罚款，并在案卷中载明"
        "所拍卖财物对应的查封、扣押措施。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        dossier = ctx.dossier
        if not dossier.at_least("1.2"):
            return
        measures = {m.id: m for m in dossier.measures}
        demands = list(dossier.steps_of(StepKind.DEMAND_NOTICE))
        for execution in dossier.steps_of(StepKind.EXECUTION):
            if execution.enforcement_power is not False:
                continue
            head = f"{describe(execution)}：行政机关没有行政强制执行权"
            if execution.execution_method is not ExecutionMethod.AUCTION:
                yield Hit(f"{head}，应当申请人民法院强制执行，不得自行强制执行（拍卖已查封、扣押的财物除外）。",
                          step=execution.id)
                continue
            problems = []
            measure = measures.get(execution.measure) if execution.measure is not None else None
            if measure is None or measure.kind not in _SEAL_KINDS or measure.start > execution.day:
                named = f"（measure=\"{execution.measure}\"）" if execution.measure is not None else ""
                problems.append(f"拍卖的财物未对应此前实施的查封、扣押措施{named}")
            if not any(d.day <= execution.day for d in demands):
                problems.append("拍卖前没有催告")
            if problems:
                yield Hit(f"{head}而拍卖财物：{'；'.join(problems)}。", step=execution.id)


# ---------------------------------------------------------------- money payment: surcharge before enforcement

#: 加处罚款或者滞纳金超过三十日 (行政强制法 Art 46 para 1), calendar days.
SURCHARGE_RUN_DAYS = 30
#: Fines are paid within fifteen days of receiving the decision (行政处罚法 Art 67 para 3; 2017: Art 46 para 3).
FINE_PAYMENT_DAYS = 15
_MONEY_ENFORCEMENT = frozenset({ExecutionMethod.TRANSFER_OF_DEPOSITS, ExecutionMethod.AUCTION})
_METHOD_LABELS = {ExecutionMethod.TRANSFER_OF_DEPOSITS: "划拨存款、汇款", ExecutionMethod.AUCTION: "拍卖"}


def _surcharged(step: Step) -> bool:
    return bool(step.surcharge) or (step.kind is StepKind.EXECUTION and step.execution_method is ExecutionMethod.SURCHARGE)


class SurchargeToldAndCapped(Rule):
    """The surcharge or late fee standard is told to the party, and the surcharge stays within the principal.

    Requirement: 行政强制法 Art 45 para 1: where the party does not perform a decision imposing a
    money payment, the organ may impose a surcharge or late fee (加处罚款或者滞纳金), and the
    standard of it shall be told to the party; para 2: the surcharge or late fee may not exceed the
    amount of the money payment obligation. Format 1.2: a surcharge is a ``payment`` or
    ``execution`` with ``surcharge`` (the amount paid or enforced), or an ``execution`` with
    ``execution-method="surcharge"``; telling the standard is ``surcharge-told="true"`` on the
    ``decision`` or ``demand_notice`` that states it; the principal of a money duty is the
    ``amount`` of a ``demand_notice`` (Art 35 item 3: the notice states the amount).
    Findings: (1) in a dossier of format 1.2 or later, the first surcharged step without a
    ``decision`` or ``demand_notice`` dated on or before it with ``surcharge-told="true"``;
    (2) where the duty is not a fine decided in the dossier (fines: PUN-PAY-005 judges the cap and
    the rate), a ``surcharge`` above the principal of the latest demand notice with an ``amount``
    dated on or before it, or payments whose surcharges add up to more. Not judged: 1.0 and 1.1
    dossiers on (1) (they cannot record the telling); whether the standard told is lawful (a
    special law sets each late-fee rate).

    Non-compliant: a 1.2 dossier with ``<step id="S06" kind="execution" date="2025-08-26"
    execution-method="surcharge" surcharge="500"/>`` and no step with ``surcharge-told="true"``; or
    ``<step id="S02" kind="demand_notice" date="2025-08-04" amount="3000" surcharge-told="true"/>``
    and a surcharge of 3200.

    Compliant: ``<step id="S02" kind="demand_notice" date="2025-08-04" amount="3000"
    surcharge-told="true"/>`` and ``surcharge="500"``.
    """

    meta = RuleMeta(
        id="CO-MON-001",
        title="未告知加处罚款或者滞纳金的标准或者加处数额超出金钱给付义务",
        system=System.PROCEDURE,
        case_types=_EXECUTION_CASES,
        severity=Severity.ERROR,
        legal_basis=(cl(45, 1), cl(45, 2)),
        remediation="依法加处罚款或者滞纳金的，应在行政决定书或者催告书中告知当事人加处的标准（起算日、比例或者数额），"
        "并在案卷中保留告知材料；加处罚款或者滞纳金累计不得超出金钱给付义务的数额，超出部分应予退还。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        dossier = ctx.dossier
        steps = sorted((s for s in dossier.steps_of(StepKind.PAYMENT, StepKind.EXECUTION) if _surcharged(s)),
                       key=lambda s: s.day)
        if not steps:
            return
        notices = list(dossier.steps_of(StepKind.DECISION, StepKind.DEMAND_NOTICE))
        if dossier.at_least("1.2"):
            first = steps[0]
            earlier = [n for n in notices if n.day <= first.day]
            if not any(n.surcharge_told for n in earlier):
                refused = [describe(n) for n in earlier if n.surcharge_told is False]
                why = (f"{'、'.join(refused)}载明未告知" if refused
                       else "案卷中没有该日或之前载明已告知加处标准（surcharge-told）的决定或催告")
                yield Hit(f"{describe(first)}加处罚款或者滞纳金，但{why}。", step=first.id)
        demands = [n for n in notices if n.kind is StepKind.DEMAND_NOTICE and n.amount is not None]
        paid: dict[str, Decimal] = {}
        for step in steps:
            if step.surcharge is None:
                continue
            decision = fine_decision_of(dossier, step)
            if decision is not None and decision.fine > 0:
                continue  # PUN-PAY-005
            demand = max((n for n in demands if n.day <= step.day), key=lambda n: n.day, default=None)
            if demand is None:
                continue
            assert demand.amount is not None
            head = f"{describe(step)}加处罚款或者滞纳金 {yuan(step.surcharge)} 元"
            if step.surcharge > demand.amount:
                yield Hit(f"{head}，超出{describe(demand)}载明的金钱给付义务 {yuan(demand.amount)} 元。", step=step.id)
                continue
            if step.kind is StepKind.PAYMENT:
                total = paid[demand.id] = paid.get(demand.id, Decimal(0)) + step.surcharge
                if total > demand.amount:
                    yield Hit(f"{head}，连同此前缴纳的共 {yuan(total)} 元，超出{describe(demand)}载明的金钱给付义务 "
                              f"{yuan(demand.amount)} 元。", step=step.id)


class SurchargeBeforeMoneyEnforcement(Rule):
    """A fine is enforced (划拨/拍卖) only after the surcharge has run for more than 30 days.

    Requirement: 行政强制法 Art 46 para 1: an organ that has imposed a surcharge (加处罚款) under
    Art 45 may enforce only once the surcharge has run for more than 30 days and the party, after
    a 催告, still does not pay. For a fine the surcharge starts when the payment period ends: the
    party pays within 15 days of receiving the decision (行政处罚法 Art 67 para 3; before
    2021-07-15 Art 46 para 3 of the 2017 text), and a fine unpaid at that date is surcharged daily
    (Art 72 para 1 item 1; 2017: Art 51 item 1).

    What the format can show: when the dossier records a punishment ``decision`` with a fine (and
    its ``service``; without one the decision day is used), the surcharge cannot have started
    before the day after the payment period's last day (15 calendar days after receipt, a last day
    that is not a working day moved to the next working day; format 1.2: the approved ``deadline``
    of a ``payment_deferral`` about the decision when later, 行政处罚法 Art 66 para 2) and cannot
    have run more than 30 days before that last day + 31 days. An ``execution`` with
    ``execution-method`` ``transfer_of_deposits`` or ``auction`` dated earlier is a finding. This is
    a lower bound: an unrecorded deferral or instalments, suspension of the surcharge during review
    or litigation (Art 73 para 3) or an unrecorded later service only move the real date later,
    so they cannot make a finding wrong (they can hide one). With several fine decisions the one
    giving the earliest date is used. Not judged: executions with method ``surcharge`` (the
    surcharge itself, Art 45, needs no prior period), money duties other than fines, dossiers that
    do not record the underlying decision (typical of a stand-alone enforced-execution case), the
    order of the 催告 (CO-E-003) and whether the surcharge rate was told to the party (CO-MON-001).
    Auction of seized property by an organ without enforcement power (Art 46 para 3) needs the
    review period (at least 60 days) to have lapsed, later than this bound, so the bound holds.

    Non-compliant: decision served 2025-04-22 (payment period ends 2025-05-07), execution
    ``<step kind="execution" date="2025-06-06" execution-method="transfer_of_deposits"/>``
    (surcharge has run 30 days; earliest 2025-06-07).

    Compliant: the same execution on 2025-06-09.
    """

    meta = RuleMeta(
        id="CO-MON-002",
        title="加处罚款未满三十日即强制执行",
        system=System.PROCEDURE,
        case_types=_EXECUTION_CASES,
        severity=Severity.ERROR,
        legal_basis=(
            cl(46, 1),
            LegalBasis(PUNISHMENT_LAW, 67, 3),
            LegalBasis(PUNISHMENT_LAW, 66, 2),
            LegalBasis(PUNISHMENT_LAW, 72, 1, 1),
        ),
        remediation="核对处罚决定书送达日、缴款期限届满日和加处罚款起算日：加处罚款超过三十日、经书面催告当事人仍不履行的，"
        "方可划拨存款、汇款或拍卖抵缴；批准暂缓或分期缴纳的，从暂缓或分期期限届满起算；提前执行的，应说明依据或依法纠正。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        dossier = ctx.dossier
        executions = [
            s for s in dossier.steps_of(StepKind.EXECUTION) if s.execution_method in _MONEY_ENFORCEMENT
        ]
        if not executions:
            return
        decisions = [d for d in dossier.steps_of(StepKind.DECISION) if d.fine > 0]
        for execution in executions:
            bounds: list[tuple[dt.date, dt.date, dt.date, Step, Step | None, Step | None]] = []
            for decision in decisions:
                if decision.day > execution.day:
                    continue
                service = service_of(ctx, decision.id)
                received = service.day if service is not None else decision.day
                due, deferral = payment_due(ctx, decision, received, FINE_PAYMENT_DAYS)
                earliest = due + dt.timedelta(days=SURCHARGE_RUN_DAYS + 1)
                bounds.append((earliest, due, received, decision, service, deferral))
            if not bounds:
                continue
            earliest, due, received, decision, service, deferral = min(bounds, key=lambda b: b[0])
            if execution.day >= earliest:
                continue
            assert execution.execution_method is not None
            how = f"经 {service.id} 于 {received.isoformat()} 送达" if service is not None else "（案卷中无送达记录，按决定日计）"
            old = "（2017年修正文本第四十六条第三款）" if decision.day < PENALTY_LAW_2021 else ""
            ran = max((execution.day - due).days, 0)
            period = (f"罚款缴纳期限{FINE_PAYMENT_DAYS}日{old}" if deferral is None
                      else f"经{describe(deferral)}批准暂缓或分期缴纳，缴纳期限")
            yield Hit(
                f"{describe(execution)}（{_METHOD_LABELS[execution.execution_method]}）过早：{describe(decision)}{how}，"
                f"{period}至 {due.isoformat()} 届满，次日起加处罚款；"
                f"至执行日加处罚款仅 {ran} 日，须超过{SURCHARGE_RUN_DAYS}日，最早可于 {earliest.isoformat()} 执行。",
                step=execution.id,
            )


#: Document kinds (1.2) of the written notice to the bank of a transfer of deposits (行政强制法 Art 47 para 1).
DEPOSIT_TRANSFER_NOTICE_KINDS = frozenset({"deposit_transfer_notice"})
#: 「第…条」 in a statutory basis, and the name of the enactment before it.
_BASIS_ARTICLE = re.compile(r"《?(?P<name>[^《》]+?)》?第[〇零一二三四五六七八九十百千0-9]+条")
#: Titles of enactments that are not 法律 (行政法规、地方性法规、规章): a law must empower a transfer of deposits.
_NOT_A_LAW_SUFFIXES = ("条例", "规定", "办法", "细则", "规则", "决议")


def _deposit_basis_problem(basis: str) -> str | None:
    """Why a recorded statutory basis for 划拨 does not show a law and article (None: it does)."""
    found = _BASIS_ARTICLE.search(basis)
    if found is None:
        return f"所载依据「{basis}」未写明法律名称和条款（如《中华人民共和国税收征收管理法》第四十条）"
    name = found.group("name").strip()
    # a 全国人民代表大会（常务委员会）关于…的规定/决定 is a law whatever its title ends in
    if name.endswith(_NOT_A_LAW_SUFFIXES) and not name.startswith("全国人民代表大会"):
        return f"所载依据「{basis}」不是法律，划拨存款、汇款只能由法律规定的行政机关决定"
    return None


def _deposit_powers(ctx: Context, execution: Step) -> list[Power]:
    """The powers exercised by a transfer of deposits: the case's matter on the power list of the acting
    body (or its principal or delegator), in force on the execution day."""
    code = ctx.dossier.case.matter.code
    return [p for h in power_holders(ctx.dossier, ctx.registry) for p in h.powers_by_matter.get(code, ())
            if p.in_force(execution.day)]


class DepositTransferAndAuctionByLaw(Rule):
    """A transfer of deposits rests on a law and is notified to the bank in writing; an auction goes through an auction house.

    Requirement: 行政强制法 Art 47 para 1: 「划拨存款、汇款应当由法律规定的行政机关决定，并书面通知金融机构。」
    (para 2: a bank refuses a transfer asked by any other organ); Art 48: 「依法拍卖财物，由行政机关委托拍卖机构
    依照《中华人民共和国拍卖法》的规定办理。」 Judged in dossiers in format 1.2 or later, on every ``execution``:
    (1) with ``execution-method="transfer_of_deposits"``: the power exercised (the case's matter on the power list
    of the acting body, or of its principal or delegator, in force on the execution day) records in bodies.xml the
    law and article that empower the body to transfer deposits (``deposit-transfer-basis``, registry 1.2):
    a basis without 「第…条」, or naming an enactment whose title ends in 条例、规定、办法、细则、规则 or 决议 (not
    a 法律; an enactment of 全国人民代表大会 or its standing committee is a law whatever its title ends in) is a
    finding, a basis not recorded at all is CO-MON-104's warning (a gap of the registry, not a breach shown by
    the file); and the step records a document of kind ``deposit_transfer_notice`` (划拨存款、汇款通知书
    to the bank, 1.2), not dated after the execution; (2) with ``execution-method="auction"`` (1.2: a sale by
    auction; other disposal is ``other``): the step names the entrusted auction house (``auctioneer``, 1.2).
    Not judged: an unknown body or a matter with no power in force (SUBJ-001, SUBJ-003), whether the cited
    article really grants the power (a reader checks it), the bank's receipt, whether the auction house is
    licensed and the auction followed the 拍卖法, and where the proceeds went (Art 49).

    Non-compliant: a 1.2 dossier with ``<step id="S06" kind="execution" date="2025-08-26"
    execution-method="transfer_of_deposits"/>`` recording no ``deposit_transfer_notice``, or a power with
    ``deposit-transfer-basis="《社会保险费征缴暂行条例》第十三条"``; or
    ``<step id="S06" kind="execution" date="2025-08-26" execution-method="auction"/>``.

    Compliant: ``<power matter="TX-COL-001" ... deposit-transfer-basis="《中华人民共和国税收征收管理法》第四十条"/>``
    and the execution recording ``<record document="D08"/>`` with D08 a ``deposit_transfer_notice``; an auction
    with ``auctioneer="城西县某某拍卖有限公司"``.
    """

    meta = RuleMeta(
        id="CO-MON-004",
        title="划拨存款、汇款无法律依据或未书面通知金融机构，或者拍卖未委托拍卖机构",
        system=System.PROCEDURE,
        case_types=_EXECUTION_CASES,
        severity=Severity.ERROR,
        legal_basis=(cl(47, 1), cl(48), pl(72, 1, 2, only=PUN)),
        remediation="划拨存款、汇款须有法律明确规定本机关可以划拨，在权责清单中载明该法律名称和条款，并以划拨通知书书面通知"
        "金融机构，将通知书及回执归入案卷；没有法律依据的，应当申请人民法院强制执行。依法拍卖财物的，委托拍卖机构依照"
        "拍卖法办理，并在案卷中载明受托拍卖机构和委托拍卖合同。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        dossier = ctx.dossier
        if not dossier.at_least("1.2"):
            return
        documents = dossier.document_by_id
        for execution in dossier.steps_of(StepKind.EXECUTION):
            problems: list[str] = []
            if execution.execution_method is ExecutionMethod.TRANSFER_OF_DEPOSITS:
                bases = [p.deposit_transfer_basis for p in _deposit_powers(ctx, execution) if p.deposit_transfer_basis]
                if bases and all(_deposit_basis_problem(b) for b in bases):
                    problems.extend(p for b in bases if (p := _deposit_basis_problem(b)) is not None)
                notices = [documents[r.document] for r in execution.records
                           if r.document is not None and r.document in documents
                           and documents[r.document].kind in DEPOSIT_TRANSFER_NOTICE_KINDS]
                if not notices:
                    problems.append("未记录书面通知金融机构的划拨通知书（deposit_transfer_notice）")
                elif all(n.date is not None and n.date > execution.day for n in notices):
                    problems.append("划拨通知书 " + "、".join(f"{n.id}（{n.date}）" for n in notices) + "的日期晚于划拨之日")
            elif execution.execution_method is ExecutionMethod.AUCTION and execution.auctioneer is None:
                problems.append("未记载受委托的拍卖机构（auctioneer）：依法拍卖财物应当委托拍卖机构依照拍卖法办理")
            if problems:
                assert execution.execution_method is not None
                yield Hit(f"{describe(execution)}（{_METHOD_LABELS[execution.execution_method]}）：{'；'.join(problems)}。", step=execution.id)


class DepositTransferBasisRecorded(Rule):
    """The power list records the law that lets the body transfer deposits.

    Requirement: 行政强制法 Art 47 para 1 (quoted at CO-MON-004): only an organ a law names may decide a
    transfer of deposits. Judged on the same transfers as CO-MON-004 (1.2 dossiers, ``execution`` steps with
    ``execution-method="transfer_of_deposits"``): a finding when the power exercised is in force but records
    no ``deposit-transfer-basis`` (registry 1.2), so the file and the registry do not show that a law
    empowers the body. A warning: it is a gap in the registry (or in the organ's power list) rather than a
    breach the file shows; a body with the power (税务, 社会保险 …) records the law and article; a body
    without one must apply to the court (Art 13 para 2, Art 53). A recorded basis that is not a law, the
    bank notice and the auction house are CO-MON-004's.

    Non-compliant: ``<step id="S06" kind="execution" execution-method="transfer_of_deposits"/>`` exercising
    ``<power matter="MR-EXE-001" .../>`` with no ``deposit-transfer-basis``.

    Compliant: the power with ``deposit-transfer-basis="《中华人民共和国税收征收管理法》第四十条"``.
    """

    meta = RuleMeta(
        id="CO-MON-104",
        title="权责清单未记载划拨存款、汇款的法律依据",
        system=System.SUBJECT,
        case_types=_EXECUTION_CASES,
        severity=Severity.WARNING,
        legal_basis=(cl(47, 1), cl(13, 2)),
        remediation="核实本机关划拨存款、汇款的法律依据：有法律规定的，在权责清单（bodies.xml 的 deposit-transfer-basis）中载明"
        "法律名称和条款；没有法律规定的，不得自行划拨，应当申请人民法院强制执行。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        if not ctx.dossier.at_least("1.2"):
            return
        code = ctx.dossier.case.matter.code
        for execution in ctx.dossier.steps_of(StepKind.EXECUTION):
            if execution.execution_method is not ExecutionMethod.TRANSFER_OF_DEPOSITS:
                continue
            powers = _deposit_powers(ctx, execution)
            if powers and not any(p.deposit_transfer_basis for p in powers):
                yield Hit(f"{describe(execution)}划拨存款、汇款，但权责清单中事项 {code} 的职权未记载划拨存款、汇款的法律依据"
                          "（deposit-transfer-basis），无法确认本机关有法律规定的划拨权。", step=execution.id)


# ---------------------------------------------------------------- application to the people's court

#: 自期限届满之日起三个月内 (行政强制法 Art 53), calendar months.
COURT_APPLICATION_MONTHS = 3


@dataclass(frozen=True)
class _CourtWindow:
    """When an organ may apply to the court to enforce one decision (行政强制法 Art 53)."""

    source: str  # how the service of the decision is known, for messages
    step: str  # the step the service is read from (decision or demand notice), for open-case alerts
    expiry: dt.date  # last day of the review (60 d) and litigation (6 months) periods
    opens: dt.date  # the application must come after this day: expiry, or the end of an approved deferral
    closes: dt.date  # last day of the three months
    deferral: Step | None  # the approved deferral that moved ``opens`` (行政处罚法 Art 72 para 2)

    def periods(self) -> str:
        text = f"复议期限60日、起诉期限{LITIGATION_MONTHS}个月至 {self.expiry.isoformat()} 届满"
        if self.deferral is not None:
            text += f"，经{describe(self.deferral)}批准暂缓或分期缴纳至 {self.opens.isoformat()} 止（行政处罚法第七十二条第二款）"
        return text


def _court_window(ctx: Context, served: dt.date, source: str, step: Step, decision: Step | None) -> _CourtWindow:
    expiry = _months_deadline(ctx, served, LITIGATION_MONTHS)
    opens, deferral = expiry, None
    if decision is not None:
        approval = approved_deferral(ctx, decision)
        if approval is not None and approval.deadline is not None and approval.deadline > expiry:
            opens, deferral = approval.deadline, approval
    return _CourtWindow(source, step.id, expiry, opens, _months_deadline(ctx, opens, COURT_APPLICATION_MONTHS), deferral)


def _executable(decision: Step) -> bool:
    return decision.decision_outcome in (None, DecisionOutcome.PENALTY)


def _decision_windows(ctx: Context, decisions: list[Step]) -> list[_CourtWindow]:
    out: list[_CourtWindow] = []
    for decision in decisions:
        service = service_of(ctx, decision.id)
        if service is not None and _executable(decision):
            source = f"{describe(decision)}于 {service.day.isoformat()} 经 {service.id} 送达"
            out.append(_court_window(ctx, service.day, source, decision, decision))
    return out


def _served_on_window(ctx: Context, step: Step, decision: Step | None) -> _CourtWindow:
    assert step.decision_served_on is not None
    source = f"{describe(step)}载明据以执行的决定于 {step.decision_served_on.isoformat()} 送达"
    return _court_window(ctx, step.decision_served_on, source, step, decision)


def _application_windows(ctx: Context, application: Step) -> list[_CourtWindow]:
    """The windows of the decisions a court application may enforce: its ``decision-served-on``, else
    the decision named by ``of`` or every executable decision dated on or before it with a recorded
    service, else the ``decision-served-on`` of the demand notices on or before it."""
    dossier = ctx.dossier
    target = dossier.step_by_id.get(application.of) if application.of is not None else None
    named = target if target is not None and target.kind is StepKind.DECISION else None
    if application.decision_served_on is not None:
        return [_served_on_window(ctx, application, named)]
    decisions = [named] if named is not None else [
        d for d in dossier.steps_of(StepKind.DECISION) if d.day <= application.day
    ]
    windows = _decision_windows(ctx, decisions)
    if not windows and named is None:
        windows = [_served_on_window(ctx, n, None) for n in dossier.steps_of(StepKind.DEMAND_NOTICE)
                   if n.decision_served_on is not None and n.day <= application.day]
    return windows


_ENFORCED = (StepKind.COURT_APPLICATION, StepKind.EXECUTION_DECISION, StepKind.EXECUTION, StepKind.EXECUTION_TERMINATION)


class CourtApplicationWithinThreeMonths(Rule):
    """An application to the court is made after the review and litigation periods, within three months.

    Requirement: 行政强制法 Art 53: where the party neither applies for administrative review nor
    sues within the legal periods and does not perform the decision, an organ without power of
    enforcement may apply to the people's court within three months from the expiry of those
    periods. The review period is 60 days (行政复议法 Art 20 para 1) and the litigation period six
    months (行政诉讼法 Art 46 para 1), both from when the party knew of the decision, which the format
    shows by its service; the six months end later, so they set the expiry (corresponding day of
    the sixth month, the month's last day when there is none; a last day that is not a working day
    moves to the next working day, as CO-DEM-001 counts). The three months run from the expiry,
    counted the same way. Where deferred or instalment payment of a fine was approved, the
    application period runs from the end of the deferral (行政处罚法 Art 72 para 2): the later of the
    two is used.

    The decision: the ``court_application``'s own ``decision-served-on`` (format 1.2, for a
    stand-alone enforced-execution dossier), else the ``decision`` named by its ``of``, else every
    decision dated on or before it (outcome ``penalty`` or not recorded) with a ``service``, else the
    ``decision-served-on`` of a ``demand_notice`` dated on or before it. With several decisions the
    application must come after the earliest expiry and by the latest last day (a lower bound:
    it cannot wrongly report an application for one of them). Findings: an application dated on
    or before the expiry (the party may still seek review or sue; not judged when the application
    records ``emergency-reason``, 行政强制法 Art 59 immediate execution); an application after the
    three months. Open case without any application, execution decision, execution or
    termination: for a fine decision with a service and no payment dated on or after it (or a
    demand notice with ``decision-served-on`` and no payment after that day), an alert (预警)
    against the last day, yellow within the profile's ``alert_window``, red once passed; the
    message says it concerns organs without power of enforcement. Not judged: dossiers that
    record no service of the decision; whether review or suit was actually brought (then the
    periods run differently) and whether the party was told of its remedies (行政诉讼法 Art 46 and
    its judicial interpretation give a longer period when not told): neither is recorded.

    Non-compliant: decision served 2025-04-22 (six months end 2025-10-22) and
    ``<step id="S16" kind="court_application" date="2025-10-20" of="S10"/>`` (too early), or dated
    2026-01-23 (three months ended 2026-01-22).

    Compliant: ``<step id="S16" kind="court_application" date="2025-11-10" of="S10"/>``; in an
    enforced-execution dossier ``<step id="S09" kind="court_application" date="2025-11-10"
    decision-served-on="2025-04-22"/>``.
    """

    meta = RuleMeta(
        id="CO-COURT-001",
        title="申请人民法院强制执行不在复议、起诉期限届满后三个月内",
        system=System.PROCEDURE,
        case_types=_EXECUTION_CASES,
        severity=Severity.ERROR,
        legal_basis=(
            cl(53),
            LegalBasis(REVIEW_LAW, 20, 1),
            LegalBasis(REVIEW_LAW, 9, 1, note="2017年修正，适用于2024年1月1日前作出的行政行为"),
            LegalBasis(LITIGATION_LAW, 46, 1),
            pl(72, 2),
        ),
        remediation="没有行政强制执行权的行政机关，应在当事人申请行政复议、提起行政诉讼的法定期限届满后（批准暂缓或分期缴纳罚款的，"
        "自暂缓或分期缴纳期限结束之日起）三个月内申请人民法院强制执行；期限届满前不得申请（情况紧急申请立即执行的除外）；"
        "在案卷中登记据以执行的决定及其送达日期，以便核对申请期限。",
        parameters=("alert_window",),
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        dossier = ctx.dossier
        applications = list(dossier.steps_of(StepKind.COURT_APPLICATION))
        for application in applications:
            windows = _application_windows(ctx, application)
            if not windows:
                continue
            first = min(windows, key=lambda w: w.opens)
            last = max(windows, key=lambda w: w.closes)
            if application.day <= first.opens and not application.emergency_reason:
                yield Hit(
                    f"{describe(application)}过早：{first.source}，{first.periods()}；当事人在法定期限内不申请复议、"
                    f"不起诉又不履行的，方可自期限届满之日起申请（最早可于 {(first.opens + _ONE_DAY).isoformat()}）。",
                    step=application.id,
                )
            elif application.day > last.closes:
                yield Hit(
                    f"{describe(application)}超过申请期限：{last.source}，{last.periods()}，三个月至 "
                    f"{last.closes.isoformat()} 届满，逾期 {(application.day - last.closes).days} 日。",
                    step=application.id,
                )
        if dossier.case.status is not CaseStatus.OPEN or any(k in dossier.steps_by_kind for k in _ENFORCED):
            return
        payments = [p.day for p in dossier.steps_of(StepKind.PAYMENT)]
        pending: list[tuple[Step, dt.date, dt.date, Step | None]] = []  # (step, served, since, decision)
        for decision in dossier.steps_of(StepKind.DECISION):
            service = service_of(ctx, decision.id)
            if decision.fine > 0 and service is not None and _executable(decision):
                pending.append((decision, service.day, decision.day, decision))
        if not pending:
            pending = [(n, n.decision_served_on, n.decision_served_on, None)
                       for n in dossier.steps_of(StepKind.DEMAND_NOTICE) if n.decision_served_on is not None]
        window_days = ctx.params.alert_window.days
        for step, served, since, target in pending:
            if any(day >= since for day in payments):
                continue
            # the last day is never earlier than this: far off, no alert (and no calendar year looked up)
            earliest_close = add_months(add_months(served, LITIGATION_MONTHS), COURT_APPLICATION_MONTHS)
            if (earliest_close - ctx.as_of).days > 2 * window_days + 20:
                continue
            window = _served_on_window(ctx, step, None) if target is None else _decision_windows(ctx, [target])[0]
            alert = ctx.alert_for(window.closes)
            if alert is None:
                continue
            yield Hit(
                f"{window.source}，{window.periods()}，当事人未履行，案卷中没有强制执行或者申请人民法院强制执行的记录："
                f"没有行政强制执行权的，应在 {window.opens.isoformat()} 之后、{window.closes.isoformat()} 前申请人民法院强制执行"
                f"{alert_text(ctx, alert, window.closes)}。",
                step=window.step,
                alert=alert,
            )


#: 催告书送达十日后 (行政强制法 Art 54); working days by Art 69.
COURT_DEMAND_DAYS = 10


class CourtApplicationAfterDemand(Rule):
    """An application to the court for enforcement follows a demand notice served more than 10 working days earlier.

    Requirement: 行政强制法 Art 54: before applying to the people's court the organ reminds the
    party in writing (催告); it may apply only when the party still has not performed 10 days
    after the 催告书 was served; Art 69 makes that 10 working days. Each ``court_application``
    step needs a ``demand_notice`` dated on or before it; the party is reminded on the day of the
    earliest ``service`` with ``of`` = the notice, or on the notice's own day when no service is
    recorded; the 10 working days run from that day (start day not counted) and the application
    must be dated **after** their last day (送达十日后: the party may still perform on the last
    day, as in PUN-HEAR-002). With several notices the one giving the earliest date is used.

    The 3-month limit of Art 53 is CO-COURT-001's.

    Non-compliant: ``<step id="S02" kind="demand_notice" date="2025-09-30"/>`` served the same day
    and ``<step id="S09" kind="court_application" date="2025-10-21"/>`` (10 WD end on 2025-10-21:
    Saturday 10-11 is a make-up working day).

    Compliant: the same application on 2025-10-22.
    """

    meta = RuleMeta(
        id="CO-COURT-002",
        title="催告书送达未满十个工作日即申请法院强制执行",
        system=System.PROCEDURE,
        case_types=_EXECUTION_CASES,
        severity=Severity.ERROR,
        legal_basis=(cl(54), cl(69)),
        remediation="申请人民法院强制执行前应书面催告当事人履行义务并送达催告书，催告书送达满十个工作日当事人仍未履行的，"
        "再向有管辖权的人民法院申请；将催告书和送达回证归入申请材料和案卷。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        dossier = ctx.dossier
        demands = list(dossier.steps_of(StepKind.DEMAND_NOTICE))
        for application in dossier.steps_of(StepKind.COURT_APPLICATION):
            reminders: list[tuple[dt.date, Step, Step | None]] = []
            for demand in demands:
                if demand.day > application.day:
                    continue
                service = service_of(ctx, demand.id)
                reminders.append((service.day if service is not None else demand.day, demand, service))
            if not reminders:
                yield Hit(
                    f"{describe(application)}之前没有催告：案卷中没有该日或之前的催告（催告书）环节。",
                    step=application.id,
                )
                continue
            served, demand, service = min(reminders, key=lambda r: r[0])
            last = ctx.working_day_deadline(served, COURT_DEMAND_DAYS)
            if application.day > last:
                continue
            how = f"于 {served.isoformat()} 经 {service.id} 送达" if service is not None else "（案卷中无送达记录，按催告日计）"
            yield Hit(
                f"{describe(demand)}{how}，{COURT_DEMAND_DAYS} 个工作日至 {last.isoformat()} 届满，"
                f"{describe(application)}不在届满之后：应在 {last.isoformat()} 之后申请。",
                step=application.id,
            )




class CourtApplicationSignedByHead(Rule):
    """The application for court enforcement is signed by the head of the organ.

    Requirement: 行政强制法 Art 55 para 2: the 强制执行申请书 is signed by the head of the organ
    (行政机关负责人签名), sealed and dated. Each ``court_application`` step carries ``approved-by``
    naming an officer of the dossier whose role is ``agency_head``; when ``approved-on`` is given
    it must not be after the application's day (signed before it was filed). The seal and the
    package of Art 55 para 1 are not recorded and not judged.

    Non-compliant: ``<step id="S09" kind="court_application" date="2025-10-22"/>`` (no signer), or
    ``approved-by="O1"`` where O1 is the lead officer.

    Compliant: ``<step id="S09" kind="court_application" date="2025-10-22" approved-by="O9"
    approved-on="2025-10-22"/>`` where O9 has role ``agency_head``.
    """

    meta = RuleMeta(
        id="CO-COURT-003",
        title="强制执行申请书未经行政机关负责人签名",
        system=System.PROCEDURE,
        case_types=_EXECUTION_CASES,
        severity=Severity.ERROR,
        legal_basis=(cl(55, 2),),
        remediation="强制执行申请书应由行政机关负责人签名、加盖行政机关印章并注明日期；在申请环节登记签名的负责人"
        "（approved-by，案卷人员名单中身份为行政机关负责人）和签名日期；未签名的，补正后重新提交。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        dossier = ctx.dossier
        for application in dossier.steps_of(StepKind.COURT_APPLICATION):
            problems = head_problems(dossier, application.approved_by, "签名人", "没有行政机关负责人签名的记录（approved-by）")
            if application.approved_on is not None and application.approved_on > application.day:
                problems.append(f"签名日期 {application.approved_on.isoformat()} 晚于申请日 {application.day.isoformat()}")
            if problems:
                yield Hit(f"{describe(application)}：{'；'.join(problems)}。", step=application.id)


RULES: tuple[type[Rule], ...] = (
    CourtApplicationWithinThreeMonths,
    CourtApplicationAfterDemand,
    CourtApplicationSignedByHead,
    DemolitionAfterAnnouncementAndPeriods,
    EnforcementAfterPerformanceDeadline,
    DemandNoticeBeforeExecutionDecision,
    DemandStatementsRecorded,
    ExecutionDecisionAfterDemandDeadline,
    DemandAndDecisionServed,
    ExecutionNotOnHoliday,
    NoUtilitiesCut,
    SuspensionAndTerminationGrounds,
    ExecutionResumedAfterBrokenAgreement,
    ExecutionNotAtNight,
    NoExecutionWhileSuspended,
    SuspensionLapsedAfterThreeYears,
    FreezeNotAboveSumInvolved,
    FreezeProcedure,
    FreezeDecisionDelivered,
    FreezeWithinPeriod,
    MeasureApprovedBeforehand,
    PartyNotifiedToAttend,
    MeasureRightsToldOnSpot,
    MeasurePartyHeard,
    MeasureRecordSigned,
    WitnessWhenPartyAbsent,
    LibertyRestrictionFamilyToldAndPeriod,
    SurchargeToldAndCapped,
    SurchargeBeforeMoneyEnforcement,
    NoPowerCourtOrAuctionOfSeized,
    DepositTransferAndAuctionByLaw,
    DepositTransferBasisRecorded,
    SubstitutePerformanceConditions,
    DemandBeforeSubstitutePerformance,
    AbsentPartyToldOfImmediateSubstitute,
    MeasureDecisionAndInventory,
    MeasureWithinPeriod,
    ItemsReturnedOnRelease,
    NoFeesChargedForSeizure,
    SeizedItemsTransferredAndPartyTold,
)
