"""Commands for scoring against a review standard (案卷评查): ``score``, ``reviewer-sheet``, ``standards``.

Added to the main command group by :func:`register`. Every error is one Chinese line on standard
error with exit code 2, never a traceback.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from functools import wraps
from pathlib import Path
from typing import IO, Any, NoReturn, TypeVar

import click

from .atomic import atomic_file
from .runner import DossierResult
from .scoring import (
    ReportError,
    ReviewerSheetError,
    Score,
    ScoringError,
    Standard,
    StandardError,
    bundled_standards,
    department_summary,
    load_standard,
    read_reviewer_workbook,
    results_from_report,
    score_all,
    score_text,
    standard_for,
    summary_text,
    write_reviewer_workbook,
)

EXIT_USAGE = 2
_KNOWN_ERRORS = (StandardError, ScoringError, ReviewerSheetError, ReportError)

F = TypeVar("F", bound=Callable[..., Any])


def _one_line(text: str) -> str:
    parts = [p.strip() for p in text.splitlines() if p.strip()]
    if len(parts) > 1 and parts[0].endswith("："):
        return parts[0] + "；".join(parts[1:])
    return "；".join(parts)


def _fail(message: str) -> NoReturn:
    click.echo(f"错误：{_one_line(message)}", err=True)
    raise SystemExit(EXIT_USAGE)


def _guarded(fn: F) -> F:
    """Known errors and any defect become one line and exit code 2."""

    @wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except (SystemExit, click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except _KNOWN_ERRORS as exc:
            _fail(str(exc))
        except OSError as exc:
            _fail(f"{exc.filename or ''} 无法读写（{exc.strerror or exc}）")
        except Exception as exc:  # a defect of the tool: still no traceback
            _fail(f"内部错误（{type(exc).__name__}: {exc}），请报告给维护者")

    return wrapper  # type: ignore[return-value]


@contextmanager
def _atomic(path: str, mode: str) -> Iterator[IO[Any]]:
    """A file written to a temporary name in the same folder, renamed when complete."""
    target = Path(path)
    if target.exists() and target.is_dir():
        _fail(f"{path} 是目录，不能写入")
    try:
        opened = atomic_file(target, binary="b" in mode)
    except OSError as exc:
        _fail(f"无法写入 {path}（{exc.strerror or exc}）")
    with opened as stream:
        yield stream


def _read_report(path: str) -> list[DossierResult]:
    file = Path(path)
    if not file.is_file():
        _fail(f"报告 {path} 不存在（先运行 enforcement-audit check … --format json --manual-checks -o {path}）")
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        _fail(f"{path} 不是 JSON 报告（{exc}）")
    if not isinstance(data, dict):
        _fail(f"{path} 不是 enforcement-audit check --format json 的报告")
    try:
        return results_from_report(data)
    except ReportError as exc:
        raise ReportError(f"{path}: {exc}") from None


def _read_previous(path: str) -> dict[str, float]:
    """Previous period's averages: a ``score --format json`` output, or an object department -> average."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        _fail(f"上期评查结果 {path} 不存在")
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        _fail(f"{path} 不是 JSON（{exc}）")
    if isinstance(data, dict) and isinstance(data.get("departments"), list):
        try:
            return {str(d["department"]): float(d["average"]) for d in data["departments"]}
        except (KeyError, TypeError, ValueError):
            _fail(f"{path}: departments 中缺少 department 或 average")
    if isinstance(data, dict) and all(isinstance(v, int | float) and not isinstance(v, bool) for v in data.values()):
        return {str(k): float(v) for k, v in data.items()}
    _fail(f"{path}: 应为 score --format json 的输出，或“部门编号: 平均分”的 JSON 对象")


def _standard_option(name: str | None) -> Standard | None:
    return load_standard(name) if name is not None else None


def register(main: click.Group) -> None:
    """Add ``score``, ``reviewer-sheet`` and ``standards`` to the main command group."""

    @main.command("score")
    @click.argument("report")
    @click.option("--judgements", "judgements_path", help="填写好的人工评查表（reviewer-sheet 生成的 .xlsx）")
    @click.option("--standard", "standard_name", help="评查标准：内置名称或 TOML 文件；默认按案件类型选择内置标准")
    @click.option("--previous", "previous_path", help="上期评查结果（score --format json 的输出），用于计算平均分变化")
    @click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
    @click.option("--output", "-o", "output", help="写入文件（原子写入）；默认标准输出")
    @_guarded
    def score_cmd(report: str, judgements_path: str | None, standard_name: str | None, previous_path: str | None,
                  fmt: str, output: str | None) -> None:
        """按评查标准为 check --format json 报告中的案卷评分（机器发现 + 人工评查结论）。"""
        standard = _standard_option(standard_name)
        results = _read_report(report)
        judgements = read_reviewer_workbook(judgements_path) if judgements_path else {}
        known = {r.id for r in results}
        unknown = sorted(set(judgements) - known)
        if unknown:
            _fail(f"人工评查表中的案卷 {'、'.join(unknown)} 不在报告 {report} 中")
        previous = _read_previous(previous_path) if previous_path else None
        scored = score_all(results, standard, judgements)
        pairs: list[tuple[DossierResult, Score]] = [(r, s) for r, s, _ in scored if s is not None]
        summaries = department_summary(pairs, previous)
        if fmt == "json":
            doc = {
                "standards": sorted({s.standard for _, s in pairs}),
                "dossiers": [_dossier_json(r, s, why) for r, s, why in scored],
                "departments": [d.to_json() for d in summaries],
            }
            text = json.dumps(doc, ensure_ascii=False, indent=1) + "\n"
        else:
            lines = ["行政执法案卷评查（enforcement-audit）", ""]
            for r, s, why in scored:
                lines.extend(score_text(r, s) if s is not None else [f"■ {r.id}", f"  {why}"])
                lines.append("")
            provisional = sum(1 for _, s in pairs if s.provisional)
            lines.append(f"共评查案卷 {len(pairs)} 件（报告中 {len(results)} 件）"
                         + (f"；其中 {provisional} 件尚有待人工评查项，得分和等次为暂定" if provisional else ""))
            lines.extend(summary_text(summaries))
            text = "\n".join(lines) + "\n"
        if output is None or output == "-":
            click.echo(text, nl=False)
        else:
            with _atomic(output, "w") as fh:
                fh.write(text)

    @main.command("reviewer-sheet")
    @click.argument("report")
    @click.option("--output", "-o", "output", required=True, help="人工评查表（.xlsx）")
    @click.option("--standard", "standard_name", help="评查标准：内置名称或 TOML 文件；默认按案件类型选择内置标准")
    @click.option("--reviewer", help="预填的评查人姓名")
    @_guarded
    def reviewer_sheet_cmd(report: str, output: str, standard_name: str | None, reviewer: str | None) -> None:
        """生成人工评查表：每件案卷的每个人工评查项一行，附机器所见，供评查人填写结论。"""
        standard = _standard_option(standard_name)
        results = _read_report(report)
        by_type: dict[str, Standard] = {}
        for r in results:
            if r.case_type is None or r.case_type in by_type:
                continue
            if standard is not None:
                if r.case_type in standard.case_types:
                    by_type[r.case_type] = standard
            else:
                by_type[r.case_type] = standard_for(r.case_type)
        with _atomic(output, "wb") as fh:
            rows = write_reviewer_workbook(results, by_type, fh, reviewer)
        click.echo(f"已写入 {output}：{rows} 个待评查项（{len(results)} 件案卷）", err=True)

    @main.command("standards")
    @click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
    @_guarded
    def standards_cmd(fmt: str) -> None:
        """列出内置评查标准。"""
        stds = [load_standard(name) for name in bundled_standards()]
        if fmt == "json":
            click.echo(json.dumps([_standard_json(s) for s in stds], ensure_ascii=False, indent=1))
            return
        for s in stds:
            grades = "，".join(f"{g.name} ≥{_n(g.min)}" for g in s.grades)
            click.echo(f"{s.id:<22} {s.title}")
            click.echo(f"{'':<22} 适用：{'、'.join(c.value for c in s.case_types)}；满分 {_n(s.total)}；"
                       f"否决项 {len(s.vetoes)}，扣分项 {len(s.items)}；{grades}")


def _n(value: Any) -> str:
    return str(int(value)) if value == int(value) else str(float(value))


def _standard_json(s: Standard) -> dict[str, object]:
    return {"id": s.id, "title": s.title, "case_types": [c.value for c in s.case_types], "total": float(s.total),
            "grades": [{"name": g.name, "min": float(g.min), "fail": g.fail} for g in s.grades],
            "vetoes": [v.id for v in s.vetoes], "items": [i.id for i in s.items]}


def _dossier_json(r: DossierResult, s: Score | None, why: str | None) -> Mapping[str, object]:
    out: dict[str, object] = {"id": r.id, "case_type": r.case_type, "case_number": r.case_number,
                              "department": r.department, "department_name": r.department_name,
                              "score": s.to_json() if s is not None else None}
    if why is not None:
        out["not_scored"] = why
    return out
