import copy
from typing import Any

from enforcement_audit.engine import Confidence, Severity, bases_for
from enforcement_audit.profile import Flag, Profile, load_profile
from enforcement_audit.rules import rule_by_id
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


def test_subj_001_known_body_passes() -> None:
    for base in BASES:
        assert hits(base(), "SUBJ-001") == []


def test_subj_001_unknown_body() -> None:
    d = base_punishment()
    d["case"]["acting_body"]["id"] = "B-NOWHERE"
    assert hits(d, "SUBJ-001") == [("SUBJ-001", None)]


# ---------------------------------------------------------------- shared helpers


def reg() -> dict[str, Any]:
    return copy.deepcopy(REGISTRY)


def body(r: dict[str, Any], body_id: str) -> dict[str, Any]:
    return next(b for b in r["bodies"] if b["id"] == body_id)


def power(r: dict[str, Any], body_id: str, matter: str) -> dict[str, Any]:
    return next(p for p in body(r, body_id)["powers"] if p["matter"] == matter)


def decide_on(d: dict[str, Any], day: str) -> dict[str, Any]:
    """Move the decision S10 of base_punishment (the act day) to ``day``."""
    step(d, "S10")["date"] = day
    return d


def act_as(d: dict[str, Any], body_id: str, capacity: str, principal: str | None = None,
           matter: str | None = None) -> dict[str, Any]:
    d["case"]["acting_body"] = {"id": body_id, "capacity": capacity}
    if principal is not None:
        d["case"]["acting_body"]["principal"] = principal
    if matter is not None:
        d["case"]["matter"]["code"] = matter
    return d


def township(day: str = "2025-04-21") -> dict[str, Any]:
    """base_punishment decided by the township B-QS-TOWN on a transferred matter (compliant)."""
    return decide_on(act_as(base_punishment(), "B-QS-TOWN", "delegated", matter="TS-BLD-001"), day)


def entrusted(day: str = "2025-04-21") -> dict[str, Any]:
    """base_punishment decided by the entrusted organisation B-CX-MR-TEAM for B-CX-MR (compliant)."""
    return decide_on(act_as(base_punishment(), "B-CX-MR-TEAM", "entrusted", principal="B-CX-MR"), day)


def messages(d: dict[str, Any], rule_id: str, **kwargs: Any) -> list[str]:
    return [f.message for f in run(d, rule_id, **kwargs)]


# ---------------------------------------------------------------- SUBJ-001 (more)


def test_subj_001_unknown_principal() -> None:
    d = act_as(base_punishment(), "B-CX-MR-TEAM", "entrusted", principal="B-NOWHERE")
    assert hits(d, "SUBJ-001") == [("SUBJ-001", None)]


# ---------------------------------------------------------------- SUBJ-003


def test_subj_003_bases_pass() -> None:
    for base in BASES:
        assert hits(base(), "SUBJ-003") == []


def test_subj_003_matter_not_on_list() -> None:
    d = base_punishment()
    d["case"]["matter"]["code"] = "MR-DRUG-009"
    assert hits(d, "SUBJ-003") == [("SUBJ-003", None)]
    (msg,) = messages(d, "SUBJ-003")
    assert "MR-DRUG-009" in msg and "B-CX-MR（城西县市场监督管理局） 的清单中没有该事项" in msg


def test_subj_003_power_valid_from_boundary() -> None:
    r = reg()
    power(r, "B-CX-MR", "MR-FOOD-001")["valid_from"] = "2025-04-21"  # the decision day itself
    assert hits(base_punishment(), "SUBJ-003", reg=r) == []
    power(r, "B-CX-MR", "MR-FOOD-001")["valid_from"] = "2025-04-22"
    assert hits(base_punishment(), "SUBJ-003", reg=r) == [("SUBJ-003", None)]
    (msg,) = messages(base_punishment(), "SUBJ-003", reg=r)
    assert "有效期为 2025-04-22起长期" in msg and "行为日 2025-04-21（S10 处罚决定）" in msg


def test_subj_003_power_valid_to_boundary() -> None:
    r = reg()
    power(r, "B-CX-MR", "MR-FOOD-001")["valid_to"] = "2025-04-21"
    assert hits(base_punishment(), "SUBJ-003", reg=r) == []
    power(r, "B-CX-MR", "MR-FOOD-001")["valid_to"] = "2025-04-20"
    assert hits(base_punishment(), "SUBJ-003", reg=r) == [("SUBJ-003", None)]
    assert "2020-01-01至2025-04-20" in messages(base_punishment(), "SUBJ-003", reg=r)[0]


def test_subj_003_act_day_is_first_on_site_step_without_decision() -> None:
    r = reg()
    power(r, "B-CX-MR", "MR-INS-001")["valid_from"] = "2025-05-09"
    d = base_inspection()  # no decision: the inspection S02 on 2025-05-08 is the act
    assert hits(d, "SUBJ-003", reg=r) == [("SUBJ-003", None)]
    assert "行为日 2025-05-08（S02 现场检查）" in messages(d, "SUBJ-003", reg=r)[0]
    power(r, "B-CX-MR", "MR-INS-001")["valid_from"] = "2025-05-08"
    assert hits(d, "SUBJ-003", reg=r) == []


def test_subj_003_act_day_is_execution_decision() -> None:
    r = reg()
    power(r, "B-CX-MR", "MR-EXE-001")["valid_to"] = "2025-08-19"
    d = base_enforced_execution()  # execution decision S04 on 2025-08-20
    assert hits(d, "SUBJ-003", reg=r) == [("SUBJ-003", None)]
    assert "S04 强制执行决定" in messages(d, "SUBJ-003", reg=r)[0]


def test_subj_003_act_day_is_filing_without_acts() -> None:
    r = reg()
    power(r, "B-CX-MR", "MR-FOOD-001")["valid_from"] = "2025-03-06"
    d = base_punishment()
    for sid in ("S03", "S04", "S10"):
        drop_step(d, sid)
    assert hits(d, "SUBJ-003", reg=r) == [("SUBJ-003", None)]  # filing S02 2025-03-05 is before 03-06
    assert "S02 立案" in messages(d, "SUBJ-003", reg=r)[0]


def test_subj_003_entrusted_uses_principal_power_list() -> None:
    assert hits(entrusted(), "SUBJ-003") == []  # B-CX-MR-TEAM has no powers of its own: the principal's count
    r = reg()
    power(r, "B-CX-MR", "MR-FOOD-001")["valid_to"] = "2024-12-31"
    assert hits(entrusted(), "SUBJ-003", reg=r) == [("SUBJ-003", None)]
    (msg,) = messages(entrusted(), "SUBJ-003", reg=r)
    assert "委托/赋权机关" in msg and "B-CX-MR（城西县市场监督管理局）" in msg


def test_subj_003_entrusted_power_on_the_organisation_does_not_count() -> None:
    r = reg()
    body(r, "B-CX-MR")["powers"] = [p for p in body(r, "B-CX-MR")["powers"] if p["matter"] != "MR-FOOD-001"]
    body(r, "B-CX-MR-TEAM")["powers"] = [{"matter": "MR-FOOD-001", "name": "x", "valid_from": "2020-01-01"}]
    assert hits(entrusted(), "SUBJ-003", reg=r) == [("SUBJ-003", None)]


def test_subj_003_delegated_township_uses_delegator_power_list() -> None:
    assert hits(township(), "SUBJ-003") == []  # B-QS-TOWN has no powers: B-CX-GOV's list counts
    r = reg()
    power(r, "B-CX-GOV", "TS-BLD-001")["valid_to"] = "2025-04-20"
    assert hits(township(), "SUBJ-003", reg=r) == [("SUBJ-003", None)]
    assert "B-CX-GOV（城西县人民政府）" in messages(township(), "SUBJ-003", reg=r)[0]


def test_subj_003_leaves_other_defects_to_other_rules() -> None:
    # unknown body: SUBJ-001; entrusted without principal, township/entrusted acting "own",
    # township without a delegation for the matter: SUBJ-005
    d = base_punishment()
    d["case"]["acting_body"]["id"] = "B-NOWHERE"
    assert hits(d, "SUBJ-003") == []
    assert hits(act_as(base_punishment(), "B-CX-MR-TEAM", "entrusted"), "SUBJ-003") == []
    assert hits(act_as(base_punishment(), "B-CX-MR-TEAM", "own"), "SUBJ-003") == []
    assert hits(act_as(base_punishment(), "B-QS-TOWN", "own", matter="TS-BLD-001"), "SUBJ-003") == []
    assert hits(act_as(base_punishment(), "B-QS-TOWN", "delegated"), "SUBJ-003") == []  # MR-FOOD-001 not transferred


# ---------------------------------------------------------------- SUBJ-005


def test_subj_005_bases_pass() -> None:
    for base in BASES:
        assert hits(base(), "SUBJ-005") == []


def test_subj_005_township_within_delegation() -> None:
    assert hits(township(), "SUBJ-005") == []


def test_subj_005_township_delegation_term_boundaries() -> None:
    assert hits(township("2026-12-31"), "SUBJ-005") == []  # last day of DL-QS-1
    assert hits(township("2022-01-01"), "SUBJ-005") == []  # first day
    assert hits(township("2027-01-01"), "SUBJ-005") == [("SUBJ-005", None)]
    assert hits(township("2021-12-31"), "SUBJ-005") == [("SUBJ-005", None)]
    (msg,) = messages(township("2027-01-01"), "SUBJ-005")
    assert "DL-QS-1：期限 2022-01-01至2026-12-31 不含行为日" in msg and "行为日 2027-01-01（S10 处罚决定）" in msg


def test_subj_005_township_matter_not_transferred() -> None:
    d = act_as(base_punishment(), "B-QS-TOWN", "delegated")  # MR-FOOD-001
    assert hits(d, "SUBJ-005") == [("SUBJ-005", None)]
    assert "DL-QS-1：事项范围（TS-BLD-001）不含 MR-FOOD-001" in messages(d, "SUBJ-005")[0]


def test_subj_005_delegated_body_without_any_delegation() -> None:
    d = act_as(base_punishment(), "B-CX-MR", "delegated")
    assert hits(d, "SUBJ-005") == [("SUBJ-005", None)]
    assert "没有该主体的任何委托/赋权记录" in messages(d, "SUBJ-005")[0]


def test_subj_005_entrusted_within_entrustment() -> None:
    assert hits(entrusted(), "SUBJ-005") == []
    assert hits(entrusted("2027-12-31"), "SUBJ-005") == []
    assert hits(entrusted("2023-01-01"), "SUBJ-005") == []


def test_subj_005_entrusted_out_of_term() -> None:
    assert hits(entrusted("2028-01-01"), "SUBJ-005") == [("SUBJ-005", None)]
    assert hits(entrusted("2022-12-31"), "SUBJ-005") == [("SUBJ-005", None)]


def test_subj_005_entrusted_matter_not_entrusted() -> None:
    d = act_as(entrusted(), "B-CX-MR-TEAM", "entrusted", principal="B-CX-MR", matter="MR-INS-001")
    assert hits(d, "SUBJ-005") == [("SUBJ-005", None)]
    assert "不含 MR-INS-001" in messages(d, "SUBJ-005")[0]


def test_subj_005_entrusted_by_another_body() -> None:
    d = act_as(base_punishment(), "B-CX-MR-TEAM", "entrusted", principal="B-CX-GOV")
    assert hits(d, "SUBJ-005") == [("SUBJ-005", None)]
    assert "委托机关为 B-CX-MR，与案卷载明的 B-CX-GOV 不符" in messages(d, "SUBJ-005")[0]


def test_subj_005_entrusted_without_principal() -> None:
    d = act_as(base_punishment(), "B-CX-MR-TEAM", "entrusted")
    assert hits(d, "SUBJ-005") == [("SUBJ-005", None)]
    assert "未载明委托机关" in messages(d, "SUBJ-005")[0]


def test_subj_005_entrusted_organisation_acting_in_own_name() -> None:
    d = act_as(base_punishment(), "B-CX-MR-TEAM", "own")
    assert hits(d, "SUBJ-005") == [("SUBJ-005", None)]
    (msg,) = messages(d, "SUBJ-005")
    assert "受委托组织" in msg and "capacity=own" in msg and "DL-MR-1" in msg


def test_subj_005_township_acting_in_own_name() -> None:
    d = act_as(base_punishment(), "B-QS-TOWN", "own", matter="TS-BLD-001")
    assert hits(d, "SUBJ-005") == [("SUBJ-005", None)]
    assert "应依赋权 DL-QS-1 以赋权方式（capacity=delegated）实施" in messages(d, "SUBJ-005")[0]
    d = decide_on(d, "2027-01-04")
    assert "也没有在该日有效的赋权" in messages(d, "SUBJ-005")[0]


def test_subj_005_township_with_its_own_power_may_act_in_own_name() -> None:
    r = reg()
    body(r, "B-QS-TOWN")["powers"] = [{"matter": "TS-BLD-001", "name": "x", "valid_from": "2020-01-01"}]
    d = act_as(base_punishment(), "B-QS-TOWN", "own", matter="TS-BLD-001")
    assert hits(d, "SUBJ-005", reg=r) == []
    assert hits(d, "SUBJ-003", reg=r) == []


def test_subj_005_unknown_body_left_to_subj_001() -> None:
    assert hits(act_as(base_punishment(), "B-NOWHERE", "entrusted"), "SUBJ-005") == []


def test_subj_rules_report_each_defect_once() -> None:
    d = township("2027-01-01")
    assert hits(d, "SUBJ") == [("SUBJ-005", None)]  # the delegator's power list is still in force
    d = act_as(base_punishment(), "B-CX-MR-TEAM", "own")
    assert hits(d, "SUBJ") == [("SUBJ-005", None)]


# ---------------------------------------------------------------- SUBJ-008


def entrusted_seizure() -> dict[str, Any]:
    return act_as(base_coercive_measure(), "B-CX-MR-TEAM", "entrusted", principal="B-CX-MR")


def test_subj_008_bases_pass() -> None:
    for base in BASES:
        assert hits(base(), "SUBJ-008") == []


def test_subj_008_entrusted_seizure() -> None:
    d = entrusted_seizure()
    assert hits(d, "SUBJ-008") == [("SUBJ-008", "S03")]  # step S03 and its measure M1: one defect
    (f,) = run(d, "SUBJ-008")
    assert "S03 扣押（2025-06-03）" in f.message and "不得委托" in f.message
    assert f.severity is Severity.ERROR
    assert str(f.legal_basis[0]) == "《中华人民共和国行政强制法》第十七条第一款"


def test_subj_008_entrusted_organisation_by_registry_type() -> None:
    d = act_as(base_coercive_measure(), "B-CX-MR-TEAM", "own")
    assert hits(d, "SUBJ-008") == [("SUBJ-008", "S03")]


def test_subj_008_entrusted_capacity_of_any_body() -> None:
    d = act_as(base_coercive_measure(), "B-CX-GOV", "entrusted", principal="B-CX-MR")
    assert hits(d, "SUBJ-008") == [("SUBJ-008", "S03")]


def test_subj_008_seal_up_and_freeze() -> None:
    d = entrusted_seizure()
    d["steps"].append({**step(d, "S03"), "id": "S07", "kind": "seal_up"})
    d["measures"].append({"id": "M2", "kind": "freeze", "step": "S02", "start": "2025-06-03"})
    assert hits(d, "SUBJ-008") == [("SUBJ-008", "S02"), ("SUBJ-008", "S03"), ("SUBJ-008", "S07")]
    assert any("M2（冻结" in m for m in messages(d, "SUBJ-008"))


def test_subj_008_measure_without_a_step() -> None:
    d = entrusted_seizure()
    drop_step(d, "S03")  # built without the loader, which would reject the dangling reference
    assert hits(d, "SUBJ-008") == [("SUBJ-008", None)]


def test_subj_008_entrusted_punishment_without_measures_passes() -> None:
    assert hits(entrusted(), "SUBJ-008") == []


def test_subj_008_agency_own_seizure_passes() -> None:
    assert hits(base_coercive_measure(), "SUBJ-008") == []


# ---------------------------------------------------------------- SUBJ-009


def measures_of(r: dict[str, Any], body_id: str, matter: str, *kinds: str) -> dict[str, Any]:
    """Set the measures listed with a power (returns the registry)."""
    power(r, body_id, matter)["measures"] = list(kinds)
    return r


def with_seal_up(d: dict[str, Any]) -> dict[str, Any]:
    """base_coercive_measure with a second on-site act S07, a seal-up, on 2025-06-04."""
    d["steps"].append({**step(d, "S03"), "id": "S07", "kind": "seal_up",
                       "start": "2025-06-04T10:00:00", "end": "2025-06-04T11:00:00"})
    return d


def test_subj_009_bases_pass() -> None:
    for base in BASES:
        assert hits(base(), "SUBJ-009") == []


def test_subj_009_seizure_not_listed() -> None:
    r = measures_of(reg(), "B-CX-MR", "MR-FOOD-001", "seal_up")
    d = base_coercive_measure()
    assert hits(d, "SUBJ-009", reg=r) == [("SUBJ-009", "S03")]  # step S03 and its measure M1: one finding
    (f,) = run(d, "SUBJ-009", reg=r)
    assert f.message == (
        "S03 扣押（2025-06-03）：执法事项 MR-FOOD-001「（测试事项）」在实施机关权责清单中的职权未列明扣押措施"
        "（B-CX-MR（城西县市场监督管理局）「对销售不符合食品安全标准的食品的行政处罚」列明的措施为 查封）；"
        "查封、扣押只能由法律、法规规定的行政机关实施。")
    assert f.severity is Severity.ERROR
    assert [str(b) for b in f.legal_basis][:2] == ["《中华人民共和国行政强制法》第二十二条",
                                                   "《中华人民共和国行政强制法》第二十九条第一款"]


def test_subj_009_power_without_any_measure() -> None:
    r = measures_of(reg(), "B-CX-MR", "MR-FOOD-001")
    d = with_seal_up(base_coercive_measure())
    assert hits(d, "SUBJ-009", reg=r) == [("SUBJ-009", "S03"), ("SUBJ-009", "S07")]
    assert "列明的措施为 （无）" in messages(d, "SUBJ-009", reg=r)[1]
    # a power that lists no measures may be a registry that does not record them: a warning
    assert {f.severity for f in run(d, "SUBJ-009", reg=r)} == {Severity.WARNING}


def test_subj_009_seal_up_listed_seizure_not() -> None:
    r = measures_of(reg(), "B-CX-MR", "MR-FOOD-001", "seizure")
    d = with_seal_up(base_coercive_measure())
    assert hits(d, "SUBJ-009", reg=r) == [("SUBJ-009", "S07")]
    assert "未列明查封措施" in messages(d, "SUBJ-009", reg=r)[0]


def test_subj_009_seizure_in_a_punishment_case() -> None:
    d = base_punishment()
    d["steps"].append({**step(d, "S04"), "id": "S16", "kind": "seizure"})
    assert hits(d, "SUBJ-009") == []
    d["case"]["matter"]["code"] = "MR-INS-001"  # on the list, but without measures
    assert hits(d, "SUBJ-009") == [("SUBJ-009", "S16")]


def test_subj_009_freeze_judged_like_seal_up() -> None:
    d = base_coercive_measure()
    d["measures"].append({"id": "M2", "kind": "freeze", "step": "S02", "start": "2025-06-03"})
    assert hits(d, "SUBJ-009") == [("SUBJ-009", "S02")]  # the power lists seal_up and seizure only
    (msg,) = messages(d, "SUBJ-009")
    assert msg.startswith("强制措施 M2（冻结，自 2025-06-03 起）：")
    assert "冻结存款、汇款只能由法律规定的行政机关实施" in msg and "名录不记载职权依据的位阶" in msg
    r = measures_of(reg(), "B-CX-MR", "MR-FOOD-001", "seal_up", "seizure", "freeze")
    assert hits(d, "SUBJ-009", reg=r) == []


def test_subj_009_freeze_on_a_seizure_step_is_its_own_finding() -> None:
    d = base_coercive_measure()
    d["measures"].append({"id": "M2", "kind": "freeze", "step": "S03", "start": "2025-06-03"})
    assert hits(d, "SUBJ-009") == [("SUBJ-009", "S03")]
    assert "M2（冻结" in messages(d, "SUBJ-009")[0]


def test_subj_009_power_in_force_on_the_day_boundary() -> None:
    r = reg()
    old = power(r, "B-CX-MR", "MR-FOOD-001")
    old["valid_to"] = "2025-06-03"  # the seizure day: the old power (seal_up seizure) still in force
    body(r, "B-CX-MR")["powers"].append({"matter": "MR-FOOD-001", "name": "新版事项", "valid_from": "2025-06-04"})
    assert hits(base_coercive_measure(), "SUBJ-009", reg=r) == []
    old["valid_to"] = "2025-06-02"
    body(r, "B-CX-MR")["powers"][-1]["valid_from"] = "2025-06-03"
    assert hits(base_coercive_measure(), "SUBJ-009", reg=r) == [("SUBJ-009", "S03")]
    assert "「新版事项」列明的措施为 （无）" in messages(base_coercive_measure(), "SUBJ-009", reg=r)[0]


def test_subj_009_no_power_in_force_left_to_subj_003() -> None:
    r = reg()
    power(r, "B-CX-MR", "MR-FOOD-001")["valid_from"] = "2025-06-04"
    assert hits(base_coercive_measure(), "SUBJ-009", reg=r) == []
    assert hits(base_coercive_measure(), "SUBJ-003", reg=r) == [("SUBJ-003", None)]


def test_subj_009_delegated_township_uses_delegator_power() -> None:
    d = act_as(base_coercive_measure(), "B-QS-TOWN", "delegated", matter="TS-BLD-001")
    assert hits(d, "SUBJ-009") == [("SUBJ-009", "S03")]  # B-CX-GOV's power lists no measure
    assert "在赋权机关权责清单中" in messages(d, "SUBJ-009")[0]
    r = measures_of(reg(), "B-CX-GOV", "TS-BLD-001", "seizure")
    assert hits(d, "SUBJ-009", reg=r) == []


def test_subj_009_township_with_own_power() -> None:
    r = reg()
    body(r, "B-QS-TOWN")["powers"] = [{"matter": "TS-BLD-001", "name": "x", "valid_from": "2020-01-01"}]
    d = act_as(base_coercive_measure(), "B-QS-TOWN", "own", matter="TS-BLD-001")
    assert hits(d, "SUBJ-009", reg=r) == [("SUBJ-009", "S03")]
    body(r, "B-QS-TOWN")["powers"][0]["measures"] = ["seizure"]
    assert hits(d, "SUBJ-009", reg=r) == []


def test_subj_009_entrusted_left_to_subj_008() -> None:
    r = measures_of(reg(), "B-CX-MR", "MR-FOOD-001")
    assert hits(entrusted_seizure(), "SUBJ-009", reg=r) == []
    assert hits(entrusted_seizure(), "SUBJ", reg=r) == [("SUBJ-008", "S03")]


def test_subj_009_unknown_body_left_to_subj_001() -> None:
    d = act_as(base_coercive_measure(), "B-NOWHERE", "own")
    assert hits(d, "SUBJ-009") == []


# ---------------------------------------------------------------- SUBJ-013


def in_region(d: dict[str, Any], region: str) -> dict[str, Any]:
    d["case"]["region"] = region
    return d


def test_subj_013_bases_pass() -> None:
    for base in BASES:
        assert hits(base(), "SUBJ-013") == []


def test_subj_013_region_outside_territory() -> None:
    d = in_region(base_punishment(), "330299")
    assert hits(d, "SUBJ-013") == [("SUBJ-013", None)]
    (f,) = run(d, "SUBJ-013")
    assert f.message == ("案件行为地区划代码 330299 不在B-CX-MR（城西县市场监督管理局） 的管辖区域 330199之内；"
                         "行政处罚由违法行为发生地的行政机关管辖，行政强制在法定职权范围内实施。")
    assert f.severity is Severity.ERROR
    assert str(f.legal_basis[0]) == "《中华人民共和国行政处罚法》第二十二条"


def test_subj_013_prefix_boundaries() -> None:
    assert hits(in_region(base_punishment(), "330199101"), "SUBJ-013") == []  # a township inside the county
    assert hits(in_region(base_punishment(), "330198"), "SUBJ-013") == [("SUBJ-013", None)]
    assert hits(in_region(base_punishment(), "33019"), "SUBJ-013") == [("SUBJ-013", None)]  # wider than the county


def test_subj_013_coercion_cases() -> None:
    assert hits(in_region(base_coercive_measure(), "330299"), "SUBJ-013") == [("SUBJ-013", None)]
    assert hits(in_region(base_enforced_execution(), "330299"), "SUBJ-013") == [("SUBJ-013", None)]


def test_subj_013_delegated_township_may_act_in_the_delegators_territory() -> None:
    assert hits(township(), "SUBJ-013") == []  # region 330199: B-CX-GOV's territory (B-QS-TOWN: 330199101)
    d = in_region(township(), "330299")
    assert hits(d, "SUBJ-013") == [("SUBJ-013", None)]
    assert "B-QS-TOWN（城西县青山镇人民政府） 的管辖区域 330199101、B-CX-GOV（城西县人民政府） 的管辖区域 330199" in (
        messages(d, "SUBJ-013")[0])


def test_subj_013_township_in_own_name_only_its_own_territory() -> None:
    d = act_as(base_punishment(), "B-QS-TOWN", "own", matter="TS-BLD-001")
    assert hits(d, "SUBJ-013") == [("SUBJ-013", None)]  # 330199 is not inside 330199101
    assert hits(in_region(d, "330199101"), "SUBJ-013") == []


def test_subj_013_entrusted_principal_territory() -> None:
    r = reg()
    body(r, "B-CX-MR-TEAM")["territory"] = "330188"
    assert hits(entrusted(), "SUBJ-013", reg=r) == []  # the principal B-CX-MR covers 330199
    d = act_as(base_punishment(), "B-CX-MR-TEAM", "entrusted")  # no principal: own territory only
    assert hits(d, "SUBJ-013", reg=r) == [("SUBJ-013", None)]


def test_subj_013_pre_2021_act_cites_the_old_text() -> None:
    d = decide_on(in_region(base_punishment(), "330299"), "2021-07-14")
    assert "（行为日 2021-07-14（S10 处罚决定）早于2021年7月15日，适用2017年修正的行政处罚法第二十条）" in (
        messages(d, "SUBJ-013")[0])
    d = decide_on(in_region(base_punishment(), "330299"), "2021-07-15")
    assert "2017年修正" not in messages(d, "SUBJ-013")[0]


def test_subj_013_inspection_cases_left_to_ins_014() -> None:
    d = in_region(base_inspection(), "330299")
    assert hits(d, "SUBJ-013") == []
    assert hits(d, "SUBJ-013", "INS-014") == [("INS-014", None)]


def test_subj_013_unknown_body_left_to_subj_001() -> None:
    d = act_as(in_region(base_punishment(), "330299"), "B-NOWHERE", "own")
    assert hits(d, "SUBJ-013") == []


# ---------------------------------------------------------------- SUBJ-014 detention only by public security


def detention(d: dict[str, Any], fine_too: bool = True) -> dict[str, Any]:
    """base_punishment whose decision S10 imposes 行政拘留 (on a citizen)."""
    d["case"]["party"] = {"kind": "individual", "name": "张某", "id_number": "330199199001010011"}
    kinds = [{"kind": "detention"}] + ([{"kind": "fine", "amount": "500"}] if fine_too else [])
    step(d, "S10")["penalties"] = kinds
    return d


def with_sector(sector: str, body_id: str = "B-CX-MR") -> dict[str, Any]:
    r = reg()
    body(r, body_id)["sector"] = sector
    return r


def test_subj_014_bases_pass() -> None:
    for base in BASES:
        assert hits(base(), "SUBJ-014", reg=with_sector("market_regulation")) == []


def test_subj_014_public_security_passes() -> None:
    assert hits(detention(base_punishment()), "SUBJ-014", reg=with_sector("public_security")) == []


def test_subj_014_other_sector_fails() -> None:
    d = detention(base_punishment())
    found = run(d, "SUBJ-014", reg=with_sector("market_regulation"))
    assert [(f.rule_id, f.location.step) for f in found] == [("SUBJ-014", "S10")]
    assert found[0].severity is Severity.ERROR
    assert found[0].message == (
        "S10 处罚决定（2025-04-21）决定行政拘留，但决定机关 B-CX-MR（城西县市场监督管理局）在主体名录中的领域为 "
        "market_regulation，不是公安机关；限制人身自由的行政处罚权只能由公安机关和法律规定的其他机关行使"
        "（行政处罚法第十八条第三款）。")


def test_subj_014_sector_not_recorded_not_judged() -> None:
    assert "sector" not in body(REGISTRY, "B-CX-MR")
    assert hits(detention(base_punishment()), "SUBJ-014") == []


def test_subj_014_no_detention_passes() -> None:
    d = base_punishment()  # fine only
    assert hits(d, "SUBJ-014", reg=with_sector("market_regulation")) == []


def test_subj_014_detention_alone_and_every_decision() -> None:
    d = detention(base_punishment(), fine_too=False)
    extra = {**step(d, "S10"), "id": "S10B", "date": "2025-04-23", "records": []}
    d["steps"].insert(d["steps"].index(step(d, "S10")) + 1, extra)
    assert hits(d, "SUBJ-014", reg=with_sector("urban_management")) == [
        ("SUBJ-014", "S10"), ("SUBJ-014", "S10B")]


def test_subj_014_pre_2021_decision_cites_the_old_text() -> None:
    r = with_sector("market_regulation")
    old = messages(decide_on(detention(base_punishment()), "2021-07-14"), "SUBJ-014", reg=r)
    assert len(old) == 1 and "适用2017年修正的行政处罚法第十六条" in old[0]
    new = messages(decide_on(detention(base_punishment()), "2021-07-15"), "SUBJ-014", reg=r)
    assert len(new) == 1 and "2017年修正" not in new[0] and "第十八条第三款" in new[0]


def test_subj_014_entrusted_judged_on_the_principal() -> None:
    d = detention(entrusted())
    r = with_sector("public_security")  # principal B-CX-MR
    body(r, "B-CX-MR-TEAM")["sector"] = "market_regulation"
    assert hits(d, "SUBJ-014", reg=r) == []
    r = with_sector("market_regulation")
    body(r, "B-CX-MR-TEAM")["sector"] = "public_security"
    assert hits(d, "SUBJ-014", reg=r) == [("SUBJ-014", "S10")]


def test_subj_014_entrusted_without_principal_judged_on_the_acting_body() -> None:
    d = detention(act_as(base_punishment(), "B-CX-MR-TEAM", "entrusted"))
    assert hits(d, "SUBJ-014", reg=with_sector("market_regulation", "B-CX-MR-TEAM")) == [("SUBJ-014", "S10")]


def test_subj_014_delegated_township_judged_on_itself() -> None:
    d = detention(act_as(base_punishment(), "B-QS-TOWN", "delegated", matter="TS-BLD-001"))
    assert hits(d, "SUBJ-014", reg=with_sector("township", "B-QS-TOWN")) == [("SUBJ-014", "S10")]


def test_subj_014_unknown_body_left_to_subj_001() -> None:
    d = detention(act_as(base_punishment(), "B-NOWHERE", "own"))
    assert hits(d, "SUBJ-014", reg=with_sector("market_regulation")) == []


def test_subj_014_only_punishment_cases() -> None:
    meta = rule_by_id("SUBJ-014").meta
    assert {t.value for t in meta.case_types} == {"punishment"}
    assert [(b.article, b.paragraph, b.item) for b in meta.legal_basis] == [(18, 3, None), (9, None, 5), (16, None, None)]


# ---------------------------------------------------------------- SUBJ-011 concentrated enforcement rests on a transfer decision


def concentrated(**attrs: Any) -> dict[str, Any]:
    """The registry with B-CX-MR's MR-FOOD-001 power marked as exercised by 相对集中行政处罚权 (registry 1.2)."""
    r = reg()
    power(r, "B-CX-MR", "MR-FOOD-001").update({"concentrated": True, **attrs})
    return r


def test_subj_011_meta() -> None:
    meta = rule_by_id("SUBJ-011").meta
    assert meta.severity is Severity.ERROR
    by_type = {t.value: [str(b) for b in bases_for(meta.legal_basis, t)] for t in sorted(meta.case_types)}
    assert by_type == {
        "coercive_measure": ["《中华人民共和国行政强制法》第十七条第二款"],
        "enforced_execution": ["《中华人民共和国行政处罚法》第十八条第二款（参照适用）"],  # Art 17 is on coercive measures only
        "inspection": ["《中华人民共和国行政处罚法》第十八条第二款（参照适用）"],
        "punishment": ["《中华人民共和国行政处罚法》第十八条第二款"],
    }


def test_subj_011_no_decision_recorded() -> None:
    findings = run(base_punishment(), "SUBJ-011", reg=concentrated())
    assert [(f.rule_id, f.location.step, f.severity) for f in findings] == [("SUBJ-011", "S10", Severity.ERROR)]
    assert findings[0].message == (
        "B-CX-MR（城西县市场监督管理局） 以相对集中行政处罚权（综合行政执法）行使事项 MR-FOOD-001「（测试事项）」："
        "未载明移交处罚权的决定（transfer-decision）；未载明作出决定的机关（transfer-by）。")


def test_subj_011_decided_by_another_organ_or_later() -> None:
    r = concentrated(transfer_decision="城西县人民政府通知（虚构）", transfer_by="other", transfer_decided_on="2025-12-01")
    findings = run(base_punishment(), "SUBJ-011", reg=r)
    assert [(f.rule_id, f.location.step) for f in findings] == [("SUBJ-011", "S10")]
    assert "决定由其他机关作出，不是国务院或者省、自治区、直辖市人民政府" in findings[0].message
    assert "决定日期 2025-12-01 晚于行为日" in findings[0].message


def test_subj_011_provincial_decision() -> None:
    r = concentrated(transfer_decision="某省人民政府关于开展综合行政执法的决定（虚构）", transfer_by="province",
                     transfer_decided_on="2019-06-01")
    assert hits(base_punishment(), "SUBJ-011", reg=r) == []


def test_subj_011_not_judged() -> None:
    assert hits(base_punishment(), "SUBJ-011") == []  # not marked concentrated
    assert hits(decide_on(base_punishment(), "2021-07-14"), "SUBJ-011", reg=concentrated()) == []


# ---------------------------------------------------------------- SUBJ-015 barred bodies never inspect


def barred(kind: str = "testing_institute") -> dict[str, Any]:
    """The registry with a body of a barred type (registry 1.2) holding the inspection matter."""
    r = reg()
    r["bodies"].append({"id": "B-CX-CHECK", "name": "城西县检验检测中心", "type": kind, "territory": "330199",
                        "powers": [{"matter": "MR-INS-001", "name": "食品经营者监督检查", "valid_from": "2020-01-01"}]})
    return r


def test_subj_015_meta() -> None:
    meta = rule_by_id("SUBJ-015").meta
    assert (meta.severity, meta.confidence) == (Severity.WARNING, Confidence.UNCONFIRMED)
    assert [str(b) for b in meta.legal_basis] == ["《国务院办公厅关于严格规范涉企行政检查的意见》（国办发〔2024〕54号）"]


def test_subj_015_testing_institute_inspects() -> None:
    d = act_as(base_inspection(), "B-CX-CHECK", "own")
    findings = run(d, "SUBJ-015", reg=barred())
    assert [(f.rule_id, f.location.step, f.severity) for f in findings] == [("SUBJ-015", "S02", Severity.WARNING)]
    assert findings[0].message == (
        "B-CX-CHECK（城西县检验检测中心） 在主体名录中的类型为检验检测机构、科研院所等第三方机构，"
        "却实施了 S02 现场检查（2025-05-08）；此类机构不得作为行政检查主体。")
    assert hits(act_as(base_inspection(), "B-CX-CHECK", "own"), "SUBJ-015", reg=barred("coordination_body")) == [
        ("SUBJ-015", "S02")]


def test_subj_015_agency_inspects() -> None:
    assert hits(base_inspection(), "SUBJ-015", reg=barred()) == []


def test_subj_015_no_inspection() -> None:
    d = act_as(base_enforced_execution(), "B-CX-CHECK", "own")
    assert hits(d, "SUBJ-015", reg=barred("intermediary")) == []


# ---------------------------------------------------------------- SUBJ-004 subject status confirmed and announced


def announcing() -> Profile:
    """The national profile with the subject-announcement switch on (河南-style regime)."""
    p = load_profile("national")
    flag = Flag(enabled=True, source="测试：河南省行政执法条例第十三条", confidence="confirmed")
    return p.model_copy(update={"parameters": p.parameters.model_copy(update={"subject_announcement": flag})})


def v12() -> dict[str, Any]:
    d = base_punishment()
    d["schema_version"] = "1.2"
    return d


def test_subj_004_meta() -> None:
    meta = rule_by_id("SUBJ-004").meta
    assert (meta.severity, meta.confidence) == (Severity.WARNING, Confidence.CONFIRMED)
    assert [str(b) for b in meta.legal_basis] == ["《河南省行政执法条例》第十三条"]
    assert meta.parameters == ("subject_announcement",)
    assert load_profile("national").parameters.subject_announcement is None


def test_subj_004_not_announced() -> None:
    findings = run(v12(), "SUBJ-004", profile=announcing())
    assert [(f.rule_id, f.location.step, f.severity) for f in findings] == [("SUBJ-004", "S10", Severity.WARNING)]
    assert findings[0].message == (
        "B-CX-MR（城西县市场监督管理局） 的执法主体资格公告未登记：缺公告文号（announcement-ref）、公告日期（announced-on）。")
    r = reg()
    body(r, "B-CX-MR").update(announcement_ref="城西县人民政府公告（2025年第1号）", announced_on="2025-06-01")
    assert [f.message for f in run(v12(), "SUBJ-004", profile=announcing(), reg=r)] == [
        "B-CX-MR（城西县市场监督管理局） 的执法主体资格公告日期 2025-06-01 晚于行为日 2025-04-21（S10 处罚决定）。"]


def test_subj_004_announced() -> None:
    r = reg()
    body(r, "B-CX-MR").update(announcement_ref="城西县人民政府公告（2020年第1号）", announced_on="2020-05-01")
    assert hits(v12(), "SUBJ-004", profile=announcing(), reg=r) == []


def test_subj_004_bundled_henan_profile() -> None:
    # the bundled 河南 profile switches the regime on with the same result as the test profile
    assert load_profile("henan").parameters.subject_announcement is not None
    assert hits(v12(), "SUBJ-004", profile="henan") == [("SUBJ-004", "S10")]


def test_subj_004_not_judged() -> None:
    assert hits(v12(), "SUBJ-004") == []  # national profile: no announcement regime
    assert hits(base_punishment(), "SUBJ-004", profile=announcing()) == []  # 1.0 dossier, registry without the data
