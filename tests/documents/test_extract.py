"""Extraction from realistic (invented) document texts: the hard cases of issue 4.

Texts go through the same normalisation as text read from a PDF (``testing.document_facts``),
and every test asserts the complete list of what was extracted of the kind it is about.
"""

from __future__ import annotations

from enforcement_audit.documents import facts as F
from enforcement_audit.documents.extract import canonical_number
from enforcement_audit.documents.facts import DocumentFacts, RightNotice
from enforcement_audit.testing import document_facts

DECISION = """城西县应急管理局
行政处罚决定书
城西应急罚〔2024〕12号
当事人：城西县某某化工有限公司
统一社会信用代码：91330199MA0000001X
地址：城西县工业园区纬三路8号
经查，你单位于2024年5月20日未按规定对从业人员进行安全生产教育和培训，以上事实有现场检查笔录、询问笔录等证据证实。
你单位的上述行为违反了《中华人民共和国安全生产法》第二十八条第一款的规定。依据《中华人民共和国安全生产法》第九十七条第（三）项
的规定，该行为依法应处十万元以下的罚款。
本机关决定给予如下行政处罚：罚款人民币叁万元整（¥30,000.00）。
限你单位自收到本决定书之日起十五日内缴至城西县农商银行，到期不缴纳罚款的，每日按罚款数额的3%加处罚款。
如不服本决定，可以在收到本决定书之日起六十日内向城西县人民政府申请行政复议，也可以在六个月内依法向城西县人民法院提起行政诉讼。
城西县应急管理局（印章）
二〇二四年七月十五日"""


def values(facts: DocumentFacts, kind: str) -> list[tuple[str, str]]:
    return [(v.value, v.role) for v in facts.of(kind)]


def test_decision_values_with_roles() -> None:
    facts = document_facts(DECISION)
    assert (facts.kind, facts.title) == ("punishment_decision", "行政处罚决定书")
    assert values(facts, F.DOC_NUMBER) == [("城西应急罚〔2024〕12号", "")]
    assert values(facts, F.CASE_NUMBER) == []
    assert values(facts, F.PARTY_NAME) == [("城西县某某化工有限公司", "")]
    assert values(facts, F.CREDIT_CODE) == [("91330199MA0000001X", "")]
    assert values(facts, F.DATE) == [("2024-05-20", F.OTHER), ("2024-07-15", F.SIGNATURE_DATE)]
    # the law's range is not the fine; capital and digit forms are both the fine
    assert values(facts, F.AMOUNT) == [("100000", F.RANGE), ("30000", F.FINE), ("30000", F.FINE)]
    assert values(facts, F.ORGAN) == [("城西县应急管理局", ""), ("城西县应急管理局", "")]
    assert [v.kind for v in facts.of(F.SEAL)] == [F.SEAL]
    assert [(c.law, c.article, c.paragraph, c.item, c.page) for c in facts.citations] == [
        ("work-safety-law", 28, 1, None, 1),
        ("work-safety-law", 97, None, 3, 1),
    ]
    assert facts.citations[1].text == "《中华人民共和国安全生产法》第九十七条第(三)项"
    assert facts.rights == (RightNotice("review", 1, 60, "日"), RightNotice("litigation", 1, 6, "个月"))


def test_traditional_characters_and_spaced_digits() -> None:
    text = "城西縣應急管理局\n行政處罰決定書\n當事人：城西縣某某五金店\n決定給予罰款人民幣 3 0 0 0 0 元的行政處罰。\n二〇二四年七月十五日"
    facts = document_facts(text)
    assert facts.kind == "punishment_decision"
    assert values(facts, F.PARTY_NAME) == [("城西县某某五金店", "")]
    assert values(facts, F.AMOUNT) == [("30000", F.FINE)]
    assert values(facts, F.DATE) == [("2024-07-15", F.SIGNATURE_DATE)]


def test_capital_numerals_decimals_and_surcharge_and_repayment() -> None:
    text = ("决定处以罚款壹万贰仟伍佰元整。另没收违法所得1.25万元。逾期每日按罚款数额的百分之三加处罚款，"
            "加处罚款的数额不超过罚款本金。已退还多收的罚款3,000.50元。")
    facts = document_facts(text)
    assert values(facts, F.AMOUNT) == [("12500", F.FINE), ("12500", F.CONFISCATION), ("3000.5", F.REPAYMENT)]


def test_several_document_numbers_and_a_labelled_case_number() -> None:
    text = ("案号：城西应急罚〔2024〕12号\n你单位未履行城西应急罚[2024]12号行政处罚决定，本机关于2024年9月2日作出"
            "城西应急催〔2024〕3号催告书。")
    facts = document_facts(text)
    assert values(facts, F.CASE_NUMBER) == [("城西应急罚〔2024〕12号", "")]
    assert values(facts, F.DOC_NUMBER) == [("城西应急罚〔2024〕12号", ""), ("城西应急催〔2024〕3号", "")]
    assert canonical_number("城西应急罚（2024）第 012 号") == "城西应急罚〔2024〕12号"


def test_old_and_new_article_numbering_and_article_lists() -> None:
    text = ("依据《中华人民共和国行政处罚法》第三十一条、第三十二条的规定，告知你单位享有陈述、申辩的权利。"
            "根据行政处罚法第43条和四十四条，本机关拟作出处罚。"
            "《中华人民共和国安全生产法》（2014年修正）第九十四条第一款第（一）项。")
    facts = document_facts(text)
    assert [(c.law, c.article, c.paragraph, c.item, c.version_year) for c in facts.citations] == [
        ("administrative-penalty-law", 31, None, None, None),
        ("administrative-penalty-law", 32, None, None, None),
        ("administrative-penalty-law", 43, None, None, None),
        ("administrative-penalty-law", 44, None, None, None),
        ("work-safety-law", 94, 1, 1, 2014),
    ]


def test_date_only_in_the_signature_block_on_page_two() -> None:
    pages = ["行政处罚事先告知书\n当事人：城西县某某商店\n经查，你单位存在违法行为。",
             "如要求听证，应当在收到本告知书之日起五个工作日内提出。\n城西县市场监督管理局\n二0二三年二月十三日"]
    facts = document_facts(pages)
    assert facts.kind == "advance_notice"
    assert [(v.value, v.role, v.page) for v in facts.of(F.DATE)] == [("2023-02-13", F.SIGNATURE_DATE, 2)]
    assert facts.rights == (RightNotice("hearing", 2, 5, "个工作日"),)


def test_officers_with_certificate_numbers() -> None:
    text = "执法人员：陈立新（执法证号：33019921010001）、刘晓东（执法证号：33019921010002）\n询问时间：2024年6月3日14时00分至15时10分"
    facts = document_facts(text)
    assert [(o.name, o.certificate) for o in facts.officers] == [("陈立新", "33019921010001"), ("刘晓东", "33019921010002")]
    assert values(facts, F.DATE) == [("2024-06-03", F.RECORD_TIME)]


def test_blank_page_is_reported_and_not_read() -> None:
    facts = document_facts(["现场笔录\n当事人：城西县某某商店", "   ", "城西县市场监督管理局\n2024年6月3日"])
    assert facts.pages_without_text == (2,)
    assert (facts.page_count, facts.pages_read) == (3, 2)
    assert values(facts, F.DATE) == [("2024-06-03", F.SIGNATURE_DATE)]


def test_facts_round_trip_through_json() -> None:
    facts = document_facts(DECISION)
    assert DocumentFacts.from_json(facts.to_json()) == facts


def test_form_rows_read_as_one_line_keep_their_labels() -> None:
    """A table row (label cell + value cell) comes out of the text layer glued: 案号城西…; 当事人城西…"""
    text = ("城西县应急管理局\n立案审批表\n案号城西应急罚〔2024〕23号\n案件来源日常执法检查\n当事人城西县某某商店\n"
            "统一社会信用代码923301990000000191\n负责人:杨振华\n二〇二四年八月二十二日")
    facts = document_facts(text)
    assert values(facts, F.CASE_NUMBER) == [("城西应急罚〔2024〕23号", "")]
    assert values(facts, F.PARTY_NAME) == [("城西县某某商店", "")]
    assert values(facts, F.CREDIT_CODE) == [("923301990000000191", "")]


def test_signature_lines_name_who_signs() -> None:
    text = ("扣押财物清单\n本清单一式二份，当事人和本机关各执一份。\n当事人签名：______ 日期：______\n"
            "执法人员签名：______\n代履行人（签字）______\n签名：______")
    facts = document_facts(text)
    assert values(facts, F.SIGNATURE) == [("当事人", ""), ("执法人员", ""), ("代履行人", ""), ("签名", "")]
    assert values(facts, F.PARTY_NAME) == []  # "当事人签名" is a signature line, not a party named 签名
