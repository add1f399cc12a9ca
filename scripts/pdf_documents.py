"""Render realistic Chinese administrative enforcement documents (行政执法文书) as PDF.

Used by ``scripts/make_samples.py`` to give the sample dossiers their documents and by tests that need a
PDF of known content. Everything rendered is whatever the caller passes in: use invented data only.

    import pdf_documents as pd
    pdf = pd.render("punishment_decision", {"organ": "城西县应急管理局", "case_number": "城西应急罚〔2024〕17号",
                                            "party_name": "城西县某某五金制品有限公司", "fine": Decimal("45000"),
                                            "rights": ["复议", "诉讼"], "date": date(2024, 10, 8)},
                    scanned_pages=(2,))

The output is deterministic (``invariant=1``, fixed metadata): the same call gives the same bytes. Text
is set in reportlab's built-in CID font STSong-Light (no font file; viewers substitute a Song face), so
a PDF text extractor reads it back exactly; body text wraps at the page width, so sentences run across
lines. Pages listed in ``scanned_pages`` (1-based) carry no text layer: their content is drawn as a
grey-scale raster image (slightly skewed, as from a scanner) with pseudo-glyphs, since no CJK raster
font is at hand; the layout, rules and seal are those of the text page.

Fields (all optional; only the inventories need ``items``). A missing field leaves its line or sentence
out; unknown names are refused, so that a typo cannot silently drop a sentence. The internal forms print
the usual stock opinions (建议立案调查。/ 同意立案。) when officers or approver are given without
opinion / approval_opinion, and the legal review a stock "passed" opinion without review_opinion.

  organ, title, doc_number (文号), case_number (案号), date (date or ISO string), date_style
  ("chinese": 二〇二四年七月十五日, default; "arabic": 2024年7月15日), seal (bool, default True)
  party: party_name, party_kind ("organisation"/"individual"), credit_code, id_number, address,
         legal_rep, phone
  people: officers [(name, certificate) | {"name", "certificate"} | name], recorder, interviewee,
          interviewee_role, witness, host, attendees [names], reviewer (name or (name, qualification)),
          approver, recipient, signatures [signer labels → "当事人签名：____"]
  records: start, end (datetime or ISO string), place, qa [(question, answer)], minutes [(speaker, words)]
  substance: cause (案由), source (案件来源), facts, evidence [str], problems [str], violated [citations],
             basis [citations; "(一)" is set as "（一）"], law_range_sentence, discretion, penalty (str or
             [str]), fine (Decimal: 罚款人民币伍万元整（￥50,000.00）), payment (str or True; adds the 3%
             daily surcharge sentence), measure, measure_kind (扣押/查封), measure_period (days),
             items [(name, quantity[, note]) | {"name", "quantity"}], deadline, related_document,
             related_date, conclusion, opinion (承办人意见), approval_opinion, review_opinion, note
  rights: rights (any of 陈述 申辩 听证 复议 诉讼, or statement defence hearing reconsideration litigation),
          statement_period / hearing_period (default 五个工作日), reconsideration_body, court (default
          from the organ's county: 城西县人民政府 / 城西县人民法院)
  service: service_method (direct/post/electronic/left_at_address/announcement or Chinese text),
           served_document
  extra_paragraphs [str]: appended to the body.
"""

from __future__ import annotations

import functools
import io
import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

__all__ = ["FIELDS", "KINDS", "TITLES", "Field", "arabic_date", "chinese_date", "full_width_brackets", "money",
           "money_capitals", "period_text", "render", "wrap"]

FONT = "STSong-Light"
CREATOR = "enforcement-audit scripts/pdf_documents.py"
PAGE_W, PAGE_H = A4
_MM = 72 / 25.4
LEFT, RIGHT, TOP, BOTTOM = 28 * _MM, 26 * _MM, 37 * _MM, 35 * _MM
TEXT_W = PAGE_W - LEFT - RIGHT
BODY, LEADING = 14.0, 24.0
CELL, CELL_LEADING, CELL_PAD = 12.0, 18.0, 5.0
SCAN_DPI = 110


@dataclass(frozen=True)
class Field:
    """A labelled value as documents print it: ``当事人：城西县某某商行``."""

    label: str
    value: str

    def __str__(self) -> str:
        return f"{self.label}：{self.value}"


# ====================================================================== small helpers (text)

_DIGITS_CN = "〇一二三四五六七八九"
_DIGITS_CAP = "零壹贰叁肆伍陆柒捌玖"
_RIGHT_ALIASES = {"statement": "陈述", "defence": "申辩", "defense": "申辩", "hearing": "听证",
                  "reconsideration": "复议", "litigation": "诉讼"}
_METHODS = {"direct": "直接送达", "post": "邮寄送达", "electronic": "电子送达", "left_at_address": "留置送达",
            "announcement": "公告送达", "entrusted": "委托送达"}


def _cn_number(n: int) -> str:
    """Small numbers in Chinese: 5 → 五, 15 → 十五, 30 → 三十, 60 → 六十, 105 → 一百零五."""
    if n < 10:
        return _DIGITS_CN[n] if n else "零"
    if n < 20:
        return "十" + (_DIGITS_CN[n % 10] if n % 10 else "")
    if n < 100:
        return _DIGITS_CN[n // 10] + "十" + (_DIGITS_CN[n % 10] if n % 10 else "")
    if n < 1000:
        rest = n % 100
        tail = "" if not rest else ("零" + _cn_number(rest) if rest < 10 else _cn_number(rest) if rest >= 20
                                    else "一" + _cn_number(rest))
        return _DIGITS_CN[n // 100] + "百" + tail
    return str(n)


def chinese_date(d: date) -> str:
    """二〇二四年七月十五日."""
    return "".join(_DIGITS_CN[int(c)] for c in str(d.year)) + f"年{_cn_number(d.month)}月{_cn_number(d.day)}日"


def arabic_date(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def _group_caps(g: int) -> str:
    out, zero = "", False
    for pos, unit in ((3, "仟"), (2, "佰"), (1, "拾"), (0, "")):
        digit = g // 10**pos % 10
        if digit == 0:
            zero = zero or bool(out)
            continue
        out += ("零" if zero else "") + _DIGITS_CAP[digit] + unit
        zero = False
    return out


def money_capitals(amount: Decimal) -> str:
    """Amount in capitals as on Chinese financial documents: 45000 → 肆万伍仟元整, 1.05 → 壹元零伍分."""
    amount = Decimal(amount).quantize(Decimal("0.01"))
    cents = int(amount * 100)
    yuan, jiao, fen = cents // 100, cents // 10 % 10, cents % 10
    groups: list[int] = []
    rest = yuan
    while rest:
        groups.append(rest % 10000)
        rest //= 10000
    out, zero = "", False
    for i in reversed(range(len(groups))):
        g = groups[i]
        if g == 0:
            zero = zero or bool(out)
            continue
        out += ("零" if out and (zero or g < 1000) else "") + _group_caps(g) + ("", "万", "亿", "万亿")[i]
        zero = False
    out = out + "元" if out else ""
    if not jiao and not fen:
        return (out or "零元") + "整"
    if jiao:
        out += _DIGITS_CAP[jiao] + "角"
    elif out:
        out += "零"
    return out + (_DIGITS_CAP[fen] + "分" if fen else "整")


def money(amount: Decimal) -> str:
    """人民币伍万元整（￥50,000.00）."""
    amount = Decimal(amount)
    return f"人民币{money_capitals(amount)}（￥{amount:,.2f}）"


def full_width_brackets(text: str) -> str:
    """Citations are printed with full-width brackets: 第(一)项 → 第（一）项."""
    return text.replace("(", "（").replace(")", "）")


def _as_date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _as_datetime(value: Any) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    return datetime.fromisoformat(str(value))


def _clock(t: datetime) -> str:
    return f"{t.hour}时{t.minute:02d}分"


def period_text(start: datetime, end: datetime | None) -> str:
    """2024年6月3日14时00分至15时10分 (the end's date is repeated only when it differs)."""
    text = arabic_date(start.date()) + _clock(start)
    if end is not None:
        text += "至" + ("" if end.date() == start.date() else arabic_date(end.date())) + _clock(end)
    return text


# ====================================================================== fields

FIELDS: frozenset[str] = frozenset({
    "organ", "title", "doc_number", "case_number", "date", "date_style", "seal",
    "party_name", "party_kind", "credit_code", "id_number", "address", "legal_rep", "phone",
    "officers", "recorder", "interviewee", "interviewee_role", "witness", "host", "attendees", "reviewer", "approver", "recipient", "signatures",
    "start", "end", "place", "qa", "minutes",
    "cause", "source", "facts", "evidence", "problems", "violated", "basis", "law_range_sentence", "discretion", "penalty", "fine", "payment",
    "measure", "measure_kind", "measure_period", "items", "deadline", "related_document", "related_date", "conclusion", "opinion",
    "approval_opinion", "review_opinion", "note",
    "rights", "statement_period", "hearing_period", "reconsideration_body", "court",
    "service_method", "served_document", "extra_paragraphs",
})


class _F:
    """Typed access to the caller's fields."""

    def __init__(self, fields: Mapping[str, Any]) -> None:
        unknown = sorted(set(fields) - FIELDS)
        if unknown:
            raise ValueError(f"unknown field(s) {', '.join(unknown)}; known: {', '.join(sorted(FIELDS))}")
        self.raw = fields

    def s(self, key: str) -> str:
        value = self.raw.get(key)
        return "" if value is None else str(value).strip()

    def items(self, key: str) -> list[Any]:
        value = self.raw.get(key)
        if value is None or value == "":
            return []
        if isinstance(value, str | bytes):
            return [value]
        return list(value)

    def date(self, key: str = "date") -> date | None:
        return _as_date(self.raw.get(key))

    def datetime(self, key: str) -> datetime | None:
        return _as_datetime(self.raw.get(key))

    def day(self, key: str = "date") -> str:
        """A date in the body (Arabic numerals)."""
        d = self.date(key)
        return arabic_date(d) if d else ""

    def signed_day(self) -> str:
        """The date of the signature block: Chinese numerals unless date_style is "arabic"."""
        d = self.date()
        if d is None:
            return ""
        return arabic_date(d) if self.s("date_style") == "arabic" else chinese_date(d)

    @property
    def seal(self) -> bool:
        return self.raw.get("seal") is not False

    @property
    def individual(self) -> bool:
        kind = self.s("party_kind")
        if kind:
            return kind == "individual"
        return bool(self.s("id_number")) and not self.s("credit_code")

    @property
    def you(self) -> str:
        return "你" if self.individual else "你单位"

    def officers(self) -> list[tuple[str, str]]:
        out = []
        for o in self.items("officers"):
            if isinstance(o, Mapping):
                out.append((str(o.get("name", "")), str(o.get("certificate") or "")))
            elif isinstance(o, str):
                out.append((o, ""))
            else:
                out.append((str(o[0]), str(o[1]) if len(o) > 1 and o[1] else ""))
        return out

    def officer_names(self) -> str:
        return "、".join(name for name, _ in self.officers())

    def officers_with_numbers(self) -> str:
        return "、".join(f"{n}（执法证号：{c}）" if c else n for n, c in self.officers())

    def basis(self, key: str = "basis") -> str:
        return "、".join(full_width_brackets(str(b)) for b in self.items(key))

    def fine(self) -> str:
        value = self.raw.get("fine")
        return "" if value is None or value == "" else "罚款" + money(Decimal(str(value)))

    def penalties(self) -> list[str]:
        out = [self.fine()] if self.fine() else []
        return out + [str(p) for p in self.items("penalty")]

    def rights(self) -> list[str]:
        """陈述 申辩 听证 复议 诉讼 (English words too; a string may list several: "statement defence")."""
        words = [w for r in self.items("rights") for w in re.split(r"[\s,，、]+", str(r)) if w]
        return [_RIGHT_ALIASES.get(w, w) for w in words]

    def county(self) -> str:
        """城西县 of 城西县应急管理局 / 城西县河塘镇人民政府."""
        m = re.match(r"^(.+?[县区市旗])", self.s("organ"))
        return m.group(1) if m else ""

    def measure_kind(self, default: str = "扣押") -> str:
        return self.s("measure_kind") or ("查封" if "查封" in self.s("title") else default)

    def rows(self, key: str) -> list[list[str]]:
        """items as table rows [序号, 名称, 数量, 备注]."""
        rows = []
        for i, item in enumerate(self.items(key), 1):
            if isinstance(item, Mapping):
                cells = [item.get("name", ""), item.get("quantity", ""), item.get("note", "")]
            elif isinstance(item, str):
                cells = [item, "", ""]
            else:
                cells = [*list(item), "", ""][:3]
            rows.append([str(i), *(str(c or "") for c in cells)])
        return rows

    def items_inline(self) -> str:
        return "、".join(f"{r[1]}{r[2]}" for r in self.rows("items"))


# ====================================================================== layout

_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9.,:%/_\-]*|_+|.", re.S)
_NO_START = set("，。、；：？！）》」』〕】”’…,.;:?!)%")
_NO_END = set("（《「『〔【“‘(")


def _width(text: str, size: float) -> float:
    _font()
    return float(pdfmetrics.stringWidth(text, FONT, size))


def wrap(text: str, width: float, size: float, indent: float = 0.0) -> list[tuple[str, bool]]:
    """Break ``text`` into lines of at most ``width`` (the first one indented by ``indent``). Closing
    punctuation hangs at the line's end rather than opening a line; opening brackets move to the next
    line; runs of digits and Latin letters stay together. Returns (line, ends_paragraph) pairs."""
    lines: list[tuple[str, bool]] = []
    for segment in text.split("\n"):
        line = ""
        for token in _TOKEN.findall(segment):
            avail = width - (indent if not lines else 0.0)
            if not line or token[0] in _NO_START or _width(line + token, size) <= avail:
                if not line and _width(token, size) > avail:  # a run longer than the line: cut it
                    for ch in token:
                        if line and _width(line + ch, size) > width - (indent if not lines else 0.0):
                            lines.append((line, False))
                            line = ""
                        line += ch
                    continue
                line += token
                continue
            carry = ""
            while len(line) > 1 and line[-1] in _NO_END:
                line, carry = line[:-1], line[-1] + carry
            lines.append((line, False))
            line = carry + token
        lines.append((line, True))
    return lines


@dataclass(frozen=True)
class _Text:
    x: float
    y: float  # baseline
    text: str
    size: float
    space: float = 0.0  # extra character spacing (justified lines)


@dataclass(frozen=True)
class _Rule:
    x1: float
    y1: float
    x2: float
    y2: float


@dataclass(frozen=True)
class _Seal:
    x: float
    y: float


_Op = _Text | _Rule | _Seal


class _Doc:
    """Lays a document out top to bottom, breaking pages; footers are added by :meth:`pages_out`."""

    def __init__(self, title: str, foot_sign: str = "") -> None:
        self.title = title
        self.foot_sign = foot_sign  # a signature line printed at the foot of every page (records)
        self.pages: list[list[_Op]] = [[]]
        self.y = PAGE_H - TOP

    @property
    def bottom(self) -> float:
        return BOTTOM + (LEADING if self.foot_sign else 0.0)

    def new_page(self) -> None:
        self.pages.append([])
        self.y = PAGE_H - TOP

    def keep(self, height: float) -> None:
        if self.y - height < self.bottom and self.pages[-1]:
            self.new_page()

    def gap(self, height: float = LEADING / 2) -> None:
        self.y -= height

    def _line(self, text: str, x: float, size: float, leading: float, space: float = 0.0) -> None:
        self.keep(leading)
        self.pages[-1].append(_Text(x, self.y - leading / 2 - 0.36 * size, text, size, space))
        self.y -= leading

    def centre(self, text: str, size: float = BODY, leading: float | None = None) -> None:
        for line, _ in wrap(text, TEXT_W, size):
            self._line(line, LEFT + (TEXT_W - _width(line, size)) / 2, size, leading or size * 1.7)

    def right(self, text: str, size: float = BODY, margin: float = 0.0) -> None:
        for line, _ in wrap(text, TEXT_W - margin, size):
            self._line(line, PAGE_W - RIGHT - margin - _width(line, size), size, LEADING)

    def para(self, text: str, indent: bool = True, size: float = BODY) -> None:
        """A paragraph: first line indented two characters, justified lines, the last one ragged."""
        if not text:
            return
        first = 2 * size if indent else 0.0
        for i, (line, last) in enumerate(wrap(text, TEXT_W, size, first)):
            x = LEFT + (first if i == 0 else 0.0)
            slack = PAGE_W - RIGHT - x - _width(line, size)
            space = slack / (len(line) - 1) if not last and len(line) > 1 and slack > 0 else 0.0
            space = space if space <= 0.06 * size else 0.0  # a wider gap would read as a word space
            self._line(line, x, size, LEADING, space)

    def fields(self, items: Iterable[Field]) -> None:
        for f in items:
            if f.value:
                self.para(str(f), indent=False)

    def table(self, widths: Sequence[float], rows: Sequence[Sequence[str]], header: bool = False) -> None:
        """A ruled table; a row too tall for the rest of the page continues on the next one."""
        scale = TEXT_W / sum(widths)
        cols = [w * scale for w in widths]
        xs = [LEFT + sum(cols[:i]) for i in range(len(cols) + 1)]
        for r, row in enumerate(rows):
            centred = header and r == 0
            cells = [[line for line, _ in wrap(str(c), w - 2 * CELL_PAD, CELL)] for c, w in zip(row, cols, strict=True)]
            while cells:
                room = int((self.y - self.bottom - 2 * CELL_PAD) // CELL_LEADING)
                need = max(len(c) for c in cells)
                if room < min(need, 2) and self.pages[-1]:
                    self.new_page()
                    continue
                take = min(need, max(room, 1))
                top = self.y
                height = take * CELL_LEADING + 2 * CELL_PAD
                for i, lines in enumerate(cells):
                    for k, line in enumerate(lines[:take]):
                        x = xs[i] + CELL_PAD
                        if centred or (len(cols) > 2 and i == 0):
                            x = xs[i] + (cols[i] - _width(line, CELL)) / 2
                        y = top - CELL_PAD - k * CELL_LEADING - CELL_LEADING / 2 - 0.36 * CELL
                        self.pages[-1].append(_Text(x, y, line, CELL))
                bottom = top - height
                page = self.pages[-1]
                page += [_Rule(xs[0], top, xs[-1], top), _Rule(xs[0], bottom, xs[-1], bottom)]
                page += [_Rule(x, top, x, bottom) for x in xs]
                self.y = bottom
                cells = [c[take:] for c in cells]
                if all(not c for c in cells):
                    break
                self.new_page()

    def label_table(self, rows: Sequence[Sequence[str]]) -> None:
        """A form of label | value rows, the label column as wide as its longest label."""
        label = max((_width(r[0], CELL) for r in rows), default=0.0) + 2 * CELL_PAD + 1
        label = min(max(label, 5 * CELL + 2 * CELL_PAD), 0.4 * TEXT_W)
        self.table([label, TEXT_W - label], rows)

    def sign_lines(self, labels: Iterable[str]) -> None:
        labels = list(labels)
        if labels:
            self.gap()
        for label in labels:
            label = str(label)
            suffix = "" if label.endswith(("签名", "签字", "签章")) else "签名"
            self.para(f"{label}{suffix}：______________    日期：__________", indent=False)

    def signature(self, name: str, day: str, seal: bool, mark: str = "（印章）") -> None:
        """The signing block at the right: issuing body (with seal marker) over the date."""
        if not name and not day:
            return
        self.keep(3.5 * LEADING)
        self.gap(LEADING)
        label = name + (mark if seal and name else "")
        width = max(_width(day, BODY), _width(label, BODY))
        centre = max(PAGE_W - RIGHT - 2 * BODY - width / 2, LEFT + width / 2)
        top = self.y
        if label:
            self._line(label, centre - _width(label, BODY) / 2, BODY, LEADING)
        if day:
            self._line(day, centre - _width(day, BODY) / 2, BODY, LEADING)
        if seal and name:
            self.pages[-1].append(_Seal(centre - _width(label, BODY) / 2 + _width(name, BODY) / 2, top - LEADING))

    def pages_out(self) -> list[list[_Op]]:
        total = len(self.pages)
        out = []
        for n, page in enumerate(self.pages, 1):
            ops = list(page)
            if self.foot_sign:
                text = f"{self.foot_sign}签名：______________"
                ops.append(_Text(PAGE_W - RIGHT - _width(text, CELL), BOTTOM - 10, text, CELL))
            foot = f"第 {n} 页 共 {total} 页"
            ops.append(_Text((PAGE_W - _width(foot, 10.5)) / 2, BOTTOM - 38, foot, 10.5))
            out.append(ops)
        return out


# ====================================================================== shared blocks

def _head(doc: _Doc, f: _F, *, number_is_case: bool = True, case_line: bool = True,
          organ: bool = True) -> None:
    """Issuing body, title, 文号 (or the case number) and, when both are given, 案号."""
    if organ and f.s("organ"):
        doc.centre(f.s("organ"), 18, 30)
    doc.centre(doc.title, 22, 40)
    number = f.s("doc_number") or (f.s("case_number") if number_is_case else "")
    if number:
        doc.right(number)
    if case_line and f.s("case_number") and f.s("case_number") != number:
        doc.right(f"案号：{f.s('case_number')}", CELL)
    doc.gap(LEADING / 3)


def _party_fields(f: _F, label: str = "当事人") -> list[Field]:
    if f.individual:
        return [Field(label, f.s("party_name")), Field("身份证号码", f.s("id_number")), Field("住址", f.s("address")),
                Field("联系电话", f.s("phone"))]
    return [Field(label, f.s("party_name")), Field("统一社会信用代码", f.s("credit_code")), Field("住所", f.s("address")),
            Field("法定代表人（负责人）", f.s("legal_rep")), Field("联系电话", f.s("phone"))]


def _party_cell(f: _F) -> str:
    return "\n".join(str(x) for x in _party_fields(f, "名称" if not f.individual else "姓名") if x.value)


def _addressee(doc: _Doc, f: _F) -> None:
    if f.s("party_name"):
        doc.para(f.s("party_name") + "：", indent=False)


def _facts(doc: _Doc, f: _F) -> None:
    facts = f.s("facts")
    if facts:
        doc.para(facts if facts.startswith(("经", "本机关", "本局")) else "经查，" + facts)


def _evidence(doc: _Doc, f: _F, lead: str = "上述事实，有下列证据证明：") -> None:
    evidence = f.items("evidence")
    if not evidence:
        return
    doc.keep(2 * LEADING)
    doc.para(lead)
    for i, e in enumerate(evidence, 1):
        doc.para(f"{i}. {str(e).rstrip('；;。')}{'。' if i == len(evidence) else '；'}")


def _reasoning(doc: _Doc, f: _F, who: str = "当事人", lead: str = "") -> None:
    """违反…的规定，依据…的规定，依法应处…；裁量理由; then ``lead`` (决定/拟对…作出如下行政处罚：) and the
    numbered penalties. With neither a range sentence nor a discretion text the lead ends the reasoning's
    sentence: 依据…的规定，决定对当事人作出如下行政处罚：."""
    parts = []
    if f.items("violated"):
        parts.append(f"本机关认为，{who}的上述行为违反了{f.basis('violated')}的规定")
    if f.items("basis"):
        parts.append(f"依据{f.basis()}的规定")
    if f.s("law_range_sentence"):
        parts.append(f.s("law_range_sentence").rstrip("。"))
    penalties = f.penalties()
    if lead and penalties and parts and not f.s("law_range_sentence") and not f.s("discretion"):
        doc.keep(3 * LEADING)
        doc.para("，".join([*parts, lead.removeprefix("本机关")]))
    else:
        if parts:
            doc.para("，".join(parts) + "。")
        if f.s("discretion"):
            doc.para(f.s("discretion"))
        if lead and penalties:
            doc.keep(2 * LEADING)
            doc.para(lead)
    if lead:
        _penalties(doc, f)


def _problems(doc: _Doc, f: _F, lead: str) -> None:
    problems = f.items("problems")
    if problems:
        doc.keep(2 * LEADING)
        doc.para(lead)
    for i, p in enumerate(problems, 1):
        doc.para(f"{i}. {str(p).rstrip('。；;')}{'。' if i == len(problems) else '；'}")


def _penalties(doc: _Doc, f: _F) -> None:
    """The penalties, numbered when there are several: 1. 罚款人民币…；2. 警告。"""
    penalties = f.penalties()
    for i, p in enumerate(penalties, 1):
        p = p.rstrip("；;。")
        doc.para(f"{i}. {p}{'。' if i == len(penalties) else '；'}" if len(penalties) > 1 else p + "。")


def _payment(doc: _Doc, f: _F) -> None:
    payment = f.raw.get("payment")
    if not payment:
        return
    how = "到指定银行或者通过电子支付系统缴纳罚款" if payment is True else str(payment).rstrip("。")
    doc.para(f"当事人应当自收到本决定书之日起十五日内，{how}。到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款，"
             "加处罚款的数额不得超出罚款的数额。")


def _rights(doc: _Doc, f: _F, document: str, *, law: str = "", hearing_law: str = "",
            subject: str = "本决定", who: str = "") -> None:
    """The rights sentences, each with its time limit, for the rights the caller lists; ``who`` is the
    party as the document names it (你单位 / 你 when addressed to the party, else 当事人)."""
    rights = f.rights()
    you = who or f.you
    said = [r for r in ("陈述", "申辩") if r in rights]
    if said:
        what = "、".join(said)
        doc.para(f"{law}{you}依法享有{what}的权利。如需{what}，应当在收到本{document}之日起"
                 f"{f.s('statement_period') or '五个工作日'}内向本机关提出，逾期未提出的，视为放弃{what}权利。")
    if "听证" in rights:
        doc.para(f"{hearing_law}{you}有权要求听证。如要求听证，应当在收到本{document}之日起"
                 f"{f.s('hearing_period') or '五个工作日'}内提出，逾期未提出的，视为放弃听证权利。")
    body = f.s("reconsideration_body") or (f.county() + "人民政府" if f.county() else "上一级行政机关")
    court = f.s("court") or (f.county() + "人民法院" if f.county() else "有管辖权的人民法院")
    review = f"可以在收到本{document}之日起六十日内向{body}申请行政复议"
    if "复议" in rights and "诉讼" in rights:
        remedy = f"{review}，或者在六个月内依法向{court}提起行政诉讼"
    elif "复议" in rights:
        remedy = review
    elif "诉讼" in rights:
        remedy = f"可以在收到本{document}之日起六个月内依法向{court}提起行政诉讼"
    else:
        return
    doc.para(f"{you}如不服{subject}，{remedy}。申请行政复议或者提起行政诉讼期间，{subject}不停止执行，法律另有规定的除外。")


def _tail(doc: _Doc, f: _F, *, name: str | None = None, mark: str = "（印章）") -> None:
    for p in f.items("extra_paragraphs"):
        doc.para(str(p))
    doc.sign_lines(f.items("signatures"))
    doc.signature(f.s("organ") if name is None else name, f.signed_day(), f.seal, mark)


def _record_head(doc: _Doc, f: _F, what: str, who: str) -> None:
    """Title, time, place, officers (with certificate numbers) and recorder of a 笔录."""
    _head(doc, f, number_is_case=False)
    start = f.datetime("start")
    recorder = f.s("recorder") or (f.officers()[-1][0] if f.officers() else "")
    doc.fields([Field(f"{what}时间", period_text(start, f.datetime("end")) if start else ""),
                Field(f"{what}地点", f.s("place")), Field(who, f.officers_with_numbers()), Field("记录人", recorder)])


def _identified(doc: _Doc, f: _F, action: str) -> None:
    """执法人员出示证件、表明身份、告知回避权利."""
    names = f.officer_names()
    if names:
        doc.para(f"执法人员{names}向{'当事人' if f.individual else '被检查人'}出示了行政执法证件，表明了身份，"
                 f"{action}，并告知其认为执法人员与本案有直接利害关系的，有权申请回避。对方表示不申请回避。")


def _qa(doc: _Doc, f: _F) -> None:
    for q, a in f.items("qa"):
        doc.para(f"问：{q}", indent=False)
        doc.para(f"答：{a}", indent=False)


def _minutes(doc: _Doc, f: _F) -> None:
    for speaker, words in f.items("minutes"):
        doc.para(f"{speaker}：{words}", indent=False)


def _items_table(doc: _Doc, f: _F, name: str = "名称") -> None:
    rows = f.rows("items")
    if rows:
        doc.gap(LEADING / 3)
        doc.table([1, 5, 3, 3], [["序号", name, "数量", "备注"], *rows], header=True)


def _approval_rows(f: _F, opinion: str, approval: str) -> list[list[str]]:
    """承办人意见 / 负责人审批意见 rows of an internal approval form."""
    day = f.signed_day()
    rows = []
    if f.officers() or f.s("opinion"):
        rows.append(["承办人意见", "\n".join(x for x in (f.s("opinion") or opinion,
                                                     f"承办人：{f.officer_names()}" if f.officers() else "", day) if x)])
    if f.s("approver") or f.s("approval_opinion"):
        rows.append(["负责人审批意见", "\n".join(x for x in (f.s("approval_opinion") or approval,
                                                       f"负责人：{f.s('approver')}" if f.s("approver") else "", day) if x)])
    return rows


def _form(doc: _Doc, f: _F, rows: Sequence[tuple[str, str]], opinion: str, approval: str) -> None:
    _head(doc, f, number_is_case=False, case_line=False)
    table = [[label, value] for label, value in rows if value]
    doc.label_table(table + _approval_rows(f, opinion, approval))
    for p in f.items("extra_paragraphs"):
        doc.para(str(p))
    doc.sign_lines(f.items("signatures"))


# ====================================================================== templates: internal forms

def filing_approval(doc: _Doc, f: _F) -> None:
    _form(doc, f,
          [("案号", f.s("case_number")), ("案件来源", f.s("source")), ("案由", f.s("cause")), ("当事人", _party_cell(f)),
           ("简要案情", f.s("facts")), ("立案依据", f.basis("violated") or f.basis())],
          "经初步核查，当事人涉嫌违法，符合立案条件，建议立案调查。", "同意立案。")


def inspection_approval(doc: _Doc, f: _F) -> None:
    start = f.datetime("start")
    _form(doc, f,
          [("编号", f.s("case_number")), ("检查对象", _party_cell(f)), ("检查事项", f.s("cause")), ("检查依据", f.basis()),
           ("检查事由", f.s("facts")), ("检查时间", period_text(start, f.datetime("end")) if start else ""),
           ("检查人员", f.officers_with_numbers())],
          "拟按计划实施检查，请审批。", "同意。")


def approval_form(doc: _Doc, f: _F) -> None:
    kind = f.measure_kind()
    period = f.raw.get("measure_period")
    _form(doc, f,
          [("案号", f.s("case_number")), ("当事人", _party_cell(f)), ("案由", f.s("cause")), ("事实和理由", f.s("facts")),
           ("法律依据", f.basis()), ("拟采取的措施", f.s("measure") or kind), ("涉及的场所、设施或者财物", f.items_inline()),
           ("期限", f"{_cn_number(int(period))}日" if period else "")],
          f"建议依法对涉案财物实施{kind}。", f"同意实施{kind}。")


def closing_report(doc: _Doc, f: _F) -> None:
    outcome = "；".join(f.penalties())
    if outcome and f.s("doc_number"):
        outcome = f"《行政处罚决定书》（{f.s('doc_number')}）：{outcome}"
    _form(doc, f,
          [("案号", f.s("case_number")), ("案由", f.s("cause")), ("当事人", _party_cell(f)), ("处理结果", outcome),
           ("执行情况", f.s("facts"))],
          "本案已执行完毕，建议结案。", "同意结案。")


def legal_review_opinion(doc: _Doc, f: _F) -> None:
    reviewer = f.raw.get("reviewer")
    if isinstance(reviewer, tuple | list):
        reviewer = f"{reviewer[0]}（法律职业资格证书编号：{reviewer[1]}）"
    opinion = f.s("review_opinion") or ("经审核，本案执法主体合法，在法定职权范围内；事实清楚，证据确实充分；适用法律正确；"
                                        "程序合法；拟作出的处理决定裁量适当。同意承办机构的处理意见。")
    _head(doc, f, number_is_case=False, case_line=False)
    rows = [["案号", f.s("case_number")], ["案由", f.s("cause")], ["当事人", _party_cell(f)],
            ["承办人", f.officer_names()], ["违法事实", f.s("facts")], ["处罚依据", f.basis()],
            ["拟处理意见", "；".join(f.penalties())], ["审核意见", opinion],
            ["审核人员", "\n".join(x for x in (str(reviewer or ""), f.signed_day()) if x)]]
    doc.label_table([r for r in rows if r[1]])
    _tail(doc, f)


def proof_of_service(doc: _Doc, f: _F) -> None:
    _head(doc, f, number_is_case=False)
    method = f.s("service_method")
    received = "\n".join(x for x in (f.s("recipient"), f.day() if f.s("recipient") else "") if x)
    rows = [["送达文书名称及文号", f.s("served_document")], ["受送达人", f.s("party_name")],
            ["送达地点", f.s("place") or f.s("address")], ["送达方式", _METHODS.get(method, method)],
            ["收件人签名（盖章）", received or " "], ["送达人", f.officer_names()], ["见证人", f.s("witness")],
            ["备注", f.s("note")]]
    doc.label_table([r for r in rows if r[1]])
    _tail(doc, f)


def inventory(doc: _Doc, f: _F) -> None:
    """扣押财物清单 / 查封场所、设施、财物清单."""
    if not f.items("items"):
        raise ValueError("an inventory needs items: [(name, quantity), ...]")
    _head(doc, f, number_is_case=False)
    doc.fields([Field("当事人", f.s("party_name")), Field("决定书文号", f.s("related_document")),
                Field("地点", f.s("place"))])
    _items_table(doc, f)
    if f.s("facts"):
        doc.para(f.s("facts"))
    doc.para("以上物品经当事人核对无误。" if f.items("signatures") else "")
    _tail(doc, f)


# ====================================================================== templates: records (笔录)

def inquiry_record(doc: _Doc, f: _F) -> None:
    _record_head(doc, f, "询问", "询问人")
    interviewee = f.s("interviewee") or (f.s("party_name") if f.individual else f.s("legal_rep"))
    doc.fields([Field("被询问人", interviewee),
                Field("身份证号码", f.s("id_number") if f.individual else ""),
                Field("工作单位及职务", "" if f.individual else " ".join(x for x in (f.s("party_name"),
                                                                                f.s("interviewee_role")) if x)),
                Field("住址" if f.individual else "单位地址", f.s("address")), Field("联系电话", f.s("phone"))])
    organ = f.s("organ") or "本机关"
    if f.officers():
        certs = "、".join(c for _, c in f.officers() if c)
        numbers = f"，执法证号分别为{certs}" if certs else ""
        doc.para(f"问：我们是{organ}的执法人员{f.officer_names()}{numbers}，这是我们的执法证件（出示证件）。"
                 f"现依法{'就' + f.s('cause') + '有关问题' if f.s('cause') else ''}向你进行询问调查，你应当如实回答，"
                 "不得拒绝或者阻挠，作虚假陈述的应当承担相应的法律责任。你认为执法人员与本案有直接利害关系，"
                 "可能影响公正处理的，有权申请回避。你听清楚了吗？是否申请回避？", indent=False)
        doc.para("答：听清楚了，不申请回避。", indent=False)
    _qa(doc, f)
    if f.s("facts"):
        doc.para(f.s("facts"))
    if f.items("signatures"):
        doc.para("以上笔录我已看过，与我所说的相符。", indent=False)
    _tail(doc, f, name="")


def inspection_record(doc: _Doc, f: _F) -> None:
    _record_head(doc, f, "检查", "检查人员")
    doc.fields([*_party_fields(f, "被检查人"), Field("现场负责人", " ".join(
        x for x in (f.s("interviewee"), f.s("interviewee_role")) if x))])
    _identified(doc, f, "说明了检查的依据和内容")
    if f.s("facts"):
        doc.para("检查情况：" + f.s("facts"))
    _evidence(doc, f, "现场采取的取证措施：")
    _qa(doc, f)
    if f.items("signatures"):
        doc.para("以上笔录经被检查人核对无误。")
    _tail(doc, f, name="")


def on_site_record(doc: _Doc, f: _F) -> None:
    _record_head(doc, f, "", "执法人员")
    doc.fields([*_party_fields(f), Field("见证人", f.s("witness"))])
    if f.officers():
        doc.para(f"执法人员{f.officer_names()}出示行政执法证件，通知当事人到场，当场告知当事人采取行政强制措施的理由、"
                 "依据以及当事人依法享有的权利、救济途径，并听取了当事人的陈述和申辩。")
    if f.s("facts"):
        doc.para("现场情况：" + f.s("facts"))
    measure = f.s("measure")
    if measure or f.items("items"):
        kind = f.measure_kind()
        listed = f"，涉及财物：{f.items_inline()}（详见《{kind}财物清单》）" if f.items("items") else ""
        doc.para(f"采取的措施：{measure or '依法实施' + kind}{listed}。")
    _qa(doc, f)
    if f.items("signatures"):
        doc.para("以上笔录经当事人核对无误。")
    _tail(doc, f, name="")


def statement_record(doc: _Doc, f: _F) -> None:
    _record_head(doc, f, "", "承办人")
    doc.fields([*_party_fields(f, "陈述申辩人"), Field("委托代理人", f.s("interviewee"))])
    if f.s("related_document"):
        doc.para(f"当事人收到{f.s('related_document')}后，在法定期限内提出陈述、申辩，现记录如下：")
    _qa(doc, f)
    if f.s("facts"):
        doc.para("陈述申辩内容：" + f.s("facts"))
    if f.s("review_opinion"):
        doc.para("复核意见：" + f.s("review_opinion"))
    _tail(doc, f, name="")


def hearing_record(doc: _Doc, f: _F) -> None:
    _record_head(doc, f, "听证", "案件调查人员")
    doc.fields([Field("听证主持人", f.s("host")), Field("听证员", "、".join(map(str, f.items("attendees")))),
                *_party_fields(f), Field("委托代理人", f.s("interviewee"))])
    doc.para("主持人宣布听证纪律，核对听证参加人身份，告知当事人在听证中的权利和义务，询问当事人是否申请回避。当事人表示不申请回避。")
    _minutes(doc, f)
    _qa(doc, f)
    if f.s("conclusion"):
        doc.para("听证意见：" + f.s("conclusion"))
    _tail(doc, f, name="")


def execution_record(doc: _Doc, f: _F) -> None:
    _record_head(doc, f, "执行", "执法人员")
    doc.fields([*_party_fields(f), Field("见证人", f.s("witness"))])
    if f.officers():
        doc.para(f"执法人员{f.officer_names()}出示行政执法证件，"
                 + (f"向当事人宣读了{f.s('related_document')}，" if f.s("related_document") else "")
                 + "告知当事人强制执行的依据、方式和当事人依法享有的权利。")
    if f.s("facts"):
        doc.para("执行情况：" + f.s("facts"))
    _items_table(doc, f, "物品名称")
    _qa(doc, f)
    if f.items("signatures"):
        doc.para("以上笔录经当事人（见证人）核对无误。")
    _tail(doc, f, name="")


def sampling_record(doc: _Doc, f: _F) -> None:
    _record_head(doc, f, "采样", "采样人员")
    doc.fields(_party_fields(f, "被采样单位"))
    if f.s("facts"):
        doc.para(f.s("facts"))
    _items_table(doc, f, "样品名称")
    _tail(doc, f, name="")


def monitoring_record(doc: _Doc, f: _F) -> None:
    """电子技术监控记录 (format 1.2; 行政处罚法 Art 41): what the device recorded, with the organ's review of the
    record (para 2: 未经审核的，不得作为行政处罚的证据)."""
    _head(doc, f, number_is_case=False)
    start = f.datetime("start")
    reviewer = f.s("reviewer")
    rows = [["被监控单位", _party_cell(f)], ["监控设备", f.s("measure")], ["设置地点", f.s("place")],
            ["记录时间", period_text(start, f.datetime("end")) if start else ""], ["记录的违法事实", f.s("facts")],
            ["备注", f.s("note")]]
    doc.label_table([r for r in rows if r[1]])
    data = f.rows("items")
    if data:
        doc.gap(LEADING / 3)
        doc.table([1, 5, 3, 3], [["序号", "监测项目", "监测值", "备注"], *data], header=True)
    if f.s("review_opinion") or reviewer:
        doc.label_table([["审核意见", "\n".join(x for x in (f.s("review_opinion"), f"审核人：{reviewer}" if reviewer else "",
                                                           f.day("related_date")) if x)]])
    _tail(doc, f, name="")


def collective_deliberation_minutes(doc: _Doc, f: _F) -> None:
    _record_head(doc, f, "讨论", "汇报人")
    doc.fields([Field("主持人", f.s("host")), Field("参加人员", "、".join(map(str, f.items("attendees")))),
                Field("案由", f.s("cause")), Field("当事人", f.s("party_name"))])
    if f.s("facts"):
        doc.para("案情汇报：" + f.s("facts"))
    _minutes(doc, f)
    if f.s("conclusion"):
        doc.para("讨论决定：" + f.s("conclusion"))
    _tail(doc, f, name="")


# ====================================================================== templates: documents to the party

def advance_notice(doc: _Doc, f: _F) -> None:
    _head(doc, f)
    _addressee(doc, f)
    _facts(doc, f)
    _evidence(doc, f, "以上事实，有下列证据证明：")
    _reasoning(doc, f, f.you, f"本机关拟对{f.you}作出如下行政处罚：")
    _rights(doc, f, "告知书", law="根据《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，",
            hearing_law="根据《中华人民共和国行政处罚法》第六十三条、第六十四条的规定，", subject="本告知")
    if f.s("phone") or f.s("place"):
        doc.para("联系地址：" + f.s("place") + ("　联系电话：" + f.s("phone") if f.s("phone") else ""), indent=False)
    _tail(doc, f)


def punishment_decision(doc: _Doc, f: _F) -> None:
    _head(doc, f)
    doc.fields(_party_fields(f))
    if f.s("cause"):
        doc.para(f"当事人{f.s('cause')}一案，本机关依法进行了调查，现已调查终结。")
    _facts(doc, f)
    _evidence(doc, f)
    _reasoning(doc, f, lead="本机关决定对当事人作出如下行政处罚：")
    _payment(doc, f)
    _rights(doc, f, "决定书", subject="本行政处罚决定", who="当事人")
    if {"复议", "诉讼"} & set(f.rights()):
        doc.para("逾期不申请行政复议，不提起行政诉讼，又不履行本行政处罚决定的，本机关将依法申请人民法院强制执行。")
    _tail(doc, f)


def _measure_decision(doc: _Doc, f: _F, kind: str) -> None:
    _head(doc, f)
    doc.fields(_party_fields(f))
    _facts(doc, f)
    what = "场所、设施或者财物" if kind == "查封" else "财物"
    inline = f"：{f.items_inline()}（详见《{kind}{what if kind == '扣押' else '场所、设施、财物'}清单》）" if f.items("items") else ""
    lead = f"依据{f.basis()}的规定，" if f.items("basis") else ""
    doc.para(f"{lead}本机关决定对{f.you}的下列{what}实施{kind}{inline}。")
    period, start, end = f.raw.get("measure_period"), f.day(), f.day("deadline")
    if period:
        span = f"，自{start}起至{end}止" if start and end else ""
        doc.para(f"{kind}期限为{_cn_number(int(period))}日{span}。{kind}期间，{f.you}不得擅自转移、隐匿、损毁、变卖"
                 f"被{kind}的{what}。")
    if f.s("measure"):
        doc.para(f.s("measure"))
    _rights(doc, f, "决定书", law="根据《中华人民共和国行政强制法》第八条、第十八条的规定，", who="当事人")
    _tail(doc, f)


def seizure_decision(doc: _Doc, f: _F) -> None:
    _measure_decision(doc, f, f.measure_kind())


def seal_up_decision(doc: _Doc, f: _F) -> None:
    _measure_decision(doc, f, f.measure_kind("查封"))


def release_decision(doc: _Doc, f: _F) -> None:
    kind = f.measure_kind()
    _head(doc, f)
    _addressee(doc, f)
    if f.s("related_document"):
        when = f"于{f.day('related_date')}" if f.date("related_date") else ""
        doc.para(f"本机关{when}依据{f.s('related_document')}对{f.you}的有关财物实施了{kind}。")
    _facts(doc, f)
    lead = f"依据{f.basis()}的规定，" if f.items("basis") else "根据《中华人民共和国行政强制法》第二十八条的规定，"
    listed = f"：{f.items_inline()}" if f.items("items") else ""
    doc.para(f"{lead}本机关决定解除对下列财物的{kind}{listed}。")
    if f.date("deadline"):
        doc.para(f"请{f.you}于{f.day('deadline')}前持本决定书{('到' + f.s('place')) if f.s('place') else ''}领取被{kind}的财物。")
    _rights(doc, f, "决定书")
    _tail(doc, f)


def demand_notice(doc: _Doc, f: _F) -> None:
    _head(doc, f)
    _addressee(doc, f)
    if f.s("related_document"):
        when = f"于{f.day('related_date')}" if f.date("related_date") else ""
        doc.para(f"本机关{when}对{f.you}作出{f.s('related_document')}，并已依法送达。")
    _facts(doc, f)
    deadline = f"于{f.day('deadline')}前" if f.date("deadline") else "自收到本催告书之日起十日内"
    duties = "；".join("缴纳" + p if p.startswith("罚款") else p for p in f.penalties())
    if duties or f.s("measure"):
        doc.para(f"根据《中华人民共和国行政强制法》第三十五条的规定，现催告{f.you}{deadline}履行下列义务：{duties or f.s('measure')}。")
    if f.raw.get("payment"):
        payment = f.raw["payment"]
        doc.para("履行方式：" + ("到指定银行或者通过电子支付系统缴纳" if payment is True else str(payment).rstrip("。")) + "。")
    _rights(doc, f, "催告书", law="根据《中华人民共和国行政强制法》第三十六条的规定，", subject="本催告")
    if f.s("conclusion"):
        doc.para(f.s("conclusion"))
    _tail(doc, f)


def deposit_transfer_notice(doc: _Doc, f: _F) -> None:
    """划拨存款、汇款通知书 to the bank (format 1.2; 行政强制法 Art 47 para 1: 「划拨存款、汇款应当由法律规定的行政机关
    决定，并书面通知金融机构。」)."""
    _head(doc, f)
    if f.s("recipient"):
        doc.para(f.s("recipient") + "：", indent=False)
    if f.s("related_document"):
        when = f"于{f.day('related_date')}" if f.date("related_date") else ""
        doc.para(f"本机关{when}对{f.s('party_name') or '当事人'}作出{f.s('related_document')}，并已依法送达。")
    _facts(doc, f)
    doc.fields(_party_fields(f, "存款人"))
    lead = f"依据{f.basis()}的规定，" if f.items("basis") else "根据《中华人民共和国行政强制法》第四十七条第一款的规定，"
    account = f"从其在你行开立的{f.s('measure')}中" if f.s("measure") else "从其在你行开立的账户中"
    amount = "、".join(f.penalties()) or "应缴款项"
    doc.para(f"{lead}请你行{account}划拨{amount}，缴入国库。")
    _tail(doc, f)


def execution_decision(doc: _Doc, f: _F) -> None:
    _head(doc, f)
    doc.fields(_party_fields(f))
    if f.s("related_document"):
        when = f"于{f.day('related_date')}" if f.date("related_date") else ""
        doc.para(f"本机关{when}对{f.you}作出{f.s('related_document')}。")
    _facts(doc, f)
    lead = f"依据{f.basis()}的规定，" if f.items("basis") else "依据《中华人民共和国行政强制法》第三十七条的规定，"
    when = f"于{f.day('deadline')}" if f.date("deadline") else ""
    start = f.datetime("start")
    if start is not None:
        when = f"于{arabic_date(start.date())}{_clock(start)}起"
    doc.para(f"{lead}本机关决定{when}依法强制执行{('：' + f.s('measure')) if f.s('measure') else ''}。")
    for p in f.penalties():
        doc.para(f"强制执行内容：{p}。")
    _rights(doc, f, "决定书")
    _tail(doc, f)


def inspection_result_notice(doc: _Doc, f: _F) -> None:
    _head(doc, f)
    _addressee(doc, f)
    start = f.datetime("start")
    when = f"于{arabic_date(start.date())}" if start else ""
    doc.para(f"本机关{when}依法对{f.you}进行了{f.s('cause') or '行政检查'}，现将检查结果告知如下：")
    if f.s("facts"):
        doc.para(f.s("facts"))
    _problems(doc, f, "检查发现的问题：")
    if f.s("note"):
        doc.para(f.s("note"))
    _rights(doc, f, "告知书", subject="检查结果")
    _tail(doc, f)


def rectification_order(doc: _Doc, f: _F) -> None:
    _head(doc, f)
    _addressee(doc, f)
    _problems(doc, f, f"经查，{f.you}存在下列问题：")
    _facts(doc, f)
    lead = f"依据{f.basis()}的规定，" if f.items("basis") else ""
    deadline = f"于{f.day('deadline')}前" if f.date("deadline") else "立即"
    doc.para(f"{lead}现责令{f.you}{deadline}{f.s('measure') or '将上述问题整改完毕'}。整改期间，{f.you}应当采取措施，确保安全。"
             "本机关将对整改情况进行复查。")
    _rights(doc, f, "指令书")
    _tail(doc, f)


def follow_up_record(doc: _Doc, f: _F) -> None:
    _head(doc, f)
    _addressee(doc, f)
    if f.s("related_document"):
        when = f"于{f.day('related_date')}" if f.date("related_date") else ""
        doc.para(f"本机关{when}对{f.you}作出{f.s('related_document')}，责令{f.you}限期整改。")
    names = f.officer_names()
    if names or f.date():
        doc.para(f"{f.day()}，本机关执法人员{names}对整改情况进行了复查，复查意见如下：")
    if f.s("review_opinion"):
        doc.para(f.s("review_opinion"))
    _facts(doc, f)
    _tail(doc, f)


def hearing_notice(doc: _Doc, f: _F) -> None:
    _head(doc, f)
    _addressee(doc, f)
    start = f.datetime("start")
    when = f"定于{arabic_date(start.date())}{_clock(start)}" if start else ""
    place = f"在{f.s('place')}" if f.s("place") else ""
    doc.para(f"根据{f.you}的申请，本机关{when}{place}就{f.you}{f.s('cause') or ''}一案举行听证。")
    if f.s("host"):
        doc.para(f"本次听证由{f.s('host')}担任主持人" + (f"，{f.s('recorder')}担任记录员" if f.s("recorder") else "") + "。")
    doc.para(f"{f.you}可以亲自参加听证，也可以委托一至二人代理，委托代理人参加听证的，应当提交授权委托书。"
             f"{f.you}认为主持人与本案有直接利害关系的，有权申请回避。无正当理由拒不出席听证或者未经许可中途退出听证的，"
             "视为放弃听证权利。")
    _tail(doc, f)


def hearing_request(doc: _Doc, f: _F) -> None:
    _head(doc, f, number_is_case=False, organ=False)
    doc.fields(_party_fields(f, "申请人"))
    got = f"于{f.day('related_date')}" if f.date("related_date") else ""
    doc.para(f"申请人{got}收到{f.s('related_document') or '贵机关送达的行政处罚告知书'}，对拟作出的行政处罚有异议。"
             "根据《中华人民共和国行政处罚法》第六十三条、第六十四条的规定，特申请举行听证。")
    if f.s("facts"):
        doc.para("申请理由：" + f.s("facts"))
    doc.para("此致", indent=True)
    doc.para(f.s("organ"), indent=False)
    signer = f"申请人：{f.s('party_name')}" if f.s("party_name") else ""
    for p in f.items("extra_paragraphs"):
        doc.para(str(p))
    doc.sign_lines(f.items("signatures"))
    doc.signature(signer, f.signed_day(), f.seal and not f.individual, "（盖章）")


def announcement(doc: _Doc, f: _F) -> None:
    _head(doc, f)
    _facts(doc, f)
    lead = f"依据{f.basis()}的规定，" if f.items("basis") else ""
    who = f.s("party_name") or "当事人"
    if f.date("deadline") or f.s("measure"):
        deadline = f"于{f.day('deadline')}前" if f.date("deadline") else ""
        doc.para(f"{lead}限{who}{deadline}{f.s('measure') or '自行履行上述义务'}。逾期不履行的，本机关将依法强制执行。")
    _rights(doc, f, "公告", subject="本公告")
    doc.para("特此公告。")
    _tail(doc, f)


def investigation_report(doc: _Doc, f: _F) -> None:
    _head(doc, f, number_is_case=False)
    doc.fields([Field("案由", f.s("cause"))])
    source = "".join(x for x in (f"本案来源于{f.s('source')}。" if f.s("source") else "",
                                 f"立案后，执法人员{f.officer_names()}依法开展了调查取证。" if f.officers() else ""))
    numbers = iter("一二三四五")

    def section(heading: str) -> None:
        doc.keep(2 * LEADING)
        doc.para(f"{next(numbers)}、{heading}", indent=False)

    if f.s("party_name"):
        section("当事人基本情况")
        doc.fields(_party_fields(f))
    if source:
        section("案件来源及调查经过")
        doc.para(source)
    if f.s("facts") or f.items("evidence"):
        section("违法事实及证据")
        _facts(doc, f)
        _evidence(doc, f)
    if f.items("violated") or f.items("basis"):
        section("违法性质及处罚依据")
        _reasoning(doc, f)
    if f.penalties():
        section("处理意见")
        doc.para("建议对当事人作出如下行政处罚：")
        _penalties(doc, f)
    name = f"承办人：{f.officer_names()}" if f.officers() else ""
    for p in f.items("extra_paragraphs"):
        doc.para(str(p))
    doc.sign_lines(f.items("signatures"))
    doc.signature(name, f.signed_day(), False)


# ====================================================================== registry of kinds

Template = Callable[[_Doc, _F], None]

_TEMPLATES: dict[str, Template] = {
    "filing_approval": filing_approval,
    "inspection_approval": inspection_approval,
    "approval_form": approval_form,
    "inquiry_record": inquiry_record,
    "inspection_record": inspection_record,
    "on_site_record": on_site_record,
    "sampling_record": sampling_record,
    "statement_record": statement_record,
    "investigation_report": investigation_report,
    "legal_review_opinion": legal_review_opinion,
    "collective_deliberation_minutes": collective_deliberation_minutes,
    "advance_notice": advance_notice,
    "hearing_request": hearing_request,
    "hearing_notice": hearing_notice,
    "hearing_record": hearing_record,
    "punishment_decision": punishment_decision,
    "proof_of_service": proof_of_service,
    "seizure_decision": seizure_decision,
    "seal_up_decision": seal_up_decision,
    "seizure_inventory": inventory,
    "seal_up_inventory": inventory,
    "release_decision": release_decision,
    "demand_notice": demand_notice,
    "announcement": announcement,
    "execution_decision": execution_decision,
    "deposit_transfer_notice": deposit_transfer_notice,
    "execution_record": execution_record,
    "monitoring_record": monitoring_record,
    "inspection_result_notice": inspection_result_notice,
    "rectification_order": rectification_order,
    "follow_up_record": follow_up_record,
    "closing_report": closing_report,
}

KINDS: tuple[str, ...] = tuple(_TEMPLATES)

#: Records whose every page carries the signature of the person heard or checked (the first signer).
_SIGNED_EACH_PAGE = frozenset({"inquiry_record", "inspection_record", "on_site_record", "statement_record",
                               "hearing_record", "execution_record", "sampling_record"})

TITLES: dict[str, str] = {
    "filing_approval": "立案审批表", "inspection_approval": "行政检查审批表", "approval_form": "实施行政强制措施审批表",
    "inquiry_record": "询问笔录", "inspection_record": "现场检查笔录", "on_site_record": "现场笔录",
    "sampling_record": "采样记录单", "statement_record": "陈述申辩笔录", "investigation_report": "案件调查终结报告",
    "legal_review_opinion": "法制审核意见书", "collective_deliberation_minutes": "重大案件集体讨论记录",
    "advance_notice": "行政处罚事先告知书", "hearing_request": "听证申请书", "hearing_notice": "行政处罚听证通知书",
    "hearing_record": "听证笔录", "punishment_decision": "行政处罚决定书", "proof_of_service": "送达回证",
    "seizure_decision": "实施行政强制措施决定书（扣押）", "seal_up_decision": "实施行政强制措施决定书（查封）",
    "seizure_inventory": "扣押财物清单", "seal_up_inventory": "查封场所、设施、财物清单",
    "release_decision": "解除行政强制措施决定书", "demand_notice": "催告书", "announcement": "公告",
    "execution_decision": "行政强制执行决定书", "deposit_transfer_notice": "划拨存款（汇款）通知书",
    "execution_record": "强制执行现场笔录", "monitoring_record": "电子技术监控记录",
    "inspection_result_notice": "检查结果告知书", "rectification_order": "责令限期整改指令书",
    "follow_up_record": "整改复查意见书", "closing_report": "结案审批表",
}


# ====================================================================== drawing

def _default_title(kind: str, f: _F) -> str:
    """The kind's usual title; a seizure decision or inventory names the measure (扣押 or 查封)."""
    title = TITLES[kind]
    if kind in ("seizure_decision", "seizure_inventory") and f.measure_kind() == "查封":
        title = TITLES[kind.replace("seizure", "seal_up")]
    return title


@functools.cache
def _font() -> None:
    """Register the CID font on first use (not on import)."""
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))


def _draw_seal(c: canvas.Canvas, x: float, y: float) -> None:
    c.saveState()
    c.setStrokeColorRGB(0.82, 0.1, 0.1)
    c.setFillColorRGB(0.82, 0.1, 0.1)
    c.setLineWidth(2.2)
    c.circle(x, y, 42, stroke=1, fill=0)
    path = c.beginPath()
    for i, (u, v) in enumerate(_star(x, y, 13)):
        (path.lineTo if i else path.moveTo)(u, v)
    path.close()
    c.drawPath(path, stroke=0, fill=1)
    c.restoreState()


def _star(x: float, y: float, r: float) -> list[tuple[float, float]]:
    points = []
    for i in range(10):
        radius = r if i % 2 == 0 else r * 0.4
        angle = math.pi / 2 + i * math.pi / 5
        points.append((round(x + radius * math.cos(angle), 2), round(y + radius * math.sin(angle), 2)))
    return points


def _draw_text_page(c: canvas.Canvas, ops: Sequence[_Op]) -> None:
    seals = []
    for op in ops:
        if isinstance(op, _Text):
            t = c.beginText(op.x, op.y)
            t.setFont(FONT, op.size)
            if op.space:
                t.setCharSpace(round(op.space, 3))
            t.textOut(op.text)
            c.drawText(t)
        elif isinstance(op, _Rule):
            c.setLineWidth(0.6)
            c.line(op.x1, op.y1, op.x2, op.y2)
        else:
            seals.append(op)
    for s in seals:
        _draw_seal(c, s.x, s.y)


# --- scanned pages: pseudo-glyphs on a raster image, no text layer

_Stroke = tuple[float, float, float, float]  # (u1, v1, u2, v2) in the glyph box, v up
_SEG = {"a": (0.2, 0.85, 0.8, 0.85), "b": (0.8, 0.85, 0.8, 0.5), "c": (0.8, 0.5, 0.8, 0.12),
        "d": (0.2, 0.12, 0.8, 0.12), "e": (0.2, 0.5, 0.2, 0.12), "f": (0.2, 0.85, 0.2, 0.5), "g": (0.2, 0.5, 0.8, 0.5)}
_SEVEN = {"0": "abcdef", "1": "bc", "2": "abged", "3": "abgcd", "4": "fgbc", "5": "afgcd", "6": "afedcg", "7": "abc",
          "8": "abcdefg", "9": "abcdfg"}
_PUNCT: dict[str, list[_Stroke]] = {
    "，": [(0.25, 0.12, 0.15, -0.02)], ",": [(0.5, 0.12, 0.35, -0.02)], "、": [(0.2, 0.22, 0.35, 0.08)],
    "。": [(0.15, 0.1, 0.35, 0.1), (0.35, 0.1, 0.35, 0.25), (0.35, 0.25, 0.15, 0.25), (0.15, 0.25, 0.15, 0.1)],
    ".": [(0.4, 0.12, 0.6, 0.12)], "：": [(0.4, 0.6, 0.5, 0.6), (0.4, 0.2, 0.5, 0.2)],
    ":": [(0.4, 0.6, 0.6, 0.6), (0.4, 0.2, 0.6, 0.2)], "；": [(0.4, 0.6, 0.5, 0.6), (0.45, 0.22, 0.35, 0.05)],
    "（": [(0.85, 0.92, 0.7, 0.6), (0.7, 0.6, 0.7, 0.2), (0.7, 0.2, 0.85, -0.08)],
    "）": [(0.15, 0.92, 0.3, 0.6), (0.3, 0.6, 0.3, 0.2), (0.3, 0.2, 0.15, -0.08)],
    "(": [(0.8, 0.92, 0.5, 0.5), (0.5, 0.5, 0.8, -0.08)], ")": [(0.2, 0.92, 0.5, 0.5), (0.5, 0.5, 0.2, -0.08)],
    "〔": [(0.85, 0.92, 0.7, 0.8), (0.7, 0.8, 0.7, 0.0), (0.7, 0.0, 0.85, -0.08)],
    "〕": [(0.15, 0.92, 0.3, 0.8), (0.3, 0.8, 0.3, 0.0), (0.3, 0.0, 0.15, -0.08)],
    "《": [(0.6, 0.85, 0.3, 0.4), (0.3, 0.4, 0.6, -0.05), (0.85, 0.85, 0.55, 0.4), (0.55, 0.4, 0.85, -0.05)],
    "》": [(0.4, 0.85, 0.7, 0.4), (0.7, 0.4, 0.4, -0.05), (0.15, 0.85, 0.45, 0.4), (0.45, 0.4, 0.15, -0.05)],
    "“": [(0.65, 0.9, 0.55, 0.72), (0.9, 0.9, 0.8, 0.72)], "”": [(0.2, 0.9, 0.1, 0.72), (0.45, 0.9, 0.35, 0.72)],
    "—": [(0.0, 0.45, 1.0, 0.45)], "-": [(0.2, 0.4, 0.8, 0.4)], "_": [(0.0, -0.05, 1.0, -0.05)],
    "/": [(0.2, 0.0, 0.8, 0.9)], "￥": [(0.2, 0.85, 0.5, 0.5), (0.8, 0.85, 0.5, 0.5), (0.5, 0.5, 0.5, 0.05),
                                       (0.25, 0.45, 0.75, 0.45), (0.25, 0.28, 0.75, 0.28)],
    "%": [(0.2, 0.05, 0.8, 0.85), (0.2, 0.8, 0.3, 0.8), (0.7, 0.15, 0.8, 0.15)],
}


def _glyph(ch: str) -> list[_Stroke]:
    """Strokes that look like ``ch`` from a distance: real shapes for digits and punctuation, a
    character-seeded arrangement of Chinese strokes (横 竖 撇 捺 口) for everything else."""
    if ch.isspace() or ch == "\u3000":
        return []
    if ch in _SEVEN:
        return [_SEG[s] for s in _SEVEN[ch]]
    if ch in _PUNCT:
        return _PUNCT[ch]
    state = (ord(ch) * 2654435761) & 0x7FFFFFFF

    def rnd(n: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 8) % n

    strokes: list[_Stroke] = []
    narrow = ord(ch) < 0x2E80  # Latin and other narrow letters: fewer, simpler strokes
    for _ in range(2 + rnd(2) if narrow else 3 + rnd(5)):
        kind = rnd(6)
        a, b = 0.1 + rnd(4) * 0.1, 0.5 + rnd(5) * 0.1
        level = 0.05 + rnd(9) * 0.1
        if kind in (0, 1):
            strokes.append((a, level, b + 0.1, level))  # 横
        elif kind == 2:
            strokes.append((level + 0.05, a - 0.05, level + 0.05, b + 0.3))  # 竖
        elif kind == 3:
            strokes.append((b, 0.85, a - 0.05, 0.0))  # 撇
        elif kind == 4:
            strokes.append((a + 0.2, 0.55, 0.9, 0.0))  # 捺
        else:  # 口
            x1, x2, y1, y2 = a, b + 0.1, 0.1 + rnd(3) * 0.1, 0.55 + rnd(3) * 0.1
            strokes += [(x1, y1, x2, y1), (x2, y1, x2, y2), (x2, y2, x1, y2), (x1, y2, x1, y1)]
    return strokes


def _raster(ops: Sequence[_Op]) -> Any:
    from PIL import Image, ImageDraw

    k = SCAN_DPI / 72
    img = Image.new("L", (round(PAGE_W * k), round(PAGE_H * k)), 247)
    draw = ImageDraw.Draw(img)

    def px(x: float, y: float) -> tuple[int, int]:
        return round(x * k), round((PAGE_H - y) * k)

    for op in ops:
        if isinstance(op, _Text):
            pen = max(1, round(op.size * k * 0.07))
            x = op.x
            for ch in op.text:
                w = _width(ch, op.size)
                for u1, v1, u2, v2 in _glyph(ch):
                    draw.line([px(x + u1 * w * 0.9, op.y + (v1 - 0.1) * op.size * 0.9),
                               px(x + u2 * w * 0.9, op.y + (v2 - 0.1) * op.size * 0.9)], fill=35, width=pen)
                x += w + op.space
        elif isinstance(op, _Rule):
            draw.line([px(op.x1, op.y1), px(op.x2, op.y2)], fill=60, width=1)
        else:
            (x0, y0), (x1, y1) = px(op.x - 42, op.y + 42), px(op.x + 42, op.y - 42)
            draw.ellipse([x0, y0, x1, y1], outline=120, width=3)
            draw.polygon([px(u, v) for u, v in _star(op.x, op.y, 13)], fill=120)
    return img


def _draw_scanned_page(c: canvas.Canvas, ops: Sequence[_Op], page_no: int) -> None:
    c.saveState()
    c.translate(PAGE_W / 2, PAGE_H / 2)
    c.rotate(0.4 if page_no % 2 else -0.3)  # a sheet never goes through a scanner quite straight
    c.translate(-PAGE_W / 2, -PAGE_H / 2)
    c.drawImage(ImageReader(_raster(ops)), 0, 0, PAGE_W, PAGE_H)
    c.restoreState()


# ====================================================================== entry point

def render(kind: str, fields: Mapping[str, Any], *, scanned_pages: Sequence[int] = ()) -> bytes:
    """The PDF of one document of ``kind`` (see :data:`KINDS`) filled in from ``fields``.

    ``scanned_pages`` (1-based) are drawn as images without a text layer. Raises ValueError for an
    unknown kind, an unknown field name or a scanned page the document does not have.
    """
    template = _TEMPLATES.get(kind)
    if template is None:
        raise ValueError(f"unknown document kind {kind!r}; known: {', '.join(KINDS)}")
    f = _F(fields)
    _font()
    title = f.s("title") or _default_title(kind, f)
    signers = [str(s) for s in f.items("signatures")]
    doc = _Doc(title, signers[0] if kind in _SIGNED_EACH_PAGE and signers else "")
    template(doc, f)
    pages = doc.pages_out()
    bad = sorted(set(scanned_pages) - set(range(1, len(pages) + 1)))
    if bad:
        raise ValueError(f"scanned page(s) {bad} out of range: the document has {len(pages)} page(s)")
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4, invariant=1, pageCompression=1)
    c.setCreator(CREATOR)
    c.setAuthor(f.s("organ") or "enforcement-audit")
    c.setTitle(title)
    c.setSubject(kind)
    for n, ops in enumerate(pages, 1):
        if n in scanned_pages:
            _draw_scanned_page(c, ops, n)
        else:
            _draw_text_page(c, ops)
        c.showPage()
    c.save()
    return buffer.getvalue()
