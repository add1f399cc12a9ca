"""Command line for cross-check sampling and reviewer assignment (交叉检查：抽样与回避).

``register(main)`` adds two commands to the tool's click group:

* ``sample PATH... --seed N (--size K | --ratio R) [--min 1] [-o draw.json]`` (and ``--verify draw.json``)
* ``assign DRAW.json --team team.toml --seed N [--per-dossier 1|2] [-o assignment.json|.csv]``
  and ``assign --check assignment.json --team team.toml PATH...``

Exit codes as for ``check``: 0 fine; 1 a verification or re-check found problems, or a dossier could not
be assigned; 2 usage error or unreadable input (one Chinese line, never a traceback).
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click

from . import __version__
from .atomic import atomic_file
from .loader import MANIFEST, RegistryError, load_registry
from .models import Registry
from .sampling import (
    CASE_TYPE_NAMES,
    STRATA_FIELDS,
    STRATUM_SEPARATOR,
    Assignment,
    Draw,
    Frame,
    SamplingError,
    Team,
    assign,
    check_assignment,
    draw,
    index_dossiers,
    load_team,
    read_assignment_csv,
    verify_draw,
)

EXIT_OK, EXIT_PROBLEMS = 0, 1


# ------------------------------------------------------------------ helpers


def _int(value: str | None, option: str, minimum: int | None = None) -> int | None:
    if value is None:
        return None
    try:
        number = int(value.strip())
    except ValueError:
        raise click.UsageError(f"{option} 应为整数，而不是 {value!r}") from None
    if minimum is not None and number < minimum:
        raise click.UsageError(f"{option} 不得小于 {minimum}（给出的是 {number}）")
    return number


def _ratio(value: str | None) -> float | None:
    if value is None:
        return None
    text = value.strip()
    try:
        ratio = float(text[:-1]) / 100 if text.endswith("%") else float(text)
    except ValueError:
        raise click.UsageError(f"--ratio 应为 0 到 1 之间的小数（如 0.2）或百分数（如 20%），而不是 {value!r}") from None
    if not 0 < ratio <= 1:
        raise click.UsageError(f"--ratio 应大于 0、不大于 1（给出的是 {value}）")
    return ratio


def _existing(paths: Sequence[Path]) -> None:
    for path in paths:
        if not path.exists():
            raise click.UsageError(f"路径不存在：{path}")
        if not os.access(path, os.R_OK):
            raise click.UsageError(f"路径不可读：{path}")


def _find_registry(paths: Sequence[Path]) -> Path | None:
    for path in paths:
        for candidate in (path / "registry", path.parent / "registry", path.parent.parent / "registry"):
            if (candidate / "bodies.xml").is_file():
                return candidate
    return None


def _registry(explicit: Path | None, near: Sequence[Path]) -> Registry | None:
    """The registry given with --registry, else one found next to the dossiers, else None."""
    folder = explicit if explicit is not None else _find_registry(near)
    if folder is None:
        return None
    try:
        return load_registry(folder)
    except RegistryError as exc:
        raise click.UsageError(f"参照库 {folder} 有误：" + "；".join(exc.problems)) from None


def _read_json(path: Path, what: str) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise click.UsageError(f"{what} {path} 无法读取：{exc.strerror or exc}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise click.UsageError(f"{what} {path} 不是有效的 JSON：{exc}") from None


def _team(path: Path | None, registry: Registry | None) -> Team:
    if path is None:
        raise click.UsageError("请用 --team 指定团队文件（TOML，格式见 docs/cross-check.md）")
    try:
        return load_team(path, registry)
    except SamplingError as exc:
        raise click.UsageError(str(exc)) from None


def _write_atomic(output: str, text: str, inputs: Sequence[Path], csv_file: bool = False) -> None:
    """Write ``text`` to ``output`` through a temporary file in the same folder, then rename; never
    inside a dossier folder and never over an input."""
    target = Path(output)
    if target.is_dir():
        raise click.UsageError(f"-o {output} 是目录：请给出文件名")
    resolved = target.resolve()
    for folder in resolved.parents:
        if (folder / MANIFEST).is_file():
            raise click.UsageError(f"-o 不得位于案卷目录之内（{folder}）：本工具从不修改输入")
    for given in inputs:
        if given.exists():
            held = given.resolve()
            if resolved == held or (held.is_dir() and (held / "bodies.xml").is_file() and resolved.is_relative_to(held)):
                raise click.UsageError(f"不得把结果写到输入 {given} 上：本工具从不修改输入")
    try:
        with atomic_file(target, encoding="utf-8-sig" if csv_file else "utf-8", newline="" if csv_file else "\n") as fh:
            fh.write(text)
    except OSError as exc:
        raise click.UsageError(f"无法写入 {output}：{exc.strerror or exc}") from None


def _stratum_label(key: str, strata: Sequence[str], registry: Registry | None) -> str:
    if not strata:
        return "全部案卷"
    parts = key.split(STRATUM_SEPARATOR)
    shown = []
    for name, value in zip(strata, parts, strict=False):
        if name == "department" and registry is not None and value in registry.body_by_id:
            shown.append(f"{value} {registry.body_by_id[value].name}")
        elif name == "case_type":
            shown.append(CASE_TYPE_NAMES.get(value, value))
        else:
            shown.append(value)
    return " / ".join(shown)


def _print_unloadable(frame: Frame) -> None:
    if frame.unloadable:
        click.echo(f"未能载入、不在范围内的案卷 {len(frame.unloadable)} 件：")
        for u in frame.unloadable:
            click.echo(f"  {u.path}：{u.reason}")


# ------------------------------------------------------------------ sample


@click.command("sample")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--seed", help="随机种子（整数；公开记录，复核时使用同一种子）")
@click.option("--size", help="每一分层抽取的件数")
@click.option("--ratio", help="每一分层抽取的比例（0~1 或百分数，向上取整）")
@click.option("--min", "minimum", default="1", show_default=True, help="每一非空分层至少抽取的件数")
@click.option("--strata", default="department,case_type", show_default=True,
              help=f"分层字段，逗号分隔（可用：{','.join(STRATA_FIELDS)}；空为不分层）")
@click.option("--registry", "registry_dir", type=click.Path(path_type=Path), help="参照库目录（用于显示部门名称；默认：案卷旁的 registry/）")
@click.option("--verify", "verify_path", type=click.Path(path_type=Path), help="不抽样，按所给案卷复核已有的抽样记录")
@click.option("-o", "--output", help="把抽样记录写入文件（JSON，原子写入）")
def sample_command(paths: tuple[Path, ...], seed: str | None, size: str | None, ratio: str | None, minimum: str,
                   strata: str, registry_dir: Path | None, verify_path: Path | None, output: str | None) -> None:
    """按部门和案件类型分层随机抽取案卷，供交叉检查使用；同一种子、同一批案卷，结果相同。"""
    _existing(paths)
    if verify_path is not None:
        _verify(verify_path, paths)
        return
    seed_n = _int(seed, "--seed")
    if seed_n is None:
        raise click.UsageError("请用 --seed 给出随机种子（整数），以便日后复核抽样")
    size_n, ratio_f = _int(size, "--size", 1), _ratio(ratio)
    if (size_n is None) == (ratio_f is None):
        raise click.UsageError("请给出 --size（每层件数）或 --ratio（每层比例）之一")
    min_n = _int(minimum, "--min", 0)
    assert min_n is not None
    fields = tuple(s.strip() for s in strata.split(",") if s.strip())
    registry = _registry(registry_dir, paths)
    frame = index_dossiers(paths)
    if not frame:
        _print_unloadable(frame)
        raise click.UsageError("没有可抽样的案卷（所给路径下没有能载入的 dossier.xml）")
    try:
        result = draw(frame, seed=seed_n, size=size_n, ratio=ratio_f, minimum=min_n, strata=fields)
    except SamplingError as exc:
        raise click.UsageError(str(exc)) from None
    if output:
        _write_atomic(output, json.dumps(result.to_json(), ensure_ascii=False, indent=2) + "\n",
                      [*paths, *([registry_dir] if registry_dir else [])])
    _print_draw(result, frame, registry)
    if output:
        click.echo(f"抽样记录已写入 {output}；复核：enforcement-audit sample --verify {output} {' '.join(map(str, paths))}")


def _print_draw(result: Draw, frame: Frame, registry: Registry | None) -> None:
    how = f"每层 {result.size} 件" if result.size is not None else f"每层比例 {result.ratio:g}（向上取整）"
    layers = " / ".join(STRATA_FIELDS[s] for s in result.strata) or "不分层"
    click.echo(f"交叉检查抽样（enforcement-audit {__version__}）  种子：{result.seed}  {how}，"
               f"每层至少 {result.minimum} 件  分层：{layers}")
    click.echo(f"抽样范围：案卷 {len(frame)} 件，分层 {len(result.frame_size)} 个；范围指纹 sha256:{result.frame_sha256}")
    _print_unloadable(frame)
    by_id = {d.id: d for d in result.dossiers}
    click.echo("")
    for key, total in result.frame_size.items():
        picked = result.sampled[key]
        click.echo(f"■ {_stratum_label(key, result.strata, registry)}：共 {total} 件，抽取 {len(picked)} 件")
        for did in picked:
            d = by_id[did]
            click.echo(f"    {did}  {d.case_number}  {d.path}")
    click.echo("")
    click.echo(f"共抽取案卷 {len(result.dossiers)} 件（范围 {len(frame)} 件）。")


def _verify(verify_path: Path, paths: Sequence[Path]) -> None:
    data = _read_json(verify_path, "抽样记录")
    frame = index_dossiers(paths)
    problems = verify_draw(data, frame)
    if problems:
        click.echo(f"抽样记录 {verify_path} 复核未通过，问题 {len(problems)} 项：")
        for p in problems:
            click.echo(f"  ✗ {p}")
        sys.exit(EXIT_PROBLEMS)
    click.echo(f"抽样记录 {verify_path} 复核通过：按记录的种子和参数对 {len(frame)} 件案卷重新抽样，结果一致。")


# ------------------------------------------------------------------ assign


@click.command("assign")
@click.argument("args", nargs=-1, type=click.Path(path_type=Path))
@click.option("--team", "team_path", type=click.Path(path_type=Path), help="团队文件（TOML）：评查人员、所属部门、容量、申报回避")
@click.option("--seed", help="随机种子（整数）：同等负担的分配方案之间按种子确定")
@click.option("--per-dossier", type=click.Choice(["1", "2"]), help="每件案卷的评查人数（默认：团队文件的设置，未设置为 1）")
@click.option("--check", "check_path", type=click.Path(path_type=Path),
              help="不分配，复核已写好的分配记录（JSON 或 CSV）；此时参数为案卷路径")
@click.option("--registry", "registry_dir", type=click.Path(path_type=Path), help="参照库目录（核对团队成员所属部门；默认：案卷旁的 registry/）")
@click.option("-o", "--output", help="把分配结果写入文件：以 .csv 结尾写 CSV，否则写 JSON（原子写入）")
def assign_command(args: tuple[Path, ...], team_path: Path | None, seed: str | None, per_dossier: str | None,
                   check_path: Path | None, registry_dir: Path | None, output: str | None) -> None:
    """为抽中的案卷分配评查人员：本部门案卷、本人参与办理的案卷和申报回避的一律回避，工作量均衡。

    \b
    分配：enforcement-audit assign DRAW.json --team team.toml --seed N [-o assignment.json|.csv]
    复核：enforcement-audit assign --check assignment.json --team team.toml PATH...
    """
    if check_path is not None:
        _check(check_path, team_path, registry_dir, args, output)
        return
    if len(args) != 1:
        raise click.UsageError("请给出一个抽样记录文件（enforcement-audit sample -o 写出的 JSON）；复核分配记录请用 --check")
    draw_path = args[0]
    _existing([draw_path])
    seed_n = _int(seed, "--seed")
    if seed_n is None:
        raise click.UsageError("请用 --seed 给出随机种子（整数），以便日后复核分配")
    try:
        recorded = Draw.from_json(_read_json(draw_path, "抽样记录"))
    except SamplingError as exc:
        raise click.UsageError(f"抽样记录 {draw_path} 有误：{exc}") from None
    near = [Path(d.path) for d in recorded.dossiers if d.path]
    registry = _registry(registry_dir, [p for p in near if p.exists()][:1])
    team = _team(team_path, registry)
    try:
        result = assign(recorded, team, seed=seed_n, reviewers_per_dossier=int(per_dossier) if per_dossier else None)
    except SamplingError as exc:
        raise click.UsageError(str(exc)) from None
    if output:
        inputs = [draw_path, *([team_path] if team_path else []), *([registry_dir] if registry_dir else [])]
        if output.lower().endswith(".csv"):
            _write_atomic(output, result.to_csv(), inputs, csv_file=True)
        else:
            _write_atomic(output, json.dumps(result.to_json(), ensure_ascii=False, indent=2) + "\n", inputs)
    _print_assignment(result, draw_path)
    if output:
        click.echo(f"分配结果已写入 {output}；复核：enforcement-audit assign --check {output} --team {team_path} 案卷路径…")
    sys.exit(EXIT_PROBLEMS if result.unassignable else EXIT_OK)


def _print_assignment(result: Assignment, draw_path: Path) -> None:
    team = result.team.by_id
    loads = result.loads()
    title = f"  团队：{result.team.name}" if result.team.name else ""
    click.echo(f"交叉检查分配（enforcement-audit {__version__}）  种子：{result.seed}  "
               f"每件案卷评查人数：{result.reviewers_per_dossier}{title}")
    click.echo(f"抽样记录：{draw_path}（案卷 {len(result.dossiers)} 件）")
    click.echo("")
    click.echo("评查人员工作量：")
    for m in result.team.members:
        cap = f"（容量 {m.capacity} 件）" if m.capacity is not None else ""
        click.echo(f"  {m.id} {m.name}（{m.department}）：{loads[m.id]} 件{cap}")
    click.echo("")
    click.echo("分配：")
    for d in result.dossiers:
        names = "、".join(f"{r} {team[r].name}" for r in result.reviewers.get(d.id, ())) or "（无）"
        click.echo(f"  {d.id}（{d.department}，{d.case_number}）→ {names}")
    recusals = sum(len(v) for v in result.recused.values())
    click.echo("")
    click.echo(f"回避：共 {recusals} 人次（本部门、曾参与办案或申报回避；明细见分配记录）。")
    if result.unassignable:
        click.echo(f"无法分配足够评查人员的案卷 {len(result.unassignable)} 件：")
        for did, why in result.unassignable.items():
            reasons = "；".join(f"{r} {'、'.join(w)}" for r, w in why.items())
            click.echo(f"  ✗ {did}：{reasons}")


def _check(check_path: Path, team_path: Path | None, registry_dir: Path | None, paths: Sequence[Path],
           output: str | None) -> None:
    if output:
        raise click.UsageError("--check 只复核分配记录，不写文件：请去掉 -o")
    if not paths:
        raise click.UsageError("复核分配记录需要给出案卷路径（用于核对部门和办案人员）")
    _existing([check_path, *paths])
    registry = _registry(registry_dir, paths)
    team = _team(team_path, registry)
    if check_path.suffix.lower() == ".csv":
        try:
            data: Any = read_assignment_csv(check_path.read_text(encoding="utf-8-sig"))
        except OSError as exc:
            raise click.UsageError(f"分配记录 {check_path} 无法读取：{exc.strerror or exc}") from None
        except (UnicodeDecodeError, SamplingError) as exc:
            raise click.UsageError(f"分配记录 {check_path} 有误：{exc}") from None
    else:
        data = _read_json(check_path, "分配记录")
    frame = index_dossiers(paths)
    problems = check_assignment(data, team, frame)
    if problems:
        click.echo(f"分配记录 {check_path} 复核未通过，问题 {len(problems)} 项：")
        for p in problems:
            click.echo(f"  ✗ {p}")
        sys.exit(EXIT_PROBLEMS)
    click.echo(f"分配记录 {check_path} 复核通过：回避和容量均无问题（案卷范围 {len(frame)} 件，评查人员 {len(team.members)} 名）。")


def register(main: click.Group) -> None:
    """Add ``sample`` and ``assign`` to the tool's command group."""
    main.add_command(sample_command, "sample")
    main.add_command(assign_command, "assign")
