"""SARIF, JUnit XML, CSV and XLSX reports, all fed the same results of a real run over the bundled samples.

The run (every sample dossier, PDFs read, human checklist on) happens once per module; tests that
need waivers, scores, masked names or odd findings change copies of those results, never the run.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from enforcement_audit import __version__
from enforcement_audit.documents.laws import load_catalogue
from enforcement_audit.engine import INTERNAL_ERROR, Finding, Location, Severity, System, finding_from_meta
from enforcement_audit.loader import SCHEMA_INVALID, load_registry
from enforcement_audit.manual import bundled_checklist
from enforcement_audit.profile import load_profile
from enforcement_audit.reports import FINDING_COLUMNS, finding_record, rule_info
from enforcement_audit.reports.csv_report import CsvReporter, neutralise
from enforcement_audit.reports.junit import JUnitReporter
from enforcement_audit.reports.sarif import FINGERPRINT_KEY, SARIF_SCHEMA, SarifReporter, artifact_uri
from enforcement_audit.reports.xlsx import (
    DEPARTMENTS_SHEET,
    DOSSIERS_SHEET,
    FINDING_HEADERS,
    FINDINGS_SHEET,
    MANUAL_SHEET,
    UNLOADED_DEPARTMENT,
    XlsxReporter,
)
from enforcement_audit.rules import ALL_RULES
from enforcement_audit.runner import DossierResult, RunConfig, Summary, discover, run

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_dossiers"
AS_OF = "2026-06-30"
LEVEL = {"error": "error", "warning": "warning", "info": "note"}


@pytest.fixture(scope="module")
def results() -> list[DossierResult]:
    profile = load_profile("national")
    from enforcement_audit.engine import RuleSet

    config = RunConfig(load_registry(SAMPLES / "registry"), profile, RuleSet.build(ALL_RULES, profile),
                       dt.date.fromisoformat(AS_OF), checklist=bundled_checklist(), laws=load_catalogue(()))
    # display paths as a user running from the repository root would see them
    items = [(folder, f"sample_dossiers/{folder.name}") for folder, _ in discover([SAMPLES])]
    found = list(run(items, config))
    assert len(found) > 40 and sum(len(r.findings) for r in found) > 40
    return found


def emit(cls: type[Any], results: Sequence[DossierResult], mask: bool = False, **options: Any) -> Any:
    """Feed the results to a reporter as the CLI does; returns what it wrote (str, or bytes for XLSX)."""
    out: io.StringIO | io.BytesIO = io.BytesIO() if cls is XlsxReporter else io.StringIO()
    reporter = cls(out, mask, **options)
    reporter.start("national", AS_OF, "self")
    summary = Summary()
    for result in results:
        summary.add(result)
        reporter.dossier(result)
    reporter.finish(summary)
    return out.getvalue()


def all_findings(results: Sequence[DossierResult]) -> list[tuple[DossierResult, Finding]]:
    return [(r, f) for r in results for f in r.findings]


def waive_first(results: list[DossierResult], rule_id: str, text: str = "经法制机构研究同意豁免（张科长，至 2026-12-31）"
                ) -> tuple[list[DossierResult], Finding]:
    """Copies of the results with the first finding of ``rule_id`` waived."""
    out = list(results)
    for i, r in enumerate(out):
        for f in r.findings:
            if f.rule_id == rule_id:
                out[i] = replace(r, waived={f.fingerprint(): text})
                return out, f
    raise AssertionError(f"no {rule_id} finding in the samples")


def by_id(results: Sequence[DossierResult], dossier_id: str) -> DossierResult:
    return next(r for r in results if r.id == dossier_id)


# ------------------------------------------------------------------ SARIF


def test_sarif_document(results: list[DossierResult]) -> None:
    text = emit(SarifReporter, results)
    assert text.endswith("]}]}\n")
    log = json.loads(text)
    assert list(log) == ["$schema", "version", "runs"]
    assert log["$schema"] == SARIF_SCHEMA and log["version"] == "2.1.0"
    assert len(log["runs"]) == 1
    run_ = log["runs"][0]
    driver = run_["tool"]["driver"]
    assert (driver["name"], driver["version"]) == ("enforcement-audit", __version__)
    assert run_["properties"]["profile"] == "national" and run_["properties"]["as_of"] == AS_OF
    assert run_["properties"]["summary"]["findings"] == len(all_findings(results))
    # only the rules that fired, sorted by id, each once
    fired = sorted({f.rule_id for _, f in all_findings(results)})
    assert [rule["id"] for rule in driver["rules"]] == fired
    for rule in driver["rules"]:
        name, meta = rule_info(next(f for _, f in all_findings(results) if f.rule_id == rule["id"]))
        assert rule["name"] == name and rule["shortDescription"]["text"] == meta.title
        assert rule["defaultConfiguration"]["level"] == LEVEL[meta.severity.value]
        assert meta.remediation in rule["help"]["text"]
        assert rule["properties"]["legal_basis"] == [b.to_json() for b in meta.legal_basis]
        assert rule["properties"]["system"] == meta.system.value
    # results in report order, each pointing at its rule
    pairs = all_findings(results)
    assert len(run_["results"]) == len(pairs)
    for res, (r, f) in zip(run_["results"], pairs, strict=True):
        assert res["ruleId"] == f.rule_id
        assert driver["rules"][res["ruleIndex"]]["id"] == res["ruleId"]
        assert res["level"] == LEVEL[f.severity.value]
        assert res["message"]["text"] == f.message
        assert res["partialFingerprints"] == {FINGERPRINT_KEY: f.fingerprint()}
        physical = res["locations"][0]["physicalLocation"]
        assert physical["artifactLocation"]["uri"] == artifact_uri(r.path, f.location.file)
        assert physical.get("region") == ({"startLine": f.location.line} if f.location.line else None)
        assert res["properties"]["dossier"] == f.dossier
        assert res["properties"].get("page") == f.location.page
        assert "suppressions" not in res
    assert Counter(res["level"] for res in run_["results"]) == Counter(
        LEVEL[f.severity.value] for _, f in pairs)
    assert {"error", "warning", "note"} <= {res["level"] for res in run_["results"]}


def test_sarif_result_in_full(results: list[DossierResult]) -> None:
    log = json.loads(emit(SarifReporter, [by_id(results, "PUN-09-records-decision-overdue")]))
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == ["PUB-007", "PUN-DEC-001"]
    res = log["runs"][0]["results"][0]
    f = by_id(results, "PUN-09-records-decision-overdue").findings[0]
    assert res == {
        "ruleId": "PUN-DEC-001",
        "ruleIndex": 1,
        "level": "error",
        "message": {"text": f.message},
        "locations": [{"physicalLocation": {
            "artifactLocation": {"uri": "sample_dossiers/PUN-09-records-decision-overdue/dossier.xml"},
            "region": {"startLine": 46}}}],
        "partialFingerprints": {FINGERPRINT_KEY: f.fingerprint()},
        "properties": {"dossier": "PUN-09-records-decision-overdue", "step": "S10", "confidence": "confirmed"},
    }
    assert rules[1]["properties"]["case_types"] == ["punishment"]
    assert rules[1]["properties"]["legal_basis"][0]["text"] == "《中华人民共和国行政处罚法》第六十条"
    assert rules[0]["properties"]["confidence"] == "unconfirmed"


def test_sarif_pdf_finding_has_page(results: list[DossierResult]) -> None:
    log = json.loads(emit(SarifReporter, [by_id(results, "PUN-20-pdf-inconsistent")]))
    paged = [res for res in log["runs"][0]["results"] if "page" in res["properties"]]
    assert paged
    for res in paged:
        uri = res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        assert uri.startswith("sample_dossiers/PUN-20-pdf-inconsistent/docs/") and uri.endswith(".pdf")
        assert "region" not in res["locations"][0]["physicalLocation"]


def test_sarif_waived_finding_is_suppressed_not_dropped(results: list[DossierResult]) -> None:
    waived, finding = waive_first(results, "PUB-007")
    log = json.loads(emit(SarifReporter, waived))
    out = log["runs"][0]["results"]
    assert len(out) == len(all_findings(results))
    suppressed = [res for res in out if "suppressions" in res]
    assert len(suppressed) == 1
    assert suppressed[0]["partialFingerprints"][FINGERPRINT_KEY] == finding.fingerprint()
    assert suppressed[0]["suppressions"] == [
        {"kind": "external", "justification": "经法制机构研究同意豁免（张科长，至 2026-12-31）"}]


def test_sarif_no_findings() -> None:
    clean = DossierResult("A", "batch/A", "inspection", "closed", [])
    log = json.loads(emit(SarifReporter, [clean]))
    assert log["runs"][0]["tool"]["driver"]["rules"] == [] and log["runs"][0]["results"] == []


def test_artifact_uri() -> None:
    assert artifact_uri("batch/A", "dossier.xml") == "batch/A/dossier.xml"
    assert artifact_uri("batch\\A\\", "docs\\D09-决定书.pdf") == "batch/A/docs/D09-%E5%86%B3%E5%AE%9A%E4%B9%A6.pdf"
    assert artifact_uri("batch/A b", None) == "batch/A%20b/"
    assert artifact_uri("/srv/cases/A", "dossier.xml") == "file:///srv/cases/A/dossier.xml"
    assert artifact_uri("C:\\cases\\A", "dossier.xml") == "file:///C:/cases/A/dossier.xml"


def test_sarif_is_deterministic(results: list[DossierResult]) -> None:
    assert emit(SarifReporter, results) == emit(SarifReporter, results)


# ------------------------------------------------------------------ JUnit


def junit(results: Sequence[DossierResult], **options: Any) -> ET.Element:
    text = emit(JUnitReporter, results, **options)
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites ')
    return ET.fromstring(text.encode("utf-8"))


def test_junit_counts_and_mapping(results: list[DossierResult]) -> None:
    root = junit(results)
    systems = list(System)
    failing = {(r.id, f.system) for r, f in all_findings(results) if f.severity is Severity.ERROR}
    assert root.tag == "testsuites"
    assert root.attrib == {"name": "enforcement-audit", "tests": str(7 * len(results)), "failures": str(len(failing)),
                           "errors": "0", "skipped": "0", "time": "0"}
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == [r.id for r in results]
    for suite, result in zip(suites, results, strict=True):
        props = {p.get("name"): p.get("value") for p in suite.iter("property")}
        assert props["path"] == result.path and props["case_number"] == result.case_number
        assert props["department"] == result.department and props["department_name"] == result.department_name
        cases = suite.findall("testcase")
        assert [c.get("name") for c in cases] == [f"{s.label} {s.value}" for s in systems]
        assert {c.get("classname") for c in cases} == {result.id}
        errors = [f for f in result.findings if f.severity is Severity.ERROR]
        assert [e.get("type") for c in cases for e in c.findall("failure")] == [
            f.rule_id for s in systems for f in errors if f.system is s]
        assert suite.get("failures") == str(len({f.system for f in errors}))
        assert suite.get("tests") == "7"
        lower = [f for f in result.findings if f.severity is not Severity.ERROR]
        out = "".join(c.findtext("system-out") or "" for c in cases)
        for f in lower:
            assert f.message in out and f.fingerprint() in out


def test_junit_fail_on_warning(results: list[DossierResult]) -> None:
    root = junit(results, fail_on=Severity.WARNING)
    failing = {(r.id, f.system) for r, f in all_findings(results) if f.severity is not Severity.INFO}
    assert root.get("failures") == str(len(failing))
    failures = list(root.iter("failure"))
    assert len(failures) == sum(1 for _, f in all_findings(results) if f.severity is not Severity.INFO)


def test_junit_waived_is_skipped(results: list[DossierResult]) -> None:
    dossier = by_id(results, "CO-02-lpg-seizure-overdue")  # one error: CO-SEAL-006
    assert [f.severity for f in dossier.findings] == [Severity.ERROR]
    waived, finding = waive_first([dossier], "CO-SEAL-006")
    root = junit(waived)
    assert (root.get("failures"), root.get("skipped")) == ("0", "1")
    case = next(c for c in root.iter("testcase") if c.find("skipped") is not None)
    assert case.get("name") == "程序 procedure"
    skipped = case.find("skipped")
    assert skipped is not None
    assert skipped.get("message") == "waived: CO-SEAL-006（经法制机构研究同意豁免（张科长，至 2026-12-31））"
    assert finding.message in (case.findtext("system-out") or "")


def test_junit_unloaded_dossier_and_engine_error() -> None:
    load = finding_from_meta(SCHEMA_INVALID, "BROKEN", "不符合格式定义", Location(file="dossier.xml", line=3))
    crash = finding_from_meta(INTERNAL_ERROR, "OK", "规则 X 执行时出错", Location(file="dossier.xml"))
    root = junit([DossierResult("BROKEN", "b/BROKEN", None, None, [load]),
                  DossierResult("OK", "b/OK", "inspection", "closed", [crash])])
    assert root.attrib["tests"] == "14"
    assert (root.get("failures"), root.get("errors"), root.get("skipped")) == ("1", "1", "6")
    broken, ok = root.findall("testsuite")
    assert [p.get("name") for p in broken.iter("property")] == ["path", "profile", "as_of", "mode"]
    loading = broken.findall("testcase")[-1]
    failure = loading.find("failure")
    assert failure is not None and failure.get("type") == "LOAD-SCHEMA-002"
    assert all(c.find("skipped") is not None for c in broken.findall("testcase")[:-1])
    error = ok.find("testcase[@name='程序 procedure']/error")
    assert error is not None and error.get("type") == "ENGINE-001"


def test_junit_strips_characters_xml_cannot_carry() -> None:
    f = finding_from_meta(INTERNAL_ERROR, "A", "坏字符\x00\x1b结束", Location())
    text = emit(JUnitReporter, [DossierResult("A", "b/A", "inspection", "closed", [f])])
    root = ET.fromstring(text.encode("utf-8"))
    assert "坏字符\ufffd\ufffd结束" in (root.find(".//error").text or "")  # type: ignore[union-attr]


# ------------------------------------------------------------------ CSV


def read_csv(text: str) -> list[list[str]]:
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:], newline="")))


def test_csv_rows(results: list[DossierResult]) -> None:
    waived, _ = waive_first(results, "REC-005")
    text = emit(CsvReporter, waived)
    assert text.count("\r\n") >= len(all_findings(results)) + 1
    assert "\n" not in text.replace("\r\n", "")[:200]
    rows = read_csv(text)
    assert rows[0] == list(FINDING_COLUMNS)
    pairs = all_findings(waived)
    assert len(rows) - 1 == len(pairs)
    for row, (r, f) in zip(rows[1:], pairs, strict=True):
        record = finding_record(r, f, False)
        assert row == [str(neutralise(record[c])) for c in FINDING_COLUMNS]
        assert dict(zip(FINDING_COLUMNS, row, strict=True))["fingerprint"] == f.fingerprint()
    waived_rows = [row for row in rows[1:] if row[-1]]
    assert len(waived_rows) == 1
    assert waived_rows[0][FINDING_COLUMNS.index("rule_id")] == "REC-005"
    assert waived_rows[0][-1] == "经法制机构研究同意豁免（张科长，至 2026-12-31）"
    page_rows = [row for row in rows[1:] if row[FINDING_COLUMNS.index("page")]]
    assert page_rows and all(row[FINDING_COLUMNS.index("line")] == "" for row in page_rows)


def test_csv_quotes_and_formulas() -> None:
    f = finding_from_meta(INTERNAL_ERROR, "=HYPERLINK(1)", '含"引号"，逗号,\n和换行', Location(step="S1"))
    rows = read_csv(emit(CsvReporter, [DossierResult("=HYPERLINK(1)", "b/x", "inspection", "closed", [f])]))
    row = dict(zip(FINDING_COLUMNS, rows[1], strict=True))
    assert row["dossier"] == "'=HYPERLINK(1)"
    assert row["message"] == '含"引号"，逗号,\n和换行'
    assert neutralise(None) == "" and neutralise(12) == 12 and neutralise("-1") == "'-1" and neutralise("a") == "a"


def test_csv_header_only_without_findings() -> None:
    text = emit(CsvReporter, [DossierResult("A", "b/A", "inspection", "closed", [])])
    assert text == "\ufeff" + ",".join(FINDING_COLUMNS) + "\r\n"


# ------------------------------------------------------------------ XLSX


def sheet_rows(data: bytes, title: str) -> list[list[Any]]:
    wb = openpyxl.load_workbook(io.BytesIO(data))
    return [list(row) for row in wb[title].iter_rows(values_only=True)]


def test_xlsx_workbook(results: list[DossierResult]) -> None:
    waived, _ = waive_first(results, "PUB-007")
    data = emit(XlsxReporter, waived)
    wb = openpyxl.load_workbook(io.BytesIO(data))
    assert wb.sheetnames == [FINDINGS_SHEET, DOSSIERS_SHEET, DEPARTMENTS_SHEET, MANUAL_SHEET]
    assert wb.properties.creator == "enforcement-audit"
    ws = wb[FINDINGS_SHEET]
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    assert rows[0] == [FINDING_HEADERS[c][0] for c in FINDING_COLUMNS]
    pairs = all_findings(waived)
    assert len(rows) - 1 == len(pairs)
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == f"A1:V{len(pairs) + 1}"
    assert ws.column_dimensions["Q"].width == FINDING_HEADERS["message"][1]
    col = {c: i for i, c in enumerate(FINDING_COLUMNS)}
    for row, (_, f) in zip(rows[1:], pairs, strict=True):
        assert (row[col["rule_id"]], row[col["message"]], row[col["fingerprint"]]) == (f.rule_id, f.message, f.fingerprint())
        assert row[col["severity"]] == f.severity.label and row[col["system"]] == f.system.label
        assert row[col["line"]] == f.location.line and row[col["page"]] == f.location.page
    assert sum(1 for row in rows[1:] if row[col["waived"]]) == 1

    dossiers = [list(r) for r in wb[DOSSIERS_SHEET].iter_rows(values_only=True)]
    assert dossiers[0][:12] == ["案卷", "路径", "案号", "部门编号", "部门", "案件类型", "案件状态", "问题数", "错误", "警告", "提示", "已豁免"]
    assert [d[0] for d in dossiers[1:]] == [r.id for r in results]
    for row, r in zip(dossiers[1:], waived, strict=True):
        counts = r.counts()
        assert row[7:12] == [len(r.findings), counts["error"], counts["warning"], counts["info"], len(r.waived)]
        assert row[12:] == [None, None, None, None]  # not scored

    departments = [list(r) for r in wb[DEPARTMENTS_SHEET].iter_rows(values_only=True)]
    expected = Counter(r.department for r in results)
    assert [d[0] for d in departments[1:]] == sorted(k for k in expected if k)
    assert sum(d[2] for d in departments[1:]) == len(results)
    assert sum(d[3] for d in departments[1:]) == len(pairs)
    assert departments[0][8:15] == [s.label for s in System]
    assert sum(sum(d[8:15]) for d in departments[1:]) == len(pairs)

    manual = [list(r) for r in wb[MANUAL_SHEET].iter_rows(values_only=True)]
    checks = [(r, c) for r in results for c in (r.manual_checks or [])]
    assert len(manual) - 1 == len(checks) > 0
    first_result, first = checks[0]
    assert manual[1][:5] == [first_result.id, first_result.case_number, first_result.department_name, first.id, first.question]
    assert manual[1][7] == "\n".join(first.evidence)


def test_xlsx_is_byte_identical(results: list[DossierResult]) -> None:
    assert emit(XlsxReporter, results) == emit(XlsxReporter, results)


def test_xlsx_scores_unloaded_and_no_checklist() -> None:
    load = finding_from_meta(SCHEMA_INVALID, "BROKEN", "不符合格式定义", Location(file="dossier.xml", line=3))
    a = DossierResult("A", "b/A", "inspection", "closed", [], case_number="案1", department="D1", department_name="一局",
                      score={"total": 90, "grade": "优秀", "vetoed": False, "provisional": True})
    b = DossierResult("B", "b/B", "punishment", "open", [], case_number="案2", department="D1", department_name="一局",
                      score={"total": 81, "grade": "良好", "vetoed": True, "provisional": False})
    data = emit(XlsxReporter, [a, b, DossierResult("BROKEN", "b/BROKEN", None, None, [load])])
    assert openpyxl.load_workbook(io.BytesIO(data)).sheetnames == [FINDINGS_SHEET, DOSSIERS_SHEET, DEPARTMENTS_SHEET]
    dossiers = sheet_rows(data, DOSSIERS_SHEET)
    assert dossiers[1] == ["A", "b/A", "案1", "D1", "一局", "行政检查", "已结", 0, 0, 0, 0, 0, 90, "优秀", "否", "是"]
    assert dossiers[2][-4:] == [81, "良好", "是", "否"]
    assert dossiers[3][:8] == ["BROKEN", "b/BROKEN", None, None, None, None, None, 1]
    departments = sheet_rows(data, DEPARTMENTS_SHEET)
    assert departments[1][:4] == ["D1", "一局", 2, 0] and departments[1][-2:] == [2, 85.5]
    assert departments[2][:5] == [None, UNLOADED_DEPARTMENT, 1, 1, 1]
    assert departments[2][-2:] == [0, None]
    assert departments[2][8 + list(System).index(System.LOADING)] == 1


def test_xlsx_text_is_never_a_formula() -> None:
    f = finding_from_meta(INTERNAL_ERROR, "=1+1", "=SUM(A1:A2)", Location())
    data = emit(XlsxReporter, [DossierResult("=1+1", "b/x", "inspection", "closed", [f])])
    wb = openpyxl.load_workbook(io.BytesIO(data))
    cell = wb[FINDINGS_SHEET].cell(row=2, column=FINDING_COLUMNS.index("message") + 1)
    assert (cell.value, cell.data_type) == ("=SUM(A1:A2)", "s")


# ------------------------------------------------------------------ masking


def test_masking_in_every_format(results: list[DossierResult]) -> None:
    dossier = by_id(results, "PUN-09-records-decision-overdue")
    assert dossier.personal_names, "PUN-09 has an individual party"
    name = sorted(dossier.personal_names, key=len)[-1]
    phone = "13812345678"
    findings = [replace(f, message=f"{f.message}（当事人{name}，电话 {phone}）") for f in dossier.findings]
    checks = [replace(c, evidence=(*c.evidence, f"当事人{name}的陈述")) for c in dossier.manual_checks or []]
    assert checks
    leaky = replace(dossier, findings=findings, manual_checks=checks,
                    waived={findings[0].fingerprint(): f"{name}已补正"})

    def texts(cls: type[Any], mask: bool) -> str:
        out = emit(cls, [leaky], mask)
        if isinstance(out, bytes):
            wb = openpyxl.load_workbook(io.BytesIO(out))
            return "\n".join(str(v) for ws in wb for row in ws.iter_rows(values_only=True) for v in row if v is not None)
        return str(out)

    for cls in (SarifReporter, JUnitReporter, CsvReporter, XlsxReporter):
        plain, masked_ = texts(cls, False), texts(cls, True)
        assert name in plain and phone in plain, cls.__name__
        assert name not in masked_ and phone not in masked_, cls.__name__
        assert name[0] + "*" * (len(name) - 1) in masked_ and "138****5678" in masked_, cls.__name__
