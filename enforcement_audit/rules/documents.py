"""Rules that read the case documents (PDF text): contents, consistency with the manifest and across
documents, and the legal citations.

Every rule here declares ``needs_documents=True``: the runner reads the dossier's PDF documents
(``documents.reader``) before they run and hands the extracted facts over as ``ctx.texts``. A
document without a file, or whose file could not be read (LOAD-PDF-*), is simply not judged here.
Hits name the document and the page the value was read from.

Which document a rule reads is decided by the manifest's ``kind`` of the document (the extractor's
title recognition is a fallback for documents the manifest does not classify).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator
from decimal import Decimal

from ..documents import facts as F
from ..documents.facts import Citation, DocumentFacts, canonical_number
from ..documents.laws import Law, LawCatalogue
from ..engine import ALL_CASE_TYPES, Confidence, Context, Hit, LegalBasis, Rule, RuleMeta, Severity, System
from ..models import Capacity, Document, ExecutionMethod, Procedure, Step, StepKind
from ._common import (
    CM,
    COERCION,
    EE,
    LITIGATION_LAW,
    PENALTY_LAW_2021,
    PUN,
    REVIEW_LAW,
    analogy,
    by_case_type,
    cl,
    describe,
    pl,
    yuan,
)
from .disclosure import GD_DISCLOSURE
from .recording import gd_record

REVIEW_STANDARD = LegalBasis("行政执法案卷评查标准", note="各地评查标准通例：文书前后不一致每处扣分")
#: 行政诉讼法 (2014 amendment, in force 2015-05-01) Art 46: six months; three months before.
LITIGATION_SIX_MONTHS = dt.date(2015, 5, 1)

DECISION_KINDS = ("punishment_decision",)
NOTICE_KINDS = ("advance_notice",)
SEIZURE_DECISION_KINDS = ("seizure_decision", "seal_up_decision")
RECORD_KINDS = ("inquiry_record", "inspection_record", "on_site_record", "execution_record")


def _documents(ctx: Context, *kinds: str) -> Iterator[tuple[Document, DocumentFacts]]:
    """Documents of these kinds (manifest kind, else the kind read from the title) that were read."""
    texts = ctx.texts
    if texts is None:
        return
    for doc in ctx.dossier.documents:
        facts = texts.facts.get(doc.id)
        if facts is None:
            continue
        if doc.kind in kinds or (doc.kind not in _KNOWN_KINDS and facts.kind in kinds):
            yield doc, facts


_KNOWN_KINDS = frozenset(
    {*DECISION_KINDS, *NOTICE_KINDS, *SEIZURE_DECISION_KINDS, *RECORD_KINDS, "filing_approval", "proof_of_service",
     "legal_review_opinion", "investigation_report", "closing_report", "demand_notice", "execution_decision"}
)


def _step_of(ctx: Context, doc_id: str) -> Step | None:
    """The first step that records this document."""
    key = ("documents.step_of",)
    index: dict[str, Step] | None = ctx.memo.get(key)
    if index is None:
        index = {}
        for step in ctx.dossier.steps:
            for ref in step.records:
                if ref.document is not None:
                    index.setdefault(ref.document, step)
        ctx.memo[key] = index
    return index.get(doc_id)


def _document_day(ctx: Context, doc: Document, facts: DocumentFacts) -> dt.date | None:
    signed = facts.last(F.DATE, F.SIGNATURE_DATE)
    if signed is not None:
        return signed.date
    if doc.date is not None:
        return doc.date
    step = _step_of(ctx, doc.id)
    return step.day if step is not None else None


def _name(doc: Document) -> str:
    return f"{doc.title or doc.kind}（{doc.id}）"


def _missing(ctx: Context, doc: Document, missing: list[str], page: int = 1) -> Iterator[Hit]:
    """One hit naming the items a document fails to state, if any."""
    if missing:
        yield Hit(f"{_name(doc)}未载明：{'、'.join(missing)}。", step=_step_id(ctx, doc), document=doc.id, page=page)


# ---------------------------------------------------------------- contents of decisions and notices

_DECISION_ITEMS: tuple[tuple[str, str, LegalBasis], ...] = (
    ("事实和证据", r"违法事实|经查|查明|证据", pl(59, 1, 2)),
    ("行政处罚的履行方式和期限", r"(?:日|天)内[^。]{0,50}(?:缴纳|履行|缴至|缴款)|(?:缴纳|履行)[^。]{0,20}(?:日|天)内|当场(?:缴纳|收缴)", pl(59, 1, 4)),
)


class DecisionContents(Rule):
    """The 行政处罚决定书 states what 行政处罚法 Art 59 requires and carries the organ's seal.

    Read from the decision's text: the party's name (the manifest's party), the facts and evidence,
    the penalty with its legal basis (at least one article cited), the manner and time limit of
    performance, the channels and time limits of 行政复议 and 行政诉讼, the organ's name and the
    date (a dated signature block), and a seal marker (（印章）/（盖章）). Summary-procedure decisions
    (当场处罚) are judged by PUN-SIMPLE-003 (Art 52) instead.

    Non-compliant: a decision whose text never mentions 行政复议 or 行政诉讼.

    Compliant: a decision stating all items, dated and sealed.
    """

    meta = RuleMeta(
        id="PUN-DEC-003",
        title="行政处罚决定书缺少法定载明事项",
        system=System.PROCEDURE,
        case_types=PUN,
        severity=Severity.ERROR,
        legal_basis=(pl(59, 1), pl(59, 2)),
        remediation="按行政处罚法第五十九条补正决定书的载明事项（当事人、事实和证据、处罚种类和依据、履行方式和期限、"
        "复议和诉讼的途径和期限、机关名称和日期）并加盖机关印章；已送达的，依法更正或重新作出并送达。",
        needs_documents=True,
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        party = ctx.dossier.case.party.name
        if ctx.dossier.case.procedure is Procedure.SUMMARY:
            return
        for doc, facts in _documents(ctx, *DECISION_KINDS):
            text = facts.text
            missing: list[str] = []
            if party not in text and not facts.has(F.PARTY_NAME):
                missing.append("当事人姓名或名称")
            missing += [label for label, pattern, _ in _DECISION_ITEMS if not re.search(pattern, text)]
            if not facts.citations:
                missing.append("行政处罚的依据（法律条文）")
            rights = facts.right_kinds()
            if "review" not in rights:
                missing.append("申请行政复议的途径和期限")
            if "litigation" not in rights:
                missing.append("提起行政诉讼的途径和期限")
            if facts.last(F.DATE, F.SIGNATURE_DATE) is None:
                missing.append("作出决定的日期")
            if not facts.has(F.SEAL):
                missing.append("行政机关印章")
            yield from _missing(ctx, doc, missing, page=facts.pages_read or 1)


class SummaryDecisionContents(Rule):
    """The on-the-spot decision (当场行政处罚决定书) states what 行政处罚法 Art 52 para 2 requires.

    Read from its text: the violation, the kind of penalty and its basis (an article cited), the
    fine amount (when the manifest's decision fines), the time (a date) and the place (地点), the
    channels and time limits of review and litigation, the organ's name, and the officers'
    signature or seal (签名 / 盖章 marker).

    Non-compliant: an on-the-spot form without the place or without the review and litigation channels.

    Compliant: "当事人…于2025年3月2日在…（地点）…依据《…》第…条…罚款人民币壹佰元…可在六十日内申请行政复议…六个月内…提起行政诉讼…城西县…局…执法人员签名：…".
    """

    meta = RuleMeta(
        id="PUN-SIMPLE-003",
        title="当场行政处罚决定书缺少法定载明事项",
        system=System.PROCEDURE,
        case_types=PUN,
        severity=Severity.ERROR,
        legal_basis=(pl(52, 2),),
        remediation="按行政处罚法第五十二条第二款使用预定格式、编有号码的决定书，载明违法行为、处罚种类和依据、罚款数额、时间、地点、"
        "复议和诉讼的途径和期限、行政机关名称，并由执法人员签名或者盖章。",
        needs_documents=True,
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        if ctx.dossier.case.procedure is not Procedure.SUMMARY:
            return
        fined = any(s.fine > 0 for s in ctx.dossier.steps_of(StepKind.DECISION))
        for doc, facts in _documents(ctx, *DECISION_KINDS):
            text = facts.text
            missing: list[str] = []
            if not re.search(r"违法|违反", text):
                missing.append("当事人的违法行为")
            if not facts.citations:
                missing.append("处罚的依据（法律条文）")
            if fined and not list(facts.of(F.AMOUNT, F.FINE)):
                missing.append("罚款数额")
            if not facts.has(F.DATE):
                missing.append("时间")
            if not re.search(r"地点|在.{2,30}(?:路|街|村|镇|号|市场|店|门口)", text):
                missing.append("地点")
            rights = facts.right_kinds()
            if "review" not in rights or "litigation" not in rights:
                missing.append("申请行政复议、提起行政诉讼的途径和期限")
            if not facts.has(F.ORGAN) and not re.search(r"(?:局|委员会|政府|大队|支队|中队)", text):
                missing.append("行政机关名称")
            if not facts.has(F.SIGNATURE) and not facts.has(F.SEAL):
                missing.append("执法人员签名或者盖章")
            yield from _missing(ctx, doc, missing, page=1)


#: 行政复议法 (2023 revision) took effect on this day (Art 90): review first for on-the-spot decisions (Art 23).
REVIEW_LAW_2024 = dt.date(2024, 1, 1)
#: Wording that tells the party to apply for review first, or that litigation follows the review decision.
_REVIEW_FIRST = re.compile(r"先[^。；]{0,15}(?:申请)?行政复议|复议前置|对(?:行政)?复议决定不服")


class SummaryDecisionReviewFirst(Rule):
    """An on-the-spot decision from 2024 tells the party to apply for administrative review first.

    Requirement: 行政复议法 (2023) Art 23 para 1 item 1: 「对当场作出的行政处罚决定不服」 the party 「应当先向
    行政复议机关申请行政复议，对行政复议决定不服的，可以再依法向人民法院提起行政诉讼」; para 2: 「对前款规定的情形，
    行政机关在作出行政行为时应当告知公民、法人或者其他组织先向行政复议机关申请行政复议。」 In force from 2024-01-01
    (Art 90). Read: the decision text of a summary-procedure (当场) punishment dated on or after that day; a
    finding when it tells of 行政诉讼 without saying that review comes first (先…申请行政复议, or litigation
    against the review decision) — the pre-2024 wording 「可以…申请行政复议，或者…提起行政诉讼」 offers a suit
    the party may no longer bring directly. A text naming neither remedy is PUN-SIMPLE-003's finding. Other
    复议前置 cases (natural-resource rights, 政府信息公开) are not judged.

    Non-compliant: a 2024 on-the-spot decision stating 「可在六十日内申请行政复议，或者在六个月内向人民法院提起行政诉讼」.

    Compliant: 「应当先在六十日内向城西县人民政府申请行政复议；对行政复议决定不服的，可以依法向人民法院提起行政诉讼」.
    """

    meta = RuleMeta(
        id="PUN-SIMPLE-103",
        title="当场处罚决定书未告知应先申请行政复议",
        system=System.PROCEDURE,
        case_types=PUN,
        severity=Severity.ERROR,
        legal_basis=(LegalBasis(REVIEW_LAW, 23, 1, 1), LegalBasis(REVIEW_LAW, 23, 2), pl(52, 2)),
        remediation="2024年1月1日起，对当场作出的行政处罚决定不服的，应当先申请行政复议：更正当场处罚决定书的救济告知"
        "（先向行政复议机关申请行政复议，对复议决定不服的再提起行政诉讼），更新预定格式的文书，并向当事人重新告知。",
        needs_documents=True,
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        if ctx.dossier.case.procedure is not Procedure.SUMMARY:
            return
        for doc, facts in _documents(ctx, *DECISION_KINDS):
            day = _document_day(ctx, doc, facts)
            if day is None or day < REVIEW_LAW_2024:
                continue
            litigation = next((r for r in facts.rights if r.right == "litigation"), None)
            if litigation is None or _REVIEW_FIRST.search(facts.text):
                continue
            yield Hit(f"{_name(doc)}（{day.isoformat()}）告知可以提起行政诉讼，但未告知应当先申请行政复议"
                      "（行政复议法第二十三条：对当场作出的行政处罚决定不服的，复议前置）。",
                      step=_step_id(ctx, doc), document=doc.id, page=litigation.page)


class DecisionPaymentNotice(Rule):
    """A fine decision says where and how to pay and warns of the 3 % daily surcharge.

    Requirement: document templates and sector rules put the payment channel (designated bank,
    account or electronic payment) and the consequence of late payment (行政处罚法 Art 72 item 1:
    每日按罚款数额的百分之三加处罚款) in every fine decision. No national text requires the sentences
    themselves (catalogue U), so the rule is a warning.

    Non-compliant: a fine decision with no bank, account or payment channel named.

    Compliant: "…到城西县农商银行缴纳罚款…到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款。"
    """

    meta = RuleMeta(
        id="PUN-DEC-004",
        title="罚款决定书未写明缴款方式或逾期加处罚款",
        system=System.PROCEDURE,
        case_types=PUN,
        severity=Severity.WARNING,
        legal_basis=(pl(72, 1, 1), pl(67, 3)),
        remediation="在罚款决定书中写明缴款的银行、账户或电子支付渠道，并告知到期不缴纳的每日按罚款数额百分之三加处罚款。",
        confidence=Confidence.UNCONFIRMED,
        needs_documents=True,
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        fined = any(s.fine > 0 for s in ctx.dossier.steps_of(StepKind.DECISION))
        if not fined:
            return
        for doc, facts in _documents(ctx, *DECISION_KINDS):
            text = facts.text
            missing = []
            if not re.search(r"银行|账户|帐户|缴款码|电子支付|非税|代收|当场(?:缴纳|收缴)", text):
                missing.append("缴款地点或方式")
            if not re.search(r"加处罚款", text):
                missing.append("逾期不缴纳每日加处百分之三罚款")
            if missing:
                yield Hit(f"{_name(doc)}未写明{'和'.join(missing)}。", step=_step_id(ctx, doc), document=doc.id,
                          page=facts.pages_read or 1)


class DecisionOrdersCorrection(Rule):
    """The decision orders the party to correct the violation (责令改正 / 限期改正 / 责令停止).

    Requirement: 行政处罚法 Art 28 para 1: 行政机关实施行政处罚时，应当责令当事人改正或者限期改正违法行为.

    Non-compliant: a decision that imposes a fine and says nothing of correcting the violation.

    Compliant: "…责令你单位立即改正上述违法行为，并处罚款…"
    """

    meta = RuleMeta(
        id="PUN-DEC-008",
        title="行政处罚决定书未责令改正违法行为",
        system=System.PROCEDURE,
        case_types=PUN,
        severity=Severity.ERROR,
        legal_basis=(pl(28, 1),),
        remediation="在决定书中责令当事人改正或者限期改正违法行为（已当场改正的，写明改正情况）。",
        needs_documents=True,
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        for doc, facts in _documents(ctx, *DECISION_KINDS):
            if not re.search(r"改正|责令停止|停止违法|整改", facts.text):
                yield Hit(f"{_name(doc)}没有责令当事人改正或者限期改正违法行为。", step=_step_id(ctx, doc),
                          document=doc.id, page=1)


#: the intended penalty: 拟 … followed, within the sentence, by a kind of penalty
_INTENDED = (r"(?:拟|将)(?:作出|给予|对|处|决定)[^。]{0,60}(?:罚款|警告|通报批评|没收|暂扣|吊销|降低资质|停产停业|责令关闭|"
             r"限制开展生产经营活动|限制从业|行政拘留|不予(?:行政)?处罚)")


class NoticeContents(Rule):
    """The 行政处罚事先告知书 states the intended penalty, its facts, reasons and basis, and the rights.

    Requirement: 行政处罚法 Art 44: before deciding, the organ tells the party the content of the
    intended penalty and its facts, reasons and basis, and the rights to 陈述, 申辩 and 要求听证
    (the last where the manifest records the hearing right as stated, i.e. where Art 63 applies).

    Non-compliant: a notice with no article cited, or without the 申辩 right.

    Compliant: a notice with facts, the cited articles, "拟作出…罚款" and the 陈述、申辩 (and 听证) rights.
    """

    meta = RuleMeta(
        id="PUN-NOTICE-001",
        title="行政处罚告知书未载明拟处罚内容、事实、理由、依据或权利",
        system=System.PROCEDURE,
        case_types=PUN,
        severity=Severity.ERROR,
        legal_basis=(pl(44), pl(63, 1)),
        remediation="重新制作并送达告知书，写明拟作出的处罚及事实、理由、依据，告知陈述、申辩权（适用听证的告知听证权），"
        "并重新计算陈述申辩和听证的期限。",
        needs_documents=True,
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        for doc, facts in _documents(ctx, *NOTICE_KINDS):
            text = facts.text
            missing: list[str] = []
            if not re.search(r"违法事实|经查|查明", text):
                missing.append("违法事实")
            if not facts.citations:
                missing.append("依据（法律条文）")
            if not re.search(_INTENDED, text):
                missing.append("拟作出的行政处罚内容")
            rights = facts.right_kinds()
            missing += [label for right, label in (("statement", "陈述权"), ("defence", "申辩权")) if right not in rights]
            step = _step_of(ctx, doc.id)
            if step is not None and "hearing" in step.rights and "hearing" not in rights:
                missing.append("要求听证的权利（清单记载已告知）")
            yield from _missing(ctx, doc, missing)


class NoticeHearingWindow(Rule):
    """The hearing window a notice states is not shorter than the law's.

    Requirement: 行政处罚法 Art 64 item 1: the party asks for a hearing within five days of the
    notice (working days, Art 85). Before 2021-07-15 the old law (Art 42) gave three days. A
    notice that states a shorter window cuts the right short.

    Non-compliant: "如要求听证，应当在收到本告知书之日起三日内提出" in a 2023 notice.

    Compliant: "…五个工作日内提出".
    """

    meta = RuleMeta(
        id="PUN-HEAR-101",
        title="告知书载明的听证申请期限短于法定期限",
        system=System.PROCEDURE,
        case_types=PUN,
        severity=Severity.ERROR,
        legal_basis=(pl(64, None, 1), pl(85)),
        remediation="按法定期限（2021年7月15日后为五个工作日）重新告知听证权利，期限自重新送达之日起计算。",
        needs_documents=True,
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        for doc, facts in _documents(ctx, *NOTICE_KINDS):
            right = next((r for r in facts.rights if r.right == "hearing" and r.days is not None), None)
            if right is None or right.unit == "个月":
                continue
            day = _document_day(ctx, doc, facts) or ctx.as_of
            legal = 5 if day >= PENALTY_LAW_2021 else 3
            if right.days is not None and right.days < legal:
                yield Hit(f"{_name(doc)}告知的听证申请期限为 {right.days}{right.unit}，短于法定的 {legal} 日"
                          f"（{'工作日，' if legal == 5 else ''}{'行政处罚法第六十四条' if legal == 5 else '修订前行政处罚法第四十二条'}）。",
                          step=_step_id(ctx, doc), document=doc.id, page=right.page)


class DecisionRemedyPeriods(Rule):
    """The decision's 行政复议 and 行政诉讼 periods are not shorter than the law's.

    Requirement: 行政复议法 (2023) Art 20: sixty days to apply for review; 行政诉讼法 Art 46: six
    months to sue (three months for decisions before 2015-05-01). A decision that states shorter
    periods misinforms the party (and the real period then runs from when the party learns it,
    行政诉讼法 Art 46 with its judicial interpretation).

    Non-compliant: "可在收到本决定书之日起十五日内申请行政复议".

    Compliant: "…六十日内申请行政复议，或者六个月内…提起行政诉讼".
    """

    meta = RuleMeta(
        id="PUN-DEC-101",
        title="决定书载明的复议或诉讼期限短于法定期限",
        system=System.PROCEDURE,
        case_types=ALL_CASE_TYPES,
        severity=Severity.ERROR,
        legal_basis=by_case_type(
            ALL_CASE_TYPES,
            common=(LegalBasis(REVIEW_LAW, 20, 1),
                    LegalBasis(REVIEW_LAW, 9, 1, note="2017年修正，适用于2024年1月1日前作出的行政行为"),
                    LegalBasis(LITIGATION_LAW, 46, 1)),
            punishment=(pl(59, 1, 5),),
            coercion=(cl(24, 2, 4, only=CM), cl(37, 2, 4, only=EE)),
            inspection=(),
        ),
        remediation="更正决定书的救济期限（行政复议六十日、行政诉讼六个月）并重新送达。",
        needs_documents=True,
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        kinds = (*DECISION_KINDS, *SEIZURE_DECISION_KINDS, "execution_decision")
        for doc, facts in _documents(ctx, *kinds):
            day = _document_day(ctx, doc, facts) or ctx.as_of
            for right in facts.rights:
                if right.days is None or right.unit is None:
                    continue
                if right.right == "review":
                    days = right.days * (30 if right.unit == "个月" else 1)
                    if days < 60:
                        yield Hit(f"{_name(doc)}告知的行政复议申请期限为 {right.days}{right.unit}，短于法定的六十日。",
                                  step=_step_id(ctx, doc), document=doc.id, page=right.page)
                elif right.right == "litigation":
                    months = 6 if day >= LITIGATION_SIX_MONTHS else 3
                    given = right.days if right.unit == "个月" else right.days / 30
                    if given < months:
                        yield Hit(f"{_name(doc)}告知的行政诉讼起诉期限为 {right.days}{right.unit}，短于法定的{'六' if months == 6 else '三'}个月。",
                                  step=_step_id(ctx, doc), document=doc.id, page=right.page)


class SeizureDecisionContents(Rule):
    """The 查封/扣押决定书 states what 行政强制法 Art 24 para 2 requires.

    Read from its text: the party, the reasons and legal basis (an article cited), the period of
    the measure, the items (名称、数量 or a reference to the 清单), the channels and time limits of
    review and litigation, and the organ's seal and date.

    Non-compliant: a seizure decision that does not state for how long the items are seized.

    Compliant: "…扣押期限为三十日…" with basis, items, remedies, seal and date.
    """

    meta = RuleMeta(
        id="CO-SEAL-004",
        title="查封、扣押决定书缺少法定载明事项",
        system=System.PROCEDURE,
        case_types=ALL_CASE_TYPES,
        severity=Severity.ERROR,
        legal_basis=(cl(24, 2),),
        remediation="按行政强制法第二十四条第二款补正查封、扣押决定书（当事人、理由和依据、财物名称数量、期限、复议诉讼途径和期限、"
        "机关名称、印章和日期）并送达。",
        needs_documents=True,
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        party = ctx.dossier.case.party.name
        for doc, facts in _documents(ctx, *SEIZURE_DECISION_KINDS):
            text = facts.text
            missing: list[str] = []
            if party not in text and not facts.has(F.PARTY_NAME):
                missing.append("当事人")
            if not facts.citations:
                missing.append("依据（法律条文）")
            if not re.search(r"期限[为是:：]?\s*[0-9一二三四五六七八九十]+\s*[日天]|自\s*\d{4}年[^。]{0,16}至\s*\d{4}年", text):
                missing.append("查封、扣押的期限")
            if not re.search(r"清单|名称|数量", text):
                missing.append("财物名称、数量（或所附清单）")
            rights = facts.right_kinds()
            if "review" not in rights or "litigation" not in rights:
                missing.append("申请行政复议或提起行政诉讼的途径和期限")
            if facts.last(F.DATE, F.SIGNATURE_DATE) is None:
                missing.append("日期")
            if not facts.has(F.SEAL):
                missing.append("行政机关印章")
            yield from _missing(ctx, doc, missing, page=1)


class SubstitutePerformanceDecisionContents(Rule):
    """The 代履行决定书 states what 行政强制法 Art 51 para 1 item 1 requires.

    Read from the text of an execution decision whose title or the step's execution method is
    代履行: the party, the reason and basis (an article cited), the manner and time, the object
    (标的: what is to be done), the cost budget (费用预算) and the performer (代履行人).

    Non-compliant: a 代履行决定书 that names no performer and no cost budget.

    Compliant: "…由城西县某某建筑工程有限公司代履行，费用预算人民币捌仟元，由当事人承担…".
    """

    meta = RuleMeta(
        id="CO-PROXY-002",
        title="代履行决定书缺少法定载明事项",
        system=System.PROCEDURE,
        case_types=COERCION,
        severity=Severity.ERROR,
        legal_basis=(cl(51, 1, 1),),
        remediation="代履行前送达载明当事人、理由和依据、方式和时间、标的、费用预算以及代履行人的代履行决定书；已实施的，说明情况并补正。",
        needs_documents=True,
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        substitute = any(s.execution_method is ExecutionMethod.SUBSTITUTE_PERFORMANCE for s in ctx.dossier.steps)
        for doc, facts in _documents(ctx, "execution_decision"):
            if "代履行" not in (doc.title or "") + (facts.title or "") and not (substitute and "代履行" in facts.text):
                continue
            text = facts.text
            missing: list[str] = []
            if not facts.citations:
                missing.append("代履行的依据（法律条文）")
            if not re.search(r"(?:于|在|自).{0,20}(?:日|前).{0,20}(?:代履行|实施|拆除|清除)|代履行(?:的)?(?:方式|时间)", text):
                missing.append("代履行的方式和时间")
            if not re.search(r"费用预算|预算", text):
                missing.append("费用预算")
            if not re.search(r"代履行人|由.{2,30}(?:公司|单位|队|中心).{0,6}代(?:为)?履行", text):
                missing.append("代履行人")
            yield from _missing(ctx, doc, missing, page=1)


class InventoryCopiesAndReceipt(Rule):
    """The seal-up/seizure inventory (清单) is made in duplicate and the party signs for it.

    Requirement: 行政强制法 Art 24 para 3: 查封、扣押清单一式二份，由当事人和行政机关分别保存. Read from
    the inventory's text: a statement that it is made in two copies (一式二份 / 一式两份) and a
    signature line for the party (当事人签名 / 签字 / 签章); whether the party really signed is the
    manifest's ``signed`` flag (ARC-004).

    Non-compliant: an inventory with no 一式二份 and only the officers' signature lines.

    Compliant: "本清单一式二份，当事人和本机关各执一份。…当事人签名：…".
    """

    meta = RuleMeta(
        id="CO-SEAL-005",
        title="查封、扣押清单未一式二份或无当事人签名",
        system=System.PROCEDURE,
        case_types=COERCION,
        severity=Severity.ERROR,
        legal_basis=(cl(24, 3),),
        remediation="清单一式二份，当场交当事人一份并由当事人签名（拒绝签名的注明情况并由见证人签名）；缺失的补正并说明原因。",
        needs_documents=True,
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        for doc, facts in _documents(ctx, "seizure_inventory", "seal_up_inventory"):
            missing: list[str] = []
            if not re.search(r"一式(?:二|两|2)份", facts.text):
                missing.append("一式二份")
            if "当事人" not in _signers(facts):
                missing.append("当事人签名")
            yield from _missing(ctx, doc, missing, page=1)


def _signers(facts: DocumentFacts) -> set[str]:
    return {v.value for v in facts.of(F.SIGNATURE)}


class SubstitutePerformanceRecordSigned(Rule):
    """After substitute performance, the supervising staff, the performer and the party (or a
    witness) sign the execution record.

    Requirement: 行政强制法 Art 51 para 1 item 4: 代履行完毕，行政机关到场监督的工作人员、代履行人和当事人或者
    见证人应当在执行文书上签名或者盖章. Read from the execution record of a substitute performance:
    signature lines for the organ's staff (执法人员 / 监督人员), the performer (代履行人) and the party or
    a witness.

    Non-compliant: an execution record with signature lines only for the officers and the party.

    Compliant: "…执法人员签名：…  代履行人签名：…  当事人签名：…".
    """

    meta = RuleMeta(
        id="CO-PROXY-004",
        title="代履行执行文书缺少监督人员、代履行人或当事人（见证人）签名",
        system=System.PROCEDURE,
        case_types=COERCION,
        severity=Severity.ERROR,
        legal_basis=(cl(51, 1, 4),),
        remediation="代履行完毕，由到场监督的工作人员、代履行人和当事人或者见证人在执行文书上签名或者盖章；缺失的说明情况。",
        needs_documents=True,
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        steps = [s for s in ctx.dossier.steps if s.execution_method is ExecutionMethod.SUBSTITUTE_PERFORMANCE]
        records = {r.document for s in steps for r in s.records if r.document is not None}
        for doc, facts in _documents(ctx, "execution_record"):
            if doc.id not in records:
                continue
            signers = _signers(facts)
            missing = [label for label, names in (("监督的工作人员", {"执法人员", "监督人员"}), ("代履行人", {"代履行人"}),
                                                   ("当事人或者见证人", {"当事人", "见证人"})) if not signers & names]
            if missing:
                yield Hit(f"{_name(doc)}没有{'、'.join(missing)}的签名。", step=_step_id(ctx, doc), document=doc.id, page=1)


class FineWithinQuotedRange(Rule):
    """The fine a decision imposes lies within the range it quotes from the law, or states 减轻.

    Read: the fine (amounts the extractor marks as the fine) and the range the decision itself
    quotes ("依法应处二万元以上五万元以下的罚款"), when it quotes exactly one. Above the maximum is never
    lawful; below the minimum only with mitigation (减轻处罚, 行政处罚法 Art 32), which the decision
    must state. Whether the published discretion benchmark (裁量基准) band was kept is left to the
    human checklist.

    Non-compliant: "依法应处二万元以上五万元以下的罚款…决定罚款人民币捌仟元" with no 减轻.

    Compliant: the same with "…依法减轻处罚…", or a fine of 30,000 yuan.
    """

    meta = RuleMeta(
        id="PUN-DEC-009",
        title="罚款超出决定书所引条款的幅度",
        system=System.PROCEDURE,
        case_types=PUN,
        severity=Severity.ERROR,
        legal_basis=(pl(32), pl(59, 1, 3), pl(5, 2)),
        remediation="核对所引条款的罚款幅度：超过上限的依法纠正；低于下限的，应有法定减轻情节并在决定书中写明理由和依据。",
        needs_documents=True,
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        for doc, facts in _documents(ctx, *DECISION_KINDS):
            fines = {v.amount for v in facts.of(F.AMOUNT, F.FINE)}
            if len(fines) != 1 or len(facts.ranges) != 1:
                continue
            fine = fines.pop()
            low, high = facts.ranges[0]
            page = next(iter(facts.of(F.AMOUNT, F.FINE))).page
            if high is not None and fine > Decimal(high):
                yield Hit(f"{_name(doc)}罚款 {yuan(fine)}，超过其所引条款的上限 {yuan(Decimal(high))}。",
                          step=_step_id(ctx, doc), document=doc.id, page=page)
            elif low is not None and fine < Decimal(low) and "减轻" not in facts.text:
                yield Hit(f"{_name(doc)}罚款 {yuan(fine)}，低于其所引条款的下限 {yuan(Decimal(low))}，且未写明减轻处罚的情节和依据。",
                          step=_step_id(ctx, doc), document=doc.id, page=page)


class NoticeBasisMatchesDecision(Rule):
    """The decision rests on the provisions the party was told of in the advance notice.

    Requirement: the notice states the basis of the intended penalty (行政处罚法 Art 44); when the
    decision's basis changes materially after the notice, practice and several provincial rules
    require a fresh notice so the party can answer it (catalogue PUN-NOTICE-004, U). Read: the
    articles of laws other than 行政处罚法 itself cited by the decision but by no advance notice.

    Non-compliant: notice cites 食品安全法 Art 124, decision cites Art 124 and Art 126.

    Compliant: the decision cites only articles the notice cited.
    """

    meta = RuleMeta(
        id="PUN-NOTICE-004",
        title="决定书依据的条款未在告知书中告知",
        system=System.PROCEDURE,
        case_types=PUN,
        severity=Severity.WARNING,
        legal_basis=(pl(44), pl(45, 1)),
        remediation="决定所依据的事实、理由或依据与告知时不同的，应重新告知并听取陈述申辩后再作决定。",
        confidence=Confidence.UNCONFIRMED,
        needs_documents=True,
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        notices = list(_documents(ctx, *NOTICE_KINDS))
        if not notices:
            return
        told = {(c.law or c.law_name, c.article) for _, f in notices for c in f.citations}
        for doc, facts in _documents(ctx, *DECISION_KINDS):
            new = sorted({(c.law or c.law_name, c.article, c.law_name) for c in facts.citations
                          if c.law != "administrative-penalty-law" and (c.law or c.law_name, c.article) not in told})
            if new:
                cited = "、".join(f"《{name}》第{article}条" for _, article, name in new)
                yield Hit(f"{_name(doc)}引用的{cited}未在告知书中出现。", step=_step_id(ctx, doc), document=doc.id, page=1)


# ---------------------------------------------------------------- issuing organ

_ISSUED_KINDS = (*DECISION_KINDS, *NOTICE_KINDS, *SEIZURE_DECISION_KINDS, "execution_decision", "demand_notice",
                 "release_decision")


def _issuers(ctx: Context) -> Iterator[tuple[Document, DocumentFacts, str, int]]:
    """(document, facts, organ name, page) of each organ line of the documents issued to the party."""
    for doc, facts in _documents(ctx, *_ISSUED_KINDS):
        seen: set[str] = set()
        for value in facts.of(F.ORGAN):
            if value.value not in seen:
                seen.add(value.value)
                yield doc, facts, value.value, value.page


class EntrustedActsInPrincipalsName(Rule):
    """An entrusted organisation (受委托组织) issues its documents in the name of the entrusting body.

    Requirement: 行政处罚法 Art 20 para 4: the entrusted organisation acts within the entrustment in
    the name of the entrusting organ, and may not entrust further. Read: the organ lines
    (letterhead, signature block) of decisions, notices and coercion decisions; each must be the
    principal's name (registry), never the entrusted organisation's own.

    Non-compliant: an entrusted 执法服务中心 signing the decision "城西县市场监管执法服务中心（印章）".

    Compliant: "城西县市场监督管理局（印章）".
    """

    meta = RuleMeta(
        id="SUBJ-006",
        title="受委托组织未以委托机关名义作出文书",
        system=System.SUBJECT,
        case_types=ALL_CASE_TYPES,
        severity=Severity.ERROR,
        legal_basis=by_case_type(ALL_CASE_TYPES, punishment=(pl(20, 4), pl(20, 3)),
                                 coercion=(cl(17, 1, only=CM), *analogy(pl(20, 4, only=EE), pl(20, 3, only=EE)))),
        remediation="受委托组织应以委托行政机关的名义作出文书并加盖委托机关印章；以自己名义作出的，由委托机关依法纠正并重新作出。",
        needs_documents=True,
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        acting = ctx.dossier.case.acting_body
        if acting.capacity is not Capacity.ENTRUSTED or acting.principal is None:
            return
        bodies = ctx.registry.body_by_id
        principal = bodies.get(acting.principal)
        own = bodies.get(acting.id)
        if principal is None:
            return
        for doc, _, organ, page in _issuers(ctx):
            if organ != principal.name and (own is None or organ == own.name or not organ.startswith(principal.name)):
                yield Hit(f"{_name(doc)}第 {page} 页以“{organ}”名义作出，应以委托机关“{principal.name}”的名义作出。",
                          step=_step_id(ctx, doc), document=doc.id, page=page)


class ActsInOwnName(Rule):
    """A body acting on its own power (an organ or an authorised organisation) issues its documents in
    its own name — not in another organ's name.

    Requirement: an authorised organisation acts and bears responsibility in its own name (行政处罚法
    Art 19; 行政强制法 Art 70), as does an organ within its powers (行政处罚法 Art 17). Read: the organ
    lines of documents issued to the party; one that names another body of the registry (or any
    name that is not the acting body's) is reported. A name that extends the body's own name (an
    internal division) is SUBJ-016.

    Non-compliant: a 城西县综合行政执法局 case whose decision is signed "城西县人民政府（印章）".

    Compliant: "城西县综合行政执法局（印章）".
    """

    meta = RuleMeta(
        id="SUBJ-010",
        title="文书未以实施机关自己的名义作出",
        system=System.SUBJECT,
        case_types=ALL_CASE_TYPES,
        severity=Severity.ERROR,
        legal_basis=by_case_type(ALL_CASE_TYPES, punishment=(pl(17), pl(19)), coercion=(cl(17, 1, only=CM), cl(70))),
        remediation="以实施机关（法律、法规授权组织）自己的名义作出文书并加盖本机关印章；以其他机关名义作出的，依法纠正。",
        needs_documents=True,
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        acting = ctx.dossier.case.acting_body
        if acting.capacity is not Capacity.OWN:
            return
        body = ctx.registry.body_by_id.get(acting.id)
        if body is None:
            return
        for doc, _, organ, page in _issuers(ctx):
            if organ != body.name and not organ.startswith(body.name):
                yield Hit(f"{_name(doc)}第 {page} 页以“{organ}”名义作出，实施机关为“{body.name}”。",
                          step=_step_id(ctx, doc), document=doc.id, page=page)


class NoInternalDivisionAsIssuer(Rule):
    """Decisions are not issued in the name of an internal division or temporary body.

    Requirement: an internal division (内设机构: 科, 股, 室, 中队 …) or a temporary body without
    authorisation is not an enforcement subject and cannot issue decisions in its own name
    (catalogue SUBJ-016: general doctrine, U). Read: an organ line that extends the acting body's
    name (城西县市场监督管理局执法稽查科) or names a 领导小组, 指挥部 or 办公室 of one.

    Non-compliant: decision signed "城西县市场监督管理局执法稽查科（印章）".

    Compliant: "城西县市场监督管理局（印章）".
    """

    meta = RuleMeta(
        id="SUBJ-016",
        title="以内设机构或临时机构名义作出文书",
        system=System.SUBJECT,
        case_types=ALL_CASE_TYPES,
        severity=Severity.WARNING,
        legal_basis=by_case_type(ALL_CASE_TYPES, punishment=(pl(17), pl(19)),
                                 coercion=(cl(17, 1, only=CM), *analogy(pl(17, only=EE), pl(19, only=EE)))),
        remediation="以具有执法主体资格的机关名义作出文书并加盖机关印章；内设机构、临时机构不得以自己名义作出决定。",
        confidence=Confidence.UNCONFIRMED,
        needs_documents=True,
    )

    _TEMPORARY = re.compile(r"领导小组|指挥部|整治办|专项办|工作组")

    def check(self, ctx: Context) -> Iterator[Hit]:
        acting = ctx.dossier.case.acting_body
        names = [b.name for b in (ctx.registry.body_by_id.get(acting.id), ctx.registry.body_by_id.get(acting.principal or ""))
                 if b is not None]
        for doc, _, organ, page in _issuers(ctx):
            division = any(organ != name and organ.startswith(name) for name in names)
            if division or self._TEMPORARY.search(organ):
                yield Hit(f"{_name(doc)}第 {page} 页以“{organ}”名义作出：内设机构或临时机构不具有执法主体资格。",
                          step=_step_id(ctx, doc), document=doc.id, page=page)


# ---------------------------------------------------------------- manifest against documents


def _step_id(ctx: Context, doc: Document) -> str | None:
    step = _step_of(ctx, doc.id)
    return step.id if step is not None else None


_CONSISTENCY = dict(
    system=System.RECORDING,
    case_types=ALL_CASE_TYPES,
    severity=Severity.WARNING,
    confidence=Confidence.UNCONFIRMED,
    needs_documents=True,
)


class CaseNumberMatchesManifest(Rule):
    """The case number a document states (案号：…) is the manifest's case number.

    Requirement: review standards deduct for every inconsistency between the documents of one file
    (catalogue ARC-005, C3); the case number ties each document to its case.

    Non-compliant: manifest 城西应急罚〔2024〕12号, decision "案号：城西应急罚〔2024〕21号".

    Compliant: the same number in both.
    """

    meta = RuleMeta(
        id="ARC-101",
        title="文书载明的案号与清单不一致",
        legal_basis=by_case_type(ALL_CASE_TYPES, common=(REVIEW_STANDARD,), punishment=(pl(47),), coercion=(), inspection=()),
        remediation="核对案号：更正错误的文书或清单，使全卷案号一致。",
        **_CONSISTENCY,  # type: ignore[arg-type]
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        expected = canonical_number(ctx.dossier.case.number)
        for doc, facts in _all_documents(ctx):
            for value in facts.of(F.CASE_NUMBER):
                if value.value != expected:
                    yield Hit(f"{_name(doc)}第 {value.page} 页案号为 {value.text}，清单为 {ctx.dossier.case.number}。",
                              step=_step_id(ctx, doc), document=doc.id, page=value.page)
                    break


def _all_documents(ctx: Context) -> Iterator[tuple[Document, DocumentFacts]]:
    texts = ctx.texts
    if texts is None:
        return
    for doc in ctx.dossier.documents:
        facts = texts.facts.get(doc.id)
        if facts is not None:
            yield doc, facts


class PartyMatchesManifest(Rule):
    """The party a document names (当事人：…, 统一社会信用代码) is the manifest's party.

    Requirement: as ARC-101; review standards judge a wrongly identified party (相对人认定错误) a
    failing file and deduct for a party name that varies between documents.

    Non-compliant: manifest 城西县某某日用品经营部, decision "当事人：城西县某某日用品商店".

    Compliant: the same name (and credit code) in both.
    """

    meta = RuleMeta(
        id="ARC-104",
        title="文书载明的当事人与清单不一致",
        legal_basis=by_case_type(ALL_CASE_TYPES, common=(REVIEW_STANDARD,), punishment=(pl(59, 1, 1),), coercion=(), inspection=()),
        remediation="核对当事人名称和统一社会信用代码（身份证件号码），更正错误的文书或清单。",
        **_CONSISTENCY,  # type: ignore[arg-type]
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        party = ctx.dossier.case.party
        for doc, facts in _all_documents(ctx):
            name = facts.first(F.PARTY_NAME)
            if name is not None and name.value != party.name and party.name not in name.value:
                yield Hit(f"{_name(doc)}第 {name.page} 页当事人为“{name.value}”，清单为“{party.name}”。",
                          step=_step_id(ctx, doc), document=doc.id, page=name.page)
            code = facts.first(F.CREDIT_CODE)
            if code is not None and party.credit_code and code.value != party.credit_code:
                yield Hit(f"{_name(doc)}第 {code.page} 页统一社会信用代码为 {code.value}，清单为 {party.credit_code}。",
                          step=_step_id(ctx, doc), document=doc.id, page=code.page)


class DocumentDateMatchesManifest(Rule):
    """A decision's or notice's own date (the dated signature block) is the date of its step.

    Requirement: as ARC-101; deadlines (service within 7 days, the statement window, disclosure)
    are counted from these dates, so the document and the manifest must agree.

    Non-compliant: decision step dated 2024-07-15, decision document signed 二〇二四年七月十八日.

    Compliant: the same day in both.
    """

    meta = RuleMeta(
        id="ARC-102",
        title="文书落款日期与清单环节日期不一致",
        legal_basis=by_case_type(ALL_CASE_TYPES, common=(REVIEW_STANDARD,), punishment=(pl(59, 1, 6),), coercion=(), inspection=()),
        remediation="核对文书落款日期与系统（清单）登记日期，更正错误的一方；期限按真实日期重新计算。",
        **_CONSISTENCY,  # type: ignore[arg-type]
    )

    _KINDS = (*DECISION_KINDS, *NOTICE_KINDS, *SEIZURE_DECISION_KINDS, "execution_decision", "demand_notice")

    def check(self, ctx: Context) -> Iterator[Hit]:
        for doc, facts in _documents(ctx, *self._KINDS):
            signed = facts.last(F.DATE, F.SIGNATURE_DATE)
            step = _step_of(ctx, doc.id)
            if signed is None or step is None:
                continue
            expected = doc.date or step.day
            if signed.date != expected:
                yield Hit(f"{_name(doc)}落款日期为 {signed.date.isoformat()}，清单记载为 {expected.isoformat()}。",
                          step=step.id, document=doc.id, page=signed.page)


class FineMatchesManifest(Rule):
    """The fine a decision states equals the manifest's, and its capital and digit forms agree.

    Read: the amounts the extractor marks as the fine (after 罚款/处以/人民币, not a range quoted from
    the law, not the 3 % surcharge, not a repayment). The manifest's fine is the sum of the
    decision step's fine penalties.

    Non-compliant: manifest 50000, decision "罚款人民币叁万元整（¥30,000.00）".

    Compliant: "罚款人民币伍万元整（¥50,000.00）".
    """

    meta = RuleMeta(
        id="ARC-103",
        title="决定书罚款金额与清单不一致或大小写不符",
        legal_basis=by_case_type(ALL_CASE_TYPES, common=(REVIEW_STANDARD,), punishment=(pl(59, 1, 3),), coercion=(), inspection=()),
        remediation="核对罚款金额：大写与小写一致，决定书与系统登记一致；错误的决定书依法更正并重新送达。",
        **_CONSISTENCY,  # type: ignore[arg-type]
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        decisions = [s for s in ctx.dossier.steps_of(StepKind.DECISION) if s.penalties]
        for doc, facts in _documents(ctx, *DECISION_KINDS):
            fines = list(facts.of(F.AMOUNT, F.FINE))
            if not fines:
                continue
            values = {v.amount for v in fines}
            step = _step_of(ctx, doc.id)
            if len(values) > 1:
                shown = "、".join(f"{v.text}（第 {v.page} 页）" for v in fines)
                yield Hit(f"{_name(doc)}中的罚款金额前后不一：{shown}。", step=step.id if step else None,
                          document=doc.id, page=fines[0].page)
                continue
            decision = step if step is not None and step.penalties else (decisions[0] if decisions else None)
            if decision is None or decision.fine == 0:
                continue
            stated = fines[0].amount
            if stated != decision.fine:
                yield Hit(f"{_name(doc)}第 {fines[0].page} 页罚款为 {fines[0].text}（{yuan(stated)}），清单记载为 {yuan(decision.fine)}。",
                          step=decision.id, document=doc.id, page=fines[0].page)


class ConsistentAcrossDocuments(Rule):
    """Party name, credit code and case number read the same in every document of the file.

    Requirement: review standards deduct for each inconsistency between 立案审批表, 笔录, 告知书 and
    决定书 (catalogue ARC-005, C3). The value most documents state is taken as the file's; each
    document that differs is named. (Comparison with the manifest is ARC-101 and ARC-104.)

    Non-compliant: 立案审批表 and 告知书 "城西县某某五金店", 决定书 "城西县某某五金商店".

    Compliant: the same name throughout.
    """

    meta = RuleMeta(
        id="ARC-005",
        title="各文书之间当事人、案号前后不一致",
        legal_basis=by_case_type(ALL_CASE_TYPES, common=(REVIEW_STANDARD,), punishment=(pl(47),), coercion=(), inspection=()),
        remediation="统一全卷文书中的当事人名称、统一社会信用代码和案号，更正与其他文书不一致的文书。",
        **_CONSISTENCY,  # type: ignore[arg-type]
    )

    _FIELDS = ((F.PARTY_NAME, "当事人"), (F.CREDIT_CODE, "统一社会信用代码"), (F.CASE_NUMBER, "案号"))

    def check(self, ctx: Context) -> Iterator[Hit]:
        read = list(_all_documents(ctx))
        for kind, label in self._FIELDS:
            stated = [(doc, v) for doc, facts in read if (v := facts.first(kind)) is not None]
            counts = Counter(v.value for _, v in stated)
            if len(counts) < 2:
                continue
            (usual, _), = counts.most_common(1)
            others = "、".join(_name(d) for d, v in stated if v.value == usual)
            for doc, value in stated:
                if value.value != usual:
                    yield Hit(f"{_name(doc)}的{label}为“{value.value}”，而{others}为“{usual}”。",
                              step=_step_id(ctx, doc), document=doc.id, page=value.page)


class RecordOfficersMatch(Rule):
    """A 笔录 names the officers of its step with their certificate numbers, as the manifest has them.

    Requirement: records state the officers' names and certificate numbers and that they were
    shown (广东全过程记录办法 Art 10 item 1, 参照适用); the certificate is personal (CERT-009): a
    number beside a name must be that officer's. Read: every "姓名（执法证号：…）" mention.

    Non-compliant: manifest O2 刘晓东 33019921010002, inquiry record "刘晓东（执法证号：33019921010009）",
    a record that names only one of the two officers of its step, or one that names none with a number.

    Compliant: both officers with their own numbers.
    """

    meta = RuleMeta(
        id="CERT-103",
        title="笔录载明的执法人员或执法证号与清单不一致",
        system=System.CERTIFICATE,
        case_types=ALL_CASE_TYPES,
        severity=Severity.WARNING,
        legal_basis=by_case_type(ALL_CASE_TYPES, common=(gd_record(10, item=1),), punishment=(pl(42, 1), pl(55, 1)),
                                 coercion=(cl(18, item=2, only=CM), cl(18, item=3, only=CM)),
                                 measure_steps=(cl(18, item=2), cl(18, item=3))),
        remediation="核对笔录首部执法人员姓名和执法证号：证号须为本人证件；参与该环节的执法人员均应在笔录中载明并签名。",
        confidence=Confidence.UNCONFIRMED,
        needs_documents=True,
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        officers = ctx.dossier.officer_by_id
        for doc, facts in _documents(ctx, *RECORD_KINDS):
            step = _step_of(ctx, doc.id)
            if step is None or not facts.text.strip():
                continue
            if not facts.officers:
                yield Hit(f"{_name(doc)}没有载明执法人员姓名和执法证号（应写明“姓名（执法证号：…）”）。", step=step.id,
                          document=doc.id, page=1)
                continue
            mentioned = {m.name: m for m in facts.officers}
            for officer_id in step.officers:
                officer = officers.get(officer_id)
                if officer is None:
                    continue
                mention = mentioned.get(officer.name)
                if mention is None:
                    yield Hit(f"{_name(doc)}没有载明参与{step.id}的执法人员{officer.name}（{officer.certificate or '无证号'}）。",
                              step=step.id, document=doc.id, page=facts.officers[0].page)
                elif officer.certificate and mention.certificate != officer.certificate.upper():
                    yield Hit(f"{_name(doc)}第 {mention.page} 页{officer.name}的执法证号为 {mention.certificate}，"
                              f"清单记载为 {officer.certificate}。", step=step.id, document=doc.id, page=mention.page)
            known = {officers[o].name for o in step.officers if o in officers}
            for name, mention in mentioned.items():
                if name not in known:
                    yield Hit(f"{_name(doc)}第 {mention.page} 页载明执法人员{name}（{mention.certificate}），"
                              f"但清单中该环节没有此人。", step=step.id, document=doc.id, page=mention.page)


# ---------------------------------------------------------------- citations


_CITE_BASIS = by_case_type(ALL_CASE_TYPES, punishment=(pl(38), pl(59, 1, 3)),
                           coercion=(cl(24, 2, 2, only=CM), cl(37, 2, 2, only=EE)), inspection=analogy(pl(38)))


def _cited_laws(ctx: Context) -> Iterator[tuple[Document, DocumentFacts, list[dt.date], Citation, Law]]:
    """Every citation of a law in the law catalogue, with its document and the days it is judged on."""
    laws = ctx.laws
    if laws is None:
        return
    for doc, facts in _all_documents(ctx):
        days = _act_days(ctx, doc, facts)
        for cite in facts.citations:
            law = laws.by_id(cite.law)
            if law is not None:
                yield doc, facts, days, cite, law


def _act_days(ctx: Context, doc: Document, facts: DocumentFacts) -> list[dt.date]:
    """The days a citation may be judged on: the violation (行政处罚法 Art 37) and the document's own day."""
    days = []
    violation = ctx.dossier.case.violation
    if violation is not None and violation.start is not None:
        days.append(violation.start)
    day = _document_day(ctx, doc, facts)
    if day is not None:
        days.append(day)
    return days


class CitedArticleExists(Rule):
    """A cited article exists in the law as in force on the act date.

    Read: every citation 《law》第X条 of a law in the law catalogue (rules/laws.toml, extendable with
    --laws). The article must not exceed the last article of the version in force on the day of
    the violation or on the document's date (行政处罚法 Art 37: the law at the time of the act, or
    the new law where it is lighter). Only versions whose article count is confirmed (C1/C2) are
    judged.

    Non-compliant: "《中华人民共和国行政处罚法》第九十条" (the 2021 text ends at Art 86).

    Compliant: "《中华人民共和国行政处罚法》第五十七条".
    """

    meta = RuleMeta(
        id="GEN-CITE-001",
        title="引用的法条不存在（超出该法条文数）",
        system=System.PROCEDURE,
        case_types=ALL_CASE_TYPES,
        severity=Severity.ERROR,
        legal_basis=_CITE_BASIS,
        remediation="核对所引法律的现行文本和条文序号，更正引用；决定书引用错误的，依法更正或重新作出。",
        needs_documents=True,
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        for doc, _, days, cite, law in _cited_laws(ctx):
            versions = [v for d in days if (v := law.version_on(d)) is not None]
            if not versions or not all(v.confirmed for v in versions):
                continue
            last = max(v.articles for v in versions)
            if cite.article > last:
                labels = "、".join(sorted({v.label for v in versions}))
                yield Hit(f"{_name(doc)}第 {cite.page} 页引用“{cite.text}”，而《{law.name}》（{labels}）只有 {last} 条。",
                          step=_step_id(ctx, doc), document=doc.id, page=cite.page)


class CitedVersionInForce(Rule):
    """A citation that names a version of a law (（2014年修正）) names one in force on the act date.

    Requirement: 行政处罚法 Art 37: the law in force when the violation occurred applies, unless the
    law in force at the decision is lighter; a version that was not yet or no longer in force on
    either day cannot be the basis.

    Non-compliant: a 2023 decision on a 2023 violation citing "《中华人民共和国安全生产法》（2014年修正）".

    Compliant: "《中华人民共和国安全生产法》（2021年修正）".
    """

    meta = RuleMeta(
        id="GEN-CITE-002",
        title="引用的法律版本在行为时和决定时均不施行",
        system=System.PROCEDURE,
        case_types=ALL_CASE_TYPES,
        severity=Severity.ERROR,
        legal_basis=(pl(37), pl(38), pl(59, 1, 3)),
        remediation="按违法行为发生时施行的版本（新法处罚较轻的适用新法）更正引用。",
        needs_documents=True,
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        seen: set[tuple[str, str, int]] = set()
        for doc, _, days, cite, law in _cited_laws(ctx):
            if cite.version_year is None or not days or (doc.id, cite.law, cite.version_year) in seen:
                continue
            version = law.version_by_year(cite.version_year)
            if version is None or not version.confirmed:
                continue
            if not any(version.in_force_on(d) for d in days):
                seen.add((doc.id, cite.law, cite.version_year))
                when = "、".join(d.isoformat() for d in sorted(set(days)))
                yield Hit(f"{_name(doc)}第 {cite.page} 页引用《{law.name}》（{version.label}），该版本在 {when} 均不施行。",
                          step=_step_id(ctx, doc), document=doc.id, page=cite.page)


# ---------------------------------------------------------------- rank of the legal basis

#: laws that govern the procedure, not the substance: cited by every decision, never its basis
_PROCEDURAL = frozenset({"administrative-penalty-law", "administrative-coercion-law"})
_PROCEDURAL_NAMES = ("行政处罚法", "行政强制法", "行政复议法", "行政诉讼法")
_RANK_ORDER = {"law": 5, "administrative_regulation": 4, "local_regulation": 4, "departmental_rule": 3, "local_rule": 3,
               "normative_document": 1}


def rank_of(ctx: Context, cite: Citation) -> str | None:
    """The rank of a cited text: from the law catalogue, else read from its title (中华人民共和国…法 a law,
    …条例 a regulation, …规定/办法/细则 a rule, …通知/意见 a normative document); None when unclear."""
    laws: LawCatalogue | None = ctx.laws
    law = laws.by_id(cite.law) if laws is not None and cite.law else None
    if law is not None:
        return law.rank
    title = cite.law_name
    if title.endswith("法") and not title.endswith("办法"):
        return "law"
    if title.endswith("条例"):
        return "local_regulation" if re.search(r"省|自治区|市|州|县", title) else "administrative_regulation"
    if title.endswith(("规定", "办法", "实施细则", "细则", "规则")):
        return "local_rule" if re.search(r"省|自治区|市", title) else "departmental_rule"
    if title.endswith(("通知", "意见", "决定", "批复", "复函", "函", "方案", "纪要")):
        return "normative_document"
    return None


def _substantive_ranks(ctx: Context, facts: DocumentFacts) -> list[tuple[str, Citation]]:
    out = []
    for cite in facts.citations:
        if cite.law in _PROCEDURAL or any(cite.law_name.endswith(n) for n in _PROCEDURAL_NAMES):
            continue
        rank = rank_of(ctx, cite)
        if rank is not None:
            out.append((rank, cite))
    return out


class PenaltyBasisRank(Rule):
    """A penalty rests on a law, regulation or rule — never on a normative document alone.

    Requirement: 行政处罚法 Art 16: 除法律、法规、规章外，其他规范性文件不得设定行政处罚; Art 38: a penalty
    without a basis is void. Read: the texts the decision cites other than the procedural laws
    (行政处罚法 itself, 行政复议法, 行政诉讼法); their rank comes from the law catalogue or, for texts it
    does not list, from the title (…通知, …意见 are normative documents). Reported when every
    substantive text cited is a normative document. The rank read from a title is a presumption,
    hence a warning.

    Non-compliant: "依据《城西县关于加强占道经营管理的通知》第五条的规定，决定罚款…".

    Compliant: "依据《中华人民共和国食品安全法》第一百二十四条…".
    """

    meta = RuleMeta(
        id="SUBJ-017",
        title="行政处罚仅以规范性文件为依据",
        system=System.SUBJECT,
        case_types=PUN,
        severity=Severity.WARNING,
        legal_basis=(pl(16), pl(38)),
        remediation="以设定该处罚的法律、法规或者规章条款为依据；规范性文件只能在上位法规定的范围内细化，不能单独作为处罚依据。",
        needs_documents=True,
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        for doc, facts in _documents(ctx, *DECISION_KINDS):
            ranked = _substantive_ranks(ctx, facts)
            if ranked and all(rank == "normative_document" for rank, _ in ranked):
                cited = "、".join(sorted({f"《{c.law_name}》" for _, c in ranked}))
                yield Hit(f"{_name(doc)}的处罚依据只有规范性文件{cited}，规范性文件不得设定行政处罚。",
                          step=_step_id(ctx, doc), document=doc.id, page=ranked[0][1].page)


class MeasureBasisRank(Rule):
    """A coercive measure rests on a law, or a regulation within its powers — never on a rule or a
    normative document.

    Requirement: 行政强制法 Art 10: measures are created by law; an administrative regulation may
    create seal-up, seizure and others except those reserved to law; a local regulation only
    seal-up and seizure (Art 9 items 2, 3); 法律、法规以外的其他规范性文件不得设定行政强制措施. Read: the
    substantive texts the seal-up/seizure decision cites (the procedural 行政强制法 left aside);
    reported when none of them is a law or regulation. Ranks from the law catalogue or, failing
    that, from the title (a presumption: warning).

    Non-compliant: a seizure decision citing only "《某省农资市场管理办法》第十二条".

    Compliant: "依据《中华人民共和国产品质量法》第十八条…".
    """

    meta = RuleMeta(
        id="CO-M-001",
        title="行政强制措施没有法律、法规依据",
        system=System.SUBJECT,
        case_types=COERCION | PUN,
        severity=Severity.WARNING,
        legal_basis=(cl(10, 1), cl(10, 2), cl(10, 3), cl(10, 4), cl(11, 2)),
        remediation="以设定该强制措施的法律或者法规条款为依据；规章和其他规范性文件不得设定行政强制措施，没有上位法依据的应立即解除。",
        needs_documents=True,
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        for doc, facts in _documents(ctx, *SEIZURE_DECISION_KINDS):
            ranked = _substantive_ranks(ctx, facts)
            if ranked and all(_RANK_ORDER.get(rank, 0) < 4 for rank, _ in ranked):
                cited = "、".join(sorted({f"《{c.law_name}》" for _, c in ranked}))
                yield Hit(f"{_name(doc)}的依据只有{cited}，不是法律或者法规，不能设定行政强制措施。",
                          step=_step_id(ctx, doc), document=doc.id, page=ranked[0][1].page)


class PenaltyLawRenumbered(Rule):
    """After 2021-07-15 a document cites 行政处罚法 by the 2021 numbering, not the old one.

    Read: a citation of 行政处罚法 in a document dated on or after 2021-07-15 whose article is the
    old number of a renumbered provision (rules/laws.toml ``[[renumbering]]``) and whose sentence
    speaks of that provision's topic (e.g. 第四十二条 with 听证: now Art 63–64). The reverse — a
    document before 2021-07-15 citing the new number — is flagged too.

    Non-compliant: a 2023 notice "依据《中华人民共和国行政处罚法》第三十一条、第三十二条之规定，告知你单位享有陈述、申辩的权利".

    Compliant: "…第四十四条、第四十五条…".
    """

    meta = RuleMeta(
        id="GEN-CITE-003",
        title="引用了行政处罚法修订前（或修订后）的条文序号",
        system=System.PROCEDURE,
        case_types=ALL_CASE_TYPES,
        severity=Severity.ERROR,
        legal_basis=(pl(86), pl(59, 1, 3), pl(44)),
        remediation="2021年7月15日以后作出的文书按修订后的行政处罚法条文序号引用（如告知第四十四条、陈述申辩第四十五条、听证第六十三条和第六十四条），"
        "更正文书。",
        needs_documents=True,
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        laws = ctx.laws
        if laws is None:
            return
        moves = [r for r in laws.renumberings if r.law == "administrative-penalty-law"]
        if not moves:
            return
        for doc, facts in _all_documents(ctx):
            day = _document_day(ctx, doc, facts)
            if day is None:
                continue
            new_law = day >= PENALTY_LAW_2021
            cited = [c for c in facts.citations if c.law == "administrative-penalty-law" and c.version_year is None]
            for cite in cited:
                for move in moves:
                    wrong, right = (move.old, move.new) if new_law else (move.new, move.old)
                    if cite.article not in wrong or cite.article in right:
                        continue
                    if not any(k in cite.sentence for k in move.keywords):
                        continue
                    if any(c.article in right and c.sentence == cite.sentence for c in cited):
                        continue
                    should = "、".join(f"第{n}条" for n in right)
                    era = "修订后" if new_law else "修订前"
                    yield Hit(f"{_name(doc)}第 {cite.page} 页就“{move.topic}”引用行政处罚法第{cite.article}条，"
                              f"文书日期 {day.isoformat()} 应按{era}条文序号引用{should}。",
                              step=_step_id(ctx, doc), document=doc.id, page=cite.page)
                    break


#: 中华人民共和国居民身份证法 (2011 amendment) and 中华人民共和国政府信息公开条例 (2019 revision), read in full-text copies.
ID_CARD_LAW = "中华人民共和国居民身份证法"
INFORMATION_DISCLOSURE_REGULATION = "中华人民共和国政府信息公开条例"
CIVIL_CODE = "中华人民共和国民法典"
#: 民法典 Art 1039 (state organs keep secret the personal information they learn in office) and Art 1034
#: para 2 (身份证件号码、电话号码 are personal information), read in copies of the 2020 text
_PERSONAL_INFORMATION = (LegalBasis(CIVIL_CODE, 1039), LegalBasis(CIVIL_CODE, 1034, 2))


def _published_texts(ctx: Context) -> Iterator[tuple[Step, Document, DocumentFacts]]:
    """The documents recorded on a ``disclosure`` step (what was published: the decision text, the
    summary, a screenshot of the platform page) that were read, each once, with the first disclosure
    recording it. Internal forms recorded there by mistake (kinds naming an approval: ``approval_form``,
    ``*_approval``) are left out."""
    texts = ctx.texts
    if texts is None:
        return
    seen: set[str] = set()
    for step in ctx.dossier.steps_of(StepKind.DISCLOSURE):
        for ref in step.records:
            doc = ctx.dossier.document_by_id.get(ref.document) if ref.document is not None else None
            if doc is None or doc.id in seen or "approval" in doc.kind:
                continue
            seen.add(doc.id)
            facts = texts.facts.get(doc.id)
            if facts is not None:
                yield step, doc, facts


def _masked_id(number: str) -> str:
    """330199********1234: the region code and the last four characters."""
    return number[:6] + "*" * (len(number) - 10) + number[-4:]


def _masked_phone(number: str) -> str:
    return number[:3] + "****" + number[-4:]


class PublishedTextWithoutIdNumbers(Rule):
    """The published text of an enforcement decision shows no full resident ID number.

    Requirement: 居民身份证法 Art 13 para 2: 「有关单位及其工作人员对履行职责或者提供服务过程中获得的居民身份证记载的
    公民个人信息，应当予以保密。」 (the 公民身份号码 is recorded on the card, Art 3 para 1); 行政处罚法 Art 50:
    「行政机关及其工作人员对实施行政处罚过程中知悉的国家秘密、商业秘密或者个人隐私，应当依法予以保密。」;
    政府信息公开条例 Art 15: 「涉及商业秘密、个人隐私等公开会对第三方合法权益造成损害的政府信息，行政机关不得公开……」.
    广东省行政执法公示办法 Art 14 item 2 names it outright: 全文公开行政执法决定书时，应当隐去……自然人的……身份证号码
    ……. Read: the documents recorded on a ``disclosure`` step (the published text, summary or screenshot; kinds
    naming an approval are internal forms and skipped); a finding for each full 18-character ID number the
    extraction finds after an ID label (身份证号码、公民身份号码), with its page. A masked number
    (330199********1234) is not read as one. An error: the duty of confidentiality is statutory. Not read:
    unlabelled numbers, names, addresses, bank accounts and the other items of 广东 Art 14 (left to a person);
    mobile numbers are PUB-112.

    Non-compliant: a published decision D13 on disclosure step S12 stating 「身份证号码：330199199001011234」.

    Compliant: the same text with 「身份证号码：330199********1234」.
    """

    meta = RuleMeta(
        id="PUB-012",
        title="公开的执法决定文本未隐去公民身份号码",
        system=System.DISCLOSURE,
        case_types=ALL_CASE_TYPES,
        severity=Severity.ERROR,
        legal_basis=by_case_type(ALL_CASE_TYPES, common=(LegalBasis(ID_CARD_LAW, 13, 2), *_PERSONAL_INFORMATION,
                                         LegalBasis(INFORMATION_DISCLOSURE_REGULATION, 15)),
                                 punishment=(pl(50),), coercion=(), inspection=()),
        remediation="立即撤下或更正公开的文本，隐去公民身份号码（以及出生日期、住址、电话号码、银行账号等个人信息）后重新公开；"
        "建立公开前的个人信息审查（脱敏）环节，并将脱敏后的公开文本归入案卷。",
        needs_documents=True,
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        for step, doc, facts in _published_texts(ctx):
            for value in facts.of(F.ID_NUMBER):
                yield Hit(f"{describe(step)}公开的{_name(doc)}第 {value.page} 页载有完整的公民身份号码"
                          f"（{_masked_id(value.value)}），未作隐去处理。", step=step.id, document=doc.id, page=value.page)


class PublishedTextWithoutPhoneNumbers(Rule):
    """The published text of an enforcement decision shows no mobile phone number.

    Requirement: 广东省行政执法公示办法 Art 14 item 2: 全文公开行政执法决定书时，应当隐去……自然人的……电话号码……
    (read in a copy of the official page); nationally 民法典 Art 1039 (「国家机关、承担行政职能的法定机构及其工作人员
    对于履行职责过程中知悉的自然人的隐私和个人信息，应当予以保密，不得泄露或者向他人非法提供。」) with Art 1034 para 2,
    which names 电话号码 among personal information, 政府信息公开条例 Art 15 (个人隐私) and 市场监督管理行政处罚信息公示
    规定 Art 6 (「应当遵守法律法规关于商业秘密和个人信息保护的有关规定，对信息进行必要的处理」).
    Read: the same published documents as PUB-012; a finding for each mainland mobile number (11 digits from
    13–19) the extraction finds after a phone label (电话、手机、联系方式), with its page. A warning: the
    number may be an officer's or the organ's service line rather than the party's, which the text cannot
    tell apart. Landlines and unlabelled numbers are not read.

    Non-compliant: a published decision stating 「联系电话：13912345678」 for the party.

    Compliant: 「联系电话：139****5678」, or no phone number.
    """

    meta = RuleMeta(
        id="PUB-112",
        title="公开的执法决定文本载有未隐去的手机号码",
        system=System.DISCLOSURE,
        case_types=ALL_CASE_TYPES,
        severity=Severity.WARNING,
        legal_basis=(*_PERSONAL_INFORMATION, LegalBasis(INFORMATION_DISCLOSURE_REGULATION, 15),
                     LegalBasis(GD_DISCLOSURE, 14, item=2, note="参照适用")),
        remediation="公开执法决定前隐去自然人的电话号码；确需公开联系方式的，只公开执法机关的办公电话。",
        needs_documents=True,
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        for step, doc, facts in _published_texts(ctx):
            for value in facts.of(F.PHONE_NUMBER):
                yield Hit(f"{describe(step)}公开的{_name(doc)}第 {value.page} 页载有手机号码"
                          f"（{_masked_phone(value.value)}），未作隐去处理。", step=step.id, document=doc.id, page=value.page)


RULES: tuple[type[Rule], ...] = (
    DecisionContents,
    SummaryDecisionContents,
    SummaryDecisionReviewFirst,
    SubstitutePerformanceDecisionContents,
    InventoryCopiesAndReceipt,
    SubstitutePerformanceRecordSigned,
    FineWithinQuotedRange,
    NoticeBasisMatchesDecision,
    EntrustedActsInPrincipalsName,
    ActsInOwnName,
    NoInternalDivisionAsIssuer,
    PenaltyBasisRank,
    MeasureBasisRank,
    DecisionPaymentNotice,
    DecisionOrdersCorrection,
    NoticeContents,
    NoticeHearingWindow,
    DecisionRemedyPeriods,
    SeizureDecisionContents,
    CaseNumberMatchesManifest,
    PartyMatchesManifest,
    DocumentDateMatchesManifest,
    FineMatchesManifest,
    ConsistentAcrossDocuments,
    RecordOfficersMatch,
    CitedArticleExists,
    CitedVersionInForce,
    PenaltyLawRenumbered,
    PublishedTextWithoutIdNumbers,
    PublishedTextWithoutPhoneNumbers,
)
