#!/usr/bin/env python3
"""Generate the example reports in reports/ from the bundled samples (sample_dossiers/).

Runs the real command line (``python -m enforcement_audit``, as a subprocess) from the repository
root with repository-relative paths, so the reports name ``sample_dossiers/…`` and are the same on
every machine. Nothing in them depends on the day or the machine: ``--as-of`` is fixed, no report
carries a timestamp, and the XLSX zip entries have a fixed date.

Three commands (see ``COMMANDS``; reports/README.md shows them exactly):

1. ``check … --mode cross`` → text, SARIF, JUnit XML, CSV, Excel (with the human checklist);
2. the same without ``--mode cross`` → JSON and HTML. The human checklist repeats every applicable
   question for every dossier; with it the HTML is over 1 MB and the JSON about 750 KB, too big to
   commit as examples. Without it they are about 460 KB and 200 KB;
3. ``score reports/sample-report.json`` → the scores and the department summary (text).

Run (from anywhere; paths are relative to this checkout):

    python scripts/make_reports.py               # (re)write reports/
    python scripts/make_reports.py --out DIR     # write the same files into DIR instead
    python scripts/make_reports.py --check       # exit 1 if reports/ is not current

Exit codes: 0 written or current; 1 ``--check`` found reports/ stale; 2 a command failed.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ROOT / "reports"
SAMPLES = "sample_dossiers/"
AS_OF = "2026-06-30"
OPTIONS = ("--as-of", AS_OF, "--profile", "national", "--score", "--no-progress", "--no-cache")

#: (format, file name) written by the cross-check run, with the human checklist
CROSS_OUTPUTS = (
    ("text", "sample-report.txt"),
    ("sarif", "sample-report.sarif"),
    ("junit", "sample-report.junit.xml"),
    ("csv", "sample-report.csv"),
    ("xlsx", "sample-report.xlsx"),
)
#: (format, file name) written by the run without the checklist (size, see the module docstring)
SELF_OUTPUTS = (
    ("json", "sample-report.json"),
    ("html", "sample-report.html"),
)
SCORE = "sample-score.txt"
README = "README.md"
#: every file of reports/, README last
FILES = (*(name for _, name in (*CROSS_OUTPUTS, *SELF_OUTPUTS)), SCORE, README)


def commands(out: str) -> list[list[str]]:
    """The three commands (arguments after ``enforcement-audit``) writing into folder ``out``."""

    def outputs(pairs: Sequence[tuple[str, str]]) -> list[str]:
        return [arg for fmt, name in pairs for arg in ("-o", f"{fmt}={out}/{name}")]

    return [
        ["check", SAMPLES, *OPTIONS[:4], "--mode", "cross", *OPTIONS[4:], *outputs(CROSS_OUTPUTS)],
        ["check", SAMPLES, *OPTIONS, *outputs(SELF_OUTPUTS)],
        ["score", f"{out}/{SELF_OUTPUTS[0][1]}", "-o", f"{out}/{SCORE}"],
    ]


def shown(out: str = "reports") -> list[str]:
    """The commands as a user types them (the README shows these)."""
    return ["enforcement-audit " + " ".join(args) for args in commands(out)]


def folder_arg(folder: Path) -> str:
    """``folder`` as given to the CLI: relative to the repository root when inside it."""
    folder = folder.resolve()
    try:
        return folder.relative_to(ROOT).as_posix()
    except ValueError:
        return str(folder)


def run_cli(args: Sequence[str]) -> None:
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    # -P: do not put the current folder (the checkout) first on sys.path, so that the installed package
    # (with its package data, enforcement_audit.ruledata) runs, not the source folder
    done = subprocess.run([sys.executable, "-P", "-m", "enforcement_audit", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, encoding="utf-8", check=False)
    # check exits 1 when the samples have errors (they are planted); 2 is a failure of the run
    if done.returncode not in (0, 1):
        raise RuntimeError(f"enforcement-audit {' '.join(args)} exited {done.returncode}:\n{done.stderr}")


def readme(out: Path) -> str:
    summary = json.loads((out / SELF_OUTPUTS[0][1]).read_text(encoding="utf-8"))["summary"]
    sev = summary["by_severity"]
    cross, plain, score = shown()
    counts_zh = (f"{summary['dossiers']} 件案卷（载入 {summary['dossiers_loaded']} 件），{summary['findings']} 个问题"
                 f"（错误 {sev['error']}、警告 {sev['warning']}、提示 {sev['info']}）")
    counts_en = (f"{summary['dossiers']} dossiers ({summary['dossiers_loaded']} loaded), {summary['findings']} findings "
                 f"({sev['error']} errors, {sev['warning']} warnings, {sev['info']} info)")
    rows = {
        "sample-report.txt": ("中文文本报告，含人工核查事项", "Chinese text report, with the human checklist", "1"),
        "sample-report.sarif": ("SARIF 2.1.0，供代码扫描界面使用", "SARIF 2.1.0 for code-scanning views", "1"),
        "sample-report.junit.xml": ("JUnit XML，每案卷一个 testsuite、每制度一个 testcase",
                                    "JUnit XML: a testsuite per dossier, a testcase per system", "1"),
        "sample-report.csv": ("CSV，每个问题一行（UTF-8 带 BOM）", "CSV, one row per finding (UTF-8 with BOM)", "1"),
        "sample-report.xlsx": ("Excel：问题清单、案卷得分、部门汇总、人工核查", "Excel: findings, dossier scores, "
                               "department summary, human checklist", "1"),
        "sample-report.json": ("JSON 机读报告（docs/json-output.md），含评分", "JSON report (docs/json-output.md), "
                               "with scores", "2"),
        "sample-report.html": ("单文件网页报告（图表、筛选）", "self-contained HTML report (charts, filters)", "2"),
        SCORE: ("按评查标准的评分和按部门汇总", "scores against the review standards and the department summary", "3"),
    }
    table = "\n".join(f"| `{name}` | {zh} | {en} | {n} |" for name, (zh, en, n) in rows.items())
    return f"""# 示例报告 · Example reports

本目录的文件由 `python scripts/make_reports.py` 从 `sample_dossiers/` 的示例案卷生成，请勿手工修改。
测试 `tests/test_example_reports.py` 重新生成并逐字节比较；示例案卷、规则或报告格式变化后，重新运行该脚本并提交。

The files in this folder are generated by `python scripts/make_reports.py` from the invented sample
dossiers in `sample_dossiers/`; do not edit them by hand. `tests/test_example_reports.py`
regenerates them and compares them byte for byte: after a change to the samples, the rules or a
report format, run the script again and commit the result.

本次检查 / this run: {counts_zh}; {counts_en}. 基准日 / reference day `{AS_OF}`.

| 文件 File | 内容 | Contents | 命令 Command |
|---|---|---|---|
{table}

## 生成命令 · The commands

在仓库根目录运行（路径均为相对路径，报告中的路径因此在任何机器上都相同）。
Run from the repository root (relative paths, so the paths inside the reports are the same on every
machine):

```sh
# 1. 交叉检查，附人工核查事项 / cross-check with the human checklist (exit code 1: the samples have planted errors)
{cross}

# 2. JSON、HTML 不带 --mode cross / JSON and HTML without --mode cross
{plain}

# 3. 评分与部门汇总 / scores and department summary
{score}
```

JSON 和 HTML 不附人工核查事项：该清单对每个案卷重复列出全部适用的核查问题，附上后 HTML 超过 1 MB、JSON 约
750 KB，不宜作为示例提交。其余格式相同：两次运行的问题完全一致。

The JSON and HTML reports are made without `--mode cross` (so without the human checklist, which
repeats every applicable question for every dossier): with it the HTML is over 1 MB and the JSON
about 750 KB, too big for example files. The findings are the same in both runs.

## 重新生成 · Regenerate

```sh
python scripts/make_reports.py            # 重写 reports/ / rewrite reports/
python scripts/make_reports.py --check    # reports/ 不是最新时退出码为 1 / exit 1 if reports/ is stale
```

所有报告均可复现：不含时间戳、主机名或绝对路径；Excel 文件的文档日期为基准日，压缩包条目使用固定时间。
Every report is reproducible: no timestamp, host name or absolute path; the Excel file's document
date is the reference day and its zip entries carry a fixed time.
"""


def generate(out: Path) -> list[Path]:
    """Write every file of reports/ into ``out`` (created if needed); returns the paths written."""
    out.mkdir(parents=True, exist_ok=True)
    where = folder_arg(out)
    for args in commands(where):
        run_cli(args)
    (out / README).write_text(readme(out), encoding="utf-8", newline="\n")
    return [out / name for name in FILES]


def xlsx_values(path: Path) -> list[tuple[str, list[tuple[object, ...]]]]:
    """Sheet names and cell values of a workbook (to compare XLSX files across openpyxl versions)."""
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True)
    try:
        return [(sheet.title, [tuple(row) for row in sheet.iter_rows(values_only=True)]) for sheet in book.worksheets]
    finally:
        book.close()


def same_content(committed: Path, fresh: Path) -> bool:
    """Byte-identical; an XLSX whose bytes differ still counts as the same when every sheet and cell
    value is (the zip layout can change with the openpyxl version, the content cannot)."""
    if not committed.is_file():
        return False
    if committed.read_bytes() == fresh.read_bytes():
        return True
    return committed.suffix == ".xlsx" and xlsx_values(committed) == xlsx_values(fresh)


def stale(folder: Path = REPORTS, fresh: Path | None = None) -> list[str]:
    """Files of ``folder`` that differ from a fresh generation (or are missing, or are not ours).
    ``fresh``: a folder already generated by :func:`generate` (default: generate one now)."""
    with tempfile.TemporaryDirectory() as tmp:
        if fresh is None:
            fresh = Path(tmp)
            generate(fresh)
        differ = [name for name in FILES if not same_content(folder / name, fresh / name)]
    extra = sorted(p.name for p in folder.iterdir() if p.name not in FILES) if folder.is_dir() else []
    return differ + extra


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=REPORTS, help="folder to write (default: reports/)")
    parser.add_argument("--check", action="store_true", help="compare reports/ with a fresh generation; write nothing")
    args = parser.parse_args(argv)
    try:
        if args.check:
            differ = stale(args.out)
            for name in differ:
                print(f"stale: {folder_arg(args.out)}/{name}", file=sys.stderr)
            if differ:
                print("reports/ is stale: run python scripts/make_reports.py", file=sys.stderr)
                return 1
            print(f"{folder_arg(args.out)}/ is current ({len(FILES)} files)")
            return 0
        for path in generate(args.out):
            print(f"{folder_arg(path)}  {path.stat().st_size:,} bytes")
    except RuntimeError as exc:
        print(exc, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
