"""Tests of the 行政检查 rules (enforcement_audit/rules/inspection.py)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from enforcement_audit.engine import Confidence, Severity
from enforcement_audit.profile import Flag, InspectionCaps, Profile, load_profile
from enforcement_audit.rules.inspection import RULES
from enforcement_audit.testing import (
    base_coercive_measure,
    base_enforced_execution,
    base_inspection,
    base_punishment,
    drop_step,
    hits,
    run,
    step,
)

BASES = [base_punishment, base_coercive_measure, base_enforced_execution, base_inspection]
RULE_IDS = [r.meta.id for r in RULES]
META = {r.meta.id: r.meta for r in RULES}


def test_rules_are_in_id_order() -> None:
    assert RULE_IDS == ["INS-003", "INS-004", "INS-005", "INS-007", "INS-010", "INS-011", "INS-012", "INS-014", "INS-016", "INS-018", "INS-101",
                        "INS-111"]


@pytest.mark.parametrize("base", BASES, ids=lambda b: b.__name__)
@pytest.mark.parametrize("rule_id", RULE_IDS)
def test_base_dossiers_pass(base: Any, rule_id: str) -> None:
    assert hits(base(), rule_id) == []


def messages(d: dict[str, Any], rule_id: str, **kwargs: Any) -> list[str]:
    return [f.message for f in run(d, rule_id, **kwargs)]


# ------------------------------------------------------------------ INS-011 record signed


def test_ins_011_meta() -> None:
    meta = META["INS-011"]
    assert meta.severity is Severity.ERROR
    assert str(meta.legal_basis[0]) == "《中华人民共和国行政处罚法》第五十五条第二款（参照适用）"  # a pure inspection: by analogy


def test_ins_111_party_refused_without_note_fails() -> None:
    d = base_inspection()
    step(d, "S02")["party_signed"] = False
    assert hits(d, "INS-111") == [("INS-111", "S02")]
    assert "当事人未签名，笔录中也未注明拒绝签名的情况" in messages(d, "INS-111")[0]
    assert hits(d, "INS-011") == []  # who signed is INS-111's warning, not INS-011's error


def test_ins_111_party_refusal_noted_passes() -> None:
    d = base_inspection()
    step(d, "S02")["party_signed"] = False
    step(d, "S02")["note"] = "当事人拒绝签名，执法人员已在笔录中注明"
    assert hits(d, "INS-111") == []
    assert hits(d, "INS-011") == []  # who signed is INS-111's warning, not INS-011's error


def test_ins_111_party_absent_witness_signed_passes() -> None:
    d = base_inspection()
    s = step(d, "S02")
    s["party_present"] = False
    del s["party_signed"]
    s["witness_present"] = True
    s["witness_signed"] = True
    assert hits(d, "INS-111") == []
    assert hits(d, "INS-011") == []  # who signed is INS-111's warning, not INS-011's error


def test_ins_111_party_absent_without_witness_signature_fails() -> None:
    d = base_inspection()
    s = step(d, "S02")
    s["party_present"] = False
    s["party_signed"] = False
    s["witness_present"] = True
    s["witness_signed"] = False
    assert hits(d, "INS-111") == [("INS-111", "S02")]
    assert "当事人不在场，笔录没有见证人签名" in messages(d, "INS-111")[0]
    assert hits(d, "INS-011") == []  # who signed is INS-111's warning, not INS-011's error


def test_ins_111_party_absent_note_alone_is_not_enough() -> None:
    d = base_inspection()
    s = step(d, "S02")
    s["party_present"] = False
    del s["party_signed"]
    s["note"] = "当事人不在场"
    assert hits(d, "INS-111") == [("INS-111", "S02")]
    assert hits(d, "INS-011") == []  # who signed is INS-111's warning, not INS-011's error


def test_ins_111_signature_not_recorded_fails() -> None:
    d = base_inspection()
    del step(d, "S02")["party_signed"]
    assert hits(d, "INS-111") == [("INS-111", "S02")]
    assert "未记录当事人是否在笔录上签名" in messages(d, "INS-111")[0]
    assert hits(d, "INS-011") == []  # who signed is INS-111's warning, not INS-011's error


def test_ins_011_no_text_record_fails() -> None:
    d = base_inspection()
    step(d, "S02")["records"] = []
    assert hits(d, "INS-011") == [("INS-011", "S02")]
    assert "没有文字记录（现场检查笔录）" in messages(d, "INS-011")[0]


def test_ins_011_av_record_is_not_a_text_record() -> None:
    d = base_inspection()
    step(d, "S02")["records"] = [{"av": "AV01"}]
    d["av_records"] = [{"id": "AV01", "sha256": "d" * 64, "duration": "PT1H"}]
    assert hits(d, "INS-011") == [("INS-011", "S02")]


def test_ins_011_record_referencing_a_missing_document_fails() -> None:
    d = base_inspection()
    step(d, "S02")["records"] = [{"document": "D99"}]
    assert hits(d, "INS-011") == [("INS-011", "S02")]
    msg = messages(d, "INS-011")[0]
    assert "没有文字记录" in msg and "引用的笔录 D99 不在案卷文书中" in msg


def test_ins_111_record_document_marked_unsigned_fails() -> None:
    d = base_inspection()
    d["documents"][1]["signed"] = False  # D02
    assert hits(d, "INS-111") == [("INS-111", "S02")]
    assert "笔录 D02 未签名" in messages(d, "INS-111")[0]
    assert hits(d, "INS-011") == []  # who signed is INS-111's warning, not INS-011's error


def test_ins_011_and_111_split_record_and_signatures() -> None:
    d = base_inspection()
    step(d, "S02")["records"] = []
    step(d, "S02")["party_signed"] = False
    findings = run(d, "INS-011", "INS-111")
    assert [(f.rule_id, f.location.step, f.severity) for f in findings] == [
        ("INS-011", "S02", Severity.ERROR), ("INS-111", "S02", Severity.WARNING)]
    assert "没有文字记录" in findings[0].message and "未注明拒绝签名" in findings[1].message


def test_ins_011_one_finding_per_inspection_step() -> None:
    d = base_inspection()
    d["steps"].append(
        {
            **step(d, "S02"),
            "id": "S06",
            "start": "2025-05-09T09:00:00",
            "end": "2025-05-09T10:00:00",
            "party_signed": False,
        }
    )
    assert hits(d, "INS-011", "INS-111") == [("INS-111", "S06")]


def test_ins_011_only_judges_inspection_cases() -> None:
    d = base_punishment()
    step(d, "S03")["party_signed"] = False  # punishment-case inspection: other rules' business
    assert hits(d, "INS-011") == []


# ------------------------------------------------------------------ INS-012 result told


def test_ins_012_meta_is_unconfirmed_warning() -> None:
    meta = META["INS-012"]
    assert meta.confidence is Confidence.UNCONFIRMED
    assert meta.severity is Severity.WARNING


def test_ins_012_closed_case_without_result_fails() -> None:
    d = base_inspection()
    drop_step(d, "S03")
    assert hits(d, "INS-012") == [("INS-012", "S02")]
    (finding,) = run(d, "INS-012")
    assert finding.severity is Severity.WARNING
    assert "最后一次检查 S02 现场检查（2025-05-08）之后没有检查结果告知环节" in finding.message


def test_ins_012_result_on_the_inspection_day_passes() -> None:
    d = base_inspection()
    step(d, "S03")["date"] = "2025-05-08"
    assert hits(d, "INS-012") == []


def test_ins_012_result_before_the_last_inspection_fails() -> None:
    d = base_inspection()
    d["steps"].append({**step(d, "S02"), "id": "S06", "start": "2025-05-15T09:00:00", "end": "2025-05-15T10:00:00"})
    assert hits(d, "INS-012") == [("INS-012", "S06")]
    assert "已有的告知 S03 检查结果告知（2025-05-12）早于该次检查" in messages(d, "INS-012")[0]


def test_ins_012_open_case_is_not_judged() -> None:
    d = base_inspection()
    d["case"]["status"] = "open"
    drop_step(d, "S03")
    drop_step(d, "S04")
    drop_step(d, "S05")
    assert hits(d, "INS-012", as_of=dt.date(2026, 6, 30)) == []


def test_ins_012_without_inspection_step_nothing_to_judge() -> None:
    d = base_inspection()
    drop_step(d, "S02")
    drop_step(d, "S03")
    assert hits(d, "INS-012") == []


# ------------------------------------------------------------------ INS-003 prior approval


def test_ins_003_meta_is_unconfirmed_warning() -> None:
    meta = META["INS-003"]
    assert meta.id == "INS-003"
    assert meta.confidence is Confidence.UNCONFIRMED
    assert meta.severity is Severity.WARNING


def test_ins_003_approval_after_the_inspection_fails() -> None:
    d = base_inspection()
    step(d, "S01")["date"] = "2025-05-09"
    step(d, "S01")["approved_on"] = "2025-05-09"
    assert hits(d, "INS-003") == [("INS-003", "S02")]
    (finding,) = run(d, "INS-003")
    assert finding.severity is Severity.WARNING
    assert finding.message == ("首次检查 S02 现场检查（2025-05-08）未经负责人事前审批：审批环节 S01 审批（2025-05-09）"
                               "的批准日 2025-05-09 晚于首次检查日 2025-05-08。")


def test_ins_003_approval_on_the_inspection_day_passes() -> None:
    d = base_inspection()
    step(d, "S01")["date"] = "2025-05-08"
    step(d, "S01")["approved_on"] = "2025-05-08"
    assert hits(d, "INS-003") == []


def test_ins_003_approved_on_counts_over_the_form_date() -> None:
    d = base_inspection()
    step(d, "S01")["approved_on"] = "2025-05-09"  # form dated 2025-05-06, signed by the head after the inspection
    assert hits(d, "INS-003") == [("INS-003", "S02")]
    del step(d, "S01")["approved_on"]  # only the form date: 2025-05-06
    assert hits(d, "INS-003") == []


def test_ins_003_no_approval_at_all_fails() -> None:
    d = base_inspection()
    drop_step(d, "S01")
    assert hits(d, "INS-003") == [("INS-003", "S02")]
    assert "案卷中没有审批环节，检查环节也未记录批准人和批准日期" in messages(d, "INS-003")[0]


def test_ins_003_approval_recorded_on_the_inspection_step() -> None:
    d = base_inspection()
    drop_step(d, "S01")
    step(d, "S02").update(approved_by="O9", approved_on="2025-05-08")
    assert hits(d, "INS-003") == []
    step(d, "S02")["approved_on"] = "2025-05-09"
    assert hits(d, "INS-003") == [("INS-003", "S02")]
    assert "检查环节记录的批准日 2025-05-09 晚于首次检查日 2025-05-08" in messages(d, "INS-003")[0]
    del step(d, "S02")["approved_on"]
    assert hits(d, "INS-003") == [("INS-003", "S02")]
    assert "记录了批准人 O9 但没有批准日期" in messages(d, "INS-003")[0]


def test_ins_003_emergency_approved_afterwards_passes() -> None:
    d = base_inspection()
    step(d, "S01").update(date="2025-05-12", approved_on="2025-05-12")
    step(d, "S02")["emergency_reason"] = "群众举报现场存在重大安全隐患"
    assert hits(d, "INS-003") == []
    drop_step(d, "S01")
    assert hits(d, "INS-003") == [("INS-003", "S02")]
    assert "虽注明紧急情况，但没有事后补办审批的记录" in messages(d, "INS-003")[0]


def test_ins_003_judged_on_the_first_inspection() -> None:
    d = base_inspection()
    step(d, "S01").update(date="2025-05-09", approved_on="2025-05-09")
    d["steps"].append({**step(d, "S02"), "id": "S06", "start": "2025-05-15T09:00:00", "end": "2025-05-15T10:00:00"})
    assert hits(d, "INS-003") == [("INS-003", "S02")]


def test_ins_003_open_case_judged_on_the_inspection_done() -> None:
    d = base_inspection()
    d["case"]["status"] = "open"
    for sid in ("S01", "S03", "S04", "S05"):
        drop_step(d, sid)
    assert hits(d, "INS-003", as_of=dt.date(2025, 5, 9)) == [("INS-003", "S02")]


def test_ins_003_not_for_punishment_cases() -> None:
    d = base_punishment()  # the filing approval precedes the investigation; INS-003 is for inspection cases
    step(d, "S02")["approved_on"] = "2025-03-07"
    assert hits(d, "INS-003") == []


def test_ins_003_without_inspection_nothing_to_judge() -> None:
    d = base_inspection()
    drop_step(d, "S01")
    drop_step(d, "S02")
    assert hits(d, "INS-003") == []


# ------------------------------------------------------------------ INS-014 territory


def test_ins_014_meta_is_unconfirmed_warning() -> None:
    meta = META["INS-014"]
    assert meta.id == "INS-014"
    assert meta.confidence is Confidence.UNCONFIRMED
    assert meta.severity is Severity.WARNING


def test_ins_014_outside_the_territory_fails() -> None:
    d = base_inspection()
    d["case"]["region"] = "330299"
    assert hits(d, "INS-014") == [("INS-014", None)]
    (finding,) = run(d, "INS-014")
    assert finding.severity is Severity.WARNING
    assert finding.message == ("案件行为地区划代码 330299 不在B-CX-MR（城西县市场监督管理局） 的管辖区域 330199之内；"
                               "行政检查实行属地原则，跨区域检查应通过协助机制进行。")


def test_ins_014_inside_the_territory_passes() -> None:
    d = base_inspection()
    d["case"]["region"] = "330199101"
    assert hits(d, "INS-014") == []
    d["case"]["region"] = "330198"
    assert hits(d, "INS-014") == [("INS-014", None)]


def test_ins_014_one_finding_per_defect_with_subj_013() -> None:
    d = base_inspection()
    d["case"]["region"] = "330299"
    assert hits(d, "INS-014", "SUBJ-013") == [("INS-014", None)]
    p = base_punishment()
    p["case"]["region"] = "330299"
    assert hits(p, "INS-014", "SUBJ-013") == [("SUBJ-013", None)]


# ------------------------------------------------------------------ INS-101 rectification followed up


def rectified(follow_up: str | None = "2025-06-03", *, deadline: str | None = "2025-05-30",
              case_deadline: str | None = None) -> dict[str, Any]:
    """base_inspection() with result rectification_ordered, an order S06 (2025-05-16) and a follow-up S07."""
    d = base_inspection()
    d["inspection"]["result"] = "rectification_ordered"
    if case_deadline is not None:
        d["inspection"]["rectification_deadline"] = case_deadline
    order: dict[str, Any] = {"id": "S06", "kind": "rectification_order", "date": "2025-05-16",
                             "note": "消防通道堆放杂物，限期整改"}
    if deadline is not None:
        order["deadline"] = deadline
    d["steps"].append(order)
    if follow_up is not None:
        d["steps"].append({"id": "S07", "kind": "follow_up", "date": follow_up, "note": "复查：已整改"})
    step(d, "S05")["date"] = "2025-06-04"  # closing after the follow-up
    return d


def test_ins_101_meta_is_unconfirmed_warning() -> None:
    meta = META["INS-101"]
    assert meta.id == "INS-101"
    assert meta.confidence is Confidence.UNCONFIRMED
    assert meta.severity is Severity.WARNING
    assert [b.law for b in meta.legal_basis] == ["国务院办公厅关于严格规范涉企行政检查的意见", "行政检查文书基本格式文本（试行）"]


@pytest.mark.parametrize("day", ["2025-06-03", "2025-05-30", "2025-05-20", "2025-05-16"])
def test_ins_101_follow_up_on_or_after_the_order_passes(day: str) -> None:
    # after, on, or before the deadline (finished early), down to the order day itself
    assert hits(rectified(day), "INS-101") == []


def test_ins_101_closed_case_without_follow_up_fails() -> None:
    d = rectified(None)
    assert hits(d, "INS-101") == [("INS-101", "S06")]
    (finding,) = run(d, "INS-101")
    assert finding.severity is Severity.WARNING
    assert finding.message == "S06 责令整改（2025-05-16）设定整改期限 2025-05-30，案件已结案，但此后没有整改复查环节。"


def test_ins_101_follow_up_before_the_order_fails() -> None:
    d = rectified("2025-05-15")
    assert hits(d, "INS-101") == [("INS-101", "S06")]
    assert messages(d, "INS-101") == [
        "S06 责令整改（2025-05-16）设定整改期限 2025-05-30，案件已结案，但此后没有整改复查环节"
        "（已有的整改复查 S07 整改复查（2025-05-15）早于该次责令整改）。"
    ]


def test_ins_101_case_level_deadline_is_used() -> None:
    d = rectified(None, deadline=None, case_deadline="2025-05-31")
    assert hits(d, "INS-101") == [("INS-101", "S06")]
    assert "设定整改期限 2025-05-31，" in messages(d, "INS-101")[0]
    # the step's own deadline wins over the case-level one
    d = rectified(None, deadline="2025-05-30", case_deadline="2025-05-31")
    assert "设定整改期限 2025-05-30，" in messages(d, "INS-101")[0]


def test_ins_101_order_without_any_period_not_judged() -> None:
    assert hits(rectified(None, deadline=None), "INS-101") == []


def test_ins_101_open_case_not_judged() -> None:
    d = rectified(None)
    d["case"]["status"] = "open"
    drop_step(d, "S05")
    assert hits(d, "INS-101") == []
    assert run(d, "INS-101", as_of=dt.date(2026, 1, 1)) == []  # no alert either


@pytest.mark.parametrize("result", ["compliant", "violation_found"])
def test_ins_101_other_results_not_judged(result: str) -> None:
    d = rectified(None)
    d["inspection"]["result"] = result
    assert hits(d, "INS-101") == []


def test_ins_101_each_order_judged() -> None:
    d = rectified("2025-05-20")
    d["steps"].append({"id": "S08", "kind": "rectification_order", "date": "2025-05-22", "deadline": "2025-05-29"})
    assert hits(d, "INS-101") == [("INS-101", "S08")]
    step(d, "S07")["date"] = "2025-05-29"
    assert hits(d, "INS-101") == []


def test_ins_101_not_for_punishment_cases() -> None:
    d = base_punishment()
    d["steps"].append({"id": "S20", "kind": "rectification_order", "date": "2025-04-10", "deadline": "2025-04-30"})
    assert hits(d, "INS-101") == []


# ------------------------------------------------------------------ INS-005 random selection recorded


def random_inspection(selection: str | None = "双随机抽取记录2025-05-06-17") -> dict[str, Any]:
    d = base_inspection()
    d["inspection"]["mode"] = "random"
    if selection is None:
        del d["inspection"]["random_selection"]
    else:
        d["inspection"]["random_selection"] = selection
    return d


def test_ins_005_meta_is_confirmed_warning() -> None:
    meta = META["INS-005"]
    assert meta.severity is Severity.WARNING
    assert meta.confidence is Confidence.CONFIRMED
    assert [str(b) for b in meta.legal_basis] == ["《优化营商环境条例》第五十四条"]


def test_ins_005_random_with_draw_record_passes() -> None:
    assert hits(random_inspection(), "INS-005") == []


def test_ins_005_random_without_draw_record_fails() -> None:
    d = random_inspection(None)
    assert hits(d, "INS-005") == [("INS-005", "S02")]
    assert messages(d, "INS-005") == [
        "检查方式为双随机抽查（mode=random），首次检查为 S02 现场检查（2025-05-08），但案卷未载明随机抽取记录"
        "（random-selection），无法核实检查对象和检查人员系随机抽取。"
    ]


def test_ins_005_blank_draw_record_fails() -> None:
    assert hits(random_inspection("  "), "INS-005") == [("INS-005", "S02")]


def test_ins_005_points_at_first_inspection() -> None:
    d = random_inspection(None)
    d["steps"].insert(2, {"id": "S02B", "kind": "inspection", "start": "2025-05-09T09:00:00",
                          "end": "2025-05-09T10:00:00"})
    assert hits(d, "INS-005") == [("INS-005", "S02")]


@pytest.mark.parametrize("mode", ["focused", "case_triggered", "other", None])
def test_ins_005_other_modes_not_judged(mode: str | None) -> None:
    d = random_inspection(None)
    if mode is None:
        del d["inspection"]["mode"]
    else:
        d["inspection"]["mode"] = mode
    assert hits(d, "INS-005") == []


def test_ins_005_open_case_before_inspection_not_judged() -> None:
    d = random_inspection(None)
    d["case"]["status"] = "open"
    for sid in ("S02", "S03", "S04", "S05"):
        drop_step(d, sid)
    assert hits(d, "INS-005") == []
    assert run(d, "INS-005", as_of=dt.date(2026, 1, 1)) == []


def test_ins_005_open_case_after_inspection_fails() -> None:
    d = random_inspection(None)
    d["case"]["status"] = "open"
    for sid in ("S03", "S04", "S05"):
        drop_step(d, sid)
    assert hits(d, "INS-005") == [("INS-005", "S02")]


def test_ins_005_closed_case_without_inspection_step_fails() -> None:
    d = random_inspection(None)
    drop_step(d, "S02")
    assert hits(d, "INS-005") == [("INS-005", None)]
    assert "首次检查" not in messages(d, "INS-005")[0]


def test_ins_005_not_for_punishment_cases() -> None:
    d = base_punishment()
    d["inspection"] = {"mode": "random", "result": "violation_found"}
    assert hits(d, "INS-005") == []


# ------------------------------------------------------------------ INS-016 inspection code


def code_profile(enabled: bool) -> Profile:
    p = load_profile("national")
    flag = Flag(enabled=enabled, source="测试：某省涉企行政检查扫码入企规定", confidence="unconfirmed")
    return p.model_copy(update={"parameters": p.parameters.model_copy(update={"inspection_code_required": flag})})


def test_ins_016_meta_is_unconfirmed_warning() -> None:
    meta = META["INS-016"]
    assert meta.severity is Severity.WARNING
    assert meta.confidence is Confidence.UNCONFIRMED
    assert meta.parameters == ("inspection_code_required",)


def test_ins_016_national_profile_silent() -> None:
    assert load_profile("national").parameters.inspection_code_required is None
    assert hits(base_inspection(), "INS-016") == []


def test_ins_016_disabled_flag_silent() -> None:
    assert hits(base_inspection(), "INS-016", profile=code_profile(False)) == []


def test_ins_016_required_without_code_fails() -> None:
    d = base_inspection()
    assert hits(d, "INS-016", profile=code_profile(True)) == [("INS-016", "S02")]
    assert messages(d, "INS-016", profile=code_profile(True)) == [
        "本地要求行政检查赋码（扫码入企，依据：测试：某省涉企行政检查扫码入企规定），首次检查为 S02 现场检查（2025-05-08），"
        "但案卷未记录行政检查码（inspection/@code）。"
    ]


def test_ins_016_required_with_code_passes() -> None:
    d = base_inspection()
    d["inspection"]["code"] = "JC3301992025050800017"
    assert hits(d, "INS-016", profile=code_profile(True)) == []


def test_ins_016_blank_code_fails() -> None:
    d = base_inspection()
    d["inspection"]["code"] = " "
    assert hits(d, "INS-016", profile=code_profile(True)) == [("INS-016", "S02")]


def test_ins_016_missing_inspection_element_fails() -> None:
    d = base_inspection()
    del d["inspection"]
    assert hits(d, "INS-016", profile=code_profile(True)) == [("INS-016", "S02")]


def test_ins_016_open_case_before_inspection_not_judged() -> None:
    d = base_inspection()
    d["case"]["status"] = "open"
    for sid in ("S02", "S03", "S04", "S05"):
        drop_step(d, sid)
    assert hits(d, "INS-016", profile=code_profile(True)) == []


def test_ins_016_open_case_after_inspection_fails() -> None:
    d = base_inspection()
    d["case"]["status"] = "open"
    for sid in ("S03", "S04", "S05"):
        drop_step(d, sid)
    assert hits(d, "INS-016", profile=code_profile(True)) == [("INS-016", "S02")]


def test_ins_016_closed_case_without_inspection_step_fails() -> None:
    d = base_inspection()
    drop_step(d, "S02")
    assert hits(d, "INS-016", profile=code_profile(True)) == [("INS-016", None)]


def test_ins_016_not_for_punishment_cases() -> None:
    assert hits(base_punishment(), "INS-016", profile=code_profile(True)) == []


# ------------------------------------------------------------------ INS-018 violation → punishment case


def violation(linked_case: str | None = None) -> dict[str, Any]:
    d = base_inspection()
    d["inspection"]["result"] = "violation_found"
    if linked_case is not None:
        d["inspection"]["linked_case"] = linked_case
    return d


def test_ins_018_meta_is_confirmed_warning() -> None:
    meta = META["INS-018"]
    assert meta.severity is Severity.WARNING
    assert meta.confidence is Confidence.CONFIRMED
    assert [str(b) for b in meta.legal_basis] == [
        "《中华人民共和国行政处罚法》第五十四条第一款",
        "《中华人民共和国行政处罚法》第五十四条第二款",
    ]


def test_ins_018_closed_without_linked_case_fails() -> None:
    d = violation()
    assert hits(d, "INS-018") == [("INS-018", "S02")]
    assert messages(d, "INS-018") == [
        "检查结果为发现违法行为（violation_found）（最后一次检查 S02 现场检查（2025-05-08）），案件已结案，"
        "但未记录据此立案查处的处罚案件案号（linked-case）。"
    ]


def test_ins_018_linked_case_passes() -> None:
    assert hits(violation("城西市监处罚〔2025〕31号"), "INS-018") == []


def test_ins_018_blank_linked_case_fails() -> None:
    assert hits(violation(""), "INS-018") == [("INS-018", "S02")]


def test_ins_018_points_at_last_inspection() -> None:
    d = violation()
    d["steps"].insert(2, {"id": "S02B", "kind": "inspection", "start": "2025-05-09T09:00:00",
                          "end": "2025-05-09T10:00:00"})
    assert hits(d, "INS-018") == [("INS-018", "S02B")]


def test_ins_018_without_inspection_step_fails_on_case() -> None:
    d = violation()
    drop_step(d, "S02")
    assert hits(d, "INS-018") == [("INS-018", None)]


def test_ins_018_open_case_not_judged() -> None:
    d = violation()
    d["case"]["status"] = "open"
    drop_step(d, "S05")
    assert hits(d, "INS-018") == []
    assert run(d, "INS-018", as_of=dt.date(2026, 12, 31)) == []  # no deadline, so no alert


@pytest.mark.parametrize("result", ["compliant", "rectification_ordered"])
def test_ins_018_other_results_not_judged(result: str) -> None:
    d = violation()
    d["inspection"]["result"] = result
    assert hits(d, "INS-018") == []


def test_ins_018_not_for_punishment_cases() -> None:
    d = base_punishment()
    d["inspection"] = {"result": "violation_found"}
    assert hits(d, "INS-018") == []


# ------------------------------------------------------------------ INS-004


def planned(approved: str | None, published: str | None) -> dict[str, Any]:
    """The base random inspection (first inspection 2025-05-08) with its plan's dates (format 1.2)."""
    d = base_inspection()
    d["schema_version"] = "1.2"
    if approved is not None:
        d["inspection"]["plan_approved_on"] = approved
    if published is not None:
        d["inspection"]["plan_published_on"] = published
    return d


def test_ins_004_meta() -> None:
    meta = META["INS-004"]
    assert (meta.severity, meta.confidence) == (Severity.WARNING, Confidence.UNCONFIRMED)


def test_ins_004_plan_published_after_the_inspection() -> None:
    findings = run(planned("2025-04-28", "2025-05-09"), "INS-004")
    assert [(f.rule_id, f.location.step, f.severity) for f in findings] == [("INS-004", "S02", Severity.WARNING)]
    message = findings[0].message
    assert "城西市监〔2025〕抽查计划第3号" in message and "公布于 2025-05-09" in message and "批准" not in message


def test_ins_004_plan_approved_and_published_after_the_inspection() -> None:
    findings = run(planned("2025-05-12", "2025-05-20"), "INS-004")
    assert [(f.rule_id, f.location.step) for f in findings] == [("INS-004", "S02")]
    assert "批准于 2025-05-12、公布于 2025-05-20" in findings[0].message


def test_ins_004_plan_published_on_the_inspection_day() -> None:
    d = planned("2025-04-28", "2025-05-08")
    assert hits(d, "INS-004") == []


@pytest.mark.parametrize("base", BASES)
def test_ins_004_compliant_bases(base: Any) -> None:
    assert hits(base(), "INS-004") == []


def test_ins_004_not_judged_for_other_modes_or_without_dates() -> None:
    d = planned("2025-05-12", "2025-05-20")
    d["inspection"]["mode"] = "case_triggered"
    assert hits(d, "INS-004") == []
    d["inspection"]["mode"] = "random"
    assert hits(d, "INS-004") == [("INS-004", "S02")]
    assert hits(planned(None, None), "INS-004") == []
    d = planned("2025-05-12", None)
    del d["inspection"]["random_selection"]  # a 1.0-style dossier without mode and draw: not known as random
    assert hits(d, "INS-004") == []


def test_ins_004_dates_load_from_xml(tmp_path: Any) -> None:
    from enforcement_audit import loader, writer

    folder = tmp_path / "a"
    folder.mkdir()
    (folder / "dossier.xml").write_bytes(writer.dossier_xml(planned("2025-04-28", "2025-05-09")))
    loaded = loader.load_dossier(folder)
    assert loaded.findings == [] and loaded.dossier is not None and loaded.dossier.inspection is not None
    assert loaded.dossier.inspection.plan_published_on == dt.date(2025, 5, 9)
    assert hits(loaded.dossier, "INS-004") == [("INS-004", "S02")]


# ------------------------------------------------------------------ INS-010 inspection notice with its contents

ALL_NOTICE_ITEMS = ["basis", "matters", "frequency", "discipline", "recusal"]


def noticed(*items: str) -> dict[str, Any]:
    """A 1.2 base inspection with a notice S01b on 2025-05-08 recording ``items`` (none: no notice)."""
    d = base_inspection()
    d["schema_version"] = "1.2"
    if items:
        d["steps"].insert(1, {"id": "S01b", "kind": "inspection_notice", "date": "2025-05-08",
                              "notice_items": list(items)})
    return d


def test_ins_010_meta() -> None:
    meta = next(r for r in RULES if r.meta.id == "INS-010").meta
    assert (meta.severity, meta.confidence) == (Severity.WARNING, Confidence.UNCONFIRMED)


def test_ins_010_no_notice() -> None:
    findings = run(noticed(), "INS-010")
    assert [(f.rule_id, f.location.step, f.severity) for f in findings] == [("INS-010", "S02", Severity.WARNING)]
    assert findings[0].message == (
        "S02 现场检查（2025-05-08） 之前（或当日）案卷中没有行政检查通知书或现场告知记录（inspection_notice）。")


def test_ins_010_notice_incomplete() -> None:
    findings = run(noticed("basis", "matters"), "INS-010")
    assert [(f.rule_id, f.location.step, f.severity) for f in findings] == [("INS-010", "S01b", Severity.WARNING)]
    assert findings[0].message == (
        "S01b 检查通知（2025-05-08） 未载明：检查频次（计入频次上限的次数）、检查纪律、申请回避的权利。")


def test_ins_010_complete_notice() -> None:
    assert hits(noticed(*ALL_NOTICE_ITEMS), "INS-010") == []


def test_ins_010_not_judged() -> None:
    d = noticed()
    d["schema_version"] = "1.1"
    assert hits(d, "INS-010") == []
    assert hits(base_inspection(), "INS-010") == []


# ------------------------------------------------------------------ INS-007 yearly frequency cap


def cap_profile(*rows: dict[str, Any]) -> Profile:
    """The national profile with an inspection cap table (unset in every bundled profile)."""
    p = load_profile("national")
    caps = InspectionCaps.model_validate({"caps": list(rows), "source": "测试：某市市场监管涉企检查频次上限", "confidence": "unconfirmed"})
    return p.model_copy(update={"parameters": p.parameters.model_copy(update={"inspection_caps": caps})})


MR_CAP = {"sector": "market_regulation", "cap": 2, "exempt": ["complaint", "referral"]}


def counted(count: int, exemption: str | None = None) -> dict[str, Any]:
    """The base inspection in format 1.2, recording its count in the year (and an exemption category)."""
    d = base_inspection()
    d["schema_version"] = "1.2"
    d["inspection"]["count_in_year"] = count
    if exemption is not None:
        d["inspection"]["cap_exemption"] = exemption
    return d


def test_ins_007_meta_is_unconfirmed_warning() -> None:
    meta = META["INS-007"]
    assert (meta.severity, meta.confidence, meta.parameters) == (
        Severity.WARNING, Confidence.UNCONFIRMED, ("inspection_caps",))


def test_ins_007_above_the_cap() -> None:
    findings = run(counted(3), "INS-007", profile=cap_profile(MR_CAP))
    assert [(f.rule_id, f.location.step, f.severity) for f in findings] == [("INS-007", "S02", Severity.WARNING)]
    assert findings[0].message == (
        "S02 现场检查（2025-05-08）：本次为城西县市场监督管理局在 2025 年对城西县某某食品商行实施的第 3 次行政检查"
        "（count-in-year），超过频次上限 2 次（行业 market_regulation）；上限依据：测试：某市市场监管涉企检查频次上限。")


def test_ins_007_exemption_not_in_the_row() -> None:
    assert messages(counted(3, "enterprise_request"), "INS-007", profile=cap_profile(MR_CAP)) == [
        "S02 现场检查（2025-05-08）：本次为城西县市场监督管理局在 2025 年对城西县某某食品商行实施的第 3 次行政检查"
        "（count-in-year），超过频次上限 2 次（行业 market_regulation）；记载的个案类别“企业申请”不在该上限规则的豁免类别内；"
        "上限依据：测试：某市市场监管涉企检查频次上限。"]


def test_ins_007_any_sector_row() -> None:
    rows = ({"sector": "health", "cap": 5}, {"sector": "*", "cap": 1})
    assert hits(counted(2), "INS-007", profile=cap_profile(*rows)) == [("INS-007", "S02")]
    assert hits(counted(2), "INS-007", profile=cap_profile({"sector": "health", "cap": 1})) == []  # no row for the sector


def test_ins_007_within_cap_or_exempt() -> None:
    assert hits(counted(2), "INS-007", profile=cap_profile(MR_CAP)) == []
    assert hits(counted(3, "complaint"), "INS-007", profile=cap_profile(MR_CAP)) == []
    assert hits(counted(3), "INS-007", profile=cap_profile({**MR_CAP, "effective_from": "2025-07-01"})) == []


def test_ins_007_not_judged() -> None:
    assert hits(counted(9), "INS-007") == []  # no cap table (every bundled profile)
    d = counted(9)
    d["schema_version"] = "1.1"
    assert hits(d, "INS-007", profile=cap_profile(MR_CAP)) == []
    d = base_inspection()
    d["schema_version"] = "1.2"  # count not recorded
    assert hits(d, "INS-007", profile=cap_profile(MR_CAP)) == []
