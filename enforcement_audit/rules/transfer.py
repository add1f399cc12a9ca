"""Rules: 涉嫌犯罪案件移送 (transfer of suspected crimes to the judicial organs, catalogue §8 XFER).

Sources: 行政处罚法 Art 27, 57(1)(4), 82 (2021; Art 7(2), 22, 38(1)(4), 61 before 2021-07-15);
行政强制法 Art 21; 行政执法机关移送涉嫌犯罪案件的规定 (国务院令第310号, 2020 revision) Art 3, 4, 5, 6, 11.

Format 1.1 steps read here: ``transfer_report`` (移送涉嫌犯罪案件的书面报告, its ``<officer>`` children
are the 专案组), ``transfer_decision`` (负责人批准或者不批准移送的决定, ``approved-by`` = the head who
decided, ``outcome`` omitted / ``passed`` / ``transfer`` = 批准移送, any other outcome = 不批准, with the
reasons in ``note``) and ``transfer`` (移送公安机关, ``date`` or ``start``).

XFER-003 reads the kinds of the documents recorded on the ``transfer`` step (the vocabulary of
:data:`PACKAGE_KINDS`, format 1.2 documentation). XFER-004 reads the 1.2 dates on the ``transfer`` step
(``police-filed-on``, ``handed-over-on``, ``police-refused-on``, ``reconsideration-on``). Not checked (no
data in the format): XFER-005 (effects of earlier decisions after the transfer).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from ..engine import Confidence, Context, Hit, LegalBasis, Rule, RuleMeta, Severity, System, cn_number
from ..models import CaseStatus, CaseType, Dossier, ReviewOutcome, Role, Step, StepKind
from ._common import (
    PENALTY_LABELS,
    TRANSFER_RULES_LAW,
    alert_text,
    by_case_type,
    cl,
    describe,
    not_after,
    old_pl,
    pl,
    steps_in_time_order,
)


def xl(article: int, paragraph: int | None = None, item: int | None = None) -> LegalBasis:
    """A citation of 行政执法机关移送涉嫌犯罪案件的规定 (2020 revision)."""
    return LegalBasis(TRANSFER_RULES_LAW, article, paragraph, item)


#: Case types whose dossiers can carry a suspected crime (the punishment case, or a coercive-measure
#: case whose seized goods go along with the transfer, 行政强制法 Art 21).
XFER_CASES = frozenset({CaseType.PUNISHMENT, CaseType.COERCIVE_MEASURE})

#: 移送规定 Art 5 para 2: the head decides within 3 days of receiving the report ("3日": see XFER-101).
DECISION_DAYS = 3
#: 移送规定 Art 5 para 2: an approved transfer reaches 公安 within 24 hours.
TRANSFER_HOURS = 24

#: 移送规定 Art 6: the materials attached to a transfer, by item, with the document kinds that stand for
#: each (format 1.2 vocabulary; ``investigation_report`` and ``seizure_inventory`` are accepted as the
#: case's own 调查终结报告 and 查封（扣押）清单 attached to the transfer).
PACKAGE_KINDS: dict[int, tuple[str, frozenset[str]]] = {
    1: ("涉嫌犯罪案件移送书", frozenset({"transfer_letter"})),
    2: ("涉嫌犯罪案件情况的调查报告", frozenset({"crime_investigation_report", "investigation_report"})),
    3: ("涉案物品清单", frozenset({"item_list", "seizure_inventory"})),
    4: ("检验报告或者鉴定结论", frozenset({"test_report", "appraisal_opinion"})),
}
#: 移送规定 Art 12: items and materials handed over within 3 days of the 立案通知书; Art 9 para 1: a request for
#: reconsideration within 3 days of the 不予立案通知书 ("3日": read as working days, the lenient reading).
HANDOVER_DAYS = 3
RECONSIDERATION_DAYS = 3

#: Steps that take hold of items (涉案物品): then an item list is due (Art 4 para 2, Art 6 item 3).
_ITEM_STEPS = (StepKind.SEAL_UP, StepKind.SEIZURE, StepKind.EVIDENCE_PRESERVATION)

_APPROVING = frozenset({None, ReviewOutcome.PASSED, ReviewOutcome.TRANSFER})
_ENFORCEMENT_ROLES = frozenset({Role.LEAD, Role.ASSISTING})


def approves(decision: Step) -> bool:
    """A ``transfer_decision`` approves the transfer unless its outcome says otherwise."""
    return decision.outcome in _APPROVING


def _report_for(ctx: Context, decision: Step) -> Step | None:
    """The latest transfer report on or before the decision day."""
    found = [r for r in steps_in_time_order(ctx, StepKind.TRANSFER_REPORT) if r.day <= decision.day]
    return found[-1] if found else None


def _decision_for(ctx: Context, report: Step) -> Step | None:
    """The first transfer decision on or after the report day."""
    for d in steps_in_time_order(ctx, StepKind.TRANSFER_DECISION):
        if d.day >= report.day:
            return d
    return None


def _transfer_after(ctx: Context, decision: Step) -> Step | None:
    """The first transfer at or after the decision (by time when both have one, else by day)."""
    for t in steps_in_time_order(ctx, StepKind.TRANSFER):
        if not_after(decision, t):
            return t
    return None


def _penalties(step: Step) -> str:
    parts: list[str] = []
    for p in step.penalties:
        label = PENALTY_LABELS[p.kind]
        parts.append(f"{label} {p.amount} 元" if p.amount is not None else label)
    return "、".join(parts)


def _trigger(dossier: Dossier) -> str | None:
    """Why the case is one that must be transferred, for messages; None when it is not."""
    if dossier.case.flags.crime_suspected:
        return "案件标记为涉嫌犯罪（crime-suspected）"
    approving = [d for d in dossier.steps_of(StepKind.TRANSFER_DECISION) if approves(d)]
    if approving:
        return f"负责人已批准移送（{describe(approving[0])}）"
    return None


# ---------------------------------------------------------------- rules


class SuspectedCrimeTransferred(Rule):
    """A case in which a crime is suspected is transferred to the judicial organs; a penalty does not replace it.

    Requirement: where the violation is suspected to be a crime, the organ transfers the case to the
    judicial organs (行政处罚法 Art 27 para 1, Art 57 para 1 item 4; before 2021-07-15 Art 22 and
    Art 38 para 1 item 4 of the 2017 text) and must not impose an administrative penalty instead of the
    transfer (行政处罚法 Art 82; 移送规定 Art 11 para 1). Seized goods go with the case (行政强制法 Art 21).
    A case must be transferred when the flag ``crime-suspected`` is set or the head approved a transfer
    (an approving ``transfer_decision``). A closed case without a ``transfer`` step is a finding: on the
    first decision that imposes penalties (以罚代移) when there is one, else on the case. Penalties decided
    *before* a transfer are lawful (移送规定 Art 11 paras 2–3), so only the missing transfer counts. Open
    cases give no finding here: the law says "及时" without a number; the deadlines of the transfer
    procedure (3 days, 24 hours) are XFER-002's, with alerts. A head's recorded refusal to transfer
    (``transfer_decision`` with an outcome other than ``passed``/``transfer``) ends the duty here: the
    reasons are XFER-002's, whether the refusal was right is a human judgement (manual item 12).

    Non-compliant: ``<flags crime-suspected="true"/>``, status ``closed``, ``<step id="S10"
    kind="decision"><penalty kind="fine" amount="8000"/></step>`` and no ``transfer`` step.

    Compliant: the same case with ``<step kind="transfer_report">``, ``<step kind="transfer_decision"
    approved-by="O9"/>`` and ``<step kind="transfer" date="2025-04-23"/>``.
    """

    meta = RuleMeta(
        id="XFER-001",
        title="涉嫌犯罪案件未移送司法机关（以罚代移）",
        system=System.PROCEDURE,
        case_types=XFER_CASES,
        severity=Severity.ERROR,
        legal_basis=by_case_type(
            XFER_CASES,
            common=(xl(3, 1), xl(11, 1)),
            punishment=(pl(27, 1), pl(57, 1, 4), pl(82), old_pl(7, 2), old_pl(22), old_pl(38, 1, 4), old_pl(61)),
            coercion=(cl(21),),
        ),
        remediation="对涉嫌犯罪的案件，依照《行政执法机关移送涉嫌犯罪案件的规定》第五条、第六条办理移送："
        "指定2名以上执法人员组成专案组提出书面移送报告，报本机关正职负责人或者主持工作的负责人审批，批准后24小时内"
        "连同移送书、调查报告、涉案物品清单、检验鉴定结论等材料移送同级公安机关，查封、扣押的财物一并移送并书面告知当事人；"
        "不得以行政处罚代替移送。经审查不涉嫌犯罪的，撤销涉嫌犯罪标记并在案卷中说明理由；负责人决定不予移送的，将理由记录在案。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        dossier = ctx.dossier
        if dossier.case.status is not CaseStatus.CLOSED:
            return
        trigger = _trigger(dossier)
        if trigger is None or dossier.first(StepKind.TRANSFER) is not None:
            return
        decisions = steps_in_time_order(ctx, StepKind.TRANSFER_DECISION)
        if decisions and not approves(decisions[-1]):
            return  # the head refused (reasons: XFER-002; merits: manual review)
        penalised = [d for d in steps_in_time_order(ctx, StepKind.DECISION) if d.penalties]
        if penalised:
            decision = penalised[0]
            yield Hit(f"{trigger}，{describe(decision)}给予了行政处罚（{_penalties(decision)}），"
                      "案件已结案但案卷中无移送司法机关的记录：不得以行政处罚代替移送。", step=decision.id)
        else:
            yield Hit(f"{trigger}，案件已结案但案卷中无移送司法机关（公安机关）的记录。")


class TransferProcedure(Rule):
    """The transfer follows 移送规定 Art 5: report by ≥ 2 officers, head's decision in 3 days, transfer in 24 hours.

    Requirement (行政执法机关移送涉嫌犯罪案件的规定 Art 5): two or more enforcement officers form a team
    and write the transfer report; the organ's head (正职负责人 or the person in charge of its work)
    decides within 3 days of receiving the report whether to approve the transfer; an approved case is
    transferred to 公安 within 24 hours; a refusal records its reasons. Checked, per step:

    - each ``transfer_report`` lists at least 2 officers with role ``lead``/``assisting``;
    - each report has a ``transfer_decision`` on or after its day, at the latest on the 3rd day counted in
      *working days* (the most lenient reading of "3日"; a decision later than that is late under any
      reading; the stricter calendar-day reading is XFER-101). No decision: closed case → finding; open
      case → alert on that deadline. The report's day stands for the day the head received it;
    - each ``transfer_decision`` has ``approved-by`` naming an officer with role ``agency_head`` (the
      format cannot tell 正职 from deputy heads), follows a report, and, if it refuses, has a ``note``;
    - each approving decision is followed by a ``transfer`` within 24 hours: by the times when both steps
      have ``start``, else on the same or the next calendar day (hours run from the act, no holiday
      extension: catalogue GEN-TIME-004). No transfer: open case → alert on the next day; closed case →
      XFER-001;
    - each ``transfer`` follows an approving decision.

    Non-compliant: ``<step id="S20" kind="transfer_report" date="2025-04-18"><officer ref="O1"/></step>``
    (one officer), ``<step id="S21" kind="transfer_decision" date="2025-04-25" approved-by="O9"/>`` (after
    2025-04-23, the 3rd working day), ``<step id="S22" kind="transfer" date="2025-04-28"/>``.

    Compliant: the report signed by O1 and O2 on 2025-04-18, decided by O9 (agency_head) on 2025-04-21,
    transferred on 2025-04-22.
    """

    meta = RuleMeta(
        id="XFER-002",
        title="涉嫌犯罪案件移送程序不符合规定",
        system=System.PROCEDURE,
        case_types=XFER_CASES,
        severity=Severity.ERROR,
        legal_basis=(xl(5, 1), xl(5, 2)),
        remediation="依照《行政执法机关移送涉嫌犯罪案件的规定》第五条：由2名以上行政执法人员组成专案组核实情况后提出书面移送报告；"
        "本机关正职负责人或者主持工作的负责人自接到报告之日起3日内作出批准或者不批准移送的决定；批准的，24小时内向同级公安机关移送；"
        "不批准的，将不予批准的理由记录在案。案卷中补齐报告、审批决定和移送记录（移送书回执）并如实记载日期和时间。",
        parameters=("alert_window",),
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        dossier = ctx.dossier
        closed = dossier.case.status is CaseStatus.CLOSED
        officers = dossier.officer_by_id
        for report in steps_in_time_order(ctx, StepKind.TRANSFER_REPORT):
            team = [o for o in dict.fromkeys(report.officers)
                    if o in officers and officers[o].role in _ENFORCEMENT_ROLES]
            if len(team) < 2:
                named = "、".join(team) if team else "无"
                yield Hit(f"{describe(report)}应由2名以上行政执法人员组成专案组提出，"
                          f"记载的执法人员为 {len(team)} 名（{named}）。", step=report.id)
            deadline = ctx.working_day_deadline(report.day, DECISION_DAYS)
            head = (f"{describe(report)}后，负责人应自接到报告之日起3日内作出是否批准移送的决定"
                    f"（按工作日计算至 {deadline.isoformat()}）")
            decision = _decision_for(ctx, report)
            if decision is None:
                if closed:
                    yield Hit(f"{head}，案件已结案但案卷中无负责人是否批准移送的决定。", step=report.id)
                else:
                    alert = ctx.alert_for(deadline)
                    if alert is not None:
                        yield Hit(f"{head}，截至 {ctx.as_of.isoformat()} 案卷中无该决定"
                                  f"{alert_text(ctx, alert, deadline)}。", step=report.id, alert=alert)
            elif decision.day > deadline:
                yield Hit(f"{head}，实际于 {decision.day.isoformat()} 作出（{decision.id}），即使按工作日计算也已逾期 "
                          f"{ctx.calendar.working_days_between(deadline, decision.day)} 个工作日。", step=decision.id)
        for decision in steps_in_time_order(ctx, StepKind.TRANSFER_DECISION):
            yield from self._decision(ctx, decision, closed)
        for transfer in steps_in_time_order(ctx, StepKind.TRANSFER):
            earlier = [d for d in steps_in_time_order(ctx, StepKind.TRANSFER_DECISION)
                       if approves(d) and not_after(d, transfer)]
            if not earlier:
                no_report = "" if dossier.first(StepKind.TRANSFER_REPORT) is not None else "，案卷中也无移送报告"
                yield Hit(f"{describe(transfer)}前案卷中无负责人批准移送的决定{no_report}：移送应经本机关正职负责人"
                          "或者主持工作的负责人批准。", step=transfer.id)

    def _decision(self, ctx: Context, decision: Step, closed: bool) -> Iterator[Hit]:
        officers = ctx.dossier.officer_by_id
        what = describe(decision)
        if decision.approved_by is None:
            yield Hit(f"{what}未记载作出决定的负责人（approved-by）。", step=decision.id)
        else:
            approver = officers.get(decision.approved_by)
            if approver is None or approver.role is not Role.AGENCY_HEAD:
                who = f"{approver.name}（{approver.id}）" if approver is not None else decision.approved_by
                yield Hit(f"{what}由 {who} 作出，其不是行政机关负责人（角色应为 agency_head）：是否移送应由本机关"
                          "正职负责人或者主持工作的负责人决定。", step=decision.id)
        if _report_for(ctx, decision) is None:
            yield Hit(f"{what}之前案卷中无专案组提出的移送涉嫌犯罪案件书面报告。", step=decision.id)
        if not approves(decision):
            if not (decision.note and decision.note.strip()):
                yield Hit(f"{what}不批准移送，但未记录不予批准的理由（note）。", step=decision.id)
            return
        transfer = _transfer_after(ctx, decision)
        limit = decision.day + dt.timedelta(days=1)
        if transfer is None:
            if not closed:
                alert = ctx.alert_for(limit)
                if alert is not None:
                    yield Hit(f"{what}批准移送，应在24小时内（最迟 {limit.isoformat()}）向公安机关移送，截至 "
                              f"{ctx.as_of.isoformat()} 案卷中无移送记录{alert_text(ctx, alert, limit)}。",
                              step=decision.id, alert=alert)
            return
        if decision.start is not None and transfer.start is not None:
            hours = (transfer.start - decision.start).total_seconds() / 3600
            if hours > TRANSFER_HOURS:
                yield Hit(f"{what}于 {decision.start:%Y-%m-%d %H:%M} 批准移送，{transfer.id} 移送于 "
                          f"{transfer.start:%Y-%m-%d %H:%M}，相隔 {hours:.1f} 小时，超过24小时。", step=transfer.id)
        elif transfer.day > limit:
            yield Hit(f"{what}批准移送，应在24小时内（未记载具体时间，按次日 {limit.isoformat()} 计）向公安机关移送，"
                      f"实际于 {transfer.day.isoformat()} 移送（{transfer.id}）。", step=transfer.id)


class TransferDecisionCalendarDays(Rule):
    """The head's transfer decision within 3 *calendar* days of the report (the stricter reading).

    Requirement: 移送规定 Art 5 para 2 says the head decides "自接到报告之日起3日内". The regulation has no
    working-day clause (行政处罚法 Art 85 speaks of "本法中" periods only), so its "3日" most likely means
    calendar days (start day not counted; a last day on a rest day or holiday moves to the next working
    day, catalogue GEN-TIME-003); whether it means working days is unconfirmed (catalogue: U). XFER-002
    judges the lenient working-day reading (error); this rule warns where the decision is late only under
    the calendar-day reading. Open cases: a red alert (reported as a warning) while the calendar-day
    deadline has passed but the working-day one has not; after that XFER-002 takes over.

    Non-compliant: report ``date="2025-03-07"`` (Friday), decision ``date="2025-03-11"`` (calendar-day
    deadline Monday 03-10; working-day deadline 03-12).

    Compliant: the decision on 2025-03-10.
    """

    meta = RuleMeta(
        id="XFER-101",
        title="负责人未在接到移送报告之日起3日（按自然日计）内作出是否移送的决定",
        system=System.PROCEDURE,
        case_types=XFER_CASES,
        severity=Severity.WARNING,
        legal_basis=(xl(5, 2),),
        remediation="负责人应自接到移送报告之日起3日内作出是否批准移送的决定；该“3日”是否按工作日计算尚无明确依据，"
        "稳妥起见按自然日掌握（末日为节假日的顺延至节假日后第一个工作日）；逾期的，在案卷中说明原因。",
        confidence=Confidence.UNCONFIRMED,
        parameters=("alert_window",),
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        closed = ctx.dossier.case.status is CaseStatus.CLOSED
        for report in steps_in_time_order(ctx, StepKind.TRANSFER_REPORT):
            strict = ctx.calendar_day_deadline(report.day, DECISION_DAYS)
            lenient = ctx.working_day_deadline(report.day, DECISION_DAYS)
            head = (f"{describe(report)}后，负责人应自接到报告之日起3日内作出是否批准移送的决定"
                    f"（按自然日计算至 {strict.isoformat()}；按工作日计算至 {lenient.isoformat()}）")
            decision = _decision_for(ctx, report)
            if decision is not None:
                if strict < decision.day <= lenient:
                    yield Hit(f"{head}，实际于 {decision.day.isoformat()} 作出（{decision.id}），按自然日计算已逾期 "
                              f"{(decision.day - strict).days} 日。", step=decision.id)
            elif not closed and strict < ctx.as_of <= lenient:
                alert = ctx.alert_for(strict)
                if alert is not None:
                    yield Hit(f"{head}，截至 {ctx.as_of.isoformat()} 案卷中无该决定{alert_text(ctx, alert, strict)}"
                              "（按自然日计算）。", step=report.id, alert=alert)


def _due_items(dossier: Dossier) -> list[int]:
    """The items of Art 6 this dossier's transfer must carry: always (1) and (2); (3) when items were
    seized, sealed up or preserved; (4) when the dossier holds a test or appraisal report or a measure
    excluded a testing period."""
    due = [1, 2]
    if dossier.measures or any(True for _ in dossier.steps_of(*_ITEM_STEPS)):
        due.append(3)
    kinds = {d.kind for d in dossier.documents}
    if kinds & PACKAGE_KINDS[4][1] or any(m.excluded_periods for m in dossier.measures):
        due.append(4)
    return due


class TransferPackageComplete(Rule):
    """A transfer to 公安 carries the materials of 移送规定 Art 6.

    Requirement: 行政执法机关移送涉嫌犯罪案件的规定 Art 6: a transfer is accompanied by (1) the
    涉嫌犯罪案件移送书, (2) the 涉嫌犯罪案件情况的调查报告, (3) the 涉案物品清单, (4) the relevant
    检验报告 or 鉴定结论, and (5) other materials on the suspected crime; Art 4 para 2: items seized are
    listed truthfully, and items needing testing are tested by a statutory institution that issues a
    report. Judged on every ``transfer`` step, from the kinds of the documents it records
    (``<record document>``): ``transfer_letter`` for (1); ``crime_investigation_report`` or
    ``investigation_report`` for (2); ``item_list`` or ``seizure_inventory`` for (3), due when the
    dossier has a measure or a ``seal_up``, ``seizure`` or ``evidence_preservation`` step; ``test_report``
    or ``appraisal_opinion`` for (4), due when the dossier holds such a document or a measure has an
    excluded testing period. Item (5) is open-ended and not judged. A warning: the document kinds are
    free words before format 1.2, so an older dossier may name the same papers otherwise.

    Non-compliant: ``<step id="S22" kind="transfer" date="2025-04-22"><record document="D20"/></step>``
    with ``<document id="D20" kind="transfer_letter"/>`` only (no investigation report).

    Compliant: the same step also recording ``<document id="D21" kind="crime_investigation_report"/>``
    (and, in a case with a seizure, ``<document id="D22" kind="item_list"/>``).
    """

    meta = RuleMeta(
        id="XFER-003",
        title="移送涉嫌犯罪案件的材料不全",
        system=System.PROCEDURE,
        case_types=XFER_CASES,
        severity=Severity.WARNING,
        legal_basis=(xl(6), xl(4, 2)),
        remediation="依照《行政执法机关移送涉嫌犯罪案件的规定》第六条，移送时附涉嫌犯罪案件移送书、涉嫌犯罪案件情况的调查报告、"
        "涉案物品清单、有关检验报告或者鉴定结论及其他有关涉嫌犯罪的材料；已随案移送而案卷未记录的，将移送材料清单和公安机关"
        "签收的移送书回执归入案卷，并在移送环节记录各份文书。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        dossier = ctx.dossier
        transfers = steps_in_time_order(ctx, StepKind.TRANSFER)
        if not transfers:
            return
        due = _due_items(dossier)
        documents = dossier.document_by_id
        for transfer in transfers:
            kinds = {documents[r.document].kind for r in transfer.records
                     if r.document is not None and r.document in documents}
            missing = [f"（{cn_number(n)}）{PACKAGE_KINDS[n][0]}" for n in due if not kinds & PACKAGE_KINDS[n][1]]
            if missing:
                recorded = "未记录任何文书" if not kinds else f"记录的文书为 {'、'.join(sorted(kinds))}"
                yield Hit(f"{describe(transfer)}{recorded}，缺少移送规定第六条要求附送的：{'；'.join(missing)}。",
                          step=transfer.id)


class HandoverAfterPoliceFiling(Rule):
    """After 公安 opens the case the items go over within 3 days; a refusal is challenged within 3 days.

    Requirement: 行政执法机关移送涉嫌犯罪案件的规定 Art 12: 「行政执法机关对公安机关决定立案的案件，应当自接到立案
    通知书之日起3日内将涉案物品以及与案件有关的其他材料移交公安机关，并办结交接手续；法律、行政法规另有规定的，
    依照其规定。」 Art 9 para 1: 「行政执法机关接到公安机关不予立案的通知书后，认为依法应当由公安机关决定立案的，可以
    自接到不予立案通知书之日起3日内，提请作出不予立案决定的公安机关复议…」 Judged in dossiers in format 1.2 or
    later, on every ``transfer`` step, from its 1.2 dates: (1) with ``police-filed-on`` (立案通知书 received),
    ``handed-over-on`` (交接手续办结) must be at the latest on the 3rd day after it; a closed case without
    ``handed-over-on`` is a finding, an open case gets a deadline alert; a hand-over on or before the filing
    (items sent with the transfer) is in time; (2) with ``police-refused-on`` (不予立案通知书 received) and
    ``reconsideration-on``, the request must be at the latest on the 3rd day after the refusal (asking for
    reconsideration is the organ's option: none recorded is no finding). The regulation has no working-day
    clause; as in XFER-002 the 3 days are counted in working days (the lenient reading), so every finding is
    late under the calendar-day reading too. A longer period under another law or administrative
    regulation (Art 12, 另有规定) is not recorded.

    Non-compliant: a 1.2 dossier with ``<step id="S22" kind="transfer" date="2025-06-05"
    police-filed-on="2025-06-09" handed-over-on="2025-06-16"/>`` (3 working days end on 2025-06-12).

    Compliant: ``handed-over-on="2025-06-12"``; or ``police-refused-on="2025-06-09"
    reconsideration-on="2025-06-12"``.
    """

    meta = RuleMeta(
        id="XFER-004",
        title="公安机关立案后未在3日内移交涉案物品和材料，或者逾期提请复议",
        system=System.PROCEDURE,
        case_types=XFER_CASES,
        severity=Severity.ERROR,
        legal_basis=(xl(12), xl(9, 1)),
        remediation="接到公安机关立案通知书之日起3日内将涉案物品以及与案件有关的其他材料移交公安机关并办结交接手续；"
        "对不予立案决定有异议的，自接到不予立案通知书之日起3日内提请复议，或者建议人民检察院依法进行立案监督。"
        "在案卷中保存立案（不予立案）通知书、交接清单和提请复议文书，并如实记载各日期。",
        parameters=("alert_window",),
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        dossier = ctx.dossier
        if not dossier.at_least("1.2"):
            return
        closed = dossier.case.status is CaseStatus.CLOSED
        for transfer in steps_in_time_order(ctx, StepKind.TRANSFER):
            filed = transfer.police_filed_on
            if filed is not None:
                deadline = ctx.working_day_deadline(filed, HANDOVER_DAYS)
                head = (f"{describe(transfer)}：公安机关立案通知书于 {filed.isoformat()} 接到，涉案物品和有关材料应在3日内"
                        f"（按工作日计算至 {deadline.isoformat()}）移交")
                handed = transfer.handed_over_on
                if handed is not None and handed > deadline:
                    yield Hit(f"{head}，实际于 {handed.isoformat()} 移交，逾期 "
                              f"{ctx.calendar.working_days_between(deadline, handed)} 个工作日。", step=transfer.id)
                elif handed is None and closed:
                    yield Hit(f"{head}，案件已结案但案卷未记录移交日期（handed-over-on）。", step=transfer.id)
                elif handed is None:
                    alert = ctx.alert_for(deadline)
                    if alert is not None:
                        yield Hit(f"{head}，截至 {ctx.as_of.isoformat()} 案卷未记录移交{alert_text(ctx, alert, deadline)}。",
                                  step=transfer.id, alert=alert)
            refused, asked = transfer.police_refused_on, transfer.reconsideration_on
            if refused is not None and asked is not None:
                deadline = ctx.working_day_deadline(refused, RECONSIDERATION_DAYS)
                if asked > deadline:
                    yield Hit(f"{describe(transfer)}：不予立案通知书于 {refused.isoformat()} 接到，提请复议应在3日内"
                              f"（按工作日计算至 {deadline.isoformat()}），实际于 {asked.isoformat()} 提请。",
                              step=transfer.id)


RULES: tuple[type[Rule], ...] = (
    SuspectedCrimeTransferred,
    TransferProcedure,
    TransferPackageComplete,
    HandoverAfterPoliceFiling,
    TransferDecisionCalendarDays,
)
