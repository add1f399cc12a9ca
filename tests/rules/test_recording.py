"""Tests of the full-process-record rules (REC-001, REC-003, REC-005, REC-006, REC-007, REC-008, REC-009, REC-010, REC-014, REC-015, REC-101),
the hearing transcript (PUN-HEAR-008) and archiving (ARC-001, ARC-004)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, Literal

import pytest

from enforcement_audit.engine import Confidence, Severity, bases_for
from enforcement_audit.profile import DayPeriod, Profile, load_profile
from enforcement_audit.rules import rule_by_id
from enforcement_audit.rules.recording import parse_duration
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


def messages(d: dict[str, Any], rule_id: str, **kwargs: Any) -> list[str]:
    return [f.message for f in run(d, rule_id, **kwargs)]


def keep_steps(d: dict[str, Any], *ids: str) -> None:
    d["steps"] = [s for s in d["steps"] if s["id"] in ids]


def open_case(d: dict[str, Any]) -> dict[str, Any]:
    d["case"]["status"] = "open"
    return d


# ================================================================= REC-001 required steps


@pytest.mark.parametrize("base", BASES)
def test_rec_001_bases_pass(base: Any) -> None:
    assert hits(base(), "REC-001") == []


@pytest.mark.parametrize(
    ("dropped", "label"),
    [
        (["S02"], "「立案」"),
        (["S03", "S04"], "「调查取证（现场检查或询问）」"),
        (["S07", "S08"], "「行政处罚事先告知」"),
        (["S10"], "「处罚决定」"),
    ],
)
def test_rec_001_closed_punishment_missing_step(dropped: list[str], label: str) -> None:
    d = base_punishment()
    for sid in dropped:
        drop_step(d, sid)
    assert hits(d, "REC-001") == [("REC-001", None)]
    assert messages(d, "REC-001") == [f"本案已结案，但案卷中没有{label}环节的记录。"]


def test_rec_001_one_investigation_step_is_enough() -> None:
    d = base_punishment()
    drop_step(d, "S03")  # the inquiry S04 remains
    assert hits(d, "REC-001") == []
    d = base_punishment()
    drop_step(d, "S04")  # the inspection S03 remains
    assert hits(d, "REC-001") == []


def test_rec_001_closed_punishment_decision_not_served() -> None:
    d = base_punishment()
    drop_step(d, "S11")
    assert hits(d, "REC-001") == [("REC-001", "S10")]
    (msg,) = messages(d, "REC-001")
    assert "S10 处罚决定（2025-04-21）" in msg and 'of="S10"' in msg


def test_rec_001_service_of_another_step_does_not_serve_the_decision() -> None:
    d = base_punishment()
    step(d, "S11")["of"] = "S07"
    assert hits(d, "REC-001") == [("REC-001", "S10")]


def test_rec_001_every_decision_needs_its_service() -> None:
    d = base_punishment()
    d["steps"].append({"id": "S10b", "kind": "decision", "date": "2025-05-06"})
    assert hits(d, "REC-001") == [("REC-001", "S10b")]


def test_rec_001_missing_decision_is_not_also_reported_as_unserved() -> None:
    d = base_punishment()
    drop_step(d, "S10")
    drop_step(d, "S11")
    assert hits(d, "REC-001") == [("REC-001", None)]


def test_rec_001_closed_punishment_several_missing_complete_list() -> None:
    d = base_punishment()
    for sid in ("S02", "S07", "S08", "S14"):
        drop_step(d, sid)
    assert sorted(messages(d, "REC-001")) == sorted(
        [
            "本案已结案，但案卷中没有「立案」环节的记录。",
            "本案已结案，但案卷中没有「行政处罚事先告知」环节的记录。",
        ]
    )
    assert hits(d, "REC-001", "REC-102") == [("REC-001", None)] * 2 + [("REC-102", None)]


# ----------------------------------------------------------------- REC-102 closing


@pytest.mark.parametrize(("base", "closing"), [(base_punishment, "S14"), (base_coercive_measure, "S06"),
                                                (base_enforced_execution, "S08"), (base_inspection, "S05")])
def test_rec_102_closed_case_without_closing(base: Any, closing: str) -> None:
    # the closing step rests on sector and provincial rules: a warning, not REC-001's error
    d = base()
    assert hits(d, "REC-102") == []
    drop_step(d, closing)
    findings = run(d, "REC-001", "REC-102")
    assert [(f.rule_id, f.location.step, f.severity) for f in findings] == [("REC-102", None, Severity.WARNING)]
    assert findings[0].message == "本案已结案，但案卷中没有「结案」环节的记录。"
    assert hits(open_case(d), "REC-102") == []  # an open case is not closed yet


def test_rec_102_not_for_on_the_spot_decisions() -> None:
    d = base_punishment()
    d["case"]["procedure"] = "summary"
    drop_step(d, "S14")
    assert hits(d, "REC-102") == []


# ----------------------------------------------------------------- open punishment cases


def test_rec_001_open_punishment_up_to_decision_passes() -> None:
    """The decision's service (PUN-SERVE-001) and the closing are not judged in an open case."""
    d = open_case(base_punishment())
    keep_steps(d, "S01", "S02", "S03", "S04", "S05", "S06", "S07", "S08", "S09", "S10")
    assert hits(d, "REC-001") == []


def test_rec_001_open_punishment_at_each_stage_passes() -> None:
    order = ["S01", "S02", "S03", "S04", "S05", "S06", "S07", "S08", "S09", "S10"]
    for n in range(1, len(order) + 1):
        d = open_case(base_punishment())
        keep_steps(d, *order[:n])
        assert hits(d, "REC-001") == [], order[:n]


def test_rec_001_open_punishment_investigation_without_filing() -> None:
    d = open_case(base_punishment())
    keep_steps(d, "S01", "S03")
    assert hits(d, "REC-001") == [("REC-001", "S03")]
    assert messages(d, "REC-001") == [
        "案卷已记录 S03 现场检查（2025-03-06），但在此之前应有的「立案」环节没有记录。"
    ]


def test_rec_001_open_punishment_discovery_only_passes() -> None:
    d = open_case(base_punishment())
    keep_steps(d, "S01")
    assert hits(d, "REC-001") == []


def test_rec_001_open_punishment_without_investigation_located_at_report() -> None:
    d = open_case(base_punishment())
    keep_steps(d, "S01", "S02", "S05", "S06", "S07", "S08", "S09", "S10")
    assert hits(d, "REC-001") == [("REC-001", "S05")]


def test_rec_001_open_punishment_without_notice_located_at_first_later_step() -> None:
    d = open_case(base_punishment())
    keep_steps(d, "S01", "S02", "S03", "S04", "S05", "S06", "S09", "S10")
    assert hits(d, "REC-001") == [("REC-001", "S09")]
    d = open_case(base_punishment())
    keep_steps(d, "S01", "S02", "S03", "S04", "S05", "S06", "S10")
    assert hits(d, "REC-001") == [("REC-001", "S10")]
    assert "「行政处罚事先告知」" in messages(d, "REC-001")[0]


def test_rec_001_open_punishment_notice_without_decision_passes() -> None:
    d = open_case(base_punishment())
    keep_steps(d, "S01", "S02", "S03", "S04", "S05", "S06", "S07", "S08")
    assert hits(d, "REC-001") == []


def test_rec_001_open_punishment_payment_without_decision() -> None:
    d = open_case(base_punishment())
    keep_steps(d, "S01", "S02", "S03", "S04", "S05", "S06", "S07", "S08", "S09", "S13")
    assert hits(d, "REC-001") == [("REC-001", "S13")]
    assert "「处罚决定」" in messages(d, "REC-001")[0]


def test_rec_001_open_punishment_decision_only_complete_list() -> None:
    d = open_case(base_punishment())
    keep_steps(d, "S10")
    assert hits(d, "REC-001") == [("REC-001", "S10")] * 3
    assert sorted(messages(d, "REC-001")) == sorted(
        f"案卷已记录 S10 处罚决定（2025-04-21），但在此之前应有的{label}环节没有记录。"
        for label in ("「立案」", "「调查取证（现场检查或询问）」", "「行政处罚事先告知」")
    )


# ----------------------------------------------------------------- summary procedure


def summary_case(status: str = "closed") -> dict[str, Any]:
    d = base_punishment()
    d["case"]["procedure"] = "summary"
    d["case"]["status"] = status
    keep_steps(d, "S10", "S11")
    return d


def test_rec_001_summary_decision_and_service_pass() -> None:
    assert hits(summary_case(), "REC-001") == []


def test_rec_001_summary_closed_decision_not_served() -> None:
    d = summary_case()
    drop_step(d, "S11")
    assert hits(d, "REC-001") == [("REC-001", "S10")]


def test_rec_001_summary_open_unserved_decision_passes() -> None:
    d = summary_case("open")
    drop_step(d, "S11")
    assert hits(d, "REC-001") == []


def test_rec_001_summary_closed_without_decision() -> None:
    d = summary_case()
    keep_steps(d, "S13")
    d["steps"] = [{"id": "S13", "kind": "payment", "date": "2025-04-30"}]
    assert hits(d, "REC-001") == [("REC-001", None)]
    assert messages(d, "REC-001") == ["本案已结案，但案卷中没有「处罚决定」环节的记录。"]


# ----------------------------------------------------------------- coercive measure


def test_rec_001_coercive_approval_on_the_measure_step_suffices() -> None:
    d = base_coercive_measure()
    drop_step(d, "S02")
    assert hits(d, "REC-001") == []


def test_rec_001_coercive_separate_approval_step_suffices() -> None:
    d = base_coercive_measure()
    del step(d, "S03")["approved_by"]
    del step(d, "S03")["approved_on"]
    assert hits(d, "REC-001") == []


def test_rec_001_coercive_without_any_approval() -> None:
    d = base_coercive_measure()
    drop_step(d, "S02")
    del step(d, "S03")["approved_by"]
    assert hits(d, "REC-001") == [("REC-001", None)]
    assert messages(d, "REC-001") == ["本案已结案，但案卷中没有「查封、扣押的审批」环节的记录。"]


def test_rec_001_coercive_closed_without_release_or_decision() -> None:
    d = base_coercive_measure()
    drop_step(d, "S04")
    assert hits(d, "REC-001") == [("REC-001", None)]
    assert messages(d, "REC-001") == ["本案已结案，但案卷中没有「解除查封扣押或处理决定」环节的记录。"]


def test_rec_001_coercive_disposal_decision_instead_of_release() -> None:
    d = base_coercive_measure()
    step(d, "S04")["kind"] = "decision"
    del step(d, "S04")["measure"]
    assert hits(d, "REC-001") == []


def test_rec_001_coercive_closed_without_measure_or_closing() -> None:
    d = base_coercive_measure()
    drop_step(d, "S03")
    drop_step(d, "S06")
    assert sorted(messages(d, "REC-001")) == ["本案已结案，但案卷中没有「查封或扣押」环节的记录。"]
    assert hits(d, "REC-102") == [("REC-102", None)]


def test_rec_001_coercive_open_running_measure_passes() -> None:
    d = open_case(base_coercive_measure())
    keep_steps(d, "S01", "S02", "S03")
    assert hits(d, "REC-001") == []


def test_rec_001_coercive_open_measure_without_approval() -> None:
    d = open_case(base_coercive_measure())
    keep_steps(d, "S01", "S03")
    del step(d, "S03")["approved_by"]
    assert hits(d, "REC-001") == [("REC-001", "S03")]


def test_rec_001_coercive_open_release_without_measure() -> None:
    d = open_case(base_coercive_measure())
    keep_steps(d, "S01", "S02", "S04")
    assert hits(d, "REC-001") == [("REC-001", "S04")]
    assert "「查封或扣押」" in messages(d, "REC-001")[0]


# ----------------------------------------------------------------- enforced execution


@pytest.mark.parametrize(
    ("dropped", "label"),
    [(["S02", "S03"], "「催告」"), (["S04", "S05"], "「强制执行决定」"), (["S06"], "「强制执行」")],
)
def test_rec_001_execution_closed_missing_step(dropped: list[str], label: str) -> None:
    d = base_enforced_execution()
    for sid in dropped:
        drop_step(d, sid)
    assert hits(d, "REC-001") == [("REC-001", None)]
    assert messages(d, "REC-001") == [f"本案已结案，但案卷中没有{label}环节的记录。"]


@pytest.mark.parametrize("ending", ["court_application", "payment", "execution_termination"])
def test_rec_001_execution_ended_by_court_application_payment_or_termination(ending: str) -> None:
    # an organ without enforcement power applies to the court (行政强制法 Art 53): no decision or execution of its own;
    # a party that pays after the demand, or a terminated execution, needs none either
    d = base_enforced_execution()
    for sid in ("S04", "S05", "S06"):
        drop_step(d, sid)
    assert sorted(messages(d, "REC-001")) == ["本案已结案，但案卷中没有「强制执行」环节的记录。",
                                              "本案已结案，但案卷中没有「强制执行决定」环节的记录。"]
    d["steps"].append({"id": "S09", "kind": ending, "date": "2025-08-20"})
    assert hits(d, "REC-001") == []


def test_rec_001_execution_open_before_execution_passes() -> None:
    d = open_case(base_enforced_execution())
    keep_steps(d, "S01", "S02", "S03", "S04", "S05")
    assert hits(d, "REC-001") == []


def test_rec_001_execution_open_decision_without_demand_notice() -> None:
    d = open_case(base_enforced_execution())
    keep_steps(d, "S01", "S04", "S05")
    assert hits(d, "REC-001") == [("REC-001", "S04")]
    assert "「催告」" in messages(d, "REC-001")[0]


def test_rec_001_execution_open_execution_without_decision() -> None:
    d = open_case(base_enforced_execution())
    keep_steps(d, "S01", "S02", "S03", "S06")
    assert hits(d, "REC-001") == [("REC-001", "S06")]
    assert "「强制执行决定」" in messages(d, "REC-001")[0]


# ----------------------------------------------------------------- inspection


@pytest.mark.parametrize(
    ("dropped", "label"),
    [("S02", "「现场检查」")],
)
def test_rec_001_inspection_closed_missing_step(dropped: str, label: str) -> None:
    d = base_inspection()
    drop_step(d, dropped)
    assert hits(d, "REC-001") == [("REC-001", None)]
    assert messages(d, "REC-001") == [f"本案已结案，但案卷中没有{label}环节的记录。"]


def test_rec_001_inspection_open_before_result_passes() -> None:
    d = open_case(base_inspection())
    keep_steps(d, "S01", "S02")
    assert hits(d, "REC-001") == []


def test_rec_001_inspection_result_is_ins_012s() -> None:
    # telling the enterprise the result rests on 54号 (read only through secondary pages): INS-012's warning
    d = open_case(base_inspection())
    keep_steps(d, "S01", "S02", "S04")
    assert hits(d, "REC-001") == []
    d = base_inspection()
    drop_step(d, "S03")
    assert hits(d, "REC-001") == []


def test_rec_001_inspection_open_result_without_inspection() -> None:
    d = open_case(base_inspection())
    keep_steps(d, "S01", "S03")
    assert hits(d, "REC-001") == [("REC-001", "S03")]


# ================================================================= REC-014 text record of on-site steps


@pytest.mark.parametrize("base", BASES)
def test_rec_014_bases_pass(base: Any) -> None:
    assert hits(base(), "REC-014") == []


def test_rec_014_inquiry_without_record() -> None:
    d = base_punishment()
    step(d, "S04")["records"] = []
    assert hits(d, "REC-014") == [("REC-014", "S04")]
    assert messages(d, "REC-014") == [
        "S04 询问（2025-03-10）没有文字记录：应制作询问笔录（《中华人民共和国行政处罚法》第五十五条第二款）。"
    ]


def test_rec_014_inspection_with_video_only() -> None:
    d = base_punishment()
    step(d, "S03")["records"] = [{"av": "AV01"}]
    assert hits(d, "REC-014") == [("REC-014", "S03")]
    (msg,) = messages(d, "REC-014")
    assert "仅有音像记录" in msg and "现场检查（勘验）笔录" in msg


def test_rec_014_both_investigation_steps_without_record() -> None:
    d = base_punishment()
    step(d, "S03")["records"] = []
    step(d, "S04")["records"] = []
    assert hits(d, "REC-014") == [("REC-014", "S03"), ("REC-014", "S04")]


def test_rec_014_seizure_needs_on_site_record() -> None:
    d = base_coercive_measure()
    step(d, "S03")["records"] = [{"av": "AV01"}]
    assert hits(d, "REC-014") == [("REC-014", "S03")]
    (msg,) = messages(d, "REC-014")
    assert "现场笔录" in msg and "《中华人民共和国行政强制法》第十八条第（七）项" in msg


def test_rec_014_seal_up_needs_on_site_record() -> None:
    d = base_coercive_measure()
    step(d, "S03")["kind"] = "seal_up"
    step(d, "S03")["records"] = []
    assert hits(d, "REC-014") == [("REC-014", "S03")]


def test_rec_014_execution_needs_record() -> None:
    d = base_enforced_execution()
    step(d, "S06")["records"] = [{"av": "AV01"}]
    assert hits(d, "REC-014") == [("REC-014", "S06")]
    (msg,) = messages(d, "REC-014")
    assert "执行笔录" in msg and "《广东省行政执法全过程记录办法》第十二条第（三）项（参照适用）" in msg


def test_rec_014_evidence_preservation_needs_record() -> None:
    d = base_punishment()
    d["steps"].append({"id": "S03b", "kind": "evidence_preservation", "date": "2025-03-06",
                       "officers": ["O1", "O2"], "approved_by": "O9", "approved_on": "2025-03-06"})
    assert hits(d, "REC-014") == [("REC-014", "S03b")]
    step(d, "S03b")["records"] = [{"document": "D02"}]
    assert hits(d, "REC-014") == []


def test_rec_014_inspection_case() -> None:
    d = base_inspection()
    step(d, "S02")["records"] = []
    assert hits(d, "REC-014") == [("REC-014", "S02")]


def test_rec_014_steps_that_are_not_on_site_are_not_judged() -> None:
    d = base_punishment()
    for sid in ("S02", "S05", "S06", "S07", "S10", "S11"):
        step(d, sid)["records"] = []
    assert hits(d, "REC-014") == []


# ================================================================= REC-005 audio-video record


def test_rec_005_meta() -> None:
    from enforcement_audit.rules import rule_by_id

    rule = rule_by_id("REC-005")
    assert rule is not None
    assert rule.meta.severity is Severity.WARNING
    assert rule.meta.confidence is Confidence.UNCONFIRMED
    assert rule.meta.parameters == ("av_required_steps",)


@pytest.mark.parametrize("base", BASES)
def test_rec_005_bases_pass(base: Any) -> None:
    assert hits(base(), "REC-005") == []


def test_rec_005_seizure_without_av() -> None:
    d = base_coercive_measure()
    step(d, "S03")["records"] = [{"document": "D02"}, {"document": "D03"}, {"document": "D04"}]
    assert hits(d, "REC-005") == [("REC-005", "S03")]
    (finding,) = run(d, "REC-005")
    assert finding.severity is Severity.WARNING
    assert finding.confidence is Confidence.UNCONFIRMED
    assert finding.message == (
        "S03 扣押（2025-06-03）没有音像记录；配置 av_required_steps 要求对以下环节进行音像记录：查封、扣押、强制执行。"
    )


def test_rec_005_seal_up_without_av() -> None:
    d = base_coercive_measure()
    step(d, "S03")["kind"] = "seal_up"
    step(d, "S03")["records"] = [{"document": "D02"}]
    assert hits(d, "REC-005") == [("REC-005", "S03")]


def test_rec_005_execution_without_av() -> None:
    d = base_enforced_execution()
    step(d, "S06")["records"] = [{"document": "D06"}]
    assert hits(d, "REC-005") == [("REC-005", "S06")]


def test_rec_005_kinds_not_in_the_profile_are_not_judged() -> None:
    d = base_punishment()
    step(d, "S03")["records"] = [{"document": "D02"}]  # inspection without video: not in the national list
    assert hits(d, "REC-005") == []


def test_rec_005_profile_parameter_decides(tmp_path: Path) -> None:
    profile = tmp_path / "strict.toml"
    profile.write_text(
        '[profile]\nid = "strict"\ntitle = "测试"\nextends = "national"\n\n'
        '[parameters.av_required_steps]\nsteps = ["inspection", "inquiry"]\nsource = "测试用配置"\n',
        encoding="utf-8",
    )
    d = base_punishment()
    # S03 inspection has AV01; S04 inquiry has none
    assert hits(d, "REC-005", profile=str(profile)) == [("REC-005", "S04")]
    (msg,) = messages(d, "REC-005", profile=str(profile))
    assert msg.endswith("现场检查、询问。")
    # the seizure of the coercive base is not in this profile's list
    d = base_coercive_measure()
    step(d, "S03")["records"] = [{"document": "D02"}]
    assert hits(d, "REC-005", profile=str(profile)) == []


# ================================================================= REC-101 chronology


@pytest.mark.parametrize("base", BASES)
def test_rec_101_bases_pass(base: Any) -> None:
    assert hits(base(), "REC-101") == []


def test_rec_101_decision_before_advance_notice() -> None:
    d = base_punishment()
    step(d, "S07")["date"] = "2025-04-25"
    step(d, "S08")["date"] = "2025-04-25"
    assert hits(d, "REC-101") == [("REC-101", "S10")]
    (msg,) = messages(d, "REC-101")
    assert msg.startswith("S10 处罚决定（2025-04-21）早于 S07 行政处罚事先告知（2025-04-25）：")
    assert "第四十四条" in msg


def test_rec_101_notice_on_decision_day_passes() -> None:
    d = base_punishment()
    step(d, "S07")["date"] = "2025-04-21"
    step(d, "S08")["date"] = "2025-04-21"
    assert hits(d, "REC-101") == []


def test_rec_101_notice_and_decision_same_day_ordered_by_time() -> None:
    d = base_punishment()
    for sid, start in (("S07", "2025-04-21T15:00:00"), ("S08", "2025-04-21T15:10:00"), ("S10", "2025-04-21T09:00:00")):
        del step(d, sid)["date"]
        step(d, sid)["start"] = start
    assert hits(d, "REC-101") == [("REC-101", "S10")]
    step(d, "S10")["start"] = "2025-04-21T16:00:00"
    step(d, "S11")["date"] = "2025-04-22"
    assert hits(d, "REC-101") == []


def test_rec_101_filing_after_first_investigative_step() -> None:
    d = base_punishment()
    step(d, "S02")["date"] = "2025-03-07"
    assert hits(d, "REC-101") == [("REC-101", "S03")]
    (msg,) = messages(d, "REC-101")
    assert msg.startswith("S03 现场检查（2025-03-06）早于 S02 立案（2025-03-07）：")


def test_rec_101_filing_on_the_day_of_the_inspection_passes() -> None:
    d = base_punishment()
    step(d, "S02")["date"] = "2025-03-06"
    assert hits(d, "REC-101") == []


def test_rec_101_filing_after_inspection_same_day_by_time() -> None:
    d = base_punishment()
    del step(d, "S02")["date"]
    step(d, "S02")["start"] = "2025-03-06T11:00:00"  # the inspection began at 09:30
    assert hits(d, "REC-101") == [("REC-101", "S03")]


def test_rec_101_filing_after_evidence_preservation() -> None:
    d = base_punishment()
    d["steps"].append({"id": "S01b", "kind": "evidence_preservation", "date": "2025-03-04",
                       "records": [{"document": "D02"}]})
    assert hits(d, "REC-101") == [("REC-101", "S01b")]


def test_rec_101_filing_order_only_in_punishment_cases() -> None:
    d = base_inspection()
    d["steps"].append({"id": "S06", "kind": "filing", "date": "2025-05-20"})
    assert hits(d, "REC-101") == []


def test_rec_101_legal_review_after_decision() -> None:
    d = base_punishment()
    step(d, "S06")["date"] = "2025-04-25"
    assert hits(d, "REC-101") == [("REC-101", "S10")]
    assert "法制审核应在负责人作出决定之前进行" in messages(d, "REC-101")[0]


def test_rec_101_legal_review_on_decision_day_passes() -> None:
    d = base_punishment()
    step(d, "S06")["date"] = "2025-04-21"
    assert hits(d, "REC-101") == []


def test_rec_101_collective_deliberation_after_decision() -> None:
    d = base_punishment()
    d["steps"].append({"id": "S10b", "kind": "collective_deliberation", "date": "2025-04-22"})
    assert hits(d, "REC-101") == [("REC-101", "S10")]
    step(d, "S10b")["date"] = "2025-04-21"
    assert hits(d, "REC-101") == []


def test_rec_101_hearing_before_its_notice_and_after_decision() -> None:
    d = base_punishment()
    d["steps"].append({"id": "S09a", "kind": "hearing_notice", "date": "2025-04-10"})
    d["steps"].append({"id": "S09b", "kind": "hearing", "date": "2025-04-09"})
    assert hits(d, "REC-101") == [("REC-101", "S09b")]
    step(d, "S09b")["date"] = "2025-04-25"  # now after the notice but after the decision S10 (04-21)
    assert hits(d, "REC-101") == [("REC-101", "S10")]
    step(d, "S09b")["date"] = "2025-04-18"
    assert hits(d, "REC-101") == []


def test_rec_101_decision_served_before_it_was_made() -> None:
    d = base_punishment()
    step(d, "S11")["date"] = "2025-04-20"
    assert hits(d, "REC-101") == [("REC-101", "S11")]
    (msg,) = messages(d, "REC-101")
    assert msg.startswith("S11 送达（2025-04-20）早于其送达的 S10 处罚决定（2025-04-21）：")


def test_rec_101_service_on_the_day_of_the_decision_passes() -> None:
    d = base_punishment()
    step(d, "S11")["date"] = "2025-04-21"
    assert hits(d, "REC-101") == []


def test_rec_101_demand_notice_after_execution_decision() -> None:
    d = base_enforced_execution()
    step(d, "S02")["date"] = "2025-08-21"
    step(d, "S03")["date"] = "2025-08-21"
    assert hits(d, "REC-101") == [("REC-101", "S04")]
    assert "第三十五条" in messages(d, "REC-101")[0]


def test_rec_101_execution_before_execution_decision() -> None:
    d = base_enforced_execution()
    step(d, "S06")["start"] = "2025-08-19T09:00:00"
    step(d, "S06")["end"] = "2025-08-19T11:00:00"
    assert hits(d, "REC-101") == [("REC-101", "S06")]


def test_rec_101_execution_service_before_demand_notice() -> None:
    d = base_enforced_execution()
    step(d, "S03")["date"] = "2025-08-01"
    assert hits(d, "REC-101") == [("REC-101", "S03")]


def test_rec_101_several_violations_complete_list() -> None:
    d = base_punishment()
    step(d, "S02")["date"] = "2025-03-07"  # filing after the inspection S03
    step(d, "S06")["date"] = "2025-04-25"  # review after the decision S10
    step(d, "S11")["date"] = "2025-04-20"  # decision served before it was made
    assert hits(d, "REC-101") == [("REC-101", "S03"), ("REC-101", "S10"), ("REC-101", "S11")]


def test_rec_101_missing_steps_are_not_chronology_findings() -> None:
    d = base_punishment()
    for sid in ("S02", "S06", "S07", "S08"):
        drop_step(d, sid)
    assert hits(d, "REC-101") == []


# ================================================================= REC-003 handler's proposal


def test_rec_003_meta() -> None:
    rule = rule_by_id("REC-003")
    assert rule is not None
    assert rule.meta.confidence is Confidence.UNCONFIRMED
    assert rule.meta.severity is Severity.WARNING
    assert [str(b) for b in rule.meta.legal_basis] == [
        "《广东省行政执法全过程记录办法》第十一条第（一）项（参照适用）",
        "《中华人民共和国行政处罚法》第五十七条第一款",
        "《中华人民共和国行政处罚法》第四十七条",
    ]


@pytest.mark.parametrize("base", BASES)
def test_rec_003_bases_pass(base: Any) -> None:
    assert hits(base(), "REC-003") == []


def test_rec_003_decision_without_report() -> None:
    d = base_punishment()
    drop_step(d, "S05")
    assert hits(d, "REC-003") == [("REC-003", "S10")]
    assert messages(d, "REC-003") == [
        "S10 处罚决定（2025-04-21）作出前没有案件调查终结报告：普通程序案件调查终结后，应由承办人提出处理意见"
        "（违法事实、证据、法律依据和裁量基准的适用），再提请审核和负责人决定。"
    ]
    (finding,) = run(d, "REC-003")
    assert finding.severity is Severity.WARNING


def test_rec_003_report_on_the_decision_day_passes_the_day_after_fails() -> None:
    d = base_punishment()
    step(d, "S05")["date"] = "2025-04-21"
    assert hits(d, "REC-003") == []
    step(d, "S05")["date"] = "2025-04-22"
    assert hits(d, "REC-003") == [("REC-003", "S10")]
    assert messages(d, "REC-003")[0].startswith(
        "S10 处罚决定（2025-04-21）作出前没有案件调查终结报告（案卷中的 S05 案件调查终结报告（2025-04-22）在决定之后）："
    )


def test_rec_003_same_day_ordered_by_time() -> None:
    d = base_punishment()
    del step(d, "S10")["date"]
    step(d, "S10")["start"] = "2025-04-21T10:00:00"
    del step(d, "S05")["date"]
    step(d, "S05")["start"] = "2025-04-21T10:00:00"
    assert hits(d, "REC-003") == []
    step(d, "S05")["start"] = "2025-04-21T10:00:01"
    assert hits(d, "REC-003") == [("REC-003", "S10")]


def test_rec_003_each_decision_judged() -> None:
    d = base_punishment()
    step(d, "S05")["date"] = "2025-05-01"  # after S10, before the second decision
    d["steps"].append({"id": "S16", "kind": "decision", "date": "2025-06-02"})
    assert hits(d, "REC-003") == [("REC-003", "S10")]


def test_rec_003_summary_procedure_not_judged() -> None:
    d = base_punishment()
    d["case"]["procedure"] = "summary"
    drop_step(d, "S05")
    assert hits(d, "REC-003") == []


def test_rec_003_open_case_judged_once_decided() -> None:
    d = open_case(base_punishment())
    drop_step(d, "S05")
    assert hits(d, "REC-003") == [("REC-003", "S10")]
    keep_steps(d, "S01", "S02", "S03", "S04", "S06", "S07", "S08")  # no decision yet
    assert hits(d, "REC-003") == []


def test_rec_003_other_case_types_not_judged() -> None:
    d = base_coercive_measure()
    d["steps"].append({"id": "S07", "kind": "decision", "date": "2025-06-30"})
    assert hits(d, "REC-003") == []


# ================================================================= REC-006 / REC-007 uninterrupted AV

AV_RULES = ("REC-006", "REC-007")


def avs(d: dict[str, Any], *spans: tuple[str | None, str | None, str], on: str = "S03") -> dict[str, Any]:
    """Replace the AV records with AV01, AV02, … of the given (start, end, duration), all linked to ``on``."""
    d["av_records"] = []
    records = [r for r in step(d, on)["records"] if "av" not in r]
    for n, (start, end, duration) in enumerate(spans, 1):
        av: dict[str, Any] = {"id": f"AV0{n}", "sha256": f"{n}" * 64, "duration": duration}
        if start is not None:
            av["start"] = f"2025-06-03T{start}" if "T" not in start else start
        if end is not None:
            av["end"] = f"2025-06-03T{end}" if "T" not in end else end
        d["av_records"].append(av)
        records.append({"av": av["id"]})
    step(d, on)["records"] = records
    return d


def seizure(*spans: tuple[str | None, str | None, str]) -> dict[str, Any]:
    """base_coercive_measure (seizure S03 10:00–11:30) with the given AV records."""
    return avs(base_coercive_measure(), *spans)


@pytest.mark.parametrize("rule_id", AV_RULES)
def test_rec_006_007_meta(rule_id: str) -> None:
    rule = rule_by_id(rule_id)
    assert rule is not None
    assert rule.meta.confidence is Confidence.UNCONFIRMED
    assert rule.meta.severity is Severity.WARNING
    texts = [str(b) for b in rule.meta.legal_basis]
    assert "《广东省行政执法全过程记录办法》第十四条第二款（参照适用）" in texts
    assert "《广东省行政执法全过程记录办法》第十九条（参照适用）" in texts


@pytest.mark.parametrize("rule_id", AV_RULES)
@pytest.mark.parametrize("base", BASES)
def test_rec_006_007_bases_pass(base: Any, rule_id: str) -> None:
    assert hits(base(), rule_id) == []


@pytest.mark.parametrize("rule_id", AV_RULES)
def test_rec_006_007_exact_and_wider_recordings_pass(rule_id: str) -> None:
    assert hits(seizure(("10:00:00", "11:30:00", "PT1H30M")), rule_id) == []
    assert hits(seizure(("09:58:00", "11:32:00", "PT1H34M")), rule_id) == []
    assert hits(seizure(("10:00:00", "10:40:00", "PT40M"), ("10:40:00", "11:30:00", "PT50M")), rule_id) == []
    assert hits(seizure(("10:00:00", "10:50:00", "PT50M"), ("10:45:00", "11:30:00", "PT45M")), rule_id) == []


def test_rec_006_gap_between_two_records() -> None:
    assert hits(seizure(("10:00:00", "10:40:00", "PT40M"), ("10:40:00", "11:30:00", "PT50M")), "REC-006") == []
    d = seizure(("10:00:00", "10:40:00", "PT40M"), ("10:45:00", "11:30:00", "PT45M"))
    assert hits(d, *AV_RULES) == [("REC-006", "S03")]
    assert messages(d, "REC-006") == [
        "S03 扣押（2025-06-03）是应全程无间断音像记录的扣押，但音像记录 AV01、AV02 之间有 1 处中断："
        "10:40至10:45（5分）。中途中止记录的，重新开始记录时应语音说明原因，确实无法继续记录的应报告负责人并事后书面说明；"
        "这些中断未登记为音像记录的中断（gap），原因不明，请人工核对。"
    ]


def test_rec_006_one_second_gap_is_an_interruption() -> None:
    d = seizure(("10:00:00", "10:40:00", "PT40M"), ("10:40:01", "11:30:00", "PT50M"))
    assert hits(d, *AV_RULES) == [("REC-006", "S03")]
    assert "之间有 1 处中断：10:40至10:40:01（1秒）。" in messages(d, "REC-006")[0]


def test_rec_006_several_gaps_in_time_order_whatever_the_record_order() -> None:
    d = seizure(("11:00:00", "11:30:00", "PT30M"), ("10:00:00", "10:20:00", "PT20M"),
                ("10:30:00", "10:50:00", "PT20M"))
    assert hits(d, *AV_RULES) == [("REC-006", "S03")]
    assert "AV01、AV02、AV03 之间有 2 处中断：10:20至10:30（10分）、10:50至11:00（10分）。" in messages(d, "REC-006")[0]


def test_rec_006_gaps_outside_the_step_are_not_interruptions() -> None:
    d = seizure(("09:40:00", "09:50:00", "PT10M"), ("09:55:00", "11:30:00", "PT1H35M"),
                ("11:40:00", "11:50:00", "PT10M"))
    assert hits(d, *AV_RULES) == []


def test_rec_006_gap_straddling_the_arrival_is_clipped() -> None:
    d = seizure(("09:50:00", "09:58:00", "PT8M"), ("10:05:00", "11:30:00", "PT1H25M"))
    assert hits(d, *AV_RULES) == [("REC-006", "S03")]  # REC-007 passes: recording began before arrival
    assert "之间有 1 处中断：10:00至10:05（5分）。" in messages(d, "REC-006")[0]


def test_rec_006_step_without_end_gaps_after_the_start() -> None:
    d = seizure(("10:00:00", "10:40:00", "PT40M"), ("10:45:00", "11:30:00", "PT45M"))
    del step(d, "S03")["end"]
    assert hits(d, *AV_RULES) == [("REC-006", "S03")]


def test_rec_006_untimed_recording_shorter_than_the_step() -> None:
    d = seizure((None, None, "PT1H"))
    assert hits(d, *AV_RULES) == [("REC-006", "S03")]
    assert messages(d, "REC-006") == [
        "S03 扣押（2025-06-03）是应全程无间断音像记录的扣押，现场执法从 10:00 至 11:30，历时 1小时30分，"
        "但音像记录 AV01 的时长合计只有 1小时，短 30分，不可能覆盖全程（音像记录未登记起止时间，无法确定中断的时段）。"
    ]


def test_rec_006_untimed_duration_boundary() -> None:
    assert hits(seizure((None, None, "PT1H30M")), *AV_RULES) == []
    assert hits(seizure((None, None, "PT1H29M59S")), *AV_RULES) == [("REC-006", "S03")]
    assert hits(seizure((None, None, "PT45M"), (None, None, "PT45M")), *AV_RULES) == []  # durations add up
    assert hits(seizure((None, None, "PT5400S")), *AV_RULES) == []


def test_rec_006_partly_timed_records_fall_back_on_durations() -> None:
    d = seizure(("10:00:00", "10:40:00", "PT40M"), (None, None, "PT50M"))
    assert hits(d, *AV_RULES) == []  # AV02 may have covered 10:40–11:30; nothing can be concluded
    d = seizure(("10:00:00", "10:40:00", "PT40M"), ("10:45:00", None, "PT40M"))
    assert hits(d, *AV_RULES) == [("REC-006", "S03")]  # 80 minutes for a 90-minute seizure
    assert "AV01、AV02 的时长合计只有 1小时20分，短 10分" in messages(d, "REC-006")[0]


def test_rec_006_unreadable_duration_or_no_step_end_is_not_judged() -> None:
    assert hits(seizure((None, None, "P1M")), *AV_RULES) == []
    d = seizure((None, None, "PT1M"))
    del step(d, "S03")["end"]
    assert hits(d, *AV_RULES) == []


def test_rec_006_007_step_without_av_or_start_is_not_judged() -> None:
    d = base_coercive_measure()
    step(d, "S03")["records"] = [r for r in step(d, "S03")["records"] if "av" not in r]
    assert hits(d, *AV_RULES) == []  # REC-005's business
    d = seizure(("10:05:00", "10:20:00", "PT15M"))
    s = step(d, "S03")
    s["date"] = "2025-06-03"
    del s["start"], s["end"]
    assert hits(d, *AV_RULES) == []


def test_rec_006_007_demolition_only_among_executions() -> None:
    d = avs(base_enforced_execution(), (None, None, "PT1H"), on="S06")  # execution 09:00–11:00, auction
    assert hits(d, *AV_RULES) == []
    step(d, "S06")["execution_method"] = "demolition"
    assert hits(d, *AV_RULES) == [("REC-006", "S06")]
    assert messages(d, "REC-006")[0].startswith("S06 强制执行（2025-08-26）是应全程无间断音像记录的强制拆除，")
    d = avs(d, ("2025-08-26T09:10:00", "2025-08-26T11:00:00", "PT1H50M"), on="S06")
    assert hits(d, *AV_RULES) == [("REC-007", "S06")]


def test_rec_006_007_seal_up_in_a_punishment_case() -> None:
    d = base_punishment()
    d["steps"].append({"id": "S04b", "kind": "seal_up", "start": "2025-03-11T09:00:00", "end": "2025-03-11T10:00:00",
                       "officers": ["O1", "O2"], "records": [{"document": "D03"}, {"av": "AV01"}]})
    d["av_records"][0].update(start="2025-03-11T09:00:00", end="2025-03-11T09:50:00", duration="PT50M")
    assert hits(d, *AV_RULES) == [("REC-007", "S04b")]


def test_rec_006_007_a_record_linked_twice_counts_once() -> None:
    d = seizure((None, None, "PT50M"))
    step(d, "S03")["records"].append({"av": "AV01"})
    assert hits(d, *AV_RULES) == [("REC-006", "S03")]
    assert "音像记录 AV01 的时长合计只有 50分" in messages(d, "REC-006")[0]


def test_rec_006_007_each_step_judged() -> None:
    d = seizure(("10:00:00", "10:40:00", "PT40M"), ("10:45:00", "11:30:00", "PT45M"))
    d["steps"].append({"id": "S03b", "kind": "seal_up", "start": "2025-06-04T09:00:00", "end": "2025-06-04T09:30:00",
                       "officers": ["O1", "O2"], "records": [{"document": "D02"}, {"av": "AV03"}]})
    d["av_records"].append({"id": "AV03", "sha256": "3" * 64, "duration": "PT20M",
                            "start": "2025-06-04T09:10:00", "end": "2025-06-04T09:30:00"})
    assert hits(d, *AV_RULES) == [("REC-006", "S03"), ("REC-007", "S03b")]


def test_rec_007_recording_started_late() -> None:
    d = seizure(("10:05:00", "11:30:00", "PT1H25M"))
    assert hits(d, *AV_RULES) == [("REC-007", "S03")]
    assert messages(d, "REC-007") == [
        "S03 扣押（2025-06-03）是应全程无间断音像记录的扣押，但音像记录 AV01 未覆盖到达至离开现场的全过程："
        "录制开始于 10:05，晚于到达现场开始执法的 10:00（晚 5分）。"
    ]


def test_rec_007_recording_stopped_early_and_started_late() -> None:
    d = seizure(("10:00:00", "11:20:00", "PT1H20M"))
    assert hits(d, *AV_RULES) == [("REC-007", "S03")]
    assert messages(d, "REC-007")[0].endswith("录制结束于 11:20，早于离开现场的 11:30（早 10分）。")
    d = seizure(("10:00:01", "11:29:59", "PT1H29M58S"))
    assert hits(d, *AV_RULES) == [("REC-007", "S03")]
    assert messages(d, "REC-007")[0].endswith(
        "录制开始于 10:00:01，晚于到达现场开始执法的 10:00（晚 1秒）；录制结束于 11:29:59，早于离开现场的 11:30（早 1秒）。"
    )


def test_rec_007_times_on_another_day_show_the_date() -> None:
    d = seizure(("10:00:00", "2025-06-04T00:30:00", "PT14H30M"))
    step(d, "S03")["end"] = "2025-06-04T01:00:00"
    assert hits(d, *AV_RULES) == [("REC-007", "S03")]
    assert messages(d, "REC-007")[0].endswith("录制结束于 2025-06-04 00:30，早于离开现场的 2025-06-04 01:00（早 30分）。")


def test_rec_007_untimed_or_invalid_records_not_judged() -> None:
    assert hits(seizure((None, None, "PT2H")), "REC-007") == []
    d = seizure(("10:05:00", None, "PT1H30M"))  # no end: REC-007 cannot tell, REC-006 compares durations
    assert hits(d, *AV_RULES) == []
    d = seizure(("11:30:00", "10:05:00", "PT1H30M"))  # end before start: treated as untimed
    assert hits(d, *AV_RULES) == []


def test_rec_007_step_without_end_checks_the_start_only() -> None:
    d = seizure(("10:00:00", "10:30:00", "PT30M"))
    del step(d, "S03")["end"]
    assert hits(d, *AV_RULES) == []
    d = seizure(("10:01:00", "10:30:00", "PT29M"))
    del step(d, "S03")["end"]
    assert hits(d, *AV_RULES) == [("REC-007", "S03")]


def test_parse_duration() -> None:
    assert parse_duration("PT1H10M") == dt.timedelta(hours=1, minutes=10)
    assert parse_duration("P1DT2H") == dt.timedelta(days=1, hours=2)
    assert parse_duration("PT1.5S") == dt.timedelta(seconds=1.5)
    assert parse_duration("P2D") == dt.timedelta(days=2)
    for bad in ("P", "PT", "P1Y", "P1M", "-PT1H", "1H", "PT1H10", "P1DT"):
        assert parse_duration(bad) is None, bad


# ================================================================= REC-008 recorded gaps explained

GAP_RULES = ("REC-006", "REC-007", "REC-008")


def gap(d: dict[str, Any], av: str, start: str, end: str, **fields: str) -> dict[str, Any]:
    """Add a recorded gap start–end (times on 2025-06-03 unless a full date-time) to AV record ``av``."""
    record = next(a for a in d["av_records"] if a["id"] == av)
    record.setdefault("gaps", []).append({
        "start": start if "T" in start else f"2025-06-03T{start}",
        "end": end if "T" in end else f"2025-06-03T{end}",
        **fields,
    })
    return d


def with_note(d: dict[str, Any]) -> dict[str, Any]:
    d["documents"].append({"id": "D12", "kind": "other", "title": "音像记录中断情况说明"})
    return d


def test_rec_008_meta() -> None:
    rule = rule_by_id("REC-008")
    assert rule is not None
    assert rule.meta.confidence is Confidence.UNCONFIRMED
    assert rule.meta.severity is Severity.WARNING
    assert [str(b) for b in rule.meta.legal_basis] == ["《广东省行政执法全过程记录办法》第二十条（参照适用）"]


@pytest.mark.parametrize("base", BASES)
def test_rec_008_bases_pass(base: Any) -> None:
    assert hits(base(), "REC-008") == []


def test_rec_008_gap_with_reason_passes() -> None:
    d = gap(seizure(("10:00:00", "11:30:00", "PT1H25M")), "AV01", "10:40:00", "10:45:00", reason="电池耗尽，更换电池")
    assert hits(d, *GAP_RULES) == []


def test_rec_008_gap_without_reason() -> None:
    d = gap(seizure(("10:00:00", "11:30:00", "PT1H25M")), "AV01", "10:40:00", "10:45:00")
    assert hits(d, *GAP_RULES) == [("REC-008", "S03")]
    assert messages(d, "REC-008") == [
        "S03 扣押（2025-06-03）的音像记录 AV01 在 10:40至10:45（5分）中断，没有登记中断原因（reason）："
        "重新开始记录时应语音说明中断原因（《广东省行政执法全过程记录办法》第二十条（参照适用））。"
    ]
    # a written note does not replace the reason
    d = gap(with_note(seizure(("10:00:00", "11:30:00", "PT1H25M"))), "AV01", "10:40:00", "10:45:00", written_note="D12")
    assert hits(d, *GAP_RULES) == [("REC-008", "S03")]


def test_rec_008_each_gap_one_finding_in_time_order() -> None:
    d = seizure(("10:00:00", "10:40:00", "PT40M"), ("10:40:00", "11:30:00", "PT50M"))
    gap(d, "AV02", "11:10:00", "11:12:00")
    gap(d, "AV01", "10:10:00", "10:12:00", reason="存储已满")
    gap(d, "AV01", "10:05:00", "10:06:00")
    assert hits(d, *GAP_RULES) == [("REC-008", "S03"), ("REC-008", "S03")]
    assert [m.split("（1分")[0].split("（2分")[0] for m in messages(d, "REC-008")] == [
        "S03 扣押（2025-06-03）的音像记录 AV01 在 10:05至10:06",
        "S03 扣押（2025-06-03）的音像记录 AV02 在 11:10至11:12",
    ]


def test_rec_008_recording_could_not_continue_needs_a_written_note() -> None:
    d = gap(seizure(("10:00:00", "11:10:00", "PT1H10M")), "AV01", "11:10:00", "11:30:00", reason="执法记录仪故障")
    assert hits(d, *GAP_RULES) == [("REC-008", "S03")]  # REC-007: the early stop is a declared gap
    assert messages(d, "REC-008") == [
        "S03 扣押（2025-06-03）的音像记录 AV01 在 11:10至11:30（20分）中断，中断后直至扣押结束（11:30）未恢复记录，"
        "但没有书面说明（written-note）：确实无法继续记录的，应报告负责人并事后书面说明"
        "（《广东省行政执法全过程记录办法》第二十条（参照适用））。"
    ]
    d = gap(with_note(seizure(("10:00:00", "11:10:00", "PT1H10M"))), "AV01", "11:10:00", "11:30:00",
            reason="执法记录仪故障", written_note="D12")
    assert hits(d, *GAP_RULES) == []


def test_rec_008_final_gap_without_reason_or_note_one_finding_naming_both() -> None:
    d = gap(seizure(("10:00:00", "11:30:00", "PT1H10M")), "AV01", "11:10:00", "11:40:00")  # beyond the departure
    assert hits(d, *GAP_RULES) == [("REC-008", "S03")]
    (message,) = messages(d, "REC-008")
    assert "中断，没有登记中断原因（reason）：重新开始记录时应语音说明中断原因；中断后直至扣押结束（11:30）未恢复记录" in message


def test_rec_008_gap_after_which_recording_resumed_needs_no_note() -> None:
    # resumed within the same record (its end is after the gap) or in a later record
    d = gap(seizure(("10:00:00", "11:30:00", "PT1H29M")), "AV01", "11:28:00", "11:29:00", reason="天气")
    assert hits(d, *GAP_RULES) == []
    d = gap(seizure(("10:00:00", "10:40:00", "PT40M"), ("10:45:00", "11:30:00", "PT45M")), "AV01", "10:40:00", "10:45:00",
            reason="当事人阻碍")
    assert hits(d, *GAP_RULES) == []


def test_rec_008_gap_that_never_resumed_before_the_end_boundary() -> None:
    # AV01 stops at 11:00 and a 10-minute gap is declared, nothing after: recording did not continue
    d = gap(seizure(("10:00:00", "11:00:00", "PT1H")), "AV01", "11:00:00", "11:10:00", reason="电量不足")
    assert hits(d, *GAP_RULES) == [("REC-007", "S03"), ("REC-008", "S03")]  # 11:10–11:30 is undeclared: REC-007
    assert "录制结束于 11:00，早于离开现场的 11:30（早 30分）" in messages(d, "REC-007")[0]
    # a gap ending exactly at the departure, and one starting exactly at it (after the step: not judged)
    d = gap(seizure(("10:00:00", "11:00:00", "PT1H")), "AV01", "11:00:00", "11:30:00", reason="电量不足")
    assert hits(d, *GAP_RULES) == [("REC-008", "S03")]
    d = gap(seizure(("10:00:00", "11:30:00", "PT1H30M")), "AV01", "11:30:00", "11:35:00", reason="收队")
    assert hits(d, *GAP_RULES) == []


def test_rec_008_untimed_records_or_step_without_end() -> None:
    d = gap(seizure((None, None, "PT1H25M"), (None, None, "PT5M")), "AV01", "11:00:00", "11:05:00", reason="设备故障")
    assert hits(d, *GAP_RULES) == []  # AV02 may have resumed the recording
    d = gap(seizure(("10:00:00", "11:00:00", "PT1H")), "AV01", "11:00:00", "11:30:00", reason="设备故障")
    del step(d, "S03")["end"]
    assert hits(d, *GAP_RULES) == []  # without the departure time only the reason is judged
    del d["av_records"][0]["gaps"][0]["reason"]
    assert hits(d, *GAP_RULES) == [("REC-008", "S03")]


def test_rec_008_any_step_kind_each_record_once() -> None:
    d = base_punishment()  # AV01 is linked to the inquiry S04
    av_step = next(s for s in d["steps"] if any(r.get("av") == "AV01" for r in s.get("records", [])))
    d["av_records"][0]["gaps"] = [{"start": "2025-03-11T09:10:00", "end": "2025-03-11T09:12:00"}]
    assert hits(d, "REC-008") == [("REC-008", av_step["id"])]
    d["steps"].append({"id": "S04c", "kind": "inquiry", "date": "2025-03-12", "officers": ["O1", "O2"],
                       "records": [{"document": "D03"}, {"av": "AV01"}]})
    assert hits(d, "REC-008") == [("REC-008", av_step["id"])]  # reported at the first step linking it
    d["av_records"].append({"id": "AV09", "sha256": "9" * 64, "duration": "PT5M",
                            "gaps": [{"start": "2025-03-11T09:00:00", "end": "2025-03-11T09:01:00"}]})
    assert hits(d, "REC-008") == [("REC-008", av_step["id"])]  # a record linked to no step is not judged


# ---------------------------------------------------------------- REC-006 / REC-007 and declared gaps


def test_rec_006_declared_gap_between_records_is_left_to_rec_008() -> None:
    spans = (("10:00:00", "10:40:00", "PT40M"), ("10:45:00", "11:30:00", "PT45M"))
    d = gap(seizure(*spans), "AV01", "10:40:00", "10:45:00", reason="电池耗尽")
    assert hits(d, *GAP_RULES) == []  # declared and explained: no finding
    d = gap(seizure(*spans), "AV02", "10:40:00", "10:45:00")  # declared on either record, no reason
    assert hits(d, *GAP_RULES) == [("REC-008", "S03")]


def test_rec_006_partly_declared_gap_reports_the_rest() -> None:
    d = gap(seizure(("10:00:00", "10:40:00", "PT40M"), ("10:50:00", "11:30:00", "PT40M")), "AV01", "10:40:00", "10:45:00",
            reason="电池耗尽")
    assert hits(d, *GAP_RULES) == [("REC-006", "S03")]
    assert "AV01、AV02 之间有 1 处中断：10:45至10:50（5分）。" in messages(d, "REC-006")[0]
    gap(d, "AV02", "10:47:00", "10:48:00", reason="设备重启")
    assert "之间有 2 处中断：10:45至10:47（2分）、10:48至10:50（2分）。" in messages(d, "REC-006")[0]
    gap(d, "AV02", "10:44:00", "10:50:00", reason="设备重启")
    assert hits(d, *GAP_RULES) == []


def test_rec_006_untimed_shortfall_accounted_for_by_declared_gaps() -> None:
    d = gap(seizure((None, None, "PT1H20M")), "AV01", "10:40:00", "10:50:00", reason="更换存储卡")
    assert hits(d, *GAP_RULES) == []
    d = gap(seizure((None, None, "PT1H19M")), "AV01", "10:40:00", "10:50:00", reason="更换存储卡")
    assert hits(d, *GAP_RULES) == [("REC-006", "S03")]
    assert "的时长合计只有 1小时19分，短 11分，扣除已登记的中断 10分 后仍短 1分，不可能覆盖全程" in messages(d, "REC-006")[0]
    # a declared gap counts only within the step (09:50–10:00 is before the arrival)
    d = gap(seizure((None, None, "PT1H20M")), "AV01", "09:50:00", "10:05:00", reason="更换存储卡")
    assert hits(d, *GAP_RULES) == [("REC-006", "S03")]


def test_rec_007_declared_late_start_is_left_to_rec_008() -> None:
    d = gap(seizure(("10:05:00", "11:30:00", "PT1H25M")), "AV01", "10:00:00", "10:05:00", reason="设备开机故障")
    assert hits(d, *GAP_RULES) == []
    d = gap(seizure(("10:05:00", "11:30:00", "PT1H25M")), "AV01", "10:01:00", "10:05:00", reason="设备开机故障")
    assert hits(d, *GAP_RULES) == [("REC-007", "S03")]  # 10:00–10:01 undeclared


# ================================================================= PUN-HEAR-008 hearing transcript


def heard(day: str = "2025-04-15", **fields: Any) -> dict[str, Any]:
    """base_punishment with a hearing S09h (transcript D12) on ``day``."""
    d = base_punishment()
    d["steps"].append({"id": "S09h", "kind": "hearing", "date": day, "records": [{"document": "D12"}], **fields})
    d["documents"].append({"id": "D12", "kind": "hearing_record"})
    return d


def test_pun_hear_008_meta() -> None:
    rule = rule_by_id("PUN-HEAR-008")
    assert rule is not None
    assert rule.meta.confidence is Confidence.CONFIRMED
    assert rule.meta.severity is Severity.ERROR
    assert [str(b) for b in rule.meta.legal_basis] == [
        "《中华人民共和国行政处罚法》第六十四条第（八）项",
        "《中华人民共和国行政处罚法》第六十四条第（六）项",
        "《中华人民共和国行政处罚法》第四十二条第一款第（七）项（2017年修正）",
    ]


@pytest.mark.parametrize("base", BASES)
def test_pun_hear_008_bases_pass(base: Any) -> None:
    assert hits(base(), "PUN-HEAR-008") == []


def test_pun_hear_008_signed_transcript_passes() -> None:
    assert hits(heard(party_signed=True), "PUN-HEAR-008") == []


def test_pun_hear_008_signature_not_recorded() -> None:
    d = heard()
    assert hits(d, "PUN-HEAR-008") == [("PUN-HEAR-008", "S09h")]
    assert messages(d, "PUN-HEAR-008") == [
        "S09h 听证（2025-04-15）：未记录当事人或其代理人是否已在听证笔录上签字或者盖章（party-signed）"
        "（《中华人民共和国行政处罚法》第六十四条第（八）项）。"
    ]
    # a note alone does not say that the party refused
    assert hits(heard(note="听证主持人由法规科指定"), "PUN-HEAR-008") == [("PUN-HEAR-008", "S09h")]


def test_pun_hear_008_refusal_must_be_noted() -> None:
    d = heard(party_signed=False)
    assert hits(d, "PUN-HEAR-008") == [("PUN-HEAR-008", "S09h")]
    assert "当事人或其代理人未在听证笔录上签字或者盖章，也没有听证主持人注明拒绝的情况（note）" in messages(d, "PUN-HEAR-008")[0]
    assert hits(heard(party_signed=False, note="当事人拒绝签字，主持人已在笔录中注明"), "PUN-HEAR-008") == []


def test_pun_hear_008_absent_party_must_be_noted() -> None:
    d = heard(party_present=False)
    assert hits(d, "PUN-HEAR-008") == [("PUN-HEAR-008", "S09h")]
    assert "当事人未出席听证，但没有记明缺席的情况（note）" in messages(d, "PUN-HEAR-008")[0]
    assert hits(heard(party_present=False, note="当事人无正当理由未出席，听证终止"), "PUN-HEAR-008") == []


def test_pun_hear_008_no_transcript() -> None:
    d = heard(party_signed=True)
    step(d, "S09h")["records"] = [{"av": "AV01"}]
    assert hits(d, "PUN-HEAR-008") == [("PUN-HEAR-008", "S09h")]
    assert messages(d, "PUN-HEAR-008") == [
        "S09h 听证（2025-04-15）：没有听证笔录（应以 record document 关联听证笔录）"
        "（《中华人民共和国行政处罚法》第六十四条第（八）项）。"
    ]
    del step(d, "S09h")["party_signed"]
    assert messages(d, "PUN-HEAR-008")[0].startswith(
        "S09h 听证（2025-04-15）：没有听证笔录（应以 record document 关联听证笔录）；未记录当事人"
    )


def test_pun_hear_008_old_text_before_2021_07_15() -> None:
    d = heard("2021-07-14")
    assert messages(d, "PUN-HEAR-008")[0].endswith(
        "（《中华人民共和国行政处罚法》第四十二条第一款第（七）项（2017年修正））。"
    )
    d = heard("2021-07-15")
    assert messages(d, "PUN-HEAR-008")[0].endswith("（《中华人民共和国行政处罚法》第六十四条第（八）项）。")


def test_pun_hear_008_each_hearing_and_open_cases() -> None:
    d = open_case(heard(party_signed=True))
    d["steps"].append({"id": "S09i", "kind": "hearing", "date": "2025-04-16", "records": [{"document": "D12"}]})
    d["steps"].append({"id": "S09g", "kind": "hearing", "date": "2025-04-14"})
    assert hits(d, "PUN-HEAR-008") == [("PUN-HEAR-008", "S09g"), ("PUN-HEAR-008", "S09i")]


# ================================================================= ARC-001 archiving


def archive_profile(days: int = 10, day_kind: Literal["working", "calendar"] = "working") -> Profile:
    p = load_profile("national")
    period = DayPeriod(days=days, day_kind=day_kind, source="测试", confidence="unconfirmed")
    return p.model_copy(update={"parameters": p.parameters.model_copy(update={"archive_deadline": period})})


def closed_on(closing: str, archiving: str | None) -> dict[str, Any]:
    """base_punishment closed on ``closing`` and archived on ``archiving`` (None: no archiving step)."""
    d = base_punishment()
    step(d, "S14")["date"] = closing
    if archiving is None:
        drop_step(d, "S15")
    else:
        step(d, "S15")["date"] = archiving
    return d


def test_arc_001_meta() -> None:
    rule = rule_by_id("ARC-001")
    assert rule is not None
    assert rule.meta.confidence is Confidence.UNCONFIRMED
    assert rule.meta.severity is Severity.WARNING
    assert rule.meta.parameters == ("archive_deadline",)
    assert [str(b) for b in rule.meta.legal_basis] == [
        "《中华人民共和国行政处罚法》第四十七条",
        "《广东省行政执法全过程记录办法》第十三条（参照适用）",
    ]


@pytest.mark.parametrize("base", BASES)
def test_arc_001_silent_without_the_parameter(base: Any) -> None:
    assert hits(base(), "ARC-001") == []
    assert hits(closed_on("2025-05-08", "2025-12-30"), "ARC-001") == []


def test_arc_001_base_punishment_passes() -> None:
    assert hits(base_punishment(), "ARC-001", profile=archive_profile()) == []  # closing 05-08, archiving 05-15


def test_arc_001_other_bases_have_no_archiving_step() -> None:
    """Only base_punishment records an archiving step; the others are reported under a deadline."""
    assert hits(base_coercive_measure(), "ARC-001", profile=archive_profile()) == [("ARC-001", "S06")]
    assert hits(base_enforced_execution(), "ARC-001", profile=archive_profile()) == [("ARC-001", "S08")]
    assert hits(base_inspection(), "ARC-001", profile=archive_profile()) == [("ARC-001", "S05")]


def test_arc_001_working_day_deadline_across_national_day() -> None:
    prof = archive_profile()
    assert hits(closed_on("2025-09-26", "2025-10-16"), "ARC-001", profile=prof) == []
    d = closed_on("2025-09-26", "2025-10-17")
    assert hits(d, "ARC-001", profile=prof) == [("ARC-001", "S15")]
    assert messages(d, "ARC-001", profile=prof) == [
        "S15 归档（2025-10-17）晚于期限：结案 S14 结案（2025-09-26）后应在 10 个工作日内立卷归档"
        "（配置 archive_deadline），期限届满日为 2025-10-16。"
    ]
    (finding,) = run(d, "ARC-001", profile=prof)
    assert finding.severity is Severity.WARNING and finding.alert is None


def test_arc_001_calendar_day_deadline_moves_past_the_holiday() -> None:
    prof = archive_profile(5, "calendar")  # 2025-10-01 is a holiday: the period ends on 2025-10-09
    assert hits(closed_on("2025-09-26", "2025-10-09"), "ARC-001", profile=prof) == []
    d = closed_on("2025-09-26", "2025-10-10")
    assert hits(d, "ARC-001", profile=prof) == [("ARC-001", "S15")]
    assert "后应在 5 日内立卷归档（配置 archive_deadline），期限届满日为 2025-10-09。" in messages(d, "ARC-001", profile=prof)[0]


def test_arc_001_archiving_on_the_closing_day_passes() -> None:
    assert hits(closed_on("2025-05-08", "2025-05-08"), "ARC-001", profile=archive_profile()) == []


def test_arc_001_no_archiving_step_judged_on_the_as_of_date() -> None:
    prof = archive_profile()
    d = closed_on("2025-09-26", None)
    assert hits(d, "ARC-001", profile=prof, as_of=dt.date(2025, 10, 16)) == []
    assert hits(d, "ARC-001", profile=prof, as_of=dt.date(2025, 10, 17)) == [("ARC-001", "S14")]
    assert messages(d, "ARC-001", profile=prof, as_of=dt.date(2025, 10, 17)) == [
        "案卷中没有归档记录：结案 S14 结案（2025-09-26）后应在 10 个工作日内立卷归档（配置 archive_deadline），"
        "期限届满日为 2025-10-16，至 2025-10-17 已超过期限。"
    ]


def test_arc_001_archiving_before_closing() -> None:
    prof = archive_profile()
    d = closed_on("2025-05-08", "2025-05-07")
    assert hits(d, "ARC-001", profile=prof) == [("ARC-001", "S15")]
    assert messages(d, "ARC-001", profile=prof) == [
        "S15 归档（2025-05-07）早于S14 结案（2025-05-08）：应在结案后收齐全部文书和音像记录再立卷归档。"
    ]
    d["steps"].append({"id": "S16", "kind": "archiving", "date": "2025-05-12"})
    assert hits(d, "ARC-001", profile=prof) == []  # a later archiving in time counts


def test_arc_001_latest_closing_counts() -> None:
    d = closed_on("2025-05-08", "2025-05-15")
    d["steps"].append({"id": "S16", "kind": "closing", "date": "2025-05-20"})
    assert hits(d, "ARC-001", profile=archive_profile()) == [("ARC-001", "S15")]  # archived before the re-closing


@pytest.mark.parametrize(
    ("change", "why"),
    [
        ({"status": "open"}, "open case"),
        ({"procedure": "summary"}, "summary procedure"),
    ],
)
def test_arc_001_not_judged(change: dict[str, str], why: str) -> None:
    d = closed_on("2025-05-08", "2025-12-30")
    d["case"].update(change)
    assert hits(d, "ARC-001", profile=archive_profile()) == [], why


def test_arc_001_closed_without_closing_step_not_judged() -> None:
    d = closed_on("2025-05-08", None)
    drop_step(d, "S14")
    assert hits(d, "ARC-001", profile=archive_profile()) == []


# ================================================================= ARC-004 signatures and seals


def doc(d: dict[str, Any], doc_id: str) -> dict[str, Any]:
    for x in d["documents"]:
        if x["id"] == doc_id:
            return x  # type: ignore[no-any-return]
    raise KeyError(doc_id)


def located(d: dict[str, Any], *rule_ids: str, **kwargs: Any) -> list[tuple[str, str | None, str | None]]:
    return [(f.rule_id, f.location.step, f.location.document) for f in run(d, *rule_ids, **kwargs)]


def test_arc_004_meta() -> None:
    rule = rule_by_id("ARC-004")
    assert rule is not None
    assert rule.meta.confidence is Confidence.CONFIRMED
    assert rule.meta.severity is Severity.ERROR
    by_type = {t.value: [str(b) for b in bases_for(rule.meta.legal_basis, t)] for t in sorted(rule.meta.case_types)}
    assert by_type == {
        "coercive_measure": ["《中华人民共和国行政强制法》第二十四条第二款第（五）项", "《中华人民共和国行政强制法》第十八条第（八）项"],
        "enforced_execution": ["《中华人民共和国行政强制法》第三十七条第二款第（五）项"],
        "inspection": ["《中华人民共和国行政处罚法》第五十五条第二款（参照适用）"],
        "punishment": ["《中华人民共和国行政处罚法》第五十九条第二款", "《中华人民共和国行政处罚法》第六十四条第（八）项",
                       "《中华人民共和国行政处罚法》第五十五条第二款",
                       "《市场监督管理行政处罚程序规定》第二十八条（市场监管；其他领域参照适用）",
                       "《市场监督管理行政处罚程序规定》第二十九条（市场监管；其他领域参照适用）"],
    }


@pytest.mark.parametrize("base", BASES)
def test_arc_004_bases_pass(base: Any) -> None:
    d = base()
    assert hits(d, "ARC-004") == []
    for x in d["documents"]:
        x.update(signed=True, sealed=True)
    assert hits(d, "ARC-004") == []


def test_arc_004_unsealed_punishment_decision() -> None:
    d = base_punishment()
    doc(d, "D09")["sealed"] = False
    assert located(d, "ARC-004") == [("ARC-004", "S10", "D09")]
    assert messages(d, "ARC-004") == [
        "S10 处罚决定（2025-04-21）的文书 D09（行政处罚决定书）未加盖印章（sealed=\"false\"）："
        "行政处罚决定书必须盖有作出行政处罚决定的行政机关的印章（《中华人民共和国行政处罚法》第五十九条第二款）。"
    ]
    doc(d, "D09")["title"] = "城西市监罚〔2025〕1号 行政处罚决定书"
    assert "的文书 D09（城西市监罚〔2025〕1号 行政处罚决定书）未加盖印章" in messages(d, "ARC-004")[0]


def test_arc_004_decision_before_2021_07_15_cites_the_old_text() -> None:
    d = base_punishment()
    doc(d, "D09").update(sealed=False, date="2021-07-14")
    assert messages(d, "ARC-004")[0].endswith("（《中华人民共和国行政处罚法》第三十九条第二款（2017年修正））。")
    doc(d, "D09")["date"] = "2021-07-15"
    assert messages(d, "ARC-004")[0].endswith("（《中华人民共和国行政处罚法》第五十九条第二款）。")
    del doc(d, "D09")["date"]  # the day of the decision step S10 is used instead
    step(d, "S10")["date"] = "2021-07-14"
    assert messages(d, "ARC-004")[0].endswith("第三十九条第二款（2017年修正））。")


def test_arc_004_unsealed_coercion_decisions() -> None:
    d = base_coercive_measure()
    doc(d, "D03")["sealed"] = False
    assert located(d, "ARC-004") == [("ARC-004", "S03", "D03")]
    assert "查封、扣押决定书应当载明行政机关的名称、印章和日期（《中华人民共和国行政强制法》第二十四条第二款第（五）项）" in \
        messages(d, "ARC-004")[0]
    e = base_enforced_execution()
    doc(e, "D04")["sealed"] = False
    assert located(e, "ARC-004") == [("ARC-004", "S04", "D04")]
    assert "（《中华人民共和国行政强制法》第三十七条第二款第（五）项）" in messages(e, "ARC-004")[0]


def test_arc_004_unsigned_records() -> None:
    d = base_enforced_execution()
    doc(d, "D06")["kind"] = "on_site_record"
    doc(d, "D06")["signed"] = False
    assert located(d, "ARC-004") == [("ARC-004", "S06", "D06")]
    assert messages(d, "ARC-004") == [
        "S06 强制执行（2025-08-26）的文书 D06（现场笔录）未签名（signed=\"false\"）：现场笔录由当事人和行政执法人员签名或者盖章，"
        "当事人拒绝的在笔录中注明；当事人不到场的，由见证人和行政执法人员签名或者盖章（《中华人民共和国行政强制法》第十八条第（八）项）。"
    ]
    p = base_punishment()
    doc(p, "D02")["signed"] = False  # inspection record of a punishment case
    doc(p, "D03")["signed"] = False  # inquiry record
    assert located(p, "ARC-004") == [("ARC-004", "S03", "D02"), ("ARC-004", "S04", "D03")]
    # 行政处罚法 Art 55 para 2 asks for a record, not for signatures: the signing rule is a sector rule's
    assert messages(p, "ARC-004")[1].endswith(
        "询问笔录经被询问人核对无误后，由被询问人逐页签名、盖章或者以其他方式确认，办案人员应当在笔录上签名"
        "（《市场监督管理行政处罚程序规定》第二十九条（市场监管；其他领域参照适用））。")
    assert "第五十五条" not in " ".join(messages(p, "ARC-004"))


@pytest.mark.parametrize("kind", ["hearing_record", "hearing_transcript"])
def test_arc_004_unsigned_hearing_record(kind: str) -> None:
    d = heard(party_signed=True)
    doc(d, "D12").update(kind=kind, signed=False)
    assert located(d, "ARC-004") == [("ARC-004", "S09h", "D12")]
    assert messages(d, "ARC-004")[0].endswith("（《中华人民共和国行政处罚法》第六十四条第（八）项）。")
    step(d, "S09h")["date"] = "2020-11-02"
    assert messages(d, "ARC-004")[0].endswith("（《中华人民共和国行政处罚法》第四十二条第一款第（七）项（2017年修正））。")


def test_arc_004_records_of_a_seizure_are_left_to_co_m_010() -> None:
    d = base_coercive_measure()
    doc(d, "D02")["signed"] = False  # the on-site record of the seizure S03
    assert hits(d, "ARC-004", "CO-M-010") == [("CO-M-010", "S03")]
    d["measures"][0]["inventory"] = "D02"  # a measure's own document is not CO-M-010's
    assert located(d, "ARC-004", "CO-M-010") == [("ARC-004", "S03", "D02")]
    d = base_punishment()
    d["steps"].append({"id": "S04b", "kind": "seal_up", "start": "2025-03-11T09:00:00", "end": "2025-03-11T10:00:00",
                       "officers": ["O1", "O2"], "party_present": True, "party_signed": True,
                       "records": [{"document": "D03"}]})
    doc(d, "D03")["signed"] = False  # the inquiry record, also recorded on the seal-up
    assert hits(d, "ARC-004", "CO-M-010") == [("CO-M-010", "S04b")]


def test_arc_004_inspection_records_of_inspection_steps_are_left_to_ins_111() -> None:
    d = base_inspection()
    doc(d, "D02")["signed"] = False
    assert hits(d, "ARC-004", "INS-011", "INS-111") == [("INS-111", "S02")]
    d["documents"].append({"id": "D04", "kind": "inspection_record", "signed": False})  # recorded by no step
    assert located(d, "ARC-004") == [("ARC-004", None, "D04")]
    assert messages(d, "ARC-004")[0].startswith("文书 D04（现场检查（勘验）笔录）未签名")


def test_arc_004_omitted_flags_and_other_kinds_are_not_judged() -> None:
    d = base_punishment()
    doc(d, "D09")["signed"] = False  # a decision needs the seal, not a signature
    doc(d, "D03")["sealed"] = False  # a record needs signatures, not a seal
    doc(d, "D06")["sealed"] = False  # advance notice: not in the list
    doc(d, "D06")["signed"] = False
    assert hits(d, "ARC-004") == []


def test_arc_004_every_document_complete_list() -> None:
    d = base_coercive_measure()
    doc(d, "D03")["sealed"] = False
    d["documents"].append({"id": "D07", "kind": "seizure_decision", "sealed": False})
    d["documents"].append({"id": "D08", "kind": "on_site_record", "signed": False})
    assert located(d, "ARC-004") == [("ARC-004", None, "D07"), ("ARC-004", None, "D08"), ("ARC-004", "S03", "D03")]


# ================================================================= REC-009 opening statement (广东 Art 18)


def av(d: dict[str, Any], av_id: str = "AV01") -> dict[str, Any]:
    for a in d["av_records"]:
        if a["id"] == av_id:
            return a  # type: ignore[no-any-return]
    raise KeyError(av_id)


@pytest.mark.parametrize("base", BASES)
def test_rec_009_bases_pass(base: Any) -> None:
    assert hits(base(), "REC-009") == []


@pytest.mark.parametrize("value", [True, None])
def test_rec_009_true_or_omitted_passes(value: bool | None) -> None:
    d = base_punishment()
    if value is not None:
        av(d)["opening_statement"] = value
    assert hits(d, "REC-009") == []


def test_rec_009_false_is_a_finding() -> None:
    d = base_punishment()
    av(d)["opening_statement"] = False
    assert hits(d, "REC-009") == [("REC-009", "S03")]
    assert messages(d, "REC-009") == [
        "S03 现场检查（2025-03-06）的音像记录 AV01 登记为开始时未作语音说明（opening-statement=\"false\"）："
        "应对执法活动的时间、地点、执法人员、执法行为和记录重点进行语音说明，并告知当事人及现场有关人员"
        "正在进行音像记录（《广东省行政执法全过程记录办法》第十八条（参照适用））。"
    ]


def test_rec_009_each_record_once_at_first_linking_step() -> None:
    d = base_punishment()
    av(d)["opening_statement"] = False
    d["av_records"].append({"id": "AV02", "sha256": "e" * 64, "duration": "PT1H", "opening_statement": False})
    d["av_records"].append({"id": "AV03", "sha256": "f" * 64, "duration": "PT1H", "opening_statement": True})
    step(d, "S04")["records"] += [{"av": "AV01"}, {"av": "AV02"}, {"av": "AV03"}]
    assert hits(d, "REC-009") == [("REC-009", "S03"), ("REC-009", "S04")]
    assert [m.split("的音像记录 ")[1][:4] for m in messages(d, "REC-009")] == ["AV01", "AV02"]


def test_rec_009_unlinked_record_not_judged() -> None:
    d = base_punishment()
    d["av_records"].append({"id": "AV02", "sha256": "e" * 64, "duration": "PT1H", "opening_statement": False})
    assert hits(d, "REC-009") == []


@pytest.mark.parametrize(("base", "linked"), [(base_coercive_measure, "S03"), (base_enforced_execution, "S06")])
def test_rec_009_other_case_types(base: Any, linked: str) -> None:
    d = base()
    av(d)["opening_statement"] = False
    assert hits(d, "REC-009") == [("REC-009", linked)]


def test_rec_009_meta() -> None:
    meta = rule_by_id("REC-009").meta
    assert meta.severity is Severity.WARNING
    assert meta.confidence is Confidence.UNCONFIRMED
    assert [(b.article, b.paragraph) for b in meta.legal_basis] == [(18, None)]


# ================================================================= REC-010 upload deadline (广东 Art 23)


def uploaded_av(end: str | None, uploaded: str | None, step_id: str = "S03") -> dict[str, Any]:
    """base_punishment() with AV01 linked to ``step_id`` only, with the given end and upload times."""
    d = base_punishment()
    a = av(d)
    if end is not None:
        a["end"] = end
    if uploaded is not None:
        a["uploaded"] = uploaded
    if step_id != "S03":
        step(d, "S03")["records"] = [{"document": "D02"}]
        step(d, step_id).setdefault("records", []).append({"av": "AV01"})
    return d


@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize("profile", ["national", "guangdong"])
def test_rec_010_bases_pass(base: Any, profile: str) -> None:
    assert hits(base(), "REC-010", profile=profile) == []


def test_rec_010_guangdong_profile_parameter() -> None:
    period = load_profile("guangdong").parameters.av_upload_deadline
    assert period is not None
    assert (period.days, period.day_kind, period.confidence) == (1, "working", "confirmed")
    assert "第二十三条" in period.source
    assert load_profile("national").parameters.av_upload_deadline is None


def test_rec_010_national_is_silent() -> None:
    d = uploaded_av("2025-03-06T10:40:00", "2025-06-30T09:00:00")
    assert hits(d, "REC-010") == []
    assert hits(d, "REC-010", profile="guangdong") == [("REC-010", "S03")]


@pytest.mark.parametrize(
    ("end", "uploaded", "late"),
    [
        ("2025-03-06T10:40:00", "2025-03-06T11:00:00", None),  # same day
        ("2025-03-06T10:40:00", "2025-03-07T23:59:00", None),  # Thu → Fri, last day, any hour
        ("2025-03-06T10:40:00", "2025-03-08T08:00:00", 1),  # Saturday: one day late
        ("2025-03-07T16:00:00", "2025-03-10T09:00:00", None),  # Fri → Mon over the weekend
        ("2025-03-07T16:00:00", "2025-03-11T09:00:00", 1),
        ("2025-09-30T11:00:00", "2025-10-09T17:00:00", None),  # National Day 10-01..08
        ("2025-09-30T11:00:00", "2025-10-10T09:00:00", 1),
        ("2025-10-10T18:00:00", "2025-10-11T10:00:00", None),  # Saturday 10-11 is a make-up working day
        ("2025-10-10T18:00:00", "2025-10-13T10:00:00", 2),
        ("2025-09-27T18:00:00", "2025-09-28T10:00:00", None),  # Sunday 09-28 is a make-up working day
        ("2025-09-27T18:00:00", "2025-09-29T10:00:00", 1),
        ("2025-04-30T18:00:00", "2025-05-06T10:00:00", None),  # Labour Day 05-01..05
        ("2025-04-30T18:00:00", "2025-05-07T10:00:00", 1),
    ],
)
def test_rec_010_record_end_boundaries(end: str, uploaded: str, late: int | None) -> None:
    d = uploaded_av(end, uploaded)
    found = run(d, "REC-010", profile="guangdong")
    if late is None:
        assert found == []
        return
    assert [(f.rule_id, f.location.step) for f in found] == [("REC-010", "S03")]
    assert f"逾期 {late} 日" in found[0].message


def test_rec_010_message() -> None:
    d = uploaded_av("2025-09-30T11:00:00", "2025-10-10T09:00:00")
    assert messages(d, "REC-010", profile="guangdong") == [
        "S03 现场检查（2025-03-06）的音像记录 AV01 于 2025-10-10 09:00 才存储上传，晚于期限："
        "音像记录结束于 2025-09-30 11:00，应在 1 个工作日内存储上传（配置 av_upload_deadline），"
        "期限届满日为 2025-10-09，逾期 1 日（《广东省行政执法全过程记录办法》第二十三条第一款（参照适用）；"
        "属连续工作、异地执法或水上、边远、交通不便地区执法的，应自具备储存条件起计算，请人工核对）。"
    ]


def test_rec_010_falls_back_to_step_end() -> None:
    # S03 ends 2025-03-06T10:40 (Thursday): the last day is Friday 03-07.
    assert hits(uploaded_av(None, "2025-03-07T18:00:00"), "REC-010", profile="guangdong") == []
    d = uploaded_av(None, "2025-03-10T09:00:00")
    assert hits(d, "REC-010", profile="guangdong") == [("REC-010", "S03")]
    (message,) = messages(d, "REC-010", profile="guangdong")
    assert "音像记录未登记结束时间，按 S03 结束时间 2025-03-06 10:40 计" in message
    assert "期限届满日为 2025-03-07，逾期 3 日" in message


def test_rec_010_falls_back_to_step_day() -> None:
    # S10 (decision) has a day only: 2025-04-21 (Monday) → last day 04-22.
    assert hits(uploaded_av(None, "2025-04-22T18:00:00", "S10"), "REC-010", profile="guangdong") == []
    d = uploaded_av(None, "2025-04-23T09:00:00", "S10")
    assert hits(d, "REC-010", profile="guangdong") == [("REC-010", "S10")]
    (message,) = messages(d, "REC-010", profile="guangdong")
    assert "按 S10 的日期 2025-04-21 计" in message


def test_rec_010_record_end_wins_over_step_end() -> None:
    # The record ended on Friday 03-07 although S03 ended on Thursday 03-06: Monday 03-10 is in time.
    assert hits(uploaded_av("2025-03-07T09:00:00", "2025-03-10T09:00:00"), "REC-010", profile="guangdong") == []


@pytest.mark.parametrize("status", ["closed", "open"])
def test_rec_010_without_uploaded_not_judged(status: str) -> None:
    d = uploaded_av("2025-03-06T10:40:00", None)
    d["case"]["status"] = status
    assert hits(d, "REC-010", profile="guangdong", as_of=dt.date(2025, 12, 31)) == []


def test_rec_010_open_case_judged_on_recorded_upload() -> None:
    d = open_case(uploaded_av("2025-03-06T10:40:00", "2025-03-10T09:00:00"))
    found = run(d, "REC-010", profile="guangdong")
    assert [(f.rule_id, f.location.step, f.alert) for f in found] == [("REC-010", "S03", None)]


def test_rec_010_each_record_once_and_unlinked_not_judged() -> None:
    d = uploaded_av("2025-03-06T10:40:00", "2025-03-10T09:00:00")
    step(d, "S04")["records"].append({"av": "AV01"})
    d["av_records"].append({"id": "AV02", "sha256": "e" * 64, "duration": "PT1H", "end": "2025-03-10T15:00:00",
                            "uploaded": "2025-03-13T09:00:00"})
    d["av_records"].append({"id": "AV03", "sha256": "f" * 64, "duration": "PT1H", "end": "2025-03-10T15:00:00",
                            "uploaded": "2025-03-20T09:00:00"})  # linked to no step
    step(d, "S04")["records"].append({"av": "AV02"})
    assert hits(d, "REC-010", profile="guangdong") == [("REC-010", "S03"), ("REC-010", "S04")]
    assert [m.split("的音像记录 ")[1][:4] for m in messages(d, "REC-010", profile="guangdong")] == ["AV01", "AV02"]


def test_rec_010_calendar_day_period() -> None:
    p = load_profile("national")
    prof = p.model_copy(update={"parameters": p.parameters.model_copy(update={"av_upload_deadline": DayPeriod(
        days=2, day_kind="calendar", source="测试", confidence="unconfirmed")})})
    # 2025-09-28 (Sunday, make-up working day) + 2 calendar days = 09-30 (Tuesday).
    assert hits(uploaded_av("2025-09-28T10:00:00", "2025-09-30T20:00:00"), "REC-010", profile=prof) == []
    assert hits(uploaded_av("2025-09-28T10:00:00", "2025-10-01T08:00:00"), "REC-010", profile=prof) == [
        ("REC-010", "S03")]


def test_rec_010_meta() -> None:
    meta = rule_by_id("REC-010").meta
    assert meta.severity is Severity.WARNING
    assert meta.confidence is Confidence.UNCONFIRMED
    assert meta.parameters == ("av_upload_deadline",)
    assert [(b.article, b.paragraph) for b in meta.legal_basis] == [(23, 1), (23, 2)]


# ---------------------------------------------------------------- REC-015 filming in private places


@pytest.mark.parametrize("base", [base_punishment, base_coercive_measure, base_enforced_execution, base_inspection])
def test_rec_015_bases_pass(base: Any) -> None:
    assert hits(base(), "REC-015") == []


def test_rec_015_meta_unconfirmed_warning() -> None:
    meta = rule_by_id("REC-015").meta
    assert meta.confidence is Confidence.UNCONFIRMED
    assert meta.severity is Severity.WARNING
    assert [(b.article, b.note) for b in meta.legal_basis] == [(22, "参照适用")]


@pytest.mark.parametrize("place", ["dwelling", "hotel_room"])
def test_rec_015_private_place_filmed_without_consent_or_basis(place: str) -> None:
    d = base_punishment()
    step(d, "S03")["place"] = place  # S03 has D02 and AV01
    found = run(d, "REC-015")
    assert [(f.rule_id, f.location.step) for f in found] == [("REC-015", "S03")]
    assert found[0].severity is Severity.WARNING
    where = {"dwelling": "住宅", "hotel_room": "宾馆客房"}[place]
    assert f"在{where}内进行了音像记录（AV01）" in found[0].message


def test_rec_015_consent_passes() -> None:
    d = base_punishment()
    step(d, "S03").update(place="dwelling", consent="D12")
    d["documents"].append({"id": "D12", "kind": "other"})
    assert hits(d, "REC-015") == []


def test_rec_015_note_with_basis_passes_blank_note_fails() -> None:
    d = base_punishment()
    step(d, "S03").update(place="hotel_room", note="依据法律规定在宾馆客房内检查并录像")
    assert hits(d, "REC-015") == []
    step(d, "S03")["note"] = "   "
    assert hits(d, "REC-015") == [("REC-015", "S03")]


@pytest.mark.parametrize("place", ["business", "public", "other"])
def test_rec_015_other_places_pass(place: str) -> None:
    d = base_punishment()
    step(d, "S03")["place"] = place
    assert hits(d, "REC-015") == []


def test_rec_015_private_place_without_av_passes() -> None:
    d = base_punishment()
    step(d, "S04")["place"] = "dwelling"  # S04 inquiry: text record only
    assert hits(d, "REC-015") == []


def test_rec_015_place_omitted_not_judged() -> None:
    d = base_coercive_measure()  # S03 seizure with AV01, no place
    assert "place" not in step(d, "S03")
    assert hits(d, "REC-015") == []


def test_rec_015_complete_list_several_steps() -> None:
    d = base_punishment()
    step(d, "S03")["place"] = "dwelling"
    step(d, "S04").update(place="hotel_room", records=[{"document": "D03"}, {"av": "AV02"}])
    d["av_records"].append({"id": "AV02", "sha256": "d" * 64, "duration": "PT1H"})
    assert hits(d, "REC-015") == [("REC-015", "S03"), ("REC-015", "S04")]
    step(d, "S04")["consent"] = "D03"
    assert hits(d, "REC-015") == [("REC-015", "S03")]


def test_rec_015_execution_in_dwelling() -> None:
    d = base_enforced_execution()
    step(d, "S06")["place"] = "dwelling"
    assert hits(d, "REC-015") == [("REC-015", "S06")]
