"""Old and new text of 行政处罚法 (2021 revision in force on 2021-07-15) in the punishment rules.

PUN-HEAR-002 and PUN-HEAR-003 go by the day the notice was served (and PUN-HEAR-001/002 take the old
Art 42 hearing triggers from it), PUN-SIMPLE-001 by the decision day, PUN-EVID-002 by the preservation
day, PUN-LIMIT-001 names the old Art 29 for acts that ended before the revision. Holidays: National Day
2020 10-01..10-08 with make-up Saturday 10-10; 2021-07-17/18 is a weekend.
"""

from __future__ import annotations

from typing import Any

import pytest

from enforcement_audit.engine import LegalBasis
from enforcement_audit.rules import punishment
from enforcement_audit.rules._common import PUNISHMENT_LAW
from enforcement_audit.testing import base_punishment, drop_step, hits, run, step


def hearing_case(served: str, decided: str) -> dict[str, Any]:
    """A 100,000-yuan fine on an organisation (hearing right applies), notice served on ``served``,
    no statement, no hearing request, decided on ``decided``."""
    d = base_punishment()
    step(d, "S07")["date"] = served
    step(d, "S08")["date"] = served
    drop_step(d, "S09")
    step(d, "S10")["date"] = decided
    step(d, "S10")["penalties"] = [{"kind": "fine", "amount": "100000"}]
    return d


# ------------------------------------------------------------------ PUN-HEAR-002


def test_hear_002_cites_the_old_article() -> None:
    assert LegalBasis(PUNISHMENT_LAW, 42, 1, 1, note="2017年修正") in (
        punishment.HearingRequestWindow.meta.legal_basis
    )


def test_hear_002_old_text_three_calendar_days_moved_past_the_weekend() -> None:
    # served Wed 2021-07-14: 3 days end Sat 07-17 -> Mon 07-19
    findings = run(hearing_case("2021-07-14", "2021-07-19"), "PUN-HEAR-002")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-HEAR-002", "S10")]
    message = findings[0].message
    assert "3 日（2021年7月15日前送达，适用修订前第四十二条）内（至 2021-07-19）" in message
    assert hits(hearing_case("2021-07-14", "2021-07-20"), "PUN-HEAR-002") == []


def test_hear_002_new_text_from_the_day_of_entry_into_force() -> None:
    # served Thu 2021-07-15: 5 WD: 07-16, 19, 20, 21, 22
    findings = run(hearing_case("2021-07-15", "2021-07-22"), "PUN-HEAR-002")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-HEAR-002", "S10")]
    assert "5 个工作日内（至 2021-07-22）" in findings[0].message
    assert hits(hearing_case("2021-07-15", "2021-07-23"), "PUN-HEAR-002") == []


def test_hear_002_old_text_over_national_day_2020() -> None:
    # served Tue 2020-09-29: 3 days end 10-02 (holiday) -> Fri 10-09; Sat 10-10 is a make-up working day
    assert hits(hearing_case("2020-09-29", "2020-10-09"), "PUN-HEAR-002") == [("PUN-HEAR-002", "S10")]
    assert hits(hearing_case("2020-09-29", "2020-10-10"), "PUN-HEAR-002") == []


def test_hear_002_version_goes_by_service_not_by_the_notice_day() -> None:
    # notice dated 07-13 but served 07-15: the new text applies (5 WD end 07-22)
    d = hearing_case("2021-07-15", "2021-07-20")
    step(d, "S07")["date"] = "2021-07-13"
    assert hits(d, "PUN-HEAR-002") == [("PUN-HEAR-002", "S10")]
    step(d, "S10")["date"] = "2021-07-23"
    assert hits(d, "PUN-HEAR-002") == []


# ------------------------------------------------------------------ PUN-HEAR-003


def hearing_notice(served: str, held: str) -> dict[str, Any]:
    d = hearing_case("2021-06-01", "2021-09-01")
    d["steps"] += [
        {"id": "S16", "kind": "hearing_request", "date": "2021-06-02"},
        {"id": "S17", "kind": "hearing_notice", "date": served},
        {"id": "S18", "kind": "hearing", "date": held},
    ]
    return d


def test_hear_003_old_text_seven_calendar_days() -> None:
    # notified Thu 2021-07-01: the hearing may be held from 07-08
    assert hits(hearing_notice("2021-07-01", "2021-07-08"), "PUN-HEAR-003") == []
    findings = run(hearing_notice("2021-07-01", "2021-07-07"), "PUN-HEAR-003")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-HEAR-003", "S17")]
    assert "不足 7 日（2021年7月15日前送达，适用修订前第四十二条）" in findings[0].message
    assert "相差 1 日" in findings[0].message


def test_hear_003_new_text_seven_working_days() -> None:
    # notified Thu 2021-07-15: 07-16, 19, 20, 21, 22, 23, 26
    assert hits(hearing_notice("2021-07-15", "2021-07-26"), "PUN-HEAR-003") == []
    findings = run(hearing_notice("2021-07-15", "2021-07-23"), "PUN-HEAR-003")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-HEAR-003", "S17")]
    assert "不足 7 个工作日" in findings[0].message


# ------------------------------------------------------------------ PUN-SIMPLE-001


def summary(kind: str, day: str, amount: str) -> dict[str, Any]:
    d = base_punishment()
    d["case"]["procedure"] = "summary"
    d["case"]["party"] = {"kind": kind, "name": "李某某"}
    d["steps"] = [{"id": "S01", "kind": "decision", "date": day, "rights": ["statement", "defence"],
                   "penalties": [{"kind": "fine", "amount": amount}]}]
    return d


@pytest.mark.parametrize(
    ("kind", "day", "amount"),
    [
        ("individual", "2021-07-14", "50"),
        ("organisation", "2021-07-14", "1000"),
        ("individual", "2021-07-15", "200"),
        ("organisation", "2021-07-15", "3000"),
        ("individual", "2021-07-15", "51"),  # over the old ceiling, but decided under the new text
    ],
)
def test_simple_001_within_the_ceiling_of_its_version(kind: str, day: str, amount: str) -> None:
    assert hits(summary(kind, day, amount), "PUN-SIMPLE-001") == []


@pytest.mark.parametrize(
    ("kind", "amount", "ceiling"),
    [("individual", "51", "50 元以下"), ("organisation", "1001", "1000 元以下")],
)
def test_simple_001_old_ceiling_before_the_revision(kind: str, amount: str, ceiling: str) -> None:
    findings = run(summary(kind, "2021-07-14", amount), "PUN-SIMPLE-001")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-SIMPLE-001", "S01")]
    assert ceiling in findings[0].message and "修订前第三十三条" in findings[0].message


# ------------------------------------------------------------------ PUN-LIMIT-001


def test_limit_001_act_before_the_revision_names_the_old_article() -> None:
    # ended 2019-01-10: 2 years end 2021-01-10 (Sunday) -> Mon 01-11
    d = base_punishment()
    d["case"]["violation"] = {"start": "2019-01-10"}
    step(d, "S01")["date"] = "2021-01-11"
    assert hits(d, "PUN-LIMIT-001") == []
    step(d, "S01")["date"] = "2021-01-12"
    findings = run(d, "PUN-LIMIT-001")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-LIMIT-001", "S10")]
    assert "至 2021-01-11" in findings[0].message and "修订前第二十九条无五年期限的规定" in findings[0].message


def test_dec_001_not_applied_to_cases_filed_before_the_2021_revision() -> None:
    # the 2017 text set no decision period: a case filed 2021-07-14 and decided a year later is not judged
    d = base_punishment()
    step(d, "S02")["date"] = "2021-07-14"
    step(d, "S02")["approved_on"] = "2021-07-14"
    assert hits(d, "PUN-DEC-001") == []
    step(d, "S02")["date"] = "2021-07-15"
    step(d, "S02")["approved_on"] = "2021-07-15"
    assert hits(d, "PUN-DEC-001") == [("PUN-DEC-001", "S10")]


def test_serve_001_old_decisions_have_seven_calendar_days() -> None:
    # decision Fri 2020-09-04 under the 2017 text: 7 days end Fri 09-11 (new rule would give 09-15)
    d = base_punishment()
    for sid, day in (("S02", "2020-06-01"), ("S10", "2020-09-04"), ("S11", "2020-09-11")):
        step(d, sid)["date"] = day
    assert hits(d, "PUN-SERVE-001") == []
    step(d, "S11")["date"] = "2020-09-14"
    assert hits(d, "PUN-SERVE-001") == [("PUN-SERVE-001", "S11")]
    # a last day on a rest day moves on: decision Sat 2020-09-05 -> 09-12 (Sat) -> Mon 09-14
    step(d, "S10")["date"] = "2020-09-05"
    assert hits(d, "PUN-SERVE-001") == []


# ------------------------------------------------------------------ PUN-HEAR-001 / PUN-HEAR-002: triggers


def untold(served: str, *penalties: dict[str, Any]) -> dict[str, Any]:
    """A notice served on ``served`` without the hearing right, decided 2021-09-01 with ``penalties``."""
    d = hearing_case(served, "2021-09-01")
    step(d, "S07")["rights"] = ["statement", "defence"]
    step(d, "S10")["penalties"] = list(penalties)
    return d


OLD_NOT_NEW = [
    {"kind": "qualification_downgrade"},
    {"kind": "closure"},
    {"kind": "employment_restriction"},
]


@pytest.mark.parametrize("penalty", OLD_NOT_NEW, ids=lambda p: p["kind"])
def test_hear_001_old_text_named_fewer_penalties(penalty: dict[str, Any]) -> None:
    assert hits(untold("2021-07-14", penalty), "PUN-HEAR-001") == []
    assert hits(untold("2021-07-15", penalty), "PUN-HEAR-001") == [("PUN-HEAR-001", "S07")]


@pytest.mark.parametrize(
    ("penalty", "label"),
    [
        ({"kind": "fine", "amount": "100000"}, "罚款 100000 元"),
        ({"kind": "suspension_of_business"}, "责令停产停业"),
        ({"kind": "licence_revocation"}, "吊销许可证或者执照"),
        # the old Art 42's 「等」 includes a 较大数额 confiscation (最高人民法院指导案例6号)
        ({"kind": "confiscation_of_gains", "amount": "100000"}, "没收违法所得 100000 元"),
        ({"kind": "confiscation_of_property", "amount": "100000"}, "没收非法财物 100000 元"),
    ],
    ids=["fine", "suspension", "revocation", "confiscation-of-gains", "confiscation-of-property"],
)
def test_hear_001_old_text_triggers(penalty: dict[str, Any], label: str) -> None:
    findings = run(untold("2021-07-14", penalty), "PUN-HEAR-001")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-HEAR-001", "S07")]
    message = findings[0].message
    assert "适用听证（事先告知书于2021年7月15日前送达，适用修订前第四十二条第一款）" in message
    assert label in message


def test_hear_001_old_text_fine_below_threshold() -> None:
    assert hits(untold("2021-07-14", {"kind": "fine", "amount": "99999"}), "PUN-HEAR-001") == []
    assert hits(untold("2021-07-14", {"kind": "confiscation_of_gains", "amount": "99999"}), "PUN-HEAR-001") == []


def test_hear_001_and_002_cite_guiding_case_6() -> None:
    for rule in (punishment.HearingRightNotified, punishment.HearingRequestWindow):
        assert any(b.law == "最高人民法院指导案例6号" for b in rule.meta.legal_basis), rule.meta.id


def test_hear_001_new_text_message_has_no_version_note() -> None:
    findings = run(untold("2021-07-15", {"kind": "licence_revocation"}), "PUN-HEAR-001")
    assert "修订前" not in findings[0].message and "吊销许可证件" in findings[0].message


def test_hear_001_version_goes_by_service_of_the_notice() -> None:
    d = untold("2021-07-15", {"kind": "qualification_downgrade"})
    step(d, "S07")["date"] = "2021-07-13"  # dated before, served on the day of entry into force
    assert hits(d, "PUN-HEAR-001") == [("PUN-HEAR-001", "S07")]
    step(d, "S08")["date"] = "2021-07-14"
    assert hits(d, "PUN-HEAR-001") == []


def test_hear_001_cites_the_old_article() -> None:
    assert LegalBasis(PUNISHMENT_LAW, 42, 1, note="2017年修正") in punishment.HearingRightNotified.meta.legal_basis


@pytest.mark.parametrize("penalty", OLD_NOT_NEW, ids=lambda p: p["kind"])
def test_hear_002_old_text_triggers_decide_the_window(penalty: dict[str, Any]) -> None:
    # decided on the last day of each window: premature only where the hearing right applied
    d = hearing_case("2021-07-14", "2021-07-19")
    step(d, "S10")["penalties"] = [penalty]
    assert hits(d, "PUN-HEAR-002") == []
    d = hearing_case("2021-07-15", "2021-07-22")
    step(d, "S10")["penalties"] = [penalty]
    assert hits(d, "PUN-HEAR-002") == [("PUN-HEAR-002", "S10")]


@pytest.mark.parametrize("kind", ["suspension_of_business", "licence_revocation"])
def test_hear_002_old_text_non_fine_triggers(kind: str) -> None:
    d = hearing_case("2021-07-14", "2021-07-19")
    step(d, "S10")["penalties"] = [{"kind": kind}]
    assert hits(d, "PUN-HEAR-002") == [("PUN-HEAR-002", "S10")]
    step(d, "S10")["date"] = "2021-07-20"
    assert hits(d, "PUN-HEAR-002") == []


# ------------------------------------------------------------------ PUN-EVID-002


def preserved(day: str, decided: str) -> dict[str, Any]:
    d = base_punishment()
    d["steps"] += [
        {"id": "S16", "kind": "evidence_preservation", "start": f"{day}T10:00:00", "officers": ["O1", "O2"],
         "approved_by": "O9", "approved_on": day},
        {"id": "S17", "kind": "preservation_decision", "date": decided, "of": "S16"},
    ]
    return d


def test_evid_002_old_text_seven_calendar_days() -> None:
    # Wed 2021-07-07 + 7 days = Wed 07-14 (the new text would give Fri 07-16)
    assert hits(preserved("2021-07-07", "2021-07-14"), "PUN-EVID-002") == []
    findings = run(preserved("2021-07-07", "2021-07-15"), "PUN-EVID-002")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-EVID-002", "S17")]
    message = findings[0].message
    assert "7 日（2021年7月15日前登记保存，适用修订前第三十七条第二款）内（至 2021-07-14）" in message
    assert "逾期 1 日" in message


def test_evid_002_old_text_last_day_on_national_day_2020() -> None:
    # Thu 2020-09-24 + 7 days = 10-01 (holiday) -> Fri 10-09; Sat 10-10 is a make-up working day
    assert hits(preserved("2020-09-24", "2020-10-09"), "PUN-EVID-002") == []
    assert hits(preserved("2020-09-24", "2020-10-10"), "PUN-EVID-002") == [("PUN-EVID-002", "S17")]


def test_evid_002_new_text_from_the_day_of_entry_into_force() -> None:
    # Thu 2021-07-15: 7 WD: 07-16, 19, 20, 21, 22, 23, 26
    assert hits(preserved("2021-07-15", "2021-07-26"), "PUN-EVID-002") == []
    findings = run(preserved("2021-07-15", "2021-07-27"), "PUN-EVID-002")
    assert [(f.rule_id, f.location.step) for f in findings] == [("PUN-EVID-002", "S17")]
    assert "7 个工作日内（至 2021-07-26）" in findings[0].message


def test_evid_002_cites_the_old_article() -> None:
    assert LegalBasis(PUNISHMENT_LAW, 37, 2, note="2017年修正") in punishment.EvidencePreservation.meta.legal_basis
