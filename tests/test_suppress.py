"""Waivers, baselines, several outputs in one run, and the progress line."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from click.testing import Result

from enforcement_audit import testing
from enforcement_audit.report import Progress


def _late_disclosure() -> dict[str, Any]:
    """The base punishment with its disclosure 4 weeks late: one PUB-007 warning at S12."""
    d = testing.base_punishment()
    for s in d["steps"]:
        if s["id"] == "S12":
            s["date"] = "2025-05-20"
    return d


def _no_approval() -> dict[str, Any]:
    """The base punishment whose decision lacks the head's approval: PUN-DEC-005 (error) at S10."""
    d = testing.base_punishment()
    for s in d["steps"]:
        if s["id"] == "S10":
            del s["approved_by"], s["approved_on"]
    return d


def _waivers(path: Path, *entries: str) -> Path:
    path.write_text("\n".join(entries), encoding="utf-8")
    return path


WAIVE_APPROVAL = ('[[waiver]]\nrule = "PUN-DEC-005"\ndossier = "a"\nlocation = "S10"\n'
                  'reason = "审批单已找到，系统补录中"\nby = "法制科 张某"\nexpires = 2026-12-31\n')


def test_waived_findings_are_listed_counted_and_do_not_fail(
    make_dossier: Callable[..., Path], batch_dir: Path, check_json: Callable[..., tuple[int, dict[str, Any]]],
    tmp_path: Path,
) -> None:
    a = _no_approval()
    a["id"] = "a"
    make_dossier("a", a)
    waivers = _waivers(tmp_path / "waivers.toml", WAIVE_APPROVAL,
                       '[[waiver]]\nrule = "PUB-007"\ndossier = "a"\nreason = "已过期的豁免"\nby = "张某"\nexpires = 2025-01-01\n',
                       '[[waiver]]\nrule = "CERT-002"\ndossier = "zz"\nreason = "无匹配"\nby = "张某"\nexpires = 2026-12-31\n')
    code, report = check_json(batch_dir, "--select", "PUN-DEC-005", "--waivers", waivers)
    assert code == 0  # the only error is waived
    assert [(f["rule_id"], f["location"]["step"], f.get("waived")) for f in report["findings"]] == [
        ("PUN-DEC-005", "S10", "审批单已找到，系统补录中（法制科 张某，有效期至 2026-12-31）")]
    summary = report["summary"]
    assert summary["by_severity"]["error"] == 1 and summary["waived"] == 1
    assert [w["rule"] for w in summary["waivers"]["expired"]] == ["PUB-007"]
    assert [w["dossier"] for w in summary["waivers"]["unused"]] == ["zz"]
    assert summary["waivers"]["applied"] == 1
    code, report = check_json(batch_dir, "--select", "PUN-DEC-005", "--waivers", waivers, "--no-waivers")
    assert code == 1  # audit mode: waivers ignored
    assert "waived" not in report["findings"][0] and "waivers" not in report["summary"]


def test_text_report_marks_waived_and_lists_stale_waivers(
    make_dossier: Callable[..., Path], batch_dir: Path, cli: Callable[..., Result], tmp_path: Path
) -> None:
    a = _no_approval()
    a["id"] = "a"
    make_dossier("a", a)
    waivers = _waivers(tmp_path / "w.toml", WAIVE_APPROVAL,
                       '[[waiver]]\nrule = "CERT-002"\ndossier = "zz"\nreason = "无匹配"\nby = "张某"\nexpires = 2026-12-31\n')
    result = cli("check", batch_dir, "--select", "PUN-DEC-005", "--waivers", waivers)
    assert result.exit_code == 0
    assert "【已豁免：审批单已找到，系统补录中（法制科 张某，有效期至 2026-12-31）】" in result.output
    assert "其中已豁免 1 项" in result.output
    assert "未匹配任何问题（可删除）：第 2 条 CERT-002 zz" in result.output


def test_bad_waiver_file_names_the_entry(make_dossier: Callable[..., Path], batch_dir: Path, cli: Callable[..., Result],
                                         tmp_path: Path) -> None:
    make_dossier("a")
    waivers = _waivers(tmp_path / "w.toml", '[[waiver]]\nrule = "PUB-007"\ndossier = "a"\nby = "张某"\nexpires = 2026-12-31\n')
    result = cli("check", batch_dir, "--waivers", waivers)
    assert result.exit_code == 2
    assert "第 1 个 [[waiver]]: 缺少 `reason`" in result.output
    waivers.write_text('[[waiver]]\nrule = "PUB-007"\ndossier = "a"\nreason = "r"\nby = "张某"\n', encoding="utf-8")
    result = cli("check", batch_dir, "--waivers", waivers)
    assert result.exit_code == 2 and "`expires` 须为日期" in result.output


def test_baseline_reports_only_new_findings_and_lists_stale_entries(
    make_dossier: Callable[..., Path], batch_dir: Path, check_json: Callable[..., tuple[int, dict[str, Any]]],
    tmp_path: Path,
) -> None:
    a, b = _late_disclosure(), _no_approval()
    a["id"], b["id"] = "a", "b"
    make_dossier("a", a)
    make_dossier("b", b)
    baseline = tmp_path / "baseline.json"
    code, first = check_json(batch_dir, "--select", "PUB-007,PUN-DEC-005", "--write-baseline", baseline)
    assert code == 1
    assert sorted((f["dossier"], f["rule_id"]) for f in first["findings"]) == [("a", "PUB-007"), ("b", "PUN-DEC-005")]
    written = json.loads(baseline.read_text(encoding="utf-8"))
    assert sorted((e["dossier"], e["rule_id"], e["step"]) for e in written["findings"]) == [
        ("a", "PUB-007", "S12"), ("b", "PUN-DEC-005", "S10")]
    code, second = check_json(batch_dir, "--select", "PUB-007,PUN-DEC-005", "--baseline", baseline)
    assert (code, second["findings"]) == (0, [])
    assert second["summary"]["baseline"] == {"file": str(baseline), "suppressed": 2, "stale": []}
    # b is fixed, and a new problem appears in a
    make_dossier("b", {**testing.base_punishment(), "id": "b"})
    a2 = _late_disclosure()
    a2["id"] = "a"
    for s in a2["steps"]:
        if s["id"] == "S10":
            del s["approved_by"], s["approved_on"]
    make_dossier("a", a2)
    code, third = check_json(batch_dir, "--select", "PUB-007,PUN-DEC-005", "--baseline", baseline)
    assert code == 1
    assert [(f["dossier"], f["rule_id"]) for f in third["findings"]] == [("a", "PUN-DEC-005")]
    assert [(e["dossier"], e["rule_id"]) for e in third["summary"]["baseline"]["stale"]] == [("b", "PUN-DEC-005")]


def test_bad_baseline_is_a_usage_error(make_dossier: Callable[..., Path], batch_dir: Path, cli: Callable[..., Result],
                                       tmp_path: Path) -> None:
    make_dossier("a")
    bad = tmp_path / "b.json"
    bad.write_text('{"findings": []}', encoding="utf-8")
    result = cli("check", batch_dir, "--baseline", bad)
    assert result.exit_code == 2 and "不是本工具写出的基线文件" in result.output


def test_several_outputs_in_one_run(make_dossier: Callable[..., Path], batch_dir: Path, cli: Callable[..., Result],
                                    tmp_path: Path) -> None:
    make_dossier("a", _late_disclosure())
    out_json = tmp_path / "r.json"
    out_text = tmp_path / "r.txt"
    result = cli("check", batch_dir, "-o", "text", "-o", f"json={out_json}", "-o", f"text={out_text}",
                 "--select", "PUB-007")
    assert result.exit_code == 0  # PUB-007 is a warning
    report = json.loads(out_json.read_text(encoding="utf-8"))
    assert [f["rule_id"] for f in report["findings"]] == ["PUB-007"]
    assert out_text.read_text(encoding="utf-8") == result.stdout
    assert "PUB-007" in result.stdout
    twice = cli("check", batch_dir, "-o", "text", "-o", "json")
    assert twice.exit_code == 2 and "只能有一个输出写到标准输出" in twice.output
    unknown = cli("check", batch_dir, "-o", "pdf=x.pdf")
    assert unknown.exit_code == 2 and "未知的格式 pdf" in unknown.output


def test_fail_on_warning_and_exit_zero(make_dossier: Callable[..., Path], batch_dir: Path,
                                       cli: Callable[..., Result]) -> None:
    make_dossier("a", _late_disclosure())
    assert cli("check", batch_dir, "--select", "PUB-007").exit_code == 0
    assert cli("check", batch_dir, "--select", "PUB-007", "--fail-on", "warning").exit_code == 1
    assert cli("check", batch_dir, "--select", "PUB-007", "--fail-on", "warning", "--exit-zero").exit_code == 0


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_only_on_a_terminal() -> None:
    quiet = io.StringIO()
    p = Progress(quiet)
    p.tick()
    p.done()
    assert quiet.getvalue() == ""
    tty = _Tty()
    p = Progress(tty, every=0.0)
    for _ in range(3):
        p.tick()
    p.done()
    assert tty.getvalue().startswith("\r已检查 1 件")
    assert "\r已检查 3 件，用时" in tty.getvalue()
    bar = _Tty()
    p = Progress(bar, every=0.0, total=4)
    p.tick()
    p.tick()
    assert bar.getvalue().split("\r")[-1].startswith("[" + "#" * 12 + "-" * 12 + "] 2/4 件 50%")


def test_check_records_runs_in_the_history_db(
    make_dossier: Callable[..., Path], batch_dir: Path, cli: Callable[..., Result], tmp_path: Path
) -> None:
    a, b = _late_disclosure(), _no_approval()
    a["id"], b["id"] = "a", "b"
    make_dossier("a", a)
    make_dossier("b", b)
    db = tmp_path / "history.sqlite"
    assert cli("check", batch_dir, "--select", "PUB-007,PUN-DEC-005", "--db", db).exit_code == 1
    make_dossier("b", {**testing.base_punishment(), "id": "b"})  # b rectified
    assert cli("check", batch_dir, "--select", "PUB-007,PUN-DEC-005", "--db", db).exit_code == 0
    shown = cli("history", "--db", db, "--format", "json")
    assert shown.exit_code == 0, shown.output
    report = json.loads(shown.stdout)
    assert report["counts"] == {"new": 0, "persisting": 1, "resolved": 1, "not_rechecked": 0}
    assert [(f["dossier"], f["rule_id"]) for f in report["resolved"]] == [("b", "PUN-DEC-005")]
    bad = cli("check", batch_dir, "--db", tmp_path)  # a folder is not a history file
    assert bad.exit_code == 2 and "Traceback" not in bad.output


def test_every_file_format_from_one_run(make_dossier: Callable[..., Path], batch_dir: Path, cli: Callable[..., Result],
                                        tmp_path: Path) -> None:
    make_dossier("a", _no_approval())
    outs = {name: tmp_path / f"r.{name}" for name in ("sarif", "junit", "csv", "xlsx", "json")}
    args = [a for name, path in outs.items() for a in ("-o", f"{name}={path}")]
    result = cli("check", batch_dir, "--select", "PUN-DEC-005", *args)
    assert result.exit_code == 1 and result.stdout == ""
    sarif = json.loads(outs["sarif"].read_text(encoding="utf-8"))
    assert [r["ruleId"] for r in sarif["runs"][0]["results"]] == ["PUN-DEC-005"]
    assert "<failure" in outs["junit"].read_text(encoding="utf-8")
    assert outs["csv"].read_bytes().startswith(b"\xef\xbb\xbf") and "PUN-DEC-005" in outs["csv"].read_text("utf-8-sig")
    assert outs["xlsx"].read_bytes()[:2] == b"PK"
    warn = cli("check", batch_dir, "--select", "PUN-DEC-005", "--fail-on", "info", "-o", f"junit={outs['junit']}")
    assert warn.exit_code == 1


def test_check_scores_each_dossier_against_its_standard(make_dossier: Callable[..., Path], batch_dir: Path,
                                                        check_json: Callable[..., tuple[int, dict[str, Any]]]) -> None:
    make_dossier("a", {**_no_approval(), "id": "a"})
    make_dossier("b", {**testing.base_punishment(), "id": "b"})
    _, report = check_json(batch_dir, "--score")
    scores = {d["id"]: d["score"] for d in report["dossiers"]}
    assert scores["b"]["total"] == scores["b"]["max"] == 100 and scores["b"]["provisional"] is True
    assert scores["a"]["total"] < 100
    deductions = [x for item in scores["a"]["items"] for x in item["deductions"]]
    assert [(x["kind"], x["source"]) for x in deductions] == [("machine", "machine: PUN-DEC-005@S10")]
