"""Excel workbook (openpyxl) for people who work in spreadsheets: the same findings, by dossier and
by department, and the human checklist.

Sheets, in this order:

- 问题清单 — one row per finding, the CSV columns with Chinese headers and Chinese labels for the
  coded values (错误/警告/提示, 公示, …); header frozen, autofilter over the whole table.
- 案卷得分 — one row per dossier: id, path, case number, department, case type, status, findings by
  severity, waived, and the review-standard score when the run scored dossiers (总分, 等级, 否决, 暂定;
  empty otherwise — the columns are always there, so the layout does not depend on the options).
- 部门汇总 — one row per department (acting body), sorted by id; dossiers that could not be loaded
  last: dossiers, findings by severity and by system, waived, scored dossiers and the average score.
- 人工核查 — only when the results carry the human checklist: one row per item and dossier, with
  the English gloss, the evidence found one per line, and two empty columns (核查结论, 评查人) for the reviewer.

Streaming: the workbook is written in openpyxl's write-only mode, so rows go to temporary files as
dossiers arrive; only the per-department totals are held (one small record per department).
Deterministic: the document properties carry ``as_of`` as their date, and the zip entries get a
fixed timestamp, so the same input gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import tempfile
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from typing import IO, Any

from ..engine import Alert, Severity, System
from ..models import CASE_STATUS_LABELS, CASE_TYPE_LABELS
from ..report import MODE_LABELS
from ..runner import DossierResult, Summary
from . import FINDING_COLUMNS, Cell, finding_record, masked, xml_safe

FINDINGS_SHEET, DOSSIERS_SHEET, DEPARTMENTS_SHEET, MANUAL_SHEET = "问题清单", "案卷得分", "部门汇总", "人工核查"

#: Chinese header and column width of each finding column
FINDING_HEADERS: dict[str, tuple[str, int]] = {
    "dossier": ("案卷", 28), "case_number": ("案号", 24), "department": ("部门编号", 12),
    "department_name": ("部门", 24), "case_type": ("案件类型", 12), "status": ("案件状态", 9),
    "rule_id": ("规则编号", 16), "severity": ("级别", 7), "alert": ("预警", 9), "system": ("制度", 11),
    "title": ("问题", 36), "step": ("环节", 7), "document": ("文书", 7), "file": ("文件", 22),
    "line": ("行", 6), "page": ("页", 5), "message": ("说明", 70), "legal_basis": ("法律依据", 50),
    "remediation": ("整改建议", 60), "confidence": ("可信度", 9), "fingerprint": ("指纹", 18),
    "waived": ("豁免", 30),
}

CONFIDENCE_LABELS = {"confirmed": "已确认", "unconfirmed": "未确认"}
_LABELS: dict[str, dict[str, str]] = {
    "case_type": CASE_TYPE_LABELS, "status": CASE_STATUS_LABELS, "alert": {a.value: a.label for a in Alert},
    "confidence": CONFIDENCE_LABELS,
    "severity": {s.value: s.label for s in Severity}, "system": {s.value: s.label for s in System},
}

DOSSIER_HEADERS: tuple[tuple[str, int], ...] = (
    ("案卷", 28), ("路径", 40), ("案号", 24), ("部门编号", 12), ("部门", 24), ("案件类型", 12), ("案件状态", 9),
    ("问题数", 8), ("错误", 6), ("警告", 6), ("提示", 6), ("已豁免", 8), ("总分", 8), ("等级", 8), ("否决", 6),
    ("暂定", 6),
)
DEPARTMENT_HEADERS: tuple[tuple[str, int], ...] = (
    ("部门编号", 12), ("部门", 24), ("案卷数", 8), ("问题数", 8), ("错误", 6), ("警告", 6), ("提示", 6), ("已豁免", 8),
    *((s.label, 9) for s in System), ("评分案卷数", 10), ("平均得分", 9),
)
MANUAL_HEADERS: tuple[tuple[str, int], ...] = (
    ("案卷", 28), ("案号", 24), ("部门", 24), ("事项编号", 10), ("核查问题", 50), ("英文说明", 50), ("法律依据", 50),
    ("案卷所见", 70), ("备注", 30), ("可信度", 9), ("核查结论", 24), ("评查人", 12),
)

UNLOADED_DEPARTMENT = "（未能载入的案卷）"
#: zip entry timestamp (the earliest a zip can hold): the bytes do not depend on when the file was written
ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def _cell_value(value: object) -> Cell | float:
    if value is None:
        return None
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, int | float):
        return value
    return xml_safe(str(value))


@dataclass
class _Department:
    name: str
    dossiers: int = 0
    severity: Counter[str] = field(default_factory=Counter)
    system: Counter[str] = field(default_factory=Counter)
    waived: int = 0
    scores: list[float] = field(default_factory=list)


class XlsxReporter:
    """Excel workbook (``-o xlsx=FILE``); ``out`` is a binary stream (need not be seekable)."""

    def __init__(self, out: IO[bytes], mask: bool = False) -> None:
        from openpyxl import Workbook

        self.out = out
        self.mask = mask
        self.wb: Any = Workbook(write_only=True)
        self.findings_ws: Any = self._sheet(FINDINGS_SHEET, [FINDING_HEADERS[c] for c in FINDING_COLUMNS])
        self.dossiers_ws: Any = self._sheet(DOSSIERS_SHEET, DOSSIER_HEADERS)
        self.departments_ws: Any = self._sheet(DEPARTMENTS_SHEET, DEPARTMENT_HEADERS)
        self.manual_ws: Any = None
        self.finding_rows = 0
        self.departments: dict[str | None, _Department] = {}
        self.profile = self.as_of = ""

    def _sheet(self, title: str, headers: list[tuple[str, int]] | tuple[tuple[str, int], ...]) -> Any:
        """A write-only sheet with widths, a frozen bold header row (written now)."""
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Font
        from openpyxl.utils import get_column_letter

        ws = self.wb.create_sheet(title)
        for i, (_, width) in enumerate(headers, 1):
            ws.column_dimensions[get_column_letter(i)].width = width
        ws.freeze_panes = "A2"
        row = []
        for text, _ in headers:
            cell = WriteOnlyCell(ws, value=text)
            cell.font = Font(bold=True)
            row.append(cell)
        ws.append(row)
        return ws

    def _append(self, ws: Any, values: list[Cell | float]) -> None:
        """A row; text that begins with ``=`` is kept as text, never turned into a formula."""
        from openpyxl.cell import WriteOnlyCell

        row: list[Any] = []
        for value in values:
            if isinstance(value, str) and value.startswith("="):
                cell = WriteOnlyCell(ws, value=value)
                cell.data_type = "s"
                row.append(cell)
            else:
                row.append(value)
        ws.append(row)

    def start(self, profile: str, as_of: str, mode: str = "self") -> None:
        self.profile, self.as_of = profile, as_of
        kind = MODE_LABELS.get(mode, mode)
        props = self.wb.properties
        props.title = "行政执法案卷合规检查"
        props.subject = f"{kind}  配置：{profile}  基准日：{as_of}"
        props.creator = "enforcement-audit"
        try:
            when = dt.datetime.fromisoformat(as_of)
        except ValueError:
            when = dt.datetime(2000, 1, 1)
        props.created = props.modified = when

    def dossier(self, result: DossierResult) -> None:
        waived = 0
        for f in result.findings:
            record = finding_record(result, f, self.mask)
            waived += record["waived"] is not None
            self._append(self.findings_ws, [self._label(c, record[c]) for c in FINDING_COLUMNS])
            self.finding_rows += 1
        counts = result.counts()
        score = result.score or {}
        self._append(self.dossiers_ws, [
            _cell_value(result.id), _cell_value(result.path), _cell_value(result.case_number),
            _cell_value(result.department), _cell_value(result.department_name),
            self._label("case_type", result.case_type), self._label("status", result.status),
            len(result.findings), *(counts[s.value] for s in Severity), waived,
            *(_cell_value(score.get(key)) for key in ("total", "grade", "vetoed", "provisional")),
        ])
        self._count(result, waived)
        if result.manual_checks is not None:
            self._manual(result)

    def _label(self, column: str, value: Cell) -> Cell:
        if isinstance(value, str):
            labels = _LABELS.get(column)
            return labels.get(value, value) if labels is not None else xml_safe(value)
        return value

    def _count(self, result: DossierResult, waived: int) -> None:
        dept = self.departments.get(result.department)
        if dept is None:
            name = (result.department_name or result.department) if result.department else UNLOADED_DEPARTMENT
            dept = self.departments[result.department] = _Department(name or "")
        dept.dossiers += 1
        dept.waived += waived
        for f in result.findings:
            dept.severity[f.severity.value] += 1
            dept.system[f.system.value] += 1
        total = result.score.get("total") if result.score else None
        if isinstance(total, int | float) and not isinstance(total, bool):
            dept.scores.append(float(total))

    def _manual(self, result: DossierResult) -> None:
        if self.manual_ws is None:
            self.manual_ws = self._sheet(MANUAL_SHEET, MANUAL_HEADERS)
        for c in result.manual_checks or ():
            self._append(self.manual_ws, [
                _cell_value(result.id), _cell_value(result.case_number), _cell_value(result.department_name),
                c.id, _cell_value(c.question), _cell_value(c.gloss), "；".join(str(b) for b in c.legal_basis),
                _cell_value("\n".join(masked(result, e, self.mask) for e in c.evidence)), _cell_value(c.note or None),
                CONFIDENCE_LABELS.get(c.confidence.value, c.confidence.value), None, None,
            ])

    def finish(self, summary: Summary) -> None:
        from openpyxl.utils import get_column_letter

        for key in sorted(self.departments, key=lambda k: (k is None, k or "")):
            d = self.departments[key]
            average = round(sum(d.scores) / len(d.scores), 2) if d.scores else None
            self._append(self.departments_ws, [
                _cell_value(key), _cell_value(d.name), d.dossiers, sum(d.severity.values()),
                *(d.severity[s.value] for s in Severity), d.waived, *(d.system[s.value] for s in System),
                len(d.scores), average,
            ])
        last = get_column_letter(len(FINDING_COLUMNS))
        self.findings_ws.auto_filter.ref = f"A1:{last}{self.finding_rows + 1}"
        from openpyxl.writer.excel import ExcelWriter

        with tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024) as spool:
            # ExcelWriter rather than wb.save(), which stamps the current time as "modified"
            ExcelWriter(self.wb, zipfile.ZipFile(spool, "w", zipfile.ZIP_DEFLATED, allowZip64=True)).save()
            spool.seek(0)
            _restamp(spool, self.out)
        self.out.flush()


def _restamp(src: IO[bytes], out: IO[bytes]) -> None:
    """Copy the zip with every entry's timestamp, attributes and compression fixed (same bytes on
    every machine and every run)."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.create_system = 3
            entry.external_attr = 0o644 << 16
            zout.writestr(entry, zin.read(info), compresslevel=6)
