"""Report formats beyond the built-in text and JSON reporters (see enforcement_audit.report).

Every reporter here follows the same protocol as :class:`enforcement_audit.report.Reporter`
(``start`` / ``dossier`` / ``finish``) and is fed the same stream of dossier results:

- :class:`.sarif.SarifReporter` — SARIF 2.1.0 for code-scanning UIs;
- :class:`.junit.JUnitReporter` — JUnit XML for CI test views;
- :class:`.csv_report.CsvReporter` — one CSV row per finding (UTF-8 with BOM);
- :class:`.xlsx.XlsxReporter` — an Excel workbook (问题清单, 案卷得分, 部门汇总, 人工核查);
- :mod:`.html` — the self-contained HTML report (docs/html-report.md).

This module holds what they share: the rule catalogue (metadata of every rule a finding can come
from, tool findings included), the flat finding record (the CSV/XLSX columns) and masking.
Formats are documented in docs/report-formats.md.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Any

from ..engine import Finding, RuleMeta
from ..report import mask_text
from ..runner import DossierResult

#: columns of the flat finding record, in order (CSV header; XLSX 问题清单 in Chinese)
FINDING_COLUMNS: tuple[str, ...] = (
    "dossier", "case_number", "department", "department_name", "case_type", "status",
    "rule_id", "severity", "alert", "system", "title", "step", "document", "file", "line", "page",
    "message", "legal_basis", "remediation", "confidence", "fingerprint", "waived",
)

Cell = str | int | None

#: separator of several citations in one cell (the Chinese semicolon, as the text report writes them)
BASIS_SEPARATOR = "；"


@cache
def _catalogue() -> dict[str, tuple[str, RuleMeta]]:
    """Rule id -> (rule name, metadata) for every registered rule and every tool-level pseudo rule."""
    from ..rules import ALL_RULES, all_rule_metas

    names = {rule.meta.id: rule.__name__ for rule in ALL_RULES}
    return {meta.id: (names.get(meta.id) or _name_from_id(meta.id), meta) for meta in all_rule_metas()}


def _name_from_id(rule_id: str) -> str:
    """``LOAD-SCHEMA-002`` -> ``LoadSchema002`` (a name for tool rules, which have no class)."""
    return "".join(part.capitalize() for part in rule_id.split("-"))


def rule_info(finding: Finding) -> tuple[str, RuleMeta]:
    """The rule's name and metadata; a rule unknown to the catalogue (e.g. a tool finding added
    later) gets metadata built from the finding itself, so a report never fails on it."""
    found = _catalogue().get(finding.rule_id)
    if found is not None:
        return found
    from ..engine import ALL_CASE_TYPES

    meta = RuleMeta(id=finding.rule_id, title=finding.title, system=finding.system, case_types=ALL_CASE_TYPES,
                    severity=finding.severity, legal_basis=finding.legal_basis, remediation=finding.remediation,
                    confidence=finding.confidence, requires_legal_basis=False)
    return _name_from_id(finding.rule_id), meta


def masked(result: DossierResult, text: str, mask: bool) -> str:
    """``text`` with the dossier's personal data masked when asked (as the text report does)."""
    return mask_text(text, result.personal_names) if mask else text


def waiver_of(result: DossierResult, finding: Finding) -> str | None:
    """The waiver text when the finding is waived, else None."""
    if not result.waived:
        return None
    return result.waived.get(finding.fingerprint())


def basis_text(finding: Finding | RuleMeta) -> str:
    return BASIS_SEPARATOR.join(str(b) for b in finding.legal_basis)


def finding_record(result: DossierResult, f: Finding, mask: bool) -> dict[str, Cell]:
    """One finding as a flat record with the :data:`FINDING_COLUMNS` keys (machine values: ``error``,
    ``disclosure``, …; ``None`` for an absent value)."""
    loc = f.location
    waived = waiver_of(result, f)
    return {
        "dossier": f.dossier,
        "case_number": result.case_number,
        "department": result.department,
        "department_name": result.department_name,
        "case_type": result.case_type,
        "status": result.status,
        "rule_id": f.rule_id,
        "severity": f.severity.value,
        "alert": f.alert.value if f.alert is not None else None,
        "system": f.system.value,
        "title": f.title,
        "step": loc.step,
        "document": loc.document,
        "file": loc.file,
        "line": loc.line,
        "page": loc.page,
        "message": masked(result, f.message, mask),
        "legal_basis": basis_text(f),
        "remediation": f.remediation,
        "confidence": f.confidence.value,
        "fingerprint": f.fingerprint(),
        "waived": masked(result, waived, mask) if waived is not None else None,
    }


# XML 1.0 allows only these characters (a PDF's text may hold others); openpyxl refuses the same set
_NOT_XML_CHAR = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_safe(text: str) -> str:
    """``text`` with characters XML 1.0 cannot carry replaced by U+FFFD."""
    return _NOT_XML_CHAR.sub("\ufffd", text)


def append_text_row(ws: Any, values: Sequence[object]) -> None:
    """Append a row to an openpyxl worksheet: text made XML-safe, and text beginning with ``=`` kept as text,
    never a formula (a note typed as ``=HYPERLINK(…)`` shows what was typed)."""
    ws.append([xml_safe(v) if isinstance(v, str) else v for v in values])
    for cell in ws[ws.max_row]:
        if isinstance(cell.value, str) and cell.value.startswith("="):
            cell.data_type = "s"
