"""CSV: one row per finding, streamed as dossiers arrive (memory does not grow with the batch).

- UTF-8 **with a byte-order mark**: Excel opens a CSV without BOM in the system code page (GBK on a
  Chinese Windows) and garbles every Chinese character; with the BOM it reads UTF-8. Python reads it
  back with ``encoding="utf-8-sig"``.
- RFC 4180: the csv module's quoting (fields with a comma, quote or line break are quoted, quotes
  doubled) and its ``\\r\\n`` record separator. A line break inside a field is kept as is. Open the
  output with ``newline=""`` (or ``"\\n"``) so that ``\\r\\n`` is not translated again.
- Header: the column names of :data:`enforcement_audit.reports.FINDING_COLUMNS` (English, stable).
  Values are the JSON report's machine values (``error``, ``disclosure``, ``yellow``, …); an absent
  value is an empty field; ``legal_basis`` is the citations joined with ``；``; ``waived`` the
  waiver text of a waived finding, else empty.
- A text field beginning with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a leading
  apostrophe (``'``) so that a spreadsheet does not run it as a formula (CSV injection: dossier ids,
  steps and messages come from the input).
"""

from __future__ import annotations

import csv
from typing import IO

from ..runner import DossierResult, Summary
from . import FINDING_COLUMNS, Cell, finding_record

BOM = "\ufeff"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Cell) -> str | int:
    """A cell for a spreadsheet: None -> empty, text that would start a formula -> prefixed with ``'``."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


class CsvReporter:
    """CSV (``-o csv=FILE``), one row per finding, waived findings included (``waived`` column)."""

    def __init__(self, out: IO[str], mask: bool = False) -> None:
        self.out = out
        self.mask = mask
        self.writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)

    def start(self, profile: str, as_of: str, mode: str = "self") -> None:
        self.out.write(BOM)
        self.writer.writerow(FINDING_COLUMNS)

    def dossier(self, result: DossierResult) -> None:
        for f in result.findings:
            record = finding_record(result, f, self.mask)
            self.writer.writerow([neutralise(record[c]) for c in FINDING_COLUMNS])

    def finish(self, summary: Summary) -> None:
        self.out.flush()
