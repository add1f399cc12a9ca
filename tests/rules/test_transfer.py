import datetime as dt
from typing import Any

from enforcement_audit.engine import Alert, Confidence, Severity
from enforcement_audit.rules.transfer import RULES
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
IDS = ("XFER-001", "XFER-002", "XFER-101")


# ---------------------------------------------------------------- helpers


def suspected(d: dict[str, Any], status: str = "closed") -> dict[str, Any]:
    d["case"]["flags"] = {"crime_suspected": True}
    d["case"]["status"] = status
    return d


def transferred(d: dict[str, Any], report: str = "2025-04-18", decision: str = "2025-04-21",
                transfer: str = "2025-04-22") -> dict[str, Any]:
    """Add a compliant transfer: report S20 by O1+O2, decision S21 by the head O9, transfer S22."""
    d["steps"] += [
        {"id": "S20", "kind": "transfer_report", "date": report, "officers": ["O1", "O2"]},
        {"id": "S21", "kind": "transfer_decision", "date": decision, "approved_by": "O9"},
        {"id": "S22", "kind": "transfer", "date": transfer},
    ]
    return d


def case() -> dict[str, Any]:
    """base_punishment flagged crime-suspected, fined on 2025-04-21 and transferred (compliant)."""
    return transferred(suspected(base_punishment()))


def alerts(d: dict[str, Any], rule_id: str, as_of: str) -> list[tuple[str, str | None, str, str | None]]:
    return [(f.rule_id, f.location.step, f.severity.value, f.alert.value if f.alert else None)
            for f in run(d, rule_id, as_of=dt.date.fromisoformat(as_of))]


def messages(d: dict[str, Any], rule_id: str, **kwargs: Any) -> list[str]:
    return [f.message for f in run(d, rule_id, **kwargs)]


# ---------------------------------------------------------------- metadata


def test_rules_metadata() -> None:
    assert [r.meta.id for r in RULES] == ["XFER-001", "XFER-002", "XFER-003", "XFER-004", "XFER-101"]  # XFER-003: see below
    by_id = {r.meta.id: r.meta for r in RULES}
    assert by_id["XFER-001"].severity is Severity.ERROR and by_id["XFER-001"].confidence is Confidence.CONFIRMED
    assert by_id["XFER-002"].severity is Severity.ERROR and by_id["XFER-002"].confidence is Confidence.CONFIRMED
    assert by_id["XFER-101"].severity is Severity.WARNING and by_id["XFER-101"].confidence is Confidence.UNCONFIRMED
    cited = {str(b) for b in by_id["XFER-001"].legal_basis}
    assert "《中华人民共和国行政处罚法》第二十七条第一款" in cited
    assert "《中华人民共和国行政处罚法》第五十七条第一款第（四）项" in cited
    assert "《中华人民共和国行政处罚法》第八十二条" in cited
    assert "《行政执法机关移送涉嫌犯罪案件的规定》第十一条第一款" in cited
    assert "《中华人民共和国行政处罚法》第二十二条（2017年修正）" in cited
    assert {str(b) for b in by_id["XFER-002"].legal_basis} == {
        "《行政执法机关移送涉嫌犯罪案件的规定》第五条第一款", "《行政执法机关移送涉嫌犯罪案件的规定》第五条第二款"}


def test_bases_pass() -> None:
    for base in BASES:
        assert hits(base(), *IDS) == []


def test_compliant_transfer_passes_every_rule() -> None:
    assert hits(case(), *IDS) == []
    assert hits(transferred(suspected(base_coercive_measure()), "2025-06-04", "2025-06-05", "2025-06-06"), *IDS) == []


# ---------------------------------------------------------------- XFER-001


def test_xfer_001_penalty_instead_of_transfer() -> None:
    d = suspected(base_punishment())
    assert hits(d, "XFER-001") == [("XFER-001", "S10")]
    (msg,) = messages(d, "XFER-001")
    assert "案件标记为涉嫌犯罪" in msg and "S10 处罚决定（2025-04-21）" in msg
    assert "罚款 8000 元" in msg and "不得以行政处罚代替移送" in msg


def test_xfer_001_first_penalty_decision_is_named_once() -> None:
    d = suspected(base_punishment())
    d["steps"].append({"id": "S10b", "kind": "decision", "date": "2025-04-28", "approved_by": "O9",
                       "penalties": [{"kind": "warning"}]})
    assert hits(d, "XFER-001") == [("XFER-001", "S10")]


def test_xfer_001_closed_without_transfer_or_penalty() -> None:
    d = suspected(base_punishment())
    step(d, "S10")["penalties"] = []  # 不予处罚
    assert hits(d, "XFER-001") == [("XFER-001", None)]
    for sid in ("S10", "S11", "S12", "S13"):
        drop_step(d, sid)
    assert hits(d, "XFER-001") == [("XFER-001", None)]
    assert "无移送司法机关（公安机关）的记录" in messages(d, "XFER-001")[0]


def test_xfer_001_open_case_gives_nothing() -> None:
    d = suspected(base_punishment(), status="open")
    assert hits(d, "XFER-001") == []
    assert alerts(d, "XFER-001", "2026-06-30") == []


def test_xfer_001_not_suspected_passes() -> None:
    d = base_punishment()
    d["case"]["flags"] = {"crime_suspected": False}
    assert hits(d, "XFER-001") == []


def test_xfer_001_transfer_after_penalty_is_lawful() -> None:
    # 移送规定 Art 11 paras 2-3: penalties decided before the transfer stand (fines are offset later)
    d = transferred(suspected(base_punishment()), "2025-04-28", "2025-04-29", "2025-04-30")
    assert hits(d, "XFER-001") == []


def test_xfer_001_approved_transfer_without_flag_must_happen() -> None:
    d = transferred(base_punishment())
    drop_step(d, "S22")
    assert hits(d, "XFER-001") == [("XFER-001", "S10")]
    assert "负责人已批准移送（S21 移送决定（2025-04-21））" in messages(d, "XFER-001")[0]


def test_xfer_001_recorded_refusal_ends_the_duty() -> None:
    d = case()
    drop_step(d, "S22")
    step(d, "S21").update(outcome="returned", note="经审查涉案金额未达追诉标准")
    assert hits(d, *IDS) == []


def test_xfer_001_later_approval_after_refusal() -> None:
    d = case()
    drop_step(d, "S22")
    step(d, "S21").update(outcome="returned", note="证据不足，补充调查")
    d["steps"] += [{"id": "S23", "kind": "transfer_report", "date": "2025-04-28", "officers": ["O1", "O2"]},
                   {"id": "S24", "kind": "transfer_decision", "date": "2025-04-29", "approved_by": "O9"}]
    assert hits(d, "XFER-001") == [("XFER-001", "S10")]


def test_xfer_001_coercive_measure() -> None:
    d = suspected(base_coercive_measure())
    assert hits(d, "XFER-001") == [("XFER-001", None)]
    assert hits(suspected(base_coercive_measure(), status="open"), "XFER-001") == []


def test_xfer_001_other_case_types_not_judged() -> None:
    for base in (base_enforced_execution, base_inspection):
        assert hits(suspected(base()), "XFER-001") == []


# ---------------------------------------------------------------- XFER-002: the report


def test_xfer_002_report_by_one_officer() -> None:
    d = case()
    step(d, "S20")["officers"] = ["O1"]
    assert hits(d, "XFER-002") == [("XFER-002", "S20")]
    assert "记载的执法人员为 1 名（O1）" in messages(d, "XFER-002")[0]


def test_xfer_002_report_without_officers() -> None:
    d = case()
    step(d, "S20")["officers"] = []
    assert hits(d, "XFER-002") == [("XFER-002", "S20")]
    assert "0 名（无）" in messages(d, "XFER-002")[0]


def test_xfer_002_auxiliary_head_and_duplicates_do_not_count() -> None:
    d = case()
    d["officers"].append({"id": "O5", "name": "赵协管", "role": "auxiliary_staff"})
    for team in (["O1", "O5"], ["O1", "O9"], ["O1", "O1"], ["O1", "O3"]):
        step(d, "S20")["officers"] = team
        assert hits(d, "XFER-002") == [("XFER-002", "S20")], team
    step(d, "S20")["officers"] = ["O1", "O2", "O5"]
    assert hits(d, "XFER-002") == []


# ---------------------------------------------------------------- XFER-002: the head's decision


def test_xfer_002_decision_on_third_working_day_passes() -> None:
    # report Friday 2025-04-18: working days 04-21, 04-22, 04-23
    d = transferred(suspected(base_punishment()), "2025-04-18", "2025-04-23", "2025-04-24")
    assert hits(d, "XFER-002") == []


def test_xfer_002_decision_one_working_day_late() -> None:
    d = transferred(suspected(base_punishment()), "2025-04-18", "2025-04-24", "2025-04-25")
    assert hits(d, "XFER-002") == [("XFER-002", "S21")]
    (msg,) = messages(d, "XFER-002")
    assert "按工作日计算至 2025-04-23" in msg and "实际于 2025-04-24 作出（S21）" in msg and "逾期 1 个工作日" in msg


def test_xfer_002_decision_over_national_day() -> None:
    # report 2025-09-30: 10-01..08 holidays, 10-09, 10-10, Saturday 10-11 (make-up working day)
    d = transferred(suspected(base_punishment()), "2025-09-30", "2025-10-11", "2025-10-12")
    assert hits(d, "XFER-002") == []
    step(d, "S21")["date"] = "2025-10-13"
    step(d, "S22")["date"] = "2025-10-14"
    assert hits(d, "XFER-002") == [("XFER-002", "S21")]
    assert "按工作日计算至 2025-10-11" in messages(d, "XFER-002")[0]


def test_xfer_002_decision_over_makeup_sunday() -> None:
    # report Thursday 2025-09-25: 09-26, Sunday 09-28 (make-up working day), 09-29
    d = transferred(suspected(base_punishment()), "2025-09-25", "2025-09-29", "2025-09-30")
    assert hits(d, "XFER-002") == []
    step(d, "S21")["date"] = "2025-09-30"
    step(d, "S22")["date"] = "2025-10-01"
    assert hits(d, "XFER-002") == [("XFER-002", "S21")]


def test_xfer_002_closed_case_report_never_decided() -> None:
    d = case()
    drop_step(d, "S21")
    drop_step(d, "S22")
    assert hits(d, "XFER-002") == [("XFER-002", "S20")]
    assert "案件已结案但案卷中无负责人是否批准移送的决定" in messages(d, "XFER-002")[0]


def test_xfer_002_open_case_report_pending_alerts() -> None:
    d = case()
    d["case"]["status"] = "open"
    drop_step(d, "S21")
    drop_step(d, "S22")
    assert alerts(d, "XFER-002", "2025-04-17") == []  # 4 working days before the deadline
    assert alerts(d, "XFER-002", "2025-04-18") == [("XFER-002", "S20", "warning", "yellow")]
    assert alerts(d, "XFER-002", "2025-04-23") == [("XFER-002", "S20", "warning", "yellow")]  # due today
    assert alerts(d, "XFER-002", "2025-04-24") == [("XFER-002", "S20", "error", "red")]
    red = run(d, "XFER-002", as_of=dt.date(2025, 4, 25))[0]
    assert red.alert is Alert.RED and "（红色预警）已超过期限 2 日" in red.message
    yellow = run(d, "XFER-002", as_of=dt.date(2025, 4, 22))[0]
    assert "（黄色预警）距期限届满还有 1 个工作日（期限 2025-04-23）" in yellow.message


def test_xfer_002_approver_missing_or_not_head() -> None:
    d = case()
    del step(d, "S21")["approved_by"]
    assert hits(d, "XFER-002") == [("XFER-002", "S21")]
    assert "未记载作出决定的负责人" in messages(d, "XFER-002")[0]
    step(d, "S21")["approved_by"] = "O1"
    assert hits(d, "XFER-002") == [("XFER-002", "S21")]
    assert "由 陈立新（O1） 作出，其不是行政机关负责人" in messages(d, "XFER-002")[0]
    step(d, "S21")["approved_by"] = "O77"
    assert hits(d, "XFER-002") == [("XFER-002", "S21")]


def test_xfer_002_decision_without_report() -> None:
    d = case()
    drop_step(d, "S20")
    assert hits(d, "XFER-002") == [("XFER-002", "S21")]
    assert "无专案组提出的移送涉嫌犯罪案件书面报告" in messages(d, "XFER-002")[0]
    d = case()
    step(d, "S20")["date"] = "2025-04-22"  # the report after the decision
    step(d, "S22")["date"] = "2025-04-22"
    assert hits(d, "XFER-002") == [("XFER-002", "S20"), ("XFER-002", "S21")]  # S20 never decided; S21 no report


def test_xfer_002_refusal_needs_reasons() -> None:
    d = case()
    drop_step(d, "S22")
    step(d, "S21")["outcome"] = "returned"
    assert hits(d, "XFER-002") == [("XFER-002", "S21")]
    assert "未记录不予批准的理由" in messages(d, "XFER-002")[0]
    step(d, "S21")["note"] = "  "
    assert hits(d, "XFER-002") == [("XFER-002", "S21")]
    step(d, "S21")["note"] = "涉案金额未达立案追诉标准"
    assert hits(d, "XFER-002") == []


def test_xfer_002_explicit_approval_outcomes() -> None:
    for outcome in ("passed", "transfer"):
        d = case()
        step(d, "S21")["outcome"] = outcome
        assert hits(d, *IDS) == []


# ---------------------------------------------------------------- XFER-002: 24 hours


def test_xfer_002_transfer_next_day_passes_and_two_days_fails() -> None:
    assert hits(transferred(suspected(base_punishment()), transfer="2025-04-21"), "XFER-002") == []
    d = transferred(suspected(base_punishment()), transfer="2025-04-23")
    assert hits(d, "XFER-002") == [("XFER-002", "S22")]
    assert "按次日 2025-04-22 计" in messages(d, "XFER-002")[0]


def test_xfer_002_24_hours_do_not_wait_for_holidays() -> None:
    d = transferred(suspected(base_punishment()), "2025-09-29", "2025-09-30", "2025-10-01")
    assert hits(d, "XFER-002") == []
    step(d, "S22")["date"] = "2025-10-09"  # first working day after National Day: too late
    assert hits(d, "XFER-002") == [("XFER-002", "S22")]


def test_xfer_002_24_hours_by_the_clock() -> None:
    d = case()
    del step(d, "S21")["date"]
    step(d, "S21")["start"] = "2025-04-21T10:00:00"
    del step(d, "S22")["date"]
    step(d, "S22")["start"] = "2025-04-22T10:00:00"
    assert hits(d, "XFER-002") == []
    step(d, "S22")["start"] = "2025-04-22T10:30:00"
    assert hits(d, "XFER-002") == [("XFER-002", "S22")]
    assert "相隔 24.5 小时，超过24小时" in messages(d, "XFER-002")[0]


def test_xfer_002_transfer_before_approval() -> None:
    d = case()
    step(d, "S22")["date"] = "2025-04-20"
    assert hits(d, "XFER-002") == [("XFER-002", "S22")]
    assert "前案卷中无负责人批准移送的决定：" in messages(d, "XFER-002")[0]


def test_xfer_002_transfer_without_report_or_decision() -> None:
    d = case()
    drop_step(d, "S20")
    drop_step(d, "S21")
    assert hits(d, "XFER-002") == [("XFER-002", "S22")]
    assert "案卷中也无移送报告" in messages(d, "XFER-002")[0]
    assert hits(d, "XFER-001") == []  # the transfer itself happened


def test_xfer_002_transfer_after_refusal_only() -> None:
    d = case()
    step(d, "S21").update(outcome="returned", note="证据不足")
    assert hits(d, "XFER-002") == [("XFER-002", "S22")]


def test_xfer_002_open_case_transfer_pending_alerts() -> None:
    d = case()
    d["case"]["status"] = "open"
    drop_step(d, "S22")
    assert alerts(d, "XFER-002", "2025-04-22") == [("XFER-002", "S21", "warning", "yellow")]
    assert alerts(d, "XFER-002", "2025-04-23") == [("XFER-002", "S21", "error", "red")]
    assert "（红色预警）已超过期限 1 日" in messages(d, "XFER-002", as_of=dt.date(2025, 4, 23))[0]


def test_xfer_002_closed_case_transfer_missing_is_xfer_001s() -> None:
    d = case()
    drop_step(d, "S22")
    assert hits(d, "XFER-002") == []
    assert hits(d, "XFER-001") == [("XFER-001", "S10")]


def test_xfer_002_every_defect_listed() -> None:
    d = transferred(suspected(base_punishment()), "2025-04-18", "2025-04-25", "2025-04-28")
    step(d, "S20")["officers"] = ["O1"]
    step(d, "S21")["approved_by"] = "O2"
    assert hits(d, "XFER-002") == [("XFER-002", "S20"), ("XFER-002", "S21"), ("XFER-002", "S21"),
                                   ("XFER-002", "S22")]


# ---------------------------------------------------------------- XFER-101


def test_xfer_101_decision_within_three_calendar_days_passes() -> None:
    assert hits(case(), "XFER-101") == []  # Friday 04-18 + 3 = Monday 04-21


def test_xfer_101_late_only_by_calendar_days() -> None:
    d = transferred(suspected(base_punishment()), "2025-04-18", "2025-04-22", "2025-04-23")
    assert hits(d, "XFER-101") == [("XFER-101", "S21")]
    assert hits(d, "XFER-002") == []
    (f,) = run(d, "XFER-101")
    assert f.severity is Severity.WARNING and f.confidence is Confidence.UNCONFIRMED
    assert "按自然日计算至 2025-04-21；按工作日计算至 2025-04-23" in f.message and "逾期 1 日" in f.message


def test_xfer_101_silent_when_xfer_002_reports() -> None:
    d = transferred(suspected(base_punishment()), "2025-04-18", "2025-04-24", "2025-04-25")
    assert hits(d, "XFER-101") == []
    assert hits(d, "XFER-002") == [("XFER-002", "S21")]


def test_xfer_101_weekend_end_moves_to_monday() -> None:
    # report Wednesday 2025-03-05: +3 = Saturday 03-08 -> Monday 03-10, the 3rd working day too
    d = transferred(suspected(base_punishment()), "2025-03-05", "2025-03-10", "2025-03-11")
    assert hits(d, "XFER-101") == []
    step(d, "S21")["date"] = "2025-03-11"
    step(d, "S22")["date"] = "2025-03-12"
    assert hits(d, "XFER-101") == []  # late under both readings: XFER-002's
    assert hits(d, "XFER-002") == [("XFER-002", "S21")]


def test_xfer_101_over_national_day() -> None:
    # report 2025-09-30: +3 = 10-03 (holiday) -> 10-09; working days end on Saturday 10-11
    d = transferred(suspected(base_punishment()), "2025-09-30", "2025-10-09", "2025-10-10")
    assert hits(d, "XFER-101") == []
    step(d, "S21")["date"] = "2025-10-10"
    step(d, "S22")["date"] = "2025-10-11"
    assert hits(d, "XFER-101") == [("XFER-101", "S21")]
    step(d, "S21")["date"] = "2025-10-11"
    assert hits(d, "XFER-101") == [("XFER-101", "S21")]
    assert hits(d, "XFER-002") == []


def test_xfer_101_makeup_sunday_is_a_working_day() -> None:
    # report Thursday 2025-09-25: +3 = Sunday 09-28, a make-up working day: the period ends there
    d = transferred(suspected(base_punishment()), "2025-09-25", "2025-09-28", "2025-09-29")
    assert hits(d, "XFER-101") == []
    step(d, "S21")["date"] = "2025-09-29"
    assert hits(d, "XFER-101") == [("XFER-101", "S21")]


def test_xfer_101_open_case_red_alert_between_the_two_deadlines() -> None:
    d = case()
    d["case"]["status"] = "open"
    drop_step(d, "S21")
    drop_step(d, "S22")
    assert alerts(d, "XFER-101", "2025-04-21") == []
    assert alerts(d, "XFER-101", "2025-04-22") == [("XFER-101", "S20", "warning", "red")]
    assert alerts(d, "XFER-101", "2025-04-23") == [("XFER-101", "S20", "warning", "red")]
    assert alerts(d, "XFER-101", "2025-04-24") == []  # XFER-002's red alert from here on
    assert "（红色预警）已超过期限 1 日" in messages(d, "XFER-101", as_of=dt.date(2025, 4, 22))[0]


def test_xfer_101_closed_case_undecided_is_xfer_002s() -> None:
    d = case()
    drop_step(d, "S21")
    drop_step(d, "S22")
    assert hits(d, "XFER-101") == []


# ---------------------------------------------------------------- XFER-003 (transfer package, format 1.2 kinds)


def packaged(d: dict[str, Any], *kinds: str) -> dict[str, Any]:
    """A compliant transfer (S20–S22) whose transfer step S22 records documents of the given kinds (D20…)."""
    transferred(suspected(d))
    d["schema_version"] = "1.2"
    ids = [f"D{20 + i}" for i in range(len(kinds))]
    d["documents"] += [{"id": i, "kind": k} for i, k in zip(ids, kinds, strict=True)]
    step(d, "S22")["records"] = [{"document": i} for i in ids]
    return d


def test_xfer_003_meta() -> None:
    meta = {r.meta.id: r.meta for r in RULES}["XFER-003"]
    assert (meta.severity, meta.confidence) == (Severity.WARNING, Confidence.CONFIRMED)
    assert {str(b) for b in meta.legal_basis} == {
        "《行政执法机关移送涉嫌犯罪案件的规定》第六条", "《行政执法机关移送涉嫌犯罪案件的规定》第四条第二款"}


def test_xfer_003_letter_only() -> None:
    findings = run(packaged(base_punishment(), "transfer_letter"), "XFER-003")
    assert [(f.rule_id, f.location.step, f.severity) for f in findings] == [("XFER-003", "S22", Severity.WARNING)]
    message = findings[0].message
    assert "（二）涉嫌犯罪案件情况的调查报告" in message and "移送书" not in message.split("缺少")[1]


def test_xfer_003_letter_and_report() -> None:
    d = packaged(base_punishment(), "transfer_letter", "crime_investigation_report", "other_material")
    assert hits(d, "XFER-003") == []


def test_xfer_003_no_documents_recorded() -> None:
    d = transferred(suspected(base_punishment()))
    findings = run(d, "XFER-003")
    assert [(f.rule_id, f.location.step) for f in findings] == [("XFER-003", "S22")]
    assert "未记录任何文书" in findings[0].message and "（一）涉嫌犯罪案件移送书" in findings[0].message


def test_xfer_003_seized_items_need_an_item_list() -> None:
    d = packaged(base_coercive_measure(), "transfer_letter", "investigation_report")
    findings = run(d, "XFER-003")
    assert [(f.rule_id, f.location.step) for f in findings] == [("XFER-003", "S22")]
    assert "（三）涉案物品清单" in findings[0].message and "（二）" not in findings[0].message
    d = packaged(base_coercive_measure(), "transfer_letter", "investigation_report", "item_list")
    assert hits(d, "XFER-003") == []
    d = packaged(base_coercive_measure(), "transfer_letter", "investigation_report", "seizure_inventory")
    assert hits(d, "XFER-003") == []


def test_xfer_003_tested_goods_need_the_report() -> None:
    d = packaged(base_coercive_measure(), "transfer_letter", "investigation_report", "item_list")
    d["measures"][0]["excluded_periods"] = [
        {"start": "2025-06-05", "end": "2025-06-12", "reason": "送检", "notified": True}]
    findings = run(d, "XFER-003")
    assert [(f.rule_id, f.location.step) for f in findings] == [("XFER-003", "S22")]
    assert "（四）检验报告或者鉴定结论" in findings[0].message
    d["documents"].append({"id": "D30", "kind": "test_report"})
    step(d, "S22")["records"].append({"document": "D30"})
    assert hits(d, "XFER-003") == []
    # a test report elsewhere in the dossier is due with the transfer as well
    d = packaged(base_punishment(), "transfer_letter", "investigation_report")
    d["documents"].append({"id": "D30", "kind": "appraisal_opinion"})
    step(d, "S03")["records"].append({"document": "D30"})
    assert hits(d, "XFER-003") == [("XFER-003", "S22")]


def test_xfer_003_without_transfer() -> None:
    for base in BASES:
        assert hits(base(), "XFER-003") == []


# ---------------------------------------------------------------- XFER-004 hand-over after police filing, reconsideration


def police(status: str = "closed", **attrs: Any) -> dict[str, Any]:
    """A 1.2 compliant transferred case whose transfer S22 carries the 1.2 police dates ``attrs``."""
    d = transferred(suspected(base_punishment(), status))
    d["schema_version"] = "1.2"
    step(d, "S22").update(attrs)
    return d


def test_xfer_004_meta() -> None:
    meta = next(r.meta for r in RULES if r.meta.id == "XFER-004")
    assert (meta.severity, meta.confidence) == (Severity.ERROR, Confidence.CONFIRMED)
    assert [str(b) for b in meta.legal_basis] == [
        "《行政执法机关移送涉嫌犯罪案件的规定》第十二条", "《行政执法机关移送涉嫌犯罪案件的规定》第九条第一款"]


def test_xfer_004_late_handover_and_late_reconsideration() -> None:
    d = police(police_filed_on="2025-06-09", handed_over_on="2025-06-16",
               police_refused_on="2025-06-09", reconsideration_on="2025-06-13")
    findings = run(d, "XFER-004")
    assert [(f.rule_id, f.location.step, f.severity) for f in findings] == [
        ("XFER-004", "S22", Severity.ERROR), ("XFER-004", "S22", Severity.ERROR)]
    text = " ".join(f.message for f in findings)
    assert "应在3日内（按工作日计算至 2025-06-12）移交，实际于 2025-06-16 移交，逾期 2 个工作日" in text
    assert "提请复议应在3日内（按工作日计算至 2025-06-12），实际于 2025-06-13 提请" in text


def test_xfer_004_handover_not_recorded() -> None:
    findings = run(police(police_filed_on="2025-06-09"), "XFER-004")
    assert [(f.rule_id, f.location.step) for f in findings] == [("XFER-004", "S22")]
    assert "未记录移交日期（handed-over-on）" in findings[0].message
    assert alerts(police("open", police_filed_on="2025-06-09"), "XFER-004", "2025-06-16") == [
        ("XFER-004", "S22", "error", "red")]


def test_xfer_004_in_time() -> None:
    d = police(police_filed_on="2025-06-09", handed_over_on="2025-06-12",
               police_refused_on="2025-06-09", reconsideration_on="2025-06-12")
    assert hits(d, "XFER-004") == []


def test_xfer_004_not_judged() -> None:
    assert hits(police(police_refused_on="2025-06-09"), "XFER-004") == []  # no reconsideration asked
    d = police(police_filed_on="2025-06-09")
    d["schema_version"] = "1.1"
    assert hits(d, "XFER-004") == []
