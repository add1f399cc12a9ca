"""Chinese numbers, dates, money amounts and article numbers in document text.

Case documents write the same value in many ways: Arabic digits ("5000", "5,000.00", "5 000"),
lower-case numerals ("五千", "两千"), financial capitals (大写: "伍仟元整", "壹佰元伍角"),
mixtures ("1.5万元", "二0二三年") and traditional or full-width forms ("貳萬", "２０２４"). This
module finds such values in running text and parses them:

* :func:`chinese_to_int` - a number written in digits or numerals (positional "一百零五" or
  digit by digit as in years, "二〇二一");
* :data:`DATE_RE`, :func:`parse_date`, :func:`find_dates` - "2024年6月3日", "二〇二四年六月三日",
  "2024-06-03", "2024.6.3", "2024/6/3";
* :data:`AMOUNT_RE`, :func:`parse_amount`, :func:`find_amounts` - money in yuan;
* :data:`ARTICLE_RE`, :func:`parse_article`, :func:`parse_citation_tail`,
  :func:`find_citations` - "第五十七条第一款第(二)项".

Input is expected to be NFKC-normalised simplified Chinese, but the patterns also accept
full-width digits and punctuation, traditional numerals (萬, 億, 貳, 參, 陸, 兩, 圓) and stray
single spaces inside numbers. The parse functions NFKC-normalise their argument themselves.

Not supported, on purpose: amounts below one yuan with no 元 part ("伍角": the lower-case forms
collide with words such as "三分之一", "十分", "五角星"); dates without a day or with a two-digit
year; compact dates ("20240603", indistinguishable from other numbers); 廿/卅 in dates; decimals
written with 点 ("一点五万元"); numbers broken across lines.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from decimal import Decimal

__all__ = [
    "AMOUNT_RE",
    "ARTICLE_RE",
    "DATE_RE",
    "chinese_to_int",
    "find_amounts",
    "find_citations",
    "find_dates",
    "parse_amount",
    "parse_article",
    "parse_citation_tail",
    "parse_date",
]

# ---------------------------------------------------------------------------------------------
# Character tables
# ---------------------------------------------------------------------------------------------

#: Digit glyphs by value: lower-case numerals, financial capitals (大写), traditional forms, and
#: the glyphs used for zero in dates (〇 U+3007, ○ U+25CB, ◯ U+25EF, Latin O).
_DIGIT_GLYPHS: dict[int, str] = {
    0: "零〇○◯O",
    1: "一壹",
    2: "二两兩贰貳",
    3: "三叁參",
    4: "四肆",
    5: "五伍",
    6: "六陆陸",
    7: "七柒",
    8: "八捌",
    9: "九玖",
}
_DIGIT_VALUES: dict[str, int] = {ch: value for value, glyphs in _DIGIT_GLYPHS.items() for ch in glyphs}

#: Multipliers: 十/百/千 work inside a four-digit section, 万 and 亿 close a section.
_UNIT_VALUES: dict[str, int] = {
    "十": 10, "拾": 10,
    "百": 100, "佰": 100,
    "千": 1000, "仟": 1000,
    "万": 10_000, "萬": 10_000,
    "亿": 100_000_000, "億": 100_000_000,
}  # fmt: skip

# Building blocks for the patterns (contents of character classes, not classes themselves).
_ASCII_DIGITS = "0-9０-９"  # half- and full-width Arabic digits
_CN_ZERO = "零〇○◯"  # zero as a numeral (the Latin O is accepted in years only)
_CN_NONZERO = "一二三四五六七八九两兩壹贰貳叁參肆伍陆陸柒捌玖"
_CN_UNITS = "十拾百佰千仟万萬亿億"
_CN_DATE = "零〇○◯一二三四五六七八九十"  # numerals that spell months and days
_SP_CHARS = "[ \t\u00a0\u3000]"  # a stray space inside a number (pattern text)
_SP = _SP_CHARS + "?"
_NUMBER_CHARS = _ASCII_DIGITS + _CN_NONZERO + _CN_ZERO + _CN_UNITS

# ---------------------------------------------------------------------------------------------
# Numbers
# ---------------------------------------------------------------------------------------------

#: One Arabic number inside a cleaned string: thousands separators must group by three.
_ARABIC_TOKEN_RE = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?(?![0-9,])|[0-9]+(?:\.[0-9]+)?")

# A token is (kind, value, source text); kind is "num" (Arabic number), "digit" (a non-zero
# numeral), "zero" (a zero numeral) or "unit" (十 .. 亿).
_Token = tuple[str, Decimal, str]


def _clean(text: str) -> str:
    """NFKC-normalise and drop all whitespace (stray spaces inside numbers)."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def _tokenise(text: str, original: str) -> list[_Token]:
    tokens: list[_Token] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if "0" <= ch <= "9":
            m = _ARABIC_TOKEN_RE.match(text, i)
            assert m is not None  # the class starts with a digit, so the pattern always matches
            tokens.append(("num", Decimal(m.group().replace(",", "")), m.group()))
            i = m.end()
            continue
        if ch in _DIGIT_VALUES:
            value = _DIGIT_VALUES[ch]
            tokens.append(("zero" if value == 0 else "digit", Decimal(value), ch))
        elif ch in _UNIT_VALUES:
            tokens.append(("unit", Decimal(_UNIT_VALUES[ch]), ch))
        else:
            raise ValueError(f"not a number: {original!r} (unexpected character {ch!r})")
        i += 1
    return tokens


def _digit_string(tokens: list[_Token], original: str) -> Decimal:
    """Numerals without units, read digit by digit as in years: 二〇二一 -> 2021, 二0二三 -> 2023."""
    if len(tokens) == 1:
        return tokens[0][1]
    parts: list[str] = []
    for kind, value, raw in tokens:
        if kind == "num" and not raw.isdigit():
            raise ValueError(f"not a number: {original!r} (separator or decimal point inside a digit string)")
        parts.append(raw if kind == "num" else str(int(value)))
    return Decimal("".join(parts))


def _positional(tokens: list[_Token], original: str) -> Decimal:
    """Numerals with units: 一百零五, 一万二千, 壹仟贰佰叁拾肆, 一亿零五百万, 1.5万, 3万5000."""

    def bad(reason: str) -> ValueError:
        return ValueError(f"not a Chinese number: {original!r} ({reason})")

    yi_part = Decimal(0)  # everything already multiplied by 亿
    wan_part = Decimal(0)  # the 万 group of the current 亿 group
    section = Decimal(0)  # the part below 万 being built
    pending: Decimal | None = None  # a digit or Arabic number waiting for its unit
    pending_arabic = False
    after_zero = False  # a 零 stands between the last unit and the pending digit
    last_unit = 0  # most recent unit of any size
    last_small = 0  # most recent 十/百/千 in the current section (0: none yet)
    seen_wan = seen_yi = False

    for kind, value, raw in tokens:
        if kind == "zero":
            if pending is not None:
                raise bad(f"{raw!r} right after a digit")
            after_zero = True
            continue
        if kind in ("digit", "num"):
            if pending is not None:
                raise bad("two numbers without a unit between them")
            pending, pending_arabic = value, kind == "num"
            continue
        unit = int(value)
        if unit < 10_000:
            if pending is None:
                if unit != 10:  # only 十 may stand alone: 十五, 拾万, 一百十
                    raise bad(f"no digit before {raw!r}")
                pending = Decimal(1)
            if last_small and unit >= last_small:
                raise bad(f"{raw!r} out of order")
            section += pending * unit
            last_small = unit
        else:
            group = section + (pending if pending is not None else 0)
            if unit == 10_000:
                if seen_wan:
                    raise bad(f"{raw!r} twice")
                if group == 0:
                    raise bad(f"no digit before {raw!r}")
                wan_part, seen_wan = group * unit, True
            else:
                group += wan_part  # 一万亿 = 10^12
                if seen_yi:
                    raise bad(f"{raw!r} twice")
                if group == 0:
                    raise bad(f"no digit before {raw!r}")
                yi_part, seen_yi = group * unit, True
                wan_part, seen_wan = Decimal(0), False
            section, last_small = Decimal(0), 0
        pending, after_zero, last_unit = None, False, unit

    total = yi_part + wan_part + section
    if pending is not None:  # a number after the last unit
        if not after_zero and not pending_arabic:
            # Colloquial abbreviation: the digit counts in the next lower place
            # (二十五 = 25, 三百五 = 350, 一万二 = 12000).
            pending *= last_unit // 10
        elif pending >= last_unit:
            raise bad("number after the last unit is too large")
        total += pending
    return total


def _parse_number(s: str) -> Decimal:
    """Any number this module understands, as a Decimal (decimals allowed: "1.5万", "3,000.50")."""
    text = _clean(s)
    if not text:
        raise ValueError(f"not a number: {s!r} (empty)")
    tokens = _tokenise(text, s)
    if not any(kind == "unit" for kind, _, _ in tokens):
        return _digit_string(tokens, s)
    return _positional(tokens, s)


def chinese_to_int(s: str) -> int:
    """Integer value of a number in Arabic digits, Chinese numerals or a mixture.

    Positional numerals ("一百零五", "两千", "壹仟贰佰叁拾肆", "一亿零五百万", "3万") and
    numerals without units read digit by digit ("二〇二一" -> 2021, "二0二三" -> 2023) are
    accepted; spaces and thousands separators are ignored. Raises ValueError otherwise.
    """
    value = _parse_number(s)
    if value != value.to_integral_value():
        raise ValueError(f"not an integer: {s!r}")
    return int(value)


def _single_digit(ch: str) -> int:
    ch = unicodedata.normalize("NFKC", ch)
    return int(ch) if ch.isascii() and ch.isdigit() else _DIGIT_VALUES[ch]


# ---------------------------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------------------------

_YEAR_CHAR = f"[{_ASCII_DIGITS}{_CN_ZERO}O一二三四五六七八九]"

DATE_RE: re.Pattern[str] = re.compile(
    rf"""
    (?<![{_ASCII_DIGITS}A-Za-z{_CN_DATE}])        # not the tail of a longer number or word
    (?P<year>{_YEAR_CHAR}(?:{_SP}{_YEAR_CHAR}){{3}})  # 2024, 二〇二四, 二0二三, 二○二四, 二零二四
    {_SP}
    (?:年|(?P<sep>[-－.．/／]))                  # 年 or a separator: 2024-06-03, 2024.6.3, 2024/6/3
    {_SP}
    (?P<month>[{_ASCII_DIGITS}]{{1,2}}|[{_CN_DATE}]{{1,3}})
    {_SP}
    (?(sep)(?P=sep)|月)                          # the same separator again, or 月
    {_SP}
    (?P<day>[{_ASCII_DIGITS}]{{1,2}}|[{_CN_DATE}]{{1,4}})
    (?(sep)
        (?![{_ASCII_DIGITS}]|[.．][{_ASCII_DIGITS}])  # not 2024.6.301 or a version 2024.6.3.1
      | {_SP}[日号]                               # 日 (or colloquial 号) closes the 年月日 form
    )
    """,
    re.VERBOSE,
)


def _date_from_match(m: re.Match[str], source: str) -> dt.date:
    year, month, day = chinese_to_int(m["year"]), chinese_to_int(m["month"]), chinese_to_int(m["day"])
    try:
        return dt.date(year, month, day)
    except ValueError as exc:
        raise ValueError(f"impossible date {source!r}: {exc}") from None


def parse_date(s: str) -> dt.date:
    """The date written in ``s`` (the whole string, surrounding whitespace aside).

    Accepts "2024年6月3日", "2024年06月03日", "二〇二四年六月三十日", "二0二三年二月十三日",
    "2024 年 6 月 3 日", "2024-06-03", "2024.6.3", "2024/6/3". Raises ValueError for other
    text and for impossible dates (2月30日).
    """
    text = unicodedata.normalize("NFKC", s).strip()
    m = DATE_RE.fullmatch(text)
    if m is None:
        raise ValueError(f"not a date: {s!r}")
    return _date_from_match(m, s)


def find_dates(text: str) -> list[tuple[int, int, dt.date]]:
    """(start, end, date) of every valid date in ``text``, in text order."""
    found: list[tuple[int, int, dt.date]] = []
    for m in DATE_RE.finditer(text):
        try:
            found.append((m.start(), m.end(), _date_from_match(m, m.group())))
        except ValueError:
            continue
    return found


# ---------------------------------------------------------------------------------------------
# Money amounts
# ---------------------------------------------------------------------------------------------

# The number of an amount: one run of digits, numerals and units, starting with a digit or a
# non-zero numeral (or 十), with stray single spaces, thousands separators and a decimal point.
# Each repetition consumes exactly one character, so the pattern cannot backtrack explosively.
_AMOUNT_NUMBER = rf"""
    [{_ASCII_DIGITS}{_CN_NONZERO}十拾]
    (?:
        {_SP}[{_NUMBER_CHARS}]
      | (?<=[{_ASCII_DIGITS}])[,，](?=[{_ASCII_DIGITS}]{{3}}(?![{_ASCII_DIGITS}]))  # 5,000  5，000
      | (?<=[{_ASCII_DIGITS}])[.．](?=[{_ASCII_DIGITS}])                              # 3,000.50
    )*
"""

_AMOUNT_LABEL = rf"(?:[(（]{_SP}[大小]写{_SP}[)）]|[大小]写){_SP}[:：]?{_SP}"  # (大写)  大写:  (小写)

AMOUNT_RE: re.Pattern[str] = re.compile(
    rf"""
    # Never start inside a number (which also keeps the search linear on long numeral runs).
    (?<![{_NUMBER_CHARS}.．])
    (?<![{_NUMBER_CHARS}]{_SP_CHARS})
    (?:{_AMOUNT_LABEL})?                          # (大写)人民币伍仟元整
    (?:(?P<rmb>人民[币幣]|RMB|CNY){_SP})?
    (?:{_AMOUNT_LABEL})?                          # 人民币(大写)伍仟元整
    (?:(?P<sign>[¥￥]){_SP})?
    (?P<number>{_AMOUNT_NUMBER})
    (?:
        {_SP}(?P<yuan>[元圆圓])(?![旦宵])          # 元 but not 元旦 / 元宵
        (?:{_SP}[{_CN_ZERO}]?{_SP}(?P<jiao>[{_ASCII_DIGITS}{_CN_NONZERO}]){_SP}角)?
        (?:{_SP}[{_CN_ZERO}]?{_SP}(?P<fen>[{_ASCII_DIGITS}{_CN_NONZERO}]){_SP}分(?![之钟鐘]))?
        (?:{_SP}(?:整|正(?![\u4e00-\u9fff])))?     # 元整; 元正 only when no word follows
      | (?(rmb)|(?(sign)|(?!)))                   # no 元: allowed only after 人民币 or ¥
    )
    """,
    re.VERBOSE,
)


def _amount_from_match(m: re.Match[str], source: str) -> Decimal:
    value = _parse_number(m["number"])
    jiao, fen = m["jiao"], m["fen"]
    if jiao is not None or fen is not None:
        if value != value.to_integral_value():
            raise ValueError(f"not a money amount: {source!r} (decimal yuan followed by 角/分)")
        if jiao is not None:
            value += Decimal(_single_digit(jiao)) / 10
        if fen is not None:
            value += Decimal(_single_digit(fen)) / 100
    return value


def parse_amount(s: str) -> Decimal:
    """The amount in yuan written in ``s`` (the whole string, surrounding whitespace aside).

    Accepts everything :data:`AMOUNT_RE` finds ("5,000.00元", "人民币5000元", "¥5000", "1.5万元",
    "伍仟元整", "(大写)伍仟元整", "壹佰元伍角", "叁仟元零伍分", "五千元") and also a bare number
    ("5000", "伍仟"), taken as yuan. Raises ValueError otherwise. Compare results numerically:
    "5,000.00元" gives Decimal("5000.00").
    """
    text = unicodedata.normalize("NFKC", s).strip()
    m = AMOUNT_RE.fullmatch(text)
    if m is not None:
        return _amount_from_match(m, s)
    try:
        return _parse_number(text)
    except ValueError:
        raise ValueError(f"not a money amount: {s!r}") from None


def find_amounts(text: str) -> list[tuple[int, int, Decimal]]:
    """(start, end, yuan) of every parseable amount in ``text``, in text order.

    Ranges such as "处五千元以上二万元以下的罚款" give both ends; the caller decides what they mean.
    """
    found: list[tuple[int, int, Decimal]] = []
    for m in AMOUNT_RE.finditer(text):
        try:
            found.append((m.start(), m.end(), _amount_from_match(m, m.group())))
        except ValueError:
            continue
    return found


# ---------------------------------------------------------------------------------------------
# Article numbers (条/款/项)
# ---------------------------------------------------------------------------------------------

# Article numbers: Arabic, or numerals without 两 (never used in 第X条) and without 万/亿.
_ART_NUMBER = f"(?:[{_ASCII_DIGITS}]+|[一二三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖{_CN_ZERO}十拾百佰千仟]+)"


def _citation_pattern(article_prefix: str) -> str:
    return rf"""
    {article_prefix}(?P<article>{_ART_NUMBER}){_SP}条
    (?:{_SP}第{_SP}(?P<clause>{_ART_NUMBER}){_SP}款)?
    (?:                                            # 第(二)项, (二)项, 第二项
        {_SP}(?:第{_SP}|(?=[(（]))
        [(（]?{_SP}(?P<item>{_ART_NUMBER}){_SP}[)）]?{_SP}项
    )?
    """


ARTICLE_RE: re.Pattern[str] = re.compile(_citation_pattern(f"第{_SP}"), re.VERBOSE)
#: The same, with 第 optional before the article ("四十四条"); used by the parse functions.
_CITATION_FULL_RE = re.compile(_citation_pattern(f"(?:第{_SP})?"), re.VERBOSE)
_BARE_ARTICLE_RE = re.compile(rf"(?:第{_SP})?(?P<article>{_ART_NUMBER})", re.VERBOSE)


def _positive(part: str | None, what: str, source: str) -> int | None:
    if part is None:
        return None
    value = chinese_to_int(part)
    if value <= 0:
        raise ValueError(f"not a citation: {source!r} ({what} number must be positive)")
    return value


def _citation_from_match(m: re.Match[str], source: str) -> tuple[int, int | None, int | None]:
    article = _positive(m["article"], "article", source)
    assert article is not None  # the group is not optional
    return article, _positive(m["clause"], "clause", source), _positive(m["item"], "item", source)


def parse_citation_tail(s: str) -> tuple[int, int | None, int | None]:
    """(article, clause, item) of "第五十七条第一款第(二)项" and its shorter forms.

    "第43条" -> (43, None, None); "第二十八条第二款" -> (28, 2, None); "第六十四条第(四)项" ->
    (64, None, 4). The item may be written 第(二)项, (二)项, （二）项 or 第二项. Raises ValueError
    unless the whole string (surrounding whitespace aside) is such a citation.
    """
    text = unicodedata.normalize("NFKC", s).strip()
    m = _CITATION_FULL_RE.fullmatch(text)
    if m is None:
        raise ValueError(f"not a citation: {s!r}")
    return _citation_from_match(m, s)


def parse_article(s: str) -> int:
    """Article number of "第五十七条" (57), "第43条", "四十四条", "第一百零一条".

    A whole citation ("第五十七条第一款") gives its article; a bare number ("57") is accepted too.
    """
    text = unicodedata.normalize("NFKC", s).strip()
    m = _BARE_ARTICLE_RE.fullmatch(text)
    if m is not None:
        article = _positive(m["article"], "article", s)
        assert article is not None
        return article
    return parse_citation_tail(s)[0]


def find_citations(text: str) -> list[tuple[int, int, tuple[int, int | None, int | None]]]:
    """(start, end, (article, clause, item)) of every 第X条 citation in ``text``, in text order."""
    found: list[tuple[int, int, tuple[int, int | None, int | None]]] = []
    for m in ARTICLE_RE.finditer(text):
        try:
            found.append((m.start(), m.end(), _citation_from_match(m, m.group())))
        except ValueError:
            continue
    return found
