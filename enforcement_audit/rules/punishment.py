"""Rules: 行政处罚程序 (filing, decision period and approval, notice, hearing, service, payment,
limitation, summary procedure, minors).

Most rules here apply to general-procedure (普通程序) punishment cases only: the filing deadline, the
hearing, the statement window and Art 57/60/61 belong to the general procedure; summary (当场)
decisions are handed over on the spot (行政处罚法 Art 52). PUN-SIMPLE-* judge summary decisions;
PUN-NOTICE-003, PUN-DEC-011, PUN-PAY-002 and PUN-LIMIT-* apply to both procedures.

Versions of 行政处罚法: the 2021 revision took effect on 2021-07-15 (Art 86). Where the old text
(2017 revision; the 1996 and 2009 numbers are the same for these points) differs, the rule says
which day decides the version and cites the old article with ``note="2017年修正"``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from decimal import Decimal

from ..engine import Confidence, Context, Hit, LegalBasis, Rule, RuleMeta, Severity, System
from ..models import (
    ON_SITE_STEPS,
    CaseStatus,
    CaseType,
    DecisionOutcome,
    DisposalMethod,
    Document,
    Dossier,
    PartyKind,
    PaymentChannel,
    PenaltyKind,
    Procedure,
    Role,
    ServiceMethod,
    Step,
    StepKind,
)
from ..profile import DayPeriod, Threshold
from ._common import (
    MR_PROCEDURE,
    PENALTY_LABELS,
    PENALTY_LAW_2021,
    PUN,
    ROLE_LABELS,
    STEP_LABELS,
    TRANSFER_RULES_LAW,
    alert_text,
    cl,
    deferral_request_of,
    describe,
    fine_decision_of,
    head_problems,
    late_working_text,
    old_pl,
    payment_due,
    period_text,
    pl,
    service_of,
    summary_punishment,
    yuan,
)

#: 行政处罚法 Art 61 para 1: serve within 七日 (working days, Art 85).
SERVICE_DAYS = 7
#: 行政处罚法 Art 64 para 1 item 1: the hearing request is due within 五日 after the notice (Art 85).
HEARING_REQUEST_DAYS = 5
#: 行政处罚法 Art 64 para 1 item 2: notify the hearing 七日 before it is held (Art 85).
HEARING_NOTICE_DAYS = 7

#: 行政处罚法 (2017) Art 42 para 1 items 1 and 2: 三日 / 七日; the old text has no working-day clause.
OLD_HEARING_REQUEST_DAYS = 3
OLD_HEARING_NOTICE_DAYS = 7
#: 行政处罚法 Art 67 para 3 (2017: Art 46 para 3): pay within 十五日 of receiving the decision (calendar days).
PAYMENT_DAYS = 15
#: 行政处罚法 Art 68 item 1 (2017: Art 47 item 1): on-the-spot collection of a fine of 一百元以下 (二十元以下).
ON_THE_SPOT_LIMIT = Decimal(100)
OLD_ON_THE_SPOT_LIMIT = Decimal(20)

#: Summary-procedure ceilings (fine, 以下 = inclusive) by party kind: Art 51 (2021) and Art 33 (2017).
SUMMARY_LIMITS: dict[PartyKind, tuple[Decimal, Decimal]] = {  # (before 2021-07-15, from 2021-07-15)
    PartyKind.INDIVIDUAL: (Decimal(50), Decimal(200)),
    PartyKind.ORGANISATION: (Decimal(1000), Decimal(3000)),
}
PARTY_LABELS: dict[PartyKind, str] = {PartyKind.INDIVIDUAL: "公民", PartyKind.ORGANISATION: "法人或者其他组织"}


#: The item of 行政处罚法 Art 9 that lists each penalty kind; the items run from lighter to heavier
#: categories (PUN-NOTICE-003 reads a higher item as a heavier kind of penalty).
PENALTY_CATEGORY: dict[PenaltyKind, int] = {
    PenaltyKind.WARNING: 1,
    PenaltyKind.CRITICISM: 1,
    PenaltyKind.FINE: 2,
    PenaltyKind.CONFISCATION_OF_GAINS: 2,
    PenaltyKind.CONFISCATION_OF_PROPERTY: 2,
    PenaltyKind.LICENCE_SUSPENSION: 3,
    PenaltyKind.QUALIFICATION_DOWNGRADE: 3,
    PenaltyKind.LICENCE_REVOCATION: 3,
    PenaltyKind.BUSINESS_RESTRICTION: 4,
    PenaltyKind.SUSPENSION_OF_BUSINESS: 4,
    PenaltyKind.CLOSURE: 4,
    PenaltyKind.EMPLOYMENT_RESTRICTION: 4,
    PenaltyKind.DETENTION: 5,
}

#: Steps that show the organ enforcing an unpaid fine (催告, 强制执行决定, 强制执行).
_ENFORCEMENT_STEPS = (StepKind.DEMAND_NOTICE, StepKind.EXECUTION_DECISION, StepKind.EXECUTION)

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

#: Penalties that always carried the hearing right under the old text (2017 revision, Art 42 para 1:
#: 责令停产停业、吊销许可证或者执照); the old text named no qualification downgrade, closure or
#: employment restriction. A 较大数额 confiscation did carry it: the Supreme People's Court reads the
#: article's 「等」 so (指导案例6号, 2012, see GUIDING_CASE_6), and the rules apply that reading.
_OLD_HEARING_PENALTIES: dict[PenaltyKind, str] = {
    PenaltyKind.SUSPENSION_OF_BUSINESS: "责令停产停业",
    PenaltyKind.LICENCE_REVOCATION: "吊销许可证或者执照",
}

#: Steps whose officers investigated the case (PUN-HEAR-005; REV-008 uses the same set).
_INVESTIGATIVE_STEPS = ON_SITE_STEPS | {StepKind.INVESTIGATION_REPORT}

#: 行政处罚法 Art 56 (2017: Art 37 para 2): the handling decision on preserved evidence within 七日.
PRESERVATION_DAYS = 7
#: 行政处罚法 Art 64 para 1 item 5 (2017: Art 42 para 1 item 5): 委托一至二人代理.
MAX_HEARING_AGENTS = 2

#: 最高人民法院指导案例6号 (2012): 「行政机关作出没收较大数额涉案财产的行政处罚决定时，未告知当事人有要求举行听证的
#: 权利或者未依法举行听证的，人民法院应当依法认定该行政处罚违反法定程序。」 — the old Art 42's 「等」 includes it.
GUIDING_CASE_6 = LegalBasis("最高人民法院指导案例6号", note="黄泽富、何伯琼、何熠诉四川省成都市金堂工商行政管理局行政处罚案，"
                            "没收较大数额涉案财产适用修订前第四十二条")

#: Added to a PUN-HEAR-001 message when the old text's triggers were applied.
_OLD_TRIGGERS = "（事先告知书于2021年7月15日前送达，适用修订前第四十二条第一款）"

# ------------------------------------------------------------------ helpers


def _general_punishment(dossier: Dossier) -> bool:
    case = dossier.case
    return case.type is CaseType.PUNISHMENT and case.procedure is Procedure.GENERAL


def _decision_of_payment(decisions: list[Step], payment: Step) -> Step | None:
    """The decision a payment pays: the one its ``of`` names, else the latest one on or before it
    (on the same day, the later in document order)."""
    named = next((d for d in decisions if d.id == payment.of), None)
    if named is not None:
        return named
    found: Step | None = None
    for decision in decisions:
        if decision.day <= payment.day and (found is None or decision.day >= found.day):
            found = decision
    return found





def _kinds_text(kinds: Iterable[PenaltyKind]) -> str:
    return "、".join(PENALTY_LABELS[k] for k in kinds)


def _punished(ctx: Context) -> list[Step]:
    """Decision steps that impose at least one penalty, in document order (once per dossier)."""
    key = ("punishment.punished",)
    found: list[Step] | None = ctx.memo.get(key)
    if found is None:
        found = ctx.memo[key] = [s for s in ctx.dossier.steps_of(StepKind.DECISION) if s.penalties]
    return found


def _threshold(ctx: Context) -> tuple[Threshold, str]:
    if ctx.dossier.case.party.kind is PartyKind.INDIVIDUAL:
        return ctx.params.hearing_threshold_individual, "公民"
    return ctx.params.hearing_threshold_organisation, "法人或者其他组织"


def _threshold_text(threshold: Threshold) -> str:
    if threshold.boundary == "inclusive":
        return f"{yuan(threshold.amount)} 元以上"
    return f"超过 {yuan(threshold.amount)} 元"


def hearing_triggers(ctx: Context, *steps: Step | None, old: bool = False) -> list[str]:
    """Why the hearing right applies, in Chinese; empty when it does not.

    Each given step (the advance notice with its proposed penalties, the decision) is looked at
    on its own: a fine and each kind of confiscation are compared per step with the profile threshold
    for the party kind; the listed penalties always trigger. ``old``: judge by the old text (2017
    revision, Art 42 para 1: 责令停产停业、吊销许可证或者执照、较大数额罚款等, the 「等」 including a 较大数额
    confiscation per 最高人民法院指导案例6号) instead of
    行政处罚法 Art 63 para 1 items 1 to 4; the caller decides the version (the day the advance notice
    was served).
    """
    # memoised per dossier: PUN-HEAR-001 and PUN-HEAR-002 ask about the same (notice, decision) pairs
    key = ("punishment.hearing_triggers", old, *(s.id if s is not None else None for s in steps))
    found: list[str] | None = ctx.memo.get(key)
    if found is None:
        found = ctx.memo[key] = _hearing_triggers(ctx, steps, old)
    return found


def _hearing_triggers(ctx: Context, steps: tuple[Step | None, ...], old: bool) -> list[str]:
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
        # confiscations (old text too: 指导案例6号), each kind on its own, or as one total where the profile
        # says so (市场监管听证办法 Art 5 item 4: 没收违法所得和非法财物价值总额)
        combined = ctx.params.confiscations_combined
        groups = ([(frozenset(_CONFISCATIONS), "没收违法所得和非法财物价值总额")] if combined is not None and combined.enabled
                  else [(frozenset({kind}), label) for kind, label in _CONFISCATIONS.items()])
        for group, label in groups:
            amounts = [p.amount for p in step.penalties if p.kind in group and p.amount is not None]
            total = sum(amounts, Decimal(0))
            if amounts and threshold.reached(total):
                own.append(f"{label} {yuan(total)} 元，达到较大数额的听证标准（{_threshold_text(threshold)}）")
        listed = _OLD_HEARING_PENALTIES if old else _HEARING_PENALTIES
        own += [label for kind, label in listed.items() if kind in kinds]
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
    ``decision_extension`` step (``days``) dated on or before the last day of the period as extended so
    far are added, in date order (an extension approved on the last day is still within the period,
    which ends at 24:00; a further extension made within the extended period counts, e.g. 市场监管程序规定
    Art 64 para 1). An extension made after the period ran out does not revive it. Periods a sector
    rule leaves out (市场监管: 中止、听证、公告、检测… Art 64 para 2) are not deducted. Open case without a decision: an alert (预警) —
    yellow while the last day is within the profile's ``alert_window`` of ``as_of``, red once it
    has passed. A closed case without a decision is REC-001's business. The 90-day period was
    introduced by the 2021 revision (in force 2021-07-15); the 2017 text set none, so a case filed
    before that day is not judged here (sector rules of the time, e.g. 市场监管, had their own).

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
        parameters=("decision_deadline", "alert_window"),
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        dossier = ctx.dossier
        if not _general_punishment(dossier):
            return
        filing = dossier.first(StepKind.FILING)
        if filing is None or filing.day < PENALTY_LAW_2021:
            return
        period = ctx.params.decision_deadline
        deadline = ctx.period_deadline(filing.day, period)
        extensions: list[Step] = []
        extra = 0
        # each extension counts when made within the period as already extended (a further extension, e.g.
        # 市场监管程序规定 Art 64 para 1, is decided before the extended period runs out)
        for ext in sorted((s for s in dossier.steps_of(StepKind.DECISION_EXTENSION) if s.days), key=lambda s: s.day):
            if ext.day <= deadline:
                extensions.append(ext)
                extra += ext.days or 0
                deadline = ctx.period_deadline(filing.day, period, extra)
        decision = dossier.first(StepKind.DECISION)
        if decision is not None:
            if decision.day > deadline:
                yield Hit(
                    f"{self._period(filing, period, extensions, deadline)}；"
                    f"{describe(decision)}逾期 {(decision.day - deadline).days} 日。",
                    step=decision.id,
                )
        elif dossier.case.status is CaseStatus.OPEN:
            alert = ctx.alert_for(deadline)
            if alert is not None:
                yield Hit(f"{self._period(filing, period, extensions, deadline)}；截至 {ctx.as_of.isoformat()} "
                          f"尚未作出处罚决定{alert_text(ctx, alert, deadline)}。", alert=alert)

    @staticmethod
    def _period(filing: Step, period: DayPeriod, extensions: list[Step], deadline: dt.date) -> str:
        """「自 S02 立案（…）起 90 日，经 S09 延长 30 日，办案期限届满日为 …」."""
        text = f"自 {describe(filing)}起 {period_text(period.days, period.day_kind)}"
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

    Version: the day the advance notice was served (the notice day when no service is recorded)
    decides the text. Served before 2021-07-15: the old text (2017 revision, Art 42 para 1) gave the
    hearing right before 责令停产停业, 吊销许可证或者执照 and 较大数额罚款 「等」 (same profile
    thresholds); the Supreme People's Court reads that 「等」 as including a 较大数额 confiscation
    (指导案例6号, 2012), so a confiscation over the threshold triggers it too; a qualification
    downgrade, a closure or an employment restriction did not.

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
        legal_basis=(pl(63, 1), pl(44), old_pl(42, 1), GUIDING_CASE_6),
        remediation="拟作出较大数额罚款、没收较大数额违法所得或较大价值非法财物、降低资质等级、吊销许可证件、"
        "责令停产停业、责令关闭、限制从业等处罚的，在事先告知书中写明当事人有要求听证的权利及申请期限；"
        "已遗漏的，重新制作并送达事先告知书，重新给予听证申请期限后再作决定。",
        confidence=Confidence.UNCONFIRMED,
        parameters=("hearing_threshold_individual", "hearing_threshold_organisation", "confiscations_combined"),
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
            old = _served_on(ctx, notice)[0] < PENALTY_LAW_2021
            reasons = hearing_triggers(ctx, notice, decision, old=old)
            if reasons:
                version = _OLD_TRIGGERS if old else ""
                yield Hit(
                    f"{describe(notice)}未告知当事人要求听证的权利，而本案适用听证{version}：{'；'.join(reasons)}。",
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

    Version: the day the advance notice was served (the notice day when no service is recorded)
    decides which text applies, because the window runs from it. Served before 2021-07-15: the old
    law (2017 revision, Art 42 para 1 item 1) gave 三日 and had no working-day clause, so the window
    is 3 calendar days (a last day on a rest day or holiday moves to the next working day). Served
    on/after 2021-07-15: 5 working days (Art 64 para 1 item 1, Art 85). The same day chooses the
    hearing triggers (as in PUN-HEAR-001): before 2021-07-15 those of the old Art 42 para 1
    (责令停产停业, 吊销许可证或者执照, 较大数额罚款, and per 指导案例6号 a 较大数额 confiscation), from then
    on those of Art 63 para 1.

    Non-compliant: fine of 100,000 yuan on an organisation, notice served on Friday 2025-09-26,
    decision on 2025-10-10 (window: 09-28 (make-up Sunday), 09-29, 09-30, 10-09, 10-10). Notice
    served on Wednesday 2021-07-14 (old text), decision on Monday 2021-07-19 (3 days end on Saturday
    07-17, moved to Monday 07-19).

    Compliant: the same with the decision on Saturday 2025-10-11 (a make-up working day), or a
    ``hearing_request`` step, or an express waiver before the decision; the 2021 notice with the
    decision on 2021-07-20, or with a warning instead of the fine (no hearing right).
    """

    meta = RuleMeta(
        id="PUN-HEAR-002",
        title="听证申请期限届满前作出处罚决定",
        system=System.PROCEDURE,
        case_types=PUN,
        severity=Severity.WARNING,
        legal_basis=(pl(64, 1, 1), pl(85), pl(63, 1), old_pl(42, 1, 1), GUIDING_CASE_6),
        remediation="适用听证的案件，事先告知书送达后等待听证申请期限（2021年7月15日起送达的为5个工作日，此前为3日）"
        "届满，或取得当事人书面明确放弃听证的意思表示后，再作出处罚决定；已提前作出的，依法自行纠正并重新给予听证申请期限。",
        confidence=Confidence.UNCONFIRMED,
        parameters=("hearing_threshold_individual", "hearing_threshold_organisation", "confiscations_combined"),
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
            served, service = _served_on(ctx, notice)
            old = served < PENALTY_LAW_2021
            reasons = hearing_triggers(ctx, notice, decision, old=old)
            if not reasons:
                continue
            waived = any(s.waived and s.day <= decision.day for s in dossier.steps_of(StepKind.STATEMENT_AND_DEFENCE))
            if waived:
                continue
            if old:
                last = ctx.calendar_day_deadline(served, OLD_HEARING_REQUEST_DAYS)
                window = f"{OLD_HEARING_REQUEST_DAYS} 日（2021年7月15日前送达，适用修订前第四十二条）"
            else:
                last = ctx.working_day_deadline(served, HEARING_REQUEST_DAYS)
                window = f"{HEARING_REQUEST_DAYS} 个工作日"
            if decision.day <= last:
                yield Hit(
                    f"{describe(decision)}作出时听证申请期限尚未届满：{_served_text(notice, served, service)}，当事人可在 "
                    f"{window}内（至 {last.isoformat()}）要求听证，"
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

    Version: a notice served before 2021-07-15 is judged by the old text (2017 revision, Art 42
    para 1 item 2: 七日前, no working-day clause): notified day + 7 calendar days <= hearing day.

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
        legal_basis=(pl(64, 1, 2), pl(85), old_pl(42, 1, 2)),
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
            if served < PENALTY_LAW_2021:
                earliest = served + dt.timedelta(days=OLD_HEARING_NOTICE_DAYS)
                short = f"{OLD_HEARING_NOTICE_DAYS} 日（2021年7月15日前送达，适用修订前第四十二条）"
                gap = f"{(earliest - hearing.day).days} 日"
            else:
                earliest = ctx.working_day_deadline(served, HEARING_NOTICE_DAYS)
                short = f"{HEARING_NOTICE_DAYS} 个工作日"
                gap = f"{ctx.calendar.working_days_between(hearing.day, earliest)} 个工作日"
            if hearing.day < earliest:
                yield Hit(
                    f"{_served_text(notice, served, service)}，距 {describe(hearing)}不足 {short}："
                    f"听证最早可于 {earliest.isoformat()} 举行（相差 {gap}）。",
                    step=notice.id,
                )


class StatementWindow(Rule):
    """The decision is not made before the party could state its case and defend itself.

    Requirement: 行政处罚法 Art 45 para 1 and Art 62: no decision while the party has not been heard.
    The decision must be dated after the statement window (profile ``statement_window``; national
    default 5 working days from service of the advance notice, unconfirmed, hence a warning) has
    closed, unless a ``statement_and_defence`` step (the party made its statement or expressly
    waived, ``waived="true"``; its 复核 is part of the step) is dated on/before the decision and
    on/after the notice's service (a statement made before the notice did not answer the notified
    penalty, Art 44, 45). The
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
            served, service = _served_on(ctx, notice)
            # only a statement on the notified penalty counts: made (or waived) after the notice reached the party
            if any(served <= s.day <= decision.day for s in dossier.steps_of(StepKind.STATEMENT_AND_DEFENCE)):
                continue
            last = ctx.period_deadline(served, period)
            if decision.day <= last:
                yield Hit(
                    f"{describe(decision)}作出时陈述、申辩期限尚未届满：{_served_text(notice, served, service)}，当事人可在 "
                    f"{period_text(period.days, period.day_kind)}内（至 {last.isoformat()}）陈述、申辩；案卷中无"
                    f"{STEP_LABELS[StepKind.STATEMENT_AND_DEFENCE]}记录，也无明确放弃的记录。",
                    step=decision.id,
                )


class DecisionServed(Rule):
    """The punishment decision is served within 7 working days (7 days before the 2021 revision).

    Requirement: 行政处罚法 Art 61 para 1 with Art 85: the decision is handed over on the spot after
    it is announced; if the party is absent it is served within 7 working days. Decisions made before
    2021-07-15 fall under the 2017 text (Art 40: 七日内, with no working-day clause): 7 calendar days,
    a last day on a rest day moving to the next working day. For every
    ``decision`` step, the earliest ``service`` step with ``of`` = the decision must be dated no
    later than the 7th working day after the decision day. A closed case without such a service is
    a finding; in an open case a pending service is an alert (预警): yellow while the last day is
    within the profile's ``alert_window`` of ``as_of``, red once it has passed.

    Non-compliant: ``<step id="S10" kind="decision" date="2025-04-21"/>`` with
    ``<step id="S11" kind="service" of="S10" date="2025-04-30"/>`` (7 WD end on 2025-04-29;
    Sunday 04-27 is a make-up working day).

    Compliant: the same decision served on 2025-04-29.
    """

    meta = RuleMeta(
        id="PUN-SERVE-001",
        title="处罚决定书未在法定期限内送达",
        system=System.PROCEDURE,
        case_types=PUN,
        severity=Severity.ERROR,
        legal_basis=(pl(61, 1), pl(85), old_pl(40)),
        remediation="处罚决定书宣告后当场交付当事人；当事人不在场的，在7个工作日内依照民事诉讼法的有关规定送达，"
        "并将送达回证（或邮寄、电子送达、公告送达凭证）归入案卷；尚未送达的立即送达并说明迟延原因。",
        parameters=("alert_window",),
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        dossier = ctx.dossier
        if not _general_punishment(dossier):
            return
        for decision in dossier.steps_of(StepKind.DECISION):
            deadline = self._deadline(ctx, decision)
            service = service_of(ctx, decision.id)
            if service is not None:
                if service.day > deadline:
                    yield Hit(
                        f"{self._head(decision, deadline)}，实际于 {service.day.isoformat()} 送达（{service.id}），"
                        f"{late_working_text(ctx, deadline, service.day)}。",
                        step=service.id,
                    )
            elif dossier.case.status is CaseStatus.CLOSED:
                yield Hit(f"{self._head(decision, deadline)}，案件已结案但案卷中无该决定书的送达记录。", step=decision.id)
            else:
                alert = ctx.alert_for(deadline)
                if alert is not None:
                    yield Hit(f"{self._head(decision, deadline)}，截至 {ctx.as_of.isoformat()} 案卷中无送达记录"
                              f"{alert_text(ctx, alert, deadline)}。", step=decision.id, alert=alert)

    @staticmethod
    def _deadline(ctx: Context, decision: Step) -> dt.date:
        if decision.day < PENALTY_LAW_2021:
            return ctx.calendar_day_deadline(decision.day, SERVICE_DAYS)
        return ctx.working_day_deadline(decision.day, SERVICE_DAYS)

    @staticmethod
    def _head(decision: Step, deadline: dt.date) -> str:
        unit = "日" if decision.day < PENALTY_LAW_2021 else " 个工作日"
        return f"{describe(decision)}应在 {SERVICE_DAYS}{unit}内（至 {deadline.isoformat()}）送达"


class DecisionApproved(Rule):
    """The general-procedure decision is approved by the organ's head on or before the decision day.

    Requirement: 行政处罚法 Art 57 para 1: when the investigation ends, the head of the organ
    (行政机关负责人) reviews the result and decides. Every ``decision`` step of a general-procedure
    case carries ``approved-by`` naming an officer of the dossier whose role is ``agency_head``,
    and ``approved-on`` on or before the decision day. One finding per decision lists every defect
    (no approver, approver not in the dossier or not an agency head, no approval date, approval
    after the decision). Summary decisions are made by the officers on the spot and are not judged.
    A collective deliberation (Art 57 para 2) does not replace the head's sign-off on the decision.

    Non-compliant: ``<step id="S10" kind="decision" date="2025-04-21" approved-by="O1"
    approved-on="2025-04-22"/>`` where O1 is the lead officer.

    Compliant: ``approved-by="O9" approved-on="2025-04-21"`` where O9 has role ``agency_head``.
    """

    meta = RuleMeta(
        id="PUN-DEC-005",
        title="处罚决定未经行政机关负责人审批或审批晚于决定",
        system=System.PROCEDURE,
        case_types=PUN,
        severity=Severity.ERROR,
        legal_basis=(pl(57, 1),),
        remediation="调查终结后由行政机关负责人审查调查结果并签批决定（审批表载明负责人姓名和签批日期，日期不晚于决定书日期）；"
        "审批人员须为本机关负责人，案卷人员名单中注明其身份；事后补签的，说明原因并报法制机构备查。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        dossier = ctx.dossier
        if not _general_punishment(dossier):
            return
        for decision in dossier.steps_of(StepKind.DECISION):
            problems = head_problems(dossier, decision.approved_by, "审批人", "案卷中无负责人审批记录（approved-by）")
            if decision.approved_by is not None:
                if decision.approved_on is None:
                    problems.append("无审批日期（approved-on）")
                elif decision.approved_on > decision.day:
                    problems.append(f"审批日期 {decision.approved_on.isoformat()} 晚于决定日 "
                                    f"{(decision.approved_on - decision.day).days} 日")
            if problems:
                yield Hit(f"{describe(decision)}：{'；'.join(problems)}。", step=decision.id)


def _birth_date(id_number: str | None) -> dt.date | None:
    """Birth date from an 18-character resident identity number (digits 7-14, YYYYMMDD); None when
    the number is missing, masked, of another form (15-digit first-generation numbers are not read)
    or the digits are not a valid date."""
    if id_number is None or len(id_number) != 18 or not id_number[:17].isdigit():
        return None
    if not (id_number[17].isdigit() or id_number[17] in "Xx"):
        return None
    try:
        return dt.date(int(id_number[6:10]), int(id_number[10:12]), int(id_number[12:14]))
    except ValueError:
        return None


def _anniversary(day: dt.date, years: int) -> dt.date:
    """The same month and day ``years`` later; 29 February falls back to 28 February
    (民法典 Art 202: without a corresponding day, the last day of the month)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


class MinorNotPunished(Rule):
    """A party under 14 at the time of the violation is not punished.

    Requirement: 行政处罚法 Art 30 (2017: Art 25, same rule): a minor under 14 (不满十四周岁) who
    commits a violation is not punished; the guardian is ordered to discipline them. The format
    carries no birth date, so it is read from the party's 18-character resident identity number
    (``party id-number``, digits 7-14 = YYYYMMDD) when the party kind is ``individual``; a missing,
    masked or malformed number leaves the rule silent. The age is taken on the day the violation
    began (``case/violation start``), else on the decision day. 周岁 are counted from the day
    after the birthday (最高人民法院关于审理未成年人刑事案件具体应用法律若干问题的解释 Art 2, for
    criminal cases; applied here by analogy, the secondary text read, not the official one), so a
    violation on the 14th birthday is still under 14; for a birthday on 29 February the 14th
    birthday is taken as 28 February. Every decision step that imposes a penalty on such a party
    is a finding.

    The second half of Art 30 (14 to 18: the penalty must be lighter or reduced, 从轻或者减轻) is
    not checked: the format does not carry the penalty range or the benchmark band the decision
    applied, so whether the penalty was mitigated is left to the human checklist (discretion item).

    Non-compliant: ``<party kind="individual" id-number="330199201105200013"/>``, violation on
    2025-05-20 (14th birthday), ``<step kind="decision"><penalty kind="fine" amount="200"/></step>``.

    Compliant: the same with the violation on 2025-05-21, or a decision without penalties.
    """

    meta = RuleMeta(
        id="PUN-DEC-011",
        title="对不满十四周岁的未成年人给予行政处罚",
        system=System.PROCEDURE,
        case_types=PUN,
        severity=Severity.ERROR,
        legal_basis=(pl(30), old_pl(25)),
        remediation="违法行为发生时不满十四周岁的，不予行政处罚，责令监护人加以管教，并依法对当事人进行教育；"
        "已作出的处罚决定依法撤销。请同时核对身份证号码与违法行为发生日期的记录是否准确。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        dossier = ctx.dossier
        case = dossier.case
        if case.party.kind is not PartyKind.INDIVIDUAL:
            return
        born = _birth_date(case.party.id_number)
        if born is None:
            return
        fourteenth = _anniversary(born, 14)
        for decision in _punished(ctx):
            if case.violation is not None:
                day, what = case.violation.start, "违法行为发生之日"
            else:
                day, what = decision.day, "案卷未载明违法行为发生日期，按决定日"
            if day <= fourteenth:
                kinds = list(dict.fromkeys(p.kind for p in decision.penalties))
                yield Hit(
                    f"当事人身份证号码显示其出生于 {born.isoformat()}，{what}（{day.isoformat()}）不满十四周岁"
                    f"（{fourteenth.isoformat()} 满十四周岁生日，次日起为已满十四周岁），依法不予行政处罚，"
                    f"而{describe(decision)}给予了{_kinds_text(kinds)}。",
                    step=decision.id,
                )


#: The filing conditions (市场监督管理行政处罚程序规定 Art 19 para 1) and the words that record them in
#: ``filing-conditions`` (1.2).
FILING_CONDITIONS: dict[str, str] = {
    "evidence": "有证据初步证明存在违法行为",
    "penalty_applicable": "依法应当给予行政处罚",
    "jurisdiction": "属于本部门管辖",
    "limitation": "在给予行政处罚的法定期限内",
}


class FilingConditionsRecorded(Rule):
    """Where the sector sets filing conditions, the filing record states each of them as met.

    Requirement: 市场监督管理行政处罚程序规定 (2022) Art 19 para 1: 「经核查，符合下列条件的，应当立案：（一）有证据
    初步证明存在违反市场监督管理法律、法规、规章的行为；（二）依据市场监督管理法律、法规、规章应当给予行政处罚；（三）属于
    本部门管辖；（四）在给予行政处罚的法定期限内。」 para 2: 决定立案的，应当填写立案审批表. Judged where the profile sets
    ``filing_conditions`` (``market-regulation``; national law sets no list: 行政处罚法 Art 54 para 2 only says 符合立案
    标准的，应当及时立案), in punishment dossiers in format 1.2 or later, on each ``filing`` step that transcribes
    ``filing-conditions`` (the conditions its 立案审批表 records as met: ``evidence``, ``penalty_applicable``,
    ``jurisdiction``, ``limitation``): a condition not recorded as met while the case was filed is a finding.
    An omitted ``filing-conditions`` is not transcribed, not a defect (as ``review-items``, REV-005). Not judged:
    whether the evidence really shows a violation and a penalty is due (a human judgement, §11 item 1);
    jurisdiction is judged on the registry by SUBJ-003 and SUBJ-013, and the limitation period by PUN-LIMIT-001 at
    the decision. A warning: the record may state a condition in words the manifest did not transcribe.

    Non-compliant: the ``market-regulation`` profile and ``<step id="S02" kind="filing" date="2025-03-05"
    filing-conditions="evidence jurisdiction"/>``.

    Compliant: ``filing-conditions="evidence penalty_applicable jurisdiction limitation"``; or no
    ``filing-conditions``.
    """

    meta = RuleMeta(
        id="PUN-FILE-003",
        title="立案审批表未载明符合全部立案条件",
        system=System.PROCEDURE,
        case_types=PUN,
        severity=Severity.WARNING,
        legal_basis=(LegalBasis(MR_PROCEDURE, 19, 1, note="市场监管领域"), pl(54, 2)),
        remediation="立案前逐项核查并在立案审批表中载明：有证据初步证明存在违法行为、依法应当给予行政处罚、属于本部门管辖、"
        "在给予行政处罚的法定期限内；不符合的不应立案（符合不予立案情形的，填写不予立案审批表）；已立案的，补充核查并说明。",
        parameters=("filing_conditions",),
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        flag = ctx.params.filing_conditions
        dossier = ctx.dossier
        if flag is None or not flag.enabled or not dossier.at_least("1.2"):
            return
        for filing in dossier.steps_of(StepKind.FILING):
            recorded = set(filing.filing_conditions)
            missing = [word for word in FILING_CONDITIONS if word not in recorded]
            if not recorded or not missing:
                continue
            listed = "、".join(f"{w}（{FILING_CONDITIONS[w]}）" for w in missing)
            unknown = [w for w in dict.fromkeys(filing.filing_conditions) if w not in FILING_CONDITIONS]
            extra = f"；未识别的条件：{'、'.join(unknown)}" if unknown else ""
            yield Hit(f"{describe(filing)}立案，但立案记录未载明符合以下立案条件：{listed}{extra}。", step=filing.id)


class FilingInTime(Rule):
    """Whether to file is decided within the filing deadline counted from discovery.

    Requirement: where the profile sets ``filing_deadline`` (None nationally: the rule is then
    silent; 市场监管: 市场监督管理行政处罚程序规定 Art 18 para 1, 15 working days from finding the
    clue or receiving the materials), the ``filing`` step of a general-procedure punishment case is
    dated no later than the deadline's last day counted from the first ``discovery`` step. Without a
    discovery step nothing is judged. Open case with a discovery but no filing: an alert (预警),
    yellow within the profile's ``alert_window``, red once overdue. A closed case without a filing
    is REC-001's business. A warning only: the format does not carry the head's approval of the
    extension (市场监管: a further 15 working days) nor the excluded time for testing, inspection,
    quarantine, appraisal or identification by a right holder (Art 18 para 2).

    Non-compliant: filing_deadline 15 working days, ``<step kind="discovery" date="2025-09-19"/>``
    and ``<step id="S02" kind="filing" date="2025-10-17"/>`` (15 WD: 09-22 … 09-26, the make-up
    Sunday 09-28, 09-29, 09-30, 10-09, 10-10, the make-up Saturday 10-11, 10-13 … 10-16; last day
    10-16).

    Compliant: the same discovery with the filing on 2025-10-16.
    """

    meta = RuleMeta(
        id="PUN-FILE-002",
        title="未在规定期限内决定是否立案",
        system=System.PROCEDURE,
        case_types=PUN,
        severity=Severity.WARNING,
        legal_basis=(pl(54, 2), LegalBasis(MR_PROCEDURE, 18, 1, note="市场监管领域")),
        remediation="自发现违法线索或者收到材料之日起在规定期限内核查并由负责人决定是否立案；确需延长的，"
        "在期限内报负责人批准并记录；检测、检验、鉴定等不计入期限的时间，在案卷中载明起止日期。",
        parameters=("filing_deadline", "alert_window"),
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        period = ctx.params.filing_deadline
        dossier = ctx.dossier
        if period is None or not _general_punishment(dossier):
            return
        discovery = dossier.first(StepKind.DISCOVERY)
        if discovery is None:
            return
        deadline = ctx.period_deadline(discovery.day, period)
        head = f"自 {describe(discovery)}起 {period_text(period.days, period.day_kind)}内（至 {deadline.isoformat()}）应决定是否立案"
        filing = dossier.first(StepKind.FILING)
        if filing is not None:
            if filing.day > deadline:
                yield Hit(f"{head}，{describe(filing)}逾期 {(filing.day - deadline).days} 日；"
                          "经批准延长或有依法不计入期限的检测、检验、鉴定等时间的，应在案卷中载明。", step=filing.id)
        elif dossier.case.status is CaseStatus.OPEN:
            alert = ctx.alert_for(deadline)
            if alert is not None:
                yield Hit(f"{head}，截至 {ctx.as_of.isoformat()} 尚未立案{alert_text(ctx, alert, deadline)}。",
                          step=discovery.id, alert=alert)


class _Limitation:
    """Shared by PUN-LIMIT-001 and PUN-LIMIT-101: when the violation was discovered against the
    2- and 5-year limits of 行政处罚法 Art 36, and which steps a penalty would be imposed in."""

    @staticmethod
    def facts(ctx: Context) -> tuple[dt.date, Step, dt.date, dt.date, list[Step]] | None:
        """(start of the period, discovery step, 2-year last day, 5-year last day, steps at fault)
        when the discovery came after the 2-year last day; None otherwise. Memoised per dossier."""
        key = ("punishment.limitation",)
        if key not in ctx.memo:
            ctx.memo[key] = _Limitation._facts(ctx)
        found: tuple[dt.date, Step, dt.date, dt.date, list[Step]] | None = ctx.memo[key]
        return found

    @staticmethod
    def _facts(ctx: Context) -> tuple[dt.date, Step, dt.date, dt.date, list[Step]] | None:
        dossier = ctx.dossier
        violation = dossier.case.violation
        if violation is None or (violation.continuing and violation.end is None):
            return None  # no dates, or a continuing act that has not ended: the period has not begun
        start = violation.end or violation.start
        discovery = dossier.first(StepKind.DISCOVERY) or dossier.first(StepKind.FILING)
        if discovery is None or discovery.day <= _anniversary(start, 2):
            return None  # the last day only moves later (holidays), so this is within the period
        two = ctx.calendar_day_deadline(_anniversary(start, 2), 0)
        if discovery.day <= two:
            return None
        at_fault = _punished(ctx)
        if not at_fault:
            if dossier.case.status is CaseStatus.CLOSED or StepKind.DECISION in dossier.steps_by_kind:
                return None  # decided without a penalty
            at_fault = [discovery]  # open case: warn before a penalty is imposed
        five_raw = _anniversary(start, 5)
        five = five_raw if discovery.day <= five_raw else ctx.calendar_day_deadline(five_raw, 0)
        return start, discovery, two, five, at_fault

    @staticmethod
    def head(ctx: Context, start: dt.date, discovery: Step) -> str:
        violation = ctx.dossier.case.violation
        assert violation is not None
        since = "终了" if violation.end is not None else "发生"
        found = "发现" if discovery.kind is StepKind.DISCOVERY else "立案（案卷中无案件来源/发现记录，按立案日计）"
        return f"违法行为于 {start.isoformat()} {since}，{describe(discovery)}方{found}"

    @staticmethod
    def target(step: Step) -> str:
        if step.kind is StepKind.DECISION:
            return f"{describe(step)}仍给予了行政处罚"
        return "案件尚未结案，不得再作出处罚决定"


_LIMIT_BASIS = (pl(36, 1), pl(36, 2), old_pl(29))


class LimitationTwoYears(Rule):
    """No penalty for a violation discovered more than 2 years after it (5-year exception to check).

    Requirement: 行政处罚法 Art 36: a violation not discovered within 2 years is no longer punished;
    where citizens' life, health or safety, or financial safety is involved and harm occurred, the
    period is 5 years; another law may provide otherwise (old text, Art 29: 2 years, no 5-year
    extension). The period runs from the day of the act, or from the end of a continuing or repeated
    act (``case/violation end``; a ``continuing`` act without an end has not begun its period). The
    last day is the same date 2 years later (moved to the next working day when it is a rest day or
    holiday). Discovery is the first ``discovery`` step, else the filing day. The format has no flag
    for the 5-year case, so 2 years is applied and the message asks the officer to check the
    exception: a warning. Findings are placed on each decision that imposes a penalty; in an open
    case not yet decided, on the discovery step. Discovery after 5 years is PUN-LIMIT-101 (error).
    When the discovery date counts as 发现 is itself a judgement (human checklist).

    Non-compliant: ``<violation start="2022-03-01"/>``, ``<step kind="discovery" date="2024-03-04"/>``
    (2 years end on 2024-03-01, a Friday), and a decision with a fine.

    Compliant: the same with the discovery on 2024-03-01, or a violation that ended 2022-03-10.
    """

    meta = RuleMeta(
        id="PUN-LIMIT-001",
        title="违法行为超过二年追责期限后才被发现仍予处罚",
        system=System.PROCEDURE,
        case_types=PUN,
        severity=Severity.WARNING,
        legal_basis=_LIMIT_BASIS,
        remediation="违法行为在二年内未被发现的，不再给予行政处罚；仅在涉及公民生命健康安全、金融安全且有危害后果时"
        "期限为五年，适用五年期限的应在案卷中载明理由和证据；核实违法行为发生、终了日期和发现日期的记录。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        facts = _Limitation.facts(ctx)
        if facts is None:
            return
        start, discovery, two, five, at_fault = facts
        if discovery.day > five:
            return  # PUN-LIMIT-101
        old = ("违法行为终了于2021年7月15日前，行为时的修订前第二十九条无五年期限的规定，能否适用五年期限请一并核实"
               "（第三十七条）。" if start < PENALTY_LAW_2021 else "")
        for step in at_fault:
            yield Hit(
                f"{_Limitation.head(ctx, start, discovery)}，已超过二年追责期限（至 {two.isoformat()}），"
                f"{_Limitation.target(step)}。涉及公民生命健康安全、金融安全且有危害后果的，期限为五年"
                f"（至 {five.isoformat()}），请核实本案是否属于该情形；法律另有规定的除外。{old}",
                step=step.id,
            )


class LimitationFiveYears(Rule):
    """No penalty for a violation discovered more than 5 years after it.

    Requirement: 行政处罚法 Art 36 para 1: even where life, health or financial safety is involved
    and harm occurred, the period is 5 years (same counting as PUN-LIMIT-001: from the act or the
    end of a continuing act; the last day is the same date 5 years later, moved past a rest day or
    holiday). Discovery after that day means no penalty under any branch of Art 36; only another
    law (法律另有规定) could allow it, hence an error.

    Non-compliant: ``<violation start="2019-06-03"/>``, discovery on 2024-06-04 (5 years end on
    Monday 2024-06-03), and a decision with a fine.

    Compliant: the same with the discovery on 2024-06-03 (PUN-LIMIT-001 then asks about the 5-year
    exception).
    """

    meta = RuleMeta(
        id="PUN-LIMIT-101",
        title="违法行为超过五年后才被发现仍予处罚",
        system=System.PROCEDURE,
        case_types=PUN,
        severity=Severity.ERROR,
        legal_basis=_LIMIT_BASIS,
        remediation="违法行为超过追责期限的，不再给予行政处罚，依法不予立案或撤销立案；已作出的处罚决定依法撤销。"
        "确有法律另有规定的，在案卷中载明所依据的法律条文。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        facts = _Limitation.facts(ctx)
        if facts is None:
            return
        start, discovery, _, five, at_fault = facts
        if discovery.day <= five:
            return
        for step in at_fault:
            yield Hit(
                f"{_Limitation.head(ctx, start, discovery)}，已超过五年（至 {five.isoformat()}），"
                f"{_Limitation.target(step)}；法律另有规定的除外。",
                step=step.id,
            )


class PenaltyNotHeavierThanNotified(Rule):
    """The decision is not heavier than the penalty proposed in the advance notice.

    Requirement: 行政处罚法 Art 45 para 2 (no heavier penalty because the party stated its case) and
    Art 44 (the notice states the intended penalty). For each decision, the advance notice it rests
    on (the latest one on/before it) is compared when that notice carries proposed penalties:
    (a) with a fine in both, the decision's total fine is not above the proposed total; (b) a
    penalty kind the notice did not propose may replace a proposed kind only if it is not in a
    heavier category than every dropped kind (categories: the items of Art 9, lighter to heavier:
    warning/criticism; fine/confiscation; licence suspension, qualification downgrade, licence
    revocation; business restriction, suspension, closure, employment restriction; detention); a
    kind added on top of all proposed kinds is always heavier. A fresh advance notice before the
    decision (new facts) resets the comparison. Notices without penalties and decisions without
    penalties are not judged; confiscation amounts are not compared.

    Non-compliant: notice ``<penalty kind="fine" amount="50000"/>``, decision ``<penalty kind="fine"
    amount="60000"/>``; or notice: fine, decision: fine and ``suspension_of_business``.

    Compliant: decision fine 50,000 or less; notice: fine, decision: warning (a lighter kind in its
    place).
    """

    meta = RuleMeta(
        id="PUN-NOTICE-003",
        title="处罚决定重于事先告知的拟处罚",
        system=System.PROCEDURE,
        case_types=PUN,
        severity=Severity.ERROR,
        legal_basis=(pl(45, 2), pl(44), old_pl(32, 2)),
        remediation="不得因当事人陈述、申辩而给予更重的处罚；确因发现新的违法事实需要加重处罚或增加处罚种类的，"
        "重新制作并送达事先告知书，重新给予陈述、申辩（和听证）的权利后再作决定。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        for decision in _punished(ctx):
            notice = _notice_before(ctx, decision)
            if notice is None or not notice.penalties:
                continue
            proposed = {p.kind for p in notice.penalties}
            decided = list(dict.fromkeys(p.kind for p in decision.penalties))
            problems: list[str] = []
            if PenaltyKind.FINE in proposed and PenaltyKind.FINE in decided and decision.fine > notice.fine:
                problems.append(f"罚款 {yuan(decision.fine)} 元，高于告知的 {yuan(notice.fine)} 元")
            dropped = [k for k in proposed if k not in decided]
            ceiling = max((PENALTY_CATEGORY[k] for k in dropped), default=0)
            heavier = [k for k in decided if k not in proposed and PENALTY_CATEGORY[k] > ceiling]
            if heavier:
                problems.append(f"增加了告知中没有的{_kinds_text(heavier)}")
            if problems:
                yield Hit(f"{describe(decision)}重于{describe(notice)}告知的拟处罚"
                          f"（{_kinds_text(sorted(proposed, key=PENALTY_CATEGORY.__getitem__))}）："
                          f"{'；'.join(problems)}，其间无重新告知。", step=decision.id)


class FinePaidInTime(Rule):
    """The fine is paid within 15 days of receiving the decision, or its enforcement is on record.

    Requirement: 行政处罚法 Art 67 para 3 (2017: Art 46 para 3, the same 15 days): the party pays the
    fine within 15 days of receiving the decision. 15 days is not one of the working-day periods
    of Art 85, so calendar days; a last day on a rest day or holiday moves to the next working day.
    The decision is received on its service (``service`` with ``of`` = the decision); a summary
    decision without one was handed over on the spot, on the decision day; a general-procedure
    decision without service is PUN-SERVE-001's business. The payment is the earliest ``payment``
    step on/after the decision day whose ``of`` is the decision or empty. Findings: a payment after
    the last day (the organ should then have charged the 3 % daily surcharge, Art 72); a closed
    case with neither a payment nor an enforcement step (催告, 强制执行决定, 强制执行) unless the
    decision was revoked; an open case without payment or enforcement: an alert (预警), yellow within
    the profile's ``alert_window``, red once overdue. Deferral or instalments approved under Art 66
    para 2 (format 1.2): when a ``payment_deferral`` about the decision carries a ``deadline`` later
    than the 15-day one, the approved deadline is used (for instalments, the last instalment's day;
    the first payment on record is compared with it); whether the deferral was applied for is
    PUN-PAY-006's business. A warning: the payment is made by the party and payment records are often
    kept by the finance office.

    Non-compliant: decision served on 2025-09-12, ``<step id="S13" kind="payment"
    date="2025-09-29"/>`` (15 days end on 09-27, a Saturday, moved to Sunday 09-28, a make-up
    working day).

    Compliant: payment on 2025-09-28.
    """

    meta = RuleMeta(
        id="PUN-PAY-002",
        title="罚款未在收到决定书之日起十五日内缴纳且无催缴或强制执行记录",
        system=System.PROCEDURE,
        case_types=PUN,
        severity=Severity.WARNING,
        legal_basis=(pl(67, 3), pl(66, 2), pl(72, 1), old_pl(46, 3)),
        remediation="督促当事人自收到处罚决定书之日起15日内缴纳罚款并将缴款凭证归卷；逾期不缴纳的，依法每日按罚款数额的3%"
        "加处罚款（不超过罚款数额），经催告后依法强制执行或申请人民法院强制执行；批准延期、分期缴纳的，将申请和批准材料归卷。",
        parameters=("alert_window",),
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        dossier = ctx.dossier
        if dossier.case.type is not CaseType.PUNISHMENT:
            return
        enforced = any(kind in dossier.steps_by_kind for kind in _ENFORCEMENT_STEPS)
        payments = sorted(dossier.steps_of(StepKind.PAYMENT), key=lambda s: s.day)
        for decision in dossier.steps_of(StepKind.DECISION):
            if decision.fine <= 0:
                continue
            service = service_of(ctx, decision.id)
            if service is not None:
                received, how = max(service.day, decision.day), f"于 {service.day.isoformat()} 送达（{service.id}）"
            elif dossier.case.procedure is Procedure.SUMMARY:
                received, how = decision.day, "当场交付"
            else:
                continue  # PUN-SERVE-001
            deadline, deferral = payment_due(ctx, decision, received, PAYMENT_DAYS)
            if deferral is None:
                head = (f"{describe(decision)}罚款 {yuan(decision.fine)} 元，决定书{how}，"
                        f"应在 {PAYMENT_DAYS} 日内（至 {deadline.isoformat()}）缴纳")
            else:
                kind = f"分 {deferral.instalments} 期" if deferral.instalments and deferral.instalments > 1 else "暂缓"
                head = (f"{describe(decision)}罚款 {yuan(decision.fine)} 元，决定书{how}，"
                        f"经{describe(deferral)}批准{kind}缴纳，应在 {deadline.isoformat()} 前缴清")
            payment = next((p for p in payments if p.day >= decision.day and p.of in (None, decision.id)), None)
            if payment is not None:
                if payment.day > deadline:
                    more = "" if deferral is not None else "或有批准暂缓、分期缴纳的材料"
                    yield Hit(f"{head}，{describe(payment)}逾期 {(payment.day - deadline).days} 日；"
                              f"请核查是否依法加处罚款{more}。", step=payment.id)
            elif enforced or StepKind.REVOCATION in dossier.steps_by_kind:
                continue
            elif dossier.case.status is CaseStatus.CLOSED:
                yield Hit(f"{head}，案件已结案，但案卷中既无缴款记录，也无催告或强制执行记录。", step=decision.id)
            else:
                alert = ctx.alert_for(deadline)
                if alert is not None:
                    yield Hit(f"{head}，截至 {ctx.as_of.isoformat()} 案卷中无缴款记录{alert_text(ctx, alert, deadline)}。",
                              step=decision.id, alert=alert)


class OnTheSpotCollection(Rule):
    """A fine is collected on the spot only where the law allows it, against the official receipt.

    Requirement: 行政处罚法 Art 67 para 2: apart from on-the-spot collection under Art 68 and 69,
    the deciding organ and its officers do not collect fines themselves (the party pays at the
    designated bank or electronically, Art 67 para 3). Art 68: a summary decision (Art 51) may be
    collected on the spot where (1) the fine is at most 100 yuan (以下: inclusive) or (2) it would be
    hard to enforce afterwards; Art 69: in a remote, water-borne or poorly connected area, after a
    summary or general decision, where paying at the bank or electronically is really difficult,
    on the party's request. Art 70: every on-the-spot collection is against the special receipt
    issued by the finance department (专用票据), whose number is recorded as ``receipt``. This rule
    also covers PUN-PAY-001 (the organ collected the fine itself): the only way the format shows
    self-collection is ``channel="on_the_spot"``. Version: the decision day (else the payment day);
    before 2021-07-15 the old text (2017 revision) applies: Art 46 para 2, Art 47 (at most 20
    yuan), Art 48 (designated bank only), Art 49 (财政部门统一制发的罚款收据).
    For each ``payment`` step with ``channel="on_the_spot"`` of a punishment case, its decision
    (``of``, else the latest decision with a fine on or before the payment) is checked: allowed
    where the case is a summary procedure and the decision's fine (the payment ``amount`` without
    a decision) is within the ceiling, or where the payment carries ``remote_area="true"``;
    otherwise a finding. A missing ``receipt`` is a finding in any case. A warning: the format
    records neither the "hard to enforce afterwards" ground of Art 68 item 2 nor the party's
    request under Art 69 (the messages say so); a person checks the on-the-spot record for them.

    Non-compliant: ``<case procedure="summary">``, decision with ``<penalty kind="fine"
    amount="200"/>`` and ``<step id="S02" kind="payment" channel="on_the_spot" receipt="No.001"/>``;
    or a 50-yuan fine collected on the spot without ``receipt``.

    Compliant: the 100-yuan fine collected on the spot with ``receipt="No.001"``; the 200-yuan fine
    paid with ``channel="bank"``; a general-procedure fine collected with ``remote_area="true"`` and
    a receipt.
    """

    meta = RuleMeta(
        id="PUN-PAY-003",
        title="不符合当场收缴条件自行收缴罚款或未出具专用票据",
        system=System.PROCEDURE,
        case_types=PUN,
        severity=Severity.WARNING,
        legal_basis=(pl(67, 2), pl(68), pl(69), pl(70), old_pl(46, 2), old_pl(47), old_pl(48), old_pl(49)),
        remediation="除依法当场收缴的情形外，告知当事人到指定银行或者通过电子支付系统缴纳罚款，行政机关及其执法人员不得自行收缴；"
        "当场收缴的，限于简易程序罚款100元以下（2021年7月15日前为20元以下）或者不当场收缴事后难以执行的情形，或者边远、"
        "水上、交通不便地区经当事人提出，并在笔录中载明所依据的情形和当事人的请求；当场收缴罚款必须出具财政部门统一制发的"
        "专用票据，并将票据号码归卷。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        dossier = ctx.dossier
        if dossier.case.type is not CaseType.PUNISHMENT:
            return
        summary = dossier.case.procedure is Procedure.SUMMARY
        decisions = [s for s in dossier.steps_of(StepKind.DECISION) if s.fine > 0]
        for payment in dossier.steps_of(StepKind.PAYMENT):
            if payment.channel is not PaymentChannel.ON_THE_SPOT:
                continue
            decision = _decision_of_payment(decisions, payment)
            day = decision.day if decision is not None else payment.day
            old = day < PENALTY_LAW_2021
            ceiling = OLD_ON_THE_SPOT_LIMIT if old else ON_THE_SPOT_LIMIT
            fine = decision.fine if decision is not None else payment.amount
            where = f"{describe(payment)}当场收缴罚款" + (f"（{describe(decision)}罚款 {yuan(decision.fine)} 元）"
                                                        if decision is not None else "")
            articles = ("修订前第四十六条第二款、第四十七条、第四十八条（2021年7月15日前作出）" if old
                        else "第六十七条第二款、第六十八条、第六十九条")
            problems: list[str] = []
            if payment.remote_area is not True:
                if not summary:
                    reason = "普通程序作出的罚款决定只有在边远、水上、交通不便地区经当事人提出才能当场收缴"
                elif fine is None:
                    reason = f"案卷未载明罚款数额，无法确认是否在 {yuan(ceiling)} 元以下"
                elif fine > ceiling:
                    reason = f"罚款 {yuan(fine)} 元，超过简易程序当场收缴 {yuan(ceiling)} 元以下的限额"
                else:
                    reason = ""
                if reason:
                    problems.append(f"{reason}，且未标注边远、水上、交通不便地区（remote_area），属于行政机关自行收缴罚款"
                                    f"（{articles}）；案卷格式不记载“不当场收缴事后难以执行”的情形，如属该情形，应在笔录中载明并人工核查")
            if not (payment.receipt or "").strip():
                receipt = "财政部门统一制发的罚款收据（修订前第四十九条）" if old else "财政部门统一制发的专用票据（第七十条）"
                problems.append(f"未记录出具的{receipt}号码（receipt）")
            if problems:
                remote = "；已标注边远、水上、交通不便地区，当事人提出当场缴纳的请求案卷未记载，需人工核查" \
                    if payment.remote_area is True else ""
                yield Hit(f"{where}：{'；'.join(problems)}{remote}。", step=payment.id)


class PaymentDeferralOnApplication(Rule):
    """Deferred or instalment payment of a fine only on the party's application and the organ's approval.

    Requirement: 行政处罚法 Art 66 para 2 (2017: Art 52, the same words): where the party really has
    economic difficulty and needs to pay later or in instalments, it may do so 经当事人申请和行政机关
    批准. Format 1.2 records the application as a ``payment_deferral_request`` step (``of`` = the
    decision) and the approval as a ``payment_deferral`` step (``of`` = the request; ``deadline`` =
    the approved last day, for instalments the last instalment's day; ``instalments`` = their
    number). Each ``payment_deferral`` of a punishment case is judged: it needs an application
    dated on or before it (its ``of`` naming a request dated later, or no request at all, is a
    finding), and the approved ``deadline`` (without it the payment deadline cannot move, and
    PUN-PAY-002 keeps the 15 days). A request never answered is not judged (the organ may refuse;
    a refusal need not be a step). Not judged: the party's economic difficulty (a person checks the
    evidence filed with the application) and whether the organ's head signed the approval (the
    law says 行政机关批准, without naming the head). The approved deadline replaces the 15 days in
    PUN-PAY-002 and CO-MON-002. The 2017 text (Art 52) is cited beside the current one.

    Non-compliant: ``<step id="S16" kind="payment_deferral" date="2025-04-28" deadline="2025-07-31"/>``
    with no ``payment_deferral_request`` on or before 2025-04-28; or the request dated 2025-04-29.

    Compliant: ``<step id="S15" kind="payment_deferral_request" date="2025-04-25" of="S10"/>`` and
    ``<step id="S16" kind="payment_deferral" date="2025-04-28" of="S15" deadline="2025-07-31"/>``.
    """

    meta = RuleMeta(
        id="PUN-PAY-006",
        title="暂缓或者分期缴纳罚款未经当事人申请或者未载明批准的缴纳期限",
        system=System.PROCEDURE,
        case_types=PUN,
        severity=Severity.ERROR,
        legal_basis=(pl(66, 2), old_pl(52)),
        remediation="暂缓或者分期缴纳罚款须由当事人以确有经济困难为由提出书面申请，行政机关审查后作出批准决定，"
        "载明暂缓缴纳的期限或者分期的期数和每期期限；将申请书、经济困难的证明材料和批准文书归卷。"
        "未经当事人申请的，不得径行决定暂缓或者分期缴纳。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        dossier = ctx.dossier
        if dossier.case.type is not CaseType.PUNISHMENT:
            return
        for approval in dossier.steps_of(StepKind.PAYMENT_DEFERRAL):
            problems: list[str] = []
            named = dossier.step_by_id.get(approval.of) if approval.of is not None else None
            if named is not None and named.kind is StepKind.PAYMENT_DEFERRAL_REQUEST and named.day > approval.day:
                problems.append(f"所批准的{describe(named)}晚于批准日，批准时当事人尚未申请")
            elif deferral_request_of(dossier, approval) is None:
                problems.append("案卷中没有批准日或之前当事人提出的暂缓或者分期缴纳申请（payment_deferral_request）")
            if approval.deadline is None:
                problems.append("未载明批准的缴纳期限（deadline），缴款期限无从确定")
            if problems:
                decision = fine_decision_of(dossier, approval)
                about = f"（{describe(decision)}罚款 {yuan(decision.fine)} 元）" if decision is not None else ""
                yield Hit(f"{describe(approval)}{about}：{'；'.join(problems)}。", step=approval.id)


#: 行政处罚法 Art 72 para 1 item 1 (2017: Art 51 item 1): 每日按罚款数额的百分之三加处罚款.
SURCHARGE_RATE = Decimal("0.03")
_SURCHARGE_CASES = frozenset({CaseType.PUNISHMENT, CaseType.ENFORCED_EXECUTION})


#: 行政处罚法 Art 71: cash collected on the spot is handed to the organ within 二日 of collection (on
#: water, of landing) and banked by the organ within 二日; working days by Art 85.
HANDOVER_DAYS = 2
BANKING_DAYS = 2


class OnTheSpotCashHandedInAndBanked(Rule):
    """Cash collected on the spot is handed to the organ within 2 working days and banked within 2 more.

    Requirement: 行政处罚法 Art 71: 「执法人员当场收缴的罚款，应当自收缴罚款之日起二日内，交至行政机关；在水上
    当场收缴的罚款，应当自抵岸之日起二日内交至行政机关；行政机关应当在二日内将罚款缴付指定的银行。」 Art 85:
    「二日」 are working days (法定节假日 excluded). Judged in dossiers in format 1.2 or later, on every
    ``payment`` step with ``channel="on_the_spot"`` of a punishment case collected on or after 2021-07-15
    (the 2017 text, Art 50, was not re-read and has no working-day clause): (1) ``handed-in-on`` (1.2),
    the day the officers handed the cash to the organ, is within 2 working days after the collection
    day (the payment's day), or after ``landed-on`` (1.2) when the fine was collected on water;
    (2) ``banked-on`` (1.2), the day the organ paid it into the designated bank, is within 2 working
    days after ``handed-in-on`` (without ``handed-in-on``, after the last day for handing it in). In
    a closed case a missing ``handed-in-on`` or ``banked-on`` is a finding too (a ``banked-on`` within
    the handover period shows both were in time); in an open case a missing date is not judged.
    A warning: the handover and the bank slip are often kept by the finance office.

    Non-compliant: a 1.2 dossier with ``<step id="S02" kind="payment" date="2025-03-03"
    channel="on_the_spot" receipt="No.001" handed-in-on="2025-03-06" banked-on="2025-03-07"/>``
    (handed in after Wednesday 03-05).

    Compliant: ``handed-in-on="2025-03-05" banked-on="2025-03-07"``.
    """

    meta = RuleMeta(
        id="PUN-PAY-004",
        title="当场收缴的罚款未在二日内交至行政机关或者未在二日内缴付指定银行",
        system=System.PROCEDURE,
        case_types=PUN,
        severity=Severity.WARNING,
        legal_basis=(pl(71), pl(85)),
        remediation="执法人员当场收缴的罚款，自收缴之日起2个工作日内交至行政机关（水上收缴的，自抵岸之日起2个工作日内），"
        "行政机关在2个工作日内缴付指定的银行；将交款登记和银行缴款凭证归卷，记录交至行政机关和缴付银行的日期；"
        "逾期的，说明原因。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        dossier = ctx.dossier
        if not dossier.at_least("1.2") or dossier.case.type is not CaseType.PUNISHMENT:
            return
        closed = dossier.case.status is CaseStatus.CLOSED
        for payment in dossier.steps_of(StepKind.PAYMENT):
            if payment.channel is not PaymentChannel.ON_THE_SPOT or payment.day < PENALTY_LAW_2021:
                continue
            start, since = payment.day, "收缴之日"
            if payment.landed_on is not None and payment.landed_on > payment.day:
                start, since = payment.landed_on, f"抵岸之日（{payment.landed_on.isoformat()}）"
            due = ctx.working_day_deadline(start, HANDOVER_DAYS)
            problems: list[str] = []
            handed = payment.handed_in_on
            if handed is not None:
                if handed > due:
                    problems.append(f"交至行政机关的日期 {handed.isoformat()} 晚于自{since}起 {HANDOVER_DAYS} 个工作日"
                                    f"（至 {due.isoformat()}），{late_working_text(ctx, due, handed)}")
            elif closed and (payment.banked_on is None or payment.banked_on > due):
                problems.append(f"案件已结案，未记录交至行政机关的日期（handed-in-on；应不晚于 {due.isoformat()}）")
            bank_due = ctx.working_day_deadline(handed if handed is not None else due, BANKING_DAYS)
            banked = payment.banked_on
            if banked is not None:
                if banked > bank_due:
                    after = f"交至行政机关（{handed.isoformat()}）" if handed is not None else "应交至行政机关的最后一日"
                    problems.append(f"缴付指定银行的日期 {banked.isoformat()} 晚于{after}后 {BANKING_DAYS} 个工作日"
                                    f"（至 {bank_due.isoformat()}），{late_working_text(ctx, bank_due, banked)}")
            elif closed:
                problems.append(f"案件已结案，未记录缴付指定银行的日期（banked-on；应不晚于 {bank_due.isoformat()}）")
            if problems:
                water = "" if payment.landed_on is not None else "；如系在水上收缴，记录抵岸日期（landed-on）"
                yield Hit(f"{describe(payment)}当场收缴罚款：{'；'.join(problems)}{water}。", step=payment.id)


class SurchargeWithinLimits(Rule):
    """The late-payment surcharge on a fine is at most 3 % of the fine a day and never more than the fine.

    Requirement: 行政处罚法 Art 72 para 1 item 1: a fine not paid when due is surcharged daily by 3 %
    of the fine, and the surcharge may not exceed the fine (the 2017 text, Art 51 item 1, has the
    same rate; the cap is also 行政强制法 Art 45 para 2). The surcharge runs from the day after the
    payment deadline: 15 calendar days after the decision was received (Art 67 para 3; a last day
    that is not a working day moves to the next working day), or the approved deadline of a
    deferral or instalments when later (Art 66 para 2, format 1.2 ``payment_deferral``). Received:
    the decision's ``service`` (not before the decision day), else the decision day. Format 1.2
    records the surcharge as ``surcharge`` on a ``payment`` (the surcharge paid with it) or an
    ``execution`` (the surcharge enforced); its decision is the payment's ``of``, else the latest
    decision with a fine on or before the step. Findings: a surcharge above the fine; a surcharge
    above 3 % × fine × the days from the day after the deadline to the step's day inclusive (none
    at all on or before the deadline); payments whose surcharges add up to more than the fine.
    Upper bound: Art 73 para 3 leaves out the time a review or suit was pending, and a later
    receipt moves the start; neither is recorded, and both only lower what may be charged, so a
    finding is never wrong (they can hide one). Not judged: surcharges on money duties other than
    fines (CO-MON-001) and steps without ``surcharge``.

    Non-compliant: decision S10 (fine 8000) served 2025-04-22, due 2025-05-07, and
    ``<step id="S13" kind="payment" date="2025-05-10" of="S10" amount="8000" surcharge="960"/>``
    (3 days: at most 720).

    Compliant: the same payment with ``surcharge="720"``.
    """

    meta = RuleMeta(
        id="PUN-PAY-005",
        title="加处罚款超过每日百分之三或者超过罚款数额",
        system=System.PROCEDURE,
        case_types=_SURCHARGE_CASES,
        severity=Severity.ERROR,
        legal_basis=(pl(72, 1, 1), pl(73, 3), pl(67, 3), cl(45, 2), old_pl(51, item=1)),
        remediation="加处罚款自缴款期限届满次日起按日计算，每日为罚款数额的3%，累计不得超出罚款数额；当事人申请行政复议或者"
        "提起行政诉讼的，复议、诉讼期间不计算加处罚款；多收的加处罚款应予退还，并在案卷中载明计算过程。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        dossier = ctx.dossier
        steps = sorted((s for s in dossier.steps_of(StepKind.PAYMENT, StepKind.EXECUTION)
                        if s.surcharge is not None and s.surcharge > 0), key=lambda s: s.day)
        paid: dict[str, Decimal] = {}
        for step in steps:
            assert step.surcharge is not None
            decision = fine_decision_of(dossier, step)
            if decision is None or decision.fine <= 0:
                continue
            fine = decision.fine
            service = service_of(ctx, decision.id)
            if service is not None:
                received, how = max(service.day, decision.day), f"于 {service.day.isoformat()} 送达（{service.id}）"
            else:
                received, how = decision.day, "（案卷中无送达记录，按决定日计）"
            due, deferral = payment_due(ctx, decision, received, PAYMENT_DAYS)
            period = "缴纳期限" if deferral is None else f"经{describe(deferral)}批准暂缓或分期缴纳，缴纳期限"
            head = f"{describe(decision)}罚款 {yuan(fine)} 元，决定书{how}，{period}至 {due.isoformat()} 届满"
            days = max((step.day - due).days, 0)
            most = fine * SURCHARGE_RATE * days
            problems: list[str] = []
            if step.surcharge > fine:
                problems.append(f"超出罚款数额 {yuan(fine)} 元")
            elif step.surcharge > most:
                if days == 0:
                    problems.append(f"至 {step.day.isoformat()} 尚未逾期，不应加处罚款")
                else:
                    problems.append(f"自 {(due + dt.timedelta(days=1)).isoformat()} 至 {step.day.isoformat()} 共 {days} 日，"
                                    f"按每日罚款数额的3%最多 {yuan(most)} 元")
            if step.kind is StepKind.PAYMENT:
                total = paid[decision.id] = paid.get(decision.id, Decimal(0)) + step.surcharge
                if not problems and total > fine:
                    problems.append(f"连同此前缴纳的加处罚款共 {yuan(total)} 元，超出罚款数额 {yuan(fine)} 元")
            if problems:
                yield Hit(f"{describe(step)}加处罚款 {yuan(step.surcharge)} 元：{head}，{'；'.join(problems)}。", step=step.id)


class SummaryProcedureScope(Rule):
    """The summary procedure is used only for a warning or a small fine.

    Requirement: 行政处罚法 Art 51: a decision on the spot (简易程序) only where the facts are certain,
    there is a legal basis, and the penalty is a warning or a fine of at most 200 yuan on a citizen
    or 3,000 yuan on a legal person or other organisation (以下: inclusive), unless a law provides
    otherwise. Version: decided by the decision day (the decision is made on the spot); before
    2021-07-15 the old text (2017 revision, Art 33) allowed at most 50 / 1,000 yuan. The party kind
    of ``case/party`` chooses the ceiling. Every decision step of a summary case with a penalty kind
    other than warning or fine, or a total fine above the ceiling, is a finding (one per decision).

    Non-compliant: ``<case procedure="summary">``, individual party, decision on 2025-03-03 with
    ``<penalty kind="fine" amount="201"/>``; or with ``<penalty kind="confiscation_of_property"/>``;
    or an organisation fined 1,001 yuan on 2021-07-14.

    Compliant: the individual fined 200 yuan; the organisation fined 1,001 yuan on 2021-07-15.
    """

    meta = RuleMeta(
        id="PUN-SIMPLE-001",
        title="超出简易程序适用范围当场作出处罚决定",
        system=System.PROCEDURE,
        case_types=PUN,
        severity=Severity.ERROR,
        legal_basis=(pl(51), old_pl(33)),
        remediation="拟给予警告以外的处罚种类或罚款超过当场处罚限额（2021年7月15日起：公民200元、法人或者其他组织3000元；"
        "此前：50元、1000元）的，适用普通程序立案调查；法律另有规定可当场处罚的，在决定书中写明所依据的法律条文。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        dossier = ctx.dossier
        if not summary_punishment(dossier):
            return
        party = dossier.case.party.kind
        for decision in _punished(ctx):
            old = decision.day < PENALTY_LAW_2021
            ceiling = SUMMARY_LIMITS[party][0 if old else 1]
            version = "修订前第三十三条，2021年7月15日前作出" if old else "第五十一条"
            kinds = list(dict.fromkeys(p.kind for p in decision.penalties))
            problems: list[str] = []
            others = [k for k in kinds if k not in (PenaltyKind.WARNING, PenaltyKind.FINE)]
            if others:
                problems.append(f"处罚种类包括{_kinds_text(others)}，简易程序只能给予警告或者罚款")
            if PenaltyKind.FINE in kinds and decision.fine > ceiling:
                problems.append(f"罚款 {yuan(decision.fine)} 元，超过对{PARTY_LABELS[party]}当场处罚 "
                                f"{yuan(ceiling)} 元以下的限额（{version}）")
            if problems:
                yield Hit(f"{describe(decision)}适用简易程序，但{'；'.join(problems)}。", step=decision.id)


class SummaryDecisionFiled(Rule):
    """A summary (on-the-spot) decision is filed with the officer's organ within the local deadline.

    Requirement: 行政处罚法 Art 52 para 3 (2017: Art 34 para 3): a decision made on the spot by
    officers is reported to their organ for the record (备案). The law sets no deadline; local rules
    do (e.g. 3 days), carried by the profile's ``summary_filing_deadline`` (None nationally: the
    rule is then silent). For each decision step with a penalty in a summary punishment case, its
    filing is the ``record_filing`` step whose ``of`` names the decision, else the earliest
    ``record_filing`` without ``of`` dated on or after it; the deadline counts from the decision
    day (start day not counted). Findings: a filing after the deadline; a closed case without a
    filing; an open case without one: an alert (预警), yellow within the profile's
    ``alert_window``, red once overdue. A warning: the deadline is a local rule of unconfirmed
    wording (C3).

    Non-compliant: summary_filing_deadline 3 working days, ``<step id="S01" kind="decision"
    date="2025-09-30"/>`` and ``<step id="S04" kind="record_filing" of="S01" date="2025-10-14"/>``
    (3 WD: 10-09, 10-10, the make-up Saturday 10-11; last day 10-11).

    Compliant: the same decision filed on 2025-10-11.
    """

    meta = RuleMeta(
        id="PUN-SIMPLE-004",
        title="当场处罚决定未在规定期限内报所属行政机关备案",
        system=System.PROCEDURE,
        case_types=PUN,
        severity=Severity.WARNING,
        legal_basis=(pl(52, 3), old_pl(34, 3)),
        remediation="执法人员当场作出行政处罚决定后，在规定期限内将决定书（存根）报所属行政机关备案，并将备案记录归卷。",
        parameters=("summary_filing_deadline", "alert_window"),
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        period = ctx.params.summary_filing_deadline
        dossier = ctx.dossier
        if period is None or not summary_punishment(dossier):
            return
        filings = sorted(dossier.steps_of(StepKind.RECORD_FILING), key=lambda s: s.day)
        for decision in _punished(ctx):
            deadline = ctx.period_deadline(decision.day, period)
            head = (f"{describe(decision)}系当场作出，应在 {period_text(period.days, period.day_kind)}内"
                    f"（至 {deadline.isoformat()}）报所属行政机关备案")
            filing = next((f for f in filings if f.of == decision.id), None) or next(
                (f for f in filings if f.of is None and f.day >= decision.day), None)
            if filing is not None:
                if filing.day > deadline:
                    yield Hit(f"{head}，{describe(filing)}逾期 {(filing.day - deadline).days} 日。", step=filing.id)
            elif dossier.case.status is CaseStatus.CLOSED:
                yield Hit(f"{head}，案件已结案，但案卷中无备案记录（record_filing）。", step=decision.id)
            else:
                alert = ctx.alert_for(deadline)
                if alert is not None:
                    yield Hit(f"{head}，截至 {ctx.as_of.isoformat()} 案卷中无备案记录{alert_text(ctx, alert, deadline)}。",
                              step=decision.id, alert=alert)


class SummaryProcedureHearsParty(Rule):
    """A summary decision still shows that the party was informed and heard.

    Requirement: 行政处罚法 Art 44, 45 and 62 apply to every decision, the summary procedure
    included: before deciding, the officer tells the party the intended penalty, its facts, reasons
    and basis and the rights to state its case and defend itself, and hears it; without that no
    decision may be made unless the party expressly waives. What the format can show: the summary
    decision step's ``rights`` (``statement`` or ``defence``: the form records that the rights were
    told), or an ``advance_notice`` or ``statement_and_defence`` step (a statement made or expressly
    waived) dated on or before the decision. A summary decision with none of these is a finding.
    Whether the notice was complete and the statement really reviewed is not visible in the data
    (the audio-video record and the form are checked by a person), and a form that prints the
    rights may simply not have been entered as ``rights``: hence a warning.

    Non-compliant: ``<case procedure="summary">`` with ``<step id="S03" kind="decision"
    date="2025-03-03"><penalty kind="warning"/></step>`` and no notice or statement step.

    Compliant: the same decision with ``rights="statement defence"``, or a
    ``<step kind="statement_and_defence" date="2025-03-03"/>``.
    """

    meta = RuleMeta(
        id="PUN-SIMPLE-005",
        title="简易程序未记录告知和听取陈述申辩",
        system=System.PROCEDURE,
        case_types=PUN,
        severity=Severity.WARNING,
        legal_basis=(pl(44), pl(45, 1), pl(62)),
        remediation="当场作出处罚决定前，告知当事人拟作出的处罚内容及事实、理由、依据和陈述、申辩权利，听取并记录其陈述、申辩"
        "（或明确放弃的意思表示）；在当场处罚决定书或笔录中载明，执法记录仪音像归档。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        dossier = ctx.dossier
        if not summary_punishment(dossier):
            return
        heard_on = [s.day for s in dossier.steps_of(StepKind.ADVANCE_NOTICE, StepKind.STATEMENT_AND_DEFENCE)]
        for decision in dossier.steps_of(StepKind.DECISION):
            if "statement" in decision.rights or "defence" in decision.rights:
                continue
            if any(day <= decision.day for day in heard_on):
                continue
            yield Hit(
                f"{describe(decision)}适用简易程序，案卷中无告知和听取陈述、申辩的记录：决定未载明已告知陈述、申辩权利"
                f"（rights），决定前也无{STEP_LABELS[StepKind.ADVANCE_NOTICE]}或"
                f"{STEP_LABELS[StepKind.STATEMENT_AND_DEFENCE]}记录。",
                step=decision.id,
            )


class EvidenceOnFile(Rule):
    """A punishment decision rests on evidence of the statutory kinds kept in the dossier.

    Requirement: 行政处罚法 Art 46 para 1: 「证据包括：（一）书证；（二）物证；（三）视听资料；（四）电子数据；
    （五）证人证言；（六）当事人的陈述；（七）鉴定意见；（八）勘验笔录、现场笔录。」 (eight items, nine kinds);
    Art 40: 「……违法事实不清、证据不足的，不得给予行政处罚。」 Format 1.2 records the statutory kind of an
    evidence document as ``evidence-kind`` on ``<document>`` (a closed list of the nine kinds, so a kind
    outside the law cannot be written); a document with an ``evidence-kind`` is an item of evidence.
    Judged in closed punishment cases in format 1.2 or later: each decision imposing a penalty, dated on
    or after 2021-07-15, is a finding when no document of the dossier carries an ``evidence-kind``.
    Not judged: whether the evidence is true, sufficient or lawfully obtained (Art 40, Art 46 paras 2-3:
    a human judgement), documents whose kind is not recorded, open cases (evidence may still be
    gathered) and decisions before 2021-07-15 (the 2017 text, not re-read here). A warning: the evidence
    may be filed but not described in the manifest.

    Non-compliant: a closed 1.2 dossier whose decision S10 imposes a fine and whose documents carry no
    ``evidence-kind``.

    Compliant: the same with ``<document id="D03" kind="inquiry_record" evidence-kind="party_statement"/>``.
    """

    meta = RuleMeta(
        id="PUN-EVID-001",
        title="作出行政处罚决定的案卷中未见法定种类的证据材料",
        system=System.PROCEDURE,
        case_types=PUN,
        severity=Severity.WARNING,
        legal_basis=(pl(46, 1), pl(40)),
        remediation="将认定违法事实的证据（书证、物证、视听资料、电子数据、证人证言、当事人的陈述、鉴定意见、"
        "勘验笔录、现场笔录）归入案卷，并在清单中记明每份证据的种类（evidence-kind）；"
        "未取得证据、违法事实不清的，不得给予行政处罚。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        dossier = ctx.dossier
        case = dossier.case
        if not dossier.at_least("1.2") or case.type is not CaseType.PUNISHMENT or case.status is not CaseStatus.CLOSED:
            return
        if any(d.evidence_kind is not None for d in dossier.documents):
            return
        for decision in _punished(ctx):
            if decision.day < PENALTY_LAW_2021:
                continue
            yield Hit(f"{describe(decision)}给予行政处罚，案件已结案，案卷中没有任何记明法定证据种类的证据材料"
                      "（文书的 evidence-kind：书证、物证、视听资料、电子数据、证人证言、当事人的陈述、鉴定意见、"
                      "勘验笔录或者现场笔录）。", step=decision.id)


def monitoring_evidence(ctx: Context) -> list[tuple[Document, Step]]:
    """Electronic-monitoring records (1.2 ``<monitoring>`` on a document; 行政处罚法 Art 41) with the
    punishment decision each is judged against: the earliest decision imposing a penalty, dated from
    2021-07-15 (Art 41 is new in the 2021 text) and not before the day of the record. Records with no
    such decision are left out. Only manifests of format 1.2 or later; computed once per dossier."""
    key = ("punishment.monitoring_evidence",)
    found: list[tuple[Document, Step]] | None = ctx.memo.get(key)
    if found is None:
        found = ctx.memo[key] = []
        dossier = ctx.dossier
        if dossier.at_least("1.2") and dossier.case.type is CaseType.PUNISHMENT:
            decisions = sorted((s for s in dossier.steps_of(StepKind.DECISION)
                                if s.penalties and s.day >= PENALTY_LAW_2021), key=lambda s: s.day)
            for doc in dossier.documents:
                if doc.monitoring is None:
                    continue
                recorded = doc.recorded_on
                decision = next((d for d in decisions if recorded is None or d.day >= recorded), None)
                if decision is not None:
                    found.append((doc, decision))
    return found


def _monitoring_label(doc: Document) -> str:
    """「文书 D05（电子技术监控设备 测速仪 No.3201 记录，2025-03-02）」."""
    m = doc.monitoring
    device = f" {m.device}" if m is not None and m.device else ""
    day = f"，{doc.recorded_on.isoformat()}" if doc.recorded_on is not None else ""
    return f"文书 {doc.id}（电子技术监控设备{device}记录{day}）"


class MonitoringEvidenceLawful(Rule):
    """Electronic-monitoring evidence: the device passed review before the record, its location is not
    unpublished, and the party was told of the violation before the decision.

    Requirement: 行政处罚法 Art 41 para 1: 「行政机关依照法律、行政法规规定利用电子技术监控设备收集、固定违法事实
    的，应当经过法制和技术审核，确保电子技术监控设备符合标准、设置合理、标志明显，设置地点应当向社会公布。」
    Para 3: 「行政机关应当及时告知当事人违法事实，并采取信息化手段或者其他措施，为当事人查询、陈述和申辩提供便利。」
    Format 1.2 records a monitoring record as ``<monitoring>`` inside its ``<document>``. Judged against
    the earliest decision imposing a penalty, dated from 2021-07-15 (Art 41 is new in the 2021 text) and
    not before the record; a finding where the manifest itself shows a breach: the device's review
    (``device-reviewed-on``) is dated after the record was made (the review comes before the device is
    used to collect facts); ``location-published="false"``; or the party was told of the violation
    (``party-told-on``) only after the decision (no reading of 「及时」 allows that). An error: these are
    the plain words of Art 41. What the manifest leaves unsaid, and a location published only after the
    record, are PUN-EVID-103 (a warning). The record's own review is REV-013.

    Non-compliant: ``<monitoring device-reviewed-on="2025-03-10" recorded-on="2025-03-02"/>`` on evidence
    of a decision of 2025-04-21 (the device was reviewed after it recorded the violation).

    Compliant: ``<monitoring device-reviewed-on="2024-11-20" location-published-on="2024-12-01"
    recorded-on="2025-03-02" record-reviewed-on="2025-03-03" party-told-on="2025-03-04"/>``.
    """

    meta = RuleMeta(
        id="PUN-EVID-003",
        title="电子技术监控设备未经审核、设置地点未公布或未及时告知当事人违法事实",
        system=System.PROCEDURE,
        case_types=PUN,
        severity=Severity.ERROR,
        legal_basis=(pl(41, 1), pl(41, 3)),
        remediation="利用电子技术监控设备收集、固定违法事实的，设备须事先经过法制和技术审核并向社会公布设置地点，"
        "并及时告知当事人违法事实、为其查询、陈述和申辩提供便利；违反第四十一条第一款取得的记录，其合法性应予复查，"
        "已作出的决定应复查其证据是否充分。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        for doc, decision in monitoring_evidence(ctx):
            m = doc.monitoring
            assert m is not None
            problems = []
            recorded = doc.recorded_on
            if m.device_reviewed_on is not None and recorded is not None and m.device_reviewed_on > recorded:
                problems.append(f"设备的法制和技术审核日期（{m.device_reviewed_on}）晚于记录违法事实之日")
            if m.location_published is False:
                problems.append("设备设置地点未向社会公布")
            if m.party_told_on is not None and m.party_told_on > decision.day:
                problems.append(f"至作出处罚决定后（{m.party_told_on}）才告知当事人违法事实")
            if problems:
                yield Hit(f"{describe(decision)}所依据的{_monitoring_label(doc)}：{'；'.join(problems)}。",
                          step=decision.id, document=doc.id)


class MonitoringEvidenceShown(Rule):
    """Electronic-monitoring evidence shows the device's review, the publication of its location before
    the record, and the day the party was told.

    Requirement: 行政处罚法 Art 41 paras 1 and 3 (quoted at PUN-EVID-003): the device passes a 法制和技术审核,
    its location is published, the party is told of the violation 「及时」. Judged on the same records and
    decisions as PUN-EVID-003. In closed cases, a finding where the ``<monitoring>`` record states neither
    the device's review (``device-review-ref`` or ``device-reviewed-on``), nor whether its location was
    published (``location-published`` or ``location-published-on``), nor the day the party was told
    (``party-told-on``), nor the day the organ reviewed the record (``record-reviewed-on``, Art 41 para 2;
    a late or failed review is REV-013's error); in any case with a decision, a location published only
    after the record was made.
    A warning: the device's approval and the publication of its location are often kept by the organ
    rather than in the case file, Art 41 sets no time for publishing the location, and 「及时」 has no
    number (the advance notice of Art 44 also tells the party the facts).

    Non-compliant: a closed case whose evidence D05 has ``<monitoring recorded-on="2025-03-02"/>`` only.

    Compliant: ``<monitoring device-review-ref="城西市监技审〔2024〕3号" location-published-on="2024-12-01"
    recorded-on="2025-03-02" party-told-on="2025-03-04"/>``.
    """

    meta = RuleMeta(
        id="PUN-EVID-103",
        title="电子技术监控证据未载明设备审核、设置地点公布或告知当事人的情况",
        system=System.PROCEDURE,
        case_types=PUN,
        severity=Severity.WARNING,
        legal_basis=(pl(41, 1), pl(41, 2), pl(41, 3)),
        remediation="在证据材料中记明电子技术监控设备的法制和技术审核文件（文号或日期）、设置地点向社会公布的日期、"
        "行政机关审核记录内容的日期和告知当事人违法事实的日期；设置地点应在设备投入使用前公布。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        closed = ctx.dossier.case.status is CaseStatus.CLOSED
        for doc, decision in monitoring_evidence(ctx):
            m = doc.monitoring
            assert m is not None
            problems = []
            recorded = doc.recorded_on
            if closed and m.device_review_ref is None and m.device_reviewed_on is None:
                problems.append("未载明设备经过法制和技术审核（审核文号或日期）")
            if m.location_published_on is not None and recorded is not None and m.location_published_on > recorded:
                problems.append(f"设置地点至 {m.location_published_on} 才向社会公布，晚于记录违法事实之日")
            elif closed and m.location_published is None and m.location_published_on is None:
                problems.append("未载明设置地点是否已向社会公布")
            if closed and m.party_told_on is None:
                problems.append("未载明告知当事人违法事实的日期")
            if closed and m.record_reviewed_on is None and m.record_review_passed is None:
                problems.append("未载明行政机关审核记录内容的日期（record-reviewed-on），案卷不能证明该记录在作为证据前经过审核")
            if problems:
                yield Hit(f"{describe(decision)}所依据的{_monitoring_label(doc)}：{'；'.join(problems)}。",
                          step=decision.id, document=doc.id)


class EvidencePreservation(Rule):
    """Evidence preservation is approved beforehand and decided upon within 7 working days.

    Requirement: 行政处罚法 Art 56 with Art 85: where evidence may be lost or hard to obtain later,
    it may be registered and preserved in advance (先行登记保存) with the approval of the organ's
    head, and a handling decision is made within 7 working days. For each ``evidence_preservation``
    step of a punishment case: (a) the step carries ``approved-by`` naming an officer of the dossier
    with role ``agency_head`` and ``approved-on`` on or before the step's day (行政处罚法 grants no
    emergency exception, unlike 行政强制法 Art 19; where the profile sets ``preservation_emergency_report``
    — 市场监管: 市场监督管理行政处罚程序规定 Art 33 para 2, 「情况紧急，需要当场采取先行登记保存措施的，办案人员应当在
    二十四小时内向…负责人报告，并补办批准手续」 — an approval by the next day passes when the step records its
    ``emergency-reason``); (b) its handling decision is the
    ``preservation_decision`` step whose ``of`` names it, else the earliest ``preservation_decision``
    without ``of`` dated on or after it (one decision may dispose of several preservations); it is
    dated no later than the 7th working day after the preservation day (the start day not counted).
    A closed case without a handling decision is a finding; in an open case a pending decision is an
    alert (预警): yellow while the last day is within the profile's ``alert_window`` of ``as_of``,
    red once it has passed. Version: the preservation day decides the text; before 2021-07-15 the old
    text (2017 revision, Art 37 para 2: 七日内, no working-day clause) gives 7 calendar days, a last
    day on a rest day or holiday moving to the next working day. The 市场监管 reading that an
    overdue decision means the evidence is released is not applied (sector practice, C3).

    Non-compliant: ``<step id="S05" kind="evidence_preservation" start="2025-09-26T10:00:00"
    approved-by="O9" approved-on="2025-09-26"/>`` and ``<step id="S06" kind="preservation_decision"
    date="2025-10-14" of="S05"/>`` (7 WD: 09-28 (make-up Sunday), 09-29, 09-30, 10-09, 10-10,
    10-11 (make-up Saturday), 10-13); or the same preservation with ``approved-on="2025-09-27"``.

    Compliant: the same preservation decided upon on 2025-10-13.
    """

    meta = RuleMeta(
        id="PUN-EVID-002",
        title="证据先行登记保存未经事前批准或未在七日内作出处理决定",
        system=System.PROCEDURE,
        case_types=PUN,
        severity=Severity.ERROR,
        legal_basis=(pl(56), pl(85), old_pl(37, 2)),
        remediation="先行登记保存证据前报行政机关负责人批准，审批表载明批准人和批准日期（不晚于登记保存之日；适用市场监管程序"
        "规定的，情况紧急当场登记保存的在二十四小时内报告并补办批准手续，载明紧急情况）；"
        "自登记保存之日起7个工作日内（2021年7月15日前为7日）作出处理决定（如检验、鉴定、移送、解除登记保存等），"
        "并将处理决定书送达当事人、归入案卷；已超期的，立即作出处理决定并说明超期原因。",
        parameters=("alert_window", "preservation_emergency_report"),
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        dossier = ctx.dossier
        preservations = dossier.steps_by_kind.get(StepKind.EVIDENCE_PRESERVATION, ())
        if not preservations:
            return
        decisions = sorted(dossier.steps_of(StepKind.PRESERVATION_DECISION), key=lambda s: s.day)
        emergency = ctx.params.preservation_emergency_report
        for preservation in preservations:
            problems = self._approval_problems(dossier, preservation,
                                               emergency is not None and emergency.enabled)
            if problems:
                yield Hit(f"{describe(preservation)}未经行政机关负责人事前批准：{'；'.join(problems)}。",
                          step=preservation.id)
            yield from self._decision(ctx, preservation, decisions)

    @staticmethod
    def _approval_problems(dossier: Dossier, step: Step, emergency_allowed: bool = False) -> list[str]:
        problems = head_problems(dossier, step.approved_by, "批准人", "案卷中无批准人（approved-by）")
        if step.approved_on is None:
            problems.append("无批准日期（approved-on），无法确认登记保存前已经批准")
        elif (emergency_allowed and step.emergency_reason
              and step.approved_on <= step.day + dt.timedelta(days=1)):
            pass  # reported within 24 hours and approved afterwards (市场监管程序规定 Art 33 para 2)
        elif step.approved_on > step.day:
            problems.append(f"批准日期 {step.approved_on.isoformat()} 晚于登记保存之日 {step.day.isoformat()}")
        return problems

    @staticmethod
    def _decision(ctx: Context, preservation: Step, decisions: list[Step]) -> Iterator[Hit]:
        own = [d for d in decisions if d.of == preservation.id]
        decision = own[0] if own else next(
            (d for d in decisions if d.of is None and d.day >= preservation.day), None
        )
        if preservation.day < PENALTY_LAW_2021:
            deadline = ctx.calendar_day_deadline(preservation.day, PRESERVATION_DAYS)
            period = f"{PRESERVATION_DAYS} 日（2021年7月15日前登记保存，适用修订前第三十七条第二款）"
        else:
            deadline = ctx.working_day_deadline(preservation.day, PRESERVATION_DAYS)
            period = f"{PRESERVATION_DAYS} 个工作日"
        head = f"{describe(preservation)}后应在 {period}内（至 {deadline.isoformat()}）作出处理决定"
        if decision is not None:
            if decision.day > deadline:
                late = (f"{late_working_text(ctx, deadline, decision.day)}" if preservation.day >= PENALTY_LAW_2021
                        else f"逾期 {(decision.day - deadline).days} 日")
                yield Hit(f"{head}，{describe(decision)}{late}。", step=decision.id)
        elif ctx.dossier.case.status is CaseStatus.CLOSED:
            yield Hit(f"{head}，案件已结案，但案卷中无该登记保存的处理决定"
                      f"（{STEP_LABELS[StepKind.PRESERVATION_DECISION]}）。", step=preservation.id)
        else:
            alert = ctx.alert_for(deadline)
            if alert is not None:
                yield Hit(f"{head}，截至 {ctx.as_of.isoformat()} 案卷中无处理决定{alert_text(ctx, alert, deadline)}。",
                          step=preservation.id, alert=alert)


class HearingPublicOrReasoned(Rule):
    """A hearing held in private states why.

    Requirement: 行政处罚法 Art 64 para 1 item 3 (2017: Art 42 para 1 item 3, 「除涉及国家秘密、
    商业秘密或者个人隐私外，听证公开举行」; the 2021 text adds 依法予以保密): a hearing is public
    unless state secrets, commercial secrets or personal privacy are involved. For each ``hearing``
    step of a general-procedure case with ``public="false"`` (format 1.1), a ``note`` must state the
    reason (which secret or privacy). Whether the stated reason is one of the lawful grounds is left
    to the reviewer (the note is free text). A hearing without ``public`` (not recorded; format 1.0
    dossiers do not carry it) is not judged: the rule cannot tell a public hearing from a private
    one. The citation follows the hearing day (before 2021-07-15: the 2017 text).

    Non-compliant: ``<step id="S18" kind="hearing" date="2025-04-24" public="false"/>`` (no note).

    Compliant: ``public="true"``; ``public="false" note="涉及当事人商业秘密，依当事人申请不公开举行"``;
    or no ``public`` attribute.
    """

    meta = RuleMeta(
        id="PUN-HEAR-004",
        title="听证不公开举行而未说明理由",
        system=System.PROCEDURE,
        case_types=PUN,
        severity=Severity.ERROR,
        legal_basis=(pl(64, 1, 3), old_pl(42, 1, 3)),
        remediation="听证应当公开举行；确因涉及国家秘密、商业秘密或者个人隐私依法不公开的，在听证通知书和听证笔录中"
        "载明不公开的理由及依据，并在案卷中登记（public=\"false\" 时以 note 记明理由）；无法定理由不公开的，应当重新公开举行听证。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        dossier = ctx.dossier
        if not _general_punishment(dossier):
            return
        for hearing in dossier.steps_of(StepKind.HEARING):
            if hearing.public is False and not (hearing.note and hearing.note.strip()):
                basis = old_pl(42, 1, 3) if hearing.day < PENALTY_LAW_2021 else pl(64, 1, 3)
                yield Hit(f"{describe(hearing)}不公开举行，但没有记明不公开的理由（note）；依{basis}，"
                          "听证除涉及国家秘密、商业秘密或者个人隐私外应当公开举行。", step=hearing.id)


class HearingChairNotInvestigator(Rule):
    """The hearing is not presided over by an investigator of the case.

    Requirement: 行政处罚法 Art 64 para 1 item 4 (2017: Art 42 para 1 item 4, same words): the
    hearing is presided over by a person designated by the organ who is not an investigator of the
    case (非本案调查人员). For each ``hearing`` step of a general-procedure case that names its
    presiding officer (``chair``, format 1.1): the chair must not be the case's lead or assisting
    officer (role ``lead``/``assisting``: the assigned handlers) nor an officer of any investigative
    step (inspection, inquiry, evidence preservation, seal-up, seizure, execution, investigation
    report). A hearing without ``chair`` is not judged (format 1.0 dossiers do not carry it).
    Recusal on the party's request (direct interest) is not visible in the data.

    Non-compliant: ``<step id="S18" kind="hearing" chair="O1"/>`` where O1 is the lead officer who
    took part in the inspection.

    Compliant: ``chair="O3"`` (legal reviewer, in no investigative step).
    """

    meta = RuleMeta(
        id="PUN-HEAR-005",
        title="听证由本案调查人员主持",
        system=System.PROCEDURE,
        case_types=PUN,
        severity=Severity.ERROR,
        legal_basis=(pl(64, 1, 4), old_pl(42, 1, 4)),
        remediation="由行政机关指定非本案调查人员担任听证主持人（本案主办、协办人员和参与调查取证的人员不得主持），"
        "在听证通知书和听证笔录中载明主持人；已由调查人员主持的，另行指定主持人重新组织听证。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        dossier = ctx.dossier
        if not _general_punishment(dossier):
            return
        for hearing in dossier.steps_of(StepKind.HEARING):
            chair = hearing.chair
            if chair is None:
                continue
            reasons: list[str] = []
            officer = dossier.officer_by_id.get(chair)
            if officer is not None and officer.role in (Role.LEAD, Role.ASSISTING):
                reasons.append(f"是本案的{ROLE_LABELS[officer.role]}")
            took_part = [s for s in dossier.steps if s.kind in _INVESTIGATIVE_STEPS and chair in s.officers]
            if took_part:
                reasons.append(f"参与了 {'、'.join(describe(s) for s in took_part)}")
            if reasons:
                name = f"{chair}（{officer.name}）" if officer is not None else chair
                yield Hit(f"{describe(hearing)}的主持人 {name}{'，并'.join(reasons)}，属于本案调查人员。",
                          step=hearing.id)


class HearingAgents(Rule):
    """The party is represented at the hearing by at most two agents.

    Requirement: 行政处罚法 Art 64 para 1 item 5 (2017: Art 42 para 1 item 5, same words): the
    party may attend in person or appoint one or two agents (委托一至二人代理). A ``hearing`` step
    of a general-procedure case whose ``agents`` (format 1.1: the number of the party's agents) is
    above 2 is a finding; without ``agents`` nothing is judged. A warning: admitting a third agent
    is a defect in how the organ ran the hearing, but it widens rather than narrows the party's
    defence, so the decision is seldom affected.

    Non-compliant: ``<step id="S18" kind="hearing" agents="3"/>``.

    Compliant: ``agents="2"``, ``agents="0"`` or no ``agents``.
    """

    meta = RuleMeta(
        id="PUN-HEAR-006",
        title="听证当事人委托代理人超过二人",
        system=System.PROCEDURE,
        case_types=PUN,
        severity=Severity.WARNING,
        legal_basis=(pl(64, 1, 5), old_pl(42, 1, 5)),
        remediation="当事人委托代理人参加听证的，以一至二人为限；听证前审查授权委托书，超过二人的告知当事人确定代理人，"
        "在听证笔录中载明代理人的姓名和授权范围。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        dossier = ctx.dossier
        if not _general_punishment(dossier):
            return
        for hearing in dossier.steps_of(StepKind.HEARING):
            if hearing.agents is not None and hearing.agents > MAX_HEARING_AGENTS:
                yield Hit(f"{describe(hearing)}当事人委托了 {hearing.agents} 名代理人参加听证，"
                          f"超过法定的一至二人（至多 {MAX_HEARING_AGENTS} 人）。", step=hearing.id)


# ------------------------------------------------------------------ decision outcome, education, service proof

#: 民事诉讼法 (2023年修正): the law the punishment decision is served under (行政处罚法 Art 61 para 1).
CIVIL_PROCEDURE_LAW = "中华人民共和国民事诉讼法"

_OUTCOME_LABELS: dict[DecisionOutcome, str] = {
    DecisionOutcome.PENALTY: "给予行政处罚",
    DecisionOutcome.NO_PENALTY: "违法行为轻微，不予行政处罚",
    DecisionOutcome.NOT_ESTABLISHED: "违法事实不能成立，不予行政处罚",
    DecisionOutcome.TRANSFER: "涉嫌犯罪，移送司法机关",
}

#: The item of 行政处罚法 Art 57 para 1 for each outcome.
_OUTCOME_ITEMS: dict[DecisionOutcome, int] = {
    DecisionOutcome.PENALTY: 1,
    DecisionOutcome.NO_PENALTY: 2,
    DecisionOutcome.NOT_ESTABLISHED: 3,
    DecisionOutcome.TRANSFER: 4,
}


#: Penalties that may stand beside a transfer to the judicial organs: 行政执法机关移送涉嫌犯罪案件的规定 Art 11
#: para 2 — 「移送…前已经作出的警告，责令停产停业，暂扣或者吊销许可证、暂扣或者吊销执照的行政处罚决定，不停止执行」.
_KEPT_ON_TRANSFER = frozenset({PenaltyKind.WARNING, PenaltyKind.SUSPENSION_OF_BUSINESS, PenaltyKind.LICENCE_SUSPENSION,
                               PenaltyKind.LICENCE_REVOCATION})


class DecisionOutcomeConsistent(Rule):
    """The decision's stated outcome agrees with what the decision does.

    Requirement: 行政处罚法 Art 57 para 1: after the investigation the head decides one of four
    outcomes: (1) a penalty, (2) no penalty for a minor violation, (3) no penalty because the facts
    are not established, (4) transfer to the judicial organs. For every ``decision`` step that
    states ``decision-outcome``: ``penalty`` needs at least one penalty; ``no_penalty`` and
    ``not_established`` carry no penalty; ``transfer`` carries no penalty other than those that stand
    beside a transfer (a warning, 责令停产停业, 暂扣或者吊销许可证件: 行政执法机关移送涉嫌犯罪案件的规定 Art 11
    para 2; a fine or a confiscation there is 以罚代移) and the dossier holds a ``transfer`` step (移送). A closed case without the transfer step is a finding; an open case
    is not judged on it (the law sets no period here). A decision without ``decision-outcome`` is
    not judged. Whether the outcome is right on the facts stays a human judgement.

    Non-compliant: ``<step id="S10" kind="decision" decision-outcome="no_penalty">`` with
    ``<penalty kind="fine" amount="8000"/>``; or ``decision-outcome="transfer"`` in a closed case
    with no ``transfer`` step.

    Compliant: ``decision-outcome="penalty"`` with a fine; ``decision-outcome="transfer"`` with
    ``<step id="S12" kind="transfer" date="2025-04-23"/>``.
    """

    meta = RuleMeta(
        id="PUN-DEC-006",
        title="处理决定的结论与决定内容不一致",
        system=System.PROCEDURE,
        case_types=PUN,
        severity=Severity.ERROR,
        legal_basis=(pl(57, 1), pl(27, 1), LegalBasis(TRANSFER_RULES_LAW, 11, 2)),
        remediation="核对负责人的处理决定：给予处罚的，决定书应载明处罚种类和幅度；不予处罚（违法行为轻微或违法事实不能成立）"
        "的，不得同时载明处罚内容；涉嫌犯罪的，移送司法机关，不得以罚款、没收等行政处罚代替移送（移送前已作出的警告、"
        "责令停产停业、暂扣或者吊销许可证件的决定不停止执行），并将移送材料、移送书和接收回执归入案卷。"
        "结论记载错误的更正案卷记载，处理确有错误的依法纠正。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        dossier = ctx.dossier
        for decision in dossier.steps_of(StepKind.DECISION):
            outcome = decision.decision_outcome
            if outcome is None:
                continue
            head = f"{describe(decision)}载明的处理结论为「{_OUTCOME_LABELS[outcome]}」（第五十七条第一款第{_OUTCOME_ITEMS[outcome]}项）"
            if outcome is DecisionOutcome.PENALTY:
                if not decision.penalties:
                    yield Hit(f"{head}，但决定未载明任何处罚种类。", step=decision.id)
                continue
            wrong = [p.kind for p in decision.penalties
                     if not (outcome is DecisionOutcome.TRANSFER and p.kind in _KEPT_ON_TRANSFER)]
            if wrong:
                yield Hit(f"{head}，但决定同时载明了处罚（{_kinds_text(wrong)}）。", step=decision.id)
            if (outcome is DecisionOutcome.TRANSFER and dossier.case.status is CaseStatus.CLOSED
                    and not any(True for _ in dossier.steps_of(StepKind.TRANSFER))):
                yield Hit(f"{head}，案件已结案但案卷中无移送司法机关的记录（移送步骤）。", step=decision.id)


class FirstOffenceExemptionList(Rule):
    """A first offence goes unpunished on the published exemption list; a listed first offence punished is explained.

    Requirement: 行政处罚法 (2021) Art 33 para 1, second sentence: 「初次违法且危害后果轻微并及时改正的，可以不予
    行政处罚。」 Provinces and sectors publish 首违不罚 lists naming the violations this applies to. Judged only where
    the profile sets ``first_offence_exemptions`` (the list's name, version, period in force and the matter codes it
    covers, as ``case/matter/@code``; no bundled profile sets one), in punishment cases flagged ``first-offence``
    (初次违法且危害后果轻微), on each ``decision`` dated on or after 2021-07-15 (the 2017 text has no such clause)
    and within the list's period: (1) ``decision-outcome="no_penalty"`` when the case's matter is not on the list
    (the no-penalty outcome of a first-offence case is read as resting on the list; Art 33 applies without a
    list, so the message asks for the statutory facts on file rather than calling the exemption unlawful);
    (2) a decision imposing a
    penalty when the matter is on the list (the list says 可以, so the reviewer confirms why it did not apply).
    Both are warnings, never errors: the exemption is discretionary, lists differ by place and sector and are
    revised, and a no-penalty decision may rest on another ground (Art 33 para 1 first sentence, para 2) that the
    format does not record. Whether the harm was slight and the correction prompt is a judgement (§11 item 8).

    Non-compliant: a profile listing ``matters = ["MR-FOOD-002"]``, a case on matter MR-FOOD-001 with
    ``<flags first-offence="true"/>`` and ``<step id="S10" kind="decision" decision-outcome="no_penalty"/>``;
    or the same list with ``matters = ["MR-FOOD-001"]`` and a decision S10 imposing a fine.

    Compliant: the list covering MR-FOOD-001 and the no-penalty decision; or a fine on a matter not on the list.
    """

    meta = RuleMeta(
        id="PUN-EXEMPT-002",
        title="首违不罚与公布的清单不一致",
        system=System.PROCEDURE,
        case_types=PUN,
        severity=Severity.WARNING,
        legal_basis=(pl(33, 1),),
        remediation="对照本地区、本系统公布施行的首违不罚清单核对：清单以外的事项以初次违法为由不予处罚的，可以直接依据"
        "行政处罚法第三十三条第一款后段，但须在案卷中载明初次违法、危害后果轻微、及时改正的事实和证据（或载明其他不予处罚的"
        "依据：违法行为轻微并及时改正、没有造成危害后果，没有主观过错）；清单内的事项仍予处罚的，在审批表或决定书中说明"
        "未适用首违不罚的理由（如危害后果不属轻微、未及时改正）。",
        parameters=("first_offence_exemptions",),
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        exemptions = ctx.params.first_offence_exemptions
        case = ctx.dossier.case
        if exemptions is None or not case.flags.first_offence:
            return
        matter = f"{case.matter.code}（{case.matter.name}）"
        listed = case.matter.code in exemptions.matters
        for decision in ctx.dossier.steps_of(StepKind.DECISION):
            if decision.day < PENALTY_LAW_2021 or not exemptions.in_force(decision.day):
                continue
            if decision.decision_outcome is DecisionOutcome.NO_PENALTY and not decision.penalties and not listed:
                yield Hit(f"{describe(decision)}决定不予行政处罚，案件记为初次违法（first-offence），但事项 {matter}"
                          f"不在{exemptions.label}中：清单未列的，可直接依行政处罚法第三十三条第一款后段，"
                          "请在案卷中载明初次违法、危害后果轻微、及时改正的事实（或其他不予处罚的依据）。", step=decision.id)
            elif decision.penalties and listed:
                yield Hit(f"{describe(decision)}给予行政处罚（{_kinds_text(p.kind for p in decision.penalties)}），"
                          f"案件记为初次违法（first-offence），事项 {matter}列入{exemptions.label}：首违不罚为“可以”"
                          "不予处罚，请复核未适用清单的理由并在案卷中载明。", step=decision.id)


class NoPenaltyEducation(Rule):
    """A no-penalty decision is followed by an education of the party, on record.

    Requirement: 行政处罚法 Art 33 para 3: where a violation is, by law, not punished, the organ
    educates the party. For every ``decision`` step with ``decision-outcome="no_penalty"`` dated
    on or after 2021-07-15 (the 2017 text has no such clause), a closed case holds an
    ``education`` step dated on or after the decision day. Open cases are not judged (the law sets
    no period). ``not_established`` decisions are not concerned: there is no violation to educate on.

    Non-compliant: ``<step id="S10" kind="decision" date="2025-04-21" decision-outcome="no_penalty"/>``
    in a closed case with no ``education`` step, or only one dated 2025-04-18.

    Compliant: the same decision with ``<step id="S12" kind="education" date="2025-04-21"/>``.
    """

    meta = RuleMeta(
        id="PUN-EXEMPT-004",
        title="不予处罚未对当事人进行教育",
        system=System.PROCEDURE,
        case_types=PUN,
        severity=Severity.WARNING,
        legal_basis=(pl(33, 3),),
        remediation="依法不予行政处罚的，应对当事人进行批评教育、法治宣传或者约谈提醒，并制作教育记录（笔录、告诫书或"
        "音像记录）归入案卷；已教育但未留痕的，补充说明教育的时间、方式和内容。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        dossier = ctx.dossier
        if dossier.case.status is not CaseStatus.CLOSED:
            return
        educations = list(dossier.steps_of(StepKind.EDUCATION))
        for decision in dossier.steps_of(StepKind.DECISION):
            if decision.decision_outcome is not DecisionOutcome.NO_PENALTY or decision.day < PENALTY_LAW_2021:
                continue
            if any(e.day >= decision.day for e in educations):
                continue
            earlier = [e for e in educations if e.day < decision.day]
            extra = (f"（{'、'.join(describe(e) for e in earlier)}早于不予处罚决定）" if earlier else "")
            yield Hit(f"{describe(decision)}决定不予行政处罚，案件已结案但案卷中无决定作出后对当事人进行教育的记录{extra}。",
                      step=decision.id)


class ElectronicServiceConsent(Rule):
    """Electronic service (fax, e-mail and the like) only with the party's signed consent.

    Requirement: 行政处罚法 Art 61 para 2: where the party consents and signs a confirmation
    (确认书), the organ may serve the decision and other documents by fax, e-mail or similar means.
    Every ``service`` step with ``method="electronic"`` dated on or after 2021-07-15 (the clause is
    new in the 2021 revision) names the consent document in ``consent``. The consent document must
    not be recorded as unsigned (``signed="false"``) and must not be dated after the service.

    Non-compliant: ``<step id="S11" kind="service" of="S10" method="electronic" date="2025-04-22"/>``
    (no consent); or ``consent="D12"`` where D12 is ``signed="false"`` or dated 2025-04-23.

    Compliant: ``<step id="S11" kind="service" of="S10" method="electronic" consent="D12"/>`` with
    D12 signed and dated on or before 2025-04-22.
    """

    meta = RuleMeta(
        id="PUN-SERVE-002",
        title="电子方式送达未经当事人同意并签订确认书",
        system=System.PROCEDURE,
        case_types=PUN,
        severity=Severity.ERROR,
        legal_basis=(pl(61, 2),),
        remediation="采用传真、电子邮件等电子方式送达前，应取得当事人同意并签订送达地址确认书（载明电子送达地址），"
        "将确认书归入案卷并在送达记录中注明；未取得同意的，依照民事诉讼法规定的其他方式重新送达，"
        "以重新送达之日起算相关期限。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        dossier = ctx.dossier
        for service in dossier.steps_of(StepKind.SERVICE):
            if service.method is not ServiceMethod.ELECTRONIC or service.day < PENALTY_LAW_2021:
                continue
            head = f"{describe(service)}采用电子方式送达"
            if service.consent is None:
                yield Hit(f"{head}，但未载明当事人同意电子送达的确认书。", step=service.id)
                continue
            consent = dossier.document_by_id.get(service.consent)
            if consent is None:
                continue  # an unknown id is reported by the loader
            if consent.signed is False:
                yield Hit(f"{head}，确认书 {consent.id} 未经当事人签字确认。", step=service.id, document=consent.id)
            if consent.date is not None and consent.date > service.day:
                yield Hit(f"{head}，但确认书 {consent.id} 签订于 {consent.date.isoformat()}，晚于送达日。",
                          step=service.id, document=consent.id)


class LeftAtAddressProof(Rule):
    """Service by leaving the document at the address (留置送达) is proved by a witness or by photo/video.

    Requirement: 行政处罚法 Art 61 para 1 serves the decision under 民事诉讼法; 民事诉讼法 (2023)
    Art 89: where the recipient (or an adult family member living with them) refuses the document,
    the server either (a) invites a representative of the grass-roots organisation or the
    recipient's unit, records the reason for the refusal and the date on the service receipt, and
    the server and the witness sign it; or (b) leaves the document at the dwelling and records the
    service by photo, video or similar means. Every ``service`` step with
    ``method="left_at_address"`` therefore either carries a record with an ``av`` reference (route
    b), or has ``witness-signed="true"`` and a ``note`` stating the reason for the refusal (route a).
    The same two routes stood in 民事诉讼法 2012/2017 (Art 86), so older services are judged alike.

    Non-compliant: ``<step id="S11" kind="service" of="S10" method="left_at_address"/>`` with no
    witness signature and no audio-visual record; or ``witness-signed="true"`` without a ``note``.

    Compliant: ``witness-signed="true" note="当事人拒绝签收，称对处罚有异议"``; or
    ``<record av="AV02"/>`` on the service step.
    """

    meta = RuleMeta(
        id="PUN-SERVE-003",
        title="留置送达缺少见证或拍照录像记录",
        system=System.PROCEDURE,
        case_types=PUN,
        severity=Severity.ERROR,
        legal_basis=(pl(61, 1), LegalBasis(CIVIL_PROCEDURE_LAW, 89, note="2023年修正")),
        remediation="留置送达时邀请基层组织或所在单位的代表到场见证，在送达回证上记明拒收事由和日期，由送达人、见证人签名或"
        "盖章；或者将文书留在受送达人住所并以拍照、录像等方式记录送达过程，将音像记录归入案卷。"
        "缺少上述证明的，依法重新送达。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        for service in ctx.dossier.steps_of(StepKind.SERVICE):
            if service.method is not ServiceMethod.LEFT_AT_ADDRESS:
                continue
            if any(r.av is not None for r in service.records):
                continue
            head = f"{describe(service)}采用留置送达，未以拍照、录像等方式记录送达过程"
            if service.witness_signed is not True:
                yield Hit(f"{head}，也无见证人在送达回证上签名或者盖章。", step=service.id)
            elif not (service.note or "").strip():
                yield Hit(f"{head}，有见证人签名但未记明拒收事由。", step=service.id)


class ConfiscatedPropertyDisposed(Rule):
    """Confiscated illegal property is publicly auctioned or handled per state rules; proceeds to the treasury.

    Requirement: 行政处罚法 Art 74 para 1: 「除依法应当予以销毁的物品外，依法没收的非法财物必须按照国家规定公开拍卖
    或者按照国家有关规定处理。」 para 2: 「罚款、没收的违法所得或者没收非法财物拍卖的款项，必须全部上缴国库……」.
    Format 1.2 records the disposal as a ``confiscated_disposal`` step (``of`` = the decision;
    ``disposal-method``: ``public_auction``, ``state_prescribed``, ``destruction`` or ``other``; ``receipt``
    = the number of the treasury receipt of the auction proceeds). Judged in punishment cases in format
    1.2 or later: (1) on every disposal, a method not recorded or ``other`` (outside public auction,
    state-prescribed handling and destruction); (2) in a closed case, a public auction without the
    treasury ``receipt``; (3) in a closed case, a decision imposing ``confiscation_of_property`` with no
    disposal naming it in ``of`` (a disposal without ``of`` answers every decision dated on or before it).
    Not judged: whether the state rules were followed in detail, whether all proceeds reached the
    treasury and the ban on tying fines to staff appraisal (para 3, outside the dossier). A warning:
    the disposal records are often kept by the finance or property office.

    Non-compliant: a closed 1.2 dossier whose decision S10 imposes ``confiscation_of_property`` and
    ``<step id="S16" kind="confiscated_disposal" date="2025-05-06" of="S10" disposal-method="other"/>``.

    Compliant: ``disposal-method="public_auction" receipt="国库No.0001"``.
    """

    meta = RuleMeta(
        id="PUN-PAY-008",
        title="没收的非法财物未按照国家规定公开拍卖或者处理，或者拍卖款项未见上缴国库凭证",
        system=System.PROCEDURE,
        case_types=PUN,
        severity=Severity.WARNING,
        legal_basis=(pl(74, 1), pl(74, 2)),
        remediation="依法没收的非法财物，除依法应当销毁的外，按照国家规定公开拍卖或者按照国家有关规定处理；"
        "记录处置方式（disposal-method），将拍卖款项全部上缴国库并将缴库凭证归卷（receipt）。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        dossier = ctx.dossier
        if not dossier.at_least("1.2") or dossier.case.type is not CaseType.PUNISHMENT:
            return
        closed = dossier.case.status is CaseStatus.CLOSED
        disposals = list(dossier.steps_of(StepKind.CONFISCATED_DISPOSAL))
        for disposal in disposals:
            label = f"{disposal.id} 没收财物处置（{disposal.day.isoformat()}）"
            method = disposal.disposal_method
            if method is None:
                yield Hit(f"{label}未记录处置方式（disposal-method）。", step=disposal.id)
            elif method is DisposalMethod.OTHER:
                yield Hit(f"{label}的处置方式既非按照国家规定公开拍卖，也非按照国家有关规定处理或者依法销毁。",
                          step=disposal.id)
            elif method is DisposalMethod.PUBLIC_AUCTION and closed and disposal.receipt is None:
                yield Hit(f"{label}：案件已结案，未记录拍卖款项上缴国库的凭证（receipt）。", step=disposal.id)
        if not closed:
            return
        for decision in dossier.steps_of(StepKind.DECISION):
            if not any(p.kind is PenaltyKind.CONFISCATION_OF_PROPERTY for p in decision.penalties):
                continue
            if any(d.of == decision.id or (d.of is None and d.day >= decision.day) for d in disposals):
                continue
            yield Hit(f"{describe(decision)}决定没收非法财物，案件已结案，案卷中没有没收财物的处置记录"
                      "（confiscated_disposal：公开拍卖、按照国家有关规定处理或者依法销毁）。", step=decision.id)


RULES: tuple[type[Rule], ...] = (
    DecisionInTime,
    DecisionApproved,
    DecisionOutcomeConsistent,
    MinorNotPunished,
    EvidenceOnFile,
    EvidencePreservation,
    MonitoringEvidenceLawful,
    MonitoringEvidenceShown,
    FirstOffenceExemptionList,
    NoPenaltyEducation,
    FilingInTime,
    FilingConditionsRecorded,
    HearingRightNotified,
    HearingRequestWindow,
    HearingNoticeInTime,
    HearingPublicOrReasoned,
    HearingChairNotInvestigator,
    HearingAgents,
    LimitationTwoYears,
    LimitationFiveYears,
    StatementWindow,
    PenaltyNotHeavierThanNotified,
    FinePaidInTime,
    OnTheSpotCollection,
    OnTheSpotCashHandedInAndBanked,
    SurchargeWithinLimits,
    PaymentDeferralOnApplication,
    ConfiscatedPropertyDisposed,
    DecisionServed,
    ElectronicServiceConsent,
    LeftAtAddressProof,
    SummaryProcedureScope,
    SummaryDecisionFiled,
    SummaryProcedureHearsParty,
)
