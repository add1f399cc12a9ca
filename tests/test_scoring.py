"""Scoring against a review standard (案卷评查): standards as data, machine + human deductions,
vetoes, provisional scores, the reviewer workbook, the department summary and the CLI commands."""

from __future__ import annotations

import io
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from enforcement_audit.cli import main as audit_main
from enforcement_audit.cli_scoring import register
from enforcement_audit.engine import Alert, Finding, Location, finding_from_meta, matches
from enforcement_audit.loader import LOAD_RULES
from enforcement_audit.manual import manual_checks
from enforcement_audit.models import Dossier
from enforcement_audit.rules import ALL_RULES, rule_by_id
from enforcement_audit.runner import DossierResult
from enforcement_audit.scoring import (
    Judgement,
    ReviewerSheetError,
    ScoringError,
    StandardError,
    bundled_standards,
    department_summary,
    load_standard,
    read_reviewer_workbook,
    results_from_report,
    score,
    standard_for,
    write_reviewer_workbook,
)
from enforcement_audit.testing import base_inspection, base_punishment

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_dossiers"
PUN_MANUAL = ["MAN-001", "MAN-002", "MAN-003", "MAN-004", "MAN-005", "MAN-006", "MAN-007", "MAN-008", "MAN-009",
              "MAN-012", "MAN-013", "MAN-015", "MAN-016", "MAN-017", "MAN-018"]


# ---------------------------------------------------------------- helpers


def finding(rule_id: str, dossier: str = "PUN-2025-031", step: str | None = None, document: str | None = None,
            alert: Alert | None = None, message: str = "（测试）") -> Finding:
    rule = rule_by_id(rule_id)
    meta = rule.meta if rule is not None else next(m for m in LOAD_RULES if m.id == rule_id)
    return finding_from_meta(meta, dossier, message, Location(step=step, document=document, file="dossier.xml"),
                             alert=alert)


def punishment_result(*findings: Finding, dossier: str = "PUN-2025-031", department: str = "B-CX-MR",
                      department_name: str = "城西县市场监督管理局") -> DossierResult:
    checks = manual_checks(Dossier.model_validate(base_punishment()))
    return DossierResult(dossier, f"dossiers/{dossier}", "punishment", "closed", list(findings), manual_checks=checks,
                         case_number="城西市监罚〔2025〕31号", department=department, department_name=department_name)


def all_ok(reviewer: str = "李明") -> dict[str, Judgement]:
    return {m: Judgement("ok", reviewer=reviewer) for m in PUN_MANUAL}


SMALL = """
[standard]
id = "small"
title = "小型测试标准"
case_types = ["punishment"]
total = 10

[[grade]]
name = "优秀"
min = 9

[[grade]]
name = "合格"
min = 6

[[grade]]
name = "不合格"
min = 0
fail = true

[[veto]]
id = "V1"
title = "执法主体不合法"
rules = ["SUBJ-003"]
manual = ["MAN-017"]

[[item]]
id = "P1"
part = "程序"
title = "送达与公示"
max = 3
deduction = 2
rules = ["PUN-SERVE-*", "PUB-007"]

[[item]]
id = "P2"
part = "证据"
title = "证据与证件"
max = 7
deduction = 1.5
rules = ["CERT-005", "CERT-103"]
manual = ["MAN-001"]
"""


def write_standard(tmp_path: Path, text: str = SMALL, name: str = "small.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# ---------------------------------------------------------------- bundled standards


def test_bundled_standards_load_and_cover_every_rule() -> None:
    assert bundled_standards() == ["coercion-inspection", "punishment"]
    assert standard_for("punishment").id == "punishment"
    for ct in ("coercive_measure", "enforced_execution", "inspection"):
        assert standard_for(ct).id == "coercion-inspection"
    for name in bundled_standards():
        std = load_standard(name)
        for ct in std.case_types:
            assert sum(i.max for i in std.items_for(ct)) == Decimal(100), (name, ct)
        # every rule that can fire for these case types is counted by a veto or a scored item
        patterns = [p for e in (*std.vetoes, *std.items) for p in e.rules]
        for rule in ALL_RULES:
            if rule.meta.case_types & set(std.case_types):
                assert matches(rule.meta.id, patterns), (name, rule.meta.id)
        assert [g.name for g in std.grades] == ["优秀", "合格", "不合格"]
        assert std.fail_grade == "不合格"


def test_every_bundled_rule_pattern_names_a_known_rule() -> None:
    known = [r.meta.id for r in ALL_RULES] + [m.id for m in LOAD_RULES]
    for name in bundled_standards():
        std = load_standard(name)
        for e in (*std.vetoes, *std.items):
            for p in e.rules:
                assert any(matches(k, [p]) for k in known), (name, e.id, p)


def test_unknown_standard_name() -> None:
    with pytest.raises(StandardError, match="没有评查标准 'nope'"):
        load_standard("nope")
    with pytest.raises(ScoringError, match="未知的案件类型"):
        standard_for("licensing")


# ---------------------------------------------------------------- scoring


def test_compliant_file_scores_100_and_excellent() -> None:
    std = standard_for("punishment")
    sc = score(punishment_result(), std, all_ok())
    out = sc.to_json()
    assert out["standard"] == "punishment"
    assert (out["total"], out["max"], out["grade"]) == (100, 100, "优秀")
    assert (out["vetoed"], out["veto_reasons"], out["provisional"], out["pending"]) == (False, [], False, [])
    assert [(i["id"], i["points"], i["max"], i["deductions"]) for i in out["items"]] == [
        (i.id, int(i.max), int(i.max), []) for i in std.items]
    assert "unmapped" not in out


def test_small_standard_complete_result(tmp_path: Path) -> None:
    std = load_standard(write_standard(tmp_path))
    result = punishment_result(
        finding("PUN-SERVE-001", step="S11", message="S10 处罚决定（2025-04-21）应在 7 个工作日内送达，实际于 2025-05-09 送达。"),
        finding("CERT-005", step="S04"),
        finding("CERT-103", step="S04"),  # the same fact (officers at S04): one defect in P2
        finding("REC-003", step="S09"),  # not counted by this standard
    )
    judgements = {"MAN-001": Judgement("defect", 2, "李明", "询问笔录与现场检查笔录的时间相互矛盾"),
                  "MAN-017": Judgement("ok", reviewer="李明")}
    assert score(result, std, judgements).to_json() == {
        "standard": "small",
        "standard_title": "小型测试标准",
        "total": 3.5,
        "max": 10,
        "grade": "不合格",
        "vetoed": False,
        "veto_reasons": [],
        "provisional": False,
        "pending": [],
        "vetoes": [],
        "items": [
            {"id": "P1", "title": "送达与公示", "part": "程序", "max": 3, "points": 1, "deductions": [
                {"source": "machine: PUN-SERVE-001@S11", "kind": "machine", "reason": "处罚决定书未在法定期限内送达", "points": 2},
            ]},
            {"id": "P2", "title": "证据与证件", "part": "证据", "max": 7, "points": 2.5, "deductions": [
                {"source": "machine: CERT-005@S04", "kind": "machine", "reason": "现场执法未出示或未记录出示执法证件",
                 "points": 1.5, "merged": ["CERT-103@S04"]},
                {"source": "human: MAN-001 by 李明", "kind": "human", "reason": "询问笔录与现场检查笔录的时间相互矛盾（2 处）",
                 "points": 3},
            ]},
        ],
        "unmapped": ["REC-003@S09"],
    }
    # P2: 1.5 (one fact at S04, found by two rules) + 2 × 1.5 (human) from 7 leaves 2.5; total 1 + 2.5
    assert score(result, std, judgements).items[1].points == Decimal("2.5")


def test_deductions_floor_at_zero_per_item() -> None:
    std = standard_for("punishment")  # D06 送达: max 3, deduction 3; E02 一致性: max 4, deduction 1
    result = punishment_result(
        finding("PUN-SERVE-001", step="S11"), finding("PUN-SERVE-003", step="S13"),
        *(finding(rid, step=f"S0{n}") for n, rid in enumerate(["ARC-101", "ARC-102", "ARC-103", "ARC-104", "ARC-005", "ARC-101"], start=1)),
    )
    sc = score(result, std, all_ok())
    items = {i.id: i for i in sc.items}
    assert items["D06"].points == 0
    assert [(d.source, d.points, d.nominal) for d in items["D06"].deductions] == [
        ("machine: PUN-SERVE-001@S11", 3, 3), ("machine: PUN-SERVE-003@S13", 0, 3)]
    assert items["E02"].points == 0
    assert [d.points for d in items["E02"].deductions] == [1, 1, 1, 1, 0, 0]
    assert sc.total == 93 and sc.grade == "优秀"
    assert sc.to_json()["items"][[i.id for i in sc.items].index("D06")]["deductions"][1] == {
        "source": "machine: PUN-SERVE-003@S13", "kind": "machine", "reason": "留置送达缺少见证或拍照录像记录", "points": 0,
        "nominal": 3}


def test_veto_rule_finding_fails_the_file_whatever_the_points() -> None:
    sc = score(punishment_result(finding("SUBJ-005")), standard_for("punishment"), all_ok())
    # the bundled standards count a failed file as 0 (veto_total = "zero")
    assert (sc.total, sc.grade, sc.vetoed, sc.provisional) == (0, "不合格", True, False)
    assert sc.veto_reasons == ["V01 执法主体不合法或超越职权（machine: SUBJ-005@-：受委托组织或乡镇未在有效的委托、赋权范围内实施）"]


def test_veto_total_zero(tmp_path: Path) -> None:
    std = load_standard(write_standard(tmp_path, SMALL.replace('total = 10\n', 'total = 10\nveto_total = "zero"\n')))
    sc = score(punishment_result(finding("SUBJ-003")), std, {"MAN-001": Judgement("ok", reviewer="李明"),
                                                            "MAN-017": Judgement("ok", reviewer="李明")})
    assert (sc.total, sc.grade, sc.vetoed) == (0, "不合格", True)


def test_human_veto() -> None:
    judgements = all_ok() | {"MAN-001": Judgement("veto", reviewer="赵芳", note="违法所得计算无任何证据支持")}
    sc = score(punishment_result(), standard_for("punishment"), judgements)
    assert (sc.total, sc.grade, sc.vetoed) == (0, "不合格", True)
    assert [v.to_json() for v in sc.vetoes] == [{"id": "V03", "title": "事实不清、证据不足", "source": "human: MAN-001 by 赵芳",
                                                 "kind": "human", "reason": "违法所得计算无任何证据支持"}]
    # a veto on an item only scored items list (MAN-004 discretion) also fails the file
    sc = score(punishment_result(), standard_for("punishment"), all_ok() | {"MAN-004": Judgement("veto", reviewer="赵芳")})
    assert sc.vetoed and sc.vetoes[0].id == "MAN-004"
    assert sc.vetoes[0].reason.startswith("处罚裁量是否适当")
    # a defect on a MAN id only a veto item lists deducts nothing, and says so
    sc = score(punishment_result(), standard_for("punishment"), all_ok() | {"MAN-016": Judgement("defect", 1, "赵芳")})
    assert (sc.total, sc.vetoed, [n.to_json() for n in sc.not_deducted]) == (100, False, [
        {"source": "human: MAN-016 by 赵芳", "reason": "本标准没有对应的扣分项，未扣分（构成否决的请判 veto）"}])


def test_pending_human_items_make_the_score_provisional() -> None:
    judged = all_ok()
    del judged["MAN-004"], judged["MAN-009"]
    sc = score(punishment_result(), standard_for("punishment"), judged)
    assert (sc.total, sc.grade, sc.provisional, sc.pending) == (100, "优秀", True, ("MAN-004", "MAN-009"))
    assert {i.id: i.pending for i in sc.items if i.pending} == {"C02": ("MAN-004",), "D03": ("MAN-009",)}
    assert score(punishment_result(), standard_for("punishment")).pending == tuple(PUN_MANUAL)


def test_dedupe_by_step_within_an_item_but_not_across_items() -> None:
    result = punishment_result(
        finding("CERT-005", step="S04"), finding("CERT-103", step="S04"), finding("CERT-009", step="S04"),
        finding("CERT-005", step="S03"),
        finding("REC-014", step="S04"),  # another item (B02): deducted there too
    )
    sc = score(result, standard_for("punishment"), all_ok())
    items = {i.id: i for i in sc.items}
    assert [(d.source, d.points, d.merged) for d in items["A01"].deductions] == [
        ("machine: CERT-005@S04", 2, ("CERT-103@S04", "CERT-009@S04")), ("machine: CERT-005@S03", 2, ())]
    assert [d.source for d in items["B02"].deductions] == ["machine: REC-014@S04"]
    assert sc.total == 95


def test_waived_and_not_yet_due_findings_do_not_deduct() -> None:
    serve = finding("PUN-SERVE-001", step="S11")
    veto = finding("SUBJ-003")
    late = finding("PUB-007", step="S10", alert=Alert.YELLOW)
    result = punishment_result(serve, veto, late)
    result.waived = {serve.fingerprint(): "送达回证另册保存，已核实（王敏，至 2026-12-31）",
                     veto.fingerprint(): "权责清单 2025 版已列入该事项（王敏）"}
    sc = score(result, standard_for("punishment"), all_ok())
    assert (sc.total, sc.grade, sc.vetoed) == (100, "优秀", False)
    items = {i.id: i for i in sc.items}
    assert [n.to_json() for n in items["D06"].not_deducted] == [
        {"source": "machine: PUN-SERVE-001@S11", "reason": "已豁免：送达回证另册保存，已核实（王敏，至 2026-12-31）"}]
    assert [n.to_json() for n in items["F01"].not_deducted] == [
        {"source": "machine: PUB-007@S10", "reason": "临期预警：期限尚未届满，不扣分"}]
    assert [n.to_json() for n in sc.not_deducted] == [
        {"source": "machine: SUBJ-003@-", "reason": "V01：已豁免：权责清单 2025 版已列入该事项（王敏）"}]


def test_judgement_errors() -> None:
    with pytest.raises(ScoringError, match="不是 ok、defect、veto、n/a 之一"):
        Judgement("bad")  # type: ignore[arg-type]
    with pytest.raises(ScoringError, match="正整数"):
        Judgement("defect", 0, "李明")
    with pytest.raises(ScoringError, match="MAN-014 不是评查标准 punishment 对 punishment 案件的人工评查项"):
        score(punishment_result(), standard_for("punishment"), {"MAN-014": Judgement("ok", reviewer="李明")})
    unloaded = DossierResult("broken", "dossiers/broken", None, None, [])
    with pytest.raises(ScoringError, match="未能载入"):
        score(unloaded, standard_for("punishment"))
    with pytest.raises(ScoringError, match="不适用于 inspection"):
        score(DossierResult("INS-1", "x", "inspection", "closed", []), standard_for("punishment"))


def test_score_is_deterministic() -> None:
    result = punishment_result(finding("CERT-005", step="S04"), finding("PUB-007", step="S12"), finding("SUBJ-003"))
    a = json.dumps(score(result, standard_for("punishment")).to_json(), ensure_ascii=False)
    b = json.dumps(score(result, standard_for("punishment")).to_json(), ensure_ascii=False)
    assert a == b


# ---------------------------------------------------------------- standards validation


@pytest.mark.parametrize(("old", "new", "message"), [
    ('rules = ["CERT-005", "CERT-103"]', 'rules = ["CERT-005", "CERT-999"]',
     "item[P2].rules[1]: 'CERT-999' 不是已知的规则编号、前缀或通配符"),
    ('manual = ["MAN-001"]', 'manual = ["MAN-099"]', "item[P2].manual[0]: 'MAN-099' 不是人工核查清单"),
    ('manual = ["MAN-001"]', 'manual = ["MAN-014"]', "item[P2].manual[0]: MAN-014 不适用于本项的案件类型"),
    ('rules = ["CERT-005", "CERT-103"]', 'rules = ["CERT-005", "INS-003"]', "item[P2].rules[1]: 'INS-003' 的规则都不适用于本项的案件类型"),
    ("max = 7", "max = 6", "item: punishment 适用的扣分项满分合计 9，与 standard.total（10）不符"),
    ('rules = ["CERT-005", "CERT-103"]', 'rules = ["CERT-005", "PUB"]', "item[P2].rules: 规则 PUB-007 已由 item[P1] 计分"),
    ("min = 6", "min = 9.5", "grade: 各等次的 min 须从高到低严格递减"),
    ("deduction = 1.5", "deduction = 8", "item[P2].deduction: 须大于 0 且不超过 max（7）"),
    ('id = "P2"', 'id = "P1"', "item[P1].id: 编号重复"),
    ("deduction = 1.5", "deduction = 1.5\nweight = 2", "item[P2].weight: Extra inputs are not permitted"),
    ('case_types = ["punishment"]', 'case_types = ["licensing"]', "standard.case_types.0: Input should be"),
    ('title = "小型测试标准"', 'title = "小型测试标准', "不是有效的 TOML"),
])
def test_standard_validation_names_file_and_key(tmp_path: Path, old: str, new: str, message: str) -> None:
    assert old in SMALL
    path = write_standard(tmp_path, SMALL.replace(old, new, 1))
    with pytest.raises(StandardError) as err:
        load_standard(path)
    assert str(path) in str(err.value)
    assert message in str(err.value)


def test_item_without_rules_or_manual(tmp_path: Path) -> None:
    path = write_standard(tmp_path, SMALL.replace('rules = ["SUBJ-003"]\nmanual = ["MAN-017"]\n', ""))
    with pytest.raises(StandardError, match=r"veto\[V1\]: rules 和 manual 至少要有一项"):
        load_standard(path)


# ---------------------------------------------------------------- reviewer workbook


def _fill(path: Path, answers: dict[tuple[str, str], tuple[str, Any, str, str]]) -> None:
    wb = load_workbook(path)
    ws = wb["人工评查"]
    header = [c.value for c in ws[1]]
    col = {name: header.index(name) + 1 for name in header}
    for row in range(2, ws.max_row + 1):
        key = (ws.cell(row, col["案卷"]).value, ws.cell(row, col["人工核查项"]).value)
        if key in answers:
            verdict, count, who, note = answers[key]
            ws.cell(row, col["结论"]).value = verdict
            ws.cell(row, col["扣分次数"]).value = count
            ws.cell(row, col["评查人"]).value = who
            ws.cell(row, col["说明"]).value = note
    wb.save(path)


def _inspection_result() -> DossierResult:
    checks = manual_checks(Dossier.model_validate(base_inspection()))
    return DossierResult("INS-2025-002", "dossiers/INS-2025-002", "inspection", "closed",
                         [finding("INS-003", dossier="INS-2025-002", step="S02")], manual_checks=checks,
                         case_number="城西应急检〔2025〕2号", department="B-CX-YJ", department_name="城西县应急管理局")


def test_reviewer_workbook_keeps_dossier_text_as_text() -> None:
    """Text from a dossier or the registry that looks like a formula stays text; a control character becomes U+FFFD."""
    pun = punishment_result(dossier="=1+1", department_name="=HYPERLINK(\"x\")\x07")
    buf = io.BytesIO()
    write_reviewer_workbook([pun], {"punishment": standard_for("punishment")}, buf, None)
    first = load_workbook(io.BytesIO(buf.getvalue()))["人工评查"][2]
    assert [(c.value, c.data_type) for c in first[:3]] == [
        ("=1+1", "s"), ("城西市监罚〔2025〕31号", "s"), ("=HYPERLINK(\"x\")\ufffd", "s")]


def test_reviewer_workbook_round_trip(tmp_path: Path) -> None:
    pun = punishment_result(finding("CERT-005", step="S04"))
    ins = _inspection_result()
    by_type = {"punishment": standard_for("punishment"), "inspection": standard_for("inspection")}
    buf = io.BytesIO()
    rows = write_reviewer_workbook([pun, ins, DossierResult("broken", "x", None, None, [])], by_type, buf, "李明")
    assert rows == len(PUN_MANUAL) + 5
    path = tmp_path / "reviewer.xlsx"
    path.write_bytes(buf.getvalue())

    wb = load_workbook(path)
    ws = wb["人工评查"]
    header = [c.value for c in ws[1]]
    assert header == ["案卷", "案号", "部门", "评查标准", "评查项目", "人工核查项", "问题", "机器所见", "相关机器发现",
                      "结论", "扣分次数", "评查人", "说明"]
    first = [c.value for c in ws[2]]
    assert first[:6] == ["PUN-2025-031", "城西市监罚〔2025〕31号", "城西县市场监督管理局", "punishment",
                         "V03 事实不清、证据不足（否决项）；B01 证据收集与证据链（扣分项）", "MAN-001"]
    assert first[6] == "认定的违法事实是否清楚，证据是否确实、充分？"
    assert first[7] and "询问" in first[7]
    assert first[9:] == [None, None, "李明", None]
    validations = ws.data_validations.dataValidation
    assert any(v.formula1 == '"ok,defect,veto,n/a"' for v in validations)
    a01 = next(row for row in ws.iter_rows(min_row=2, values_only=True) if row[5] == "MAN-018")
    assert a01[4] == "A02 委托执法与回避（扣分项）"
    ins_rows = [row for row in ws.iter_rows(min_row=2, values_only=True) if row[0] == "INS-2025-002"]
    assert [r[5] for r in ins_rows] == ["MAN-002", "MAN-012", "MAN-013", "MAN-014", "MAN-015"]
    assert ins_rows[3][8] == "INS-003@S02 行政检查未经负责人事前审批"

    answers = {("PUN-2025-031", m): ("ok", None, "李明", "") for m in PUN_MANUAL}
    answers[("PUN-2025-031", "MAN-004")] = ("defect", 2, "李明", "从轻情节未说明理由")
    answers[("PUN-2025-031", "MAN-006")] = ("n/a", None, "李明", "")
    answers[("INS-2025-002", "MAN-014")] = ("否决", None, "赵芳", "以调研名义实施的重复检查")
    _fill(path, answers)
    judgements = read_reviewer_workbook(path)
    assert judgements["PUN-2025-031"]["MAN-004"] == Judgement("defect", 2, "李明", "从轻情节未说明理由")
    assert judgements["INS-2025-002"] == {"MAN-014": Judgement("veto", 1, "赵芳", "以调研名义实施的重复检查")}

    sc = score(pun, by_type["punishment"], judgements["PUN-2025-031"])
    assert (sc.total, sc.grade, sc.provisional) == (94, "优秀", False)
    c02 = next(i for i in sc.items if i.id == "C02")
    assert [d.to_json() for d in c02.deductions] == [
        {"source": "human: MAN-004 by 李明", "kind": "human", "reason": "从轻情节未说明理由（2 处）", "points": 4}]
    ins_score = score(ins, by_type["inspection"], judgements["INS-2025-002"])
    assert (ins_score.grade, ins_score.vetoed, ins_score.pending) == ("不合格", True, ("MAN-002", "MAN-012", "MAN-013", "MAN-015"))
    assert ins_score.veto_reasons == ["V07 逐利检查、任性检查或变相检查（human: MAN-014 by 赵芳：以调研名义实施的重复检查）"]


@pytest.mark.parametrize(("answer", "message"), [
    (("maybe", None, "李明", ""), "第 2 行「结论」列：'maybe' 不是 ok、defect、veto、n/a 之一"),
    (("defect", "两处", "李明", ""), "第 2 行「扣分次数」列：'两处' 不是正整数"),
    (("ok", 2, "李明", ""), "第 2 行「扣分次数」列：结论为 ok 时不填扣分次数"),
    (("ok", None, None, ""), "第 2 行「评查人」列：填写了结论的行须写明评查人"),
])
def test_reviewer_workbook_bad_cell_is_named(tmp_path: Path, answer: tuple[str, Any, str, str], message: str) -> None:
    buf = io.BytesIO()
    write_reviewer_workbook([punishment_result()], {"punishment": standard_for("punishment")}, buf, None)
    path = tmp_path / "reviewer.xlsx"
    path.write_bytes(buf.getvalue())
    _fill(path, {("PUN-2025-031", "MAN-001"): answer})
    with pytest.raises(ReviewerSheetError) as err:
        read_reviewer_workbook(path)
    assert str(err.value).startswith(f"{path}: 工作表「人工评查」{message}")


def test_reviewer_workbook_unreadable(tmp_path: Path) -> None:
    bad = tmp_path / "x.xlsx"
    bad.write_text("not a workbook", encoding="utf-8")
    with pytest.raises(ReviewerSheetError, match=r"不是可读取的 \.xlsx 工作簿"):
        read_reviewer_workbook(bad)
    with pytest.raises(ReviewerSheetError, match="文件不存在"):
        read_reviewer_workbook(tmp_path / "missing.xlsx")


# ---------------------------------------------------------------- department summary


def test_department_summary_with_previous_period() -> None:
    std = standard_for("punishment")
    a1 = punishment_result(dossier="PUN-A1")
    a2 = punishment_result(finding("PUB-007", dossier="PUN-A2", step="S12"), finding("CERT-005", dossier="PUN-A2", step="S04"),
                           dossier="PUN-A2")
    a3 = punishment_result(finding("SUBJ-003", dossier="PUN-A3"), dossier="PUN-A3")
    b1 = punishment_result(finding("PUB-007", dossier="PUN-B1", step="S12"), dossier="PUN-B1", department="B-CX-YJ",
                           department_name="城西县应急管理局")
    pairs = [(r, score(r, std, all_ok())) for r in (a1, a2, a3, b1)]
    pairs[2] = (a3, score(a3, std, {}))
    summaries = department_summary(pairs, {"B-CX-MR": 95.0})
    assert [s.to_json() for s in summaries] == [
        {"department": "B-CX-MR", "department_name": "城西县市场监督管理局", "files": 3, "average": 65.3,  # 100, 96, vetoed 0
         "grades": {"优秀": 2, "不合格": 1}, "vetoed": 1, "provisional": 1,
         "defects_by_system": {"主体资格": 1, "公示": 1, "执法证件": 1},
         "top_defects": [{"defect": "CERT-005 现场执法未出示或未记录出示执法证件", "count": 1},
                         {"defect": "PUB-007 执法决定未在期限内公示", "count": 1},
                         {"defect": "SUBJ-003 执法事项不在实施机关有效的权责清单内", "count": 1}],
         "previous": 95.0, "change": -29.7},
        {"department": "B-CX-YJ", "department_name": "城西县应急管理局", "files": 1, "average": 98.0,
         "grades": {"优秀": 1}, "vetoed": 0, "provisional": 0, "defects_by_system": {"公示": 1},
         "top_defects": [{"defect": "PUB-007 执法决定未在期限内公示", "count": 1}], "previous": None, "change": None},
    ]


# ---------------------------------------------------------------- CLI and the bundled samples


def _group() -> click.Group:
    @click.group()
    def group() -> None:
        """test group"""

    register(group)
    return group


@pytest.fixture(scope="module")
def sample_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("scoring") / "report.json"
    res = CliRunner().invoke(audit_main, ["check", str(SAMPLES), "--as-of", "2026-06-30", "--format", "json",
                                          "--manual-checks", "-o", str(out)])
    assert res.exit_code == 1, res.output
    return out


def test_samples_score_from_the_json_report(sample_report: Path) -> None:
    results = results_from_report(json.loads(sample_report.read_text(encoding="utf-8")))
    assert len(results) == len([p for p in SAMPLES.iterdir() if p.is_dir() and p.name != "registry"])
    scores = {r.id: score(r, standard_for(r.case_type)) for r in results if r.case_type is not None}
    assert (scores["PUN-01-food-fine"].total, scores["PUN-01-food-fine"].grade) == (100, "优秀")
    assert scores["PUN-01-food-fine"].provisional
    assert scores["PUN-04-township-outside-delegation"].vetoed
    assert scores["PUN-04-township-outside-delegation"].vetoes[0].source == "machine: SUBJ-005@-"
    co2 = scores["CO-02-lpg-seizure-overdue"]
    assert (co2.total, [d.source for d in co2.deductions()]) == (95, ["machine: CO-SEAL-006@S03"])
    for sc in scores.values():
        assert 0 <= sc.total <= sc.max


def test_cli_standards_sheet_and_score(tmp_path: Path, sample_report: Path) -> None:
    runner = CliRunner()
    group = _group()
    res = runner.invoke(group, ["standards"])
    assert res.exit_code == 0 and res.output.startswith("coercion-inspection")
    assert "punishment" in res.output

    sheet = tmp_path / "reviewer.xlsx"
    res = runner.invoke(group, ["reviewer-sheet", str(sample_report), "-o", str(sheet), "--reviewer", "李明"])
    assert res.exit_code == 0, res.output
    _fill(sheet, {("PUN-01-food-fine", m): ("ok", None, "李明", "") for m in PUN_MANUAL}
          | {("PUN-02-safety-training-ok", "MAN-001"): ("veto", None, "赵芳", "培训记录系事后补做")})

    out = tmp_path / "score.json"
    res = runner.invoke(group, ["score", str(sample_report), "--judgements", str(sheet), "--format", "json", "-o", str(out)])
    assert res.exit_code == 0, res.output
    doc = json.loads(out.read_text(encoding="utf-8"))
    by_id = {d["id"]: d for d in doc["dossiers"]}
    assert by_id["PUN-01-food-fine"]["score"]["provisional"] is False
    assert (by_id["PUN-01-food-fine"]["score"]["total"], by_id["PUN-01-food-fine"]["score"]["grade"]) == (100, "优秀")
    assert by_id["PUN-02-safety-training-ok"]["score"]["veto_reasons"] == [
        "V03 事实不清、证据不足（human: MAN-001 by 赵芳：培训记录系事后补做）"]
    assert {d["department"] for d in doc["departments"]} >= {"B-CX-MR", "B-CX-YJ"}

    prev = tmp_path / "prev.json"
    prev.write_text(json.dumps({"B-CX-MR": 90}), encoding="utf-8")
    res = runner.invoke(group, ["score", str(sample_report), "--judgements", str(sheet), "--previous", str(prev)])
    assert res.exit_code == 0, res.output
    assert "■ PUN-01-food-fine（" in res.output
    assert "行政处罚案卷评查标准（示范）：100 / 100 分，等次 优秀\n" in res.output
    assert "等次 不合格（暂定" in res.output
    assert "按部门汇总：" in res.output and "较上期 90.0 分" in res.output

    # the previous period read back from a score JSON
    res = runner.invoke(group, ["score", str(sample_report), "--previous", str(out), "--format", "json"])
    assert res.exit_code == 0
    assert all(d["change"] is not None for d in json.loads(res.output)["departments"])


@pytest.mark.parametrize("args", [
    ["score", "missing.json"],
    ["score", "{report}", "--standard", "nope"],
    ["score", "{report}", "--judgements", "{bad}"],
    ["score", "{bad}"],
    ["reviewer-sheet", "{report}", "-o", "{tmp}"],
])
def test_cli_errors_are_one_line_exit_2(tmp_path: Path, sample_report: Path, args: list[str]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    filled = [a.format(report=sample_report, bad=bad, tmp=tmp_path) for a in args]
    res = CliRunner().invoke(_group(), filled)
    assert res.exit_code == 2
    assert "Traceback" not in res.output
    lines = [line for line in res.output.splitlines() if line]
    assert len(lines) == 1 and lines[0].startswith("错误："), res.output


def test_cli_judgements_for_an_unknown_dossier(tmp_path: Path, sample_report: Path) -> None:
    buf = io.BytesIO()
    write_reviewer_workbook([punishment_result()], {"punishment": standard_for("punishment")}, buf, "李明")
    sheet = tmp_path / "other.xlsx"
    sheet.write_bytes(buf.getvalue())
    _fill(sheet, {("PUN-2025-031", "MAN-001"): ("ok", None, "李明", "")})
    res = CliRunner().invoke(_group(), ["score", str(sample_report), "--judgements", str(sheet)])
    assert res.exit_code == 2
    assert res.output.strip() == f"错误：人工评查表中的案卷 PUN-2025-031 不在报告 {sample_report} 中"
