"""Command line (click). Thin: parse options, call the runner, pick a reporter, set the exit code.

Exit codes: 0 no finding at or above ``--fail-on`` (default: error); 1 findings; 2 usage error or
unreadable input (bad registry, profile or path). No traceback ever reaches the user.
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

import click

from . import __version__
from .atomic import atomic_file
from .calendar import HolidayTable, HolidayTableError
from .documents.laws import LawCatalogueError, load_catalogue
from .documents.options import ReadOptions
from .engine import Finding, LegalBasis, RuleMeta, RuleSet, Severity
from .loader import MANIFEST, RegistryError, load_dossier, load_registry
from .manual import bundled_checklist
from .profile import ProfileError, bundled_profiles, load_profile
from .report import FORMATS, Progress, Reporter
from .rules import ALL_RULES, all_rule_metas, rule_by_id
from .rules._common import STEP_LABELS
from .runner import DossierResult, RunConfig, Summary, discover, run
from .suppress import SuppressionError, Suppressions, baseline_json, load_baseline, load_waivers

if TYPE_CHECKING:
    from .history import HistoryDB, RunMeta

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


def _split(values: Sequence[str]) -> list[str]:
    return [p.strip() for v in values for p in v.split(",") if p.strip()]


def _default_registry(paths: Sequence[Path]) -> Path:
    for path in paths:
        for candidate in (path / "registry", path.parent / "registry", path.parent.parent / "registry"):
            if (candidate / "bodies.xml").is_file():
                return candidate
    raise click.UsageError("未找到参照库：请用 --registry DIR 指定含 bodies.xml、certificates.xml、reviewers.xml 的目录")


@contextmanager
def _open_output(path: str | None, binary: bool = False) -> Iterator[Any]:
    """stdout, or a file written atomically (temp file in the same folder, then rename): a killed run
    never leaves a half-written report."""
    if path is None or path == "-":
        yield sys.stdout.buffer if binary else sys.stdout
        return
    try:
        opened = atomic_file(Path(path), binary=binary)
    except OSError as exc:
        raise click.UsageError(f"无法写入 {path}：{exc.strerror or exc}") from None
    with opened as stream:
        yield stream


def _date(value: str | None) -> dt.date:
    if value is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} 不是日期（写作 2025-06-30）", param_hint="--as-of") from None


class _Commands(click.Group):
    """The command group; commands that live in modules of their own (history and ledger, sampling,
    scoring) are imported when first used, so that ``check`` does not pay for them at start-up."""

    LAZY: ClassVar[dict[str, str]] = {"history": "cli_history", "ledger": "cli_history", "sample": "cli_sampling", "assign": "cli_sampling",
            "score": "cli_scoring", "reviewer-sheet": "cli_scoring", "standards": "cli_scoring"}

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.LAZY})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.LAZY and cmd_name not in self.commands:
            module = importlib.import_module(f"{__package__}.{self.LAZY[cmd_name]}")
            module.register(self)
        return super().get_command(ctx, cmd_name)


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="enforcement-audit")
def main() -> None:
    """行政执法案卷合规检查：公示、全过程记录、法制审核、主体资格、执法证件。"""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--registry", "registry_dir", type=click.Path(path_type=Path), help="参照库目录（默认：案卷旁的 registry/）")
@click.option("--profile", "profile_name", default="national", show_default=True, help="内置配置名或配置文件路径")
@click.option("--as-of", "as_of", help="基准日 YYYY-MM-DD（默认：今天），用于判断未结案件的期限")
@click.option("--select", multiple=True, help="只运行这些规则（编号或前缀，可逗号分隔，可重复）")
@click.option("--ignore", multiple=True, help="不运行这些规则（编号或前缀）")
@click.option("--mode", type=click.Choice(["self", "cross"]), default="self", show_default=True,
              help="self 自查 / cross 交叉检查（记录在报告中）")
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATS)), default="text", show_default=True,
              help="报告格式（-o 未指明格式时使用）")
@click.option("--output", "-o", "outputs", multiple=True,
              help="输出，可重复：FORMAT（标准输出）、PATH（格式取 --format）或 FORMAT=PATH，"
                   "如 -o text -o sarif=out.sarif -o xlsx=report.xlsx；文件均原子写入")
@click.option("--jobs", "-j", default=1, show_default=True, type=click.IntRange(1, 256), help="并行进程数")
@click.option("--holidays", type=click.Path(path_type=Path), help="补充节假日表（TOML），用于内置日历未覆盖的年度")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]), default="error", show_default=True,
              help="出现该级别或更严重的问题（未豁免）时以 1 退出")
@click.option("--exit-zero", is_flag=True, help="有问题也以 0 退出")
@click.option("--mask-personal-data", is_flag=True, help="遮蔽身份证号、手机号和自然人当事人姓名")
@click.option("--manual-checks/--no-manual-checks", "manual", default=None,
              help="附上人工核查事项（事实、证据、定性、裁量等机器不能判断的问题及案卷所见）；交叉检查模式默认附上")
@click.option("--laws", "laws_files", multiple=True, type=click.Path(path_type=Path),
              help="补充或覆盖法律目录（TOML，格式见 docs/law-catalogue.md），可重复")
@click.option("--cache-dir", type=click.Path(path_type=Path),
              help="文书文本缓存目录（默认：$ENFORCEMENT_AUDIT_CACHE 或 ~/.cache/enforcement-audit）")
@click.option("--no-cache", is_flag=True, help="不读写文书文本缓存")
@click.option("--max-pages", default=300, show_default=True, type=click.IntRange(1, 100000), help="每份文书最多读取的页数")
@click.option("--waivers", "waivers_file", type=click.Path(path_type=Path),
              help="豁免文件（TOML）：被豁免的问题仍列出并计数，但不影响退出码；过期和未使用的豁免单独列出")
@click.option("--no-waivers", is_flag=True, help="忽略豁免文件（审计模式）")
@click.option("--baseline", "baseline_file", type=click.Path(path_type=Path), help="基线文件：只报告基线中没有的问题")
@click.option("--write-baseline", "write_baseline", type=click.Path(path_type=Path), help="把本次全部问题写成基线文件")
@click.option("--db", "db_file", type=click.Path(path_type=Path), help="把本次检查记入问题历史库（SQLite，首次使用时创建）")
@click.option("--progress/--no-progress", default=None, help="在终端显示进度（默认：标准错误是终端时显示）")
@click.option("--score", "score_files", is_flag=True,
              help="按评查标准（rules/standards/，按案件类型选用）给每个案卷评分；人工项未评时为暂定分")
@click.option("--judgements", type=click.Path(path_type=Path),
              help="评查人填写的人工评查表（reviewer-sheet 生成的 XLSX），与机器发现合并评分（隐含 --score）")
def check(
    paths: tuple[Path, ...],
    registry_dir: Path | None,
    profile_name: str,
    as_of: str | None,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    mode: str,
    fmt: str,
    outputs: tuple[str, ...],
    jobs: int,
    holidays: Path | None,
    fail_on: str,
    exit_zero: bool,
    mask_personal_data: bool,
    manual: bool | None,
    laws_files: tuple[Path, ...],
    cache_dir: Path | None,
    no_cache: bool,
    max_pages: int,
    waivers_file: Path | None,
    no_waivers: bool,
    baseline_file: Path | None,
    write_baseline: Path | None,
    db_file: Path | None,
    progress: bool | None,
    score_files: bool,
    judgements: Path | None,
) -> None:
    """检查一个案卷目录，或包含多个案卷目录的文件夹。

    清单中登记了 PDF 文书（document path）的，读取文书文字，与清单和其他文书核对，并检查引用的法条。
    """
    for path in paths:
        if not path.exists():
            raise click.UsageError(f"路径不存在：{path}")
        if not os.access(path, os.R_OK):
            raise click.UsageError(f"路径不可读：{path}")
    config = _config(paths, registry_dir, profile_name, _date(as_of), select, ignore, holidays)
    if manual if manual is not None else mode == "cross":
        config = replace(config, checklist=bundled_checklist())
    try:
        laws = load_catalogue(laws_files)
    except LawCatalogueError as exc:
        raise click.UsageError(f"法律目录有误：{exc}") from None
    cache = None if no_cache else (cache_dir or _default_cache_dir())
    if cache is not None:
        _refuse_output_inside(cache / "x", what="--cache-dir")
    config = replace(config, laws=laws, cache_dir=cache, read_options=ReadOptions(max_pages=max_pages))
    items = discover(paths)
    targets = _parse_outputs(outputs, fmt)
    inputs = [registry_dir or _default_registry(paths), holidays, Path(profile_name), waivers_file, baseline_file]
    written = [Path(p) for _, p in targets if p not in (None, "-")]
    for target in [*written, *(p for p in (write_baseline, db_file) if p is not None)]:
        _refuse_output_inside(target)
        _refuse_overwriting(target, inputs)
    suppress = _suppressions(config.as_of, None if no_waivers else waivers_file, baseline_file)
    history = _history(db_file)
    scorer = _scorer(judgements) if score_files or judgements is not None else None
    summary = Summary()
    baseline_findings: list[Finding] = []
    meter = Progress(sys.stderr, enabled=progress)
    if meter.enabled:  # a terminal is watching: count the dossiers first (a quick folder walk) to draw a bar
        meter.total = sum(1 for _ in discover(paths))
    with ExitStack() as stack:
        recorder = None
        if history is not None:  # one transaction for the whole run: committed at the end, rolled back on error
            stack.enter_context(history)
            recorder = stack.enter_context(history.begin_run(_run_meta(config, mode, paths)))
        reporters = [_reporter(stack, name, path, mask_personal_data, Severity(fail_on)) for name, path in targets]
        for reporter in reporters:
            reporter.start(config.profile.id, config.as_of.isoformat(), mode)
        for result in run(items, config, jobs):
            if write_baseline is not None:
                baseline_findings += result.findings
            result = suppress.apply(result)
            if scorer is not None:
                result = scorer(result)
            summary.add(result)
            if recorder is not None:
                recorder.add(result)
            for reporter in reporters:
                reporter.dossier(result)
            meter.tick()
        meter.done()
        summary.suppressions = suppress.to_json()
        summary.notes = suppress.notes()
        for reporter in reporters:
            reporter.finish(summary)
    if write_baseline is not None:
        with _open_output(str(write_baseline)) as fh:
            fh.write(baseline_json(baseline_findings, config.as_of))
    worst = summary.worst()
    failing = worst is not None and worst.rank <= Severity(fail_on).rank
    sys.exit(EXIT_FINDINGS if failing and not exit_zero else EXIT_OK)


def _parse_outputs(values: Sequence[str], default: str) -> list[tuple[str, str | None]]:
    """``-o`` values as (format, path or None for standard output)."""
    targets: list[tuple[str, str | None]] = []
    for value in values or (default,):
        name, sep, path = value.partition("=")
        if sep:
            if name not in FORMATS:
                raise click.UsageError(f"-o {value}: 未知的格式 {name}（可用：{'、'.join(sorted(FORMATS))}）")
            if not path:
                raise click.UsageError(f"-o {value}: 缺少文件名")
            targets.append((name, path))
        elif value in FORMATS:
            targets.append((value, None))
        else:
            targets.append((default, value))
    if sum(1 for _, p in targets if p in (None, "-")) > 1:
        raise click.UsageError("只能有一个输出写到标准输出：其余输出请给出文件名（FORMAT=PATH）")
    for name, where in targets:
        if FORMATS[name].binary and where in (None, "-") and sys.stdout.isatty():
            raise click.UsageError(f"{name} 是二进制格式，不能写到终端：请用 -o {name}=文件名")
    return targets


def _reporter(stack: ExitStack, name: str, path: str | None, mask: bool, fail_on: Severity) -> Reporter:
    spec = FORMATS[name]
    out = stack.enter_context(_open_output(path, binary=spec.binary))
    reporter = spec.make(out, mask)
    if hasattr(reporter, "fail_on"):  # JUnit marks as failures what fails the run
        reporter.fail_on = fail_on
    return reporter


def _suppressions(as_of: dt.date, waivers_file: Path | None, baseline_file: Path | None) -> Suppressions:
    try:
        waivers = load_waivers(waivers_file) if waivers_file is not None else []
        baseline = load_baseline(baseline_file) if baseline_file is not None else None
    except SuppressionError as exc:
        raise click.UsageError(str(exc)) from None
    return Suppressions(as_of, waivers, baseline, str(waivers_file) if waivers_file else None,
                        str(baseline_file) if baseline_file else None)


def _default_cache_dir() -> Path:
    from .documents.cache import default_cache_dir

    return default_cache_dir()


def _history(db_file: Path | None) -> HistoryDB | None:
    """The findings history (opened before the run, so that a bad or newer file fails fast)."""
    if db_file is None:
        return None
    from .history import HistoryDB, HistoryError

    try:
        return HistoryDB.open(db_file)
    except HistoryError as exc:
        raise click.UsageError(str(exc)) from None


def _scorer(judgements_file: Path | None) -> Callable[[DossierResult], DossierResult]:
    """Attaches the score against the standard for the dossier's case type (machine findings merged
    with the reviewers' judgements when given)."""
    from .scoring import ScoringError, read_reviewer_workbook, score, standard_for

    try:
        judgements = read_reviewer_workbook(judgements_file) if judgements_file is not None else {}
    except ScoringError as exc:
        raise click.UsageError(str(exc)) from None

    def attach(result: DossierResult) -> DossierResult:
        if result.case_type is None:
            return result
        try:
            result.score = score(result, standard_for(result.case_type), judgements.get(result.id)).to_json()
        except ScoringError:
            return result
        return result

    return attach


def _run_meta(config: RunConfig, mode: str, paths: Sequence[Path]) -> RunMeta:
    from .history import RunMeta

    return RunMeta(started=dt.datetime.now().astimezone().replace(microsecond=0).isoformat(), as_of=config.as_of,
                   profile=config.profile.id, mode=mode, tool_version=__version__, paths=[str(p) for p in paths])


def _refuse_output_inside(output: Path, what: str = "--output") -> None:
    """A report (or the cache) must never land inside a dossier folder (the tool never modifies its inputs)."""
    if what == "--output" and output.is_dir():
        raise click.UsageError(f"--output {output} 是目录：请给出报告文件名")
    for folder in output.resolve().parents:
        if (folder / MANIFEST).is_file():
            raise click.UsageError(f"{what} 不得位于案卷目录之内（{folder}）：本工具从不修改输入")


def _refuse_overwriting(output: Path, inputs: Sequence[Path | None]) -> None:
    """The registry folder and the input files (profile, holiday table) are inputs too."""
    target = output.resolve()
    for given in inputs:
        if given is None or not given.exists():
            continue
        held = given.resolve()
        if target == held or (held.is_dir() and target.is_relative_to(held)):
            raise click.UsageError(f"不得把报告写到输入 {given} 上：本工具从不修改输入")


def _config(
    paths: Sequence[Path],
    registry_dir: Path | None,
    profile_name: str,
    as_of: dt.date,
    select: Sequence[str],
    ignore: Sequence[str],
    holidays: Path | None,
) -> RunConfig:
    try:
        profile = load_profile(profile_name)
    except ProfileError as exc:
        raise click.UsageError(str(exc)) from None
    _check_profile_rule_ids(profile.rules.severity, profile.rules.disable, profile.path)
    for opt, values in (("--select", select), ("--ignore", ignore)):
        for pattern in _split(values):
            if not any(_matches_any(pattern)):
                raise click.UsageError(f"{opt} {pattern}: 没有这样的规则编号或前缀（enforcement-audit rules 可列出全部规则）")
    try:
        registry = load_registry(registry_dir or _default_registry(paths))
    except RegistryError as exc:
        raise click.UsageError("参照库有误：\n" + "\n".join(exc.problems)) from None
    table = None
    if holidays is not None:
        try:
            table = HolidayTable.load(holidays)
        except HolidayTableError as exc:
            raise click.UsageError(str(exc)) from None
    ruleset = RuleSet.build(ALL_RULES, profile, _split(select), _split(ignore))
    return RunConfig(registry, profile, ruleset, as_of, table)


def _matches_any(pattern: str) -> Iterator[bool]:
    from .engine import matches

    return (matches(m.id, [pattern]) for m in all_rule_metas(ALL_RULES))


def _check_profile_rule_ids(severity: dict[str, Severity], disable: Sequence[str], where: str) -> None:
    for key in (*severity, *disable):
        if not any(_matches_any(key)):
            raise click.UsageError(f"配置 {where}: rules 中的 {key!r} 不是已知的规则编号或前缀")


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--documents", "documents_dir", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="PATH 为清单文件（如 extract 生成的草稿）时，文书路径相对于此目录解析（默认：清单所在目录）")
def validate(paths: tuple[Path, ...], documents_dir: Path | None) -> None:
    """只检查清单格式（XML 安全、格式版本、XSD、文书路径），不运行规则。

    PATH 可以是案卷目录、包含多个案卷的目录，或一个清单文件（任意文件名）。
    """
    bad = 0
    items: list[tuple[Path, str, Path | None]] = []
    for path in paths:
        if path.is_file() and path.name != MANIFEST:
            items.append((documents_dir or path.parent, str(path), path))
        else:
            items += [(folder, shown, None) for folder, shown in discover([path])]
    for folder, shown, manifest in items:
        result = load_dossier(folder, manifest)
        if not result.findings:
            click.echo(f"✓ {shown}")
            continue
        bad += 1
        for f in result.findings:
            line = f":{f.location.line}" if f.location.line else ""
            where = shown if manifest is not None and f.location.file == MANIFEST else f"{shown}/{f.location.file}"
            click.echo(f"✗ {where}{line}: {f.rule_id} {f.message}")
    sys.exit(EXIT_FINDINGS if bad else EXIT_OK)


@main.command()
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--output", "-o", "output", required=True, help="草稿清单写到这里（原子写入；不得位于案卷目录之内）")
@click.option("--registry", "registry_dir", type=click.Path(path_type=Path), help="参照库目录，用于按机关名称找到主体编号")
@click.option("--laws", "laws_files", multiple=True, type=click.Path(path_type=Path), help="补充法律目录（TOML）")
@click.option("--cache-dir", type=click.Path(path_type=Path), help="文书文本缓存目录")
@click.option("--no-cache", is_flag=True, help="不读写文书文本缓存")
def extract(folder: Path, output: str, registry_dir: Path | None, laws_files: tuple[Path, ...], cache_dir: Path | None,
            no_cache: bool) -> None:
    """从只有 PDF 文书的案卷目录提取草稿清单（dossier.xml），每个值注明来源文书、页码和置信度。

    草稿写到 --output 指定的位置，从不写入输入目录；核对补全后可用
    enforcement-audit validate 草稿文件 --documents 案卷目录 检查格式。
    """
    from .documents.cache import TextCache
    from .documents.draft import build_draft, draft_xml
    from .documents.reader import DocumentReader

    target = Path(output)
    if target.resolve().is_relative_to(folder.resolve()):
        raise click.UsageError(f"--output 不得位于输入目录 {folder} 之内：本工具从不修改输入")
    _refuse_output_inside(target)
    try:
        laws = load_catalogue(laws_files)
    except LawCatalogueError as exc:
        raise click.UsageError(f"法律目录有误：{exc}") from None
    registry = None
    candidate = registry_dir or next((c for c in (folder / "registry", folder.parent / "registry",
                                                   folder.parent.parent / "registry") if (c / "bodies.xml").is_file()), None)
    if candidate is not None:
        try:
            registry = load_registry(candidate)
        except RegistryError as exc:
            raise click.UsageError("参照库有误：\n" + "\n".join(exc.problems)) from None
    reader = DocumentReader(laws, TextCache(None if no_cache else (cache_dir or _default_cache_dir())))
    documents, problems = reader.read_folder(folder, folder.name)
    for f in problems:
        click.echo(f"! {f.location.file}: {f.rule_id} {f.message}", err=True)
    if not documents:
        raise click.UsageError(f"{folder} 中没有可读取的 PDF 文书")
    draft = build_draft(folder.name, documents, registry)
    with _open_output(output) as out:
        out.write(draft_xml(draft).decode("utf-8"))
    click.echo(f"已从 {len(documents)} 份文书提取 {len(draft.sources)} 项，草稿写入 {output}；"
               f"请逐项核对注释中的来源后使用。", err=True)
    for note in draft.notes:
        click.echo(f"注意：{note}", err=True)


def _meta_json(meta: RuleMeta) -> dict[str, object]:
    return {
        "id": meta.id,
        "title": meta.title,
        "system": meta.system.value,
        "case_types": sorted(t.value for t in meta.case_types),
        "severity": meta.severity.value,
        "confidence": meta.confidence.value,
        "legal_basis": [b.to_json(scope=True) for b in meta.legal_basis],
        "remediation": meta.remediation,
        "parameters": list(meta.parameters),
        "reads_documents": meta.needs_documents,
    }


def _scoped(basis: LegalBasis) -> str:
    """A citation with the case types it is limited to: 《…》第十七条（仅适用于：行政处罚）."""
    scope = []
    if basis.case_types is not None:
        scope.append("、".join(t.label for t in sorted(basis.case_types)))
    if basis.step_kinds is not None:
        scope.append("、".join(STEP_LABELS.get(k, k.value) for k in sorted(basis.step_kinds)) + "环节")
    return f"{basis}（仅适用于：{'；'.join(scope)}）" if scope else str(basis)


@main.command("rules")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def rules_cmd(fmt: str) -> None:
    """列出全部规则及其元数据。"""
    metas = [r.meta for r in ALL_RULES]
    if fmt == "json":
        click.echo(json.dumps([_meta_json(m) for m in metas], ensure_ascii=False, indent=2))
        return
    for m in metas:
        basis = "；".join(_scoped(b) for b in m.legal_basis)
        click.echo(f"{m.id:<16} {m.severity.label}  [{m.system.label}] {m.title}\n{'':<16} 依据：{basis}")


@main.command()
@click.argument("rule_id")
def explain(rule_id: str) -> None:
    """显示一条规则的全部说明：要求、依据、整改建议、正反示例。"""
    rule = rule_by_id(rule_id)
    meta = rule.meta if rule is not None else next((m for m in all_rule_metas(ALL_RULES) if m.id == rule_id.upper()), None)
    if meta is None:
        raise click.UsageError(f"没有规则 {rule_id}（enforcement-audit rules 可列出全部规则）")
    click.echo(f"{meta.id}  {meta.title}")
    click.echo(f"制度：{meta.system.label}    默认级别：{meta.severity.label}    可信度：{meta.confidence.value}")
    if meta.needs_documents:
        click.echo("读取文书：是（清单登记了 PDF 文书路径时读取文书文字；没有可读文书时不作判断）")
    click.echo("适用案件：" + "、".join(sorted(t.value for t in meta.case_types)))
    if meta.legal_basis:
        click.echo("法律依据：" + "；".join(_scoped(b) for b in meta.legal_basis))
    if meta.parameters:
        click.echo("配置参数：" + "、".join(meta.parameters))
    click.echo(f"整改建议：{meta.remediation}")
    if rule is not None and rule.__doc__:
        import inspect

        click.echo("\n" + inspect.cleandoc(rule.__doc__))


@main.command()
def profiles() -> None:
    """列出内置的辖区配置。"""
    for name in bundled_profiles():
        try:
            p = load_profile(name)
        except ProfileError as exc:
            click.echo(f"{name}: {exc}")
            continue
        click.echo(f"{p.id:<18} {p.profile.title}")


def entry() -> None:
    """The console script: ``main`` with a last safety net, so no traceback ever reaches the user."""
    try:
        main(standalone_mode=True)
    except BrokenPipeError:  # output piped into `head` and the like: stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(EXIT_FINDINGS)
    except KeyboardInterrupt:
        click.echo("已中断。", err=True)
        sys.exit(130)
    except Exception as exc:  # a defect of this tool, never of the input: say so plainly
        click.echo(
            f"enforcement-audit 内部错误（{type(exc).__name__}: {exc}）。这是本工具的缺陷，不是输入的问题；"
            "请将命令行和（可脱敏的）输入报告给维护者。",
            err=True,
        )
        sys.exit(EXIT_USAGE)
