import copy
from typing import Any

import pytest

from enforcement_audit.engine import Confidence, Severity
from enforcement_audit.profile import DateParam, Flag, Profile, load_profile
from enforcement_audit.rules import rule_by_id
from enforcement_audit.testing import (
    REGISTRY,
    base_coercive_measure,
    base_enforced_execution,
    base_inspection,
    base_punishment,
    hits,
    officer,
    run,
    step,
)

BASES = [base_punishment, base_coercive_measure, base_enforced_execution, base_inspection]
CERT_RULES = ["CERT-002", "CERT-003", "CERT-005", "CERT-015", "CERT-016", "CERT-006", "CERT-007", "CERT-008", "CERT-009", "CERT-011", "CERT-014", "CERT-101", "CERT-102",
              "PUN-FILE-004"]

EXPIRED = "33019920190003"  # 何春燕, valid to 2024-12-31
SUPERVISION = "33019920190004"  # 马国庆


# ---------------------------------------------------------------- helpers


def reg() -> dict[str, Any]:
    return copy.deepcopy(REGISTRY)


def cert(r: dict[str, Any], number: str) -> dict[str, Any]:
    return next(c for c in r["certificates"] if c["number"] == number)


def move(d: dict[str, Any], step_id: str, day: str) -> dict[str, Any]:
    """Put a step on another day (keeping its times of day)."""
    s = step(d, step_id)
    if "start" in s:
        for key in ("start", "end"):
            if key in s:
                s[key] = day + s[key][10:]
    else:
        s["date"] = day
    return d


def add_officer(d: dict[str, Any], oid: str, name: str, role: str, certificate: str | None = None) -> None:
    o: dict[str, Any] = {"id": oid, "name": name, "role": role}
    if certificate is not None:
        o["certificate"] = certificate
    d["officers"].append(o)


def with_o4_expired(d: dict[str, Any], *step_ids: str) -> dict[str, Any]:
    """O4 何春燕 (expired certificate) replaces O2 on the given steps."""
    add_officer(d, "O4", "何春燕", "assisting", EXPIRED)
    for sid in step_ids:
        step(d, sid)["officers"] = ["O1", "O4"]
    return d


def with_o5_auxiliary(d: dict[str, Any], *step_ids: str, replace: bool = True) -> dict[str, Any]:
    add_officer(d, "O5", "王小虎", "auxiliary_staff")
    for sid in step_ids:
        step(d, sid)["officers"] = ["O1", "O5"] if replace else ["O1", "O2", "O5"]
    return d


def with_o6_supervision(d: dict[str, Any], *step_ids: str) -> dict[str, Any]:
    add_officer(d, "O6", "马国庆", "assisting", SUPERVISION)
    for sid in step_ids:
        step(d, sid)["officers"] = ["O1", "O6"]
    return d


def summary(d: dict[str, Any]) -> dict[str, Any]:
    d["case"]["procedure"] = "summary"
    return d


def messages(d: dict[str, Any], rule_id: str, **kwargs: Any) -> list[str]:
    return [f.message for f in run(d, rule_id, **kwargs)]


# ---------------------------------------------------------------- all rules: compliant bases


@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize("rule_id", CERT_RULES)
def test_bases_pass(base: Any, rule_id: str) -> None:
    assert hits(base(), rule_id) == []


def test_metadata() -> None:
    # a finding cites the law of its case type: 行政处罚法 in a punishment, 行政强制法 in a seizure
    by_id = {rid: run(with_o5_auxiliary(base_punishment(), "S03"), rid) for rid in ("CERT-002", "CERT-011")}
    assert by_id["CERT-002"][0].severity is Severity.ERROR
    assert [str(b) for b in by_id["CERT-002"][0].legal_basis] == ["《中华人民共和国行政处罚法》第四十二条第一款"]
    assert by_id["CERT-011"][0].severity is Severity.WARNING
    assert [str(b) for b in by_id["CERT-011"][0].legal_basis] == ["《中华人民共和国行政处罚法》第四十二条第一款"]
    measure = with_o5_auxiliary(base_coercive_measure(), "S03")
    seizure = {f.rule_id: [str(b) for b in f.legal_basis] for f in run(measure, "CERT-002", "CERT-011")}
    assert seizure == {
        "CERT-002": ["《中华人民共和国行政强制法》第十八条第（二）项", "《中华人民共和国行政强制法》第十七条第三款"],
        "CERT-011": ["《中华人民共和国行政强制法》第十七条第三款"],
    }
    # a seizure during a punishment investigation is a coercive measure: 行政强制法 Art 18 at that step only
    seized = with_o5_auxiliary(base_punishment(), "S03")
    step(seized, "S03")["kind"] = "seizure"
    (at_seizure,) = run(seized, "CERT-002")
    assert [str(b) for b in at_seizure.legal_basis] == [
        "《中华人民共和国行政处罚法》第四十二条第一款", "《中华人民共和国行政强制法》第十八条第（二）项"]
    (inspection,) = run(with_o5_auxiliary(base_inspection(), "S02"), "CERT-011")
    assert [str(b) for b in inspection.legal_basis] == ["《中华人民共和国行政处罚法》第四十二条第一款（参照适用）"]


# ---------------------------------------------------------------- CERT-002


def test_cert_002_expired_officer_does_not_count() -> None:
    d = with_o4_expired(base_punishment(), "S03", "S04")
    assert hits(d, "CERT-002") == [("CERT-002", "S03"), ("CERT-002", "S04")]
    msg = messages(d, "CERT-002")[0]
    assert "S03 现场检查（2025-03-06）" in msg
    assert "仅 1 名（陈立新（O1））" in msg
    assert "未计入：何春燕（O4）执法证 33019920190003：证件有效期至 2024-12-31，行为日已过期" in msg


def test_cert_002_certificate_valid_to_day_itself_counts() -> None:
    d = move(with_o4_expired(base_punishment(), "S03"), "S03", "2024-12-31")
    assert hits(d, "CERT-002") == []
    d = move(with_o4_expired(base_punishment(), "S03"), "S03", "2025-01-01")
    assert hits(d, "CERT-002") == [("CERT-002", "S03")]


def test_cert_002_certificate_valid_from_boundary() -> None:
    d = move(base_punishment(), "S03", "2022-01-01")  # both certificates valid from 2022-01-01
    assert hits(d, "CERT-002") == []
    d = move(base_punishment(), "S03", "2021-12-31")
    assert hits(d, "CERT-002") == [("CERT-002", "S03")]
    assert "仅 0 名" in messages(d, "CERT-002")[0] and "尚未生效" in messages(d, "CERT-002")[0]


def test_cert_002_single_officer() -> None:
    d = base_punishment()
    step(d, "S04")["officers"] = ["O1"]
    assert hits(d, "CERT-002") == [("CERT-002", "S04")]
    assert messages(d, "CERT-002")[0].endswith("少于两名；该环节共登记 1 名执法人员。")


def test_cert_002_no_officers() -> None:
    d = base_punishment()
    step(d, "S04")["officers"] = []
    assert hits(d, "CERT-002") == [("CERT-002", "S04")]
    assert "仅 0 名" in messages(d, "CERT-002")[0] and "未登记任何执法人员" in messages(d, "CERT-002")[0]


def test_cert_002_same_officer_twice_counts_once() -> None:
    d = base_punishment()
    step(d, "S03")["officers"] = ["O1", "O1"]
    assert hits(d, "CERT-002") == [("CERT-002", "S03")]


def test_cert_002_auxiliary_and_supervision_do_not_count() -> None:
    d = with_o5_auxiliary(base_punishment(), "S03")
    assert hits(d, "CERT-002") == [("CERT-002", "S03")]
    assert "王小虎（O5）为执法辅助人员" in messages(d, "CERT-002")[0]
    d = with_o6_supervision(base_punishment(), "S04")
    assert hits(d, "CERT-002") == [("CERT-002", "S04")]
    assert "马国庆（O6）所持 33019920190004 为行政执法监督证" in messages(d, "CERT-002")[0]


def test_cert_002_two_qualified_plus_auxiliary_passes() -> None:
    d = with_o5_auxiliary(base_punishment(), "S03", replace=False)
    assert hits(d, "CERT-002") == []


def test_cert_002_officer_without_certificate_number() -> None:
    d = base_punishment()
    del officer(d, "O2")["certificate"]
    assert hits(d, "CERT-002") == [("CERT-002", "S03"), ("CERT-002", "S04")]
    assert "刘晓东（O2）未登记执法证号" in messages(d, "CERT-002")[0]


def test_cert_002_unregistered_certificate() -> None:
    d = base_punishment()
    officer(d, "O2")["certificate"] = "33019920199999"
    assert hits(d, "CERT-002") == [("CERT-002", "S03"), ("CERT-002", "S04")]
    assert "不在执法证件名录中" in messages(d, "CERT-002")[0]


def test_cert_002_suspension_boundaries() -> None:
    r = reg()
    cert(r, "33019920190002")["suspensions"] = [{"start": "2025-03-07", "end": "2025-03-10"}]
    assert hits(base_punishment(), "CERT-002", reg=r) == [("CERT-002", "S04")]  # S03 on 03-06 is before
    assert "暂扣" in messages(base_punishment(), "CERT-002", reg=r)[0]
    cert(r, "33019920190002")["suspensions"] = [{"start": "2025-03-06", "end": "2025-03-09"}]
    assert hits(base_punishment(), "CERT-002", reg=r) == [("CERT-002", "S03")]  # S04 on 03-10: back in force
    cert(r, "33019920190002")["suspensions"] = [{"start": "2025-03-01"}]  # open-ended
    assert hits(base_punishment(), "CERT-002", reg=r) == [("CERT-002", "S03"), ("CERT-002", "S04")]


def test_cert_002_revocation() -> None:
    r = reg()
    cert(r, "33019920190001")["revocations"] = [{"date": "2025-03-10"}]
    assert hits(base_punishment(), "CERT-002", reg=r) == [("CERT-002", "S04")]
    assert "注销/撤销" in messages(base_punishment(), "CERT-002", reg=r)[0]


def test_cert_002_wrong_field_or_territory_is_cert_007_not_cert_002() -> None:
    # Art 42 para 1 asks for 执法资格 and two officers; the certificate's coverage is CERT-007's warning
    r = reg()
    cert(r, "33019920190002")["fields"] = ["urban_management"]
    assert hits(base_punishment(), "CERT-002", "CERT-007", reg=r) == [("CERT-007", "S03"), ("CERT-007", "S04")]
    assert "不含本案领域 market_regulation" in messages(base_punishment(), "CERT-007", reg=r)[0]
    r = reg()
    cert(r, "33019920190002")["territory"] = "330299"
    assert hits(base_punishment(), "CERT-002", "CERT-007", reg=r) == [("CERT-007", "S03"), ("CERT-007", "S04")]
    assert "不含本案区域 330199" in messages(base_punishment(), "CERT-007", reg=r)[0]
    # an uncovered certificate with an expired one: only one valid certificate, CERT-002 again
    cert(r, "33019920190001")["valid_to"] = "2024-12-31"
    assert ("CERT-002", "S03") in hits(base_punishment(), "CERT-002", "CERT-007", reg=r)


def test_cert_002_territory_is_a_prefix() -> None:
    d = base_punishment()
    d["case"]["region"] = "330199101"  # a township inside the county: county certificates cover it
    assert hits(d, "CERT-002", "CERT-007") == []
    r = reg()
    cert(r, "33019920190002")["territory"] = "330199101"  # township certificate, county-wide case
    assert hits(base_punishment(), "CERT-002", "CERT-007", reg=r) == [("CERT-007", "S03"), ("CERT-007", "S04")]


def test_cert_002_evidence_preservation_is_on_site() -> None:
    d = base_punishment()
    d["steps"].append({"id": "S16", "kind": "evidence_preservation", "date": "2025-03-10", "officers": ["O1"],
                       "certificates_shown": True})
    assert hits(d, "CERT-002") == [("CERT-002", "S16")]


def test_cert_002_not_for_off_site_steps() -> None:
    d = base_punishment()
    step(d, "S10")["officers"] = ["O1"]  # a general-procedure decision is not an on-site act
    assert hits(d, "CERT-002") == []


def test_cert_002_summary_procedure_exempt_except_measures() -> None:
    d = summary(base_punishment())
    step(d, "S03")["officers"] = ["O1"]
    step(d, "S10")["officers"] = ["O1"]
    assert hits(d, "CERT-002") == []
    assert hits(d, "CERT-101") == []
    d["steps"].append({"id": "S16", "kind": "seizure", "date": "2025-03-10", "officers": ["O1"],
                       "certificates_shown": True})
    assert hits(d, "CERT-002") == [("CERT-002", "S16")]  # 行政强制法 Art 18(2) has no summary exception


def test_cert_002_coercive_measure() -> None:
    d = base_coercive_measure()
    step(d, "S03")["officers"] = ["O1"]
    assert hits(d, "CERT-002") == [("CERT-002", "S03")]
    assert hits(d, "CERT-101") == []


def test_cert_002_seizure_in_an_inspection_case() -> None:
    d = base_inspection()
    d["steps"].append({"id": "S06", "kind": "seal_up", "date": "2025-05-08", "officers": ["O1"],
                       "certificates_shown": True})
    assert hits(d, "CERT-002") == [("CERT-002", "S06")]
    assert hits(d, "CERT-101") == []


def test_cert_002_unknown_officer_reference() -> None:
    d = base_punishment()
    step(d, "S03")["officers"] = ["O1", "O7"]  # the loader rejects this; the rule must still cope
    assert hits(d, "CERT-002") == [("CERT-002", "S03")]
    assert "O7不在案卷执法人员名单中" in messages(d, "CERT-002")[0]
    assert hits(d, "CERT-006") == []


# ---------------------------------------------------------------- CERT-101 (two officers, no confirmed national rule)


def test_cert_101_inspection_case_single_officer() -> None:
    d = base_inspection()
    step(d, "S02")["officers"] = ["O1"]
    assert hits(d, "CERT-101") == [("CERT-101", "S02")]
    assert hits(d, "CERT-002") == []
    (f,) = run(d, "CERT-101")
    assert f.severity is Severity.WARNING and f.confidence is Confidence.UNCONFIRMED
    assert "参照适用" in str(f.legal_basis[0])


def test_cert_101_execution_with_auxiliary() -> None:
    d = with_o5_auxiliary(base_enforced_execution(), "S06")
    assert hits(d, "CERT-101") == [("CERT-101", "S06")]
    assert hits(d, "CERT-002") == []
    assert "王小虎（O5）为执法辅助人员" in messages(d, "CERT-101")[0]


def test_cert_101_inquiry_in_coercive_measure_case() -> None:
    d = base_coercive_measure()
    d["steps"].append({"id": "S07", "kind": "inquiry", "date": "2025-06-04", "officers": ["O1"],
                       "certificates_shown": True})
    assert hits(d, "CERT-101") == [("CERT-101", "S07")]
    assert hits(d, "CERT-002") == []


def test_cert_101_not_for_punishment() -> None:
    d = base_punishment()
    step(d, "S03")["officers"] = ["O1"]
    assert hits(d, "CERT-101") == []


# ---------------------------------------------------------------- CERT-005


def test_cert_005_not_shown() -> None:
    d = base_punishment()
    step(d, "S04")["certificates_shown"] = False
    assert hits(d, "CERT-005") == [("CERT-005", "S04")]
    assert messages(d, "CERT-005") == ["S04 询问（2025-03-10） 记录为未向当事人出示执法证件（certificates-shown=false）。"]


def test_cert_005_not_recorded() -> None:
    d = base_punishment()
    del step(d, "S03")["certificates_shown"]
    assert hits(d, "CERT-005") == [("CERT-005", "S03")]
    assert "未记录" in messages(d, "CERT-005")[0]
    # an unrecorded fact is not a breach the file shows: reported as a warning
    assert run(d, "CERT-005")[0].severity is Severity.WARNING
    step(d, "S03")["certificates_shown"] = False
    assert run(d, "CERT-005")[0].severity is Severity.ERROR


def test_cert_005_inspection_and_seizure() -> None:
    d = base_inspection()
    del step(d, "S02")["certificates_shown"]
    assert hits(d, "CERT-005") == [("CERT-005", "S02")]
    d = base_coercive_measure()
    step(d, "S03")["certificates_shown"] = False
    assert hits(d, "CERT-005") == [("CERT-005", "S03")]


def test_cert_005_evidence_preservation() -> None:
    d = base_punishment()
    d["steps"].append({"id": "S16", "kind": "evidence_preservation", "date": "2025-03-10", "officers": ["O1", "O2"]})
    assert hits(d, "CERT-005") == [("CERT-005", "S16")]


def test_cert_005_summary_decision_on_the_spot() -> None:
    d = summary(base_punishment())
    assert hits(d, "CERT-005") == [("CERT-005", "S10")]  # Art 52(1): the on-the-spot decision shows the certificate
    step(d, "S10")["certificates_shown"] = True
    assert hits(d, "CERT-005") == []


def test_cert_005_general_decision_not_judged() -> None:
    d = base_punishment()
    step(d, "S10")["certificates_shown"] = False
    assert hits(d, "CERT-005") == []


def test_cert_005_execution_left_to_cert_102() -> None:
    d = base_enforced_execution()
    step(d, "S06")["certificates_shown"] = False
    assert hits(d, "CERT-005") == []
    assert hits(d, "CERT-102") == [("CERT-102", "S06")]


# ---------------------------------------------------------------- CERT-102


def test_cert_102_execution_not_recorded() -> None:
    d = base_enforced_execution()
    del step(d, "S06")["certificates_shown"]
    assert hits(d, "CERT-102") == [("CERT-102", "S06")]
    (f,) = run(d, "CERT-102")
    assert "未记录" in f.message
    assert f.severity is Severity.WARNING and f.confidence is Confidence.UNCONFIRMED


def test_cert_102_only_execution_steps() -> None:
    d = base_punishment()
    step(d, "S03")["certificates_shown"] = False
    assert hits(d, "CERT-102") == []


# ---------------------------------------------------------------- CERT-006


def test_cert_006_expired_one_finding_per_officer_and_step() -> None:
    d = with_o4_expired(base_punishment(), "S03", "S04")
    assert hits(d, "CERT-006") == [("CERT-006", "S03"), ("CERT-006", "S04")]
    assert messages(d, "CERT-006")[0] == (
        "S03 现场检查（2025-03-06） 的执法人员 何春燕（O4）执法证 33019920190003：证件有效期至 2024-12-31，行为日已过期。")


def test_cert_006_valid_to_boundary() -> None:
    d = move(with_o4_expired(base_inspection(), "S02"), "S02", "2024-12-31")
    assert hits(d, "CERT-006") == []
    d = move(with_o4_expired(base_inspection(), "S02"), "S02", "2025-01-01")
    assert hits(d, "CERT-006") == [("CERT-006", "S02")]


def test_cert_006_valid_from_boundary() -> None:
    r = reg()
    cert(r, "33019920190002")["valid_from"] = "2025-03-10"
    assert hits(base_punishment(), "CERT-006", reg=r) == [("CERT-006", "S03")]  # S04 on 03-10 is the first valid day
    assert "证件自 2025-03-10 起有效" in messages(base_punishment(), "CERT-006", reg=r)[0]


def test_cert_006_two_bad_officers_on_one_step() -> None:
    d = base_punishment()
    officer(d, "O1")["certificate"] = EXPIRED
    del officer(d, "O2")["certificate"]
    assert hits(d, "CERT-006") == [("CERT-006", "S03")] * 2 + [("CERT-006", "S04")] * 2


def test_cert_006_no_certificate_number() -> None:
    d = base_coercive_measure()
    del officer(d, "O2")["certificate"]
    assert hits(d, "CERT-006") == [("CERT-006", "S03")]
    assert "刘晓东（O2）未登记执法证号" in messages(d, "CERT-006")[0]


def test_cert_006_not_in_registry() -> None:
    d = base_enforced_execution()
    officer(d, "O2")["certificate"] = "33019920199999"
    assert hits(d, "CERT-006") == [("CERT-006", "S06")]
    assert "执法证号 33019920199999 不在执法证件名录中" in messages(d, "CERT-006")[0]


def test_cert_006_suspended_and_revoked() -> None:
    r = reg()
    cert(r, "33019920190002")["suspensions"] = [{"start": "2025-05-08", "end": "2025-05-08", "reason": "违纪"}]
    assert hits(base_inspection(), "CERT-006", reg=r) == [("CERT-006", "S02")]
    assert "证件于 2025-05-08 起暂扣" in messages(base_inspection(), "CERT-006", reg=r)[0]
    cert(r, "33019920190002")["suspensions"] = [{"start": "2025-05-01", "end": "2025-05-07"}]
    assert hits(base_inspection(), "CERT-006", reg=r) == []
    cert(r, "33019920190002")["revocations"] = [{"date": "2025-05-08"}]
    assert hits(base_inspection(), "CERT-006", reg=r) == [("CERT-006", "S02")]
    cert(r, "33019920190002")["revocations"] = [{"date": "2025-05-09"}]
    assert hits(base_inspection(), "CERT-006", reg=r) == []


def test_cert_006_summary_decision_officer() -> None:
    d = with_o4_expired(summary(base_punishment()))
    step(d, "S10")["officers"] = ["O4"]
    assert hits(d, "CERT-006") == [("CERT-006", "S10")]


def test_cert_006_leaves_auxiliary_supervision_and_coverage_to_other_rules() -> None:
    d = with_o5_auxiliary(base_punishment(), "S03")
    assert hits(d, "CERT-006") == []  # auxiliary without a number: CERT-011
    d = with_o6_supervision(base_punishment(), "S03")
    assert hits(d, "CERT-006") == []  # supervision certificate: CERT-011
    r = reg()
    cert(r, "33019920190002")["fields"] = ["urban_management"]
    assert hits(base_punishment(), "CERT-006", reg=r) == []  # CERT-007


def test_cert_006_not_for_off_site_steps() -> None:
    d = with_o4_expired(base_punishment())
    step(d, "S10")["officers"] = ["O4"]  # general-procedure decision
    assert hits(d, "CERT-006") == []


# ---------------------------------------------------------------- CERT-007


def test_cert_007_wrong_field() -> None:
    r = reg()
    cert(r, "33019920190002")["fields"] = ["urban_management"]
    assert hits(base_punishment(), "CERT-007", reg=r) == [("CERT-007", "S03"), ("CERT-007", "S04")]
    (f, _) = run(base_punishment(), "CERT-007", reg=r)
    assert f.message == ("S03 现场检查（2025-03-06） 的执法人员 刘晓东（O2）执法证 33019920190002："
                         "执法类别为 urban_management，不含本案领域 market_regulation。")
    assert f.severity is Severity.WARNING and f.confidence is Confidence.UNCONFIRMED


def test_cert_007_wrong_territory_and_field_in_one_finding() -> None:
    r = reg()
    cert(r, "33019920190001")["territory"] = "330299"
    assert hits(base_coercive_measure(), "CERT-007", reg=r) == [("CERT-007", "S03")]
    cert(r, "33019920190001")["fields"] = ["transport"]
    (msg,) = messages(base_coercive_measure(), "CERT-007", reg=r)
    assert "不含本案领域 market_regulation" in msg and "不含本案区域 330199" in msg


def test_cert_007_field_among_several() -> None:
    r = reg()
    cert(r, "33019920190002")["fields"] = ["urban_management", "market_regulation"]
    assert hits(base_punishment(), "CERT-007", reg=r) == []


def test_cert_007_invalid_certificate_left_to_cert_006() -> None:
    r = reg()
    cert(r, EXPIRED)["fields"] = ["urban_management"]
    d = with_o4_expired(base_punishment(), "S03")
    assert hits(d, "CERT-007", reg=r) == []
    assert hits(d, "CERT-006", reg=r) == [("CERT-006", "S03")]


# ---------------------------------------------------------------- CERT-011


def test_cert_011_auxiliary_listed() -> None:
    d = with_o5_auxiliary(base_punishment(), "S03", replace=False)
    assert hits(d, "CERT-011") == [("CERT-011", "S03")]
    (f,) = run(d, "CERT-011")
    assert f.message == "S03 现场检查（2025-03-06） 的执法人员中列有执法辅助人员 王小虎（O5）；辅助人员只能协助，不得作为执法人员实施。"
    assert f.severity is Severity.WARNING


def test_cert_011_supervision_certificate_holder() -> None:
    d = with_o6_supervision(base_coercive_measure(), "S03")
    assert hits(d, "CERT-011") == [("CERT-011", "S03")]
    assert "马国庆（O6），所持 33019920190004 为行政执法监督证" in messages(d, "CERT-011")[0]


def test_cert_011_per_step() -> None:
    d = with_o6_supervision(base_punishment(), "S03", "S04")
    assert hits(d, "CERT-011") == [("CERT-011", "S03"), ("CERT-011", "S04")]


def test_cert_011_auxiliary_with_a_certificate_number_still_auxiliary() -> None:
    d = base_inspection()
    add_officer(d, "O5", "王小虎", "auxiliary_staff", "33019920190002")
    step(d, "S02")["officers"] = ["O1", "O2", "O5"]
    assert hits(d, "CERT-011") == [("CERT-011", "S02")]
    assert hits(d, "CERT-006") == []


def test_cert_011_auxiliary_off_site_or_unlisted_passes() -> None:
    d = base_punishment()
    add_officer(d, "O5", "王小虎", "auxiliary_staff")  # on the case, but not on any on-site step
    step(d, "S11")["officers"] = ["O5"]  # service of the decision is not an on-site act
    assert hits(d, "CERT-011") == []


# ---------------------------------------------------------------- no double counting within a rule


def test_each_rule_reports_each_defect_once() -> None:
    d = with_o4_expired(base_punishment(), "S03")
    assert hits(d, "CERT") == [("CERT-002", "S03"), ("CERT-006", "S03")]
    d = with_o5_auxiliary(base_punishment(), "S03")
    assert hits(d, "CERT") == [("CERT-002", "S03"), ("CERT-011", "S03")]


# ---------------------------------------------------------------- CERT-008


def annual_review(enabled: bool = True) -> Profile:
    """The national profile with the annual-review switch set."""
    p = load_profile("national")
    flag = Flag(enabled=enabled, source="测试：某省行政执法证件管理办法（年度审验）", confidence="unconfirmed")
    return p.model_copy(update={"parameters": p.parameters.model_copy(update={"annual_review_required": flag})})


def reviewed(r: dict[str, Any], number: str, *years: int, passed: bool = True) -> dict[str, Any]:
    cert(r, number).setdefault("annual_reviews", []).extend({"year": y, "passed": passed} for y in years)
    return r


def reviewed_all(*years: int) -> dict[str, Any]:
    r = reg()
    for c in r["certificates"]:
        reviewed(r, c["number"], *years)
    return r


def test_cert_008_silent_nationally_and_when_switched_off() -> None:
    assert hits(base_punishment(), "CERT-008") == []  # no annual reviews in the registry at all
    assert hits(base_punishment(), "CERT-008", profile=annual_review(enabled=False)) == []


def test_cert_008_reviews_passed_pass() -> None:
    for base in BASES:
        assert hits(base(), "CERT-008", profile=annual_review(), reg=reviewed_all(2025)) == []


def test_cert_008_no_review_for_the_year() -> None:
    r = reviewed_all(2024, 2025)
    cert(r, "33019920190002")["annual_reviews"] = [{"year": 2024, "passed": True}]  # O2: none for 2025
    assert hits(base_punishment(), "CERT-008", profile=annual_review(), reg=r) == [
        ("CERT-008", "S03"), ("CERT-008", "S04")]
    (f, _) = run(base_punishment(), "CERT-008", profile=annual_review(), reg=r)
    assert f.message == ("S03 现场检查（2025-03-06） 的执法人员 刘晓东（O2）执法证 33019920190002："
                         "没有 2025 年度的审验记录，本地区要求执法证件每年审验。")
    assert f.severity is Severity.WARNING and f.confidence is Confidence.UNCONFIRMED


def test_cert_008_review_failed() -> None:
    r = reviewed_all(2024)
    reviewed(r, "33019920190001", 2025)
    reviewed(r, "33019920190002", 2025, passed=False)
    assert hits(base_inspection(), "CERT-008", profile=annual_review(), reg=r) == [("CERT-008", "S02")]
    assert "2025 年度审验未通过" in messages(base_inspection(), "CERT-008", profile=annual_review(), reg=r)[0]


def test_cert_008_every_officer_and_step_without_reviews() -> None:
    assert hits(base_punishment(), "CERT-008", profile=annual_review()) == [("CERT-008", "S03")] * 2 + [
        ("CERT-008", "S04")] * 2


def test_cert_008_year_of_the_act_boundary() -> None:
    r = reviewed_all(2025)
    d = move(base_inspection(), "S02", "2024-12-31")
    assert hits(d, "CERT-008", profile=annual_review(), reg=r) == [("CERT-008", "S02")] * 2
    assert "没有 2024 年度的审验记录" in messages(d, "CERT-008", profile=annual_review(), reg=r)[0]
    d = move(base_inspection(), "S02", "2025-01-01")
    assert hits(d, "CERT-008", profile=annual_review(), reg=r) == []


def test_cert_008_certificate_issued_in_the_act_year_needs_no_review() -> None:
    r = reviewed_all(2024)
    cert(r, "33019920190002")["valid_from"] = "2025-01-01"
    reviewed(r, "33019920190001", 2025)
    assert hits(base_inspection(), "CERT-008", profile=annual_review(), reg=r) == []
    cert(r, "33019920190002")["valid_from"] = "2024-12-31"
    assert hits(base_inspection(), "CERT-008", profile=annual_review(), reg=r) == [("CERT-008", "S02")]


def test_cert_008_invalid_auxiliary_and_supervision_left_to_other_rules() -> None:
    r = reviewed_all(2025)
    prof = annual_review()
    assert hits(with_o4_expired(base_punishment(), "S03"), "CERT-008", profile=prof,
                reg=reviewed(r, EXPIRED, 2024)) == []
    assert hits(with_o5_auxiliary(base_punishment(), "S03"), "CERT-008", profile=prof, reg=r) == []
    cert(r, SUPERVISION)["annual_reviews"] = []  # unreviewed, but CERT-011's business
    assert hits(with_o6_supervision(base_punishment(), "S03"), "CERT-008", profile=prof, reg=r) == []


def test_cert_008_summary_decision_on_the_spot() -> None:
    r = reviewed_all(2024)
    d = summary(base_punishment())
    for sid in ("S03", "S04"):
        move(d, sid, "2024-12-30")
    step(d, "S10")["officers"] = ["O1"]
    assert hits(d, "CERT-008", profile=annual_review(), reg=r) == [("CERT-008", "S10")]


def test_cert_008_uncovered_certificate_is_still_judged() -> None:
    r = reviewed_all(2024)
    reviewed(r, "33019920190001", 2025)
    cert(r, "33019920190002")["fields"] = ["urban_management"]  # CERT-007, but valid: CERT-008 judges it
    assert hits(base_inspection(), "CERT-008", profile=annual_review(), reg=r) == [("CERT-008", "S02")]


# ---------------------------------------------------------------- CERT-009


def test_cert_009_name_differs_from_holder() -> None:
    d = base_punishment()
    officer(d, "O2")["certificate"] = "33019920190001"  # 陈立新's card
    assert hits(d, "CERT-009") == [("CERT-009", None)]
    (f,) = run(d, "CERT-009")
    assert f.message == ("执法人员 刘晓东（O2）登记的执法证 33019920190001 在名录中的持证人为 陈立新，"
                         "与本人姓名不符；该人员参与了现场执法环节 S03、S04；执法证件限本人使用。")
    assert f.severity is Severity.WARNING and f.confidence is Confidence.UNCONFIRMED


def test_cert_009_whitespace_in_names_ignored() -> None:
    d = base_inspection()
    officer(d, "O1")["name"] = "陈 立新"
    officer(d, "O2")["name"] = "刘晓东\u3000"
    assert hits(d, "CERT-009") == []


def test_cert_009_officer_not_on_site() -> None:
    d = base_coercive_measure()
    add_officer(d, "O6", "马国庆", "assisting", "33019920190002")
    assert hits(d, "CERT-009") == [("CERT-009", None)]
    assert messages(d, "CERT-009")[0] == (
        "执法人员 马国庆（O6）登记的执法证 33019920190002 在名录中的持证人为 刘晓东，与本人姓名不符；执法证件限本人使用。")


def test_cert_009_one_finding_per_officer() -> None:
    d = base_enforced_execution()
    officer(d, "O1")["certificate"] = "33019920190002"
    officer(d, "O2")["certificate"] = "33019920190001"
    assert hits(d, "CERT-009") == [("CERT-009", None)] * 2


def test_cert_009_unregistered_number_left_to_cert_006() -> None:
    d = base_punishment()
    officer(d, "O2")["certificate"] = "33019920199999"
    assert hits(d, "CERT-009") == []
    assert hits(d, "CERT-006") == [("CERT-006", "S03"), ("CERT-006", "S04")]


# ---------------------------------------------------------------- PUN-FILE-004


def test_pun_file_004_valid_from_boundary() -> None:
    r = reg()
    cert(r, "33019920190002")["valid_from"] = "2025-03-05"  # the filing day S02
    assert hits(base_punishment(), "PUN-FILE-004", reg=r) == []
    cert(r, "33019920190002")["valid_from"] = "2025-03-06"
    assert hits(base_punishment(), "PUN-FILE-004", reg=r) == [("PUN-FILE-004", "S02")]
    (f,) = run(base_punishment(), "PUN-FILE-004", reg=r)
    assert f.message == ("S02 立案（2025-03-05）：立案环节未登记办案人员，案卷中主办、协办执法人员共 2 名，"
                         "在立案日持有效行政执法证的仅 1 名（陈立新（O1）），少于两名；"
                         "未计入：刘晓东（O2）执法证 33019920190002：证件自 2025-03-06 起有效，行为日尚未生效。")
    assert f.severity is Severity.ERROR
    assert str(f.legal_basis[2]) == "《市场监督管理行政处罚程序规定》第十九条第二款（市场监管部门规章）"


def test_pun_file_004_expired_on_filing_day() -> None:
    r = reg()
    cert(r, "33019920190001")["valid_to"] = "2025-03-04"
    assert hits(base_punishment(), "PUN-FILE-004", reg=r) == [("PUN-FILE-004", "S02")]
    cert(r, "33019920190001")["valid_to"] = "2025-03-05"
    assert hits(base_punishment(), "PUN-FILE-004", reg=r) == []


def test_pun_file_004_only_lead_and_assisting_count() -> None:
    d = base_punishment()
    officer(d, "O2")["role"] = "auxiliary_staff"
    assert hits(d, "PUN-FILE-004") == [("PUN-FILE-004", "S02")]
    assert "案卷中主办、协办执法人员共 1 名，在立案日持有效行政执法证的仅 1 名（陈立新（O1））" in messages(d, "PUN-FILE-004")[0]


def test_pun_file_004_no_certificate_number() -> None:
    d = base_punishment()
    del officer(d, "O2")["certificate"]
    assert hits(d, "PUN-FILE-004") == [("PUN-FILE-004", "S02")]
    assert messages(d, "PUN-FILE-004")[0].endswith("未计入：刘晓东（O2）未登记执法证号。")


def test_pun_file_004_officers_listed_on_the_filing_step() -> None:
    d = base_punishment()
    add_officer(d, "O4", "何春燕", "assisting", EXPIRED)
    step(d, "S02")["officers"] = ["O1", "O4"]
    assert hits(d, "PUN-FILE-004") == [("PUN-FILE-004", "S02")]  # O2 (valid) is not among the assigned handlers
    assert "立案环节登记的办案人员 2 名" in messages(d, "PUN-FILE-004")[0]
    step(d, "S02")["officers"] = ["O1", "O2"]
    assert hits(d, "PUN-FILE-004") == []


def test_pun_file_004_supervision_certificate_does_not_count() -> None:
    d = base_punishment()
    officer(d, "O2")["certificate"] = SUPERVISION
    assert hits(d, "PUN-FILE-004") == [("PUN-FILE-004", "S02")]
    assert "为行政执法监督证" in messages(d, "PUN-FILE-004")[0]


def test_pun_file_004_coverage_left_to_cert_007() -> None:
    r = reg()
    cert(r, "33019920190002")["fields"] = ["urban_management"]
    assert hits(base_punishment(), "PUN-FILE-004", reg=r) == []


def test_pun_file_004_not_judged_without_filing_or_in_summary_procedure() -> None:
    d = base_punishment()
    del officer(d, "O2")["certificate"]
    assert hits(summary(copy.deepcopy(d)), "PUN-FILE-004") == []
    d["steps"] = [s for s in d["steps"] if s["id"] != "S02"]
    assert hits(d, "PUN-FILE-004") == []


def test_pun_file_004_open_case_judged_on_its_filing() -> None:
    d = base_punishment()
    d["case"]["status"] = "open"
    d["steps"] = [s for s in d["steps"] if s["id"] in ("S01", "S02")]
    assert hits(d, "PUN-FILE-004") == []
    del officer(d, "O2")["certificate"]
    assert hits(d, "PUN-FILE-004") == [("PUN-FILE-004", "S02")]


# ---------------------------------------------------------------- CERT-014 recusal (回避)


def recusal(d: dict[str, Any], outcome: str | None = "passed", head: str | None = "O9",
            request_day: str = "2025-03-07", decision_day: str | None = "2025-03-08",
            named: list[str] | None = None) -> dict[str, Any]:
    """The party asks for O2 刘晓东 to step aside (S20); the head decides (S21) unless decision_day is None."""
    d["steps"].append({"id": "S20", "kind": "recusal_request", "date": request_day,
                       "officers": named if named is not None else ["O2"]})
    if decision_day is not None:
        dec: dict[str, Any] = {"id": "S21", "kind": "recusal_decision", "date": decision_day, "of": "S20"}
        if head is not None:
            dec["approved_by"] = head
        if outcome is not None:
            dec["outcome"] = outcome
        d["steps"].append(dec)
    return d


def replaced(d: dict[str, Any], *step_ids: str) -> dict[str, Any]:
    """O7 何建平 replaces O2 on the steps (O2's certificate number reused: only CERT-014 runs on these dossiers)."""
    add_officer(d, "O7", "何建平", "assisting", "33019920190002")
    for sid in step_ids:
        step(d, sid)["officers"] = ["O1", "O7"]
    return d


def test_cert_014_metadata() -> None:
    d = recusal(base_punishment(), decision_day=None)
    (f,) = run(d, "CERT-014")
    assert f.severity is Severity.ERROR and f.confidence is Confidence.CONFIRMED
    assert [(b.article, b.paragraph) for b in f.legal_basis] == [(43, 1), (43, 2), (43, 3)]


def test_cert_014_granted_and_replaced_passes() -> None:
    assert hits(replaced(recusal(base_punishment()), "S04"), "CERT-014") == []


def test_cert_014_refused_officer_goes_on_passes() -> None:
    for outcome in ("returned", "supplement", "correct"):
        assert hits(recusal(base_punishment(), outcome=outcome), "CERT-014") == []


def test_cert_014_no_outcome_is_not_a_grant() -> None:
    assert hits(recusal(base_punishment(), outcome=None), "CERT-014") == []


def test_cert_014_other_case_types_not_judged() -> None:
    for base in (base_coercive_measure, base_enforced_execution, base_inspection):
        assert hits(recusal(base(), decision_day=None), "CERT-014") == []


def test_cert_014_missing_decision_closed_case() -> None:
    d = recusal(base_punishment(), decision_day=None)
    assert hits(d, "CERT-014") == [("CERT-014", "S20")]
    (f,) = run(d, "CERT-014")
    assert f.message == ("S20 回避申请（2025-03-07）：当事人申请刘晓东（O2）回避，"
                         "案卷中没有行政机关负责人对该申请的决定（recusal_decision）。")


def test_cert_014_missing_decision_open_case_is_silent() -> None:
    d = recusal(base_punishment(), decision_day=None)
    d["case"]["status"] = "open"
    assert hits(d, "CERT-014") == []


def test_cert_014_decision_of_another_step_does_not_count() -> None:
    d = recusal(base_punishment())
    step(d, "S21")["of"] = "S03"
    assert hits(d, "CERT-014") == [("CERT-014", "S20")]


def test_cert_014_decision_not_by_head() -> None:
    d = replaced(recusal(base_punishment(), head="O1"), "S04")
    assert hits(d, "CERT-014") == [("CERT-014", "S21")]
    (f,) = run(d, "CERT-014")
    assert f.message == ("S21 回避决定（2025-03-08）：对回避申请 S20 的决定由陈立新（O1）作出，"
                         "其角色为 lead，不是行政机关负责人。")


def test_cert_014_decision_without_approver() -> None:
    d = replaced(recusal(base_punishment(), head=None), "S04")
    assert hits(d, "CERT-014") == [("CERT-014", "S21")]
    (f,) = run(d, "CERT-014")
    assert f.message == "S21 回避决定（2025-03-08）：对回避申请 S20 的决定未载明作出决定的行政机关负责人。"


def test_cert_014_refusal_not_by_head_is_still_a_finding() -> None:
    d = recusal(base_punishment(), outcome="returned", head="O3")
    assert hits(d, "CERT-014") == [("CERT-014", "S21")]


def test_cert_014_recused_officer_acts_later() -> None:
    d = recusal(base_punishment())
    assert hits(d, "CERT-014") == [("CERT-014", "S04")]
    (f,) = run(d, "CERT-014")
    assert f.message == ("S04 询问（2025-03-10）：刘晓东（O2）已于 2025-03-08 经 S21 决定准予回避（申请 S20），"
                         "仍作为执法人员参与该环节。")


def test_cert_014_steps_on_or_before_the_decision_day_not_judged() -> None:
    # S03 inspection on 2025-03-06 (before the request) and an inquiry on the decision day itself
    d = recusal(base_punishment(), request_day="2025-03-05", decision_day="2025-03-10")
    assert hits(d, "CERT-014") == []
    d = recusal(base_punishment(), request_day="2025-03-05", decision_day="2025-03-09")  # one day earlier
    assert hits(d, "CERT-014") == [("CERT-014", "S04")]


def test_cert_014_every_role_and_every_officer() -> None:
    # the party asks for O2, O3 (legal reviewer) and O9 (head) to step aside; the head himself grants it
    d = recusal(base_punishment(), named=["O2", "O3", "O9"])
    step(d, "S09")["chair"] = "O2"  # pretend the statement step had a chair (any step's chair counts)
    found = run(d, "CERT-014")
    assert [(f.location.step, f.message.split("：")[1][:6]) for f in found] == [
        ("S04", "刘晓东（O2"),
        ("S06", "孙敏（O3）"),
        ("S09", "刘晓东（O2"),
        ("S10", "周建国（O9"),
    ]
    assert "仍作为审核人员参与" in found[1].message
    assert "仍作为听证主持人参与" in found[2].message
    assert "仍作为审批人参与" in found[3].message


def test_cert_014_one_finding_per_officer_and_step() -> None:
    d = recusal(base_punishment(), named=["O1", "O2"])
    step(d, "S04")["approved_by"] = "O1"  # O1 both acts and approves on S04: one finding
    assert hits(d, "CERT-014") == [("CERT-014", "S04"), ("CERT-014", "S04")]
    msgs = sorted(f.message for f in run(d, "CERT-014"))
    assert any("陈立新（O1）" in m and "仍作为执法人员、审批人参与" in m for m in msgs)
    assert any("刘晓东（O2）" in m and "仍作为执法人员参与" in m for m in msgs)


def test_cert_014_request_before_2021_revision_not_judged() -> None:
    d = recusal(base_punishment(), request_day="2021-07-14", decision_day=None)
    assert hits(d, "CERT-014") == []
    d = recusal(base_punishment(), request_day="2021-07-15", decision_day=None)
    assert hits(d, "CERT-014") == [("CERT-014", "S20")]


# ---------------------------------------------------------------- CERT-003 one-officer exceptions tagged with their basis


def one_officer(basis: str | None = None) -> dict[str, Any]:
    """A 1.2 summary-procedure punishment whose on-the-spot decision S10 is made by O1 alone."""
    d = summary(base_punishment())
    d["schema_version"] = "1.2"
    step(d, "S10")["officers"] = ["O1"]
    if basis is not None:
        step(d, "S10")["one_officer_basis"] = basis
    return d


def test_cert_003_meta() -> None:
    meta = rule_by_id("CERT-003").meta
    assert (meta.severity, meta.confidence) == (Severity.WARNING, Confidence.CONFIRMED)
    assert [str(b) for b in meta.legal_basis] == ["《中华人民共和国行政处罚法》第四十二条第一款",
                                                  "《公安机关办理行政案件程序规定》第三十九条第一款"]
    assert meta.parameters == ("one_officer_bases",)
    bases = load_profile("national").parameters.one_officer_bases
    assert bases is not None and bases.accepts("《公安机关办理行政案件程序规定》第三十九条第一款")
    assert not bases.accepts("道路交通安全违法行为处理程序规定第四十四条")


def test_cert_003_untagged_and_unaccepted() -> None:
    findings = run(one_officer(), "CERT-003")
    assert [(f.rule_id, f.location.step, f.severity) for f in findings] == [("CERT-003", "S10", Severity.WARNING)]
    assert findings[0].message == (
        "S10 处罚决定（2025-04-21） 由 1 名持证执法人员实施，未载明一人执法的法律依据（one-officer-basis 未记录）。")
    assert messages(one_officer("某市管理办法第五条"), "CERT-003") == [
        "S10 处罚决定（2025-04-21） 由 1 名持证执法人员实施，所载依据“某市管理办法第五条”"
        "不在本配置认可的一人执法例外依据之列（one_officer_bases）。"]


def test_cert_003_accepted_basis() -> None:
    assert hits(one_officer("《公安机关办理行政案件程序规定》第三十九条"), "CERT-003") == []


def test_cert_003_not_judged() -> None:
    d = one_officer()
    d["schema_version"] = "1.1"
    assert hits(d, "CERT-003") == []
    d = one_officer()
    step(d, "S10")["officers"] = ["O1", "O2"]
    assert hits(d, "CERT-003") == []


def test_cert_002_shows_the_one_officer_exception() -> None:
    d = base_punishment()
    d["schema_version"] = "1.2"
    step(d, "S03")["officers"] = ["O1"]
    step(d, "S03")["one_officer_basis"] = "公安机关办理行政案件程序规定第三十九条"
    assert hits(d, "CERT-002") == []  # accepted exception: CERT-003's business
    step(d, "S03")["one_officer_basis"] = "某市管理办法第五条"
    assert messages(d, "CERT-002")[0].endswith(
        "；所载一人执法依据“某市管理办法第五条”不在本配置认可的例外依据之列（CERT-003）。")
    assert hits(d, "CERT-003") == []  # general procedure: CERT-002 reports it


# ---------------------------------------------------------------- CERT-016 old provincial cards after the cut-over


def cutover(day: str = "2022-01-01") -> Profile:
    """The national profile with a provincial cut-over day to the national-style card."""
    p = load_profile("national")
    param = DateParam(date=day, source="测试：舟山市司法局关于启用新版行政执法证件的公告", confidence="unconfirmed")
    return p.model_copy(update={"parameters": p.parameters.model_copy(update={"certificate_cutover": param})})


def styled(**attrs: str) -> dict[str, Any]:
    """The registry with O1's certificate 33019920190001 carrying ``attrs``."""
    r = reg()
    cert(r, "33019920190001").update(attrs)
    return r


def test_cert_016_meta() -> None:
    meta = rule_by_id("CERT-016").meta
    assert (meta.severity, meta.confidence) == (Severity.WARNING, Confidence.UNCONFIRMED)
    assert meta.parameters == ("certificate_cutover",)
    assert load_profile("national").parameters.certificate_cutover is None


def test_cert_016_old_card_after_cutover() -> None:
    findings = run(base_inspection(), "CERT-016", profile=cutover(), reg=styled(style="provincial"))
    assert [(f.rule_id, f.location.step, f.severity) for f in findings] == [("CERT-016", "S02", Severity.WARNING)]
    assert findings[0].message.endswith(
        "的执法人员 陈立新（O1） 所持 33019920190001 为旧版地方样式执法证，该样式已于 2022-01-01 起废止（换发全国统一样式证件）。")


def test_cert_016_national_card() -> None:
    assert hits(base_inspection(), "CERT-016", profile=cutover(), reg=styled(style="national")) == []


def test_cert_016_and_015_bundled_zhejiang_profile() -> None:
    zj = load_profile("zhejiang").parameters
    assert zj.certificate_cutover is not None and zj.certificate_cutover.date.isoformat() == "2022-01-01"
    assert zj.ministry_certificate_filing is not None and zj.ministry_certificate_filing.enabled
    assert hits(base_inspection(), "CERT-016", profile="zhejiang", reg=styled(style="provincial")) == [("CERT-016", "S02")]
    assert hits(base_inspection(), "CERT-016", profile="zhejiang", reg=styled(style="national")) == []
    assert hits(base_inspection(), "CERT-015", profile="zhejiang", reg=styled(issuer="ministry")) == [("CERT-015", "S02")]


def test_cert_016_not_judged() -> None:
    assert hits(base_inspection(), "CERT-016", reg=styled(style="provincial")) == []  # national: no cut-over
    assert hits(base_inspection(), "CERT-016", profile=cutover("2026-01-01"), reg=styled(style="provincial")) == []


# ---------------------------------------------------------------- CERT-015 ministry certificates filed


def ministry_filing(enabled: bool = True) -> Profile:
    p = load_profile("national")
    flag = Flag(enabled=enabled, source="测试：舟山市司法局公告（部委证件备案）", confidence="unconfirmed")
    return p.model_copy(update={"parameters": p.parameters.model_copy(update={"ministry_certificate_filing": flag})})


def test_cert_015_meta() -> None:
    meta = rule_by_id("CERT-015").meta
    assert (meta.severity, meta.confidence) == (Severity.WARNING, Confidence.UNCONFIRMED)
    assert meta.parameters == ("ministry_certificate_filing",)
    assert load_profile("national").parameters.ministry_certificate_filing is None


def test_cert_015_ministry_card_not_filed() -> None:
    findings = run(base_inspection(), "CERT-015", profile=ministry_filing(), reg=styled(issuer="ministry"))
    assert [(f.rule_id, f.location.step, f.severity) for f in findings] == [("CERT-015", "S02", Severity.WARNING)]
    assert findings[0].message.endswith(
        "的执法人员 陈立新（O1） 所持 33019920190001 为国务院部委颁发的执法证件，"
        "证件名录中未登记向同级司法行政部门备案的文号（filing-ref）。")


def test_cert_015_filed() -> None:
    r = styled(issuer="ministry", filing_ref="舟司备〔2022〕3号")
    assert hits(base_inspection(), "CERT-015", profile=ministry_filing(), reg=r) == []


def test_cert_015_not_judged() -> None:
    assert hits(base_inspection(), "CERT-015", reg=styled(issuer="ministry")) == []
    assert hits(base_inspection(), "CERT-015", profile=ministry_filing(False), reg=styled(issuer="ministry")) == []
    assert hits(base_inspection(), "CERT-015", profile=ministry_filing(), reg=styled(issuer="province")) == []
