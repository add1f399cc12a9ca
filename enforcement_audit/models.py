"""Pydantic models of a dossier (案卷) and of the reference registries.

Rules consume these models, never XML. Names follow ../shared/domain/glossary.md.
The loader (``loader.py``) maps XML attributes ``kebab-case`` to fields ``snake_case``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from enum import StrEnum
from functools import cache, cached_property
from typing import Annotated, Any, TypeVar

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator


def _kebab(name: str) -> str:
    return name.replace("_", "-")


class Model(BaseModel):
    """Fields are snake_case; XML attributes are the same names in kebab-case (their aliases),
    so the loader hands lxml's attribute dicts to pydantic unchanged."""

    model_config = ConfigDict(
        frozen=True, extra="forbid", ignored_types=(cached_property,), alias_generator=_kebab, populate_by_name=True
    )


def _split(value: Any) -> Any:
    """XML list attributes are whitespace-separated: ``rights="statement defence"``."""
    return value.split() if isinstance(value, str) else value


T = TypeVar("T")
#: A whitespace-separated XML list attribute (also accepts a list/tuple in Python).
Words = Annotated[tuple[T, ...], BeforeValidator(_split)]


# ---------------------------------------------------------------- enumerations


class CaseType(StrEnum):
    PUNISHMENT = "punishment"
    COERCIVE_MEASURE = "coercive_measure"
    ENFORCED_EXECUTION = "enforced_execution"
    INSPECTION = "inspection"

    @property
    def label(self) -> str:
        """The Chinese name shown to users (行政处罚 …)."""
        return CASE_TYPE_LABELS[self.value]


#: case type value -> Chinese name; the one table every report uses
CASE_TYPE_LABELS: dict[str, str] = {
    "punishment": "行政处罚",
    "coercive_measure": "行政强制措施",
    "enforced_execution": "行政强制执行",
    "inspection": "行政检查",
}


class Procedure(StrEnum):
    SUMMARY = "summary"
    GENERAL = "general"


class CaseStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"

    @property
    def label(self) -> str:
        """未结 / 已结."""
        return CASE_STATUS_LABELS[self.value]


#: case status value -> Chinese name (未结 open, 已结 closed), as every report shows it
CASE_STATUS_LABELS: dict[str, str] = {"open": "未结", "closed": "已结"}


class Capacity(StrEnum):
    """In whose name the acting body acts."""

    OWN = "own"  # its own statutory or authorised power
    DELEGATED = "delegated"  # township exercising powers transferred by the province (赋权)
    ENTRUSTED = "entrusted"  # 受委托组织, acts in the name of the entrusting body


class PartyKind(StrEnum):
    INDIVIDUAL = "individual"
    ORGANISATION = "organisation"


class Role(StrEnum):
    LEAD = "lead"
    ASSISTING = "assisting"
    AUXILIARY_STAFF = "auxiliary_staff"
    LEGAL_REVIEWER = "legal_reviewer"
    AGENCY_HEAD = "agency_head"
    WITNESS = "witness"


class StepKind(StrEnum):
    DISCOVERY = "discovery"
    FILING = "filing"
    APPROVAL = "approval"
    INSPECTION = "inspection"
    INQUIRY = "inquiry"
    EVIDENCE_PRESERVATION = "evidence_preservation"
    SEAL_UP = "seal_up"
    SEIZURE = "seizure"
    INVESTIGATION_REPORT = "investigation_report"
    ADVANCE_NOTICE = "advance_notice"
    STATEMENT_AND_DEFENCE = "statement_and_defence"
    HEARING_REQUEST = "hearing_request"
    HEARING_NOTICE = "hearing_notice"
    HEARING = "hearing"
    LEGAL_REVIEW = "legal_review"
    COLLECTIVE_DELIBERATION = "collective_deliberation"
    DECISION_EXTENSION = "decision_extension"
    DECISION = "decision"
    SERVICE = "service"
    PAYMENT = "payment"
    EXTENSION = "extension"
    RELEASE = "release"
    DEMAND_NOTICE = "demand_notice"
    EXECUTION_DECISION = "execution_decision"
    EXECUTION = "execution"
    INSPECTION_RESULT = "inspection_result"
    RECTIFICATION_ORDER = "rectification_order"
    FOLLOW_UP = "follow_up"
    REVOCATION = "revocation"
    DISCLOSURE = "disclosure"
    CLOSING = "closing"
    ARCHIVING = "archiving"
    # format 1.1 additions (backward compatible)
    PRESERVATION_DECISION = "preservation_decision"  # 证据先行登记保存后的处理决定
    COURT_APPLICATION = "court_application"  # 申请人民法院强制执行
    TRANSFER_REPORT = "transfer_report"  # 涉嫌犯罪案件移送报告
    TRANSFER_DECISION = "transfer_decision"  # 负责人是否移送的决定
    TRANSFER = "transfer"  # 移送公安机关（或司法机关）
    ANNOUNCEMENT = "announcement"  # 公告（强制拆除前限期自行拆除）
    RECORD_FILING = "record_filing"  # 当场处罚决定的备案
    RETURN_OF_ITEMS = "return_of_items"  # 解除查封扣押后返还财物
    RECUSAL_REQUEST = "recusal_request"  # 回避申请（officers: 被申请回避的人员）
    RECUSAL_DECISION = "recusal_decision"  # 负责人对回避申请的决定（of: 申请; outcome）
    EDUCATION = "education"  # 不予处罚时对当事人的教育
    # format 1.2 additions (backward compatible)
    PAYMENT_DEFERRAL_REQUEST = "payment_deferral_request"  # 当事人申请暂缓或者分期缴纳罚款（of: 决定）
    PAYMENT_DEFERRAL = "payment_deferral"  # 行政机关批准暂缓或者分期缴纳（of: 申请; deadline; instalments）
    EXECUTION_SUSPENSION = "execution_suspension"  # 中止执行（ground）
    EXECUTION_RESUMPTION = "execution_resumption"  # 恢复执行（of: 中止）
    EXECUTION_TERMINATION = "execution_termination"  # 终结执行（ground）
    TRANSFER_NOTICE = "transfer_notice"  # 书面告知当事人查封、扣押、冻结的财物随案移送（of: 移送）
    FREEZE = "freeze"  # 冻结存款、汇款（approved-by, officers, certificates-shown, records: 笔录、冻结通知书）
    EXECUTION_AGREEMENT = "execution_agreement"  # 执行协议（deadline: 约定的履行期限; performed: 是否履行）
    LIBERTY_RESTRICTION = "liberty_restriction"  # 限制公民人身自由（start, end, family-told-at, limit-hours）
    NON_DISCLOSURE = "non_disclosure"  # 不予公开执法结果（of: 决定; non-disclosure-ground; filed-on: 报司法行政部门备案）
    INSPECTION_NOTICE = "inspection_notice"  # 行政检查通知书或现场告知（1.2; notice-items: 告知内容）
    CONFISCATED_DISPOSAL = "confiscated_disposal"  # 没收非法财物的处置（1.2; of: 决定; disposal-method; receipt: 上缴国库凭证）


#: Steps done on site, face to face with the party (two certified officers, certificates shown).
ON_SITE_STEPS: frozenset[StepKind] = frozenset(
    {
        StepKind.INSPECTION,
        StepKind.INQUIRY,
        StepKind.EVIDENCE_PRESERVATION,
        StepKind.SEAL_UP,
        StepKind.SEIZURE,
        StepKind.EXECUTION,
    }
)

#: Coercive measures in the sense of 行政强制法 Art 9 that the format can carry.
MEASURE_STEPS: frozenset[StepKind] = frozenset({StepKind.SEAL_UP, StepKind.SEIZURE})


class DecisionOutcome(StrEnum):
    """行政处罚法 Art 57 para 1: what the head decides after the investigation."""

    PENALTY = "penalty"  # 给予行政处罚
    NO_PENALTY = "no_penalty"  # 违法行为轻微等，依法不予行政处罚
    NOT_ESTABLISHED = "not_established"  # 违法事实不能成立，不予行政处罚
    TRANSFER = "transfer"  # 涉嫌犯罪，移送司法机关


class Place(StrEnum):
    DWELLING = "dwelling"  # 住宅
    HOTEL_ROOM = "hotel_room"  # 宾馆客房
    BUSINESS = "business"  # 经营、生产场所
    PUBLIC = "public"  # 公共场所
    OTHER = "other"


class NonDisclosureGround(StrEnum):
    """Why an enforcement result is not disclosed (广东省行政执法公示办法 Art 15 para 1), format 1.2."""

    MINOR = "minor"  # (1) 当事人是未成年人
    SECRET_OR_PRIVACY = "secret_or_privacy"  # (2) 案件主要事实涉及国家秘密、商业秘密、个人隐私
    SECURITY = "security"  # (3) 公开后可能危及国家安全、公共安全、经济安全和社会稳定
    RELATED_INVESTIGATION = "related_investigation"  # (4) 公开后可能影响系列案件调查处理
    PROHIBITED_BY_LAW = "prohibited_by_law"  # (5) 法律、法规或者规章规定不得公开
    OTHER = "other"  # 其他（不属于所列情形）


class DisposalMethod(StrEnum):
    """How confiscated illegal property was disposed of (行政处罚法 Art 74 para 1), format 1.2."""

    PUBLIC_AUCTION = "public_auction"  # 按照国家规定公开拍卖
    STATE_PRESCRIBED = "state_prescribed"  # 按照国家有关规定处理
    DESTRUCTION = "destruction"  # 依法应当予以销毁的物品予以销毁
    OTHER = "other"  # 其他方式（不符合 Art 74 para 1）


class EvidenceKind(StrEnum):
    """The statutory kind of an evidence document (行政处罚法 Art 46 para 1, items 1-8), format 1.2."""

    DOCUMENTARY = "documentary"  # 书证
    PHYSICAL = "physical"  # 物证
    AUDIOVISUAL = "audiovisual"  # 视听资料
    ELECTRONIC_DATA = "electronic_data"  # 电子数据
    WITNESS_TESTIMONY = "witness_testimony"  # 证人证言
    PARTY_STATEMENT = "party_statement"  # 当事人的陈述
    APPRAISAL_OPINION = "appraisal_opinion"  # 鉴定意见
    EXAMINATION_RECORD = "examination_record"  # 勘验笔录
    ON_SITE_RECORD = "on_site_record"  # 现场笔录


class SubstituteDuty(StrEnum):
    """The duty of the decision performed by substitute (行政强制法 Art 50), format 1.2."""

    REMOVAL_OF_OBSTRUCTION = "removal_of_obstruction"  # 排除妨碍
    RESTORATION = "restoration"  # 恢复原状
    OTHER_ACT = "other_act"  # 其他可由他人代为履行的作为义务（Art 50 「等义务」）
    NOT_AN_ACT = "not_an_act"  # 金钱给付义务或者不作为义务（不能由他人代为履行）


class SubstituteConsequence(StrEnum):
    """The consequence of the party's failure to perform (行政强制法 Art 50), format 1.2."""

    TRAFFIC_SAFETY = "traffic_safety"  # 已经或者将危害交通安全
    ENVIRONMENTAL_POLLUTION = "environmental_pollution"  # 已经或者将造成环境污染
    NATURAL_RESOURCES = "natural_resources"  # 已经或者将破坏自然资源
    OTHER = "other"  # 其他后果（不符合 Art 50 的条件）


class ExecutionGround(StrEnum):
    """行政强制法 Art 39 para 1 (中止执行) and Art 40 (终结执行): the grounds, by item (format 1.2)."""

    # 中止执行 (Art 39 para 1)
    HARDSHIP = "hardship"  # (1) 当事人履行行政决定确有困难或者暂无履行能力
    THIRD_PARTY_CLAIM = "third_party_claim"  # (2) 第三人对执行标的主张权利，确有理由
    IRREPARABLE_LOSS = "irreparable_loss"  # (3) 执行可能造成难以弥补的损失，且中止执行不损害公共利益
    # 终结执行 (Art 40)
    DEATH_WITHOUT_ESTATE = "death_without_estate"  # (1) 公民死亡，无遗产可供执行，又无义务承受人
    DISSOLVED_WITHOUT_PROPERTY = "dissolved_without_property"  # (2) 法人或者其他组织终止，无财产可供执行，又无义务承受人
    OBJECT_LOST = "object_lost"  # (3) 执行标的灭失
    DECISION_REVOKED = "decision_revoked"  # (4) 据以执行的行政决定被撤销
    SUSPENSION_LAPSED = "suspension_lapsed"  # Art 39 para 2: 中止执行满三年未恢复执行，不再执行
    # both: Art 39 para 1 item 4, Art 40 item 5
    OTHER = "other"  # 行政机关认为需要中止（终结）执行的其他情形


#: The grounds each article lists, by step kind.
SUSPENSION_GROUNDS: frozenset[ExecutionGround] = frozenset(
    {ExecutionGround.HARDSHIP, ExecutionGround.THIRD_PARTY_CLAIM, ExecutionGround.IRREPARABLE_LOSS, ExecutionGround.OTHER}
)
TERMINATION_GROUNDS: frozenset[ExecutionGround] = frozenset(
    {
        ExecutionGround.DEATH_WITHOUT_ESTATE,
        ExecutionGround.DISSOLVED_WITHOUT_PROPERTY,
        ExecutionGround.OBJECT_LOST,
        ExecutionGround.DECISION_REVOKED,
        ExecutionGround.SUSPENSION_LAPSED,
        ExecutionGround.OTHER,
    }
)


class WithdrawalReason(StrEnum):
    """Why disclosed punishment information was taken down (format 1.2; 市场监督管理行政处罚信息公示规定 Art 11, 13, 14)."""

    REVOKED = "revoked"  # 决定被变更、撤销、确认违法或者确认无效（行政处罚法 Art 48 para 2）
    EXPIRED = "expired"  # 公示期届满，停止公示
    CREDIT_REPAIR = "credit_repair"  # 当事人申请提前停止公示（信用修复）
    OTHER = "other"  # 其他（在 note 中说明）


class PaymentChannel(StrEnum):
    BANK = "bank"  # 指定银行
    ELECTRONIC = "electronic"  # 电子支付
    ON_THE_SPOT = "on_the_spot"  # 当场收缴


class ServiceMethod(StrEnum):
    DIRECT = "direct"
    POST = "post"
    ELECTRONIC = "electronic"
    LEFT_AT_ADDRESS = "left_at_address"  # 留置送达
    ANNOUNCEMENT = "announcement"  # 公告送达


class ReviewOutcome(StrEnum):
    PASSED = "passed"
    SUPPLEMENT = "supplement"  # 补充调查
    CORRECT = "correct"  # 改正
    RETURNED = "returned"  # 退回
    TRANSFER = "transfer"  # 移送


class PenaltyKind(StrEnum):
    WARNING = "warning"
    CRITICISM = "criticism"  # 通报批评
    FINE = "fine"
    CONFISCATION_OF_GAINS = "confiscation_of_gains"
    CONFISCATION_OF_PROPERTY = "confiscation_of_property"
    QUALIFICATION_DOWNGRADE = "qualification_downgrade"
    LICENCE_SUSPENSION = "licence_suspension"
    LICENCE_REVOCATION = "licence_revocation"
    BUSINESS_RESTRICTION = "business_restriction"
    SUSPENSION_OF_BUSINESS = "suspension_of_business"
    CLOSURE = "closure"
    EMPLOYMENT_RESTRICTION = "employment_restriction"
    DETENTION = "detention"


class MeasureKind(StrEnum):
    SEAL_UP = "seal_up"
    SEIZURE = "seizure"
    FREEZE = "freeze"


class ExecutionMethod(StrEnum):
    SURCHARGE = "surcharge"
    TRANSFER_OF_DEPOSITS = "transfer_of_deposits"
    AUCTION = "auction"
    REMOVAL_OF_OBSTRUCTION = "removal_of_obstruction"
    SUBSTITUTE_PERFORMANCE = "substitute_performance"
    DEMOLITION = "demolition"
    OTHER = "other"


class InspectionResult(StrEnum):
    COMPLIANT = "compliant"
    RECTIFICATION_ORDERED = "rectification_ordered"
    VIOLATION_FOUND = "violation_found"


class BodyType(StrEnum):
    AGENCY = "agency"
    AUTHORISED_ORGANISATION = "authorised_organisation"
    ENTRUSTED_ORGANISATION = "entrusted_organisation"
    TOWNSHIP = "township"
    # registry 1.2: bodies that may never act as inspection subjects (SUBJ-015)
    COORDINATION_BODY = "coordination_body"  # 议事协调机构
    TESTING_INSTITUTE = "testing_institute"  # 检验检测、科研等机构
    INTERMEDIARY = "intermediary"  # 中介机构等第三方


class TransferAuthority(StrEnum):
    """Who decided a transfer of penalty powers (相对集中行政处罚权, 行政处罚法 Art 18 para 2), registry 1.2."""

    STATE_COUNCIL = "state_council"  # 国务院
    PROVINCE = "province"  # 省、自治区、直辖市人民政府
    OTHER = "other"


class CertificateStyle(StrEnum):
    """Style of an enforcement card (registry 1.2; CERT-016)."""

    NATIONAL = "national"  # 全国统一样式「中华人民共和国行政执法证」（省级人民政府监制，可扫码核验）
    PROVINCIAL = "provincial"  # 旧版地方样式（如旧版《浙江省行政执法证》）


class CertificateIssuer(StrEnum):
    """Who issued a certificate (registry 1.2; CERT-015)."""

    PROVINCE = "province"  # 地方人民政府（司法行政部门）
    MINISTRY = "ministry"  # 国务院部委


class CertificateKind(StrEnum):
    ENFORCEMENT = "enforcement"
    SUPERVISION = "supervision"


# ---------------------------------------------------------------- dossier


class Matter(Model):
    code: str
    name: str


class ActingBody(Model):
    id: str
    capacity: Capacity = Capacity.OWN
    principal: str | None = None  # the entrusting body, for capacity="entrusted"


class Violation(Model):
    start: dt.date
    end: dt.date | None = None
    continuing: bool = False


class Flags(Model):
    major_public_interest: bool = False
    major_rights: bool = False
    complex: bool = False
    hearing_requested: bool = False
    hearing_held: bool = False
    crime_suspected: bool = False
    social_impact: bool = False
    first_offence: bool = False
    review_required_by_law: bool = False  # REV-001 item (4): another provision requires review


class Party(Model):
    kind: PartyKind
    name: str
    credit_code: str | None = None
    id_number: str | None = None  # personal data: masked on request
    phone: str | None = None
    # 1.2: region code of the party's registration place (登记地/住所地), for the cross-province push (PUB-010)
    registered_region: str | None = None


class Case(Model):
    number: str
    type: CaseType
    procedure: Procedure = Procedure.GENERAL
    status: CaseStatus
    sector: str
    region: str
    matter: Matter
    acting_body: ActingBody
    violation: Violation | None = None
    flags: Flags = Flags()
    party: Party


class Officer(Model):
    id: str
    name: str
    role: Role
    certificate: str | None = None
    reviewer: str | None = None  # id in the legal-reviewer registry


class Penalty(Model):
    kind: PenaltyKind
    amount: Decimal | None = None


class RecordRef(Model):
    document: str | None = None
    av: str | None = None


class Step(Model):
    id: str
    kind: StepKind
    date: dt.date | None = None
    start: dt.datetime | None = None
    end: dt.datetime | None = None
    line: int | None = Field(default=None, exclude=True)
    officers: tuple[str, ...] = ()
    records: tuple[RecordRef, ...] = ()
    penalties: tuple[Penalty, ...] = ()
    review_items: Words[str] = ()
    # approvals (filing, measures, extensions)
    approved_by: str | None = None
    approved_on: dt.date | None = None
    # on-site facts
    certificates_shown: bool | None = None
    party_present: bool | None = None
    party_signed: bool | None = None
    witness_present: bool | None = None
    witness_signed: bool | None = None
    # notices, statements, hearing
    rights: Words[str] = ()
    waived: bool | None = None
    # legal review
    reviewer: str | None = None
    outcome: ReviewOutcome | None = None
    requested_on: dt.date | None = None  # legal review: the day the file was submitted (送审)
    # hearing (format 1.1)
    chair: str | None = None  # 听证主持人 (officer id)
    agents: int | None = None  # number of the party's agents (委托代理人)
    public: bool | None = None  # 听证公开举行 (a non-public hearing states its reason in note)
    # a deadline the step sets for the party (1.1): 催告期限, 公告限期, 整改期限
    deadline: dt.date | None = None
    # payment (1.1)
    channel: PaymentChannel | None = None
    receipt: str | None = None  # 财政统一票据 / 罚没款收据 number
    amount: Decimal | None = None
    remote_area: bool | None = None  # 边远、水上、交通不便地区（当场收缴的情形之一）
    # execution (1.1)
    utilities_cut: bool | None = None  # 停止供水、供电、供热、供燃气
    # payment deferral (1.2): number of instalments approved (omitted: 暂缓 in one sum); the approved
    # last day is ``deadline`` (for instalments, the last instalment's day)
    instalments: int | None = None
    # execution suspension / termination (1.2): 行政强制法 Art 39 para 1, Art 40
    ground: ExecutionGround | None = None
    # court application, demand notice (1.2): the day the decision executed was served on the party
    # (行政强制法 Art 53), for dossiers that do not hold that decision and its service
    decision_served_on: dt.date | None = None
    # payment, execution (1.2): 加处罚款（滞纳金）金额 paid with the payment or enforced by the execution
    surcharge: Decimal | None = None
    fee_charged: Decimal | None = None  # 1.2: storage or testing fees charged to the party (release, return_of_items)
    # decision, demand notice (1.2): the surcharge standard was told to the party (行政强制法 Art 45 para 1)
    surcharge_told: bool | None = None
    # execution (1.2): when the absent party was told of an immediate substitute performance (行政强制法 Art 52)
    party_told_at: dt.datetime | None = None
    # seal-up, seizure (1.2): the party's statements and defence were heard (行政强制法 Art 18 item 6)
    party_heard: bool | None = None
    # seal-up, seizure (1.2): when an emergency measure was reported to the organ head (行政强制法 Art 19)
    reported_at: dt.datetime | None = None
    # payment (1.2): cash collected on the spot handed to the organ, the day of landing for a collection on
    # water, and the organ's deposit at the designated bank (行政处罚法 Art 71)
    handed_in_on: dt.date | None = None
    landed_on: dt.date | None = None
    banked_on: dt.date | None = None
    # demand notice, execution decision (1.2): the performance deadline set by the decision executed
    # (行政强制法 Art 34: enforcement only after the party failed to perform within it)
    performance_deadline: dt.date | None = None
    # freeze (1.2): the sum involved in the violation (行政强制法 Art 29 para 2); the amount frozen is ``amount``
    sum_involved: Decimal | None = None
    # transfer (1.2): 公安机关立案通知书 or 不予立案通知书 received, items and materials handed over, request for
    # reconsideration of a refusal (行政执法机关移送涉嫌犯罪案件的规定 Art 9, 12)
    police_filed_on: dt.date | None = None
    handed_over_on: dt.date | None = None
    police_refused_on: dt.date | None = None
    reconsideration_on: dt.date | None = None
    # execution agreement (1.2): whether the party performed the agreement (行政强制法 Art 42 para 2)
    performed: bool | None = None
    # liberty restriction (1.2): when the family was told of the organ, place and period, and the legal period
    # in hours of the restriction applied (行政强制法 Art 20)
    family_told_at: dt.datetime | None = None
    limit_hours: int | None = None
    # execution by substitute (1.2): the duty of the decision performed and the consequence of non-performance
    # (行政强制法 Art 50)
    substitute_duty: SubstituteDuty | None = None
    consequence: SubstituteConsequence | None = None
    # execution (1.2): the organ holds enforcement power by law for the decision executed (行政强制法 Art 13, 46)
    enforcement_power: bool | None = None
    # disclosure (1.2): the body (registry id) that entered the result information on the platform
    entered_by: str | None = None
    # non-disclosure (1.2): the ground, and the day the reason was filed with the 司法行政 department
    non_disclosure_ground: NonDisclosureGround | None = None
    filed_on: dt.date | None = None
    # confiscated disposal (1.2): how confiscated illegal property was disposed of (行政处罚法 Art 74 para 1);
    # the treasury receipt of the auction proceeds is ``receipt``
    disposal_method: DisposalMethod | None = None
    # decision (1.2): the other bodies deciding jointly with the acting body; legal review (1.2): the body whose
    # review office gave the opinion, omitted = the acting body (广东法制审核办法 Art 7)
    # on-site act by a single officer (1.2): the legal basis claimed for the exception to the two-officer rule
    # (行政处罚法 Art 42 para 1 「法律另有规定的除外」), e.g. 公安机关办理行政案件程序规定第三十九条 (CERT-002, CERT-003)
    one_officer_basis: str | None = None
    # inspection notice (1.2): what the 检查通知书 (or the on-site notice) told the enterprise: basis, matters,
    # frequency, discipline, recusal (司法部 行政检查文书基本格式文本; INS-010)
    notice_items: Words[str] = ()
    # filing (1.2): the filing conditions the 立案审批表 records as met: evidence, penalty_applicable, jurisdiction,
    # limitation (市场监督管理行政处罚程序规定 Art 19 para 1; PUN-FILE-003)
    filing_conditions: Words[str] = ()
    # service of a punishment decision (1.2): the party was told in writing that the decision will be published
    # (市场监督管理行政处罚信息公示规定 Art 8); disclosure (1.2): the day the information was pushed to the
    # registration province's 市场监管 department (Art 10) (PUB-010)
    publication_told: bool | None = None
    pushed_on: dt.date | None = None
    co_deciders: Words[str] = ()
    review_body: str | None = None
    # decision (1.2): the discretion benchmark applied (行政处罚裁量基准, 行政处罚法 Art 34), by the id of a
    # ``<benchmark>`` of the acting body in bodies.xml and, optionally, its version (PUB-005)
    benchmark: str | None = None
    benchmark_version: str | None = None
    # decision, service, place (1.1)
    decision_outcome: DecisionOutcome | None = None
    consent: str | None = None  # document id of the party's consent (e.g. to electronic service)
    place: Place | None = None  # kind of place of an on-site step
    attendees: Words[str] = ()
    # service and its target
    of: str | None = None
    method: ServiceMethod | None = None
    # extensions
    days: int | None = None
    measure: str | None = None
    # execution
    execution_method: ExecutionMethod | None = None
    auctioneer: str | None = None  # 1.2: the auction house entrusted with an auction (行政强制法 Art 48)
    emergency_reason: str | None = None
    # disclosure
    where: str | None = None
    withdrawn_on: dt.date | None = None
    withdrawal_reason: WithdrawalReason | None = None  # 撤回（停止公示）的理由 (1.2)
    note: str | None = None

    @model_validator(mode="after")
    def _has_time(self) -> Step:
        if self.date is None and self.start is None:
            raise ValueError("step needs a date or a start time")
        if self.start is not None and self.end is not None and self.end < self.start:
            raise ValueError("end is before start")
        return self

    @property
    def day(self) -> dt.date:
        """The calendar day on which the step happened (or began)."""
        if self.date is not None:
            return self.date
        assert self.start is not None
        return self.start.date()

    @property
    def fine(self) -> Decimal:
        return sum((p.amount or Decimal(0) for p in self.penalties if p.kind is PenaltyKind.FINE), Decimal(0))


class Monitoring(Model):
    """Evidence captured by an electronic technical-monitoring device (电子技术监控设备), format 1.2.

    行政处罚法 Art 41: the device passes a 法制和技术审核 and its location is published (para 1); the organ
    reviews each record before it is used as evidence (para 2); the party is told of the violation
    promptly (para 3). Omitted attributes are not recorded.
    """

    device: str | None = None  # the device's number or name
    device_review_ref: str | None = None  # reference of the device's 法制和技术审核 (approval document)
    device_reviewed_on: dt.date | None = None  # the day the device passed that review
    location_published: bool | None = None  # 设置地点已向社会公布 (false: not published)
    location_published_on: dt.date | None = None  # the day the location was published
    recorded_on: dt.date | None = None  # the day the device recorded the violation (else the document's date)
    record_reviewed_on: dt.date | None = None  # the day the organ reviewed the record (审核记录内容)
    record_review_passed: bool | None = None  # false: the record failed that review
    party_told_on: dt.date | None = None  # the day the party was told of the violation (告知违法事实)


class Document(Model):
    id: str
    kind: str
    title: str | None = None
    path: str | None = None
    sha256: str | None = None
    pages: int | None = None
    date: dt.date | None = None
    signed: bool | None = None
    sealed: bool | None = None
    # evidence (1.2): the statutory kind of the evidence the document holds (行政处罚法 Art 46 para 1);
    # a document with an evidence kind is an item of the case's evidence
    evidence_kind: EvidenceKind | None = None
    # electronic monitoring (1.2): the document is a record of an electronic technical-monitoring device
    # (行政处罚法 Art 41), with the device's review, the publication of its location, the record's review
    # and the day the party was told
    monitoring: Monitoring | None = None

    @property
    def recorded_on(self) -> dt.date | None:
        """The day a monitoring record was made: its ``recorded-on``, else the document's date."""
        if self.monitoring is not None and self.monitoring.recorded_on is not None:
            return self.monitoring.recorded_on
        return self.date


class Gap(Model):
    """An interruption of a recording (1.1): when, why, and whether it was explained in writing."""

    start: dt.datetime
    end: dt.datetime
    reason: str | None = None  # stated by voice on resuming (设备故障、电量不足、天气、阻碍…)
    written_note: str | None = None  # document id of the written explanation (书面说明)


class AvRecord(Model):
    id: str
    path: str | None = None
    sha256: str
    duration: str  # ISO 8601 duration, e.g. PT35M
    start: dt.datetime | None = None
    end: dt.datetime | None = None
    gaps: tuple[Gap, ...] = ()
    opening_statement: bool | None = None  # 开始时告知时间、地点、人员、事项和正在录音录像 (1.1)
    uploaded: dt.datetime | None = None  # 上传执法信息平台或指定存储的时间 (1.1)


class MeasureItem(Model):
    name: str
    quantity: str | None = None


class ExcludedPeriod(Model):
    start: dt.date
    end: dt.date
    reason: str
    notified: bool = False


class Measure(Model):
    id: str
    kind: MeasureKind
    step: str
    start: dt.date
    end: dt.date | None = None
    decision_document: str | None = None
    inventory: str | None = None
    items: tuple[MeasureItem, ...] = ()
    excluded_periods: tuple[ExcludedPeriod, ...] = ()


class InspectionMode(StrEnum):
    RANDOM = "random"  # 双随机抽查
    FOCUSED = "focused"  # 重点检查
    CASE_TRIGGERED = "case_triggered"  # 投诉举报、转办交办等个案检查
    OTHER = "other"


class CapExemption(StrEnum):
    """Why an inspection does not count against the yearly frequency cap (1.2; 个案检查 the cap rules may exempt,
    catalogue INS-007 and §10.5)."""

    COMPLAINT = "complaint"  # 投诉举报
    REFERRAL = "referral"  # 转办交办、移送
    ENTERPRISE_REQUEST = "enterprise_request"  # 企业申请
    LICENCE_CHECK = "licence_check"  # 办理行政许可需开展的现场核查
    RECTIFICATION_CHECK = "rectification_check"  # 企业存在整改问题需要现场核查
    MONITORING_CLUE = "monitoring_clue"  # 经非现场监管（数据监测）发现问题线索
    OTHER = "other"  # 其他（在 note 或计划中说明）


class Inspection(Model):
    plan: str | None = None
    random_selection: str | None = None
    mode: InspectionMode | None = None  # 1.1
    code: str | None = None  # 行政检查码（扫码入企） 1.1
    linked_case: str | None = None  # 发现违法后立案的案号 1.1
    plan_approved_on: dt.date | None = None  # 检查计划批准（或备案）日期 1.2
    plan_published_on: dt.date | None = None  # 检查计划向社会公布日期 1.2
    # 1.2: the organ's inspections of this enterprise in the calendar year of this one, this one included
    # (计入年度频次上限的次数, 国办发〔2024〕54号), and why this one does not count, if it does not (INS-007)
    count_in_year: int | None = Field(default=None, ge=1)
    cap_exemption: CapExemption | None = None
    result: InspectionResult
    rectification_deadline: dt.date | None = None


def _day(step: Step) -> dt.date:
    return step.day


@cache
def _version_key(version: str) -> tuple[int, ...]:
    """A format version as numbers ("1.2" -> (1, 2)); few distinct strings, asked thousands of times a batch."""
    return tuple(int(part) for part in version.split("."))


class Dossier(Model):
    id: str
    schema_version: str
    case: Case
    officers: tuple[Officer, ...] = ()
    steps: tuple[Step, ...] = ()
    documents: tuple[Document, ...] = ()
    av_records: tuple[AvRecord, ...] = ()
    measures: tuple[Measure, ...] = ()
    inspection: Inspection | None = None

    def at_least(self, version: str) -> bool:
        """Whether the manifest declares this format version or a later one: rules that rely on data
        a version added judge only manifests that could carry it (an older manifest is not faulted for
        what its format could not say)."""
        return _version_key(self.schema_version) >= _version_key(version)

    @cached_property
    def officer_by_id(self) -> dict[str, Officer]:
        return {o.id: o for o in self.officers}

    @cached_property
    def step_by_id(self) -> dict[str, Step]:
        return {s.id: s for s in self.steps}

    @cached_property
    def document_by_id(self) -> dict[str, Document]:
        return {d.id: d for d in self.documents}

    @cached_property
    def steps_by_kind(self) -> dict[StepKind, tuple[Step, ...]]:
        """Steps grouped by kind, each group in document order (rules query by kind constantly)."""
        groups: dict[StepKind, list[Step]] = {}
        for s in self.steps:
            groups.setdefault(s.kind, []).append(s)
        return {k: tuple(v) for k, v in groups.items()}

    def steps_of(self, *kinds: StepKind) -> Iterator[Step]:
        """Steps of the given kinds, in document order."""
        if len(kinds) == 1:
            return iter(self.steps_by_kind.get(kinds[0], ()))
        return (s for s in self.steps if s.kind in kinds)

    def first(self, kind: StepKind) -> Step | None:
        """The earliest step of a kind (by day, then document order)."""
        found = self.steps_by_kind.get(kind)
        return min(found, key=_day) if found else None

    def last(self, kind: StepKind) -> Step | None:
        found = self.steps_by_kind.get(kind)
        return max(found, key=_day) if found else None

    def service_of(self, step_id: str) -> Step | None:
        """The (earliest) service step that serves the given step's document."""
        found = [s for s in self.steps if s.kind is StepKind.SERVICE and s.of == step_id]
        return min(found, key=lambda s: s.day) if found else None


# ---------------------------------------------------------------- registries


class Power(Model):
    matter: str
    name: str
    valid_from: dt.date
    valid_to: dt.date | None = None
    measures: Words[MeasureKind] = ()
    # registry 1.2: the power is exercised by 相对集中行政处罚权 / 综合行政执法, with the transfer decision
    concentrated: bool | None = None
    transfer_decision: str | None = None  # title and number of the decision
    transfer_by: TransferAuthority | None = None
    transfer_decided_on: dt.date | None = None
    # registry 1.2: the law and article that empower the body to transfer deposits and remittances for this
    # matter (划拨存款、汇款, 行政强制法 Art 47 para 1), e.g. 《中华人民共和国税收征收管理法》第四十条 (CO-MON-004)
    deposit_transfer_basis: str | None = None

    def in_force(self, day: dt.date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)


class Delegation(Model):
    id: str
    delegator: str
    matters: Words[str]
    valid_from: dt.date
    valid_to: dt.date | None = None
    basis: str
    published: str | None = None

    def in_force(self, day: dt.date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)


class ReviewItem(Model):
    """One item of a body's published 重大执法决定法制审核目录清单 (legal-review catalogue).

    The item applies to a decision when all its given conditions hold: the matter is ``matter``
    (or ``matter`` is ``*``), the case type is in ``case_types`` (empty: every type), the item is
    in force on the decision day, and, if any *outcome* condition is given (a fine threshold,
    ``penalties``, ``hearing``), at least one of them holds. Thresholds are inclusive (以上).
    """

    id: str
    matter: str  # a matter code on the power list, or "*" for every matter
    case_types: Words[CaseType] = ()
    fine_at_least: Decimal | None = None  # any party
    individual_fine_at_least: Decimal | None = None  # party kind "individual"
    organisation_fine_at_least: Decimal | None = None  # party kind "organisation"
    penalties: Words[PenaltyKind] = ()  # any of these penalty kinds
    hearing: bool = False  # a hearing was held
    source: str  # where the catalogue says so: title, edition, item number
    valid_from: dt.date
    valid_to: dt.date | None = None

    @model_validator(mode="after")
    def _period(self) -> ReviewItem:
        if self.valid_to is not None and self.valid_to < self.valid_from:
            raise ValueError("valid-to is before valid-from")
        return self

    def in_force(self, day: dt.date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)

    @property
    def has_outcome_conditions(self) -> bool:
        return (
            self.fine_at_least is not None
            or self.individual_fine_at_least is not None
            or self.organisation_fine_at_least is not None
            or bool(self.penalties)
            or self.hearing
        )


class Benchmark(Model):
    """One version of a discretion benchmark (行政处罚裁量基准) a body applies, registry 1.2 (行政处罚法 Art 34:
    「行政机关可以依法制定行政处罚裁量基准……行政处罚裁量基准应当向社会公布。」)."""

    id: str
    version: str | None = None
    title: str | None = None
    published_on: dt.date | None = None  # 向社会公布之日; omitted = not recorded
    superseded_on: dt.date | None = None  # the first day a later version (or a repeal) replaced it

    @model_validator(mode="after")
    def _period(self) -> Benchmark:
        if self.published_on is not None and self.superseded_on is not None and self.superseded_on < self.published_on:
            raise ValueError("superseded-on is before published-on")
        return self

    def in_force(self, day: dt.date) -> bool:
        """Published on or before ``day`` and not yet superseded on it."""
        return (self.published_on is not None and self.published_on <= day
                and (self.superseded_on is None or day < self.superseded_on))


class Body(Model):
    id: str
    name: str
    type: BodyType
    territory: str
    sector: str | None = None  # e.g. public_security, market_regulation (registry 1.1)
    powers: tuple[Power, ...] = ()
    delegations: tuple[Delegation, ...] = ()
    review_items: tuple[ReviewItem, ...] = ()
    benchmarks: tuple[Benchmark, ...] = ()  # registry 1.2: the discretion benchmarks the body applies (PUB-005)
    # registry 1.2: the public announcement of the body's confirmed enforcement-subject status (行政执法主体公告,
    # e.g. 河南省行政执法条例 Art 13): its reference and date (SUBJ-004)
    announcement_ref: str | None = None
    announced_on: dt.date | None = None

    @cached_property
    def powers_by_matter(self) -> dict[str, tuple[Power, ...]]:
        """The power list indexed by matter code (a real 权责清单 lists hundreds of matters)."""
        groups: dict[str, list[Power]] = {}
        for p in self.powers:
            groups.setdefault(p.matter, []).append(p)
        return {k: tuple(v) for k, v in groups.items()}


class Suspension(Model):
    start: dt.date
    end: dt.date | None = None
    reason: str | None = None


class Revocation(Model):
    date: dt.date
    reason: str | None = None


class AnnualReview(Model):
    year: int
    passed: bool


class Certificate(Model):
    number: str
    holder: str
    body: str
    kind: CertificateKind
    fields: Words[str]
    territory: str
    valid_from: dt.date
    valid_to: dt.date
    suspensions: tuple[Suspension, ...] = ()
    revocations: tuple[Revocation, ...] = ()
    annual_reviews: tuple[AnnualReview, ...] = ()
    # registry 1.2: the card's style (CERT-016), its issuer and, for a ministry card, the reference of its filing
    # with the same-level 司法行政 department (CERT-015)
    style: CertificateStyle | None = None
    issuer: CertificateIssuer | None = None
    filing_ref: str | None = None

    def status_on(self, day: dt.date) -> str | None:
        """None when valid on ``day``; otherwise a short Chinese reason."""
        if day < self.valid_from:
            return f"证件自 {self.valid_from} 起有效，行为日尚未生效"
        if day > self.valid_to:
            return f"证件有效期至 {self.valid_to}，行为日已过期"
        for r in self.revocations:
            if r.date <= day:
                return f"证件已于 {r.date} 注销/撤销"
        for s in self.suspensions:
            if s.start <= day and (s.end is None or day <= s.end):
                return f"证件于 {s.start} 起暂扣"
        return None

    def covers_territory(self, region: str) -> bool:
        return region.startswith(self.territory)


class Reviewer(Model):
    id: str
    name: str
    body: str
    legal_qualification: str | None = None  # 法律职业资格证书编号
    qualified_on: dt.date | None = None
    first_review: dt.date


class Registry(Model):
    bodies: tuple[Body, ...] = ()
    certificates: tuple[Certificate, ...] = ()
    reviewers: tuple[Reviewer, ...] = ()

    @cached_property
    def body_by_id(self) -> dict[str, Body]:
        return {b.id: b for b in self.bodies}

    @cached_property
    def certificate_by_number(self) -> dict[str, Certificate]:
        return {c.number: c for c in self.certificates}

    @cached_property
    def reviewer_by_id(self) -> dict[str, Reviewer]:
        return {r.id: r for r in self.reviewers}
