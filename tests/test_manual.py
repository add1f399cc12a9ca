"""Human checklist (人工核查事项, catalogue §11): the bundled file, the items per case type, the
evidence found, and clear errors for bad checklist files."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from enforcement_audit.engine import Confidence
from enforcement_audit.manual import (
    COLLECTORS,
    ChecklistError,
    ManualCheck,
    bundled_checklist,
    bundled_checklist_path,
    load_checklist,
    manual_checks,
)
from enforcement_audit.models import CaseType, Dossier
from enforcement_audit.profile import rules_data_dir
from enforcement_audit.testing import (
    base_coercive_measure,
    base_enforced_execution,
    base_inspection,
    base_punishment,
    step,
)

BASES: list[Callable[[], dict[str, Any]]] = [
    base_punishment, base_coercive_measure, base_enforced_execution, base_inspection,
]


def checks(d: dict[str, Any]) -> dict[str, ManualCheck]:
    return {c.id: c for c in manual_checks(Dossier.model_validate(d))}


def ids(d: dict[str, Any]) -> list[str]:
    return [c.id for c in manual_checks(Dossier.model_validate(d))]


# ---------------------------------------------------------------- the bundled checklist


def test_bundled_file_loads_and_covers_catalogue_section_11() -> None:
    assert bundled_checklist_path() == rules_data_dir() / "manual-checks.toml"
    checklist = load_checklist()
    assert checklist.path == "manual-checks.toml"
    assert [i.id for i in checklist.item] == [f"MAN-{n:03d}" for n in range(1, 19)]
    assert [i.catalogue_item for i in checklist.item] == list(range(1, 19))
    for item in checklist.item:
        assert item.question.endswith("？"), item.id
        assert item.gloss and item.note, item.id
    assert bundled_checklist() == checklist


def test_only_the_unread_54_document_is_unconfirmed() -> None:
    unconfirmed = [(i.id, b.law) for i in load_checklist().item for b in i.legal_basis if b.confidence != "confirmed"]
    assert unconfirmed == [("MAN-014", "国务院办公厅关于严格规范涉企行政检查的意见")]


# ---------------------------------------------------------------- items per case type (complete lists)


def test_punishment_items() -> None:
    assert ids(base_punishment()) == [
        "MAN-001", "MAN-002", "MAN-003", "MAN-004", "MAN-005", "MAN-006", "MAN-007", "MAN-008", "MAN-009",
        "MAN-012", "MAN-013", "MAN-015", "MAN-016", "MAN-017", "MAN-018",
    ]


def test_coercive_measure_items() -> None:
    assert ids(base_coercive_measure()) == [
        "MAN-001", "MAN-002", "MAN-003", "MAN-005", "MAN-007", "MAN-010", "MAN-011", "MAN-012", "MAN-013", "MAN-015",
    ]


def test_enforced_execution_items() -> None:
    assert ids(base_enforced_execution()) == [
        "MAN-001", "MAN-003", "MAN-005", "MAN-007", "MAN-010", "MAN-011", "MAN-013", "MAN-015",
    ]


def test_inspection_items() -> None:
    assert ids(base_inspection()) == ["MAN-002", "MAN-012", "MAN-013", "MAN-014", "MAN-015"]


def test_every_case_type_gets_items() -> None:
    for case_type in CaseType:
        assert bundled_checklist().items_for(case_type), case_type


# ---------------------------------------------------------------- evidence and legal basis (exact)


def test_punishment_statement_item_exact() -> None:
    c = checks(base_punishment())["MAN-007"]
    assert c.question == "是否充分听取了当事人的陈述、申辩，对其提出的事实、理由和证据是否进行了复核，决定是否说明了采纳或不采纳的理由？"
    assert [str(b) for b in c.legal_basis] == ["《中华人民共和国行政处罚法》第四十五条第一款"]
    assert c.evidence == (
        "行政处罚事先告知书 D06 已于 2025-04-07 直接送达（S08、送达回证 D07）",
        "S09 陈述、申辩（2025-04-09）：记录 D08",
        "S10 处罚决定（2025-04-21）：经周建国批准（2025-04-21），处罚为罚款 8000 元（组织），记录 D09",
    )
    assert c.confidence is Confidence.CONFIRMED


def test_punishment_facts_and_evidence_item_exact() -> None:
    c = checks(base_punishment())["MAN-001"]
    assert [str(b) for b in c.legal_basis] == [
        "《中华人民共和国行政处罚法》第四十条",
        "《中华人民共和国行政诉讼法》第七十条第（一）项",
    ]
    assert c.evidence == (
        "案卷未记录违法行为发生日期",
        "S01 案件来源/发现（2025-03-03）",
        "S02 立案（2025-03-05）：经周建国批准（2025-03-05），记录 D01",
        "现场检查（勘验）笔录 D02（S03 现场检查，2025-03-06）",
        "询问笔录 D03（S04 询问，2025-03-10）",
        "案件调查终结报告 D04（S05 案件调查终结报告，2025-04-01）",
        "陈述申辩笔录 D08（S09 陈述、申辩，2025-04-09）",
        "案卷未记录证据先行登记保存",
    )


def test_punishment_discretion_item_with_violation_and_flags() -> None:
    d = base_punishment()
    d["case"]["violation"] = {"start": "2025-02-10", "end": "2025-02-28", "continuing": True}
    d["case"]["flags"] = {"first_offence": True}
    d["case"]["party"] = {"kind": "individual", "name": "张三"}
    c = checks(d)["MAN-004"]
    assert c.evidence == (
        "罚款 8000 元（个人）",
        "违法行为发生于 2025-02-10，终了于 2025-02-28，有连续或者继续状态",
        "案件情形标记：初次违法且危害后果轻微",
        "案卷未标记：社会影响较大",
        "法制审核 S06 2025-04-03 通过（审核人 孙敏）",
        "案卷未记录集体讨论",
    )


def test_legal_review_triggers_item_names_flags_and_review() -> None:
    d = base_punishment()
    d["case"]["flags"] = {"complex": True}
    d["steps"].append({"id": "S16", "kind": "collective_deliberation", "date": "2025-04-15",
                       "attendees": ["O9"], "records": [{"document": "D12"}]})
    d["documents"].append({"id": "D12", "kind": "deliberation_record"})
    c = checks(d)["MAN-005"]
    assert c.evidence == (
        "案件情形标记：情节复杂",
        "案卷未标记：涉及重大公共利益、直接关系当事人或者第三人重大权益、法律法规规定应当法制审核的其他情形",
        "罚款 8000 元（组织）",
        "S07 行政处罚事先告知（2025-04-07）告知了听证权利",
        "案卷未记录听证申请、听证通知、听证",
        "法制审核 S06 2025-04-03 通过（审核人 孙敏）",
        "S16 集体讨论（2025-04-15）：参加人员 周建国，记录 D12",
    )


def test_coercive_necessity_item_exact() -> None:
    c = checks(base_coercive_measure())["MAN-010"]
    assert [str(b) for b in c.legal_basis] == [
        "《中华人民共和国行政强制法》第五条",
        "《中华人民共和国行政强制法》第十六条第二款",
        "《中华人民共和国行政强制法》第二十三条第一款",
        "《中华人民共和国行政强制法》第二十八条第二款",
        "《优化营商环境条例》第五十九条第一款",
    ]
    assert c.evidence == (
        "扣押 M1（S03 实施，2025-06-03 至 2025-06-30；决定书 D03，清单 D04）",
        "M1 物品：过期奶粉 120罐",
        "S04 解除查封扣押（2025-06-30）：措施 M1，记录 D05",
        "当事人为法人或者其他组织，清单记录了统一社会信用代码",
        "行政强制措施，已结，案号 城西市监强〔2025〕1号",
        "执法事项 MR-FOOD-001 （测试事项）",
    )


def test_coercive_emergency_item_shows_reason_and_late_approval() -> None:
    d = base_coercive_measure()
    s = step(d, "S03")
    s["emergency_reason"] = "当事人正在转移涉案奶粉"
    s["approved_on"] = "2025-06-04"
    c = checks(d)["MAN-011"]
    assert [str(b) for b in c.legal_basis] == ["《中华人民共和国行政强制法》第十九条"]
    assert c.evidence == (
        "S03 扣押（2025-06-03 10:00–11:30） 记录的紧急理由：当事人正在转移涉案奶粉",
        "S03 扣押（2025-06-03 10:00–11:30） 批准日期 2025-06-04 晚于实施日",
        "S02 审批（2025-06-03）：经周建国批准（2025-06-03），记录 D01",
    )


def test_enforced_execution_emergency_item_exact() -> None:
    c = checks(base_enforced_execution())["MAN-011"]
    assert [str(b) for b in c.legal_basis] == [
        "《中华人民共和国行政强制法》第四十三条第一款",
        "《中华人民共和国行政强制法》第三十七条第三款",
    ]
    assert c.evidence == (
        "S06 强制执行于星期二（2025-08-26 09:00–11:00）实施",
        "案卷未记录紧急情况理由",
        "催告书 D02 已于 2025-08-04 直接送达（S03、送达回证 D03）",
        "S04 强制执行决定（2025-08-20）：经周建国批准（2025-08-20），记录 D04",
    )


def test_inspection_items_exact() -> None:
    found = checks(base_inspection())
    assert found["MAN-013"].evidence == ("S02 现场检查（2025-05-08）：无音像记录；文字记录 现场检查（勘验）笔录 D02",)
    assert found["MAN-015"].evidence == (
        "当事人为法人或者其他组织，清单记录了统一社会信用代码",
        "S04 公示（2025-05-20）：公示平台为国家企业信用信息公示系统",
    )
    c = found["MAN-014"]
    assert c.confidence is Confidence.UNCONFIRMED
    assert [str(b) for b in c.legal_basis] == [
        "《优化营商环境条例》第五十四条第一款",
        "《优化营商环境条例》第五十九条第三款",
        "《国务院办公厅关于严格规范涉企行政检查的意见》（国办发〔2024〕54号；原文未读到，待核实）",
    ]


def test_transfer_item_with_crime_flag_and_review_transfer() -> None:
    d = base_punishment()
    d["case"]["flags"] = {"crime_suspected": True}
    step(d, "S06")["outcome"] = "transfer"
    assert checks(d)["MAN-012"].evidence == (
        "案件情形标记：涉嫌犯罪",
        "法制审核 S06（2025-04-03）意见为移送",
        "罚款 8000 元（组织）",
    )


def test_hearing_item_lists_the_hearing_steps() -> None:
    d = base_punishment()
    d["steps"] += [
        {"id": "S20", "kind": "hearing_request", "date": "2025-04-08"},
        {"id": "S21", "kind": "hearing_notice", "date": "2025-04-09", "records": [{"document": "D20"}]},
        {"id": "S22", "kind": "hearing", "start": "2025-04-18T09:00:00", "end": "2025-04-18T10:30:00",
         "attendees": ["O9"], "records": [{"document": "D21"}]},
    ]
    d["documents"] += [{"id": "D20", "kind": "hearing_notice"}, {"id": "D21", "kind": "hearing_record", "signed": False}]
    assert checks(d)["MAN-009"].evidence == (
        "S07 行政处罚事先告知（2025-04-07）告知了听证权利",
        "S20 听证申请（2025-04-08）",
        "S21 听证通知（2025-04-09）：记录 D20",
        "S22 听证（2025-04-18 09:00–10:30）：参加人员 周建国，记录 D21",
        "听证通知书 D20（S21 听证通知，2025-04-09）",
        "听证笔录 D21（S22 听证，2025-04-18，未签名）",
    )


def test_missing_service_and_unlinked_av_are_stated() -> None:
    d = base_punishment()
    d["steps"] = [s for s in d["steps"] if s["id"] != "S08"]
    d["av_records"].append({"id": "AV09", "sha256": "d" * 64, "duration": "PT5M"})
    found = checks(d)
    assert found["MAN-007"].evidence[0] == "行政处罚事先告知书 D06（S07，2025-04-07）未记录送达"
    assert found["MAN-013"].evidence[-1] == "音像记录 AV09（时长 5分）未关联任何环节"


def test_redaction_item_never_repeats_personal_data() -> None:
    d = base_punishment()
    d["case"]["party"] = {"kind": "individual", "name": "李小红", "id_number": "330102199001011234",
                          "phone": "13800001234"}
    c = checks(d)["MAN-015"]
    assert c.evidence[0] == "当事人为自然人（个人信息须隐去），清单记录了身份证号码、联系电话"
    text = json.dumps([m.to_json() for m in manual_checks(Dossier.model_validate(d))], ensure_ascii=False)
    for secret in ("李小红", "330102199001011234", "13800001234"):
        assert secret not in text


def test_entrusted_body_is_stated() -> None:
    d = base_punishment()
    d["case"]["acting_body"] = {"id": "B-CX-MR-TEAM", "capacity": "entrusted", "principal": "B-CX-MR"}
    assert checks(d)["MAN-017"].evidence[0] == "实施主体 B-CX-MR-TEAM 为受委托组织，以委托机关 B-CX-MR 的名义实施"


# ---------------------------------------------------------------- never a verdict; JSON shape; determinism


def test_manual_check_has_no_verdict_field() -> None:
    names = {f.name for f in dataclasses.fields(ManualCheck)}
    assert names == {"id", "question", "gloss", "legal_basis", "evidence", "note", "confidence"}
    for base in BASES:
        for c in manual_checks(Dossier.model_validate(base())):
            data = c.to_json()
            assert list(data) == ["id", "question", "gloss", "legal_basis", "evidence", "note", "confidence"]
            assert not {"pass", "passed", "fail", "failed", "result", "verdict", "status"} & set(data)


def test_to_json_exact() -> None:
    c = checks(base_punishment())["MAN-016"]
    assert c.to_json() == {
        "id": "MAN-016",
        "question": "违法行为何时“被发现”，是否超过二年（涉及公民生命健康安全、金融安全且有危害后果的为五年）的追责期限？",
        "gloss": "When was the violation discovered for the limitation period, and has the period run?",
        "legal_basis": [{"law": "中华人民共和国行政处罚法", "article": 36, "text": "《中华人民共和国行政处罚法》第三十六条"}],
        "evidence": [
            "案卷未记录违法行为发生日期",
            "S01 案件来源/发现（2025-03-03）",
            "S02 立案（2025-03-05）：经周建国批准（2025-03-05），记录 D01",
        ],
        "note": "“发现”之日是法律判断，须人工确定；确定后机器才能计算追责期限。",
        "confidence": "confirmed",
    }


def test_deterministic_and_serialisable() -> None:
    for base in BASES:
        d = Dossier.model_validate(base())
        first = json.dumps([c.to_json() for c in manual_checks(d)], ensure_ascii=False)
        assert first == json.dumps([c.to_json() for c in manual_checks(Dossier.model_validate(base()))],
                                   ensure_ascii=False)
        for c in manual_checks(d):
            assert c.evidence, c.id
            assert len(set(c.evidence)) == len(c.evidence), c.id


def test_every_collector_runs_on_every_base_dossier() -> None:
    args = {"none": (), "step_kinds": ("inspection", "decision"), "document_kinds": ("inquiry_record",),
            "flags": ()}
    for base in BASES:
        d = Dossier.model_validate(base())
        for name, collector in COLLECTORS.items():
            facts = collector.collect(d, args[collector.args])
            assert facts and all(isinstance(f, str) and f for f in facts), (name, d.id)


# ---------------------------------------------------------------- user checklist files and their errors

MINIMAL = """\
version = 1

[[item]]
id = "MAN-001"
question = "事实是否清楚？"
gloss = "Are the facts clear?"
case_types = ["punishment"]
evidence = ["violation", { collector = "steps", of = ["inquiry"] }]

[[item.legal_basis]]
law = "中华人民共和国行政处罚法"
article = 40
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "checks.toml"
    path.write_text(text, encoding="utf-8")
    return path


def error(tmp_path: Path, text: str) -> str:
    with pytest.raises(ChecklistError) as info:
        load_checklist(write(tmp_path, text))
    return str(info.value)


def test_user_checklist_is_used(tmp_path: Path) -> None:
    checklist = load_checklist(write(tmp_path, MINIMAL))
    assert checklist.path == "checks.toml"
    found = manual_checks(Dossier.model_validate(base_punishment()), checklist)
    assert [(c.id, c.evidence) for c in found] == [
        ("MAN-001", ("案卷未记录违法行为发生日期",
                     "S04 询问（2025-03-10 14:00–15:00）：执法人员 陈立新、刘晓东，出示执法证件，当事人到场，当事人签名，记录 D03")),
    ]
    assert manual_checks(Dossier.model_validate(base_inspection()), checklist) == []


def test_unknown_collector_is_rejected(tmp_path: Path) -> None:
    msg = error(tmp_path, MINIMAL.replace('"violation"', '"guesswork"'))
    assert f"{tmp_path / 'checks.toml'}: item[MAN-001].evidence.0.collector: 未知的取证函数 'guesswork'" in msg


def test_bad_step_kind_in_of(tmp_path: Path) -> None:
    msg = error(tmp_path, MINIMAL.replace('of = ["inquiry"]', 'of = ["interrogation"]'))
    assert "item[MAN-001].evidence.1: of: 'interrogation' 不是环节类型" in msg


def test_collector_without_arguments_rejects_of(tmp_path: Path) -> None:
    msg = error(tmp_path, MINIMAL.replace('"violation"', '{ collector = "violation", of = ["inquiry"] }'))
    assert "item[MAN-001].evidence.0: 取证函数 violation 不接受 of" in msg


def test_steps_collector_needs_of(tmp_path: Path) -> None:
    msg = error(tmp_path, MINIMAL.replace('{ collector = "steps", of = ["inquiry"] }', '"steps"'))
    assert "item[MAN-001].evidence.1: 取证函数 steps 需要 of（环节类型）" in msg


def test_missing_question_names_the_key(tmp_path: Path) -> None:
    msg = error(tmp_path, MINIMAL.replace('question = "事实是否清楚？"\n', ""))
    assert "item[MAN-001].question: Field required" in msg


def test_question_must_be_a_question(tmp_path: Path) -> None:
    msg = error(tmp_path, MINIMAL.replace("事实是否清楚？", "事实清楚"))
    assert "item[MAN-001].question: question 应是提给评查人员的问题" in msg


def test_bad_case_type_and_unknown_key(tmp_path: Path) -> None:
    msg = error(tmp_path, MINIMAL.replace('case_types = ["punishment"]', 'case_types = ["licensing"]\nverdict = "pass"'))
    assert "item[MAN-001].case_types.0:" in msg
    assert "item[MAN-001].verdict: Extra inputs are not permitted" in msg


def test_basis_for_a_case_type_the_item_does_not_cover(tmp_path: Path) -> None:
    msg = error(tmp_path, MINIMAL + 'case_types = ["inspection"]\n')
    assert "item[MAN-001]: legal_basis.0.case_types 含本项不适用的案件类型：inspection" in msg


def test_every_case_type_needs_a_basis(tmp_path: Path) -> None:
    text = MINIMAL.replace('case_types = ["punishment"]', 'case_types = ["punishment", "inspection"]')
    msg = error(tmp_path, text + 'case_types = ["punishment"]\n')
    assert "item[MAN-001]: 案件类型 inspection 没有适用的 legal_basis" in msg


def test_basis_paragraph_needs_article_and_law_without_brackets(tmp_path: Path) -> None:
    msg = error(tmp_path, MINIMAL.replace("article = 40", "paragraph = 1"))
    assert "item[MAN-001].legal_basis.0: paragraph 或 item 须与 article 一起给出" in msg
    msg = error(tmp_path, MINIMAL.replace('law = "中华人民共和国行政处罚法"', 'law = "《中华人民共和国行政处罚法》"'))
    assert "item[MAN-001].legal_basis.0: law 写法规全称，不加书名号《》" in msg


def test_item_without_evidence_or_basis(tmp_path: Path) -> None:
    msg = error(tmp_path, MINIMAL.replace('evidence = ["violation", { collector = "steps", of = ["inquiry"] }]', "evidence = []"))
    assert "item[MAN-001].evidence: Tuple should have at least 1 item" in msg
    head = MINIMAL.split("[[item.legal_basis]]")[0]
    assert "item[MAN-001].legal_basis: Field required" in error(tmp_path, head)


def test_ids_unique_ascending_and_well_formed(tmp_path: Path) -> None:
    second = MINIMAL.split("\n", 2)[2]
    msg = error(tmp_path, MINIMAL + "\n" + second)
    assert "item 的 id 须唯一并按升序排列：MAN-001 之后是 MAN-001" in msg
    msg = error(tmp_path, MINIMAL.replace('id = "MAN-001"', 'id = "CHK-1"'))
    assert "item[CHK-1].id: String should match pattern" in msg


def test_wrong_version_and_broken_toml(tmp_path: Path) -> None:
    assert "version: Input should be 1" in error(tmp_path, MINIMAL.replace("version = 1", "version = 2"))
    msg = error(tmp_path, MINIMAL + "[[item\n")
    assert msg.startswith(f"{tmp_path / 'checks.toml'}: 不是有效的 TOML")
    with pytest.raises(ChecklistError, match="无法读取人工核查清单"):
        load_checklist(tmp_path / "missing.toml")
