"""Character normalisation and the joining of wrapped lines (enforcement_audit.documents.normalize)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from enforcement_audit.documents.normalize import join_wrapped_lines, normalize, normalize_page

# A full body line of a decision letter (about 35 characters) and the short line ending its paragraph.
FULL = "经查，当事人于2024年6月1日在城西县某某路12号经营场所内销售超过保质期的"
REST = "食品，违反了《中华人民共和国食品安全法》的规定。"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # NFKC: full-width digits, letters and punctuation become half-width
        ("２０２４年", "2024年"),
        ("ＡＢＣ１２３", "ABC123"),
        ("当事人：城西县某某日用品经营部", "当事人:城西县某某日用品经营部"),
        ("（一）违法事实", "(一)违法事实"),
        # compatibility ideographs and Kangxi radicals become ordinary ideographs
        ("⽇期", "日期"),
        # traditional to simplified
        ("行政處罰決定書", "行政处罚决定书"),
        ("當事人於二〇二四年", "当事人于二〇二四年"),
        # Chinese numerals and CJK punctuation without compatibility forms are kept
        ("二〇二四年六月一日", "二〇二四年六月一日"),
        ("一、二、三。", "一、二、三。"),
        ("〔2024〕第12号《行政处罚法》", "〔2024〕第12号《行政处罚法》"),
        # spaces between CJK characters and between CJK and digits
        ("罚 款", "罚款"),
        ("当 事 人", "当事人"),
        ("2024 年 6 月 1 日", "2024年6月1日"),
        ("第 1 页 共 3 页", "第1页共3页"),
        ("当事人 : 某某", "当事人:某某"),
        ("\u3000\u3000经查，", "经查,"),  # ideographic spaces (indent) are stripped at line start
        # spaces next to Latin words are kept
        ("ABC 公司", "ABC 公司"),
        ("使用 WPS Office 编辑", "使用 WPS Office 编辑"),
        # letter-spaced digits followed by a CJK character are one number
        ("1 0 0 0 0 元", "10000元"),
        ("罚款 1 0 0 0 0元", "罚款10000元"),
        # thin-space thousands groups followed by a CJK character
        ("5 000元", "5000元"),
        ("罚款 10 000 元", "罚款10000元"),
        ("1 200 000元", "1200000元"),
        # ... but not two numbers
        ("2024 2025年", "2024 2025年"),
        ("12 3456元", "12 3456元"),
        ("序号 1 2 3", "序号1 2 3"),  # a row of cells at the end of a line
        ("1 2 3\n4", "1 2 3\n4"),
        ("1 000.5元", "1 000.5元"),  # decimals are never touched
        ("1,000 元", "1,000元"),
        # line endings, runs of spaces, blank lines, invisible characters
        ("甲\r\n乙\r丙\u2028丁", "甲\n乙\n丙\n丁"),
        ("a  b\t\tc", "a b c"),
        ("甲\n\n\n\n乙", "甲\n\n乙"),
        ("  甲  \n  乙  ", "甲\n乙"),
        ("\n\n甲\n\n", "甲"),
        ("罚\u200b款\ufeff", "罚款"),
        ("a\x00b\x02c", "abc"),
        ("罚\ud800款", "罚款"),  # a lone surrogate (cannot be encoded)
        ("\u00ad", ""),
    ],
)
def test_normalize(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


def test_normalize_does_not_join_lines() -> None:
    assert normalize(f"{FULL}\n{REST}") == f"{normalize(FULL)}\n{normalize(REST)}"


TEXT_ALPHABET = st.sampled_from(
    list("罚款當事人處決定書乾隆於後发髮干年月日〇一二（）：，。;1234567890０１２ABCab元 　\n\r\t\u200b")
)


@settings(max_examples=300, deadline=None)
@given(st.text(TEXT_ALPHABET, max_size=40))
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


# ------------------------------------------------------------------ wrapped lines


def test_wrapped_sentence_is_joined() -> None:
    assert join_wrapped_lines(f"{FULL}\n{REST}") == FULL + REST


def test_sentence_end_is_kept() -> None:
    first = "当事人于2024年6月1日在城西县某某路12号经营场所销售过期食品。"
    second = "执法人员当场进行了检查，并制作了现场检查笔录，当事人签字确认无异议。"
    assert join_wrapped_lines(f"{first}\n{second}") == f"{first}\n{second}"


@pytest.mark.parametrize("end", [";", ":", "!", "?", "；", "：", "。"])
def test_line_ending_a_clause_is_kept(end: str) -> None:
    first = FULL[:-1] + end
    assert join_wrapped_lines(f"{first}\n{REST}") == f"{first}\n{REST}"


@pytest.mark.parametrize(
    "start",
    [
        "一、责令改正违法行为",
        "十二、其他事项",
        "(一)没收违法所得",
        "（二）罚款",
        "(1)警告",
        "1.警告",
        "2、罚款",
        "3)没收",
        "第二章 行政处罚的种类",
        "第三节 简易程序",
        "第二条 本法所称行政处罚",
        "附件：现场检查笔录",
        "附：证据清单",
        "备注：无",
        "□同意 □不同意",
        "(印章)",
        "签名：",
        "当事人:城西县某某日用品经营部",
        "法定代表人：王某某",
        "2024年6月15日",
        "二〇二四年六月十五日",
        "执法人员签名 日期:",
    ],
)
def test_new_item_is_not_joined(start: str) -> None:
    assert join_wrapped_lines(f"{FULL}\n{start}") == f"{FULL}\n{start}"


def test_date_inside_a_sentence_is_joined() -> None:
    second = "2024年6月2日再次检查时仍在销售。"
    assert join_wrapped_lines(f"{FULL}\n{second}") == FULL + second


def test_decimal_at_line_start_is_joined() -> None:
    first = "经查，当事人于2024年6月1日在城西县某某路12号经营场所销售过期食品共计"
    assert join_wrapped_lines(f"{first}\n1.5千克。") == first + "1.5千克。"


def test_citation_continues_across_lines() -> None:
    first = "经查，当事人的行为违反了《中华人民共和国食品安全法》和《中华人民共和国行政处罚法》"
    second = "第三十四条的规定。"
    assert join_wrapped_lines(f"{first}\n{second}") == first + second


def test_short_lines_are_never_joined() -> None:
    text = f"行政处罚决定书\n城西县综合行政执法局\n{FULL}\n{REST}\n城西县综合行政执法局\n联系人王某某"
    assert join_wrapped_lines(text).split("\n") == [
        "行政处罚决定书",
        "城西县综合行政执法局",
        FULL + REST,
        "城西县综合行政执法局",
        "联系人王某某",
    ]


def test_heading_filling_the_line_is_not_joined() -> None:
    heading = "一、当事人的基本情况和违法事实以及认定违法事实的证据材料和调查取证经过"
    body = "当事人城西县某某日用品经营部系个体工商户，经营者王某某。"
    assert join_wrapped_lines(f"{heading}\n{body}") == f"{heading}\n{body}"


def test_paragraph_break_is_kept() -> None:
    assert join_wrapped_lines(f"{FULL}\n\n{REST}") == f"{FULL}\n\n{REST}"


def test_narrow_text_is_left_alone() -> None:
    # the widest line is under 20 columns: a form or a table, not wrapped prose
    assert join_wrapped_lines("受送达人\n城西县某某经营部") == "受送达人\n城西县某某经营部"


def test_latin_words_get_a_space_and_digits_none() -> None:
    latin = "The party was informed of the right to a hearing and to state its case"
    assert join_wrapped_lines(f"{latin}\nin writing.") == latin + " in writing."
    number = "身份证号码为330199199001011234的当事人及其委托代理人到场，证件号码33019919"
    assert join_wrapped_lines(f"{number}\n9001011234已核对。") == number + "9001011234已核对。"


def test_join_uses_the_physical_line() -> None:
    # the second line is short (end of a paragraph without a full stop): the third stays apart
    text = f"{FULL}\n食品\n{REST}"
    assert join_wrapped_lines(text) == f"{FULL}食品\n{REST}"


def test_normalize_page_normalises_then_joins() -> None:
    raw = "經查，當事人於２０２４年６月１日在城西縣某某路12號經營場所內銷售超過保質期的\r\n食品，罰款 5 000 元。"
    assert (
        normalize_page(raw) == "经查,当事人于2024年6月1日在城西县某某路12号经营场所内销售超过保质期的食品,罚款5000元。"
    )


@pytest.mark.parametrize(("raw", "expected"), [
    ("身份证号码：330199199001011234", "身份证号码:330199199001011234"),  # a label with its colon is left whole
    ("身份证件号码：330199199001011234", "身份证件号码:330199199001011234"),
    ("身份证号码330199199001011234", "身份证号码:330199199001011234"),  # a form cell: the colon is put back
    ("身份证号330199199001011234", "身份证号:330199199001011234"),
])
def test_form_label_is_never_split(raw: str, expected: str) -> None:
    # the label 身份证号码 once lost its last character to the value (身份证号:码:…), hiding the number
    assert normalize_page(raw) == expected
