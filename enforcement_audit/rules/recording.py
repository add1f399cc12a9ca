"""Rules: 执法全过程记录 (full-process record).

The dossier must show, in text (and where required in audio-video), every stage of the case —
启动, 调查取证, 审核, 决定, 送达, 执行, 结案 — in an order the law allows (行政处罚法 Art 47).

Citations of 《广东省行政执法全过程记录办法》 (2021, a provincial government rule read through an
unofficial copy, catalogue key G2, mark C1-copy) are given as 参照适用: no national text lists the
records stage by stage; the 广东 rule follows 国办发〔2018〕118号 closely (catalogue §4).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from ..engine import ALL_CASE_TYPES, Confidence, Context, Hit, LegalBasis, Rule, RuleMeta, Severity, System
from ..models import (
    MEASURE_STEPS,
    CaseStatus,
    CaseType,
    Dossier,
    Procedure,
    Step,
    StepKind,
)
from ._common import STEP_LABELS, cl, describe, moment, not_after, on_site_steps, pl, service_of

GD_RECORDING = "广东省行政执法全过程记录办法"
GUIDELINE_118 = "国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见"
_REFERENCE = "参照适用"


def gd_record(article: int, paragraph: int | None = None, item: int | None = None) -> LegalBasis:
    """A citation of the 广东 full-process-record rule, applied for reference (参照适用)."""
    return LegalBasis(GD_RECORDING, article, paragraph, item, note=_REFERENCE)


def _earliest(steps: Sequence[Step]) -> Step | None:
    """The earliest step (by day, then time; ties keep list order)."""
    if len(steps) < 2:
        return steps[0] if steps else None
    return min(steps, key=moment)


# ---------------------------------------------------------------- REC-001 required steps


@dataclass(frozen=True)
class _Required:
    """One required 环节 of a case type: its label, how to find it, and when it is due in an open case."""

    label: str
    present: Callable[[Dossier], bool]
    #: Open cases: the 环节 must exist once a step of one of these kinds is recorded
    #: (empty: only closed cases are judged).
    due_after: frozenset[StepKind] = frozenset()


def _has(*kinds: StepKind) -> Callable[[Dossier], bool]:
    if len(kinds) == 1:
        kind = kinds[0]
        return lambda d: kind in d.steps_by_kind
    return lambda d: any(k in d.steps_by_kind for k in kinds)


def _measure_approved(d: Dossier) -> bool:
    by_kind = d.steps_by_kind
    return StepKind.APPROVAL in by_kind or any(s.approved_by for k in MEASURE_STEPS for s in by_kind.get(k, ()))


_K = StepKind
#: Steps that only follow a punishment decision.
_AFTER_DECISION = frozenset({_K.PAYMENT, _K.REVOCATION, _K.DISCLOSURE})
#: Steps that only follow the advance notice (告知) of a punishment.
_AFTER_NOTICE = _AFTER_DECISION | {
    _K.STATEMENT_AND_DEFENCE, _K.HEARING_REQUEST, _K.HEARING_NOTICE, _K.HEARING, _K.DECISION,
}
#: Steps that only follow the investigation (调查取证) of a punishment case.
_AFTER_INVESTIGATION = _AFTER_NOTICE | {
    _K.INVESTIGATION_REPORT, _K.LEGAL_REVIEW, _K.COLLECTIVE_DELIBERATION, _K.ADVANCE_NOTICE,
}
#: Investigative steps (调查取证) and everything after them: filing must come first.
_AFTER_FILING = _AFTER_INVESTIGATION | {_K.INSPECTION, _K.INQUIRY, _K.EVIDENCE_PRESERVATION}

_CLOSING = _Required(STEP_LABELS[_K.CLOSING], _has(_K.CLOSING))

_PUNISHMENT_GENERAL: tuple[_Required, ...] = (
    _Required(STEP_LABELS[_K.FILING], _has(_K.FILING), _AFTER_FILING),
    _Required("调查取证（现场检查或询问）", _has(_K.INSPECTION, _K.INQUIRY), _AFTER_INVESTIGATION),
    _Required(STEP_LABELS[_K.ADVANCE_NOTICE], _has(_K.ADVANCE_NOTICE), _AFTER_NOTICE),
    _Required(STEP_LABELS[_K.DECISION], _has(_K.DECISION), _AFTER_DECISION),
    _CLOSING,
)
_PUNISHMENT_SUMMARY: tuple[_Required, ...] = (
    _Required(STEP_LABELS[_K.DECISION], _has(_K.DECISION), _AFTER_DECISION),
)
_COERCIVE_MEASURE: tuple[_Required, ...] = (
    _Required("查封、扣押的审批", _measure_approved, MEASURE_STEPS),
    _Required("查封或扣押", _has(*MEASURE_STEPS), frozenset({_K.EXTENSION, _K.RELEASE, _K.DECISION})),
    _Required(f"{STEP_LABELS[_K.RELEASE]}或处理决定", _has(_K.RELEASE, _K.DECISION)),
    _CLOSING,
)
_ENFORCED_EXECUTION: tuple[_Required, ...] = (
    _Required(STEP_LABELS[_K.DEMAND_NOTICE], _has(_K.DEMAND_NOTICE), frozenset({_K.EXECUTION_DECISION, _K.EXECUTION})),
    _Required(STEP_LABELS[_K.EXECUTION_DECISION], _has(_K.EXECUTION_DECISION), frozenset({_K.EXECUTION})),
    _Required(STEP_LABELS[_K.EXECUTION], _has(_K.EXECUTION)),
    _CLOSING,
)
_INSPECTION: tuple[_Required, ...] = (
    _Required(STEP_LABELS[_K.INSPECTION], _has(_K.INSPECTION),
              frozenset({_K.INSPECTION_RESULT, _K.RECTIFICATION_ORDER, _K.FOLLOW_UP, _K.DISCLOSURE})),
    _Required(STEP_LABELS[_K.INSPECTION_RESULT], _has(_K.INSPECTION_RESULT), frozenset({_K.DISCLOSURE})),
    _CLOSING,
)


_OTHER_REQUIREMENTS: dict[CaseType, tuple[_Required, ...]] = {
    CaseType.COERCIVE_MEASURE: _COERCIVE_MEASURE,
    CaseType.ENFORCED_EXECUTION: _ENFORCED_EXECUTION,
    CaseType.INSPECTION: _INSPECTION,
}


def _requirements(d: Dossier) -> tuple[_Required, ...]:
    case = d.case
    if case.type is CaseType.PUNISHMENT:
        return _PUNISHMENT_SUMMARY if case.procedure is Procedure.SUMMARY else _PUNISHMENT_GENERAL
    return _OTHER_REQUIREMENTS[case.type]


class RequiredStepsRecorded(Rule):
    """Every stage the procedure requires is recorded in the dossier.

    Requirement: 行政处罚法 Art 47 requires a record of 启动、调查取证、审核、决定、送达、执行 (the
    广东 rule, Art 9–13, lists the records stage by stage, including 结案). Required 环节 by case type:

    * punishment, general procedure: filing; an investigation step (inspection or inquiry); advance
      notice; decision; service of each decision (``service of=<decision id>``); closing;
    * punishment, summary procedure: decision, and (closed cases) its service; no closing step is
      required for an on-the-spot decision;
    * coercive measure: an approval (an ``approval`` step, or ``approved-by`` on the seal-up/seizure
      step); the seal-up or seizure; a release or a (disposal) decision; closing;
    * enforced execution: demand notice; execution decision; execution; closing;
    * inspection: inspection; inspection result; closing.

    Closed cases are judged on all of them (a closed case without a decision is not asked for the
    decision's service: the missing decision is the finding). Open cases are judged only on 环节
    that must precede a step already recorded: filing before any investigative step or anything
    after it, an investigation step before the investigation report / legal review / advance notice,
    the advance notice before statements, hearing steps or the decision, the decision before
    payment / revocation / disclosure, the demand notice before the execution decision, and so on.
    The service of a decision in an open case is judged by PUN-SERVE-001 (deadline), not here; the
    release of a running measure by the coercion rules. Open-case findings are located at the
    earliest recorded step that presupposes the missing 环节; closed-case findings have no step.

    Non-compliant: a closed punishment case with no ``advance_notice`` step; an open punishment case
    with ``<step id="S10" kind="decision" .../>`` but no ``filing`` step.

    Compliant: ``base_punishment()`` (filing S02, inspection S03, inquiry S04, advance notice S07,
    decision S10 served by S11, closing S14).
    """

    meta = RuleMeta(
        id="REC-001",
        title="执法环节记录不全",
        system=System.RECORDING,
        case_types=ALL_CASE_TYPES,
        severity=Severity.ERROR,
        legal_basis=(pl(47), gd_record(9), gd_record(10), gd_record(11), gd_record(12), gd_record(13)),
        remediation="核查该环节是否实际进行：已进行的，补齐相应文书（立案审批表、笔录、告知书、决定书、送达回证、结案报告等）"
        "并按时间顺序归入案卷；未进行的，依法补正程序或对案件作出相应处理，并说明原因。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        d = ctx.dossier
        closed = d.case.status is CaseStatus.CLOSED
        for req in _requirements(d):
            if req.present(d):
                continue
            if closed:
                yield Hit(f"本案已结案，但案卷中没有「{req.label}」环节的记录。")
                continue
            trigger = _earliest([s for s in d.steps if s.kind in req.due_after])
            if trigger is not None:
                yield Hit(
                    f"案卷已记录 {describe(trigger)}，但在此之前应有的「{req.label}」环节没有记录。",
                    step=trigger.id,
                )
        if closed and d.case.type is CaseType.PUNISHMENT:
            for decision in d.steps_of(StepKind.DECISION):
                if service_of(ctx, decision.id) is None:
                    yield Hit(
                        f"本案已结案，但 {describe(decision)}没有送达记录"
                        f"（应有 of=\"{decision.id}\" 的「{STEP_LABELS[_K.SERVICE]}」环节）。",
                        step=decision.id,
                    )


# ---------------------------------------------------------------- REC-014 text record of on-site steps

#: What the text record of each on-site step is called, and the provision requiring it.
_TEXT_RECORD: dict[StepKind, tuple[str, LegalBasis]] = {
    StepKind.INSPECTION: ("现场检查（勘验）笔录", pl(55, 2)),
    StepKind.INQUIRY: ("询问笔录", pl(55, 2)),
    StepKind.EVIDENCE_PRESERVATION: ("证据先行登记保存的文字记录（登记保存清单等）", gd_record(10, item=7)),
    StepKind.SEAL_UP: ("现场笔录", cl(18, item=7)),
    StepKind.SEIZURE: ("现场笔录", cl(18, item=7)),
    StepKind.EXECUTION: ("强制执行的文字记录（执行笔录）", gd_record(12, item=3)),
}


class OnSiteStepHasTextRecord(Rule):
    """Every on-site step has at least one text record (笔录) attached.

    Requirement: 询问或者检查应当制作笔录 (行政处罚法 Art 55 para 2: inquiry, inspection); a
    现场笔录 is made for every coercive measure (行政强制法 Art 18 item 7: seal-up, seizure). The
    rule extends the same check to the other on-site steps of ``models.ON_SITE_STEPS``: evidence
    preservation (广东 rule Art 10 item 7, 证据保全的情况) and enforced execution (广东 rule
    Art 12 item 3, 行政强制执行的情况), both cited 参照适用 — no national text names their record.
    A text record is a ``<record document="…"/>`` on the step; an audio-video record alone does
    not count. Whether the document id exists is checked by the XSD, not here.

    Non-compliant: ``<step id="S04" kind="inquiry" ...><record av="AV02"/></step>`` (video only).

    Compliant: ``<step id="S04" kind="inquiry" ...><record document="D03"/></step>``.
    """

    meta = RuleMeta(
        id="REC-014",
        title="现场执法环节没有笔录",
        system=System.RECORDING,
        case_types=ALL_CASE_TYPES,
        severity=Severity.ERROR,
        legal_basis=(pl(55, 2), cl(18, item=7), pl(47), gd_record(10, item=7), gd_record(10, item=8), gd_record(12, item=3)),
        remediation="找到并归入该环节当时制作的笔录（询问笔录、现场检查笔录、现场笔录、执行笔录等），在步骤上登记 record document；"
        "确未制作的，不得事后补写冒充，应在案卷中说明情况，并评估该环节取得的证据能否使用。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        for step in on_site_steps(ctx):
            if any(r.document for r in step.records):
                continue
            name, basis = _TEXT_RECORD.get(step.kind, ("文字记录", pl(47)))
            video = "（仅有音像记录，不能代替文字笔录）" if any(r.av for r in step.records) else ""
            yield Hit(f"{describe(step)}没有文字记录{video}：应制作{name}（{basis}）。", step=step.id)


# ---------------------------------------------------------------- REC-005 audio-video record


class AvRecordedWhereRequired(Rule):
    """Steps of the kinds listed in the profile's ``av_required_steps`` have an audio-video record.

    Requirement: 国办发〔2018〕118号 and the 广东 rule (Art 14 para 2) require full audio-video
    recording of on-site actions directly affecting major property rights such as 查封扣押财产 and
    强制拆除 (Art 14 para 1 adds 现场执法、调查取证、听证、留置送达、公告送达 as recordable). Which
    step kinds need it is the profile parameter ``av_required_steps`` (national default: seal-up,
    seizure, execution), marked unconfirmed, so the rule ships as a warning. An AV record is a
    ``<record av="…"/>`` on the step. Continuity of the recording (REC-006/007) is not checked here.

    Non-compliant: ``<step id="S03" kind="seizure" ...><record document="D02"/></step>`` with no
    ``record av``.

    Compliant: ``<step id="S03" kind="seizure" ...><record document="D02"/><record av="AV01"/></step>``.
    """

    meta = RuleMeta(
        id="REC-005",
        title="应当音像记录的环节没有音像记录",
        system=System.RECORDING,
        case_types=ALL_CASE_TYPES,
        severity=Severity.WARNING,
        legal_basis=(LegalBasis(GUIDELINE_118, note="国办发〔2018〕118号"), gd_record(14, 1), gd_record(14, 2), pl(47)),
        remediation="调取该环节的执法记录仪或其他音像记录并登记 record av（含哈希和时长）；确无音像记录的，"
        "应书面说明原因（设备故障、现场阻挠等）并附入案卷，今后此类环节须全程音像记录。",
        confidence=Confidence.UNCONFIRMED,
        parameters=("av_required_steps",),
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        required = ctx.params.av_required_steps.steps
        d = ctx.dossier
        if not any(k in d.steps_by_kind for k in required):
            return
        names = "、".join(STEP_LABELS[k] for k in required)
        for step in d.steps:
            if step.kind in required and not any(r.av for r in step.records):
                yield Hit(
                    f"{describe(step)}没有音像记录；配置 av_required_steps 要求对以下环节进行音像记录：{names}。",
                    step=step.id,
                )


# ---------------------------------------------------------------- REC-101 chronology


@dataclass(frozen=True)
class _Order:
    """``earlier`` kinds must be recorded on/before the first step of the ``later`` kinds."""

    earlier: frozenset[StepKind]
    later: frozenset[StepKind]
    reason: str
    case_types: frozenset[CaseType] = ALL_CASE_TYPES


_INVESTIGATIVE = frozenset({_K.INSPECTION, _K.INQUIRY, _K.EVIDENCE_PRESERVATION})

_ORDERS: tuple[_Order, ...] = (
    _Order(frozenset({_K.FILING}), _INVESTIGATIVE,
           "处罚案件应先立案后调查取证（《行政处罚法》第五十四条第二款：符合立案标准的应当及时立案）",
           frozenset({CaseType.PUNISHMENT})),
    _Order(frozenset({_K.ADVANCE_NOTICE}), frozenset({_K.DECISION}),
           "作出处罚决定前应告知拟作出的处罚（《行政处罚法》第四十四条、第六十二条）"),
    _Order(frozenset({_K.LEGAL_REVIEW}), frozenset({_K.DECISION}),
           "法制审核应在负责人作出决定之前进行（《行政处罚法》第五十八条第一款）"),
    _Order(frozenset({_K.COLLECTIVE_DELIBERATION}), frozenset({_K.DECISION}),
           "集体讨论应在作出决定之时或之前（《行政处罚法》第五十七条第二款）"),
    _Order(frozenset({_K.HEARING_NOTICE}), frozenset({_K.HEARING}),
           "应先通知听证的时间、地点再举行听证（《行政处罚法》第六十四条第（二）项）"),
    _Order(frozenset({_K.HEARING}), frozenset({_K.DECISION}),
           "听证结束后才能根据听证笔录作出决定（《行政处罚法》第六十五条）"),
    _Order(frozenset({_K.DEMAND_NOTICE}), frozenset({_K.EXECUTION_DECISION}),
           "作出强制执行决定前应当事先催告（《行政强制法》第三十五条、第三十七条第一款）"),
    _Order(frozenset({_K.EXECUTION_DECISION}), frozenset({_K.EXECUTION}),
           "强制执行应依据书面的强制执行决定实施（《行政强制法》第三十七条）"),
)


_ORDERS_BY_CASE_TYPE: dict[CaseType, tuple[_Order, ...]] = {
    case_type: tuple(o for o in _ORDERS if case_type in o.case_types) for case_type in CaseType
}


def _of_kinds(by_kind: dict[StepKind, tuple[Step, ...]], kinds: frozenset[StepKind]) -> Sequence[Step]:
    """The steps of the given kinds, kind by kind (``Dossier.steps_by_kind``)."""
    if len(kinds) == 1:
        (kind,) = kinds
        return by_kind.get(kind, ())
    return [s for k in kinds for s in by_kind.get(k, ())]


class StepsInLawfulOrder(Rule):
    """Recorded steps follow the order the law prescribes (程序倒置).

    Requirement (our own rule, REC-101): for each pair below the first step of the later kind must
    not be dated before an existing step of the earlier kind. One finding per violated pair, located
    at the step that came too early (the later step of the pair, in the lawful order):

    * punishment cases: filing on/before the first inspection / inquiry / evidence preservation
      (行政处罚法 Art 54 para 2; the order itself is derived, see note);
    * advance notice on/before the decision (Art 44, 62);
    * legal review and collective deliberation not after the decision (Art 58 para 1, Art 57 para 2);
    * hearing notice on/before the hearing (Art 64 item 2); hearing on/before the decision (Art 65);
    * demand notice on/before the execution decision (行政强制法 Art 35, 37 para 1); execution
      decision on/before the execution (Art 37);
    * every service step (``of="X"``) not before the step X it serves (行政处罚法 Art 61,
      行政强制法 Art 38: a document is served after it is made).

    Times are compared when both steps carry a start time, otherwise days (the same day passes).
    Missing steps are REC-001's business, late periods (statement window, 7-day hearing notice…)
    the procedure rules'. Overlaps: a review after the decision is also REV-003 (at the review step).
    Note: in some sectors a preliminary check (核查) may include an on-site inspection before filing;
    such an inspection is flagged here and needs a human look.

    Non-compliant: ``<step id="S07" kind="advance_notice" date="2025-04-25"/>`` with
    ``<step id="S10" kind="decision" date="2025-04-21"/>`` (finding at S10); a service of S10 dated
    2025-04-20 (finding at the service step).

    Compliant: ``base_punishment()``: filing 03-05, inspection 03-06, review 04-03, notice 04-07,
    decision 04-21, its service 04-22.
    """

    meta = RuleMeta(
        id="REC-101",
        title="执法环节顺序倒置",
        system=System.RECORDING,
        case_types=ALL_CASE_TYPES,
        severity=Severity.ERROR,
        legal_basis=(pl(44), pl(54, 2), pl(57, 2), pl(58, 1), pl(61, 1), pl(62), pl(64, item=2), pl(65),
                     cl(35), cl(37), cl(38)),
        remediation="核对两个环节文书上的日期和时间：属笔误的，更正并注明更正理由；确属程序倒置的（如先决定后告知、先执行后决定），"
        "该行为存在程序违法，应依法撤销或补正，并对后续环节重新履行程序。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        d = ctx.dossier
        by_kind = d.steps_by_kind
        earliest: dict[frozenset[StepKind], Step | None] = {}  # several pairs share their later kinds
        for order in _ORDERS_BY_CASE_TYPE[d.case.type]:
            earlier = _of_kinds(by_kind, order.earlier)
            if not earlier:
                continue
            if order.later in earliest:
                later = earliest[order.later]
            else:
                later = earliest[order.later] = _earliest(_of_kinds(by_kind, order.later))
            if later is None or any(not_after(e, later) for e in earlier):
                continue
            first = _earliest(earlier)
            assert first is not None
            yield Hit(f"{describe(later)}早于 {describe(first)}：{order.reason}。", step=later.id)
        for service in d.steps_of(StepKind.SERVICE):
            served = d.step_by_id.get(service.of) if service.of else None
            if served is not None and served is not service and not not_after(served, service):
                yield Hit(
                    f"{describe(service)}早于其送达的 {describe(served)}：文书应先作出后送达"
                    f"（《行政处罚法》第六十一条第一款、《行政强制法》第三十八条）。",
                    step=service.id,
                )


RULES: tuple[type[Rule], ...] = (
    RequiredStepsRecorded,
    AvRecordedWhereRequired,
    OnSiteStepHasTextRecord,
    StepsInLawfulOrder,
)
