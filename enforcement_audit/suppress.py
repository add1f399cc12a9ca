"""Waivers (豁免) and baselines (基线): the two ways a finding is set aside, both keyed by the finding's
stable fingerprint (rule, dossier, step or document; engine.Finding.fingerprint).

- A **waiver file** (TOML) lists findings a legal office has decided to accept, each with a mandatory
  reason, who decided and until when. A waived finding stays in every report, marked as waived and
  counted; it no longer fails the run. Expired waivers do not apply and are listed, so are waivers
  that matched nothing (stale). ``--no-waivers`` ignores the file (audit mode).
- A **baseline** (JSON, written by ``--write-baseline``) records the findings of a run; with
  ``--baseline`` only findings not in it are reported (a CI job sees what is new). Baseline entries
  no longer found are listed as stale; that is never an error.
"""

from __future__ import annotations

import datetime as dt
import json
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from . import __version__
from .engine import Finding
from .runner import DossierResult

BASELINE_FORMAT = 1


class SuppressionError(ValueError):
    """A waiver or baseline file that cannot be used; the message names the file and the entry."""


@dataclass(frozen=True)
class Waiver:
    rule: str
    dossier: str
    reason: str
    by: str
    expires: dt.date
    location: str | None = None  # a step or document id; None: anywhere in the dossier
    index: int = 0  # position in the file (1-based), for messages

    def matches(self, finding: Finding) -> bool:
        if finding.rule_id != self.rule or finding.dossier != self.dossier:
            return False
        return self.location is None or self.location in (finding.location.step, finding.location.document)

    def text(self) -> str:
        return f"{self.reason}（{self.by}，有效期至 {self.expires.isoformat()}）"

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {"rule": self.rule, "dossier": self.dossier}
        if self.location:
            out["location"] = self.location
        out.update({"reason": self.reason, "by": self.by, "expires": self.expires.isoformat()})
        return out


_WAIVER_KEYS = {"rule", "dossier", "location", "reason", "by", "expires"}


def load_waivers(path: Path) -> list[Waiver]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise SuppressionError(f"{path}: 无法读取豁免文件（{exc.strerror or exc}）") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise SuppressionError(f"{path}: 豁免文件不是有效的 TOML（{exc}）") from None
    unknown = sorted(set(data) - {"waiver"})
    if unknown:
        raise SuppressionError(f"{path}: 未知的键 {', '.join(unknown)}（应为 [[waiver]] 条目）")
    out: list[Waiver] = []
    for i, raw in enumerate(data.get("waiver", []), 1):
        where = f"{path} 第 {i} 个 [[waiver]]"
        if not isinstance(raw, dict):
            raise SuppressionError(f"{where}: 须为表")
        bad = sorted(set(raw) - _WAIVER_KEYS)
        if bad:
            raise SuppressionError(f"{where}: 未知的键 {', '.join(bad)}")
        for key in ("rule", "dossier", "reason", "by"):
            value = raw.get(key)
            if not isinstance(value, str) or not value.strip():
                raise SuppressionError(f"{where}: 缺少 `{key}`（须为非空文本；豁免必须写明理由和决定人）")
        expires = raw.get("expires")
        if not isinstance(expires, dt.date) or isinstance(expires, dt.datetime):
            raise SuppressionError(f"{where}: `expires` 须为日期（如 2026-12-31）：豁免必须有期限")
        location = raw.get("location")
        if location is not None and (not isinstance(location, str) or not location.strip()):
            raise SuppressionError(f"{where}: `location` 须为环节或文书编号")
        out.append(Waiver(raw["rule"].strip().upper(), raw["dossier"].strip(), raw["reason"].strip(), raw["by"].strip(),
                          expires, location.strip() if location else None, i))
    return out


@dataclass
class Suppressions:
    """Applies waivers and a baseline to each dossier result as results stream by."""

    as_of: dt.date
    waivers: list[Waiver] = field(default_factory=list)
    baseline: dict[str, dict[str, Any]] | None = None  # fingerprint -> entry
    waiver_file: str | None = None
    baseline_file: str | None = None
    used: set[int] = field(default_factory=set)
    seen: set[str] = field(default_factory=set)
    suppressed: int = 0
    checked: set[str] = field(default_factory=set)  # dossiers checked in this run

    @property
    def active(self) -> list[Waiver]:
        return [w for w in self.waivers if w.expires >= self.as_of]

    @property
    def expired(self) -> list[Waiver]:
        return [w for w in self.waivers if w.expires < self.as_of]

    def apply(self, result: DossierResult) -> DossierResult:
        self.checked.add(result.id)
        findings = result.findings
        if self.baseline is not None:
            kept = []
            for f in findings:
                fp = f.fingerprint()
                if fp in self.baseline:
                    self.seen.add(fp)
                    self.suppressed += 1
                else:
                    kept.append(f)
            findings = kept
        waived = dict(result.waived)
        active = self.active
        if active:
            for f in findings:
                for w in active:
                    if w.matches(f):
                        waived[f.fingerprint()] = w.text()
                        self.used.add(w.index)
                        break
        if findings is result.findings and waived == result.waived:
            return result
        return replace(result, findings=findings, waived=waived)

    def stale_baseline(self) -> list[dict[str, Any]]:
        """Baseline entries of dossiers checked in this run that were not found again."""
        if self.baseline is None:
            return []
        return [e for fp, e in sorted(self.baseline.items())
                if fp not in self.seen and e.get("dossier") in self.checked]

    def unused_waivers(self) -> list[Waiver]:
        return [w for w in self.active if w.index not in self.used]

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {}
        if self.waiver_file is not None:
            out["waivers"] = {
                "file": self.waiver_file,
                "applied": len(self.used),
                "expired": [w.to_json() for w in self.expired],
                "unused": [w.to_json() for w in self.unused_waivers()],
            }
        if self.baseline_file is not None:
            out["baseline"] = {"file": self.baseline_file, "suppressed": self.suppressed,
                               "stale": self.stale_baseline()}
        return out

    def notes(self) -> list[str]:
        """Chinese lines for the text report."""
        lines: list[str] = []
        if self.waiver_file is not None:
            lines.append(f"豁免文件 {self.waiver_file}：已应用 {len(self.used)} 条。")
            lines += [f"  已过期（不再适用）：第 {w.index} 条 {w.rule} {w.dossier}{' ' + w.location if w.location else ''}，"
                      f"有效期至 {w.expires.isoformat()}" for w in self.expired]
            lines += [f"  未匹配任何问题（可删除）：第 {w.index} 条 {w.rule} {w.dossier}{' ' + w.location if w.location else ''}"
                      for w in self.unused_waivers()]
        if self.baseline_file is not None:
            stale = self.stale_baseline()
            lines.append(f"基线 {self.baseline_file}：{self.suppressed} 项已在基线中，未再报告；{len(stale)} 项基线条目已不再出现。")
        return lines


def load_baseline(path: Path) -> dict[str, dict[str, Any]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise SuppressionError(f"{path}: 无法读取基线文件（{exc.strerror or exc}）") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise SuppressionError(f"{path}: 基线文件不是有效的 JSON（{exc}）") from None
    if not isinstance(data, dict) or data.get("format") != BASELINE_FORMAT or not isinstance(data.get("findings"), list):
        raise SuppressionError(f"{path}: 不是本工具写出的基线文件（需要 format = {BASELINE_FORMAT} 和 findings 列表）")
    out: dict[str, dict[str, Any]] = {}
    for i, entry in enumerate(data["findings"], 1):
        if not isinstance(entry, dict) or not isinstance(entry.get("fingerprint"), str):
            raise SuppressionError(f"{path}: 第 {i} 个条目缺少 fingerprint")
        out[entry["fingerprint"]] = entry
    return out


def baseline_json(findings: Iterable[Finding], as_of: dt.date) -> str:
    """A baseline of these findings (deterministic, sorted by fingerprint)."""
    entries: dict[str, dict[str, Any]] = {}
    for f in findings:
        loc = f.location
        entry: dict[str, Any] = {"fingerprint": f.fingerprint(), "rule_id": f.rule_id, "dossier": f.dossier}
        if loc.step:
            entry["step"] = loc.step
        elif loc.document:
            entry["document"] = loc.document
        entries[entry["fingerprint"]] = entry
    data = {"format": BASELINE_FORMAT, "tool": {"name": "enforcement-audit", "version": __version__},
            "as_of": as_of.isoformat(), "findings": [entries[k] for k in sorted(entries)]}
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"
