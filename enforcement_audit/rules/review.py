"""Rules: 重大执法决定法制审核 (legal review) and 集体讨论 (collective deliberation).

Which text governs a punishment decision depends on the day it was made (catalogue Addendum):

* before 2018-01-01: no statutory duty of legal review;
* 2018-01-01 to 2021-07-14: 行政处罚法 as amended in 2017, Art 38 para 3 (old numbering): every
  general-procedure decision is reviewed (审核) before the agency head decides, and staff who
  first take up that review must hold the national legal professional qualification;
* from 2021-07-15: 行政处罚法 (2021 revision) Art 58: review only in the four listed situations;
  the qualification rule kept as Art 58 para 2.

REV-002 adds the body's own published review catalogue (重大执法决定法制审核目录清单, recorded as
``<review-item>`` elements in bodies.xml), for punishment, coercive measures and enforced execution.

The 2017 text was checked in secondary copies that quote the amendment verbatim (the NPC Standing
Committee decision of 2017-09-01, 主席令第七十六号, in force 2018-01-01); it is cited with the note
「2017年修正」 so that a reader can tell the versions apart.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from decimal import Decimal

from ..engine import ALL_CASE_TYPES, Confidence, Context, Hit, LegalBasis, Rule, RuleMeta, Severity, System
from ..models import (
    MEASURE_STEPS,
    ON_SITE_STEPS,
    Body,
    Capacity,
    CaseType,
    Dossier,
    PartyKind,
    PenaltyKind,
    Procedure,
    Registry,
    ReviewItem,
    ReviewOutcome,
    Role,
    Step,
    StepKind,
)
from ._common import (
    GUIDANCE_118_BASIS,
    MR_PROCEDURE,
    PENALTY_LABELS,
    PENALTY_LAW_2021,
    PUN,
    PUNISHMENT_LAW,
    describe,
    moment,
    not_after,
    period_text,
    pl,
    steps_in_time_order,
    yuan,
)
from .punishment import monitoring_evidence

#: The 2017 amendment of 行政处罚法 (Art 38 para 3: review of every general-procedure decision,
#: legal qualification of new reviewers) took effect on this day.
PENALTY_LAW_2017 = dt.date(2018, 1, 1)

GD_REVIEW = "广东省重大行政执法决定法制审核办法"
HENAN_ENFORCEMENT = "河南省行政执法条例"

ART_38_2017 = LegalBasis(PUNISHMENT_LAW, 38, 3, note="2017年修正，适用于2018年1月1日至2021年7月14日作出的决定")


def gd_review(article: int, paragraph: int | None = None) -> LegalBasis:
    """A citation of the 广东 legal-review rule (catalogue G3, C1-copy), applied for reference."""
    return LegalBasis(GD_REVIEW, article, paragraph, note="参照适用")


_OUTCOME_LABELS = {
    ReviewOutcome.PASSED: "通过",
    ReviewOutcome.SUPPLEMENT: "补充调查",
    ReviewOutcome.CORRECT: "改正",
    ReviewOutcome.RETURNED: "退回",
    ReviewOutcome.TRANSFER: "移送",
}

#: Steps in which an officer investigates the case (调查取证) or acts on site.
_INVESTIGATIVE_STEPS = ON_SITE_STEPS | {StepKind.INVESTIGATION_REPORT}


def _sorted(ctx: Context, kind: StepKind) -> Sequence[Step]:
    """Steps of one kind in time order (ties keep document order); computed once per dossier."""
    return steps_in_time_order(ctx, kind)


def _reviews_before(ctx: Context, decision: Step) -> list[Step]:
    """Legal reviews dated on or before the decision, in time order."""
    return [r for r in _sorted(ctx, StepKind.LEGAL_REVIEW) if r.day <= decision.day]


def _later_note(steps: Sequence[Step], decision: Step) -> str:
    late = [s for s in steps if s.day > decision.day]
    return f"（案卷中的 {'、'.join(describe(s) for s in late)}在决定之后）" if late else ""


def _name(d: Dossier, officer_id: str) -> str:
    officer = d.officer_by_id.get(officer_id)
    return f"{officer_id}（{officer.name}）" if officer is not None else officer_id


# ---------------------------------------------------------------- REV-001


class ReviewBeforeDecision(Rule):
    """A legal review precedes a general-procedure punishment decision where the law requires one.

    Requirement: 行政处罚法 (2021) Art 58 para 1: before the agency head decides, the decision is
    reviewed (法制审核) by the reviewing staff if (1) it concerns a major public interest
    (``flags.major-public-interest``); (2) it directly concerns major rights of the party or a third
    party and went through a hearing (``flags.major-rights`` and ``flags.hearing-held`` or a
    ``hearing`` step on/before the decision); (3) the case is complex, with several legal relations
    (``flags.complex``); (4) another 法律/法规 requires review (``flags.review-required-by-law``).
    For decisions made 2018-01-01 to 2021-07-14 the 2017 text applies (Art 38 para 3): every
    general-procedure decision is reviewed. Decisions before 2018-01-01 are not judged. A review
    counts when its ``legal_review`` step is dated on or before the decision day; a review dated
    later does not (and is also REV-003). Summary-procedure decisions are outside both texts. A
    local review catalogue (REV-002) may require more; this rule applies the statute only.

    Non-compliant: ``<flags complex="true"/>`` and ``<step id="S10" kind="decision"
    date="2025-04-21"/>`` with no ``legal_review`` step; or a decision of 2021-07-14 without review
    and without any trigger flag.

    Compliant: ``base_punishment()`` (review S06 2025-04-03 before decision S10 2025-04-21), or a
    decision of 2021-07-15 or later without any trigger and without review.
    """

    meta = RuleMeta(
        id="REV-001",
        title="应当法制审核的处罚决定未经法制审核",
        system=System.LEGAL_REVIEW,
        case_types=PUN,
        severity=Severity.ERROR,
        legal_basis=(pl(58, 1), ART_38_2017),
        remediation="决定作出前未经法制审核的，该决定程序违法：应由法制审核人员对拟作出的决定进行审核，"
        "审核通过后由负责人重新作出决定（或依法撤销原决定后重作）；已有审核而日期记载错误的，更正审核意见书日期。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        for decision in _sorted(ctx, StepKind.DECISION):
            message = _statutory_review_missing(ctx, decision)
            if message:
                yield Hit(message, step=decision.id)


def _heard(d: Dossier, decision: Step) -> bool:
    """A hearing was held for the decision: the flag, or a ``hearing`` step on or before its day."""
    return d.case.flags.hearing_held or any(h.day <= decision.day for h in d.steps_of(StepKind.HEARING))


def _statutory_review_missing(ctx: Context, decision: Step) -> str | None:
    """REV-001's finding on one punishment decision (its message), or None when the statute is met or silent.

    Shared with REV-002, which stays silent where REV-001 already reports the decision.
    """
    d = ctx.dossier
    if d.case.procedure is not Procedure.GENERAL:
        return None
    if decision.day < PENALTY_LAW_2017 or _reviews_before(ctx, decision):
        return None
    later = _later_note(_sorted(ctx, StepKind.LEGAL_REVIEW), decision)
    if decision.day < PENALTY_LAW_2021:
        return (
            f"{describe(decision)}作出前没有法制审核{later}：该决定作于2018年1月1日至2021年7月14日之间，"
            "依2017年修正的《行政处罚法》第三十八条第三款，普通程序的行政处罚决定在负责人作出决定前"
            "均应由从事行政处罚决定审核的人员进行审核。"
        )
    flags = d.case.flags
    triggers = [
        text
        for on, text in (
            (flags.major_public_interest, "涉及重大公共利益（第一项）"),
            (flags.major_rights and _heard(d, decision), "直接关系当事人或者第三人重大权益且经过听证程序（第二项）"),
            (flags.complex, "案件情况疑难复杂、涉及多个法律关系（第三项）"),
            (flags.review_required_by_law, "法律、法规规定应当进行法制审核（第四项）"),
        )
        if on
    ]
    if not triggers:
        return None
    return (
        f"{describe(decision)}作出前没有法制审核{later}：本案{'；'.join(triggers)}，"
        "依《行政处罚法》第五十八条第一款，应当在负责人作出决定前进行法制审核，"
        "未经法制审核的不得作出决定。"
    )


# ---------------------------------------------------------------- REV-002

#: The step that is "the decision" a review catalogue speaks of, per case type.
_CATALOGUE_DECISIONS: dict[CaseType, frozenset[StepKind]] = {
    CaseType.PUNISHMENT: frozenset({StepKind.DECISION}),
    CaseType.ENFORCED_EXECUTION: frozenset({StepKind.EXECUTION_DECISION}),
    CaseType.COERCIVE_MEASURE: MEASURE_STEPS,
}



def _catalogue_holders(d: Dossier, registry: Registry) -> list[Body]:
    """Whose review catalogue applies: the acting body's; for an entrusted or delegated capacity the
    principal's (``acting-body/@principal``, else the delegators of the body's delegations covering
    the matter). Unknown bodies are skipped (SUBJ-001 reports them)."""
    acting = d.case.acting_body
    if acting.capacity is Capacity.OWN:
        ids = [acting.id]
    elif acting.principal:
        ids = [acting.principal]
    else:
        body = registry.body_by_id.get(acting.id)
        code = d.case.matter.code
        ids = [dl.delegator for dl in body.delegations if code in dl.matters] if body is not None else []
    return [registry.body_by_id[i] for i in dict.fromkeys(ids) if i in registry.body_by_id]


def _fine_reason(label: str, fine: Decimal, threshold: Decimal) -> str:
    return f"{label}罚款 {yuan(fine)} 元，达到该项“{yuan(threshold)} 元以上”的标准（含本数）"


def _why_applies(d: Dossier, item: ReviewItem, decision: Step) -> str | None:
    """Why the item covers this decision (Chinese), or None when it does not."""
    case = d.case
    if not item.in_force(decision.day):
        return None
    if item.matter != "*" and item.matter != case.matter.code:
        return None
    if item.case_types and case.type not in item.case_types:
        return None
    where = "该项适用于全部执法事项" if item.matter == "*" else f"执法事项为 {item.matter}"
    if not item.has_outcome_conditions:
        return f"{where}，该项不设金额、处罚种类或听证条件"
    held: list[str] = []
    fined = any(p.kind is PenaltyKind.FINE for p in decision.penalties)
    fine = decision.fine
    kind = case.party.kind
    if fined and item.fine_at_least is not None and fine >= item.fine_at_least:
        held.append(_fine_reason("", fine, item.fine_at_least))
    if (fined and kind is PartyKind.INDIVIDUAL and item.individual_fine_at_least is not None
            and fine >= item.individual_fine_at_least):
        held.append(_fine_reason("对公民", fine, item.individual_fine_at_least))
    if (fined and kind is PartyKind.ORGANISATION and item.organisation_fine_at_least is not None
            and fine >= item.organisation_fine_at_least):
        held.append(_fine_reason("对法人或者其他组织", fine, item.organisation_fine_at_least))
    listed = [p.kind for p in decision.penalties if p.kind in item.penalties]
    if listed:
        held.append(f"处罚种类含{'、'.join(PENALTY_LABELS[k] for k in dict.fromkeys(listed))}")
    if item.hearing and _heard(d, decision):
        held.append("经过听证程序")
    return f"{where}，{'，'.join(held)}" if held else None


class CatalogueReviewBeforeDecision(Rule):
    """A decision covered by the body's published legal-review catalogue is reviewed and passed first.

    Requirement: each enforcement body publishes a 重大执法决定法制审核目录清单 (国办发〔2018〕118号,
    whose text was not read; 广东 rule Art 10–12, read in a copy), and a decision on it is made only
    after a legal review that passed (广东 rule Art 3 para 1: 「未经法制审核或者审核不通过的，不得作出
    决定」). The catalogue is recorded in bodies.xml as ``<review-item>`` elements of the acting body
    (for capacity ``entrusted`` / ``delegated``: of the principal, else of the delegators whose
    delegation covers the matter). An item applies to a decision when it is in force on the decision
    day, its ``matter`` is the case's matter code or ``*``, the case type is in its ``case-types``
    (omitted: all), and, if it gives any of ``fine-at-least`` / ``individual-fine-at-least`` /
    ``organisation-fine-at-least`` (inclusive, on the sum of the decision's fines) / ``penalties`` /
    ``hearing``, at least one of those holds. Judged decisions: general-procedure punishment
    ``decision`` steps, ``execution_decision`` steps, and ``seal_up`` / ``seizure`` steps of a coercive
    measure; inspection cases are not judged. The latest ``legal_review`` dated on or before the
    decision day must have ``outcome="passed"``. One finding per decision, naming every applicable
    item, its ``source`` and why it applies. To avoid double reports on punishment decisions, the rule
    is silent where REV-001 reports the decision (no review although the statute requires one) and
    where an earlier review exists but did not pass (REV-007). The national basis is unconfirmed and
    the 广东 rule binds only 广东, so the rule is unconfirmed and a warning.

    Non-compliant: ``<review-item id="RI-EE-1" matter="*" case-types="punishment"
    fine-at-least="50000" source="…第2项" valid-from="2024-01-01"/>`` on B-CX-EE and a 2025
    decision fining 50,000 yuan with no ``legal_review`` step before it.

    Compliant: the same decision with ``<step kind="legal_review" outcome="passed"/>`` dated on or
    before it; or a fine of 49,999.99 yuan; or a decision dated before the item's ``valid-from``.
    """

    meta = RuleMeta(
        id="REV-002",
        title="列入法制审核目录清单的决定未经法制审核",
        system=System.LEGAL_REVIEW,
        case_types=frozenset({CaseType.PUNISHMENT, CaseType.COERCIVE_MEASURE, CaseType.ENFORCED_EXECUTION}),
        severity=Severity.WARNING,
        legal_basis=(
            GUIDANCE_118_BASIS,
            gd_review(3, 1),
            gd_review(10),
            gd_review(11),
            gd_review(12),
        ),
        remediation="对照本机关（受委托、赋权的，为委托机关、赋权机关）公布的重大执法决定法制审核目录清单：列入清单的，"
        "应在作出决定前提交法制审核并取得“通过”的审核意见；已审核而未入卷的，补入法制审核意见书；"
        "目录清单登记有误（事项、金额标准、有效期）的，更正参照库。",
        confidence=Confidence.UNCONFIRMED,
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        d = ctx.dossier
        case = d.case
        kinds = _CATALOGUE_DECISIONS.get(case.type)
        if kinds is None:
            return
        punishment = case.type is CaseType.PUNISHMENT
        if punishment and case.procedure is not Procedure.GENERAL:
            return
        items = [(body, item) for body in _catalogue_holders(d, ctx.registry) for item in body.review_items]
        if not items:
            return
        reviews = _sorted(ctx, StepKind.LEGAL_REVIEW)
        for decision in sorted((s for s in d.steps if s.kind in kinds), key=moment):
            applicable = [(body, item, why) for body, item in items
                          if (why := _why_applies(d, item, decision)) is not None]
            if not applicable:
                continue
            earlier = _reviews_before(ctx, decision)
            if earlier and earlier[-1].outcome is ReviewOutcome.PASSED:
                continue
            if punishment and (earlier or _statutory_review_missing(ctx, decision)):
                continue  # REV-007 / REV-001 report this decision
            if earlier:
                latest = earlier[-1]
                outcome = f"为「{_OUTCOME_LABELS[latest.outcome]}」" if latest.outcome else "未记载审核结论"
                gap = f"作出前最近一次法制审核 {describe(latest)}{outcome}"
            else:
                gap = f"作出前没有法制审核{_later_note(reviews, decision)}"
            listed = "；".join(
                f"{body.id}（{body.name}）目录清单事项 {item.id}（{item.source}）：{why}"
                for body, item, why in applicable
            )
            yield Hit(
                f"{describe(decision)}{gap}。该决定属于重大执法决定法制审核目录清单所列情形——{listed}。"
                "列入目录清单的决定应当在作出前经法制审核，未经法制审核或者审核未通过的，不得作出决定。",
                step=decision.id,
            )


# ---------------------------------------------------------------- REV-003


class ReviewNotAfterDecision(Rule):
    """No legal review is dated after the (last) punishment decision.

    Requirement: the review takes place after the investigation and before the agency head
    decides (行政处罚法 Art 58 para 1 「在行政机关负责人作出行政处罚的决定之前」; 2017 text Art 38
    para 3; 广东 rule Art 13). A ``legal_review`` step dated after the day of the latest decision
    cannot have served any decision of the case: one finding per such review, located at the review
    step. The same day passes (dates alone cannot order them). Whether a review was required at all
    is REV-001; a review dated before the decision with a bad outcome is REV-007.

    Non-compliant: ``<step id="S06" kind="legal_review" date="2025-04-25"/>`` and
    ``<step id="S10" kind="decision" date="2025-04-21"/>``.

    Compliant: review 2025-04-03, decision 2025-04-21 (``base_punishment()``).
    """

    meta = RuleMeta(
        id="REV-003",
        title="法制审核晚于处罚决定",
        system=System.LEGAL_REVIEW,
        case_types=PUN,
        severity=Severity.ERROR,
        legal_basis=(pl(58, 1), ART_38_2017, gd_review(13)),
        remediation="核对法制审核意见书和决定书的日期：属记载错误的，予以更正并说明；确属先决定后审核的，"
        "事后审核不能补正程序，应依法撤销或重新作出决定，并在作出决定前完成法制审核。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        decisions = _sorted(ctx, StepKind.DECISION)
        if not decisions:
            return
        last = decisions[-1]
        for review in _sorted(ctx, StepKind.LEGAL_REVIEW):
            if review.day > last.day:
                yield Hit(
                    f"{describe(review)}晚于 {describe(last)}：法制审核应在负责人作出决定之前完成，"
                    "决定作出后的审核不能作为作出决定的依据。",
                    step=review.id,
                )


# ---------------------------------------------------------------- REV-005

#: The eight review items (审核内容) and the words that record them in ``review-items``.
REVIEW_ITEMS: dict[str, str] = {
    "subject": "执法主体是否合法",
    "officers": "执法人员是否具备执法资格",
    "procedure": "执法程序是否合法",
    "facts": "案件事实是否清楚，证据是否合法充分",
    "law": "适用法律、法规、规章是否准确，裁量基准运用是否适当",
    "jurisdiction": "是否超越执法机关法定权限",
    "documents": "执法文书是否完备、规范",
    "transfer": "违法行为是否涉嫌犯罪、需要移送司法机关",
}


def _vocabulary() -> str:
    return "；".join(f"{word}（{text}）" for word, text in REVIEW_ITEMS.items())


class ReviewCoversEightItems(Rule):
    """The latest passed legal review records, item by item, the eight review items.

    Requirement: the review examines 执法主体、执法人员资格、执法程序、事实与证据、法律适用与裁量、
    权限、文书、是否涉嫌犯罪需移送 and records the result item by item (国办发〔2018〕118号, whose
    wording was seen only in secondary copies; 广东 legal-review rule Art 17 lists four of them and
    Art 19 adds 超越权限 and 法律文书不规范; catalogue REV-005, C3: unconfirmed, a warning). The
    ``review-items`` word list of a ``legal_review`` step records what was examined, in this
    vocabulary (one word per item; other words are ignored and named in the message):

    ``subject`` 执法主体是否合法 · ``officers`` 执法人员是否具备执法资格 · ``procedure`` 执法程序是否
    合法 · ``facts`` 案件事实是否清楚，证据是否合法充分 · ``law`` 适用法律是否准确，裁量基准运用是否
    适当 · ``jurisdiction`` 是否超越法定权限 · ``documents`` 执法文书是否完备、规范 · ``transfer``
    是否涉嫌犯罪、需要移送司法机关.

    Judged: the latest ``legal_review`` step with ``outcome="passed"`` (in time order), in any case
    type, when it has ``review-items``; a case without a passed review is not judged (REV-001/002/007
    cover missing or failed reviews). An omitted ``review-items`` is unknown, not a defect: the
    manifest did not transcribe what the review opinion examined, so there is no finding (as with
    omitted ``signed`` / ``sealed`` flags, ARC-004); the eight items stay a question for the person
    reading the opinion. One finding, located at that review step, listing the missing items.

    Non-compliant: ``<step id="S06" kind="legal_review" outcome="passed" review-items="subject
    facts procedure"/>`` (officers, law, jurisdiction, documents, transfer missing).

    Compliant: ``review-items="subject officers procedure facts law jurisdiction documents
    transfer"``.
    """

    meta = RuleMeta(
        id="REV-005",
        title="法制审核未逐项审核八项内容",
        system=System.LEGAL_REVIEW,
        case_types=ALL_CASE_TYPES,
        severity=Severity.WARNING,
        legal_basis=(GUIDANCE_118_BASIS, gd_review(17), gd_review(19)),
        remediation="法制审核意见书应逐项写明对执法主体、执法人员资格、执法程序、事实证据、法律适用和裁量、执法权限、"
        "执法文书、是否涉嫌犯罪需要移送的审核意见；意见书已逐项审核的，在案卷中用 review-items 逐项登记；"
        "漏审的事项应补充审核。",
        confidence=Confidence.UNCONFIRMED,
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        passed = [r for r in _sorted(ctx, StepKind.LEGAL_REVIEW) if r.outcome is ReviewOutcome.PASSED]
        if not passed:
            return
        review = passed[-1]
        recorded = set(review.review_items)
        missing = [word for word in REVIEW_ITEMS if word not in recorded]
        if not recorded or not missing:
            return
        unknown = [w for w in dict.fromkeys(review.review_items) if w not in REVIEW_ITEMS]
        listed = "、".join(f"{w}（{REVIEW_ITEMS[w]}）" for w in missing)
        extra = f"。未识别的审核事项：{'、'.join(unknown)}（可用的词：{_vocabulary()}）" if unknown else ""
        yield Hit(
            f"最近一次通过的 {describe(review)}未记载 {len(missing)} 项审核内容：{listed}{extra}。"
            "法制审核应逐项审核并记录八项内容。",
            step=review.id,
        )


# ---------------------------------------------------------------- REV-007


class LatestReviewPassed(Rule):
    """The latest legal review before a decision passed.

    Requirement: 行政处罚法 Art 58 para 1: 「未经法制审核或者审核未通过的，不得作出决定」. After a
    return (退回) or a request to supplement or correct, the file is fixed and resubmitted (广东 rule
    Art 19–20), so only the latest review dated on or before the decision day counts: its
    ``outcome`` must be ``passed``. A review without an outcome counts as not passed. One finding per
    decision, located at the decision. Decisions without any earlier review are REV-001's business.

    Non-compliant: ``<step id="S06" kind="legal_review" date="2025-04-03" outcome="returned"/>`` and
    no later review before the decision S10.

    Compliant: S06 ``outcome="returned"``, then ``<step id="S06b" kind="legal_review"
    date="2025-04-15" outcome="passed"/>``, then the decision.
    """

    meta = RuleMeta(
        id="REV-007",
        title="法制审核未通过即作出处罚决定",
        system=System.LEGAL_REVIEW,
        case_types=PUN,
        severity=Severity.ERROR,
        legal_basis=(pl(58, 1), gd_review(19), gd_review(20)),
        remediation="按审核意见补充调查或改正后重新提交法制审核，取得“通过”的审核意见后再由负责人作出决定；"
        "审核结论已通过而案卷记载有误的，补入或更正法制审核意见书。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        for decision in _sorted(ctx, StepKind.DECISION):
            earlier = _reviews_before(ctx, decision)
            if not earlier:
                continue
            latest = earlier[-1]
            if latest.outcome is ReviewOutcome.PASSED or latest.outcome is None:
                continue  # an unrecorded outcome is REV-107's warning: the record may be incomplete
            yield Hit(
                f"{describe(decision)}作出前最近一次法制审核 {describe(latest)}为「{_OUTCOME_LABELS[latest.outcome]}」，"
                "审核未通过的不得作出决定。",
                step=decision.id,
            )


class LatestReviewOutcomeRecorded(Rule):
    """The legal review a decision rests on records its outcome.

    Requirement: 行政处罚法 Art 58 para 1: 「未经法制审核或者审核未通过的，不得作出决定」 — the file has to show
    that the review passed. For every decision with a ``legal_review`` step before it, the latest such
    review records ``outcome``. A warning: an unrecorded outcome is a gap in the record (the opinion may
    be on paper), not proof that the review failed; a review recorded as not passed is REV-007's error.

    Non-compliant: ``<step id="S06" kind="legal_review" date="2025-04-03" reviewer="O3"/>`` (no outcome)
    before the decision S10.

    Compliant: the same with ``outcome="passed"``.
    """

    meta = RuleMeta(
        id="REV-107",
        title="作出决定所依据的法制审核未记载审核结论",
        system=System.LEGAL_REVIEW,
        case_types=PUN,
        severity=Severity.WARNING,
        legal_basis=(pl(58, 1),),
        remediation="在案卷中补入法制审核意见书并登记审核结论（通过、退回补充调查等）；确未通过的，按审核意见处理后重新审核。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        for decision in _sorted(ctx, StepKind.DECISION):
            earlier = _reviews_before(ctx, decision)
            if earlier and earlier[-1].outcome is None:
                yield Hit(f"{describe(decision)}作出前最近一次法制审核 {describe(earlier[-1])}未记载审核结论（outcome），"
                          "案卷不能证明审核已通过。", step=decision.id)


# ---------------------------------------------------------------- REV-008


class ReviewerNotInvestigator(Rule):
    """The legal reviewer did not investigate the same case.

    Requirement: the review unit is in principle separate from the unit that investigates (广东 rule
    Art 6 para 2) and a reviewer with an interest recuses (Art 21). The catalogue derives from this
    that the reviewer is not an investigator or handler of the same case (REV-008, marked U), so the
    rule is unconfirmed and a warning. Checked: the officer named by ``reviewer`` on a
    ``legal_review`` step is not registered as ``lead`` or ``assisting`` officer of the case and is
    not listed among the officers of any on-site step or of the investigation report. One finding
    per review step, located there.

    Non-compliant: ``<step id="S06" kind="legal_review" reviewer="O1"/>`` where O1 is the lead
    officer who also conducted the inspection S03.

    Compliant: ``reviewer="O3"`` (role ``legal_reviewer``, in no investigative step).
    """

    meta = RuleMeta(
        id="REV-008",
        title="法制审核人员参与了本案调查",
        system=System.LEGAL_REVIEW,
        case_types=ALL_CASE_TYPES,
        severity=Severity.WARNING,
        legal_basis=(gd_review(6, 2), gd_review(21),
                     LegalBasis(MR_PROCEDURE, 49, 3, note="市场监管：办案人员不得作为审核人员")),
        remediation="由未参与本案调查取证的法制审核人员重新审核；确因人员不足由同一人承担的，应说明理由并经负责人批准，"
        "今后做到审核与调查分离。",
        confidence=Confidence.UNCONFIRMED,
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        d = ctx.dossier
        for review in _sorted(ctx, StepKind.LEGAL_REVIEW):
            if review.reviewer is None:
                continue
            officer = d.officer_by_id.get(review.reviewer)
            reasons: list[str] = []
            if officer is not None and officer.role in (Role.LEAD, Role.ASSISTING):
                role = "主办" if officer.role is Role.LEAD else "协办"
                reasons.append(f"是本案的{role}执法人员")
            took_part = [s for s in d.steps if s.kind in _INVESTIGATIVE_STEPS and review.reviewer in s.officers]
            if took_part:
                reasons.append(f"参与了 {'、'.join(describe(s) for s in took_part)}")
            if reasons:
                yield Hit(
                    f"{describe(review)}的审核人员 {_name(d, review.reviewer)}{'，并'.join(reasons)}，"
                    "审核与调查未分离。",
                    step=review.id,
                )


# ---------------------------------------------------------------- REV-009


def _reviewer_gap(ctx: Context, review: Step) -> str | None:
    """Why the reviewer of a review cannot be identified on the register (None: they can)."""
    d = ctx.dossier
    if review.reviewer is None:
        return "未记载审核人员，无法核实其是否具备法律职业资格。"
    officer = d.officer_by_id.get(review.reviewer)
    if officer is None:
        return f"审核人员 {_name(d, review.reviewer)} 不在案卷的执法人员名单中，无法核实其资格。"
    if officer.reviewer is None:
        return f"审核人员 {_name(d, review.reviewer)} 未关联法制审核人员名录编号，无法核实其法律职业资格。"
    if ctx.registry.reviewer_by_id.get(officer.reviewer) is None:
        return f"审核人员 {_name(d, review.reviewer)} 的名录编号 {officer.reviewer} 不在法制审核人员名录中。"
    return None


class ReviewerQualified(Rule):
    """The legal reviewer is on the reviewer register and, if first reviewing from 2018, legally qualified.

    Requirement: staff who first take up the review of punishment decisions must have passed the
    national unified legal professional qualification exam (行政处罚法 Art 58 para 2; introduced as
    2017 text Art 38 para 3, in force 2018-01-01; catalogue CERT-012). For each ``legal_review``
    step: a reviewer is named (``reviewer`` officer id); the officer links to the reviewer register
    (``officer reviewer="RV-.."``, reviewers.xml); and, if the register's ``first-review`` date is
    on or after 2018-01-01, the entry carries a ``legal-qualification`` number obtained
    (``qualified-on``) no later than the review day. Reviewers who first reviewed before 2018 are
    exempt. One finding per review step, located there. A reviewer who cannot be identified on the
    register (none named, not an officer of the dossier, no register link, unknown register id) is
    REV-109's warning: a gap of the record, not proof of a missing qualification.

    Non-compliant: reviewer RV-02 (first review 2019-05-01, no ``legal-qualification``).

    Compliant: RV-01 (qualification A20163301990001, qualified 2016-12-01); RV-03 (first review
    2012-05-01, exempt).
    """

    meta = RuleMeta(
        id="REV-009",
        title="法制审核人员不具备法律职业资格",
        system=System.LEGAL_REVIEW,
        case_types=PUN,
        severity=Severity.ERROR,
        legal_basis=(pl(58, 2), ART_38_2017),
        remediation="核实审核人员身份并在法制审核人员名录中登记其法律职业资格证书编号和取得日期；"
        "不具备资格的人员（2018年1月1日以后初次从事审核的）不得从事法制审核，应由具备资格的人员重新审核。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        for review in _sorted(ctx, StepKind.LEGAL_REVIEW):
            problem = self._problem(ctx, review)
            if problem:
                yield Hit(f"{describe(review)}：{problem}", step=review.id)

    @staticmethod
    def _problem(ctx: Context, review: Step) -> str | None:
        d = ctx.dossier
        if _reviewer_gap(ctx, review) is not None:
            return None  # who reviewed cannot be told: REV-109's warning
        assert review.reviewer is not None
        officer = d.officer_by_id[review.reviewer]
        assert officer.reviewer is not None
        entry = ctx.registry.reviewer_by_id[officer.reviewer]
        if entry.first_review < PENALTY_LAW_2017:
            return None
        if not entry.legal_qualification:
            return (f"审核人员 {review.reviewer}（{officer.name}，名录编号 {entry.id}）"
                    f"于 {entry.first_review.isoformat()} 初次从事法制审核，在2018年1月1日之后，"
                    "但名录中没有其法律职业资格证书编号。")
        if entry.qualified_on is not None and entry.qualified_on > review.day:
            return (f"审核人员 {review.reviewer}（{officer.name}，名录编号 {entry.id}）"
                    f"于 {entry.first_review.isoformat()} 初次从事法制审核，"
                    f"其法律职业资格于 {entry.qualified_on.isoformat()} 取得，晚于本次审核日期。")
        return None


class ReviewerIdentified(Rule):
    """The legal reviewer can be identified on the reviewer register.

    Requirement: 行政处罚法 Art 58 para 2 (quoted at REV-009): whether a reviewer first reviewing from
    2018 holds the legal qualification can only be told from the register. For each ``legal_review``
    step: a ``reviewer`` is named, is an officer of the dossier, links to the register (``officer
    reviewer="RV-.."``) and the register knows that id. A warning: a gap in the record or the registry,
    not proof that the reviewer is unqualified (that is REV-009's error).

    Non-compliant: ``<step id="S06" kind="legal_review" date="2025-04-03"/>`` (no reviewer named).

    Compliant: ``reviewer="O3"`` with ``<officer id="O3" role="legal_reviewer" reviewer="RV-01"/>`` on the register.
    """

    meta = RuleMeta(
        id="REV-109",
        title="无法核实法制审核人员的资格",
        system=System.LEGAL_REVIEW,
        case_types=PUN,
        severity=Severity.WARNING,
        legal_basis=(pl(58, 2), ART_38_2017),
        remediation="在审核环节登记审核人员，在案卷执法人员名单中列明并关联法制审核人员名录编号；名录遗漏的，补录其法律职业资格"
        "证书编号、取得日期和初次从事审核的日期。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        for review in _sorted(ctx, StepKind.LEGAL_REVIEW):
            gap = _reviewer_gap(ctx, review)
            if gap is not None:
                yield Hit(f"{describe(review)}：{gap}", step=review.id)


# ---------------------------------------------------------------- REV-011


class ReviewWithinTimeLimit(Rule):
    """The legal review opinion is given within the profile's review time limit.

    Requirement: where a jurisdiction or sector sets a time limit for the legal review, the reviewing
    office gives its opinion within that many days of receiving the file: 广东 rule Art 18 「法制审核
    机构收到送审材料后，应当在5个工作日内审核完毕；案情复杂的，经分管负责人批准可以延长3个工作日」
    (read in a copy, C1-copy); 市场监督管理行政处罚程序规定 Art 55 「审核机构应当自接到审核材料之日起
    十个工作日内完成审核。特殊情况下，经市场监督管理部门负责人批准可以延长」 (C1). The limit is the
    profile parameter ``review_time_limit`` (None nationally: no national rule, the rule is silent).
    For each ``legal_review`` step with ``requested-on`` (送审日期), its ``date`` (the opinion day) is
    at most the limit after ``requested-on`` (start day not counted; working or calendar days per the
    parameter's ``day_kind``). Steps without ``requested-on`` are not judged (not recorded, not a
    defect); an opinion dated before its request is a recording error this rule does not judge.
    A review still pending has no ``legal_review`` step yet, so there is no open-case alert.
    An approved extension (广东 +3 working days, 市场监管 by the head's approval) is not modelled: the
    format has no review-extension step. Hence a warning, not an error: an over-limit review may be
    lawful if an extension was approved, which the message asks the reader to check. The bases were
    read (C1 / C1-copy), so the rule is confirmed.

    Non-compliant: with profile ``guangdong`` (5 working days), ``<step id="S06" kind="legal_review"
    requested-on="2025-04-03" date="2025-04-11"/>`` (deadline 2025-04-10).

    Compliant: the same with ``date="2025-04-10"``; or the ``national`` profile; or no ``requested-on``.
    """

    meta = RuleMeta(
        id="REV-011",
        title="法制审核超过审核期限",
        system=System.LEGAL_REVIEW,
        case_types=ALL_CASE_TYPES,
        severity=Severity.WARNING,
        legal_basis=(gd_review(18), LegalBasis(MR_PROCEDURE, 55, note="市场监管系统")),
        remediation="法制审核机构应在规定期限内出具审核意见；确需延长的，应按规定报负责人（广东：分管负责人）批准"
        "并将延期批准文书入卷；已批准延长而未入卷的，补入批准文书；送审日期或审核意见日期记载有误的，予以更正。",
        parameters=("review_time_limit",),
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        limit = ctx.params.review_time_limit
        if limit is None:
            return
        period = period_text(limit.days, limit.day_kind)
        for review in _sorted(ctx, StepKind.LEGAL_REVIEW):
            if review.requested_on is None:
                continue
            deadline = ctx.period_deadline(review.requested_on, limit)
            if review.day > deadline:
                yield Hit(
                    f"{describe(review)}：{review.requested_on.isoformat()} 送审，审核期限为 {period}"
                    f"（至 {deadline.isoformat()}），审核意见晚于期限 {(review.day - deadline).days} 日。"
                    "经批准延长审核期限的，应有延期批准文书入卷（本工具不核查延长）。",
                    step=review.id,
                )


# ---------------------------------------------------------------- REV-103


class ReviewBeforeNotice(Rule):
    """Where the profile requires it, a passed legal review precedes each advance notice (事先告知).

    Requirement: catalogue REV-003, configurable part: some rules place the review before the party is
    told of the intended penalty. 市场监督管理行政处罚程序规定 Art 49 para 1 sends every investigation
    report to review (法制审核 or 案件审核, para 2), and Art 56: 「审核机构完成审核并退回案件材料后，
    对于拟给予行政处罚的案件，办案机构应当将案件材料、行政处罚建议及审核意见报市场监督管理部门负责人
    批准，并依法履行告知等程序」 (C1). The profile flag ``review_before_notice`` turns the rule on (None
    nationally: 行政处罚法 Art 58 only requires review before the decision; REV-003 checks that).
    Judged: general-procedure punishment cases with at least one ``legal_review`` step with
    ``outcome="passed"`` (cases without one are REV-001/REV-002/REV-007's business). Each
    ``advance_notice`` step needs a passed review on or before it (by time when both have one, else
    by day; the same day passes). Later reviews are allowed: a re-review after the party's
    statements (复核) does not undo a review made before the notice. Exempt: a review required because
    the case directly concerns major rights and went through a hearing (``flags.major-rights`` and a
    hearing), since 行政处罚法 Art 58 para 1 item 2 and 程序规定 Art 50 para 2 (「在听证程序结束后进行
    法制审核」) place that review after the hearing, hence after the notice. One finding per notice,
    located at the notice step. A warning: the order rests on a sector or local rule, and a 案件审核
    not recorded as a ``legal_review`` step may have preceded the notice.

    Non-compliant: with profile ``market-regulation``, ``<step id="S07" kind="advance_notice"
    date="2025-04-07"/>`` and the only passed review ``<step id="S06" kind="legal_review"
    date="2025-04-10" outcome="passed"/>``.

    Compliant: ``base_punishment()`` (review S06 2025-04-03, notice S07 2025-04-07).
    """

    meta = RuleMeta(
        id="REV-103",
        title="事先告知前未完成法制审核",
        system=System.LEGAL_REVIEW,
        case_types=PUN,
        severity=Severity.WARNING,
        legal_basis=(
            LegalBasis(MR_PROCEDURE, 49, note="市场监管系统"),
            LegalBasis(MR_PROCEDURE, 56, note="市场监管系统；其他地区依配置参数 review_before_notice 所载规定"),
        ),
        remediation="按本地（本系统）规定，先将调查终结报告和处理建议提交法制审核，审核通过并经负责人批准后再送达"
        "行政处罚事先告知书；已先告知后审核的，审核通过后应重新履行告知程序；审核或告知日期记载有误的，予以更正。",
        parameters=("review_before_notice",),
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        flag = ctx.params.review_before_notice
        d = ctx.dossier
        if flag is None or not flag.enabled or d.case.procedure is not Procedure.GENERAL:
            return
        passed = [r for r in _sorted(ctx, StepKind.LEGAL_REVIEW) if r.outcome is ReviewOutcome.PASSED]
        if not passed:
            return
        if d.case.flags.major_rights and (d.case.flags.hearing_held or any(d.steps_of(StepKind.HEARING))):
            return
        for notice in _sorted(ctx, StepKind.ADVANCE_NOTICE):
            if any(not_after(r, notice) for r in passed):
                continue
            yield Hit(
                f"{describe(notice)}之前没有通过的法制审核（最早通过的审核为 {describe(passed[0])}）："
                "所选配置要求先经法制审核（参数 review_before_notice），审核通过后再送达事先告知书。",
                step=notice.id,
            )


# ---------------------------------------------------------------- collective deliberation


class ComplexCaseDeliberated(Rule):
    """A complex case is decided by the agency heads collectively (集体讨论).

    Requirement: 行政处罚法 (2021) Art 57 para 2: 「对情节复杂或者重大违法行为给予行政处罚，行政机关
    负责人应当集体讨论决定」. When ``flags.complex`` is set, a ``collective_deliberation`` step is
    dated on or before each general-procedure decision made on or after 2021-07-15. Decisions made
    earlier fall under the pre-2021 text (then Art 38 para 2), which required deliberation only
    for complex or major violations given a *heavier* penalty (较重的行政处罚), a judgement the data
    cannot make; they are not judged. A decision imposing no penalty (不予处罚、不予立案) is not
    concerned (给予行政处罚). 「重大违法行为」 has no flag and is a human judgement.

    Non-compliant: ``<flags complex="true"/>``, decision S10 on 2025-04-21 and no
    ``collective_deliberation`` step (or only one dated 2025-04-25).

    Compliant: ``<step id="S09b" kind="collective_deliberation" date="2025-04-18"/>`` before S10.
    """

    meta = RuleMeta(
        id="PUN-COLL-001",
        title="情节复杂案件未经集体讨论决定",
        system=System.LEGAL_REVIEW,
        case_types=PUN,
        severity=Severity.ERROR,
        legal_basis=(pl(57, 2),),
        remediation="由行政机关负责人集体讨论决定并制作集体讨论记录（时间、出席负责人、讨论意见和结论）；"
        "已讨论而未入卷的补入记录；未讨论即作出决定的，依法撤销或重新作出决定。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        d = ctx.dossier
        if not d.case.flags.complex or d.case.procedure is not Procedure.GENERAL:
            return
        deliberations = _sorted(ctx, StepKind.COLLECTIVE_DELIBERATION)
        for decision in _sorted(ctx, StepKind.DECISION):
            if decision.day < PENALTY_LAW_2021 or any(c.day <= decision.day for c in deliberations):
                continue
            if not decision.penalties:
                continue  # Art 57 para 2: 「对情节复杂或者重大违法行为给予行政处罚」 — a decision imposing none is not concerned
            yield Hit(
                f"{describe(decision)}作出前没有集体讨论{_later_note(deliberations, decision)}："
                "本案标记为情节复杂，应当由行政机关负责人集体讨论决定。",
                step=decision.id,
            )


class ReviewBeforeDeliberation(Rule):
    """Where a case has both, the legal review comes before the collective deliberation.

    Requirement: 河南省行政执法条例 Art 28 para 2: 「重大行政执法决定应当经行政执法机关法制机构审核后，
    由行政执法机关负责人集体讨论决定」. This is a 河南 provincial regulation (read in its primary text,
    catalogue C1); elsewhere it is applied as good practice, so the rule is a warning. Each
    ``collective_deliberation`` step needs a ``legal_review`` step on or before it (by time when both
    have one, else by day) whenever the case has any legal review. One finding per deliberation
    step, located there.

    Non-compliant: ``<step id="S08b" kind="collective_deliberation" date="2025-04-02"/>`` and the only
    review ``<step id="S06" kind="legal_review" date="2025-04-03"/>``.

    Compliant: review 2025-04-03, deliberation 2025-04-18.
    """

    meta = RuleMeta(
        id="PUN-COLL-002",
        title="集体讨论先于法制审核",
        system=System.LEGAL_REVIEW,
        case_types=PUN,
        severity=Severity.WARNING,
        legal_basis=(LegalBasis(HENAN_ENFORCEMENT, 28, 2, note="河南省地方性法规，其他地区作为良好做法参照"),),
        remediation="先将拟作出的决定提交法制审核，审核通过后再提请负责人集体讨论；日期记载有误的予以更正。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        reviews = _sorted(ctx, StepKind.LEGAL_REVIEW)
        if not reviews:
            return
        for deliberation in _sorted(ctx, StepKind.COLLECTIVE_DELIBERATION):
            if not any(not_after(r, deliberation) for r in reviews):
                yield Hit(
                    f"{describe(deliberation)}早于法制审核 {describe(reviews[0])}："
                    "重大执法决定宜先经法制审核，再由负责人集体讨论决定（河南省行政执法条例第二十八条第二款如此规定，"
                    "其他地区作为良好做法参照）。",
                    step=deliberation.id,
                )


# ---------------------------------------------------------------- REV-004

#: 广东 rule Art 14: the materials submitted for legal review, with the document kinds that stand for
#: each (format 1.2 vocabulary; ``investigation_report`` is accepted as the 调查终结报告 carrying the
#: handler's proposed decision, and the case's own 询问、检查、现场笔录 as investigation records).
REVIEW_PACKAGE: dict[str, tuple[str, frozenset[str]]] = {
    "proposal": ("（一）拟作出的行政执法决定及其事实、证据、法律依据、行政裁量权适用规则",
                 frozenset({"proposed_decision", "investigation_report"})),
    "records": ("（二）调查取证记录",
                frozenset({"investigation_records", "inquiry_record", "inspection_record", "on_site_record"})),
    "transcript": ("听证笔录", frozenset({"hearing_record", "hearing_transcript"})),
    "hearing_report": ("听证报告", frozenset({"hearing_report"})),
    "risk": ("风险评估报告", frozenset({"risk_assessment"})),
    "expert": ("专家论证报告", frozenset({"expert_opinion"})),
}


def _package_due(dossier: Dossier, review: Step) -> list[str]:
    """The Art 14 items due for this review: always (一) and (二); the hearing transcript and report when
    a ``hearing`` step is dated on or before the review; a risk assessment or expert report when the
    dossier holds one dated on or before the review (or undated)."""
    due = ["proposal", "records"]
    if any(h.day <= review.day for h in dossier.steps_of(StepKind.HEARING)):
        due += ["transcript", "hearing_report"]
    for key in ("risk", "expert"):
        if any(d.kind in REVIEW_PACKAGE[key][1] and (d.date is None or d.date <= review.day) for d in dossier.documents):
            due.append(key)
    return due


class ReviewPackageComplete(Rule):
    """The file submitted for legal review carries the materials of the 广东 rule Art 14.

    Requirement: 广东省重大行政执法决定法制审核办法 Art 14 (read in a copy, C1-copy, applied for reference):
    「提交法制审核时，应当向法制审核机构提供下列材料：（一）拟作出的行政执法决定，及其事实、证据、法律依据、
    行政裁量权适用规则；（二）调查取证记录。如有下列材料应当一并提供：1.听证笔录、听证报告；2.风险评估报告；
    3.专家论证报告。」 Judged on every ``legal_review`` step of a dossier in format 1.2 or later, from the kinds of
    the documents it records (``<record document>``): ``proposed_decision`` (or ``investigation_report``)
    for (一); ``investigation_records`` (or ``inquiry_record``, ``inspection_record``, ``on_site_record``)
    for (二); ``hearing_record`` (or ``hearing_transcript``) and ``hearing_report`` when a ``hearing`` step
    is dated on or before the review; ``risk_assessment`` and ``expert_opinion`` when the dossier holds
    one dated on or before the review (or undated). What the papers say (facts, evidence, basis,
    discretion rule) is left to a person. Dossiers in formats 1.0 and 1.1 are not judged: there the
    review step records the opinion only and document kinds are free words. A warning: the package is
    read from the document kinds only, and the rule is a provincial one applied for reference.

    Non-compliant: a 1.2 dossier with ``<step id="S06" kind="legal_review" date="2025-04-03">
    <record document="D05"/></step>`` and D05 ``legal_review_opinion`` only.

    Compliant: S06 also recording ``<document id="D30" kind="proposed_decision"/>`` and
    ``<document id="D31" kind="investigation_records"/>`` (and, after a hearing, ``hearing_record`` and
    ``hearing_report``).
    """

    meta = RuleMeta(
        id="REV-004",
        title="提交法制审核的材料不全",
        system=System.LEGAL_REVIEW,
        case_types=ALL_CASE_TYPES,
        severity=Severity.WARNING,
        legal_basis=(gd_review(14),),
        remediation="提交法制审核时，应一并提供拟作出的行政执法决定（及其事实、证据、法律依据、行政裁量权适用规则）"
        "和调查取证记录；经过听证的，附听证笔录和听证报告；有风险评估报告、专家论证报告的，一并提供。已随案送审而未记录的，"
        "在法制审核环节记录送审的各份材料（送审材料清单）。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        dossier = ctx.dossier
        if not dossier.at_least("1.2"):
            return
        documents = dossier.document_by_id
        for review in _sorted(ctx, StepKind.LEGAL_REVIEW):
            kinds = {documents[r.document].kind for r in review.records
                     if r.document is not None and r.document in documents}
            due = _package_due(dossier, review)
            missing = [REVIEW_PACKAGE[k][0] for k in due if not kinds & REVIEW_PACKAGE[k][1]]
            if missing:
                recorded = "未记录任何送审材料" if not kinds else f"记录的文书为 {'、'.join(sorted(kinds))}"
                yield Hit(f"{describe(review)}{recorded}，缺少广东办法第十四条要求提供的：{'；'.join(missing)}。",
                          step=review.id)


# ---------------------------------------------------------------- REV-012 (广东)

#: Decision steps a joint decision (以共同名义作出) may be recorded on.
_JOINT_DECISIONS = (StepKind.DECISION, StepKind.EXECUTION_DECISION, *MEASURE_STEPS)


class JointDecisionReviewedByEach(Rule):
    """Each body deciding jointly reviews the decision within its own remit (广东).

    Requirement: 广东省重大行政执法决定法制审核办法 Art 7: 「两个以上行政执法主体以共同名义作出重大行政执法决定的，
    由各自法制审核机构依照本单位职能分别进行法制审核。」 Judged where the profile sets ``joint_review_separately``
    (广东; None nationally: no national text was read, the rule is silent), in dossiers in format 1.2 or later,
    on every ``decision``, ``execution_decision``, ``seal_up`` or ``seizure`` step recording ``co-deciders``
    (1.2: the other bodies deciding jointly with the acting body) that has at least one ``legal_review`` dated
    on or before it (whether a review was due is REV-001's and REV-002's business): the acting body and each
    co-decider need a ``legal_review`` dated on or before the decision whose ``review-body`` (1.2; omitted = the
    acting body) is that body. What each review covered (its own remit) and the submission of a government
    decision with the department's own opinion (Art 15) are left to a person. A warning: a provincial rule,
    read in a copy.

    Non-compliant: profile ``guangdong``, ``<step id="S10" kind="decision" date="2025-04-21"
    co-deciders="B-CX-EP"/>`` and only ``<step id="S06" kind="legal_review" date="2025-04-03"/>``.

    Compliant: also ``<step id="S06b" kind="legal_review" date="2025-04-07" review-body="B-CX-EP"/>``.
    """

    meta = RuleMeta(
        id="REV-012",
        title="共同作出的重大执法决定未由各执法主体分别进行法制审核",
        system=System.LEGAL_REVIEW,
        case_types=ALL_CASE_TYPES,
        severity=Severity.WARNING,
        legal_basis=(gd_review(7),),
        remediation="两个以上执法主体以共同名义作出重大执法决定的，由各自法制审核机构依照本单位职能分别审核并出具审核意见，"
        "各审核意见书均归入案卷，并载明出具意见的执法主体。",
        parameters=("joint_review_separately",),
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        flag = ctx.params.joint_review_separately
        dossier = ctx.dossier
        if flag is None or not flag.enabled or not dossier.at_least("1.2"):
            return
        acting = dossier.case.acting_body.id
        reviews = list(dossier.steps_of(StepKind.LEGAL_REVIEW))
        for decision in dossier.steps_of(*_JOINT_DECISIONS):
            if not decision.co_deciders:
                continue
            earlier = [r for r in reviews if r.day <= decision.day]
            if not earlier:
                continue
            reviewed = {r.review_body or acting for r in earlier}
            missing = [b for b in dict.fromkeys((acting, *decision.co_deciders)) if b not in reviewed]
            if missing:
                yield Hit(f"{describe(decision)}由 {'、'.join(dict.fromkeys((acting, *decision.co_deciders)))} 共同作出，"
                          f"但案卷中没有 {'、'.join(missing)} 在决定前作出的法制审核（review-body）。", step=decision.id)


class MonitoringRecordReviewed(Rule):
    """A record of an electronic monitoring device is reviewed (审核) before it is used as evidence.

    Requirement: 行政处罚法 Art 41 para 2: 「电子技术监控设备记录违法事实应当真实、清晰、完整、准确。行政机关应当
    审核记录内容是否符合要求；未经审核或者经审核不符合要求的，不得作为行政处罚的证据。」 Format 1.2 records a
    monitoring record as ``<monitoring>`` inside its ``<document>``, with ``record-reviewed-on`` (the day the
    organ reviewed it) and ``record-review-passed``. Judged against the earliest decision imposing a penalty,
    dated from 2021-07-15 and not before the record (a record on file is evidence of the case): a finding
    where the review is dated after that decision, or failed (``record-review-passed="false"``). An error:
    the text forbids the use outright. A closed case that records no review day is PUN-EVID-103's warning
    (an untranscribed date does not show the record went unreviewed). Art 41 para 2's 审核 is the organ's
    check of the record's content, not the 法制审核 of Art 58, hence system 程序. Whether the
    record is true, clear, complete and accurate is left to a person; the device's own review and the
    publication of its location are PUN-EVID-003 and PUN-EVID-103.

    Non-compliant: ``<monitoring recorded-on="2025-03-02" record-reviewed-on="2025-04-25"/>`` on evidence of
    a decision of 2025-04-21.

    Compliant: ``<monitoring recorded-on="2025-03-02" record-reviewed-on="2025-03-03"/>``.
    """

    meta = RuleMeta(
        id="REV-013",
        title="电子技术监控设备记录未经审核即作为处罚证据",
        system=System.PROCEDURE,
        case_types=PUN,
        severity=Severity.ERROR,
        legal_basis=(pl(41, 2),),
        remediation="电子技术监控设备记录的违法事实，须由行政机关在作出处罚决定前审核记录内容是否真实、清晰、完整、准确，"
        "并将审核记录（审核人、日期、结论）归入案卷；未经审核或经审核不符合要求的记录不得作为处罚证据，"
        "已据此作出的决定应复查证据是否充分。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        for doc, decision in monitoring_evidence(ctx):
            m = doc.monitoring
            assert m is not None
            device = f" {m.device}" if m.device else ""
            head = f"{describe(decision)}所依据的文书 {doc.id}（电子技术监控设备{device}记录）"
            if m.record_review_passed is False:
                yield Hit(f"{head}经审核不符合要求，不得作为行政处罚的证据。", step=decision.id, document=doc.id)
            elif m.record_reviewed_on is not None and m.record_reviewed_on > decision.day:
                yield Hit(f"{head}至 {m.record_reviewed_on} 才审核记录内容，晚于处罚决定，"
                          "决定作出时该记录尚未经审核。", step=decision.id, document=doc.id)


RULES: tuple[type[Rule], ...] = (
    ReviewBeforeDecision,
    CatalogueReviewBeforeDecision,
    ReviewNotAfterDecision,
    ReviewPackageComplete,
    ReviewCoversEightItems,
    LatestReviewPassed,
    LatestReviewOutcomeRecorded,
    ReviewerNotInvestigator,
    ReviewerQualified,
    ReviewerIdentified,
    ReviewWithinTimeLimit,
    JointDecisionReviewedByEach,
    ReviewBeforeNotice,
    ComplexCaseDeliberated,
    ReviewBeforeDeliberation,
    MonitoringRecordReviewed,
)
