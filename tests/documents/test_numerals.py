"""Tests of enforcement_audit/documents/numerals.py: Chinese numbers, dates, amounts, articles.

All sentences, organs and case numbers are invented. The property tests render generated values
in the written forms found in case documents, embed them in sentences, find them with the
``*_RE`` patterns and check that the parse functions give the value back.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from enforcement_audit.documents.numerals import (
    AMOUNT_RE,
    ARTICLE_RE,
    DATE_RE,
    chinese_to_int,
    find_amounts,
    find_citations,
    find_dates,
    parse_amount,
    parse_article,
    parse_citation_tail,
    parse_date,
)

# ---------------------------------------------------------------------------------------------
# Rendering helpers (the inverse direction, written independently of the module)
# ---------------------------------------------------------------------------------------------

LOWER = "零一二三四五六七八九"
CAPITAL = "零壹贰叁肆伍陆柒捌玖"
LOWER_UNITS = ("", "十", "百", "千")
CAPITAL_UNITS = ("", "拾", "佰", "仟")
FULL_WIDTH = str.maketrans("0123456789,.-/()", "０１２３４５６７８９，．－／（）")


def render_cn(n: int, *, capital: bool = False, short_ten: bool = True) -> str:
    """Standard reading of 0 <= n < 10^12: 一万零五百, 十万零一十, 壹仟贰佰叁拾肆."""
    digits = CAPITAL if capital else LOWER
    units = CAPITAL_UNITS if capital else LOWER_UNITS
    if n == 0:
        return digits[0]

    def group(g: int) -> str:
        out, zero = "", False
        for pos in (3, 2, 1, 0):
            d = g // 10**pos % 10
            if d == 0:
                zero = bool(out)
                continue
            if zero:
                out, zero = out + digits[0], False
            out += digits[d] + units[pos]
        return out

    out, gap = "", False
    for size, name in ((10**8, "亿"), (10**4, "万"), (1, "")):
        g = n // size % 10_000
        if g == 0:
            gap = gap or bool(out)
            continue
        if out and (gap or g < 1000):
            out += digits[0]
        out += group(g) + name
        gap = False
    if short_ten and out.startswith(digits[1] + units[1]):
        out = out[1:]  # 一十五 -> 十五, 壹拾万 -> 拾万
    return out


def render_capital_amount(cents: int, *, short_ten: bool = False) -> str:
    """大写 amount: 壹万贰仟伍佰元整, 壹佰元伍角, 叁仟元零伍分, 壹佰元伍角贰分."""
    yuan, rest = divmod(cents, 100)
    jiao, fen = divmod(rest, 10)
    out = render_cn(yuan, capital=True, short_ten=short_ten) + "元"
    if jiao:
        out += CAPITAL[jiao] + "角"
    if fen:
        out += ("" if jiao else "零") + CAPITAL[fen] + "分"
    return out if jiao or fen else out + "整"


def cn_year(year: int, zero: str) -> str:
    return "".join(zero if c == "0" else LOWER[int(c)] for c in str(year))


def amounts(text: str) -> list[tuple[str, Decimal]]:
    """find_amounts as (matched text, value): checks offsets and values in one comparison."""
    return [(text[a:b], v) for a, b, v in find_amounts(text)]


def dates(text: str) -> list[tuple[str, dt.date]]:
    return [(text[a:b], d) for a, b, d in find_dates(text)]


def citations(text: str) -> list[tuple[str, tuple[int, int | None, int | None]]]:
    return [(text[a:b], c) for a, b, c in find_citations(text)]


# ---------------------------------------------------------------------------------------------
# chinese_to_int
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("十", 10), ("十五", 15), ("二十", 20), ("一百零五", 105), ("三千零二", 3002),
        ("一万二千", 12000), ("两千", 2000), ("壹仟贰佰叁拾肆", 1234), ("拾", 10), ("捌万", 80000),
        ("一亿零五百万", 105_000_000), ("2023", 2023), ("二〇二一", 2021), ("二0二三", 2023),
        ("二○二四", 2024), ("二零二四", 2024), ("二O二四", 2024), ("零", 0), ("〇", 0), ("五", 5),
        ("一百一十", 110), ("一千零一十", 1010), ("十万零一十", 100_010), ("一千零五万", 10_050_000),
        ("十亿零五", 1_000_000_005), ("一万亿", 10**12), ("贰拾万", 200_000), ("壹拾万", 100_000),
        ("一万二", 12000), ("三百五", 350), ("一亿二", 120_000_000),  # colloquial abbreviations
        ("3万", 30000), ("1.5万", 15000), ("3万5000", 35000), ("1万2千", 12000), ("3百万", 3_000_000),
        ("5,000", 5000), ("5，000", 5000), ("1,000,000", 1_000_000), ("5 000", 5000), ("1 0 0 0 0", 10000),
        ("２０２４", 2024), ("貳萬", 20000), ("兩千", 2000), ("參佰陸拾", 360), ("  四十四 ", 44),
    ],
)  # fmt: skip
def test_chinese_to_int(text: str, value: int) -> None:
    assert chinese_to_int(text) == value


@pytest.mark.parametrize(
    "text",
    ["", "   ", "abc", "五元", "十十", "百", "万", "千五", "一二十", "五零百", "一万二万", "一亿三亿",
     "1,00", "12,3456", "5.5.5", "1.5", "二〇二一年", "3万15000", "一百零五百"],
)  # fmt: skip
def test_chinese_to_int_rejects_garbage(text: str) -> None:
    with pytest.raises(ValueError, match=re.escape(repr(text))):
        chinese_to_int(text)


@given(st.integers(min_value=0, max_value=10**12 - 1), st.booleans(), st.booleans())
def test_chinese_to_int_reads_standard_numerals(n: int, capital: bool, short_ten: bool) -> None:
    assert chinese_to_int(render_cn(n, capital=capital, short_ten=short_ten)) == n


@given(st.integers(min_value=0, max_value=10**12 - 1))
def test_chinese_to_int_reads_liang(n: int) -> None:
    text = render_cn(n)
    liang = re.sub(r"二(?=[百千万亿])", "两", text)  # 两百, 两千, 两万, 两亿
    assert chinese_to_int(liang) == n
    assert chinese_to_int(f"{n:,}") == n


@given(st.integers(min_value=1000, max_value=9999), st.sampled_from("〇○O0零"))
def test_chinese_to_int_reads_digit_by_digit_years(year: int, zero: str) -> None:
    assert chinese_to_int(cn_year(year, zero)) == year


# ---------------------------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2024年6月3日", dt.date(2024, 6, 3)),
        ("2024年06月03日", dt.date(2024, 6, 3)),
        ("二〇二四年六月三日", dt.date(2024, 6, 3)),
        ("二0二三年二月十三日", dt.date(2023, 2, 13)),
        ("二〇二四年六月三十日", dt.date(2024, 6, 30)),
        ("二○二四年十二月三十一日", dt.date(2024, 12, 31)),
        ("二零二四年十一月二十日", dt.date(2024, 11, 20)),
        ("2024-06-03", dt.date(2024, 6, 3)),
        ("2024.6.3", dt.date(2024, 6, 3)),
        ("2024/6/3", dt.date(2024, 6, 3)),
        ("2024 年 6 月 3 日", dt.date(2024, 6, 3)),
        ("2024年6月3号", dt.date(2024, 6, 3)),
        ("２０２４年６月３日", dt.date(2024, 6, 3)),
        ("２０２４－０６－０３", dt.date(2024, 6, 3)),
        ("  2024/12/31\n", dt.date(2024, 12, 31)),
        ("2024年2月29日", dt.date(2024, 2, 29)),
    ],
)
def test_parse_date(text: str, value: dt.date) -> None:
    assert parse_date(text) == value


@pytest.mark.parametrize(
    "text",
    ["2024年2月30日", "2023年2月29日", "2024年13月1日", "二〇二四年六月三十一日", "2024-00-10", "2024.6.0",
     "二〇二四年十三月一日", "2024年6月四十日"],
)  # fmt: skip
def test_parse_date_rejects_impossible_dates(text: str) -> None:
    with pytest.raises(ValueError, match="impossible date"):
        parse_date(text)


@pytest.mark.parametrize(
    "text",
    ["", "2024年6月", "6月3日", "2024-06/03", "2024.6.3.1", "24年6月3日", "20240603", "于2024年6月3日",
     "城西市监罚〔2024〕12号", "2024年6月3日5000元"],
)  # fmt: skip
def test_parse_date_rejects_other_text(text: str) -> None:
    with pytest.raises(ValueError, match="not a date"):
        parse_date(text)


def test_date_re_named_groups() -> None:
    m = DATE_RE.search("于二〇二四年六月三日送达")
    assert m is not None
    assert (m["year"], m["month"], m["day"], m["sep"]) == ("二〇二四", "六", "三", None)
    m = DATE_RE.search("日期:2024.06.03")
    assert m is not None
    assert (m["year"], m["month"], m["day"], m["sep"]) == ("2024", "06", "03", ".")


def test_find_dates_in_a_paragraph() -> None:
    text = (
        "经查，当事人于2024年3月5日至2024年3月20日期间，在城西县文化路12号销售过期食品。"
        "本机关于二〇二四年四月二日立案，2024-04-15送达《行政处罚事先告知书》(城西市监罚告〔2024〕12号)，"
        "当事人在法定期限内未提出陈述、申辩。"
    )
    assert dates(text) == [
        ("2024年3月5日", dt.date(2024, 3, 5)),
        ("2024年3月20日", dt.date(2024, 3, 20)),
        ("二〇二四年四月二日", dt.date(2024, 4, 2)),
        ("2024-04-15", dt.date(2024, 4, 15)),
    ]
    assert amounts(text) == []


def test_find_dates_signature_block() -> None:
    text = "城西县应急管理局\n二〇二四年七月十五日\n(印章)"
    assert dates(text) == [("二〇二四年七月十五日", dt.date(2024, 7, 15))]
    start = text.index("二")
    assert find_dates(text) == [(start, start + 10, dt.date(2024, 7, 15))]


def test_find_dates_skips_impossible_dates_and_keeps_the_rest() -> None:
    text = "询问时间:2024年2月30日9时至2024年3月1日10时;复核日期2023.2.29,送达日期2023.3.1。"
    assert dates(text) == [("2024年3月1日", dt.date(2024, 3, 1)), ("2023.3.1", dt.date(2023, 3, 1))]
    assert [m.group() for m in DATE_RE.finditer(text)] == ["2024年2月30日", "2024年3月1日", "2023.2.29", "2023.3.1"]


def test_find_dates_spaced_full_width_and_zero_glyphs() -> None:
    text = (
        "笔录时间: 2024 年 6 月 3 日 ,复查时间：２０２４年０６月１０日，落款二O二四年六月十一日、二0二四年六月十二日。"
    )
    assert dates(text) == [
        ("2024 年 6 月 3 日", dt.date(2024, 6, 3)),
        ("２０２４年０６月１０日", dt.date(2024, 6, 10)),
        ("二O二四年六月十一日", dt.date(2024, 6, 11)),
        ("二0二四年六月十二日", dt.date(2024, 6, 12)),
    ]


def test_no_dates_in_numbers_versions_and_document_numbers() -> None:
    text = "文号城西市监罚〔2024〕12号,软件版本2024.6.3.1,电话0571-8888-1234,编号12024年6月3日,页码2024.6"
    assert dates(text) == []


def _date_forms(d: dt.date) -> st.SearchStrategy[str]:
    y, m, day = d.year, d.month, d.day
    return st.one_of(
        st.just(f"{y}年{m}月{day}日"),
        st.just(f"{y}年{m:02d}月{day:02d}日"),
        st.just(f"{y} 年 {m} 月 {day} 日"),
        st.just(f"{y}年{m}月{day}号"),
        st.just(f"{y}-{m:02d}-{day:02d}"),
        st.just(f"{y}.{m}.{day}"),
        st.just(f"{y}/{m}/{day}"),
        st.just(f"{y}年{m:02d}月{day:02d}日".translate(FULL_WIDTH)),
        st.just(f"{y}-{m:02d}-{day:02d}".translate(FULL_WIDTH)),
        st.sampled_from("〇○O0零").map(lambda z: f"{cn_year(y, z)}年{render_cn(m)}月{render_cn(day)}日"),
    )


DATE_PREFIXES = ["当事人于", "本机关于", "城西县应急管理局\n", "送达时间:", "经查，", ""]
DATE_SUFFIXES = ["作出行政处罚决定。", "在城西县文化路被查获", "前缴纳罚款", "\n", "，", ""]


@given(st.data(), st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_dates_in_sentences_round_trip(data: st.DataObject, d: dt.date) -> None:
    form = data.draw(_date_forms(d))
    text = data.draw(st.sampled_from(DATE_PREFIXES)) + form + data.draw(st.sampled_from(DATE_SUFFIXES))
    assert [m.group() for m in DATE_RE.finditer(text)] == [form]
    assert parse_date(form) == d
    assert dates(text) == [(form, d)]
    assert amounts(text) == []


@given(st.lists(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2060, 12, 31)), min_size=1, max_size=5))
def test_several_dates_in_one_paragraph(values: list[dt.date]) -> None:
    text = (
        "经查，"
        + "，".join(
            f"当事人于{d.year}年{d.month}月{d.day}日"
            if i % 2
            else f"于{cn_year(d.year, '〇')}年{render_cn(d.month)}月{render_cn(d.day)}日"
            for i, d in enumerate(values)
        )
        + "分别实施了违法行为。"
    )
    assert [d for _, _, d in find_dates(text)] == values


# ---------------------------------------------------------------------------------------------
# Money amounts
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("5000元", "5000"), ("5,000.00元", "5000"), ("人民币5000元", "5000"), ("¥5000", "5000"),
        ("1.5万元", "15000"), ("3万元", "30000"), ("伍仟元整", "5000"), ("人民币壹万贰仟伍佰元整", "12500"),
        ("壹佰元伍角", "100.5"), ("叁仟元零伍分", "3000.05"), ("贰拾万元", "200000"), ("(大写)伍仟元整", "5000"),
        ("五千元", "5000"), ("1.25万元", "12500"), ("3,000.50元", "3000.5"), ("5 000元", "5000"),
        ("1 0 0 0 0元", "10000"), ("5，000元", "5000"), ("￥５，０００．００", "5000"), ("人民币5000", "5000"),
        ("RMB 5000", "5000"), ("壹佰元伍角贰分", "100.52"), ("拾万元整", "100000"), ("壹拾万元整", "100000"),
        ("人民币(大写)贰万元整", "20000"), ("大写:伍仟元整", "5000"), ("(小写)¥5000.00", "5000"),
        ("貳萬圓整", "20000"), ("两千元", "2000"), ("一万零五百元", "10500"), ("伍仟元正", "5000"),
        ("100元5角", "100.5"), ("¥ 5,000.00", "5000"), ("0.5元", "0.5"), ("3万5000元", "35000"),
        ("5000", "5000"), ("伍仟", "5000"),  # bare numbers are taken as yuan
    ],
)  # fmt: skip
def test_parse_amount(text: str, value: str) -> None:
    assert parse_amount(text) == Decimal(value)


def test_parse_amount_keeps_the_written_precision() -> None:
    assert str(parse_amount("5,000.00元")) == "5000.00"
    assert str(parse_amount("壹佰元伍角")) == "100.5"


@pytest.mark.parametrize(
    "text",
    ["", "元", "罚款5000元", "5000元罚款", "3%", "伍角", "五元五元", "一二万元", "十十元", "1.5元5角", "人民币",
     "¥", "2024年6月3日", "5000美元", "5000日元"],
)  # fmt: skip
def test_parse_amount_rejects_garbage(text: str) -> None:
    with pytest.raises(ValueError, match="not"):
        parse_amount(text)


def test_amount_range_in_the_law_gives_both_ends() -> None:
    text = "违反本条例第十二条规定的，由市场监督管理部门责令改正，处五千元以上二万元以下的罚款。"
    assert amounts(text) == [("五千元", Decimal(5000)), ("二万元", Decimal(20000))]
    text = "情节严重的，处二万元以上五万元以下的罚款。"
    assert amounts(text) == [("二万元", Decimal(20000)), ("五万元", Decimal(50000))]


def test_capital_and_sign_forms_side_by_side() -> None:
    text = "根据《中华人民共和国安全生产法》第九十九条第(一)项的规定，决定处以罚款人民币伍万元整(¥50000.00)。"
    assert amounts(text) == [("人民币伍万元整", Decimal(50000)), ("¥50000.00", Decimal(50000))]
    assert citations(text) == [("第九十九条第(一)项", (99, None, 1))]
    assert dates(text) == []
    text = "罚款人民币伍仟元整(¥5000.00)"
    assert amounts(text) == [("人民币伍仟元整", Decimal(5000)), ("¥5000.00", Decimal(5000))]


def test_amount_labels_and_full_width_forms() -> None:
    text = "罚款金额:人民币(大写)壹万贰仟伍佰元整（小写：￥１２，５００．００）。"
    assert amounts(text) == [
        ("人民币(大写)壹万贰仟伍佰元整", Decimal(12500)),
        ("小写：￥１２，５００．００", Decimal(12500)),
    ]
    text = "（大写）人民币貳萬圓整"
    assert amounts(text) == [("（大写）人民币貳萬圓整", Decimal(20000))]


def test_surcharge_sentence_has_no_amount() -> None:
    text = "到期不缴纳罚款的，每日按罚款数额的3%加处罚款，加处罚款的数额不超过罚款的数额。"
    assert amounts(text) == []
    assert AMOUNT_RE.search(text) is None


def test_dates_and_document_numbers_are_not_amounts() -> None:
    assert amounts("2024年6月3日") == []
    assert dates("2024年6月3日") == [("2024年6月3日", dt.date(2024, 6, 3))]
    assert amounts("城西市监罚〔2024〕12号") == []
    assert dates("城西市监罚〔2024〕12号") == []
    assert amounts("2024年元旦期间，当事人销售过期食品10箱，货值三分之一已售出，十分严重，询问持续了五分钟。") == []


def test_decimals_spaces_and_separators_in_a_decision() -> None:
    text = (
        "决定：一、没收违法所得3,000.50元；二、罚款1.25万元；三、没收的5 000元已上缴；"
        "四、另查明货值金额1 0 0 0 0元，其中5，000元为赠品。"
    )
    assert amounts(text) == [
        ("3,000.50元", Decimal("3000.50")),
        ("1.25万元", Decimal(12500)),
        ("5 000元", Decimal(5000)),
        ("1 0 0 0 0元", Decimal(10000)),
        ("5，000元", Decimal(5000)),
    ]


def test_amount_with_jiao_and_fen_in_a_receipt() -> None:
    text = "收到罚没款人民币壹佰元伍角，滞纳金叁仟元零伍分，合计叁仟壹佰元伍角伍分整。"
    assert amounts(text) == [
        ("人民币壹佰元伍角", Decimal("100.5")),
        ("叁仟元零伍分", Decimal("3000.05")),
        ("叁仟壹佰元伍角伍分整", Decimal("3100.55")),
    ]


def test_amount_match_groups() -> None:
    m = AMOUNT_RE.search("并处人民币叁仟元零伍分的罚款")
    assert m is not None
    assert (m["rmb"], m["sign"], m["number"], m["yuan"], m["jiao"], m["fen"]) == (
        "人民币",
        None,
        "叁仟",
        "元",
        None,
        "伍",
    )
    m = AMOUNT_RE.search("(¥5000.00)")
    assert m is not None
    assert (m["rmb"], m["sign"], m["number"], m["yuan"]) == (None, "¥", "5000.00", None)


def test_amount_does_not_start_inside_a_number_or_swallow_words() -> None:
    assert amounts("处以5000元罚款") == [("5000元", Decimal(5000))]
    assert amounts("第3条规定罚款2000元正在执行") == [("2000元", Decimal(2000))]
    assert amounts("数万元、上千元、万元以下") == []
    assert amounts("不足1万元的，按1万元计算") == [("1万元", Decimal(10000)), ("1万元", Decimal(10000))]


def _amount_forms(cents: int) -> st.SearchStrategy[str]:
    yuan, rest = divmod(cents, 100)
    forms: list[st.SearchStrategy[str]] = [
        st.just(f"{yuan:,}.{rest:02d}元"),
        st.just(f"¥{yuan}.{rest:02d}"),
        st.just(f"¥{yuan:,}.{rest:02d}".translate(FULL_WIDTH).replace("¥", "￥")),
        st.just(f"人民币{yuan}.{rest:02d}元"),
        st.booleans().map(lambda short: render_capital_amount(cents, short_ten=short)),
        st.sampled_from(["人民币", "(大写)", "人民币(大写)", "大写:"]).map(lambda p: p + render_capital_amount(cents)),
    ]
    if rest == 0:
        forms += [
            st.just(f"{yuan}元"),
            st.just(f"{yuan:,}元"),
            st.just(f"{yuan:,}元".replace(",", " ")),
            st.just(f"人民币{yuan}元"),
            st.just(f"¥{yuan}"),
            st.booleans().map(lambda short: render_cn(yuan, short_ten=short) + "元"),
        ]
        if yuan % 100 == 0:
            wan = format((Decimal(yuan) / 10_000).normalize(), "f")
            forms += [st.just(f"{wan}万元"), st.just(f"人民币{wan}万元")]
    return st.one_of(forms)


AMOUNT_PREFIXES = ["决定对当事人处以罚款", "经查，违法所得为", "当事人已缴纳", "没收违法所得，并处", "罚款金额:", ""]
AMOUNT_SUFFIXES = ["。", "，限十五日内缴纳。", "的罚款。", "\n", "(以下空白)", ""]


@given(st.data(), st.integers(min_value=100, max_value=10**11))
def test_amounts_in_sentences_round_trip(data: st.DataObject, cents: int) -> None:
    form = data.draw(_amount_forms(cents))
    text = data.draw(st.sampled_from(AMOUNT_PREFIXES)) + form + data.draw(st.sampled_from(AMOUNT_SUFFIXES))
    value = Decimal(cents) / 100
    assert [m.group() for m in AMOUNT_RE.finditer(text)] == [form]
    assert parse_amount(form) == value
    assert amounts(text) == [(form, value)]
    assert dates(text) == []


@given(st.integers(min_value=1, max_value=10**9), st.integers(min_value=1, max_value=10**9))
def test_law_ranges_round_trip(low: int, high: int) -> None:
    text = (
        f"处{render_cn(low)}元以上{render_cn(high)}元以下的罚款；情节严重的，处{high:,}元以上{high * 2}元以下的罚款。"
    )
    assert [v for _, _, v in find_amounts(text)] == [low, high, high, high * 2]


# ---------------------------------------------------------------------------------------------
# Article numbers
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [("第五十七条", 57), ("第43条", 43), ("四十四条", 44), ("第一百零一条", 101), ("第十条", 10),
     ("第一千二百零一条", 1201), ("57", 57), ("第五十七条第一款", 57), ("第５７条", 57)],
)  # fmt: skip
def test_parse_article(text: str, value: int) -> None:
    assert parse_article(text) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("第五十七条第一款第(二)项", (57, 1, 2)),
        ("第43条", (43, None, None)),
        ("第二十八条第二款", (28, 2, None)),
        ("第六十四条第(四)项", (64, None, 4)),
        ("第六十四条第（四）项", (64, None, 4)),
        ("第六十四条（四）项", (64, None, 4)),
        ("第六十四条(四)项", (64, None, 4)),
        ("第六十四条第四项", (64, None, 4)),
        ("第三十二条第二款第十一项", (32, 2, 11)),
        ("第32条第2款第(11)项", (32, 2, 11)),
        ("五十七条第一款", (57, 1, None)),
    ],
)
def test_parse_citation_tail(text: str, value: tuple[int, int | None, int | None]) -> None:
    assert parse_citation_tail(text) == value


@pytest.mark.parametrize(
    "text",
    [
        "",
        "第条",
        "第五十七",
        "第五十七款",
        "第零条",
        "第五十七条第零款",
        "第五十七条的规定",
        "第两条",
        "第五十七条四项",
    ],
)
def test_parse_citation_tail_rejects_garbage(text: str) -> None:
    with pytest.raises(ValueError, match="not a"):
        parse_citation_tail(text)


@pytest.mark.parametrize("text", ["", "第", "条", "第X条", "第零条", "第五十七条的规定"])
def test_parse_article_rejects_garbage(text: str) -> None:
    with pytest.raises(ValueError, match="not a"):
        parse_article(text)


def test_article_re_named_groups() -> None:
    m = ARTICLE_RE.search("依据《中华人民共和国行政处罚法》第五十七条第一款第(二)项的规定")
    assert m is not None
    assert (m.group(), m["article"], m["clause"], m["item"]) == ("第五十七条第一款第(二)项", "五十七", "一", "二")


def test_find_citations_in_a_decision() -> None:
    text = (
        "当事人的行为违反了《城西市市容和环境卫生管理条例》第二十八条第二款、第二十九条的规定，"
        "依据《中华人民共和国行政处罚法》第三十二条第(一)项、第六十四条（四）项及"
        "《城西市市容和环境卫生管理条例》第43条，参照第四十四条第一款第二项，决定处以罚款人民币伍佰元整。"
    )
    assert citations(text) == [
        ("第二十八条第二款", (28, 2, None)),
        ("第二十九条", (29, None, None)),
        ("第三十二条第(一)项", (32, None, 1)),
        ("第六十四条（四）项", (64, None, 4)),
        ("第43条", (43, None, None)),
        ("第四十四条第一款第二项", (44, 1, 2)),
    ]
    assert amounts(text) == [("人民币伍佰元整", Decimal(500))]
    assert dates(text) == []


def _item_forms(item: int) -> st.SearchStrategy[str]:
    cn = render_cn(item)
    return st.sampled_from([f"第({cn})项", f"第（{cn}）项", f"({cn})项", f"（{cn}）项", f"第{cn}项", f"第({item})项"])


@given(
    st.data(),
    st.integers(min_value=1, max_value=1999),
    st.none() | st.integers(min_value=1, max_value=9),
    st.none() | st.integers(min_value=1, max_value=30),
    st.booleans(),
)
def test_citations_in_sentences_round_trip(
    data: st.DataObject, article: int, clause: int | None, item: int | None, arabic: bool
) -> None:
    text = f"第{article}条" if arabic else f"第{render_cn(article)}条"
    if clause is not None:
        text += f"第{render_cn(clause)}款"
    if item is not None:
        text += data.draw(_item_forms(item))
    sentence = f"依据《中华人民共和国行政处罚法》{text}的规定，决定如下"
    assert [m.group() for m in ARTICLE_RE.finditer(sentence)] == [text]
    assert parse_citation_tail(text) == (article, clause, item)
    assert parse_article(f"第{render_cn(article)}条") == article
    assert citations(sentence) == [(text, (article, clause, item))]
    assert amounts(sentence) == [] and dates(sentence) == []


# ---------------------------------------------------------------------------------------------
# Robustness
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "run", ["1" * 20_000, "一" * 20_000, "1 " * 20_000, "二〇二四" * 5_000, "5," * 20_000, "第一" * 20_000]
)
def test_long_numeral_runs_are_searched_quickly(run: str) -> None:
    # Each pattern may start only at the beginning of a run, so the search stays linear; a
    # quadratic search would take tens of seconds here.
    assert find_amounts(run + "的") == []
    assert find_dates(run) == []
    assert find_citations(run) == []
