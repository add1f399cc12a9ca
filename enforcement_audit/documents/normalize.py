"""Normalisation of text extracted from case-document PDFs.

Two steps, kept apart so that each can be tested and reused on its own:

* :func:`normalize` makes characters comparable: Unicode NFKC (full-width letters, digits and
  punctuation become half-width, compatibility ideographs and Kangxi radicals become ordinary
  ideographs), traditional to simplified Chinese with OpenCC, and removal of PDF spacing artefacts
  (letter-spaced Chinese, digits split by single spaces, mixed line endings, runs of spaces).
* :func:`join_wrapped_lines` undoes the line wrapping of the page layout, conservatively.

:func:`normalize_page` applies both, in that order. NFKC turns ``（`` into ``(`` and ``：`` into
``:``; downstream patterns accept the half-width forms. Chinese numerals (``〇一二…``) and the
ideographic full stop ``。`` and enumeration comma ``、`` have no compatibility form and are kept.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Any

import opencc

__all__ = ["join_wrapped_lines", "normalize", "normalize_page"]

#: Ideographs and CJK symbols/punctuation that keep no space next to each other in Chinese text.
_CJK = (
    "\u2e80-\u2fff"  # radicals, Kangxi radicals, ideographic description characters
    "\u3000-\u303f"  # CJK symbols and punctuation (、。〇〔〕《》「」…)
    "\u3040-\u30ff"  # kana
    "\u3100-\u312f\u31a0-\u31bf"  # bopomofo
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # ideographs (extension A, unified, compatibility)
    "\ufe30-\ufe4f"  # CJK compatibility forms
    "\u2014\u2018-\u201f\u00b7"  # dash, curly quotes and middle dot as used in Chinese text
    "\U00020000-\U0003134f"  # ideographs, extensions B-H
)
#: What a CJK character sticks to: CJK, digits, and the ASCII punctuation NFKC makes of ，：；（） etc.
_TIGHT = _CJK + r"0-9,.:;!?()\[\]%"

_LINE_BREAKS = re.compile(r"\r\n|[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
#: Control characters, zero-width characters, soft hyphen, lone surrogates (from broken font maps;
#: they cannot be encoded as UTF-8), byte-order mark and non-characters.
_INVISIBLE = re.compile(
    r"[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f\u00ad\u200b-\u200f\u2060\ud800-\udfff\ufeff\ufffe\uffff]"
)
_SPACES = re.compile(r"[^\S\n]+")
_EDGE_SPACES = re.compile(r" *\n *")
_BLANK_LINES = re.compile(r"\n{3,}")
_CJK_GAP = re.compile(rf"(?<=[{_CJK}]) (?=[{_TIGHT}])|(?<=[{_TIGHT}]) (?=[{_CJK}])")
#: Single digits separated by single spaces ("1 0 0 0 0"), followed by a CJK character ("元").
_SPACED_DIGITS = re.compile(rf"(?<![\d.,])(?<!\d )\d(?: \d)+(?![\d.,])(?= ?[{_CJK}])")
#: A 1-3 digit number then 3-digit groups split by single spaces ("5 000", "1 200 000"), then CJK.
_GROUPED_DIGITS = re.compile(rf"(?<![\d.,])(?<!\d )\d{{1,3}}(?: \d{{3}})+(?![\d.,])(?! \d)(?= ?[{_CJK}])")


@functools.cache
def _t2s() -> Any:
    """The OpenCC traditional-to-simplified converter, created once per process on first use."""
    return opencc.OpenCC("t2s")


def _squeeze_digits(match: re.Match[str]) -> str:
    return match.group(0).replace(" ", "")


def normalize(text: str) -> str:
    """Character-level normalisation of extracted PDF text (lines are not joined).

    In order: line endings become ``\\n`` (CR LF, CR, form feed, Unicode line/paragraph separators);
    control and zero-width characters, soft hyphens and lone surrogates are dropped; NFKC;
    traditional to simplified Chinese (OpenCC ``t2s``); any run of horizontal white space becomes
    one space; digits split by single spaces are joined when they are clearly one number (see
    below); the space between two CJK characters, or between a CJK character and a digit or
    ``,.:;!?()[]%``, is removed ("罚 款" → "罚款", "2024 年 6 月" → "2024年6月"); spaces at line
    ends are removed and more than one blank line in a row becomes one blank line; leading and
    trailing blank lines are removed. The result is stable: ``normalize(normalize(t)) == normalize(t)``.

    Digits are joined only when a CJK character follows (directly or after one space), so that a row
    of table cells such as "1 2 3" at the end of a line is left alone:

    * single digits each separated by one space: "1 0 0 0 0 元" → "10000元";
    * a 1-3 digit number followed by groups of exactly three digits (thin-space thousands
      separator): "5 000元" → "5000元", "1 200 000元" → "1200000元".

    "2024 2025年" keeps its space (a 4-digit group is no thousands group), and so does "12 3 4元"
    (mixed group sizes). Numbers with decimal points or commas are never touched. Circled numbers
    become plain digits under NFKC ("①" → "1").
    """
    text = _LINE_BREAKS.sub("\n", text)
    text = _INVISIBLE.sub("", text)
    text = unicodedata.normalize("NFKC", text)
    text = _t2s().convert(text)
    text = _SPACES.sub(" ", text)
    text = _SPACED_DIGITS.sub(_squeeze_digits, text)
    text = _GROUPED_DIGITS.sub(_squeeze_digits, text)
    text = _CJK_GAP.sub("", text)
    text = _EDGE_SPACES.sub("\n", text)
    text = _BLANK_LINES.sub("\n\n", text)
    return text.strip("\n ")


# ------------------------------------------------------------------ wrapped lines

#: A line that ends with one of these ends a sentence, a clause or a label: never joined.
_LINE_END = tuple("。!?;:！？；：")
_CLOSING = tuple(")]】〕》」』”）")
_NUMERAL = "一二三四五六七八九十"
_ITEM = re.compile(
    rf"^(?:[{_NUMERAL}]{{1,3}}[、.]"  # 一、
    rf"|[(（][{_NUMERAL}]{{1,3}}[)）]"  # (一)
    r"|[(（]\d{1,2}[)）]"  # (1)
    r"|\d{1,2}(?:[、)]|\.(?!\d))"  # 1、 1) 1.  (not 1.5)
    rf"|第[{_NUMERAL}百〇零\d]+[章节]"  # 第二章
    r"|附件|附录|附[:：]|抄送|备注|注[:：]"
    r"|[(（]?(?:印章|盖章|公章|签名|签字)"
    r"|[•●○■□☑◆◇▪※√-])"
)
_ARTICLE = re.compile(rf"^第[{_NUMERAL}百〇零\d]+条")
#: A line that is a label and its value: "当事人:…", "法定代表人:…" (at most 8 characters before ":").
_LABEL = re.compile(r"^[\u4e00-\u9fff]{1,8}[:：]")
#: A line that only holds a date, as under a signature: "2024年6月1日", "二〇二四年六月一日".
_DATE_LINE = re.compile(
    r"^(?:\d{4}|[〇零一二三四五六七八九]{4})年(?:\d{1,2}|[一二三四五六七八九十]{1,3})月"
    r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})日(?:[(（]?(?:印章|盖章|公章)[)）]?)?$"
)
_DATE_LABEL = re.compile(r"日期[:：]")
#: A heading: starts like an item and holds no sentence punctuation.
_HEADING_PUNCT = re.compile(r"[,，。;；]")
_WIDE = re.compile(rf"[{_CJK}\uff00-\uffef]")
#: Widest line (in columns, a CJK character counting two) below which no text is joined.
_MIN_WRAP_WIDTH = 20
#: A line is "full" (wrapped by the layout) when it is at least this share of the widest line.
_FULL_SHARE = 0.8


def _width(line: str) -> int:
    return len(line) + len(_WIDE.findall(line))


def _is_heading(line: str) -> bool:
    return bool(_ITEM.match(line) or _ARTICLE.match(line)) and not _HEADING_PUNCT.search(line)


def _ends_block(line: str) -> bool:
    """The line ends a sentence, a label or a heading."""
    if line.endswith(_LINE_END) or _is_heading(line):
        return True
    return line.endswith(_CLOSING) and bool(_ITEM.match(line))


def _starts_block(line: str, previous: str) -> bool:
    """The line starts a new item, a field or a signature block."""
    if _ITEM.match(line) or _LABEL.match(line) or _DATE_LINE.match(line) or _DATE_LABEL.search(line):
        return True
    # "第X条" starts an article unless it continues a citation ("《…法》\n第三十四条的规定").
    return bool(_ARTICLE.match(line)) and not previous.endswith(("》", "、", "和", "及", "或", "与"))


def _glue(left: str, right: str) -> str:
    """Join two wrapped lines: a space only between two ASCII words (not digit to digit, not after '-')."""
    a, b = left[-1], right[0]
    if a.isascii() and b.isascii() and a.isalnum() and b.isalnum() and not (a.isdigit() and b.isdigit()):
        return left + " " + right
    return left + right


def join_wrapped_lines(text: str) -> str:
    """Join lines that the page layout wrapped in the middle of a sentence.

    The heuristic, applied to each pair of consecutive lines L (the physical line, not what it was
    already joined to) and N, joins N to L only when all of these hold:

    1. neither is blank: a blank line is a paragraph break and is kept;
    2. L is *full*: its width (a CJK character counts two columns) is at least 80 % of the widest
       line of ``text``, and that widest line is at least 20 columns. Short lines (titles,
       headings, the last line of a paragraph, a signature block, table cells) are never joined;
    3. L does not end a sentence, clause or label (``。!?;:`` in either width), is not a heading
       (starts like an item, see 4, and holds no ``,。;``), and is not an item ending with a
       closing bracket;
    4. N does not start a new item or block: ``一、`` ``(一)`` ``(1)`` ``1.`` ``1、`` ``1)``,
       ``第X章``/``第X节``, ``第X条`` (unless L ends with ``》、和及或与``, i.e. a citation that
       continues), ``附件`` ``附录`` ``附:`` ``抄送`` ``备注`` ``注:``, a bullet or check box,
       ``(印章)``/``签名``-like signature marks, a label of at most 8 ideographs and a colon
       (``当事人:``), a line that only holds a date (``2024年6月1日``, ``二〇二四年六月一日``), or
       any line with ``日期:``.

    Joined lines get no separator, except a space between two ASCII letters or a letter and a
    digit (wrapped Latin words); digits wrapped across lines are joined directly (long numbers
    such as ID numbers wrap that way). When in doubt the lines stay apart: a missed join only
    splits a sentence, a wrong join merges two fields.
    """
    lines = [line.strip() for line in text.split("\n")]
    widest = max((_width(line) for line in lines), default=0)
    if widest < _MIN_WRAP_WIDTH:
        return "\n".join(lines)
    full = widest * _FULL_SHARE
    out: list[str] = []
    previous = ""
    for line in lines:
        if (
            out
            and line
            and previous
            and _width(previous) >= full
            and not _ends_block(previous)
            and not _starts_block(line, previous)
        ):
            out[-1] = _glue(out[-1], line)
        else:
            out.append(line)
        previous = line
    return "\n".join(out)


#: labels of form cells (审批表, 笔录 heads): a text layer reads a table row as "案号城西应急罚〔2024〕23号";
#: a colon is put back after the label so that the value is found as in running text
FORM_LABEL_RE = re.compile(
    r"^(案\s*号|文\s*号|当事人名称|当事人姓名|当事人(?!名称|姓名)|被检查(?:人|单位)|案件来源|案由|统一社会信用代码|"
    r"(?:公民)?身份证(?:件)?号码?|法定代表人|负责人|地\s*址|执法人员|承办人|检查时间|询问时间|检查地点|询问地点|简要案情)"
    r"(?=[^\s:：(（码件号])(?!签名|签字|签章|盖章)",  # 码件号: never split a longer label (身份证号|码)
    re.M,
)


def restore_form_labels(text: str) -> str:
    """"案号城西应急罚〔2024〕23号" -> "案号:城西应急罚〔2024〕23号": a table row read as one line."""
    return FORM_LABEL_RE.sub(r"\1:", text)


def normalize_page(text: str) -> str:
    """``join_wrapped_lines(restore_form_labels(normalize(text)))``: one page as stored and searched.

    Form labels are restored before lines are joined, so that a form row stays a line of its own.
    """
    return join_wrapped_lines(restore_form_labels(normalize(text)))
