"""Command line: exit codes, usage errors, inputs left untouched, output files, the JSON contract, masking."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result

import enforcement_audit
from enforcement_audit import cli as cli_module
from enforcement_audit import testing, writer
from enforcement_audit.engine import ALL_CASE_TYPES, Context, Hit, LegalBasis, Rule, RuleMeta, Severity, System
from enforcement_audit.report import mask_text
from enforcement_audit.rules import ALL_RULES

CliFn = Callable[..., Result]
JsonFn = Callable[..., tuple[int, dict[str, Any]]]
MakeFn = Callable[..., Path]

NAME, ID_NUMBER, PHONE = "张三丰", "110101199003074578", "13812345678"


def unknown_body(dossier_id: str = "BAD-BODY") -> dict[str, Any]:
    """Base punishment dossier with exactly one SUBJ-001 finding."""
    d = testing.base_punishment()
    d["id"] = dossier_id
    d["case"]["acting_body"]["id"] = "B-NOWHERE"
    return d


def user_profile(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "my-profile.toml"
    path.write_text('[profile]\nid = "mine"\ntitle = "测试"\nextends = "national"\n' + body, encoding="utf-8")
    return path


# ------------------------------------------------------------------ exit codes

def test_exit_0_when_clean(cli: CliFn, make_dossier: MakeFn, batch_dir: Path) -> None:
    make_dossier("a")
    result = cli("check", batch_dir, "--select", "SUBJ-001")
    assert result.exit_code == 0
    assert "未发现问题" in result.output


def test_exit_1_on_findings_and_exit_zero(cli: CliFn, make_dossier: MakeFn, batch_dir: Path) -> None:
    make_dossier("a", unknown_body())
    result = cli("check", batch_dir, "--select", "SUBJ-001")
    assert result.exit_code == 1
    assert "SUBJ-001" in result.output
    assert "B-NOWHERE" in result.output
    assert cli("check", batch_dir, "--select", "SUBJ-001", "--exit-zero").exit_code == 0


def test_fail_on_threshold(cli: CliFn, tmp_path: Path, make_dossier: MakeFn, batch_dir: Path) -> None:
    """SUBJ-001 turned into a warning by a profile: fails only with --fail-on warning or info."""
    make_dossier("a", unknown_body())
    profile = user_profile(tmp_path, '[rules.severity]\n"SUBJ-001" = "warning"\n')
    base = ("check", batch_dir, "--select", "SUBJ-001", "--profile", profile)
    assert cli(*base).exit_code == 0
    assert cli(*base, "--fail-on", "error").exit_code == 0
    assert cli(*base, "--fail-on", "warning").exit_code == 1
    assert cli(*base, "--fail-on", "info").exit_code == 1
    assert cli(*base, "--fail-on", "info", "--exit-zero").exit_code == 0


def test_load_findings_fail_the_run(cli: CliFn, make_dossier: MakeFn, batch_dir: Path) -> None:
    make_dossier("a", b"<dossier")
    result = cli("check", batch_dir)
    assert result.exit_code == 1
    assert "LOAD-XML-001" in result.output
    assert "位置：dossier.xml:1\n" in result.output


def _usage_error(result: Result, *words: str) -> None:
    assert result.exit_code == 2, result.output
    for word in words:
        assert word in result.output, (word, result.output)


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("--bogus",), ("--bogus",)),
        (("--as-of", "2025-13-01"), ("--as-of", "2025-13-01")),
        (("--as-of", "yesterday"), ("--as-of",)),
        (("--profile", "nosuch"), ("nosuch",)),
        (("--select", "NOPE-999"), ("--select", "NOPE-999")),
        (("--ignore", "SUBJ-001,NOPE"), ("--ignore", "NOPE")),
        (("--format", "xml"), ("--format",)),
        (("--jobs", "0"), ("--jobs",)),
        (("--fail-on", "fatal"), ("--fail-on",)),
    ],
)
def test_usage_errors(
    cli: CliFn, make_dossier: MakeFn, batch_dir: Path, args: tuple[str, ...], words: tuple[str, ...]
) -> None:
    make_dossier("a")
    _usage_error(cli("check", batch_dir, *args), *words)


def test_nonexistent_path(cli: CliFn, tmp_path: Path) -> None:
    _usage_error(cli("check", tmp_path / "nowhere"), str(tmp_path / "nowhere"))


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read anything")
def test_unreadable_path(cli: CliFn, make_dossier: MakeFn, batch_dir: Path) -> None:
    make_dossier("a")
    batch_dir.chmod(0)
    try:
        _usage_error(cli("check", batch_dir), str(batch_dir))
    finally:
        batch_dir.chmod(0o755)


def test_unreadable_path_simulated(
    cli: CliFn, make_dossier: MakeFn, batch_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same check where the tests run as root (who can read anything)."""
    make_dossier("a")
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode, **kw: Path(path) != batch_dir and real_access(path, mode, **kw))
    _usage_error(cli("check", batch_dir), str(batch_dir))


def test_no_registry_found(cli: CliFn, tmp_path: Path) -> None:
    deep = tmp_path / "x" / "y" / "z" / "batch"
    write = deep / "a"
    write.mkdir(parents=True)
    (write / "dossier.xml").write_bytes(writer.dossier_xml(testing.base_punishment()))
    _usage_error(cli("check", deep, "--as-of", "2025-12-31", defaults=False), "--registry")


def test_registry_next_to_the_batch_is_found(cli: CliFn, make_dossier: MakeFn, batch_dir: Path) -> None:
    make_dossier("a")
    assert cli("check", batch_dir, "--as-of", "2025-12-31", "--select", "SUBJ-001", defaults=False).exit_code == 0


def test_registry_dir_missing(cli: CliFn, make_dossier: MakeFn, batch_dir: Path, tmp_path: Path) -> None:
    make_dossier("a")
    _usage_error(cli("check", batch_dir, "--registry", tmp_path / "no-registry"), str(tmp_path / "no-registry"))


@pytest.mark.parametrize(
    ("filename", "mutate", "words"),
    [
        ("bodies.xml", lambda b: b.replace(b"</bodies>", b"</bodie>"), ("bodies.xml",)),
        ("certificates.xml", None, ("certificates.xml", "缺失")),
        ("reviewers.xml", lambda b: b.replace(b'schema-version="1.0"', b'schema-version="9"'), ("reviewers.xml", "9")),
        ("certificates.xml", lambda b: b.replace(b'body="B-CX-MR"', b'body="B-GONE"', 1), ("certificates.xml", "B-GONE")),
        ("bodies.xml", lambda b: b.replace(b'type="agency"', b'type="ministry"', 1), ("bodies.xml", "ministry")),
    ],
)
def test_bad_registry_names_the_file(
    cli: CliFn, make_dossier: MakeFn, batch_dir: Path, registry_dir: Path,
    filename: str, mutate: Callable[[bytes], bytes] | None, words: tuple[str, ...],
) -> None:
    make_dossier("a")
    path = registry_dir / filename
    if mutate is None:
        path.unlink()
    else:
        path.write_bytes(mutate(path.read_bytes()))
    result = cli("check", batch_dir)
    _usage_error(result, "参照库", *words)


def test_bad_holiday_table_is_a_usage_error(cli: CliFn, make_dossier: MakeFn, batch_dir: Path, tmp_path: Path) -> None:
    make_dossier("a")
    table = tmp_path / "holidays.toml"
    table.write_text("[years.2027]\nholidays = [2027-01-01]\nworkday = [2027-02-07]\n", encoding="utf-8")
    _usage_error(cli("check", batch_dir, "--holidays", table), str(table), "years.2027", "workday")


def test_real_process_prints_no_traceback(make_dossier: MakeFn, batch_dir: Path, registry_dir: Path) -> None:
    """The installed entry point (not only the in-process runner): a bad registry is exit 2, one message."""
    make_dossier("a")
    (registry_dir / "bodies.xml").write_bytes(b"<bodies")
    proc = subprocess.run(
        [sys.executable, "-P", "-m", "enforcement_audit", "check", str(batch_dir), "--registry", str(registry_dir)],
        capture_output=True, text=True, timeout=60, check=False,
    )
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr + proc.stdout
    assert "参照库有误" in proc.stderr and "内部错误" not in proc.stderr  # the installed package ran, not the checkout
    assert str(registry_dir / "bodies.xml") in proc.stderr


# ------------------------------------------------------------------ inputs are never modified

def _snapshot(root: Path) -> dict[str, tuple[bytes, int, int]]:
    out = {}
    for path in sorted(root.rglob("*")):
        st = path.lstat()
        out[str(path.relative_to(root))] = (path.read_bytes() if path.is_file() else b"", st.st_mtime_ns, st.st_mode)
    return out


def test_check_never_modifies_inputs(
    cli: CliFn, make_dossier: MakeFn, batch_dir: Path, registry_dir: Path, tmp_path: Path
) -> None:
    d = testing.base_punishment()
    d["documents"][0]["path"] = "docs/d01.pdf"
    folder = make_dossier("a", d)
    (folder / "docs").mkdir()
    (folder / "docs" / "d01.pdf").write_bytes(b"%PDF-1.4 test")
    make_dossier("b", unknown_body())
    make_dossier("c", b"<dossier")
    os.utime(folder / "dossier.xml", ns=(1_000_000_000, 1_000_000_000))  # an old mtime that a rewrite would change
    before_batch, before_registry = _snapshot(batch_dir), _snapshot(registry_dir)
    for fmt in ("text", "json"):
        assert cli("check", batch_dir, "--format", fmt).exit_code == 1
    assert cli("check", batch_dir, "--format", "json", "--jobs", "2", "-o", tmp_path / "r.json").exit_code == 1
    assert cli("validate", batch_dir).exit_code == 1
    assert _snapshot(batch_dir) == before_batch
    assert _snapshot(registry_dir) == before_registry


@pytest.mark.parametrize("where", ["a/report.json", "a/docs/report.json"])
def test_output_inside_a_dossier_is_refused(cli: CliFn, make_dossier: MakeFn, batch_dir: Path, where: str) -> None:
    folder = make_dossier("a")
    (folder / "docs").mkdir()
    before = _snapshot(batch_dir)
    result = cli("check", batch_dir, "--output", batch_dir / where)
    _usage_error(result, "案卷目录")
    assert _snapshot(batch_dir) == before


def test_output_inside_a_single_dossier_given_directly(cli: CliFn, make_dossier: MakeFn) -> None:
    folder = make_dossier("a")
    _usage_error(cli("check", folder, "-o", folder / "out.txt"), "案卷目录")
    assert sorted(p.name for p in folder.iterdir()) == ["dossier.xml"]


def test_output_is_written_atomically(cli: CliFn, make_dossier: MakeFn, batch_dir: Path, tmp_path: Path) -> None:
    make_dossier("a", unknown_body())
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    target = out_dir / "report.json"
    target.write_text("old report", encoding="utf-8")
    result = cli("check", batch_dir, "--select", "SUBJ-001", "--format", "json", "--output", target)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert [p.name for p in out_dir.iterdir()] == ["report.json"]  # no temp file left behind
    report = json.loads(target.read_text(encoding="utf-8"))
    assert [f["rule_id"] for f in report["findings"]] == ["SUBJ-001"]


def test_output_to_a_device_writes_through_and_never_replaces_it(
    cli: CliFn, make_dossier: MakeFn, batch_dir: Path
) -> None:
    make_dossier("a", unknown_body())
    before = os.stat(os.devnull)
    result = cli("check", batch_dir, "--format", "json", "--output", os.devnull)
    assert result.exit_code == 1
    after = os.stat(os.devnull)
    assert stat.S_ISCHR(after.st_mode) and (after.st_ino, after.st_rdev) == (before.st_ino, before.st_rdev)


def test_report_file_gets_the_usual_permissions(cli: CliFn, make_dossier: MakeFn, batch_dir: Path, tmp_path: Path) -> None:
    make_dossier("a")
    target = tmp_path / "report.txt"
    cli("check", batch_dir, "--output", target)
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask


def test_output_to_a_missing_folder_is_a_usage_error(
    cli: CliFn, make_dossier: MakeFn, batch_dir: Path, tmp_path: Path
) -> None:
    make_dossier("a")
    _usage_error(cli("check", batch_dir, "-o", tmp_path / "no" / "such" / "report.txt"), "report.txt")


def test_output_onto_a_directory_is_a_usage_error(
    cli: CliFn, make_dossier: MakeFn, batch_dir: Path, tmp_path: Path
) -> None:
    make_dossier("a")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    _usage_error(cli("check", batch_dir, "-o", out_dir), str(out_dir))
    assert list(out_dir.iterdir()) == []


# ------------------------------------------------------------------ JSON contract

FINDING_KEYS = {"rule_id", "severity", "system", "dossier", "message", "location", "legal_basis", "remediation",
                "title", "confidence", "alert"}


def _sorted_as_documented(report: dict[str, Any]) -> bool:
    order = {d["id"]: i for i, d in enumerate(report["dossiers"])}

    def key(f: dict[str, Any]) -> tuple[Any, ...]:
        loc = f["location"]
        return (order[f["dossier"]], loc.get("file", ""), loc.get("line", 0), f["rule_id"], loc.get("step", ""),
                loc.get("document", ""), f["message"])

    return [key(f) for f in report["findings"]] == sorted(key(f) for f in report["findings"])


def _mixed_batch(make_dossier: MakeFn, count: int = 4) -> None:
    """Compliant, defective and broken dossiers of every case type."""
    bases = [testing.base_punishment, testing.base_coercive_measure, testing.base_enforced_execution,
             testing.base_inspection]
    for i in range(count):
        d = bases[i % 4]()
        d["id"] = f"D{i:02d}"
        if i % 3 == 1:
            d["case"]["acting_body"]["id"] = "B-NOWHERE"
        if i % 5 == 2:
            d["documents"][0]["path"] = "missing.pdf"
        if i % 4 == 3:
            testing.step(d, "S01")["date"] = "2025-05-01"
        make_dossier(f"d{i:02d}", b"<dossier schema-version='1.0'" if i % 7 == 6 else d)


def test_json_contract(check_json: JsonFn, make_dossier: MakeFn, batch_dir: Path) -> None:
    _mixed_batch(make_dossier, 8)
    code, report = check_json(batch_dir)
    assert code == 1
    assert {"tool", "profile", "as_of", "dossiers", "findings", "summary"} <= set(report)
    assert report["tool"] == {"name": "enforcement-audit", "version": enforcement_audit.__version__}
    assert report["profile"] == "national"
    assert report["as_of"] == "2025-12-31"
    assert len(report["dossiers"]) == 8
    for d in report["dossiers"]:
        loaded = {"case_number", "department", "department_name"} if d["case_type"] is not None else set()
        assert set(d) == {"id", "path", "case_type", "status", "counts", *loaded}
        assert set(d["counts"]) == {"error", "warning", "info"}
        assert d["path"].startswith(str(batch_dir))
    ids = {d["id"] for d in report["dossiers"]}
    assert {f["rule_id"] for f in report["findings"]} >= {"SUBJ-001", "LOAD-PATH-002", "LOAD-XML-001"}
    for f in report["findings"]:
        assert set(f) == FINDING_KEYS
        assert f["dossier"] in ids
        assert f["severity"] in {"error", "warning", "info"}
        assert f["system"] in {s.value for s in System}
        assert f["confidence"] in {"confirmed", "unconfirmed"}
        assert set(f["location"]) <= {"step", "document", "file", "line", "page"}
        assert f["title"] and f["remediation"] and f["message"]
        for basis in f["legal_basis"]:
            assert {"law", "text"} <= set(basis)
            assert set(basis) <= {"law", "article", "paragraph", "item", "note", "text"}
        if not f["rule_id"].startswith(("LOAD-", "ENGINE-")):
            assert f["legal_basis"], f["rule_id"]
    subj = next(f for f in report["findings"] if f["rule_id"] == "SUBJ-001")
    assert subj["dossier"] == "D01"
    assert subj["location"] == {"file": "dossier.xml"}
    # a finding cites the law of its dossier's case type (D01 is a coercive-measure case)
    assert next(d["case_type"] for d in report["dossiers"] if d["id"] == "D01") == "coercive_measure"
    assert {"law": "中华人民共和国行政强制法", "article": 17, "text": "《中华人民共和国行政强制法》第十七条"} in subj["legal_basis"]
    assert all(b["law"] != "中华人民共和国行政处罚法" for b in subj["legal_basis"])
    assert _sorted_as_documented(report)
    summary = report["summary"]
    assert summary["dossiers"] == 8
    assert summary["findings"] == len(report["findings"])
    assert sum(summary["by_severity"].values()) == len(report["findings"])
    assert sum(summary["by_rule"].values()) == len(report["findings"])
    for d in report["dossiers"]:
        own = [f for f in report["findings"] if f["dossier"] == d["id"]]
        assert sum(d["counts"].values()) == len(own)


def test_json_without_findings(check_json: JsonFn, make_dossier: MakeFn, batch_dir: Path) -> None:
    make_dossier("a")
    code, report = check_json(batch_dir, "--select", "SUBJ-001")
    assert code == 0
    assert report["findings"] == []
    assert report["summary"]["findings"] == 0


def test_output_is_byte_identical_across_runs(cli: CliFn, make_dossier: MakeFn, batch_dir: Path) -> None:
    _mixed_batch(make_dossier, 6)
    for fmt in ("json", "text"):
        first = cli("check", batch_dir, "--format", fmt).stdout
        assert cli("check", batch_dir, "--format", fmt).stdout == first


def test_jobs_2_is_byte_identical_to_jobs_1(cli: CliFn, make_dossier: MakeFn, batch_dir: Path) -> None:
    _mixed_batch(make_dossier, 12)
    for fmt in ("json", "text"):
        one = cli("check", batch_dir, "--format", fmt, "--jobs", "1")
        two = cli("check", batch_dir, "--format", fmt, "--jobs", "2")
        assert one.exit_code == two.exit_code == 1
        assert two.stdout == one.stdout
        if fmt == "json":
            assert len(json.loads(one.stdout)["dossiers"]) == 12


# ------------------------------------------------------------------ select / ignore end to end

@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ((), ["SUBJ-001"]),
        (("--select", "SUBJ-001"), ["SUBJ-001"]),
        (("--select", "subj"), ["SUBJ-001"]),
        (("--select", "S*-001"), ["SUBJ-001"]),
        (("--select", "SUBJ", "--ignore", "SUBJ-001"), []),
        (("--select", "SUBJ-001", "--ignore", "SU*"), []),
    ],
)
def test_select_and_ignore(
    check_json: JsonFn, make_dossier: MakeFn, batch_dir: Path, args: tuple[str, ...], expected: list[str]
) -> None:
    make_dossier("a", unknown_body())
    _, report = check_json(batch_dir, *args)
    assert [f["rule_id"] for f in report["findings"] if f["rule_id"].startswith("SUBJ")] == expected


def test_select_never_hides_load_findings(check_json: JsonFn, make_dossier: MakeFn, batch_dir: Path) -> None:
    d = testing.base_punishment()
    d["documents"][0]["path"] = "missing.pdf"
    make_dossier("a", d)
    make_dossier("b", b"<dossier")
    for select in ("SUBJ-001", "SUBJ-001,LOAD"):
        code, report = check_json(batch_dir, "--select", select)
        assert (code, [f["rule_id"] for f in report["findings"]]) == (1, ["LOAD-PATH-002", "LOAD-XML-001"])


def test_ignore_a_load_rule(check_json: JsonFn, make_dossier: MakeFn, batch_dir: Path) -> None:
    """Load findings have ids so that they can be ignored like rules (the CLI accepts them)."""
    d = testing.base_punishment()
    d["documents"][0]["path"] = "missing.pdf"
    make_dossier("a", d)
    code, report = check_json(batch_dir, "--select", "SUBJ-001", "--ignore", "LOAD-PATH-002")
    assert (code, report["findings"]) == (0, [])


# ------------------------------------------------------------------ masking personal data

def test_mask_text() -> None:
    assert mask_text(f"身份证号 {ID_NUMBER}，") == "身份证号 110101********4578，"
    assert mask_text("11010119900307457X") == "110101********457X"
    assert mask_text(f"电话{PHONE}。") == "电话138****5678。"
    assert mask_text(f"当事人{NAME}称", frozenset({NAME})) == "当事人张**称"
    assert mask_text("欧阳娜娜与欧阳", frozenset({"欧阳娜娜"})) == "欧***与欧阳"
    # not personal data: certificate numbers, credit codes, amounts, dates, longer digit runs
    for text in ("证件号 33019920190001", "92330199MA0000001X", "罚款 13800000 元", "2025-04-21",
                 "1101011990030745781", "12345678901"):
        assert mask_text(text, frozenset({NAME})) == text


class LeakyRule(Rule):
    """Test rule: quotes the party's personal data in its message.

    Requirement: none (test only).

    Non-compliant: any dossier.

    Compliant: none.
    """

    meta = RuleMeta(
        id="TEST-001", title="测试规则", system=System.PROCEDURE, case_types=ALL_CASE_TYPES,
        severity=Severity.ERROR, legal_basis=(LegalBasis("测试法", 1),), remediation="无。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        p = ctx.dossier.case.party
        yield Hit(f"当事人{p.name}（身份证号{p.id_number}，电话{p.phone}）", step="S01")


class CrashingRule(Rule):
    """Test rule: fails with personal data in the exception text.

    Requirement: none (test only).

    Non-compliant: any dossier.

    Compliant: none.
    """

    meta = RuleMeta(
        id="TEST-002", title="崩溃的测试规则", system=System.PROCEDURE, case_types=ALL_CASE_TYPES,
        severity=Severity.ERROR, legal_basis=(LegalBasis("测试法", 2),), remediation="无。",
    )

    def check(self, ctx: Context) -> Iterator[Hit]:
        raise ValueError(f"无法解析电话 {ctx.dossier.case.party.phone}")


@pytest.fixture
def test_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli_module, "ALL_RULES", (*ALL_RULES, LeakyRule, CrashingRule))


def _individual(dossier_id: str = "IND") -> dict[str, Any]:
    d = testing.base_punishment()
    d["id"] = dossier_id
    d["case"]["party"] = {"kind": "individual", "name": NAME, "id_number": ID_NUMBER, "phone": PHONE}
    return d


@pytest.mark.usefixtures("test_rules")
@pytest.mark.parametrize("fmt", ["json", "text"])
def test_mask_personal_data_end_to_end(cli: CliFn, make_dossier: MakeFn, batch_dir: Path, fmt: str) -> None:
    make_dossier("a", _individual())
    org = testing.base_punishment()
    org["case"]["party"]["phone"] = "13900001111"
    make_dossier("b", org)
    args = ("check", batch_dir, "--select", "TEST", "--format", fmt)
    plain = cli(*args).stdout
    for raw in (NAME, ID_NUMBER, PHONE, "城西县某某食品商行", "13900001111"):
        assert raw in plain
    masked = cli(*args, "--mask-personal-data")
    assert masked.exit_code == 1
    for raw in (NAME, ID_NUMBER, PHONE, "13900001111"):
        assert raw not in masked.stdout, raw
    for shown in ("当事人张**（身份证号110101********4578，电话138****5678）", "无法解析电话 138****5678",
                  "当事人城西县某某食品商行", "139****1111"):
        assert shown in masked.stdout, shown


@pytest.mark.usefixtures("test_rules")
def test_crashing_rule_is_a_finding_and_the_run_goes_on(
    check_json: JsonFn, make_dossier: MakeFn, batch_dir: Path
) -> None:
    make_dossier("a", unknown_body("A"))
    make_dossier("b", unknown_body("B"))
    code, report = check_json(batch_dir, "--select", "TEST,SUBJ-001")
    assert code == 1
    got = [(f["dossier"], f["rule_id"], f["location"].get("step")) for f in report["findings"]]
    assert got == [
        ("A", "ENGINE-001", None), ("A", "SUBJ-001", None), ("A", "TEST-001", "S01"),
        ("B", "ENGINE-001", None), ("B", "SUBJ-001", None), ("B", "TEST-001", "S01"),
    ]
    crash = report["findings"][0]
    assert "TEST-002" in crash["message"] and "ValueError" in crash["message"]
    assert crash["legal_basis"] == []


# ------------------------------------------------------------------ other commands

def test_rules_command(cli: CliFn) -> None:
    result = cli("rules", "--format", "json")
    assert result.exit_code == 0
    listed = json.loads(result.stdout)
    assert [r["id"] for r in listed] == [r.meta.id for r in ALL_RULES]
    assert cli("rules").exit_code == 0


@pytest.mark.parametrize("rule_id", ["SUBJ-001", "subj-001", "LOAD-XML-002", "ENGINE-001", "GEN-TIME-005"])
def test_explain(cli: CliFn, rule_id: str) -> None:
    result = cli("explain", rule_id)
    assert result.exit_code == 0
    assert result.output.startswith(rule_id.upper())


def test_explain_and_rules_show_which_case_type_a_citation_serves(cli: CliFn) -> None:
    text = cli("explain", "CERT-002").output
    assert "《中华人民共和国行政处罚法》第四十二条第一款（仅适用于：行政处罚）" in text
    assert "《中华人民共和国行政强制法》第十七条第三款（仅适用于：行政强制措施）" in text
    assert "《中华人民共和国行政强制法》第十七条第三款（参照适用）（仅适用于：行政强制执行）" in text
    assert "《中华人民共和国行政处罚法》第四十二条第一款（参照适用）（仅适用于：行政检查）" in text
    # a seizure during a punishment investigation is a coercive measure: 行政强制法 Art 18 at that step
    assert "《中华人民共和国行政强制法》第十八条第（二）项（仅适用于：行政强制执行、行政检查、行政处罚；查封、扣押环节）" in text
    listed = {r["id"]: r for r in json.loads(cli("rules", "--format", "json").output)}
    assert [(b.get("case_types"), b.get("step_kinds")) for b in listed["CERT-002"]["legal_basis"]] == [
        (["punishment"], None), (["coercive_measure"], None), (["coercive_measure"], None), (["enforced_execution"], None),
        (["inspection"], None), (["enforced_execution", "inspection", "punishment"], ["seal_up", "seizure"])]
    assert all("case_types" not in b for b in listed["PUN-SERVE-001"]["legal_basis"])


def test_explain_unknown_rule(cli: CliFn) -> None:
    _usage_error(cli("explain", "NOPE-001"), "NOPE-001")


def test_profiles_command(cli: CliFn) -> None:
    result = cli("profiles")
    assert result.exit_code == 0
    assert "national" in result.output


def test_compliant_base_dossiers_pass_every_rule_end_to_end(
    check_json: JsonFn, make_dossier: MakeFn, batch_dir: Path
) -> None:
    """Writer -> loader -> all shipped rules -> JSON: the four compliant base dossiers give no finding."""
    for base in (testing.base_punishment, testing.base_coercive_measure, testing.base_enforced_execution,
                 testing.base_inspection):
        d = base()
        make_dossier(d["id"], d)
    code, report = check_json(batch_dir, "--fail-on", "info")
    assert [(f["dossier"], f["rule_id"], f["message"]) for f in report["findings"]] == []
    assert code == 0
    assert report["summary"]["dossiers_loaded"] == 4


def test_a_manifest_path_checks_its_dossier(check_json: JsonFn, make_dossier: MakeFn) -> None:
    folder = make_dossier("a", unknown_body("A"))
    code, report = check_json(folder / "dossier.xml", "--select", "SUBJ-001")
    assert [(d["id"], d["path"], d["case_type"]) for d in report["dossiers"]] == [("A", str(folder), "punishment")]
    assert (code, [f["rule_id"] for f in report["findings"]]) == (1, ["SUBJ-001"])


def test_a_folder_given_twice_is_checked_once(check_json: JsonFn, make_dossier: MakeFn, batch_dir: Path) -> None:
    folder = make_dossier("a")
    _, report = check_json(batch_dir, folder, folder / "dossier.xml", "--select", "SUBJ-001")
    assert len(report["dossiers"]) == 1


def test_an_empty_folder_is_reported(check_json: JsonFn, batch_dir: Path) -> None:
    code, report = check_json(batch_dir)
    assert (code, [(f["dossier"], f["rule_id"]) for f in report["findings"]]) == (1, [("batch", "LOAD-FILE-001")])


@pytest.mark.parametrize("target", ["registry/bodies.xml", "registry/report.txt", "holidays.toml", "my-profile.toml"])
def test_output_never_overwrites_other_inputs(
    cli: CliFn, make_dossier: MakeFn, batch_dir: Path, tmp_path: Path, target: str
) -> None:
    make_dossier("a")
    (tmp_path / "holidays.toml").write_text("[years.2027]\nholidays = [2027-01-01]\n", encoding="utf-8")
    profile = user_profile(tmp_path, "")
    assert profile.name == "my-profile.toml"
    before = _snapshot(tmp_path)
    result = cli("check", batch_dir, "--holidays", tmp_path / "holidays.toml", "--profile", profile,
                 "-o", tmp_path / target)
    _usage_error(result, "本工具从不修改输入")
    assert _snapshot(tmp_path) == before


def test_json_key_order_and_encoding(cli: CliFn, make_dossier: MakeFn, batch_dir: Path) -> None:
    """docs/json-output.md: fixed key order, Chinese as is, ends with a newline."""
    _mixed_batch(make_dossier, 8)
    out = cli("check", batch_dir, "--format", "json", "--mode", "cross").stdout
    assert out.endswith("}\n")
    assert "\\u" not in out and "执法" in out
    report = json.loads(out)
    assert list(report) == ["tool", "mode", "profile", "as_of", "findings", "dossiers", "summary"]
    assert report["mode"] == "cross"
    for f in report["findings"]:
        assert list(f) == ["rule_id", "severity", "system", "title", "dossier", "message", "location",
                           "legal_basis", "remediation", "confidence", "alert"]
        keys = list(f["location"])
        assert keys == [k for k in ("step", "document", "file", "line") if k in keys]
        for basis in f["legal_basis"]:
            keys = list(basis)
            assert keys == [k for k in ("law", "article", "paragraph", "item", "note", "text") if k in keys]
    for d in report["dossiers"]:
        case = ["case_number", "department", "department_name"] if d["case_type"] is not None else []
        assert list(d) == ["id", "path", "case_type", "status", "counts", *case, "manual_checks"]  # cross mode: checklist
        assert list(d["counts"]) == ["error", "warning", "info"]
        for c in d["manual_checks"]:
            assert [k for k in c if k not in ("note",)] == ["id", "question", "gloss", "legal_basis", "evidence",
                                                            "confidence"]
    summary = report["summary"]
    assert list(summary) == ["dossiers", "dossiers_loaded", "findings", "by_severity", "by_system", "by_case_type",
                             "by_rule"]
    assert list(summary["by_severity"]) == ["error", "warning", "info"]
    systems = [s.value for s in System]
    assert list(summary["by_system"]) == [s for s in systems if s in summary["by_system"]]
    assert list(summary["by_case_type"]) == sorted(summary["by_case_type"])
    assert list(summary["by_rule"]) == sorted(summary["by_rule"])
    assert 0 not in summary["by_system"].values() and 0 not in summary["by_rule"].values()


def test_usage_error_writes_no_report(cli: CliFn, make_dossier: MakeFn, batch_dir: Path, tmp_path: Path) -> None:
    make_dossier("a")
    target = tmp_path / "report.json"
    result = cli("check", batch_dir, "--select", "NOPE-1", "--format", "json", "-o", target, "--exit-zero")
    assert result.exit_code == 2  # --exit-zero does not hide a usage error
    assert result.stdout == ""
    assert not target.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["batch", "registry"]


# ------------------------------------------------------------------ human checklist (人工核查事项)


def test_manual_checks_in_cross_mode_for_every_loaded_dossier(
    check_json: Callable[..., tuple[int, dict[str, Any]]], make_dossier: MakeFn, batch_dir: Path
) -> None:
    from enforcement_audit import testing

    make_dossier("a")
    make_dossier("b", testing.base_inspection())
    make_dossier("c", b"<dossier")  # does not load: an empty checklist, not a crash
    _, report = check_json(batch_dir, "--mode", "cross")
    by_id = {d["id"]: d for d in report["dossiers"]}
    assert by_id["c"]["manual_checks"] == []
    punishment = [c["id"] for c in by_id["T-PUN"]["manual_checks"]]
    inspection = [c["id"] for c in by_id["T-INS"]["manual_checks"]]
    assert punishment[:3] == ["MAN-001", "MAN-002", "MAN-003"] and "MAN-014" not in punishment
    assert "MAN-014" in inspection and "MAN-004" not in inspection
    first = by_id["T-PUN"]["manual_checks"][0]
    assert list(first)[:5] == ["id", "question", "gloss", "legal_basis", "evidence"]
    assert first["question"].endswith("？") and first["evidence"]
    assert "verdict" not in first and "passed" not in first  # never a pass/fail


def test_manual_checks_off_in_self_mode_unless_asked(
    check_json: Callable[..., tuple[int, dict[str, Any]]], make_dossier: MakeFn, batch_dir: Path
) -> None:
    make_dossier("a")
    _, report = check_json(batch_dir)
    assert "manual_checks" not in report["dossiers"][0]
    _, report = check_json(batch_dir, "--manual-checks")
    assert report["dossiers"][0]["manual_checks"]
    _, report = check_json(batch_dir, "--mode", "cross", "--no-manual-checks")
    assert "manual_checks" not in report["dossiers"][0]


def test_manual_checks_text_and_masking(cli: CliFn, make_dossier: MakeFn, batch_dir: Path) -> None:
    from enforcement_audit import testing

    d = testing.base_punishment()
    testing.step(d, "S04")["note"] = "当事人张小明（身份证330199199001011234，电话13912345678）拒绝签名"
    d["case"]["party"] = {"kind": "individual", "name": "张小明", "id_number": "330199199001011234"}
    make_dossier("a", d)
    plain = cli("check", batch_dir, "--manual-checks").stdout
    assert "人工核查事项" in plain and "☐ MAN-001" in plain and "张小明" in plain
    masked = cli("check", batch_dir, "--manual-checks", "--mask-personal-data").stdout
    assert "张小明" not in masked and "330199199001011234" not in masked and "13912345678" not in masked
    masked_json = cli("check", batch_dir, "--manual-checks", "--mask-personal-data", "--format", "json").stdout
    assert "张小明" not in masked_json and "330199199001011234" not in masked_json


def test_console_entry_never_shows_a_traceback(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from enforcement_audit import cli as cli_module

    def boom(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("simulated defect")

    monkeypatch.setattr(cli_module, "main", boom)
    with pytest.raises(SystemExit) as exit_info:
        cli_module.entry()
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "内部错误" in err and "simulated defect" in err and "Traceback" not in err


def test_rules_json_and_explain_say_which_rules_read_documents(cli: CliFn) -> None:
    rules = {r["id"]: r for r in json.loads(cli("rules", "--format", "json").stdout)}
    assert rules["PUN-DEC-003"]["reads_documents"] is True and rules["PUN-DEC-001"]["reads_documents"] is False
    assert "读取文书：是" in cli("explain", "PUN-DEC-003").stdout
    assert "读取文书" not in cli("explain", "PUN-DEC-001").stdout
