"""Rules: 行政检查 (inspections of enterprises)."""

from __future__ import annotations

from collections.abc import Iterator

from ..engine import Confidence, Context, Hit, LegalBasis, Rule, RuleMeta, Severity, System
from ..models import CapExemption, CaseStatus, Dossier, InspectionMode, InspectionResult, Step, StepKind
from ._common import (
    BUSINESS_ENVIRONMENT_54,
    INS,
    INSPECTION_OPINION,
    analogy,
    cl,
    describe,
    pl,
)
from .subject import outside_territory

#: 司法部办公厅 2025 document templates (审批—通知—实施—记录—反馈), catalogue §7 [W16, W37].
INSPECTION_TEMPLATES = LegalBasis("行政检查文书基本格式文本（试行）", note="司法部办公厅2025年印发")
#: 司法部办公厅 answers on 54号 (2025-04-18), catalogue §7 [W14, W15] (read only through secondary pages).
INSPECTION_ANSWERS = LegalBasis("〈国务院办公厅关于严格规范涉企行政检查的意见〉有关问题解答", note="司法部2025年4月印发")


def _judged(dossier: Dossier) -> bool:
    """A record made before or at the inspection is due: the case is closed, or its first inspection took place."""
    return dossier.case.status is CaseStatus.CLOSED or dossier.first(StepKind.INSPECTION) is not None


def _blank(value: str | None) -> bool:
    return value is None or not value.strip()


class InspectionApprovedBeforehand(Rule):
    """An inspection case has the head's approval on or before the day of its first inspection.

    Requirement: every inspection (routine, case-specific or special, including those prompted by
    complaints or referrals) is approved by the organ's head before it starts; in an emergency it is reported
    and approved afterwards (catalogue INS-003: 司法部 answers on 国办发〔2024〕54号, read only through
    secondary pages: C3, hence a warning; the 司法部 templates include a 行政检查审批表). The dossier has an
    ``approval`` step whose ``approved-on`` (else its date) is on or before the day of the first
    ``inspection`` step, or an inspection step records ``approved-by`` with ``approved-on`` on or before that
    day. When the first inspection records ``emergency-reason``, an approval made afterwards is accepted
    (no deadline for it is known).

    Non-compliant: ``<step id="S01" kind="approval" date="2025-05-09"/>`` and the first
    ``<step id="S02" kind="inspection" start="2025-05-08T09:00:00"/>``; or no approval at all.

    Compliant: the approval dated 2025-05-08 (the inspection day) or earlier; or approved on 2025-05-09
    with ``emergency-reason="群众举报现场存在重大安全隐患"`` on S02.
    """

    meta = RuleMeta(
        id="INS-003",
        title="行政检查未经负责人事前审批",
        system=System.PROCEDURE,
        case_types=INS,
        severity=Severity.WARNING,
        legal_basis=(INSPECTION_ANSWERS, INSPECTION_OPINION, INSPECTION_TEMPLATES),
        remediation="实施行政检查前应填写行政检查审批表，经行政机关负责人批准；情况紧急先行检查的，应及时报告并补办审批手续，"
        "在案卷中载明紧急情况。已审批而案卷缺少审批表或未记录批准人、批准日期的，予以补入。",
        confidence=Confidence.UNCONFIRMED,
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        dossier = ctx.dossier
        first = dossier.first(StepKind.INSPECTION)
        if first is None:
            return
        approvals = [(a.approved_on or a.day, a) for a in dossier.steps_of(StepKind.APPROVAL)]
        own = [(s.approved_on, s) for s in dossier.steps_of(StepKind.INSPECTION) if s.approved_by and s.approved_on]
        days = [day for day, _ in approvals] + [day for day, _ in own if day is not None]
        if any(day <= first.day for day in days):
            return
        if first.emergency_reason and days:
            return  # emergency: approved afterwards
        if approvals:
            day, step = min(approvals, key=lambda pair: pair[0])
            what = f"审批环节 {describe(step)}的批准日 {day.isoformat()} 晚于首次检查日 {first.day.isoformat()}"
        elif own:
            day = min(d for d, _ in own if d is not None)
            what = f"检查环节记录的批准日 {day.isoformat()} 晚于首次检查日 {first.day.isoformat()}"
        elif first.approved_by:
            what = f"检查环节记录了批准人 {first.approved_by} 但没有批准日期，无法确认检查前已经批准"
        else:
            what = "案卷中没有审批环节，检查环节也未记录批准人和批准日期"
        if first.emergency_reason:
            what += "；虽注明紧急情况，但没有事后补办审批的记录"
        yield Hit(f"首次检查 {describe(first)}未经负责人事前审批：{what}。", step=first.id)


class RandomSelectionRecorded(Rule):
    """A random (双随机) inspection records the draw that selected the enterprise and the inspectors.

    Requirement: market-regulation inspections are carried out by drawing the inspected objects and the
    inspecting officers at random (双随机、一公开; 优化营商环境条例 Art 54, catalogue INS-005, C1; sectors
    under full-coverage focused supervision are excepted, which the dossier shows as mode ``focused``). The
    duty to keep the draw record itself comes from the 市场监管总局 2019 notice (C3, not cited); a dossier
    that declares a random inspection but cites no draw cannot show that the draw took place, hence a
    warning. Judged: ``<inspection mode="random">`` without a ``random-selection`` reference (blank counts as
    missing), in a closed case or an open one whose first inspection has taken place. Other modes and a
    missing mode (format 1.0) are not judged.

    Non-compliant: ``<inspection mode="random" result="compliant"/>`` (no ``random-selection``).

    Compliant: ``<inspection mode="random" random-selection="双随机抽取记录2025-05-06-17" result="compliant"/>``;
    or ``mode="case_triggered"`` (a complaint) with no draw.
    """

    meta = RuleMeta(
        id="INS-005",
        title="双随机抽查未记录随机抽取情况",
        system=System.PROCEDURE,
        case_types=INS,
        severity=Severity.WARNING,
        legal_basis=(BUSINESS_ENVIRONMENT_54,),
        remediation="双随机抽查应从检查对象名录库和执法检查人员名录库中随机抽取检查对象和检查人员，"
        "将抽取记录（抽查任务编号、抽取时间、抽取结果）归入案卷并在 random-selection 中载明；"
        "实际并非随机抽取的，如实更正检查方式（重点检查、个案检查等）。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        dossier = ctx.dossier
        info = dossier.inspection
        if info is None or info.mode is not InspectionMode.RANDOM or not _judged(dossier):
            return
        if _blank(info.random_selection):
            first = dossier.first(StepKind.INSPECTION)
            when = f"，首次检查为 {describe(first)}" if first is not None else ""
            yield Hit(f"检查方式为双随机抽查（mode=random）{when}，但案卷未载明随机抽取记录（random-selection），"
                      "无法核实检查对象和检查人员系随机抽取。", step=first.id if first is not None else None)


class InspectionPlanBeforehand(Rule):
    """A random (双随机) inspection follows a plan approved and published before it.

    Requirement: the annual random-inspection plan (and any 专项 plan) is made, approved or filed, and
    published before inspections are carried out under it (catalogue INS-004: 国办发〔2024〕54号 and the
    司法部 answers, read only through secondary pages, and local rules such as 四平 and 肇庆: C3, hence a
    warning; 优化营商环境条例 Art 54 para 1 requires 双随机、一公开 in market regulation but says nothing
    on the plan). Judged for a random inspection (``<inspection mode="random">``, or a 1.0 dossier
    with ``random-selection`` and no ``mode``) against the day of its first ``inspection`` step: the
    plan's ``plan-approved-on`` or ``plan-published-on`` (format 1.2) after that day is a finding.
    Dates not recorded are not judged, nor is a missing plan (only some local rules bar inspections
    without one).

    Non-compliant: ``<inspection plan="城西市监〔2025〕抽查计划第3号" plan-approved-on="2025-04-28"
    plan-published-on="2025-05-09" random-selection="…" result="compliant"/>`` with the first
    ``<step id="S02" kind="inspection" start="2025-05-08T09:00:00"/>``.

    Compliant: the same plan published on 2025-05-08 or earlier.
    """

    meta = RuleMeta(
        id="INS-004",
        title="抽查计划在检查之后才批准或公布",
        system=System.PROCEDURE,
        case_types=INS,
        severity=Severity.WARNING,
        legal_basis=(INSPECTION_OPINION, INSPECTION_ANSWERS, BUSINESS_ENVIRONMENT_54),
        remediation="双随机抽查应依据事先制定、经批准并向社会公布的抽查工作计划实施；计划批准或公布日期晚于检查的，"
        "核实是否另有在先的计划并将其归入案卷，或如实记录并说明原因；今后先批准、公布计划再组织抽查。",
        confidence=Confidence.UNCONFIRMED,
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        dossier = ctx.dossier
        info = dossier.inspection
        if info is None:
            return
        random = info.mode is InspectionMode.RANDOM or (info.mode is None and not _blank(info.random_selection))
        first = dossier.first(StepKind.INSPECTION)
        if not random or first is None:
            return
        late = [
            f"{what}于 {day.isoformat()}"
            for what, day in (("批准", info.plan_approved_on), ("公布", info.plan_published_on))
            if day is not None and day > first.day
        ]
        if late:
            plan = f"抽查计划（{info.plan}）" if not _blank(info.plan) else "抽查计划"
            yield Hit(f"{describe(first)}为双随机抽查，但{plan}{'、'.join(late)}，晚于检查日。", step=first.id)


#: What an inspection notice tells the enterprise (INS-010), in the order of the messages.
NOTICE_ITEMS: dict[str, str] = {
    "basis": "检查依据",
    "matters": "检查事项",
    "frequency": "检查频次（计入频次上限的次数）",
    "discipline": "检查纪律",
    "recusal": "申请回避的权利",
}


class InspectionNoticeGiven(Rule):
    """The enterprise is notified of the inspection (检查通知书 or on site), with the prescribed contents.

    Requirement: 「凡检查必通知」: the 行政检查通知书 of the 司法部 templates (行政检查文书基本格式文本（试行）, 2025)
    states the legal basis, the matters, the inspection's count against the frequency cap, the discipline rules
    (「五个严禁」「八个不准」) and the right to request recusal (catalogue INS-010, C2 [W16]; the templates were read
    only through the 司法部 site's commentary and secondary pages, hence a warning, unconfirmed). Judged in
    inspection cases in format 1.2 or later once the first ``inspection`` took place (or the case is closed): an
    ``inspection_notice`` step (1.2) dated on or before the first inspection is expected; on every notice whose
    ``notice-items`` are recorded, each of ``basis``, ``matters``, ``frequency``, ``discipline`` and ``recusal``
    is expected (omitted: not transcribed, not judged). Whether the number of assisting staff was fixed in
    advance, and the wording of each item, are left to a person.

    Non-compliant: a 1.2 inspection case whose first ``<step id="S02" kind="inspection" …>`` has no notice before
    it, or ``<step id="S01b" kind="inspection_notice" date="2025-05-08" notice-items="basis matters"/>``.

    Compliant: ``notice-items="basis matters frequency discipline recusal"`` on a notice dated on or before S02.
    """

    meta = RuleMeta(
        id="INS-010",
        title="行政检查未通知企业或通知内容不全",
        system=System.PROCEDURE,
        case_types=INS,
        severity=Severity.WARNING,
        legal_basis=(INSPECTION_TEMPLATES, INSPECTION_OPINION),
        remediation="实施行政检查前（或到场时）向企业送达行政检查通知书或当场告知，载明检查依据、检查事项、本次检查计入频次的情况、"
        "检查纪律和申请回避的权利，并将通知书或告知记录归入案卷。",
        confidence=Confidence.UNCONFIRMED,
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        dossier = ctx.dossier
        if not dossier.at_least("1.2") or not _judged(dossier):
            return
        first = dossier.first(StepKind.INSPECTION)
        notices = list(dossier.steps_of(StepKind.INSPECTION_NOTICE))
        if first is not None and not any(n.day <= first.day for n in notices):
            yield Hit(f"{describe(first)} 之前（或当日）案卷中没有行政检查通知书或现场告知记录（inspection_notice）。",
                      step=first.id)
        for notice in notices:
            if not notice.notice_items:
                continue
            missing = [label for item, label in NOTICE_ITEMS.items() if item not in notice.notice_items]
            if missing:
                yield Hit(f"{describe(notice)} 未载明：{'、'.join(missing)}。", step=notice.id)


class InspectionRecordSigned(Rule):
    """Every on-site inspection has a written record (现场检查笔录).

    Requirement: 行政处罚法 Art 55 para 2 (applied to a pure inspection by analogy): 「询问或者检查应当制作
    笔录」; the 司法部 现场检查笔录 template (catalogue INS-011). For each ``inspection`` step of an inspection
    case at least one ``record`` names a document of the dossier. Who signs the record (party, witness) is
    INS-111's warning: no national text on inspections says it.

    Non-compliant: an inspection step without a ``<record document="…"/>``.

    Compliant: ``<step id="S02" kind="inspection"><record document="D02"/></step>``.
    """

    meta = RuleMeta(
        id="INS-011",
        title="现场检查没有笔录",
        system=System.RECORDING,
        case_types=INS,
        severity=Severity.ERROR,
        legal_basis=(*analogy(pl(55, 2)), INSPECTION_TEMPLATES),
        remediation="检查现场应制作现场检查笔录并归入案卷；无法补正的，在案卷中说明情况。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        for step in ctx.dossier.steps_of(StepKind.INSPECTION):
            problems = self._record_problems(ctx, step)
            if problems:
                yield Hit(f"{describe(step)}：{'；'.join(problems)}。", step=step.id)

    @staticmethod
    def _record_problems(ctx: Context, step: Step) -> list[str]:
        documents = ctx.dossier.document_by_id
        refs = [r.document for r in step.records if r.document is not None]
        problems = [f"引用的笔录 {ref} 不在案卷文书中" for ref in refs if ref not in documents]
        if not any(ref in documents for ref in refs):
            problems.insert(0, "没有文字记录（现场检查笔录）")
        return problems


class InspectionRecordSignatures(Rule):
    """The inspection record is signed by the party, or a witness, or notes the refusal.

    Requirement: the party signs the record, or, if absent, a witness does, and a refusal to sign is noted
    (the 司法部 现场检查笔录 template; by analogy with 行政强制法 Art 18 items 8–9; sector rules such as
    市场监督管理行政处罚程序规定 Art 28). For each ``inspection`` step: no record document marked
    ``signed="false"``; and ``party-signed="true"``, or the party absent (``party-present="false"``) and
    ``witness-signed="true"``, or the party present and refusing (``party-signed="false"``) with the refusal
    noted (``note``). A warning: no national text on inspections sets it, and an unrecorded flag is a gap
    of the record.

    Non-compliant: ``<step id="S02" kind="inspection" party-present="true" party-signed="false"/>`` without
    ``note``.

    Compliant: ``party-present="true" party-signed="true"``; or ``party-present="false" witness-signed="true"``.
    """

    meta = RuleMeta(
        id="INS-111",
        title="现场检查笔录未由当事人或见证人签名",
        system=System.RECORDING,
        case_types=INS,
        severity=Severity.WARNING,
        legal_basis=(*analogy(cl(18, item=8), cl(18, item=9)), INSPECTION_TEMPLATES),
        remediation="笔录交当事人核对后签名或盖章，当事人拒绝的在笔录中注明，当事人不在场的邀请见证人到场并签名；"
        "无法补正的，在案卷中说明情况。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        documents = ctx.dossier.document_by_id
        for step in ctx.dossier.steps_of(StepKind.INSPECTION):
            unsigned = [f"笔录 {ref} 未签名" for r in step.records if (ref := r.document) is not None
                        and ref in documents and documents[ref].signed is False]
            problems = unsigned + self._signature_problems(step)
            if problems:
                yield Hit(f"{describe(step)}：{'；'.join(problems)}。", step=step.id)

    @staticmethod
    def _signature_problems(step: Step) -> list[str]:
        if step.party_signed:
            return []
        if step.party_present is False:
            return [] if step.witness_signed else ["当事人不在场，笔录没有见证人签名"]
        if step.party_signed is False:
            return [] if step.note else ["当事人未签名，笔录中也未注明拒绝签名的情况"]
        return ["未记录当事人是否在笔录上签名"]


class InspectionResultTold(Rule):
    """A closed inspection case tells the enterprise the result after the last inspection.

    Requirement: after an inspection the result is fed back to the enterprise (检查结果告知;
    catalogue INS-012, resting on 国办发〔2024〕54号 and the 司法部 template set, both read only
    through secondary sources: C3, hence a warning). A closed inspection case has an
    ``inspection_result`` step dated on or after the day of its last ``inspection`` step. An open
    case is not judged (no deadline is known).

    Non-compliant: ``<case status="closed" type="inspection">`` with ``<step kind="inspection"
    date="2025-05-08"/>`` and no ``inspection_result`` step (or one dated 2025-05-07).

    Compliant: the same with ``<step kind="inspection_result" date="2025-05-12"/>``.
    """

    meta = RuleMeta(
        id="INS-012",
        title="未向企业告知检查结果",
        system=System.PROCEDURE,
        case_types=INS,
        severity=Severity.WARNING,
        legal_basis=(INSPECTION_OPINION, INSPECTION_TEMPLATES),
        remediation="检查结束后应以检查结果告知书等书面形式将检查结果告知被检查企业，并将告知书及送达凭证归入案卷。",
        confidence=Confidence.UNCONFIRMED,
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        dossier = ctx.dossier
        if dossier.case.status is not CaseStatus.CLOSED:
            return
        last = dossier.last(StepKind.INSPECTION)
        if last is None:
            return
        results = list(dossier.steps_of(StepKind.INSPECTION_RESULT))
        if any(r.day >= last.day for r in results):
            return
        if results:
            earliest = min(results, key=lambda s: s.day)
            yield Hit(
                f"最后一次检查 {describe(last)}之后没有检查结果告知：已有的告知 {describe(earliest)}早于该次检查。",
                step=last.id,
            )
        else:
            yield Hit(f"案件已结案，但最后一次检查 {describe(last)}之后没有检查结果告知环节。", step=last.id)


class RectificationFollowedUp(Rule):
    """A closed inspection case that ordered rectification within a period checks the rectification.

    Requirement: issue 2's inspection chain 检查—结果—责令整改—复查: where the inspection ordered the
    enterprise to rectify within a period (限期整改), the organ checks the rectification (整改复查) and
    records it before closing. No national text fixing this duty (or a period for the re-check) was
    confirmed: 行政处罚法 Art 28 (责令改正) governs punishment decisions, not inspections, and
    优化营商环境条例 Art 54/59 do not mention a re-check; sector rules (e.g. work safety) require one
    but are not national cross-sector law. The rule therefore cites the 国办发〔2024〕54号 opinion and
    the 司法部 2025 template set (both read only through secondary sources), is UNCONFIRMED and a
    warning.

    Judged: closed inspection cases whose ``<inspection result="rectification_ordered">``. Each
    ``rectification_order`` step with a period — its ``deadline`` (format 1.1), else the case's
    ``rectification-deadline`` — needs a ``follow_up`` step dated on or after the order day. A
    re-check before the period ends is accepted (the enterprise may finish early); the rule does not
    require it to fall after the deadline. Orders without any period (立即整改) and open cases (no
    deadline for the re-check is known, so no alert) are not judged; a result ``rectification_ordered``
    without any ``rectification_order`` step is not judged here.

    Non-compliant: a closed case with ``<step id="S04" kind="rectification_order" date="2025-05-16"
    deadline="2025-05-30"/>`` and no ``follow_up`` step (or only one dated 2025-05-15).

    Compliant: the same with ``<step id="S05" kind="follow_up" date="2025-06-03" note="复查：已整改"/>``.
    """

    meta = RuleMeta(
        id="INS-101",
        title="责令限期整改后未复查",
        system=System.PROCEDURE,
        case_types=INS,
        severity=Severity.WARNING,
        legal_basis=(INSPECTION_OPINION, INSPECTION_TEMPLATES),
        remediation="整改期限届满后（或企业报告整改完成后）应及时组织整改复查，制作整改复查意见书并归入案卷，"
        "未整改到位的依法处理；已复查而案卷缺少记录的，补入复查文书后再结案。",
        confidence=Confidence.UNCONFIRMED,
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        dossier = ctx.dossier
        info = dossier.inspection
        if dossier.case.status is not CaseStatus.CLOSED or info is None:
            return
        if info.result is not InspectionResult.RECTIFICATION_ORDERED:
            return
        follow_ups = list(dossier.steps_of(StepKind.FOLLOW_UP))
        for order in dossier.steps_of(StepKind.RECTIFICATION_ORDER):
            deadline = order.deadline or info.rectification_deadline
            if deadline is None or any(f.day >= order.day for f in follow_ups):
                continue
            head = f"{describe(order)}设定整改期限 {deadline.isoformat()}，案件已结案，但此后没有整改复查环节"
            if follow_ups:
                latest = max(follow_ups, key=lambda s: s.day)
                head += f"（已有的整改复查 {describe(latest)}早于该次责令整改）"
            yield Hit(f"{head}。", step=order.id)


class InspectionWithinTerritory(Rule):
    """An inspection is carried out within the territory of the inspecting body.

    Requirement: inspections follow the territorial principle; an inspection in another region goes through
    the assistance mechanism (and, in some places, is filed with the justice department, e.g. 四平: within
    20 days) (catalogue INS-014, resting on 国办发〔2024〕54号 read only through secondary pages: C3, hence a
    warning). The inspection case's region must start with the territory of the acting body (an entrusted
    organisation or a township acting by transfer: also its principal's / delegator's), computed as in
    SUBJ-013, which leaves inspection cases to this rule. Assistance and filing records are not in the format.

    Non-compliant: ``<case type="inspection" region="330299">`` inspected by B-CX-MR (``territory="330199"``).

    Compliant: ``region="330199"`` or ``"330199101"``.
    """

    meta = RuleMeta(
        id="INS-014",
        title="跨越管辖区域实施行政检查",
        system=System.SUBJECT,
        case_types=INS,
        severity=Severity.WARNING,
        legal_basis=(INSPECTION_OPINION,),
        remediation="核对被检查对象所在地和检查机关的管辖区域：不属本机关管辖的，应商请属地机关实施或通过协助机制进行，"
        "并按当地规定备案；区划代码填写有误的，予以更正。",
        confidence=Confidence.UNCONFIRMED,
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        gap = outside_territory(ctx.dossier, ctx.registry)
        if gap is not None:
            yield Hit(f"{gap}；行政检查实行属地原则，跨区域检查应通过协助机制进行。")


#: Labels of the categories of inspections that may not count against the frequency cap (1.2).
_CAP_EXEMPTION_LABELS = {
    CapExemption.COMPLAINT: "投诉举报", CapExemption.REFERRAL: "转办交办、移送",
    CapExemption.ENTERPRISE_REQUEST: "企业申请", CapExemption.LICENCE_CHECK: "许可现场核查",
    CapExemption.RECTIFICATION_CHECK: "整改现场核查", CapExemption.MONITORING_CLUE: "非现场监管发现线索",
    CapExemption.OTHER: "其他",
}


class InspectionWithinYearlyCap(Rule):
    """An organ's inspections of one enterprise in a calendar year stay within the published frequency cap.

    Requirement: 国办发〔2024〕54号 asks the competent departments to publish, by the end of June 2025, a yearly cap
    on inspections of the same enterprise (同一企业年度检查频次上限); some 个案 inspections (complaints,
    referrals, the enterprise's request, licence checks) are outside the cap in the published cap rules
    (catalogue INS-007, C3: 54号 and the 司法部 answers read only through secondary pages; an example cap table
    C2, a city's health sector). Read from the profile: ``inspection_caps`` (rows by ``case/@sector``, ``*`` for
    any, with ``cap``, an optional ``effective_from`` and the ``exempt`` categories; no bundled profile sets one,
    so the rule is silent unless a user profile does). Judged in format 1.2 or later where ``<inspection>``
    records ``count-in-year`` (the organ's inspections of this enterprise in the calendar year of the first
    ``inspection`` step, this one included): a count above the cap is a finding, unless ``cap-exemption`` names
    a category the row exempts, or the first inspection precedes the row's ``effective_from``. A warning,
    confidence unconfirmed. Not judged: a count the dossier does not record (the tool does not count other
    dossiers), caps by administrative level, and whether the recorded exemption category is true.

    Non-compliant: a profile row ``{sector = "market_regulation", cap = 2}`` and ``<inspection count-in-year="3"
    result="compliant"/>``.

    Compliant: ``count-in-year="2"``; or ``count-in-year="3" cap-exemption="complaint"`` with the row's
    ``exempt = ["complaint"]``.
    """

    meta = RuleMeta(
        id="INS-007",
        title="对同一企业的年度检查次数超过频次上限",
        system=System.PROCEDURE,
        case_types=INS,
        severity=Severity.WARNING,
        legal_basis=(INSPECTION_OPINION, INSPECTION_ANSWERS),
        remediation="核对本机关本年度对该企业的检查次数和本行业公布的检查频次上限：能合并的检查合并实施，能通过书面核查、"
        "信息共享、远程监管解决的不入企；确属不计入频次的个案检查（投诉举报、转办交办、企业申请等），在案卷中载明类别"
        "（cap-exemption）和依据；超过上限的，说明理由并报行政执法监督机构。",
        confidence=Confidence.UNCONFIRMED,
        parameters=("inspection_caps",),
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        caps = ctx.params.inspection_caps
        dossier = ctx.dossier
        info = dossier.inspection
        if caps is None or not dossier.at_least("1.2") or info is None or info.count_in_year is None:
            return
        row = caps.for_sector(dossier.case.sector)
        first = dossier.first(StepKind.INSPECTION)
        if row is None or first is None or info.count_in_year <= row.cap:
            return
        if row.effective_from is not None and first.day < row.effective_from:
            return
        if info.cap_exemption is not None and info.cap_exemption in row.exempt:
            return
        body = ctx.registry.body_by_id.get(dossier.case.acting_body.id)
        organ = body.name if body is not None else dossier.case.acting_body.id
        scope = f"行业 {row.sector}" if row.sector != "*" else "各行业"
        note = ""
        if info.cap_exemption is not None:
            note = f"；记载的个案类别“{_CAP_EXEMPTION_LABELS[info.cap_exemption]}”不在该上限规则的豁免类别内"
        yield Hit(f"{describe(first)}：本次为{organ}在 {first.day.year} 年对{dossier.case.party.name}实施的第 "
                  f"{info.count_in_year} 次行政检查（count-in-year），超过频次上限 {row.cap} 次（{scope}）{note}；"
                  f"上限依据：{caps.source}。", step=first.id)


class InspectionCodeRecorded(Rule):
    """Where the profile requires inspection codes (扫码入企), the inspection records its code.

    Requirement: inspections of enterprises are coded in the supervision system and the code is shown
    on entry (扫码入企), where the national system requires it (catalogue INS-016: 司法部 answers on
    国办发〔2024〕54号, read only through secondary pages: C3, hence unconfirmed and a warning). Read
    from the profile: ``inspection_code_required`` (None nationally: the rule is silent; set with
    ``enabled = false``: silent). Judged: a closed inspection case, or an open one whose first inspection
    has taken place, must have ``<inspection code="…">`` (blank counts as missing, and so does a missing
    ``<inspection>`` element).

    Non-compliant: profile ``inspection_code_required = {enabled = true}`` and ``<inspection
    result="compliant"/>`` without ``code``.

    Compliant: ``<inspection code="JC3301992025050800017" result="compliant"/>``; or the national profile.
    """

    meta = RuleMeta(
        id="INS-016",
        title="行政检查未记录检查码",
        system=System.PROCEDURE,
        case_types=INS,
        severity=Severity.WARNING,
        legal_basis=(INSPECTION_ANSWERS, INSPECTION_OPINION),
        remediation="实施涉企行政检查前应在行政检查监管平台登记赋码，入企时出示检查码（扫码入企），并将检查码载入案卷；"
        "已赋码而案卷漏记的，补记检查码。",
        confidence=Confidence.UNCONFIRMED,
        parameters=("inspection_code_required",),
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        flag = ctx.params.inspection_code_required
        dossier = ctx.dossier
        if flag is None or not flag.enabled or not _judged(dossier):
            return
        info = dossier.inspection
        if info is not None and not _blank(info.code):
            return
        first = dossier.first(StepKind.INSPECTION)
        when = f"，首次检查为 {describe(first)}" if first is not None else ""
        yield Hit(f"本地要求行政检查赋码（扫码入企，依据：{flag.source}）{when}，但案卷未记录行政检查码（inspection/@code）。",
                  step=first.id if first is not None else None)


class ViolationLeadsToCase(Rule):
    """A closed inspection that found a violation names the punishment case opened for it.

    Requirement: where an organ finds conduct that must be punished, it investigates fully, and where the
    filing standard is met it files a case in good time (行政处罚法 Art 54 paras 1–2; catalogue INS-018, C1):
    an inspection that finds a violation turns into a punishment case with its own 立案 and procedure (PUN-*).
    Judged: a closed inspection case with ``<inspection result="violation_found">`` must record
    ``linked-case`` (the case number of the punishment case, or of the 当场处罚 decision under Art 51; blank
    counts as missing). An open case is not judged (the filing may still follow; no national deadline for it
    is fixed). A warning: a violation can rightly end without a case of this organ (e.g. referred to the
    competent organ, or below the filing standard), which the format does not record in a field.

    Non-compliant: ``<case status="closed" type="inspection">`` with ``<inspection result="violation_found"/>``.

    Compliant: ``<inspection result="violation_found" linked-case="城西市监处罚〔2025〕31号"/>``; or the same
    case still open without ``linked-case``.
    """

    meta = RuleMeta(
        id="INS-018",
        title="检查发现违法行为后未记录立案查处",
        system=System.PROCEDURE,
        case_types=INS,
        severity=Severity.WARNING,
        legal_basis=(pl(54, 1), pl(54, 2)),
        remediation="检查发现依法应当给予行政处罚的违法行为的，应按行政处罚程序及时立案调查（可以当场处罚的依法当场处罚），"
        "并在检查案卷中载明处罚案件的案号（linked-case）；依法移送其他机关或不予立案的，在案卷中载明理由和移送、审批文书。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        dossier = ctx.dossier
        info = dossier.inspection
        if dossier.case.status is not CaseStatus.CLOSED or info is None:
            return
        if info.result is not InspectionResult.VIOLATION_FOUND or not _blank(info.linked_case):
            return
        last = dossier.last(StepKind.INSPECTION)
        where = f"（最后一次检查 {describe(last)}）" if last is not None else ""
        yield Hit(f"检查结果为发现违法行为（violation_found）{where}，案件已结案，但未记录据此立案查处的处罚案件案号"
                  "（linked-case）。", step=last.id if last is not None else None)


RULES: tuple[type[Rule], ...] = (
    InspectionApprovedBeforehand,
    InspectionPlanBeforehand,
    RandomSelectionRecorded,
    InspectionWithinYearlyCap,
    InspectionNoticeGiven,
    InspectionRecordSigned,
    InspectionResultTold,
    InspectionWithinTerritory,
    InspectionCodeRecorded,
    ViolationLeadsToCase,
    RectificationFollowedUp,
    InspectionRecordSignatures,
)
