"""Rules: 行政处罚程序 (decision period, hearing, statement window, service of the decision).

All rules here apply to general-procedure (普通程序) punishment cases only: the hearing, the
statement window and Art 60/61 belong to the general procedure; summary (当场) decisions are
handed over on the spot (行政处罚法 Art 52).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

from ..engine import Confidence, Context, Hit, Rule, RuleMeta, Severity, System
from ..models import CaseStatus, CaseType, Dossier, PartyKind, PenaltyKind, Procedure, Step, StepKind
from ..profile import DayPeriod, Threshold
from ._common import PUN, STEP_LABELS, describe, pl, service_of

#: 行政处罚法 Art 61 para 1: serve within 七日 (working days, Art 85).
SERVICE_DAYS = 7
#: 行政处罚法 Art 64 para 1 item 1: the hearing request is due within 五日 after the notice (Art 85).
HEARING_REQUEST_DAYS = 5
#: 行政处罚法 Art 64 para 1 item 2: notify the hearing 七日 before it is held (Art 85).
HEARING_NOTICE_DAYS = 7

#: Penalties that always carry the hearing right (行政处罚法 Art 63 para 1 items 3 and 4).
_HEARING_PENALTIES: dict[PenaltyKind, str] = {
    PenaltyKind.QUALIFICATION_DOWNGRADE: "降低资质等级",
    PenaltyKind.LICENCE_REVOCATION: "吊销许可证件",
    PenaltyKind.SUSPENSION_OF_BUSINESS: "责令停产停业",
    PenaltyKind.CLOSURE: "责令关闭",
    PenaltyKind.EMPLOYMENT_RESTRICTION: "限制从业",
}

#: Confiscations that carry the hearing right above the amount threshold (Art 63 para 1 item 2).
_CONFISCATIONS: dict[PenaltyKind, str] = {
    PenaltyKind.CONFISCATION_OF_GAINS: "没收违法所得",
    PenaltyKind.CONFISCATION_OF_PROPERTY: "没收非法财物",
}


# ------------------------------------------------------------------ helpers


def _general_punishment(dossier: Dossier) -> bool:
    case = dossier.case
    return case.type is CaseType.PUNISHMENT and case.procedure is Procedure.GENERAL


def _unit(period: DayPeriod) -> str:
    return " 个工作日" if period.day_kind == "working" else " 日"


def _late_working(ctx: Context, deadline: dt.date, actual: dt.date) -> str:
    working = ctx.calendar.working_days_between(deadline, actual)
    return f"逾期 {working} 个工作日（{(actual - deadline).days} 个自然日）"


def yuan(amount: Decimal) -> str:
    """10000 -> "10000", 1234.50 -> "1234.5" (no exponent, no trailing zeros)."""
    return format(amount.normalize(), "f")


def _threshold(ctx: Context) -> tuple[Threshold, str]:
    if ctx.dossier.case.party.kind is PartyKind.INDIVIDUAL:
        return ctx.params.hearing_threshold_individual, "公民"
    return ctx.params.hearing_threshold_organisation, "法人或者其他组织"


def _threshold_text(threshold: Threshold) -> str:
    if threshold.boundary == "inclusive":
        return f"{yuan(threshold.amount)} 元以上"
    return f"超过 {yuan(threshold.amount)} 元"


def hearing_triggers(ctx: Context, *steps: Step | None) -> list[str]:
    """Why the hearing right applies (行政处罚法 Art 63), in Chinese; empty when it does not.

    Each given step (the advance notice with its proposed penalties, the decision) is looked at
    on its own: a fine or a confiscation is compared per step with the profile threshold for the
    party kind; penalties of Art 63 items 3 and 4 always trigger.
    """
    # memoised per dossier: PUN-HEAR-001 and PUN-HEAR-002 ask about the same (notice, decision) pairs
    key = ("punishment.hearing_triggers", *(s.id if s is not None else None for s in steps))
    found: list[str] | None = ctx.memo.get(key)
    if found is None:
        found = ctx.memo[key] = _hearing_triggers(ctx, steps)
    return found


def _hearing_triggers(ctx: Context, steps: tuple[Step | None, ...]) -> list[str]:
    """:func:`hearing_triggers` without the memo."""
    threshold, party = _threshold(ctx)
    reasons: list[str] = []
    for step in steps:
        if step is None or not step.penalties:
            continue
        kinds = {p.kind for p in step.penalties}
        own: list[str] = []  # this step's reasons, each to be prefixed with the step's description
        if PenaltyKind.FINE in kinds and threshold.reached(step.fine):
            own.append(f"罚款 {yuan(step.fine)} 元，达到对{party}较大数额罚款的听证标准（{_threshold_text(threshold)}）")
        for kind, label in _CONFISCATIONS.items():
            if kind not in kinds:
                continue
            amounts = [p.amount for p in step.penalties if p.kind is kind and p.amount is not None]
            total = sum(amounts, Decimal(0))
            if amounts and threshold.reached(total):
                own.append(f"{label} {yuan(total)} 元，达到较大数额的听证标准（{_threshold_text(threshold)}）")
        own += [label for kind, label in _HEARING_PENALTIES.items() if kind in kinds]
        if own:
            where = describe(step)
            reasons += [where + reason for reason in own]
    return list(dict.fromkeys(reasons))


def _notice_before(ctx: Context, decision: Step) -> Step | None:
    """The advance notice the decision rests on: the latest one dated on/before the decision (once per decision)."""
    key = ("punishment.notice_before", decision.id)
    if key not in ctx.memo:
        notices = [s for s in ctx.dossier.steps_of(StepKind.ADVANCE_NOTICE) if s.day <= decision.day]
        ctx.memo[key] = max(notices, key=lambda s: s.day) if notices else None
    found: Step | None = ctx.memo[key]
    return found


def _notice_pairs(ctx: Context) -> list[tuple[Step, Step | None]]:
    """Each advance notice with the first decision that rests on it (None: no decision yet)."""
    dossier = ctx.dossier
    decisions = sorted(dossier.steps_of(StepKind.DECISION), key=lambda s: s.day)
    pairs: dict[str, tuple[Step, Step | None]] = {}
    for decision in decisions:
        notice = _notice_before(ctx, decision)
        if notice is not None and notice.id not in pairs:
            pairs[notice.id] = (notice, decision)
    return [pairs.get(n.id, (n, None)) for n in dossier.steps_of(StepKind.ADVANCE_NOTICE)]


def _served_on(ctx: Context, notice: Step) -> tuple[dt.date, Step | None]:
    """Day the notice reached the party (its service, else the notice day), and the service step."""
    service = service_of(ctx, notice.id)
    if service is None:
        return notice.day, None
    return max(service.day, notice.day), service


def _served_text(notice: Step, served: dt.date, service: Step | None) -> str:
    """How :func:`_served_on` found the day, for messages."""
    if service is None:
        return f"{describe(notice)}（案卷中无送达记录，按其日期计算）"
    return f"{describe(notice)}于 {served.isoformat()} 送达（{service.id}）"


# ------------------------------------------------------------------ rules


class DecisionInTime(Rule):
    """The punishment decision is made within the decision period counted from filing.

    Requirement: 行政处罚法 Art 60: the decision is made within 90 days of filing (profile
    ``decision_deadline``, calendar days; a last day on a rest day or holiday moves to the next
    working day), unless a law, regulation or rule provides otherwise. The days of every
    ``decision_extension`` step (``days``) dated on or before the original last day are added (an
    extension approved on the last day is still within the period, which ends at 24:00). A later
    extension does not revive an expired period. Open case without a decision: a finding once
    the period has run out on ``as_of``. A closed case without a decision is REC-001's business.

    Non-compliant: ``<step kind="filing" date="2025-07-03"/>`` and
    ``<step id="S10" kind="decision" date="2025-10-10"/>`` (90 days end on 2025-10-01, a holiday,
    so the period ends on 2025-10-09, the first working day after National Day).

    Compliant: the same filing with ``<step id="S10" kind="decision" date="2025-10-09"/>``.
    """

    meta = RuleMeta(
        id="PUN-DEC-001",
        title="处罚决定超过办案期限",
        system=System.PROCEDURE,
        case_types=PUN,
        severity=Severity.ERROR,
        legal_basis=(pl(60),),
        remediation="自立案之日起90日内作出行政处罚决定；确需延长的，在期限届满前按规定报负责人批准并在案卷中记录"
        "延长决定（天数、批准人、日期）；已超期的，书面说明超期原因并报法制机构备查。",
        parameters=("decision_deadline",),
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        dossier = ctx.dossier
        if not _general_punishment(dossier):
            return
        filing = dossier.first(StepKind.FILING)
        if filing is None:
            return
        period = ctx.params.decision_deadline
        original = ctx.period_deadline(filing.day, period)
        extensions = [s for s in dossier.steps_of(StepKind.DECISION_EXTENSION) if s.days and s.day <= original]
        extra = sum(s.days or 0 for s in extensions)
        deadline = ctx.period_deadline(filing.day, period, extra) if extra else original
        decision = dossier.first(StepKind.DECISION)
        if decision is not None:
            if decision.day > deadline:
                yield Hit(
                    f"{self._period(filing, period, extensions, deadline)}；"
                    f"{describe(decision)}逾期 {(decision.day - deadline).days} 日。",
                    step=decision.id,
                )
        elif dossier.case.status is CaseStatus.OPEN and ctx.as_of > deadline:
            yield Hit(f"{self._period(filing, period, extensions, deadline)}；"
                      f"截至 {ctx.as_of.isoformat()} 尚未作出处罚决定。")

    @staticmethod
    def _period(filing: Step, period: DayPeriod, extensions: list[Step], deadline: dt.date) -> str:
        """「自 S02 立案（…）起 90 日，经 S09 延长 30 日，办案期限届满日为 …」."""
        text = f"自 {describe(filing)}起 {period.days}{_unit(period)}"
        if extensions:
            text += "，经 " + "、".join(f"{s.id} 延长 {s.days} 日" for s in extensions)
        return text + f"，办案期限届满日为 {deadline.isoformat()}"


class HearingRightNotified(Rule):
    """Where the hearing right applies, the advance notice tells the party of it.

    Requirement: 行政处罚法 Art 63 para 1 and Art 44: before a 较大数额 fine, a confiscation of a
    较大数额 of illegal gains or of 较大价值 illegal property, a qualification downgrade, a licence
    revocation, an order to suspend production or business, a closure order or an employment
    restriction, the advance notice tells the party of its right to request a hearing
    (``rights`` contains ``hearing``). The amount thresholds are the profile's
    ``hearing_threshold_individual`` / ``hearing_threshold_organisation`` for the party kind,
    with their inclusive/exclusive boundary (unconfirmed national defaults, hence a warning).
    Each advance notice is judged on its own proposed penalties and on those of the first decision
    that rests on it (the latest notice on/before a decision); a missing advance notice is
    REC-001's business.

    Non-compliant: organisation, ``<step id="S10" kind="decision"><penalty kind="fine"
    amount="100000"/></step>`` after ``<step id="S07" kind="advance_notice" rights="statement
    defence"/>`` (national threshold: 100,000 yuan inclusive).

    Compliant: the same with ``rights="statement defence hearing"``, or a fine of 99,999 yuan.
    """

    meta = RuleMeta(
        id="PUN-HEAR-001",
        title="应告知听证权利而未告知",
        system=System.PROCEDURE,
        case_types=PUN,
        severity=Severity.WARNING,
        legal_basis=(pl(63, 1), pl(44)),
        remediation="拟作出较大数额罚款、没收较大数额违法所得或较大价值非法财物、降低资质等级、吊销许可证件、"
        "责令停产停业、责令关闭、限制从业等处罚的，在事先告知书中写明当事人有要求听证的权利及申请期限；"
        "已遗漏的，重新制作并送达事先告知书，重新给予听证申请期限后再作决定。",
        confidence=Confidence.UNCONFIRMED,
        parameters=("hearing_threshold_individual", "hearing_threshold_organisation"),
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        dossier = ctx.dossier
        if not _general_punishment(dossier):
            return
        if all("hearing" in n.rights for n in dossier.steps_of(StepKind.ADVANCE_NOTICE)):
            return  # every advance notice tells of the hearing right
        for notice, decision in _notice_pairs(ctx):
            if "hearing" in notice.rights:
                continue
            reasons = hearing_triggers(ctx, notice, decision)
            if reasons:
                yield Hit(
                    f"{describe(notice)}未告知当事人要求听证的权利，而本案适用听证：{'；'.join(reasons)}。",
                    step=notice.id,
                )


class HearingRequestWindow(Rule):
    """Where the hearing right applies, the decision waits for the 5-working-day request window.

    Requirement: 行政处罚法 Art 64 para 1 item 1 with Art 85: the party may request a hearing within
    5 working days after being notified. When the hearing right applies (same test as
    PUN-HEAR-001), no ``hearing_request`` step exists and the party has not expressly waived
    (a ``statement_and_defence`` step with ``waived="true"`` on/before the decision), the decision
    must be dated after the window has closed: the window's last day is the 5th working day after
    service of the advance notice (the notice day when no service is recorded), and the party may
    still act on that day, so a decision on it is premature. Reads the unconfirmed hearing
    thresholds, hence a warning.

    Version note: before 2021-07-15 the old law (Art 42) gave 3 days. This rule applies the 5
    working days to every decision; issue 3 will add version handling of the law.

    Non-compliant: fine of 100,000 yuan on an organisation, notice served on Friday 2025-09-26,
    decision on 2025-10-10 (window: 09-28 (make-up Sunday), 09-29, 09-30, 10-09, 10-10).

    Compliant: the same with the decision on Saturday 2025-10-11 (a make-up working day), or a
    ``hearing_request`` step, or an express waiver before the decision.
    """

    meta = RuleMeta(
        id="PUN-HEAR-002",
        title="听证申请期限届满前作出处罚决定",
        system=System.PROCEDURE,
        case_types=PUN,
        severity=Severity.WARNING,
        legal_basis=(pl(64, 1, 1), pl(85), pl(63, 1)),
        remediation="适用听证的案件，事先告知书送达后等待5个工作日的听证申请期限届满，或取得当事人书面明确放弃听证的"
        "意思表示后，再作出处罚决定；已提前作出的，依法自行纠正并重新给予听证申请期限。",
        confidence=Confidence.UNCONFIRMED,
        parameters=("hearing_threshold_individual", "hearing_threshold_organisation"),
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        dossier = ctx.dossier
        if not _general_punishment(dossier):
            return
        if StepKind.HEARING_REQUEST in dossier.steps_by_kind:
            return
        for decision in dossier.steps_of(StepKind.DECISION):
            notice = _notice_before(ctx, decision)
            if notice is None:
                continue
            reasons = hearing_triggers(ctx, notice, decision)
            if not reasons:
                continue
            waived = any(s.waived and s.day <= decision.day for s in dossier.steps_of(StepKind.STATEMENT_AND_DEFENCE))
            if waived:
                continue
            served, service = _served_on(ctx, notice)
            last = ctx.working_day_deadline(served, HEARING_REQUEST_DAYS)
            if decision.day <= last:
                yield Hit(
                    f"{describe(decision)}作出时听证申请期限尚未届满：{_served_text(notice, served, service)}，当事人可在 "
                    f"{HEARING_REQUEST_DAYS} 个工作日内（至 {last.isoformat()}）要求听证，"
                    f"案卷中无听证申请，也无当事人明确放弃的记录。适用听证的理由：{'；'.join(reasons)}。",
                    step=decision.id,
                )


class HearingNoticeInTime(Rule):
    """The hearing notice reaches the party at least 7 working days before the hearing.

    Requirement: 行政处罚法 Art 64 para 1 item 2 with Art 85: the organ notifies the party and others
    concerned of the hearing's time and place 7 working days before the hearing. For each
    ``hearing`` step, the latest ``hearing_notice`` on/before it is taken; the party is notified on
    the day the notice was served (``service`` with ``of`` = the notice, if recorded), else on the
    notice day. Required: notified day + 7 working days <= hearing day. A hearing without any
    hearing notice is not judged here (recording rules).

    Non-compliant: ``<step id="S17" kind="hearing_notice" date="2025-09-26"/>`` and
    ``<step kind="hearing" date="2025-10-11"/>`` (7 WD end on 2025-10-13).

    Compliant: the same notice with the hearing on 2025-10-13.
    """

    meta = RuleMeta(
        id="PUN-HEAR-003",
        title="听证通知迟于听证前七个工作日",
        system=System.PROCEDURE,
        case_types=PUN,
        severity=Severity.ERROR,
        legal_basis=(pl(64, 1, 2), pl(85)),
        remediation="在举行听证的7个工作日前将听证的时间、地点书面通知当事人及有关人员，送达回证归卷；"
        "通知不足7个工作日的，应改期举行听证并重新通知。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        dossier = ctx.dossier
        if not _general_punishment(dossier):
            return
        for hearing in dossier.steps_of(StepKind.HEARING):
            notices = [s for s in dossier.steps_of(StepKind.HEARING_NOTICE) if s.day <= hearing.day]
            if not notices:
                continue
            notice = max(notices, key=lambda s: s.day)
            served, service = _served_on(ctx, notice)
            earliest = ctx.working_day_deadline(served, HEARING_NOTICE_DAYS)
            if hearing.day < earliest:
                yield Hit(
                    f"{_served_text(notice, served, service)}，距 {describe(hearing)}不足 {HEARING_NOTICE_DAYS} 个工作日："
                    f"听证最早可于 {earliest.isoformat()} 举行（相差 "
                    f"{ctx.calendar.working_days_between(hearing.day, earliest)} 个工作日）。",
                    step=notice.id,
                )


class StatementWindow(Rule):
    """The decision is not made before the party could state its case and defend itself.

    Requirement: 行政处罚法 Art 45 para 1 and Art 62: no decision while the party has not been heard.
    The decision must be dated after the statement window (profile ``statement_window``; national
    default 5 working days from service of the advance notice, unconfirmed, hence a warning) has
    closed, unless a ``statement_and_defence`` step (the party made its statement or expressly
    waived, ``waived="true"``; its 复核 is part of the step) is dated on/before the decision. The
    window starts on the day the advance notice was served (the notice day when no service is
    recorded); the party may still act on the window's last day, so a decision on it is premature.
    A general-procedure decision without any advance notice is REC-001's business.

    Non-compliant: notice served on Monday 2025-04-28, no statement, decision on 2025-05-08
    (window: 04-29, 04-30, 05-06, 05-07, 05-08; 05-01..05-05 is the Labour Day holiday).

    Compliant: the same with the decision on 2025-05-09, or a ``statement_and_defence`` step on
    2025-04-30 and the decision on 2025-05-06.
    """

    meta = RuleMeta(
        id="PUN-NOTICE-002",
        title="陈述申辩期限届满前作出处罚决定",
        system=System.PROCEDURE,
        case_types=PUN,
        severity=Severity.WARNING,
        legal_basis=(pl(45, 1), pl(62)),
        remediation="事先告知书送达后，待陈述、申辩期限届满，或当事人已陈述申辩且已复核，或当事人书面明确放弃后，"
        "再作出处罚决定；陈述申辩笔录、复核意见或放弃声明归入案卷。",
        confidence=Confidence.UNCONFIRMED,
        parameters=("statement_window",),
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        dossier = ctx.dossier
        if not _general_punishment(dossier):
            return
        period = ctx.params.statement_window
        for decision in dossier.steps_of(StepKind.DECISION):
            notice = _notice_before(ctx, decision)
            if notice is None:
                continue
            if any(s.day <= decision.day for s in dossier.steps_of(StepKind.STATEMENT_AND_DEFENCE)):
                continue
            served, service = _served_on(ctx, notice)
            last = ctx.period_deadline(served, period)
            if decision.day <= last:
                yield Hit(
                    f"{describe(decision)}作出时陈述、申辩期限尚未届满：{_served_text(notice, served, service)}，当事人可在 "
                    f"{period.days}{_unit(period)}内（至 {last.isoformat()}）陈述、申辩；案卷中无"
                    f"{STEP_LABELS[StepKind.STATEMENT_AND_DEFENCE]}记录，也无明确放弃的记录。",
                    step=decision.id,
                )


class DecisionServed(Rule):
    """The punishment decision is served within 7 working days.

    Requirement: 行政处罚法 Art 61 para 1 with Art 85: the decision is handed over on the spot after
    it is announced; if the party is absent it is served within 7 working days. For every
    ``decision`` step, the earliest ``service`` step with ``of`` = the decision must be dated no
    later than the 7th working day after the decision day. A closed case without such a service is
    a finding; an open case only once that day has passed on ``as_of``.

    Non-compliant: ``<step id="S10" kind="decision" date="2025-04-21"/>`` with
    ``<step id="S11" kind="service" of="S10" date="2025-04-30"/>`` (7 WD end on 2025-04-29;
    Sunday 04-27 is a make-up working day).

    Compliant: the same decision served on 2025-04-29.
    """

    meta = RuleMeta(
        id="PUN-SERVE-001",
        title="处罚决定书未在七个工作日内送达",
        system=System.PROCEDURE,
        case_types=PUN,
        severity=Severity.ERROR,
        legal_basis=(pl(61, 1), pl(85)),
        remediation="处罚决定书宣告后当场交付当事人；当事人不在场的，在7个工作日内依照民事诉讼法的有关规定送达，"
        "并将送达回证（或邮寄、电子送达、公告送达凭证）归入案卷；尚未送达的立即送达并说明迟延原因。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        dossier = ctx.dossier
        if not _general_punishment(dossier):
            return
        for decision in dossier.steps_of(StepKind.DECISION):
            deadline = ctx.working_day_deadline(decision.day, SERVICE_DAYS)
            service = service_of(ctx, decision.id)
            if service is not None:
                if service.day > deadline:
                    yield Hit(
                        f"{self._head(decision, deadline)}，实际于 {service.day.isoformat()} 送达（{service.id}），"
                        f"{_late_working(ctx, deadline, service.day)}。",
                        step=service.id,
                    )
            elif dossier.case.status is CaseStatus.CLOSED:
                yield Hit(f"{self._head(decision, deadline)}，案件已结案但案卷中无该决定书的送达记录。", step=decision.id)
            elif ctx.as_of > deadline:
                yield Hit(f"{self._head(decision, deadline)}，截至 {ctx.as_of.isoformat()} 案卷中无送达记录。",
                          step=decision.id)

    @staticmethod
    def _head(decision: Step, deadline: dt.date) -> str:
        return f"{describe(decision)}应在 {SERVICE_DAYS} 个工作日内（至 {deadline.isoformat()}）送达"


RULES: tuple[type[Rule], ...] = (
    DecisionInTime,
    HearingRightNotified,
    HearingRequestWindow,
    HearingNoticeInTime,
    StatementWindow,
    DecisionServed,
)
