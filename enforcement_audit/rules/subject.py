"""Rules: 执法主体资格 (subject qualification)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from ..engine import ALL_CASE_TYPES, Confidence, Context, Hit, LegalBasis, Rule, RuleMeta, Severity, System
from ..models import (
    MEASURE_STEPS,
    Body,
    BodyType,
    Capacity,
    CaseType,
    Delegation,
    Dossier,
    MeasureKind,
    PenaltyKind,
    Power,
    Registry,
    Step,
    StepKind,
    TransferAuthority,
)
from ._common import (
    CM,
    COERCION,
    EE,
    INSPECTION_OPINION,
    MEASURE_LABELS,
    PENALTY_LAW_2021,
    PUN,
    PUNISHMENT_LAW,
    STEP_LABELS,
    act_step_of,
    analogy,
    by_case_type,
    cl,
    describe,
    pl,
)


class BodyExists(Rule):
    """The acting enforcement body must be a known body in the registry.

    Requirement: the body that decides or acts is an administrative organ, an authorised
    organisation or an entrusted organisation on record (行政处罚法 Art 17–20).

    Non-compliant: ``<acting-body id="B-UNKNOWN"/>`` where bodies.xml has no ``B-UNKNOWN``.

    Compliant: ``<acting-body id="B-LA-MR"/>`` with ``<body id="B-LA-MR" ...>`` in bodies.xml.
    """

    meta = RuleMeta(
        id="SUBJ-001",
        title="执法主体不在主体名录中",
        system=System.SUBJECT,
        case_types=ALL_CASE_TYPES,
        severity=Severity.ERROR,
        legal_basis=by_case_type(
            ALL_CASE_TYPES,
            punishment=(pl(17), pl(18), pl(19), pl(20), pl(38, 1, note="主体不适格的处罚无效")),
            coercion=(cl(17, only=CM), cl(13, 2, only=EE), cl(34, only=EE), cl(70)),
            inspection=analogy(pl(17), pl(18), pl(19), pl(20)),
        ),
        remediation="核实实施机关：以具有行政主体资格的机关名义作出决定；如名录遗漏，补录主体并附其设立和职权依据。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        acting = ctx.dossier.case.acting_body
        if acting.id not in ctx.registry.body_by_id:
            yield Hit(f"实施主体 {acting.id} 不在执法主体名录中，无法确认其行政主体资格。")
        if acting.principal and acting.principal not in ctx.registry.body_by_id:
            yield Hit(f"委托/赋权机关 {acting.principal} 不在执法主体名录中。")


# ---------------------------------------------------------------- helpers


def _body(b: Body) -> str:
    return f"{b.id}（{b.name}）"


def _period(valid_from: dt.date, valid_to: dt.date | None) -> str:
    return f"{valid_from}至{valid_to}" if valid_to is not None else f"{valid_from}起长期"


def _act_label(s: Step) -> str:
    """Where the act day (``_common.act_step``) comes from, for messages."""
    return f"行为日 {s.day}（{s.id} {STEP_LABELS[s.kind]}）"


def _matter(dossier: Dossier) -> str:
    m = dossier.case.matter
    return f"{m.code}「{m.name}」"


def _powers_for(body: Body, code: str) -> tuple[Power, ...]:
    return body.powers_by_matter.get(code, ())


def _has_power(body: Body, code: str, day: dt.date) -> bool:
    return any(p.in_force(day) for p in _powers_for(body, code))


def _covering(body: Body, code: str) -> list[Delegation]:
    return [d for d in body.delegations if code in d.matters]


def power_holders(dossier: Dossier, registry: Registry) -> list[Body]:
    """Whose power list the case is judged on, by the declared capacity (empty: another rule reports); rules of
    other modules use it too (e.g. CO-MON-004)."""
    acting = dossier.case.acting_body
    body = registry.body_by_id.get(acting.id)
    if body is None:
        return []  # SUBJ-001
    if acting.capacity is Capacity.OWN:
        if body.type in (BodyType.TOWNSHIP, BodyType.ENTRUSTED_ORGANISATION):
            return []  # SUBJ-005 judges a township / entrusted organisation acting in its own name
        return [body]
    ids: list[str]
    if acting.capacity is Capacity.ENTRUSTED:
        ids = [acting.principal] if acting.principal else []  # a missing principal: SUBJ-005
    elif acting.principal:
        ids = [acting.principal]
    else:
        ids = list(dict.fromkeys(x.delegator for x in _covering(body, dossier.case.matter.code)))
    return [registry.body_by_id[i] for i in ids if i in registry.body_by_id]  # unknown ids: SUBJ-001


# ---------------------------------------------------------------- rules


class MatterOnPowerList(Rule):
    """The case's matter must be on the power list (权责清单) of the body whose power is exercised, on the act day.

    Requirement: a body acts only within its statutory powers (行政处罚法 Art 17; 行政强制法 Art 17 para 1);
    the implementing body and the basis of each matter are published (行政处罚法 Art 39), i.e. the matter is
    on the body's published power list in force on the act day (decision day, else first on-site act, else
    filing). An entrusted organisation exercises its principal's power, a township with transferred powers
    the delegator's power: for capacity ``entrusted``/``delegated`` the principal's / delegator's list is used.

    Non-compliant: ``<matter code="MR-FOOD-001"/>``, decision 2025-04-21, but the body's ``<power
    matter="MR-FOOD-001" valid-from="2026-01-01"/>`` (not yet in force), or no such power at all.

    Compliant: ``<power matter="MR-FOOD-001" valid-from="2020-01-01"/>`` on the acting body (or on the
    principal / delegator of an entrusted or delegated body).
    """

    meta = RuleMeta(
        id="SUBJ-003",
        title="执法事项不在实施机关有效的权责清单内",
        system=System.SUBJECT,
        case_types=ALL_CASE_TYPES,
        severity=Severity.ERROR,
        legal_basis=by_case_type(ALL_CASE_TYPES, punishment=(pl(17),),
                                 coercion=(cl(17, 1, only=CM), cl(13, 2, only=EE), cl(34, only=EE))),
        remediation="核对权责清单（执法事项清单）：确认该事项在行为日是否属于实施机关（受委托或赋权的，为委托机关或赋权机关）"
        "的职权；清单遗漏的，提供设定该职权的法律依据并补正清单；确无职权的，依法移送有权机关处理，已作出的决定依法撤销或确认无效。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        d = ctx.dossier
        act = act_step_of(ctx)
        if act is None:
            return
        day = act.day
        code = d.case.matter.code
        holders = power_holders(d, ctx.registry)
        if any(_has_power(h, code, day) for h in holders):
            return
        label = _act_label(act)
        reasons = []
        for holder in holders:
            listed = _powers_for(holder, code)
            if listed:
                periods = "、".join(_period(p.valid_from, p.valid_to) for p in listed)
                reasons.append(f"{_body(holder)} 清单中该事项的有效期为 {periods}，{label}不在有效期内")
            else:
                reasons.append(f"{_body(holder)} 的清单中没有该事项")
        if reasons:
            whose = "实施机关" if d.case.acting_body.capacity is Capacity.OWN else "委托/赋权机关"
            yield Hit(f"执法事项 {_matter(d)} 不在{whose}有效的权责清单内：{'；'.join(reasons)}。")


class WithinDelegation(Rule):
    """A township (transferred powers) or an entrusted organisation acts within a delegation in force covering the matter.

    Requirement: an entrusted organisation acts only within a written entrustment stating matters and term,
    in the name of the entrusting body (行政处罚法 Art 20); a township exercises county-level punishment
    powers only as transferred by a published provincial decision (Art 24). The registry's delegation must be
    in force on the act day and list the matter; for ``capacity="entrusted"`` its delegator must be the
    declared ``principal`` (a missing principal is itself a finding). A township or entrusted organisation
    acting with ``capacity="own"`` is a finding unless the matter is on its own power list (an entrusted
    organisation never has own power).

    Non-compliant: ``<acting-body id="B-QS-TOWN" capacity="delegated"/>``, matter TS-BLD-001, decision
    2027-01-05, with the only delegation DL-QS-1 valid 2022-01-01..2026-12-31.

    Compliant: the same with the decision on 2026-12-31 (the last day of the term counts).
    """

    meta = RuleMeta(
        id="SUBJ-005",
        title="受委托组织或乡镇未在有效的委托、赋权范围内实施",
        system=System.SUBJECT,
        case_types=ALL_CASE_TYPES,
        severity=Severity.ERROR,
        legal_basis=by_case_type(
            ALL_CASE_TYPES,
            punishment=(pl(20, 1), pl(20, 2), pl(20, 4), pl(24, 1)),
            # 行政强制措施权不得委托 (Art 17 para 1): no analogy to the punishment rules on entrustment
            coercion=(cl(17, 1, only=CM), *analogy(pl(20, 1, only=EE), pl(20, 2, only=EE), pl(20, 4, only=EE),
                                                   pl(24, 1, only=EE))),
        ),
        remediation="调取委托书或省级赋权决定，核对事项范围、期限和委托机关：受委托组织应以委托机关名义、在委托范围和期限内实施，"
        "案卷载明委托机关；乡镇、街道应依已公布的赋权决定实施；超出范围或期限的，由有权机关依法重新处理。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        d = ctx.dossier
        acting = d.case.acting_body
        body = ctx.registry.body_by_id.get(acting.id)
        act = act_step_of(ctx)
        if body is None or act is None:
            return  # SUBJ-001 / nothing to judge
        day = act.day
        code = d.case.matter.code
        if acting.capacity is Capacity.OWN:
            if body.type is BodyType.ENTRUSTED_ORGANISATION:
                covering = _covering(body, code)
                hint = f"；名录中覆盖该事项的委托为 {'、'.join(x.id for x in covering)}" if covering else ""
                yield Hit(f"{_body(body)} 在名录中是受委托组织，却以自身名义（capacity=own）实施执法事项 {_matter(d)}；"
                          f"受委托组织只能以委托机关名义实施{hint}。")
            elif body.type is BodyType.TOWNSHIP and not _has_power(body, code, day):
                active = [x for x in _covering(body, code) if x.in_force(day)]
                if active:
                    hint = f"应依赋权 {'、'.join(x.id for x in active)} 以赋权方式（capacity=delegated）实施"
                else:
                    hint = "也没有在该日有效的赋权"
                yield Hit(f"{_body(body)} 是乡镇（街道），以自身名义（capacity=own）实施执法事项 {_matter(d)}，"
                          f"但其自身权责清单在{_act_label(act)}没有该事项，{hint}。")
            return
        label = _act_label(act)
        covering = _covering(body, code)
        if acting.capacity is Capacity.ENTRUSTED and not acting.principal:
            yield Hit(f"{_body(body)} 以受委托方式实施，但案卷未载明委托机关（acting-body 的 principal），无法核对委托关系。")
            return
        wanted = acting.principal if acting.capacity is Capacity.ENTRUSTED else None
        fitting = [x for x in covering if x.in_force(day) and (wanted is None or x.delegator == wanted)]
        if fitting:
            return
        how, what = ("受委托", "委托") if acting.capacity is Capacity.ENTRUSTED else ("赋权", "赋权")
        if not body.delegations:
            why = "名录中没有该主体的任何委托/赋权记录"
        else:
            reasons = []
            for x in body.delegations:
                problems = []
                if code not in x.matters:
                    problems.append(f"事项范围（{'、'.join(x.matters)}）不含 {code}")
                if not x.in_force(day):
                    problems.append(f"期限 {_period(x.valid_from, x.valid_to)} 不含行为日")
                if wanted is not None and x.delegator != wanted:
                    problems.append(f"委托机关为 {x.delegator}，与案卷载明的 {wanted} 不符")
                reasons.append(f"{x.id}：{'；'.join(problems)}")
            why = "；".join(reasons)
        yield Hit(f"{_body(body)} 以{how}方式实施执法事项 {_matter(d)}，{label}没有覆盖该事项的有效{what}：{why}。")


class EntrustedNoMeasures(Rule):
    """An entrusted organisation never imposes coercive measures (查封、扣押、冻结).

    Requirement: 行政强制措施权不得委托 (行政强制法 Art 17 para 1). Whether the acting body is an entrusted
    organisation is taken from the registry (type ``entrusted_organisation``) or the dossier
    (``capacity="entrusted"``). Each seal-up / seizure step is a finding, and so is each measure that is
    not already covered by its step.

    Non-compliant: ``<acting-body id="B-CX-MR-TEAM" capacity="entrusted" principal="B-CX-MR"/>`` with a
    ``<step kind="seizure">``.

    Compliant: the entrusting agency B-CX-MR itself seizes (``capacity="own"``), the entrusted organisation
    only investigates and punishes within its entrustment.
    """

    meta = RuleMeta(
        id="SUBJ-008",
        title="受委托组织实施行政强制措施",
        system=System.SUBJECT,
        case_types=ALL_CASE_TYPES,
        severity=Severity.ERROR,
        legal_basis=(cl(17, 1),),
        remediation="行政强制措施权不得委托：由法律、法规规定的行政机关以自己的名义、由其具备资格的执法人员重新依法实施或解除该措施；"
        "受委托组织已实施的查封、扣押、冻结应依法解除并处理由此造成的损失。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        d = ctx.dossier
        acting = d.case.acting_body
        body = ctx.registry.body_by_id.get(acting.id)
        entrusted = acting.capacity is Capacity.ENTRUSTED or (
            body is not None and body.type is BodyType.ENTRUSTED_ORGANISATION)
        if not entrusted:
            return
        who = _body(body) if body is not None else acting.id
        reported: set[str] = set()
        for s in d.steps_of(*MEASURE_STEPS):
            reported.add(s.id)
            yield Hit(f"{who} 为受委托组织，却实施了 {describe(s)}；行政强制措施权不得委托。", step=s.id)
        for m in d.measures:
            if m.step in reported:
                continue
            step = m.step if m.step in d.step_by_id else None
            yield Hit(f"{who} 为受委托组织，却实施了强制措施 {m.id}（{MEASURE_LABELS[m.kind]}，自 {m.start} 起）；"
                      "行政强制措施权不得委托。", step=step)


_MEASURE_OF_STEP = {StepKind.SEAL_UP: MeasureKind.SEAL_UP, StepKind.SEIZURE: MeasureKind.SEIZURE}


class MeasureOnPowerList(Rule):
    """A seal-up, seizure or freeze is taken only where the power exercised lists that measure.

    Requirement: 查封、扣押 only by the organs that a 法律 or 法规 names (行政强制法 Art 22); 冻结存款、汇款
    only by organs that a 法律 names, never entrusted (Art 29 para 1). The registry records, per power
    (matter) of a body's power list, the measures the law grants with it (``measures``). For each
    ``seal_up``/``seizure`` step, and each ``<measure>`` not already covered by its step (e.g. a freeze), the
    power for the case's matter in force on that day (the acting body's; for a township acting by transfer,
    the delegator's, as in SUBJ-003) must list that measure kind. The registry does not record the rank of
    the basis (法律 or 法规), so a freeze is judged like a seal-up: the power must list ``freeze``; whether its
    basis is a 法律 is left to the reviewer. Not judged here: an entrusted organisation (SUBJ-008), a matter
    with no power in force (SUBJ-003), an unknown body (SUBJ-001).

    Non-compliant: ``<power matter="MR-INS-001" .../>`` with no ``measures`` and a ``<step kind="seizure">``
    in a case on matter MR-INS-001; a ``<measure kind="freeze">`` where the power lists ``seal_up seizure``.

    Compliant: ``<power matter="MR-FOOD-001" measures="seal_up seizure" .../>`` and a seizure step.
    """

    meta = RuleMeta(
        id="SUBJ-009",
        title="实施机关的职权未列明所采取的查封、扣押或冻结措施",
        system=System.SUBJECT,
        case_types=ALL_CASE_TYPES,
        severity=Severity.ERROR,
        legal_basis=(cl(22), cl(29, 1), cl(17, 1)),
        remediation="核对设定该强制措施的法律、法规：查封、扣押须有法律、法规规定由本机关实施，冻结存款、汇款须有法律规定；"
        "有依据而权责清单漏列的，补正清单并在案卷中载明依据条文；没有依据的，立即解除该措施，依法处理由此造成的损失。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        d = ctx.dossier
        acting = d.case.acting_body
        body = ctx.registry.body_by_id.get(acting.id)
        if body is None or acting.capacity is Capacity.ENTRUSTED or body.type is BodyType.ENTRUSTED_ORGANISATION:
            return  # SUBJ-001 / SUBJ-008
        holders = power_holders(d, ctx.registry)
        if not holders and acting.capacity is Capacity.OWN and body.type is BodyType.TOWNSHIP:
            holders = [body]  # a township with a power of its own (SUBJ-005 judges whether it has one)
        if not holders:
            return
        code = d.case.matter.code
        whose = "实施机关" if acting.capacity is Capacity.OWN else "赋权机关"
        judged: set[tuple[str, MeasureKind]] = set()
        acts: list[tuple[str | None, MeasureKind, dt.date, str]] = []
        for s in d.steps_of(*MEASURE_STEPS):
            kind = _MEASURE_OF_STEP[s.kind]
            judged.add((s.id, kind))
            acts.append((s.id, kind, s.day, describe(s)))
        for m in d.measures:
            if (m.step, m.kind) in judged:
                continue
            judged.add((m.step, m.kind))
            step = m.step if m.step in d.step_by_id else None
            acts.append((step, m.kind, m.start, f"强制措施 {m.id}（{MEASURE_LABELS[m.kind]}，自 {m.start} 起）"))
        for step_id, kind, day, what in acts:
            powers = [(h, p) for h in holders for p in _powers_for(h, code) if p.in_force(day)]
            if not powers or any(kind in p.measures for _, p in powers):
                continue  # no power in force: SUBJ-003
            listed = "；".join(
                f"{_body(h)}「{p.name}」列明的措施为 {'、'.join(MEASURE_LABELS[k] for k in p.measures) or '（无）'}"
                for h, p in powers
            )
            label = MEASURE_LABELS[kind]
            if kind is MeasureKind.FREEZE:
                why = ("冻结存款、汇款只能由法律规定的行政机关实施。名录不记载职权依据的位阶，本规则按权责清单是否列明冻结判断，"
                       "列明冻结的仍应人工核对其依据是否为法律")
            else:
                why = "查封、扣押只能由法律、法规规定的行政机关实施"
            # a power that lists no measures at all may be a registry that does not record them: a gap, a warning
            yield Hit(f"{what}：执法事项 {_matter(d)}在{whose}权责清单中的职权未列明{label}措施（{listed}）；{why}。",
                      step=step_id, unrecorded=all(not p.measures for _, p in powers))


# ---------------------------------------------------------------- territory (SUBJ-013, INS-014)


def territory_holders(dossier: Dossier, registry: Registry) -> list[Body]:
    """The bodies whose territory a case may lie in: the acting body, and for an entrusted or delegated body
    also the principal (for a delegated body without a principal: the delegators of the delegations covering
    the matter). Empty when the acting body is unknown (SUBJ-001)."""
    acting = dossier.case.acting_body
    body = registry.body_by_id.get(acting.id)
    if body is None:
        return []
    ids: list[str] = []
    if acting.capacity is not Capacity.OWN:
        if acting.principal:
            ids = [acting.principal]
        elif acting.capacity is Capacity.DELEGATED:
            ids = list(dict.fromkeys(x.delegator for x in _covering(body, dossier.case.matter.code)))
    return [body, *(registry.body_by_id[i] for i in ids if i in registry.body_by_id and i != body.id)]


def outside_territory(dossier: Dossier, registry: Registry) -> str | None:
    """Why the case region lies outside every territory of :func:`territory_holders` (None: inside, or unknown body).

    A territory covers a region when the region code starts with it (as ``Certificate.covers_territory``)."""
    holders = territory_holders(dossier, registry)
    region = dossier.case.region
    if not holders or any(region.startswith(b.territory) for b in holders):
        return None
    where = "、".join(f"{_body(b)} 的管辖区域 {b.territory}" for b in holders)
    return f"案件行为地区划代码 {region} 不在{where}之内"


#: Who may transfer penalty powers to one organ (行政处罚法 Art 18 para 2).
_TRANSFER_AUTHORITIES = frozenset({TransferAuthority.STATE_COUNCIL, TransferAuthority.PROVINCE})
_AUTHORITY_LABELS = {TransferAuthority.STATE_COUNCIL: "国务院", TransferAuthority.PROVINCE: "省级人民政府",
                     TransferAuthority.OTHER: "其他机关"}


class ConcentratedPowerTransferDecision(Rule):
    """A power exercised by 相对集中行政处罚权 / 综合行政执法 rests on a State Council or provincial decision.

    Requirement: 行政处罚法 Art 18 para 2: 「国务院或者省、自治区、直辖市人民政府可以决定一个行政机关行使有关行政机关的
    行政处罚权。」 行政强制法 Art 17 para 2: 「依据《中华人民共和国行政处罚法》的规定行使相对集中行政处罚权的行政机关，
    可以实施法律、法规规定的与行政处罚权有关的行政强制措施。」 Judged on the power-list entries (bodies.xml) that
    cover the case's matter on the act day, of the bodies whose power list the case rests on (as SUBJ-003),
    when the entry is marked ``concentrated="true"`` (registry 1.2): the entry names the transfer decision
    (``transfer-decision``), made by the State Council or a provincial government (``transfer-by``
    ``state_council`` or ``province``), not dated after the act (``transfer-decided-on``, when given). Acts
    before 2021-07-15 are not judged (the 2017 text, Art 16, was not re-read). Entries not marked
    concentrated are not judged: whether a power was transferred is the registry's statement. Whether the
    decision covers this very matter, and its publication, are left to a person.

    Non-compliant: ``<power matter="MR-FOOD-001" … concentrated="true"/>`` without ``transfer-decision``, or
    with ``transfer-by="other"`` (e.g. a county government's notice).

    Compliant: ``concentrated="true" transfer-decision="某省人民政府关于在城西县开展综合行政执法的决定（某政发〔2019〕1号）"
    transfer-by="province" transfer-decided-on="2019-06-01"``.
    """

    meta = RuleMeta(
        id="SUBJ-011",
        title="相对集中行政处罚权（综合行政执法）无国务院或者省级人民政府的决定",
        system=System.SUBJECT,
        case_types=ALL_CASE_TYPES,
        severity=Severity.ERROR,
        legal_basis=by_case_type(ALL_CASE_TYPES, punishment=(pl(18, 2),),
                                 coercion=(cl(17, 2, only=CM), *analogy(pl(18, 2, only=EE)))),
        remediation="核实综合行政执法机关行使该事项处罚权的依据：应有国务院或者省、自治区、直辖市人民政府作出的相对集中行政处罚权决定；"
        "在主体名录的权责清单中载明该决定的名称、文号、决定机关和日期；无此决定的，由原有权机关依法实施。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        d = ctx.dossier
        act = act_step_of(ctx)
        if act is None or act.day < PENALTY_LAW_2021:
            return
        code = d.case.matter.code
        for holder in power_holders(d, ctx.registry):
            for power in _powers_for(holder, code):
                if power.concentrated is not True or not power.in_force(act.day):
                    continue
                problems: list[str] = []
                if not power.transfer_decision:
                    problems.append("未载明移交处罚权的决定（transfer-decision）")
                if power.transfer_by is None:
                    problems.append("未载明作出决定的机关（transfer-by）")
                elif power.transfer_by not in _TRANSFER_AUTHORITIES:
                    problems.append(f"决定由{_AUTHORITY_LABELS[power.transfer_by]}作出，不是国务院或者省、自治区、直辖市人民政府")
                if power.transfer_decided_on is not None and power.transfer_decided_on > act.day:
                    problems.append(f"决定日期 {power.transfer_decided_on} 晚于{_act_label(act)}")
                if problems:
                    yield Hit(f"{_body(holder)} 以相对集中行政处罚权（综合行政执法）行使事项 {_matter(d)}：{'；'.join(problems)}。",
                              step=act.id)


class SubjectAnnounced(Rule):
    """Where the province runs an announcement regime, the enforcement subject's status was confirmed and announced.

    Requirement: 河南省行政执法条例 Art 13: 「实行行政执法主体公告制度。行政执法机关的行政执法主体资格由本级人民政府依法
    确认，并向社会公告。省垂直领导的行政执法机关的行政执法主体资格由省人民政府依法确认，并向社会公告。」 Judged where
    the profile sets ``subject_announcement`` (no bundled profile does: no 河南 profile yet), in dossiers in format 1.2
    or later or with a registry that records announcements on some body (registry 1.2), on the bodies whose power
    list the case rests on (as SUBJ-003): each needs an announcement (``announcement-ref``) dated
    (``announced-on``) on or before the act day. Whether the right government confirmed the status, and the
    announcement's contents, are left to a person. A warning: the announcement is a register's statement.

    Non-compliant: profile with ``subject_announcement`` enabled, a 1.2 dossier, and ``<body id="B-CX-MR" …>``
    without ``announcement-ref``, or ``announced-on="2025-06-01"`` after an inspection on 2025-03-06.

    Compliant: ``announcement-ref="城西县人民政府关于行政执法主体资格的公告（2020年第1号）" announced-on="2020-05-01"``.
    """

    meta = RuleMeta(
        id="SUBJ-004",
        title="执法主体资格未经确认公告",
        system=System.SUBJECT,
        case_types=ALL_CASE_TYPES,
        severity=Severity.WARNING,
        legal_basis=(LegalBasis("河南省行政执法条例", 13),),
        remediation="核实执法主体资格的确认和公告：由本级人民政府（省垂直领导的机关由省人民政府）依法确认并向社会公告，"
        "在主体名录中登记公告文号和日期；未经公告的，报请政府确认公告后再以该主体名义执法。",
        parameters=("subject_announcement",),
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        flag = ctx.params.subject_announcement
        d = ctx.dossier
        if flag is None or not flag.enabled:
            return
        if not d.at_least("1.2") and not any(
                b.announcement_ref or b.announced_on for b in ctx.registry.bodies):
            return
        act = act_step_of(ctx)
        if act is None:
            return
        for holder in power_holders(d, ctx.registry):
            if not holder.announcement_ref or holder.announced_on is None:
                missing = "、".join(n for n, v in (("公告文号（announcement-ref）", holder.announcement_ref),
                                                   ("公告日期（announced-on）", holder.announced_on)) if not v)
                yield Hit(f"{_body(holder)} 的执法主体资格公告未登记：缺{missing}。", step=act.id)
            elif holder.announced_on > act.day:
                yield Hit(f"{_body(holder)} 的执法主体资格公告日期 {holder.announced_on} 晚于{_act_label(act)}。",
                          step=act.id)


class TerritorialJurisdiction(Rule):
    """The case lies within the territory of the body that handles it (punishment and coercion cases).

    Requirement: a punishment is handled by the organ of the place where the violation occurred (行政处罚法
    Art 22; before 2021-07-15, Art 20 of the 2017 text, which also requires the county level or above);
    coercion is carried out within the organ's statutory powers (行政强制法 Art 17 para 1), which are
    territorial. The case region (``case/@region``) must start with the territory of the acting body; an
    entrusted organisation or a township acting by transfer may also act within the territory of its
    principal (or of the delegator whose delegation covers the matter). Inspection cases: INS-014. Not
    judged (no data): the body's level (county or above), exceptions made by a 法律、行政法规 or 部门规章
    (e.g. designated jurisdiction), competing filings by other organs (Art 25).

    Non-compliant: ``<case region="330299">`` handled by B-CX-MR (``territory="330199"``).

    Compliant: ``region="330199"`` or ``region="330199101"`` (a township inside the county).
    """

    meta = RuleMeta(
        id="SUBJ-013",
        title="案件不在实施机关的地域管辖范围内",
        system=System.SUBJECT,
        case_types=PUN | COERCION,
        severity=Severity.ERROR,
        legal_basis=by_case_type(
            PUN | COERCION,
            punishment=(pl(22), LegalBasis(PUNISHMENT_LAW, 20, note="2017年修正，适用于2021年7月15日前的行为")),
            coercion=(cl(17, 1, only=CM), cl(34, only=EE)),
        ),
        remediation="核对违法行为发生地和实施机关的管辖区域：不属本机关管辖的，移送有管辖权的机关处理；依据法律、行政法规、"
        "部门规章的特别管辖规定或上级指定管辖办理的，在案卷中载明依据和指定文书；案件区划代码填写有误的，予以更正。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        d = ctx.dossier
        gap = outside_territory(d, ctx.registry)
        if gap is None:
            return
        tail = ""
        act = act_step_of(ctx)
        if d.case.type is CaseType.PUNISHMENT and act is not None and act.day < PENALTY_LAW_2021:
            tail = f"（{_act_label(act)}早于2021年7月15日，适用2017年修正的行政处罚法第二十条）"
        yield Hit(f"{gap}{tail}；行政处罚由违法行为发生地的行政机关管辖，行政强制在法定职权范围内实施。")


# ---------------------------------------------------------------- SUBJ-014 detention only by public security

#: Registry sectors that may impose 行政拘留. Only 公安 is recognised: other organs that a 法律 designates
#: (e.g. 国家安全机关, 海警机构) are not modelled, so a finding for them is dismissed on review.
DETENTION_SECTORS = frozenset({"public_security"})


class DetentionOnlyByPublicSecurity(Rule):
    """A decision imposing administrative detention (行政拘留) is made only by a public-security body.

    Requirement: 限制人身自由的行政处罚权只能由公安机关和法律规定的其他机关行使 (行政处罚法 Art 18 para 3;
    行政拘留 is a penalty kind under Art 9 item 5); before 2021-07-15, only by 公安机关 (Art 16 of the 2017
    text). For each ``decision`` step with a ``<penalty kind="detention"/>``, the deciding body's registry
    ``sector`` must be ``public_security``. The deciding body is the acting body; for
    ``capacity="entrusted"`` it is the principal named in the dossier (the decision is made in its name),
    falling back to the acting body. Decided: a recorded sector other than ``public_security`` is an error;
    a body without a recorded sector gives no finding (the registry cannot tell, and the format made
    ``sector`` optional); an unknown body is SUBJ-001's. Other organs designated by a 法律 are not modelled
    (see ``DETENTION_SECTORS``). 行政强制法 Art 20 (procedure for coercive measures restricting liberty) is
    not about penalties and is not cited.

    Non-compliant: ``<step id="S10" kind="decision"><penalty kind="detention"/></step>`` by B-CX-MR
    (``sector="market_regulation"``).

    Compliant: the same decision by a body with ``sector="public_security"``; or by a body with no sector.
    """

    meta = RuleMeta(
        id="SUBJ-014",
        title="非公安机关作出行政拘留处罚",
        system=System.SUBJECT,
        case_types=PUN,
        severity=Severity.ERROR,
        legal_basis=(pl(18, 3), pl(9, item=5),
                     LegalBasis(PUNISHMENT_LAW, 16, note="2017年修正，适用于2021年7月15日前的行为")),
        remediation="限制人身自由的行政处罚只能由公安机关（或法律规定的其他机关）决定：本机关无权决定行政拘留的，撤销该决定中的"
        "行政拘留部分，需要拘留的移送公安机关依法处理；属法律规定的其他机关的，在案卷中载明该法律条文并更正主体名录的领域"
        "（sector）。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        d = ctx.dossier
        acting = d.case.acting_body
        body = ctx.registry.body_by_id.get(acting.id)
        if acting.capacity is Capacity.ENTRUSTED and acting.principal:
            body = ctx.registry.body_by_id.get(acting.principal, body)
        if body is None or body.sector is None or body.sector in DETENTION_SECTORS:
            return  # SUBJ-001 / sector not recorded: not judged / lawful
        for s in d.steps_of(StepKind.DECISION):
            if not any(p.kind is PenaltyKind.DETENTION for p in s.penalties):
                continue
            if s.day < PENALTY_LAW_2021:
                law = "限制人身自由的行政处罚权只能由公安机关行使（行为日早于2021年7月15日，适用2017年修正的行政处罚法第十六条）"
            else:
                law = "限制人身自由的行政处罚权只能由公安机关和法律规定的其他机关行使（行政处罚法第十八条第三款）"
            yield Hit(f"{describe(s)}决定行政拘留，但决定机关 {_body(body)}在主体名录中的领域为 {body.sector}，"
                      f"不是公安机关；{law}。", step=s.id)


#: Body types (registry 1.2) that may never act as inspection subjects (54号 part 2).
BARRED_INSPECTORS: dict[BodyType, str] = {
    BodyType.COORDINATION_BODY: "政府议事协调机构",
    BodyType.TESTING_INSTITUTE: "检验检测机构、科研院所等第三方机构",
    BodyType.INTERMEDIARY: "中介机构等第三方",
}


class BarredBodyNotInspecting(Rule):
    """Coordination bodies, testing or research institutes and intermediaries never inspect.

    Requirement (catalogue SUBJ-015, C3): 国办发〔2024〕54号 part 2, as read in secondary copies of the
    opinion: 「实施行政检查的主体必须具备法定资格。…除上述主体外，任何组织和个人不得实施行政检查。…严禁政府议事协调机构
    以各种名义实施行政检查；严禁检验检测机构、科研院所等第三方…」 (the copy read breaks off there; intermediaries
    to whom inspections are outsourced are named by the catalogue's secondary sources). Judged when the
    acting body's registry type (registry 1.2) is ``coordination_body``, ``testing_institute`` or
    ``intermediary`` and the dossier is an inspection case or records an ``inspection`` step: one finding,
    on the first inspection step. Whether a body the registry lists as an agency is in fact such a body is
    left to a person. A warning, unconfirmed: the opinion was not read in an official text.

    Non-compliant: ``<body id="B-CX-CHECK" type="testing_institute" …/>`` acting in an inspection case.

    Compliant: the inspection by the agency B-CX-MR (type ``agency``), the institute only testing samples
    on its behalf.
    """

    meta = RuleMeta(
        id="SUBJ-015",
        title="议事协调机构、检验检测机构或中介机构等实施行政检查",
        system=System.SUBJECT,
        case_types=ALL_CASE_TYPES,
        severity=Severity.WARNING,
        legal_basis=(INSPECTION_OPINION,),
        remediation="行政检查只能由具有行政执法权的行政机关、法律法规授权的组织或者受委托组织在职权（授权、委托）范围内实施；"
        "议事协调机构、检验检测机构、科研院所、中介机构等不得以自己名义实施检查，可依法为执法机关提供技术支持。"
        "由适格的执法主体重新依法实施检查，并核实主体名录中该主体的类型。",
        confidence=Confidence.UNCONFIRMED,
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        d = ctx.dossier
        body = ctx.registry.body_by_id.get(d.case.acting_body.id)
        if body is None or body.type not in BARRED_INSPECTORS:
            return
        inspections = sorted(d.steps_of(StepKind.INSPECTION), key=lambda s: s.day)
        if d.case.type is not CaseType.INSPECTION and not inspections:
            return
        where = f"实施了 {describe(inspections[0])}" if inspections else "实施了本案行政检查"
        yield Hit(f"{_body(body)} 在主体名录中的类型为{BARRED_INSPECTORS[body.type]}，却{where}；"
                  "此类机构不得作为行政检查主体。", step=inspections[0].id if inspections else None)


RULES: tuple[type[Rule], ...] = (
    BodyExists,
    MatterOnPowerList,
    WithinDelegation,
    EntrustedNoMeasures,
    MeasureOnPowerList,
    ConcentratedPowerTransferDecision,
    SubjectAnnounced,
    TerritorialJurisdiction,
    DetentionOnlyByPublicSecurity,
    BarredBodyNotInspecting,
)
