"""Rules: 执法人员与执法证件 (officers and certificates on on-site acts).

Which steps each rule judges, and why (the legal basis differs by act):

- on-site acts: the steps in ``ON_SITE_STEPS``, plus the on-the-spot decision of a summary-procedure
  punishment (行政处罚法 Art 52) — CERT-006, CERT-007, CERT-011 look at the officers of all of them;
- two certified officers: 行政处罚法 Art 42 para 1 for general-procedure punishment, 行政强制法 Art 18(2)
  for seal-up/seizure in any case (CERT-002). Summary-procedure punishment is exempt from the two-officer
  count (Art 42 "法律另有规定的除外"; judged only on certificates shown); a seal-up or seizure in such a case
  is not. Other on-site acts (pure inspections, enforced execution) have no national two-officer provision
  that could be confirmed: CERT-101, unconfirmed, warning;
- certificates shown: 行政处罚法 Art 55 para 1 (investigation, inspection), Art 52 para 1 (on-the-spot
  decision), 行政强制法 Art 18(3) (measures) — CERT-005; execution steps have no confirmed national
  provision: CERT-102, unconfirmed, warning.

Each officer is assessed once per step (:func:`assess`); CERT-002/101 count the qualified ones, CERT-006,
CERT-007 and CERT-011 each explain one kind of disqualification, so a defect is reported once per rule.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from enum import Enum
from typing import NamedTuple

from ..engine import (
    ALL_CASE_TYPES,
    Confidence,
    Context,
    Hit,
    LegalBasis,
    Rule,
    RuleMeta,
    Severity,
    System,
)
from ..models import (
    MEASURE_STEPS,
    ON_SITE_STEPS,
    CaseType,
    Certificate,
    CertificateIssuer,
    CertificateKind,
    CertificateStyle,
    Dossier,
    Officer,
    Procedure,
    Registry,
    ReviewOutcome,
    Role,
    Step,
    StepKind,
)
from ._common import (
    CM,
    COERCION_LAW,
    EE,
    GUIDANCE_118,
    MR_PROCEDURE,
    PENALTY_LAW_2021,
    PUN,
    PUNISHMENT_LAW,
    analogy,
    by_case_type,
    cl,
    describe,
    on_site_steps,
    pl,
    summary_punishment,
)

# ---------------------------------------------------------------- assessment of one officer on one step


#: CERT-008 cites the qualification articles with what the annual review rests on
_ANNUAL_NOTE = "执法资格；年度审验的要求见配置参数 annual_review_required 载明的地方规定"

class Standing(Enum):
    QUALIFIED = "qualified"
    UNKNOWN = "unknown"  # not in the dossier's officer list (the loader rejects such a dossier)
    AUXILIARY = "auxiliary"  # CERT-011
    SUPERVISION = "supervision"  # CERT-011
    NO_NUMBER = "no_number"  # CERT-006
    NOT_REGISTERED = "not_registered"  # CERT-006
    INVALID = "invalid"  # CERT-006
    NOT_COVERED = "not_covered"  # CERT-007


#: The standings CERT-006 reports.
_CERT_006 = (Standing.NO_NUMBER, Standing.NOT_REGISTERED, Standing.INVALID)


class Assessment(NamedTuple):
    """One officer on one step (a NamedTuple: one is built per officer and on-site step, so it should be cheap)."""

    officer_id: str
    officer: Officer | None
    certificate: Certificate | None
    standing: Standing
    reason: str  # Chinese, empty when qualified

    @property
    def who(self) -> str:
        return f"{self.officer.name}（{self.officer_id}）" if self.officer else self.officer_id


def assess(officer_id: str, dossier: Dossier, registry: Registry, day: dt.date) -> Assessment:
    """Whether one officer listed on a step counts as a qualified enforcement officer on that day, and why not."""
    officer = dossier.officer_by_id.get(officer_id)
    if officer is None:
        return Assessment(officer_id, None, None, Standing.UNKNOWN, "不在案卷执法人员名单中")
    if officer.role is Role.AUXILIARY_STAFF:
        return Assessment(officer_id, officer, None, Standing.AUXILIARY, "为执法辅助人员")
    number = officer.certificate
    if not number:
        return Assessment(officer_id, officer, None, Standing.NO_NUMBER, "未登记执法证号")
    cert = registry.certificate_by_number.get(number)
    if cert is None:
        return Assessment(officer_id, officer, None, Standing.NOT_REGISTERED, f"执法证号 {number} 不在执法证件名录中")
    if cert.kind is CertificateKind.SUPERVISION:
        return Assessment(officer_id, officer, cert, Standing.SUPERVISION,
                          f"所持 {number} 为行政执法监督证，不是行政执法证")
    status = cert.status_on(day)
    if status is not None:
        return Assessment(officer_id, officer, cert, Standing.INVALID, f"执法证 {number}：{status}")
    case = dossier.case
    sector_covered = case.sector in cert.fields
    region_covered = cert.covers_territory(case.region)
    if sector_covered and region_covered:
        return Assessment(officer_id, officer, cert, Standing.QUALIFIED, "")
    gaps = []
    if not sector_covered:
        gaps.append(f"执法类别为 {'、'.join(cert.fields) or '（空）'}，不含本案领域 {case.sector}")
    if not region_covered:
        gaps.append(f"执法区域为 {cert.territory}，不含本案区域 {case.region}")
    return Assessment(officer_id, officer, cert, Standing.NOT_COVERED, f"执法证 {number}：{'；'.join(gaps)}")


def assessments(step: Step, ctx: Context) -> list[Assessment]:
    """Each distinct officer listed on the step, in listed order (computed once per step for all CERT rules)."""
    key = ("certificate.assessments", step.id)
    found: list[Assessment] | None = ctx.memo.get(key)
    if found is None:
        found = ctx.memo[key] = [assess(o, ctx.dossier, ctx.registry, step.day) for o in dict.fromkeys(step.officers)]
    return found


# ---------------------------------------------------------------- which steps


def on_site_acts(d: Dossier) -> list[Step]:
    """On-site steps, plus the on-the-spot decision of a summary-procedure punishment."""
    summary = summary_punishment(d)
    return [s for s in d.steps if s.kind in ON_SITE_STEPS or (summary and s.kind is StepKind.DECISION)]


def _on_site_acts(ctx: Context) -> list[Step]:
    """:func:`on_site_acts` of the context's dossier, computed once per dossier."""
    if not summary_punishment(ctx.dossier):
        return on_site_steps(ctx)  # the same steps: no on-the-spot decision
    key = ("certificate.on_site_acts",)
    found: list[Step] | None = ctx.memo.get(key)
    if found is None:
        found = ctx.memo[key] = on_site_acts(ctx.dossier)
    return found


def _not_qualified(ctx: Context) -> list[tuple[Step, Assessment]]:
    """Every (on-site act, officer) whose officer does not count, in step and listed order (once per dossier).

    CERT-006, CERT-007 and CERT-011 each report some of these.
    """
    key = ("certificate.not_qualified",)
    found: list[tuple[Step, Assessment]] | None = ctx.memo.get(key)
    if found is None:
        found = ctx.memo[key] = [
            (s, a) for s in _on_site_acts(ctx) for a in assessments(s, ctx) if a.standing is not Standing.QUALIFIED
        ]
    return found


def _two_officers_scope(d: Dossier) -> frozenset[StepKind]:
    """CERT-002's scope: seal-up/seizure anywhere; every on-site step of a general-procedure punishment."""
    if d.case.type is CaseType.PUNISHMENT and d.case.procedure is Procedure.GENERAL:
        return ON_SITE_STEPS
    return MEASURE_STEPS


#: CERT-101's scope: other on-site steps outside punishment cases (inspection, coercion, execution cases).
_TWO_OFFICERS_UNCONFIRMED = ON_SITE_STEPS - MEASURE_STEPS


def _one_officer_accepted(ctx: Context, s: Step) -> bool | None:
    """Whether the step's one-officer basis (1.2) is on the profile's allowlist; None when none is claimed."""
    if s.one_officer_basis is None:
        return None
    bases = ctx.params.one_officer_bases
    return bases is not None and bases.accepts(s.one_officer_basis)


def _short_of_two(ctx: Context, s: Step) -> Hit | None:
    found = assessments(s, ctx)
    # a valid enforcement certificate whose fields or territory do not cover the case still shows 执法资格
    # (Art 42 para 1 says no more); the coverage is CERT-007's warning (local rules, not a national text)
    qualified = [a for a in found if a.standing in (Standing.QUALIFIED, Standing.NOT_COVERED)]
    if len(qualified) >= 2:
        return None
    accepted = _one_officer_accepted(ctx, s)
    if accepted and qualified:
        return None  # a one-officer exception on an accepted basis (CERT-003)
    names = f"（{'、'.join(a.who for a in qualified)}）" if qualified else ""
    others = [a for a in found if a not in qualified]
    if others:
        tail = "；未计入：" + "；".join(f"{a.who}{a.reason}" for a in others)
    else:
        tail = f"；该环节共登记 {len(found)} 名执法人员" if found else "；该环节未登记任何执法人员"
    if accepted is False:
        tail += f"；所载一人执法依据“{s.one_officer_basis}”不在本配置认可的例外依据之列（CERT-003）"
    return Hit(f"{describe(s)} 持有效行政执法证的执法人员仅 {len(qualified)} 名{names}，"
               f"少于两名{tail}。", step=s.id)


def _shown_hit(s: Step) -> Hit | None:
    if s.certificates_shown is True:
        return None
    if s.certificates_shown is None:
        return Hit(f"{describe(s)} 未记录是否向当事人出示执法证件（certificates-shown 未记录）。", step=s.id,
                   unrecorded=True)
    return Hit(f"{describe(s)} 记录为未向当事人出示执法证件（certificates-shown=false）。", step=s.id)


_ANALOGY = "参照适用"

# ---------------------------------------------------------------- rules


class TwoCertifiedOfficers(Rule):
    """Each on-site act of a general-procedure punishment, and each seal-up or seizure, has two certified officers.

    Requirement: a punishment is carried out by officers holding 行政执法资格, at least two, unless a law
    provides otherwise (行政处罚法 Art 42 para 1); a coercive measure is carried out by two or more
    enforcement officers (行政强制法 Art 18(2)). An officer counts when listed on the step, not auxiliary
    staff, holding an enforcement certificate (not a supervision certificate) valid on the step's day (not
    before valid-from, not after valid-to, not suspended or revoked). Whether the certificate's fields and
    territory cover the case is CERT-007's warning, not counted here: Art 42 para 1 asks for 执法资格 and two
    officers, and the coverage rests on local certificate rules. Summary-procedure punishment steps other than seal-up/seizure are
    not judged here (Art 42 "法律另有规定的除外"; see CERT-005 for the certificates shown).

    Non-compliant: ``<step id="S03" kind="inspection" officers="O1 O4">`` where O4 holds the expired
    certificate 33019920190003 (valid to 2024-12-31) and the step is on 2025-03-06.

    Compliant: ``officers="O1 O2"``, both with enforcement certificates for market_regulation in 330199 valid
    on the day.
    """

    meta = RuleMeta(
        id="CERT-002",
        title="现场执法的持证执法人员少于两名",
        system=System.CERTIFICATE,
        case_types=ALL_CASE_TYPES,
        severity=Severity.ERROR,
        legal_basis=by_case_type(ALL_CASE_TYPES, punishment=(pl(42, 1),),
                                 coercion=(cl(18, None, 2, only=CM), cl(17, 3, only=CM), *analogy(cl(17, 3, only=EE))),
                                 measure_steps=(cl(18, None, 2),)),
        remediation="核对该环节的实际参与人员：由两名以上持有效行政执法证的执法人员实施（证件的执法类别和区域见 CERT-007）；"
        "确系人员不足或无证人员实施的，该环节取得的证据不得作为定案依据，应依法重新调查取证或重新实施。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        scope = _two_officers_scope(ctx.dossier)
        for s in on_site_steps(ctx):
            if s.kind in scope:
                hit = _short_of_two(ctx, s)
                if hit is not None:
                    yield hit


class OneOfficerExceptionTagged(Rule):
    """An on-the-spot punishment act by a single officer names its legal basis, and the basis is accepted.

    Requirement: 行政处罚法 Art 42 para 1: 「执法人员不得少于两人，法律另有规定的除外。」 An exception must be
    tagged with its basis; the profile's ``one_officer_bases`` lists the accepted ones (national: 公安机关办理行政案件
    程序规定 Art 39 para 1: 「适用简易程序处罚的，可以由人民警察一人作出行政处罚决定。」). Judged in dossiers in
    format 1.2 or later, on the on-site steps and the on-the-spot decision of a summary-procedure punishment
    (outside seal-up and seizure, which CERT-002 judges) listing fewer than two qualified officers: the step needs
    ``one-officer-basis`` (1.2), and the basis must start with an entry of the allowlist (《》 and spaces
    ignored). Steps in CERT-002's scope (general procedure, seal-up, seizure) are judged there: an accepted basis
    lifts the two-officer count, an unaccepted one is named in CERT-002's finding. Whether a rule (规章) suffices
    where Art 42 speaks of a law is left to a person: a warning.

    Non-compliant: a 1.2 summary-procedure punishment whose ``<step id="S02" kind="decision" officers="O1">``
    has no ``one-officer-basis``, or ``one-officer-basis="某市管理办法第五条"``.

    Compliant: ``one-officer-basis="《公安机关办理行政案件程序规定》第三十九条"`` under the national profile.
    """

    meta = RuleMeta(
        id="CERT-003",
        title="一名执法人员实施执法未载明或未依认可的例外依据",
        system=System.CERTIFICATE,
        case_types=PUN,
        severity=Severity.WARNING,
        legal_basis=(pl(42, 1), LegalBasis("公安机关办理行政案件程序规定", 39, 1)),
        remediation="一名执法人员实施的，应在笔录或决定书中载明所依据的法律规定（如《公安机关办理行政案件程序规定》第三十九条）；"
        "没有法律规定的例外依据的，应由两名以上持证执法人员实施，必要时依法重新调查取证。",
        parameters=("one_officer_bases",),
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        dossier = ctx.dossier
        if not dossier.at_least("1.2") or not summary_punishment(dossier):
            return
        for s in _on_site_acts(ctx):
            if s.kind in MEASURE_STEPS:
                continue  # CERT-002
            qualified = [a for a in assessments(s, ctx) if a.standing is Standing.QUALIFIED]
            if len(qualified) >= 2:
                continue
            if s.one_officer_basis is None:
                yield Hit(f"{describe(s)} 由 {len(qualified)} 名持证执法人员实施，未载明一人执法的法律依据"
                          "（one-officer-basis 未记录）。", step=s.id)
            elif _one_officer_accepted(ctx, s) is False:
                yield Hit(f"{describe(s)} 由 {len(qualified)} 名持证执法人员实施，所载依据“{s.one_officer_basis}”"
                          "不在本配置认可的一人执法例外依据之列（one_officer_bases）。", step=s.id)


#: The 舟山 notice on the national-style card (read on the city's official site; it states the provincial cut-over).
_ZHOUSHAN_NOTICE = LegalBasis("舟山市司法局关于启用新版行政执法证件的公告", note="2021-12-28，转述司办通〔2020〕78号和浙江省部署")

#: Standings whose certificate is an enforcement card valid on the day (CERT-015, CERT-016 judge only these).
_HELD = (Standing.QUALIFIED, Standing.NOT_COVERED)


def _held_certificates(ctx: Context) -> Iterator[tuple[Step, Assessment, Certificate]]:
    """Each (on-site act, officer, certificate) whose certificate is a valid enforcement card that day."""
    for s in _on_site_acts(ctx):
        for a in assessments(s, ctx):
            if a.certificate is not None and a.standing in _HELD:
                yield s, a, a.certificate


class OldProvincialCard(Rule):
    """No old-style provincial card is used after the cut-over to the national-style card.

    Requirement: with the unified national card (「中华人民共和国行政执法证」, issued under 司办通〔2020〕78号) the
    provinces withdrew their old cards on a cut-over day; e.g. 舟山市司法局 (2021-12-28): 「舟山市自2022年1月1日起
    启用新版行政执法证件，原旧版《浙江省行政执法证》同时废止」. Judged where the profile sets ``certificate_cutover``
    (no bundled profile does: no text was read that sets a province's date beyond that notice), for each officer on an
    on-site act whose certificate is valid that day and recorded with ``style="provincial"`` (registry 1.2): the act
    must be before the cut-over day. A warning, unconfirmed: the provincial date is read only in a municipal notice,
    and 78号 itself was not read.

    Non-compliant: profile ``certificate_cutover = 2022-01-01`` and O1's certificate ``style="provincial"`` on an
    inspection dated 2025-03-06.

    Compliant: ``style="national"`` (or the style not recorded).
    """

    meta = RuleMeta(
        id="CERT-016",
        title="省级旧版执法证在换发全国统一样式证件后仍在使用",
        system=System.CERTIFICATE,
        case_types=ALL_CASE_TYPES,
        severity=Severity.WARNING,
        legal_basis=(_ZHOUSHAN_NOTICE,),
        remediation="核对执法人员所持证件：旧版地方执法证已在换证之日起废止的，应持全国统一样式的新版行政执法证执法；"
        "未换领新证的人员不得从事执法活动，其参与的调查取证应由持证人员依法重新实施。",
        confidence=Confidence.UNCONFIRMED,
        parameters=("certificate_cutover",),
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        cutover = ctx.params.certificate_cutover
        if cutover is None:
            return
        for s, a, cert in _held_certificates(ctx):
            if cert.style is CertificateStyle.PROVINCIAL and s.day >= cutover.date:
                yield Hit(f"{describe(s)} 的执法人员 {a.who} 所持 {cert.number} 为旧版地方样式执法证，"
                          f"该样式已于 {cutover.date} 起废止（换发全国统一样式证件）。", step=s.id)


class MinistryCertificateFiled(Rule):
    """A ministry-issued certificate used in the province has been filed with the 司法行政 department.

    Requirement: certificates issued by a State Council ministry are accepted where laws, regulations or ministry
    rules provide for them, and in 浙江 are filed with the same-level 司法行政 department: 舟山市司法局 (2021-12-28):
    「依法持有国务院部委行政执法证件的单位，其所持证件应当向同级司法行政部门备案。」 Judged where the profile sets
    ``ministry_certificate_filing`` (no bundled profile does), once per certificate, on the first on-site act of an
    officer whose certificate is valid that day and recorded with ``issuer="ministry"`` (registry 1.2): the
    certificate needs a ``filing-ref``. Whether a law, regulation or ministry rule provides for the ministry card
    is left to a person. A warning, unconfirmed: the duty is read only in a municipal notice (the provincial
    《浙江省行政执法证件管理办法》 was not read).

    Non-compliant: profile ``ministry_certificate_filing`` enabled and O1's certificate ``issuer="ministry"`` with no
    ``filing-ref``.

    Compliant: ``issuer="ministry" filing-ref="舟司备〔2022〕3号"``.
    """

    meta = RuleMeta(
        id="CERT-015",
        title="国务院部委颁发的执法证件未向同级司法行政部门备案",
        system=System.CERTIFICATE,
        case_types=ALL_CASE_TYPES,
        severity=Severity.WARNING,
        legal_basis=(_ZHOUSHAN_NOTICE,),
        remediation="持国务院部委颁发执法证件的单位，应将证件向同级司法行政部门备案，并在证件名录中登记备案文号；"
        "未备案期间持该证件执法的，应补办备案并说明情况。",
        confidence=Confidence.UNCONFIRMED,
        parameters=("ministry_certificate_filing",),
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        flag = ctx.params.ministry_certificate_filing
        if flag is None or not flag.enabled:
            return
        seen: set[str] = set()
        for s, a, cert in _held_certificates(ctx):
            if cert.issuer is CertificateIssuer.MINISTRY and cert.filing_ref is None and cert.number not in seen:
                seen.add(cert.number)
                yield Hit(f"{describe(s)} 的执法人员 {a.who} 所持 {cert.number} 为国务院部委颁发的执法证件，"
                          "证件名录中未登记向同级司法行政部门备案的文号（filing-ref）。", step=s.id)


class CertificatesShown(Rule):
    """Officers show their enforcement certificates at each on-site act, and the dossier records it.

    Requirement: officers show their certificates when investigating or inspecting (行政处罚法 Art 55
    para 1), when deciding on the spot (Art 52 para 1) and when imposing a coercive measure (行政强制法
    Art 18(3)). Judged on inspection, inquiry, evidence-preservation, seal-up and seizure steps, and on the
    decision of a summary-procedure punishment; ``certificates-shown="false"`` and a missing value (not
    recorded) are both findings. Execution steps: CERT-102.

    Non-compliant: ``<step id="S04" kind="inquiry" certificates-shown="false">`` or the attribute missing.

    Compliant: ``<step id="S04" kind="inquiry" certificates-shown="true">``.
    """

    meta = RuleMeta(
        id="CERT-005",
        title="现场执法未出示或未记录出示执法证件",
        system=System.CERTIFICATE,
        case_types=ALL_CASE_TYPES,
        severity=Severity.ERROR,
        legal_basis=by_case_type(ALL_CASE_TYPES, punishment=(pl(55, 1), pl(52, 1)), coercion=(cl(18, None, 3, only=CM), *analogy(cl(18, None, 3, only=EE))),
                                 measure_steps=(cl(18, None, 3),)),
        remediation="核对现场笔录和音像记录：已出示证件的，在笔录中补充注明出示情况（以音像记录为证）；确未出示的，"
        "当事人有权拒绝接受调查或检查，相关笔录的证据效力存在瑕疵，应依法重新调查取证，并对执法人员进行纠正教育。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        for s in _on_site_acts(ctx):
            if s.kind is StepKind.EXECUTION:
                continue  # CERT-102
            hit = _shown_hit(s)
            if hit is not None:
                yield hit


class CertificateValid(Rule):
    """Every officer taking part in an on-site act holds a registered certificate valid on that day.

    Requirement: only officers with 行政执法资格 carry out punishments (行政处罚法 Art 42 para 1) and coercive
    measures (行政强制法 Art 17 para 3); the certificate evidences the qualification on the day of the act.
    For each (officer, step): the officer has a certificate number, the number is in the certificate registry,
    and the certificate is valid that day (valid-from ≤ day ≤ valid-to, not suspended, not revoked). Auxiliary
    staff and supervision-certificate holders are reported by CERT-011, not here.

    Non-compliant: O4 (certificate 33019920190003, valid to 2024-12-31) on an inspection on 2025-01-01; an
    assisting officer with no ``certificate`` attribute.

    Compliant: the same certificate on a step dated 2024-12-31 (the last day of validity counts).
    """

    meta = RuleMeta(
        id="CERT-006",
        title="执法人员执法证未登记、不在名录或在行为日无效",
        system=System.CERTIFICATE,
        case_types=ALL_CASE_TYPES,
        severity=Severity.ERROR,
        legal_basis=by_case_type(ALL_CASE_TYPES, punishment=(pl(42, 1),),
                                 coercion=(cl(17, 3, only=CM), *analogy(cl(17, 3, only=EE))), measure_steps=(cl(17, 3),)),
        remediation="核对执法证件名录：补录执法人员的执法证号；证件在行为日已过期、尚未生效、被暂扣或注销的，该人员不具备执法资格，"
        "其参与的调查取证或强制措施应由持证人员依法重新实施，并对违规安排无证人员执法的情况予以纠正。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        for s, a in _not_qualified(ctx):
            if a.standing in _CERT_006:
                yield Hit(f"{describe(s)} 的执法人员 {a.who}{a.reason}。", step=s.id)


class CertificateCoversCase(Rule):
    """The certificate of each officer on an on-site act covers the case's sector and region.

    Requirement: a certificate states the holder's enforcement area (执法区域) and the source of the power
    (执法权来源 / 执法类别), e.g. 广东省《行政执法证》管理办法 Art 5; an officer acts within them. For each
    (officer, step) whose certificate is valid that day: the case sector is among the certificate's fields and
    the case region lies in its territory (region code prefix). National text not confirmed: warning.

    Non-compliant: a certificate with ``fields="urban_management"`` on a market_regulation case, or
    ``territory="330299"`` on a case in region 330199.

    Compliant: ``fields="market_regulation"`` and ``territory="330199"`` for a market_regulation case in
    330199 (or in 330199101, a township inside it).
    """

    meta = RuleMeta(
        id="CERT-007",
        title="执法证件的执法类别或执法区域不覆盖本案",
        system=System.CERTIFICATE,
        case_types=ALL_CASE_TYPES,
        severity=Severity.WARNING,
        legal_basis=by_case_type(
            ALL_CASE_TYPES,
            common=(LegalBasis("广东省〈行政执法证〉管理办法", 5, note="地方规章示例：证件载明执法区域和执法权来源"),),
            punishment=(pl(42, 1),),
            coercion=(cl(17, 3, only=CM), *analogy(cl(17, 3, only=EE))),
            measure_steps=(cl(17, 3),),
        ),
        remediation="核对执法证载明的执法类别（执法权来源）和执法区域：超出范围的人员不计入合格执法人员，由持相应证件的人员依法重新实施；"
        "证件信息有误的，向发证机关申请变更。",
        confidence=Confidence.UNCONFIRMED,
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        for s, a in _not_qualified(ctx):
            if a.standing is Standing.NOT_COVERED:
                yield Hit(f"{describe(s)} 的执法人员 {a.who}{a.reason}。", step=s.id)


#: Standings of an officer holding an enforcement certificate valid on the day (coverage aside: CERT-007).
_VALID_CERTIFICATE = (Standing.QUALIFIED, Standing.NOT_COVERED)


class AnnualReviewPassed(Rule):
    """Where the province requires an annual review (年审/审验), each certificate used on an on-site act passed it.

    Requirement: some provinces review enforcement certificates every year; a certificate without a passed
    review for the year is not to be used (catalogue CERT-008: a 河北 county rule; the provincial texts
    were not read, hence unconfirmed and a warning). Runs only when the profile sets
    ``annual_review_required`` with ``enabled = true`` (silent nationally). For each (officer, on-site act)
    whose enforcement certificate is valid on the day (other defects: CERT-006, CERT-011), the certificate's
    registry entry has ``<annual-review year="Y" passed="true"/>`` for the year Y of the act. Assumption:
    a certificate that became valid in year Y needs no review for that year (it is reviewed from the next
    year on).

    Non-compliant: with the switch on, O2's certificate 33019920190002 (valid from 2022) has no
    ``annual-review`` for 2025, or ``<annual-review year="2025" passed="false"/>``, and O2 is on an
    inspection on 2025-03-06.

    Compliant: ``<annual-review year="2025" passed="true"/>`` on that certificate; or the switch off.
    """

    meta = RuleMeta(
        id="CERT-008",
        title="执法证件未通过行为年度的年审（审验）",
        system=System.CERTIFICATE,
        case_types=ALL_CASE_TYPES,
        severity=Severity.WARNING,
        legal_basis=by_case_type(
            ALL_CASE_TYPES,
            punishment=(pl(42, 1, note=_ANNUAL_NOTE),),
            coercion=(cl(17, 3, only=CM, note=_ANNUAL_NOTE), *analogy(cl(17, 3, only=EE, note=_ANNUAL_NOTE))),
            measure_steps=(cl(17, 3, note=_ANNUAL_NOTE),),
        ),
        remediation="核对执法证件年审（审验）记录：已通过年审而名录漏记的，补录审验记录；未参加或未通过年审的，该证件在当年不能作为执法资格证明，"
        "相关人员实施的现场执法环节应由持有效证件的人员依法重新实施，并督促其参加年审。",
        confidence=Confidence.UNCONFIRMED,
        parameters=("annual_review_required",),
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        switch = ctx.params.annual_review_required
        if switch is None or not switch.enabled:
            return
        for s in _on_site_acts(ctx):
            year = s.day.year
            for a in assessments(s, ctx):
                cert = a.certificate
                if a.standing not in _VALID_CERTIFICATE or cert is None or cert.valid_from.year == year:
                    continue
                reviews = [r for r in cert.annual_reviews if r.year == year]
                if any(r.passed for r in reviews):
                    continue
                why = f"{year} 年度审验未通过" if reviews else f"没有 {year} 年度的审验记录"
                yield Hit(f"{describe(s)} 的执法人员 {a.who}执法证 {cert.number}：{why}，本地区要求执法证件每年审验。", step=s.id)


def _same_name(a: str, b: str) -> bool:
    return "".join(a.split()) == "".join(b.split())


class CertificateHolderMatches(Rule):
    """The certificate an officer is listed with is registered to that officer (certificates are personal).

    Requirement: the enforcement certificate is personal and may not be lent (catalogue CERT-009: 江西 and
    广东 certificate rules, read only through secondary copies; the 广东 rule, Art 5 item 2, puts the holder's
    particulars on the card). The qualification 行政处罚法 Art 42 para 1 asks for is the officer's own. For
    each officer of the dossier whose certificate number is in the registry, the officer's name equals the
    certificate's ``holder`` (whitespace ignored). One finding per officer, naming the on-site acts the
    officer took part in. A number not in the registry: CERT-006.

    Non-compliant: ``<officer id="O2" name="刘晓东" certificate="33019920190001"/>`` where certificate
    33019920190001 is held by 陈立新 (two officers on one card, or a wrong number).

    Compliant: ``<officer id="O2" name="刘晓东" certificate="33019920190002"/>`` (holder 刘晓东).
    """

    meta = RuleMeta(
        id="CERT-009",
        title="执法人员姓名与所登记执法证的持证人不符",
        system=System.CERTIFICATE,
        case_types=ALL_CASE_TYPES,
        severity=Severity.WARNING,
        legal_basis=by_case_type(
            ALL_CASE_TYPES,
            common=(LegalBasis("广东省〈行政执法证〉管理办法", 5, None, 2, note="地方规章示例：证件载明持证人基本信息"),),
            punishment=(pl(42, 1),),
            coercion=(cl(17, 3, only=CM), *analogy(cl(17, 3, only=EE))),
            measure_steps=(cl(17, 3),),
        ),
        remediation="核对执法人员名单与执法证件名录：证号登记错误的，更正为本人证号；确系使用他人证件执法的，该人员不具备执法资格，"
        "相关环节由持本人有效证件的执法人员依法重新实施，并对转借、冒用证件的情况依规处理。",
        confidence=Confidence.UNCONFIRMED,
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        d = ctx.dossier
        for o in d.officers:
            cert = ctx.registry.certificate_by_number.get(o.certificate) if o.certificate else None
            if cert is None or _same_name(o.name, cert.holder):
                continue
            acts = [s.id for s in _on_site_acts(ctx) if o.id in s.officers]
            where = f"；该人员参与了现场执法环节 {'、'.join(acts)}" if acts else ""
            yield Hit(f"执法人员 {o.name}（{o.id}）登记的执法证 {cert.number} 在名录中的持证人为 {cert.holder}，"
                      f"与本人姓名不符{where}；执法证件限本人使用。")


class NoAuxiliaryAsOfficer(Rule):
    """Auxiliary staff and supervision-certificate holders must not be listed as officers of an on-site act.

    Requirement: punishments are carried out by officers with 行政执法资格 (行政处罚法 Art 42 para 1);
    coercive measures only by the organ's qualified enforcement officers, nobody else (行政强制法 Art 17
    para 3). Auxiliary staff (协管员, 网格员, 临时工) may assist under an officer's direction, and a 行政执法监督证
    is not an enforcement certificate: listing either among a step's officers means they acted as enforcement
    officers. One finding per (person, step).

    Non-compliant: ``<officer id="O5" role="auxiliary_staff"/>`` in ``officers="O1 O2 O5"`` of an inspection;
    O4 with supervision certificate 33019920190004 in ``officers="O1 O4"``.

    Compliant: only O1 and O2 (enforcement certificates) are listed; the auxiliary's help is noted in the record.
    """

    meta = RuleMeta(
        id="CERT-011",
        title="辅助人员或执法监督证持有人列为现场执法人员",
        system=System.CERTIFICATE,
        case_types=ALL_CASE_TYPES,
        severity=Severity.WARNING,
        legal_basis=by_case_type(ALL_CASE_TYPES, punishment=(pl(42, 1),),
                                 coercion=(cl(17, 3, only=CM), *analogy(cl(17, 3, only=EE))), measure_steps=(cl(17, 3),)),
        remediation="辅助人员和执法监督证持有人不得以执法人员身份实施调查、检查或强制措施：核实其在现场的实际作用，"
        "仅协助的在笔录中如实注明为协助人员；实际实施了执法行为的，由持证执法人员依法重新实施。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        for s, a in _not_qualified(ctx):
            if a.standing is Standing.AUXILIARY:
                yield Hit(f"{describe(s)} 的执法人员中列有执法辅助人员 {a.who}；辅助人员只能协助，不得作为执法人员实施。",
                          step=s.id)
            elif a.standing is Standing.SUPERVISION:
                yield Hit(f"{describe(s)} 的执法人员中列有 {a.who}，{a.reason}，不能作为执法人员实施。", step=s.id)


class TwoCertifiedOfficersOther(Rule):
    """Pure inspections and enforced-execution acts should have two certified officers (no confirmed national rule).

    Requirement: the two-officer rules confirmed in national law cover punishment (行政处罚法 Art 42) and
    coercive measures (行政强制法 Art 18(2)); for on-site inspection, inquiry, evidence-preservation and
    execution steps in inspection, coercive-measure and enforced-execution cases the same standard is applied
    by analogy (sector and local rules commonly require it). Officers are counted as in CERT-002.
    Unconfirmed nationally: warning.

    Non-compliant: ``<step kind="inspection" officers="O1">`` in an inspection case; an execution step with
    one certified officer and one auxiliary.

    Compliant: ``officers="O1 O2"``, both certified for the sector and region on the day.
    """

    meta = RuleMeta(
        id="CERT-101",
        title="行政检查或强制执行现场持证执法人员少于两名",
        system=System.CERTIFICATE,
        case_types=frozenset({CaseType.COERCIVE_MEASURE, CaseType.ENFORCED_EXECUTION, CaseType.INSPECTION}),
        severity=Severity.WARNING,
        legal_basis=(LegalBasis(PUNISHMENT_LAW, 42, 1, note=_ANALOGY),
                     LegalBasis(COERCION_LAW, 18, None, 2, note=_ANALOGY)),
        remediation="核对本地区、本行业对行政检查和强制执行人数的规定；原则上安排两名以上持有效执法证的执法人员实施，并在笔录中载明姓名和证号。",
        confidence=Confidence.UNCONFIRMED,
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        if ctx.dossier.case.type is CaseType.PUNISHMENT:
            return
        for s in on_site_steps(ctx):
            if s.kind in _TWO_OFFICERS_UNCONFIRMED:
                hit = _short_of_two(ctx, s)
                if hit is not None:
                    yield hit


class CertificatesShownExecution(Rule):
    """Officers should show their certificates when carrying out enforced execution (no confirmed national article).

    Requirement: 国办发〔2018〕118号 (事中公示) asks officers to show certificates in coercion, including
    enforced execution (secondary sources only); 行政强制法 Art 18(3) requires it for coercive measures and is
    applied by analogy. Judged on execution steps: ``certificates-shown="false"`` or not recorded.
    Unconfirmed: warning.

    Non-compliant: ``<step id="S06" kind="execution">`` without ``certificates-shown``.

    Compliant: ``<step id="S06" kind="execution" certificates-shown="true">``.
    """

    meta = RuleMeta(
        id="CERT-102",
        title="强制执行现场未出示或未记录出示执法证件",
        system=System.CERTIFICATE,
        case_types=ALL_CASE_TYPES,
        severity=Severity.WARNING,
        legal_basis=(LegalBasis(GUIDANCE_118, note="国办发〔2018〕118号，事中公示"),
                     LegalBasis(COERCION_LAW, 18, None, 3, note=_ANALOGY)),
        remediation="核对强制执行现场笔录和音像记录：已出示证件的，在笔录中补充注明；确未出示的，对执法人员进行纠正教育，今后在笔录中逐项记录亮证情况。",
        confidence=Confidence.UNCONFIRMED,
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        for s in ctx.dossier.steps_of(StepKind.EXECUTION):
            hit = _shown_hit(s)
            if hit is not None:
                yield hit


class HandlersOnFiling(Rule):
    """On filing a general-procedure punishment case, at least two officers with valid certificates are assigned.

    Requirement: punishments are carried out by at least two officers holding 行政执法资格 (行政处罚法 Art 42
    para 1; 2017 text Art 37 para 1 for investigations); 市场监督管理行政处罚程序规定 Art 19 para 2: on filing,
    the head of the handling unit assigns two or more handlers with 行政执法资格. The handlers are the officers
    listed on the ``filing`` step, or, when it lists none, the dossier's officers with role ``lead`` or
    ``assisting``. At least two of them hold an enforcement certificate valid on the filing day (assessed as
    in CERT-006/011; whether the certificate covers the case's sector and region is CERT-007's business).
    Summary-procedure cases (no filing) and dossiers without a filing step (REC-001) are not judged.

    Non-compliant: filing S02 on 2025-03-05 and the case's officers O1 (lead, valid) and O2 (assisting) whose
    certificate is valid only from 2025-03-06; or a single lead officer.

    Compliant: O1 and O2, both with enforcement certificates valid on 2025-03-05.
    """

    meta = RuleMeta(
        id="PUN-FILE-004",
        title="立案时指定的持证办案人员少于两名",
        system=System.CERTIFICATE,
        case_types=PUN,
        severity=Severity.ERROR,
        legal_basis=(
            pl(42, 1),
            LegalBasis(PUNISHMENT_LAW, 37, 1, note="2017年修正，适用于2021年7月15日前的行为"),
            LegalBasis(MR_PROCEDURE, 19, 2, note="市场监管部门规章"),
        ),
        remediation="立案审批表应载明由办案机构负责人指定的两名以上具有行政执法资格的办案人员：补正指定记录并核对其证件在立案日有效；"
        "确无两名持证人员承办的，由持有效证件的执法人员依法重新调查取证。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        d = ctx.dossier
        if d.case.procedure is Procedure.SUMMARY:
            return
        filing = d.first(StepKind.FILING)
        if filing is None:
            return
        if filing.officers:
            found = assessments(filing, ctx)
            whom = f"立案环节登记的办案人员 {len(found)} 名"
        else:
            ids = [o.id for o in d.officers if o.role in (Role.LEAD, Role.ASSISTING)]
            found = [assess(i, d, ctx.registry, filing.day) for i in ids]
            whom = f"立案环节未登记办案人员，案卷中主办、协办执法人员共 {len(found)} 名"
        valid = [a for a in found if a.standing in _VALID_CERTIFICATE]
        if len(valid) >= 2:
            return
        names = f"（{'、'.join(a.who for a in valid)}）" if valid else ""
        others = [a for a in found if a.standing not in _VALID_CERTIFICATE]
        tail = ("；未计入：" + "；".join(f"{a.who}{a.reason}" for a in others)) if others else ""
        yield Hit(f"{describe(filing)}：{whom}，在立案日持有效行政执法证的仅 {len(valid)} 名{names}，少于两名{tail}。",
                  step=filing.id)


class RecusalDecided(Rule):
    """A party's recusal request is decided by the organ's head, and a recused officer takes no further part.

    Requirement: 行政处罚法 Art 43: an officer with a direct interest in the case, or another relation that may
    affect impartial enforcement, steps aside (para 1); the party may apply for recusal (para 2); the organ
    examines the application and its head decides (para 3). Each ``recusal_request`` step has a
    ``recusal_decision`` step whose ``of`` is the request and whose ``approved_by`` is an officer with role
    ``agency_head``. In a closed case a request without a decision is a finding; in an open case it is not
    (no deadline for the decision is set by the law). A decision with ``outcome="passed"`` grants recusal (准予回避;
    any other outcome is a refusal, 驳回): then no officer named in the request's ``officers`` takes part in a
    step dated after the decision day — as one of its ``officers``, its ``reviewer``, its hearing ``chair`` or
    its ``approved_by`` (one finding per officer and step). Steps on the decision day itself are not judged (the
    decision carries only a date, so their order is unknown). Not checkable: para 3's "决定作出之前，不停止调查"
    (the investigation goes on while the request is pending) — a dossier records what was done, not what was
    held back, so a pause cannot be told from an ordinary gap between steps. Requests made before
    2021-07-15 are not judged: the 2017 text has no application-and-decision procedure.

    Non-compliant: ``<step id="S20" kind="recusal_request" date="2025-03-07" officers="O2"/>`` with no
    ``recusal_decision`` of S20 in a closed case; or a decision of S20 approved by O1 (lead officer); or
    ``<step id="S21" kind="recusal_decision" of="S20" date="2025-03-08" approved-by="O9" outcome="passed"/>``
    and O2 still listed on the inquiry S04 of 2025-03-10.

    Compliant: the decision S21 of S20 approved by O9 (agency_head), and after 2025-03-08 only O1 and a
    replacement officer act; or the decision refuses (``outcome="returned"``) and O2 goes on.
    """

    meta = RuleMeta(
        id="CERT-014",
        title="回避申请未经负责人决定或被决定回避的人员仍参与办案",
        system=System.CERTIFICATE,
        case_types=PUN,
        severity=Severity.ERROR,
        legal_basis=(pl(43, 1), pl(43, 2), pl(43, 3)),
        remediation="当事人申请回避的，应由行政机关负责人审查作出决定并将决定书（或审批表）归档；准予回避的，"
        "被回避人员不得再参与调查、审核、听证、审批等办案环节，应另行指派持证执法人员，并由其对被回避人员参与的环节依法重新进行。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        d = ctx.dossier
        closed = d.case.status != "open"
        decisions = list(d.steps_of(StepKind.RECUSAL_DECISION))
        for request in d.steps_of(StepKind.RECUSAL_REQUEST):
            if request.day < PENALTY_LAW_2021:
                continue
            answers = [s for s in decisions if s.of == request.id]
            if not answers:
                if closed:
                    yield Hit(f"{describe(request)}：当事人申请{_names(request.officers, d)}回避，"
                              "案卷中没有行政机关负责人对该申请的决定（recusal_decision）。", step=request.id)
                continue
            for decision in answers:
                yield from self._approval(decision, request, d)
                if decision.outcome is ReviewOutcome.PASSED:
                    yield from self._later_participation(decision, request, d)

    @staticmethod
    def _approval(decision: Step, request: Step, d: Dossier) -> Iterator[Hit]:
        head = decision.approved_by
        if head is None:
            yield Hit(f"{describe(decision)}：对回避申请 {request.id} 的决定未载明作出决定的行政机关负责人。",
                      step=decision.id)
            return
        who = d.officer_by_id.get(head)
        if who is None or who.role is not Role.AGENCY_HEAD:
            role = f"角色为 {who.role.value}" if who is not None else "不在案卷执法人员名单中"
            yield Hit(f"{describe(decision)}：对回避申请 {request.id} 的决定由{_names((head,), d)}作出，"
                      f"其{role}，不是行政机关负责人。", step=decision.id)

    @staticmethod
    def _later_participation(decision: Step, request: Step, d: Dossier) -> Iterator[Hit]:
        recused = set(request.officers)
        for s in d.steps:
            if s.day <= decision.day:
                continue
            roles: dict[str, list[str]] = {}
            for oid, label in _participants(s):
                if oid in recused:
                    roles.setdefault(oid, []).append(label)
            for oid, labels in roles.items():
                yield Hit(f"{describe(s)}：{_names((oid,), d)}已于 {decision.day.isoformat()} 经 {decision.id} "
                          f"决定准予回避（申请 {request.id}），仍作为{'、'.join(labels)}参与该环节。", step=s.id)


def _participants(step: Step) -> Iterator[tuple[str, str]]:
    """(officer id, role on the step) for everyone taking part in a step, in a fixed order."""
    for oid in step.officers:
        yield oid, "执法人员"
    if step.reviewer is not None:
        yield step.reviewer, "审核人员"
    if step.chair is not None:
        yield step.chair, "听证主持人"
    if step.approved_by is not None:
        yield step.approved_by, "审批人"


def _names(ids: tuple[str, ...], d: Dossier) -> str:
    """「刘晓东（O2）、何春燕（O4）」 (ids not in the officer list shown bare)."""
    parts = []
    for oid in ids:
        o = d.officer_by_id.get(oid)
        parts.append(f"{o.name}（{oid}）" if o is not None else oid)
    return "、".join(parts) if parts else "（未载明人员）"


RULES: tuple[type[Rule], ...] = (
    TwoCertifiedOfficers,
    OneOfficerExceptionTagged,
    MinistryCertificateFiled,
    OldProvincialCard,
    CertificatesShown,
    CertificateValid,
    CertificateCoversCase,
    AnnualReviewPassed,
    CertificateHolderMatches,
    NoAuxiliaryAsOfficer,
    RecusalDecided,
    TwoCertifiedOfficersOther,
    CertificatesShownExecution,
    HandlersOnFiling,
)
