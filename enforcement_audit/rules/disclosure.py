"""Rules: 行政执法公示 (disclosure after the decision, withdrawal, publication period, random-inspection results)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from ..engine import ALL_CASE_TYPES, Confidence, Context, Hit, LegalBasis, Rule, RuleMeta, Severity, System
from ..models import (
    MEASURE_STEPS,
    Benchmark,
    Capacity,
    CaseStatus,
    CaseType,
    DecisionOutcome,
    NonDisclosureGround,
    PenaltyKind,
    Procedure,
    Step,
    StepKind,
    WithdrawalReason,
)
from ..profile import DayPeriod, MonthPeriod
from ._common import (
    BUSINESS_ENVIRONMENT_54,
    COERCION,
    GUIDANCE_118,
    GUIDANCE_118_BASIS,
    INS,
    PENALTY_LAW_2021,
    PUN,
    add_months,
    alert_text,
    by_case_type,
    describe,
    late_working_text,
    period_text,
    pl,
    service_of,
)

#: 广东省行政执法公示办法 (2021, read in a copy: C1-copy).
GD_DISCLOSURE = "广东省行政执法公示办法"

#: 行政处罚法 Art 48 para 2: withdraw within 三日, working days by Art 85.
WITHDRAWAL_DAYS = 3


def _head(source: Step, period: DayPeriod, what: str, deadline: dt.date) -> str:
    """The start of a PUB-007/PUB-015 message: what was due by when."""
    return f"{describe(source)}：{what}应自该日起 {period_text(period.days, period.day_kind)}内公示（期限届满日 {deadline.isoformat()}）"


def _disclosure_hit(ctx: Context, source: Step, period: DayPeriod, what: str) -> Hit | None:
    """Check that ``source`` (a decision or result) was disclosed within ``period``.

    A disclosure counts when it is dated on/after the source day and either names no step
    (``of`` absent) or names the source step.
    """
    deadline = ctx.period_deadline(source.day, period)
    first: Step | None = None  # the earliest disclosure that counts (ties: document order)
    for s in ctx.dossier.steps_of(StepKind.DISCLOSURE):
        if s.day >= source.day and (s.of is None or s.of == source.id) and (first is None or s.day < first.day):
            first = s
    if first is not None:
        if first.day <= deadline:
            return None
        return Hit(
            f"{_head(source, period, what, deadline)}，实际于 {first.day.isoformat()} 公示（{first.id}），"
            f"{late_working_text(ctx, deadline, first.day)}。",
            step=first.id,
        )
    if ctx.dossier.case.status is CaseStatus.OPEN:
        alert = ctx.alert_for(deadline)
        if alert is None:
            return None
        return Hit(
            f"{_head(source, period, what, deadline)}，截至 {ctx.as_of.isoformat()} 案卷中仍无公示记录"
            f"{alert_text(ctx, alert, deadline)}。",
            step=source.id,
            alert=alert,
        )
    return Hit(f"{_head(source, period, what, deadline)}，案件已结案但案卷中无公示记录。", step=source.id)


class DecisionDisclosed(Rule):
    """An enforcement decision is disclosed within the profile's disclosure period.

    Requirement: 事后公开 under 国办发〔2018〕118号: decision information on 行政处罚 is made public
    within ``punishment_disclosure`` (national: 7 working days) of the decision; other enforcement
    decisions within ``other_disclosure`` (national: 20 working days). Decisions checked: every
    general-procedure ``decision`` step of a punishment case (summary-procedure decisions are not
    subject to this rule, nor are decisions recorded as ``no_penalty`` or ``not_established``: no
    行政处罚决定 was made), every ``seal_up``/``seizure`` step of a coercive-measure case, every
    ``execution_decision`` step of an enforced-execution case. A ``disclosure`` step dated on/after
    the decision counts (if it carries ``of``, it must name the decision step); so does, from format 1.2,
    a ``non_disclosure`` step on a listed ground (its ``of`` naming the decision, or without ``of`` dated
    on/after it; PUB-013 judges the ground and the filing). The period is
    counted per the parameter's ``day_kind``. Where the profile sets ``warning_only_undisclosed``
    (``market-regulation``: 公示规定 Art 2 para 2), a decision imposing a warning only is not expected
    to be disclosed. An open case without disclosure gets a deadline alert
    (预警) on ``as_of``: yellow while the last day is within the profile's ``alert_window``, red
    once it has passed, nothing before; a closed case without disclosure is a finding. The
    periods are unconfirmed in the national profile (118号 not read), hence a warning.

    Non-compliant: ``<step id="S10" kind="decision" date="2025-04-21"/>`` and
    ``<step id="S12" kind="disclosure" date="2025-04-30"/>`` (7 WD end on 2025-04-29, because
    Sunday 2025-04-27 is a make-up working day).

    Compliant: the same decision with ``<step id="S12" kind="disclosure" date="2025-04-29"/>``.
    """

    meta = RuleMeta(
        id="PUB-007",
        title="执法决定未在期限内公示",
        system=System.DISCLOSURE,
        case_types=PUN | COERCION,
        severity=Severity.WARNING,
        legal_basis=by_case_type(PUN | COERCION, common=(GUIDANCE_118_BASIS,),
                                 punishment=(pl(48, 1),), coercion=()),
        remediation="自执法决定作出之日起在规定期限内（全国默认：行政处罚决定7个工作日，其他执法决定20个工作日；"
        "法律、法规、规章或地方另有规定的从其规定）在指定平台公示决定信息，并将公示日期、平台和截图/链接归入案卷；"
        "已逾期的立即补充公示并书面说明逾期原因。",
        confidence=Confidence.UNCONFIRMED,
        parameters=("punishment_disclosure", "other_disclosure", "warning_only_undisclosed"),
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        found = _decisions_to_disclose(ctx)
        if found is None:
            return
        decisions, period, what = found
        for decision in decisions:
            if _lawfully_withheld(ctx, decision):
                continue
            hit = _disclosure_hit(ctx, decision, period, what)
            if hit is not None:
                yield hit


def _decisions_to_disclose(ctx: Context) -> tuple[list[Step], DayPeriod, str] | None:
    """The decisions PUB-007 expects disclosed, their disclosure period and their name (None: none expected)."""
    dossier = ctx.dossier
    case = dossier.case
    if case.type is CaseType.PUNISHMENT:
        if case.procedure is not Procedure.GENERAL:
            return None
        # a decision not to punish (不予处罚 / 违法事实不成立) is not a 行政处罚决定 (行政处罚法 Art 48 para 1)
        decisions = [d for d in dossier.steps_of(StepKind.DECISION)
                     if d.decision_outcome not in (DecisionOutcome.NO_PENALTY, DecisionOutcome.NOT_ESTABLISHED)]
        exempt = ctx.params.warning_only_undisclosed
        if exempt is not None and exempt.enabled:
            decisions = [d for d in decisions if not warning_only(d)]
        return decisions, ctx.params.punishment_disclosure, "行政处罚决定"
    if case.type is CaseType.COERCIVE_MEASURE:
        return list(dossier.steps_of(*MEASURE_STEPS)), ctx.params.other_disclosure, "行政强制措施决定"
    if case.type is CaseType.ENFORCED_EXECUTION:
        return list(dossier.steps_of(StepKind.EXECUTION_DECISION)), ctx.params.other_disclosure, "行政强制执行决定"
    return None


def _withheld_decision(ctx: Context, withheld: Step, decisions: list[Step]) -> Step | None:
    """The decision a ``non_disclosure`` step is about: its ``of``, else the latest decision on or before it."""
    if withheld.of is not None:
        return next((d for d in decisions if d.id == withheld.of), None)
    return max((d for d in decisions if d.day <= withheld.day), key=lambda d: d.day, default=None)


def warning_only(decision: Step) -> bool:
    """A decision whose recorded penalties are all warnings (none recorded: not known to be warning only)."""
    return bool(decision.penalties) and all(p.kind is PenaltyKind.WARNING for p in decision.penalties)


def _lawfully_withheld(ctx: Context, decision: Step) -> bool:
    """A ``non_disclosure`` step (1.2) on a listed ground is about ``decision`` (PUB-013 judges it)."""
    for withheld in ctx.dossier.steps_of(StepKind.NON_DISCLOSURE):
        if withheld.non_disclosure_ground in (None, NonDisclosureGround.OTHER):
            continue
        if withheld.of == decision.id or (withheld.of is None and withheld.day >= decision.day):
            return True
    return False


class DisclosureWithdrawn(Rule):
    """A disclosed punishment decision that was revoked or changed is withdrawn within 3 working days.

    Requirement: 行政处罚法 Art 48 para 2: when a published punishment decision is changed, revoked,
    confirmed illegal or confirmed void, the organ withdraws the published information within 三日
    (working days, Art 85) and states the reasons. For every ``revocation`` step, each
    ``disclosure`` step dated on or before the revocation day (and, where both carry ``of``, about
    the same decision) must have ``withdrawn-on`` no later than the 3rd working day after the
    revocation day. A missing ``withdrawn-on`` is a finding for a closed case; in an open case it
    gets a deadline alert (预警) on ``as_of``: yellow while that day is within the profile's
    ``alert_window``, red once it has passed.

    Judged on revocations dated from 2021-07-15: the 2017 text had no such duty.

    Non-compliant: ``<step id="S16" kind="revocation" date="2025-09-26"/>`` with
    ``<step id="S12" kind="disclosure" date="2025-04-25" withdrawn-on="2025-10-09"/>``
    (3 WD end on 2025-09-30; 10-01..10-08 is the National Day holiday, Sunday 09-28 a make-up day).

    Compliant: the same with ``withdrawn-on="2025-09-30"``.
    """

    meta = RuleMeta(
        id="PUB-009",
        title="决定被撤销或变更后未按期撤回公示信息",
        system=System.DISCLOSURE,
        case_types=PUN,
        severity=Severity.ERROR,
        legal_basis=(pl(48, 2), pl(85)),
        remediation="处罚决定被依法变更、撤销、确认违法或确认无效后3个工作日内撤回已公示的决定信息并公开说明理由；"
        "将撤回日期、平台记录和说明理由的材料归入案卷。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        dossier = ctx.dossier
        open_case = dossier.case.status is CaseStatus.OPEN
        for revocation in dossier.steps_of(StepKind.REVOCATION):
            if revocation.day < PENALTY_LAW_2021:
                continue  # the 2017 text has no withdrawal duty (Art 48 para 2 is new in 2021)
            deadline = ctx.working_day_deadline(revocation.day, WITHDRAWAL_DAYS)
            for disclosure in dossier.steps_of(StepKind.DISCLOSURE):
                if disclosure.day > revocation.day:
                    continue
                if revocation.of and disclosure.of and revocation.of != disclosure.of:
                    continue
                head = (
                    f"{describe(revocation)}后，{describe(disclosure)}的公示信息应在 {WITHDRAWAL_DAYS} 个工作日内"
                    f"（至 {deadline.isoformat()}）撤回"
                )
                withdrawn = disclosure.withdrawn_on
                if withdrawn is None:
                    if not open_case:
                        yield Hit(f"{head}，案卷中无撤回日期。", step=disclosure.id)
                        continue
                    alert = ctx.alert_for(deadline)
                    if alert is not None:
                        yield Hit(
                            f"{head}，截至 {ctx.as_of.isoformat()} 案卷中无撤回日期{alert_text(ctx, alert, deadline)}。",
                            step=disclosure.id,
                            alert=alert,
                        )
                elif withdrawn > deadline:
                    yield Hit(
                        f"{head}，实际于 {withdrawn.isoformat()} 撤回，{late_working_text(ctx, deadline, withdrawn)}。",
                        step=disclosure.id,
                    )


class InspectionResultDisclosed(Rule):
    """The result of a random (双随机) inspection is disclosed within the profile period.

    Requirement: 优化营商环境条例 Art 54: in 双随机、一公开 supervision the inspection results are made
    public in time. The period is the profile's ``inspection_disclosure`` (national: 20 working days
    by analogy with 118号's "other decisions", unconfirmed, hence a warning), counted from each
    ``inspection_result`` step. Applies only to random inspections (``<inspection
    random-selection="...">``). A ``disclosure`` step dated on/after the result counts (if it carries
    ``of``, it must name the result step). Open cases without disclosure get a deadline alert
    (预警) on ``as_of``: yellow within the profile's ``alert_window``, red once the period has run out.

    Non-compliant: ``<step id="S03" kind="inspection_result" date="2025-05-12"/>`` and
    ``<step id="S04" kind="disclosure" date="2025-06-11"/>`` (20 WD end on 2025-06-10; Monday
    2025-06-02 is the Dragon Boat holiday).

    Compliant: the same result with ``<step id="S04" kind="disclosure" date="2025-06-10"/>``.
    """

    meta = RuleMeta(
        id="PUB-015",
        title="抽查检查结果未在期限内公示",
        system=System.DISCLOSURE,
        case_types=INS,
        severity=Severity.WARNING,
        legal_basis=(
            BUSINESS_ENVIRONMENT_54,
            LegalBasis(GUIDANCE_118, note="国办发〔2018〕118号，期限参照适用"),
        ),
        remediation="双随机抽查结果形成后在规定期限内（本配置按检查结果告知之日起计算）通过国家企业信用信息公示系统"
        "或本机关门户网站公开，并将公示日期和截图/链接归入案卷；已逾期的立即补充公示。",
        confidence=Confidence.UNCONFIRMED,
        parameters=("inspection_disclosure",),
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        inspection = ctx.dossier.inspection
        if inspection is None or not inspection.random_selection:
            return
        for result in ctx.dossier.steps_of(StepKind.INSPECTION_RESULT):
            hit = _disclosure_hit(ctx, result, ctx.params.inspection_disclosure, "抽查检查结果")
            if hit is not None:
                yield hit


#: 市场监督管理行政处罚信息公示规定 (总局令第45号, 2021).
PUBLICATION_RULES = "市场监督管理行政处罚信息公示规定"

#: Art 13 para 1: the short period is for information on only 通报批评 or a 较低数额 fine (a warning alone
#: is not published at all, Art 2 para 2, so it may accompany them).
SHORT_PERIOD_KINDS: frozenset[PenaltyKind] = frozenset({PenaltyKind.CRITICISM, PenaltyKind.FINE, PenaltyKind.WARNING})

#: Art 14 para 3: penalties whose information may not be taken down early on the party's application.
NO_EARLY_STOP: dict[PenaltyKind, str] = {
    PenaltyKind.SUSPENSION_OF_BUSINESS: "责令停产停业",
    PenaltyKind.BUSINESS_RESTRICTION: "限制开展生产经营活动",
    PenaltyKind.EMPLOYMENT_RESTRICTION: "限制从业",
    PenaltyKind.QUALIFICATION_DOWNGRADE: "降低资质等级",
    PenaltyKind.LICENCE_REVOCATION: "吊销许可证件或者营业执照",
}


def _disclosed_decision(ctx: Context, disclosure: Step) -> Step | None:
    """The decision a disclosure publishes: the step its ``of`` names, else the latest decision on or before it."""
    if disclosure.of is not None:
        named = ctx.dossier.step_by_id.get(disclosure.of)
        return named if named is not None and named.kind is StepKind.DECISION else None
    earlier = [s for s in ctx.dossier.steps_of(StepKind.DECISION) if s.day <= disclosure.day]
    return max(earlier, key=lambda s: s.day) if earlier else None


def _revoked_by(ctx: Context, disclosure: Step) -> Step | None:
    """A revocation that PUB-009 judges this disclosure's withdrawal against (dated on or after the
    disclosure and on or before its withdrawal; where both carry ``of``, about the same decision)."""
    withdrawn = disclosure.withdrawn_on
    assert withdrawn is not None
    for revocation in ctx.dossier.steps_of(StepKind.REVOCATION):
        if disclosure.day <= revocation.day <= withdrawn and not (
            revocation.of and disclosure.of and revocation.of != disclosure.of
        ):
            return revocation
    return None


class PublicationPeriodKept(Rule):
    """Disclosed punishment information stays published for the whole publication period.

    Requirement: 市场监督管理行政处罚信息公示规定 Art 13: information on only 通报批评 or a 较低数额 fine
    stops being published once three months from publication have run out (``publication_period_short``),
    other punishment information once three years have (``publication_period``); Art 14: the party
    may apply to stop publication early (信用修复), but never for 责令停产停业, 限制开展生产经营活动,
    限制从业, 降低资质等级 or 吊销许可证件、营业执照 (para 3); Art 11: information on a decision that is
    changed or revoked is withdrawn (judged by PUB-009). The rule runs only where the profile sets
    ``publication_period`` (market-regulation; no national text sets one). For each ``disclosure``
    step with ``withdrawn-on`` before the period ends (the corresponding day of the last month,
    start day not counted), the withdrawal needs a reason (``withdrawal-reason``) the dossier bears
    out: none given; ``expired`` (the dates say otherwise); ``revoked`` without a ``revocation``
    dated between the disclosure and the withdrawal; ``credit_repair`` for a decision with one of
    the penalties of Art 14 para 3; ``other`` without a ``note``. A withdrawal that follows a
    revocation is left to PUB-009. The 较低数额 threshold is set by each provincial 市场监管
    department and is not modelled: a decision of only 通报批评, fines (and a warning) is held to
    the short period, so a finding is certain whatever the threshold.

    Non-compliant: ``<step id="S10" kind="decision" date="2025-04-21"><penalty kind="fine"
    amount="8000"/><penalty kind="confiscation_of_gains" amount="1200"/></step>`` and
    ``<step id="S12" kind="disclosure" date="2025-04-25" withdrawn-on="2026-03-02"/>`` (three years
    end on 2028-04-25; no reason given).

    Compliant: the same disclosure with ``withdrawn-on="2028-04-25"``, or withdrawn on 2026-03-02 with
    ``withdrawal-reason="credit_repair"``.
    """

    meta = RuleMeta(
        id="PUB-011",
        title="处罚信息未满公示期即停止公示且无正当理由",
        system=System.DISCLOSURE,
        case_types=PUN,
        severity=Severity.ERROR,
        legal_basis=(LegalBasis(PUBLICATION_RULES, 13), LegalBasis(PUBLICATION_RULES, 14), LegalBasis(PUBLICATION_RULES, 11)),
        remediation="公示期届满前不得擅自撤下处罚信息；确因决定被变更、撤销或者当事人申请提前停止公示（信用修复）而撤回的，"
        "在公示记录中载明理由并将撤销决定或者提前停止公示的申请、审核材料归入案卷；误撤的立即恢复公示。",
        parameters=("publication_period", "publication_period_short"),
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        long_period = ctx.params.publication_period
        if long_period is None:
            return
        short_period = ctx.params.publication_period_short
        for disclosure in ctx.dossier.steps_of(StepKind.DISCLOSURE):
            withdrawn = disclosure.withdrawn_on
            if withdrawn is None:
                continue
            decision = _disclosed_decision(ctx, disclosure)
            if decision is None or not decision.penalties:
                continue
            kinds = {p.kind for p in decision.penalties}
            period: MonthPeriod | None
            if kinds <= SHORT_PERIOD_KINDS:
                period, what = short_period, "仅通报批评或者罚款的处罚信息（较低数额罚款标准未建模，按较短公示期判断）"
            else:
                period, what = long_period, "处罚信息"
            if period is None or (period.effective_from is not None and disclosure.day < period.effective_from):
                continue  # published before the text setting the period was in force
            end = add_months(disclosure.day, period.months)
            if withdrawn >= end or _revoked_by(ctx, disclosure) is not None:
                continue
            head = (
                f"{describe(disclosure)}公示{describe(decision)}，{what}的公示期为 {period.months} 个月"
                f"（至 {end.isoformat()} 届满），却于 {withdrawn.isoformat()} 撤回"
            )
            reason = disclosure.withdrawal_reason
            if reason is None:
                yield Hit(f"{head}，案卷未载明撤回理由。", step=disclosure.id)
            elif reason is WithdrawalReason.EXPIRED:
                yield Hit(f"{head}，所载理由“公示期届满”与日期不符。", step=disclosure.id)
            elif reason is WithdrawalReason.REVOKED:
                yield Hit(f"{head}，所载理由为决定被变更或撤销，但案卷中无公示之后、撤回之前的撤销（变更）记录。",
                          step=disclosure.id)
            elif reason is WithdrawalReason.CREDIT_REPAIR:
                barred = [NO_EARLY_STOP[k] for k in NO_EARLY_STOP if k in kinds]
                if barred:
                    yield Hit(f"{head}，所载理由为提前停止公示（信用修复），但处罚含{'、'.join(barred)}，不得提前停止公示。",
                              step=disclosure.id)
            elif not disclosure.note:
                yield Hit(f"{head}，所载理由为“其他”，但未在备注中说明。", step=disclosure.id)


class NonDisclosureGroundedAndFiled(Rule):
    """An enforcement result is withheld only on a listed ground, the reason filed in time (广东).

    Requirement: 广东省行政执法公示办法 Art 15 para 1: 「行政执法结果有下列情形之一的，不予公开：（一）当事人是
    未成年人的；（二）案件主要事实涉及国家秘密、商业秘密、个人隐私的；（三）公开后可能危及国家安全、公共安全、经济安全
    和社会稳定的；（四）公开后可能影响系列案件调查处理的；（五）法律、法规或者规章规定不得公开的其他情形。」
    Art 16: 「按照第十五条规定不予公开行政执法结果的，不公开理由应当在公开时限内报同级司法行政部门备案。」
    Judged where the profile sets ``non_disclosure_filing`` (广东; None nationally: the rule is silent), in
    dossiers in format 1.2 or later, on every ``non_disclosure`` step (1.2): (1) ``non-disclosure-ground``
    names one of the five grounds; omitted or ``other`` is a finding; (2) ``filed-on``, the day the reason
    was filed with the 司法行政 department, is not later than the last day of the disclosure period PUB-007
    applies to the decision withheld (``of``, else the latest decision on or before the step), counted from
    the decision day; omitted is a finding in a closed case (an open case is not judged on it). A
    non-disclosure on a listed ground answers PUB-007 for its decision, in every profile. Whether the
    ground is true, and the 脱密脱敏 publication of Art 15 para 2, are left to a person. A warning: a
    provincial rule, read in a copy.

    Non-compliant: profile ``guangdong`` and ``<step id="S13" kind="non_disclosure" date="2025-04-22" of="S10"
    non-disclosure-ground="minor" filed-on="2025-05-06"/>`` for the decision S10 of 2025-04-21 (7 working
    days end on 2025-04-29).

    Compliant: ``filed-on="2025-04-29"``.
    """

    meta = RuleMeta(
        id="PUB-013",
        title="不予公开执法结果的情形不合规定或者不公开理由未按期备案",
        system=System.DISCLOSURE,
        case_types=PUN | COERCION,
        severity=Severity.WARNING,
        legal_basis=(LegalBasis(GD_DISCLOSURE, 15, 1), LegalBasis(GD_DISCLOSURE, 16)),
        remediation="仅在当事人是未成年人、主要事实涉及国家秘密、商业秘密或者个人隐私、公开可能危及安全稳定、可能影响系列"
        "案件调查处理或者法律法规规章禁止公开时不予公开执法结果；不公开理由应在公开时限内报同级司法行政部门备案，"
        "并将备案材料归入案卷；不属于上述情形的，应依法公开。",
        parameters=("non_disclosure_filing",),
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        flag = ctx.params.non_disclosure_filing
        dossier = ctx.dossier
        if flag is None or not flag.enabled or not dossier.at_least("1.2"):
            return
        found = _decisions_to_disclose(ctx)
        decisions, period, _ = found if found is not None else ([], ctx.params.other_disclosure, "")
        closed = dossier.case.status is CaseStatus.CLOSED
        for withheld in dossier.steps_of(StepKind.NON_DISCLOSURE):
            problems = []
            if withheld.non_disclosure_ground is None:
                problems.append("未载明不予公开的情形（non-disclosure-ground）")
            elif withheld.non_disclosure_ground is NonDisclosureGround.OTHER:
                problems.append("不予公开的理由不属于公示办法第十五条所列情形")
            decision = _withheld_decision(ctx, withheld, decisions)
            deadline = ctx.period_deadline(decision.day, period) if decision is not None else None
            if withheld.filed_on is None:
                if closed:
                    problems.append("未记录不公开理由报同级司法行政部门备案（filed-on）")
            elif deadline is not None and withheld.filed_on > deadline:
                assert decision is not None
                problems.append(f"不公开理由于 {withheld.filed_on.isoformat()} 报备案，晚于{describe(decision)}的"
                                f"公开时限（{period_text(period.days, period.day_kind)}，至 {deadline.isoformat()}）")
            if problems:
                yield Hit(f"{describe(withheld)}：{'；'.join(problems)}。", step=withheld.id)


class EntrustedPartyEntersResults(Rule):
    """In an entrusted case the entrusted party enters the result information (广东).

    Requirement: 广东省行政执法公示办法 Art 6 para 3: 「委托实施行政执法的，由受委托的行政执法主体负责录入行政执法
    结果信息。」 (Art 27: 「受委托实施行政执法的组织的行政执法公示，参照适用本办法。」) Judged where the profile sets
    ``entrusted_enters_results`` (广东; None nationally: no national text, the rule is silent), in dossiers in
    format 1.2 or later whose ``acting-body`` has ``capacity="entrusted"``: every ``disclosure`` step records
    in ``entered-by`` (1.2) the body that entered the information, and it must be the acting (entrusted)
    body. Omitted is a finding. Whether the information entered is complete and correct is left to a
    person. A warning: a provincial rule, read in a copy.

    Non-compliant: profile ``guangdong``, ``<acting-body id="B-CX-MR-TEAM" capacity="entrusted"
    principal="B-CX-MR"/>`` and ``<step id="S12" kind="disclosure" date="2025-04-25" entered-by="B-CX-MR"/>``.

    Compliant: ``entered-by="B-CX-MR-TEAM"``; or the ``national`` profile.
    """

    meta = RuleMeta(
        id="PUB-016",
        title="委托执法案件的结果信息未由受委托方录入公示",
        system=System.DISCLOSURE,
        case_types=ALL_CASE_TYPES,
        severity=Severity.WARNING,
        legal_basis=(LegalBasis(GD_DISCLOSURE, 6, 3), LegalBasis(GD_DISCLOSURE, 27, note="参照适用")),
        remediation="委托实施行政执法的，由受委托的执法主体在公示平台录入行政执法结果信息，并在案卷中记录录入主体、"
        "录入日期和平台截图；已由委托机关或者其他主体录入的，由受委托方核对后重新录入或者补记。",
        parameters=("entrusted_enters_results",),
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        flag = ctx.params.entrusted_enters_results
        dossier = ctx.dossier
        if flag is None or not flag.enabled or not dossier.at_least("1.2"):
            return
        acting = dossier.case.acting_body
        if acting.capacity is not Capacity.ENTRUSTED:
            return
        for disclosure in dossier.steps_of(StepKind.DISCLOSURE):
            if disclosure.entered_by == acting.id:
                continue
            who = (f"由 {disclosure.entered_by} 录入" if disclosure.entered_by is not None
                   else "未记录录入公示信息的主体（entered-by）")
            yield Hit(f"{describe(disclosure)}：委托执法案件的结果信息应由受委托的 {acting.id} 录入，{who}。",
                      step=disclosure.id)


# ---------------------------------------------------------------- PUB-010 (市场监管)


class MarketRegulationPublication(Rule):
    """市场监管: the party is told of publication at service; a party registered in another province is pushed there.

    Requirement: 市场监督管理行政处罚信息公示规定 Art 2 para 2: 「仅受到警告行政处罚的不予公示。」 Art 8: 「对于应当公示的
    行政处罚决定，在送达行政处罚决定书时，市场监督管理部门应当书面告知行政处罚当事人行政处罚信息将向社会进行公示。」
    Art 10: where the deciding department and the party's registration place (登记地（住所地）) are in different
    provinces, the department pushes the information 「自作出行政处罚决定之日起十个工作日内」 through its provincial
    department to the registration place's department. (Art 9, the 20 working days within the same province, is
    PUB-007 with the profile's ``punishment_disclosure``.) Judged in general-procedure punishment dossiers in
    format 1.2 or later, on every ``decision`` with a penalty other than a warning: where the profile sets
    ``publication_notice`` (``market-regulation``), the first service of the decision records
    ``publication-told="true"`` (false or omitted is a finding; no service at all is PUN-SERVE's business); where
    it sets ``cross_province_push`` and the party's ``registered-region`` (1.2) lies in another province than the
    case region (first two digits), a ``disclosure`` about the decision records ``pushed-on`` within the period
    (closed case without it: a finding). The registration department's own 10 working days and the text of the
    written notice are left to a person.

    Non-compliant: profile ``market-regulation``, ``<step id="S11" kind="service" of="S10"/>`` without
    ``publication-told``; or ``<party … registered-region="440106"/>`` in a case in 330199 and
    ``<step id="S12" kind="disclosure" date="2025-04-25"/>`` without ``pushed-on``.

    Compliant: ``publication-told="true"`` and ``pushed-on="2025-04-25"``.
    """

    meta = RuleMeta(
        id="PUB-010",
        title="市场监管处罚信息公示未书面告知当事人或未按期推送登记地",
        system=System.DISCLOSURE,
        case_types=PUN,
        severity=Severity.WARNING,
        legal_basis=(LegalBasis(PUBLICATION_RULES, 2, 2), LegalBasis(PUBLICATION_RULES, 8),
                     LegalBasis(PUBLICATION_RULES, 10)),
        remediation="送达行政处罚决定书时书面告知当事人处罚信息将向社会公示，并将告知材料归入案卷；当事人登记地在外省的，"
        "自作出决定之日起十个工作日内通过本省市场监管部门推送至登记地市场监管部门，并记录推送日期。",
        parameters=("publication_notice", "cross_province_push"),
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        d = ctx.dossier
        notice, push = ctx.params.publication_notice, ctx.params.cross_province_push
        if (notice is None or not notice.enabled) and push is None:
            return
        if not d.at_least("1.2") or d.case.type is not CaseType.PUNISHMENT \
                or d.case.procedure is not Procedure.GENERAL:
            return
        region = d.case.party.registered_region
        elsewhere = region is not None and region[:2] != d.case.region[:2]
        for decision in d.steps_of(StepKind.DECISION):
            if not decision.penalties or warning_only(decision):
                continue  # Art 2 para 2: warning only, not published
            if notice is not None and notice.enabled:
                served = service_of(ctx, decision.id)
                if served is not None and served.publication_told is not True:
                    state = "记录为未告知" if served.publication_told is False else "未记录（publication-told）"
                    yield Hit(f"{describe(served)} 送达 {decision.id} 处罚决定书时，是否书面告知当事人处罚信息将向社会公示："
                              f"{state}。", step=served.id)
            if push is not None and elsewhere:
                hit = self._push_hit(ctx, decision, push, region or "")
                if hit is not None:
                    yield hit

    @staticmethod
    def _push_hit(ctx: Context, decision: Step, push: DayPeriod, region: str) -> Hit | None:
        deadline = ctx.period_deadline(decision.day, push)
        head = (f"{describe(decision)}：当事人登记地（{region}）在外省，处罚信息应自该日起 "
                f"{period_text(push.days, push.day_kind)}内推送至登记地市场监管部门（期限届满日 {deadline.isoformat()}）")
        pushes = [s.pushed_on for s in ctx.dossier.steps_of(StepKind.DISCLOSURE)
                  if s.pushed_on is not None and (s.of is None or s.of == decision.id)]
        if pushes:
            first = min(pushes)
            if first <= deadline:
                return None
            return Hit(f"{head}，实际于 {first.isoformat()} 推送，{late_working_text(ctx, deadline, first)}。", step=decision.id)
        if ctx.dossier.case.status is CaseStatus.OPEN:
            return None
        return Hit(f"{head}，案件已结案但案卷中无推送记录（pushed-on）。", step=decision.id)


def _benchmark_applied(ctx: Context, decision: Step) -> tuple[list[str], Benchmark | None]:
    """The bodies whose registry entries are searched (the acting body, and its principal when it has one)
    and the version of the benchmark ``decision`` names that it applied: the named version; without a
    version, the one in force on the decision day, else the latest published on or before it, else the
    first listed. None when the registry lists no such benchmark (or no such version)."""
    acting = ctx.dossier.case.acting_body
    owners = [acting.id] + ([acting.principal] if acting.principal else [])
    found = [b for owner in owners if (body := ctx.registry.body_by_id.get(owner)) is not None
             for b in body.benchmarks if b.id == decision.benchmark]
    if decision.benchmark_version is not None:
        found = [b for b in found if b.version == decision.benchmark_version]
    if not found:
        return owners, None
    day = decision.day
    in_force = [b for b in found if b.in_force(day)]
    if in_force:
        return owners, in_force[0]
    published = [b for b in found if b.published_on is not None and b.published_on <= day]
    if published:
        return owners, max(published, key=lambda b: b.published_on or day)
    return owners, found[0]


def _benchmark_label(decision: Step, benchmark: Benchmark | None) -> str:
    """「裁量基准 MR-DISC（2025年版，《城西县……》）」."""
    version = decision.benchmark_version or (benchmark.version if benchmark is not None else None)
    details = [x for x in (version, benchmark.title if benchmark is not None else None) if x]
    return f"裁量基准 {decision.benchmark}" + (f"（{'，'.join(details)}）" if details else "")


def _benchmark_decisions(ctx: Context) -> Iterator[Step]:
    """Punishment decisions from 2021-07-15 that name the benchmark they applied (format 1.2)."""
    dossier = ctx.dossier
    if not dossier.at_least("1.2") or dossier.case.type is not CaseType.PUNISHMENT:
        return
    for decision in dossier.steps_of(StepKind.DECISION):
        if decision.benchmark is not None and decision.day >= PENALTY_LAW_2021:
            yield decision


class BenchmarkPublished(Rule):
    """The discretion benchmark a punishment decision applies was published by the decision day.

    Requirement: 行政处罚法 Art 34: 「行政机关可以依法制定行政处罚裁量基准，规范行使行政处罚裁量权。行政处罚裁量
    基准应当向社会公布。」 (cf. Art 5 para 3: 「对违法行为给予行政处罚的规定必须公布；未经公布的，不得作为行政处罚的
    依据。」) Format 1.2 records the benchmark a decision applied as ``benchmark`` (and optionally
    ``benchmark-version``) on the ``decision`` step; registry 1.2 lists the benchmarks a body applies as
    ``<benchmark id version? published-on? superseded-on?>`` in its ``<body>`` (the acting body's, and its
    principal's). Judged on punishment decisions dated from 2021-07-15 (Art 34 is new in the 2021 text):
    a finding when the registry dates the benchmark's publication after the decision. An error on that
    ground alone: the benchmark was in use while the duty to publish it (the plain word of Art 34) was not
    yet met; what follows for the decision, Art 34 does not say (国办发〔2022〕27号 on benchmarks was not
    read), and the message does not say either. Not judged:
    whether a benchmark had to be applied at all (Art 34 says 「可以」: a decision naming none is not
    faulted), whether it was applied correctly (a judgement: discretion on the human checklist), and a
    benchmark the registry does not know, superseded or with no publication date (PUB-105, a warning).

    Non-compliant: ``<step id="S10" kind="decision" date="2025-04-21" benchmark="MR-DISC"/>`` with
    ``<benchmark id="MR-DISC" version="2025" published-on="2025-05-10"/>`` for the acting body.

    Compliant: the same benchmark with ``published-on="2025-01-10"``.
    """

    meta = RuleMeta(
        id="PUB-005",
        title="处罚决定适用的裁量基准在决定时尚未向社会公布",
        system=System.DISCLOSURE,
        case_types=PUN,
        severity=Severity.ERROR,
        legal_basis=(pl(34),),
        remediation="行政处罚裁量基准应当向社会公布（行政处罚法第三十四条）：及时公布该基准并在参照库（bodies.xml 的 "
        "benchmark）中登记公布日期；对适用尚未公布的裁量基准作出的决定，复查其裁量是否适当。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        for decision in _benchmark_decisions(ctx):
            _, benchmark = _benchmark_applied(ctx, decision)
            if benchmark is None or benchmark.published_on is None or benchmark.published_on <= decision.day:
                continue
            yield Hit(f"{describe(decision)}适用{_benchmark_label(decision, benchmark)}，该基准至 "
                      f"{benchmark.published_on.isoformat()} 才向社会公布，决定作出时尚未公布。", step=decision.id)


class BenchmarkKnownAndCurrent(Rule):
    """The discretion benchmark a punishment decision applies is on the registry, with its publication
    date, and not superseded by the decision day.

    Requirement: 行政处罚法 Art 34 (quoted at PUB-005). Judged on the same decisions as PUB-005: a finding
    when the acting body (or its principal) lists no benchmark with that id (and version, if the decision
    names one), when the listed benchmark has no ``published-on``, or when it was superseded on or before
    the decision day (``superseded-on``). A warning: the registry may simply be incomplete, and no text
    read says which version a decision must apply (local rules differ on applying the benchmark in force
    at the time of the violation or of the decision, and on lighter new benchmarks).

    Non-compliant: ``benchmark="MR-DISC" benchmark-version="2023"`` on a decision of 2025-04-21, with
    ``<benchmark id="MR-DISC" version="2023" published-on="2023-02-01" superseded-on="2025-01-01"/>``.

    Compliant: ``benchmark-version="2025"`` with ``<benchmark id="MR-DISC" version="2025"
    published-on="2024-12-20"/>``.
    """

    meta = RuleMeta(
        id="PUB-105",
        title="处罚决定适用的裁量基准未登记、未载明公布日期或已被替代",
        system=System.DISCLOSURE,
        case_types=PUN,
        severity=Severity.WARNING,
        legal_basis=(pl(34),),
        remediation="在参照库（bodies.xml）中登记本机关适用的裁量基准及其版本、公布日期和被替代日期；"
        "决定应适用作出时有效且已公布的裁量基准，适用旧版本的，在决定书或审批表中说明理由（如从旧兼从轻）。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        for decision in _benchmark_decisions(ctx):
            owners, benchmark = _benchmark_applied(ctx, decision)
            label = _benchmark_label(decision, benchmark)
            if benchmark is None:
                yield Hit(f"{describe(decision)}适用{label}，但参照库中 {'、'.join(owners)} 未登记该裁量基准"
                          f"{'的这一版本' if decision.benchmark_version else ''}，无法核对其公布情况。", step=decision.id)
            elif benchmark.published_on is None:
                yield Hit(f"{describe(decision)}适用{label}，参照库未载明该基准向社会公布的日期。", step=decision.id)
            elif benchmark.superseded_on is not None and benchmark.superseded_on <= decision.day:
                yield Hit(f"{describe(decision)}适用{label}，该版本已于 {benchmark.superseded_on.isoformat()} "
                          "被替代，决定作出时已不再适用。", step=decision.id)


RULES: tuple[type[Rule], ...] = (
    DecisionDisclosed, DisclosureWithdrawn, InspectionResultDisclosed, PublicationPeriodKept, NonDisclosureGroundedAndFiled,
    EntrustedPartyEntersResults, MarketRegulationPublication, BenchmarkPublished, BenchmarkKnownAndCurrent,
)
