"""Rules of enforcement_audit/rules/punishment.py (the 2021 text; the old-text versions are in
test_punishment_versions.py). Dates in 2025 use the official holiday tables: National Day
10-01..10-08 with make-up working days Sunday 09-28 and Saturday 10-11; Labour Day 05-01..05-05 with
make-up working day Sunday 04-27; Dragon Boat Festival 05-31..06-02."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from enforcement_audit.engine import Alert, Confidence, Severity
from enforcement_audit.models import PenaltyKind
from enforcement_audit.profile import DayPeriod, ExemptionList, Profile, load_profile
from enforcement_audit.rules import punishment
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
ALL_IDS = [
    "PUN-DEC-001", "PUN-DEC-005", "PUN-DEC-006", "PUN-DEC-011", "PUN-EVID-001", "PUN-EVID-002", "PUN-EVID-003", "PUN-EVID-103", "PUN-EXEMPT-002", "PUN-EXEMPT-004", "PUN-FILE-002", "PUN-FILE-003", "PUN-HEAR-001", "PUN-HEAR-002",
    "PUN-HEAR-003", "PUN-HEAR-004", "PUN-HEAR-005", "PUN-HEAR-006", "PUN-LIMIT-001", "PUN-LIMIT-101", "PUN-NOTICE-002",
    "PUN-NOTICE-003", "PUN-PAY-002", "PUN-PAY-003", "PUN-PAY-004", "PUN-PAY-005", "PUN-PAY-006", "PUN-PAY-008", "PUN-SERVE-001", "PUN-SERVE-002", "PUN-SERVE-003", "PUN-SIMPLE-001", "PUN-SIMPLE-004",
    "PUN-SIMPLE-005",
]
#: Rules that judge general-procedure cases only (PUN-FILE-002 too, but it is silent nationally).
GENERAL_ONLY = ["PUN-DEC-001", "PUN-DEC-005", "PUN-HEAR-001", "PUN-HEAR-002", "PUN-HEAR-003", "PUN-NOTICE-002",
                "PUN-SERVE-001"]


def profile_with(name: str, **changes: Any) -> Profile:
    """The national profile with one parameter changed."""
    base = load_profile("national")
    param = getattr(base.parameters, name).model_copy(update=changes)
    return base.model_copy(update={"parameters": base.parameters.model_copy(update={name: param})})


def fined(amount: str, *, kind: str = "fine") -> dict[str, Any]:
    """base_punishment() with the decision's penalty replaced (organisation party)."""
    d = base_punishment()
    step(d, "S10")["penalties"] = [{"kind": kind, "amount": amount}]
    return d


def with_filing_deadline(days: int, day_kind: str = "working") -> Profile:
    """The national profile with the optional filing_deadline set (None nationally)."""
    base = load_profile("national")
    period = DayPeriod.model_validate({"days": days, "day_kind": day_kind, "source": "测试", "confidence": "unconfirmed"})
    return base.model_copy(update={"parameters": base.parameters.model_copy(update={"filing_deadline": period})})


def open_case(d: dict[str, Any], *drop: str) -> dict[str, Any]:
    d["case"]["status"] = "open"
    for sid in drop:
        drop_step(d, sid)
    return d


def alerts(d: dict[str, Any], rule_id: str, as_of: str, **kwargs: Any) -> list[tuple[str, str | None, str, str | None]]:
    """(rule, step, severity, alert) of every finding on that as-of date."""
    return [(f.rule_id, f.location.step, f.severity.value, f.alert.value if f.alert else None)
            for f in run(d, rule_id, as_of=dt.date.fromisoformat(as_of), **kwargs)]


def notice_served(d: dict[str, Any], day: str) -> None:
    """Move the advance notice and its service to ``day``; no statement made."""
    step(d, "S07")["date"] = day
    step(d, "S08")["date"] = day
    drop_step(d, "S09")


def test_rules_registered_in_id_order() -> None:
    assert [r.meta.id for r in punishment.RULES] == ALL_IDS


@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize("rule_id", ALL_IDS)
def test_compliant_bases(base: Any, rule_id: str) -> None:
    assert hits(base(), rule_id) == []


@pytest.mark.parametrize("rule_id", GENERAL_ONLY)
def test_summary_procedure_not_judged(rule_id: str) -> None:
    d = fined("200000")
    d["case"]["procedure"] = "summary"
    step(d, "S07")["rights"] = []
    notice_served(d, "2025-08-28")
    step(d, "S10")["date"] = "2025-09-01"  # late, premature, never served, approved a day later
    step(d, "S10")["approved_on"] = "2025-09-02"
    drop_step(d, "S11")
    d["steps"] += [
        {"id": "S16", "kind": "hearing_notice", "date": "2025-04-15"},
        {"id": "S17", "kind": "hearing", "date": "2025-04-16"},
    ]
    assert hits(d, rule_id) == []
    d["case"]["procedure"] = "general"  # the same dossier under the general procedure
    assert len(hits(d, rule_id)) == 1


# ------------------------------------------------------------------ PUN-DEC-001


def test_dec_001_exactly_90_days() -> None:
    # filing 2025-03-05 + 90 days = Tue 2025-06-03
    d = base_punishment()
    step(d, "S10")["date"] = "2025-06-03"
    assert hits(d, "PUN-DEC-001") == []


def test_dec_001_one_day_late() -> None:
    d = base_punishment()
    step(d, "S10")["date"] = "2025-06-04"
    findings = run(d, "PUN-DEC-001")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-DEC-001", "S10")]
    message = findings[0].message
    assert "S02" in message and "2025-03-05" in message and "2025-06-03" in message
    assert "逾期 1 日" in message
    assert findings[0].severity is Severity.ERROR


def test_dec_001_last_day_on_holiday_moves_past_national_day() -> None:
    # filing 2025-07-03 + 90 days = 10-01 (holiday) -> first working day after: 10-09
    d = base_punishment()
    step(d, "S02")["date"] = "2025-07-03"
    step(d, "S10")["date"] = "2025-10-09"
    assert hits(d, "PUN-DEC-001") == []
    step(d, "S10")["date"] = "2025-10-10"
    assert hits(d, "PUN-DEC-001") == [("PUN-DEC-001", "S10")]


def test_dec_001_last_day_on_weekend_moves_to_monday() -> None:
    # 45 calendar days from 2025-03-05 = Sat 04-19 -> Mon 04-21 (the base decision day)
    assert hits(base_punishment(), "PUN-DEC-001", profile=profile_with("decision_deadline", days=45)) == []
    # 44 days = Fri 04-18: the decision of 04-21 is late
    assert hits(base_punishment(), "PUN-DEC-001", profile=profile_with("decision_deadline", days=44)) == [
        ("PUN-DEC-001", "S10")
    ]


def test_dec_001_extension_counts() -> None:
    # 90 + 30 days from 2025-03-05 = Thu 2025-07-03
    d = base_punishment()
    d["steps"].append(
        {
            "id": "S16",
            "kind": "decision_extension",
            "date": "2025-05-20",
            "days": 30,
            "approved_by": "O9",
            "approved_on": "2025-05-20",
        }
    )
    step(d, "S10")["date"] = "2025-07-03"
    assert hits(d, "PUN-DEC-001") == []
    step(d, "S10")["date"] = "2025-07-04"
    findings = run(d, "PUN-DEC-001")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-DEC-001", "S10")]
    assert "S16 延长 30 日" in findings[0].message and "2025-07-03" in findings[0].message


def test_dec_001_extension_on_last_day_counts_later_one_does_not() -> None:
    d = base_punishment()
    d["steps"].append({"id": "S16", "kind": "decision_extension", "date": "2025-06-03", "days": 30})
    step(d, "S10")["date"] = "2025-07-03"
    assert hits(d, "PUN-DEC-001") == []
    step(d, "S16")["date"] = "2025-06-04"  # the period had already run out
    assert hits(d, "PUN-DEC-001") == [("PUN-DEC-001", "S10")]


def test_dec_001_several_extensions_add_up() -> None:
    d = base_punishment()
    d["steps"] += [
        {"id": "S16", "kind": "decision_extension", "date": "2025-05-20", "days": 30},
        {"id": "S17", "kind": "decision_extension", "date": "2025-05-30", "days": 10},
    ]
    step(d, "S10")["date"] = "2025-07-14"  # 03-05 + 130 = Sun 07-13 -> Mon 07-14
    assert hits(d, "PUN-DEC-001") == []
    step(d, "S10")["date"] = "2025-07-15"
    assert hits(d, "PUN-DEC-001") == [("PUN-DEC-001", "S10")]


def test_dec_001_further_extension_within_the_extended_period_counts() -> None:
    # 90 days from 2025-03-05 end Tue 06-03; S16 (05-20) extends by 30 to Thu 07-03; S17 on 06-20 (after the
    # original last day, within the extended one) extends by 30 more: 03-05 + 150 = Sat 08-02 -> Mon 08-04
    d = base_punishment()
    d["steps"] += [
        {"id": "S16", "kind": "decision_extension", "date": "2025-05-20", "days": 30},
        {"id": "S17", "kind": "decision_extension", "date": "2025-06-20", "days": 30},
    ]
    step(d, "S10")["date"] = "2025-08-04"
    assert hits(d, "PUN-DEC-001") == []
    step(d, "S10")["date"] = "2025-08-05"
    findings = run(d, "PUN-DEC-001")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-DEC-001", "S10")]
    assert "S16 延长 30 日、S17 延长 30 日" in findings[0].message
    step(d, "S17")["date"] = "2025-07-04"  # after the extended period ran out: does not revive it
    step(d, "S10")["date"] = "2025-08-04"
    assert hits(d, "PUN-DEC-001") == [("PUN-DEC-001", "S10")]


def test_dec_001_open_case_without_decision_alerts() -> None:
    # period ends Tue 2025-06-03; 05-31..06-02 is the Dragon Boat holiday
    d = open_case(base_punishment(), "S10", "S11", "S12", "S13", "S14", "S15")
    assert hits(d, "PUN-DEC-001", as_of=dt.date(2025, 5, 27)) == []  # 05-28, 05-29, 05-30, 06-03: 4 WD left
    assert alerts(d, "PUN-DEC-001", "2025-05-28") == [("PUN-DEC-001", None, "warning", "yellow")]  # 3 WD left
    assert alerts(d, "PUN-DEC-001", "2025-06-03") == [("PUN-DEC-001", None, "warning", "yellow")]  # due today
    assert alerts(d, "PUN-DEC-001", "2025-06-04") == [("PUN-DEC-001", None, "error", "red")]


def test_dec_001_alert_messages() -> None:
    d = open_case(base_punishment(), "S10", "S11", "S12", "S13", "S14", "S15")
    (yellow,) = run(d, "PUN-DEC-001", as_of=dt.date(2025, 5, 28))
    assert "截至 2025-05-28 尚未作出处罚决定（黄色预警）距期限届满还有 3 个工作日（期限 2025-06-03）" in yellow.message
    (red,) = run(d, "PUN-DEC-001", as_of=dt.date(2025, 6, 13))
    assert "截至 2025-06-13 尚未作出处罚决定（红色预警）已超过期限 10 日" in red.message
    assert red.alert is Alert.RED and red.severity is Severity.ERROR


def test_dec_001_open_case_extension_moves_the_alert() -> None:
    d = open_case(base_punishment(), "S10", "S11", "S12", "S13", "S14", "S15")
    d["steps"].append({"id": "S16", "kind": "decision_extension", "date": "2025-05-20", "days": 30})
    assert hits(d, "PUN-DEC-001", as_of=dt.date(2025, 6, 4)) == []  # now due 2025-07-03
    assert alerts(d, "PUN-DEC-001", "2025-07-04") == [("PUN-DEC-001", None, "error", "red")]


def test_dec_001_closed_case_carries_no_alert() -> None:
    d = base_punishment()
    step(d, "S10")["date"] = "2025-06-04"
    assert alerts(d, "PUN-DEC-001", "2025-06-04") == [("PUN-DEC-001", "S10", "error", None)]


def test_dec_001_closed_case_without_decision_left_to_rec_001() -> None:
    d = base_punishment()
    drop_step(d, "S10")
    assert hits(d, "PUN-DEC-001") == []


def test_dec_001_uncovered_year() -> None:
    # 2027-01-04 + 90 days = Sun 2027-04-04 -> Mon 04-05 (weekends only; no table for 2027)
    d = base_punishment()
    step(d, "S02")["date"] = "2027-01-04"
    step(d, "S10")["date"] = "2027-04-05"
    assert hits(d, "PUN-DEC-001") == [("GEN-TIME-005", None)]
    step(d, "S10")["date"] = "2027-04-06"
    assert hits(d, "PUN-DEC-001") == [("GEN-TIME-005", None), ("PUN-DEC-001", "S10")]


# ------------------------------------------------------------------ PUN-HEAR-001


def test_hear_001_meta() -> None:
    meta = punishment.HearingRightNotified.meta
    assert meta.confidence is Confidence.UNCONFIRMED
    assert meta.severity is Severity.WARNING
    assert meta.parameters == ("hearing_threshold_individual", "hearing_threshold_organisation", "confiscations_combined")


def test_hear_001_threshold_reached_and_right_given() -> None:
    assert hits(fined("100000"), "PUN-HEAR-001") == []


def test_hear_001_exactly_at_inclusive_threshold_without_hearing_right() -> None:
    d = fined("100000")
    step(d, "S07")["rights"] = ["statement", "defence"]
    findings = run(d, "PUN-HEAR-001")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-HEAR-001", "S07")]
    message = findings[0].message
    assert "100000 元" in message and "100000 元以上" in message and "S10" in message
    assert findings[0].severity is Severity.WARNING


def test_hear_001_below_threshold() -> None:
    d = fined("99999.99")
    step(d, "S07")["rights"] = ["statement", "defence"]
    assert hits(d, "PUN-HEAR-001") == []


def test_hear_001_exclusive_boundary() -> None:
    prof = profile_with("hearing_threshold_organisation", boundary="exclusive")
    d = fined("100000")
    step(d, "S07")["rights"] = ["statement", "defence"]
    assert hits(d, "PUN-HEAR-001", profile=prof) == []
    step(d, "S10")["penalties"] = [{"kind": "fine", "amount": "100000.01"}]
    findings = run(d, "PUN-HEAR-001", profile=prof)
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-HEAR-001", "S07")]
    assert "超过 100000 元" in findings[0].message


def test_hear_001_individual_threshold() -> None:
    d = fined("10000")
    d["case"]["party"] = {"kind": "individual", "name": "张三"}
    step(d, "S07")["rights"] = ["statement", "defence"]
    assert hits(d, "PUN-HEAR-001") == [("PUN-HEAR-001", "S07")]
    assert "公民" in run(d, "PUN-HEAR-001")[0].message
    step(d, "S10")["penalties"] = [{"kind": "fine", "amount": "9999"}]
    assert hits(d, "PUN-HEAR-001") == []


def test_hear_001_several_fines_add_up() -> None:
    d = base_punishment()
    step(d, "S07")["rights"] = ["statement", "defence"]
    step(d, "S10")["penalties"] = [
        {"kind": "fine", "amount": "60000"},
        {"kind": "fine", "amount": "40000"},
        {"kind": "warning"},
    ]
    assert hits(d, "PUN-HEAR-001") == [("PUN-HEAR-001", "S07")]


def test_hear_001_proposed_penalty_in_notice() -> None:
    # notice proposed 150,000, decision reduced to 50,000 after the statement: right was due
    d = fined("50000")
    step(d, "S07")["rights"] = ["statement", "defence"]
    step(d, "S07")["penalties"] = [{"kind": "fine", "amount": "150000"}]
    findings = run(d, "PUN-HEAR-001")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-HEAR-001", "S07")]
    assert "150000 元" in findings[0].message
    step(d, "S07")["penalties"] = [{"kind": "fine", "amount": "50000"}]
    assert hits(d, "PUN-HEAR-001") == []


@pytest.mark.parametrize(
    "kind",
    ["licence_revocation", "qualification_downgrade", "suspension_of_business", "closure", "employment_restriction"],
)
def test_hear_001_non_fine_triggers(kind: str) -> None:
    d = base_punishment()
    step(d, "S07")["rights"] = ["statement", "defence"]
    step(d, "S10")["penalties"] = [{"kind": "fine", "amount": "5000"}, {"kind": kind}]
    assert hits(d, "PUN-HEAR-001") == [("PUN-HEAR-001", "S07")]


@pytest.mark.parametrize("kind", ["confiscation_of_property", "confiscation_of_gains"])
def test_hear_001_confiscation_threshold(kind: str) -> None:
    d = fined("100000", kind=kind)
    step(d, "S07")["rights"] = ["statement", "defence"]
    assert hits(d, "PUN-HEAR-001") == [("PUN-HEAR-001", "S07")]
    step(d, "S10")["penalties"] = [{"kind": kind, "amount": "99999"}]
    assert hits(d, "PUN-HEAR-001") == []


def test_hear_001_confiscations_combined_in_market_regulation() -> None:
    # 市场监管听证办法 Art 5 item 4: gains and property together; nationally each kind on its own
    d = fined("60000", kind="confiscation_of_gains")
    step(d, "S10")["penalties"].append({"kind": "confiscation_of_property", "amount": "50000"})
    step(d, "S07")["rights"] = ["statement", "defence"]
    assert hits(d, "PUN-HEAR-001") == []
    findings = run(d, "PUN-HEAR-001", profile="market-regulation")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-HEAR-001", "S07")]
    assert "没收违法所得和非法财物价值总额 110000 元" in findings[0].message


def test_hear_001_warning_only_no_hearing() -> None:
    d = base_punishment()
    step(d, "S07")["rights"] = ["statement", "defence"]
    step(d, "S10")["penalties"] = [{"kind": "warning"}]
    assert hits(d, "PUN-HEAR-001") == []


def test_hear_001_renewed_notice_judged_on_its_own_decision() -> None:
    # First notice proposed 50,000 (no hearing needed); a second notice proposes 150,000 with the right.
    d = fined("150000")
    step(d, "S07")["rights"] = ["statement", "defence"]
    step(d, "S07")["penalties"] = [{"kind": "fine", "amount": "50000"}]
    d["steps"].append(
        {
            "id": "S16",
            "kind": "advance_notice",
            "date": "2025-04-14",
            "rights": ["statement", "defence", "hearing"],
            "penalties": [{"kind": "fine", "amount": "150000"}],
        }
    )
    assert hits(d, "PUN-HEAR-001") == []
    step(d, "S16")["rights"] = ["statement", "defence"]
    assert hits(d, "PUN-HEAR-001") == [("PUN-HEAR-001", "S16")]


def test_hear_001_open_case_notice_only() -> None:
    d = base_punishment()
    d["case"]["status"] = "open"
    for sid in ("S09", "S10", "S11", "S12", "S13", "S14", "S15"):
        drop_step(d, sid)
    step(d, "S07")["rights"] = ["statement", "defence"]
    step(d, "S07")["penalties"] = [{"kind": "licence_revocation"}]
    assert hits(d, "PUN-HEAR-001") == [("PUN-HEAR-001", "S07")]


# ------------------------------------------------------------------ PUN-HEAR-002


def test_hear_002_window_closed_before_decision() -> None:
    assert hits(fined("100000"), "PUN-HEAR-002") == []


def test_hear_002_decision_on_last_day_of_window() -> None:
    # served Mon 2025-04-07; 5 WD: 04-08 .. 04-14
    d = fined("100000")
    step(d, "S10")["date"] = "2025-04-14"
    findings = run(d, "PUN-HEAR-002")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-HEAR-002", "S10")]
    message = findings[0].message
    assert "2025-04-14" in message and "S08" in message and "100000 元" in message
    step(d, "S10")["date"] = "2025-04-15"
    assert hits(d, "PUN-HEAR-002") == []


def test_hear_002_over_national_day_and_makeup_days() -> None:
    # served Fri 2025-09-26; 5 WD: 09-28 (Sun), 09-29, 09-30, 10-09, 10-10
    d = fined("100000")
    notice_served(d, "2025-09-26")
    step(d, "S10")["date"] = "2025-10-10"
    assert hits(d, "PUN-HEAR-002") == [("PUN-HEAR-002", "S10")]
    step(d, "S10")["date"] = "2025-10-11"  # make-up Saturday, after the window
    assert hits(d, "PUN-HEAR-002") == []


def test_hear_002_over_labour_day() -> None:
    # served Fri 2025-04-25; 5 WD: 04-27 (Sun), 04-28, 04-29, 04-30, 05-06
    d = fined("100000")
    notice_served(d, "2025-04-25")
    step(d, "S10")["date"] = "2025-05-06"
    assert hits(d, "PUN-HEAR-002") == [("PUN-HEAR-002", "S10")]
    step(d, "S10")["date"] = "2025-05-07"
    assert hits(d, "PUN-HEAR-002") == []


def test_hear_002_hearing_requested() -> None:
    d = fined("100000")
    step(d, "S10")["date"] = "2025-04-14"
    d["steps"].append({"id": "S16", "kind": "hearing_request", "date": "2025-04-08"})
    assert hits(d, "PUN-HEAR-002") == []


def test_hear_002_express_waiver() -> None:
    d = fined("100000")
    step(d, "S09")["waived"] = True
    step(d, "S10")["date"] = "2025-04-10"
    assert hits(d, "PUN-HEAR-002") == []
    step(d, "S09")["date"] = "2025-04-11"  # waiver only after the decision
    assert hits(d, "PUN-HEAR-002") == [("PUN-HEAR-002", "S10")]


def test_hear_002_statement_is_not_a_waiver() -> None:
    d = fined("100000")  # S09 is a statement without waived="true"
    step(d, "S10")["date"] = "2025-04-10"
    assert hits(d, "PUN-HEAR-002") == [("PUN-HEAR-002", "S10")]


def test_hear_002_no_hearing_right_no_window() -> None:
    d = base_punishment()  # 8,000 yuan on an organisation
    step(d, "S10")["date"] = "2025-04-08"
    assert hits(d, "PUN-HEAR-002") == []


def test_hear_002_exclusive_boundary() -> None:
    d = fined("100000")
    step(d, "S10")["date"] = "2025-04-14"
    prof = profile_with("hearing_threshold_organisation", boundary="exclusive")
    assert hits(d, "PUN-HEAR-002", profile=prof) == []


def test_hear_002_counts_from_service() -> None:
    # notice 04-07 served 04-09: 5 WD end 04-16
    d = fined("100000")
    step(d, "S08")["date"] = "2025-04-09"
    step(d, "S10")["date"] = "2025-04-16"
    assert hits(d, "PUN-HEAR-002") == [("PUN-HEAR-002", "S10")]
    step(d, "S10")["date"] = "2025-04-17"
    assert hits(d, "PUN-HEAR-002") == []


def test_hear_002_without_service_counts_from_notice() -> None:
    d = fined("100000")
    drop_step(d, "S08")
    step(d, "S10")["date"] = "2025-04-14"
    findings = run(d, "PUN-HEAR-002")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-HEAR-002", "S10")]
    assert "无送达记录" in findings[0].message


def test_hear_002_non_fine_trigger() -> None:
    d = base_punishment()
    step(d, "S10")["penalties"] = [{"kind": "suspension_of_business"}]
    step(d, "S10")["date"] = "2025-04-11"
    assert hits(d, "PUN-HEAR-002") == [("PUN-HEAR-002", "S10")]


def test_hear_002_uncovered_year() -> None:
    # served Mon 2027-03-01; 5 WD (weekends only) end Mon 03-08
    d = fined("100000")
    notice_served(d, "2027-03-01")
    step(d, "S10")["date"] = "2027-03-09"
    assert hits(d, "PUN-HEAR-002") == [("GEN-TIME-005", None)]
    step(d, "S10")["date"] = "2027-03-08"
    assert hits(d, "PUN-HEAR-002") == [("GEN-TIME-005", None), ("PUN-HEAR-002", "S10")]


# ------------------------------------------------------------------ PUN-HEAR-003


def with_hearing(notice: str, hearing: str) -> dict[str, Any]:
    d = fined("100000")
    d["steps"] += [
        {"id": "S16", "kind": "hearing_request", "date": "2025-04-09"},
        {"id": "S17", "kind": "hearing_notice", "date": notice},
        {"id": "S18", "kind": "hearing", "date": hearing},
    ]
    return d


def test_hear_003_exactly_seven_working_days() -> None:
    # notice Tue 2025-04-15; 7 WD: 16, 17, 18, 21, 22, 23, 24
    assert hits(with_hearing("2025-04-15", "2025-04-24"), "PUN-HEAR-003") == []


def test_hear_003_one_day_short() -> None:
    findings = run(with_hearing("2025-04-15", "2025-04-23"), "PUN-HEAR-003")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-HEAR-003", "S17")]
    message = findings[0].message
    assert "S18" in message and "2025-04-23" in message and "2025-04-24" in message
    assert findings[0].severity is Severity.ERROR


def test_hear_003_over_national_day() -> None:
    # notice Fri 2025-09-26; 7 WD: 09-28 (Sun), 09-29, 09-30, 10-09, 10-10, 10-11 (Sat), 10-13
    assert hits(with_hearing("2025-09-26", "2025-10-13"), "PUN-HEAR-003") == []
    assert hits(with_hearing("2025-09-26", "2025-10-11"), "PUN-HEAR-003") == [("PUN-HEAR-003", "S17")]


def test_hear_003_over_labour_day() -> None:
    # notice Fri 2025-04-25; 7 WD: 04-27 (Sun), 28, 29, 30, 05-06, 05-07, 05-08
    assert hits(with_hearing("2025-04-25", "2025-05-08"), "PUN-HEAR-003") == []
    assert hits(with_hearing("2025-04-25", "2025-05-07"), "PUN-HEAR-003") == [("PUN-HEAR-003", "S17")]


def test_hear_003_counts_from_service_of_the_notice() -> None:
    d = with_hearing("2025-04-15", "2025-04-24")
    d["steps"].append({"id": "S19", "kind": "service", "date": "2025-04-16", "of": "S17", "method": "post"})
    assert hits(d, "PUN-HEAR-003") == [("PUN-HEAR-003", "S17")]


def test_hear_003_latest_notice_before_the_hearing() -> None:
    d = with_hearing("2025-04-01", "2025-04-24")
    d["steps"].append({"id": "S19", "kind": "hearing_notice", "date": "2025-04-21"})  # rescheduled
    assert hits(d, "PUN-HEAR-003") == [("PUN-HEAR-003", "S19")]


def test_hear_003_hearing_without_notice_not_judged() -> None:
    d = with_hearing("2025-04-15", "2025-04-24")
    drop_step(d, "S17")
    assert hits(d, "PUN-HEAR-003") == []


def test_hear_003_uncovered_year() -> None:
    # notice Mon 2027-03-01; 7 WD (weekends only) end Wed 03-10
    assert hits(with_hearing("2027-03-01", "2027-03-10"), "PUN-HEAR-003") == [("GEN-TIME-005", None)]
    assert hits(with_hearing("2027-03-01", "2027-03-09"), "PUN-HEAR-003") == [
        ("GEN-TIME-005", None),
        ("PUN-HEAR-003", "S17"),
    ]


# ------------------------------------------------------------------ PUN-NOTICE-002


def test_notice_002_meta() -> None:
    meta = punishment.StatementWindow.meta
    assert meta.confidence is Confidence.UNCONFIRMED
    assert meta.severity is Severity.WARNING
    assert meta.parameters == ("statement_window",)


def test_notice_002_no_statement_but_window_closed() -> None:
    d = base_punishment()
    drop_step(d, "S09")
    assert hits(d, "PUN-NOTICE-002") == []


def test_notice_002_decision_on_last_day_of_window() -> None:
    # served Mon 2025-04-07; 5 WD end 04-14
    d = base_punishment()
    drop_step(d, "S09")
    step(d, "S10")["date"] = "2025-04-14"
    findings = run(d, "PUN-NOTICE-002")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-NOTICE-002", "S10")]
    message = findings[0].message
    assert "S08" in message and "2025-04-07" in message and "2025-04-14" in message
    step(d, "S10")["date"] = "2025-04-15"
    assert hits(d, "PUN-NOTICE-002") == []


def test_notice_002_statement_before_the_notice_does_not_count() -> None:
    # a statement made before the advance notice was served did not answer the notified penalty
    d = base_punishment()
    step(d, "S10")["date"] = "2025-04-14"  # last day of the window (notice served 04-07)
    step(d, "S09")["date"] = "2025-04-03"
    assert hits(d, "PUN-NOTICE-002") == [("PUN-NOTICE-002", "S10")]
    step(d, "S09")["date"] = "2025-04-07"  # on the day of service: counts
    assert hits(d, "PUN-NOTICE-002") == []


def test_notice_002_over_labour_day() -> None:
    # served Mon 2025-04-28; 5 WD: 04-29, 04-30, 05-06, 05-07, 05-08
    d = base_punishment()
    notice_served(d, "2025-04-28")
    step(d, "S10")["date"] = "2025-05-08"
    assert hits(d, "PUN-NOTICE-002") == [("PUN-NOTICE-002", "S10")]
    step(d, "S10")["date"] = "2025-05-09"
    assert hits(d, "PUN-NOTICE-002") == []


def test_notice_002_over_makeup_sunday() -> None:
    # served Fri 2025-04-25; 5 WD: 04-27 (Sun), 04-28, 04-29, 04-30, 05-06
    d = base_punishment()
    notice_served(d, "2025-04-25")
    step(d, "S10")["date"] = "2025-05-06"
    assert hits(d, "PUN-NOTICE-002") == [("PUN-NOTICE-002", "S10")]
    step(d, "S10")["date"] = "2025-05-07"
    assert hits(d, "PUN-NOTICE-002") == []


def test_notice_002_over_national_day() -> None:
    # served Fri 2025-09-26; 5 WD end 10-10; Saturday 10-11 is a make-up working day
    d = base_punishment()
    notice_served(d, "2025-09-26")
    step(d, "S10")["date"] = "2025-10-10"
    assert hits(d, "PUN-NOTICE-002") == [("PUN-NOTICE-002", "S10")]
    step(d, "S10")["date"] = "2025-10-11"
    assert hits(d, "PUN-NOTICE-002") == []


def test_notice_002_statement_made_before_decision() -> None:
    d = base_punishment()  # S09 statement on 04-09
    step(d, "S10")["date"] = "2025-04-10"
    assert hits(d, "PUN-NOTICE-002") == []
    step(d, "S10")["date"] = "2025-04-09"  # statement and decision on the same day
    assert hits(d, "PUN-NOTICE-002") == []


def test_notice_002_statement_after_decision_does_not_count() -> None:
    d = base_punishment()
    step(d, "S09")["date"] = "2025-04-11"
    step(d, "S10")["date"] = "2025-04-10"
    assert hits(d, "PUN-NOTICE-002") == [("PUN-NOTICE-002", "S10")]


def test_notice_002_express_waiver() -> None:
    d = base_punishment()
    step(d, "S09")["waived"] = True
    step(d, "S09")["date"] = "2025-04-07"
    step(d, "S10")["date"] = "2025-04-08"
    assert hits(d, "PUN-NOTICE-002") == []


def test_notice_002_profile_window() -> None:
    d = base_punishment()
    drop_step(d, "S09")
    step(d, "S10")["date"] = "2025-04-11"
    assert hits(d, "PUN-NOTICE-002") == [("PUN-NOTICE-002", "S10")]
    # 3 working days from Mon 04-07 end Thu 04-10
    assert hits(d, "PUN-NOTICE-002", profile=profile_with("statement_window", days=3)) == []
    step(d, "S10")["date"] = "2025-04-10"
    assert hits(d, "PUN-NOTICE-002", profile=profile_with("statement_window", days=3)) == [("PUN-NOTICE-002", "S10")]


def test_notice_002_calendar_day_window() -> None:
    # 5 calendar days from Mon 04-07 = Sat 04-12 -> Mon 04-14; 3 calendar days = Thu 04-10
    d = base_punishment()
    drop_step(d, "S09")
    step(d, "S10")["date"] = "2025-04-14"
    assert hits(d, "PUN-NOTICE-002", profile=profile_with("statement_window", days=5, day_kind="calendar")) == [
        ("PUN-NOTICE-002", "S10")
    ]
    step(d, "S10")["date"] = "2025-04-11"
    assert hits(d, "PUN-NOTICE-002", profile=profile_with("statement_window", days=3, day_kind="calendar")) == []


def test_notice_002_without_advance_notice_left_to_rec_001() -> None:
    d = base_punishment()
    for sid in ("S07", "S08", "S09"):
        drop_step(d, sid)
    assert hits(d, "PUN-NOTICE-002") == []


def test_notice_002_without_service_counts_from_notice() -> None:
    d = base_punishment()
    drop_step(d, "S08")
    drop_step(d, "S09")
    step(d, "S10")["date"] = "2025-04-14"
    findings = run(d, "PUN-NOTICE-002")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-NOTICE-002", "S10")]
    assert "无送达记录" in findings[0].message


# ------------------------------------------------------------------ PUN-SERVE-001


def test_serve_001_exactly_seven_working_days_over_makeup_sunday() -> None:
    # decision Mon 2025-04-21; 7 WD: 22, 23, 24, 25, 27 (make-up Sunday), 28, 29
    d = base_punishment()
    step(d, "S11")["date"] = "2025-04-29"
    assert hits(d, "PUN-SERVE-001") == []


def test_serve_001_one_day_late() -> None:
    d = base_punishment()
    step(d, "S11")["date"] = "2025-04-30"
    findings = run(d, "PUN-SERVE-001")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-SERVE-001", "S11")]
    message = findings[0].message
    assert "S10" in message and "2025-04-21" in message and "2025-04-29" in message and "2025-04-30" in message
    assert "逾期 1 个工作日（1 个自然日）" in message
    assert findings[0].severity is Severity.ERROR


def test_serve_001_over_national_day() -> None:
    # decision Fri 2025-09-26; 7 WD end Mon 10-13
    d = base_punishment()
    step(d, "S10")["date"] = "2025-09-26"
    step(d, "S11")["date"] = "2025-10-13"
    assert hits(d, "PUN-SERVE-001") == []
    step(d, "S11")["date"] = "2025-10-14"
    assert hits(d, "PUN-SERVE-001") == [("PUN-SERVE-001", "S11")]


def test_serve_001_over_labour_day() -> None:
    # decision Wed 2025-04-30; 7 WD: 05-06 .. 05-09, 05-12, 05-13, 05-14
    d = base_punishment()
    step(d, "S10")["date"] = "2025-04-30"
    step(d, "S11")["date"] = "2025-05-14"
    assert hits(d, "PUN-SERVE-001") == []
    step(d, "S11")["date"] = "2025-05-15"
    assert hits(d, "PUN-SERVE-001") == [("PUN-SERVE-001", "S11")]


def test_serve_001_same_day_service() -> None:
    d = base_punishment()
    step(d, "S11")["date"] = "2025-04-21"
    assert hits(d, "PUN-SERVE-001") == []


def test_serve_001_missing_service_closed_case() -> None:
    d = base_punishment()
    drop_step(d, "S11")
    findings = run(d, "PUN-SERVE-001")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-SERVE-001", "S10")]
    assert "已结案" in findings[0].message


def test_serve_001_service_of_another_step_does_not_count() -> None:
    d = base_punishment()
    step(d, "S11")["of"] = "S07"
    assert hits(d, "PUN-SERVE-001") == [("PUN-SERVE-001", "S10")]


def test_serve_001_open_case_alerts_over_makeup_sunday() -> None:
    # decision Mon 2025-04-21, last day 04-29; Sunday 04-27 is a make-up working day
    d = open_case(base_punishment(), "S11", "S12", "S13", "S14", "S15")
    assert hits(d, "PUN-SERVE-001", as_of=dt.date(2025, 4, 24)) == []  # 25, 27, 28, 29: 4 WD left
    assert alerts(d, "PUN-SERVE-001", "2025-04-25") == [("PUN-SERVE-001", "S10", "warning", "yellow")]  # 27, 28, 29
    assert alerts(d, "PUN-SERVE-001", "2025-04-26") == [("PUN-SERVE-001", "S10", "warning", "yellow")]
    assert alerts(d, "PUN-SERVE-001", "2025-04-29") == [("PUN-SERVE-001", "S10", "warning", "yellow")]
    assert alerts(d, "PUN-SERVE-001", "2025-04-30") == [("PUN-SERVE-001", "S10", "error", "red")]


def test_serve_001_alert_messages() -> None:
    d = open_case(base_punishment(), "S11", "S12", "S13", "S14", "S15")
    (yellow,) = run(d, "PUN-SERVE-001", as_of=dt.date(2025, 4, 25))
    assert yellow.message.endswith("截至 2025-04-25 案卷中无送达记录（黄色预警）距期限届满还有 3 个工作日（期限 2025-04-29）。")
    (today,) = run(d, "PUN-SERVE-001", as_of=dt.date(2025, 4, 29))
    assert "还有 0 个工作日（期限 2025-04-29）" in today.message
    (red,) = run(d, "PUN-SERVE-001", as_of=dt.date(2025, 4, 30))
    assert red.message.endswith("截至 2025-04-30 案卷中无送达记录（红色预警）已超过期限 1 日。")


def test_serve_001_open_case_served_late_is_no_alert() -> None:
    d = open_case(base_punishment(), "S12", "S13", "S14", "S15")
    step(d, "S11")["date"] = "2025-04-30"
    assert alerts(d, "PUN-SERVE-001", "2025-05-06") == [("PUN-SERVE-001", "S11", "error", None)]


def test_serve_001_uncovered_year() -> None:
    # decision Mon 2027-03-01; 7 WD (weekends only) end Wed 03-10
    d = base_punishment()
    step(d, "S10")["date"] = "2027-03-01"
    step(d, "S11")["date"] = "2027-03-10"
    assert hits(d, "PUN-SERVE-001") == [("GEN-TIME-005", None)]
    step(d, "S11")["date"] = "2027-03-11"
    assert hits(d, "PUN-SERVE-001") == [("GEN-TIME-005", None), ("PUN-SERVE-001", "S11")]


# ------------------------------------------------------------------ PUN-DEC-005


def test_dec_005_meta() -> None:
    meta = punishment.DecisionApproved.meta
    assert (meta.severity, meta.confidence) == (Severity.ERROR, Confidence.CONFIRMED)


def test_dec_005_approved_before_the_decision_day() -> None:
    d = base_punishment()
    step(d, "S10")["approved_on"] = "2025-04-18"
    assert hits(d, "PUN-DEC-005") == []


def test_dec_005_approved_one_day_after() -> None:
    d = base_punishment()
    step(d, "S10")["approved_on"] = "2025-04-22"
    findings = run(d, "PUN-DEC-005")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-DEC-005", "S10")]
    assert "审批日期 2025-04-22 晚于决定日 1 日" in findings[0].message


def test_dec_005_no_approver() -> None:
    d = base_punishment()
    del step(d, "S10")["approved_by"]
    del step(d, "S10")["approved_on"]
    findings = run(d, "PUN-DEC-005")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-DEC-005", "S10")]
    assert "无负责人审批记录" in findings[0].message


def test_dec_005_approver_is_not_an_agency_head() -> None:
    d = base_punishment()
    step(d, "S10")["approved_by"] = "O1"
    findings = run(d, "PUN-DEC-005")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-DEC-005", "S10")]
    assert "O1 陈立新的身份为主办执法人员，不是行政机关负责人" in findings[0].message


def test_dec_005_approver_unknown_and_no_date_in_one_finding() -> None:
    d = base_punishment()
    step(d, "S10")["approved_by"] = "O77"
    del step(d, "S10")["approved_on"]
    findings = run(d, "PUN-DEC-005")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-DEC-005", "S10")]
    assert "审批人 O77 不在案卷人员名单中；无审批日期" in findings[0].message


def test_dec_005_each_decision_judged() -> None:
    d = base_punishment()
    d["steps"].append({"id": "S16", "kind": "decision", "date": "2025-05-06", "approved_by": "O2",
                       "approved_on": "2025-05-06", "penalties": [{"kind": "warning"}]})
    assert hits(d, "PUN-DEC-005") == [("PUN-DEC-005", "S16")]


# ------------------------------------------------------------------ PUN-DEC-011

BORN_2011_05_20 = "330199201105200013"


def individual(d: dict[str, Any], id_number: str | None, violation: str | None = None) -> dict[str, Any]:
    d["case"]["party"] = {"kind": "individual", "name": "李某某", "id_number": id_number}
    if violation is not None:
        d["case"]["violation"] = {"start": violation}
    return d


def test_dec_011_on_the_14th_birthday_still_under_14() -> None:
    findings = run(individual(base_punishment(), BORN_2011_05_20, "2025-05-20"), "PUN-DEC-011")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-DEC-011", "S10")]
    message = findings[0].message
    assert "2011-05-20" in message and "2025-05-20" in message and "S10" in message and "罚款" in message
    assert findings[0].severity is Severity.ERROR


def test_dec_011_the_day_after_the_14th_birthday() -> None:
    assert hits(individual(base_punishment(), BORN_2011_05_20, "2025-05-21"), "PUN-DEC-011") == []


def test_dec_011_without_violation_date_uses_the_decision_day() -> None:
    d = individual(base_punishment(), "33019920110421001X")  # 14 on 2025-04-21, the decision day
    assert hits(d, "PUN-DEC-011") == [("PUN-DEC-011", "S10")]
    assert "按决定日" in run(d, "PUN-DEC-011")[0].message
    d["case"]["party"]["id_number"] = "33019920110420001x"  # 14 the day before
    assert hits(d, "PUN-DEC-011") == []


def test_dec_011_born_on_29_february() -> None:
    # born 2008-02-29: the 14th birthday is taken as 2022-02-28
    d = individual(base_punishment(), "330199200802290021", "2022-02-28")
    assert hits(d, "PUN-DEC-011") == [("PUN-DEC-011", "S10")]
    d["case"]["violation"]["start"] = "2022-03-01"
    assert hits(d, "PUN-DEC-011") == []


@pytest.mark.parametrize(
    "id_number",
    [None, "330199********0013", "330199110520001", "330199201102300013", "33019920110520001A"],
    ids=["missing", "masked", "15-digit", "no-such-date", "bad-check-char"],
)
def test_dec_011_unreadable_id_number_is_silent(id_number: str | None) -> None:
    assert hits(individual(base_punishment(), id_number, "2020-01-01"), "PUN-DEC-011") == []


def test_dec_011_organisation_or_no_penalty() -> None:
    d = base_punishment()
    d["case"]["party"]["id_number"] = BORN_2011_05_20  # an organisation's representative: not the party
    assert hits(d, "PUN-DEC-011") == []
    d = individual(base_punishment(), BORN_2011_05_20, "2025-01-01")
    step(d, "S10")["penalties"] = []
    assert hits(d, "PUN-DEC-011") == []


def test_dec_011_summary_procedure_too() -> None:
    d = individual(summary_case(), BORN_2011_05_20, "2025-03-03")
    assert hits(d, "PUN-DEC-011") == [("PUN-DEC-011", "S01")]


# ------------------------------------------------------------------ PUN-FILE-002


def test_file_002_silent_without_a_profile_deadline() -> None:
    d = base_punishment()
    step(d, "S02")["date"] = "2025-12-01"
    assert hits(d, "PUN-FILE-002") == []


def test_file_002_base_in_time() -> None:
    assert hits(base_punishment(), "PUN-FILE-002", profile=with_filing_deadline(15)) == []


def test_file_002_over_national_day_and_makeup_days() -> None:
    # discovery Fri 2025-09-19; 15 WD end Thu 10-16 (make-up days 09-28 and 10-11 count)
    d = base_punishment()
    step(d, "S01")["date"] = "2025-09-19"
    step(d, "S02")["date"] = "2025-10-16"
    prof = with_filing_deadline(15)
    assert hits(d, "PUN-FILE-002", profile=prof) == []
    step(d, "S02")["date"] = "2025-10-17"
    findings = run(d, "PUN-FILE-002", profile=prof)
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-FILE-002", "S02")]
    assert "S01" in findings[0].message and "2025-10-16" in findings[0].message and "逾期 1 日" in findings[0].message
    assert findings[0].severity is Severity.WARNING


def test_file_002_calendar_days() -> None:
    # 10 calendar days from Mon 2025-03-03 = Thu 03-13
    d = base_punishment()
    step(d, "S02")["date"] = "2025-03-13"
    assert hits(d, "PUN-FILE-002", profile=with_filing_deadline(10, "calendar")) == []
    step(d, "S02")["date"] = "2025-03-14"
    assert hits(d, "PUN-FILE-002", profile=with_filing_deadline(10, "calendar")) == [("PUN-FILE-002", "S02")]


def test_file_002_open_case_alerts() -> None:
    # discovery 2025-03-03; 15 WD end Mon 03-24
    d = open_case(base_punishment(), *[f"S{n:02d}" for n in range(2, 16)])
    prof = with_filing_deadline(15)
    assert hits(d, "PUN-FILE-002", profile=prof, as_of=dt.date(2025, 3, 18)) == []  # 19, 20, 21, 24: 4 WD
    assert alerts(d, "PUN-FILE-002", "2025-03-19", profile=prof) == [("PUN-FILE-002", "S01", "warning", "yellow")]
    assert alerts(d, "PUN-FILE-002", "2025-03-25", profile=prof) == [("PUN-FILE-002", "S01", "warning", "red")]
    assert "（红色预警）已超过期限 1 日" in run(d, "PUN-FILE-002", profile=prof, as_of=dt.date(2025, 3, 25))[0].message


def test_file_002_without_discovery_or_in_summary_procedure() -> None:
    d = base_punishment()
    step(d, "S02")["date"] = "2025-12-01"
    drop_step(d, "S01")
    assert hits(d, "PUN-FILE-002", profile=with_filing_deadline(15)) == []
    d = base_punishment()
    d["case"]["procedure"] = "summary"
    step(d, "S02")["date"] = "2025-12-01"
    assert hits(d, "PUN-FILE-002", profile=with_filing_deadline(15)) == []


# ------------------------------------------------------------------ PUN-LIMIT-001 / PUN-LIMIT-101

LIMIT_IDS = ("PUN-LIMIT-001", "PUN-LIMIT-101")


def violated(start: str, discovered: str, **violation: Any) -> dict[str, Any]:
    d = base_punishment()
    d["case"]["violation"] = {"start": start, **violation}
    step(d, "S01")["date"] = discovered
    return d


def test_limit_meta() -> None:
    assert punishment.LimitationTwoYears.meta.severity is Severity.WARNING
    assert punishment.LimitationFiveYears.meta.severity is Severity.ERROR


def test_limit_discovered_on_the_last_day_of_two_years() -> None:
    assert hits(violated("2022-03-01", "2024-03-01"), *LIMIT_IDS) == []
    assert hits(violated("2022-03-01", "2024-03-01"), "PUN-LIMIT-001") == []
    assert hits(violated("2022-03-01", "2024-03-01"), "PUN-LIMIT-101") == []


def test_limit_discovered_one_day_after_two_years() -> None:
    findings = run(violated("2022-03-01", "2024-03-02"), *LIMIT_IDS)
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-LIMIT-001", "S10")]
    message = findings[0].message
    assert "2022-03-01" in message and "2024-03-01" in message and "S01" in message
    assert "五年（至 2027-03-01）" in message and "请核实" in message
    assert "修订前" not in message
    assert findings[0].severity is Severity.WARNING


def test_limit_last_day_on_a_holiday_moves() -> None:
    # 2 years from 2023-10-01 end on 2025-10-01 (National Day) -> 10-09
    assert hits(violated("2023-10-01", "2025-10-09"), *LIMIT_IDS) == []
    assert hits(violated("2023-10-01", "2025-10-10"), *LIMIT_IDS) == [("PUN-LIMIT-001", "S10")]


def test_limit_five_years() -> None:
    # 5 years from 2019-06-03 end Mon 2024-06-03
    assert hits(violated("2019-06-03", "2024-06-03"), *LIMIT_IDS) == [("PUN-LIMIT-001", "S10")]
    assert hits(violated("2019-06-03", "2024-06-03"), "PUN-LIMIT-101") == []
    findings = run(violated("2019-06-03", "2024-06-04"), *LIMIT_IDS)
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-LIMIT-101", "S10")]
    assert "已超过五年（至 2024-06-03）" in findings[0].message
    assert findings[0].severity is Severity.ERROR


def test_limit_counts_from_the_end_of_the_act() -> None:
    assert hits(violated("2021-09-01", "2024-03-04", end="2022-03-04"), *LIMIT_IDS) == []
    assert hits(violated("2021-09-01", "2024-03-05", end="2022-03-04"), *LIMIT_IDS) == [("PUN-LIMIT-001", "S10")]
    assert "终了" in run(violated("2021-09-01", "2024-03-05", end="2022-03-04"), "PUN-LIMIT-001")[0].message


def test_limit_continuing_act_without_end_has_not_begun() -> None:
    assert hits(violated("2015-01-05", "2025-03-03", continuing=True), *LIMIT_IDS) == []


def test_limit_without_discovery_uses_the_filing_day() -> None:
    d = violated("2022-03-01", "2024-03-01")
    drop_step(d, "S01")
    step(d, "S02")["date"] = "2024-03-04"
    findings = run(d, *LIMIT_IDS)
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-LIMIT-001", "S10")]
    assert "按立案日" in findings[0].message


def test_limit_no_penalty_imposed() -> None:
    d = violated("2019-06-03", "2024-06-04")
    step(d, "S10")["penalties"] = []
    assert hits(d, *LIMIT_IDS) == []


def test_limit_open_case_before_decision() -> None:
    d = open_case(violated("2019-06-03", "2024-06-04"), "S10", "S11", "S12", "S13", "S14", "S15")
    findings = run(d, *LIMIT_IDS)
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-LIMIT-101", "S01")]
    assert "不得再作出处罚决定" in findings[0].message


def test_limit_summary_procedure_too() -> None:
    d = summary_case()
    d["case"]["violation"] = {"start": "2022-03-01"}
    d["steps"].insert(0, {"id": "S00", "kind": "discovery", "date": "2025-03-03"})
    assert hits(d, *LIMIT_IDS) == [("PUN-LIMIT-001", "S01")]


def test_limit_no_violation_dates() -> None:
    d = base_punishment()
    step(d, "S01")["date"] = "2015-01-01"
    assert hits(d, *LIMIT_IDS) == []


# ------------------------------------------------------------------ PUN-NOTICE-003


def proposed(*penalties: dict[str, str], decided: list[dict[str, str]] | None = None) -> dict[str, Any]:
    """base_punishment() whose advance notice proposes ``penalties``; the decision imposes ``decided``."""
    d = base_punishment()
    step(d, "S07")["penalties"] = list(penalties)
    if decided is not None:
        step(d, "S10")["penalties"] = decided
    return d


FINE_50000 = {"kind": "fine", "amount": "50000"}


def test_notice_003_same_or_lower_fine() -> None:
    assert hits(proposed(FINE_50000, decided=[FINE_50000]), "PUN-NOTICE-003") == []
    assert hits(proposed(FINE_50000, decided=[{"kind": "fine", "amount": "40000"}]), "PUN-NOTICE-003") == []


def test_notice_003_higher_fine() -> None:
    d = proposed(FINE_50000, decided=[{"kind": "fine", "amount": "50000.01"}])
    findings = run(d, "PUN-NOTICE-003")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-NOTICE-003", "S10")]
    assert "罚款 50000.01 元，高于告知的 50000 元" in findings[0].message and "S07" in findings[0].message
    assert findings[0].severity is Severity.ERROR


def test_notice_003_added_heavier_kind() -> None:
    d = proposed(FINE_50000, decided=[FINE_50000, {"kind": "suspension_of_business"}])
    findings = run(d, "PUN-NOTICE-003")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-NOTICE-003", "S10")]
    assert "增加了告知中没有的责令停产停业" in findings[0].message


def test_notice_003_added_lighter_kind_on_top_is_heavier() -> None:
    d = proposed(FINE_50000, decided=[FINE_50000, {"kind": "warning"}])
    assert hits(d, "PUN-NOTICE-003") == [("PUN-NOTICE-003", "S10")]


def test_notice_003_lighter_kind_in_place() -> None:
    assert hits(proposed(FINE_50000, decided=[{"kind": "warning"}]), "PUN-NOTICE-003") == []
    # same category in place (Art 9 item 2)
    d = proposed(FINE_50000, {"kind": "confiscation_of_property"},
                 decided=[FINE_50000, {"kind": "confiscation_of_gains", "amount": "3000"}])
    assert hits(d, "PUN-NOTICE-003") == []


def test_notice_003_heavier_kind_in_place() -> None:
    assert hits(proposed({"kind": "warning"}, decided=[FINE_50000]), "PUN-NOTICE-003") == [("PUN-NOTICE-003", "S10")]
    d = proposed({"kind": "warning"}, {"kind": "licence_suspension"},
                 decided=[{"kind": "licence_suspension"}, {"kind": "fine", "amount": "1000"}])
    assert hits(d, "PUN-NOTICE-003") == [("PUN-NOTICE-003", "S10")]


def test_notice_003_fresh_notice_resets() -> None:
    d = proposed(FINE_50000, decided=[{"kind": "fine", "amount": "80000"}])
    d["steps"].append({"id": "S16", "kind": "advance_notice", "date": "2025-04-14",
                       "rights": ["statement", "defence", "hearing"], "penalties": [{"kind": "fine", "amount": "80000"}]})
    assert hits(d, "PUN-NOTICE-003") == []
    step(d, "S16")["date"] = "2025-04-22"  # after the decision: does not count
    assert hits(d, "PUN-NOTICE-003") == [("PUN-NOTICE-003", "S10")]


def test_notice_003_notice_without_penalties() -> None:
    d = base_punishment()
    step(d, "S10")["penalties"] = [{"kind": "fine", "amount": "8000"}, {"kind": "licence_revocation"}]
    assert hits(d, "PUN-NOTICE-003") == []


# ------------------------------------------------------------------ PUN-PAY-002


def test_pay_002_on_the_last_day() -> None:
    # served Tue 2025-04-22; 15 days end Wed 05-07
    d = base_punishment()
    step(d, "S13")["date"] = "2025-05-07"
    assert hits(d, "PUN-PAY-002") == []


def test_pay_002_one_day_late() -> None:
    d = base_punishment()
    step(d, "S13")["date"] = "2025-05-08"
    findings = run(d, "PUN-PAY-002")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-PAY-002", "S13")]
    message = findings[0].message
    assert "8000 元" in message and "S11" in message and "2025-05-07" in message and "逾期 1 日" in message
    assert findings[0].severity is Severity.WARNING


def test_pay_002_last_day_moves_past_national_day() -> None:
    # served 2025-09-16; 15 days end 10-01 (holiday) -> 10-09
    d = base_punishment()
    step(d, "S10")["date"] = "2025-09-16"
    step(d, "S11")["date"] = "2025-09-16"
    step(d, "S13")["date"] = "2025-10-09"
    assert hits(d, "PUN-PAY-002") == []
    step(d, "S13")["date"] = "2025-10-10"
    assert hits(d, "PUN-PAY-002") == [("PUN-PAY-002", "S13")]


def test_pay_002_last_day_on_saturday_moves_to_makeup_sunday() -> None:
    # served Fri 2025-09-12; 15 days end Sat 09-27 -> Sun 09-28, a make-up working day
    d = base_punishment()
    step(d, "S10")["date"] = "2025-09-12"
    step(d, "S11")["date"] = "2025-09-12"
    step(d, "S13")["date"] = "2025-09-28"
    assert hits(d, "PUN-PAY-002") == []
    step(d, "S13")["date"] = "2025-09-29"
    assert hits(d, "PUN-PAY-002") == [("PUN-PAY-002", "S13")]


def test_pay_002_closed_without_payment_or_enforcement() -> None:
    d = base_punishment()
    drop_step(d, "S13")
    findings = run(d, "PUN-PAY-002")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-PAY-002", "S10")]
    assert "既无缴款记录，也无催告或强制执行记录" in findings[0].message
    d["steps"].append({"id": "S16", "kind": "demand_notice", "date": "2025-05-12"})
    assert hits(d, "PUN-PAY-002") == []


def test_pay_002_revoked_decision_needs_no_payment() -> None:
    d = base_punishment()
    drop_step(d, "S13")
    d["steps"].append({"id": "S16", "kind": "revocation", "date": "2025-05-06"})
    assert hits(d, "PUN-PAY-002") == []


def test_pay_002_payment_before_the_decision_does_not_count() -> None:
    d = base_punishment()
    step(d, "S13")["date"] = "2025-04-18"
    assert hits(d, "PUN-PAY-002") == [("PUN-PAY-002", "S10")]


def test_pay_002_payment_of_another_decision_does_not_count() -> None:
    d = base_punishment()
    step(d, "S13")["of"] = "S07"
    assert hits(d, "PUN-PAY-002") == [("PUN-PAY-002", "S10")]
    step(d, "S13")["of"] = "S10"
    assert hits(d, "PUN-PAY-002") == []


def test_pay_002_open_case_alerts_over_labour_day() -> None:
    # served 04-22, last day 05-07; 05-01..05-05 holiday
    d = open_case(base_punishment(), "S13", "S14", "S15")
    assert hits(d, "PUN-PAY-002", as_of=dt.date(2025, 4, 28)) == []  # 29, 30, 05-06, 05-07: 4 WD left
    assert alerts(d, "PUN-PAY-002", "2025-04-29") == [("PUN-PAY-002", "S10", "warning", "yellow")]
    assert alerts(d, "PUN-PAY-002", "2025-05-07") == [("PUN-PAY-002", "S10", "warning", "yellow")]
    assert alerts(d, "PUN-PAY-002", "2025-05-08") == [("PUN-PAY-002", "S10", "warning", "red")]
    (red,) = run(d, "PUN-PAY-002", as_of=dt.date(2025, 5, 8))
    assert "（红色预警）已超过期限 1 日" in red.message


def test_pay_002_open_case_with_enforcement_started() -> None:
    d = open_case(base_punishment(), "S13", "S14", "S15")
    d["steps"].append({"id": "S16", "kind": "demand_notice", "date": "2025-05-12"})
    assert hits(d, "PUN-PAY-002", as_of=dt.date(2025, 6, 1)) == []


def test_pay_002_general_decision_not_served_left_to_serve_001() -> None:
    d = base_punishment()
    drop_step(d, "S11")
    drop_step(d, "S13")
    assert hits(d, "PUN-PAY-002") == []


def test_pay_002_no_fine() -> None:
    d = base_punishment()
    step(d, "S10")["penalties"] = [{"kind": "warning"}]
    drop_step(d, "S13")
    assert hits(d, "PUN-PAY-002") == []


def test_pay_002_summary_decision_handed_over_on_the_spot() -> None:
    # decided Mon 2025-03-03 on the spot: 15 days end Tue 03-18
    d = summary_case()
    step(d, "S02")["date"] = "2025-03-18"
    assert hits(d, "PUN-PAY-002") == []
    step(d, "S02")["date"] = "2025-03-19"
    findings = run(d, "PUN-PAY-002")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-PAY-002", "S02")]
    assert "当场交付" in findings[0].message


# ------------------------------------------------------------------ PUN-SIMPLE-001


def summary_case(kind: str = "individual", day: str = "2025-03-03",
                 penalties: list[dict[str, str]] | None = None) -> dict[str, Any]:
    """A compliant summary (当场) punishment: a 200-yuan fine on a citizen, paid the same day."""
    d = base_punishment()
    d["case"]["procedure"] = "summary"
    d["case"]["party"] = {"kind": kind, "name": "李某某"}
    d["steps"] = [
        {"id": "S01", "kind": "decision", "date": day, "officers": ["O1", "O2"], "certificates_shown": True,
         "rights": ["statement", "defence"],
         "penalties": penalties if penalties is not None else [{"kind": "fine", "amount": "200"}]},
        {"id": "S02", "kind": "payment", "date": day},
        {"id": "S03", "kind": "closing", "date": day},
    ]
    d["documents"] = []
    d["av_records"] = []
    return d


def test_simple_001_base_summary_case_passes_every_rule() -> None:
    assert hits(summary_case(), *ALL_IDS) == []


@pytest.mark.parametrize(("kind", "amount"), [("individual", "200"), ("organisation", "3000")])
def test_simple_001_at_the_ceiling(kind: str, amount: str) -> None:
    assert hits(summary_case(kind, penalties=[{"kind": "fine", "amount": amount}]), "PUN-SIMPLE-001") == []


@pytest.mark.parametrize(("kind", "amount"), [("individual", "200.01"), ("organisation", "3001")])
def test_simple_001_above_the_ceiling(kind: str, amount: str) -> None:
    findings = run(summary_case(kind, penalties=[{"kind": "fine", "amount": amount}]), "PUN-SIMPLE-001")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-SIMPLE-001", "S01")]
    assert f"罚款 {amount} 元" in findings[0].message and "第五十一条" in findings[0].message
    assert findings[0].severity is Severity.ERROR


def test_simple_001_several_fines_add_up() -> None:
    d = summary_case(penalties=[{"kind": "fine", "amount": "150"}, {"kind": "fine", "amount": "100"}])
    assert hits(d, "PUN-SIMPLE-001") == [("PUN-SIMPLE-001", "S01")]


@pytest.mark.parametrize("kind", ["confiscation_of_property", "criticism", "licence_suspension"])
def test_simple_001_other_penalty_kinds(kind: str) -> None:
    d = summary_case(penalties=[{"kind": "fine", "amount": "100"}, {"kind": kind}])
    findings = run(d, "PUN-SIMPLE-001")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-SIMPLE-001", "S01")]
    assert punishment.PENALTY_LABELS[PenaltyKind(kind)] in findings[0].message


def test_simple_001_warning_only_and_general_procedure() -> None:
    assert hits(summary_case(penalties=[{"kind": "warning"}]), "PUN-SIMPLE-001") == []
    assert hits(fined("200000"), "PUN-SIMPLE-001") == []


# ------------------------------------------------------------------ PUN-SIMPLE-005


def test_simple_005_rights_recorded_on_the_decision() -> None:
    assert hits(summary_case(), "PUN-SIMPLE-005") == []
    d = summary_case()
    step(d, "S01")["rights"] = ["defence"]
    assert hits(d, "PUN-SIMPLE-005") == []


def test_simple_005_nothing_recorded() -> None:
    d = summary_case()
    step(d, "S01")["rights"] = []
    findings = run(d, "PUN-SIMPLE-005")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-SIMPLE-005", "S01")]
    assert "无告知和听取陈述、申辩的记录" in findings[0].message
    assert findings[0].severity is Severity.WARNING


def test_simple_005_statement_step_on_the_decision_day() -> None:
    d = summary_case()
    step(d, "S01")["rights"] = []
    d["steps"].append({"id": "S04", "kind": "statement_and_defence", "date": "2025-03-03", "waived": True})
    assert hits(d, "PUN-SIMPLE-005") == []
    step(d, "S04")["date"] = "2025-03-04"  # after the decision
    assert hits(d, "PUN-SIMPLE-005") == [("PUN-SIMPLE-005", "S01")]


def test_simple_005_advance_notice_before() -> None:
    d = summary_case()
    step(d, "S01")["rights"] = []
    d["steps"].append({"id": "S04", "kind": "advance_notice", "date": "2025-03-03"})
    assert hits(d, "PUN-SIMPLE-005") == []


def test_simple_005_general_procedure_not_judged() -> None:
    d = base_punishment()
    step(d, "S10")["rights"] = []
    for sid in ("S07", "S08", "S09"):
        drop_step(d, sid)
    assert hits(d, "PUN-SIMPLE-005") == []


# ------------------------------------------------------------------ PUN-EVID-002


def preserved(day: str, decided: str | None, *, approved_on: str | None = None) -> dict[str, Any]:
    """base_punishment() with an approved evidence preservation S16 on ``day`` and its handling
    decision S17 (``of`` = S16) on ``decided`` (None: no decision)."""
    d = base_punishment()
    d["steps"].append({
        "id": "S16", "kind": "evidence_preservation", "start": f"{day}T10:00:00", "end": f"{day}T11:00:00",
        "officers": ["O1", "O2"], "certificates_shown": True, "party_present": True, "party_signed": True,
        "approved_by": "O9", "approved_on": approved_on or day, "records": [{"document": "D02"}],
    })
    if decided is not None:
        d["steps"].append({"id": "S17", "kind": "preservation_decision", "date": decided, "of": "S16",
                           "approved_by": "O9", "approved_on": decided})
    return d


def test_evid_002_meta() -> None:
    meta = punishment.EvidencePreservation.meta
    assert meta.severity is Severity.ERROR
    assert meta.confidence is Confidence.CONFIRMED
    assert meta.parameters == ("alert_window", "preservation_emergency_report")
    assert [(b.article, b.paragraph, b.note) for b in meta.legal_basis] == [
        (56, None, None), (85, None, None), (37, 2, "2017年修正")
    ]


def test_evid_002_approved_and_decided_in_time() -> None:
    # Thu 2025-03-06: 7 WD: 03-07, 10, 11, 12, 13, 14, 17
    assert hits(preserved("2025-03-06", "2025-03-10"), "PUN-EVID-002") == []
    assert hits(preserved("2025-03-06", "2025-03-17"), "PUN-EVID-002") == []
    assert hits(preserved("2025-03-06", "2025-03-06"), "PUN-EVID-002") == []  # decided the same day


def test_evid_002_one_working_day_late() -> None:
    findings = run(preserved("2025-03-06", "2025-03-18"), "PUN-EVID-002")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-EVID-002", "S17")]
    message = findings[0].message
    assert "S16 证据先行登记保存（2025-03-06）后应在 7 个工作日内（至 2025-03-17）作出处理决定" in message
    assert "S17 先行登记保存处理决定（2025-03-18）逾期 1 个工作日（1 个自然日）" in message
    assert findings[0].severity is Severity.ERROR


def test_evid_002_over_national_day_with_make_up_days() -> None:
    # Fri 2025-09-26: 7 WD: 09-28 (Sun), 09-29, 09-30, 10-09, 10-10, 10-11 (Sat), 10-13
    assert hits(preserved("2025-09-26", "2025-10-13"), "PUN-EVID-002") == []
    assert hits(preserved("2025-09-26", "2025-10-14"), "PUN-EVID-002") == [("PUN-EVID-002", "S17")]


def test_evid_002_over_labour_day() -> None:
    # Fri 2025-04-25: 7 WD: 04-27 (Sun), 04-28, 04-29, 04-30, 05-06, 05-07, 05-08
    assert hits(preserved("2025-04-25", "2025-05-08"), "PUN-EVID-002") == []
    findings = run(preserved("2025-04-25", "2025-05-09"), "PUN-EVID-002")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-EVID-002", "S17")]
    assert "至 2025-05-08" in findings[0].message


def test_evid_002_approved_beforehand() -> None:
    assert hits(preserved("2025-03-06", "2025-03-10", approved_on="2025-03-05"), "PUN-EVID-002") == []


def test_evid_002_approved_a_day_after() -> None:
    findings = run(preserved("2025-03-06", "2025-03-10", approved_on="2025-03-07"), "PUN-EVID-002")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-EVID-002", "S16")]
    assert "未经行政机关负责人事前批准：批准日期 2025-03-07 晚于登记保存之日 2025-03-06" in findings[0].message


def test_evid_002_emergency_report_within_24_hours_in_market_regulation() -> None:
    # 市场监督管理行政处罚程序规定 Art 33 para 2: in an emergency, report within 24 hours and approve afterwards
    d = preserved("2025-03-06", "2025-03-10", approved_on="2025-03-07")
    step(d, "S16")["emergency_reason"] = "当事人正在转移涉案食品"
    assert hits(d, "PUN-EVID-002", profile="market-regulation") == []
    assert hits(d, "PUN-EVID-002") == [("PUN-EVID-002", "S16")]  # 行政处罚法 Art 56 knows no such exception
    del step(d, "S16")["emergency_reason"]  # no emergency recorded: approval came too late
    assert hits(d, "PUN-EVID-002", profile="market-regulation") == [("PUN-EVID-002", "S16")]
    d = preserved("2025-03-06", "2025-03-10", approved_on="2025-03-08")
    step(d, "S16")["emergency_reason"] = "当事人正在转移涉案食品"
    assert hits(d, "PUN-EVID-002", profile="market-regulation") == [("PUN-EVID-002", "S16")]  # beyond 24 hours


def test_evid_002_no_approval_recorded() -> None:
    d = preserved("2025-03-06", "2025-03-10")
    del step(d, "S16")["approved_by"]
    del step(d, "S16")["approved_on"]
    findings = run(d, "PUN-EVID-002")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-EVID-002", "S16")]
    assert "案卷中无批准人（approved-by）；无批准日期（approved-on）" in findings[0].message


def test_evid_002_approver_without_date() -> None:
    d = preserved("2025-03-06", "2025-03-10")
    del step(d, "S16")["approved_on"]
    findings = run(d, "PUN-EVID-002")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-EVID-002", "S16")]
    assert findings[0].message == ("S16 证据先行登记保存（2025-03-06）未经行政机关负责人事前批准："
                                   "无批准日期（approved-on），无法确认登记保存前已经批准。")


def test_evid_002_approver_not_agency_head() -> None:
    d = preserved("2025-03-06", "2025-03-10")
    step(d, "S16")["approved_by"] = "O1"
    findings = run(d, "PUN-EVID-002")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-EVID-002", "S16")]
    assert "批准人 O1 陈立新的身份为主办执法人员，不是行政机关负责人" in findings[0].message


def test_evid_002_both_defects() -> None:
    d = preserved("2025-03-06", "2025-03-18", approved_on="2025-03-07")
    assert hits(d, "PUN-EVID-002") == [("PUN-EVID-002", "S16"), ("PUN-EVID-002", "S17")]


def test_evid_002_closed_case_without_decision() -> None:
    findings = run(preserved("2025-03-06", None), "PUN-EVID-002")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-EVID-002", "S16")]
    assert "案件已结案，但案卷中无该登记保存的处理决定" in findings[0].message
    assert findings[0].alert is None


def test_evid_002_open_case_alerts() -> None:
    # Fri 2025-09-26: last day Mon 10-13
    d = open_case(preserved("2025-09-26", None))
    assert hits(d, "PUN-EVID-002", as_of=dt.date(2025, 9, 30)) == []  # 10-09, 10-10, 10-11, 10-13: 4 WD left
    assert alerts(d, "PUN-EVID-002", "2025-10-09") == [("PUN-EVID-002", "S16", "warning", "yellow")]  # 3 WD left
    assert alerts(d, "PUN-EVID-002", "2025-10-13") == [("PUN-EVID-002", "S16", "warning", "yellow")]  # due today
    assert alerts(d, "PUN-EVID-002", "2025-10-14") == [("PUN-EVID-002", "S16", "error", "red")]


def test_evid_002_alert_messages() -> None:
    d = open_case(preserved("2025-09-26", None))
    (yellow,) = run(d, "PUN-EVID-002", as_of=dt.date(2025, 10, 9))
    assert ("截至 2025-10-09 案卷中无处理决定（黄色预警）距期限届满还有 3 个工作日（期限 2025-10-13）"
            in yellow.message)
    (red,) = run(d, "PUN-EVID-002", as_of=dt.date(2025, 10, 16))
    assert "截至 2025-10-16 案卷中无处理决定（红色预警）已超过期限 3 日" in red.message
    assert red.alert is Alert.RED and red.severity is Severity.ERROR


def test_evid_002_open_case_decided_late_is_not_an_alert() -> None:
    d = open_case(preserved("2025-09-26", "2025-10-14"))
    assert alerts(d, "PUN-EVID-002", "2025-10-20") == [("PUN-EVID-002", "S17", "error", None)]


def test_evid_002_decision_without_of_counts_for_earlier_preservations() -> None:
    d = preserved("2025-03-06", "2025-03-12")
    del step(d, "S17")["of"]
    d["steps"].append({**step(d, "S16"), "id": "S18", "start": "2025-03-10T09:00:00", "end": "2025-03-10T10:00:00",
                       "approved_on": "2025-03-10"})
    assert hits(d, "PUN-EVID-002") == []  # one decision disposes of both
    step(d, "S18")["start"] = "2025-03-13T09:00:00"
    step(d, "S18")["end"] = "2025-03-13T10:00:00"
    step(d, "S18")["approved_on"] = "2025-03-13"
    assert hits(d, "PUN-EVID-002") == [("PUN-EVID-002", "S18")]  # preserved after the only decision


def test_evid_002_decision_of_another_preservation_does_not_count() -> None:
    d = preserved("2025-03-06", "2025-03-12")
    d["steps"].append({**step(d, "S16"), "id": "S18", "start": "2025-03-10T09:00:00", "end": "2025-03-10T10:00:00",
                       "approved_on": "2025-03-10"})
    assert hits(d, "PUN-EVID-002") == [("PUN-EVID-002", "S18")]  # S17 decides on S16 only
    d["steps"].append({"id": "S19", "kind": "preservation_decision", "date": "2025-03-19", "of": "S18"})
    assert hits(d, "PUN-EVID-002") == []  # 03-10 + 7 WD = 03-19
    step(d, "S19")["date"] = "2025-03-20"
    assert hits(d, "PUN-EVID-002") == [("PUN-EVID-002", "S19")]


def test_evid_002_decision_before_the_preservation_is_not_its_decision() -> None:
    d = preserved("2025-03-06", "2025-03-05")
    del step(d, "S17")["of"]
    assert hits(d, "PUN-EVID-002") == [("PUN-EVID-002", "S16")]


def test_evid_002_other_case_types_not_judged() -> None:
    d = base_coercive_measure()
    d["steps"].append({"id": "S16", "kind": "evidence_preservation", "date": "2025-06-03"})
    assert hits(d, "PUN-EVID-002") == []
    d["case"]["type"] = "punishment"
    assert hits(d, "PUN-EVID-002") == [("PUN-EVID-002", "S16"), ("PUN-EVID-002", "S16")]


# ------------------------------------------------------------------ PUN-HEAR-005 / PUN-HEAR-006


def heard(chair: str | None = "O3", agents: int | None = 1) -> dict[str, Any]:
    """A 100,000-yuan case with a hearing S18 (chair, agents) after a request and a notice."""
    d = with_hearing("2025-04-15", "2025-04-24")
    if chair is not None:
        step(d, "S18")["chair"] = chair
    if agents is not None:
        step(d, "S18")["agents"] = agents
    step(d, "S10")["date"] = "2025-04-28"
    step(d, "S11")["date"] = "2025-04-28"
    return d


def test_hear_005_meta() -> None:
    meta = punishment.HearingChairNotInvestigator.meta
    assert meta.severity is Severity.ERROR and meta.confidence is Confidence.CONFIRMED
    assert [(b.article, b.paragraph, b.item, b.note) for b in meta.legal_basis] == [
        (64, 1, 4, None), (42, 1, 4, "2017年修正")
    ]


@pytest.mark.parametrize("chair", ["O3", "O9"])
def test_hear_005_chair_not_an_investigator(chair: str) -> None:
    assert hits(heard(chair), "PUN-HEAR-005") == []


def test_hear_005_hearing_without_chair_not_judged() -> None:
    assert hits(heard(None), "PUN-HEAR-005") == []


def test_hear_005_lead_officer_presides() -> None:
    findings = run(heard("O1"), "PUN-HEAR-005")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-HEAR-005", "S18")]
    assert findings[0].message == (
        "S18 听证（2025-04-24）的主持人 O1（陈立新）是本案的主办执法人员，并参与了 S03 现场检查（2025-03-06）、"
        "S04 询问（2025-03-10），属于本案调查人员。"
    )
    assert findings[0].severity is Severity.ERROR


def test_hear_005_assisting_officer_in_no_step() -> None:
    d = heard("O5")
    d["officers"].append({"id": "O5", "name": "何春燕", "role": "assisting", "certificate": "33019920190003"})
    findings = run(d, "PUN-HEAR-005")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-HEAR-005", "S18")]
    assert "是本案的协办执法人员，属于本案调查人员" in findings[0].message


@pytest.mark.parametrize("sid", ["S03", "S04", "S05"])
def test_hear_005_officer_of_an_investigative_step(sid: str) -> None:
    d = heard("O9")
    step(d, sid).setdefault("officers", []).append("O9")
    findings = run(d, "PUN-HEAR-005")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-HEAR-005", "S18")]
    assert f"O9（周建国）参与了 {sid}" in findings[0].message


def test_hear_005_officer_of_a_non_investigative_step_may_preside() -> None:
    d = heard("O3")  # O3 made the legal review S06
    step(d, "S06")["officers"] = ["O3"]
    assert hits(d, "PUN-HEAR-005") == []


def test_hear_005_each_hearing_judged() -> None:
    d = heard("O3")
    d["steps"].append({"id": "S19", "kind": "hearing", "date": "2025-04-25", "chair": "O2"})
    assert hits(d, "PUN-HEAR-005") == [("PUN-HEAR-005", "S19")]


def test_hear_005_summary_procedure_not_judged() -> None:
    d = heard("O1")
    d["case"]["procedure"] = "summary"
    assert hits(d, "PUN-HEAR-005") == []


def test_hear_006_meta() -> None:
    meta = punishment.HearingAgents.meta
    assert meta.severity is Severity.WARNING and meta.confidence is Confidence.CONFIRMED
    assert [(b.article, b.paragraph, b.item, b.note) for b in meta.legal_basis] == [
        (64, 1, 5, None), (42, 1, 5, "2017年修正")
    ]


@pytest.mark.parametrize("agents", [None, 0, 1, 2])
def test_hear_006_at_most_two_agents(agents: int | None) -> None:
    assert hits(heard(agents=agents), "PUN-HEAR-006") == []


def test_hear_006_three_agents() -> None:
    findings = run(heard(agents=3), "PUN-HEAR-006")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-HEAR-006", "S18")]
    assert findings[0].message == "S18 听证（2025-04-24）当事人委托了 3 名代理人参加听证，超过法定的一至二人（至多 2 人）。"
    assert findings[0].severity is Severity.WARNING


def test_hear_006_summary_procedure_not_judged() -> None:
    d = heard(agents=5)
    d["case"]["procedure"] = "summary"
    assert hits(d, "PUN-HEAR-006") == []


# ------------------------------------------------------------------ PUN-HEAR-004


def held(public: bool | None, note: str | None = None, day: str = "2025-04-24") -> dict[str, Any]:
    """heard() with the hearing's public flag and note set (and optionally its day)."""
    d = heard()
    hearing = step(d, "S18")
    hearing["date"] = day
    if public is not None:
        hearing["public"] = public
    if note is not None:
        hearing["note"] = note
    return d


def test_hear_004_meta() -> None:
    meta = punishment.HearingPublicOrReasoned.meta
    assert meta.severity is Severity.ERROR and meta.confidence is Confidence.CONFIRMED
    assert [(b.article, b.paragraph, b.item, b.note) for b in meta.legal_basis] == [
        (64, 1, 3, None), (42, 1, 3, "2017年修正")
    ]


@pytest.mark.parametrize(("public", "note"), [
    (True, None),
    (None, None),  # not recorded: not judged
    (False, "涉及当事人商业秘密，经当事人申请不公开举行"),
])
def test_hear_004_passes(public: bool | None, note: str | None) -> None:
    assert hits(held(public, note), "PUN-HEAR-004") == []


@pytest.mark.parametrize("note", [None, "", "   "])
def test_hear_004_private_hearing_without_reason(note: str | None) -> None:
    findings = run(held(False, note), "PUN-HEAR-004")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-HEAR-004", "S18")]
    assert findings[0].message == (
        "S18 听证（2025-04-24）不公开举行，但没有记明不公开的理由（note）；"
        "依《中华人民共和国行政处罚法》第六十四条第一款第（三）项，听证除涉及国家秘密、商业秘密或者个人隐私外应当公开举行。"
    )
    assert findings[0].severity is Severity.ERROR


def test_hear_004_old_text_cited_before_2021_07_15() -> None:
    d = held(False, day="2021-07-14")
    assert hits(d, "PUN-HEAR-004") == [("PUN-HEAR-004", "S18")]
    assert "第四十二条第一款第（三）项（2017年修正）" in run(d, "PUN-HEAR-004")[0].message
    d = held(False, day="2021-07-15")
    assert "第六十四条第一款第（三）项，" in run(d, "PUN-HEAR-004")[0].message


def test_hear_004_each_hearing_judged() -> None:
    d = held(True)
    d["steps"].append({"id": "S19", "kind": "hearing", "date": "2025-04-25", "public": False})
    d["steps"].append({"id": "S20", "kind": "hearing", "date": "2025-04-28", "public": False, "note": "涉及个人隐私"})
    assert hits(d, "PUN-HEAR-004") == [("PUN-HEAR-004", "S19")]


def test_hear_004_summary_procedure_not_judged() -> None:
    d = held(False)
    d["case"]["procedure"] = "summary"
    assert hits(d, "PUN-HEAR-004") == []


# ------------------------------------------------------------------ all rules together


def test_one_defective_dossier_complete_list() -> None:
    d = fined("100000")
    step(d, "S07")["rights"] = ["statement", "defence"]
    drop_step(d, "S09")
    step(d, "S10")["date"] = "2025-04-14"
    step(d, "S11")["date"] = "2025-04-24"  # 7 WD from 04-14 end 04-23
    assert hits(d, *ALL_IDS) == [
        ("PUN-DEC-005", "S10"),  # approved on 04-21, a week after the (moved) decision
        ("PUN-HEAR-001", "S07"),
        ("PUN-HEAR-002", "S10"),
        ("PUN-NOTICE-002", "S10"),
        ("PUN-SERVE-001", "S11"),
    ]


# ------------------------------------------------------------------ PUN-PAY-006 deferred or instalment payment (1.2)


def deferred(request: str | None = "2025-04-25", approval: str = "2025-04-28",
             deadline: str | None = "2025-07-31", paid: str = "2025-07-30") -> dict[str, Any]:
    """The base punishment (decision S10 served 04-22) with payment deferred on the party's application."""
    d = base_punishment()
    d["schema_version"] = "1.2"
    step(d, "S13")["date"] = paid
    step(d, "S14")["date"] = "2025-08-05"
    step(d, "S15")["date"] = "2025-08-08"
    if request is not None:
        d["steps"].append({"id": "S16", "kind": "payment_deferral_request", "date": request, "of": "S10"})
    approval_step: dict[str, Any] = {"id": "S17", "kind": "payment_deferral", "date": approval}
    if request is not None:
        approval_step["of"] = "S16"
    if deadline is not None:
        approval_step["deadline"] = deadline
    d["steps"].append(approval_step)
    return d


def test_pay_006_deferral_on_application_and_approval() -> None:
    d = deferred()
    assert hits(d, "PUN-PAY-006") == []
    # without `of` links: the latest request before the approval, the latest fine decision before the request
    del step(d, "S16")["of"], step(d, "S17")["of"]
    assert hits(d, "PUN-PAY-006", "PUN-PAY-002") == []


def test_pay_006_deferral_without_application() -> None:
    d = deferred(request=None)
    findings = run(d, "PUN-PAY-006")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-PAY-006", "S17")]
    assert findings[0].severity is Severity.ERROR
    assert findings[0].message == (
        "S17 批准暂缓（分期）缴纳罚款（2025-04-28）（S10 处罚决定（2025-04-21）罚款 8000 元）："
        "案卷中没有批准日或之前当事人提出的暂缓或者分期缴纳申请（payment_deferral_request）。"
    )


def test_pay_006_application_after_the_approval() -> None:
    d = deferred(request="2025-04-29")
    assert hits(d, "PUN-PAY-006") == [("PUN-PAY-006", "S17")]
    assert "晚于批准日" in run(d, "PUN-PAY-006")[0].message


def test_pay_006_approval_without_deadline() -> None:
    d = deferred(deadline=None)
    assert hits(d, "PUN-PAY-006") == [("PUN-PAY-006", "S17")]
    assert "未载明批准的缴纳期限" in run(d, "PUN-PAY-006")[0].message
    # and the 15 days stay: paid 07-30, due 05-07
    assert hits(d, "PUN-PAY-002") == [("PUN-PAY-002", "S13")]


def test_pay_006_request_without_approval_is_not_judged() -> None:
    d = base_punishment()
    d["steps"].append({"id": "S16", "kind": "payment_deferral_request", "date": "2025-04-25", "of": "S10"})
    assert hits(d, "PUN-PAY-006") == []


def test_pay_002_uses_the_approved_deadline() -> None:
    assert hits(deferred(paid="2025-07-31"), "PUN-PAY-002") == []
    d = deferred(paid="2025-08-01")
    findings = run(d, "PUN-PAY-002")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-PAY-002", "S13")]
    assert findings[0].message == (
        "S10 处罚决定（2025-04-21）罚款 8000 元，决定书于 2025-04-22 送达（S11），经S17 批准暂缓（分期）缴纳罚款"
        "（2025-04-28）批准暂缓缴纳，应在 2025-07-31 前缴清，S13 缴纳罚没款（2025-08-01）逾期 1 日；请核查是否依法加处罚款。"
    )
    step(d, "S17")["instalments"] = 3
    assert "批准分 3 期缴纳" in run(d, "PUN-PAY-002")[0].message


def test_pay_002_open_case_alert_follows_the_deferral() -> None:
    d = deferred()
    drop_step(d, "S13")
    drop_step(d, "S14")
    drop_step(d, "S15")
    d["case"]["status"] = "open"
    assert hits(d, "PUN-PAY-002", as_of=dt.date(2025, 7, 1)) == []
    findings = run(d, "PUN-PAY-002", as_of=dt.date(2025, 8, 4))
    assert [(f.rule_id, f.location.step, f.alert) for f in findings] == [("PUN-PAY-002", "S10", Alert.RED)]


def test_pay_002_an_earlier_approved_deadline_does_not_shorten_the_15_days() -> None:
    assert hits(deferred(approval="2025-04-23", request="2025-04-23", deadline="2025-05-01", paid="2025-05-07"),
                "PUN-PAY-002") == []


# ------------------------------------------------------------------ PUN-PAY-005 surcharge 3 % a day, at most the fine (1.2)


def surcharged(paid: str, surcharge: str) -> dict[str, Any]:
    """The base punishment (fine 8000, decision S10 served 2025-04-22, due 2025-05-07) paid late with a surcharge."""
    d = base_punishment()
    d["schema_version"] = "1.2"
    step(d, "S13").update(date=paid, of="S10", amount="8000", surcharge=surcharge)
    step(d, "S14")["date"] = step(d, "S15")["date"] = "2025-10-10"
    return d


def test_pay_005_surcharge_within_three_percent_a_day() -> None:
    d = surcharged("2025-05-10", "720")  # 05-08, 05-09, 05-10: 3 days x 240
    assert hits(d, "PUN-PAY-005") == []


def test_pay_005_surcharge_above_the_daily_rate() -> None:
    findings = run(surcharged("2025-05-10", "960"), "PUN-PAY-005")
    assert [(f.rule_id, f.location.step, f.severity) for f in findings] == [("PUN-PAY-005", "S13", Severity.ERROR)]
    assert findings[0].message == (
        "S13 缴纳罚没款（2025-05-10）加处罚款 960 元：S10 处罚决定（2025-04-21）罚款 8000 元，决定书于 2025-04-22 送达（S11），"
        "缴纳期限至 2025-05-07 届满，自 2025-05-08 至 2025-05-10 共 3 日，按每日罚款数额的3%最多 720 元。"
    )


def test_pay_005_no_surcharge_before_the_deadline_has_passed() -> None:
    d = surcharged("2025-05-07", "10")
    assert hits(d, "PUN-PAY-005") == [("PUN-PAY-005", "S13")]
    assert "至 2025-05-07 尚未逾期，不应加处罚款" in run(d, "PUN-PAY-005")[0].message


def test_pay_005_never_more_than_the_fine() -> None:
    assert hits(surcharged("2025-09-01", "8000"), "PUN-PAY-005") == []
    d = surcharged("2025-09-01", "8000.01")
    assert hits(d, "PUN-PAY-005") == [("PUN-PAY-005", "S13")]
    assert "超出罚款数额 8000 元" in run(d, "PUN-PAY-005")[0].message
    # two payments whose surcharges add up to more than the fine: the second is reported
    d = surcharged("2025-09-01", "5000")
    d["steps"].append({"id": "S16", "kind": "payment", "date": "2025-09-02", "of": "S10", "surcharge": "3500"})
    assert hits(d, "PUN-PAY-005") == [("PUN-PAY-005", "S16")]
    assert "连同此前缴纳的加处罚款共 8500 元，超出罚款数额 8000 元" in run(d, "PUN-PAY-005")[0].message


def test_pay_005_counts_from_an_approved_deferral() -> None:
    d = surcharged("2025-08-02", "480")  # deferred to 07-31: 08-01, 08-02
    d["steps"] += [
        {"id": "S16", "kind": "payment_deferral_request", "date": "2025-04-25", "of": "S10"},
        {"id": "S17", "kind": "payment_deferral", "date": "2025-04-28", "of": "S16", "deadline": "2025-07-31"},
    ]
    assert hits(d, "PUN-PAY-005") == []
    step(d, "S13")["surcharge"] = "481"
    assert hits(d, "PUN-PAY-005") == [("PUN-PAY-005", "S13")]
    assert "经S17 批准暂缓（分期）缴纳罚款（2025-04-28）批准暂缓或分期缴纳，缴纳期限至 2025-07-31 届满" in run(d, "PUN-PAY-005")[0].message


def test_pay_005_surcharge_enforced_by_an_execution_step() -> None:
    d = base_punishment()
    d["schema_version"] = "1.2"
    drop_step(d, "S13")
    d["steps"].append({"id": "S16", "kind": "execution", "date": "2025-05-12", "execution_method": "surcharge",
                       "surcharge": "1200"})  # 5 days: at most 1200
    assert hits(d, "PUN-PAY-005") == []
    step(d, "S16")["surcharge"] = "1440"
    assert hits(d, "PUN-PAY-005") == [("PUN-PAY-005", "S16")]


# ------------------------------------------------------------------ PUN-PAY-003 (covers PUN-PAY-001)


def on_the_spot(amount: str = "100", *, receipt: str | None = "财监字No.0012345", day: str = "2025-03-03",
                **payment: Any) -> dict[str, Any]:
    """summary_case() with the fine collected on the spot (S02)."""
    d = summary_case(day=day, penalties=[{"kind": "fine", "amount": amount}])
    step(d, "S02").update({"channel": "on_the_spot", **payment})
    if receipt is not None:
        step(d, "S02")["receipt"] = receipt
    return d


def test_pay_003_within_100_yuan_with_receipt_passes() -> None:
    assert hits(on_the_spot("100"), "PUN-PAY-003") == []
    assert hits(on_the_spot("100", of="S01"), "PUN-PAY-003") == []


def test_pay_003_bank_or_electronic_payment_not_judged() -> None:
    for channel in ("bank", "electronic"):
        d = summary_case()
        step(d, "S02").update({"channel": channel})
        assert hits(d, "PUN-PAY-003") == []
    assert hits(summary_case(), "PUN-PAY-003") == []  # no channel recorded


def test_pay_003_above_100_yuan_is_self_collection() -> None:
    findings = run(on_the_spot("101"), "PUN-PAY-003")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-PAY-003", "S02")]
    message = findings[0].message
    assert message.startswith("S02 缴纳罚没款（2025-03-03）当场收缴罚款（S01 ")
    assert "罚款 101 元，超过简易程序当场收缴 100 元以下的限额" in message
    assert "remote_area" in message and "事后难以执行" in message and "第六十八条" in message
    assert "专用票据" not in message  # the receipt is on record
    assert findings[0].severity is Severity.WARNING


def test_pay_003_missing_receipt() -> None:
    findings = run(on_the_spot("50", receipt=None), "PUN-PAY-003")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-PAY-003", "S02")]
    assert findings[0].message.endswith("未记录出具的财政部门统一制发的专用票据（第七十条）号码（receipt）。")
    assert "限额" not in findings[0].message
    assert hits(on_the_spot("50", receipt="  "), "PUN-PAY-003") == [("PUN-PAY-003", "S02")]


def test_pay_003_both_defects_in_one_finding() -> None:
    findings = run(on_the_spot("200", receipt=None), "PUN-PAY-003")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-PAY-003", "S02")]
    assert "超过简易程序当场收缴 100 元以下的限额" in findings[0].message
    assert "专用票据（第七十条）" in findings[0].message


def test_pay_003_remote_area() -> None:
    assert hits(on_the_spot("200", remote_area=True), "PUN-PAY-003") == []
    findings = run(on_the_spot("200", receipt=None, remote_area=True), "PUN-PAY-003")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-PAY-003", "S02")]
    message = findings[0].message
    assert "限额" not in message and "专用票据" in message and "当事人提出当场缴纳的请求案卷未记载" in message
    assert hits(on_the_spot("200", remote_area=False), "PUN-PAY-003") == [("PUN-PAY-003", "S02")]


def test_pay_003_general_procedure() -> None:
    d = base_punishment()
    step(d, "S13").update({"channel": "on_the_spot", "receipt": "No.1"})
    findings = run(d, "PUN-PAY-003")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-PAY-003", "S13")]
    assert "普通程序作出的罚款决定只有在边远、水上、交通不便地区经当事人提出才能当场收缴" in findings[0].message
    assert "（S10 " in findings[0].message and "罚款 8000 元" in findings[0].message
    step(d, "S13")["remote_area"] = True
    assert hits(d, "PUN-PAY-003") == []
    step(d, "S13")["channel"] = "bank"
    step(d, "S13")["remote_area"] = False
    assert hits(d, "PUN-PAY-003") == []


def test_pay_003_old_text_20_yuan() -> None:
    # decided 2021-07-14: old Art 47 item 1 (二十元以下)
    assert hits(on_the_spot("20", day="2021-07-14"), "PUN-PAY-003") == []
    findings = run(on_the_spot("21", day="2021-07-14"), "PUN-PAY-003")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-PAY-003", "S02")]
    assert "超过简易程序当场收缴 20 元以下的限额" in findings[0].message
    assert "修订前第四十六条第二款、第四十七条、第四十八条" in findings[0].message
    assert hits(on_the_spot("21", day="2021-07-15"), "PUN-PAY-003") == []
    old_receipt = run(on_the_spot("20", receipt=None, day="2021-07-14"), "PUN-PAY-003")
    assert "罚款收据（修订前第四十九条）" in old_receipt[0].message


def test_pay_003_amount_from_payment_without_fine_decision() -> None:
    d = summary_case(penalties=[{"kind": "warning"}])
    step(d, "S02").update({"channel": "on_the_spot", "receipt": "No.1", "amount": "150"})
    findings = run(d, "PUN-PAY-003")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-PAY-003", "S02")]
    assert "罚款 150 元" in findings[0].message
    step(d, "S02")["amount"] = "100"
    assert hits(d, "PUN-PAY-003") == []
    del step(d, "S02")["amount"]
    findings = run(d, "PUN-PAY-003")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-PAY-003", "S02")]
    assert "案卷未载明罚款数额" in findings[0].message


def test_pay_003_payment_of_names_its_decision() -> None:
    d = on_the_spot("100", of="S01")
    d["steps"].insert(1, {"id": "S04", "kind": "decision", "date": "2025-03-03", "rights": ["statement"],
                          "penalties": [{"kind": "fine", "amount": "150"}]})
    assert hits(d, "PUN-PAY-003") == []  # pays S01 (100 yuan), not S04
    del step(d, "S02")["of"]
    assert hits(d, "PUN-PAY-003") == [("PUN-PAY-003", "S02")]  # same day: the later in document order, S04
    step(d, "S04")["date"] = "2025-03-02"
    assert hits(d, "PUN-PAY-003") == []  # latest before the payment: S01


def test_pay_003_meta() -> None:
    meta = punishment.OnTheSpotCollection.meta
    assert meta.severity is Severity.WARNING
    assert [(b.article, b.paragraph, b.note) for b in meta.legal_basis] == [
        (67, 2, None), (68, None, None), (69, None, None), (70, None, None),
        (46, 2, "2017年修正"), (47, None, "2017年修正"), (48, None, "2017年修正"), (49, None, "2017年修正"),
    ]


# ------------------------------------------------------------------ PUN-SIMPLE-004


def with_summary_filing_deadline(days: int, day_kind: str = "working") -> Profile:
    """The national profile with the optional summary_filing_deadline set (None nationally)."""
    base = load_profile("national")
    period = DayPeriod.model_validate({"days": days, "day_kind": day_kind, "source": "测试", "confidence": "unconfirmed"})
    return base.model_copy(update={"parameters": base.parameters.model_copy(update={"summary_filing_deadline": period})})


def filed_summary(decided: str, filed: str | None, **filing: Any) -> dict[str, Any]:
    d = summary_case(day=decided)
    if filed is not None:
        d["steps"].append({"id": "S04", "kind": "record_filing", "date": filed, **filing})
    return d


def test_simple_004_silent_nationally() -> None:
    assert load_profile("national").parameters.summary_filing_deadline is None
    assert hits(summary_case(), "PUN-SIMPLE-004") == []  # closed, never filed


def test_simple_004_closed_without_filing() -> None:
    findings = run(summary_case(), "PUN-SIMPLE-004", profile=with_summary_filing_deadline(3))
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-SIMPLE-004", "S01")]
    assert findings[0].message == ("S01 处罚决定（2025-03-03）系当场作出，应在 3 个工作日内（至 2025-03-06）"
                                   "报所属行政机关备案，案件已结案，但案卷中无备案记录（record_filing）。")
    assert findings[0].severity is Severity.WARNING


def test_simple_004_deadline_over_national_day_and_makeup_saturday() -> None:
    # 3 WD from Tue 2025-09-30: 10-09, 10-10, make-up Saturday 10-11
    prof = with_summary_filing_deadline(3)
    assert hits(filed_summary("2025-09-30", "2025-10-11", of="S01"), "PUN-SIMPLE-004", profile=prof) == []
    findings = run(filed_summary("2025-09-30", "2025-10-12", of="S01"), "PUN-SIMPLE-004", profile=prof)
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-SIMPLE-004", "S04")]
    assert "至 2025-10-11" in findings[0].message and "逾期 1 日" in findings[0].message


def test_simple_004_calendar_days_move_past_holiday() -> None:
    # 3 calendar days from Sun 2025-09-28 end 10-01 (holiday) -> 10-09
    prof = with_summary_filing_deadline(3, "calendar")
    assert hits(filed_summary("2025-09-28", "2025-10-09"), "PUN-SIMPLE-004", profile=prof) == []
    findings = run(filed_summary("2025-09-28", "2025-10-10"), "PUN-SIMPLE-004", profile=prof)
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-SIMPLE-004", "S04")]
    assert "3 日内（至 2025-10-09）" in findings[0].message


def test_simple_004_filing_must_match_decision() -> None:
    prof = with_summary_filing_deadline(3)
    # a filing of another decision, or an unattached one dated before the decision, does not count
    assert hits(filed_summary("2025-03-03", "2025-03-04", of="S09"), "PUN-SIMPLE-004", profile=prof) == [
        ("PUN-SIMPLE-004", "S01")]
    assert hits(filed_summary("2025-03-03", "2025-03-02"), "PUN-SIMPLE-004", profile=prof) == [
        ("PUN-SIMPLE-004", "S01")]
    assert hits(filed_summary("2025-03-03", "2025-03-03"), "PUN-SIMPLE-004", profile=prof) == []


def test_simple_004_open_case_alerts() -> None:
    prof = with_summary_filing_deadline(3)
    d = open_case(summary_case(day="2025-09-30"), "S03")
    assert alerts(d, "PUN-SIMPLE-004", "2025-09-30", profile=prof) == [("PUN-SIMPLE-004", "S01", "warning", "yellow")]
    assert alerts(d, "PUN-SIMPLE-004", "2025-10-11", profile=prof) == [("PUN-SIMPLE-004", "S01", "warning", "yellow")]
    findings = run(d, "PUN-SIMPLE-004", profile=prof, as_of=dt.date(2025, 10, 13))
    assert [(f.rule_id, f.location.step, f.alert) for f in findings] == [("PUN-SIMPLE-004", "S01", Alert.RED)]
    assert "（红色预警）已超过期限 2 日" in findings[0].message
    d["steps"].append({"id": "S04", "kind": "record_filing", "date": "2025-10-09", "of": "S01"})
    assert alerts(d, "PUN-SIMPLE-004", "2025-10-13", profile=prof) == []


def test_simple_004_open_case_far_from_deadline_is_silent() -> None:
    prof = with_summary_filing_deadline(10)
    d = open_case(summary_case(day="2025-03-03"), "S03")
    assert alerts(d, "PUN-SIMPLE-004", "2025-03-04", profile=prof) == []


def test_simple_004_general_procedure_not_judged() -> None:
    assert hits(base_punishment(), "PUN-SIMPLE-004", profile=with_summary_filing_deadline(3)) == []


def test_simple_004_warning_only_decision_filed_too() -> None:
    d = summary_case(penalties=[{"kind": "warning"}])
    assert hits(d, "PUN-SIMPLE-004", profile=with_summary_filing_deadline(3)) == [("PUN-SIMPLE-004", "S01")]


# ------------------------------------------------------------------ PUN-DEC-006


def outcome(value: str | None, *penalties: dict[str, Any]) -> dict[str, Any]:
    """base_punishment() with S10's decision_outcome and penalties set."""
    d = base_punishment()
    if value is not None:
        step(d, "S10")["decision_outcome"] = value
    step(d, "S10")["penalties"] = list(penalties)
    return d


FINE = {"kind": "fine", "amount": "8000"}


def test_dec_006_consistent_outcomes() -> None:
    assert hits(outcome("penalty", FINE), "PUN-DEC-006") == []
    assert hits(outcome("no_penalty"), "PUN-DEC-006") == []
    assert hits(outcome("not_established"), "PUN-DEC-006") == []
    d = outcome("transfer")
    d["steps"].append({"id": "S16", "kind": "transfer", "date": "2025-04-23"})
    assert hits(d, "PUN-DEC-006") == []


def test_dec_006_silent_without_outcome() -> None:
    assert hits(outcome(None), "PUN-DEC-006") == []  # no penalty, no outcome: not judged


def test_dec_006_penalty_without_penalties() -> None:
    findings = run(outcome("penalty"), "PUN-DEC-006")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-DEC-006", "S10")]
    assert "第1项" in findings[0].message and "未载明任何处罚种类" in findings[0].message


@pytest.mark.parametrize("value", ["no_penalty", "not_established"])
def test_dec_006_no_penalty_with_a_fine(value: str) -> None:
    findings = run(outcome(value, FINE), "PUN-DEC-006")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-DEC-006", "S10")]
    assert "罚款" in findings[0].message


def test_dec_006_transfer_with_penalty_and_no_transfer_step() -> None:
    findings = run(outcome("transfer", FINE), "PUN-DEC-006")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-DEC-006", "S10"), ("PUN-DEC-006", "S10")]
    assert "罚款" in findings[0].message
    assert "无移送司法机关的记录" in findings[1].message


def test_dec_006_transfer_without_transfer_step() -> None:
    assert hits(outcome("transfer"), "PUN-DEC-006") == [("PUN-DEC-006", "S10")]


def test_dec_006_open_case_transfer_pending_not_judged() -> None:
    d = open_case(outcome("transfer"), "S11", "S12", "S13", "S14", "S15")
    assert hits(d, "PUN-DEC-006") == []
    step(d, "S10")["penalties"] = [FINE]  # the penalty is still wrong in an open case
    assert hits(d, "PUN-DEC-006") == [("PUN-DEC-006", "S10")]


def test_dec_006_metadata() -> None:
    meta = punishment.DecisionOutcomeConsistent.meta
    assert meta.severity is Severity.ERROR and meta.confidence is Confidence.CONFIRMED
    assert [(b.article, b.paragraph) for b in meta.legal_basis] == [(57, 1), (27, 1), (11, 2)]


def test_dec_006_transfer_beside_a_licence_revocation() -> None:
    # 行政执法机关移送涉嫌犯罪案件的规定 Art 11 para 2: a warning, 责令停产停业 or 吊销许可证 stand beside a transfer
    d = outcome("transfer", {"kind": "licence_revocation"})
    d["steps"].append({"id": "S16", "kind": "transfer", "date": "2025-04-23"})
    assert hits(d, "PUN-DEC-006") == []
    step(d, "S10")["penalties"].append(FINE)  # a fine in place of the transfer: 以罚代移
    findings = run(d, "PUN-DEC-006")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-DEC-006", "S10")]
    assert "同时载明了处罚（罚款）" in findings[0].message


# ------------------------------------------------------------------ PUN-EXEMPT-004


def no_penalty(*educations: str) -> dict[str, Any]:
    """A closed no-penalty case (decision S10 on 2025-04-21) with education steps on those days."""
    d = outcome("no_penalty")
    drop_step(d, "S13")  # no payment
    for i, day in enumerate(educations):
        d["steps"].append({"id": f"E{i + 1}", "kind": "education", "date": day})
    return d


def test_exempt_004_education_on_or_after_decision() -> None:
    assert hits(no_penalty("2025-04-21"), "PUN-EXEMPT-004") == []  # same day
    assert hits(no_penalty("2025-04-25"), "PUN-EXEMPT-004") == []
    assert hits(no_penalty("2025-04-18", "2025-04-22"), "PUN-EXEMPT-004") == []


def test_exempt_004_no_education() -> None:
    findings = run(no_penalty(), "PUN-EXEMPT-004")
    assert [(f.rule_id, f.location.step, f.severity) for f in findings] == [
        ("PUN-EXEMPT-004", "S10", Severity.WARNING)]
    assert "S10 " in findings[0].message and "教育" in findings[0].message


def test_exempt_004_education_before_decision() -> None:
    findings = run(no_penalty("2025-04-18"), "PUN-EXEMPT-004")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-EXEMPT-004", "S10")]
    assert "E1" in findings[0].message and "2025-04-18" in findings[0].message


def test_exempt_004_other_outcomes_not_concerned() -> None:
    for value in ("not_established", "transfer"):
        d = outcome(value)
        assert hits(d, "PUN-EXEMPT-004") == []
    assert hits(outcome("penalty", FINE), "PUN-EXEMPT-004") == []


def test_exempt_004_open_case_not_judged() -> None:
    d = open_case(no_penalty(), "S14", "S15")
    assert hits(d, "PUN-EXEMPT-004") == []


def test_exempt_004_before_2021_revision_not_judged() -> None:
    d = no_penalty()
    step(d, "S10")["date"] = "2021-07-14"
    step(d, "S10")["approved_on"] = "2021-07-14"
    assert hits(d, "PUN-EXEMPT-004") == []
    step(d, "S10")["date"] = "2021-07-15"
    step(d, "S10")["approved_on"] = "2021-07-15"
    assert hits(d, "PUN-EXEMPT-004") == [("PUN-EXEMPT-004", "S10")]


# ------------------------------------------------------------------ PUN-SERVE-002


def electronic(consent: str | None = None, **doc: Any) -> dict[str, Any]:
    """base_punishment() with the decision served electronically on 2025-04-22 (S11)."""
    d = base_punishment()
    step(d, "S11")["method"] = "electronic"
    if consent is not None:
        step(d, "S11")["consent"] = consent
        d["documents"].append({"id": consent, "kind": "service_address_confirmation", **doc})
    return d


def test_serve_002_with_consent() -> None:
    assert hits(electronic("D12"), "PUN-SERVE-002") == []
    assert hits(electronic("D12", date="2025-04-22", signed=True), "PUN-SERVE-002") == []  # same day


def test_serve_002_without_consent() -> None:
    findings = run(electronic(), "PUN-SERVE-002")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-SERVE-002", "S11")]
    assert "S11" in findings[0].message and "确认书" in findings[0].message


def test_serve_002_unsigned_consent() -> None:
    findings = run(electronic("D12", signed=False), "PUN-SERVE-002")
    assert [(f.rule_id, f.location.step, f.location.document) for f in findings] == [
        ("PUN-SERVE-002", "S11", "D12")]
    assert "未经当事人签字" in findings[0].message


def test_serve_002_consent_after_service() -> None:
    findings = run(electronic("D12", date="2025-04-23", signed=True), "PUN-SERVE-002")
    assert [(f.rule_id, f.location.step, f.location.document) for f in findings] == [
        ("PUN-SERVE-002", "S11", "D12")]
    assert "2025-04-23" in findings[0].message


def test_serve_002_every_service_step() -> None:
    d = electronic()
    step(d, "S08")["method"] = "electronic"  # the advance notice too (「行政处罚决定书等」)
    assert hits(d, "PUN-SERVE-002") == [("PUN-SERVE-002", "S08"), ("PUN-SERVE-002", "S11")]


def test_serve_002_other_methods_and_old_text() -> None:
    d = base_punishment()
    for method in ("direct", "post", "left_at_address", "announcement"):
        step(d, "S11")["method"] = method
        assert hits(d, "PUN-SERVE-002") == []
    d = electronic()
    step(d, "S11")["date"] = "2021-07-14"  # before the 2021 revision: the clause did not exist
    assert hits(d, "PUN-SERVE-002") == []
    step(d, "S11")["date"] = "2021-07-15"
    assert hits(d, "PUN-SERVE-002") == [("PUN-SERVE-002", "S11")]


# ------------------------------------------------------------------ PUN-SERVE-003


def left(**attrs: Any) -> dict[str, Any]:
    """base_punishment() with the decision left at the party's address (S11)."""
    d = base_punishment()
    step(d, "S11").update(method="left_at_address", **attrs)
    return d


def test_serve_003_witness_and_reason() -> None:
    assert hits(left(witness_signed=True, note="当事人拒绝签收，称对处罚有异议"), "PUN-SERVE-003") == []


def test_serve_003_photo_or_video() -> None:
    d = left()
    d["av_records"].append({"id": "AV02", "sha256": "d" * 64, "duration": "PT5M"})
    step(d, "S11")["records"] = [{"document": "D10"}, {"av": "AV02"}]
    assert hits(d, "PUN-SERVE-003") == []


def test_serve_003_no_proof() -> None:
    findings = run(left(), "PUN-SERVE-003")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-SERVE-003", "S11")]
    assert "见证人" in findings[0].message and "拍照、录像" in findings[0].message


def test_serve_003_witness_not_signed() -> None:
    assert hits(left(witness_signed=False, note="拒收"), "PUN-SERVE-003") == [("PUN-SERVE-003", "S11")]
    assert hits(left(witness_present=True, note="拒收"), "PUN-SERVE-003") == [("PUN-SERVE-003", "S11")]


def test_serve_003_note_alone_not_enough() -> None:
    assert hits(left(note="当事人拒绝签收"), "PUN-SERVE-003") == [("PUN-SERVE-003", "S11")]


def test_serve_003_witness_without_reason() -> None:
    for note in (None, "  "):
        attrs: dict[str, Any] = {"witness_signed": True}
        if note is not None:
            attrs["note"] = note
        findings = run(left(**attrs), "PUN-SERVE-003")
        assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-SERVE-003", "S11")]
        assert "未记明拒收事由" in findings[0].message


def test_serve_003_other_methods_not_judged() -> None:
    d = base_punishment()
    for method in ("direct", "post", "electronic", "announcement"):
        step(d, "S11")["method"] = method
        assert hits(d, "PUN-SERVE-003") == []


def test_serve_003_other_case_types() -> None:
    d = base_enforced_execution()
    step(d, "S03")["method"] = "left_at_address"
    assert hits(d, "PUN-SERVE-003") == []  # punishment cases only


# ------------------------------------------------------------------ PUN-PAY-004 cash handed in and banked


def collected(day: str = "2025-03-03", version: str = "1.2", **payment: Any) -> dict[str, Any]:
    """A closed ``version`` summary case whose 100-yuan fine was collected on the spot on ``day`` (Monday)."""
    d = on_the_spot("100", day=day, **payment)
    d["schema_version"] = version
    return d


def test_pay_004_meta() -> None:
    meta = next(r.meta for r in punishment.RULES if r.meta.id == "PUN-PAY-004")
    assert (meta.severity, meta.confidence) == (Severity.WARNING, Confidence.CONFIRMED)
    assert [(b.article, b.paragraph) for b in meta.legal_basis] == [(71, None), (85, None)]


def test_pay_004_handed_in_and_banked_late() -> None:
    d = collected(handed_in_on="2025-03-06", banked_on="2025-03-11")
    findings = run(d, "PUN-PAY-004")
    assert [(f.rule_id, f.location.step, f.severity) for f in findings] == [("PUN-PAY-004", "S02", Severity.WARNING)]
    assert findings[0].message == (
        "S02 缴纳罚没款（2025-03-03）当场收缴罚款：交至行政机关的日期 2025-03-06 晚于自收缴之日起 2 个工作日"
        "（至 2025-03-05），逾期 1 个工作日（1 个自然日）；缴付指定银行的日期 2025-03-11 晚于交至行政机关（2025-03-06）后"
        " 2 个工作日（至 2025-03-10），逾期 1 个工作日（1 个自然日）；如系在水上收缴，记录抵岸日期（landed-on）。")


def test_pay_004_in_time() -> None:
    assert hits(collected(handed_in_on="2025-03-05", banked_on="2025-03-07"), "PUN-PAY-004") == []


def test_pay_004_missing_dates_in_a_closed_case() -> None:
    d = collected()
    assert hits(d, "PUN-PAY-004") == [("PUN-PAY-004", "S02")]
    message = run(d, "PUN-PAY-004")[0].message
    assert "handed-in-on" in message and "banked-on" in message
    assert hits(collected(banked_on="2025-03-05"), "PUN-PAY-004") == []  # banked within the handover period
    assert hits(collected(banked_on="2025-03-06"), "PUN-PAY-004") == [("PUN-PAY-004", "S02")]
    d = collected()
    d["case"]["status"] = "open"
    assert hits(d, "PUN-PAY-004") == []


def test_pay_004_on_water_from_landing() -> None:
    d = collected(landed_on="2025-03-07", handed_in_on="2025-03-11", banked_on="2025-03-13")  # Friday landing
    assert hits(d, "PUN-PAY-004") == []
    step(d, "S02")["handed_in_on"] = "2025-03-12"
    assert hits(d, "PUN-PAY-004") == [("PUN-PAY-004", "S02")]


def test_pay_004_not_judged() -> None:
    assert hits(collected(version="1.1"), "PUN-PAY-004") == []
    assert hits(collected(day="2021-07-14"), "PUN-PAY-004") == []  # 2017 text
    d = collected()
    step(d, "S02")["channel"] = "bank"
    assert hits(d, "PUN-PAY-004") == []


# ------------------------------------------------------------------ PUN-PAY-008 confiscated property disposed of


def confiscated(**disposal: Any) -> dict[str, Any]:
    """A closed 1.2 punishment case whose decision S10 confiscates illegal property, disposed of by S16 when given."""
    d = base_punishment()
    d["schema_version"] = "1.2"
    step(d, "S10")["penalties"] = [{"kind": "fine", "amount": "5000"}, {"kind": "confiscation_of_property"}]
    if disposal:
        d["steps"].append({"id": "S16", "kind": "confiscated_disposal", "date": "2025-05-06", "of": "S10", **disposal})
    return d


def test_pay_008_meta() -> None:
    meta = next(r.meta for r in punishment.RULES if r.meta.id == "PUN-PAY-008")
    assert (meta.severity, meta.confidence) == (Severity.WARNING, Confidence.CONFIRMED)
    assert [(b.article, b.paragraph) for b in meta.legal_basis] == [(74, 1), (74, 2)]


def test_pay_008_other_method_and_missing_disposal() -> None:
    d = confiscated(disposal_method="other")
    assert hits(d, "PUN-PAY-008") == [("PUN-PAY-008", "S16")]
    assert run(d, "PUN-PAY-008")[0].message == (
        "S16 没收财物处置（2025-05-06）的处置方式既非按照国家规定公开拍卖，也非按照国家有关规定处理或者依法销毁。")
    assert hits(confiscated(), "PUN-PAY-008") == [("PUN-PAY-008", "S10")]
    assert hits(confiscated(disposal_method="public_auction"), "PUN-PAY-008") == [("PUN-PAY-008", "S16")]
    assert hits(confiscated(of="S01"), "PUN-PAY-008") == [("PUN-PAY-008", "S10"), ("PUN-PAY-008", "S16")]


def test_pay_008_auctioned_with_treasury_receipt() -> None:
    assert hits(confiscated(disposal_method="public_auction", receipt="国库No.0001"), "PUN-PAY-008") == []


def test_pay_008_not_judged_before_1_2_or_when_open() -> None:
    d = confiscated()
    d["schema_version"] = "1.1"
    assert hits(d, "PUN-PAY-008") == []
    assert hits(open_case(confiscated()), "PUN-PAY-008") == []


# ------------------------------------------------------------------ PUN-EVID-001 evidence of the statutory kinds on file


def without_evidence() -> dict[str, Any]:
    """A closed 1.2 punishment case whose fine decision S10 has no evidence document (no evidence-kind)."""
    d = base_punishment()
    d["schema_version"] = "1.2"
    for doc in d["documents"]:
        doc.pop("evidence_kind", None)
    return d


def test_evid_001_meta() -> None:
    meta = next(r.meta for r in punishment.RULES if r.meta.id == "PUN-EVID-001")
    assert (meta.severity, meta.confidence) == (Severity.WARNING, Confidence.CONFIRMED)
    assert [(b.article, b.paragraph) for b in meta.legal_basis] == [(46, 1), (40, None)]


def test_evid_001_no_evidence_document() -> None:
    d = without_evidence()
    assert hits(d, "PUN-EVID-001") == [("PUN-EVID-001", "S10")]
    assert run(d, "PUN-EVID-001")[0].message == (
        "S10 处罚决定（2025-04-21）给予行政处罚，案件已结案，案卷中没有任何记明法定证据种类的证据材料"
        "（文书的 evidence-kind：书证、物证、视听资料、电子数据、证人证言、当事人的陈述、鉴定意见、勘验笔录或者现场笔录）。")


def test_evid_001_evidence_on_file() -> None:
    d = without_evidence()
    d["documents"][0]["evidence_kind"] = "party_statement"
    assert hits(d, "PUN-EVID-001") == []


def test_evid_001_not_judged_before_1_2_or_when_open() -> None:
    d = without_evidence()
    d["schema_version"] = "1.1"
    assert hits(d, "PUN-EVID-001") == []
    assert hits(open_case(without_evidence()), "PUN-EVID-001") == []


# ------------------------------------------------------------------ PUN-EVID-003, PUN-EVID-103 electronic monitoring evidence


def monitored(**monitoring: Any) -> dict[str, Any]:
    """A closed 1.2 punishment case whose fine decision S10 (2025-04-21) rests on a speed-camera record D12
    made on 2025-03-02; the device, its location, the record and the telling are all in order unless
    ``monitoring`` changes them (a value None drops the attribute)."""
    d = base_punishment()
    d["schema_version"] = "1.2"
    record = {"device": "测速仪 No.3201", "device_review_ref": "城西市监技审〔2024〕3号", "device_reviewed_on": "2024-11-20",
              "location_published": True, "location_published_on": "2024-12-01", "recorded_on": "2025-03-02",
              "record_reviewed_on": "2025-03-03", "party_told_on": "2025-03-04"}
    record.update(monitoring)
    d["documents"].append({"id": "D12", "kind": "monitoring_record", "evidence_kind": "electronic_data",
                           "monitoring": {k: v for k, v in record.items() if v is not None}})
    return d


def test_evid_003_meta() -> None:
    for rule_id, severity, paragraphs in (("PUN-EVID-003", Severity.ERROR, [(41, 1), (41, 3)]),
                                          ("PUN-EVID-103", Severity.WARNING, [(41, 1), (41, 2), (41, 3)])):
        meta = next(r.meta for r in punishment.RULES if r.meta.id == rule_id)
        assert (meta.severity, meta.confidence) == (severity, Confidence.CONFIRMED)
        assert [(b.article, b.paragraph) for b in meta.legal_basis] == paragraphs


def test_evid_003_and_103_monitoring_in_order() -> None:
    assert hits(monitored(), "PUN-EVID-003", "PUN-EVID-103") == []
    # a review reference alone, and a location stated published without a date, are enough
    assert hits(monitored(device_reviewed_on=None, location_published_on=None), "PUN-EVID-003", "PUN-EVID-103") == []


def test_evid_003_device_reviewed_after_the_record() -> None:
    d = monitored(device_reviewed_on="2025-03-10")
    assert [(f.rule_id, f.location.step, f.location.document) for f in run(d, "PUN-EVID-003")] == [
        ("PUN-EVID-003", "S10", "D12")]
    assert run(d, "PUN-EVID-003")[0].message == (
        "S10 处罚决定（2025-04-21）所依据的文书 D12（电子技术监控设备 测速仪 No.3201记录，2025-03-02）："
        "设备的法制和技术审核日期（2025-03-10）晚于记录违法事实之日。")
    assert hits(d, "PUN-EVID-103") == []


def test_evid_003_location_not_published_and_party_told_after_the_decision() -> None:
    d = monitored(location_published=False, location_published_on=None, party_told_on="2025-04-22")
    assert hits(d, "PUN-EVID-003") == [("PUN-EVID-003", "S10")]
    assert run(d, "PUN-EVID-003")[0].message.endswith(
        "：设备设置地点未向社会公布；至作出处罚决定后（2025-04-22）才告知当事人违法事实。")
    assert hits(d, "PUN-EVID-103") == []  # the location is stated (not published): PUN-EVID-003's finding
    # told on the decision day: not after it
    assert hits(monitored(party_told_on="2025-04-21"), "PUN-EVID-003") == []


def test_evid_003_record_date_falls_back_to_the_document_date() -> None:
    d = monitored(recorded_on=None, device_reviewed_on="2025-03-10")
    d["documents"][-1]["date"] = "2025-03-02"
    assert hits(d, "PUN-EVID-003") == [("PUN-EVID-003", "S10")]
    d["documents"][-1].pop("date")  # no day of the record: the device's review date cannot be compared
    assert hits(d, "PUN-EVID-003") == []


def test_evid_103_nothing_stated() -> None:
    d = monitored(device_review_ref=None, device_reviewed_on=None, location_published=None, location_published_on=None,
                  record_reviewed_on=None, party_told_on=None)
    assert hits(d, "PUN-EVID-103") == [("PUN-EVID-103", "S10")]
    assert run(d, "PUN-EVID-103")[0].message == (
        "S10 处罚决定（2025-04-21）所依据的文书 D12（电子技术监控设备 测速仪 No.3201记录，2025-03-02）："
        "未载明设备经过法制和技术审核（审核文号或日期）；未载明设置地点是否已向社会公布；未载明告知当事人违法事实的日期；"
        "未载明行政机关审核记录内容的日期（record-reviewed-on），案卷不能证明该记录在作为证据前经过审核。")
    # REV-013 (an error) judges only a late or failed review: silence is this warning's
    assert hits(d, "REV-013") == []
    assert hits(d, "PUN-EVID-003") == []
    # an open case is not faulted for what it does not state yet
    assert hits(open_case(d), "PUN-EVID-103") == []


def test_evid_103_location_published_after_the_record() -> None:
    d = monitored(location_published_on="2025-03-05")
    assert hits(d, "PUN-EVID-103") == [("PUN-EVID-103", "S10")]
    assert "设置地点至 2025-03-05 才向社会公布，晚于记录违法事实之日" in run(d, "PUN-EVID-103")[0].message
    assert hits(open_case(monitored(location_published_on="2025-03-05")), "PUN-EVID-103") == [("PUN-EVID-103", "S10")]
    assert hits(d, "PUN-EVID-003") == []


def test_evid_003_scope() -> None:
    bad = {"device_reviewed_on": "2025-03-10", "location_published": False, "party_told_on": "2025-05-01"}
    # before 1.2 the monitoring data is not read
    d = monitored(**bad)
    d["schema_version"] = "1.1"
    assert hits(d, "PUN-EVID-003", "PUN-EVID-103") == []
    # decisions before 2021-07-15 (Art 41 is new in the 2021 text)
    d = monitored(**{**bad, "recorded_on": "2021-03-02", "device_reviewed_on": "2021-03-10"})
    step(d, "S10")["date"] = step(d, "S10")["approved_on"] = "2021-04-21"
    assert hits(d, "PUN-EVID-003") == []
    # no decision imposing a penalty
    d = monitored(**bad)
    step(d, "S10")["penalties"] = []
    step(d, "S10")["decision_outcome"] = "no_penalty"
    assert hits(d, "PUN-EVID-003", "PUN-EVID-103") == []
    # a record made after the only decision is not its evidence
    assert hits(monitored(**{**bad, "recorded_on": "2025-04-25", "device_reviewed_on": "2025-04-30"}),
                "PUN-EVID-003") == []


# ------------------------------------------------------------------ PUN-EXEMPT-002 first offence and the published list


def with_exemptions(*matters: str, effective_from: str = "2023-05-01", effective_to: str | None = None) -> Profile:
    """The national profile with a first-offence exemption list (unset in every bundled profile)."""
    base = load_profile("national")
    listed = ExemptionList.model_validate({
        "name": "某省市场监管领域首违不罚清单（测试）", "version": "2023年版", "effective_from": effective_from,
        "effective_to": effective_to, "matters": list(matters), "source": "测试", "confidence": "unconfirmed"})
    return base.model_copy(update={"parameters": base.parameters.model_copy(update={"first_offence_exemptions": listed})})


def first_offence(*, penalty: bool) -> dict[str, Any]:
    """base_punishment() flagged first-offence; S10 fines 8,000 yuan, or decides no penalty."""
    d = base_punishment()
    d["case"]["flags"] = {"first_offence": True}
    if not penalty:
        step(d, "S10").pop("penalties")
        step(d, "S10")["decision_outcome"] = "no_penalty"
    return d


def test_exempt_002_meta() -> None:
    meta = next(r.meta for r in punishment.RULES if r.meta.id == "PUN-EXEMPT-002")
    assert (meta.severity, meta.confidence, meta.parameters) == (
        Severity.WARNING, Confidence.CONFIRMED, ("first_offence_exemptions",))
    assert [str(b) for b in meta.legal_basis] == ["《中华人民共和国行政处罚法》第三十三条第一款"]


def test_exempt_002_no_penalty_for_a_matter_off_the_list() -> None:
    findings = run(first_offence(penalty=False), "PUN-EXEMPT-002", profile=with_exemptions("MR-FOOD-002"))
    assert [(f.rule_id, f.location.step, f.severity) for f in findings] == [("PUN-EXEMPT-002", "S10", Severity.WARNING)]
    assert findings[0].message == (
        "S10 处罚决定（2025-04-21）决定不予行政处罚，案件记为初次违法（first-offence），但事项 MR-FOOD-001（（测试事项））"
        "不在《某省市场监管领域首违不罚清单（测试）》（2023年版，自 2023-05-01 起施行）中：清单未列的，可直接依行政处罚法"
        "第三十三条第一款后段，请在案卷中载明初次违法、危害后果轻微、及时改正的事实（或其他不予处罚的依据）。")


def test_exempt_002_listed_first_offence_punished() -> None:
    findings = run(first_offence(penalty=True), "PUN-EXEMPT-002",
                   profile=with_exemptions("MR-FOOD-001", effective_to="2025-12-31"))
    assert [(f.rule_id, f.location.step, f.severity) for f in findings] == [("PUN-EXEMPT-002", "S10", Severity.WARNING)]
    assert findings[0].message == (
        "S10 处罚决定（2025-04-21）给予行政处罚（罚款），案件记为初次违法（first-offence），事项 MR-FOOD-001（（测试事项））"
        "列入《某省市场监管领域首违不罚清单（测试）》（2023年版，自 2023-05-01 起施行，至 2025-12-31 止）：首违不罚为“可以”"
        "不予处罚，请复核未适用清单的理由并在案卷中载明。")


def test_exempt_002_consistent_with_the_list() -> None:
    assert hits(first_offence(penalty=False), "PUN-EXEMPT-002", profile=with_exemptions("MR-FOOD-001")) == []
    assert hits(first_offence(penalty=True), "PUN-EXEMPT-002", profile=with_exemptions("MR-FOOD-002")) == []


def test_exempt_002_not_judged() -> None:
    # no list in the profile (every bundled profile): silent
    assert hits(first_offence(penalty=False), "PUN-EXEMPT-002") == []
    # not flagged as a first offence
    d = first_offence(penalty=False)
    d["case"]["flags"] = {}
    assert hits(d, "PUN-EXEMPT-002", profile=with_exemptions("MR-FOOD-002")) == []
    # list not in force on the decision day (before it took effect, or after it expired)
    assert hits(first_offence(penalty=False), "PUN-EXEMPT-002", profile=with_exemptions("MR-FOOD-002", effective_from="2025-05-01")) == []
    assert hits(first_offence(penalty=True), "PUN-EXEMPT-002",
                profile=with_exemptions("MR-FOOD-001", effective_from="2021-01-01", effective_to="2024-12-31")) == []
    # decisions before 2021-07-15: the 2017 text has no first-offence exemption
    old = first_offence(penalty=False)
    step(old, "S10")["date"] = "2021-07-14"
    assert hits(old, "PUN-EXEMPT-002", profile=with_exemptions("MR-FOOD-002", effective_from="2021-01-01")) == []


# ------------------------------------------------------------------ PUN-FILE-003 filing conditions recorded


def filed_with(conditions: str | None) -> dict[str, Any]:
    """base_punishment() in format 1.2 whose filing S02 records ``conditions`` as met."""
    d = base_punishment()
    d["schema_version"] = "1.2"
    if conditions is not None:
        step(d, "S02")["filing_conditions"] = conditions
    return d


def test_file_003_meta() -> None:
    meta = next(r.meta for r in punishment.RULES if r.meta.id == "PUN-FILE-003")
    assert (meta.severity, meta.confidence, meta.parameters) == (Severity.WARNING, Confidence.CONFIRMED, ("filing_conditions",))
    assert [str(b) for b in meta.legal_basis] == [
        "《市场监督管理行政处罚程序规定》第十九条第一款（市场监管领域）", "《中华人民共和国行政处罚法》第五十四条第二款"]


def test_file_003_conditions_not_recorded_as_met() -> None:
    findings = run(filed_with("evidence jurisdiction pending"), "PUN-FILE-003", profile="market-regulation")
    assert [(f.rule_id, f.location.step, f.severity) for f in findings] == [("PUN-FILE-003", "S02", Severity.WARNING)]
    assert findings[0].message == (
        "S02 立案（2025-03-05）立案，但立案记录未载明符合以下立案条件：penalty_applicable（依法应当给予行政处罚）、"
        "limitation（在给予行政处罚的法定期限内）；未识别的条件：pending。")


def test_file_003_all_conditions_recorded() -> None:
    d = filed_with("evidence penalty_applicable jurisdiction limitation")
    assert hits(d, "PUN-FILE-003", profile="market-regulation") == []


def test_file_003_not_judged() -> None:
    assert hits(filed_with(None), "PUN-FILE-003", profile="market-regulation") == []  # not transcribed
    assert hits(filed_with("evidence"), "PUN-FILE-003") == []  # national profile: no filing-condition list
    older = filed_with("evidence")
    older["schema_version"] = "1.1"
    assert hits(older, "PUN-FILE-003", profile="market-regulation") == []
