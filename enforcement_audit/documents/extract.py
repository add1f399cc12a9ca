"""Rule-based extraction from document text with spaCy (``spacy.blank("zh")``, character segmenter).

No statistical model is used (none can be downloaded): regular expressions find dates, amounts,
numbers, labels and citations, and each match becomes a span of the page's ``Doc`` through
``Doc.char_span``; PhraseMatchers find the closed lists (law names from the law catalogue,
document titles). Spans are kept in ``doc.spans["facts"]`` and turned into typed values with their
page number and a role read from the words around them (a fine, a range quoted from the law, the
3 % surcharge, a repayment; a signature-block date, a record time, a service date).

spaCy is imported on first use only: a run whose rules need no document text never pays for it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from . import facts as F
from .facts import (
    NUMBER_RE,
    Citation,
    DocumentFacts,
    OfficerMention,
    RightNotice,
    Value,
    canonical_number,
    number_prefix_start,
)
from .laws import LawCatalogue
from .numerals import ARTICLE_RE, chinese_to_int, find_amounts, find_dates, parse_citation_tail

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

#: document titles -> document kind (glossary names); the longest title found wins
TITLES: dict[str, str] = {
    "立案审批表": "filing_approval",
    "立案登记表": "filing_approval",
    "强制执行立案审批表": "filing_approval",
    "询问笔录": "inquiry_record",
    "调查询问笔录": "inquiry_record",
    "现场检查笔录": "inspection_record",
    "现场检查(勘验)笔录": "inspection_record",
    "现场检查(勘察)笔录": "inspection_record",
    "现场勘验笔录": "inspection_record",
    "现场检查记录": "inspection_record",
    "现场笔录": "on_site_record",
    "查封现场笔录": "on_site_record",
    "扣押现场笔录": "on_site_record",
    "案件调查终结报告": "investigation_report",
    "案件调查报告": "investigation_report",
    "行政处罚事先告知书": "advance_notice",
    "行政处罚告知书": "advance_notice",
    "行政处罚听证告知书": "advance_notice",
    "听证通知书": "hearing_notice",
    "行政处罚听证通知书": "hearing_notice",
    "听证笔录": "hearing_record",
    "陈述申辩笔录": "statement_record",
    "法制审核意见书": "legal_review_opinion",
    "重大执法决定法制审核意见书": "legal_review_opinion",
    "集体讨论记录": "collective_deliberation_minutes",
    "行政处罚决定书": "punishment_decision",
    "当场行政处罚决定书": "punishment_decision",
    "送达回证": "proof_of_service",
    "送达回执": "proof_of_service",
    "实施行政强制措施审批表": "approval_form",
    "实施行政强制措施决定书": "seizure_decision",
    "查封决定书": "seal_up_decision",
    "扣押决定书": "seizure_decision",
    "查封(扣押)决定书": "seizure_decision",
    "扣押财物清单": "seizure_inventory",
    "查封(扣押)财物清单": "seizure_inventory",
    "查封财物清单": "seal_up_inventory",
    "解除行政强制措施决定书": "release_decision",
    "催告书": "demand_notice",
    "行政强制执行决定书": "execution_decision",
    "强制执行决定书": "execution_decision",
    "代履行决定书": "execution_decision",
    "强制拆除决定书": "execution_decision",
    "检查结果告知书": "inspection_result_notice",
    "行政检查审批表": "inspection_approval",
    "责令限期整改指令书": "rectification_order",
    "责令改正通知书": "rectification_order",
    "结案审批表": "closing_report",
    "结案报告": "closing_report",
}

_CJK = "\u4e00-\u9fff"
CASE_LABEL_RE = re.compile(r"案\s*号\s*[:：]?\s*$")
PARTY_RE = re.compile(
    r"(?:当事人(?:名称|姓名)?|被检查(?:人|单位)|被处罚人|被执行人)\s*[:：]\s*(?P<v>[^\n,，;；。:：()（）\s]{2,40})"
)
#: the addressee line of a notice or decision (城西县某某商行：) near the top: the party
ADDRESSEE_RE = re.compile(rf"^(?P<v>[{_CJK}()]{{4,40}})\s*[:：]\s*$", re.M)
CREDIT_RE = re.compile(r"统一社会信用代码\s*[:：]?\s*(?P<v>[0-9A-HJ-NPQRTUWXY]{18})(?![0-9A-Z])")
ID_RE = re.compile(r"(?:公民)?身份(?:证|证件)?号码?\s*[:：]?\s*(?P<v>\d{17}[\dXx])(?!\d)")
#: a mainland mobile number after a phone label (联系电话：13800000000, 手机号码 139…)
PHONE_RE = re.compile(r"(?:电话|手机|联系方式)(?:号码?)?\s*[:：]?\s*(?P<v>1[3-9]\d{9})(?!\d)")
OFFICER_RE = re.compile(
    rf"(?<![{_CJK}])(?P<name>[{_CJK}]{{2,4}})\s*[(（]?\s*(?:执法证(?:件)?(?:号码?|编号)|执法证号|证件号码?|证号)\s*[:：]?\s*(?P<cert>[A-Za-z0-9]{{6,24}})"
)
#: an issuing organ: a line of its own ending in the usual names of administrative bodies
ORGAN_RE = re.compile(
    rf"^\s*(?P<v>[{_CJK}]{{2,30}}(?:局|委员会|人民政府|政府|办事处|管理处|大队|支队|中队|执法队|执法局|中心|厅|委|科|股|室|处|所|站|领导小组|指挥部))\s*(?:[(（]\s*(?:印章|盖章|公章|章)\s*[)）])?\s*$",
    re.M,
)
SEAL_RE = re.compile(r"[(（]\s*(?:印章|盖章|公章|章)\s*[)）]|加盖.{0,6}印章")
SIGNATURE_RE = re.compile(r"(?:签名|签字|签章)\s*[:：(（]")
#: a signature line naming who signs: "当事人签名：", "代履行人（签字）", "见证人签章"
SIGNER_RE = re.compile(
    r"(?P<who>当事人|见证人|代履行人|执法人员|监督人员|记录人|被询问人|被检查人|承办人|负责人|审核人|听证主持人)"
    r"\s*[:：]?\s*[(（]?\s*(?:签名|签字|签章|盖章)"
)
_NOT_A_NAME = frozenset({"签名", "签字", "签章", "盖章", "名称", "姓名"})
VERSION_RE = re.compile(r"\s*[(（]\s*(?P<year>(?:19|20)\d{2})\s*年\s*(?:修订|修正|修改|版|公布)?\s*[)）]")
#: a title in 《》 (a law, regulation, rule or normative document the catalogue may not know)
TITLE_RE = re.compile(r"《(?P<t>[^《》\n]{2,60})》")
CONTINUE_RE = re.compile(r"\s*(?:、|和|及|以及|,|，)\s*(?=第|[0-9零〇一二三四五六七八九十百两]+\s*条)")
BARE_ARTICLE_RE = re.compile(r"[0-9零〇一二三四五六七八九十百两]+\s*条")
DEADLINE_RE = re.compile(r"(?P<n>[0-9一二三四五六七八九十百两]+)\s*(?P<unit>个工作日|个月|日|天)\s*(?:内|之内)")
_SENTENCE_END = re.compile(r"[。；;\n]")
_SENTENCE = re.compile(r"[^。；;\n]+")
#: page numbers a PDF prints in the footer (第1页共2页, 共2页第1页, - 1 -); a wrapped last line may carry one
FOOTER_RE = re.compile(r"第\s*\d+\s*页\s*[,，/]?\s*共\s*\d+\s*页|共\s*\d+\s*页\s*[,，]?\s*第\s*\d+\s*页|^\s*-\s*\d+\s*-\s*$",
                       re.M)
_ENDS_SENTENCE = re.compile(r"[。；;:：!！?？)）]\s*$")


def join_pages(pages: Sequence[tuple[int, str]]) -> tuple[str, Callable[[int], int]]:
    """The document's text as one string, and a function from a character offset to its page.

    Footers are dropped, and a sentence that runs over a page break is joined (a break after a sentence end, or at a line of its own, stays a line
    break), so that "…六十日" + "内向…申请行政复议" reads as one sentence.
    """
    parts: list[str] = []
    starts: list[int] = []
    numbers: list[int] = []
    offset = 0
    for number, raw in pages:
        page = FOOTER_RE.sub("", raw).strip("\n ")
        if parts:
            sep = "\n" if _ENDS_SENTENCE.search(parts[-1]) or not parts[-1] else ""
            parts.append(sep)
            offset += len(sep)
        starts.append(offset)
        numbers.append(number)
        parts.append(page)
        offset += len(page)

    def page_at(position: int) -> int:
        return numbers[max(0, bisect.bisect_right(starts, position) - 1)] if numbers else 1

    return "".join(parts), page_at

_RIGHTS = (
    ("statement", re.compile(r"陈述")),
    ("defence", re.compile(r"申辩")),
    ("hearing", re.compile(r"(?:要求|申请|提出)听证|听证的?权利|举行听证")),
    ("review", re.compile(r"行政复议")),
    ("litigation", re.compile(r"行政诉讼")),
)


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    right_match = _SENTENCE_END.search(text, end)
    return left, right_match.start() if right_match else len(text)


def _line(text: str, start: int, end: int) -> tuple[int, int]:
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", end)
    return left, right if right >= 0 else len(text)


def _date_role(text: str, start: int, end: int) -> str:
    left, right = _line(text, start, end)
    before = text[left:start]
    if not before.strip() and not text[end:right].strip(" 。."):
        return F.SIGNATURE_DATE
    if re.search(r"送达|签收|收到", before):
        return F.SERVICE_DATE
    if re.search(r"签名|签字|签章", before):
        return F.SIGNED_DATE
    if re.search(r"时间|日期", before):
        return F.RECORD_TIME
    return F.OTHER


def _amount_role(text: str, start: int, end: int) -> str:
    s_left, s_right = _sentence(text, start, end)
    sentence = text[s_left:s_right]
    after = text[end:end + 4]
    before = text[max(s_left, start - 16):start]
    if re.match(r"\s*(?:以上|以下|至|到|-|~)", after) or re.search(r"(?:以上|至|到)\s*$", before):
        return F.RANGE
    if "加处罚款" in sentence or "滞纳金" in sentence:
        return F.SURCHARGE
    if re.search(r"退还|返还|退回|已缴纳|已缴|已交", before):
        return F.REPAYMENT
    if re.search(r"没收(?:违法所得|非法财物)?", before) and "罚款" not in before[-8:]:
        return F.CONFISCATION
    if re.search(r"罚款|处以|并处|罚金|缴纳|¥|人民币", before) or re.match(r"\s*[)）]?\s*的?罚款", after):
        return F.FINE
    return F.OTHER


@dataclass
class Extractor:
    """One per process: the blank Chinese pipeline with its PhraseMatchers (built lazily)."""

    laws: LawCatalogue
    _nlp: Any = None
    _law_matcher: Any = None
    _title_matcher: Any = None

    def _setup(self) -> Language:
        if self._nlp is None:
            import spacy
            from spacy.matcher import PhraseMatcher

            nlp = spacy.blank("zh")  # character segmentation: no model, nothing downloaded
            law_matcher = PhraseMatcher(nlp.vocab)
            for name in self.laws.names:
                law_matcher.add(name, [nlp.make_doc(name)])
            title_matcher = PhraseMatcher(nlp.vocab)
            for title, kind in TITLES.items():
                title_matcher.add(kind, [nlp.make_doc(title)])
            self._nlp, self._law_matcher, self._title_matcher = nlp, law_matcher, title_matcher
        nlp_: Language = self._nlp
        return nlp_

    def extract(self, sha256: str, pages: Sequence[tuple[int, str]], page_count: int | None = None,
                pages_without_text: Iterable[int] = (), truncated: str | None = None) -> DocumentFacts:
        """Facts of one document from its (page number, normalised text) pairs."""
        nlp = self._setup()
        values: list[Value] = []
        officers: list[OfficerMention] = []
        rights: dict[str, RightNotice] = {}
        text, page_at = join_pages(pages)
        doc = nlp.make_doc(text)
        spans = self._spans(doc)
        doc.spans["facts"] = spans
        kind, title = self._title(doc)
        for span in spans:
            self._value(span, page_at(span.start_char), values, officers)
        citations = self._citations(doc, page_at)
        ranges = fine_ranges(text)
        for right in self._rights(text, page_at):
            rights.setdefault(right.right, right)
        return DocumentFacts(
            sha256=sha256,
            page_count=page_count if page_count is not None else len(pages),
            pages_read=len(pages),
            kind=kind,
            title=title,
            pages_without_text=tuple(sorted(pages_without_text)),
            truncated=truncated,
            values=tuple(values),
            citations=tuple(citations),
            officers=tuple(dict.fromkeys(officers)),
            rights=tuple(rights[r] for r, _ in _RIGHTS if r in rights),
            text=text,
            ranges=ranges,
        )

    # ------------------------------------------------------------ spans

    def _spans(self, doc: Doc) -> list[Span]:
        text = doc.text
        found: list[Span] = []

        def add(start: int, end: int, label: str) -> None:
            span = doc.char_span(start, end, label=label, alignment_mode="expand")
            if span is not None:
                found.append(span)

        for start, end, _ in find_dates(text):
            add(start, end, F.DATE)
        for start, end, _ in find_amounts(text):
            add(start, end, F.AMOUNT)
        for m in NUMBER_RE.finditer(text):
            start = number_prefix_start(m)
            label = F.CASE_NUMBER if CASE_LABEL_RE.search(text[max(0, start - 8):start]) else F.DOC_NUMBER
            add(start, m.end(), label)
        for pattern, label in ((PARTY_RE, F.PARTY_NAME), (CREDIT_RE, F.CREDIT_CODE), (ID_RE, F.ID_NUMBER),
                               (PHONE_RE, F.PHONE_NUMBER), (ORGAN_RE, F.ORGAN)):
            for m in pattern.finditer(text):
                add(m.start("v"), m.end("v"), label)
        head = text[:300]
        if not any(s.label_ == F.PARTY_NAME for s in found):
            for m in ADDRESSEE_RE.finditer(head):
                if not re.search(r"当事人|经查|如下|决定|事项|意见|附件", m["v"]):
                    add(m.start("v"), m.end("v"), F.PARTY_NAME)
                    break
        for m in OFFICER_RE.finditer(text):
            add(m.start(), m.end(), "officer")
        for m in SEAL_RE.finditer(text):
            add(m.start(), m.end(), F.SEAL)
        signers = [(m.start(), m.end()) for m in SIGNER_RE.finditer(text)]
        for start, end in signers:
            add(start, end, F.SIGNATURE)
        for m in SIGNATURE_RE.finditer(text):
            if not any(s <= m.start() < e for s, e in signers):
                add(m.start(), m.end(), F.SIGNATURE)
        found.sort(key=lambda s: (s.start_char, s.end_char))
        return found

    def _title(self, doc: Doc) -> tuple[str | None, str | None]:
        head_end = min(len(doc.text), 120)
        head = doc.char_span(0, head_end, alignment_mode="contract")
        if head is None:
            return None, None
        matches = [(s, e, self._nlp.vocab.strings[m]) for m, s, e in self._title_matcher(head.as_doc())]
        if not matches:
            return None, None
        # the title comes first (a proof of service names the document it serves further down)
        start, end, kind = min(matches, key=lambda t: (t[0], -(t[1] - t[0])))
        return kind, head.as_doc()[start:end].text

    def _value(self, span: Span, page: int, values: list[Value], officers: list[OfficerMention]) -> None:
        text = span.doc.text
        label, start, end = span.label_, span.start_char, span.end_char
        surface = span.text
        if label == F.DATE:
            date = find_dates(surface)
            if date:
                values.append(Value(F.DATE, date[0][2].isoformat(), surface, page, _date_role(text, start, end)))
        elif label == F.AMOUNT:
            amounts = find_amounts(surface)
            if amounts:
                amount: Decimal = amounts[0][2]
                values.append(Value(F.AMOUNT, format(amount.normalize(), "f"), surface, page,
                                    _amount_role(text, start, end)))
        elif label in (F.CASE_NUMBER, F.DOC_NUMBER):
            values.append(Value(label, canonical_number(surface), surface, page))
        elif label == F.SIGNATURE:
            who = SIGNER_RE.search(surface)
            values.append(Value(F.SIGNATURE, who["who"] if who else "签名", surface, page))
        elif label == F.PARTY_NAME and surface.strip() in _NOT_A_NAME:
            return
        elif label == "officer":
            m = OFFICER_RE.search(surface)
            if m is not None:
                officers.append(OfficerMention(m["name"], m["cert"].upper(), page))
        else:
            values.append(Value(label, surface.strip(), surface, page))

    def _citations(self, doc: Doc, page_at: Callable[[int], int]) -> list[Citation]:
        from spacy.util import filter_spans

        text = doc.text
        spans = filter_spans([doc[s:e] for _, s, e in self._law_matcher(doc)])
        known: list[tuple[str, str, int, int]] = []  # (law id, name as written, start, end)
        for span in spans:
            law = self.laws.by_name(span.text)
            if law is not None:
                known.append((law.id, span.text, span.start_char, span.end_char))
        covered = [(start, end) for _, _, start, end in known]
        # titles of texts the catalogue does not know (《某省某某条例》第五条): kept with law id "" so that the
        # rank of the basis can still be judged from the title
        for m in TITLE_RE.finditer(text):
            if not any(start <= m.start("t") < end or m.start("t") <= start < m.end("t") for start, end in covered):
                known.append(("", m["t"], m.start("t"), m.end("t")))
        known.sort(key=lambda k: k[2])
        out: list[Citation] = []
        for law_id, written, start, end in known:
            pos = end
            if text.startswith("》", pos):
                pos += 1
            version_year: int | None = None
            vm = VERSION_RE.match(text, pos)
            if vm is not None:
                version_year, pos = int(vm["year"]), vm.end()
            first = True
            while True:
                if not first:
                    cont = CONTINUE_RE.match(text, pos)
                    if cont is None:
                        break
                    pos = cont.end()
                am = ARTICLE_RE.match(text, pos) or (None if first else BARE_ARTICLE_RE.match(text, pos))
                if am is None:
                    break
                first = False
                try:
                    article, paragraph, item = parse_citation_tail(am.group(0))
                except ValueError:
                    break
                s_left, s_right = _sentence(text, start, am.end())
                begin = start - 1 if text[start - 1:start] == "《" else start
                out.append(Citation(law_id, written, article, page_at(start), text[begin:am.end()],
                                    text[s_left:s_right], paragraph, item, version_year))
                pos = am.end()
        return out

    def _rights(self, text: str, page_at: Callable[[int], int]) -> list[RightNotice]:
        """Rights sentences. A right's deadline is the one in its own clause (between commas), else
        the next one in the sentence (如要求听证，应当在…五个工作日内提出), else the one before it."""
        out: list[RightNotice] = []
        for found in _SENTENCE.finditer(text):
            sentence = found.group()
            page = page_at(found.start())
            for right, pattern in _RIGHTS:
                m = pattern.search(sentence)
                if m is None:
                    continue
                left = max(sentence.rfind(",", 0, m.start()), sentence.rfind("，", 0, m.start())) + 1
                ends = [i for i in (sentence.find(",", m.end()), sentence.find("，", m.end())) if i >= 0]
                right_end = min(ends) if ends else len(sentence)
                deadline = (DEADLINE_RE.search(sentence[left:right_end]) or DEADLINE_RE.search(sentence, m.end())
                            or _last(DEADLINE_RE.finditer(sentence, 0, m.start())))
                days: int | None = None
                unit: str | None = None
                if deadline is not None:
                    try:
                        days = chinese_to_int(deadline["n"])
                        unit = "日" if deadline["unit"] == "天" else deadline["unit"]
                    except ValueError:
                        days = None
                out.append(RightNotice(right, page, days, unit))
        return out


def fine_ranges(text: str) -> tuple[tuple[str | None, str | None], ...]:
    """Fine ranges quoted from the law, one per sentence: (minimum, maximum) as Decimal strings, either
    open: "处二万元以上五万元以下的罚款" -> ("20000", "50000"); "处十万元以下的罚款" -> (None, "100000")."""
    out: list[tuple[str | None, str | None]] = []
    for found in _SENTENCE.finditer(text):
        sentence = found.group()
        if "罚款" not in sentence:
            continue
        low: str | None = None
        high: str | None = None
        for _start, end, amount in find_amounts(sentence):
            after = sentence[end:end + 3]
            value = format(amount.normalize(), "f")
            if re.match(r"\s*以上", after) and low is None:
                low = value
            elif re.match(r"\s*以下", after) and high is None:
                high = value
        if low is not None or high is not None:
            out.append((low, high))
    return tuple(out)


def _last(matches: Iterable[re.Match[str]]) -> re.Match[str] | None:
    found = None
    for match in matches:
        found = match
    return found
