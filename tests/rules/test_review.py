"""Tests of the legal-review and collective-deliberation rules (REV-*, PUN-COLL-*), including REV-005 (review items)."""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

import pytest

from enforcement_audit.engine import Confidence, Severity
from enforcement_audit.profile import load_profile
from enforcement_audit.rules import rule_by_id
from enforcement_audit.testing import (
    REGISTRY,
    base_coercive_measure,
    base_enforced_execution,
    base_inspection,
    base_punishment,
    drop_step,
    hits,
    officer,
    run,
    step,
)

BASES = [base_punishment, base_coercive_measure, base_enforced_execution, base_inspection]
RULE_IDS = ["REV-001", "REV-002", "REV-003", "REV-007", "REV-008", "REV-009", "PUN-COLL-001", "PUN-COLL-002"]


def messages(d: dict[str, Any], rule_id: str, **kwargs: Any) -> list[str]:
    return [f.message for f in run(d, rule_id, **kwargs)]


def flag(d: dict[str, Any], **flags: bool) -> dict[str, Any]:
    d["case"].setdefault("flags", {}).update(flags)
    return d


def add(d: dict[str, Any], **fields: Any) -> dict[str, Any]:
    d["steps"].append(fields)
    return d


def unreviewed(decision_day: str = "2025-04-21", /, **flags: bool) -> dict[str, Any]:
    """The base punishment without its legal review S06, decided on ``decision_day``."""
    d = flag(base_punishment(), **flags)
    drop_step(d, "S06")
    step(d, "S10")["date"] = decision_day
    step(d, "S10")["approved_on"] = decision_day
    return d


@pytest.mark.parametrize("rule_id", RULE_IDS)
@pytest.mark.parametrize("base", BASES)
def test_bases_pass(base: Any, rule_id: str) -> None:
    assert hits(base(), rule_id) == []


def test_meta_of_unconfirmed_and_provincial_rules() -> None:
    for rule_id in ("REV-008",):
        rule = rule_by_id(rule_id)
        assert rule is not None
        assert rule.meta.confidence is Confidence.UNCONFIRMED
        assert rule.meta.severity is Severity.WARNING
    coll = rule_by_id("PUN-COLL-002")
    assert coll is not None
    assert coll.meta.severity is Severity.WARNING
    assert coll.meta.confidence is Confidence.CONFIRMED
    assert [str(b) for b in coll.meta.legal_basis] == [
        "《河南省行政执法条例》第二十八条第二款（河南省地方性法规，其他地区作为良好做法参照）"
    ]
    rev = rule_by_id("REV-001")
    assert rev is not None
    assert [str(b) for b in rev.meta.legal_basis] == [
        "《中华人民共和国行政处罚法》第五十八条第一款",
        "《中华人民共和国行政处罚法》第三十八条第三款（2017年修正，适用于2018年1月1日至2021年7月14日作出的决定）",
    ]


# ================================================================= REV-001


@pytest.mark.parametrize(
    "flags",
    [
        {"major_public_interest": True},
        {"major_rights": True, "hearing_held": True},
        {"complex": True},
        {"review_required_by_law": True},
        {"major_public_interest": True, "complex": True, "review_required_by_law": True},
    ],
)
def test_rev_001_triggered_and_reviewed_passes(flags: dict[str, bool]) -> None:
    assert hits(flag(base_punishment(), **flags), "REV-001") == []


@pytest.mark.parametrize(
    ("flags", "item"),
    [
        ({"major_public_interest": True}, "涉及重大公共利益（第一项）"),
        ({"major_rights": True, "hearing_held": True}, "直接关系当事人或者第三人重大权益且经过听证程序（第二项）"),
        ({"complex": True}, "案件情况疑难复杂、涉及多个法律关系（第三项）"),
        ({"review_required_by_law": True}, "法律、法规规定应当进行法制审核（第四项）"),
    ],
)
def test_rev_001_each_trigger_without_review(flags: dict[str, bool], item: str) -> None:
    d = unreviewed(**flags)
    assert hits(d, "REV-001") == [("REV-001", "S10")]
    assert messages(d, "REV-001") == [
        f"S10 处罚决定（2025-04-21）作出前没有法制审核：本案{item}，依《行政处罚法》第五十八条第一款，"
        "应当在负责人作出决定前进行法制审核，未经法制审核的不得作出决定。"
    ]


def test_rev_001_several_triggers_named_in_one_finding() -> None:
    d = unreviewed(major_public_interest=True, complex=True)
    assert hits(d, "REV-001") == [("REV-001", "S10")]
    (msg,) = messages(d, "REV-001")
    assert "涉及重大公共利益（第一项）；案件情况疑难复杂、涉及多个法律关系（第三项）" in msg


def test_rev_001_major_rights_without_hearing_is_no_trigger() -> None:
    assert hits(unreviewed(major_rights=True), "REV-001") == []
    assert hits(unreviewed(hearing_held=True), "REV-001") == []


def test_rev_001_major_rights_with_a_hearing_step() -> None:
    d = add(unreviewed(major_rights=True), id="S09h", kind="hearing", date="2025-04-15")
    assert hits(d, "REV-001") == [("REV-001", "S10")]


def test_rev_001_hearing_step_after_the_decision_does_not_trigger() -> None:
    d = add(unreviewed(major_rights=True), id="S12h", kind="hearing", date="2025-04-25")
    assert hits(d, "REV-001") == []


def test_rev_001_no_trigger_no_review_2025_passes() -> None:
    assert hits(unreviewed(), "REV-001") == []


def test_rev_001_review_only_after_the_decision() -> None:
    d = flag(base_punishment(), complex=True)
    step(d, "S06")["date"] = "2025-04-25"
    assert hits(d, "REV-001") == [("REV-001", "S10")]
    (msg,) = messages(d, "REV-001")
    assert msg.startswith("S10 处罚决定（2025-04-21）作出前没有法制审核（案卷中的 S06 法制审核（2025-04-25）在决定之后）：")


def test_rev_001_review_on_decision_day_passes() -> None:
    d = flag(base_punishment(), complex=True)
    step(d, "S06")["date"] = "2025-04-21"
    assert hits(d, "REV-001") == []


def test_rev_001_summary_procedure_not_judged() -> None:
    d = unreviewed(complex=True)
    d["case"]["procedure"] = "summary"
    assert hits(d, "REV-001") == []


def test_rev_001_open_case_without_decision_not_judged() -> None:
    d = unreviewed(complex=True)
    d["case"]["status"] = "open"
    d["steps"] = [s for s in d["steps"] if s["id"] <= "S09"]
    assert hits(d, "REV-001") == []


# ----------------------------------------------------------------- the 2018 and 2021 boundaries


def test_rev_001_2021_07_14_every_general_decision_needs_review() -> None:
    d = unreviewed("2021-07-14")
    assert hits(d, "REV-001") == [("REV-001", "S10")]
    assert messages(d, "REV-001") == [
        "S10 处罚决定（2021-07-14）作出前没有法制审核：该决定作于2018年1月1日至2021年7月14日之间，"
        "依2017年修正的《行政处罚法》第三十八条第三款，普通程序的行政处罚决定在负责人作出决定前"
        "均应由从事行政处罚决定审核的人员进行审核。"
    ]


def test_rev_001_2021_07_15_only_triggers_require_review() -> None:
    assert hits(unreviewed("2021-07-15"), "REV-001") == []
    d = unreviewed("2021-07-15", complex=True)
    assert hits(d, "REV-001") == [("REV-001", "S10")]
    assert "第五十八条第一款" in messages(d, "REV-001")[0]


def test_rev_001_2018_01_01_is_the_first_day_of_the_2017_text() -> None:
    assert hits(unreviewed("2018-01-01"), "REV-001") == [("REV-001", "S10")]
    assert "2017年修正" in messages(unreviewed("2018-01-01"), "REV-001")[0]


def test_rev_001_2017_12_31_not_required() -> None:
    assert hits(unreviewed("2017-12-31"), "REV-001") == []
    assert hits(unreviewed("2017-12-31", complex=True, major_public_interest=True), "REV-001") == []


def test_rev_001_2020_reviewed_passes() -> None:
    d = base_punishment()
    step(d, "S06")["date"] = "2020-04-03"
    step(d, "S10")["date"] = "2020-04-21"
    assert hits(d, "REV-001") == []


# ================================================================= REV-003


def test_rev_003_review_after_decision() -> None:
    d = base_punishment()
    step(d, "S06")["date"] = "2025-04-25"
    assert hits(d, "REV-003") == [("REV-003", "S06")]
    assert messages(d, "REV-003") == [
        "S06 法制审核（2025-04-25）晚于 S10 处罚决定（2025-04-21）：法制审核应在负责人作出决定之前完成，"
        "决定作出后的审核不能作为作出决定的依据。"
    ]


def test_rev_003_review_on_decision_day_passes() -> None:
    d = base_punishment()
    step(d, "S06")["date"] = "2025-04-21"
    assert hits(d, "REV-003") == []


def test_rev_003_second_review_after_decision() -> None:
    d = add(base_punishment(), id="S12r", kind="legal_review", date="2025-04-22", reviewer="O3", outcome="passed")
    assert hits(d, "REV-003") == [("REV-003", "S12r")]


def test_rev_003_review_between_two_decisions_passes() -> None:
    d = add(base_punishment(), id="S12r", kind="legal_review", date="2025-05-02", reviewer="O3", outcome="passed")
    add(d, id="S12d", kind="decision", date="2025-05-06")
    assert hits(d, "REV-003") == []


def test_rev_003_no_decision_not_judged() -> None:
    d = base_punishment()
    d["case"]["status"] = "open"
    d["steps"] = [s for s in d["steps"] if s["id"] <= "S09"]
    assert hits(d, "REV-003") == []


# ================================================================= REV-007


@pytest.mark.parametrize(
    ("outcome", "label"),
    [("returned", "退回"), ("supplement", "补充调查"), ("correct", "改正"), ("transfer", "移送")],
)
def test_rev_007_latest_review_not_passed(outcome: str, label: str) -> None:
    d = base_punishment()
    step(d, "S06")["outcome"] = outcome
    assert hits(d, "REV-007") == [("REV-007", "S10")]
    assert messages(d, "REV-007") == [
        f"S10 处罚决定（2025-04-21）作出前最近一次法制审核 S06 法制审核（2025-04-03）为「{label}」，"
        "审核未通过的不得作出决定。"
    ]


def test_rev_007_and_107_review_without_outcome() -> None:
    # an unrecorded outcome does not show a failed review: REV-107's warning, not REV-007's error
    d = base_punishment()
    del step(d, "S06")["outcome"]
    assert hits(d, "REV-007", "REV-107") == [("REV-107", "S10")]
    assert messages(d, "REV-107") == [
        "S10 处罚决定（2025-04-21）作出前最近一次法制审核 S06 法制审核（2025-04-03）未记载审核结论（outcome），案卷不能证明审核已通过。"]
    assert run(d, "REV-107")[0].severity is Severity.WARNING
    assert hits(base_punishment(), "REV-107") == []


def test_rev_007_returned_then_passed_passes() -> None:
    d = base_punishment()
    step(d, "S06")["outcome"] = "returned"
    add(d, id="S09r", kind="legal_review", date="2025-04-15", reviewer="O3", outcome="passed")
    assert hits(d, "REV-007") == []


def test_rev_007_passed_then_sent_back() -> None:
    d = add(base_punishment(), id="S09r", kind="legal_review", date="2025-04-15", reviewer="O3",
            outcome="supplement")
    assert hits(d, "REV-007") == [("REV-007", "S10")]
    assert "S09r 法制审核（2025-04-15）为「补充调查」" in messages(d, "REV-007")[0]


def test_rev_007_passing_review_after_the_decision_does_not_help() -> None:
    d = base_punishment()
    step(d, "S06")["outcome"] = "returned"
    add(d, id="S12r", kind="legal_review", date="2025-04-25", reviewer="O3", outcome="passed")
    assert hits(d, "REV-007") == [("REV-007", "S10")]


def test_rev_007_same_day_reviews_in_document_order() -> None:
    d = base_punishment()
    step(d, "S06")["outcome"] = "returned"
    d["steps"].insert(6, {"id": "S06b", "kind": "legal_review", "date": "2025-04-03", "reviewer": "O3",
                          "outcome": "passed"})
    assert hits(d, "REV-007") == []
    step(d, "S06")["outcome"] = "passed"
    step(d, "S06b")["outcome"] = "correct"
    assert hits(d, "REV-007") == [("REV-007", "S10")]


def test_rev_007_same_day_reviews_ordered_by_time() -> None:
    d = base_punishment()
    del step(d, "S06")["date"]
    step(d, "S06")["start"] = "2025-04-03T15:00:00"  # passed, later in the day
    d["steps"].insert(6, {"id": "S06b", "kind": "legal_review", "start": "2025-04-03T09:00:00", "reviewer": "O3",
                          "outcome": "returned"})
    assert hits(d, "REV-007") == []


def test_rev_007_no_review_is_not_its_business() -> None:
    d = flag(base_punishment(), complex=True)
    drop_step(d, "S06")
    assert hits(d, "REV-007") == []


# ================================================================= REV-008


def test_rev_008_reviewer_is_the_lead_investigator() -> None:
    d = base_punishment()
    step(d, "S06")["reviewer"] = "O1"
    assert hits(d, "REV-008") == [("REV-008", "S06")]
    (finding,) = run(d, "REV-008")
    assert finding.severity is Severity.WARNING
    assert finding.confidence is Confidence.UNCONFIRMED
    assert finding.message == (
        "S06 法制审核（2025-04-03）的审核人员 O1（陈立新）是本案的主办执法人员，"
        "并参与了 S03 现场检查（2025-03-06）、S04 询问（2025-03-10），审核与调查未分离。"
    )


def test_rev_008_reviewer_is_the_assisting_officer() -> None:
    d = base_punishment()
    step(d, "S06")["reviewer"] = "O2"
    assert hits(d, "REV-008") == [("REV-008", "S06")]
    assert "是本案的协办执法人员" in messages(d, "REV-008")[0]


def test_rev_008_legal_reviewer_who_took_part_in_an_inquiry() -> None:
    d = base_punishment()
    step(d, "S04")["officers"] = ["O1", "O2", "O3"]
    assert hits(d, "REV-008") == [("REV-008", "S06")]
    assert messages(d, "REV-008") == [
        "S06 法制审核（2025-04-03）的审核人员 O3（孙敏）参与了 S04 询问（2025-03-10），审核与调查未分离。"
    ]


def test_rev_008_legal_reviewer_who_signed_the_investigation_report() -> None:
    d = base_punishment()
    step(d, "S05")["officers"] = ["O3"]
    assert hits(d, "REV-008") == [("REV-008", "S06")]


def test_rev_008_taking_part_in_non_investigative_steps_is_fine() -> None:
    d = base_punishment()
    step(d, "S11")["officers"] = ["O3"]  # service
    step(d, "S02")["officers"] = ["O3"]  # filing
    assert hits(d, "REV-008") == []


def test_rev_008_no_reviewer_named_not_judged() -> None:
    d = base_punishment()
    del step(d, "S06")["reviewer"]
    assert hits(d, "REV-008") == []


def test_rev_008_applies_to_other_case_types() -> None:
    d = add(base_coercive_measure(), id="S03r", kind="legal_review", date="2025-06-20", reviewer="O1",
            outcome="passed")
    assert hits(d, "REV-008") == [("REV-008", "S03r")]


# ================================================================= REV-009


def registry_with(reviewer_id: str, **fields: Any) -> dict[str, Any]:
    reg = copy.deepcopy(REGISTRY)
    for entry in reg["reviewers"]:
        if entry["id"] == reviewer_id:
            entry.update(fields)
    return reg


def test_rev_009_reviewer_without_qualification_after_2018() -> None:
    d = base_punishment()
    officer(d, "O3")["reviewer"] = "RV-02"
    assert hits(d, "REV-009") == [("REV-009", "S06")]
    assert messages(d, "REV-009") == [
        "S06 法制审核（2025-04-03）：审核人员 O3（孙敏，名录编号 RV-02）于 2019-05-01 初次从事法制审核，"
        "在2018年1月1日之后，但名录中没有其法律职业资格证书编号。"
    ]


def test_rev_009_reviewer_since_2012_is_exempt() -> None:
    d = base_punishment()
    officer(d, "O3")["reviewer"] = "RV-03"
    assert hits(d, "REV-009") == []


def test_rev_009_first_review_boundary() -> None:
    d = base_punishment()
    officer(d, "O3")["reviewer"] = "RV-02"
    assert hits(d, "REV-009", reg=registry_with("RV-02", first_review="2017-12-31")) == []
    assert hits(d, "REV-009", reg=registry_with("RV-02", first_review="2018-01-01")) == [("REV-009", "S06")]


def test_rev_009_qualification_obtained_after_the_review() -> None:
    d = base_punishment()
    reg = registry_with("RV-01", qualified_on="2025-04-04")
    assert hits(d, "REV-009", reg=reg) == [("REV-009", "S06")]
    assert "其法律职业资格于 2025-04-04 取得，晚于本次审核日期" in messages(d, "REV-009", reg=reg)[0]
    assert hits(d, "REV-009", reg=registry_with("RV-01", qualified_on="2025-04-03")) == []


# a reviewer who cannot be identified on the register is REV-109's warning, not REV-009's error


def test_rev_109_officer_not_linked_to_the_register() -> None:
    d = base_punishment()
    del officer(d, "O3")["reviewer"]
    assert hits(d, "REV-009", "REV-109") == [("REV-109", "S06")]
    assert "未关联法制审核人员名录编号" in messages(d, "REV-109")[0]
    assert run(d, "REV-109")[0].severity is Severity.WARNING


def test_rev_109_agency_head_as_reviewer() -> None:
    d = base_punishment()
    step(d, "S06")["reviewer"] = "O9"
    assert hits(d, "REV-009", "REV-109") == [("REV-109", "S06")]


def test_rev_109_register_id_unknown() -> None:
    d = base_punishment()
    officer(d, "O3")["reviewer"] = "RV-99"
    assert hits(d, "REV-009", "REV-109") == [("REV-109", "S06")]
    assert "RV-99 不在法制审核人员名录中" in messages(d, "REV-109")[0]


def test_rev_109_no_reviewer_named() -> None:
    d = base_punishment()
    del step(d, "S06")["reviewer"]
    assert hits(d, "REV-009", "REV-109") == [("REV-109", "S06")]
    assert messages(d, "REV-109") == ["S06 法制审核（2025-04-03）：未记载审核人员，无法核实其是否具备法律职业资格。"]
    assert hits(base_punishment(), "REV-109") == []


def test_rev_009_each_review_judged() -> None:
    d = base_punishment()
    officer(d, "O3")["reviewer"] = "RV-02"
    add(d, id="S09r", kind="legal_review", date="2025-04-15", outcome="passed", reviewer="O3")
    assert hits(d, "REV-009") == [("REV-009", "S06"), ("REV-009", "S09r")]


# ================================================================= PUN-COLL-001


def complex_case(deliberation: str | None = None, decision_day: str = "2025-04-21") -> dict[str, Any]:
    d = flag(base_punishment(), complex=True)
    step(d, "S10")["date"] = decision_day
    if deliberation:
        add(d, id="S09c", kind="collective_deliberation", date=deliberation, attendees=["O9"])
    return d


def test_pun_coll_001_complex_with_deliberation_passes() -> None:
    assert hits(complex_case("2025-04-18"), "PUN-COLL-001") == []


def test_pun_coll_001_deliberation_on_decision_day_passes() -> None:
    assert hits(complex_case("2025-04-21"), "PUN-COLL-001") == []


def test_pun_coll_001_complex_without_deliberation() -> None:
    d = complex_case()
    assert hits(d, "PUN-COLL-001") == [("PUN-COLL-001", "S10")]
    assert messages(d, "PUN-COLL-001") == [
        "S10 处罚决定（2025-04-21）作出前没有集体讨论：本案标记为情节复杂，应当由行政机关负责人集体讨论决定。"
    ]


def test_pun_coll_001_deliberation_after_decision() -> None:
    d = complex_case("2025-04-22")
    assert hits(d, "PUN-COLL-001") == [("PUN-COLL-001", "S10")]
    assert "（案卷中的 S09c 集体讨论（2025-04-22）在决定之后）" in messages(d, "PUN-COLL-001")[0]


def test_pun_coll_001_not_complex_not_required() -> None:
    assert hits(base_punishment(), "PUN-COLL-001") == []


def test_pun_coll_001_2021_boundary() -> None:
    assert hits(complex_case(decision_day="2021-07-14"), "PUN-COLL-001") == []
    assert hits(complex_case(decision_day="2021-07-15"), "PUN-COLL-001") == [("PUN-COLL-001", "S10")]


def test_pun_coll_001_decision_without_penalty_not_concerned() -> None:
    # Art 57 para 2: 「对情节复杂或者重大违法行为给予行政处罚」
    d = complex_case()
    step(d, "S10")["penalties"] = []
    step(d, "S10")["decision_outcome"] = "no_penalty"
    assert hits(d, "PUN-COLL-001") == []


def test_pun_coll_001_summary_procedure_not_judged() -> None:
    d = complex_case()
    d["case"]["procedure"] = "summary"
    assert hits(d, "PUN-COLL-001") == []


# ================================================================= PUN-COLL-002


def test_pun_coll_002_review_then_deliberation_passes() -> None:
    assert hits(complex_case("2025-04-18"), "PUN-COLL-002") == []


def test_pun_coll_002_deliberation_before_review() -> None:
    d = complex_case("2025-04-02")
    assert hits(d, "PUN-COLL-002") == [("PUN-COLL-002", "S09c")]
    (finding,) = run(d, "PUN-COLL-002")
    assert finding.severity is Severity.WARNING
    assert finding.message == (
        "S09c 集体讨论（2025-04-02）早于法制审核 S06 法制审核（2025-04-03）：重大执法决定宜先经法制审核，再由负责人集体讨论决定（河南省行政执法条例第二十八条第二款如此规定，"
        "其他地区作为良好做法参照）。"
    )


def test_pun_coll_002_same_day_passes_without_times() -> None:
    assert hits(complex_case("2025-04-03"), "PUN-COLL-002") == []


def test_pun_coll_002_same_day_ordered_by_time() -> None:
    d = base_punishment()
    del step(d, "S06")["date"]
    step(d, "S06")["start"] = "2025-04-03T14:00:00"
    add(d, id="S09c", kind="collective_deliberation", start="2025-04-03T10:00:00")
    assert hits(d, "PUN-COLL-002") == [("PUN-COLL-002", "S09c")]
    step(d, "S09c")["start"] = "2025-04-03T16:00:00"
    assert hits(d, "PUN-COLL-002") == []


def test_pun_coll_002_deliberation_without_any_review_not_judged() -> None:
    d = complex_case("2025-04-18")
    drop_step(d, "S06")
    assert hits(d, "PUN-COLL-002") == []


def test_pun_coll_002_each_early_deliberation() -> None:
    d = complex_case("2025-04-01")
    add(d, id="S09d", kind="collective_deliberation", date="2025-04-02")
    add(d, id="S09e", kind="collective_deliberation", date="2025-04-18")
    assert hits(d, "PUN-COLL-002") == [("PUN-COLL-002", "S09c"), ("PUN-COLL-002", "S09d")]


# ================================================================= REV-002

MR_SOURCE = "《城西县市场监督管理局重大执法决定法制审核目录清单》（2024年版）第3项"


def catalogue(body: str = "B-CX-MR", *items: dict[str, Any], **item: Any) -> dict[str, Any]:
    """``testing.REGISTRY`` with review-catalogue items on ``body`` (keyword fields: one item ``RI-1``)."""
    reg = copy.deepcopy(REGISTRY)
    entries = list(items)
    if item or not entries:
        entries.append({"id": "RI-1", "matter": "*", "source": MR_SOURCE, "valid_from": "2024-01-01", **item})
    for b in reg["bodies"]:
        if b["id"] == body:
            b.setdefault("review_items", []).extend(entries)
    return reg


def rev2(d: dict[str, Any], reg: dict[str, Any], *also: str) -> list[tuple[str, str | None]]:
    return hits(d, "REV-002", *also, reg=reg)


def test_rev_002_meta() -> None:
    rule = rule_by_id("REV-002")
    assert rule is not None
    assert rule.meta.confidence is Confidence.UNCONFIRMED
    assert rule.meta.severity is Severity.WARNING
    assert rule.meta.parameters == ()
    assert [str(b) for b in rule.meta.legal_basis] == [
        "《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》（国办发〔2018〕118号）",
        "《广东省重大行政执法决定法制审核办法》第三条第一款（参照适用）",
        "《广东省重大行政执法决定法制审核办法》第十条（参照适用）",
        "《广东省重大行政执法决定法制审核办法》第十一条（参照适用）",
        "《广东省重大行政执法决定法制审核办法》第十二条（参照适用）",
    ]


def test_rev_002_reviewed_punishment_passes_a_catch_all_catalogue() -> None:
    assert rev2(base_punishment(), catalogue()) == []
    assert rev2(base_inspection(), catalogue()) == []  # inspection cases are not judged


def test_rev_002_no_catalogue_no_finding() -> None:
    assert hits(unreviewed(), "REV-002") == []


def test_rev_002_unreviewed_fine_on_the_catalogue() -> None:
    d = unreviewed()
    reg = catalogue(fine_at_least="8000")
    assert rev2(d, reg) == [("REV-002", "S10")]
    assert [f.message for f in run(d, "REV-002", reg=reg)] == [
        "S10 处罚决定（2025-04-21）作出前没有法制审核。该决定属于重大执法决定法制审核目录清单所列情形——"
        f"B-CX-MR（城西县市场监督管理局）目录清单事项 RI-1（{MR_SOURCE}）：该项适用于全部执法事项，"
        "罚款 8000 元，达到该项“8000 元以上”的标准（含本数）。"
        "列入目录清单的决定应当在作出前经法制审核，未经法制审核或者审核未通过的，不得作出决定。"
    ]
    (finding,) = run(d, "REV-002", reg=reg)
    assert finding.severity is Severity.WARNING


def test_rev_002_fine_threshold_is_inclusive() -> None:
    d = unreviewed()
    assert rev2(d, catalogue(fine_at_least="8000.00")) == [("REV-002", "S10")]
    assert rev2(d, catalogue(fine_at_least="8000.01")) == []
    step(d, "S10")["penalties"] = [{"kind": "fine", "amount": "5000"}, {"kind": "fine", "amount": "3000.01"}]
    assert rev2(d, catalogue(fine_at_least="8000.01")) == [("REV-002", "S10")]  # fines are summed


def test_rev_002_confiscation_is_not_a_fine() -> None:
    d = unreviewed()
    step(d, "S10")["penalties"] = [{"kind": "confiscation_of_gains", "amount": "90000"}]
    assert rev2(d, catalogue(fine_at_least="0")) == []
    step(d, "S10")["penalties"].append({"kind": "fine", "amount": "0"})
    assert rev2(d, catalogue(fine_at_least="0")) == [("REV-002", "S10")]


def test_rev_002_party_kind_thresholds() -> None:
    d = unreviewed()  # the party is an organisation
    assert rev2(d, catalogue(organisation_fine_at_least="8000")) == [("REV-002", "S10")]
    assert rev2(d, catalogue(individual_fine_at_least="8000")) == []
    assert rev2(d, catalogue(individual_fine_at_least="2000", organisation_fine_at_least="50000")) == []
    d["case"]["party"] = {"kind": "individual", "name": "王某某", "id_number": "330199198001010011"}
    reg = catalogue(individual_fine_at_least="2000", organisation_fine_at_least="50000")
    assert rev2(d, reg) == [("REV-002", "S10")]
    assert "对公民罚款 8000 元，达到该项“2000 元以上”的标准（含本数）" in run(d, "REV-002", reg=reg)[0].message
    assert rev2(d, catalogue(organisation_fine_at_least="8000")) == []


def test_rev_002_penalty_kind_triggers() -> None:
    reg = catalogue(fine_at_least="100000", penalties=["licence_revocation", "suspension_of_business"])
    d = unreviewed()
    assert rev2(d, reg) == []  # 8000 yuan and no listed penalty
    step(d, "S10")["penalties"].append({"kind": "suspension_of_business"})
    assert rev2(d, reg) == [("REV-002", "S10")]
    msg = run(d, "REV-002", reg=reg)[0].message
    assert "该项适用于全部执法事项，处罚种类含责令停产停业。" in msg
    assert "罚款" not in msg.split("：", 1)[1].split("。")[0]  # the threshold did not hold and is not named


def test_rev_002_hearing_trigger() -> None:
    reg = catalogue(hearing=True)
    assert rev2(unreviewed(), reg) == []
    assert rev2(add(unreviewed(), id="S09h", kind="hearing", date="2025-04-15"), reg) == [("REV-002", "S10")]
    assert rev2(add(unreviewed(), id="S12h", kind="hearing", date="2025-04-25"), reg) == []
    d = unreviewed(hearing_held=True)  # without major_rights REV-001 has no trigger
    assert hits(d, "REV-001", "REV-002", reg=reg) == [("REV-002", "S10")]
    assert "经过听证程序" in run(d, "REV-002", reg=reg)[0].message


def test_rev_002_item_without_outcome_conditions_covers_every_decision_of_the_matter() -> None:
    reg = catalogue(matter="MR-FOOD-001")
    d = unreviewed()
    assert rev2(d, reg) == [("REV-002", "S10")]
    assert "执法事项为 MR-FOOD-001，该项不设金额、处罚种类或听证条件" in run(d, "REV-002", reg=reg)[0].message
    assert rev2(d, catalogue(matter="MR-FOOD-002")) == []


def test_rev_002_item_validity_dates() -> None:
    d = unreviewed()  # decision 2025-04-21
    assert rev2(d, catalogue(valid_from="2025-04-21")) == [("REV-002", "S10")]
    assert rev2(d, catalogue(valid_from="2025-04-22")) == []
    assert rev2(d, catalogue(valid_to="2025-04-21")) == [("REV-002", "S10")]
    assert rev2(d, catalogue(valid_to="2025-04-20")) == []


def test_rev_002_case_type_filter() -> None:
    reg = catalogue(case_types=["coercive_measure"])
    assert rev2(unreviewed(), reg) == []
    assert rev2(base_coercive_measure(), reg) == [("REV-002", "S03")]
    assert rev2(base_enforced_execution(), reg) == []
    both = catalogue(case_types=["punishment", "enforced_execution"])
    assert rev2(unreviewed(), both) == [("REV-002", "S10")]
    assert rev2(base_enforced_execution(), both) == [("REV-002", "S04")]
    assert rev2(base_coercive_measure(), both) == []


def test_rev_002_coercive_measure_judged_at_the_seizure() -> None:
    reg = catalogue(matter="MR-FOOD-001", case_types=["coercive_measure"])
    d = base_coercive_measure()
    assert [f.message for f in run(d, "REV-002", reg=reg)] == [
        "S03 扣押（2025-06-03）作出前没有法制审核。该决定属于重大执法决定法制审核目录清单所列情形——"
        f"B-CX-MR（城西县市场监督管理局）目录清单事项 RI-1（{MR_SOURCE}）：执法事项为 MR-FOOD-001，"
        "该项不设金额、处罚种类或听证条件。"
        "列入目录清单的决定应当在作出前经法制审核，未经法制审核或者审核未通过的，不得作出决定。"
    ]
    add(d, id="S02r", kind="legal_review", date="2025-06-03", reviewer="O3", outcome="passed")
    assert rev2(d, reg) == []  # same day passes
    # fine conditions never hold on a seizure (it imposes no penalty)
    assert rev2(base_coercive_measure(), catalogue(fine_at_least="0")) == []


def test_rev_002_enforced_execution_review_outcomes() -> None:
    reg = catalogue(case_types=["enforced_execution"])
    d = base_enforced_execution()  # execution decision S04 on 2025-08-20
    assert rev2(d, reg) == [("REV-002", "S04")]
    add(d, id="S03r", kind="legal_review", date="2025-08-18", reviewer="O3", outcome="returned")
    assert rev2(d, reg) == [("REV-002", "S04")]
    assert run(d, "REV-002", reg=reg)[0].message.startswith(
        "S04 强制执行决定（2025-08-20）作出前最近一次法制审核 S03r 法制审核（2025-08-18）为「退回」。"
    )
    add(d, id="S03s", kind="legal_review", date="2025-08-19", reviewer="O3", outcome="passed")
    assert rev2(d, reg) == []


def test_rev_002_review_after_the_decision_does_not_count() -> None:
    reg = catalogue(case_types=["enforced_execution"])
    d = add(base_enforced_execution(), id="S05r", kind="legal_review", date="2025-08-21", reviewer="O3",
            outcome="passed")
    assert rev2(d, reg) == [("REV-002", "S04")]
    assert run(d, "REV-002", reg=reg)[0].message.startswith(
        "S04 强制执行决定（2025-08-20）作出前没有法制审核（案卷中的 S05r 法制审核（2025-08-21）在决定之后）。"
    )
    p = base_punishment()
    step(p, "S06")["date"] = "2025-04-25"  # no statutory trigger: REV-001 is silent, the catalogue is not
    assert hits(p, "REV-001", "REV-002", reg=catalogue()) == [("REV-002", "S10")]


def test_rev_002_principal_catalogue_for_an_entrusted_body() -> None:
    d = unreviewed()
    d["case"]["acting_body"] = {"id": "B-CX-MR-TEAM", "capacity": "entrusted", "principal": "B-CX-MR"}
    assert rev2(d, catalogue("B-CX-MR")) == [("REV-002", "S10")]
    assert "B-CX-MR（城西县市场监督管理局）目录清单事项 RI-1（" in run(d, "REV-002", reg=catalogue("B-CX-MR"))[0].message
    assert rev2(d, catalogue("B-CX-MR-TEAM")) == []  # the entrusted organisation's own list is not the one
    del d["case"]["acting_body"]["principal"]  # found through the delegation DL-MR-1 instead
    assert rev2(d, catalogue("B-CX-MR")) == [("REV-002", "S10")]


def test_rev_002_delegator_catalogue_for_a_township() -> None:
    d = unreviewed()
    d["case"]["matter"] = {"code": "TS-BLD-001", "name": "（测试事项）"}
    d["case"]["acting_body"] = {"id": "B-QS-TOWN", "capacity": "delegated", "principal": "B-CX-GOV"}
    assert rev2(d, catalogue("B-CX-GOV")) == [("REV-002", "S10")]
    assert rev2(d, catalogue("B-QS-TOWN")) == []
    del d["case"]["acting_body"]["principal"]
    assert rev2(d, catalogue("B-CX-GOV")) == [("REV-002", "S10")]


def test_rev_002_own_capacity_uses_the_acting_body_only() -> None:
    d = unreviewed()
    assert rev2(d, catalogue("B-CX-MR-TEAM")) == []
    assert rev2(d, catalogue("B-CX-GOV")) == []
    d["case"]["acting_body"] = {"id": "B-UNKNOWN", "capacity": "own"}
    assert rev2(d, catalogue()) == []  # SUBJ-001's business


def test_rev_002_several_items_in_one_finding() -> None:
    reg = catalogue("B-CX-MR",
                    {"id": "RI-1", "matter": "*", "fine_at_least": "5000", "source": MR_SOURCE, "valid_from": "2024-01-01"},
                    {"id": "RI-2", "matter": "MR-FOOD-001", "source": "同上第7项", "valid_from": "2024-01-01"},
                    {"id": "RI-3", "matter": "MR-FOOD-002", "source": "同上第8项", "valid_from": "2024-01-01"})
    d = unreviewed()
    assert rev2(d, reg) == [("REV-002", "S10")]
    msg = run(d, "REV-002", reg=reg)[0].message
    assert "事项 RI-1（" in msg and "事项 RI-2（同上第7项）：执法事项为 MR-FOOD-001" in msg and "RI-3" not in msg


def test_rev_002_no_double_report_with_rev_001() -> None:
    reg = catalogue()
    d = unreviewed(complex=True)
    assert hits(d, "REV-001", "REV-002", reg=reg) == [("REV-001", "S10")]
    assert rev2(d, reg) == []
    old = unreviewed("2020-04-21")  # 2017 text: every general decision needs review
    assert hits(old, "REV-001", "REV-002", reg=reg) == [("REV-001", "S10")]
    older = unreviewed("2017-12-20")  # before 2018 the statute is silent; the catalogue is not
    assert hits(older, "REV-001", "REV-002", reg=catalogue(valid_from="2017-01-01")) == [("REV-002", "S10")]


def test_rev_002_no_double_report_with_rev_007() -> None:
    d = base_punishment()
    step(d, "S06")["outcome"] = "returned"
    assert hits(d, "REV-002", "REV-007", reg=catalogue()) == [("REV-007", "S10")]


def test_rev_002_summary_procedure_not_judged() -> None:
    d = unreviewed()
    d["case"]["procedure"] = "summary"
    assert rev2(d, catalogue()) == []


def test_rev_002_each_decision_judged() -> None:
    d = base_punishment()
    add(d, id="S16", kind="decision", date="2025-06-02", penalties=[{"kind": "fine", "amount": "60000"}])
    reg = catalogue(fine_at_least="50000")
    assert rev2(d, reg) == []  # S06 (passed) precedes both decisions
    step(d, "S06")["date"] = "2025-05-20"  # now after S10: S10 unreviewed but below the threshold
    assert rev2(d, reg) == []
    step(d, "S10")["penalties"] = [{"kind": "fine", "amount": "50000"}]
    assert rev2(d, reg) == [("REV-002", "S10")]


def test_rev_002_catalogue_round_trips_through_the_registry_xml(tmp_path: Any) -> None:
    from enforcement_audit import loader, writer
    from enforcement_audit.testing import registry

    reg = catalogue("B-CX-MR-TEAM",
                    {"id": "RI-1", "matter": "*", "case_types": ["punishment", "enforced_execution"],
                     "fine_at_least": "50000", "individual_fine_at_least": "10000",
                     "organisation_fine_at_least": "100000.50", "penalties": ["licence_revocation", "closure"],
                     "hearing": True, "source": MR_SOURCE, "valid_from": "2024-01-01", "valid_to": "2026-12-31"},
                    {"id": "RI-2", "matter": "MR-FOOD-001", "source": "同上第7项", "valid_from": "2024-01-01"})
    for part, items in reg.items():
        (tmp_path / f"{part}.xml").write_bytes(writer.registry_xml(part, items))
    text = (tmp_path / "bodies.xml").read_text(encoding="utf-8")
    assert '<review-item id="RI-2" matter="MR-FOOD-001" source="同上第7项" valid-from="2024-01-01"/>' in text
    assert text.index('<delegation id="DL-MR-1"') < text.index("<review-item")  # XSD order: after the delegations
    loaded = loader.load_registry(tmp_path)
    assert loaded == registry(reg)
    item = loaded.body_by_id["B-CX-MR-TEAM"].review_items[0]
    assert item.hearing is True and item.penalties[1].value == "closure"
    assert str(item.organisation_fine_at_least) == "100000.50"


@pytest.mark.parametrize(
    ("attrs", "problem"),
    [
        ('case-types="licensing"', "case-types"),
        ('fine-at-least="-1"', "fine-at-least"),
        ('penalties="fine bribe"', "penalties"),
        ('valid-to="2023-12-31"', "valid-to is before valid-from"),
        ("", "reviewItemKey"),  # the same id twice in one body
    ],
)
def test_rev_002_bad_catalogue_items_are_registry_errors(tmp_path: Any, attrs: str, problem: str) -> None:
    from enforcement_audit import loader, writer

    for part, items in REGISTRY.items():
        (tmp_path / f"{part}.xml").write_bytes(writer.registry_xml(part, items))
    bodies = tmp_path / "bodies.xml"
    item = f'<review-item id="RI-1" matter="*" source="x" valid-from="2024-01-01" {attrs}/>'
    extra = item + (item if not attrs else "")
    text = bodies.read_text(encoding="utf-8").replace(
        '<power matter="MR-EXE-001" name="加处罚款的强制执行" valid-from="2020-01-01"/>',
        '<power matter="MR-EXE-001" name="加处罚款的强制执行" valid-from="2020-01-01"/>' + extra, 1)
    assert extra in text
    bodies.write_text(text, encoding="utf-8")
    with pytest.raises(loader.RegistryError) as err:
        loader.load_registry(tmp_path)
    (message,) = err.value.problems
    assert message.startswith(f"{bodies}:") and problem in message


# ================================================================= REV-005

ALL_ITEMS = ["subject", "officers", "procedure", "facts", "law", "jurisdiction", "documents", "transfer"]


def reviewed(*items: str) -> dict[str, Any]:
    """base_punishment whose passed review S06 records the given review items."""
    d = base_punishment()
    step(d, "S06")["review_items"] = list(items)
    return d


def test_rev_005_meta() -> None:
    rule = rule_by_id("REV-005")
    assert rule is not None
    assert rule.meta.confidence is Confidence.UNCONFIRMED
    assert rule.meta.severity is Severity.WARNING
    assert [str(b) for b in rule.meta.legal_basis] == [
        "《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》（国办发〔2018〕118号）",
        "《广东省重大行政执法决定法制审核办法》第十七条（参照适用）",
        "《广东省重大行政执法决定法制审核办法》第十九条（参照适用）",
    ]


@pytest.mark.parametrize("base", BASES)
def test_rev_005_bases_pass(base: Any) -> None:
    assert hits(base(), "REV-005") == []


def test_rev_005_omitted_review_items_are_unknown() -> None:
    """base_punishment's passed review S06 records no review-items: not judged."""
    d = base_punishment()
    assert "review_items" not in step(d, "S06")
    assert hits(d, "REV-005") == []
    step(d, "S06")["review_items"] = []
    assert hits(d, "REV-005") == []


def test_rev_005_missing_items_listed() -> None:
    d = reviewed("subject", "facts", "procedure")
    assert hits(d, "REV-005") == [("REV-005", "S06")]
    assert messages(d, "REV-005") == [
        "最近一次通过的 S06 法制审核（2025-04-03）未记载 5 项审核内容："
        "officers（执法人员是否具备执法资格）、law（适用法律、法规、规章是否准确，裁量基准运用是否适当）、"
        "jurisdiction（是否超越执法机关法定权限）、documents（执法文书是否完备、规范）、"
        "transfer（违法行为是否涉嫌犯罪、需要移送司法机关）。法制审核应逐项审核并记录八项内容。"
    ]
    (finding,) = run(d, "REV-005")
    assert finding.severity is Severity.WARNING


def test_rev_005_all_eight_items_pass_in_any_order() -> None:
    assert hits(reviewed(*ALL_ITEMS), "REV-005") == []
    assert hits(reviewed(*reversed(ALL_ITEMS), "facts", "risk"), "REV-005") == []  # extra words are ignored


@pytest.mark.parametrize("missing", ALL_ITEMS)
def test_rev_005_each_item_is_required(missing: str) -> None:
    d = reviewed(*(w for w in ALL_ITEMS if w != missing))
    assert hits(d, "REV-005") == [("REV-005", "S06")]
    assert f"未记载 1 项审核内容：{missing}（" in messages(d, "REV-005")[0]


def test_rev_005_unknown_words_named_with_the_vocabulary() -> None:
    d = reviewed("subject", "facts", "evidence", "basis", "procedure", "discretion", "basis")
    (msg,) = messages(d, "REV-005")
    assert "。未识别的审核事项：evidence、basis、discretion（可用的词：subject（执法主体是否合法）；officers（" in msg
    assert "transfer（违法行为是否涉嫌犯罪、需要移送司法机关））。法制审核应逐项审核并记录八项内容。" in msg


def test_rev_005_only_the_latest_passed_review_is_judged() -> None:
    d = reviewed(*ALL_ITEMS)
    add(d, id="S06b", kind="legal_review", date="2025-04-04", reviewer="O3", outcome="passed", review_items=["facts"])
    assert hits(d, "REV-005") == [("REV-005", "S06b")]
    step(d, "S06b")["outcome"] = "returned"  # the latest review did not pass: S06 is the latest passed one
    assert hits(d, "REV-005") == []
    step(d, "S06b").update(outcome="passed", date="2025-04-02")  # earlier in time than S06
    assert hits(d, "REV-005") == []
    step(d, "S06b").update(date="2025-04-04", review_items=[])  # the latest passed review records nothing
    assert hits(d, "REV-005") == []


def test_rev_005_no_passed_review_not_judged() -> None:
    d = reviewed("facts")
    step(d, "S06")["outcome"] = "supplement"
    assert hits(d, "REV-005") == []
    del step(d, "S06")["outcome"]
    assert hits(d, "REV-005") == []


def test_rev_005_review_of_an_enforced_execution() -> None:
    d = add(base_enforced_execution(), id="S03r", kind="legal_review", date="2025-08-18", reviewer="O3",
            outcome="passed", review_items=ALL_ITEMS[:-1])
    assert hits(d, "REV-005") == [("REV-005", "S03r")]
    assert open_review_items(d) == ["transfer"]


def open_review_items(d: dict[str, Any]) -> list[str]:
    """The vocabulary words named as missing in the REV-005 message."""
    (msg,) = messages(d, "REV-005")
    return [w for w in ALL_ITEMS if f"{w}（" in msg.split("：", 1)[1]]


# ================================================================= REV-011 (review time limit) and REV-103 (review before notice)


def with_params(**update: Any) -> Any:
    """The national profile with some optional parameters set (Profile is frozen: copy it)."""
    from enforcement_audit.profile import load_profile

    p = load_profile("national")
    return p.model_copy(update={"parameters": p.parameters.model_copy(update=update)})


def limit(days: int, day_kind: str = "working") -> Any:
    from enforcement_audit.profile import DayPeriod

    return with_params(review_time_limit=DayPeriod(days=days, day_kind=day_kind, source="测试", confidence="confirmed"))


def timed(requested_on: str, opinion: str) -> dict[str, Any]:
    """base_punishment whose review S06 was requested and given on these days."""
    d = base_punishment()
    step(d, "S06").update(requested_on=requested_on, date=opinion)
    return d


def test_rev_011_meta() -> None:
    rule = rule_by_id("REV-011")
    assert rule is not None
    assert rule.meta.severity is Severity.WARNING
    assert rule.meta.confidence is Confidence.CONFIRMED
    assert rule.meta.parameters == ("review_time_limit",)
    assert [str(b) for b in rule.meta.legal_basis] == [
        "《广东省重大行政执法决定法制审核办法》第十八条（参照适用）",
        "《市场监督管理行政处罚程序规定》第五十五条（市场监管系统）",
    ]


@pytest.mark.parametrize("profile", ["national", "guangdong", "market-regulation"])
@pytest.mark.parametrize("base", BASES)
def test_rev_011_bases_pass(base: Any, profile: str) -> None:
    assert hits(base(), "REV-011", profile=profile) == []


def test_rev_011_silent_nationally() -> None:
    assert hits(timed("2025-01-02", "2025-04-03"), "REV-011") == []


def test_rev_011_silent_without_requested_on() -> None:
    d = base_punishment()
    assert "requested_on" not in step(d, "S06")
    assert hits(d, "REV-011", profile="guangdong") == []


def test_rev_011_guangdong_boundary_across_qingming() -> None:
    # 2025-04-03 (Thu) + 5 working days; 04-04..06 are the 清明 holiday: deadline 2025-04-11
    assert hits(timed("2025-04-03", "2025-04-11"), "REV-011", profile="guangdong") == []
    d = timed("2025-04-03", "2025-04-14")
    assert hits(d, "REV-011", profile="guangdong") == [("REV-011", "S06")]
    assert messages(d, "REV-011", profile="guangdong") == [
        "S06 法制审核（2025-04-14）：2025-04-03 送审，审核期限为 5 个工作日（至 2025-04-11），"
        "审核意见晚于期限 3 日。经批准延长审核期限的，应有延期批准文书入卷（本工具不核查延长）。"
    ]
    (finding,) = run(d, "REV-011", profile="guangdong")
    assert finding.severity is Severity.WARNING


def test_rev_011_market_regulation_ten_working_days() -> None:
    assert hits(timed("2025-04-03", "2025-04-18"), "REV-011", profile="market-regulation") == []
    assert hits(timed("2025-04-03", "2025-04-19"), "REV-011", profile="market-regulation") == [("REV-011", "S06")]
    assert hits(timed("2025-04-03", "2025-04-18"), "REV-011", profile="guangdong") == [("REV-011", "S06")]


def test_rev_011_national_day_and_make_up_saturday() -> None:
    # 2025-09-29 (Mon): 09-30, then 10-01..08 off, 10-09, 10-10, Sat 10-11 (make-up working day), Mon 10-13
    d = base_enforced_execution()
    add(d, id="S03r", kind="legal_review", requested_on="2025-09-29", date="2025-10-13", reviewer="O3",
        outcome="passed")
    assert hits(d, "REV-011", profile="guangdong") == []
    step(d, "S03r")["date"] = "2025-10-14"
    assert hits(d, "REV-011", profile="guangdong") == [("REV-011", "S03r")]


def test_rev_011_make_up_sunday_counts() -> None:
    # Sun 2025-09-28 is a working day: 09-26 (Fri) + 1 working day ends on 09-28
    assert hits(timed("2025-09-26", "2025-09-28"), "REV-011", profile=limit(1)) == []
    assert hits(timed("2025-09-26", "2025-09-29"), "REV-011", profile=limit(1)) == [("REV-011", "S06")]


def test_rev_011_may_day_holiday() -> None:
    # 2025-04-28 + 5 working days skips 05-01..05: deadline 2025-05-08
    assert hits(timed("2025-04-28", "2025-05-08"), "REV-011", profile="guangdong") == []
    assert hits(timed("2025-04-28", "2025-05-09"), "REV-011", profile="guangdong") == [("REV-011", "S06")]


def test_rev_011_calendar_days_last_day_moved_past_a_holiday() -> None:
    # 2025-09-21 + 10 calendar days = 10-01 (holiday) -> 10-09
    assert hits(timed("2025-09-21", "2025-10-09"), "REV-011", profile=limit(10, "calendar")) == []
    d = timed("2025-09-21", "2025-10-10")
    assert hits(d, "REV-011", profile=limit(10, "calendar")) == [("REV-011", "S06")]
    assert "审核期限为 10 日（至 2025-10-09），审核意见晚于期限 1 日。" in messages(d, "REV-011", profile=limit(10, "calendar"))[0]


def test_rev_011_each_review_judged() -> None:
    d = timed("2025-03-20", "2025-04-03")  # late under 广东 (deadline 2025-03-27)
    add(d, id="S06b", kind="legal_review", requested_on="2025-04-08", date="2025-04-10", reviewer="O3", outcome="passed")
    add(d, id="S06c", kind="legal_review", date="2025-04-30", reviewer="O3", outcome="passed")  # no request day
    assert hits(d, "REV-011", profile="guangdong") == [("REV-011", "S06")]
    step(d, "S06b")["date"] = "2025-04-16"  # 04-08 + 5 WD = 04-15
    assert hits(d, "REV-011", profile="guangdong") == [("REV-011", "S06"), ("REV-011", "S06b")]


def test_rev_011_requested_on_round_trips_through_xml(tmp_path: Any) -> None:
    from enforcement_audit import loader, writer
    from enforcement_audit.models import Dossier

    d = timed("2025-04-01", "2025-04-03")
    (tmp_path / "dossier.xml").write_bytes(writer.dossier_xml(Dossier.model_validate(d)))
    text = (tmp_path / "dossier.xml").read_text(encoding="utf-8")
    assert 'requested-on="2025-04-01"' in text
    result = loader.load_dossier(tmp_path)  # validated against dossier-1.0.xsd
    assert result.dossier is not None
    assert not [f for f in result.findings if f.rule_id.startswith(("LOAD-XML", "LOAD-SCHEMA"))]
    assert result.dossier.step_by_id["S06"].requested_on == dt.date(2025, 4, 1)


# ----------------------------------------------------------------- REV-103


def before_notice(enabled: bool = True) -> Any:
    from enforcement_audit.profile import Flag

    return with_params(review_before_notice=Flag(enabled=enabled, source="测试", confidence="confirmed"))


def late_review(day: str = "2025-04-08") -> dict[str, Any]:
    """base_punishment whose only review S06 (passed) comes after the notice S07 (2025-04-07)."""
    d = base_punishment()
    step(d, "S06")["date"] = day
    return d


def test_rev_103_meta() -> None:
    rule = rule_by_id("REV-103")
    assert rule is not None
    assert rule.meta.severity is Severity.WARNING
    assert rule.meta.parameters == ("review_before_notice",)
    assert [str(b) for b in rule.meta.legal_basis] == [
        "《市场监督管理行政处罚程序规定》第四十九条（市场监管系统）",
        "《市场监督管理行政处罚程序规定》第五十六条（市场监管系统；其他地区依配置参数 review_before_notice 所载规定）",
    ]


@pytest.mark.parametrize("profile", ["national", "guangdong", "market-regulation"])
@pytest.mark.parametrize("base", BASES)
def test_rev_103_bases_pass(base: Any, profile: str) -> None:
    assert hits(base(), "REV-103", profile=profile) == []


def test_rev_103_silent_unless_enabled() -> None:
    d = late_review()
    assert hits(d, "REV-103") == []
    assert hits(d, "REV-103", profile="guangdong") == []
    assert hits(d, "REV-103", profile=before_notice(False)) == []


def test_rev_103_review_after_notice() -> None:
    d = late_review()
    assert hits(d, "REV-103", profile="market-regulation") == [("REV-103", "S07")]
    assert messages(d, "REV-103", profile="market-regulation") == [
        "S07 行政处罚事先告知（2025-04-07）之前没有通过的法制审核（最早通过的审核为 S06 法制审核（2025-04-08））："
        "所选配置要求先经法制审核（参数 review_before_notice），审核通过后再送达事先告知书。"
    ]
    assert hits(d, "REV-103", profile=before_notice()) == [("REV-103", "S07")]


def test_rev_103_same_day_passes() -> None:
    assert hits(late_review("2025-04-07"), "REV-103", profile="market-regulation") == []


def test_rev_103_same_day_ordered_by_time() -> None:
    d = late_review("2025-04-07")
    step(d, "S06")["start"] = "2025-04-07T15:00:00"
    step(d, "S07")["start"] = "2025-04-07T10:00:00"
    assert hits(d, "REV-103", profile="market-regulation") == [("REV-103", "S07")]
    step(d, "S06")["start"] = "2025-04-07T09:00:00"
    assert hits(d, "REV-103", profile="market-regulation") == []


def test_rev_103_returned_before_notice_passed_after() -> None:
    d = base_punishment()
    step(d, "S06")["outcome"] = "returned"
    add(d, id="S07b", kind="legal_review", date="2025-04-15", reviewer="O3", outcome="passed")
    assert hits(d, "REV-103", profile="market-regulation") == [("REV-103", "S07")]


def test_rev_103_re_review_after_statements_is_fine() -> None:
    d = add(base_punishment(), id="S09b", kind="legal_review", date="2025-04-15", reviewer="O3", outcome="passed")
    assert hits(d, "REV-103", profile="market-regulation") == []


def test_rev_103_no_passed_review_not_judged() -> None:
    d = late_review()
    step(d, "S06")["outcome"] = "returned"
    assert hits(d, "REV-103", profile="market-regulation") == []
    drop_step(d, "S06")
    assert hits(d, "REV-103", profile="market-regulation") == []


def test_rev_103_each_notice_judged() -> None:
    d = late_review("2025-04-10")
    add(d, id="S07b", kind="advance_notice", date="2025-04-11", rights=["statement", "defence", "hearing"])
    assert hits(d, "REV-103", profile="market-regulation") == [("REV-103", "S07")]
    step(d, "S07b")["date"] = "2025-04-09"
    assert hits(d, "REV-103", profile="market-regulation") == [("REV-103", "S07"), ("REV-103", "S07b")]


def test_rev_103_review_after_a_hearing_in_a_major_rights_case_is_exempt() -> None:
    d = flag(late_review("2025-04-18"), major_rights=True)
    assert hits(d, "REV-103", profile="market-regulation") == [("REV-103", "S07")]  # no hearing: not exempt
    add(d, id="S09h", kind="hearing", date="2025-04-15")
    assert hits(d, "REV-103", profile="market-regulation") == []
    d = flag(late_review("2025-04-18"), major_rights=True, hearing_held=True)
    assert hits(d, "REV-103", profile="market-regulation") == []
    d = add(late_review("2025-04-18"), id="S09h", kind="hearing", date="2025-04-15")  # hearing, no major rights
    assert hits(d, "REV-103", profile="market-regulation") == [("REV-103", "S07")]


def test_rev_103_summary_procedure_not_judged() -> None:
    d = late_review()
    d["case"]["procedure"] = "summary"
    assert hits(d, "REV-103", profile="market-regulation") == []


# ---------------------------------------------------------------- REV-004 (review package, format 1.2 kinds)


def submitted(d: dict[str, Any], *kinds: str, review: str = "S06") -> dict[str, Any]:
    """A 1.2 dossier whose legal review ``review`` also records documents of the given kinds (D30…)."""
    d["schema_version"] = "1.2"
    ids = [f"D{30 + i}" for i in range(len(kinds))]
    d["documents"] += [{"id": i, "kind": k} for i, k in zip(ids, kinds, strict=True)]
    step(d, review)["records"] = list(step(d, review)["records"]) + [{"document": i} for i in ids]
    return d


def test_rev_004_meta() -> None:
    meta = rule_by_id("REV-004").meta
    assert (meta.severity, meta.confidence) == (Severity.WARNING, Confidence.CONFIRMED)
    assert [str(b) for b in meta.legal_basis] == ["《广东省重大行政执法决定法制审核办法》第十四条（参照适用）"]


def test_rev_004_opinion_only() -> None:
    d = submitted(base_punishment())
    findings = run(d, "REV-004")
    assert [(f.rule_id, f.location.step, f.severity) for f in findings] == [("REV-004", "S06", Severity.WARNING)]
    message = findings[0].message
    assert "记录的文书为 legal_review_opinion" in message
    assert "（一）拟作出的行政执法决定" in message and "（二）调查取证记录" in message and "听证" not in message


def test_rev_004_package_complete() -> None:
    d = submitted(base_punishment(), "proposed_decision", "investigation_records")
    assert hits(d, "REV-004") == []


def test_rev_004_case_records_accepted() -> None:
    d = submitted(base_punishment(), "investigation_report", "inquiry_record")
    assert hits(d, "REV-004") == []
    d = submitted(base_punishment(), "investigation_report")
    assert [f.message.split("缺少")[1] for f in run(d, "REV-004")] == ["广东办法第十四条要求提供的：（二）调查取证记录。"]


def test_rev_004_hearing_before_review_needs_transcript_and_report() -> None:
    d = submitted(base_punishment(), "proposed_decision", "investigation_records", "hearing_record")
    add(d, id="S05h", kind="hearing", date="2025-04-02")
    findings = run(d, "REV-004")
    assert [(f.rule_id, f.location.step) for f in findings] == [("REV-004", "S06")]
    assert findings[0].message.endswith("缺少广东办法第十四条要求提供的：听证报告。")
    d = submitted(base_punishment(), "proposed_decision", "investigation_records", "hearing_transcript", "hearing_report")
    add(d, id="S05h", kind="hearing", date="2025-04-02")
    assert hits(d, "REV-004") == []
    # a hearing after the review is not part of that review's package
    d = submitted(base_punishment(), "proposed_decision", "investigation_records")
    add(d, id="S09h", kind="hearing", date="2025-04-15")
    assert hits(d, "REV-004") == []


def test_rev_004_risk_assessment_in_dossier() -> None:
    d = submitted(base_punishment(), "proposed_decision", "investigation_records")
    d["documents"].append({"id": "D40", "kind": "risk_assessment", "date": "2025-04-01"})
    findings = run(d, "REV-004")
    assert [(f.rule_id, f.location.step) for f in findings] == [("REV-004", "S06")]
    assert "风险评估报告" in findings[0].message and "专家论证报告" not in findings[0].message
    d["documents"][-1]["date"] = "2025-04-10"  # made after the review
    assert hits(d, "REV-004") == []


def test_rev_004_older_formats_not_judged() -> None:
    for base in BASES:
        assert hits(base(), "REV-004") == []
    d = submitted(base_punishment())
    d["schema_version"] = "1.1"
    assert hits(d, "REV-004") == []


# ------------------------------------------------------------------ REV-012 joint decisions reviewed by each body (广东)


def joint(**attrs: Any) -> dict[str, Any]:
    """A 1.2 base punishment whose decision S10 is made jointly with B-CX-EP; review S06 with ``attrs``."""
    d = base_punishment()
    d["schema_version"] = "1.2"
    step(d, "S10")["co_deciders"] = "B-CX-EP"
    step(d, "S06").update(attrs)
    return d


def test_rev_012_meta() -> None:
    meta = rule_by_id("REV-012").meta
    assert (meta.severity, meta.confidence) == (Severity.WARNING, Confidence.CONFIRMED)
    assert [str(b) for b in meta.legal_basis] == ["《广东省重大行政执法决定法制审核办法》第七条（参照适用）"]
    assert meta.parameters == ("joint_review_separately",)
    assert load_profile("national").parameters.joint_review_separately is None


def test_rev_012_co_decider_did_not_review() -> None:
    findings = run(joint(), "REV-012", profile="guangdong")
    assert [(f.rule_id, f.location.step, f.severity) for f in findings] == [("REV-012", "S10", Severity.WARNING)]
    assert findings[0].message == (
        "S10 处罚决定（2025-04-21）由 B-CX-MR、B-CX-EP 共同作出，"
        "但案卷中没有 B-CX-EP 在决定前作出的法制审核（review-body）。")


def test_rev_012_each_body_reviewed() -> None:
    d = joint()
    d["steps"].append({"id": "S06b", "kind": "legal_review", "date": "2025-04-07", "review_body": "B-CX-EP"})
    assert hits(d, "REV-012", profile="guangdong") == []


def test_rev_012_not_judged() -> None:
    assert hits(joint(), "REV-012") == []  # national profile
    d = joint()
    d["schema_version"] = "1.1"
    assert hits(d, "REV-012", profile="guangdong") == []
    d = joint()
    drop_step(d, "S06")  # no review at all: REV-001's business
    assert hits(d, "REV-012", profile="guangdong") == []


# ================================================================= REV-013 electronic monitoring records reviewed


def monitored(**monitoring: Any) -> dict[str, Any]:
    """A closed 1.2 punishment case whose fine decision S10 (2025-04-21) rests on a speed-camera record D12
    made on 2025-03-02 and reviewed the next day, unless ``monitoring`` changes it (None drops an attribute)."""
    d = base_punishment()
    d["schema_version"] = "1.2"
    record = {"device": "测速仪 No.3201", "recorded_on": "2025-03-02", "record_reviewed_on": "2025-03-03"}
    record.update(monitoring)
    d["documents"].append({"id": "D12", "kind": "monitoring_record", "evidence_kind": "electronic_data",
                           "monitoring": {k: v for k, v in record.items() if v is not None}})
    return d


def test_rev_013_meta() -> None:
    rule = rule_by_id("REV-013")
    assert rule is not None
    assert (rule.meta.severity, rule.meta.confidence) == (Severity.ERROR, Confidence.CONFIRMED)
    assert [(b.article, b.paragraph) for b in rule.meta.legal_basis] == [(41, 2)]


def test_rev_013_reviewed_before_the_decision() -> None:
    assert hits(monitored(), "REV-013") == []
    assert hits(monitored(record_reviewed_on="2025-04-21", record_review_passed=True), "REV-013") == []


def test_rev_013_reviewed_after_the_decision() -> None:
    d = monitored(record_reviewed_on="2025-04-25")
    assert [(f.rule_id, f.location.step, f.location.document) for f in run(d, "REV-013")] == [("REV-013", "S10", "D12")]
    assert messages(d, "REV-013") == [
        "S10 处罚决定（2025-04-21）所依据的文书 D12（电子技术监控设备 测速仪 No.3201记录）至 2025-04-25 才审核记录内容，"
        "晚于处罚决定，决定作出时该记录尚未经审核。"]
    d["case"]["status"] = "open"
    assert hits(d, "REV-013") == [("REV-013", "S10")]


def test_rev_013_review_failed() -> None:
    d = monitored(record_review_passed=False)
    assert hits(d, "REV-013") == [("REV-013", "S10")]
    assert messages(d, "REV-013")[0].endswith("经审核不符合要求，不得作为行政处罚的证据。")


def test_rev_013_no_review_recorded_is_not_an_error() -> None:
    # an untranscribed review date does not show the record went unreviewed: PUN-EVID-103's warning
    d = monitored(record_reviewed_on=None)
    assert hits(d, "REV-013") == []
    assert hits(d, "PUN-EVID-103") == [("PUN-EVID-103", "S10")]
    assert "未载明行政机关审核记录内容的日期（record-reviewed-on）" in messages(d, "PUN-EVID-103")[0]
    d["case"]["status"] = "open"  # an open case may not have filed the review yet
    assert hits(d, "PUN-EVID-103") == []


def test_rev_013_scope() -> None:
    d = monitored(record_reviewed_on="2025-04-25")
    d["schema_version"] = "1.1"
    assert hits(d, "REV-013") == []
    d = monitored(recorded_on="2021-03-02", record_reviewed_on="2021-05-01")
    step(d, "S10")["date"] = step(d, "S10")["approved_on"] = "2021-04-21"
    assert hits(d, "REV-013") == []
    # the decision is judged on the earliest decision from 2021-07-15 not before the record
    d = monitored(recorded_on="2021-07-10", record_reviewed_on="2021-07-20")
    step(d, "S10")["date"] = step(d, "S10")["approved_on"] = "2021-07-19"
    assert hits(d, "REV-013") == [("REV-013", "S10")]
