"""JUnit XML: one test suite per dossier, one test case per system, for CI test views.

Mapping (docs/report-formats.md):

- ``<testsuite name=DOSSIER-ID>`` per dossier, with ``<properties>``: path, case_number,
  department, department_name, case_type, status, profile, as_of, mode (absent values left out).
- ``<testcase classname=DOSSIER-ID name="公示 disclosure">`` for each of the seven systems, always
  in the same order, so a dossier always has 7 test cases.
- A finding at or above ``fail_on`` (default: error) that is not waived is a ``<failure>`` (one per
  finding; ``type`` = rule id). ``ENGINE-001`` (a rule crashed: a defect of the tool, not of the
  dossier) is an ``<error>`` instead.
- A case with no failure or error but with a waived finding at or above ``fail_on`` is
  ``<skipped message="waived: …">``; so are the rule systems of a dossier that could not be loaded
  (its ``loading`` case carries the load findings).
- Every other finding (below ``fail_on``, or waived) is a line in the case's ``<system-out>``.
- Counts are of test cases: a case with an error counts as an error, else with a failure as a
  failure, else as skipped when skipped. ``time`` is always 0 (deterministic output).

Memory stays flat: each suite is serialised as its dossier arrives into a spool file; the root's
totals are known at the end, when the spool is copied out.
"""

from __future__ import annotations

import tempfile
import xml.etree.ElementTree as ET
from typing import IO

from ..engine import INTERNAL_ERROR, Finding, Severity, System
from ..runner import DossierResult, Summary
from . import basis_text, masked, waiver_of, xml_safe


def case_name(system: System) -> str:
    return f"{system.label} {system.value}"


def finding_text(result: DossierResult, f: Finding, mask: bool, waiver: str | None) -> str:
    """The finding as a few Chinese lines (message, where, basis, remediation, fingerprint)."""
    where = [part for part in (f"环节 {f.location.step}" if f.location.step else "",
                               f"文书 {f.location.document}" if f.location.document else "") if part]
    if f.location.file:
        where.append(f.location.file + (f":{f.location.line}" if f.location.line else "")
                     + (f" 第 {f.location.page} 页" if f.location.page else ""))
    alert = f"【{f.alert.label}】" if f.alert is not None else ""
    lines = [f"[{f.severity.label}]{alert} {f.rule_id} {f.title}", masked(result, f.message, mask)]
    if waiver is not None:
        lines.append(f"已豁免：{masked(result, waiver, mask)}")
    if where:
        lines.append("位置：" + "，".join(where))
    if f.legal_basis:
        lines.append("依据：" + basis_text(f))
    lines.append("整改：" + f.remediation)
    lines.append("指纹：" + f.fingerprint())
    return "\n".join(lines)


class JUnitReporter:
    """JUnit XML (``-o junit=FILE``), UTF-8. ``fail_on``: the lowest severity that fails a test case."""

    def __init__(self, out: IO[str], mask: bool = False, fail_on: Severity = Severity.ERROR) -> None:
        self.out = out
        self.mask = mask
        self.fail_on = fail_on
        self.meta: list[tuple[str, str]] = []
        self.totals = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
        # lives from __init__ to finish(); closed there
        self.spool: IO[str] = tempfile.SpooledTemporaryFile(max_size=256 * 1024, mode="w+", encoding="utf-8")  # noqa: SIM115

    def start(self, profile: str, as_of: str, mode: str = "self") -> None:
        self.meta = [("profile", profile), ("as_of", as_of), ("mode", mode)]

    def dossier(self, result: DossierResult) -> None:
        suite = ET.Element("testsuite", {"name": result.id})
        props = ET.SubElement(suite, "properties")
        for key, value in (("path", result.path), ("case_number", result.case_number),
                           ("department", result.department), ("department_name", result.department_name),
                           ("case_type", result.case_type), ("status", result.status), *self.meta):
            if value is not None:
                ET.SubElement(props, "property", {"name": key, "value": value})
        counts = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
        by_system: dict[System, list[Finding]] = {s: [] for s in System}
        for f in result.findings:
            by_system[f.system].append(f)
        for system in System:
            outcome = self._case(suite, result, system, by_system[system])
            counts["tests"] += 1
            if outcome:
                counts[outcome] += 1
        for key, count in counts.items():
            suite.set(key, str(count))
            self.totals[key] += count
        suite.set("time", "0")
        ET.indent(suite, space="  ", level=1)
        self.spool.write("  " + ET.tostring(suite, encoding="unicode").rstrip() + "\n")

    def _case(self, suite: ET.Element, result: DossierResult, system: System, findings: list[Finding]) -> str | None:
        """Add the test case of one system; returns its outcome count key, None when it passed."""
        case = ET.SubElement(suite, "testcase", {"classname": result.id, "name": case_name(system), "time": "0"})
        failures: list[tuple[str, Finding, str]] = []
        waived_out: list[str] = []
        other: list[str] = []
        for f in findings:
            waiver = waiver_of(result, f)
            text = finding_text(result, f, self.mask, waiver)
            if f.severity.rank > self.fail_on.rank:
                other.append(text)
            elif waiver is not None:
                waived_out.append(f"{f.rule_id}（{masked(result, waiver, self.mask)}）")
                other.append(text)
            else:
                failures.append(("error" if f.rule_id == INTERNAL_ERROR.id else "failure", f, text))
        outcome: str | None = None
        if failures:
            for tag, f, text in failures:
                element = ET.SubElement(case, tag, {"message": f"{f.rule_id} {f.title}", "type": f.rule_id})
                element.text = text
            outcome = "errors" if any(tag == "error" for tag, _, _ in failures) else "failures"
        elif waived_out:
            ET.SubElement(case, "skipped", {"message": "waived: " + "；".join(waived_out)})
            outcome = "skipped"
        elif result.case_type is None and system is not System.LOADING:
            ET.SubElement(case, "skipped", {"message": "案卷未能载入，本制度的规则未运行"})
            outcome = "skipped"
        if other:
            ET.SubElement(case, "system-out").text = "\n\n".join(other)
        return outcome

    def finish(self, summary: Summary) -> None:
        attrs = " ".join(f'{k}="{v}"' for k, v in self.totals.items())
        self.out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        self.out.write(f'<testsuites name="enforcement-audit" {attrs} time="0">\n')
        self.spool.seek(0)
        while chunk := self.spool.read(1 << 16):
            self.out.write(xml_safe(chunk))
        self.spool.close()
        self.out.write("</testsuites>\n")
