"""Commands over the findings history: ``history`` (compare runs, list runs) and ``ledger`` (整改台账).

Wired into the main command group with :func:`register`. Errors (a missing history file, an
unknown run or fingerprint, a bad date) are one Chinese line on standard error and exit code 2.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, TypeVar

import click

from .atomic import write_atomic
from .engine import Severity, System
from .history import (
    CLASS_LABELS,
    CLASSES,
    STATUS_LABELS,
    Comparison,
    FindingRecord,
    HistoryDB,
    HistoryError,
    LedgerItem,
    RunInfo,
    export_ledger_xlsx,
)
from .report import MODE_LABELS

EXIT_USAGE = 2

F = TypeVar("F", bound=Callable[..., Any])


class HistoryCommandError(click.ClickException):
    """One plain Chinese line on standard error, exit code 2 (like a usage error, without the usage text)."""

    exit_code = EXIT_USAGE

    def show(self, file: IO[Any] | None = None) -> None:
        click.echo(f"错误：{self.format_message()}", err=True, file=file)


@contextmanager
def _errors() -> Iterator[None]:
    try:
        yield
    except HistoryError as exc:
        raise HistoryCommandError(str(exc)) from None
    except sqlite3.Error as exc:
        raise HistoryCommandError(f"历史库操作失败：{exc}") from None
    except OSError as exc:
        raise HistoryCommandError(f"文件操作失败：{exc.strerror or exc}（{exc.filename or ''}）") from None


def _db_option(f: F) -> F:
    return click.option("--db", "db", type=click.Path(path_type=Path, dir_okay=False),
                        help="历史库文件（check --db 写入的 SQLite 文件）")(f)


def _db_path(ctx: click.Context, db: Path | None) -> Path:
    """The --db of the subcommand, else the one given to the group."""
    if db is None:
        parent = ctx.find_object(dict)
        db = parent.get("db") if parent is not None else None
    if db is None:
        raise HistoryCommandError("请用 --db FILE 指定历史库文件")
    return db


def _open(db: Path) -> HistoryDB:
    return HistoryDB.open(db, create=False)


def _parse_date(value: str, option: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise HistoryCommandError(f"{option} {value!r} 不是日期（写作 2025-06-30）") from None


def _parse_time(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        dt.datetime.fromisoformat(value)
    except ValueError:
        raise HistoryCommandError(f"--at {value!r} 不是时间（写作 2025-07-05 或 2025-07-05T09:30:00+08:00）") from None
    return value


def _write_atomic(target: Path, data: bytes) -> None:
    """Write a file atomically (temporary file in the same folder, then rename)."""
    if target.is_dir():
        raise HistoryCommandError(f"-o {target} 是目录：请给出文件名")
    write_atomic(target, data)


def _emit(text: str, output: str | None) -> None:
    if output is None or output == "-":
        click.echo(text, nl=False)
    else:
        _write_atomic(Path(output), text.encode("utf-8"))


def _json(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _severity_label(value: str) -> str:
    try:
        return Severity(value).label
    except ValueError:
        return value


def _system_label(value: str) -> str:
    try:
        return System(value).label
    except ValueError:
        return value


def _department_label(department: str | None, name: str | None) -> str:
    if department is None:
        return "（未载入案卷，部门不明）"
    if name and name != department:
        return f"{name}（{department}）"
    return department


# ------------------------------------------------------------------ history


def _run_line(run: RunInfo) -> str:
    return (f"第 {run.id} 次  开始 {run.started}  基准日 {run.as_of.isoformat()}  {MODE_LABELS.get(run.mode, run.mode)}"
            f"  配置 {run.profile}  版本 {run.tool_version}  案卷 {run.dossiers} 件  问题 {run.findings} 项"
            f"  路径 {'、'.join(run.paths) or '-'}")


def _counts_text(counts: dict[str, int]) -> str:
    return "，".join(f"{CLASS_LABELS[c]} {counts[c]}" for c in CLASSES)


def _record_line(r: FindingRecord) -> str:
    where = r.step or (f"文书 {r.document}" if r.document else "-")
    waived = "【已豁免】" if r.waived else ""
    return f"  [{_severity_label(r.severity)}] {r.rule_id}  {r.dossier}  {where}  {r.fingerprint}  {waived}{r.message}"


def comparison_text(c: Comparison) -> str:
    """The Chinese text of a comparison (for people; may change at any time)."""
    run = c.run
    head = (f"检查记录对比：第 {run.id} 次检查（基准日 {run.as_of.isoformat()}，{MODE_LABELS.get(run.mode, run.mode)}，"
            f"配置 {run.profile}）")
    lines = []
    if c.previous is None:
        lines.append(head + "；没有更早的检查记录，全部问题计为新发现")
    else:
        lines.append(head + f" 对比 第 {c.previous.id} 次检查（基准日 {c.previous.as_of.isoformat()}）")
    counts = c.counts()
    lines.append("合计：" + "，".join(f"{CLASS_LABELS[k]} {counts[k]} 项" for k in CLASSES))
    lines.append("（已消除：上次发现、本次复查同一案卷未再发现；未复查：上次发现问题的案卷本次未检查。）")
    if c.by_department():
        lines.append("")
        lines.append("按部门：")
        for dep, name, dep_counts in c.by_department():
            lines.append(f"  {_department_label(dep, name)}：{_counts_text(dep_counts)}")
        lines.append("按制度：")
        for system, sys_counts in c.by_system():
            lines.append(f"  {_system_label(system)}：{_counts_text(sys_counts)}")
    for cls in CLASSES:
        records = getattr(c, cls)
        if records:
            lines.append("")
            lines.append(f"{CLASS_LABELS[cls]}（{len(records)}）：")
            lines.extend(_record_line(r) for r in records)
    return "\n".join(lines) + "\n"


def runs_text(runs: list[RunInfo]) -> str:
    if not runs:
        return "历史库中还没有检查记录。\n"
    return "\n".join(_run_line(r) for r in runs) + "\n"


def _show(db: Path, run_id: int | None, against: int | None, since: str | None, fmt: str) -> None:
    with _errors():
        if since is not None and (run_id is not None or against is not None):
            raise HistoryCommandError("--since 不能与 --run、--against 同时使用")
        since_day = _parse_date(since, "--since") if since is not None else None
        with _open(db) as hdb:
            c = hdb.compare_period(since_day) if since_day is not None else hdb.compare(run_id, against)
        click.echo(_json(c.to_json()) if fmt == "json" else comparison_text(c), nl=False)


_FORMAT = click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)


@click.group("history", invoke_without_command=True)
@_db_option
@click.option("--run", "run_id", type=int, help="要看的检查编号（默认：最近一次）")
@click.option("--against", type=int, help="对比的检查编号（默认：它的前一次）")
@click.option("--since", help="对比基准日早于该日（YYYY-MM-DD，如本季度第一天）的最后一次检查")
@_FORMAT
@click.pass_context
def history(ctx: click.Context, db: Path | None, run_id: int | None, against: int | None, since: str | None,
            fmt: str) -> None:
    """检查记录对比：新发现、仍存在、已消除的问题，按部门、按制度统计（默认子命令 show）。"""
    ctx.ensure_object(dict)["db"] = db
    if ctx.invoked_subcommand is None:
        _show(_db_path(ctx, db), run_id, against, since, fmt)


@history.command("show")
@_db_option
@click.option("--run", "run_id", type=int, help="要看的检查编号（默认：最近一次）")
@click.option("--against", type=int, help="对比的检查编号（默认：它的前一次）")
@click.option("--since", help="对比基准日早于该日（YYYY-MM-DD）的最后一次检查")
@_FORMAT
@click.pass_context
def history_show(ctx: click.Context, db: Path | None, run_id: int | None, against: int | None, since: str | None,
                 fmt: str) -> None:
    """一次检查与之前一次检查的对比。"""
    _show(_db_path(ctx, db), run_id, against, since, fmt)


@history.command("runs")
@_db_option
@_FORMAT
@click.pass_context
def history_runs(ctx: click.Context, db: Path | None, fmt: str) -> None:
    """列出历史库中的全部检查记录。"""
    with _errors(), _open(_db_path(ctx, db)) as hdb:
        runs = hdb.runs()
    click.echo(_json([r.to_json() for r in runs]) if fmt == "json" else runs_text(runs), nl=False)


# ------------------------------------------------------------------ ledger


def ledger_text(items: list[LedgerItem], latest: int | None) -> str:
    """The ledger as Chinese text, grouped by department."""
    if not items:
        return "整改台账中没有事项。\n"
    open_count = sum(1 for i in items if i.status == "open")
    lines = [f"整改台账：共 {len(items)} 项，待整改 {open_count} 项，已整改 {len(items) - open_count} 项"]
    current: tuple[str | None, str | None] | None = None
    for item in items:
        key = (item.department, item.department_name)
        if key != current:
            current = key
            lines.append("")
            lines.append(f"■ {_department_label(*key)}")
        case = f"（{item.case_number}）" if item.case_number else ""
        lines.append(f"  [{STATUS_LABELS.get(item.status, item.status)}] {item.fingerprint}  {item.dossier}{case}  {item.rule_id}")
        lines.append(f"      问题：{item.message}")
        lines.append(f"      责任人：{item.owner or '未指定'}  整改期限：{item.due.isoformat()}")
        if item.last_event is not None:
            lines.append(f"      最近处理：{item.last_event.describe()}")
        if latest is not None and item.last_run != latest:
            lines.append(f"      最近一次检查（第 {latest} 次）未发现该问题（最后发现于第 {item.last_run} 次）")
    return "\n".join(lines) + "\n"


@click.group("ledger", invoke_without_command=True)
@_db_option
@click.option("--department", help="只列出该部门（执法主体编号）的事项")
@click.option("--status", type=click.Choice(["open", "rectified"]), help="只列出待整改（open）或已整改（rectified）的事项")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "xlsx"]),
              help="text（默认）、json，或 xlsx（需 -o FILE.xlsx；-o 以 .xlsx 结尾时默认）")
@click.option("--output", "-o", "output", help="写入文件（原子写入）；默认标准输出")
@click.pass_context
def ledger(ctx: click.Context, db: Path | None, department: str | None, status: str | None, fmt: str | None,
           output: str | None) -> None:
    """整改台账：每项未豁免的问题的责任人、整改期限和状态；子命令 assign（交办）、rectify（登记整改）。"""
    ctx.ensure_object(dict)["db"] = db
    if ctx.invoked_subcommand is None:
        _list(_db_path(ctx, db), department, status, fmt, output)


def _list(db: Path, department: str | None, status: str | None, fmt: str | None, output: str | None) -> None:
    if fmt is None:
        fmt = "xlsx" if output is not None and output.lower().endswith(".xlsx") else "text"
    if fmt == "xlsx" and (output is None or output == "-"):
        raise HistoryCommandError("--format xlsx 需要用 -o FILE.xlsx 指定输出文件")
    with _errors():
        with _open(db) as hdb:
            items = hdb.ledger(department, status)
            runs = hdb.runs()
        latest = runs[-1].id if runs else None
        if fmt == "xlsx":
            assert output is not None
            buf = io.BytesIO()
            export_ledger_xlsx(items, buf)
            _write_atomic(Path(output), buf.getvalue())
        elif fmt == "json":
            _emit(_json({"latest_run": latest, "items": [i.to_json() for i in items]}), output)
        else:
            _emit(ledger_text(items, latest), output)


@ledger.command("list")
@_db_option
@click.option("--department", help="只列出该部门（执法主体编号）的事项")
@click.option("--status", type=click.Choice(["open", "rectified"]))
@click.option("--format", "fmt", type=click.Choice(["text", "json", "xlsx"]))
@click.option("--output", "-o", "output", help="写入文件（原子写入）；默认标准输出")
@click.pass_context
def ledger_list(ctx: click.Context, db: Path | None, department: str | None, status: str | None, fmt: str | None,
                output: str | None) -> None:
    """列出台账事项（同不带子命令的 ledger）。"""
    _list(_db_path(ctx, db), department, status, fmt, output)


@ledger.command("assign")
@click.argument("fingerprint")
@_db_option
@click.option("--owner", required=True, help="责任人")
@click.option("--due", required=True, help="整改期限 YYYY-MM-DD")
@click.option("--by", "by", required=True, help="交办人")
@click.option("--at", "at", help="交办时间（ISO 格式；默认：现在）")
@click.pass_context
def ledger_assign(ctx: click.Context, fingerprint: str, db: Path | None, owner: str, due: str, by: str,
                  at: str | None) -> None:
    """指定台账事项的责任人和整改期限（事项编号见 ledger 列表，可用前 6 位以上）。"""
    day = _parse_date(due, "--due")
    when = _parse_time(at)
    with _errors(), _open(_db_path(ctx, db)) as hdb:
        item = hdb.assign(fingerprint, owner, day, by, when)
    click.echo(f"已交办 {item.fingerprint}（{item.dossier} {item.rule_id}）：责任人 {item.owner}，整改期限 {item.due.isoformat()}")


@ledger.command("rectify")
@click.argument("fingerprint")
@_db_option
@click.option("--by", "by", required=True, help="整改人（登记人）")
@click.option("--note", required=True, help="整改情况说明")
@click.option("--at", "at", help="整改时间（ISO 格式；默认：现在）")
@click.pass_context
def ledger_rectify(ctx: click.Context, fingerprint: str, db: Path | None, by: str, note: str, at: str | None) -> None:
    """登记台账事项已整改；之后的检查若再次发现，事项自动重新打开。"""
    when = _parse_time(at)
    with _errors(), _open(_db_path(ctx, db)) as hdb:
        item = hdb.rectify(fingerprint, by, note, when)
    click.echo(f"已登记整改 {item.fingerprint}（{item.dossier} {item.rule_id}）")


def register(main: click.Group) -> None:
    """Add the ``history`` and ``ledger`` commands to the main command group."""
    main.add_command(history)
    main.add_command(ledger)
