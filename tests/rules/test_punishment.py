"""PUN-DEC-001, PUN-HEAR-001/002/003, PUN-NOTICE-002, PUN-SERVE-001. Dates in 2025 use the official
holiday tables: National Day 10-01..10-08 with make-up working days Sunday 09-28 and Saturday 10-11;
Labour Day 05-01..05-05 with make-up working day Sunday 04-27."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from enforcement_audit.engine import Confidence, Severity
from enforcement_audit.profile import Profile, load_profile
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
ALL_IDS = ["PUN-DEC-001", "PUN-HEAR-001", "PUN-HEAR-002", "PUN-HEAR-003", "PUN-NOTICE-002", "PUN-SERVE-001"]


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


@pytest.mark.parametrize("rule_id", ALL_IDS)
def test_summary_procedure_not_judged(rule_id: str) -> None:
    d = fined("200000")
    d["case"]["procedure"] = "summary"
    step(d, "S07")["rights"] = []
    notice_served(d, "2025-08-28")
    step(d, "S10")["date"] = "2025-09-01"  # late, premature and never served
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


def test_dec_001_open_case_without_decision() -> None:
    d = base_punishment()
    d["case"]["status"] = "open"
    for sid in ("S10", "S11", "S12", "S13", "S14", "S15"):
        drop_step(d, sid)
    assert hits(d, "PUN-DEC-001", as_of=dt.date(2025, 6, 3)) == []
    findings = run(d, "PUN-DEC-001", as_of=dt.date(2025, 6, 4))
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-DEC-001", None)]
    assert "截至 2025-06-04" in findings[0].message


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
    assert meta.parameters == ("hearing_threshold_individual", "hearing_threshold_organisation")


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


def test_serve_001_open_case() -> None:
    d = base_punishment()
    d["case"]["status"] = "open"
    for sid in ("S11", "S12", "S13", "S14", "S15"):
        drop_step(d, sid)
    assert hits(d, "PUN-SERVE-001", as_of=dt.date(2025, 4, 29)) == []
    findings = run(d, "PUN-SERVE-001", as_of=dt.date(2025, 4, 30))
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-SERVE-001", "S10")]
    assert "截至 2025-04-30" in findings[0].message


def test_serve_001_uncovered_year() -> None:
    # decision Mon 2027-03-01; 7 WD (weekends only) end Wed 03-10
    d = base_punishment()
    step(d, "S10")["date"] = "2027-03-01"
    step(d, "S11")["date"] = "2027-03-10"
    assert hits(d, "PUN-SERVE-001") == [("GEN-TIME-005", None)]
    step(d, "S11")["date"] = "2027-03-11"
    assert hits(d, "PUN-SERVE-001") == [("GEN-TIME-005", None), ("PUN-SERVE-001", "S11")]


# ------------------------------------------------------------------ all rules together


def test_one_defective_dossier_complete_list() -> None:
    d = fined("100000")
    step(d, "S07")["rights"] = ["statement", "defence"]
    drop_step(d, "S09")
    step(d, "S10")["date"] = "2025-04-14"
    step(d, "S11")["date"] = "2025-04-24"  # 7 WD from 04-14 end 04-23
    assert hits(d, *ALL_IDS) == [
        ("PUN-HEAR-001", "S07"),
        ("PUN-HEAR-002", "S10"),
        ("PUN-NOTICE-002", "S10"),
        ("PUN-SERVE-001", "S11"),
    ]
