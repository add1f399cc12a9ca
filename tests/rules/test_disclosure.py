"""PUB-007, PUB-009, PUB-015 (disclosure), with their open-case alerts (预警). Dates in 2025 use the official holiday tables:
National Day 10-01..10-08 with make-up working days Sunday 09-28 and Saturday 10-11;
Labour Day 05-01..05-05 with make-up working day Sunday 04-27; Dragon Boat Monday 06-02."""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from enforcement_audit.engine import Confidence, Severity
from enforcement_audit.profile import Profile, load_profile
from enforcement_audit.rules.disclosure import RULES
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


def profile_with(name: str, **changes: Any) -> Profile:
    """The national profile with one parameter changed."""
    base = load_profile("national")
    param = getattr(base.parameters, name).model_copy(update=changes)
    return base.model_copy(update={"parameters": base.parameters.model_copy(update={name: param})})


# ------------------------------------------------------------------ PUB-007


def test_pub_007_meta() -> None:
    from enforcement_audit.rules.disclosure import DecisionDisclosed

    meta = DecisionDisclosed.meta
    assert meta.confidence is Confidence.UNCONFIRMED
    assert meta.severity is Severity.WARNING
    assert meta.parameters == ("punishment_disclosure", "other_disclosure", "warning_only_undisclosed")


@pytest.mark.parametrize(
    "base", [base_punishment, base_coercive_measure, base_enforced_execution, base_inspection]
)
def test_pub_007_compliant_bases(base: Any) -> None:
    assert hits(base(), "PUB-007") == []


def test_pub_007_punishment_exactly_on_deadline_over_makeup_sunday() -> None:
    # decision Mon 2025-04-21; 7 WD: 22, 23, 24, 25, 27 (make-up Sunday), 28, 29
    d = base_punishment()
    step(d, "S12")["date"] = "2025-04-29"
    assert hits(d, "PUB-007") == []


def test_pub_007_punishment_one_day_late() -> None:
    d = base_punishment()
    step(d, "S12")["date"] = "2025-04-30"
    findings = run(d, "PUB-007")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUB-007", "S12")]
    message = findings[0].message
    assert "S10" in message and "2025-04-21" in message
    assert "2025-04-29" in message and "2025-04-30" in message
    assert "逾期 1 个工作日" in message
    assert findings[0].severity is Severity.WARNING
    assert findings[0].confidence is Confidence.UNCONFIRMED


def test_pub_007_punishment_over_national_day() -> None:
    # decision Fri 2025-09-26; 7 WD: 09-28 (Sun), 09-29, 09-30, 10-09, 10-10, 10-11 (Sat), 10-13
    d = base_punishment()
    step(d, "S10")["date"] = "2025-09-26"
    step(d, "S12")["date"] = "2025-10-13"
    assert hits(d, "PUB-007") == []
    step(d, "S12")["date"] = "2025-10-14"
    findings = run(d, "PUB-007")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUB-007", "S12")]
    assert "逾期 1 个工作日（1 个自然日）" in findings[0].message


def test_pub_007_disclosed_on_holiday_after_deadline() -> None:
    # decision Mon 2025-09-22: 7 WD end Tue 09-30; a disclosure on 10-03 (holiday) is late by 0 WD, 3 days
    d = base_punishment()
    step(d, "S10")["date"] = "2025-09-22"
    step(d, "S12")["date"] = "2025-10-03"
    findings = run(d, "PUB-007")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUB-007", "S12")]
    assert "2025-09-30" in findings[0].message
    assert "逾期 0 个工作日（3 个自然日）" in findings[0].message


def test_pub_007_missing_disclosure_closed_case() -> None:
    d = base_punishment()
    drop_step(d, "S12")
    findings = run(d, "PUB-007")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUB-007", "S10")]
    assert "已结案" in findings[0].message and "2025-04-29" in findings[0].message


def alerts(d: dict[str, Any], rule_id: str, as_of: dt.date, **kwargs: Any) -> list[tuple[str | None, str | None, str]]:
    """(step, alert, severity) of every finding of one rule on ``as_of``."""
    return [
        (f.location.step, f.alert.value if f.alert else None, f.severity.value)
        for f in run(d, rule_id, as_of=as_of, **kwargs)
    ]


def open_punishment() -> dict[str, Any]:
    """The base punishment case, still open after the decision of Mon 2025-04-21 (not yet disclosed)."""
    d = base_punishment()
    d["case"]["status"] = "open"
    for sid in ("S12", "S13", "S14", "S15"):
        drop_step(d, sid)
    return d


@pytest.mark.parametrize(
    ("as_of", "expected"),
    [
        # 7 WD from Mon 04-21 end Tue 04-29 (Sunday 04-27 is a make-up working day); window: 3 WD
        ("2025-04-21", []),
        ("2025-04-23", []),  # 04-24, 04-25, 04-27, 04-28, 04-29: 5 working days left
        ("2025-04-24", []),  # 04-25, 04-27, 04-28, 04-29: 4 working days left
        ("2025-04-25", [("S10", "yellow", "warning")]),  # Friday: 04-27 (make-up Sunday), 04-28, 04-29 left
        ("2025-04-29", [("S10", "yellow", "warning")]),  # due today
        ("2025-04-30", [("S10", "red", "warning")]),  # overdue; PUB-007 is a warning rule
    ],
)
def test_pub_007_open_case_alerts(as_of: str, expected: list[tuple[str, str, str]]) -> None:
    assert alerts(open_punishment(), "PUB-007", dt.date.fromisoformat(as_of)) == expected


def test_pub_007_open_case_alert_messages() -> None:
    d = open_punishment()
    (yellow,) = run(d, "PUB-007", as_of=dt.date(2025, 4, 28))
    assert "截至 2025-04-28 案卷中仍无公示记录（黄色预警）距期限届满还有 1 个工作日（期限 2025-04-29）" in yellow.message
    (red,) = run(d, "PUB-007", as_of=dt.date(2025, 5, 6))
    assert "截至 2025-05-06" in red.message and "（红色预警）已超过期限 7 日" in red.message


def test_pub_007_open_case_red_alert_keeps_the_profile_severity(tmp_path: Path) -> None:
    profile = tmp_path / "strict.toml"
    profile.write_text(
        '[profile]\nid = "strict"\ntitle = "测试"\nextends = "national"\n\n[rules.severity]\n"PUB-007" = "error"\n',
        encoding="utf-8",
    )
    d = open_punishment()
    assert alerts(d, "PUB-007", dt.date(2025, 4, 30), profile=str(profile)) == [("S10", "red", "error")]
    assert alerts(d, "PUB-007", dt.date(2025, 4, 29), profile=str(profile)) == [("S10", "yellow", "warning")]


def test_pub_007_open_case_alert_window_from_profile() -> None:
    prof = profile_with("alert_window", days=5)
    d = open_punishment()
    # 04-23: 04-24, 04-25, 04-27, 04-28, 04-29 = 5 working days left
    assert alerts(d, "PUB-007", dt.date(2025, 4, 23), profile=prof) == [("S10", "yellow", "warning")]
    assert alerts(d, "PUB-007", dt.date(2025, 4, 22), profile=prof) == []
    prof = profile_with("alert_window", days=2, day_kind="calendar")
    assert alerts(d, "PUB-007", dt.date(2025, 4, 26), profile=prof) == []
    (finding,) = run(d, "PUB-007", as_of=dt.date(2025, 4, 27), profile=prof)
    assert "（黄色预警）距期限届满还有 2 日（期限 2025-04-29）" in finding.message


def test_pub_007_open_case_alert_over_national_day() -> None:
    # decision Fri 2025-09-26: 7 WD end Mon 10-13 (09-28, 09-29, 09-30, 10-09, 10-10, 10-11, 10-13)
    d = open_punishment()
    step(d, "S10")["date"] = "2025-09-26"
    assert alerts(d, "PUB-007", dt.date(2025, 10, 8)) == []  # 10-09, 10-10, 10-11, 10-13: 4 left
    assert alerts(d, "PUB-007", dt.date(2025, 10, 9)) == [("S10", "yellow", "warning")]
    assert alerts(d, "PUB-007", dt.date(2025, 10, 14)) == [("S10", "red", "warning")]


def test_pub_007_closed_case_never_carries_an_alert() -> None:
    d = base_punishment()
    drop_step(d, "S12")
    assert alerts(d, "PUB-007", dt.date(2025, 4, 29)) == [("S10", None, "warning")]


def test_pub_007_open_case_late_disclosure_is_a_finding() -> None:
    d = base_punishment()
    d["case"]["status"] = "open"
    step(d, "S12")["date"] = "2025-05-06"
    assert hits(d, "PUB-007", as_of=dt.date(2025, 5, 6)) == [("PUB-007", "S12")]


def test_pub_007_disclosure_before_decision_does_not_count() -> None:
    d = base_punishment()
    step(d, "S12")["date"] = "2025-04-18"
    assert hits(d, "PUB-007") == [("PUB-007", "S10")]


def test_pub_007_same_day_disclosure_counts() -> None:
    d = base_punishment()
    step(d, "S12")["date"] = "2025-04-21"
    assert hits(d, "PUB-007") == []


def test_pub_007_disclosure_of_another_step_does_not_count() -> None:
    d = base_punishment()
    step(d, "S12")["of"] = "S07"
    assert hits(d, "PUB-007") == [("PUB-007", "S10")]
    step(d, "S12")["of"] = "S10"
    assert hits(d, "PUB-007") == []


def test_pub_007_first_of_several_disclosures_counts() -> None:
    d = base_punishment()
    d["steps"].append({"id": "S16", "kind": "disclosure", "date": "2025-06-30", "where": "门户网站"})
    assert hits(d, "PUB-007") == []


def test_pub_007_summary_procedure_not_subject() -> None:
    d = base_punishment()
    d["case"]["procedure"] = "summary"
    drop_step(d, "S12")
    assert hits(d, "PUB-007") == []


def test_pub_007_coercive_measure_20_working_days() -> None:
    # seizure Tue 2025-06-03; 20 WD end 2025-07-01
    d = base_coercive_measure()
    step(d, "S05")["date"] = "2025-07-02"
    findings = run(d, "PUB-007")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUB-007", "S05")]
    assert "S03" in findings[0].message and "2025-07-01" in findings[0].message
    assert "逾期 1 个工作日" in findings[0].message


def test_pub_007_coercive_measure_each_measure_step() -> None:
    d = base_coercive_measure()
    seal = {
        **step(d, "S03"),
        "id": "S07",
        "kind": "seal_up",
        "start": "2025-07-02T09:00:00",
        "end": "2025-07-02T10:00:00",
    }
    d["steps"].append(seal)
    # S05 (07-01) predates the seal-up of 07-02: that one has no disclosure
    assert hits(d, "PUB-007") == [("PUB-007", "S07")]


def test_pub_007_enforced_execution_over_national_day() -> None:
    # execution decision Fri 2025-09-19; 20 WD: ... 09-28 (Sun), 10-09, 10-10, 10-11 (Sat) ... end 10-23
    d = base_enforced_execution()
    step(d, "S04")["date"] = "2025-09-19"
    step(d, "S07")["date"] = "2025-10-23"
    assert hits(d, "PUB-007") == []
    step(d, "S07")["date"] = "2025-10-24"
    assert hits(d, "PUB-007") == [("PUB-007", "S07")]


def test_pub_007_enforced_execution_boundary() -> None:
    d = base_enforced_execution()
    step(d, "S07")["date"] = "2025-09-17"
    assert hits(d, "PUB-007") == []
    step(d, "S07")["date"] = "2025-09-18"
    assert hits(d, "PUB-007") == [("PUB-007", "S07")]


def test_pub_007_enforced_execution_missing_disclosure() -> None:
    d = base_enforced_execution()
    drop_step(d, "S07")
    assert hits(d, "PUB-007") == [("PUB-007", "S04")]


def test_pub_007_calendar_day_profile() -> None:
    # 15 calendar days from 2025-09-16 end on 10-01 (holiday): moves to the first working day, 10-09
    prof = profile_with("punishment_disclosure", days=15, day_kind="calendar")
    d = base_punishment()
    step(d, "S10")["date"] = "2025-09-16"
    step(d, "S12")["date"] = "2025-10-09"
    assert hits(d, "PUB-007", profile=prof) == []
    step(d, "S12")["date"] = "2025-10-10"
    assert hits(d, "PUB-007", profile=prof) == [("PUB-007", "S12")]
    # with the national 7 working days the same disclosure is far too late
    assert hits(d, "PUB-007") == [("PUB-007", "S12")]


def test_pub_007_warning_only_decision_exempt_in_market_regulation() -> None:
    # 市场监管公示规定 Art 2 para 2: a decision imposing a warning only is not published
    d = base_punishment()
    drop_step(d, "S12")
    step(d, "S10")["penalties"] = [{"kind": "warning"}]
    assert hits(d, "PUB-007", profile="market-regulation") == []
    # the national profile has no such exemption: the missing disclosure is a finding
    assert hits(d, "PUB-007") == [("PUB-007", "S10")]
    # a warning together with a fine is published
    step(d, "S10")["penalties"] = [{"kind": "warning"}, {"kind": "fine", "amount": "8000"}]
    assert hits(d, "PUB-007", profile="market-regulation") == [("PUB-007", "S10")]
    # a decision recording no penalty is not known to be warning-only: still expected
    step(d, "S10")["penalties"] = []
    assert hits(d, "PUB-007", profile="market-regulation") == [("PUB-007", "S10")]


@pytest.mark.parametrize("outcome", ["no_penalty", "not_established"])
def test_pub_007_no_penalty_decision_not_expected(outcome: str) -> None:
    # 行政处罚法 Art 48 para 1 concerns 行政处罚决定: a decision not to punish is none
    d = base_punishment()
    drop_step(d, "S12")
    step(d, "S10")["penalties"] = []
    step(d, "S10")["decision_outcome"] = outcome
    assert hits(d, "PUB-007") == []
    step(d, "S10")["decision_outcome"] = "penalty"
    step(d, "S10")["penalties"] = [{"kind": "fine", "amount": "8000"}]
    assert hits(d, "PUB-007") == [("PUB-007", "S10")]


def test_pub_007_uncovered_year_adds_calendar_warning() -> None:
    d = base_punishment()
    step(d, "S10")["date"] = "2027-03-01"
    step(d, "S12")["date"] = "2027-03-05"
    assert hits(d, "PUB-007") == [("GEN-TIME-005", None)]
    # Mon 2027-03-01 + 7 WD (weekends only) = Wed 03-10
    step(d, "S12")["date"] = "2027-03-10"
    assert hits(d, "PUB-007") == [("GEN-TIME-005", None)]
    step(d, "S12")["date"] = "2027-03-11"
    assert hits(d, "PUB-007") == [("GEN-TIME-005", None), ("PUB-007", "S12")]


# ------------------------------------------------------------------ PUB-009


def revoked(day: str, withdrawn: str | None) -> dict[str, Any]:
    d = base_punishment()
    d["steps"].append({"id": "S16", "kind": "revocation", "date": day, "of": "S10"})
    if withdrawn is not None:
        step(d, "S12")["withdrawn_on"] = withdrawn
    return d


@pytest.mark.parametrize(
    "base", [base_punishment, base_coercive_measure, base_enforced_execution, base_inspection]
)
def test_pub_009_bases_without_revocation(base: Any) -> None:
    assert hits(base(), "PUB-009") == []


def test_pub_009_withdrawn_on_last_day_over_makeup_sunday() -> None:
    # revocation Fri 2025-09-26; 3 WD: 09-28 (Sun), 09-29, 09-30
    assert hits(revoked("2025-09-26", "2025-09-30"), "PUB-009") == []


def test_pub_009_withdrawn_after_national_day_is_late() -> None:
    findings = run(revoked("2025-09-26", "2025-10-09"), "PUB-009")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUB-009", "S12")]
    message = findings[0].message
    assert "S16" in message and "2025-09-30" in message and "2025-10-09" in message
    assert "逾期 1 个工作日（9 个自然日）" in message
    assert findings[0].severity is Severity.ERROR


def test_pub_009_not_before_2021_07_15() -> None:
    # the 2017 text had no duty to withdraw: a revocation on 2021-07-14 is not judged, one a day later is
    d = revoked("2021-07-14", None)
    step(d, "S10")["date"] = "2021-05-06"
    step(d, "S12")["date"] = "2021-05-10"
    assert hits(d, "PUB-009") == []
    d["steps"][-1]["date"] = "2021-07-15"
    assert hits(d, "PUB-009") == [("PUB-009", "S12")]


def test_pub_009_over_labour_day() -> None:
    # revocation Wed 2025-04-30; 3 WD: 05-06, 05-07, 05-08
    assert hits(revoked("2025-04-30", "2025-05-08"), "PUB-009") == []
    assert hits(revoked("2025-04-30", "2025-05-09"), "PUB-009") == [("PUB-009", "S12")]


def test_pub_009_withdrawn_same_day() -> None:
    assert hits(revoked("2025-06-10", "2025-06-10"), "PUB-009") == []


def test_pub_009_missing_withdrawal_closed_case() -> None:
    findings = run(revoked("2025-06-10", None), "PUB-009")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUB-009", "S12")]
    assert "无撤回日期" in findings[0].message


@pytest.mark.parametrize(
    ("as_of", "expected"),
    [
        # revocation Mon 2025-09-22: 3 WD end Thu 09-25; alert window 3 WD
        ("2025-09-22", [("S12", "yellow", "warning")]),  # 09-23, 09-24, 09-25: 3 left
        ("2025-09-25", [("S12", "yellow", "warning")]),  # due today
        ("2025-09-26", [("S12", "red", "error")]),
    ],
)
def test_pub_009_missing_withdrawal_open_case_alerts(as_of: str, expected: list[tuple[str, str, str]]) -> None:
    d = revoked("2025-09-22", None)
    d["case"]["status"] = "open"
    assert alerts(d, "PUB-009", dt.date.fromisoformat(as_of)) == expected


def test_pub_009_missing_withdrawal_open_case_over_national_day() -> None:
    # revocation Fri 2025-09-26: 3 WD end Tue 09-30 (Sunday 09-28 is a make-up working day)
    d = revoked("2025-09-26", None)
    d["case"]["status"] = "open"
    assert alerts(d, "PUB-009", dt.date(2025, 9, 25)) == []  # 09-26, 09-28, 09-29, 09-30: 4 left
    assert alerts(d, "PUB-009", dt.date(2025, 9, 27)) == [("S12", "yellow", "warning")]
    assert alerts(d, "PUB-009", dt.date(2025, 9, 30)) == [("S12", "yellow", "warning")]
    assert alerts(d, "PUB-009", dt.date(2025, 10, 1)) == [("S12", "red", "error")]
    (yellow,) = run(d, "PUB-009", as_of=dt.date(2025, 9, 29))
    assert "截至 2025-09-29 案卷中无撤回日期（黄色预警）距期限届满还有 1 个工作日（期限 2025-09-30）" in yellow.message
    (red,) = run(d, "PUB-009", as_of=dt.date(2025, 10, 9))
    assert "（红色预警）已超过期限 9 日" in red.message


def test_pub_009_open_case_before_the_window_and_withdrawn_in_time() -> None:
    d = revoked("2025-09-26", None)
    d["case"]["status"] = "open"
    assert hits(d, "PUB-009", as_of=dt.date(2025, 9, 24)) == []
    d = revoked("2025-09-26", "2025-09-30")
    d["case"]["status"] = "open"
    assert hits(d, "PUB-009", as_of=dt.date(2025, 9, 29)) == []
    assert hits(d, "PUB-009", as_of=dt.date(2025, 10, 20)) == []


def test_pub_009_closed_case_missing_withdrawal_has_no_alert() -> None:
    assert alerts(revoked("2025-09-26", None), "PUB-009", dt.date(2025, 9, 29)) == [("S12", None, "error")]


def test_pub_009_disclosure_after_revocation_not_judged() -> None:
    d = revoked("2025-04-23", None)  # S12 (04-25) was published after the revocation
    assert hits(d, "PUB-009") == []


def test_pub_009_disclosure_of_other_decision_not_judged() -> None:
    d = revoked("2025-06-10", None)
    step(d, "S12")["of"] = "S07"
    assert hits(d, "PUB-009") == []
    step(d, "S12")["of"] = "S10"
    assert hits(d, "PUB-009") == [("PUB-009", "S12")]


def test_pub_009_every_disclosure_withdrawn() -> None:
    d = revoked("2025-06-10", "2025-06-11")
    d["steps"].append({"id": "S17", "kind": "disclosure", "date": "2025-05-06", "where": "门户网站"})
    assert hits(d, "PUB-009") == [("PUB-009", "S17")]


def test_pub_009_uncovered_year() -> None:
    d = revoked("2027-03-01", "2027-03-04")  # 3 WD (weekends only): 03-02, 03-03, 03-04
    assert hits(d, "PUB-009") == [("GEN-TIME-005", None)]
    d = revoked("2027-03-01", "2027-03-05")
    assert hits(d, "PUB-009") == [("GEN-TIME-005", None), ("PUB-009", "S12")]


# ------------------------------------------------------------------ PUB-015


def test_pub_015_meta() -> None:
    from enforcement_audit.rules.disclosure import InspectionResultDisclosed

    assert InspectionResultDisclosed.meta.confidence is Confidence.UNCONFIRMED
    assert InspectionResultDisclosed.meta.severity is Severity.WARNING


@pytest.mark.parametrize(
    "base", [base_punishment, base_coercive_measure, base_enforced_execution, base_inspection]
)
def test_pub_015_compliant_bases(base: Any) -> None:
    assert hits(base(), "PUB-015") == []


def test_pub_015_boundary_over_dragon_boat() -> None:
    # result Mon 2025-05-12; 20 WD (06-02 is a holiday) end Tue 06-10
    d = base_inspection()
    step(d, "S04")["date"] = "2025-06-10"
    assert hits(d, "PUB-015") == []
    step(d, "S04")["date"] = "2025-06-11"
    findings = run(d, "PUB-015")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUB-015", "S04")]
    assert "S03" in findings[0].message and "2025-06-10" in findings[0].message
    assert "逾期 1 个工作日" in findings[0].message


def test_pub_015_over_national_day() -> None:
    # result Fri 2025-09-19 -> 20 WD end 2025-10-23
    d = base_inspection()
    step(d, "S03")["date"] = "2025-09-19"
    step(d, "S04")["date"] = "2025-10-23"
    assert hits(d, "PUB-015") == []
    step(d, "S04")["date"] = "2025-10-24"
    assert hits(d, "PUB-015") == [("PUB-015", "S04")]


def test_pub_015_only_random_inspections() -> None:
    d = base_inspection()
    drop_step(d, "S04")
    assert hits(d, "PUB-015") == [("PUB-015", "S03")]
    del d["inspection"]["random_selection"]
    assert hits(d, "PUB-015") == []


@pytest.mark.parametrize(
    ("as_of", "expected"),
    [
        # result Mon 2025-05-12: 20 WD end Tue 06-10 (Dragon Boat Monday 06-02); alert window 3 WD
        ("2025-06-03", []),  # 06-04 .. 06-10: 5 working days left
        ("2025-06-04", []),  # 06-05, 06-06, 06-09, 06-10: 4 left
        ("2025-06-05", [("S03", "yellow", "warning")]),  # 06-06, 06-09, 06-10: 3 left
        ("2025-06-10", [("S03", "yellow", "warning")]),
        ("2025-06-11", [("S03", "red", "warning")]),
    ],
)
def test_pub_015_open_case_alerts(as_of: str, expected: list[tuple[str, str, str]]) -> None:
    d = base_inspection()
    d["case"]["status"] = "open"
    drop_step(d, "S04")
    drop_step(d, "S05")
    assert alerts(d, "PUB-015", dt.date.fromisoformat(as_of)) == expected


def test_pub_015_open_case_alert_message() -> None:
    d = base_inspection()
    d["case"]["status"] = "open"
    drop_step(d, "S04")
    drop_step(d, "S05")
    (yellow,) = run(d, "PUB-015", as_of=dt.date(2025, 6, 6))
    assert "抽查检查结果" in yellow.message
    assert "（黄色预警）距期限届满还有 2 个工作日（期限 2025-06-10）" in yellow.message
    assert hits(d, "PUB-015", as_of=dt.date(2025, 6, 13)) == [("PUB-015", "S03")]
    assert "（红色预警）已超过期限 3 日" in run(d, "PUB-015", as_of=dt.date(2025, 6, 13))[0].message


def test_pub_015_reads_profile_period() -> None:
    d = base_inspection()  # disclosed 05-20, 6 WD after the result of 05-12
    prof = profile_with("inspection_disclosure", days=5)
    assert hits(d, "PUB-015", profile=prof) == [("PUB-015", "S04")]
    prof = profile_with("inspection_disclosure", days=6)
    assert hits(d, "PUB-015", profile=prof) == []


# ------------------------------------------------------------------ PUB-011

MR = "market-regulation"


def withdrawn(on: str, reason: str | None = None, **decision: Any) -> dict[str, Any]:
    """The base fine of 8,000 yuan, disclosed 2025-04-25 and withdrawn ``on`` (format 1.2)."""
    d = base_punishment()
    d["schema_version"] = "1.2"
    step(d, "S12")["withdrawn_on"] = on
    if reason is not None:
        step(d, "S12")["withdrawal_reason"] = reason
    step(d, "S10").update(decision)
    return d


def test_pub_011_meta_and_profile_parameters() -> None:
    from enforcement_audit.rules.disclosure import PublicationPeriodKept

    meta = PublicationPeriodKept.meta
    assert (meta.severity, meta.confidence) == (Severity.ERROR, Confidence.CONFIRMED)
    assert meta.parameters == ("publication_period", "publication_period_short")
    params = load_profile(MR).parameters
    assert params.publication_period is not None and params.publication_period.months == 36
    assert params.publication_period_short is not None and params.publication_period_short.months == 3
    assert "第十三条" in params.publication_period.source
    national = load_profile("national").parameters
    assert (national.publication_period, national.publication_period_short) == (None, None)


def test_pub_011_silent_without_a_publication_period_in_the_profile() -> None:
    assert hits(withdrawn("2025-05-01"), "PUB-011") == []


@pytest.mark.parametrize(
    "base", [base_punishment, base_coercive_measure, base_enforced_execution, base_inspection]
)
def test_pub_011_compliant_bases(base: Any) -> None:
    assert hits(base(), "PUB-011", profile=MR) == []


def test_pub_011_fine_only_withdrawn_a_day_before_three_months_without_reason() -> None:
    # published 2025-04-25: three months end on 2025-07-25 (start day not counted)
    findings = run(withdrawn("2025-07-24"), "PUB-011", profile=MR)
    assert [(f.rule_id, f.location.step, f.severity) for f in findings] == [("PUB-011", "S12", Severity.ERROR)]
    message = findings[0].message
    assert "S10" in message and "3 个月" in message and "2025-07-25" in message and "2025-07-24" in message
    assert "未载明撤回理由" in message


def test_pub_011_not_before_the_rule_was_in_force() -> None:
    # the 3-month / 3-year periods come from the 2021 公示规定 (in force 2021-09-01): a disclosure before is not judged
    assert load_profile(MR).parameters.publication_period.effective_from.isoformat() == "2021-09-01"  # type: ignore[union-attr]
    d = withdrawn("2021-09-15")
    step(d, "S10")["date"] = "2021-08-20"
    step(d, "S12")["date"] = "2021-08-31"
    assert hits(d, "PUB-011", profile=MR) == []
    step(d, "S12")["date"] = "2021-09-01"
    assert hits(d, "PUB-011", profile=MR) == [("PUB-011", "S12")]


def test_pub_011_fine_only_withdrawn_when_three_months_end() -> None:
    d = withdrawn("2025-07-25", "expired")
    assert hits(d, "PUB-011", profile=MR) == []


def test_pub_011_other_penalties_keep_three_years() -> None:
    penalties = [{"kind": "fine", "amount": "8000"}, {"kind": "confiscation_of_gains", "amount": "1200"}]
    d = withdrawn("2026-03-02", penalties=penalties)
    assert hits(d, "PUB-011", profile=MR) == [("PUB-011", "S12")]
    d = withdrawn("2028-04-24", "expired", penalties=penalties)
    findings = run(d, "PUB-011", profile=MR)
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUB-011", "S12")]
    assert "36 个月" in findings[0].message and "2028-04-25" in findings[0].message and "与日期不符" in findings[0].message
    assert hits(withdrawn("2028-04-25", "expired", penalties=penalties), "PUB-011", profile=MR) == []


def test_pub_011_month_end_without_corresponding_day() -> None:
    # published 2025-11-30: three months end on 2026-02-28 (no 30 February)
    d = withdrawn("2026-02-27")
    step(d, "S12")["date"] = "2025-11-30"
    assert hits(d, "PUB-011", profile=MR) == [("PUB-011", "S12")]
    step(d, "S12")["withdrawn_on"] = "2026-02-28"
    assert hits(d, "PUB-011", profile=MR) == []


def test_pub_011_credit_repair_allowed_except_for_serious_penalties() -> None:
    assert hits(withdrawn("2025-06-10", "credit_repair"), "PUB-011", profile=MR) == []
    serious = [{"kind": "fine", "amount": "8000"}, {"kind": "licence_revocation"}]
    findings = run(withdrawn("2026-06-10", "credit_repair", penalties=serious), "PUB-011", profile=MR)
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUB-011", "S12")]
    assert "吊销许可证件或者营业执照" in findings[0].message and "不得提前停止公示" in findings[0].message


def test_pub_011_revoked_needs_a_revocation_and_is_then_left_to_pub_009() -> None:
    d = withdrawn("2025-06-10", "revoked")
    findings = run(d, "PUB-011", profile=MR)
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUB-011", "S12")]
    assert "无公示之后、撤回之前的撤销" in findings[0].message
    d["steps"].append({"id": "S16", "kind": "revocation", "date": "2025-06-09", "of": "S10"})
    assert hits(d, "PUB-011", "PUB-009", profile=MR) == []
    # a revocation withdrawn late is PUB-009's finding, not PUB-011's; a reason is not required there
    step(d, "S12")["withdrawn_on"] = "2025-06-20"
    del step(d, "S12")["withdrawal_reason"]
    assert hits(d, "PUB-011", "PUB-009", profile=MR) == [("PUB-009", "S12")]


def test_pub_011_other_reason_needs_a_note() -> None:
    d = withdrawn("2025-06-10", "other")
    assert hits(d, "PUB-011", profile=MR) == [("PUB-011", "S12")]
    step(d, "S12")["note"] = "公示信息含未脱敏的个人身份证号码，撤下后重新公示"
    assert hits(d, "PUB-011", profile=MR) == []


def test_pub_011_disclosure_of_names_the_decision(tmp_path: Path) -> None:
    from enforcement_audit import loader, writer

    d = withdrawn("2025-06-10", "credit_repair", penalties=[{"kind": "criticism"}])
    step(d, "S12")["of"] = "S10"
    folder = tmp_path / "a"
    folder.mkdir()
    (folder / "dossier.xml").write_bytes(writer.dossier_xml(d))
    loaded = loader.load_dossier(folder)
    assert loaded.findings == [] and loaded.dossier is not None
    assert [str(s.withdrawal_reason) for s in loaded.dossier.steps if s.id == "S12"] == ["credit_repair"]
    assert hits(loaded.dossier, "PUB-011", profile=MR) == []


# ------------------------------------------------------------------ PUB-016 entrusted party enters the results (广东)


def entrusted(**attrs: Any) -> dict[str, Any]:
    """A 1.2 base punishment decided by the entrusted B-CX-MR-TEAM; disclosure S12 with ``attrs``."""
    d = base_punishment()
    d["schema_version"] = "1.2"
    d["case"]["acting_body"] = {"id": "B-CX-MR-TEAM", "capacity": "entrusted", "principal": "B-CX-MR"}
    step(d, "S12").update(attrs)
    return d


def test_pub_016_meta() -> None:
    meta = next(r.meta for r in RULES if r.meta.id == "PUB-016")
    assert (meta.severity, meta.confidence) == (Severity.WARNING, Confidence.CONFIRMED)
    assert [str(b) for b in meta.legal_basis] == ["《广东省行政执法公示办法》第六条第三款", "《广东省行政执法公示办法》第二十七条（参照适用）"]
    assert meta.parameters == ("entrusted_enters_results",)
    assert load_profile("national").parameters.entrusted_enters_results is None


def test_pub_016_entered_by_the_principal() -> None:
    findings = run(entrusted(entered_by="B-CX-MR"), "PUB-016", profile="guangdong")
    assert [(f.rule_id, f.location.step, f.severity) for f in findings] == [("PUB-016", "S12", Severity.WARNING)]
    assert findings[0].message == (
        "S12 公示（2025-04-25）：委托执法案件的结果信息应由受委托的 B-CX-MR-TEAM 录入，由 B-CX-MR 录入。")


def test_pub_016_entry_not_recorded() -> None:
    findings = run(entrusted(), "PUB-016", profile="guangdong")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUB-016", "S12")]
    assert "未记录录入公示信息的主体（entered-by）" in findings[0].message


def test_pub_016_entered_by_the_entrusted_party() -> None:
    assert hits(entrusted(entered_by="B-CX-MR-TEAM"), "PUB-016", profile="guangdong") == []


def test_pub_016_not_judged() -> None:
    assert hits(entrusted(entered_by="B-CX-MR"), "PUB-016") == []  # national profile
    own = entrusted()
    own["case"]["acting_body"] = {"id": "B-CX-MR", "capacity": "own"}
    assert hits(own, "PUB-016", profile="guangdong") == []
    old = entrusted()
    old["schema_version"] = "1.1"
    assert hits(old, "PUB-016", profile="guangdong") == []


# ------------------------------------------------------------------ PUB-013 non-disclosure: grounds and filing (广东)


def withheld(**attrs: Any) -> dict[str, Any]:
    """A 1.2 base punishment (decision S10 2025-04-21) not disclosed: S12 becomes a non-disclosure with ``attrs``."""
    d = base_punishment()
    d["schema_version"] = "1.2"
    drop_step(d, "S12")
    d["steps"].append({"id": "S13", "kind": "non_disclosure", "date": "2025-04-22", "of": "S10",
                       "non_disclosure_ground": "minor", "filed_on": "2025-04-29", **attrs})
    return d


def test_pub_013_meta() -> None:
    meta = next(r.meta for r in RULES if r.meta.id == "PUB-013")
    assert (meta.severity, meta.confidence) == (Severity.WARNING, Confidence.CONFIRMED)
    assert [str(b) for b in meta.legal_basis] == ["《广东省行政执法公示办法》第十五条第一款", "《广东省行政执法公示办法》第十六条"]
    assert meta.parameters == ("non_disclosure_filing",)
    assert load_profile("national").parameters.non_disclosure_filing is None


def test_pub_013_other_ground_filed_late() -> None:
    findings = run(withheld(non_disclosure_ground="other", filed_on="2025-05-06"), "PUB-013", profile="guangdong")
    assert [(f.rule_id, f.location.step, f.severity) for f in findings] == [("PUB-013", "S13", Severity.WARNING)]
    assert findings[0].message == (
        "S13 不予公开（2025-04-22）：不予公开的理由不属于公示办法第十五条所列情形；不公开理由于 2025-05-06 报备案，"
        "晚于S10 处罚决定（2025-04-21）的公开时限（7 个工作日，至 2025-04-29）。")


def test_pub_013_nothing_recorded_in_a_closed_case() -> None:
    findings = run(withheld(non_disclosure_ground=None, filed_on=None), "PUB-013", profile="guangdong")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUB-013", "S13")]
    assert "non-disclosure-ground" in findings[0].message and "filed-on" in findings[0].message


def test_pub_013_grounded_and_filed_in_time() -> None:
    assert hits(withheld(), "PUB-013", profile="guangdong") == []


def test_pub_013_not_judged() -> None:
    assert hits(withheld(non_disclosure_ground="other"), "PUB-013") == []  # national profile
    d = withheld(filed_on=None)
    d["case"]["status"] = "open"
    assert hits(d, "PUB-013", profile="guangdong") == []
    d = withheld(non_disclosure_ground="other")
    d["schema_version"] = "1.1"
    assert hits(d, "PUB-013", profile="guangdong") == []


def test_pub_007_answered_by_a_lawful_non_disclosure() -> None:
    assert hits(withheld(), "PUB-007") == []
    assert hits(withheld(non_disclosure_ground="other"), "PUB-007") == [("PUB-007", "S10")]


# ---------------------------------------------------------------- PUB-010 market regulation: notice at service, push


def mr_case(**party: str) -> dict[str, Any]:
    """A 1.2 base punishment (fine), the party's registration region and publication notice as given."""
    d = base_punishment()
    d["schema_version"] = "1.2"
    d["case"]["party"].update(party)
    step(d, "S11")["publication_told"] = True
    return d


def test_pub_010_meta() -> None:
    meta = next(r for r in RULES if r.meta.id == "PUB-010").meta
    assert (meta.severity, meta.confidence) == (Severity.WARNING, Confidence.CONFIRMED)
    assert [str(b) for b in meta.legal_basis] == [
        "《市场监督管理行政处罚信息公示规定》第二条第二款", "《市场监督管理行政处罚信息公示规定》第八条",
        "《市场监督管理行政处罚信息公示规定》第十条"]
    params = load_profile("market-regulation").parameters
    assert params.cross_province_push is not None and params.cross_province_push.days == 10
    assert load_profile("national").parameters.publication_notice is None


def test_pub_010_not_told_and_not_pushed() -> None:
    d = mr_case(registered_region="440106")
    del step(d, "S11")["publication_told"]
    findings = run(d, "PUB-010", profile="market-regulation")
    assert [(f.rule_id, f.location.step, f.severity) for f in findings] == [
        ("PUB-010", "S10", Severity.WARNING), ("PUB-010", "S11", Severity.WARNING)]
    assert [f.message for f in findings] == [
        "S10 处罚决定（2025-04-21）：当事人登记地（440106）在外省，处罚信息应自该日起 10 个工作日内推送至登记地市场监管部门"
        "（期限届满日 2025-05-07），案件已结案但案卷中无推送记录（pushed-on）。",
        "S11 送达（2025-04-22） 送达 S10 处罚决定书时，是否书面告知当事人处罚信息将向社会公示：未记录（publication-told）。"]


def test_pub_010_told_and_pushed() -> None:
    d = mr_case(registered_region="440106")
    step(d, "S12")["pushed_on"] = "2025-04-25"
    assert hits(d, "PUB-010", profile="market-regulation") == []


def test_pub_010_not_judged() -> None:
    d = mr_case(registered_region="440106")
    del step(d, "S11")["publication_told"]
    assert hits(d, "PUB-010") == []  # national profile
    d["schema_version"] = "1.1"
    assert hits(d, "PUB-010", profile="market-regulation") == []
    d = mr_case(registered_region="330102")  # same province
    assert hits(d, "PUB-010", profile="market-regulation") == []
    d = mr_case(registered_region="440106")
    step(d, "S10")["penalties"] = [{"kind": "warning"}]  # Art 2 para 2: warnings are not published
    assert hits(d, "PUB-010", profile="market-regulation") == []


# ------------------------------------------------------------------ PUB-005, PUB-105 discretion benchmarks


def benchmarks(*entries: dict[str, str]) -> dict[str, Any]:
    """The test registry with these discretion benchmarks on the acting body B-CX-MR."""
    from enforcement_audit.testing import REGISTRY

    reg = copy.deepcopy(REGISTRY)
    reg["bodies"][0]["benchmarks"] = list(entries)
    return reg


MR_2023 = {"id": "MR-DISC", "version": "2023", "title": "《城西县市场监管行政处罚裁量基准》（2023年版）",
           "published_on": "2023-02-01", "superseded_on": "2025-01-01"}
MR_2025 = {"id": "MR-DISC", "version": "2025", "title": "《城西县市场监管行政处罚裁量基准》（2025年版）",
           "published_on": "2024-12-20"}


def benchmarked(version: str | None = None) -> dict[str, Any]:
    """The base punishment (1.2) whose decision S10 (2025-04-21) applied the benchmark MR-DISC."""
    d = base_punishment()
    d["schema_version"] = "1.2"
    step(d, "S10")["benchmark"] = "MR-DISC"
    if version is not None:
        step(d, "S10")["benchmark_version"] = version
    return d


def test_pub_005_meta() -> None:
    for rule_id, severity in (("PUB-005", Severity.ERROR), ("PUB-105", Severity.WARNING)):
        meta = next(r.meta for r in RULES if r.meta.id == rule_id)
        assert (meta.severity, meta.confidence) == (severity, Confidence.CONFIRMED)
        assert [(b.law, b.article, b.paragraph) for b in meta.legal_basis] == [("中华人民共和国行政处罚法", 34, None)]


def test_pub_005_benchmark_published_and_current() -> None:
    reg = benchmarks(MR_2023, MR_2025)
    for version in (None, "2025"):  # without a version: the one in force on the decision day
        assert hits(benchmarked(version), "PUB-005", "PUB-105", reg=reg) == []
    # published on the decision day itself
    assert hits(benchmarked(), "PUB-005", "PUB-105", reg=benchmarks({**MR_2025, "published_on": "2025-04-21"})) == []
    # a decision that names no benchmark is not faulted (Art 34: 可以依法制定)
    d = benchmarked()
    step(d, "S10").pop("benchmark")
    assert hits(d, "PUB-005", "PUB-105", reg=benchmarks()) == []


def test_pub_005_benchmark_published_after_the_decision() -> None:
    reg = benchmarks({**MR_2025, "published_on": "2025-05-10"})
    d = benchmarked("2025")
    assert hits(d, "PUB-005", "PUB-105", reg=reg) == [("PUB-005", "S10")]
    assert run(d, "PUB-005", reg=reg)[0].message == (
        "S10 处罚决定（2025-04-21）适用裁量基准 MR-DISC（2025，《城西县市场监管行政处罚裁量基准》（2025年版））"
        "，该基准至 2025-05-10 才向社会公布，决定作出时尚未公布。")
    # without a version, the only version listed is the one applied
    assert hits(benchmarked(), "PUB-005", reg=reg) == [("PUB-005", "S10")]


def test_pub_105_superseded_version() -> None:
    reg = benchmarks(MR_2023, MR_2025)
    d = benchmarked("2023")
    assert hits(d, "PUB-005", "PUB-105", reg=reg) == [("PUB-105", "S10")]
    assert run(d, "PUB-105", reg=reg)[0].message == (
        "S10 处罚决定（2025-04-21）适用裁量基准 MR-DISC（2023，《城西县市场监管行政处罚裁量基准》（2023年版））"
        "，该版本已于 2025-01-01 被替代，决定作出时已不再适用。")
    # the only version listed, superseded: chosen without a version too
    assert hits(benchmarked(), "PUB-105", reg=benchmarks(MR_2023)) == [("PUB-105", "S10")]


def test_pub_105_unknown_or_undated_benchmark() -> None:
    d = benchmarked("2024")
    assert [f.message for f in run(d, "PUB-105", reg=benchmarks(MR_2023, MR_2025))] == [
        "S10 处罚决定（2025-04-21）适用裁量基准 MR-DISC（2024），但参照库中 B-CX-MR 未登记该裁量基准的这一版本，"
        "无法核对其公布情况。"]
    assert hits(benchmarked(), "PUB-005", "PUB-105", reg=benchmarks()) == [("PUB-105", "S10")]
    undated = {k: v for k, v in MR_2025.items() if k != "published_on"}
    assert hits(benchmarked(), "PUB-005", "PUB-105", reg=benchmarks(undated)) == [("PUB-105", "S10")]
    assert run(benchmarked(), "PUB-105", reg=benchmarks(undated))[0].message.endswith("参照库未载明该基准向社会公布的日期。")


def test_pub_005_principal_benchmarks_count() -> None:
    d = benchmarked("2025")
    d["case"]["acting_body"] = {"id": "B-CX-MR-TEAM", "capacity": "entrusted", "principal": "B-CX-MR"}
    assert hits(d, "PUB-005", "PUB-105", reg=benchmarks(MR_2025)) == []
    assert [f.message for f in run(d, "PUB-105", reg=benchmarks())] == [
        "S10 处罚决定（2025-04-21）适用裁量基准 MR-DISC（2025），但参照库中 B-CX-MR-TEAM、B-CX-MR 未登记该裁量基准"
        "的这一版本，无法核对其公布情况。"]


def test_pub_005_scope() -> None:
    reg = benchmarks({**MR_2025, "published_on": "2025-05-10"})
    d = benchmarked()
    d["schema_version"] = "1.1"
    assert hits(d, "PUB-005", "PUB-105", reg=reg) == []
    d = benchmarked()
    step(d, "S10")["date"] = step(d, "S10")["approved_on"] = "2021-07-14"  # before Art 34 took effect
    assert hits(d, "PUB-005", "PUB-105", reg=reg) == []
