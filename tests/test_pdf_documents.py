"""scripts/pdf_documents.py renders enforcement documents as PDF: read them back with pypdfium2.

All data below is invented (the county 城西县 and its bodies, officers and parties of the samples).
Extracted text is NFKC-normalised and stripped of whitespace before comparing, because the body text
wraps across lines as in real PDFs; full-width brackets and ￥ become ASCII under NFKC.
"""

from __future__ import annotations

import importlib.util
import io
import re
import sys
import unicodedata
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any

import pdfplumber
import pypdfium2 as pdfium
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("pdf_documents", ROOT / "scripts" / "pdf_documents.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses resolve annotations through sys.modules
    spec.loader.exec_module(module)
    return module


pd = _load()


def pages(pdf: bytes) -> list[str]:
    doc = pdfium.PdfDocument(pdf)
    try:
        return [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
    finally:
        doc.close()


def flat(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


_FOOT = re.compile(r"^(第 \d+ 页 共 \d+ 页|\S+签名：_+)$", re.M)


def text_of(pdf: bytes) -> str:
    """The whole text, page footers (page numbers, per-page signatures) taken out."""
    return flat("".join(_FOOT.sub("", p.replace("\r", "")) for p in pages(pdf)))


# ---------------------------------------------------------------------- invented data

YJ = {"organ": "城西县应急管理局", "party_name": "城西县某某五金制品有限公司", "party_kind": "organisation",
      "credit_code": "913301990000000021", "address": "城西县河塘镇工业园区纬二路8号", "legal_rep": "许某某",
      "officers": [("赵文博", "33019921020001"), ("钱海峰", "33019921020002")]}
FACTS = ("2024年8月20日，本机关执法人员在日常执法检查中发现，当事人冲压车间新入职的3名冲压工未经安全生产教育和培训"
         "即上岗作业。经调查，当事人自2024年3月起未按照规定对新入职从业人员进行岗前安全生产教育和培训，"
         "也未如实记录安全生产教育和培训情况。")
EVIDENCE = ["现场检查笔录一份，证明当事人冲压车间作业人员的现场情况", "询问笔录二份，证明当事人未组织新入职从业人员进行安全培训",
            "当事人营业执照复印件一份，证明当事人的主体资格", "现场照片十二张"]
BASIS = ["《中华人民共和国安全生产法》第九十七条第(三)项"]
VIOLATED = ["《中华人民共和国安全生产法》第二十八条第一款"]
PAYMENT = "通过城西县非税收入电子缴款系统或者到城西县农村商业银行各营业网点缴纳"
MR = {"organ": "城西县市场监督管理局", "case_number": "城西市监强〔2024〕8号", "party_name": "城西县某某日用品经营部",
      "credit_code": "923301990000000071", "address": "城西县青山镇人民路102号",
      "officers": [{"name": "陈立新", "certificate": "33019921010001"}, {"name": "刘晓东", "certificate": "33019921010002"}]}
ITEMS = [("儿童电动玩具车", "36台"), {"name": "配套充电器", "quantity": "36个"}]
ZF = {"organ": "城西县综合行政执法局", "case_number": "城西综执执〔2024〕11号", "party_name": "王某某",
      "party_kind": "individual", "id_number": "330199196512300041", "address": "城西县青山镇青山村三组18号",
      "officers": [("郑宇航", "33019921030001"), ("王志强", "33019921030002")]}
HT = {"organ": "城西县河塘镇人民政府", "case_number": "河塘镇检〔2026〕3号", "party_name": "城西县某某饭店",
      "credit_code": "923301990000000321", "officers": [("孔令辉", "33019921102001"), ("曹宁", "33019921102002")]}
DECISION = "《行政处罚决定书》（城西应急罚〔2024〕17号）"

#: kind → (fields, strings the text must contain besides the case number)
CASES: dict[str, tuple[dict[str, Any], list[str]]] = {
    "filing_approval": (
        {**YJ, "case_number": "城西应急罚〔2024〕17号", "source": "日常执法检查", "cause": "涉嫌未按规定对从业人员进行安全生产教育和培训",
         "facts": FACTS, "violated": VIOLATED, "approver": "杨振华", "date": date(2024, 8, 22)},
        ["立案审批表", "案件来源", "日常执法检查", "913301990000000021", "同意立案", "负责人:杨振华", "二〇二四年八月二十二日"]),
    "inspection_approval": (
        {**HT, "cause": "液化气使用安全检查", "facts": "群众举报饭店后厨液化气钢瓶漏气", "approver": "吕志明",
         "start": datetime(2026, 2, 10, 19, 0), "date": date(2026, 2, 11)},
        ["行政检查审批表", "孔令辉(执法证号:33019921102001)", "2026年2月10日19时00分", "二〇二六年二月十一日"]),
    "approval_form": (
        {**MR, "cause": "涉嫌销售不合格儿童电动玩具车", "facts": "产品质量监督抽查发现电池组疑似不合格", "items": ITEMS,
         "measure_period": 30, "approver": "周建国", "date": date(2024, 6, 4)},
        ["实施行政强制措施审批表", "儿童电动玩具车36台", "三十日", "同意实施扣押"]),
    "inquiry_record": (
        {**YJ, "case_number": "城西应急罚〔2024〕17号", "start": datetime(2024, 6, 3, 14, 0), "end": datetime(2024, 6, 3, 15, 10),
         "place": "城西县应急管理局执法大队询问室", "interviewee": "孙某某", "interviewee_role": "安全管理负责人",
         "cause": "未按规定开展安全生产教育和培训", "qa": [("你单位冲压车间有多少名作业人员？", "一共十二名，其中三名是今年七月新招的。"),
                                                      ("新招的三名冲压工上岗前是否接受过安全培训？", "没有，车间急着赶订单，就直接上岗了。")],
         "signatures": ["被询问人", "询问人", "记录人"]},
        ["询问笔录", "询问时间:2024年6月3日14时00分至15时10分", "被询问人:孙某某", "执法证号分别为33019921020001、33019921020002",
         "问:新招的三名冲压工上岗前是否接受过安全培训?", "答:没有", "被询问人签名:"]),
    "inspection_record": (
        {**YJ, "case_number": "城西应急罚〔2024〕17号", "start": "2024-08-23T09:00:00", "end": "2024-08-23T11:20:00",
         "place": "城西县某某五金制品有限公司冲压车间", "interviewee": "孙某某", "interviewee_role": "安全管理负责人",
         "facts": "冲压车间在岗作业人员12名，其中3名新入职人员不能出示岗前安全培训记录。",
         "evidence": ["现场拍摄照片12张", "调取员工花名册复印件1份"], "signatures": ["被检查人", "检查人员", "记录人"]},
        ["现场检查笔录", "检查时间:2024年8月23日9时00分至11时20分", "被检查人:城西县某某五金制品有限公司", "出示了行政执法证件",
         "现场拍摄照片12张", "被检查人签名:"]),
    "on_site_record": (
        {**MR, "start": "2024-06-04T14:00:00", "end": "2024-06-04T16:10:00", "place": "城西县青山镇人民路102号经营场所",
         "witness": "周某某（人民路社区工作人员）", "facts": "当事人店内货架陈列待售儿童电动玩具车36台，与抽检不合格样品同批次。",
         "items": ITEMS, "signatures": ["当事人", "见证人", "执法人员"]},
        ["现场笔录", "当场告知当事人采取行政强制措施的理由、依据", "见证人:周某某", "儿童电动玩具车36台", "当事人签名:"]),
    "sampling_record": (
        {"organ": "城西县生态环境局", "case_number": "城西环罚〔2026〕5号", "party_name": "城西县某某印染有限公司",
         "credit_code": "913301990000000061", "officers": [("林晨", "33019921040002"), ("黄思远", "33019921040001")],
         "start": "2026-05-21T09:00:00", "end": "2026-05-21T11:30:00", "place": "总排放口",
         "items": [("废水样品", "2瓶（各1000毫升）", "化学需氧量")], "signatures": ["被采样单位", "采样人员"]},
        ["采样记录单", "废水样品", "2瓶(各1000毫升)", "被采样单位:城西县某某印染有限公司"]),
    "statement_record": (
        {**YJ, "case_number": "城西应急罚〔2024〕17号", "start": "2024-09-25T10:00:00", "end": "2024-09-25T10:40:00",
         "place": "城西县应急管理局", "related_document": "《行政处罚告知书》", "facts": "当事人称已于9月完成全部员工补充培训，请求从轻处罚。",
         "review_opinion": "当事人已改正违法行为，予以采纳，在裁量基准内从轻处罚。"},
        ["陈述申辩笔录", "陈述申辩人:城西县某某五金制品有限公司", "复核意见:当事人已改正违法行为"]),
    "investigation_report": (
        {**YJ, "case_number": "城西应急罚〔2024〕17号", "cause": "未按规定对从业人员进行安全生产教育和培训", "source": "日常执法检查",
         "facts": FACTS, "evidence": EVIDENCE, "violated": VIOLATED, "basis": BASIS, "fine": Decimal("45000"),
         "date": date(2024, 9, 10)},
        ["案件调查终结报告", "一、当事人基本情况", "五、处理意见", "罚款人民币肆万伍仟元整(¥45,000.00)", "承办人:赵文博、钱海峰"]),
    "legal_review_opinion": (
        {**YJ, "case_number": "城西应急罚〔2024〕17号", "cause": "未按规定对从业人员进行安全生产教育和培训", "basis": BASIS,
         "fine": Decimal("45000"), "reviewer": ("周静", "A20193301990052"), "date": date(2024, 9, 12),
         "review_opinion": "本案事实清楚，证据确凿，适用法律正确，程序合法，裁量适当，同意处理意见。"},
        ["法制审核意见书", "审核意见", "周静(法律职业资格证书编号:A20193301990052)", "二〇二四年九月十二日"]),
    "collective_deliberation_minutes": (
        {**YJ, "case_number": "城西应急罚〔2024〕17号", "start": "2024-09-19T15:00:00", "place": "局三楼会议室", "host": "杨振华",
         "attendees": ["杨振华", "邓晓峰"], "recorder": "钱海峰", "cause": "未按规定进行安全生产教育和培训",
         "minutes": [("邓晓峰", "事实清楚，同意罚款四万五千元。"), ("杨振华", "同意。")], "conclusion": "对当事人罚款四万五千元。"},
        ["重大案件集体讨论记录", "主持人:杨振华", "邓晓峰:事实清楚", "讨论决定:对当事人罚款四万五千元。"]),
    "advance_notice": (
        {**YJ, "doc_number": "城西应急告〔2024〕15号", "case_number": "城西应急罚〔2024〕17号", "facts": FACTS, "evidence": EVIDENCE,
         "violated": VIOLATED, "basis": BASIS, "fine": Decimal("45000"), "rights": ["陈述", "申辩", "听证"],
         "date": date(2024, 9, 23)},
        ["行政处罚事先告知书", "城西应急告〔2024〕15号", "城西县某某五金制品有限公司:", "你单位依法享有陈述、申辩的权利",
         "如要求听证,应当在收到本告知书之日起五个工作日内提出", "罚款人民币肆万伍仟元整(¥45,000.00)", "二〇二四年九月二十三日"]),
    "hearing_request": (
        {"organ": "城西县市场监督管理局", "case_number": "城西市监罚〔2025〕41号", "party_name": "城西县某某餐饮管理有限公司",
         "credit_code": "913301990000000051", "legal_rep": "钟某某", "related_document": "《行政处罚告知书》",
         "related_date": date(2025, 7, 3), "facts": "拟罚款数额明显过重。", "date": date(2025, 7, 7)},
        ["听证申请书", "申请人:城西县某某餐饮管理有限公司", "特申请举行听证", "(盖章)", "二〇二五年七月七日"]),
    "hearing_notice": (
        {"organ": "城西县市场监督管理局", "case_number": "城西市监罚〔2025〕41号", "party_name": "城西县某某餐饮管理有限公司",
         "start": "2025-07-21T09:30:00", "place": "城西县市场监督管理局听证室", "host": "方某某", "date": date(2025, 7, 9)},
        ["行政处罚听证通知书", "定于2025年7月21日9时30分", "方某某担任主持人", "视为放弃听证权利"]),
    "hearing_record": (
        {"organ": "城西县市场监督管理局", "case_number": "城西市监罚〔2025〕41号", "party_name": "城西县某某餐饮管理有限公司",
         "officers": [("刘晓东", "33019921010002"), ("宋佳怡", "33019921010003")], "start": "2025-07-21T09:30:00",
         "end": "2025-07-21T11:45:00", "place": "听证室", "host": "方某某", "minutes": [("调查人员", "当事人使用超过保质期的乳制品。"),
                                                                              ("当事人", "数量少，请求减轻处罚。")],
         "signatures": ["当事人", "听证主持人"]},
        ["听证笔录", "听证主持人:方某某", "调查人员:当事人使用超过保质期的乳制品。"]),
    "punishment_decision": (
        {**YJ, "case_number": "城西应急罚〔2024〕17号", "facts": FACTS, "evidence": EVIDENCE, "violated": VIOLATED, "basis": BASIS,
         "fine": Decimal("45000"), "payment": PAYMENT, "rights": ["复议", "诉讼"], "date": date(2024, 10, 8)},
        ["行政处罚决定书", "当事人:城西县某某五金制品有限公司", "统一社会信用代码:913301990000000021",
         "罚款人民币肆万伍仟元整(¥45,000.00)", "到期不缴纳罚款的,每日按罚款数额的百分之三加处罚款",
         "可以在收到本决定书之日起六十日内向城西县人民政府申请行政复议", "或者在六个月内依法向城西县人民法院提起行政诉讼",
         "城西县应急管理局(印章)", "二〇二四年十月八日"]),
    "proof_of_service": (
        {**YJ, "case_number": "城西应急罚〔2024〕17号", "served_document": DECISION, "service_method": "direct",
         "place": "当事人办公室", "recipient": "许某某", "date": date(2024, 10, 9)},
        ["送达回证", "送达文书名称及文号", "城西应急罚〔2024〕17号", "直接送达", "许某某", "送达人", "赵文博、钱海峰"]),
    "seizure_decision": (
        {**MR, "doc_number": "城西市监强扣〔2024〕8号", "facts": "你单位销售的儿童电动玩具车经抽检电池组不合格。",
         "basis": ["《中华人民共和国产品质量法》第十八条第一款第(四)项"], "items": ITEMS, "measure_period": 30,
         "date": date(2024, 6, 4), "deadline": date(2024, 7, 3), "rights": ["陈述", "申辩", "复议", "诉讼"]},
        ["实施行政强制措施决定书(扣押)", "城西市监强扣〔2024〕8号", "案号:城西市监强〔2024〕8号", "本机关决定对你单位的下列财物实施扣押",
         "扣押期限为三十日,自2024年6月4日起至2024年7月3日止", "向城西县人民政府申请行政复议"]),
    "seal_up_decision": (
        {"organ": "城西县生态环境局", "case_number": "城西环强〔2025〕2号", "party_name": "城西县某某电镀有限公司",
         "credit_code": "913301990000000131", "facts": "你单位电镀生产线废水未经处理直接排放。", "items": [("电镀生产线", "1条")],
         "measure_period": 30, "rights": ["复议", "诉讼"], "date": date(2025, 3, 5)},
        ["实施行政强制措施决定书(查封)", "实施查封", "查封期限为三十日", "电镀生产线1条"]),
    "seizure_inventory": (
        {**MR, "related_document": "城西市监强扣〔2024〕8号", "place": "城西县青山镇人民路102号", "items": ITEMS,
         "signatures": ["当事人", "执法人员"], "date": date(2024, 6, 4)},
        ["扣押财物清单", "序号", "儿童电动玩具车", "36台", "配套充电器", "36个", "以上物品经当事人核对无误"]),
    "seal_up_inventory": (
        {"organ": "城西县生态环境局", "case_number": "城西环强〔2025〕2号", "party_name": "城西县某某电镀有限公司",
         "items": [("电镀生产线", "1条", "已张贴封条")], "date": date(2025, 3, 5)},
        ["查封场所、设施、财物清单", "电镀生产线", "已张贴封条"]),
    "release_decision": (
        {**MR, "doc_number": "城西市监解〔2024〕8号", "related_document": "《实施行政强制措施决定书》（城西市监强扣〔2024〕8号）",
         "related_date": date(2024, 6, 4), "facts": "经检验，涉案产品符合国家标准。", "items": ITEMS,
         "deadline": date(2024, 7, 5), "place": "城西县市场监督管理局涉案财物保管室", "date": date(2024, 6, 28)},
        ["解除行政强制措施决定书", "本机关决定解除对下列财物的扣押", "请你单位于2024年7月5日前持本决定书到"]),
    "demand_notice": (
        {**ZF, "doc_number": "城西综执催〔2024〕11号", "related_document": "《责令限期拆除决定书》", "related_date": date(2024, 3, 18),
         "facts": "你在法定期限内未申请行政复议，也未提起行政诉讼，至今未自行拆除违法建筑。",
         "penalty": "自行拆除位于城西县青山镇青山村三组18号的违法建筑（彩钢棚约60平方米）", "deadline": date(2024, 10, 20),
         "rights": ["陈述", "申辩"], "conclusion": "逾期仍不履行的，本机关将依法强制拆除。", "date": date(2024, 10, 10)},
        ["催告书", "王某某:", "现催告你于2024年10月20日前履行下列义务", "你依法享有陈述、申辩的权利", "二〇二四年十月十日"]),
    "announcement": (
        {**ZF, "title": "限期自行拆除公告", "doc_number": "城西综执告〔2024〕11号", "facts": "王某某在城西县青山镇青山村三组18号未经规划许可搭建彩钢棚。",
         "measure": "自行拆除上述违法建筑", "deadline": date(2024, 10, 20), "date": date(2024, 10, 10)},
        ["限期自行拆除公告", "限王某某于2024年10月20日前自行拆除上述违法建筑", "特此公告"]),
    "execution_decision": (
        {**ZF, "doc_number": "城西综执强拆〔2024〕11号", "related_document": "《责令限期拆除决定书》", "related_date": date(2024, 3, 18),
         "facts": "经催告，你在催告期限内仍未履行。", "measure": "强制拆除位于城西县青山镇青山村三组18号的违法建筑",
         "start": "2024-11-06T08:30:00", "rights": ["复议", "诉讼"], "date": date(2024, 10, 28)},
        ["行政强制执行决定书", "身份证号码:330199196512300041", "于2024年11月6日8时30分起依法强制执行", "提起行政诉讼"]),
    "deposit_transfer_notice": (
        {**MR, "doc_number": "城西市监划〔2026〕1号", "case_number": "城西市监执〔2026〕4号", "recipient": "城西县某某农村商业银行",
         "party_name": "城西县某某建材经营部", "credit_code": "923301990000000361",
         "related_document": "《行政处罚决定书》（城西市监罚〔2025〕63号）", "related_date": date(2025, 11, 5),
         "facts": "当事人逾期未缴纳罚款，经催告仍不履行。", "measure": "基本存款账户", "fine": Decimal("30000"),
         "date": date(2026, 1, 28)},
        ["划拨存款(汇款)通知书", "城西县某某农村商业银行:", "存款人:城西县某某建材经营部",
         "请你行从其在你行开立的基本存款账户中划拨罚款人民币叁万元整(¥30,000.00),缴入国库", "二〇二六年一月二十八日"]),
    "monitoring_record": (
        {"organ": "城西县生态环境局", "case_number": "城西环罚〔2025〕47号", "party_name": "城西县某某印染有限公司",
         "credit_code": "913301990000000341", "measure": "化学需氧量(COD)水质自动在线监测仪(设备编号CXWS-0217)",
         "place": "废水总排放口", "start": "2025-09-16T00:00:00", "end": "2025-09-16T23:59:00",
         "facts": "化学需氧量日均浓度超过排放标准", "items": [("化学需氧量日均浓度", "236毫克/升", "标准限值200毫克/升")],
         "review_opinion": "记录真实、清晰、完整、准确，符合要求。", "reviewer": "黄思远", "related_date": date(2025, 9, 17),
         "date": date(2025, 9, 17)},
        ["电子技术监控记录", "废水总排放口", "化学需氧量日均浓度", "236毫克/升", "审核人:黄思远", "2025年9月17日"]),
    "execution_record": (
        {**ZF, "title": "强制拆除现场笔录", "start": "2024-11-06T08:30:00", "end": "2024-11-06T16:30:00",
         "place": "城西县青山镇青山村三组18号", "related_document": "《强制拆除决定书》", "facts": "彩钢棚已全部拆除，现场物品已清点。",
         "items": [("彩钢板", "42张"), ("家具", "3件")], "witness": "吴某某（村委会委员）", "signatures": ["当事人", "见证人"]},
        ["强制拆除现场笔录", "执行时间:2024年11月6日8时30分至16时30分", "彩钢板", "42张", "当事人签名:"]),
    "inspection_result_notice": (
        {**HT, "start": "2026-02-10T19:00:00", "cause": "燃气安全检查", "facts": "你单位后厨液化气钢瓶减压阀老化漏气，存在重大安全隐患。",
         "date": date(2026, 2, 11)},
        ["检查结果告知书", "本机关于2026年2月10日依法对你单位进行了燃气安全检查", "存在重大安全隐患"]),
    "rectification_order": (
        {**HT, "problems": ["后厨液化气钢瓶减压阀老化漏气", "连接软管超期使用"], "basis": ["《中华人民共和国安全生产法》第六十五条第一款"],
         "deadline": date(2026, 2, 13), "measure": "更换减压阀和连接软管", "rights": ["复议", "诉讼"], "date": date(2026, 2, 11)},
        ["责令限期整改指令书", "1.后厨液化气钢瓶减压阀老化漏气;", "现责令你单位于2026年2月13日前更换减压阀和连接软管"]),
    "follow_up_record": (
        {**HT, "related_document": "《责令限期整改指令书》", "related_date": date(2026, 2, 11), "date": date(2026, 2, 13),
         "review_opinion": "减压阀和连接软管已更换，经检测无泄漏，整改完毕。"},
        ["整改复查意见书", "本机关执法人员孔令辉、曹宁对整改情况进行了复查", "整改完毕"]),
    "closing_report": (
        {**YJ, "case_number": "城西应急罚〔2024〕17号", "doc_number": "城西应急罚〔2024〕17号", "cause": "未按规定进行安全生产教育和培训",
         "fine": "45000", "facts": "当事人已于2024年10月21日缴清罚款。", "approver": "杨振华", "date": "2024-10-28"},
        ["结案审批表", "处理结果", "罚款人民币肆万伍仟元整(¥45,000.00)", "同意结案", "二〇二四年十月二十八日"]),
}


def render(kind: str, **changes: Any) -> bytes:
    return pd.render(kind, {**CASES[kind][0], **changes})  # type: ignore[no-any-return]


# ---------------------------------------------------------------------- every kind


def test_kinds_cover_the_samples_document_kinds() -> None:
    used = set()
    for manifest in (ROOT / "sample_dossiers").glob("*/dossier.xml"):
        # the document's own kind, not its evidence-kind (format 1.2)
        used |= set(re.findall(r'<document [^>]*?\skind="([a-z_]+)"', manifest.read_text(encoding="utf-8")))
    assert used, "no sample manifests found"
    assert used <= set(pd.KINDS), sorted(used - set(pd.KINDS))
    assert set(CASES) == set(pd.KINDS)
    assert set(pd.TITLES) == set(pd.KINDS)


@pytest.mark.parametrize("kind", sorted(CASES))
def test_each_kind_reads_back(kind: str) -> None:
    fields, wanted = CASES[kind]
    pdf = render(kind)
    assert pdf.startswith(b"%PDF-")
    text = text_of(pdf)
    for s in [fields.get("case_number", ""), fields.get("party_name", ""), *wanted]:
        assert flat(s) in text, (kind, s)
    per_page = pages(pdf)
    assert all(flat(f"第 {i} 页 共 {len(per_page)} 页") in flat(p) for i, p in enumerate(per_page, 1))


# ---------------------------------------------------------------------- the decision in detail


def test_decision_states_fine_basis_payment_rights_and_signs_in_chinese_numerals() -> None:
    pdf = render("punishment_decision")
    raw = "".join(pages(pdf))
    text = flat(raw)
    assert "罚款人民币肆万伍仟元整(¥45,000.00)" in text
    assert "第（三）项" in raw.replace("\r", "").replace("\n", "")  # full-width brackets as printed
    assert "依据《中华人民共和国安全生产法》第九十七条第(三)项的规定" in text
    assert "违反了《中华人民共和国安全生产法》第二十八条第一款的规定" in text
    assert "第(三)项的规定,决定对当事人作出如下行政处罚:罚款人民币" in text  # one sentence without a range
    # the signing block comes last: organ, seal marker, then the date in Chinese numerals
    assert text.rindex("城西县应急管理局(印章)") > text.index("提起行政诉讼")
    assert text.index("二〇二四年十月八日") > text.index("城西县应急管理局(印章)")
    assert "2024年10月8日" not in text


def test_decision_is_two_pages_with_sentences_wrapped_across_lines() -> None:
    per_page = pages(render("punishment_decision"))
    assert len(per_page) == 2
    assert "第 1 页 共 2 页" in per_page[0] and "第 2 页 共 2 页" in per_page[1]
    joined = "".join(per_page)
    sentence = "当事人自2024年3月起未按照规定对新入职从业人员进行岗前安全生产教育和培训"
    assert sentence not in joined  # broken by a line end ...
    assert sentence in flat(joined)  # ... but all there


def test_arabic_date_style_and_no_seal() -> None:
    text = text_of(render("punishment_decision", date_style="arabic", seal=False))
    assert "2024年10月8日" in text and "二〇二四" not in text
    assert "(印章)" not in text
    assert "(印章)" in text_of(render("punishment_decision", seal=None))  # None is "not given": sealed


def test_omitting_rights_drops_the_rights_sentences() -> None:
    text = text_of(render("punishment_decision", rights=None))
    for gone in ("行政复议", "行政诉讼", "六十日", "六个月", "申请人民法院强制执行"):
        assert gone not in text, gone
    assert "罚款人民币肆万伍仟元整(¥45,000.00)" in text  # the rest is still there


def test_only_litigation_is_stated_on_its_own() -> None:
    text = text_of(render("punishment_decision", rights=["litigation"]))
    assert "可以在收到本决定书之日起六个月内依法向城西县人民法院提起行政诉讼" in text
    assert "行政复议期" not in text and "申请行政复议。" not in text


def test_missing_fields_leave_their_lines_out() -> None:
    text = text_of(render("punishment_decision", credit_code=None, legal_rep=None, payment=None, evidence=None))
    for gone in ("统一社会信用代码", "法定代表人", "加处罚款", "有下列证据证明"):
        assert gone not in text, gone


def test_law_range_sentence_is_quoted_beside_the_fine() -> None:
    text = text_of(render("punishment_decision", fine=Decimal("50000"),
                          law_range_sentence="依法应处二万元以上五万元以下的罚款"))
    assert "依法应处二万元以上五万元以下的罚款" in text
    assert "罚款人民币伍万元整(¥50,000.00)" in text


def test_individual_party_and_other_penalties() -> None:
    text = text_of(pd.render("punishment_decision", {
        "organ": "城西县河塘镇人民政府", "case_number": "河塘镇罚〔2024〕6号", "party_name": "李某某",
        "id_number": "330199196907220023", "fine": Decimal("300"), "penalty": ["警告"], "rights": ["复议", "诉讼"],
        "date": date(2024, 4, 8)}))
    assert "身份证号码:330199196907220023" in text
    assert "1.罚款人民币叁佰元整(¥300.00);2.警告。" in text
    assert "城西县人民政府申请行政复议" in text  # a township's decision goes to the county government


# ---------------------------------------------------------------------- notices and records


def test_advance_notice_rights_with_deadlines() -> None:
    text = text_of(render("advance_notice"))
    assert "如需陈述、申辩,应当在收到本告知书之日起五个工作日内向本机关提出" in text
    assert "如要求听证,应当在收到本告知书之日起五个工作日内提出" in text
    text = text_of(render("advance_notice", rights="statement defence", hearing_period="三日"))
    assert "听证" not in text and "陈述、申辩" in text
    assert "三日内提出" in text_of(render("advance_notice", hearing_period="三日"))


def test_record_pages_each_carry_the_signature_of_the_person_heard() -> None:
    qa = [(f"第{i}个问题：请说明当事人冲压车间的作业情况和培训记录？", "冲压车间共有十二名作业人员，培训记录由办公室保管。" * 2)
          for i in range(1, 16)]
    per_page = pages(render("inquiry_record", qa=qa))
    assert len(per_page) >= 2
    assert all("被询问人签名：" in p for p in per_page)


# ---------------------------------------------------------------------- scanned pages, determinism, errors


def test_scanned_pages_have_no_text_layer_but_an_image() -> None:
    pdf = render("punishment_decision")
    scanned = pd.render("punishment_decision", CASES["punishment_decision"][0], scanned_pages=[2])
    per_page = pages(scanned)
    assert flat(per_page[0]) == flat(pages(pdf)[0]) != ""
    assert per_page[1].strip() == ""
    with pdfplumber.open(io.BytesIO(scanned)) as plumber:
        assert (plumber.pages[1].extract_text() or "").strip() == ""
        assert plumber.pages[1].images, "a scanned page is an image"
        assert plumber.pages[0].extract_text().strip()
    all_scanned = pd.render("seizure_inventory", CASES["seizure_inventory"][0], scanned_pages=(1,))
    assert [p.strip() for p in pages(all_scanned)] == [""]


def test_output_is_byte_identical_across_calls() -> None:
    fields = CASES["punishment_decision"][0]
    assert pd.render("punishment_decision", fields) == pd.render("punishment_decision", fields)
    assert pd.render("punishment_decision", fields, scanned_pages=(1,)) == pd.render(
        "punishment_decision", fields, scanned_pages=(1,))
    assert b"enforcement-audit" in pd.render("punishment_decision", fields)  # fixed creator


def test_errors() -> None:
    with pytest.raises(ValueError, match="unknown document kind"):
        pd.render("decision", {})
    with pytest.raises(ValueError, match="unknown field"):
        pd.render("punishment_decision", {"right": ["复议"]})
    with pytest.raises(ValueError, match="out of range"):
        pd.render("punishment_decision", CASES["punishment_decision"][0], scanned_pages=(3,))
    with pytest.raises(ValueError, match="needs items"):
        pd.render("seizure_inventory", {"organ": "城西县市场监督管理局"})


def test_empty_fields_still_give_a_page() -> None:
    for kind in pd.KINDS:
        if kind.endswith("inventory"):
            continue
        per_page = pages(pd.render(kind, {}))
        assert flat(pd.TITLES[kind]) in flat(per_page[0]), kind


# ---------------------------------------------------------------------- helpers


@pytest.mark.parametrize(("amount", "capitals"), [
    ("45000", "肆万伍仟元整"), ("50000", "伍万元整"), ("150000", "壹拾伍万元整"), ("300", "叁佰元整"),
    ("860", "捌佰陆拾元整"), ("1005", "壹仟零伍元整"), ("10050", "壹万零伍拾元整"), ("100000000", "壹亿元整"),
    ("100010000", "壹亿零壹万元整"), ("10", "壹拾元整"), ("1.5", "壹元伍角整"), ("1.05", "壹元零伍分"),
    ("0.3", "叁角整"), ("6400.27", "陆仟肆佰元贰角柒分"), ("0", "零元整"),
])
def test_money_capitals(amount: str, capitals: str) -> None:
    assert pd.money_capitals(Decimal(amount)) == capitals


def test_money_and_dates() -> None:
    assert pd.money(Decimal("50000")) == "人民币伍万元整（￥50,000.00）"
    assert pd.chinese_date(date(2024, 7, 15)) == "二〇二四年七月十五日"
    assert pd.chinese_date(date(2020, 10, 31)) == "二〇二〇年十月三十一日"
    assert pd.chinese_date(date(2025, 12, 20)) == "二〇二五年十二月二十日"
    assert pd.arabic_date(date(2024, 7, 15)) == "2024年7月15日"
    assert pd.period_text(datetime(2024, 6, 3, 14, 0), datetime(2024, 6, 3, 15, 10)) == "2024年6月3日14时00分至15时10分"
    assert pd.period_text(datetime(2024, 6, 3, 23, 0), datetime(2024, 6, 4, 1, 5)) == "2024年6月3日23时00分至2024年6月4日1时05分"
    assert pd.full_width_brackets("第九十九条第(一)项") == "第九十九条第（一）项"


_TEXT = st.text(alphabet=st.sampled_from(list("城西县应急管理局罚款（）〔〕，。、；：“”《》0123456789.,ab \n")), max_size=200)


@settings(max_examples=60, deadline=None)
@given(_TEXT)
def test_wrap_keeps_every_character_and_the_width(text: str) -> None:
    lines = pd.wrap(text, 200.0, 14.0, indent=28.0)
    assert "".join(line for line, _ in lines) == text.replace("\n", "")
    assert sum(1 for _, last in lines if last) == text.count("\n") + 1
    for i, (line, _) in enumerate(lines):
        body = line.rstrip("".join(pd._NO_START))  # closing punctuation may hang past the edge
        assert pd._width(body, 14.0) <= 200.0 - (28.0 if i == 0 else 0.0) + 1e-6 or len(body) <= 1, line
