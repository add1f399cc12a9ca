"""Tests of the 行政强制 rules (enforcement_audit/rules/coercion.py)."""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from enforcement_audit.engine import Alert, Confidence, Severity
from enforcement_audit.models import CaseType
from enforcement_audit.rules.coercion import RULES
from enforcement_audit.testing import (
    REGISTRY,
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


def test_rules_are_in_id_order() -> None:
    assert sorted(RULE_IDS) == RULE_IDS
    assert RULE_IDS == [
        "CO-COURT-001", "CO-COURT-002", "CO-COURT-003", "CO-DEM-001", "CO-E-002", "CO-E-003", "CO-E-004", "CO-E-005", "CO-E-007",
        "CO-E-008", "CO-E-009", "CO-E-010", "CO-E-011", "CO-E-108", "CO-E-110", "CO-E-111",
        "CO-FRZ-001", "CO-FRZ-002", "CO-FRZ-003", "CO-FRZ-004", "CO-M-002", "CO-M-006", "CO-M-007", "CO-M-008", "CO-M-010", "CO-M-011", "CO-M-012", "CO-MON-001", "CO-MON-002",
        "CO-MON-003", "CO-MON-004", "CO-MON-104", "CO-PROXY-001", "CO-PROXY-003", "CO-PROXY-005", "CO-SEAL-003", "CO-SEAL-006", "CO-SEAL-009", "CO-SEAL-010",
        "CO-SEAL-011",
    ]


@pytest.mark.parametrize("base", BASES, ids=lambda b: b.__name__)
@pytest.mark.parametrize("rule_id", RULE_IDS)
def test_base_dossiers_pass(base: Any, rule_id: str) -> None:
    assert hits(base(), rule_id) == []


# ------------------------------------------------------------------ helpers


def measure(d: dict[str, Any]) -> dict[str, Any]:
    return d["measures"][0]  # type: ignore[no-any-return]


def seizure_on(start: str, end: str | None) -> dict[str, Any]:
    """The base coercive measure moved to ``start`` (approval and seizure that day), ending ``end``."""
    d = base_coercive_measure()
    step(d, "S02")["date"] = start
    step(d, "S02")["approved_on"] = start
    s03 = step(d, "S03")
    s03["start"], s03["end"], s03["approved_on"] = f"{start}T10:00:00", f"{start}T11:30:00", start
    measure(d)["start"] = start
    if end is None:
        measure(d).pop("end", None)
        drop_step(d, "S04")
    else:
        measure(d)["end"] = end
        step(d, "S04")["date"] = end
    return d


def extension(sid: str, date: str, days: int | None = 30, approved_on: str | None = "same") -> dict[str, Any]:
    ext: dict[str, Any] = {
        "id": sid,
        "kind": "extension",
        "date": date,
        "measure": "M1",
        "records": [{"document": "D01"}],
    }
    if days is not None:
        ext["days"] = days
    if approved_on is not None:
        ext["approved_by"] = "O9"
        ext["approved_on"] = date if approved_on == "same" else approved_on
    return ext


def messages(d: dict[str, Any], rule_id: str, **kwargs: Any) -> list[str]:
    return [f.message for f in run(d, rule_id, **kwargs)]


# ------------------------------------------------------------------ CO-SEAL-006 period


def test_seal_006_exactly_30_days_passes() -> None:
    # 2025-06-03 + 30 d = 2025-07-03 (Thursday, a working day)
    assert hits(seizure_on("2025-06-03", "2025-07-03"), "CO-SEAL-006") == []


def test_seal_006_31_days_fails_with_dates_in_message() -> None:
    d = seizure_on("2025-06-03", "2025-07-04")
    assert hits(d, "CO-SEAL-006") == [("CO-SEAL-006", "S03")]
    (msg,) = messages(d, "CO-SEAL-006")
    assert "自 2025-06-03 起算" in msg
    assert "期限届满日 2025-07-03" in msg
    assert "实际解除或处理日 2025-07-04" in msg
    assert "超期 1 日" in msg


def test_seal_006_measure_end_wins_over_earlier_release_step() -> None:
    d = base_coercive_measure()  # release step S04 on 2025-06-30
    measure(d)["end"] = "2025-07-04"
    assert hits(d, "CO-SEAL-006") == [("CO-SEAL-006", "S03")]


def test_seal_006_release_step_used_when_measure_has_no_end() -> None:
    d = base_coercive_measure()
    del measure(d)["end"]
    step(d, "S04")["date"] = "2025-07-03"
    assert hits(d, "CO-SEAL-006") == []
    step(d, "S04")["date"] = "2025-07-04"
    assert hits(d, "CO-SEAL-006") == [("CO-SEAL-006", "S03")]


def test_seal_006_last_day_on_national_day_moves_to_next_working_day() -> None:
    # 2025-09-01 + 30 d = 2025-10-01 (holiday, 10-01..10-08) -> 2025-10-09
    assert hits(seizure_on("2025-09-01", "2025-10-09"), "CO-SEAL-006") == []
    d = seizure_on("2025-09-01", "2025-10-10")
    assert hits(d, "CO-SEAL-006") == [("CO-SEAL-006", "S03")]
    (msg,) = messages(d, "CO-SEAL-006")
    assert "期限届满日 2025-10-09" in msg
    assert "末日 2025-10-01 为非工作日，顺延至 2025-10-09" in msg
    assert "超期 1 日" in msg


def test_seal_006_last_day_on_saturday_moves_to_monday() -> None:
    # 2025-06-05 + 30 d = 2025-07-05 (Saturday) -> Monday 2025-07-07
    assert hits(seizure_on("2025-06-05", "2025-07-07"), "CO-SEAL-006") == []
    assert hits(seizure_on("2025-06-05", "2025-07-08"), "CO-SEAL-006") == [("CO-SEAL-006", "S03")]


def test_seal_006_last_day_on_make_up_working_day_does_not_move() -> None:
    # 2025-09-11 + 30 d = 2025-10-11, a Saturday that is a make-up working day (调休)
    assert hits(seizure_on("2025-09-11", "2025-10-11"), "CO-SEAL-006") == []
    assert hits(seizure_on("2025-09-11", "2025-10-13"), "CO-SEAL-006") == [("CO-SEAL-006", "S03")]


def test_seal_006_one_extension_of_30_days_approved_in_time_passes() -> None:
    # original end 2025-07-03; + 30 d = 2025-08-02 (Saturday) -> 2025-08-04
    d = seizure_on("2025-06-03", "2025-08-04")
    d["steps"].append(extension("S07", "2025-07-01"))
    assert hits(d, "CO-SEAL-006") == []
    d = seizure_on("2025-06-03", "2025-08-05")
    d["steps"].append(extension("S07", "2025-07-01"))
    assert hits(d, "CO-SEAL-006") == [("CO-SEAL-006", "S03")]
    (msg,) = messages(d, "CO-SEAL-006")
    assert "期限届满日 2025-08-04" in msg
    assert "经 S07 批准延长 30 日" in msg


def test_seal_006_extension_on_the_original_last_day_is_in_time() -> None:
    d = seizure_on("2025-06-03", "2025-08-04")
    d["steps"].append(extension("S07", "2025-07-03"))
    assert hits(d, "CO-SEAL-006") == []


def test_seal_006_shorter_extension_counts_its_own_days() -> None:
    # 2025-07-03 + 10 d = 2025-07-13 (Sunday) -> 2025-07-14
    d = seizure_on("2025-06-03", "2025-07-14")
    d["steps"].append(extension("S07", "2025-07-01", days=10))
    assert hits(d, "CO-SEAL-006") == []
    d = seizure_on("2025-06-03", "2025-07-15")
    d["steps"].append(extension("S07", "2025-07-01", days=10))
    assert hits(d, "CO-SEAL-006") == [("CO-SEAL-006", "S03")]


def test_seal_006_extensions_count_up_to_30_days_in_all() -> None:
    # Art 25 para 1 caps the extension at 30 days; it does not limit the number of extensions
    d = seizure_on("2025-06-03", "2025-07-24")
    d["steps"] += [extension("S07", "2025-07-01", days=11), extension("S08", "2025-07-10", days=10)]
    assert hits(d, "CO-SEAL-006") == []  # 07-03 + 11 = Mon 07-14, + 10 = Thu 07-24
    measure(d)["end"] = "2025-07-25"
    assert hits(d, "CO-SEAL-006") == [("CO-SEAL-006", "S03")]
    # 30 days and 10 more: the second extension goes beyond the cap and is not counted
    d = seizure_on("2025-06-03", "2025-08-04")
    d["steps"] += [extension("S07", "2025-07-01"), extension("S08", "2025-08-01", days=10)]
    assert hits(d, "CO-SEAL-006") == [("CO-SEAL-006", "S08")]
    assert "与此前的延长合计超过法定上限30日（按0日计）" in messages(d, "CO-SEAL-006")[0]
    d = seizure_on("2025-06-03", "2025-08-14")
    d["steps"] += [extension("S07", "2025-07-01"), extension("S08", "2025-08-01", days=10)]
    assert hits(d, "CO-SEAL-006") == [("CO-SEAL-006", "S03"), ("CO-SEAL-006", "S08")]


def test_seal_006_extension_over_30_days_is_a_finding_counted_as_30() -> None:
    d = seizure_on("2025-06-03", "2025-08-04")
    d["steps"].append(extension("S07", "2025-07-01", days=40))
    assert hits(d, "CO-SEAL-006") == [("CO-SEAL-006", "S07")]
    assert "延长 40 日，超过法定上限30日" in messages(d, "CO-SEAL-006")[0]
    d = seizure_on("2025-06-03", "2025-08-13")  # within the 40 days asked for, beyond the lawful 30
    d["steps"].append(extension("S07", "2025-07-01", days=40))
    assert hits(d, "CO-SEAL-006") == [("CO-SEAL-006", "S03"), ("CO-SEAL-006", "S07")]


def test_seal_006_extension_without_days_is_a_finding() -> None:
    d = seizure_on("2025-06-03", "2025-08-04")
    d["steps"].append(extension("S07", "2025-07-01", days=None))
    assert hits(d, "CO-SEAL-006") == [("CO-SEAL-006", "S07")]
    assert "未载明延长天数" in messages(d, "CO-SEAL-006")[0]


def test_seal_006_unapproved_extension_is_not_counted() -> None:
    d = seizure_on("2025-06-03", "2025-08-04")
    d["steps"].append(extension("S07", "2025-07-01", approved_on=None))
    assert hits(d, "CO-SEAL-006") == [("CO-SEAL-006", "S03"), ("CO-SEAL-006", "S07")]
    msgs = messages(d, "CO-SEAL-006")
    assert "期限届满日 2025-07-03" in msgs[0] and "超期 32 日" in msgs[0]
    assert "没有行政机关负责人批准的记录" in msgs[1]


def test_seal_006_unapproved_extension_within_original_period_only_flags_extension() -> None:
    d = seizure_on("2025-06-03", "2025-07-03")
    d["steps"].append(extension("S07", "2025-07-01", approved_on=None))
    assert hits(d, "CO-SEAL-006") == [("CO-SEAL-006", "S07")]


def test_seal_006_late_extension_is_not_counted() -> None:
    d = seizure_on("2025-06-03", "2025-08-04")
    d["steps"].append(extension("S07", "2025-07-04"))
    assert hits(d, "CO-SEAL-006") == [("CO-SEAL-006", "S03"), ("CO-SEAL-006", "S07")]
    assert "晚于当时的期限届满日 2025-07-03" in messages(d, "CO-SEAL-006")[1]


def test_seal_006_extension_approved_after_original_end_is_late() -> None:
    d = seizure_on("2025-06-03", "2025-08-04")
    d["steps"].append(extension("S07", "2025-07-01", approved_on="2025-07-04"))
    assert hits(d, "CO-SEAL-006") == [("CO-SEAL-006", "S03"), ("CO-SEAL-006", "S07")]


def test_seal_006_extension_of_another_measure_is_ignored() -> None:
    d = seizure_on("2025-06-03", "2025-08-04")
    d["steps"].append({**extension("S07", "2025-07-01"), "measure": "M2"})
    assert hits(d, "CO-SEAL-006") == [("CO-SEAL-006", "S03")]


def test_seal_006_notified_excluded_period_is_deducted() -> None:
    # 10 testing days 06-10..06-19 not counted: 2025-06-03 + 40 d = 2025-07-13 (Sunday) -> 2025-07-14
    period = {"start": "2025-06-10", "end": "2025-06-19", "reason": "产品质量检验", "notified": True}
    d = seizure_on("2025-06-03", "2025-07-14")
    measure(d)["excluded_periods"] = [period]
    assert hits(d, "CO-SEAL-006") == []
    d = seizure_on("2025-06-03", "2025-07-15")
    measure(d)["excluded_periods"] = [period]
    assert hits(d, "CO-SEAL-006") == [("CO-SEAL-006", "S03")]
    assert "已扣除书面告知当事人的检测等期间 10 日" in messages(d, "CO-SEAL-006")[0]


def test_seal_006_unnotified_testing_period_is_deducted_and_reported() -> None:
    # Art 25 para 3: the testing period is not part of the period; telling the party in writing is its own duty
    d = seizure_on("2025-06-03", "2025-07-14")
    measure(d)["excluded_periods"] = [{"start": "2025-06-10", "end": "2025-06-19", "reason": "产品质量检验"}]
    assert hits(d, "CO-SEAL-006") == [("CO-SEAL-006", "S03")]
    (msg,) = messages(d, "CO-SEAL-006")
    assert "2025-06-10 至 2025-06-19（产品质量检验）未书面告知当事人" in msg and "该期间仍不计入查封、扣押期限" in msg
    measure(d)["end"] = "2025-07-15"  # 07-03 + 10 days = Sun 07-13 -> Mon 07-14: one day over
    assert hits(d, "CO-SEAL-006") == [("CO-SEAL-006", "S03"), ("CO-SEAL-006", "S03")]
    assert sorted("超期 1 日" in m for m in messages(d, "CO-SEAL-006")) == [False, True]


def test_seal_006_overlapping_excluded_periods_are_not_counted_twice() -> None:
    d = seizure_on("2025-06-03", "2025-07-15")
    measure(d)["excluded_periods"] = [
        {"start": "2025-06-10", "end": "2025-06-19", "reason": "检验", "notified": True},
        {"start": "2025-06-15", "end": "2025-06-19", "reason": "复检", "notified": True},
    ]
    assert hits(d, "CO-SEAL-006") == [("CO-SEAL-006", "S03")]


def test_seal_006_excluded_period_and_extension_together() -> None:
    # original: 06-03 + 30 + 10 excluded = 07-13 (Sun) -> 07-14; extension 30 d: 08-13 (Wed)
    d = seizure_on("2025-06-03", "2025-08-13")
    measure(d)["excluded_periods"] = [{"start": "2025-06-10", "end": "2025-06-19", "reason": "检验", "notified": True}]
    d["steps"].append(extension("S07", "2025-07-14"))
    assert hits(d, "CO-SEAL-006") == []
    d = seizure_on("2025-06-03", "2025-08-14")
    measure(d)["excluded_periods"] = [{"start": "2025-06-10", "end": "2025-06-19", "reason": "检验", "notified": True}]
    d["steps"].append(extension("S07", "2025-07-14"))
    assert hits(d, "CO-SEAL-006") == [("CO-SEAL-006", "S03")]


def _open_without_end() -> dict[str, Any]:
    d = seizure_on("2025-06-03", None)
    d["case"]["status"] = "open"
    drop_step(d, "S05")
    drop_step(d, "S06")
    return d


def alerts(d: dict[str, Any], rule_id: str, as_of: dt.date, **kwargs: Any) -> list[tuple[str, str | None, str | None]]:
    """(step, alert, severity) of every finding of one rule on ``as_of``."""
    return [
        (f.location.step, f.alert.value if f.alert else None, f.severity.value)
        for f in run(d, rule_id, as_of=as_of, **kwargs)
    ]


@pytest.mark.parametrize(
    ("as_of", "expected"),
    [
        # seizure Tue 2025-06-03: 30 days end Thu 07-03; national alert window 3 working days
        ("2025-06-20", []),
        ("2025-06-29", []),  # Sunday: 06-30, 07-01, 07-02, 07-03 are 4 working days left
        ("2025-06-30", [("S03", "yellow", "warning")]),  # 3 working days left
        ("2025-07-03", [("S03", "yellow", "warning")]),  # due today
        ("2025-07-04", [("S03", "red", "error")]),  # overdue
    ],
)
def test_seal_006_open_case_without_end_alerts(as_of: str, expected: list[tuple[str, str, str]]) -> None:
    d = _open_without_end()
    assert alerts(d, "CO-SEAL-006", dt.date.fromisoformat(as_of)) == expected


def test_seal_006_open_case_alert_messages() -> None:
    d = _open_without_end()
    assert hits(d, "CO-SEAL-006", as_of=dt.date(2025, 6, 27)) == []
    (yellow,) = messages(d, "CO-SEAL-006", as_of=dt.date(2025, 6, 30))
    assert "截至 2025-06-30 仍未记录解除或处理决定（黄色预警）距期限届满还有 3 个工作日（期限 2025-07-03）" in yellow
    (red,) = messages(d, "CO-SEAL-006", as_of=dt.date(2025, 7, 10))
    assert "截至 2025-07-10 仍未记录解除或处理决定（红色预警）已超过期限 7 日" in red


def test_seal_006_open_case_alert_over_national_day() -> None:
    # seizure Mon 2025-09-01: 30 days end on 10-01 (holiday), moved to Thu 10-09
    d = seizure_on("2025-09-01", None)
    d["case"]["status"] = "open"
    drop_step(d, "S05")
    drop_step(d, "S06")
    # Friday 09-26: 09-28 (make-up Sunday), 09-29, 09-30, 10-09 = 4 working days left
    assert alerts(d, "CO-SEAL-006", dt.date(2025, 9, 26)) == []
    assert alerts(d, "CO-SEAL-006", dt.date(2025, 9, 28)) == [("S03", "yellow", "warning")]
    (msg,) = messages(d, "CO-SEAL-006", as_of=dt.date(2025, 10, 5))
    assert "（黄色预警）距期限届满还有 1 个工作日（期限 2025-10-09）" in msg
    assert alerts(d, "CO-SEAL-006", dt.date(2025, 10, 9)) == [("S03", "yellow", "warning")]
    assert alerts(d, "CO-SEAL-006", dt.date(2025, 10, 10)) == [("S03", "red", "error")]


def test_seal_006_open_case_with_recorded_end_has_no_alert() -> None:
    d = seizure_on("2025-06-03", "2025-07-04")
    d["case"]["status"] = "open"
    assert alerts(d, "CO-SEAL-006", dt.date(2025, 7, 10)) == [("S03", None, "error")]
    d = seizure_on("2025-06-03", "2025-06-30")
    d["case"]["status"] = "open"
    assert hits(d, "CO-SEAL-006", as_of=dt.date(2025, 7, 2)) == []


def test_seal_006_closed_case_never_carries_an_alert() -> None:
    d = seizure_on("2025-06-03", None)
    assert alerts(d, "CO-SEAL-006", dt.date(2025, 7, 2)) == [("S03", None, "error")]


def test_seal_006_closed_case_without_end_is_a_finding() -> None:
    d = seizure_on("2025-06-03", None)
    assert hits(d, "CO-SEAL-006") == [("CO-SEAL-006", "S03")]
    assert "已结案但未记录解除或处理日期" in messages(d, "CO-SEAL-006")[0]


def test_seal_006_freeze_is_not_judged_by_this_rule() -> None:
    d = seizure_on("2025-06-03", "2025-09-30")
    measure(d)["kind"] = "freeze"
    assert hits(d, "CO-SEAL-006") == []


def test_seal_006_applies_to_a_seizure_in_a_punishment_case() -> None:
    d = base_punishment()
    d["steps"].append(
        {"id": "S16", "kind": "seizure", "date": "2025-03-06", "approved_by": "O9", "approved_on": "2025-03-06"}
    )
    d["documents"] += [{"id": "D20", "kind": "seizure_decision"}, {"id": "D21", "kind": "seizure_inventory"}]
    d["measures"] = [
        {
            "id": "M1",
            "kind": "seizure",
            "step": "S16",
            "start": "2025-03-06",
            "end": "2025-04-21",
            "decision_document": "D20",
            "inventory": "D21",
            "items": [{"name": "涉案食品"}],
        }
    ]
    assert hits(d, "CO-SEAL-006") == [("CO-SEAL-006", "S16")]


# ------------------------------------------------------------------ CO-SEAL-003 decision and inventory


def test_seal_003_missing_inventory() -> None:
    d = base_coercive_measure()
    del measure(d)["inventory"]
    assert hits(d, "CO-SEAL-003") == [("CO-SEAL-003", "S03")]
    (msg,) = messages(d, "CO-SEAL-003")
    assert "未载明查封、扣押清单" in msg
    assert "决定书" not in msg


def test_seal_003_missing_decision() -> None:
    d = base_coercive_measure()
    del measure(d)["decision_document"]
    assert hits(d, "CO-SEAL-003") == [("CO-SEAL-003", "S03")]
    assert "未载明查封、扣押决定书" in messages(d, "CO-SEAL-003")[0]


def test_seal_003_both_missing_is_one_finding_naming_both() -> None:
    d = base_coercive_measure()
    del measure(d)["decision_document"], measure(d)["inventory"]
    assert hits(d, "CO-SEAL-003") == [("CO-SEAL-003", "S03")]
    msg = messages(d, "CO-SEAL-003")[0]
    assert "决定书" in msg and "清单" in msg


def test_seal_003_reference_to_a_document_not_in_the_dossier() -> None:
    d = base_coercive_measure()
    measure(d)["decision_document"] = "D99"
    assert hits(d, "CO-SEAL-003") == [("CO-SEAL-003", "S03")]
    assert "引用的查封、扣押决定书 D99 不在案卷文书中" in messages(d, "CO-SEAL-003")[0]


def test_seal_003_one_finding_per_measure() -> None:
    d = base_coercive_measure()
    d["steps"].append({**step(d, "S03"), "id": "S07", "kind": "seal_up"})
    d["measures"].append(
        {
            "id": "M2",
            "kind": "seal_up",
            "step": "S07",
            "start": "2025-06-03",
            "end": "2025-06-30",
            "items": [{"name": "仓库"}],
        }
    )
    assert hits(d, "CO-SEAL-003") == [("CO-SEAL-003", "S07")]


def test_seal_003_freeze_is_not_judged() -> None:
    d = base_coercive_measure()
    measure(d)["kind"] = "freeze"
    del measure(d)["inventory"]
    assert hits(d, "CO-SEAL-003") == []


# ------------------------------------------------------------------ CO-M-002 prior approval


def test_m_002_own_approval_suffices_without_approval_step() -> None:
    d = base_coercive_measure()
    drop_step(d, "S02")
    assert hits(d, "CO-M-002") == []


def test_m_002_approval_step_suffices_without_own_approval() -> None:
    d = base_coercive_measure()
    del step(d, "S03")["approved_by"], step(d, "S03")["approved_on"]
    assert hits(d, "CO-M-002") == []


def test_m_002_no_approval_at_all() -> None:
    d = base_coercive_measure()
    drop_step(d, "S02")
    del step(d, "S03")["approved_by"], step(d, "S03")["approved_on"]
    assert hits(d, "CO-M-002") == [("CO-M-002", "S03")]
    assert "没有审批环节" in messages(d, "CO-M-002")[0]


def test_m_002_approval_after_the_act() -> None:
    d = base_coercive_measure()
    drop_step(d, "S02")
    step(d, "S03")["approved_on"] = "2025-06-04"
    assert hits(d, "CO-M-002") == [("CO-M-002", "S03")]
    assert "批准日期 2025-06-04 晚于实施日 2025-06-03" in messages(d, "CO-M-002")[0]


def test_m_002_approval_step_after_the_act() -> None:
    d = base_coercive_measure()
    step(d, "S02")["date"] = "2025-06-04"
    del step(d, "S03")["approved_by"], step(d, "S03")["approved_on"]
    assert hits(d, "CO-M-002") == [("CO-M-002", "S03")]
    assert "审批环节 S02" in messages(d, "CO-M-002")[0]


def test_m_002_approver_without_date() -> None:
    d = base_coercive_measure()
    drop_step(d, "S02")
    del step(d, "S03")["approved_on"]
    assert hits(d, "CO-M-002") == [("CO-M-002", "S03")]
    assert "没有批准日期" in messages(d, "CO-M-002")[0]


def test_m_002_emergency_approval_the_next_day_is_accepted() -> None:
    d = base_coercive_measure()
    drop_step(d, "S02")
    step(d, "S03")["approved_on"] = "2025-06-04"
    step(d, "S03")["emergency_reason"] = "当事人正在转移涉案物品"
    assert hits(d, "CO-M-002") == []


def test_m_002_emergency_approval_two_days_later_fails() -> None:
    d = base_coercive_measure()
    drop_step(d, "S02")
    step(d, "S03")["approved_on"] = "2025-06-05"
    step(d, "S03")["emergency_reason"] = "当事人正在转移涉案物品"
    assert hits(d, "CO-M-002") == [("CO-M-002", "S03")]
    assert "虽注明紧急情况" in messages(d, "CO-M-002")[0]


def test_m_002_emergency_with_approval_step_the_next_day() -> None:
    d = base_coercive_measure()
    step(d, "S02")["date"] = "2025-06-04"
    del step(d, "S03")["approved_by"], step(d, "S03")["approved_on"]
    step(d, "S03")["emergency_reason"] = "当事人正在转移涉案物品"
    assert hits(d, "CO-M-002") == []


def test_m_002_applies_to_seal_up_in_a_punishment_case() -> None:
    d = base_punishment()
    d["steps"].append({"id": "S16", "kind": "seal_up", "date": "2025-03-06"})
    assert hits(d, "CO-M-002") == [("CO-M-002", "S16")]


# ------------------------------------------------------------------ CO-E-003 demand notice


def test_e_003_no_demand_notice() -> None:
    d = base_enforced_execution()
    drop_step(d, "S02")
    drop_step(d, "S03")
    assert hits(d, "CO-E-003") == [("CO-E-003", "S04")]
    assert "没有催告" in messages(d, "CO-E-003")[0]


def test_e_003_demand_notice_on_the_decision_day_fails() -> None:
    d = base_enforced_execution()
    step(d, "S02")["date"] = "2025-08-20"
    assert hits(d, "CO-E-003") == [("CO-E-003", "S04")]
    assert "S02 催告（2025-08-20）不早于强制执行决定日 2025-08-20" in messages(d, "CO-E-003")[0]


def test_e_003_demand_notice_the_day_before_passes() -> None:
    d = base_enforced_execution()
    step(d, "S02")["date"] = "2025-08-19"
    assert hits(d, "CO-E-003") == []


def test_e_003_demand_notice_after_the_decision_fails() -> None:
    d = base_enforced_execution()
    step(d, "S02")["date"] = "2025-08-22"
    assert hits(d, "CO-E-003") == [("CO-E-003", "S04")]


# ------------------------------------------------------------------ CO-E-008 holidays / CO-E-108 night


def execution_at(start: str | None, end: str | None = None, date: str | None = None) -> dict[str, Any]:
    d = base_enforced_execution()
    s = step(d, "S06")
    for key, value in (("start", start), ("end", end), ("date", date)):
        if value is None:
            s.pop(key, None)
        else:
            s[key] = value
    return d


def test_e_008_execution_on_national_day_fails() -> None:
    d = execution_at("2025-10-02T09:00:00", "2025-10-02T11:00:00")
    assert hits(d, "CO-E-008") == [("CO-E-008", "S06")]
    assert "2025-10-02（法定节假日）" in messages(d, "CO-E-008")[0]


def test_e_008_execution_on_make_up_working_saturday_passes() -> None:
    assert hits(execution_at("2025-10-11T09:00:00", "2025-10-11T11:00:00"), "CO-E-008") == []


def test_e_008_execution_on_make_up_working_sunday_passes() -> None:
    assert hits(execution_at("2025-09-28T09:00:00", "2025-09-28T11:00:00"), "CO-E-008") == []


def test_e_008_first_working_day_after_national_day_passes() -> None:
    assert hits(execution_at("2025-10-09T09:00:00", "2025-10-09T11:00:00"), "CO-E-008") == []


def test_e_008_labour_day_holiday_fails() -> None:
    assert hits(execution_at("2025-05-05T09:00:00", "2025-05-05T11:00:00"), "CO-E-008") == [("CO-E-008", "S06")]
    assert hits(execution_at("2025-05-06T09:00:00", "2025-05-06T11:00:00"), "CO-E-008") == []


def test_e_008_ordinary_weekend_counts_and_message_says_so() -> None:
    d = execution_at("2025-08-30T09:00:00", "2025-08-30T11:00:00")  # Saturday
    assert hits(d, "CO-E-008") == [("CO-E-008", "S06")]
    assert "周末休息日，按法定节假日对待" in messages(d, "CO-E-008")[0]


def test_e_008_date_only_execution_is_still_judged_for_holidays() -> None:
    assert hits(execution_at(None, None, date="2025-10-02"), "CO-E-008") == [("CO-E-008", "S06")]
    assert hits(execution_at(None, None, date="2025-10-09"), "CO-E-008") == []


def test_e_008_execution_running_into_a_holiday_fails() -> None:
    d = execution_at("2025-09-30T20:00:00", "2025-10-01T01:00:00")
    assert hits(d, "CO-E-008") == [("CO-E-008", "S06")]
    msg = messages(d, "CO-E-008")[0]
    assert "2025-10-01" in msg and "2025-09-30（" not in msg


def test_e_008_emergency_reason_exempts() -> None:
    d = execution_at("2025-10-02T09:00:00", "2025-10-02T11:00:00")
    step(d, "S06")["emergency_reason"] = "违法建筑存在倒塌危险，危及公共安全"
    assert hits(d, "CO-E-008") == []


def test_e_108_meta_is_unconfirmed_warning_with_parameter() -> None:
    meta = next(r.meta for r in RULES if r.meta.id == "CO-E-108")
    assert meta.confidence is Confidence.UNCONFIRMED
    assert meta.severity is Severity.WARNING
    assert meta.parameters == ("night_window",)
    holiday = next(r.meta for r in RULES if r.meta.id == "CO-E-008")
    assert holiday.confidence is Confidence.CONFIRMED and holiday.severity is Severity.ERROR


def test_e_108_execution_at_22_30_fails() -> None:
    d = execution_at("2025-08-26T22:30:00", "2025-08-26T23:30:00")
    assert hits(d, "CO-E-108") == [("CO-E-108", "S06")]
    (finding,) = run(d, "CO-E-108")
    assert finding.severity is Severity.WARNING
    assert "2025-08-26 22:30" in finding.message and "22:00–06:00" in finding.message
    assert hits(d, "CO-E-008") == []  # a Tuesday: the holiday part has nothing to say


def test_e_108_execution_ending_at_21_59_passes() -> None:
    assert hits(execution_at("2025-08-26T20:00:00", "2025-08-26T21:59:00"), "CO-E-108") == []


def test_e_108_execution_ending_exactly_at_22_00_passes() -> None:
    assert hits(execution_at("2025-08-26T20:00:00", "2025-08-26T22:00:00"), "CO-E-108") == []


def test_e_108_execution_spanning_into_the_window_fails() -> None:
    assert hits(execution_at("2025-08-26T20:00:00", "2025-08-26T22:01:00"), "CO-E-108") == [("CO-E-108", "S06")]


def test_e_108_execution_spanning_the_whole_night_fails() -> None:
    assert hits(execution_at("2025-08-26T21:00:00", "2025-08-27T07:00:00"), "CO-E-108") == [("CO-E-108", "S06")]


def test_e_108_early_morning() -> None:
    assert hits(execution_at("2025-08-26T05:30:00", "2025-08-26T07:00:00"), "CO-E-108") == [("CO-E-108", "S06")]
    assert hits(execution_at("2025-08-26T06:00:00", "2025-08-26T08:00:00"), "CO-E-108") == []


def test_e_108_start_time_only() -> None:
    assert hits(execution_at("2025-08-26T23:00:00"), "CO-E-108") == [("CO-E-108", "S06")]
    assert hits(execution_at("2025-08-26T21:00:00"), "CO-E-108") == []


def test_e_108_date_only_cannot_be_judged() -> None:
    assert hits(execution_at(None, None, date="2025-08-26"), "CO-E-108") == []


def test_e_108_emergency_reason_exempts() -> None:
    d = execution_at("2025-08-26T22:30:00", "2025-08-26T23:30:00")
    step(d, "S06")["emergency_reason"] = "违法建筑存在倒塌危险，危及公共安全"
    assert hits(d, "CO-E-108") == []


def test_e_108_reads_the_night_window_from_the_profile(tmp_path: Path) -> None:
    profile = tmp_path / "local.toml"
    profile.write_text(
        '[profile]\nid = "local"\ntitle = "测试"\nextends = "national"\n\n'
        "[parameters.night_window]\nstart = 21:00:00\nend = 07:00:00\n"
        'source = "测试用地方规定"\nconfidence = "unconfirmed"\n',
        encoding="utf-8",
    )
    d = execution_at("2025-08-26T21:30:00", "2025-08-26T21:50:00")
    assert hits(d, "CO-E-108") == []
    assert hits(d, "CO-E-108", profile=str(profile)) == [("CO-E-108", "S06")]
    assert "21:00–07:00" in messages(d, "CO-E-108", profile=str(profile))[0]


def test_night_and_holiday_are_separate_findings() -> None:
    d = execution_at("2025-10-02T22:30:00", "2025-10-02T23:00:00")
    assert hits(d, "CO-E-008", "CO-E-108") == [("CO-E-008", "S06"), ("CO-E-108", "S06")]


# ------------------------------------------------------------------ CO-M-006 party notified to attend


def test_m_006_party_absent_without_witness() -> None:
    d = base_coercive_measure()
    step(d, "S03")["party_present"] = False
    del step(d, "S03")["party_signed"]
    assert hits(d, "CO-M-006") == [("CO-M-006", "S03")]
    assert "当事人未到场，案卷中既没有通知当事人到场的记录，也没有见证人到场" in messages(d, "CO-M-006")[0]


def test_m_006_party_absent_with_witness_passes() -> None:
    d = base_coercive_measure()
    step(d, "S03").update(party_present=False, witness_present=True, witness_signed=True)
    del step(d, "S03")["party_signed"]
    assert hits(d, "CO-M-006") == []


def test_m_006_witness_signature_alone_counts_as_presence() -> None:
    d = base_coercive_measure()
    step(d, "S03").update(party_present=False, witness_signed=True)
    assert hits(d, "CO-M-006") == []
    step(d, "S03")["witness_present"] = False
    assert hits(d, "CO-M-006") == [("CO-M-006", "S03")]


def test_m_006_presence_not_recorded() -> None:
    d = base_coercive_measure()
    del step(d, "S03")["party_present"]
    assert hits(d, "CO-M-006") == [("CO-M-006", "S03")]
    assert "未记录当事人是否到场" in messages(d, "CO-M-006")[0]
    assert run(d, "CO-M-006")[0].severity is Severity.WARNING  # an unrecorded fact, not a breach


def test_m_006_each_measure_step_in_a_punishment_case() -> None:
    d = base_punishment()
    d["steps"].append({"id": "S16", "kind": "seal_up", "date": "2025-03-06", "party_present": True})
    d["steps"].append({"id": "S17", "kind": "seizure", "date": "2025-03-06"})
    assert hits(d, "CO-M-006") == [("CO-M-006", "S17")]


def test_m_006_other_on_site_steps_are_not_judged() -> None:
    d = base_punishment()
    step(d, "S03")["party_present"] = False  # an inspection, not a coercive measure
    assert hits(d, "CO-M-006") == []


# ------------------------------------------------------------------ CO-M-010 on-site record signed


def test_m_010_party_refused_and_refusal_noted_passes() -> None:
    d = base_coercive_measure()
    step(d, "S03").update(party_signed=False, note="当事人拒绝签名，已现场录像")
    assert hits(d, "CO-M-010") == []


def test_m_010_party_did_not_sign_without_note() -> None:
    d = base_coercive_measure()
    step(d, "S03")["party_signed"] = False
    assert hits(d, "CO-M-010") == [("CO-M-010", "S03")]
    assert "当事人未签名，笔录中也未注明当事人拒绝签名的情况" in messages(d, "CO-M-010")[0]


def test_m_010_signature_not_recorded() -> None:
    d = base_coercive_measure()
    del step(d, "S03")["party_signed"]
    assert hits(d, "CO-M-010") == [("CO-M-010", "S03")]
    assert "未记录当事人是否在现场笔录上签名或盖章" in messages(d, "CO-M-010")[0]
    assert run(d, "CO-M-010")[0].severity is Severity.WARNING  # an unrecorded fact, not a breach


def test_m_010_unsigned_record_document() -> None:
    d = base_coercive_measure()
    d["documents"][1]["signed"] = False  # D02, the on-site record
    assert hits(d, "CO-M-010") == [("CO-M-010", "S03")]
    assert "笔录 D02 标记为未签名" in messages(d, "CO-M-010")[0]
    d["documents"][1]["signed"] = True
    assert hits(d, "CO-M-010") == []


def test_m_010_decision_and_inventory_are_not_judged_as_the_record() -> None:
    d = base_coercive_measure()
    d["documents"][2]["signed"] = False  # D03 seizure decision
    d["documents"][3]["signed"] = False  # D04 inventory
    assert hits(d, "CO-M-010") == []


def test_m_010_party_and_officer_problems_in_one_finding() -> None:
    d = base_coercive_measure()
    step(d, "S03")["party_signed"] = False
    d["documents"][1]["signed"] = False
    assert hits(d, "CO-M-010") == [("CO-M-010", "S03")]
    msg = messages(d, "CO-M-010")[0]
    assert "当事人未签名" in msg and "D02" in msg


def test_m_010_absent_party_is_left_to_m_011() -> None:
    d = base_coercive_measure()
    step(d, "S03").update(party_present=False, party_signed=False)
    assert hits(d, "CO-M-010") == []
    d["documents"][1]["signed"] = False
    assert hits(d, "CO-M-010") == [("CO-M-010", "S03")]


# ------------------------------------------------------------------ CO-M-011 witness when the party is absent


def absent_party(**witness: bool) -> dict[str, Any]:
    d = base_coercive_measure()
    s03 = step(d, "S03")
    s03["party_present"] = False
    del s03["party_signed"]
    s03.update(witness)
    return d


def test_m_011_witness_present_and_signed_passes() -> None:
    assert hits(absent_party(witness_present=True, witness_signed=True), "CO-M-011") == []


def test_m_011_witness_signature_implies_presence() -> None:
    assert hits(absent_party(witness_signed=True), "CO-M-011") == []


def test_m_011_no_witness() -> None:
    d = absent_party()
    assert hits(d, "CO-M-011") == [("CO-M-011", "S03")]
    assert "当事人不在场，未邀请见证人到场" in messages(d, "CO-M-011")[0]


def test_m_011_witness_present_but_did_not_sign() -> None:
    d = absent_party(witness_present=True, witness_signed=False)
    assert hits(d, "CO-M-011") == [("CO-M-011", "S03")]
    assert "见证人到场但未在现场笔录上签名或盖章" in messages(d, "CO-M-011")[0]
    d = absent_party(witness_present=True)
    assert hits(d, "CO-M-011") == [("CO-M-011", "S03")]
    assert "未记录见证人是否在现场笔录上签名" in messages(d, "CO-M-011")[0]


def test_m_011_contradictory_witness_record() -> None:
    d = absent_party(witness_present=False, witness_signed=True)
    assert hits(d, "CO-M-011") == [("CO-M-011", "S03")]
    assert "记录相互矛盾" in messages(d, "CO-M-011")[0]


def test_m_011_party_present_or_unrecorded_is_not_judged() -> None:
    d = base_coercive_measure()
    del step(d, "S03")["party_present"]
    assert hits(d, "CO-M-011") == []


def test_m_006_m_010_m_011_together_on_an_absent_party_without_witness() -> None:
    d = absent_party()
    assert hits(d, "CO-M-006", "CO-M-010", "CO-M-011") == [("CO-M-006", "S03"), ("CO-M-011", "S03")]


# ------------------------------------------------------------------ CO-E-004 statements after the demand notice


def with_statement(date: str, **extra: Any) -> dict[str, Any]:
    d = base_enforced_execution()
    d["steps"].append({"id": "S09", "kind": "statement_and_defence", "date": date, **extra})
    return d


def test_e_004_recorded_statement_passes() -> None:
    d = with_statement("2025-08-08", records=[{"document": "D08"}])
    d["documents"].append({"id": "D08", "kind": "statement_record"})
    assert hits(d, "CO-E-004") == []


def test_e_004_unrecorded_statement() -> None:
    d = with_statement("2025-08-08")
    assert hits(d, "CO-E-004") == [("CO-E-004", "S09")]
    msg = messages(d, "CO-E-004")[0]
    assert "S09 陈述、申辩（2025-08-08）" in msg and "S02 催告（2025-08-04）" in msg and "没有文字记录" in msg


def test_e_004_statement_on_the_demand_day_counts() -> None:
    assert hits(with_statement("2025-08-04"), "CO-E-004") == [("CO-E-004", "S09")]


def test_e_004_waiver_needs_no_record() -> None:
    assert hits(with_statement("2025-08-08", waived=True), "CO-E-004") == []


def test_e_004_video_alone_is_not_a_record() -> None:
    assert hits(with_statement("2025-08-08", records=[{"av": "AV01"}]), "CO-E-004") == [("CO-E-004", "S09")]


def test_e_004_statements_before_the_demand_notice_are_not_judged() -> None:
    d = base_punishment()
    step(d, "S09")["records"] = []  # statement on the advance notice: PUN rules, not CO-E-004
    assert hits(d, "CO-E-004") == []
    d["steps"].append({"id": "S16", "kind": "demand_notice", "date": "2025-05-20"})
    d["steps"].append({"id": "S17", "kind": "statement_and_defence", "date": "2025-05-22"})
    assert hits(d, "CO-E-004") == [("CO-E-004", "S17")]


def test_e_004_without_demand_notice_nothing_to_judge() -> None:
    d = with_statement("2025-08-08")
    drop_step(d, "S02")
    drop_step(d, "S03")
    assert hits(d, "CO-E-004") == []


# ------------------------------------------------------------------ CO-E-007 service of demand notice and decision


def test_e_007_demand_notice_not_served_closed_case() -> None:
    d = base_enforced_execution()
    drop_step(d, "S03")
    assert hits(d, "CO-E-007") == [("CO-E-007", "S02")]
    assert messages(d, "CO-E-007")[0] == 'S02 催告（2025-08-04）没有送达记录（应有 of="S02" 的「送达」环节）。'


def test_e_007_execution_decision_not_served_closed_case() -> None:
    d = base_enforced_execution()
    drop_step(d, "S05")
    assert hits(d, "CO-E-007") == [("CO-E-007", "S04")]


def test_e_007_service_of_another_step_does_not_count() -> None:
    d = base_enforced_execution()
    step(d, "S05")["of"] = "S02"
    assert hits(d, "CO-E-007") == [("CO-E-007", "S04")]


def test_e_007_open_case_only_once_a_later_step_presupposes_service() -> None:
    d = base_enforced_execution()
    d["case"]["status"] = "open"
    for sid in ("S03", "S04", "S05", "S06", "S07", "S08"):
        drop_step(d, sid)
    assert hits(d, "CO-E-007") == []  # demand notice issued, service may still follow
    d = base_enforced_execution()
    d["case"]["status"] = "open"
    for sid in ("S03", "S05", "S06", "S07", "S08"):
        drop_step(d, sid)
    # the demand notice was never served, yet the execution decision S04 was made; S04 may still be served
    assert hits(d, "CO-E-007") == [("CO-E-007", "S02")]
    assert "而其后的 S04 强制执行决定（2025-08-20）已经进行" in messages(d, "CO-E-007")[0]


def test_e_007_open_case_execution_before_service_of_decision() -> None:
    d = base_enforced_execution()
    d["case"]["status"] = "open"
    drop_step(d, "S05")
    assert hits(d, "CO-E-007") == [("CO-E-007", "S04")]
    drop_step(d, "S06")
    assert hits(d, "CO-E-007") == []


def test_e_007_in_a_punishment_case_with_execution_steps() -> None:
    d = base_punishment()
    d["steps"].append({"id": "S16", "kind": "demand_notice", "date": "2025-05-20"})
    d["steps"].append({"id": "S17", "kind": "execution_decision", "date": "2025-06-05"})
    d["steps"].append({"id": "S18", "kind": "service", "date": "2025-06-05", "of": "S17"})
    assert hits(d, "CO-E-007") == [("CO-E-007", "S16")]


# ------------------------------------------------------------------ CO-PROXY-003 demand 3 WD before substitute performance


def substitute(demand: str, execution: str, served: str | None = "same") -> dict[str, Any]:
    """A substitute performance S06 on ``execution`` whose reminder S02 (Art 51 para 1 item 2) is dated
    ``demand``, on the day of the 代履行 decision S04 (item 1)."""
    d = base_enforced_execution()
    step(d, "S02")["date"] = demand
    step(d, "S04")["date"] = step(d, "S04")["approved_on"] = demand
    if served is None:
        drop_step(d, "S03")
    else:
        step(d, "S03")["date"] = demand if served == "same" else served
    s06 = step(d, "S06")
    s06["execution_method"] = "substitute_performance"
    s06["start"], s06["end"] = f"{execution}T09:00:00", f"{execution}T11:00:00"
    return d


def test_proxy_003_reminder_must_follow_the_decision() -> None:
    # base: 催告 S02 (08-04, Art 35) before the decision S04 (08-20); Art 51 para 1 item 2 asks for a reminder
    # three days before the substitute performance, after the 代履行 decision (item 1)
    d = base_enforced_execution()
    step(d, "S06")["execution_method"] = "substitute_performance"
    assert hits(d, "CO-PROXY-003") == [("CO-PROXY-003", "S06")]
    assert messages(d, "CO-PROXY-003") == [
        "S06 强制执行（2025-08-26）（代履行）之前没有催告：案卷中没有代履行决定（2025-08-20）之后的催告（催告书）环节。"]
    d["steps"].append({"id": "S09", "kind": "demand_notice", "date": "2025-08-21", "records": [{"document": "D02"}]})
    assert hits(d, "CO-PROXY-003") == []  # 08-21 + 3 WD = 08-26


def test_proxy_003_exactly_three_working_days_over_makeup_sunday() -> None:
    # served Fri 2025-09-26; 3 WD: 09-28 (make-up Sunday), 09-29, 09-30
    assert hits(substitute("2025-09-26", "2025-09-30"), "CO-PROXY-003") == []
    d = substitute("2025-09-26", "2025-09-29")
    assert hits(d, "CO-PROXY-003") == [("CO-PROXY-003", "S06")]
    msg = messages(d, "CO-PROXY-003")[0]
    assert "S02 催告（2025-09-26）于 2025-09-26 经 S03 送达" in msg
    assert "不足 3 个工作日" in msg and "代履行最早可于 2025-09-30 实施" in msg


def test_proxy_003_over_national_day_to_makeup_saturday() -> None:
    # served Tue 2025-09-30; 3 WD: 10-09, 10-10, 10-11 (make-up Saturday)
    assert hits(substitute("2025-09-30", "2025-10-11"), "CO-PROXY-003") == []
    assert hits(substitute("2025-09-30", "2025-10-10"), "CO-PROXY-003") == [("CO-PROXY-003", "S06")]


def test_proxy_003_over_labour_day() -> None:
    # served Wed 2025-04-30; 3 WD: 05-06, 05-07, 05-08
    assert hits(substitute("2025-04-30", "2025-05-08"), "CO-PROXY-003") == []
    assert hits(substitute("2025-04-30", "2025-05-07"), "CO-PROXY-003") == [("CO-PROXY-003", "S06")]


def test_proxy_003_counts_from_service_not_from_the_notice_day() -> None:
    d = substitute("2025-08-18", "2025-08-22", served="2025-08-20")
    assert hits(d, "CO-PROXY-003") == [("CO-PROXY-003", "S06")]
    assert "代履行最早可于 2025-08-25 实施" in messages(d, "CO-PROXY-003")[0]
    assert hits(substitute("2025-08-18", "2025-08-25", served="2025-08-20"), "CO-PROXY-003") == []


def test_proxy_003_without_service_counts_from_the_notice_day() -> None:
    assert hits(substitute("2025-08-18", "2025-08-21", served=None), "CO-PROXY-003") == []
    d = substitute("2025-08-18", "2025-08-20", served=None)
    assert hits(d, "CO-PROXY-003") == [("CO-PROXY-003", "S06")]
    assert "案卷中无送达记录，按催告日计" in messages(d, "CO-PROXY-003")[0]


def test_proxy_003_no_demand_notice_before_the_execution() -> None:
    d = substitute("2025-08-27", "2025-08-26")
    assert hits(d, "CO-PROXY-003") == [("CO-PROXY-003", "S06")]
    assert "之前没有催告" in messages(d, "CO-PROXY-003")[0]


def test_proxy_003_other_methods_and_emergencies_are_not_judged() -> None:
    d = substitute("2025-08-25", "2025-08-26")
    step(d, "S06")["execution_method"] = "auction"
    assert hits(d, "CO-PROXY-003") == []
    d = substitute("2025-08-25", "2025-08-26")
    step(d, "S06")["emergency_reason"] = "河道障碍物危及行洪安全，立即清除"
    assert hits(d, "CO-PROXY-003") == []


@pytest.mark.parametrize(
    ("rule_id", "bases"),
    [
        ("CO-E-004", ["《中华人民共和国行政强制法》第三十六条"]),
        ("CO-E-007", ["《中华人民共和国行政强制法》第三十八条"]),
        ("CO-M-006", ["《中华人民共和国行政强制法》第十八条第（四）项", "《中华人民共和国行政强制法》第十八条第（九）项"]),
        ("CO-M-010", ["《中华人民共和国行政强制法》第十八条第（八）项"]),
        ("CO-M-011", ["《中华人民共和国行政强制法》第十八条第（九）项"]),
        ("CO-PROXY-003", ["《中华人民共和国行政强制法》第五十一条第一款第（二）项", "《中华人民共和国行政强制法》第六十九条"]),
        ("CO-FRZ-003", ["《中华人民共和国行政强制法》第三十一条", "《中华人民共和国行政强制法》第六十九条"]),
        ("CO-FRZ-004", ["《中华人民共和国行政强制法》第三十二条第一款", "《中华人民共和国行政强制法》第三十三条第一款第（四）项"]),
        ("CO-COURT-002", ["《中华人民共和国行政强制法》第五十四条", "《中华人民共和国行政强制法》第六十九条"]),
        ("CO-COURT-003", ["《中华人民共和国行政强制法》第五十五条第二款"]),
        (
            "CO-E-005",
            [
                "《中华人民共和国行政强制法》第三十五条第（一）项",
                "《中华人民共和国行政强制法》第三十七条第一款",
                "《中华人民共和国行政强制法》第三十七条第三款",
            ],
        ),
        (
            "CO-DEM-001",
            [
                "《中华人民共和国行政强制法》第四十四条",
                "《中华人民共和国行政复议法》第二十条第一款",
                "《中华人民共和国行政诉讼法》第四十六条第一款",
            ],
        ),
        (
            "CO-MON-002",
            [
                "《中华人民共和国行政强制法》第四十六条第一款",
                "《中华人民共和国行政处罚法》第六十七条第三款",
                "《中华人民共和国行政处罚法》第六十六条第二款",
                "《中华人民共和国行政处罚法》第七十二条第一款第（一）项",
            ],
        ),
    ],
)
def test_new_rules_meta(rule_id: str, bases: list[str]) -> None:
    meta = next(r.meta for r in RULES if r.meta.id == rule_id)
    assert [str(b) for b in meta.legal_basis] == bases
    assert (meta.severity, meta.confidence) == (Severity.ERROR, Confidence.CONFIRMED)


# ------------------------------------------------------------------ CO-FRZ-003 / CO-FRZ-004 freeze


def freeze_on(start: str, end: str | None, served: str | None = "same") -> dict[str, Any]:
    """The base coercive measure turned into a freeze M1 imposed by the approval step S02 on ``start``.

    The decision D03 is served by S07 (``of="S02"``) on ``served`` ("same": the start day; None: no
    service); the release S04 is on ``end`` (None: no end, no release).
    """
    d = seizure_on(start, end)
    m = measure(d)
    m["kind"], m["step"] = "freeze", "S02"
    m.pop("inventory")
    d["documents"][2]["kind"] = "freeze_decision"
    if served is not None:
        d["steps"].append({"id": "S07", "kind": "service", "date": start if served == "same" else served,
                           "of": "S02", "method": "direct", "records": [{"document": "D05"}]})
    return d


def test_frz_003_served_on_the_day_passes() -> None:
    assert hits(freeze_on("2025-06-03", "2025-06-30"), "CO-FRZ-003") == []


@pytest.mark.parametrize(
    ("start", "served", "expected"),
    [
        # Tue 06-03 + 3 WD = Fri 06-06
        ("2025-06-03", "2025-06-06", []),
        ("2025-06-03", "2025-06-09", [("CO-FRZ-003", "S07")]),
        # Tue 09-30: 10-01..08 National Day; 10-09, 10-10, Saturday 10-11 (make-up working day)
        ("2025-09-30", "2025-10-11", []),
        ("2025-09-30", "2025-10-13", [("CO-FRZ-003", "S07")]),
        # Wed 04-30: 05-01..05 Labour Day; 05-06, 05-07, 05-08
        ("2025-04-30", "2025-05-08", []),
        ("2025-04-30", "2025-05-09", [("CO-FRZ-003", "S07")]),
    ],
)
def test_frz_003_three_working_days_boundaries(start: str, served: str, expected: list[tuple[str, str]]) -> None:
    assert hits(freeze_on(start, None, served), "CO-FRZ-003") == expected


def test_frz_003_late_message_names_deadline_and_delay() -> None:
    (msg,) = messages(freeze_on("2025-09-30", "2025-10-20", "2025-10-13"), "CO-FRZ-003")
    assert msg == (
        "冻结 M1（S02 审批（2025-09-30））自 2025-09-30 冻结，冻结决定书应在 3 个工作日内（至 2025-10-11）交付当事人，"
        "实际于 2025-10-13 经 S07 送达，逾期 2 日。"
    )


def test_frz_003_closed_case_without_service() -> None:
    d = freeze_on("2025-06-03", "2025-06-30", served=None)
    assert hits(d, "CO-FRZ-003") == [("CO-FRZ-003", "S02")]
    assert '案卷中没有送达记录（应有 of="S02" 的「送达」环节）' in messages(d, "CO-FRZ-003")[0]


def test_frz_003_service_of_another_step_does_not_count() -> None:
    d = freeze_on("2025-06-03", "2025-06-30")
    step(d, "S07")["of"] = "S03"
    assert hits(d, "CO-FRZ-003") == [("CO-FRZ-003", "S02")]


def test_frz_003_decision_document_missing_or_unknown() -> None:
    d = freeze_on("2025-06-03", "2025-06-30")
    measure(d).pop("decision_document")
    assert hits(d, "CO-FRZ-003") == [("CO-FRZ-003", "S02")]
    assert "未载明冻结决定书" in messages(d, "CO-FRZ-003")[0]
    d = freeze_on("2025-06-03", "2025-06-30")
    measure(d)["decision_document"] = "D99"
    (finding,) = run(d, "CO-FRZ-003")
    assert (finding.location.step, finding.location.document) == ("S02", "D99")
    assert "引用的冻结决定书 D99 不在案卷文书中" in finding.message
    # both defects: two findings on the same step
    d = freeze_on("2025-06-03", "2025-06-30", served=None)
    measure(d).pop("decision_document")
    assert hits(d, "CO-FRZ-003") == [("CO-FRZ-003", "S02"), ("CO-FRZ-003", "S02")]


def _open_freeze(served: str | None = None) -> dict[str, Any]:
    d = freeze_on("2025-06-03", None, served)
    d["case"]["status"] = "open"
    drop_step(d, "S05")
    drop_step(d, "S06")
    return d


@pytest.mark.parametrize(
    ("as_of", "expected"),
    [
        # freeze Tue 06-03, due Fri 06-06; national alert window 3 working days
        ("2025-06-03", [("S02", "yellow", "warning")]),
        ("2025-06-06", [("S02", "yellow", "warning")]),
        ("2025-06-07", [("S02", "red", "error")]),
    ],
)
def test_frz_003_open_case_without_service_alerts(as_of: str, expected: list[tuple[str, str, str]]) -> None:
    assert alerts(_open_freeze(), "CO-FRZ-003", dt.date.fromisoformat(as_of)) == expected


def test_frz_003_open_case_alert_before_the_window_and_messages() -> None:
    # freeze Tue 09-30, due Sat 10-11 (make-up working day): on Fri 09-26 it is not yet imposed;
    # on 09-30 the working days left are 10-09, 10-10, 10-11 (3) → yellow
    d = freeze_on("2025-09-30", None, served=None)
    d["case"]["status"] = "open"
    drop_step(d, "S05")
    drop_step(d, "S06")
    assert alerts(d, "CO-FRZ-003", dt.date(2025, 9, 30)) == [("S02", "yellow", "warning")]
    (yellow,) = messages(d, "CO-FRZ-003", as_of=dt.date(2025, 10, 9))
    assert "截至 2025-10-09 没有送达记录" in yellow
    assert "（黄色预警）距期限届满还有 2 个工作日（期限 2025-10-11）" in yellow
    (red,) = messages(d, "CO-FRZ-003", as_of=dt.date(2025, 10, 14))
    assert "（红色预警）已超过期限 3 日" in red


def test_frz_003_open_case_with_late_service_is_a_plain_finding() -> None:
    assert alerts(_open_freeze("2025-06-09"), "CO-FRZ-003", dt.date(2025, 6, 20)) == [("S07", None, "error")]
    assert hits(_open_freeze("2025-06-06"), "CO-FRZ-003", as_of=dt.date(2025, 6, 20)) == []


def test_frz_003_closed_case_never_carries_an_alert() -> None:
    d = freeze_on("2025-06-03", None, served=None)
    assert alerts(d, "CO-FRZ-003", dt.date(2025, 6, 4)) == [("S02", None, "error")]


def test_frz_003_each_freeze_is_judged_and_seizures_are_not() -> None:
    d = freeze_on("2025-06-03", "2025-06-30")
    d["measures"].append({**measure(d), "id": "M2", "step": "S03"})  # S03 never served
    assert hits(d, "CO-FRZ-003") == [("CO-FRZ-003", "S03")]
    d["measures"][1]["kind"] = "seizure"
    assert hits(d, "CO-FRZ-003") == []


def test_frz_004_exactly_30_days_passes_31_fails() -> None:
    # 2025-06-03 + 30 d = Thu 07-03
    assert hits(freeze_on("2025-06-03", "2025-07-03"), "CO-FRZ-004") == []
    d = freeze_on("2025-06-03", "2025-07-04")
    assert hits(d, "CO-FRZ-004") == [("CO-FRZ-004", "S02")]
    (msg,) = messages(d, "CO-FRZ-004")
    assert msg == (
        "冻结 M1（S02 审批（2025-06-03））自 2025-06-03 起算，期限届满日 2025-07-03（法定期限30日），"
        "实际解除或处理日 2025-07-04，超期 1 日。"
    )


def test_frz_004_last_day_on_national_day_moves() -> None:
    # 2025-09-01 + 30 d = 10-01 (holiday) → 10-09
    assert hits(freeze_on("2025-09-01", "2025-10-09"), "CO-FRZ-004") == []
    assert hits(freeze_on("2025-09-01", "2025-10-10"), "CO-FRZ-004") == [("CO-FRZ-004", "S02")]


def test_frz_004_approved_extension_counts() -> None:
    # original end Thu 07-03; +30 d = Sat 08-02 → Mon 08-04
    d = freeze_on("2025-06-03", "2025-08-04")
    d["steps"].append(extension("S08", "2025-07-01"))
    assert hits(d, "CO-FRZ-004") == []
    d = freeze_on("2025-06-03", "2025-08-05")
    d["steps"].append(extension("S08", "2025-07-01"))
    assert hits(d, "CO-FRZ-004") == [("CO-FRZ-004", "S02")]
    assert "经 S08 批准延长 30 日，末日 2025-08-02 为非工作日，顺延至 2025-08-04" in messages(d, "CO-FRZ-004")[0]


def test_frz_004_extension_beyond_the_cap_names_freeze() -> None:
    d = freeze_on("2025-06-03", "2025-08-04")
    d["steps"] += [extension("S08", "2025-07-01"), extension("S09", "2025-08-01", days=10)]
    assert hits(d, "CO-FRZ-004") == [("CO-FRZ-004", "S09")]
    (msg,) = messages(d, "CO-FRZ-004")
    assert "S09 延长冻结期限（2025-08-01）" in msg and "与此前的延长合计超过法定上限30日" in msg and "查封" not in msg


def test_frz_004_unapproved_or_late_extension_does_not_count() -> None:
    d = freeze_on("2025-06-03", "2025-08-04")
    d["steps"].append(extension("S08", "2025-07-01", approved_on=None))
    assert hits(d, "CO-FRZ-004") == [("CO-FRZ-004", "S02"), ("CO-FRZ-004", "S08")]
    assert "没有行政机关负责人批准的记录" in messages(d, "CO-FRZ-004")[1]
    d = freeze_on("2025-06-03", "2025-08-04")
    d["steps"].append(extension("S08", "2025-07-04"))
    assert hits(d, "CO-FRZ-004") == [("CO-FRZ-004", "S02"), ("CO-FRZ-004", "S08")]


def test_frz_004_testing_periods_are_never_deducted() -> None:
    excluded = {"start": "2025-06-10", "end": "2025-06-14", "reason": "账户资金来源鉴定", "notified": True}
    d = freeze_on("2025-06-03", "2025-07-08")
    measure(d)["excluded_periods"] = [excluded]
    assert hits(d, "CO-FRZ-004") == [("CO-FRZ-004", "S02")]
    (msg,) = messages(d, "CO-FRZ-004")
    assert "期限届满日 2025-07-03" in msg
    assert "记录的期间 2025-06-10 至 2025-06-14（账户资金来源鉴定）不予扣除（冻结期限没有扣除检测等期间的规定）" in msg
    # the same period on a seizure is deducted (Art 25 para 3): 5 days, end 07-08 passes
    d = seizure_on("2025-06-03", "2025-07-08")
    measure(d)["excluded_periods"] = [excluded]
    assert hits(d, "CO-SEAL-006") == []


@pytest.mark.parametrize(
    ("as_of", "expected"),
    [
        ("2025-06-29", []),
        ("2025-06-30", [("S02", "yellow", "warning")]),
        ("2025-07-03", [("S02", "yellow", "warning")]),
        ("2025-07-04", [("S02", "red", "error")]),
    ],
)
def test_frz_004_open_case_without_end_alerts(as_of: str, expected: list[tuple[str, str, str]]) -> None:
    assert alerts(_open_freeze("2025-06-03"), "CO-FRZ-004", dt.date.fromisoformat(as_of)) == expected


def test_frz_004_closed_case_without_end_is_a_finding() -> None:
    d = freeze_on("2025-06-03", None)
    assert hits(d, "CO-FRZ-004") == [("CO-FRZ-004", "S02")]
    assert "已结案但未记录解除或处理日期" in messages(d, "CO-FRZ-004")[0]


def test_frz_004_and_seal_006_split_by_measure_kind() -> None:
    assert hits(freeze_on("2025-06-03", "2025-07-04"), "CO-SEAL-006") == []
    assert hits(seizure_on("2025-06-03", "2025-07-04"), "CO-FRZ-004") == []


# ------------------------------------------------------------------ CO-COURT-002 / CO-COURT-003 court application


def court(demand: str, applied: str, served: str | None = "same", signer: str | None = "O9") -> dict[str, Any]:
    """The base enforced execution turned into a court application S09 on ``applied`` after the demand S02."""
    d = base_enforced_execution()
    for sid in ("S04", "S05", "S06"):
        drop_step(d, sid)
    step(d, "S02")["date"] = demand
    if served is None:
        drop_step(d, "S03")
    else:
        step(d, "S03")["date"] = demand if served == "same" else served
    application: dict[str, Any] = {"id": "S09", "kind": "court_application", "date": applied,
                                   "records": [{"document": "D04"}]}
    if signer is not None:
        application["approved_by"] = signer
    d["steps"].append(application)
    return d


def test_court_002_and_003_compliant_application_passes() -> None:
    d = court("2025-08-04", "2025-08-19")
    assert hits(d, "CO-COURT-002", "CO-COURT-003") == []


@pytest.mark.parametrize(
    ("demand", "served", "applied", "expected"),
    [
        # Mon 08-04 + 10 WD = Mon 08-18: applying on the last day is too early
        ("2025-08-04", "same", "2025-08-18", [("CO-COURT-002", "S09")]),
        ("2025-08-04", "same", "2025-08-19", []),
        # counted from the service (Wed 08-06 + 10 WD = Wed 08-20)
        ("2025-08-04", "2025-08-06", "2025-08-20", [("CO-COURT-002", "S09")]),
        ("2025-08-04", "2025-08-06", "2025-08-21", []),
        # Tue 09-30: 10-09, 10-10, Sat 10-11 (make-up), 10-13 .. 10-17, 10-20, 10-21
        ("2025-09-30", "same", "2025-10-21", [("CO-COURT-002", "S09")]),
        ("2025-09-30", "same", "2025-10-22", []),
        # Wed 04-30: 05-06 .. 05-09, 05-12 .. 05-16, 05-19 = 10th
        ("2025-04-30", "same", "2025-05-19", [("CO-COURT-002", "S09")]),
        ("2025-04-30", "same", "2025-05-20", []),
    ],
)
def test_court_002_ten_working_days_boundaries(
    demand: str, served: str, applied: str, expected: list[tuple[str, str]]
) -> None:
    assert hits(court(demand, applied, served), "CO-COURT-002") == expected


def test_court_002_message() -> None:
    (msg,) = messages(court("2025-09-30", "2025-10-21"), "CO-COURT-002")
    assert msg == (
        "S02 催告（2025-09-30）于 2025-09-30 经 S03 送达，10 个工作日至 2025-10-21 届满，"
        "S09 申请法院强制执行（2025-10-21）不在届满之后：应在 2025-10-21 之后申请。"
    )


def test_court_002_without_service_counts_from_the_notice_day() -> None:
    assert hits(court("2025-08-04", "2025-08-19", served=None), "CO-COURT-002") == []
    d = court("2025-08-04", "2025-08-18", served=None)
    assert hits(d, "CO-COURT-002") == [("CO-COURT-002", "S09")]
    assert "案卷中无送达记录，按催告日计" in messages(d, "CO-COURT-002")[0]


def test_court_002_no_demand_before_the_application() -> None:
    d = court("2025-08-20", "2025-08-19")  # the only demand comes after the application
    assert hits(d, "CO-COURT-002") == [("CO-COURT-002", "S09")]
    assert "S09 申请法院强制执行（2025-08-19）之前没有催告" in messages(d, "CO-COURT-002")[0]
    drop_step(d, "S02")
    drop_step(d, "S03")
    assert hits(d, "CO-COURT-002") == [("CO-COURT-002", "S09")]


def test_court_002_earliest_of_several_demands_and_each_application() -> None:
    d = court("2025-08-04", "2025-08-19")
    d["steps"].append({"id": "S10", "kind": "demand_notice", "date": "2025-08-15"})
    d["steps"].append({"id": "S11", "kind": "court_application", "date": "2025-08-12", "approved_by": "O9"})
    # S09: S02 served 08-04 suffices; S11 on 08-12 is before 08-18
    assert hits(d, "CO-COURT-002") == [("CO-COURT-002", "S11")]


def test_court_002_no_application_nothing_to_judge() -> None:
    d = base_enforced_execution()
    drop_step(d, "S02")
    assert hits(d, "CO-COURT-002", "CO-COURT-003") == []


def test_court_003_signer_missing_wrong_role_unknown() -> None:
    d = court("2025-08-04", "2025-08-19", signer=None)
    assert hits(d, "CO-COURT-003") == [("CO-COURT-003", "S09")]
    assert messages(d, "CO-COURT-003") == ["S09 申请法院强制执行（2025-08-19）：没有行政机关负责人签名的记录（approved-by）。"]
    d = court("2025-08-04", "2025-08-19", signer="O1")
    assert hits(d, "CO-COURT-003") == [("CO-COURT-003", "S09")]
    assert "签名人 O1 陈立新的身份为主办执法人员，不是行政机关负责人" in messages(d, "CO-COURT-003")[0]
    d = court("2025-08-04", "2025-08-19", signer="O7")
    assert "签名人 O7 不在案卷人员名单中" in messages(d, "CO-COURT-003")[0]


def test_court_003_signature_date() -> None:
    d = court("2025-08-04", "2025-08-19")
    step(d, "S09")["approved_on"] = "2025-08-19"
    assert hits(d, "CO-COURT-003") == []
    step(d, "S09")["approved_on"] = "2025-08-20"
    assert hits(d, "CO-COURT-003") == [("CO-COURT-003", "S09")]
    assert "签名日期 2025-08-20 晚于申请日 2025-08-19" in messages(d, "CO-COURT-003")[0]
    step(d, "S09")["approved_by"] = "O2"
    (msg,) = messages(d, "CO-COURT-003")
    assert "不是行政机关负责人；签名日期 2025-08-20 晚于申请日" in msg


# ------------------------------------------------------------------ CO-COURT-001 three months after the remedy periods (1.2)


def fine_to_court(applied: str | None, **extra: Any) -> dict[str, Any]:
    """The base punishment, fine unpaid and case still open, with court application S16 on ``applied``.

    Decision S10 served Tue 2025-04-22: the six months end Wed 2025-10-22, the three months Thu 2026-01-22.
    """
    d = base_punishment()
    d["schema_version"] = "1.2"
    d["case"]["status"] = "open"
    for sid in ("S13", "S14", "S15"):
        drop_step(d, sid)
    if applied is not None:
        d["steps"].append({"id": "S16", "kind": "court_application", "date": applied, "approved_by": "O9", **extra})
    return d


@pytest.mark.parametrize(
    ("applied", "expected"),
    [
        ("2025-10-22", [("CO-COURT-001", "S16")]),  # the party may still sue on the last day
        ("2025-10-23", []),
        ("2026-01-22", []),
        ("2026-01-23", [("CO-COURT-001", "S16")]),
    ],
)
def test_court_001_window_boundaries(applied: str, expected: list[tuple[str, str]]) -> None:
    assert hits(fine_to_court(applied), "CO-COURT-001") == expected


def test_court_001_too_early_and_too_late_messages() -> None:
    d = fine_to_court("2025-10-20", of="S10")
    findings = run(d, "CO-COURT-001")
    assert [(f.rule_id, f.location.step, f.severity, f.alert) for f in findings] == [
        ("CO-COURT-001", "S16", Severity.ERROR, None)
    ]
    assert findings[0].message == (
        "S16 申请法院强制执行（2025-10-20）过早：S10 处罚决定（2025-04-21）于 2025-04-22 经 S11 送达，"
        "复议期限60日、起诉期限6个月至 2025-10-22 届满；当事人在法定期限内不申请复议、不起诉又不履行的，"
        "方可自期限届满之日起申请（最早可于 2025-10-23）。"
    )
    (msg,) = messages(fine_to_court("2026-02-02"), "CO-COURT-001")
    assert msg == (
        "S16 申请法院强制执行（2026-02-02）超过申请期限：S10 处罚决定（2025-04-21）于 2025-04-22 经 S11 送达，"
        "复议期限60日、起诉期限6个月至 2025-10-22 届满，三个月至 2026-01-22 届满，逾期 11 日。"
    )


def test_court_001_compliant_application() -> None:
    d = fine_to_court("2025-11-10", of="S10")
    assert hits(d, "CO-COURT-001") == []


def test_court_001_six_months_ending_on_a_holiday_move() -> None:
    # served Tue 2025-04-01: six months end on National Day 10-01, moved to Thu 10-09
    d = fine_to_court("2025-10-09")
    step(d, "S11")["date"] = "2025-04-01"
    step(d, "S10")["date"] = step(d, "S10")["approved_on"] = "2025-03-31"
    assert hits(d, "CO-COURT-001") == [("CO-COURT-001", "S16")]
    step(d, "S16")["date"] = "2025-10-10"
    assert hits(d, "CO-COURT-001") == []


def test_court_001_emergency_application_is_not_too_early() -> None:
    d = fine_to_court("2025-06-03", emergency_reason="当事人正在转移财产，危及公共安全，申请立即执行")
    assert hits(d, "CO-COURT-001") == []


def test_court_001_runs_from_the_end_of_an_approved_deferral() -> None:
    d = fine_to_court("2025-11-10")
    d["steps"] += [
        {"id": "S17", "kind": "payment_deferral_request", "date": "2025-04-25", "of": "S10"},
        {"id": "S18", "kind": "payment_deferral", "date": "2025-04-28", "of": "S17", "deadline": "2025-12-31"},
    ]
    assert hits(d, "CO-COURT-001") == [("CO-COURT-001", "S16")]
    assert "经S18 批准暂缓（分期）缴纳罚款（2025-04-28）批准暂缓或分期缴纳至 2025-12-31 止" in messages(d, "CO-COURT-001")[0]
    step(d, "S16")["date"] = "2026-03-31"
    assert hits(d, "CO-COURT-001") == []
    step(d, "S16")["date"] = "2026-04-01"
    assert hits(d, "CO-COURT-001") == [("CO-COURT-001", "S16")]


def test_court_001_decision_served_on_in_an_enforced_execution_dossier() -> None:
    d = court("2025-08-04", "2025-08-19")
    d["schema_version"] = "1.2"
    assert hits(d, "CO-COURT-001") == []  # no decision and no service date: not judged
    step(d, "S09")["decision_served_on"] = "2025-01-10"  # six months end 07-10, three months 10-10
    assert hits(d, "CO-COURT-001") == []
    # served 2024-11-10: six months end Sat 2025-05-10, moved to Mon 05-12; three months end Tue 08-12
    step(d, "S09")["decision_served_on"] = "2024-11-10"
    assert hits(d, "CO-COURT-001") == [("CO-COURT-001", "S09")]
    assert messages(d, "CO-COURT-001") == [
        "S09 申请法院强制执行（2025-08-19）超过申请期限：S09 申请法院强制执行（2025-08-19）载明据以执行的决定于 "
        "2024-11-10 送达，复议期限60日、起诉期限6个月至 2025-05-12 届满，三个月至 2025-08-12 届满，逾期 7 日。"
    ]
    # the same date on the demand notice
    del step(d, "S09")["decision_served_on"]
    step(d, "S02")["decision_served_on"] = "2024-11-10"
    assert hits(d, "CO-COURT-001") == [("CO-COURT-001", "S09")]


def test_court_001_open_case_alerts() -> None:
    d = fine_to_court(None)
    assert hits(d, "CO-COURT-001", as_of=dt.date(2026, 1, 16)) == []
    findings = run(d, "CO-COURT-001", as_of=dt.date(2026, 1, 19))
    assert [(f.rule_id, f.location.step, f.alert) for f in findings] == [("CO-COURT-001", "S10", Alert.YELLOW)]
    findings = run(d, "CO-COURT-001", as_of=dt.date(2026, 1, 23))
    assert [(f.rule_id, f.location.step, f.alert) for f in findings] == [("CO-COURT-001", "S10", Alert.RED)]
    assert findings[0].message == (
        "S10 处罚决定（2025-04-21）于 2025-04-22 经 S11 送达，复议期限60日、起诉期限6个月至 2025-10-22 届满，"
        "当事人未履行，案卷中没有强制执行或者申请人民法院强制执行的记录：没有行政强制执行权的，应在 2025-10-22 之后、"
        "2026-01-22 前申请人民法院强制执行（红色预警）已超过期限 1 日。"
    )


def test_court_001_open_case_paid_enforced_or_closed_has_no_alert() -> None:
    late = dt.date(2026, 2, 1)
    d = fine_to_court(None)
    d["steps"].append({"id": "S13", "kind": "payment", "date": "2025-12-01"})
    assert hits(d, "CO-COURT-001", as_of=late) == []
    d = fine_to_court(None)
    d["steps"].append({"id": "S16", "kind": "execution", "date": "2025-11-03", "execution_method": "surcharge"})
    assert hits(d, "CO-COURT-001", as_of=late) == []
    d = fine_to_court(None)
    d["case"]["status"] = "closed"
    assert hits(d, "CO-COURT-001", as_of=late) == []


# ------------------------------------------------------------------ CO-MON-001 surcharge standard told, within the principal (1.2)


def surcharge_case(told: bool | None = True, amount: str | None = "3000", surcharge: str | None = "500") -> dict[str, Any]:
    """The base enforced execution (1.2) whose execution S06 is a surcharge after demand notice S02."""
    d = base_enforced_execution()
    d["schema_version"] = "1.2"
    if amount is not None:
        step(d, "S02")["amount"] = amount
    if told is not None:
        step(d, "S02")["surcharge_told"] = told
    step(d, "S06")["execution_method"] = "surcharge"
    if surcharge is not None:
        step(d, "S06")["surcharge"] = surcharge
    return d


def test_mon_001_told_and_within_the_principal() -> None:
    assert hits(surcharge_case(), "CO-MON-001") == []


def test_mon_001_standard_not_told() -> None:
    findings = run(surcharge_case(told=None), "CO-MON-001")
    assert [(f.rule_id, f.location.step, f.severity) for f in findings] == [("CO-MON-001", "S06", Severity.ERROR)]
    assert findings[0].message == (
        "S06 强制执行（2025-08-26）加处罚款或者滞纳金，但案卷中没有该日或之前载明已告知加处标准（surcharge-told）的决定或催告。"
    )
    assert messages(surcharge_case(told=False), "CO-MON-001") == [
        "S06 强制执行（2025-08-26）加处罚款或者滞纳金，但S02 催告（2025-08-04）载明未告知。"
    ]
    # the method alone counts as a surcharge; format 1.1 cannot record the telling
    d = surcharge_case(told=None, surcharge=None)
    assert hits(d, "CO-MON-001") == [("CO-MON-001", "S06")]
    d["schema_version"] = "1.1"
    assert hits(d, "CO-MON-001") == []


def test_mon_001_surcharge_above_the_principal() -> None:
    d = surcharge_case(surcharge="3000.5")
    assert hits(d, "CO-MON-001") == [("CO-MON-001", "S06")]
    assert messages(d, "CO-MON-001") == [
        "S06 强制执行（2025-08-26）加处罚款或者滞纳金 3000.5 元，超出S02 催告（2025-08-04）载明的金钱给付义务 3000 元。"
    ]
    d = surcharge_case(surcharge="2000")
    d["steps"].append({"id": "S09", "kind": "payment", "date": "2025-09-01", "surcharge": "1500"})
    d["steps"].append({"id": "S10", "kind": "payment", "date": "2025-09-02", "surcharge": "1600"})
    assert hits(d, "CO-MON-001") == [("CO-MON-001", "S10")]
    assert "连同此前缴纳的共 3100 元" in messages(d, "CO-MON-001")[0]


def test_mon_001_leaves_the_cap_of_a_fine_to_pun_pay_005() -> None:
    d = base_punishment()
    d["schema_version"] = "1.2"
    step(d, "S10")["surcharge_told"] = True
    d["steps"].append({"id": "S16", "kind": "demand_notice", "date": "2025-05-12", "amount": "3000"})
    step(d, "S13").update(date="2025-09-01", surcharge="5000")
    assert hits(d, "CO-MON-001") == []


# ------------------------------------------------------------------ CO-MON-002 surcharge before enforcement


def enforced_fine(executed: str, method: str = "transfer_of_deposits", decided: str = "2025-04-21",
                  served: str | None = "2025-04-22") -> dict[str, Any]:
    """The base punishment, fine unpaid, enforced by execution S16 on ``executed``."""
    d = base_punishment()
    drop_step(d, "S13")
    step(d, "S10")["date"] = step(d, "S10")["approved_on"] = decided
    if served is None:
        drop_step(d, "S11")
    else:
        step(d, "S11")["date"] = served
    d["steps"].append({"id": "S16", "kind": "execution", "date": executed, "execution_method": method,
                       "officers": ["O1", "O2"], "records": [{"document": "D11"}]})
    return d


@pytest.mark.parametrize(
    ("decided", "served", "executed", "expected"),
    [
        # served Tue 04-22: payment due Wed 05-07; surcharge 05-08..06-06 = 30 days; earliest 06-07
        ("2025-04-21", "2025-04-22", "2025-06-06", [("CO-MON-002", "S16")]),
        ("2025-04-21", "2025-04-22", "2025-06-07", []),
        # served Tue 09-16: due 10-01 (holiday) moved to Thu 10-09; earliest 11-09
        ("2025-09-15", "2025-09-16", "2025-11-08", [("CO-MON-002", "S16")]),
        ("2025-09-15", "2025-09-16", "2025-11-09", []),
        # served Fri 04-18: due 05-03 (Labour Day) moved to Tue 05-06; earliest 06-06
        ("2025-04-17", "2025-04-18", "2025-06-05", [("CO-MON-002", "S16")]),
        ("2025-04-17", "2025-04-18", "2025-06-06", []),
    ],
)
def test_mon_002_surcharge_must_run_more_than_30_days(
    decided: str, served: str, executed: str, expected: list[tuple[str, str]]
) -> None:
    assert hits(enforced_fine(executed, decided=decided, served=served), "CO-MON-002") == expected


def test_mon_002_message() -> None:
    (msg,) = messages(enforced_fine("2025-06-06"), "CO-MON-002")
    assert msg == (
        "S16 强制执行（2025-06-06）（划拨存款、汇款）过早：S10 处罚决定（2025-04-21）经 S11 于 2025-04-22 送达，"
        "罚款缴纳期限15日至 2025-05-07 届满，次日起加处罚款；至执行日加处罚款仅 30 日，须超过30日，"
        "最早可于 2025-06-07 执行。"
    )


def test_mon_002_counts_from_an_approved_deferral() -> None:
    # format 1.2: payment deferred to 2025-07-31 on application; surcharge from 08-01, earliest 08-31
    d = enforced_fine("2025-08-30")
    d["schema_version"] = "1.2"
    d["steps"] += [
        {"id": "S17", "kind": "payment_deferral_request", "date": "2025-04-25", "of": "S10"},
        {"id": "S18", "kind": "payment_deferral", "date": "2025-04-28", "of": "S17", "deadline": "2025-07-31"},
    ]
    assert hits(d, "CO-MON-002") == [("CO-MON-002", "S16")]
    (msg,) = messages(d, "CO-MON-002")
    assert "经S18 批准暂缓（分期）缴纳罚款（2025-04-28）批准暂缓或分期缴纳，缴纳期限至 2025-07-31 届满" in msg
    assert "最早可于 2025-08-31 执行" in msg
    step(d, "S16")["date"] = "2025-08-31"
    assert hits(d, "CO-MON-002") == []


def test_mon_002_auction_is_judged_surcharge_and_others_are_not() -> None:
    assert hits(enforced_fine("2025-06-06", method="auction"), "CO-MON-002") == [("CO-MON-002", "S16")]
    assert "（拍卖）过早" in messages(enforced_fine("2025-06-06", method="auction"), "CO-MON-002")[0]
    for method in ("surcharge", "substitute_performance", "other"):
        assert hits(enforced_fine("2025-05-08", method=method), "CO-MON-002") == []


def test_mon_002_without_service_counts_from_the_decision_day() -> None:
    # decision Mon 04-21: due Tue 05-06; earliest 06-06
    assert hits(enforced_fine("2025-06-06", served=None), "CO-MON-002") == []
    d = enforced_fine("2025-06-05", served=None)
    assert hits(d, "CO-MON-002") == [("CO-MON-002", "S16")]
    assert "（案卷中无送达记录，按决定日计）" in messages(d, "CO-MON-002")[0]


def test_mon_002_not_judged_without_a_fine_decision_before_the_execution() -> None:
    d = enforced_fine("2025-05-20")
    step(d, "S10")["penalties"] = [{"kind": "warning"}]
    assert hits(d, "CO-MON-002") == []
    d = enforced_fine("2025-05-20")
    drop_step(d, "S10")
    drop_step(d, "S11")
    assert hits(d, "CO-MON-002") == []
    # a decision dated after the execution is not the one enforced
    d = enforced_fine("2025-04-20")
    assert hits(d, "CO-MON-002") == []


def test_mon_002_old_law_decision_says_so() -> None:
    # served Tue 2021-03-02: due Wed 03-17; earliest 04-17
    d = enforced_fine("2021-04-16", decided="2021-03-01", served="2021-03-02")
    assert hits(d, "CO-MON-002") == [("CO-MON-002", "S16")]
    assert "罚款缴纳期限15日（2017年修正文本第四十六条第三款）至 2021-03-17 届满" in messages(d, "CO-MON-002")[0]
    assert hits(enforced_fine("2021-04-17", decided="2021-03-01", served="2021-03-02"), "CO-MON-002") == []


def test_mon_002_each_execution_and_the_most_lenient_decision() -> None:
    d = enforced_fine("2025-06-06")
    d["steps"].append({"id": "S17", "kind": "execution", "date": "2025-07-01", "execution_method": "auction",
                       "officers": ["O1", "O2"]})
    assert hits(d, "CO-MON-002") == [("CO-MON-002", "S16")]
    # an earlier fine decision (no service: 03-20 + 15 d = 04-04, Qingming, moved to 04-07; earliest 05-08)
    # makes S16 possible
    d["steps"].append({"id": "S18", "kind": "decision", "date": "2025-03-20",
                       "penalties": [{"kind": "fine", "amount": "500"}]})
    assert hits(d, "CO-MON-002") == []


# ------------------------------------------------------------------ CO-E-005 decision after the demand deadline


def demand_deadline(deadline: str | None, decided: str = "2025-08-20") -> dict[str, Any]:
    """The base enforced execution with the demand notice S02 (2025-08-04) setting ``deadline``."""
    d = base_enforced_execution()
    if deadline is not None:
        step(d, "S02")["deadline"] = deadline
    step(d, "S04")["date"] = step(d, "S04")["approved_on"] = decided
    return d


@pytest.mark.parametrize(
    ("deadline", "decided", "expected"),
    [
        ("2025-08-19", "2025-08-20", []),
        ("2025-08-20", "2025-08-20", [("CO-E-005", "S04")]),  # the party may still perform on the last day
        ("2025-08-20", "2025-08-21", []),
        ("2025-08-29", "2025-08-20", [("CO-E-005", "S04")]),
        # the recorded deadline is taken as written, even on a holiday (National Day 2025-10-01)
        ("2025-10-01", "2025-10-02", []),
        ("2025-10-01", "2025-10-01", [("CO-E-005", "S04")]),
        (None, "2025-08-05", []),  # no deadline recorded: not judged
    ],
)
def test_e_005_decision_after_the_deadline(deadline: str | None, decided: str, expected: list[tuple[str, str]]) -> None:
    assert hits(demand_deadline(deadline, decided), "CO-E-005") == expected


def test_e_005_message() -> None:
    (msg,) = messages(demand_deadline("2025-08-22"), "CO-E-005")
    assert msg == (
        "S04 强制执行决定（2025-08-20）作出时催告期限尚未届满：S02 催告（2025-08-04）限当事人于 2025-08-22 前履行，"
        "强制执行决定最早可于 2025-08-23 作出；决定未载明当事人有转移或者隐匿财物迹象等立即强制执行的理由（emergency-reason）。"
    )


def test_e_005_emergency_reason_allows_an_immediate_decision() -> None:
    d = demand_deadline("2025-08-29")
    step(d, "S04")["emergency_reason"] = "有证据证明当事人正在转移库存货物"
    assert hits(d, "CO-E-005") == []


def test_e_005_latest_deadline_of_earlier_notices_counts() -> None:
    d = demand_deadline("2025-08-10")
    d["steps"].append({"id": "S09", "kind": "demand_notice", "date": "2025-08-11", "deadline": "2025-08-25",
                       "records": [{"document": "D02"}]})
    assert hits(d, "CO-E-005") == [("CO-E-005", "S04")]
    assert "S09 催告（2025-08-11）限当事人于 2025-08-25 前履行" in messages(d, "CO-E-005")[0]
    # a notice on the decision day (CO-E-003's matter) or later does not count here
    d = demand_deadline("2025-08-10")
    d["steps"].append({"id": "S09", "kind": "demand_notice", "date": "2025-08-20", "deadline": "2025-08-30"})
    assert hits(d, "CO-E-005") == []
    # an earlier notice without a deadline does not hide a later one with a deadline
    d = demand_deadline(None)
    d["steps"].append({"id": "S09", "kind": "demand_notice", "date": "2025-08-11", "deadline": "2025-08-20"})
    assert hits(d, "CO-E-005") == [("CO-E-005", "S04")]


def test_e_005_each_decision_is_judged() -> None:
    d = demand_deadline("2025-08-15")
    d["steps"].append({"id": "S09", "kind": "execution_decision", "date": "2025-08-15", "approved_by": "O9",
                       "approved_on": "2025-08-15"})
    d["steps"].append({"id": "S10", "kind": "execution_decision", "date": "2025-08-12", "approved_by": "O9",
                       "approved_on": "2025-08-12", "emergency_reason": "当事人隐匿财物"})
    assert hits(d, "CO-E-005") == [("CO-E-005", "S09")]


# ------------------------------------------------------------------ CO-DEM-001 forced demolition


def demolition(executed: str = "2025-08-26", announced: str | None = "2025-08-10",
               deadline: str | None = "2025-08-25") -> dict[str, Any]:
    """The base enforced execution turned into a demolition S06 on ``executed`` after announcement S09."""
    d = base_enforced_execution()
    d["schema_version"] = "1.1"
    s06 = step(d, "S06")
    s06["execution_method"] = "demolition"
    s06["start"], s06["end"] = f"{executed}T09:00:00", f"{executed}T11:00:00"
    if announced is not None:
        ann: dict[str, Any] = {"id": "S09", "kind": "announcement", "date": announced, "records": [{"document": "D02"}]}
        if deadline is not None:
            ann["deadline"] = deadline
        d["steps"].append(ann)
    return d


def served_demolition(served: str, executed: str) -> dict[str, Any]:
    """The base punishment (a 限期拆除 decision S10 served by S11 on ``served``) ending in demolition S17."""
    d = base_punishment()
    d["schema_version"] = "1.1"
    drop_step(d, "S13")
    step(d, "S11")["date"] = served
    step(d, "S10")["date"] = step(d, "S10")["approved_on"] = served
    d["steps"].append({"id": "S16", "kind": "announcement", "date": served, "deadline": served})
    d["steps"].append({"id": "S17", "kind": "execution", "date": executed, "execution_method": "demolition",
                       "officers": ["O1", "O2"]})
    return d


NOT_CHECKABLE = "（案卷未记录据以执行的决定及其送达，60日复议期限和6个月起诉期限是否届满无法核对）"


@pytest.mark.parametrize(
    ("executed", "announced", "deadline", "expected"),
    [
        ("2025-08-26", "2025-08-10", "2025-08-25", []),
        ("2025-08-25", "2025-08-10", "2025-08-25", [("CO-DEM-001", "S06")]),  # on the last day: too early
        ("2025-08-26", None, None, [("CO-DEM-001", "S06")]),
        ("2025-08-26", "2025-08-10", None, [("CO-DEM-001", "S06")]),
        ("2025-08-26", "2025-08-26", "2025-08-20", [("CO-DEM-001", "S06")]),  # announced the same day
    ],
)
def test_dem_001_announcement_deadline(
    executed: str, announced: str | None, deadline: str | None, expected: list[tuple[str, str]]
) -> None:
    assert hits(demolition(executed, announced, deadline), "CO-DEM-001") == expected


def test_dem_001_messages_say_the_periods_were_not_checkable() -> None:
    (msg,) = messages(demolition("2025-08-25"), "CO-DEM-001")
    assert msg == (
        "S06 强制执行（2025-08-25）强制拆除：S09 公告（2025-08-10）限当事人于 2025-08-25 前自行拆除，"
        f"期限尚未届满（最早可于 2025-08-26 强制拆除）{NOT_CHECKABLE}。"
    )
    (msg,) = messages(demolition(announced=None), "CO-DEM-001")
    assert msg == (
        f"S06 强制执行（2025-08-26）强制拆除：之前没有公告限期当事人自行拆除的环节（announcement）{NOT_CHECKABLE}。"
    )
    (msg,) = messages(demolition(deadline=None), "CO-DEM-001")
    assert "之前的公告 S09 公告（2025-08-10）未记录自行拆除的期限（deadline）" in msg


def test_dem_001_other_methods_are_not_judged() -> None:
    d = demolition(announced=None)
    step(d, "S06")["execution_method"] = "removal_of_obstruction"
    assert hits(d, "CO-DEM-001") == []


def test_dem_001_latest_announcement_deadline_counts() -> None:
    d = demolition("2025-08-26", "2025-08-01", "2025-08-10")
    d["steps"].append({"id": "S10", "kind": "announcement", "date": "2025-08-20", "deadline": "2025-08-30"})
    assert hits(d, "CO-DEM-001") == [("CO-DEM-001", "S06")]
    assert "S10 公告（2025-08-20）限当事人于 2025-08-30 前自行拆除" in messages(d, "CO-DEM-001")[0]


@pytest.mark.parametrize(
    ("served", "executed", "expected"),
    [
        # 6 months from Tue 2025-04-22 end Wed 2025-10-22
        ("2025-04-22", "2025-10-22", [("CO-DEM-001", "S17")]),
        ("2025-04-22", "2025-10-23", []),
        # 6 months from 2025-04-01 end 2025-10-01 (National Day), moved to Thu 2025-10-09
        ("2025-04-01", "2025-10-09", [("CO-DEM-001", "S17")]),
        ("2025-04-01", "2025-10-10", []),
        # 6 months from 2025-03-14 end Sunday 2025-09-14, moved to Monday 2025-09-15
        ("2025-03-14", "2025-09-15", [("CO-DEM-001", "S17")]),
        ("2025-03-14", "2025-09-16", []),
        # no corresponding day: 2024-08-31 + 6 months = 2025-02-28 (Friday)
        ("2024-08-31", "2025-02-28", [("CO-DEM-001", "S17")]),
        ("2024-08-31", "2025-03-01", []),
    ],
)
def test_dem_001_six_month_litigation_period(served: str, executed: str, expected: list[tuple[str, str]]) -> None:
    assert hits(served_demolition(served, executed), "CO-DEM-001") == expected


def test_dem_001_period_message_and_no_not_checkable_note() -> None:
    (msg,) = messages(served_demolition("2025-04-22", "2025-10-22"), "CO-DEM-001")
    assert msg == (
        "S17 强制执行（2025-10-22）强制拆除：S10 处罚决定（2025-04-22）于 2025-04-22 经 S11 送达，"
        "起诉期限6个月至 2025-10-22 届满（复议期限60日更早届满），期限届满前不得强制拆除（最早可于 2025-10-23）。"
    )


def test_dem_001_both_defects_in_one_finding() -> None:
    d = served_demolition("2025-04-22", "2025-10-22")
    drop_step(d, "S16")
    (msg,) = messages(d, "CO-DEM-001")
    assert msg.startswith("S17 强制执行（2025-10-22）强制拆除：之前没有公告限期当事人自行拆除的环节（announcement）；S10 处罚决定")
    assert "无法核对" not in msg


def test_dem_001_unserved_or_later_decision_leaves_the_periods_unchecked() -> None:
    d = served_demolition("2025-04-22", "2025-10-22")
    drop_step(d, "S11")
    assert hits(d, "CO-DEM-001") == []
    d = served_demolition("2025-04-22", "2025-10-22")
    step(d, "S16")["deadline"] = "2025-10-22"
    drop_step(d, "S11")
    assert messages(d, "CO-DEM-001")[0].endswith(f"{NOT_CHECKABLE}。")


def test_dem_001_most_lenient_served_decision_is_used() -> None:
    d = served_demolition("2025-04-22", "2025-10-22")
    d["steps"].append({"id": "S18", "kind": "decision", "date": "2025-03-01",
                       "penalties": [{"kind": "fine", "amount": "500"}]})
    d["steps"].append({"id": "S19", "kind": "service", "date": "2025-03-03", "of": "S18", "method": "direct"})
    assert hits(d, "CO-DEM-001") == []


def test_dem_001_format_1_0_without_announcement_judges_only_the_periods() -> None:
    d = demolition(announced=None)
    d["schema_version"] = "1.0"
    assert hits(d, "CO-DEM-001") == []
    d = served_demolition("2025-04-22", "2025-10-22")
    drop_step(d, "S16")
    d["schema_version"] = "1.0"
    (msg,) = messages(d, "CO-DEM-001")
    assert msg.startswith("S17 强制执行（2025-10-22）强制拆除：S10 处罚决定（2025-04-22）于 2025-04-22 经 S11 送达")
    assert hits(served_demolition("2025-04-22", "2025-10-23") | {"schema_version": "1.0"}, "CO-DEM-001") == []


# ------------------------------------------------------------------ CO-M-007 rights told on the spot

ALL_RIGHTS = ["statement", "defence", "review", "litigation"]


@pytest.mark.parametrize("kind", ["seizure", "seal_up"])
def test_m_007_all_rights_and_remedies_pass(kind: str) -> None:
    d = base_coercive_measure()
    step(d, "S03")["kind"] = kind
    step(d, "S03")["rights"] = [*ALL_RIGHTS, "hearing"]  # extra words are allowed
    assert hits(d, "CO-M-007") == []


def test_m_007_omitted_rights_is_not_judged() -> None:
    d = base_coercive_measure()
    assert "rights" not in step(d, "S03")
    assert hits(d, "CO-M-007") == []


@pytest.mark.parametrize(
    ("rights", "missing"),
    [
        (["statement", "defence"], "申请行政复议的救济途径（review）、提起行政诉讼的救济途径（litigation）"),
        (["review", "litigation"], "陈述权（statement）、申辩权（defence）"),
        (["statement", "defence", "review"], "提起行政诉讼的救济途径（litigation）"),
        (["defence", "review", "litigation"], "陈述权（statement）"),
        (["hearing"], "陈述权（statement）、申辩权（defence）、申请行政复议的救济途径（review）、提起行政诉讼的救济途径（litigation）"),
    ],
)
def test_m_007_missing_rights_fail(rights: list[str], missing: str) -> None:
    d = base_coercive_measure()
    step(d, "S03")["rights"] = rights
    assert hits(d, "CO-M-007") == [("CO-M-007", "S03")]
    told = " ".join(rights)
    assert messages(d, "CO-M-007") == [f'S03 扣押（2025-06-03）：当场告知的权利（rights="{told}"）缺少{missing}。']


def test_m_007_each_measure_step_is_judged_and_other_steps_are_not() -> None:
    d = base_coercive_measure()
    step(d, "S03")["rights"] = ALL_RIGHTS
    d["steps"].append({"id": "S07", "kind": "seal_up", "date": "2025-06-04", "rights": ["statement"]})
    d["steps"].append({"id": "S08", "kind": "inspection", "date": "2025-06-04", "rights": ["statement"]})
    assert hits(d, "CO-M-007") == [("CO-M-007", "S07")]
    p = base_punishment()
    assert step(p, "S07")["rights"] == ["statement", "defence", "hearing"]  # advance notice: not a measure
    assert hits(p, "CO-M-007") == []


def test_m_007_meta() -> None:
    rule = next(r for r in RULES if r.meta.id == "CO-M-007")
    assert rule.meta.severity is Severity.ERROR and rule.meta.confidence is Confidence.CONFIRMED
    assert [(b.article, b.item) for b in rule.meta.legal_basis] == [(18, 5)]


# ------------------------------------------------------------------ CO-E-009 utilities cut


@pytest.mark.parametrize("cut", [False, None])
def test_e_009_no_cut_passes(cut: bool | None) -> None:
    d = base_enforced_execution()
    if cut is not None:
        step(d, "S06")["utilities_cut"] = cut
    assert hits(d, "CO-E-009") == []


def test_e_009_cut_fails_whatever_the_premises() -> None:
    d = base_enforced_execution()
    step(d, "S06")["utilities_cut"] = True
    assert hits(d, "CO-E-009") == [("CO-E-009", "S06")]
    (msg,) = messages(d, "CO-E-009")
    assert msg.startswith("S06 强制执行（2025-08-26）记录了以停止供水、供电、供热或供燃气的方式迫使当事人履行")
    assert "未记录是否涉及居民生活" in msg


def test_e_009_emergency_does_not_excuse_and_every_step_counts() -> None:
    d = base_enforced_execution()
    step(d, "S06")["utilities_cut"] = True
    step(d, "S06")["emergency_reason"] = "当事人拒不停止施工"
    d["steps"].append({"id": "S09", "kind": "execution", "date": "2025-08-27", "utilities_cut": True})
    d["steps"].append({"id": "S10", "kind": "execution", "date": "2025-08-28", "utilities_cut": False})
    assert hits(d, "CO-E-009") == [("CO-E-009", "S06"), ("CO-E-009", "S09")]


def test_e_009_only_execution_steps() -> None:
    d = base_coercive_measure()
    step(d, "S03")["utilities_cut"] = True  # not an execution step
    assert hits(d, "CO-E-009") == []
    p = base_punishment()
    p["steps"].append({"id": "S16", "kind": "execution", "date": "2025-06-03", "utilities_cut": True})
    assert hits(p, "CO-E-009") == [("CO-E-009", "S16")]


def test_e_009_meta() -> None:
    rule = next(r for r in RULES if r.meta.id == "CO-E-009")
    # Art 43 para 2 forbids cuts 「对居民生活」, which the format does not record: a warning
    assert rule.meta.severity is Severity.WARNING and rule.meta.confidence is Confidence.CONFIRMED
    assert [(b.article, b.paragraph) for b in rule.meta.legal_basis] == [(43, 2)]


# ------------------------------------------------------------------ CO-SEAL-009 items returned on release


def released_1_1() -> dict[str, Any]:
    """The base coercive measure in format 1.1 (release S04 on 2025-06-30 of M1, no return yet)."""
    d = base_coercive_measure()
    d["schema_version"] = "1.1"
    return d


def returned(d: dict[str, Any], day: str, measure_id: str | None = "M1", sid: str = "S07") -> dict[str, Any]:
    ret: dict[str, Any] = {"id": sid, "kind": "return_of_items", "date": day}
    if measure_id is not None:
        ret["measure"] = measure_id
    d["steps"].append(ret)
    return d


def test_seal_009_format_1_0_without_return_is_not_judged() -> None:
    d = base_coercive_measure()
    assert d["schema_version"] == "1.0"
    assert hits(d, "CO-SEAL-009") == []


def test_seal_009_closed_1_1_without_return_fails() -> None:
    d = released_1_1()
    assert hits(d, "CO-SEAL-009") == [("CO-SEAL-009", "S04")]
    assert messages(d, "CO-SEAL-009") == [
        "S04 解除查封扣押（2025-06-30）解除扣押 M1（S03 扣押（2025-06-03）），案件已结案，但案卷中没有退还财物的记录"
        '（return_of_items 环节，measure="M1" 或日期不早于 2025-06-30）。'
    ]


def test_seal_009_open_case_no_finding() -> None:
    d = released_1_1()
    d["case"]["status"] = "open"
    assert hits(d, "CO-SEAL-009", as_of=dt.date(2026, 6, 30)) == []


@pytest.mark.parametrize(
    ("day", "measure_id", "expected"),
    [
        ("2025-06-30", "M1", []),  # same day, linked by measure
        ("2025-07-02", "M1", []),
        ("2025-06-29", "M1", []),  # linked by measure: the date is not judged
        ("2025-06-30", None, []),  # unlinked: on the release day passes
        ("2025-07-10", None, []),
        ("2025-06-29", None, [("CO-SEAL-009", "S04")]),  # unlinked: one day before the release fails
        ("2025-07-02", "M9", [("CO-SEAL-009", "S04")]),  # linked to another measure
    ],
)
def test_seal_009_return_linking(day: str, measure_id: str | None, expected: list[tuple[str, str]]) -> None:
    assert hits(returned(released_1_1(), day, measure_id), "CO-SEAL-009") == expected


def test_seal_009_format_1_0_with_a_return_is_judged() -> None:
    d = returned(base_coercive_measure(), "2025-06-29", None)  # 1.0 dossier that does record returns
    assert hits(d, "CO-SEAL-009") == [("CO-SEAL-009", "S04")]


def test_seal_009_release_without_measure_links_by_date() -> None:
    d = released_1_1()
    step(d, "S04").pop("measure")
    assert hits(d, "CO-SEAL-009") == [("CO-SEAL-009", "S04")]
    assert 'measure="…" 或日期不早于 2025-06-30' in messages(d, "CO-SEAL-009")[0]
    assert "解除查封、扣押，" in messages(d, "CO-SEAL-009")[0]
    assert hits(returned(d, "2025-06-30", "M1"), "CO-SEAL-009") == []
    d = released_1_1()
    step(d, "S04").pop("measure")
    assert hits(returned(d, "2025-06-29", "M1"), "CO-SEAL-009") == [("CO-SEAL-009", "S04")]


def test_seal_009_each_release_needs_its_own_return() -> None:
    d = released_1_1()
    s03 = step(d, "S03")
    d["steps"].append({**s03, "id": "S08", "kind": "seal_up"})
    d["measures"].append({**measure(d), "id": "M2", "kind": "seal_up", "step": "S08"})
    d["steps"].append({"id": "S09", "kind": "release", "date": "2025-06-30", "measure": "M2"})
    returned(d, "2025-06-30", "M1")
    assert hits(d, "CO-SEAL-009") == [("CO-SEAL-009", "S09")]
    returned(d, "2025-07-01", "M2", sid="S10")
    assert hits(d, "CO-SEAL-009") == []


def test_seal_009_freeze_release_is_not_judged() -> None:
    d = released_1_1()
    d["measures"].append({"id": "M2", "kind": "freeze", "step": "S03", "start": "2025-06-03", "end": "2025-06-30"})
    d["steps"].append({"id": "S09", "kind": "release", "date": "2025-06-30", "measure": "M2"})
    assert hits(d, "CO-SEAL-009") == [("CO-SEAL-009", "S04")]
    freeze_only = {**released_1_1(), "measures": [{"id": "M2", "kind": "freeze", "step": "S03",
                                                   "start": "2025-06-03", "end": "2025-06-30"}]}
    step(freeze_only, "S03")["kind"] = "inspection"
    step(freeze_only, "S04").pop("measure")
    assert hits(freeze_only, "CO-SEAL-009") == []


def test_seal_009_meta() -> None:
    rule = next(r for r in RULES if r.meta.id == "CO-SEAL-009")
    assert rule.meta.severity is Severity.ERROR and rule.meta.confidence is Confidence.CONFIRMED
    assert [(b.article, b.paragraph) for b in rule.meta.legal_basis] == [(28, 2)]


# ------------------------------------------------------------------ CO-E-010, CO-E-110, CO-E-111 suspension and termination (1.2)


def suspended(ground: str | None = "third_party_claim", on: str = "2025-08-22", *more: dict[str, Any]) -> dict[str, Any]:
    """The base enforced execution (execution S06 on 2025-08-26) with a suspension S09 and further steps."""
    d = base_enforced_execution()
    d["schema_version"] = "1.2"
    suspension: dict[str, Any] = {"id": "S09", "kind": "execution_suspension", "date": on}
    if ground is not None:
        suspension["ground"] = ground
    d["steps"] += [suspension, *more]
    return d


def test_e_010_listed_grounds_pass() -> None:
    for ground in ("hardship", "third_party_claim", "irreparable_loss", "other"):
        d = suspended(ground, "2025-08-27")
        assert hits(d, "CO-E-010") == []
    for ground in ("death_without_estate", "dissolved_without_property", "object_lost", "decision_revoked", "other"):
        d = suspended("third_party_claim", "2025-08-27",
                      {"id": "S10", "kind": "execution_termination", "date": "2025-09-01", "ground": ground})
        assert hits(d, "CO-E-010") == []


def test_e_010_suspension_without_ground() -> None:
    d = suspended(None, "2025-08-27")
    findings = run(d, "CO-E-010")
    assert [(f.rule_id, f.location.step) for f in findings] == [("CO-E-010", "S09")]
    assert findings[0].severity is Severity.ERROR
    assert findings[0].message == ("S09 中止执行（2025-08-27）未载明所依据的法定情形（ground），"
                                   "无法核对是否属于《行政强制法》第三十九条第一款列明的情形。")


def test_e_010_ground_of_the_other_article() -> None:
    d = suspended("object_lost", "2025-08-27",
                  {"id": "S10", "kind": "execution_termination", "date": "2025-09-01", "ground": "hardship"})
    assert hits(d, "CO-E-010") == [("CO-E-010", "S09"), ("CO-E-010", "S10")]
    assert "不是第三十九条第一款列明的中止执行情形" in run(d, "CO-E-010")[0].message


def test_e_010_termination_after_three_years_of_suspension() -> None:
    # suspended 2022-08-22 for hardship: three years end 2025-08-22; termination from 08-23 on
    termination = {"id": "S10", "kind": "execution_termination", "date": "2025-08-23", "ground": "suspension_lapsed"}
    d = suspended("hardship", "2022-08-22", termination)
    assert hits(d, "CO-E-010") == []
    termination["date"] = "2025-08-22"
    d = suspended("hardship", "2022-08-22", termination)
    assert hits(d, "CO-E-010") == [("CO-E-010", "S10")]
    assert "至终结日未满三年（2025-08-22 届满）" in run(d, "CO-E-010")[0].message
    # resumed in between
    termination["date"] = "2025-09-01"
    d = suspended("hardship", "2022-08-22", termination,
                  {"id": "S11", "kind": "execution_resumption", "date": "2024-01-05", "of": "S09"})
    assert hits(d, "CO-E-010") == [("CO-E-010", "S10")]
    assert "已于 2024-01-05 恢复执行（S11）" in run(d, "CO-E-010")[0].message
    # a suspension on another ground does not count
    d = suspended("third_party_claim", "2022-08-22", termination)
    assert hits(d, "CO-E-010") == [("CO-E-010", "S10")]


def test_e_110_execution_while_suspended() -> None:
    d = suspended()  # suspended 08-22, executed 08-26, never resumed
    findings = run(d, "CO-E-110")
    assert [(f.rule_id, f.location.step) for f in findings] == [("CO-E-110", "S06")]
    assert findings[0].message == ("S06 强制执行（2025-08-26）发生在S09 中止执行（2025-08-22）之后的中止执行期间："
                                   "案卷中没有恢复执行的记录。")
    assert findings[0].severity is Severity.ERROR


def test_e_110_resumed_before_the_execution() -> None:
    resumption = {"id": "S10", "kind": "execution_resumption", "date": "2025-08-26", "of": "S09"}
    assert hits(suspended("third_party_claim", "2025-08-22", resumption), "CO-E-110") == []
    resumption["date"] = "2025-08-27"
    d = suspended("third_party_claim", "2025-08-22", resumption)
    assert hits(d, "CO-E-110") == [("CO-E-110", "S06")]
    assert "至 2025-08-27 才恢复执行（S10）" in run(d, "CO-E-110")[0].message
    # a resumption of another suspension does not end this one
    resumption.update(date="2025-08-25", of="S11")
    d = suspended("third_party_claim", "2025-08-22", resumption,
                  {"id": "S11", "kind": "execution_suspension", "date": "2025-08-01", "ground": "irreparable_loss"})
    assert hits(d, "CO-E-110") == [("CO-E-110", "S06")]


def test_e_110_same_day_and_later_suspensions_are_not_judged() -> None:
    assert hits(suspended("third_party_claim", "2025-08-26"), "CO-E-110") == []
    assert hits(suspended("third_party_claim", "2025-08-29"), "CO-E-110") == []


def test_e_110_execution_after_termination() -> None:
    d = base_enforced_execution()
    d["steps"].append({"id": "S09", "kind": "execution_termination", "date": "2025-08-25", "ground": "object_lost"})
    assert hits(d, "CO-E-110") == [("CO-E-110", "S06")]
    assert "执行已终结，不得再执行" in run(d, "CO-E-110")[0].message


def open_suspension(on: str = "2022-08-22") -> dict[str, Any]:
    """An open enforced-execution case suspended for hardship on ``on`` after its execution attempt."""
    d = suspended("hardship", on)
    drop_step(d, "S07")
    drop_step(d, "S08")
    d["case"]["status"] = "open"
    step(d, "S06")["start"], step(d, "S06")["end"] = "2022-08-19T09:00:00", "2022-08-19T11:00:00"
    return d


def test_e_111_open_case_alerts() -> None:
    d = open_suspension()  # three years end 2025-08-22
    assert hits(d, "CO-E-111", as_of=dt.date(2025, 7, 1)) == []
    findings = run(d, "CO-E-111", as_of=dt.date(2025, 8, 20))
    assert [(f.rule_id, f.location.step, f.alert) for f in findings] == [("CO-E-111", "S09", Alert.YELLOW)]
    findings = run(d, "CO-E-111", as_of=dt.date(2025, 8, 23))
    assert [(f.rule_id, f.location.step, f.alert) for f in findings] == [("CO-E-111", "S09", Alert.RED)]
    assert findings[0].severity is Severity.WARNING
    assert findings[0].message == (
        "S09 中止执行（2022-08-22）以当事人确有困难或者暂无履行能力为由中止执行，三年至 2025-08-22 届满，"
        "已满三年未恢复执行：没有明显社会危害、当事人确无能力履行的，不再执行，应终结执行（红色预警）已超过期限 1 日。"
    )


def test_e_111_ended_suspensions_and_other_grounds_pass() -> None:
    d = open_suspension()
    d["steps"].append({"id": "S10", "kind": "execution_termination", "date": "2025-08-25", "ground": "suspension_lapsed"})
    assert hits(d, "CO-E-111") == []
    d = open_suspension()
    step(d, "S09")["ground"] = "third_party_claim"
    assert hits(d, "CO-E-111") == []
    d = open_suspension()
    d["case"]["status"] = "closed"
    assert hits(d, "CO-E-111") == []


def test_e_111_resumed_after_three_years() -> None:
    d = open_suspension()
    d["steps"].append({"id": "S10", "kind": "execution_resumption", "date": "2025-09-01", "of": "S09"})
    assert hits(d, "CO-E-111") == [("CO-E-111", "S10")]
    step(d, "S10")["date"] = "2025-08-22"
    assert hits(d, "CO-E-111") == []


# ------------------------------------------------------------------ CO-SEAL-011 items go with a transfer, party told


def seized_and_transferred(transfer: str = "2025-06-20", **attrs: Any) -> dict[str, Any]:
    """A 1.2 base seizure (M1 from 2025-06-03, released S04 2025-06-30) transferred to 公安 on ``transfer``."""
    d = base_coercive_measure()
    d["schema_version"] = "1.2"
    d["case"]["flags"] = {"crime_suspected": True}
    d["steps"].append({"id": "S22", "kind": "transfer", "date": transfer, **attrs})
    return d


def test_co_seal_011_meta() -> None:
    meta = next(r.meta for r in RULES if r.meta.id == "CO-SEAL-011")
    assert (meta.severity, meta.confidence) == (Severity.ERROR, Confidence.CONFIRMED)
    assert [str(b) for b in meta.legal_basis] == ["《中华人民共和国行政强制法》第二十一条"]


def test_co_seal_011_items_not_sent_and_party_not_told() -> None:
    findings = run(seized_and_transferred(), "CO-SEAL-011")
    assert [(f.rule_id, f.location.step, f.severity) for f in findings] == [
        ("CO-SEAL-011", "S22", Severity.ERROR), ("CO-SEAL-011", "S22", Severity.ERROR)]
    assert "扣押 M1（S03 扣押（2025-06-03））仍在实施" in findings[0].message
    assert "transfer_notice" in findings[1].message


def test_co_seal_011_measure_named_and_party_told() -> None:
    d = seized_and_transferred(measure="M1")
    d["steps"].append({"id": "S23", "kind": "transfer_notice", "date": "2025-06-21", "of": "S22"})
    assert hits(d, "CO-SEAL-011") == []


def test_co_seal_011_inventory_recorded_and_notice_without_of() -> None:
    d = seized_and_transferred(records=[{"document": "D04"}])  # D04: M1's seizure inventory
    d["steps"].append({"id": "S23", "kind": "transfer_notice", "date": "2025-06-19"})
    assert hits(d, "CO-SEAL-011") == [("CO-SEAL-011", "S22")]  # a notice before the transfer does not answer it
    step(d, "S23")["date"] = "2025-06-20"
    assert hits(d, "CO-SEAL-011") == []


def test_co_seal_011_told_but_items_kept() -> None:
    d = seized_and_transferred()
    d["steps"].append({"id": "S23", "kind": "transfer_notice", "date": "2025-06-20", "of": "S22"})
    findings = run(d, "CO-SEAL-011")
    assert [(f.rule_id, f.location.step) for f in findings] == [("CO-SEAL-011", "S22")]
    assert "未记录其财物随案移送" in findings[0].message


def test_co_seal_011_no_measure_in_force() -> None:
    # transferred after the release on 2025-06-30, or before the seizure began
    assert hits(seized_and_transferred("2025-07-02"), "CO-SEAL-011") == []
    assert hits(seized_and_transferred("2025-06-30"), "CO-SEAL-011") == []
    assert hits(seized_and_transferred("2025-05-20"), "CO-SEAL-011") == []


def test_co_seal_011_older_formats_not_judged() -> None:
    d = seized_and_transferred()
    d["schema_version"] = "1.1"
    assert hits(d, "CO-SEAL-011") == []


# ------------------------------------------------------------------ CO-PROXY-005 immediate substitute, absent party told


def immediate_substitute(**attrs: Any) -> dict[str, Any]:
    """A 1.2 enforced execution whose execution S06 is an immediate substitute performance (Art 52)."""
    d = base_enforced_execution()
    d["schema_version"] = "1.2"
    s = step(d, "S06")
    s.update({"execution_method": "substitute_performance", "emergency_reason": "清除道路遗洒物"}, **attrs)
    return d


def test_co_proxy_005_meta() -> None:
    meta = next(r.meta for r in RULES if r.meta.id == "CO-PROXY-005")
    assert (meta.severity, meta.confidence) == (Severity.ERROR, Confidence.CONFIRMED)
    assert [str(b) for b in meta.legal_basis] == ["《中华人民共和国行政强制法》第五十二条"]


def test_co_proxy_005_absent_party_not_told() -> None:
    findings = run(immediate_substitute(party_present=False), "CO-PROXY-005")
    assert [(f.rule_id, f.location.step, f.severity) for f in findings] == [("CO-PROXY-005", "S06", Severity.ERROR)]
    assert "立即实施代履行（清除道路遗洒物），当事人不在场" in findings[0].message
    assert "party-told-at" in findings[0].message


def test_co_proxy_005_absent_party_told() -> None:
    d = immediate_substitute(party_present=False, party_told_at="2025-08-26T11:30:00")
    assert hits(d, "CO-PROXY-005") == []


def test_co_proxy_005_not_judged() -> None:
    assert hits(immediate_substitute(), "CO-PROXY-005") == []  # party present (or not recorded)
    d = immediate_substitute(party_present=False)
    del step(d, "S06")["emergency_reason"]  # ordinary substitute performance: CO-PROXY-003
    assert hits(d, "CO-PROXY-005") == []
    d = immediate_substitute(party_present=False)
    d["schema_version"] = "1.1"
    assert hits(d, "CO-PROXY-005") == []


# ------------------------------------------------------------------ CO-M-008 party's statements and defence heard


def heard(value: bool, present: bool = True, version: str = "1.2") -> dict[str, Any]:
    """The base seizure S03 in a ``version`` dossier, recording ``party-heard`` and ``party-present``."""
    d = base_coercive_measure()
    d["schema_version"] = version
    step(d, "S03").update(party_heard=value, party_present=present)
    return d


def test_m_008_meta() -> None:
    meta = next(r.meta for r in RULES if r.meta.id == "CO-M-008")
    assert (meta.severity, meta.confidence) == (Severity.ERROR, Confidence.CONFIRMED)
    assert [(b.article, b.item) for b in meta.legal_basis] == [(18, 6)]


def test_m_008_party_not_heard() -> None:
    findings = run(heard(False), "CO-M-008")
    assert [(f.rule_id, f.location.step, f.severity) for f in findings] == [("CO-M-008", "S03", Severity.ERROR)]
    assert findings[0].message == 'S03 扣押（2025-06-03）：现场笔录记录未听取当事人的陈述和申辩（party-heard="false"）。'


def test_m_008_party_heard() -> None:
    assert hits(heard(True), "CO-M-008") == []


def test_m_008_absent_party_or_not_recorded_or_older_format_not_judged() -> None:
    assert hits(heard(False, present=False), "CO-M-008") == []  # absence: CO-M-006, CO-M-011
    assert hits(heard(False, version="1.1"), "CO-M-008") == []
    assert hits(base_coercive_measure(), "CO-M-008") == []  # party-heard not recorded


# ------------------------------------------------------------------ CO-M-002 / GEN-TIME-004 24-hour emergency report


def emergency(reported_at: str | None, version: str = "1.2") -> dict[str, Any]:
    """The base seizure S03 (started 2025-06-03T10:00) done in an emergency and approved the next day."""
    d = base_coercive_measure()
    d["schema_version"] = version
    drop_step(d, "S02")
    step(d, "S03").update(approved_on="2025-06-04", emergency_reason="当事人正在转移涉案物品")
    if reported_at is not None:
        step(d, "S03")["reported_at"] = reported_at
    return d


def test_m_002_emergency_report_after_24_hours() -> None:
    findings = run(emergency("2025-06-04T10:30:00"), "CO-M-002")
    assert [(f.rule_id, f.location.step, f.severity) for f in findings] == [("CO-M-002", "S03", Severity.ERROR)]
    assert findings[0].message == (
        "S03 扣押（2025-06-03）情况紧急当场实施（当事人正在转移涉案物品），实施时间 2025-06-03 10:00，"
        "应在二十四小时内（至 2025-06-04 10:00）向行政机关负责人报告，实际报告时间 2025-06-04 10:30，超出 30 分钟。")


def test_m_002_emergency_report_within_24_hours() -> None:
    assert hits(emergency("2025-06-04T10:00:00"), "CO-M-002") == []


def test_m_002_report_time_not_recorded_or_older_format_not_judged() -> None:
    assert hits(emergency(None), "CO-M-002") == []
    assert hits(emergency("2025-06-05T12:00:00", version="1.1"), "CO-M-002") == []


def test_m_002_late_report_and_late_approval_are_two_findings() -> None:
    d = emergency("2025-06-05T11:15:00")
    step(d, "S03")["approved_on"] = "2025-06-05"
    findings = run(d, "CO-M-002")
    assert [(f.rule_id, f.location.step) for f in findings] == [("CO-M-002", "S03"), ("CO-M-002", "S03")]
    assert any("批准日期 2025-06-05 晚于实施日 2025-06-03" in f.message for f in findings)
    assert any("超出 25 小时 15 分钟" in f.message for f in findings)


# ------------------------------------------------------------------ CO-E-002 performance deadline passed


def deadline_set(**attrs: Any) -> dict[str, Any]:
    """A 1.2 base enforced execution (demand S02 2025-08-04, decision S04 2025-08-20) with attributes on S02."""
    d = base_enforced_execution()
    d["schema_version"] = "1.2"
    step(d, "S02").update(attrs)
    return d


def test_co_e_002_meta() -> None:
    meta = next(r.meta for r in RULES if r.meta.id == "CO-E-002")
    assert (meta.severity, meta.confidence) == (Severity.ERROR, Confidence.CONFIRMED)
    assert [str(b) for b in meta.legal_basis] == ["《中华人民共和国行政强制法》第三十四条"]


def test_co_e_002_demand_before_deadline_passed() -> None:
    findings = run(deadline_set(performance_deadline="2025-08-04"), "CO-E-002")
    assert [(f.rule_id, f.location.step, f.severity) for f in findings] == [("CO-E-002", "S02", Severity.ERROR)]
    assert "决定限当事人于 2025-08-04 前履行" in findings[0].message
    assert "最早可于 2025-08-05" in findings[0].message


def test_co_e_002_deadline_read_from_another_step() -> None:
    d = deadline_set()
    step(d, "S04")["performance_deadline"] = "2025-08-10"
    findings = run(d, "CO-E-002")
    assert [(f.rule_id, f.location.step) for f in findings] == [("CO-E-002", "S02")]
    assert "据本案其他催告书或强制执行决定记载" in findings[0].message


def test_co_e_002_deadline_passed() -> None:
    assert hits(deadline_set(performance_deadline="2025-08-01"), "CO-E-002") == []


def test_co_e_002_not_judged() -> None:
    assert hits(deadline_set(), "CO-E-002") == []  # no deadline recorded
    d = deadline_set(performance_deadline="2025-08-30")
    d["schema_version"] = "1.1"
    assert hits(d, "CO-E-002") == []


# ------------------------------------------------------------------ CO-FRZ-001 / CO-FRZ-002 freezing of deposits


def frozen(**attrs: Any) -> dict[str, Any]:
    """A 1.2 base coercive measure that also freezes deposits (S07, measure M2) by the book."""
    d = base_coercive_measure()
    d["schema_version"] = "1.2"
    d["steps"].append({"id": "S07", "kind": "freeze", "date": "2025-06-04", "approved_by": "O9",
                       "approved_on": "2025-06-04", "officers": ["O1", "O2"], "certificates_shown": True,
                       "records": [{"document": "D08"}, {"document": "D09"}], **attrs})
    d["documents"] += [{"id": "D08", "kind": "on_site_record"}, {"id": "D09", "kind": "freeze_notice"}]
    d["measures"].append({"id": "M2", "kind": "freeze", "step": "S07", "start": "2025-06-04", "end": "2025-06-30"})
    return d


def test_co_frz_001_meta() -> None:
    meta = next(r.meta for r in RULES if r.meta.id == "CO-FRZ-001")
    # Art 29 para 2 asks for 「相当」, not 「不得超过」: how much above is still commensurate is a judgement
    assert (meta.severity, meta.confidence) == (Severity.WARNING, Confidence.CONFIRMED)
    assert [str(b) for b in meta.legal_basis] == ["《中华人民共和国行政强制法》第二十九条第二款"]


def test_co_frz_001_amount_above_sum() -> None:
    findings = run(frozen(amount="80000", sum_involved="50000"), "CO-FRZ-001")
    assert [(f.rule_id, f.location.step, f.severity) for f in findings] == [("CO-FRZ-001", "S07", Severity.WARNING)]
    assert "冻结 80000 元，超过违法行为涉及的金额 50000 元（超出 30000 元）" in findings[0].message


def test_co_frz_001_amount_matched() -> None:
    assert hits(frozen(amount="50000", sum_involved="50000"), "CO-FRZ-001") == []


def test_co_frz_001_not_judged_without_both_figures() -> None:
    assert hits(frozen(amount="80000"), "CO-FRZ-001") == []


def test_co_frz_002_meta() -> None:
    meta = next(r.meta for r in RULES if r.meta.id == "CO-FRZ-002")
    assert (meta.severity, meta.confidence) == (Severity.ERROR, Confidence.CONFIRMED)
    assert [str(b) for b in meta.legal_basis] == ["《中华人民共和国行政强制法》第三十条第一款"] + [
        f"《中华人民共和国行政强制法》第十八条第（{n}）项" for n in "一二三七"]


def test_co_frz_002_procedure_missing() -> None:
    d = frozen(officers=["O1"], certificates_shown=None, records=[])
    del step(d, "S07")["approved_by"]
    findings = run(d, "CO-FRZ-002")
    assert [(f.rule_id, f.location.step, f.severity) for f in findings] == [("CO-FRZ-002", "S07", Severity.ERROR)]
    assert findings[0].message == (
        "S07 冻结（2025-06-04）：未记载负责人批准（approved-by）；实施的行政执法人员 1 名，应为两名以上；"
        "未记录出示执法身份证件（certificates-shown）；没有现场笔录；"
        "未记录向金融机构交付的冻结通知书（freeze_notice）。")


def test_co_frz_002_late_approval_and_no_notice() -> None:
    d = frozen(approved_on="2025-06-05", records=[{"document": "D08"}])
    findings = run(d, "CO-FRZ-002")
    assert [(f.rule_id, f.location.step) for f in findings] == [("CO-FRZ-002", "S07")]
    assert "批准日期（approved-on）2025-06-05，应不晚于冻结之日" in findings[0].message
    assert "冻结通知书" in findings[0].message


def test_co_frz_002_by_the_book() -> None:
    assert hits(frozen(), "CO-FRZ-002") == []


# ------------------------------------------------------------------ CO-E-011 execution agreement broken, execution resumes


def agreed(date: str = "2025-08-27", **attrs: Any) -> dict[str, Any]:
    """A closed 1.2 base enforced execution (execution S06 on 2025-08-26) with an execution agreement S09."""
    d = base_enforced_execution()
    d["schema_version"] = "1.2"
    d["steps"].append({"id": "S09", "kind": "execution_agreement", "date": date, **attrs})
    return d


def test_co_e_011_meta() -> None:
    meta = next(r.meta for r in RULES if r.meta.id == "CO-E-011")
    assert (meta.severity, meta.confidence) == (Severity.ERROR, Confidence.CONFIRMED)
    assert [str(b) for b in meta.legal_basis] == ["《中华人民共和国行政强制法》第四十二条第二款"]


def test_co_e_011_broken_agreement_not_followed() -> None:
    findings = run(agreed(deadline="2025-09-03", performed=False), "CO-E-011")
    assert [(f.rule_id, f.location.step, f.severity) for f in findings] == [("CO-E-011", "S09", Severity.ERROR)]
    assert findings[0].message == (
        "S09 执行协议（2025-08-27）当事人未履行执行协议，但约定履行期限 2025-09-03 届满后案卷中没有恢复强制执行"
        "（强制执行、恢复执行或者终结执行）的记录，案件已结案。")


def test_co_e_011_execution_before_the_deadline_does_not_count() -> None:
    d = agreed("2025-08-22", deadline="2025-08-29", performed=False)  # S06 on 2025-08-26 is before the deadline
    assert hits(d, "CO-E-011") == [("CO-E-011", "S09")]
    d["steps"].append({"id": "S10", "kind": "execution_resumption", "date": "2025-09-01"})
    assert hits(d, "CO-E-011") == []


def test_co_e_011_execution_resumed() -> None:
    assert hits(agreed("2025-08-22", performed=False), "CO-E-011") == []


def test_co_e_011_not_judged() -> None:
    assert hits(agreed(performed=True), "CO-E-011") == []
    assert hits(agreed(), "CO-E-011") == []  # performance not recorded
    d = agreed(performed=False)
    d["case"]["status"] = "open"
    assert hits(d, "CO-E-011") == []


# ------------------------------------------------------------------ CO-M-012 restriction of personal liberty


def restricted(**attrs: Any) -> dict[str, Any]:
    """A 1.2 base coercive measure with a restriction of personal liberty S09 (2025-06-03 10:00, 24-hour limit)."""
    d = base_coercive_measure()
    d["schema_version"] = "1.2"
    d["steps"].append({"id": "S09", "kind": "liberty_restriction", "start": "2025-06-03T10:00:00",
                       "end": "2025-06-04T09:00:00", "limit_hours": 24, "family_told_at": "2025-06-03T10:30:00",
                       **attrs})
    return d


def test_co_m_012_meta() -> None:
    meta = next(r.meta for r in RULES if r.meta.id == "CO-M-012")
    assert (meta.severity, meta.confidence) == (Severity.ERROR, Confidence.CONFIRMED)
    assert [str(b) for b in meta.legal_basis] == [
        "《中华人民共和国行政强制法》第二十条第一款第（一）项", "《中华人民共和国行政强制法》第二十条第二款"]


def test_co_m_012_family_not_told_and_period_exceeded() -> None:
    findings = run(restricted(family_told_at=None, end="2025-06-04T12:00:00"), "CO-M-012")
    assert [(f.rule_id, f.location.step, f.severity) for f in findings] == [("CO-M-012", "S09", Severity.ERROR)]
    assert findings[0].message == (
        "S09 限制人身自由（2025-06-03）：未记录通知当事人家属的时间（family-told-at）；"
        "持续 26 小时 0 分钟，超过法定期限 24 小时（超出 2 小时 0 分钟）。")


def test_co_m_012_by_the_book() -> None:
    assert hits(restricted(), "CO-M-012") == []


def test_co_m_012_not_judged() -> None:
    assert hits(restricted(limit_hours=None, end="2025-06-06T09:00:00"), "CO-M-012") == []
    d = restricted(family_told_at=None)
    d["schema_version"] = "1.1"
    assert hits(d, "CO-M-012") == []


# ------------------------------------------------------------------ CO-PROXY-001 conditions of substitute performance


def substituted(**attrs: Any) -> dict[str, Any]:
    """A 1.2 base enforced execution whose execution S06 is a substitute performance."""
    d = base_enforced_execution()
    d["schema_version"] = "1.2"
    step(d, "S06").update({"execution_method": "substitute_performance", **attrs})
    return d


def test_co_proxy_001_meta() -> None:
    meta = next(r.meta for r in RULES if r.meta.id == "CO-PROXY-001")
    assert (meta.severity, meta.confidence) == (Severity.ERROR, Confidence.CONFIRMED)
    assert [str(b) for b in meta.legal_basis] == ["《中华人民共和国行政强制法》第五十条"]


def test_co_proxy_001_conditions_not_met() -> None:
    findings = run(substituted(substitute_duty="not_an_act", consequence="other"), "CO-PROXY-001")
    assert [(f.rule_id, f.location.step, f.severity) for f in findings] == [("CO-PROXY-001", "S06", Severity.ERROR)]
    assert findings[0].message == (
        "S06 强制执行（2025-08-26）代履行：所执行的不是排除妨碍、恢复原状等可由他人代为履行的义务（金钱给付或者不作为义务）；"
        "不履行的后果不属于已经或者将危害交通安全、造成环境污染或者破坏自然资源。")


def test_co_proxy_001_conditions_not_recorded() -> None:
    findings = run(substituted(), "CO-PROXY-001")
    assert [(f.rule_id, f.location.step, f.severity) for f in findings] == [("CO-PROXY-001", "S06", Severity.WARNING)]
    assert "substitute-duty" in findings[0].message and "consequence" in findings[0].message
    # one recorded breach makes the finding an error again
    assert run(substituted(consequence="other"), "CO-PROXY-001")[0].severity is Severity.ERROR


def test_co_proxy_001_conditions_met() -> None:
    assert hits(substituted(substitute_duty="removal_of_obstruction", consequence="traffic_safety"), "CO-PROXY-001") == []


def test_co_proxy_001_not_judged() -> None:
    assert hits(substituted(emergency_reason="清除道路遗洒物"), "CO-PROXY-001") == []
    d = substituted()
    d["schema_version"] = "1.1"
    assert hits(d, "CO-PROXY-001") == []


# ------------------------------------------------------------------ CO-MON-003 no enforcement power: court or auction


def powerless(**attrs: Any) -> dict[str, Any]:
    """A 1.2 base enforced execution whose organ has no enforcement power; execution S06 with ``attrs``."""
    d = base_enforced_execution()
    d["schema_version"] = "1.2"
    step(d, "S06").update({"enforcement_power": False, **attrs})
    return d


def seized(d: dict[str, Any]) -> dict[str, Any]:
    """Add a seizure S10 (2025-06-03) and its measure M1 to ``d``."""
    d["steps"].append({"id": "S10", "kind": "seizure", "date": "2025-06-03"})
    d["measures"] = [*d.get("measures", []), {"id": "M1", "kind": "seizure", "step": "S10", "start": "2025-06-03"}]
    return d


def test_co_mon_003_meta() -> None:
    meta = next(r.meta for r in RULES if r.meta.id == "CO-MON-003")
    assert (meta.severity, meta.confidence) == (Severity.ERROR, Confidence.CONFIRMED)
    assert [str(b) for b in meta.legal_basis] == [
        "《中华人民共和国行政强制法》第四十六条第三款", "《中华人民共和国行政强制法》第十三条第二款"]


def test_co_mon_003_executes_itself() -> None:
    findings = run(powerless(execution_method="removal_of_obstruction"), "CO-MON-003")
    assert [(f.rule_id, f.location.step, f.severity) for f in findings] == [("CO-MON-003", "S06", Severity.ERROR)]
    assert findings[0].message == (
        "S06 强制执行（2025-08-26）：行政机关没有行政强制执行权，应当申请人民法院强制执行，"
        "不得自行强制执行（拍卖已查封、扣押的财物除外）。")


def test_co_mon_003_auction_without_seizure_or_demand() -> None:
    d = powerless(execution_method="auction", measure="M9")
    drop_step(d, "S02")
    drop_step(d, "S03")
    findings = run(d, "CO-MON-003")
    assert [(f.rule_id, f.location.step) for f in findings] == [("CO-MON-003", "S06")]
    assert findings[0].message == (
        "S06 强制执行（2025-08-26）：行政机关没有行政强制执行权而拍卖财物："
        "拍卖的财物未对应此前实施的查封、扣押措施（measure=\"M9\"）；拍卖前没有催告。")


def test_co_mon_003_auction_of_seized_items() -> None:
    assert hits(seized(powerless(execution_method="auction", measure="M1")), "CO-MON-003") == []


def test_co_mon_003_not_judged() -> None:
    assert hits(powerless(enforcement_power=None), "CO-MON-003") == []
    assert hits(powerless(enforcement_power=True), "CO-MON-003") == []
    d = powerless()
    d["schema_version"] = "1.1"
    assert hits(d, "CO-MON-003") == []


def test_seal_010_fees_charged_to_the_party() -> None:
    d = base_coercive_measure()
    d["schema_version"] = "1.2"
    d["steps"].append({"id": "S07", "kind": "return_of_items", "date": "2025-06-30", "measure": "M1", "fee_charged": "300"})
    assert hits(d, "CO-SEAL-010") == [("CO-SEAL-010", "S07")]
    assert messages(d, "CO-SEAL-010") == [
        "S07 返还财物（2025-06-30）向当事人收取费用 300 元：查封、扣押的保管费用（以及检测等费用）应由行政机关承担。"]
    d["steps"][-1]["fee_charged"] = "0"
    assert hits(d, "CO-SEAL-010") == []
    older = base_coercive_measure()  # format 1.0/1.1 cannot record fees: not judged
    assert hits(older, "CO-SEAL-010") == []


# ------------------------------------------------------------------ CO-MON-004 transfer of deposits by law, notice, auction house


def transfer_of_deposits(*documents: tuple[str, str, str | None]) -> dict[str, Any]:
    """A 1.2 base enforced execution whose S06 transfers deposits, recording the given (id, kind, date) documents."""
    d = base_enforced_execution()
    d["schema_version"] = "1.2"
    step(d, "S06")["execution_method"] = "transfer_of_deposits"
    for doc_id, kind, date in documents:
        d["documents"].append({"id": doc_id, "kind": kind, **({"date": date} if date else {})})
        step(d, "S06")["records"].append({"document": doc_id})
    return d


def deposit_basis(basis: str | None) -> dict[str, Any]:
    """The test registry with ``basis`` as the deposit-transfer basis of B-CX-MR's power MR-EXE-001."""
    reg = copy.deepcopy(REGISTRY)
    power = next(p for p in reg["bodies"][0]["powers"] if p["matter"] == "MR-EXE-001")
    if basis is not None:
        power["deposit_transfer_basis"] = basis
    return reg


TAX_BASIS = "《中华人民共和国税收征收管理法》第四十条"


def test_co_mon_004_meta() -> None:
    meta = next(r.meta for r in RULES if r.meta.id == "CO-MON-004")
    assert (meta.severity, meta.confidence) == (Severity.ERROR, Confidence.CONFIRMED)
    assert [str(b) for b in meta.legal_basis] == [
        "《中华人民共和国行政强制法》第四十七条第一款", "《中华人民共和国行政强制法》第四十八条",
        "《中华人民共和国行政处罚法》第七十二条第一款第（二）项"]
    # 行政处罚法 Art 72 (transfer of frozen deposits to pay a fine) only where a punishment case records the execution
    assert [b.case_types for b in meta.legal_basis][-1] == frozenset({CaseType.PUNISHMENT})
    meta = next(r.meta for r in RULES if r.meta.id == "CO-MON-104")
    assert (meta.severity, meta.confidence) == (Severity.WARNING, Confidence.CONFIRMED)


def test_co_mon_004_and_104_transfer_without_basis_or_notice() -> None:
    findings = run(transfer_of_deposits(), "CO-MON-004", "CO-MON-104", reg=deposit_basis(None))
    assert [(f.rule_id, f.location.step, f.severity) for f in findings] == [
        ("CO-MON-004", "S06", Severity.ERROR), ("CO-MON-104", "S06", Severity.WARNING)]
    assert [f.message for f in findings] == [
        "S06 强制执行（2025-08-26）（划拨存款、汇款）：未记录书面通知金融机构的划拨通知书（deposit_transfer_notice）。",
        "S06 强制执行（2025-08-26）划拨存款、汇款，但权责清单中事项 MR-EXE-001 的职权未记载划拨存款、汇款的法律依据"
        "（deposit-transfer-basis），无法确认本机关有法律规定的划拨权。"]
    # a recorded basis answers CO-MON-104; the missing notice stays CO-MON-004's
    assert hits(transfer_of_deposits(), "CO-MON-004", "CO-MON-104", reg=deposit_basis(TAX_BASIS)) == [("CO-MON-004", "S06")]


def test_co_mon_104_not_judged() -> None:
    d = transfer_of_deposits(("D08", "deposit_transfer_notice", None))
    assert hits(d, "CO-MON-104", reg=deposit_basis(TAX_BASIS)) == []
    d["case"]["matter"]["code"] = "MR-NOT-LISTED"  # no power in force: SUBJ-003's finding
    assert hits(d, "CO-MON-104", reg=deposit_basis(None)) == []
    d = transfer_of_deposits()
    d["schema_version"] = "1.1"
    assert hits(d, "CO-MON-104", reg=deposit_basis(None)) == []
    assert hits(base_enforced_execution(), "CO-MON-104") == []  # an auction, not a transfer


def test_co_mon_004_npcsc_enactments_are_laws() -> None:
    d = transfer_of_deposits(("D08", "deposit_transfer_notice", "2025-08-26"))
    npcsc = "《全国人民代表大会常务委员会关于某事项的规定（虚构）》第三条"
    assert hits(d, "CO-MON-004", reg=deposit_basis(npcsc)) == []


def test_co_mon_004_basis_not_a_law_and_late_notice() -> None:
    d = transfer_of_deposits(("D08", "deposit_transfer_notice", "2025-08-27"))
    assert messages(d, "CO-MON-004", reg=deposit_basis("《社会保险费征缴暂行条例》第十三条")) == [
        "S06 强制执行（2025-08-26）（划拨存款、汇款）：所载依据「《社会保险费征缴暂行条例》第十三条」不是法律，"
        "划拨存款、汇款只能由法律规定的行政机关决定；划拨通知书 D08（2025-08-27）的日期晚于划拨之日。"]
    assert messages(d, "CO-MON-004", reg=deposit_basis("税收征收管理法")) == [
        "S06 强制执行（2025-08-26）（划拨存款、汇款）：所载依据「税收征收管理法」未写明法律名称和条款"
        "（如《中华人民共和国税收征收管理法》第四十条）；划拨通知书 D08（2025-08-27）的日期晚于划拨之日。"]


def test_co_mon_004_transfer_by_law_with_notice() -> None:
    d = transfer_of_deposits(("D08", "deposit_transfer_notice", "2025-08-26"))
    assert hits(d, "CO-MON-004", reg=deposit_basis(TAX_BASIS)) == []
    assert hits(d, "CO-MON-004", reg=deposit_basis("中华人民共和国社会保险法第六十三条")) == []
    undated = transfer_of_deposits(("D08", "deposit_transfer_notice", None))
    assert hits(undated, "CO-MON-004", reg=deposit_basis(TAX_BASIS)) == []


def test_co_mon_004_basis_not_judged_without_power_in_force() -> None:
    d = transfer_of_deposits(("D08", "deposit_transfer_notice", None))
    d["case"]["matter"]["code"] = "MR-NOT-LISTED"  # SUBJ-003's finding, not this rule's
    assert hits(d, "CO-MON-004", reg=deposit_basis(None)) == []
    d["case"]["acting_body"]["id"] = "B-UNKNOWN"  # SUBJ-001's
    assert hits(d, "CO-MON-004", reg=deposit_basis(None)) == []


def test_co_mon_004_auction_without_auction_house() -> None:
    d = base_enforced_execution()
    d["schema_version"] = "1.2"
    assert hits(d, "CO-MON-004") == [("CO-MON-004", "S06")]
    assert messages(d, "CO-MON-004") == [
        "S06 强制执行（2025-08-26）（拍卖）：未记载受委托的拍卖机构（auctioneer）：依法拍卖财物应当委托拍卖机构依照拍卖法办理。"]
    step(d, "S06")["auctioneer"] = "城西县某某拍卖有限公司"
    assert hits(d, "CO-MON-004") == []


def test_co_mon_004_not_judged_before_1_2() -> None:
    d = transfer_of_deposits()
    d["schema_version"] = "1.1"
    assert hits(d, "CO-MON-004", reg=deposit_basis(None)) == []
    assert hits(base_enforced_execution(), "CO-MON-004") == []  # 1.0 auction: auctioneer not recordable
