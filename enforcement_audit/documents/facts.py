"""What the tool extracts from one document: typed values, each with its page and confidence.

Plain frozen dataclasses with a JSON form, so that extracted facts can be cached by file hash and
read back without running the extractor (or spaCy) again.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from decimal import Decimal
from typing import Any

#: value kinds
CASE_NUMBER = "case_number"  # 案号 (labelled)
DOC_NUMBER = "doc_number"  # 文号 (unlabelled document number)
DATE = "date"
AMOUNT = "amount"
PARTY_NAME = "party_name"
CREDIT_CODE = "credit_code"
ID_NUMBER = "id_number"  # personal data: masked in reports on request
PHONE_NUMBER = "phone_number"  # a labelled mainland mobile number (联系电话/手机); personal data
ORGAN = "organ"  # the issuing organ (a line of its own: the letterhead or the signature block)
SEAL = "seal"  # 印章 / 盖章 marker
SIGNATURE = "signature"  # 签名 / 签字 marker; value: who signs (当事人, 见证人, 代履行人 …) or 签名

#: roles of dates
SIGNATURE_DATE = "signature"  # the date of the signature block (the document's own date)
RECORD_TIME = "record_time"  # 询问/检查时间
SERVICE_DATE = "service"  # 送达/签收 date
SIGNED_DATE = "signed"  # date beside a party's signature
OTHER = "other"

#: roles of amounts
FINE = "fine"  # the fine imposed (or intended, in a notice)
RANGE = "range"  # a range quoted from the law (处二万元以上五万元以下)
SURCHARGE = "surcharge"  # the 3 % daily late-payment surcharge sentence
CONFISCATION = "confiscation"  # 没收违法所得
REPAYMENT = "repayment"  # 退还 / 已缴纳: money moving the other way or already paid


_CJK = "\u4e00-\u9fff"
# 案号 / 文号: 城西应急罚〔2024〕12号 (brackets after NFKC: 〔〕 [] () 【】)
NUMBER_RE = re.compile(
    rf"(?P<prefix>[{_CJK}A-Za-z0-9]{{1,12}})\s*[〔\[(【]\s*(?P<year>(?:19|20)\d{{2}})\s*[〕\])】]\s*第?\s*(?P<seq>\d{{1,6}})\s*号"
)
#: words that end the text before a document number's prefix (城西应急罚〔2024〕12号 in "…未履行城西应急罚〔2024〕12号")
_PREFIX_STOP = re.compile(r".*(?:履行|作出|根据|依据|依照|按照|决定|通过|送达|收到|签收|执行|的|了|于|和|及|与|对|将|经|由|向|在|按|为|是|称|即|见)")


def number_prefix_start(m: re.Match[str]) -> int:
    """Where a matched document number really starts: the regex takes up to 12 characters before
    the bracket; words of the running text before the issuer's abbreviation are cut off."""
    stop = _PREFIX_STOP.match(m["prefix"])
    return m.start("prefix") + (stop.end() if stop is not None else 0)


def canonical_number(text: str) -> str:
    """案号/文号 in one spelling: 〔〕 brackets, no spaces, no 第 before the sequence number."""
    text = unicodedata.normalize("NFKC", text)
    m = NUMBER_RE.fullmatch(text.strip()) or NUMBER_RE.search(text)
    if m is None:
        return re.sub(r"\s+", "", text)
    prefix = m.string[number_prefix_start(m):m.end("prefix")]
    return f"{prefix}〔{m['year']}〕{int(m['seq'])}号"



@dataclass(frozen=True)
class Value:
    kind: str
    value: str  # canonical: ISO date, Decimal as plain string, normalised number, name
    text: str  # as written
    page: int
    role: str = ""
    confidence: float = 1.0

    @property
    def date(self) -> dt.date:
        return dt.date.fromisoformat(self.value)

    @property
    def amount(self) -> Decimal:
        return Decimal(self.value)


@dataclass(frozen=True)
class Citation:
    """A cited article: 《law》第X条第Y款第（Z）项, optionally naming the version (（2014年修正）)."""

    law: str  # law id in the catalogue; "" for a title the catalogue does not know (law_name is the title)
    law_name: str  # as written
    article: int
    page: int
    text: str
    sentence: str  # the sentence around it, for topic keywords
    paragraph: int | None = None
    item: int | None = None
    version_year: int | None = None


@dataclass(frozen=True)
class OfficerMention:
    name: str
    certificate: str
    page: int


@dataclass(frozen=True)
class RightNotice:
    """A rights sentence: which right and the deadline it states (e.g. 听证, 5 个工作日)."""

    right: str  # statement | defence | hearing | review | litigation
    page: int
    days: int | None = None
    unit: str | None = None  # 日 | 个工作日 | 个月


@dataclass(frozen=True)
class DocumentFacts:
    sha256: str
    page_count: int
    pages_read: int
    kind: str | None = None  # document kind recognised from the title (glossary names)
    title: str | None = None
    pages_without_text: tuple[int, ...] = ()
    truncated: str | None = None
    values: tuple[Value, ...] = ()
    citations: tuple[Citation, ...] = ()
    officers: tuple[OfficerMention, ...] = ()
    rights: tuple[RightNotice, ...] = ()
    text: str = ""  # the normalised text of the pages read (a sentence broken by a page break is joined)
    ranges: tuple[tuple[str | None, str | None], ...] = ()  # fine ranges quoted from the law (min, max)
    extra: dict[str, str] = field(default_factory=dict)

    def of(self, kind: str, role: str | None = None) -> Iterator[Value]:
        return (v for v in self.values if v.kind == kind and (role is None or v.role == role))

    def first(self, kind: str, role: str | None = None) -> Value | None:
        return next(self.of(kind, role), None)

    def last(self, kind: str, role: str | None = None) -> Value | None:
        found = list(self.of(kind, role))
        return found[-1] if found else None

    def has(self, kind: str) -> bool:
        return any(v.kind == kind for v in self.values)

    def right_kinds(self) -> set[str]:
        return {r.right for r in self.rights}

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> DocumentFacts:
        return cls(
            sha256=data["sha256"],
            page_count=data["page_count"],
            pages_read=data["pages_read"],
            kind=data.get("kind"),
            title=data.get("title"),
            pages_without_text=tuple(data.get("pages_without_text", ())),
            truncated=data.get("truncated"),
            values=tuple(Value(**v) for v in data.get("values", ())),
            citations=tuple(Citation(**c) for c in data.get("citations", ())),
            officers=tuple(OfficerMention(**o) for o in data.get("officers", ())),
            rights=tuple(RightNotice(**r) for r in data.get("rights", ())),
            text=data.get("text", ""),
            ranges=tuple((r[0], r[1]) for r in data.get("ranges", ())),
            extra=dict(data.get("extra", {})),
        )
