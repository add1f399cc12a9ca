"""SARIF 2.1.0: findings for code-scanning views (GitHub code scanning, GitLab, IDE SARIF viewers).

One run. ``tool.driver.rules`` lists only the rules that fired, sorted by id; every result points at
its rule by ``ruleId`` and ``ruleIndex``. Results are in report order (dossier, then the findings of
the dossier in JSON-report order). Waived findings stay, with an external suppression.

Memory stays flat: each result is written to a spool file (in memory up to 256 KiB, then on disk) as
it arrives; the rule list is only known at the end, so the document is assembled in ``finish`` and
the rule indexes are filled in while the spool is copied out. Only the fired rules are held.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import PurePosixPath, PureWindowsPath
from typing import IO
from urllib.parse import quote

from ..engine import Finding, RuleMeta, Severity
from ..report import TOOL
from ..runner import DossierResult, Summary
from . import basis_text, masked, rule_info, waiver_of

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT_KEY = "enforcementAudit/v1"

LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def artifact_uri(dossier_path: str, file: str | None) -> str:
    """The dossier folder as the user named it joined with the finding's file, forward slashes,
    percent-encoded as RFC 3986 requires (non-ASCII file names become ``%E5%86%B3…``). An absolute
    folder becomes a ``file://`` URI; without a file, the folder itself (ends with ``/``)."""
    path = dossier_path.replace("\\", "/").rstrip("/")
    joined = f"{path}/{file.replace(chr(92), '/')}" if file else f"{path}/"
    if PurePosixPath(path).is_absolute() or PureWindowsPath(dossier_path).drive:
        return "file://" + ("" if joined.startswith("/") else "/") + quote(joined, safe="/:")
    return quote(joined, safe="/")


def rule_descriptor(name: str, meta: RuleMeta) -> dict[str, object]:
    basis = basis_text(meta)
    return {
        "id": meta.id,
        "name": name,
        "shortDescription": {"text": meta.title},
        "fullDescription": {"text": f"{meta.title}。依据：{basis}" if basis else meta.title},
        "help": {"text": f"整改：{meta.remediation}" + (f"\n依据：{basis}" if basis else "")},
        "defaultConfiguration": {"level": LEVEL[meta.severity]},
        "properties": {
            "system": meta.system.value,
            "confidence": meta.confidence.value,
            "legal_basis": [b.to_json() for b in meta.legal_basis],
            "case_types": sorted(c.value for c in meta.case_types),
            "tags": [meta.system.value],
        },
    }


class SarifReporter:
    """SARIF 2.1.0 (``-o sarif=FILE``). Writes UTF-8 JSON (Chinese as is) ending with a newline."""

    def __init__(self, out: IO[str], mask: bool = False) -> None:
        self.out = out
        self.mask = mask
        self.profile = ""
        self.as_of = ""
        self.mode = "self"
        self.rules: dict[str, tuple[str, RuleMeta]] = {}
        # lives from __init__ to finish(); closed there
        self.spool: IO[str] = tempfile.SpooledTemporaryFile(max_size=256 * 1024, mode="w+", encoding="utf-8")  # noqa: SIM115

    def start(self, profile: str, as_of: str, mode: str = "self") -> None:
        self.profile, self.as_of, self.mode = profile, as_of, mode

    def dossier(self, result: DossierResult) -> None:
        for f in result.findings:
            if f.rule_id not in self.rules:
                self.rules[f.rule_id] = rule_info(f)
            body = json.dumps(self._result(result, f), ensure_ascii=False)
            # rule id, tab, the result as JSON: finish() puts ruleId and ruleIndex in front
            self.spool.write(f"{f.rule_id}\t{body}\n")

    def _result(self, result: DossierResult, f: Finding) -> dict[str, object]:
        loc = f.location
        physical: dict[str, object] = {"artifactLocation": {"uri": artifact_uri(result.path, loc.file)}}
        if loc.line is not None:
            physical["region"] = {"startLine": loc.line}
        props: dict[str, object] = {"dossier": f.dossier}
        for key, value in (("step", loc.step), ("document", loc.document), ("page", loc.page)):
            if value is not None:
                props[key] = value
        if f.alert is not None:
            props["alert"] = f.alert.value
        props["confidence"] = f.confidence.value
        out: dict[str, object] = {
            "level": LEVEL[f.severity],
            "message": {"text": masked(result, f.message, self.mask)},
            "locations": [{"physicalLocation": physical}],
            "partialFingerprints": {FINGERPRINT_KEY: f.fingerprint()},
            "properties": props,
        }
        waiver = waiver_of(result, f)
        if waiver is not None:
            out["suppressions"] = [{"kind": "external", "justification": masked(result, waiver, self.mask)}]
        return out

    def finish(self, summary: Summary) -> None:
        order = sorted(self.rules)
        index = {rule_id: i for i, rule_id in enumerate(order)}
        driver = {
            "name": TOOL["name"],
            "version": TOOL["version"],
            "rules": [rule_descriptor(*self.rules[rule_id]) for rule_id in order],
        }
        run = {
            "tool": {"driver": driver},
            "properties": {"profile": self.profile, "as_of": self.as_of, "mode": self.mode,
                           "summary": summary.to_json()},
        }
        head = json.dumps({"$schema": SARIF_SCHEMA, "version": SARIF_VERSION}, ensure_ascii=False)
        run_head = json.dumps(run, ensure_ascii=False)
        self.out.write(head[:-1] + ', "runs": [' + run_head[:-1] + ', "results": [')
        self.spool.seek(0)
        first = True
        for line in self.spool:
            rule_id, _, body = line.rstrip("\n").partition("\t")
            prefix = json.dumps({"ruleId": rule_id, "ruleIndex": index[rule_id]}, ensure_ascii=False)[:-1]
            self.out.write(("\n  " if first else ",\n  ") + prefix + ", " + body[1:])
            first = False
        self.spool.close()
        self.out.write(("\n" if not first else "") + "]}]}\n")
