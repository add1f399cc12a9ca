"""Scripted cross-check (交叉检查) of the bundled samples, end to end through the real command line.

1. ``sample`` draws 30 % of each department × case type stratum (seed 2026) and ``sample --verify``
   re-draws it;
2. ``assign`` gives every drawn dossier a reviewer of ``examples/team.toml`` (recusal, balanced load)
   and ``assign --check`` re-checks the assignment against the dossiers themselves;
3. ``check --mode cross --score`` checks the drawn dossiers (machine findings + human checklist);
4. ``reviewer-sheet`` writes the reviewer workbook, which this script fills with openpyxl in place of
   the reviewers: every item ``ok`` and signed by the dossier's assigned reviewer, except one
   ``defect`` (:data:`DEFECT`) and one ``veto`` (:data:`VETO`);
5. ``score --judgements`` prints each file's score (vetoes, machine and human deductions) and the
   department summary, and writes ``score.json``.

    python scripts/cross_check.py [--work DIR]

Everything is written under ``--work`` (default: a new temporary directory); ``sample_dossiers/`` is only
read. ``main(work_dir)`` returns the draw, the assignment and the score JSON (used by
``tests/test_workflows.py``). Same input, same output: the seeds are fixed and ``--as-of`` is given.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

import openpyxl
from click.testing import CliRunner

from enforcement_audit.cli import main as cli

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "sample_dossiers"
REGISTRY = SAMPLES / "registry"
TEAM = REPO / "examples" / "team.toml"
SEED = "2026"
RATIO = "0.3"
AS_OF = "2026-06-30"

#: (dossier, MAN id, count, note): the one human defect. MAN-004 (discretion) is listed by the punishment
#: standard's scored item C02 only, so the defect deducts there.
DEFECT = ("PUN-19-pdf-training-ok", "MAN-004", 1, "罚款数额在裁量基准幅度内，但决定书未说明适用裁量基准的理由（虚构）")
#: (dossier, MAN id, note): the one human veto.
VETO = ("PUN-02-safety-training-ok", "MAN-001", "询问笔录与培训记录所载未培训人数互相矛盾，违法事实认定证据不足（虚构）")

SHEET = "人工评查"


def _cli(*args: str, ok: tuple[int, ...] = (0,)) -> str:
    """Run the command line in-process; return its standard output."""
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    if result.exit_code not in ok:
        raise RuntimeError(f"enforcement-audit {' '.join(args)} exited {result.exit_code}: {result.stderr}")
    return result.stdout


def fill_workbook(path: Path, reviewers: dict[str, str]) -> dict[str, int]:
    """Fill the reviewer workbook in place; ``reviewers`` maps dossier id → reviewer name.

    Returns how many rows got each verdict.
    """
    wb = openpyxl.load_workbook(path)
    ws = wb[SHEET]
    header = [c.value for c in ws[1]]
    col = {name: header.index(name) + 1 for name in ("案卷", "人工核查项", "结论", "扣分次数", "评查人", "说明")}
    counts = {"ok": 0, "defect": 0, "veto": 0}
    for row in range(2, ws.max_row + 1):
        dossier = ws.cell(row, col["案卷"]).value
        if not dossier:
            continue
        man = ws.cell(row, col["人工核查项"]).value
        verdict, count, note = "ok", None, None
        if (dossier, man) == VETO[:2]:
            verdict, note = "veto", VETO[2]
        elif (dossier, man) == DEFECT[:2]:
            verdict, count, note = "defect", DEFECT[2], DEFECT[3]
        ws.cell(row, col["结论"]).value = verdict
        ws.cell(row, col["扣分次数"]).value = count
        ws.cell(row, col["评查人"]).value = reviewers[dossier]
        ws.cell(row, col["说明"]).value = note
        counts[verdict] += 1
    if counts["veto"] != 1 or counts["defect"] != 1:
        raise RuntimeError(f"the workbook has no row for the planned defect or veto: {counts}")
    wb.save(path)
    return counts


def main(work_dir: Path, echo: bool = True) -> dict[str, Any]:
    """Run the cross-check in ``work_dir``; return ``{"draw", "assignment", "check", "verdicts", "score"}``."""
    work_dir.mkdir(parents=True, exist_ok=True)
    out = print if echo else (lambda *_a, **_k: None)
    draw, assignment = work_dir / "draw.json", work_dir / "assignment.json"
    report, sheet, score = work_dir / "report.json", work_dir / "评查表.xlsx", work_dir / "score.json"

    # 1. draw and re-draw
    _cli("sample", str(SAMPLES), "--seed", SEED, "--ratio", RATIO, "--registry", str(REGISTRY), "-o", str(draw))
    _cli("sample", "--verify", str(draw), str(SAMPLES))
    draw_data = json.loads(draw.read_text(encoding="utf-8"))
    sampled = [d["id"] for d in draw_data["dossiers"]]

    # 2. assign with recusal, then re-check the assignment against the dossiers
    out(_cli("assign", str(draw), "--team", str(TEAM), "--seed", SEED, "--registry", str(REGISTRY),
             "-o", str(assignment)), end="")
    _cli("assign", str(draw), "--team", str(TEAM), "--seed", SEED, "--registry", str(REGISTRY),
         "-o", str(work_dir / "assignment.csv"))
    check_text = _cli("assign", "--check", str(assignment), "--team", str(TEAM), "--registry", str(REGISTRY),
                      str(SAMPLES))
    out(check_text, end="")
    assignment_data = json.loads(assignment.read_text(encoding="utf-8"))
    reviewers = {a["dossier"]: "、".join(r["name"] for r in a["reviewers"]) for a in assignment_data["assignments"]}

    # 3. machine check of the drawn dossiers, cross-check mode, with the provisional score
    paths = [d["path"] for d in draw_data["dossiers"]]
    _cli("check", *paths, "--registry", str(REGISTRY), "--as-of", AS_OF, "--mode", "cross", "--score",
         "--cache-dir", str(work_dir / "cache"), "--no-progress", "-o", f"json={report}", ok=(0, 1))

    # 4. reviewer workbook, filled in place of the reviewers
    _cli("reviewer-sheet", str(report), "-o", str(sheet))
    verdicts = fill_workbook(sheet, reviewers)

    # 5. final score: per file and per department
    out(_cli("score", str(report), "--judgements", str(sheet)), end="")
    _cli("score", str(report), "--judgements", str(sheet), "--format", "json", "-o", str(score))
    return {"sampled": sampled, "draw": draw_data, "assignment": assignment_data, "check": check_text,
            "verdicts": verdicts, "score": json.loads(score.read_text(encoding="utf-8"))}


def _parse(argv: list[str] | None) -> Path:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--work", type=Path, help="work folder (default: a new temporary directory)")
    args = parser.parse_args(argv)
    return args.work if args.work is not None else Path(tempfile.mkdtemp(prefix="cross-check-"))


if __name__ == "__main__":
    work = _parse(sys.argv[1:])
    main(work)
    print(f"工作目录 / work folder: {work}")
