"""Scripted quarterly self-check (季度自查) over two versions of the bundled samples.

Quarter 1 is an unchanged copy of ``sample_dossiers/``, checked with ``--as-of 2026-06-30``. Quarter 2 is
a second copy in which a few manifests are edited by exact text replacement (see :data:`EDITS`): four
planted defects are fixed, two new defects are planted in compliant samples, everything else is left as
it was. Quarter 2 is checked with ``--as-of 2026-09-30`` into the same history database; the script then
prints ``history`` (new / persisting / resolved) and the rectification ledger, assigns one ledger item and
records its rectification (``ledger assign``, ``ledger rectify``, with fixed times so the output is
repeatable).

Every command goes through the real command line (``enforcement_audit.cli.main`` run in-process with
click's ``CliRunner``). ``sample_dossiers/`` is only read, never written.

    python scripts/quarterly_self_check.py [--work DIR]

``--work`` defaults to a new temporary directory. ``main(work_dir)`` returns the history comparison and
the ledger as JSON-like dicts (used by ``tests/test_workflows.py``).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from enforcement_audit.cli import main as cli

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "sample_dossiers"
REGISTRY = SAMPLES / "registry"
Q1_AS_OF = "2026-06-30"
Q2_AS_OF = "2026-09-30"
IGNORE = "GEN-TIME-005"

#: The ledger item assigned and rectified after quarter 2: PUN-13's decision was still unpublished.
LEDGER_ITEM = ("PUN-13-safety-open-payment-due", "PUB-007")
ASSIGN = {"owner": "钱海峰", "due": "2026-10-31", "by": "法制科 韩立诚", "at": "2026-10-09T09:00:00+08:00"}
RECTIFY = {"by": "钱海峰", "note": "已在门户网站“行政执法公示”专栏补充公示处罚决定，并书面说明逾期原因",
           "at": "2026-10-16T15:30:00+08:00"}


@dataclass(frozen=True)
class Edit:
    """One documented change of one manifest between quarter 1 and quarter 2.

    ``replacements`` are exact (old, new) texts of ``dossier.xml``; each ``old`` must occur exactly
    ``count`` times. ``effect`` says which findings (rule@step) the change removes or adds.
    """

    dossier: str
    kind: str  # "fix" (a planted defect corrected) or "plant" (a new defect in a compliant sample)
    description: str
    replacements: tuple[tuple[str, str], ...]
    effect: str


EDITS: tuple[Edit, ...] = (
    Edit("PUN-03-dust-review-after-decision", "fix",
         "法制审核意见书日期改为处罚决定前一日 / legal review dated the day before the decision",
         (('<step id="S11" kind="legal_review" date="2025-04-10"', '<step id="S11" kind="legal_review" date="2025-04-07"'),),
         "removes REC-101@S09, REV-001@S09, REV-003@S11"),
    Edit("CO-06-demolition-at-night", "fix",
         "强制拆除改在白天 08:30–12:20 实施 / demolition carried out in daytime",
         (('start="2025-07-15T19:30:00" end="2025-07-15T23:20:00"', 'start="2025-07-15T08:30:00" end="2025-07-15T12:20:00"'),),
         "removes CO-E-108@S06"),
    Edit("CO-02-lpg-seizure-overdue", "fix",
         "扣押在第30日（2025-08-07）解除 / seizure released on day 30",
         (('<step id="S05" kind="release" date="2025-08-18"', '<step id="S05" kind="release" date="2025-08-07"'),
          ('start="2025-07-08" end="2025-08-18"', 'start="2025-07-08" end="2025-08-07"')),
         "removes CO-SEAL-006@S03"),
    Edit("INS-05-billboard-unsigned-late-disclosure", "fix",
         "补记见证人到场并签名（公示逾期不变）/ a witness attended and signed; the late disclosure stays",
         (('witness-present="false" witness-signed="false"', 'witness-present="true" witness-signed="true"'),),
         "removes INS-111@S02; PUB-015@S04 persists"),
    Edit("INS-01-food-random-ok", "plant",
         "检查结果公示推迟到 2025-04-25（20 个工作日期限为 2025-04-18）/ result published a week late",
         (('<step id="S04" kind="disclosure" date="2025-04-18"', '<step id="S04" kind="disclosure" date="2025-04-25"'),
          ('<step id="S05" kind="closing" date="2025-04-18"', '<step id="S05" kind="closing" date="2025-04-25"')),
         "adds PUB-015@S04"),
    Edit("CO-14-solvent-seal-up-witness-ok", "plant",
         "第二名执法人员换成执法证已于 2025-03-31 过期的冯丽 / the second officer's certificate had expired",
         (('<officer id="O2" name="赵文博" role="assisting" certificate="33019921020001"/>',
           '<officer id="O2" name="冯丽" role="assisting" certificate="33019921020003"/>'),),
         "adds CERT-006@S03 (expired certificate), CERT-002@S03 (fewer than two certified officers)"),
)


def _cli(*args: str, ok: tuple[int, ...] = (0,)) -> str:
    """Run the command line in-process; return its standard output."""
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    if result.exit_code not in ok:
        raise RuntimeError(f"enforcement-audit {' '.join(args)} exited {result.exit_code}: {result.stderr}")
    return result.stdout


def _copy_samples(target: Path) -> Path:
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(SAMPLES, target)
    return target


def apply_edits(quarter: Path, edits: tuple[Edit, ...] = EDITS) -> None:
    """Apply ``edits`` to the manifests under ``quarter`` (a copy of the samples)."""
    for edit in edits:
        manifest = quarter / edit.dossier / "dossier.xml"
        text = manifest.read_text(encoding="utf-8")
        for old, new in edit.replacements:
            count = text.count(old)
            if count != 1:
                raise RuntimeError(f"{edit.dossier}: expected the text once, found it {count} times: {old}")
            text = text.replace(old, new)
        manifest.write_text(text, encoding="utf-8")


def _check(quarter: Path, as_of: str, db: Path, cache: Path) -> None:
    """``check`` one quarter into the history database (also writing ``<quarter>.json``).

    ``--ignore GEN-TIME-005``: open cases have deadlines running into 2027, a year the built-in holiday
    calendar does not cover; that advisory is about the calendar, not about the dossiers, and would only
    blur the quarter-on-quarter comparison. Exit code 1 just means findings at error level.
    """
    _cli("check", str(quarter), "--as-of", as_of, "--registry", str(REGISTRY), "--db", str(db),
         "--ignore", IGNORE, "--cache-dir", str(cache), "--no-progress", "--format", "json",
         "-o", f"json={quarter}.json", ok=(0, 1))


def main(work_dir: Path, echo: bool = True) -> dict[str, Any]:
    """Run both quarters in ``work_dir``; return ``{"edits", "history", "ledger", "item"}``."""
    work_dir.mkdir(parents=True, exist_ok=True)
    db, cache = work_dir / "history.sqlite", work_dir / "cache"
    if db.exists():
        db.unlink()
    out = print if echo else (lambda *_a, **_k: None)

    q1 = _copy_samples(work_dir / "Q1")
    _check(q1, Q1_AS_OF, db, cache)

    q2 = _copy_samples(work_dir / "Q2")
    apply_edits(q2)
    _check(q2, Q2_AS_OF, db, cache)

    out("== 第二季度对比第一季度 / Q2 against Q1 ==")
    out(_cli("history", "--db", str(db)), end="")
    history = json.loads(_cli("history", "--db", str(db), "--format", "json"))

    ledger = json.loads(_cli("ledger", "--db", str(db), "--format", "json"))
    (item,) = [i for i in ledger["items"] if (i["dossier"], i["rule_id"]) == LEDGER_ITEM]
    fp = item["fingerprint"][:12]
    _cli("ledger", "assign", fp, "--db", str(db), "--owner", ASSIGN["owner"], "--due", ASSIGN["due"],
         "--by", ASSIGN["by"], "--at", ASSIGN["at"])
    _cli("ledger", "rectify", fp, "--db", str(db), "--by", RECTIFY["by"], "--note", RECTIFY["note"],
         "--at", RECTIFY["at"])
    out("== 整改台账 / rectification ledger ==")
    out(_cli("ledger", "--db", str(db)), end="")
    ledger = json.loads(_cli("ledger", "--db", str(db), "--format", "json"))
    _cli("ledger", "--db", str(db), "-o", str(work_dir / "整改台账.xlsx"))
    return {"edits": [e.__dict__ for e in EDITS], "history": history, "ledger": ledger,
            "item": item["fingerprint"]}


def _parse(argv: list[str] | None) -> Path:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--work", type=Path, help="work folder (default: a new temporary directory)")
    args = parser.parse_args(argv)
    return args.work if args.work is not None else Path(tempfile.mkdtemp(prefix="quarterly-self-check-"))


if __name__ == "__main__":
    work = _parse(sys.argv[1:])
    result = main(work)
    counts = result["history"]["counts"]
    print(f"工作目录 / work folder: {work}")
    print(json.dumps(counts, ensure_ascii=False))
