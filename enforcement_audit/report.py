"""Reports: Chinese text for people, JSON for CI (contract: docs/json-output.md).

Both write as results stream in, so memory does not grow with the number of dossiers. Output is
deterministic: no timestamps or machine paths beyond what the user passed on the command line.
"""

from __future__ import annotations

import importlib
import json
import re
import tempfile
import time
from dataclasses import dataclass
from typing import IO, Any, Protocol

from . import __version__
from .engine import Finding, Severity, System
from .manual import ManualCheck
from .runner import DossierResult, Summary

TOOL = {"name": "enforcement-audit", "version": __version__}


class Reporter(Protocol):
    def start(self, profile: str, as_of: str, mode: str = "self") -> None: ...
    def dossier(self, result: DossierResult) -> None: ...
    def finish(self, summary: Summary) -> None: ...


# ------------------------------------------------------------------ masking

_ID_NUMBER = re.compile(r"(?<![0-9])([1-9][0-9]{5})[0-9]{8}([0-9]{3}[0-9Xx])(?![0-9])")
_PHONE = re.compile(r"(?<![0-9])(1[3-9][0-9])[0-9]{4}([0-9]{4})(?![0-9])")


def mask_text(text: str, names: frozenset[str] = frozenset()) -> str:
    """Mask resident ID numbers, mobile numbers and the given personal names."""
    text = _ID_NUMBER.sub(lambda m: m.group(1) + "********" + m.group(2), text)
    text = _PHONE.sub(lambda m: m.group(1) + "****" + m.group(2), text)
    for name in names:
        if name:
            text = text.replace(name, name[0] + "*" * (len(name) - 1))
    return text


# ------------------------------------------------------------------ text

_SEVERITY_MARK = {Severity.ERROR: "✗", Severity.WARNING: "!", Severity.INFO: "·"}


#: check mode -> Chinese name, as reports and the history show it
MODE_LABELS = {"self": "自查", "cross": "交叉检查"}


class TextReporter:
    def __init__(self, out: IO[str], mask: bool = False) -> None:
        self.out = out
        self.mask = mask

    def start(self, profile: str, as_of: str, mode: str = "self") -> None:
        kind = MODE_LABELS.get(mode, mode)
        self.out.write(f"行政执法案卷合规检查（enforcement-audit {TOOL['version']}）  {kind}  配置：{profile}  基准日：{as_of}\n\n")

    def dossier(self, result: DossierResult) -> None:
        mask = result.personal_names if self.mask else None
        if not result.findings:
            self.out.write(f"✓ {result.path}（{result.id}）：未发现问题\n")
        else:
            counts = result.counts()
            head = "，".join(f"{Severity(k).label} {v}" for k, v in counts.items() if v)
            self.out.write(f"■ {result.path}（{result.id}）：{head}\n")
            for f in result.findings:
                self.out.write(_text_finding(f, mask, result.waived.get(f.fingerprint()) if result.waived else None))
        if result.manual_checks:
            self.out.write(_text_manual(result.manual_checks, mask))
        if result.findings or result.manual_checks:
            self.out.write("\n")

    def finish(self, summary: Summary) -> None:
        s = summary.to_json()
        sev = s["by_severity"]
        assert isinstance(sev, dict)
        self.out.write(
            f"\n共检查案卷 {summary.dossiers} 件（成功载入 {summary.loaded} 件）；"
            f"发现问题 {s['findings']} 项：错误 {sev['error']}，警告 {sev['warning']}，提示 {sev['info']}。\n"
        )
        if summary.by_system:
            parts = [f"{System(k).label} {v}" for k, v in sorted(summary.by_system.items(), key=lambda kv: kv[0])]
            self.out.write("按制度：" + "，".join(parts) + "\n")
        if summary.waived:
            self.out.write(f"其中已豁免 {sum(summary.waived.values())} 项（仍列出，不影响退出码）。\n")
        for note in summary.notes:
            self.out.write(note + "\n")


def _text_manual(checks: list[ManualCheck], mask: frozenset[str] | None) -> str:
    """The human checklist of one dossier: questions, basis and the evidence found; never a verdict."""
    lines = [f"  人工核查事项（{len(checks)} 项，机器不作判断，请评查人员逐项确认）："]
    for c in checks:
        lines.append(f"  ☐ {c.id} {c.question}")
        if c.legal_basis:
            lines.append(f"      依据：{'；'.join(str(b) for b in c.legal_basis)}")
        for i, fact in enumerate(c.evidence):
            text = mask_text(fact, mask) if mask is not None else fact
            lines.append(("      案卷所见：" if i == 0 else "                ") + text)
        if c.note:
            lines.append(f"      说明：{c.note}")
        if c.confidence.value == "unconfirmed":
            lines.append("      注意：本项部分依据尚未经官方文本确认。")
    return "\n".join(lines) + "\n"


def _text_finding(f: Finding, mask: frozenset[str] | None, waived: str | None = None) -> str:
    where = []
    if f.location.step:
        where.append(f"环节 {f.location.step}")
    if f.location.document:
        where.append(f"文书 {f.location.document}")
    if f.location.file:
        where.append(f.location.file + (f":{f.location.line}" if f.location.line else "")
                     + (f" 第 {f.location.page} 页" if f.location.page else ""))
    message = mask_text(f.message, mask) if mask is not None else f.message
    alert = f"【{f.alert.label}】" if f.alert is not None else ""
    if waived is not None:
        alert += f"【已豁免：{waived}】"
    lines = [
        f"  {_SEVERITY_MARK[f.severity]} [{f.severity.label}]{alert} {f.rule_id} {f.title}",
        f"      {message}",
    ]
    if where:
        lines.append(f"      位置：{'，'.join(where)}")
    if f.legal_basis:
        lines.append(f"      依据：{'；'.join(str(b) for b in f.legal_basis)}")
    if f.confidence.value == "unconfirmed":
        lines.append("      说明：该规则的法律依据尚未经官方文本确认，结果仅供参考。")
    lines.append(f"      整改：{f.remediation}")
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------ JSON

class JsonReporter:
    """Streams ``findings`` first and spools ``dossiers`` so memory stays flat for any batch size."""

    def __init__(self, out: IO[str], mask: bool = False) -> None:
        self.out = out
        self.mask = mask
        self.first = True
        # lives from start() to finish(); closed there
        self.spool: IO[str] = tempfile.SpooledTemporaryFile(max_size=256 * 1024, mode="w+", encoding="utf-8")  # noqa: SIM115
        self.first_dossier = True

    def start(self, profile: str, as_of: str, mode: str = "self") -> None:
        head = json.dumps({"tool": TOOL, "mode": mode, "profile": profile, "as_of": as_of}, ensure_ascii=False)
        self.out.write(head[:-1] + ', "findings": [')

    def dossier(self, result: DossierResult) -> None:
        for f in result.findings:
            data = f.to_json()
            if result.waived and (waiver := result.waived.get(f.fingerprint())) is not None:
                data["waived"] = waiver
            if self.mask:
                data["message"] = mask_text(f.message, result.personal_names)
            self.out.write(("\n  " if self.first else ",\n  ") + json.dumps(data, ensure_ascii=False))
            self.first = False
        entry = result.to_json()
        if self.mask and result.manual_checks:
            entry["manual_checks"] = [
                {**c.to_json(), "evidence": [mask_text(e, result.personal_names) for e in c.evidence]}
                for c in result.manual_checks
            ]
        self.spool.write(("\n  " if self.first_dossier else ",\n  ") + json.dumps(entry, ensure_ascii=False))
        self.first_dossier = False

    def finish(self, summary: Summary) -> None:
        self.out.write("\n], \"dossiers\": [" if not self.first else "], \"dossiers\": [")
        self.spool.seek(0)
        while chunk := self.spool.read(1 << 16):
            self.out.write(chunk)
        self.spool.close()
        self.out.write(("\n]" if not self.first_dossier else "]") + ', "summary": ')
        self.out.write(json.dumps(summary.to_json(), ensure_ascii=False))
        self.out.write("}\n")


# ------------------------------------------------------------------ formats and progress


@dataclass(frozen=True)
class FormatSpec:
    """A report format: its reporter class (imported when used) and whether it writes bytes."""

    factory: str  # "module:Class"
    binary: bool = False
    description: str = ""

    def make(self, out: Any, mask: bool) -> Reporter:
        module, _, name = self.factory.partition(":")
        cls = getattr(importlib.import_module(module), name)
        reporter: Reporter = cls(out, mask)
        return reporter


#: every format of ``check -o FORMAT[=PATH]``; all are fed the same stream of dossier results
FORMATS: dict[str, FormatSpec] = {
    "text": FormatSpec("enforcement_audit.report:TextReporter", description="中文文本报告"),
    "json": FormatSpec("enforcement_audit.report:JsonReporter", description="JSON（docs/json-output.md）"),
    "sarif": FormatSpec("enforcement_audit.reports.sarif:SarifReporter", description="SARIF 2.1.0（代码扫描）"),
    "junit": FormatSpec("enforcement_audit.reports.junit:JUnitReporter", description="JUnit XML（CI 测试视图）"),
    "csv": FormatSpec("enforcement_audit.reports.csv_report:CsvReporter", description="CSV（UTF-8 带 BOM）"),
    "xlsx": FormatSpec("enforcement_audit.reports.xlsx:XlsxReporter", binary=True, description="Excel 工作簿"),
    "html": FormatSpec("enforcement_audit.reports.html:HtmlReporter", description="网页报告（单文件，docs/html-report.md）"),
}


class Progress:
    """A progress bar on standard error for long runs (only when it is a terminal, or when asked).

    With ``total`` (the number of dossiers, counted beforehand) it draws a bar with the share done;
    without, a running count. Either way the rate in dossiers per second."""

    WIDTH = 24

    def __init__(self, stream: IO[str], enabled: bool | None = None, every: float = 0.2, total: int | None = None) -> None:
        self.stream = stream
        self.enabled = stream.isatty() if enabled is None else enabled
        self.every = every
        self.total = total
        self.count = 0
        self.started = time.monotonic()
        self.shown = 0.0

    def tick(self) -> None:
        self.count += 1
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self.shown >= self.every:
            self.shown = now
            rate = self.count / max(now - self.started, 1e-9)
            self.stream.write(f"\r{self._bar()}（{rate:,.0f} 件/秒）")
            self.stream.flush()

    def _bar(self) -> str:
        if not self.total:
            return f"已检查 {self.count} 件"
        done = min(self.count / self.total, 1.0)
        filled = round(done * self.WIDTH)
        return f"[{'#' * filled}{'-' * (self.WIDTH - filled)}] {self.count}/{self.total} 件 {done:.0%}"

    def done(self) -> None:
        if self.enabled and self.count:
            elapsed = time.monotonic() - self.started
            self.stream.write(f"\r已检查 {self.count} 件，用时 {elapsed:.1f} 秒。" + " " * 20 + "\n")
            self.stream.flush()
