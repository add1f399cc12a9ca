"""Tests of the full-process-record rules (REC-001, REC-005, REC-014, REC-101)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from enforcement_audit.engine import Confidence, Severity
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
        (["S14"], "「结案」"),
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
            "本案已结案，但案卷中没有「结案」环节的记录。",
        ]
    )
    assert hits(d, "REC-001") == [("REC-001", None)] * 3


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
    assert sorted(messages(d, "REC-001")) == [
        "本案已结案，但案卷中没有「查封或扣押」环节的记录。",
        "本案已结案，但案卷中没有「结案」环节的记录。",
    ]


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
    [(["S02", "S03"], "「催告」"), (["S04", "S05"], "「强制执行决定」"), (["S06"], "「强制执行」"), (["S08"], "「结案」")],
)
def test_rec_001_execution_closed_missing_step(dropped: list[str], label: str) -> None:
    d = base_enforced_execution()
    for sid in dropped:
        drop_step(d, sid)
    assert hits(d, "REC-001") == [("REC-001", None)]
    assert messages(d, "REC-001") == [f"本案已结案，但案卷中没有{label}环节的记录。"]


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
    [("S02", "「现场检查」"), ("S03", "「检查结果告知」"), ("S05", "「结案」")],
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


def test_rec_001_inspection_open_disclosure_without_result() -> None:
    d = open_case(base_inspection())
    keep_steps(d, "S01", "S02", "S04")
    assert hits(d, "REC-001") == [("REC-001", "S04")]


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
