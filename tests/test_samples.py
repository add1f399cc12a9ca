"""The bundled sample dossiers give exactly the findings listed in sample_dossiers/expected-findings.json.

The expectations were written from the defects planted by ``scripts/make_samples.py`` (see
sample_dossiers/README.md), not copied from tool output: a difference here is either a rule bug
or a sample bug, and must be understood before either file is changed.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from click.testing import CliRunner

from enforcement_audit.cli import main
from enforcement_audit.documents.pdftext import read_pdf

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_dossiers"
EXPECTED = json.loads((SAMPLES / "expected-findings.json").read_text(encoding="utf-8"))

#: (dossier, rule id, step, severity, alert): alert is "yellow"/"red" for an open case's deadline
#: warning (预警), else None.
Key = tuple[str, str, str | None, str, str | None]
#: Case types grouped as the issue counts them.
_GROUPS = {"coercive_measure": "coercion", "enforced_execution": "coercion"}


@pytest.fixture(scope="module")
def report() -> tuple[int, dict[str, Any]]:
    result = CliRunner().invoke(
        main,
        ["check", str(SAMPLES), "--format", "json", "--as-of", EXPECTED["as_of"], "--profile", EXPECTED["profile"]],
    )
    assert "Traceback" not in result.output, result.output
    return result.exit_code, json.loads(result.stdout)


def _expected() -> Counter[Key]:
    return Counter(
        (dossier, f["rule_id"], f["step"], f["severity"], f["alert"])
        for dossier, findings in EXPECTED["dossiers"].items()
        for f in findings
    )


def _key(f: dict[str, Any]) -> Key:
    return f["dossier"], f["rule_id"], f["location"].get("step"), f["severity"], f["alert"]


def _actual(data: dict[str, Any]) -> Counter[Key]:
    return Counter(_key(f) for f in data["findings"])


def _explain(missing: Counter[Key], unexpected: Counter[Key], data: dict[str, Any]) -> str:
    lines = ["findings differ from sample_dossiers/expected-findings.json"]
    for key in sorted(missing.elements()):
        lines.append(f"  missing:    {key}")
    for key in sorted(unexpected.elements()):
        messages = [f["message"] for f in data["findings"] if _key(f) == key]
        lines.append(f"  unexpected: {key}  {messages[0] if messages else ''}")
    return "\n".join(lines)


def test_samples_give_exactly_the_expected_findings(report: tuple[int, dict[str, Any]]) -> None:
    _, data = report
    expected, actual = _expected(), _actual(data)
    missing, unexpected = expected - actual, actual - expected
    assert not missing and not unexpected, _explain(missing, unexpected, data)


def test_exit_code_is_one_because_samples_hold_errors(report: tuple[int, dict[str, Any]]) -> None:
    code, data = report
    assert code == 1
    assert data["summary"]["by_severity"]["error"] > 0


def test_every_sample_loads_and_is_listed(report: tuple[int, dict[str, Any]]) -> None:
    _, data = report
    listed = {d["id"]: d for d in data["dossiers"]}
    assert set(listed) == set(EXPECTED["dossiers"])
    assert all(d["case_type"] is not None for d in listed.values())
    assert data["summary"]["dossiers_loaded"] == len(listed) >= 18
    planted = {(d, f["rule_id"]) for d, found in EXPECTED["dossiers"].items() for f in found}
    assert not [f for f in data["findings"] if f["rule_id"].startswith(("LOAD-", "ENGINE-", "GEN-TIME-"))
                and (f["dossier"], f["rule_id"]) not in planted]


def test_case_type_groups_and_open_cases(report: tuple[int, dict[str, Any]]) -> None:
    _, data = report
    groups = Counter(_GROUPS.get(t, t) for t in (d["case_type"] for d in data["dossiers"]))
    assert groups["punishment"] >= 5
    assert groups["coercion"] >= 5
    assert groups["inspection"] >= 5
    open_types = {d["case_type"] for d in data["dossiers"] if d["status"] == "open"}
    assert open_types == {"punishment", "coercive_measure", "enforced_execution", "inspection"}
    compliant = [d for d, f in EXPECTED["dossiers"].items() if not f]
    assert len(compliant) * 4 >= len(EXPECTED["dossiers"])  # about a third are fully compliant


def test_open_cases_carry_yellow_and_red_alerts(report: tuple[int, dict[str, Any]]) -> None:
    """Each case-type group has an open sample with both a yellow (due soon) and a red (overdue) alert;
    alerts occur only in open cases, and a yellow alert is always a warning."""
    _, data = report
    dossiers = {d["id"]: d for d in data["dossiers"]}
    alerts: dict[str, set[str]] = {}
    for f in data["findings"]:
        if f["alert"] is None:
            continue
        assert f["alert"] in ("yellow", "red"), f
        assert dossiers[f["dossier"]]["status"] == "open", f
        if f["alert"] == "yellow":
            assert f["severity"] == "warning", f
            assert "（黄色预警）距期限届满还有" in f["message"], f
        else:
            assert "（红色预警）已超过期限" in f["message"], f
        alerts.setdefault(f["dossier"], set()).add(f["alert"])
    both = {_GROUPS.get(dossiers[d]["case_type"], dossiers[d]["case_type"]) for d, a in alerts.items()
            if a == {"yellow", "red"}}
    assert both == {"punishment", "coercion", "inspection"}


def test_pre_2021_summary_fine_is_judged_by_the_old_ceiling(report: tuple[int, dict[str, Any]]) -> None:
    """PUN-14 (2020): 100 yuan is within today's 200-yuan ceiling but above the old 50-yuan one."""
    _, data = report
    [finding] = [f for f in data["findings"] if f["dossier"].startswith("PUN-14-") and f["rule_id"] == "PUN-SIMPLE-001"]
    assert "50 元以下" in finding["message"] and "修订前第三十三条" in finding["message"]


def test_expected_alerts_are_written_for_every_finding() -> None:
    for findings in EXPECTED["dossiers"].values():
        for f in findings:
            assert set(f) == {"rule_id", "step", "severity", "alert"}
            assert f["alert"] in (None, "yellow", "red")


def _make_samples() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_samples", ROOT / "scripts" / "make_samples.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is created
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[spec.name]
    return module


def _pdf_text(path: Path) -> list[str]:
    text = read_pdf(path)
    return [p.text for p in text.pages]


def test_generated_files_are_up_to_date(tmp_path: Path) -> None:
    """sample_dossiers/ is exactly what scripts/make_samples.py writes (deterministic output)."""
    _make_samples().write(tmp_path)
    generated = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file())
    assert generated
    for rel in generated:
        if rel.suffix == ".pdf":  # bytes depend on the reportlab version; the text and pages must not
            assert _pdf_text(SAMPLES / rel) == _pdf_text(tmp_path / rel), f"{rel} is stale: run scripts/make_samples.py"
            continue
        assert (SAMPLES / rel).read_bytes() == (tmp_path / rel).read_bytes(), f"{rel} is stale: run scripts/make_samples.py"
    shipped = {p.relative_to(SAMPLES) for p in SAMPLES.rglob("*") if p.name == "dossier.xml" or p.suffix == ".pdf"}
    assert shipped == {p for p in generated if p.name == "dossier.xml" or p.suffix == ".pdf"}
