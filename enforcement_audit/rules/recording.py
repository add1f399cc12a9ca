"""Rules: 执法全过程记录 (full-process record).

The dossier must show, in text (and where required in audio-video), every stage of the case —
启动, 调查取证, 审核, 决定, 送达, 执行, 结案 — in an order the law allows (行政处罚法 Art 47).

Citations of 《广东省行政执法全过程记录办法》 (2021, a provincial government rule read through an
unofficial copy, catalogue key G2, mark C1-copy) are given as 参照适用: no national text lists the
records stage by stage; the 广东 rule follows 国办发〔2018〕118号 closely (catalogue §4).

Also here: the hearing transcript (PUN-HEAR-008, 行政处罚法 Art 64 item 8), archiving after closing
(ARC-001) and the signatures and seals of documents (ARC-004): all of them are about the written
record of the case.

Not a rule: REC-012 (original recordings not edited, integrity hashes). Rules are pure functions of
the loaded dossier and never open files, so the tool cannot recompute a recording's hash; the one
fact the manifest can carry, a ``sha256`` on every ``<av-record>``, is required by the XSD
(``use="required"``), so a loaded dossier always satisfies it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from ..engine import ALL_CASE_TYPES, Confidence, Context, Hit, LegalBasis, Rule, RuleMeta, Severity, System
from ..models import (
    MEASURE_STEPS,
    AvRecord,
    CaseStatus,
    CaseType,
    Document,
    Dossier,
    ExecutionMethod,
    Gap,
    Place,
    Procedure,
    Step,
    StepKind,
)
from ._common import (
    CM,
    EE,
    GUIDANCE_118_BASIS,
    MR_PROCEDURE,
    PENALTY_LAW_2021,
    PUN,
    PUNISHMENT_LAW,
    STEP_LABELS,
    analogy,
    by_case_type,
    cl,
    describe,
    moment,
    not_after,
    on_site_steps,
    pl,
    service_of,
    steps_in_time_order,
)

GD_RECORDING = "广东省行政执法全过程记录办法"
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

#: An enforced execution ends without the organ's own decision and execution when it applied to the court
#: (行政强制法 Art 53: no 强制执行决定 of its own), when the party performed after the demand, or when the
#: execution was terminated.
_EXECUTION_ENDED_OTHERWISE = (_K.COURT_APPLICATION, _K.PAYMENT, _K.EXECUTION_TERMINATION)

_PUNISHMENT_GENERAL: tuple[_Required, ...] = (
    _Required(STEP_LABELS[_K.FILING], _has(_K.FILING), _AFTER_FILING),
    _Required("调查取证（现场检查或询问）", _has(_K.INSPECTION, _K.INQUIRY), _AFTER_INVESTIGATION),
    _Required(STEP_LABELS[_K.ADVANCE_NOTICE], _has(_K.ADVANCE_NOTICE), _AFTER_NOTICE),
    _Required(STEP_LABELS[_K.DECISION], _has(_K.DECISION), _AFTER_DECISION),
)
_PUNISHMENT_SUMMARY: tuple[_Required, ...] = (
    _Required(STEP_LABELS[_K.DECISION], _has(_K.DECISION), _AFTER_DECISION),
)
_COERCIVE_MEASURE: tuple[_Required, ...] = (
    _Required("查封、扣押的审批", _measure_approved, MEASURE_STEPS),
    _Required("查封或扣押", _has(*MEASURE_STEPS), frozenset({_K.EXTENSION, _K.RELEASE, _K.DECISION})),
    _Required(f"{STEP_LABELS[_K.RELEASE]}或处理决定", _has(_K.RELEASE, _K.DECISION)),
)
_ENFORCED_EXECUTION: tuple[_Required, ...] = (
    _Required(STEP_LABELS[_K.DEMAND_NOTICE], _has(_K.DEMAND_NOTICE), frozenset({_K.EXECUTION_DECISION, _K.EXECUTION})),
    _Required(STEP_LABELS[_K.EXECUTION_DECISION], _has(_K.EXECUTION_DECISION, *_EXECUTION_ENDED_OTHERWISE),
              frozenset({_K.EXECUTION})),
    _Required(STEP_LABELS[_K.EXECUTION], _has(_K.EXECUTION, *_EXECUTION_ENDED_OTHERWISE)),
)
_INSPECTION: tuple[_Required, ...] = (
    _Required(STEP_LABELS[_K.INSPECTION], _has(_K.INSPECTION),
              frozenset({_K.INSPECTION_RESULT, _K.RECTIFICATION_ORDER, _K.FOLLOW_UP, _K.DISCLOSURE})),
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
      notice; decision; service of each decision (``service of=<decision id>``);
    * punishment, summary procedure: decision, and (closed cases) its service;
    * coercive measure: an approval (an ``approval`` step, or ``approved-by`` on the seal-up/seizure
      step); the seal-up or seizure; a release or a (disposal) decision;
    * enforced execution: demand notice; execution decision and execution — unless the organ applied to
      the court (``court_application``: Art 53, no decision of its own), the party paid, or the execution
      was terminated;
    * inspection: inspection (the result told to the enterprise is INS-012's warning).

    The closing (结案) step rests on sector and provincial rules, not on a national text: REC-102, a
    warning.

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
        legal_basis=by_case_type(
            ALL_CASE_TYPES,
            common=(gd_record(9), gd_record(10), gd_record(11), gd_record(12), gd_record(13)),
            punishment=(pl(47),),
            coercion=(cl(18, only=CM), cl(24, 1, only=CM), cl(35, only=EE), cl(37, 1, only=EE)),
        ),
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


class ClosingRecorded(Rule):
    """A closed case records its closing (结案).

    Requirement: no national text names the closing step; the 广东 rule (Art 13, 参照适用) lists 结案 among
    the records, and sector rules require a 结案审批表 (市场监督管理行政处罚程序规定 Art 77: 「办案机构应当在十五个
    工作日内填写结案审批表，经市场监督管理部门负责人批准后，予以结案」). Judged on closed cases, except
    on-the-spot punishments: a ``closing`` step. A warning: the duty is a sector's or a province's.

    Non-compliant: ``<case status="closed">`` with no ``<step kind="closing"/>``.

    Compliant: ``<step id="S14" kind="closing" date="2025-05-20"><record document="D11"/></step>``.
    """

    meta = RuleMeta(
        id="REC-102",
        title="已结案但未记录结案环节",
        system=System.RECORDING,
        case_types=ALL_CASE_TYPES,
        severity=Severity.WARNING,
        legal_basis=(gd_record(13), LegalBasis(MR_PROCEDURE, 77, note="市场监管；其他领域参照适用")),
        remediation="补入结案审批表（或结案报告）并记录结案环节（日期、批准人）；今后案件办结后及时办理结案手续。",
        confidence=Confidence.UNCONFIRMED,
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        d = ctx.dossier
        if d.case.status is not CaseStatus.CLOSED or StepKind.CLOSING in d.steps_by_kind:
            return
        if d.case.type is CaseType.PUNISHMENT and d.case.procedure is Procedure.SUMMARY:
            return
        yield Hit(f"本案已结案，但案卷中没有「{STEP_LABELS[_K.CLOSING]}」环节的记录。")


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
        legal_basis=by_case_type(
            ALL_CASE_TYPES,
            common=(gd_record(10, item=7), gd_record(10, item=8), gd_record(12, item=3)),
            punishment=(pl(55, 2), pl(47)),
            coercion=(cl(18, item=7, only=CM), *analogy(cl(18, item=7, only=EE))),
            measure_steps=(cl(18, item=7),),
        ),
        remediation="找到并归入该环节当时制作的笔录（询问笔录、现场检查笔录、现场笔录、执行笔录等），在步骤上登记 record document；"
        "确未制作的，不得事后补写冒充，应在案卷中说明情况，并评估该环节取得的证据能否使用。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        for step in on_site_steps(ctx):
            if any(r.document for r in step.records):
                continue
            name, basis = _TEXT_RECORD.get(step.kind, ("文字记录", pl(47)))
            if basis.law == PUNISHMENT_LAW and ctx.dossier.case.type is not CaseType.PUNISHMENT:
                (basis,) = analogy(basis)  # an inquiry in an inspection: 行政处罚法 by analogy
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
        legal_basis=by_case_type(
            ALL_CASE_TYPES,
            common=(GUIDANCE_118_BASIS, gd_record(14, 1), gd_record(14, 2)),
            punishment=(pl(47),),
            coercion=(),
            inspection=(),
        ),
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
        legal_basis=by_case_type(
            ALL_CASE_TYPES,
            punishment=(pl(44), pl(54, 2), pl(57, 2), pl(58, 1), pl(61, 1), pl(62), pl(64, item=2), pl(65)),
            coercion=(cl(24, 1, only=CM), cl(35, only=EE), cl(37, only=EE), cl(38, only=EE)),
        ),
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


# ---------------------------------------------------------------- REC-003 handler's proposal


def _after_note(steps: Sequence[Step], decision: Step) -> str:
    late = [s for s in steps if not not_after(s, decision)]
    return f"（案卷中的 {'、'.join(describe(s) for s in late)}在决定之后）" if late else ""


class ProposalBeforeDecision(Rule):
    """A general-procedure punishment decision is preceded by the handler's written proposal.

    Requirement: the records of the review and decision stage include the handler's proposal with
    the facts, evidence, legal basis and discretion rule applied (广东 rule Art 11 item 1, cited
    参照适用); 行政处罚法 Art 57 para 1 has the agency head review the result of the finished
    investigation (调查终结) before deciding, and Art 47 requires the 审核 and 决定 stages to be
    recorded. In the format the proposal is the ``investigation_report`` step (案件调查终结报告).
    For each ``decision`` step of a general-procedure punishment case, an ``investigation_report``
    step must not be later than the decision (by time when both have a start, else by day; the same
    day passes). One finding per decision, located there. Summary-procedure decisions are not judged;
    an open case is judged only once a decision is recorded. The other records of Art 11 are other
    rules: the legal review (REV-001/002/007), the collective deliberation (PUN-COLL-001), and the
    agency head's approval of the decision (``approved-by`` on the decision step, catalogue
    PUN-DEC-005), so this rule checks the proposal only. The national requirement of a written
    proposal is derived (the 广东 text is read through an unofficial copy), so the rule is
    unconfirmed and a warning.

    Non-compliant: ``<step id="S10" kind="decision" date="2025-04-21"/>`` and no
    ``investigation_report`` step, or only ``<step id="S05" kind="investigation_report"
    date="2025-04-22"/>``.

    Compliant: ``base_punishment()``: report S05 on 2025-04-01, decision S10 on 2025-04-21.
    """

    meta = RuleMeta(
        id="REC-003",
        title="处罚决定前没有承办人的调查终结报告",
        system=System.RECORDING,
        case_types=PUN,
        severity=Severity.WARNING,
        legal_basis=(gd_record(11, item=1), pl(57, 1), pl(47)),
        remediation="调查终结后由承办人制作案件调查终结报告（写明违法事实、证据、法律依据、裁量基准适用和处理意见），"
        "经审核后再提请负责人决定；已制作而未入卷的，将报告补入案卷并登记 investigation_report 环节；"
        "报告日期记载有误的，予以更正。",
        confidence=Confidence.UNCONFIRMED,
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        if ctx.dossier.case.procedure is not Procedure.GENERAL:
            return
        reports = steps_in_time_order(ctx, StepKind.INVESTIGATION_REPORT)
        for decision in steps_in_time_order(ctx, StepKind.DECISION):
            if any(not_after(r, decision) for r in reports):
                continue
            yield Hit(
                f"{describe(decision)}作出前没有案件调查终结报告{_after_note(reports, decision)}："
                "普通程序案件调查终结后，应由承办人提出处理意见（违法事实、证据、法律依据和裁量基准的适用），"
                "再提请审核和负责人决定。",
                step=decision.id,
            )


# ---------------------------------------------------------------- REC-006 / REC-007 uninterrupted AV

_DURATION = re.compile(r"P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?")


def parse_duration(text: str) -> dt.timedelta | None:
    """ISO 8601 ``PnDTnHnMnS`` (``PT1H10M``) as a timedelta; None for anything else (years, months, sign)."""
    m = _DURATION.fullmatch(text)
    if m is None or not any(m.groups()) or text.endswith("T"):
        return None
    days, hours, minutes, seconds = m.groups()
    return dt.timedelta(days=int(days or 0), hours=int(hours or 0), minutes=int(minutes or 0),
                        seconds=float(seconds or 0))


def _span(delta: dt.timedelta) -> str:
    """1小时5分, 30秒, 2天3小时 (whole seconds)."""
    total = int(delta.total_seconds())
    days, rest = divmod(total, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, seconds = divmod(rest, 60)
    parts = [f"{v}{u}" for v, u in ((days, "天"), (hours, "小时"), (minutes, "分"), (seconds, "秒")) if v]
    return "".join(parts) or "0秒"


def _clock(moment_: dt.datetime, day: dt.date) -> str:
    """10:30 (or 10:30:15) on the step's day, else with the date."""
    text = moment_.strftime("%H:%M" if moment_.second == 0 else "%H:%M:%S")
    return text if moment_.date() == day else f"{moment_.date().isoformat()} {text}"


#: Kinds of on-site act that must be recorded in full, without interruption (广东 rule Art 14 para 2).
_FULL_AV_KINDS = frozenset({StepKind.SEAL_UP, StepKind.SEIZURE})

_AV_BY_ID = ("recording.av_by_id",)


def _full_av_steps(ctx: Context) -> list[tuple[Step, list[AvRecord]]]:
    """Seal-up, seizure and demolition steps with a start time and at least one linked AV record."""
    by_id: dict[str, AvRecord] | None = ctx.memo.get(_AV_BY_ID)
    if by_id is None:
        by_id = ctx.memo[_AV_BY_ID] = {a.id: a for a in ctx.dossier.av_records}
    found: list[tuple[Step, list[AvRecord]]] = []
    for step in on_site_steps(ctx):
        if step.kind not in _FULL_AV_KINDS and not (
            step.kind is StepKind.EXECUTION and step.execution_method is ExecutionMethod.DEMOLITION
        ):
            continue
        avs = [by_id[r.av] for r in step.records if r.av is not None and r.av in by_id]
        if step.start is not None and avs:
            found.append((step, list(dict.fromkeys(avs))))
    return found


def _timed(avs: Sequence[AvRecord]) -> list[tuple[dt.datetime, dt.datetime]] | None:
    """The (start, end) of every record, sorted; None when one of them lacks a valid start and end."""
    spans: list[tuple[dt.datetime, dt.datetime]] = []
    for a in avs:
        if a.start is None or a.end is None or a.end < a.start:
            return None
        spans.append((a.start, a.end))
    return sorted(spans)


def _label(step: Step) -> str:
    if step.kind is StepKind.EXECUTION:
        return "强制拆除"
    return STEP_LABELS[step.kind]


def _ids(avs: Sequence[AvRecord]) -> str:
    return "、".join(a.id for a in avs)


Span = tuple[dt.datetime, dt.datetime]


def _recorded_gaps(avs: Sequence[AvRecord]) -> list[Span]:
    """The recorded gaps (``<gap>``, 1.1) of the records, merged, in time order.

    Every recorded gap counts, with or without a reason: a recorded gap is an interruption the
    dossier declares, and whether it is explained is REC-008's question, not REC-006/007's.
    """
    merged: list[Span] = []
    for start, end in sorted((g.start, g.end) for a in avs for g in a.gaps if g.end > g.start):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _uncovered(start: dt.datetime, end: dt.datetime, covered: Sequence[Span]) -> list[Span]:
    """The parts of ``start``–``end`` outside the (merged, sorted) ``covered`` spans."""
    parts: list[Span] = []
    at = start
    for c_start, c_end in covered:
        if c_end <= at or c_start >= end:
            continue
        if c_start > at:
            parts.append((at, c_start))
        at = max(at, c_end)
    if at < end:
        parts.append((at, end))
    return parts


_FULL_AV_BASIS = by_case_type(
    ALL_CASE_TYPES,
    common=(GUIDANCE_118_BASIS, gd_record(14, 2), gd_record(19), gd_record(20)),
    punishment=(pl(47),),
    coercion=(),
    inspection=(),
)


class AvRecordUninterrupted(Rule):
    """The audio-video record of a seal-up, seizure or demolition has no interruption.

    Requirement: 查封扣押财产、强制拆除 and other on-site acts directly affecting major property
    rights are recorded in audio-video over the whole process without interruption (广东 rule
    Art 14 para 2 「全过程无间断音像记录」, following 国办发〔2018〕118号, whose text was not read;
    catalogue REC-006, C1-copy, so the rule is unconfirmed and a warning). Judged steps: every
    ``seal_up`` and ``seizure`` step, and every ``execution`` step with
    ``execution-method="demolition"``, that has a ``start`` and at least one ``<record av="…"/>``
    (a judged step without any AV record is REC-005's business).

    * When every linked ``<av-record>`` has ``start`` and ``end``, the records are merged and each
      gap between them that lies within the step (``start`` to ``end``; without ``end``, after
      ``start``) is an interruption. A record ending at 10:30:00 and the next starting at 10:30:00
      are continuous; a one-second gap is reported. Gaps before the first or after the last record
      are REC-007's business.
    * When a linked record lacks its times, the rule compares durations: if the step has an ``end``
      and the ``duration`` values of the linked records add up to less than the step lasted, the
      recording cannot have been complete. Otherwise nothing can be concluded and nothing is reported.

    Recorded gaps (1.1 ``<gap>`` children of the linked ``<av-record>`` elements) are not REC-006
    findings: an interruption the dossier declares is judged by REC-008 (广东 rule Art 20: the
    reason stated on resuming, a written note when recording could not continue), so that one
    defect yields one finding — a declared gap with its reason is an explained interruption, and a
    declared gap without one is REC-008's. REC-006 reports only the unexplained interruptions: the
    parts of a hole between records that no recorded gap covers (a hole partly covered is reported
    for its uncovered part), and, for untimed records, a shortfall of the durations that the
    recorded gaps (clipped to the step) do not account for. One finding per step, located there.

    Non-compliant: seizure S03 10:00–11:30 with AV01 10:00–10:40 and AV02 10:45–11:30 (interrupted
    10:40–10:45); or S03 10:00–11:30 with one AV01 of ``duration="PT1H"`` and no times.

    Compliant: AV01 10:00–10:40 and AV02 10:40–11:30; or one AV01 of ``duration="PT1H30M"``; or
    AV01 10:00–10:40 holding ``<gap start="…T10:40:00" end="…T10:45:00" reason="电池耗尽"/>`` and
    AV02 10:45–11:30 (declared and explained; without the reason it is a REC-008 finding).
    """

    meta = RuleMeta(
        id="REC-006",
        title="全程音像记录存在中断",
        system=System.RECORDING,
        case_types=ALL_CASE_TYPES,
        severity=Severity.WARNING,
        legal_basis=_FULL_AV_BASIS,
        remediation="核对执法记录仪的原始文件和存储平台记录：中断确有客观原因（设备故障、电量或存储不足、恶劣天气、现场阻挠）的，"
        "核实重新录制时是否语音说明了原因，无法继续录制的应有向负责人报告和事后书面说明并附入案卷；"
        "漏登记的音像文件补充登记（含起止时间、时长和哈希）；今后此类环节须全程无间断记录。",
        confidence=Confidence.UNCONFIRMED,
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        for step, avs in _full_av_steps(ctx):
            spans = _timed(avs)
            hit = self._too_short(step, avs) if spans is None else self._gaps(step, avs, spans)
            if hit is not None:
                yield hit

    @staticmethod
    def _gaps(step: Step, avs: Sequence[AvRecord], spans: Sequence[tuple[dt.datetime, dt.datetime]]) -> Hit | None:
        assert step.start is not None
        window_start, window_end = step.start, step.end
        declared = _recorded_gaps(avs)
        holes: list[Span] = []
        covered_until = spans[0][1]
        for start, end in spans[1:]:
            if start > covered_until:
                hole_start, hole_end = max(covered_until, window_start), start
                if window_end is not None:
                    hole_end = min(hole_end, window_end)
                if hole_start < hole_end:
                    holes.extend(_uncovered(hole_start, hole_end, declared))
            covered_until = max(covered_until, end)
        if not holes:
            return None
        day = step.day
        listed = "、".join(f"{_clock(a, day)}至{_clock(b, day)}（{_span(b - a)}）" for a, b in holes)
        return Hit(
            f"{describe(step)}是应全程无间断音像记录的{_label(step)}，但音像记录 {_ids(avs)} 之间有 {len(holes)} 处中断："
            f"{listed}。中途中止记录的，重新开始记录时应语音说明原因，确实无法继续记录的应报告负责人并事后书面说明；"
            "这些中断未登记为音像记录的中断（gap），原因不明，请人工核对。",
            step=step.id,
        )

    @staticmethod
    def _too_short(step: Step, avs: Sequence[AvRecord]) -> Hit | None:
        assert step.start is not None
        if step.end is None:
            return None
        durations = [parse_duration(a.duration) for a in avs]
        if any(d is None for d in durations):
            return None
        total = sum((d for d in durations if d is not None), dt.timedelta())
        lasted = step.end - step.start
        declared = sum(
            (min(e, step.end) - max(s, step.start) for s, e in _recorded_gaps(avs) if s < step.end and e > step.start),
            dt.timedelta(),
        )
        if total + declared >= lasted:
            return None
        explained = f"，扣除已登记的中断 {_span(declared)} 后仍短 {_span(lasted - total - declared)}" if declared else ""
        return Hit(
            f"{describe(step)}是应全程无间断音像记录的{_label(step)}，现场执法从 {_clock(step.start, step.day)} "
            f"至 {_clock(step.end, step.day)}，历时 {_span(lasted)}，但音像记录 {_ids(avs)} 的时长合计只有 "
            f"{_span(total)}，短 {_span(lasted - total)}{explained}，不可能覆盖全程（音像记录未登记起止时间，无法确定中断的时段）。",
            step=step.id,
        )


class AvRecordArrivalToDeparture(Rule):
    """The uninterrupted recording of a seal-up, seizure or demolition runs from arrival to departure.

    Requirement: where an on-site act must be recorded without interruption, the recording starts on
    arrival at the site and ends on leaving it (广东 rule Art 19, read through a copy; catalogue
    REC-007, C1-copy: unconfirmed, a warning). In the format the step's ``start`` and ``end`` are the
    arrival and the departure. Judged steps are those of REC-006 (seal-up, seizure, demolition with a
    ``start`` and a linked AV record) whose linked ``<av-record>`` elements all have ``start`` and
    ``end``: the earliest record start must not be after the step's ``start``, and, when the step
    has an ``end``, the latest record end must not be before it (equal times pass). Records without
    times are not judged here (REC-006 compares their durations); gaps between records are REC-006's.
    A late start or an early stop wholly covered by recorded gaps (1.1 ``<gap>``, e.g. a gap from
    11:00 to the departure at 11:30 when the camera failed) is a declared interruption and is left
    to REC-008 (reason, and the written note when recording could not continue); one only partly
    covered is reported here as before. One finding per step, naming both ends when both fail.

    Non-compliant: seizure S03 10:00–11:30 with AV01 10:05–11:30 (started 5 minutes late) or AV01
    10:00–11:20 (stopped 10 minutes early).

    Compliant: AV01 09:58–11:32; or exactly 10:00–11:30.
    """

    meta = RuleMeta(
        id="REC-007",
        title="音像记录未覆盖到达至离开现场的全过程",
        system=System.RECORDING,
        case_types=ALL_CASE_TYPES,
        severity=Severity.WARNING,
        legal_basis=by_case_type(
            ALL_CASE_TYPES,
            common=(GUIDANCE_118_BASIS, gd_record(14, 2), gd_record(19)),
            punishment=(pl(47),),
            coercion=(),
            inspection=(),
        ),
        remediation="核对执法记录仪原始文件的起止时间和现场笔录记载的到达、离开时间：登记有误的予以更正；"
        "确未在到达现场时开始或在离开前停止录制的，说明原因并附入案卷，今后此类环节应自到达执法现场时开始录制，"
        "至离开执法现场时结束。",
        confidence=Confidence.UNCONFIRMED,
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        for step, avs in _full_av_steps(ctx):
            spans = _timed(avs)
            if spans is None:
                continue
            assert step.start is not None
            day = step.day
            first = min(s for s, _ in spans)
            last = max(e for _, e in spans)
            declared = _recorded_gaps(avs)
            problems: list[str] = []
            if first > step.start and _uncovered(step.start, first, declared):
                problems.append(f"录制开始于 {_clock(first, day)}，晚于到达现场开始执法的 {_clock(step.start, day)}"
                                f"（晚 {_span(first - step.start)}）")
            if step.end is not None and last < step.end and _uncovered(last, step.end, declared):
                problems.append(f"录制结束于 {_clock(last, day)}，早于离开现场的 {_clock(step.end, day)}"
                                f"（早 {_span(step.end - last)}）")
            if problems:
                yield Hit(
                    f"{describe(step)}是应全程无间断音像记录的{_label(step)}，但音像记录 {_ids(avs)} "
                    f"未覆盖到达至离开现场的全过程：{'；'.join(problems)}。",
                    step=step.id,
                )


# ---------------------------------------------------------------- REC-008 recorded gaps explained


def _linked_avs(ctx: Context) -> list[tuple[Step, list[AvRecord]]]:
    """Each AV record with the first step (document order) linking it, grouped by that step."""
    by_id = {a.id: a for a in ctx.dossier.av_records}
    seen: set[str] = set()
    found: list[tuple[Step, list[AvRecord]]] = []
    for step in ctx.dossier.steps:
        mine: list[AvRecord] = []
        for r in step.records:
            if r.av is not None and r.av in by_id and r.av not in seen:
                seen.add(r.av)
                mine.append(by_id[r.av])
        if mine:
            found.append((step, mine))
    return found


def _resumed(gap: Gap, step_end: dt.datetime, avs: Sequence[AvRecord]) -> bool:
    """Recording of the step went on after ``gap`` before the step ended (or that cannot be ruled out)."""
    if gap.end >= step_end:
        return False
    for a in avs:
        if a.start is None or a.end is None:
            return True  # an untimed record may have covered the rest: nothing can be concluded
        if a.end > gap.end and a.start < step_end:
            return True
    return False


class AvGapExplained(Rule):
    """Every recorded interruption of an audio-video record states its reason, and in writing when recording stopped.

    Requirement: when a recording is interrupted (equipment fault, battery, storage, weather,
    obstruction), the cause is stated by voice on resuming; when recording cannot continue, it is
    reported at once and explained in writing afterwards (广东 rule Art 20, read through a copy;
    catalogue REC-008, C1-copy: unconfirmed, a warning). Judged: every ``<gap>`` (format 1.1) of an
    ``<av-record>`` linked to a step by ``<record av="…"/>``, of any step kind — each gap once, at
    the first step (document order) that links its record.

    * A gap without ``reason`` is a finding.
    * A gap after which recording did not continue needs a ``written-note`` (the document id of the
      书面说明): the step has an ``end``, the gap starts before it, and either the gap reaches the
      step's end or no linked record of the step runs past the gap's end (a linked record without
      times may have, so nothing is concluded then). Without a step ``end`` only the reason is judged.

    Gaps not declared as ``<gap>`` are the unexplained interruptions of REC-006 (between records) and
    REC-007 (late start, early stop); REC-006/007 leave declared gaps to this rule, so one defect
    yields one finding. One finding per gap, naming both defects when both apply.

    Non-compliant: seizure S03 10:00–11:30, AV01 10:00–11:30 with ``<gap start="…T10:40:00"
    end="…T10:45:00"/>`` (no reason); or ``<gap start="…T11:10:00" end="…T11:30:00" reason="设备故障"/>``
    with no ``written-note`` (recording never resumed before the departure at 11:30).

    Compliant: ``<gap start="…T10:40:00" end="…T10:45:00" reason="电池耗尽，更换电池"/>``; or the final
    gap with ``reason="设备故障" written-note="D12"``.
    """

    meta = RuleMeta(
        id="REC-008",
        title="音像记录中断未说明原因",
        system=System.RECORDING,
        case_types=ALL_CASE_TYPES,
        severity=Severity.WARNING,
        legal_basis=(gd_record(20),),
        remediation="核对执法记录仪原始文件：重新开始记录时已语音说明中断原因的，在音像记录的中断（gap）上登记原因（reason）；"
        "确实无法继续记录的，补充向负责人报告的情况和事后书面说明，附入案卷并在中断上登记（written-note）；"
        "今后中途中止记录的，恢复记录时应当即语音说明原因。",
        confidence=Confidence.UNCONFIRMED,
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        for step, avs in _linked_avs(ctx):
            day = step.day
            for av in avs:
                for gap in sorted(av.gaps, key=lambda g: (g.start, g.end)):
                    problems: list[str] = []
                    if gap.reason is None:
                        problems.append("没有登记中断原因（reason）：重新开始记录时应语音说明中断原因")
                    if step.end is not None and gap.start < step.end and gap.written_note is None \
                            and not _resumed(gap, step.end, avs):
                        problems.append(f"中断后直至{STEP_LABELS[step.kind]}结束（{_clock(step.end, day)}）未恢复记录，"
                                        "但没有书面说明（written-note）：确实无法继续记录的，应报告负责人并事后书面说明")
                    if problems:
                        lasted = _span(max(gap.end - gap.start, dt.timedelta()))
                        yield Hit(
                            f"{describe(step)}的音像记录 {av.id} 在 {_clock(gap.start, day)}至{_clock(gap.end, day)}"
                            f"（{lasted}）中断，{'；'.join(problems)}（{gd_record(20)}）。",
                            step=step.id,
                        )


# ---------------------------------------------------------------- REC-009 opening statement


class AvOpeningStatement(Rule):
    """An audio-video record begins with the officers' spoken statement of the action and that recording is on.

    Requirement: during audio-video recording the officers state by voice the time, place, officers,
    action and the focus of the recording, and tell the party and others present that recording is
    in progress (广东 rule Art 18: 「音像记录过程中，行政执法人员应当对现场执法活动的时间、地点、执法
    人员、执法行为和音像记录的记录重点等进行语音说明，并告知当事人及其他现场有关人员正在进行音像
    记录。」, read through a copy; catalogue REC-009, C1-copy: unconfirmed, a warning). Judged: every
    ``<av-record>`` linked to a step by ``<record av="…"/>``, of any step kind, once, at the first step
    (document order) that links it. ``opening-statement="false"`` is a finding; an omitted
    ``opening-statement`` is not recorded, hence unknown, and is not a finding (otherwise every
    dossier written before format 1.1 would be flagged). An av-record linked to no step is not judged.

    Non-compliant: ``<av-record id="AV01" … opening-statement="false"/>`` with
    ``<step id="S03" …><record av="AV01"/></step>`` (finding at S03).

    Compliant: ``opening-statement="true"``, or the attribute omitted.
    """

    meta = RuleMeta(
        id="REC-009",
        title="音像记录开始时未作语音说明",
        system=System.RECORDING,
        case_types=ALL_CASE_TYPES,
        severity=Severity.WARNING,
        legal_basis=(gd_record(18),),
        remediation="核对音像记录原始文件开头：已作语音说明的，更正登记（opening-statement）；确未说明的，在案卷中书面说明"
        "执法的时间、地点、执法人员、执法行为，以及是否告知当事人正在录音录像，今后开始记录时应当即作语音说明并告知现场人员。",
        confidence=Confidence.UNCONFIRMED,
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        for step, avs in _linked_avs(ctx):
            for av in avs:
                if av.opening_statement is False:
                    yield Hit(
                        f"{describe(step)}的音像记录 {av.id} 登记为开始时未作语音说明（opening-statement=\"false\"）："
                        "应对执法活动的时间、地点、执法人员、执法行为和记录重点进行语音说明，并告知当事人及现场有关人员"
                        f"正在进行音像记录（{gd_record(18)}）。",
                        step=step.id,
                    )


# ---------------------------------------------------------------- REC-010 upload deadline


def _recording_ended(av: AvRecord, step: Step) -> tuple[dt.date, str]:
    """The day the recording was finished (制作完成) and how it is known: the record's ``end``, else the
    step's ``end``, else the step's day."""
    if av.end is not None:
        return av.end.date(), f"音像记录结束于 {av.end.strftime('%Y-%m-%d %H:%M')}"
    if step.end is not None:
        return step.end.date(), f"音像记录未登记结束时间，按 {step.id} 结束时间 {step.end.strftime('%Y-%m-%d %H:%M')} 计"
    return step.day, f"音像记录未登记结束时间，按 {step.id} 的日期 {step.day.isoformat()} 计"


class AvUploadedInTime(Rule):
    """Audio-video records are stored on the platform or the designated storage within the profile deadline.

    Requirement: once a recording is made, the officers store it on the enforcement information
    platform or the unit's designated storage, in principle within 1 working day, and do not keep it
    themselves (广东 rule Art 23 para 1: 「音像记录制作完成后，原则上行政执法人员应当在1个工作日内按照
    要求储存至广东省行政执法信息平台和行政执法监督网络平台或者本单位指定的存储器，不得自行保管。」;
    para 2: for continuous work, work away from base, or on water, remote or poorly connected areas,
    within 1 working day of storage becoming possible). Read through a copy (catalogue REC-010,
    C1-copy): unconfirmed, a warning. The period is the profile parameter ``av_upload_deadline``
    (``guangdong``: 1 working day); without it (national) the rule is silent.

    Judged: every ``<av-record>`` with ``uploaded`` linked to a step by ``<record av="…"/>`` (once,
    at the first step in document order that links it). The recording was finished on the day of the
    record's ``end``, else of the step's ``end``, else on the step's day; that day is not counted and
    the upload day must not be after the last day of the period (day precision: uploaded on the last
    day at any hour passes). An av-record without ``uploaded`` is not judged, in closed and open cases
    alike: the attribute is new in format 1.1 and its absence says nothing about whether or when the
    record was stored, so no finding and no alert. The para 2 exception cannot be told from the data
    (no attribute says storage was unavailable); the message asks for a human check of it. An upload
    time before the recording ended is a data error and is not judged here.

    Non-compliant: (guangdong) AV01 ``end="2025-09-30T11:00:00"`` ``uploaded="2025-10-10T09:00:00"``
    (1 working day after 09-30 is 10-09, the National Day holiday 10-01..08 in between: one day late).

    Compliant: the same record with ``uploaded="2025-10-09T17:00:00"``, or uploaded on the day of the
    recording; or ``uploaded`` omitted; or any dossier under the national profile.
    """

    meta = RuleMeta(
        id="REC-010",
        title="音像记录未按期存储上传",
        system=System.RECORDING,
        case_types=ALL_CASE_TYPES,
        severity=Severity.WARNING,
        legal_basis=(gd_record(23, 1), gd_record(23, 2)),
        remediation="核对执法记录仪和存储平台的上传日志：登记有误的，更正 uploaded 时间；确属连续工作、异地执法或在水上、边远、"
        "交通不便地区执法无法及时储存的，在案卷中说明并注明具备储存条件的时间；无正当理由逾期的，查明音像记录在此期间"
        "是否由个人保管、是否完整，今后应在记录完成后按期储存至执法信息平台或指定存储器。",
        confidence=Confidence.UNCONFIRMED,
        parameters=("av_upload_deadline",),
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        period = ctx.params.av_upload_deadline
        if period is None:
            return
        unit = "个工作日" if period.day_kind == "working" else "日"
        for step, avs in _linked_avs(ctx):
            for av in avs:
                if av.uploaded is None:
                    continue
                ended, how = _recording_ended(av, step)
                deadline = ctx.period_deadline(ended, period)
                uploaded = av.uploaded.date()
                if uploaded <= deadline:
                    continue
                yield Hit(
                    f"{describe(step)}的音像记录 {av.id} 于 {av.uploaded.strftime('%Y-%m-%d %H:%M')} 才存储上传，"
                    f"晚于期限：{how}，应在 {period.days} {unit}内存储上传（配置 av_upload_deadline），"
                    f"期限届满日为 {deadline.isoformat()}，逾期 {(uploaded - deadline).days} 日"
                    f"（{gd_record(23, 1)}；属连续工作、异地执法或水上、边远、交通不便地区执法的，"
                    "应自具备储存条件起计算，请人工核对）。",
                    step=step.id,
                )

# ---------------------------------------------------------------- PUN-HEAR-008 hearing transcript

HEARING_2017 = LegalBasis(PUNISHMENT_LAW, 42, 1, 7, note="2017年修正")


class HearingTranscriptSigned(Rule):
    """Every hearing has a transcript signed by the party, or the refusal is noted.

    Requirement: 行政处罚法 (2021) Art 64 item 8: 「听证应当制作笔录。笔录应当交当事人或者其代理人
    核对无误后签字或者盖章。当事人或者其代理人拒绝签字或者盖章的，由听证主持人在笔录中注明。」
    (hearings before 2021-07-15: 2017 text Art 42 para 1 item 7, which has the signature but not yet
    the refusal clause; the same check is applied and the message cites the text in force on the
    hearing day). For each ``hearing`` step:

    * it has a text record (``<record document="…"/>``, the 听证笔录); and
    * ``party-signed="true"``; or ``party-signed="false"`` with a ``note`` (the chair noted the
      refusal); or ``party-present="false"`` with a ``note`` (the party did not attend, Art 64 item 6:
      the hearing ends and the absence is recorded). A ``note`` alone does not tell whether the
      party signed: without ``party-signed`` the step is a finding.

    One finding per hearing step, listing its problems. Whether the document itself is marked
    ``signed="false"`` is ARC-004's business.

    Non-compliant: ``<step id="S11" kind="hearing" date="2025-07-21"><record document="D10"/></step>``
    (no ``party-signed``), or ``party-signed="false"`` without ``note``.

    Compliant: ``<step id="S11" kind="hearing" date="2025-07-21" party-signed="true"><record
    document="D10"/></step>``, or ``party-signed="false" note="当事人拒绝签字，主持人已在笔录中注明"``.
    """

    meta = RuleMeta(
        id="PUN-HEAR-008",
        title="听证笔录未经当事人签字且未注明拒签",
        system=System.PROCEDURE,
        case_types=PUN,
        severity=Severity.ERROR,
        legal_basis=(pl(64, item=8), pl(64, item=6), HEARING_2017),
        remediation="将听证笔录交当事人或其代理人核对无误后签字或者盖章；当事人拒绝的，由听证主持人在笔录中注明；"
        "当事人无正当理由未出席的，在笔录中记明；在案卷中登记听证笔录（record document）和签字情况（party-signed、note）。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        for hearing in steps_in_time_order(ctx, StepKind.HEARING):
            problems: list[str] = []
            if not any(r.document for r in hearing.records):
                problems.append("没有听证笔录（应以 record document 关联听证笔录）")
            signature = self._signature_problem(hearing)
            if signature:
                problems.append(signature)
            if problems:
                basis = HEARING_2017 if hearing.day < PENALTY_LAW_2021 else pl(64, item=8)
                yield Hit(f"{describe(hearing)}：{'；'.join(problems)}（{basis}）。", step=hearing.id)

    @staticmethod
    def _signature_problem(hearing: Step) -> str | None:
        if hearing.party_signed:
            return None
        if hearing.party_signed is False:
            return None if hearing.note else "当事人或其代理人未在听证笔录上签字或者盖章，也没有听证主持人注明拒绝的情况（note）"
        if hearing.party_present is False:
            return None if hearing.note else "当事人未出席听证，但没有记明缺席的情况（note）"
        return "未记录当事人或其代理人是否已在听证笔录上签字或者盖章（party-signed）"


# ---------------------------------------------------------------- ARC-001 archiving


class ArchivedInTime(Rule):
    """A closed case is archived (立卷归档) after closing, within the profile's archive deadline.

    Requirement: 行政处罚法 Art 47 requires the full-process record to be archived (归档保存); the
    结案归档 is itself recorded (广东 rule Art 13). The deadline is local: e.g. 10 working days
    after closing in a local 食药 rule (catalogue ARC-001 and §10.6, C3), so it is the optional
    profile parameter ``archive_deadline`` (working or calendar days, start day not counted); the
    rule is silent where it is not set (national profile) and ships as an unconfirmed warning.
    Judged: closed cases with a ``closing`` step (the latest one counts); open cases and
    summary-procedure punishment cases (which may be bound in batches) are not judged, nor is a
    closed case without a closing step (REC-001 reports it).

    * The earliest ``archiving`` step dated on or after the closing day must be on or before the
      deadline (finding at the archiving step).
    * Only ``archiving`` steps dated before the closing: finding at the latest of them.
    * No ``archiving`` step: a finding at the closing step once the deadline has passed on the
      as-of date (an audit right after closing is not blamed for a file still being bound).

    Non-compliant: with ``archive_deadline`` 10 working days, closing on Friday 2025-09-26, archiving
    2025-10-17 (the deadline is 2025-10-16: the make-up working day Sunday 28 Sep, 29–30 Sep, then
    after the National Day holiday 9–10 Oct, the make-up working day Saturday 11 Oct and 13–16 Oct).

    Compliant: archiving on 2025-10-16.
    """

    meta = RuleMeta(
        id="ARC-001",
        title="结案后未按期立卷归档",
        system=System.RECORDING,
        case_types=ALL_CASE_TYPES,
        severity=Severity.WARNING,
        legal_basis=by_case_type(ALL_CASE_TYPES, common=(gd_record(13),), punishment=(pl(47),), coercion=(), inspection=()),
        remediation="结案后按本地规定的期限收齐全部文书和音像记录索引，一案一卷立卷归档，并在案卷中登记归档日期；"
        "归档日期记载有误的予以更正。",
        confidence=Confidence.UNCONFIRMED,
        parameters=("archive_deadline",),
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        period = ctx.params.archive_deadline
        d = ctx.dossier
        if period is None or d.case.status is not CaseStatus.CLOSED:
            return
        if d.case.type is CaseType.PUNISHMENT and d.case.procedure is Procedure.SUMMARY:
            return
        closings = steps_in_time_order(ctx, StepKind.CLOSING)
        if not closings:
            return
        closing = closings[-1]
        deadline = ctx.period_deadline(closing.day, period)
        unit = "个工作日" if period.day_kind == "working" else "日"
        rule = (f"结案 {describe(closing)}后应在 {period.days} {unit}内立卷归档（配置 archive_deadline），"
                f"期限届满日为 {deadline.isoformat()}")
        archivings = steps_in_time_order(ctx, StepKind.ARCHIVING)
        after = [a for a in archivings if a.day >= closing.day]
        if after:
            if after[0].day > deadline:
                yield Hit(f"{describe(after[0])}晚于期限：{rule}。", step=after[0].id)
            return
        if archivings:
            early = archivings[-1]
            yield Hit(f"{describe(early)}早于{describe(closing)}：应在结案后收齐全部文书和音像记录再立卷归档。",
                      step=early.id)
            return
        if ctx.as_of > deadline:
            yield Hit(f"案卷中没有归档记录：{rule}，至 {ctx.as_of.isoformat()} 已超过期限。", step=closing.id)


# ---------------------------------------------------------------- ARC-004 signatures and seals


@dataclass(frozen=True)
class _Formality:
    """A document kind that must be signed or sealed: its name, the requirement and its citation."""

    name: str
    requirement: str
    basis: LegalBasis
    basis_before_2021: LegalBasis | None = None


_SEALED: dict[str, _Formality] = {
    "punishment_decision": _Formality(
        "行政处罚决定书", "行政处罚决定书必须盖有作出行政处罚决定的行政机关的印章", pl(59, 2),
        LegalBasis(PUNISHMENT_LAW, 39, 2, note="2017年修正")),
    "seizure_decision": _Formality(
        "查封（扣押）决定书", "查封、扣押决定书应当载明行政机关的名称、印章和日期", cl(24, 2, 5)),
    "execution_decision": _Formality(
        "行政强制执行决定书", "强制执行决定应当以书面形式作出，并载明行政机关的名称、印章和日期", cl(37, 2, 5)),
}

#: 行政处罚法 Art 55 para 2 says only 「询问或者检查应当制作笔录」; who signs is set by sector rules, e.g.
#: 市场监督管理行政处罚程序规定 Art 28 (inspection) and Art 29 (inquiry), applied elsewhere by analogy.
_SECTOR_NOTE = "市场监管；其他领域参照适用"
_HEARING = _Formality(
    "听证笔录", "听证笔录应当交当事人或者其代理人核对无误后签字或者盖章，拒绝的由听证主持人在笔录中注明",
    pl(64, item=8), HEARING_2017)

_SIGNED: dict[str, _Formality] = {
    "on_site_record": _Formality(
        "现场笔录", "现场笔录由当事人和行政执法人员签名或者盖章，当事人拒绝的在笔录中注明；当事人不到场的，"
        "由见证人和行政执法人员签名或者盖章", cl(18, item=8)),
    "inspection_record": _Formality(
        "现场检查（勘验）笔录", "现场笔录载明时间、地点、事件等内容，由办案人员、当事人签名或者盖章",
        LegalBasis(MR_PROCEDURE, 28, note=_SECTOR_NOTE)),
    "inquiry_record": _Formality(
        "询问笔录", "询问笔录经被询问人核对无误后，由被询问人逐页签名、盖章或者以其他方式确认，办案人员应当在笔录上签名",
        LegalBasis(MR_PROCEDURE, 29, note=_SECTOR_NOTE)),
    "hearing_record": _HEARING,
    "hearing_transcript": _HEARING,
}


class DocumentsSignedAndSealed(Rule):
    """Decisions carry the agency's seal and records carry their signatures.

    Requirement (catalogue ARC-004, C1 through the rows it cites): a document marked
    ``sealed="false"`` or ``signed="false"`` of a kind that the law requires to be sealed or signed.

    * Sealed: ``punishment_decision`` (行政处罚法 Art 59 para 2; 2017 text Art 39 para 2 for
      decisions dated before 2021-07-15), ``seizure_decision`` (行政强制法 Art 24 para 2 item 5),
      ``execution_decision`` (行政强制法 Art 37 para 2 item 5).
    * Signed: ``on_site_record`` (行政强制法 Art 18 item 8), ``hearing_record`` /
      ``hearing_transcript`` (行政处罚法 Art 64 item 8; 2017 text Art 42 para 1 item 7),
      ``inspection_record`` and ``inquiry_record`` (行政处罚法 Art 55 para 2 requires the record;
      its signature by the person questioned or inspected and the officers is required by the
      sectors' procedure rules and document templates, not by the statute itself).

    ``signed="false"`` means the record lacks the signatures it needs; a party's refusal noted by
    the officers is recorded on the step (``party-signed="false"`` with ``note``) while the document
    itself counts as signed. An omitted ``signed`` or ``sealed`` attribute is unknown, not a defect:
    no finding (otherwise nearly every dossier would be flagged for data it never recorded). An
    unsigned record is left to the rule that already reports it: INS-111 for the records of the
    ``inspection`` steps of an inspection case, CO-M-010 for the records of ``seal_up`` / ``seizure``
    steps (other than the measure's decision and inventory). The court application signed by the agency head
    (行政强制法 Art 55 para 2, CO-COURT-003) has no document kind yet and is not judged. The date used
    for the 2021 switch is the document ``date``, else the day of the first step recording it. One
    finding per document, located at the document and the first step that records it.

    Non-compliant: ``<document id="D09" kind="punishment_decision" sealed="false"/>``;
    ``<document id="D02" kind="on_site_record" signed="false"/>``.

    Compliant: ``sealed="true"`` / ``signed="true"``, or the attribute omitted.
    """

    meta = RuleMeta(
        id="ARC-004",
        title="文书未按规定签名或盖章",
        system=System.RECORDING,
        case_types=ALL_CASE_TYPES,
        severity=Severity.ERROR,
        legal_basis=by_case_type(
            ALL_CASE_TYPES,
            punishment=(pl(59, 2), pl(64, item=8), pl(55, 2), LegalBasis(MR_PROCEDURE, 28, note=_SECTOR_NOTE),
                        LegalBasis(MR_PROCEDURE, 29, note=_SECTOR_NOTE)),
            coercion=(cl(24, 2, 5, only=CM), cl(18, item=8, only=CM), cl(37, 2, 5, only=EE)),
            inspection=analogy(pl(55, 2)),
        ),
        remediation="决定书应加盖作出决定的行政机关印章后再送达（未盖章即送达的，应重新制作并送达）；笔录应由当事人"
        "（或其代理人、见证人）和执法人员签名或盖章，拒绝签名的由执法人员在笔录中注明；属登记有误的，更正文书的"
        " signed、sealed 标记。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        d = ctx.dossier
        first_step: dict[str, Step] = {}
        for s in d.steps:
            for r in s.records:
                if r.document is not None:
                    first_step.setdefault(r.document, s)
        elsewhere = self._signatures_judged_elsewhere(d)
        for doc in d.documents:
            if doc.sealed is False and doc.kind in _SEALED:
                hit = self._hit(doc, _SEALED[doc.kind], "未加盖印章（sealed=\"false\"）", first_step.get(doc.id))
            elif doc.signed is False and doc.kind in _SIGNED and doc.id not in elsewhere:
                hit = self._hit(doc, _SIGNED[doc.kind], "未签名（signed=\"false\"）", first_step.get(doc.id))
            else:
                continue
            yield hit

    @staticmethod
    def _signatures_judged_elsewhere(d: Dossier) -> frozenset[str]:
        """Records whose ``signed="false"`` INS-111 (inspection steps of an inspection case) or CO-M-010
        (seal-up / seizure steps, other than the measure's decision and inventory) already report."""
        ids: set[str] = set()
        if d.case.type is CaseType.INSPECTION:
            ids.update(r.document for s in d.steps_of(StepKind.INSPECTION) for r in s.records if r.document)
        for s in d.steps_of(*MEASURE_STEPS):
            own = {ref for m in d.measures if m.step == s.id for ref in (m.decision_document, m.inventory) if ref}
            ids.update(r.document for r in s.records if r.document and r.document not in own)
        return frozenset(ids)

    @staticmethod
    def _hit(doc: Document, rule: _Formality, defect: str, step: Step | None) -> Hit:
        day = doc.date or (step.day if step is not None else None)
        basis = rule.basis
        if rule.basis_before_2021 is not None and day is not None and day < PENALTY_LAW_2021:
            basis = rule.basis_before_2021
        where = f"{describe(step)}的" if step is not None else ""
        named = doc.title or rule.name
        return Hit(
            f"{where}文书 {doc.id}（{named}）{defect}：{rule.requirement}（{basis}）。",
            step=step.id if step is not None else None,
            document=doc.id,
        )


# ---------------------------------------------------------------- REC-015 filming in private places


_PRIVATE_PLACES: dict[Place, str] = {Place.DWELLING: "住宅", Place.HOTEL_ROOM: "宾馆客房"}


class AvInPrivatePlaceHasBasis(Rule):
    """Audio-video recording inside a dwelling or hotel room rests on the right-holder's consent or a legal basis.

    Requirement: officers do not film inside private dwellings, hotel rooms or similar places unless a law
    provides for it or the right-holder consents (广东 rule Art 22, cited 参照适用; catalogue mark C1-copy,
    read through an unofficial copy, hence unconfirmed and a warning). Judged on the on-site steps
    (``models.ON_SITE_STEPS``) whose ``place`` is ``dwelling`` or ``hotel_room`` and that carry a
    ``<record av="…"/>``: the step needs ``consent`` (the id of the right-holder's written consent; the loader
    checks that the document exists) or a ``note`` stating the legal basis. The tool cannot read the note, so
    any non-empty note passes and its content is left to the reviewer. A step without ``place`` is not judged
    (the place is unknown), nor is a step in a private place with no audio-video record.

    Non-compliant: ``<step id="S03" kind="inspection" place="dwelling" ...><record document="D02"/>
    <record av="AV01"/></step>`` with neither ``consent`` nor ``note``.

    Compliant: the same step with ``consent="D12"`` (D12: the occupant's written consent), or with
    ``note="依据《……》第……条在住宅内检查并录像"``; or ``place="business"``.
    """

    meta = RuleMeta(
        id="REC-015",
        title="在住宅、宾馆客房内音像记录未载明权利人同意或法律依据",
        system=System.RECORDING,
        case_types=ALL_CASE_TYPES,
        severity=Severity.WARNING,
        legal_basis=(gd_record(22),),
        remediation="核实在住宅、宾馆客房内摄录的依据：取得权利人书面同意的，将同意书归入案卷并在步骤上登记 consent；"
        "依法律规定摄录的，在步骤说明（note）中载明所依据的法律条文；既无同意也无法律依据的，"
        "该段音像记录不得作为证据使用或对外提供，并按规定处理。",
        confidence=Confidence.UNCONFIRMED,
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        for step in on_site_steps(ctx):
            if step.place is None or step.place not in _PRIVATE_PLACES:
                continue
            avs = [r.av for r in step.records if r.av]
            if not avs or step.consent is not None or (step.note is not None and step.note.strip()):
                continue
            yield Hit(
                f"{describe(step)}在{_PRIVATE_PLACES[step.place]}内进行了音像记录（{'、'.join(avs)}），"
                "但未载明权利人同意（consent）或法律依据（note）；在住宅、宾馆客房等场所摄录应有法律依据或经权利人同意。",
                step=step.id,
            )


RULES: tuple[type[Rule], ...] = (
    ArchivedInTime,
    DocumentsSignedAndSealed,
    HearingTranscriptSigned,
    RequiredStepsRecorded,
    ProposalBeforeDecision,
    AvRecordedWhereRequired,
    AvRecordUninterrupted,
    AvRecordArrivalToDeparture,
    AvGapExplained,
    AvOpeningStatement,
    AvUploadedInTime,
    OnSiteStepHasTextRecord,
    AvInPrivatePlaceHasBasis,
    StepsInLawfulOrder,
    ClosingRecorded,
)
