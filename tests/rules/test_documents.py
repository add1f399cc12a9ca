"""Rules that read document text: contents, manifest consistency, citations.

The base punishment dossier (testing.base_punishment) files its advance notice as D06 (step S07,
2025-04-07), its decision as D09 (step S10, 2025-04-21, fine 8,000 yuan) and its inquiry record as
D03 (step S04, officers O1 陈立新 and O2 刘晓东). The texts below are what those documents would
say; each test changes one thing and asserts the complete list of findings.
"""

from __future__ import annotations

from typing import Any

from enforcement_audit import testing
from enforcement_audit.engine import Finding

PARTY = "城西县某某食品商行"
CASE = "城西市监罚〔2025〕1号"

RIGHTS_DECISION = ("如不服本决定，可以在收到本决定书之日起六十日内向城西县人民政府申请行政复议，"
                   "也可以在六个月内依法向城西县人民法院提起行政诉讼。")


def decision(**change: str) -> str:
    parts: dict[str, str] = {
        "head": "城西县市场监督管理局\n行政处罚决定书\n城西市监罚〔2025〕1号",
        "party": f"当事人：{PARTY}\n统一社会信用代码：92330199MA0000001X",
        "facts": "经查，当事人于2025年2月20日销售超过保质期的食品，有现场检查笔录、询问笔录、进货单据等证据证实。",
        "basis": "当事人的行为违反了《中华人民共和国食品安全法》第三十四条第（十）项的规定。依据《中华人民共和国食品安全法》"
                 "第一百二十四条第一款第（五）项的规定，该行为依法应处五万元以上十万元以下罚款；当事人货值金额不足一万元，"
                 "积极配合调查，依法减轻处罚。",
        "penalty": "本局责令当事人立即改正违法行为，并决定给予如下行政处罚：罚款人民币捌仟元整（¥8,000.00）。",
        "payment": "当事人应当自收到本决定书之日起十五日内，通过城西县农商银行或者非税收入电子缴款码缴纳罚款。"
                   "到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款。",
        "rights": RIGHTS_DECISION,
        "sign": "城西县市场监督管理局（印章）\n二〇二五年四月二十一日",
    }
    parts.update(change)
    return "\n".join(v for v in parts.values() if v)


def notice(**change: str) -> str:
    parts: dict[str, str] = {
        "head": "城西县市场监督管理局\n行政处罚告知书\n城西市监罚告〔2025〕1号",
        "party": f"当事人：{PARTY}",
        "facts": "经查，当事人于2025年2月20日销售超过保质期的食品。",
        "basis": "当事人的行为违反了《中华人民共和国食品安全法》第三十四条第（十）项的规定。"
                 "依据《中华人民共和国食品安全法》第一百二十四条第一款第（五）项和《中华人民共和国行政处罚法》第三十二条第（一）项"
                 "的规定，本局拟对当事人作出罚款人民币捌仟元整的行政处罚。",
        "rights": "根据《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，当事人享有陈述、申辩的权利。"
                  "根据《中华人民共和国行政处罚法》第六十三条、第六十四条的规定，当事人有要求听证的权利，"
                  "如要求听证，应当在收到本告知书之日起五个工作日内提出。",
        "sign": "城西县市场监督管理局（印章）\n二〇二五年四月七日",
    }
    parts.update(change)
    return "\n".join(v for v in parts.values() if v)


def inquiry(officers: str = "陈立新（执法证号：33019920190001）、刘晓东（执法证号：33019920190002）") -> str:
    return (f"询问笔录\n询问时间：2025年3月10日14时00分至15时00分\n询问地点：城西县某某食品商行\n"
            f"执法人员：{officers}\n被询问人：王某某\n问：我们是城西县市场监督管理局的执法人员，已向你出示执法证件，你是否看清？\n"
            f"答：看清了。")


def run(texts: dict[str, Any], *rule_ids: str, d: dict[str, Any] | None = None) -> list[Finding]:
    return testing.run(d if d is not None else testing.base_punishment(), *rule_ids, texts=texts)


def hits(texts: dict[str, Any], *rule_ids: str, d: dict[str, Any] | None = None) -> list[tuple[str, str | None, str | None, int | None]]:
    return [(f.rule_id, f.location.step, f.location.document, f.location.page) for f in run(texts, *rule_ids, d=d)]


ALL = {"D03": inquiry(), "D06": notice(), "D09": decision()}
DOC_RULES = ["PUN-DEC-003", "PUN-DEC-004", "PUN-DEC-008", "PUN-NOTICE-001", "PUN-HEAR-101", "PUN-DEC-101",
             "CO-SEAL-004", "ARC-101", "ARC-102", "ARC-103", "ARC-104", "ARC-005", "CERT-103",
             "GEN-CITE-001", "GEN-CITE-002", "GEN-CITE-003"]


def test_compliant_documents_pass_each_rule() -> None:
    assert hits(ALL, "PUN-SIMPLE-003") == []  # not a summary case
    assert hits(ALL, "PUN-DEC-009") == []
    assert hits(ALL, "PUN-NOTICE-004") == []
    assert hits(ALL, "SUBJ-006") == []
    assert hits(ALL, "SUBJ-010") == []
    assert hits(ALL, "SUBJ-016") == []
    assert hits(ALL, "PUN-DEC-003") == []
    assert hits(ALL, "PUN-DEC-004") == []
    assert hits(ALL, "PUN-DEC-008") == []
    assert hits(ALL, "PUN-NOTICE-001") == []
    assert hits(ALL, "PUN-HEAR-101") == []
    assert hits(ALL, "PUN-DEC-101") == []
    assert hits(ALL, "CO-SEAL-004") == []
    assert hits(ALL, "ARC-101") == []
    assert hits(ALL, "ARC-102") == []
    assert hits(ALL, "ARC-103") == []
    assert hits(ALL, "ARC-104") == []
    assert hits(ALL, "ARC-005") == []
    assert hits(ALL, "CERT-103") == []
    assert hits(ALL, "GEN-CITE-001") == []
    assert hits(ALL, "GEN-CITE-002") == []
    assert hits(ALL, "GEN-CITE-003") == []


def test_compliant_documents_pass_every_rule_at_once() -> None:
    assert hits(ALL, *DOC_RULES) == []


def test_rules_without_texts_judge_nothing() -> None:
    assert testing.hits(testing.base_punishment(), "PUN-DEC-003", "ARC-103") == []


# ---------------------------------------------------------------- contents


def test_decision_missing_remedies_and_seal() -> None:
    found = run({"D09": decision(rights="", sign="二〇二五年四月二十一日")}, "PUN-DEC-003")
    assert [(f.rule_id, f.location.step, f.location.document, f.location.file) for f in found] == [
        ("PUN-DEC-003", "S10", "D09", "docs/D09.pdf")]
    assert found[0].message.endswith("未载明：申请行政复议的途径和期限、提起行政诉讼的途径和期限、行政机关印章。")


def test_decision_missing_facts_basis_and_deadline() -> None:
    found = run({"D09": decision(facts="", basis="", payment="")}, "PUN-DEC-003")
    assert [f.rule_id for f in found] == ["PUN-DEC-003"]
    assert "事实和证据、行政处罚的履行方式和期限、行政处罚的依据（法律条文）" in found[0].message


def test_summary_decision_needs_no_seal() -> None:
    d = testing.base_punishment()
    d["case"]["procedure"] = "summary"
    assert hits({"D09": decision(sign="执法人员签名：陈立新\n二〇二五年四月二十一日")}, "PUN-DEC-003", d=d) == []


def test_fine_decision_without_payment_channel_or_surcharge() -> None:
    found = run({"D09": decision(payment="当事人应当自收到本决定书之日起十五日内缴纳罚款。")}, "PUN-DEC-004")
    assert [(f.rule_id, f.location.document) for f in found] == [("PUN-DEC-004", "D09")]
    assert found[0].message.endswith("未写明缴款地点或方式和逾期不缴纳每日加处百分之三罚款。")


def test_decision_without_correction_order() -> None:
    text = decision(penalty="本局决定给予如下行政处罚：罚款人民币捌仟元整（¥8,000.00）。")
    assert hits({"D09": text}, "PUN-DEC-008") == [("PUN-DEC-008", "S10", "D09", 1)]


def test_notice_without_basis_or_defence_or_hearing() -> None:
    text = notice(basis="本局拟对当事人作出罚款的行政处罚。", rights="当事人享有陈述的权利。")
    found = run({"D06": text}, "PUN-NOTICE-001")
    assert [(f.rule_id, f.location.step) for f in found] == [("PUN-NOTICE-001", "S07")]
    assert found[0].message.endswith("未载明：依据（法律条文）、申辩权、要求听证的权利（清单记载已告知）。")


def test_notice_hearing_window_too_short() -> None:
    text = notice(rights="当事人享有陈述、申辩的权利。当事人有要求听证的权利，如要求听证，应当在收到本告知书之日起三日内提出。")
    found = run({"D06": text}, "PUN-HEAR-101")
    assert [(f.rule_id, f.location.step, f.location.page) for f in found] == [("PUN-HEAR-101", "S07", 1)]
    assert "3日，短于法定的 5 日" in found[0].message


def test_old_law_allowed_three_days() -> None:
    d = testing.base_punishment()
    for s in d["steps"]:
        if s["id"] == "S07":
            s["date"] = "2020-04-07"
    text = notice(rights="当事人享有陈述、申辩的权利。如要求听证，应当在收到本告知书之日起三日内提出。",
                  sign="城西县市场监督管理局（印章）\n二〇二〇年四月七日")
    assert hits({"D06": text}, "PUN-HEAR-101", d=d) == []


def test_decision_remedy_periods_too_short() -> None:
    text = decision(rights="如不服本决定，可以在收到本决定书之日起十五日内申请行政复议，也可以在三个月内提起行政诉讼。")
    found = run({"D09": text}, "PUN-DEC-101")
    assert [(f.rule_id, f.location.document) for f in found] == [("PUN-DEC-101", "D09"), ("PUN-DEC-101", "D09")]
    assert [f.message.split("告知的")[1] for f in found] == ["行政复议申请期限为 15日，短于法定的六十日。",
                                                            "行政诉讼起诉期限为 3个月，短于法定的六个月。"]


SEIZURE = ("城西县市场监督管理局\n实施行政强制措施决定书\n城西市监强〔2025〕1号\n当事人：城西县某某食品商行\n"
           "经查，你单位涉嫌销售超过保质期的食品。依据《中华人民共和国食品安全法》第一百一十条第（四）项的规定，"
           "本局决定对你单位的下列物品实施扣押，扣押期限为三十日（自2025年6月3日至2025年7月2日）。物品名称、数量见扣押财物清单。"
           "如不服本决定，可以在收到本决定书之日起六十日内申请行政复议，或者在六个月内依法提起行政诉讼。\n"
           "城西县市场监督管理局（印章）\n二〇二五年六月三日")


def test_seizure_decision_contents() -> None:
    d = testing.base_coercive_measure()
    assert testing.hits(d, "CO-SEAL-004", texts={"D03": SEIZURE}) == []
    text = SEIZURE.replace("扣押期限为三十日（自2025年6月3日至2025年7月2日）", "")
    found = testing.run(d, "CO-SEAL-004", texts={"D03": text})
    assert [(f.rule_id, f.location.step, f.location.document) for f in found] == [("CO-SEAL-004", "S03", "D03")]
    assert found[0].message.endswith("未载明：查封、扣押的期限。")


# ---------------------------------------------------------------- manifest and cross-document consistency


def test_case_number_differs_from_manifest() -> None:
    text = decision(head="城西县市场监督管理局\n行政处罚决定书\n案号：城西市监罚〔2025〕11号")
    assert hits({"D09": text}, "ARC-101") == [("ARC-101", "S10", "D09", 1)]


def test_party_name_and_credit_code_differ_from_manifest() -> None:
    text = decision(party="当事人：城西县某某食品店\n统一社会信用代码：92330199MA0000002X")
    assert hits({"D09": text}, "ARC-104") == [("ARC-104", "S10", "D09", 1), ("ARC-104", "S10", "D09", 1)]


def test_decision_date_differs_from_manifest() -> None:
    found = run({"D09": decision(sign="城西县市场监督管理局（印章）\n二〇二五年四月二十四日")}, "ARC-102")
    assert [(f.rule_id, f.location.step) for f in found] == [("ARC-102", "S10")]
    assert found[0].message.endswith("落款日期为 2025-04-24，清单记载为 2025-04-21。")


def test_fine_differs_from_manifest() -> None:
    text = decision(penalty="本局责令当事人改正，并处罚款人民币伍仟元整（¥5,000.00）。")
    found = run({"D09": text}, "ARC-103")
    assert [(f.rule_id, f.location.step) for f in found] == [("ARC-103", "S10")]
    assert "清单记载为 8,000 元" in found[0].message or "清单记载为 8000" in found[0].message


def test_capital_and_digit_fine_disagree() -> None:
    text = decision(penalty="本局责令当事人改正，并处罚款人民币捌仟元整（¥6,000.00）。")
    found = run({"D09": text}, "ARC-103")
    assert [(f.rule_id, f.location.document) for f in found] == [("ARC-103", "D09")]
    assert "罚款金额前后不一" in found[0].message


def test_range_and_surcharge_are_not_the_fine() -> None:
    text = decision(basis="依据《中华人民共和国食品安全法》第一百二十四条第一款的规定，应处五万元以上十万元以下罚款。")
    assert hits({"D09": text}, "ARC-103") == []


def test_party_name_varies_between_documents() -> None:
    filing = f"立案审批表\n案号：{CASE}\n当事人：{PARTY}\n案件来源：投诉举报\n城西县市场监督管理局\n二〇二五年三月五日"
    texts = {"D01": filing, "D03": inquiry(), "D06": notice(party="当事人：城西县某某食品店"), "D09": decision()}
    found = run(texts, "ARC-005")
    assert [(f.rule_id, f.location.document) for f in found] == [("ARC-005", "D06")]


def test_record_officer_certificate_mismatch_and_missing_officer() -> None:
    found = run({"D03": inquiry("陈立新（执法证号：33019920190009）")}, "CERT-103")
    assert [(f.rule_id, f.location.step, f.location.document) for f in found] == [
        ("CERT-103", "S04", "D03"), ("CERT-103", "S04", "D03")]
    assert "33019920190009" in found[0].message + found[1].message
    assert any("没有载明参与S04的执法人员刘晓东" in f.message for f in found)


def test_record_without_officers_and_numbers() -> None:
    text = "询问笔录\n询问时间：2025年3月10日14时00分至15时00分\n问：你店是否销售过期食品？\n答：是的。"
    found = run({"D03": text}, "CERT-103")
    assert [(f.rule_id, f.location.step, f.location.document) for f in found] == [("CERT-103", "S04", "D03")]
    assert "没有载明执法人员姓名和执法证号" in found[0].message


# ---------------------------------------------------------------- citations


def test_article_beyond_the_last() -> None:
    text = decision(basis="依据《中华人民共和国行政处罚法》第九十条的规定。依据《中华人民共和国食品安全法》第一百二十四条第一款第（五）项。")
    found = run({"D09": text}, "GEN-CITE-001")
    assert [(f.rule_id, f.location.document, f.location.page) for f in found] == [("GEN-CITE-001", "D09", 1)]
    assert "只有 86 条" in found[0].message


def test_version_not_in_force() -> None:
    text = decision(basis="依据《中华人民共和国安全生产法》（2014年修正）第九十四条的规定。")
    found = run({"D09": text}, "GEN-CITE-002")
    assert [(f.rule_id, f.location.document) for f in found] == [("GEN-CITE-002", "D09")]
    assert "该版本在 2025-04-21 均不施行" in found[0].message
    current = decision(basis="依据《中华人民共和国安全生产法》（2021年修正）第九十七条的规定。")
    assert hits({"D09": current}, "GEN-CITE-002") == []


def test_old_penalty_law_numbering_after_2021() -> None:
    text = notice(rights="根据《中华人民共和国行政处罚法》第三十一条、第三十二条的规定，现告知当事人享有陈述、申辩的权利。"
                         "根据《中华人民共和国行政处罚法》第四十二条的规定，如要求听证，应当在收到本告知书之日起五个工作日内提出。")
    found = run({"D06": text}, "GEN-CITE-003")
    assert [(f.rule_id, f.location.document) for f in found] == [("GEN-CITE-003", "D06")] * 3
    assert sorted(f.message.split("引用行政处罚法")[1].split("，")[0] for f in found) == ["第31条", "第32条", "第42条"]
    assert all("应按修订后条文序号引用" in f.message for f in found)


def test_new_numbering_before_2021() -> None:
    d = testing.base_punishment()
    for s in d["steps"]:
        if s["id"] == "S07":
            s["date"] = "2020-04-07"
    text = notice(sign="城西县市场监督管理局（印章）\n二〇二〇年四月七日")
    found = run({"D06": text}, "GEN-CITE-003", d=d)
    assert sorted(f.message.split("引用行政处罚法")[1].split("，")[0] for f in found) == ["第45条", "第63条", "第64条"]
    assert all("应按修订前条文序号引用" in f.message for f in found)


# ---------------------------------------------------------------- summary procedure, substitute performance, range


SUMMARY = ("城西县市场监督管理局\n当场行政处罚决定书\n编号：0001234\n当事人：城西县某某食品商行\n"
           "当事人于2025年4月21日10时在城西县人民路12号店内销售标签不符合规定的预包装食品，违反了《中华人民共和国食品安全法》"
           "第七十一条第一款的规定。依据《中华人民共和国食品安全法》第一百二十五条第二款的规定，当场给予罚款人民币贰佰元的行政处罚。"
           "如不服本决定，应当先在收到本决定书之日起六十日内向城西县人民政府申请行政复议；对行政复议决定不服的，"
           "可以自收到行政复议决定书之日起十五日内依法提起行政诉讼。\n"
           "执法人员签名：陈立新、刘晓东\n城西县市场监督管理局\n二〇二五年四月二十一日")
#: the wording of on-the-spot forms before 2024 (review or suit, at the party's choice)
EITHER_OR = "可以在收到本决定书之日起六十日内申请行政复议，或者在六个月内依法提起行政诉讼"


def _summary_case() -> dict[str, Any]:
    d = testing.base_punishment()
    d["case"]["procedure"] = "summary"
    return d


def test_summary_decision_contents() -> None:
    d = _summary_case()
    assert hits({"D09": SUMMARY}, "PUN-SIMPLE-003", d=d) == []
    assert hits({"D09": SUMMARY}, "PUN-DEC-003", d=d) == []  # Art 52, not Art 59, applies
    text = SUMMARY.replace("在城西县人民路12号店内", "").replace("执法人员签名：陈立新、刘晓东\n", "")
    found = run({"D09": text}, "PUN-SIMPLE-003", d=d)
    assert [(f.rule_id, f.location.step, f.location.document) for f in found] == [("PUN-SIMPLE-003", "S10", "D09")]
    assert found[0].message.endswith("未载明：地点、执法人员签名或者盖章。")


def test_summary_decision_review_first() -> None:
    d = _summary_case()
    old_form = SUMMARY.replace(
        "应当先在收到本决定书之日起六十日内向城西县人民政府申请行政复议；对行政复议决定不服的，可以自收到行政复议决定书之日起"
        "十五日内依法提起行政诉讼", EITHER_OR)
    found = run({"D09": old_form}, "PUN-SIMPLE-103", d=d)
    assert [(f.rule_id, f.location.step, f.location.document, f.location.page) for f in found] == [
        ("PUN-SIMPLE-103", "S10", "D09", 1)]
    assert found[0].message.endswith(
        "（2025-04-21）告知可以提起行政诉讼，但未告知应当先申请行政复议（行政复议法第二十三条：对当场作出的行政处罚决定不服的，复议前置）。")
    assert hits({"D09": old_form}, "PUN-SIMPLE-003", d=d) == []  # both remedies are named: Art 52's items are there
    assert hits({"D09": SUMMARY}, "PUN-SIMPLE-103", d=d) == []
    # before 2024 the party could choose: the old wording was right then
    earlier = _summary_case()
    for s in earlier["steps"]:
        if s["id"] == "S10":
            s["date"] = "2023-04-21"
    dated_2023 = old_form.replace("2025年4月21日", "2023年4月21日").replace("二〇二五年四月二十一日", "二〇二三年四月二十一日")
    assert hits({"D09": dated_2023}, "PUN-SIMPLE-103", d=earlier) == []
    # a general-procedure decision: Art 23 para 1 item 1 concerns on-the-spot decisions only
    assert hits({"D09": old_form}, "PUN-SIMPLE-103") == []


PROXY = ("城西县综合行政执法局\n代履行决定书\n当事人：城西县某某食品商行\n你单位未在限期内清除占道堆放的建筑材料，"
         "依据《中华人民共和国行政强制法》第五十条的规定，本局决定于2025年8月28日前委托代履行人城西县某某环境服务有限公司代为清除，"
         "标的为人民路12号门前堆放的建筑材料，费用预算人民币叁仟元，由你单位承担。\n城西县综合行政执法局（印章）\n二〇二五年八月二十日")


def _proxy_case() -> dict[str, Any]:
    d = testing.base_enforced_execution()
    for s in d["steps"]:
        if s.get("execution_method"):
            s["execution_method"] = "substitute_performance"
    for doc in d["documents"]:
        if doc["id"] == "D04":
            doc["title"] = "代履行决定书"
    return d


def test_substitute_performance_decision_contents() -> None:
    d = _proxy_case()
    assert testing.hits(d, "CO-PROXY-002", texts={"D04": PROXY}) == []
    text = PROXY.replace("委托代履行人城西县某某环境服务有限公司代为清除", "代为清除").replace("费用预算人民币叁仟元，", "")
    found = testing.run(d, "CO-PROXY-002", texts={"D04": text})
    assert [(f.rule_id, f.location.step, f.location.document) for f in found] == [("CO-PROXY-002", "S04", "D04")]
    assert found[0].message.endswith("未载明：费用预算、代履行人。")


def test_fine_below_the_quoted_range_without_mitigation_and_above_it() -> None:
    below = decision(basis="依据《中华人民共和国食品安全法》第一百二十四条第一款的规定，依法应处五万元以上十万元以下的罚款。")
    found = run({"D09": below}, "PUN-DEC-009")
    assert [(f.rule_id, f.location.step) for f in found] == [("PUN-DEC-009", "S10")]
    assert "低于其所引条款的下限" in found[0].message
    above = decision(basis="依据《中华人民共和国食品安全法》第一百二十四条第一款的规定，依法应处五千元以下的罚款。")
    found = run({"D09": above}, "PUN-DEC-009")
    assert [f.rule_id for f in found] == ["PUN-DEC-009"] and "超过其所引条款的上限" in found[0].message


def test_decision_basis_not_in_the_notice() -> None:
    text = decision(basis="依据《中华人民共和国食品安全法》第一百二十四条第一款第（五）项、第一百二十六条第一款的规定，依法减轻处罚。")
    found = run({"D06": notice(), "D09": text}, "PUN-NOTICE-004")
    assert [(f.rule_id, f.location.document) for f in found] == [("PUN-NOTICE-004", "D09")]
    assert "第126条未在告知书中出现" in found[0].message


def test_entrusted_organisation_signs_in_its_own_name() -> None:
    d = testing.base_punishment()
    d["case"]["acting_body"] = {"id": "B-CX-MR-TEAM", "capacity": "entrusted", "principal": "B-CX-MR"}
    ok = decision()
    assert hits({"D09": ok}, "SUBJ-006", d=d) == []
    own = decision(head="城西县市场监管执法服务中心\n行政处罚决定书", sign="城西县市场监管执法服务中心（印章）\n二〇二五年四月二十一日")
    found = run({"D09": own}, "SUBJ-006", d=d)
    assert [(f.rule_id, f.location.document) for f in found] == [("SUBJ-006", "D09")]
    assert "应以委托机关“城西县市场监督管理局”的名义作出" in found[0].message


def test_documents_in_another_organs_name_or_a_divisions() -> None:
    other = decision(sign="城西县人民政府（印章）\n二〇二五年四月二十一日")
    assert hits({"D09": other}, "SUBJ-010") == [("SUBJ-010", "S10", "D09", 1)]
    division = decision(sign="城西县市场监督管理局执法稽查科（印章）\n二〇二五年四月二十一日")
    assert hits({"D09": division}, "SUBJ-010") == []
    assert hits({"D09": division}, "SUBJ-016") == [("SUBJ-016", "S10", "D09", 1)]


INVENTORY = ("城西县市场监督管理局\n扣押财物清单\n案号：城西市监强〔2025〕1号\n当事人：城西县某某食品商行\n"
             "序号 名称 数量\n1 过期奶粉 120罐\n本清单一式二份，当事人和本机关各执一份。\n"
             "当事人签名：______ 日期：______\n执法人员签名：______ 日期：______\n城西县市场监督管理局（印章）\n二〇二五年六月三日")


def test_inventory_in_duplicate_with_the_partys_signature() -> None:
    d = testing.base_coercive_measure()
    assert testing.hits(d, "CO-SEAL-005", texts={"D04": INVENTORY}) == []
    text = INVENTORY.replace("本清单一式二份，当事人和本机关各执一份。\n", "").replace("当事人签名：______ 日期：______\n", "")
    found = testing.run(d, "CO-SEAL-005", texts={"D04": text})
    assert [(f.rule_id, f.location.step, f.location.document) for f in found] == [("CO-SEAL-005", "S03", "D04")]
    assert found[0].message.endswith("未载明：一式二份、当事人签名。")


PROXY_RECORD = ("城西县综合行政执法局\n代履行现场笔录\n执行时间：2025年8月28日9时00分至11时00分\n"
                "代履行人城西县某某环境服务有限公司清除了人民路12号门前堆放的建筑材料。\n"
                "执法人员签名：______\n代履行人签名：______\n当事人签名：______\n二〇二五年八月二十八日")


def test_substitute_performance_record_signed_by_all_three() -> None:
    d = _proxy_case()
    assert testing.hits(d, "CO-PROXY-004", texts={"D06": PROXY_RECORD}) == []
    text = PROXY_RECORD.replace("代履行人签名：______\n", "")
    found = testing.run(d, "CO-PROXY-004", texts={"D06": text})
    assert [(f.rule_id, f.location.step, f.location.document) for f in found] == [("CO-PROXY-004", "S06", "D06")]
    assert found[0].message.endswith("没有代履行人的签名。")
    auction = testing.base_enforced_execution()  # not a substitute performance: not judged
    assert testing.hits(auction, "CO-PROXY-004", texts={"D06": text}) == []


# ---------------------------------------------------------------- rank of the legal basis


def test_penalty_resting_on_a_normative_document_only() -> None:
    text = decision(basis="依据《城西县关于加强食品经营秩序管理的通知》第五条的规定，依法减轻处罚。")
    found = run({"D09": text}, "SUBJ-017")
    assert [(f.rule_id, f.location.step, f.location.document) for f in found] == [("SUBJ-017", "S10", "D09")]
    assert "规范性文件《城西县关于加强食品经营秩序管理的通知》" in found[0].message
    both = decision(basis="依据《中华人民共和国食品安全法》第一百二十四条和《城西县关于加强食品经营秩序管理的通知》第五条，依法减轻处罚。")
    assert hits({"D09": both}, "SUBJ-017") == []


def test_seizure_resting_on_a_rule_only() -> None:
    d = testing.base_coercive_measure()
    assert testing.hits(d, "CO-M-001", texts={"D03": SEIZURE}) == []
    text = SEIZURE.replace("《中华人民共和国食品安全法》第一百一十条第（四）项", "《某省食品经营监督管理办法》第十二条")
    found = testing.run(d, "CO-M-001", texts={"D03": text})
    assert [(f.rule_id, f.location.step, f.location.document) for f in found] == [("CO-M-001", "S03", "D03")]
    assert "《某省食品经营监督管理办法》，不是法律或者法规" in found[0].message


# ---------------------------------------------------------------- PUB-012, PUB-112 published text redacted
# Invented identifiers only: 330199 is no real region code and the ID numbers' check digits are wrong.

FULL_ID = "330199199001011234"


def published(d: dict[str, Any] | None = None, kind: str = "published_decision") -> dict[str, Any]:
    """The base punishment with the published decision text D13 recorded on its disclosure step S12."""
    d = d if d is not None else testing.base_punishment()
    d["documents"].append({"id": "D13", "kind": kind, "title": "行政处罚决定书（公开文本）"})
    testing.step(d, "S12")["records"] = [{"document": "D13"}]
    return d


def individual_decision(party: str) -> str:
    return decision(party=party, basis="", penalty="本局决定给予如下行政处罚：罚款人民币贰仟元整。")


def test_pub_012_published_text_with_a_full_id_number() -> None:
    text = ["城西县市场监督管理局\n行政处罚决定书\n城西市监罚〔2025〕1号",
            individual_decision(f"当事人：王某某\n身份证号码：{FULL_ID}\n住址：城西县青山镇某某村")]
    found = run({"D13": text}, "PUB-012", "PUB-112", d=published())
    assert [(f.rule_id, f.location.step, f.location.document, f.location.page, f.location.file) for f in found] == [
        ("PUB-012", "S12", "D13", 2, "docs/D13.pdf")]
    assert found[0].message == ("S12 公示（2025-04-25）公开的行政处罚决定书（公开文本）（D13）第 2 页载有完整的公民身份号码"
                                "（330199********1234），未作隐去处理。")
    assert FULL_ID not in found[0].message


def test_pub_012_masked_or_absent_numbers_pass() -> None:
    masked = individual_decision("当事人：王某某\n身份证号码：330199********1234\n联系电话：138****0000")
    assert hits({"D13": masked}, "PUB-012", "PUB-112", d=published()) == []
    assert hits({"D13": decision()}, "PUB-012", "PUB-112", d=published()) == []  # an organisation: credit code only
    # the full number in the decision served on the party (not published) is not this rule's business
    assert hits({"D09": individual_decision(f"当事人：王某某\n身份证号码：{FULL_ID}")}, "PUB-012", d=published()) == []
    # an internal approval form recorded on the disclosure step is not the published text
    form = f"行政处罚信息公示审批表\n当事人：王某某\n公民身份号码：{FULL_ID}"
    assert hits({"D13": form}, "PUB-012", d=published(kind="disclosure_approval")) == []


def test_pub_112_published_text_with_a_mobile_number() -> None:
    text = individual_decision("当事人：王某某\n住址：城西县青山镇某某村\n联系电话：13800000000")
    assert hits({"D13": text}, "PUB-012", "PUB-112", d=published()) == [("PUB-112", "S12", "D13", 1)]
    assert run({"D13": text}, "PUB-112", d=published())[0].message == (
        "S12 公示（2025-04-25）公开的行政处罚决定书（公开文本）（D13）第 1 页载有手机号码（138****0000），未作隐去处理。")
    # both identifiers, on a published text recorded twice, are reported once each
    d = published()
    d["steps"].append({"id": "S16", "kind": "disclosure", "date": "2025-05-20", "where": "城西县人民政府门户网站",
                       "records": [{"document": "D13"}]})
    both = individual_decision(f"当事人：王某某\n公民身份号码：{FULL_ID}\n手机：13800000000")
    assert hits({"D13": both}, "PUB-012", "PUB-112", d=d) == [("PUB-012", "S12", "D13", 1), ("PUB-112", "S12", "D13", 1)]


def test_pub_012_meta() -> None:
    from enforcement_audit.engine import Confidence, Severity
    from enforcement_audit.rules import rule_by_id

    for rule_id, severity in (("PUB-012", Severity.ERROR), ("PUB-112", Severity.WARNING)):
        rule = rule_by_id(rule_id)
        assert rule is not None
        assert (rule.meta.severity, rule.meta.confidence, rule.meta.needs_documents) == (
            severity, Confidence.CONFIRMED, True)
    from enforcement_audit.engine import bases_for
    from enforcement_audit.models import CaseType

    bases = rule_by_id("PUB-012").meta.legal_basis  # type: ignore[union-attr]
    assert [str(b) for b in bases_for(bases, CaseType.PUNISHMENT)] == [
        "《中华人民共和国行政处罚法》第五十条", "《中华人民共和国居民身份证法》第十三条第二款",
        "《中华人民共和国民法典》第一千零三十九条", "《中华人民共和国民法典》第一千零三十四条第二款",
        "《中华人民共和国政府信息公开条例》第十五条"]
    # 行政处罚法 Art 50 (confidentiality in punishment) is not cited for a seizure or an inspection
    assert [str(b) for b in bases_for(bases, CaseType.INSPECTION)] == [
        "《中华人民共和国居民身份证法》第十三条第二款", "《中华人民共和国民法典》第一千零三十九条",
        "《中华人民共和国民法典》第一千零三十四条第二款", "《中华人民共和国政府信息公开条例》第十五条"]
