"""End-to-end workflows through the real command line: the quarterly self-check and the cross-check.

Runs ``scripts/quarterly_self_check.py`` and ``scripts/cross_check.py`` (their ``main(work_dir)``) in a
temporary folder. The expectations below are derived from the edits the quarterly script makes and from
the documented planted defects (``sample_dossiers/README.md``, ``expected-findings.json``), not copied from
the tool's output.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXPECTED = json.loads((ROOT / "sample_dossiers" / "expected-findings.json").read_text(encoding="utf-8"))

#: (dossier, rule id, step or None)
Key = tuple[str, str, str | None]


def _load(name: str) -> ModuleType:
    path = ROOT / "scripts" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"_workflow_{name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


# ------------------------------------------------------------------ quarterly self-check

PUN03, CO06, CO02, INS05 = ("PUN-03-dust-review-after-decision", "CO-06-demolition-at-night",
                            "CO-02-lpg-seizure-overdue", "INS-05-billboard-unsigned-late-disclosure")
INS01, CO14 = "INS-01-food-random-ok", "CO-14-solvent-seal-up-witness-ok"

#: Fixed in quarter 2: every planted finding of PUN-03 (review now before the decision), CO-06
#: (daytime execution), CO-02 (released on day 30); INS-05 only its unsigned record (INS-111).
RESOLVED: set[Key] = {
    (PUN03, "REC-101", "S09"), (PUN03, "REV-001", "S09"), (PUN03, "REV-003", "S11"),
    (CO06, "CO-E-108", "S06"),
    (CO02, "CO-SEAL-006", "S03"),
    (INS05, "INS-111", "S02"),
}
#: Planted in quarter 2: INS-01's result published after 20 working days (PUB-015 at the disclosure);
#: CO-14's second officer's certificate expired (CERT-006), leaving one certified officer at the
#: seal-up (CERT-002, the coercive-measure two-officer rule).
NEW_PLANTED: set[Key] = {(INS01, "PUB-015", "S04"), (CO14, "CERT-006", "S03"), (CO14, "CERT-002", "S03")}
#: Moving the reference day from 2026-06-30 to 2026-09-30 lets two pending deadlines of open cases run
#: out: CO-04's seal-up (from 2026-06-09, 30 days: 2026-07-09) and PUN-07's 90-day decision period
#: (filed 2026-05-20: 2026-08-18, a case-level finding).
NEW_BY_TIME: set[Key] = {("CO-04-plating-seal-up-open", "CO-SEAL-006", "S03"), ("PUN-07-water-open", "PUN-DEC-001", None)}
#: Yellow (due soon) alerts on 2026-06-30 whose deadlines (2026-07-01 / 07-02) have passed by 2026-09-30.
TURNED_RED: set[Key] = {("CO-11-meat-seizure-testing-open", "CO-SEAL-006", "S03"),
                        ("INS-08-supermarket-random-open-overdue", "PUB-015", "S04"),
                        ("PUN-13-safety-open-payment-due", "PUN-PAY-002", "S09")}


def _q1_expected() -> set[Key]:
    return {(d, f["rule_id"], f["step"]) for d, findings in EXPECTED["dossiers"].items() for f in findings}


def _keys(records: list[dict[str, Any]]) -> set[Key]:
    keys = [(r["dossier"], r["rule_id"], r["step"]) for r in records]
    assert len(keys) == len(set(keys)), "a (dossier, rule, step) appears twice"
    return set(keys)


@pytest.fixture(scope="module")
def quarterly(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    result: dict[str, Any] = _load("quarterly_self_check").main(tmp_path_factory.mktemp("quarterly"), echo=False)
    return result


def test_quarterly_new_persisting_resolved(quarterly: dict[str, Any]) -> None:
    history = quarterly["history"]
    assert history["run"]["as_of"] == "2026-09-30" and history["previous"]["as_of"] == "2026-06-30"
    q1 = _q1_expected()
    assert q1 >= RESOLVED and not (NEW_PLANTED | NEW_BY_TIME) & q1
    assert _keys(history["new"]) == NEW_PLANTED | NEW_BY_TIME
    assert _keys(history["resolved"]) == RESOLVED
    assert _keys(history["persisting"]) == q1 - RESOLVED
    assert history["not_rechecked"] == []
    assert history["counts"] == {"new": 5, "persisting": len(q1) - 6, "resolved": 6, "not_rechecked": 0}
    alerts = {(r["dossier"], r["rule_id"], r["step"]): r["alert"] for r in history["persisting"]}
    assert all(alerts[k] == "red" for k in TURNED_RED)
    # by department: the fixes are in B-CX-EE (PUN-03), B-CX-ZF (CO-06, INS-05) and B-CX-YJ (CO-02)
    resolved_by_dept = {d["department"]: d["resolved"] for d in history["by_department"] if d["resolved"]}
    assert resolved_by_dept == {"B-CX-EE": 3, "B-CX-ZF": 2, "B-CX-YJ": 1}


def test_quarterly_ledger_records_assignment_and_rectification(quarterly: dict[str, Any]) -> None:
    items = quarterly["ledger"]["items"]
    q1 = _q1_expected()
    assert len(items) == len(q1) + len(NEW_PLANTED | NEW_BY_TIME)  # one item per fingerprint ever found
    (item,) = [i for i in items if i["fingerprint"] == quarterly["item"]]
    assert (item["dossier"], item["rule_id"]) == ("PUN-13-safety-open-payment-due", "PUB-007")
    assert item["status"] == "rectified" and item["owner"] == "钱海峰" and item["due"] == "2026-10-31"
    acts = [(e["action"], e["by"], e["at"]) for e in item["events"]]
    assert acts[0][0] == "opened"
    assert acts[1:] == [("assigned", "法制科 韩立诚", "2026-10-09T09:00:00+08:00"),
                        ("rectified", "钱海峰", "2026-10-16T15:30:00+08:00")]
    assert item["events"][-1]["note"].startswith("已在门户网站")
    others = [i for i in items if i["fingerprint"] != quarterly["item"]]
    assert all(i["status"] == "open" for i in others)
    # new in quarter 2: due 30 days after its as-of day
    new_items = [i for i in items if (i["dossier"], i["rule_id"]) in {(d, r) for d, r, _ in NEW_PLANTED | NEW_BY_TIME}]
    assert len(new_items) == 5 and {i["due"] for i in new_items} == {"2026-10-30"}


# ------------------------------------------------------------------ cross-check


@pytest.fixture(scope="module")
def cross(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    result: dict[str, Any] = _load("cross_check").main(tmp_path_factory.mktemp("cross"), echo=False)
    return result


def test_cross_check_assignment_has_no_conflicts(cross: dict[str, Any]) -> None:
    draw, assignment = cross["draw"], cross["assignment"]
    team = {r["id"]: r for r in assignment["team"]["reviewers"]}
    dossiers = {d["id"]: d for d in draw["dossiers"]}
    assert "复核通过" in cross["check"]
    assert assignment["unassignable"] == []
    assert sorted(a["dossier"] for a in assignment["assignments"]) == sorted(cross["sampled"])
    for a in assignment["assignments"]:
        d = dossiers[a["dossier"]]
        assert len(a["reviewers"]) == 1
        for r in a["reviewers"]:
            member = team[r["id"]]
            assert member["department"] != d["department"]
            assert member["name"] not in d["officers"]
            assert not {d["department"], d["id"], d["case_number"]} & set(member["also_recuse"])
    loads = [m["load"] for m in team.values()]
    assert sum(loads) == len(cross["sampled"]) and max(loads) - min(loads) <= 1


def test_cross_check_scores_every_sampled_file(cross: dict[str, Any]) -> None:
    score = cross["score"]
    sampled = set(cross["sampled"])
    # 30 % of each department × case-type stratum, rounded up: 23 of the 47 samples with a manifest
    assert len(sampled) == 23
    scored = {d["id"]: d for d in score["dossiers"]}
    assert set(scored) == sampled
    assert all("not_scored" not in d and not d["score"]["provisional"] for d in scored.values())
    verdicts = cross["verdicts"]
    assert verdicts["defect"] == 1 and verdicts["veto"] == 1 and verdicts["ok"] > 0

    vetoes = {i: [(v["id"], v["source"]) for v in d["score"]["vetoes"]] for i, d in scored.items() if d["score"]["vetoed"]}
    reviewer = {a["dossier"]: a["reviewers"][0]["name"] for a in cross["assignment"]["assignments"]}
    # machine vetoes of planted veto-rule defects, and the reviewer's veto on a compliant file
    assert vetoes["PUN-04-township-outside-delegation"] == [("V01", "machine: SUBJ-005@-")]
    assert vetoes["PUN-02-safety-training-ok"] == [("V03", f"human: MAN-001 by {reviewer['PUN-02-safety-training-ok']}")]
    assert {"CO-07-obstruction-no-demand", "INS-03-safety-expired-cert", "PUN-14-stall-summary-2020-over-old-limit"} <= set(vetoes)
    assert all(scored[i]["score"]["grade"] == "不合格" for i in vetoes)

    deductions = [x for d in scored.values() for item in d["score"]["items"] for x in item["deductions"]]
    assert deductions and all(x["source"].startswith(f"{x['kind']}: ") for x in deductions)
    human = [x for x in deductions if x["kind"] == "human"]
    assert [(x["source"], x["points"]) for x in human] == [(f"human: MAN-004 by {reviewer['PUN-19-pdf-training-ok']}", 2)]
    pun19 = scored["PUN-19-pdf-training-ok"]["score"]
    assert (pun19["total"], pun19["grade"]) == (98, "优秀")
    co02 = [x["source"] for item in scored["CO-02-lpg-seizure-overdue"]["score"]["items"] for x in item["deductions"]]
    assert co02 == ["machine: CO-SEAL-006@S03"]


def test_cross_check_department_summary(cross: dict[str, Any]) -> None:
    departments = {d["department"]: d for d in cross["score"]["departments"]}
    by_dept: dict[str, int] = {}
    for d in cross["draw"]["dossiers"]:
        by_dept[d["department"]] = by_dept.get(d["department"], 0) + 1
    assert set(departments) == set(by_dept) == {"B-CX-EE", "B-CX-HT", "B-CX-MR", "B-CX-QS", "B-CX-YJ", "B-CX-ZF"}
    assert {k: v["files"] for k, v in departments.items()} == by_dept
    assert departments["B-CX-QS"]["vetoed"] == 1  # PUN-04 (SUBJ-005)
    assert departments["B-CX-YJ"]["vetoed"] == 2  # INS-03 (CERT-006) and PUN-02 (the reviewer's veto)
    # PUN-19's human defect and PUN-02's human veto
    assert departments["B-CX-YJ"]["defects_by_system"].get("人工评查") == 2
    assert all(d["provisional"] == 0 for d in departments.values())
