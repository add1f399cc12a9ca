"""Findings history (SQLite) and the rectification ledger (整改台账): storage, comparisons, ledger acts,
Excel export, migrations, atomic runs and the history/ledger commands. Invented data only."""

from __future__ import annotations

import datetime as dt
import io
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from enforcement_audit import history
from enforcement_audit.cli_history import register
from enforcement_audit.engine import Alert, Finding, Location, Severity, System
from enforcement_audit.history import (
    Comparison,
    Event,
    FindingRecord,
    HistoryDB,
    HistoryError,
    LedgerItem,
    RunMeta,
    export_ledger_xlsx,
)
from enforcement_audit.runner import DossierResult

SJ, SJ_NAME = "D-SJ", "某市市场监督管理局"
ZJ, ZJ_NAME = "D-ZJ", "某市住房和城乡建设局"


def finding(rule_id: str, dossier: str, step: str, message: str, system: System,
            severity: Severity = Severity.ERROR, alert: Alert | None = None) -> Finding:
    return Finding(rule_id=rule_id, severity=severity, system=system, dossier=dossier, message=message,
                   location=Location(step=step, file="dossier.xml", line=20), title="测试规则", legal_basis=(),
                   remediation="整改。", alert=alert)


F_PUB = finding("PUB-007", "A1", "S12", "处罚决定逾期公示", System.DISCLOSURE, Severity.WARNING)
F_CERT = finding("CERT-005", "A1", "S04", "询问时未出示执法证件", System.CERTIFICATE)
F_REC = finding("REC-005", "A1", "S03", "查封现场无音像记录", System.RECORDING, Severity.WARNING, Alert.RED)
F_SERVE = finding("PUN-SERVE-001", "B1", "S11", "决定书逾期送达", System.PROCEDURE)
F_WAIVED = finding("LEG-001", "B2", "S09", "未经法制审核", System.LEGAL_REVIEW)


def result(dossier: str, department: str, name: str, findings: list[Finding], waived: dict[str, str] | None = None,
           ) -> DossierResult:
    return DossierResult(id=dossier, path=f"cases/{dossier}", case_type="punishment", status="closed",
                         findings=findings, case_number=f"某市监罚〔2025〕{dossier}号", department=department,
                         department_name=name, waived=waived or {})


def meta(started: str, as_of: str) -> RunMeta:
    return RunMeta(started=started, as_of=dt.date.fromisoformat(as_of), profile="national", mode="self",
                   tool_version="0.1.0", paths=["cases"])


RUN1 = meta("2025-04-01T09:00:00+08:00", "2025-03-31")
RUN2 = meta("2025-07-01T09:00:00+08:00", "2025-06-30")
RUN3 = meta("2025-10-08T09:00:00+08:00", "2025-09-30")


def record(fp: Finding) -> FindingRecord:
    """The stored form of a finding of the invented data."""
    dep, name = (SJ, SJ_NAME) if fp.dossier == "A1" else (ZJ, ZJ_NAME)
    return FindingRecord(fp.fingerprint(), fp.rule_id, fp.dossier, dep, name, fp.system.value, fp.severity.value,
                         fp.location.step, None, fp.message, fp.alert.value if fp.alert else None,
                         fp is F_WAIVED)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "history.db"


def run1(db: HistoryDB) -> int:
    return db.record_run(RUN1, [result("A1", SJ, SJ_NAME, [F_CERT, F_PUB]), result("B1", ZJ, ZJ_NAME, [F_SERVE])])


def run2(db: HistoryDB) -> int:
    # B1 is not checked this time; B2 is new, with a waived finding
    return db.record_run(RUN2, iter([result("A1", SJ, SJ_NAME, [F_REC, F_PUB]),
                                     result("B2", ZJ, ZJ_NAME, [F_WAIVED], {F_WAIVED.fingerprint(): "豁免：试点"})]))


def run3(db: HistoryDB) -> int:
    return db.record_run(RUN3, [result("A1", SJ, SJ_NAME, [F_CERT, F_PUB])])


@pytest.fixture
def three_runs(db_path: Path) -> Iterator[HistoryDB]:
    """Run 1; F_CERT assigned and rectified; run 2; F_PUB rectified; run 3 (both reappear)."""
    with HistoryDB.open(db_path) as db:
        run1(db)
        db.assign(F_CERT.fingerprint(), "王五", dt.date(2025, 5, 15), "李法制", at="2025-04-02T10:00:00+08:00")
        db.rectify(F_CERT.fingerprint(), "王五", "已重新调查取证", at="2025-04-20T16:00:00+08:00")
        run2(db)
        db.rectify(F_PUB.fingerprint(), "赵六", "已补充公示", at="2025-07-10T11:00:00+08:00")
        run3(db)
        yield db


# ------------------------------------------------------------------ comparisons


def test_compare_run_with_previous_new_persisting_resolved_not_rechecked(three_runs: HistoryDB) -> None:
    c = three_runs.compare(2)
    assert (c.run.id, c.previous.id if c.previous else None) == (2, 1)
    assert c.new == [record(F_REC), record(F_WAIVED)]
    assert c.persisting == [record(F_PUB)]
    assert c.resolved == [record(F_CERT)]  # A1 was checked again and CERT-005 was gone
    assert c.not_rechecked == [record(F_SERVE)]  # B1 was not checked in run 2: not resolved
    assert c.counts() == {"new": 2, "persisting": 1, "resolved": 1, "not_rechecked": 1}
    assert c.by_department() == [
        (SJ, SJ_NAME, {"new": 1, "persisting": 1, "resolved": 1, "not_rechecked": 0}),
        (ZJ, ZJ_NAME, {"new": 1, "persisting": 0, "resolved": 0, "not_rechecked": 1}),
    ]
    assert c.by_system() == [
        ("disclosure", {"new": 0, "persisting": 1, "resolved": 0, "not_rechecked": 0}),
        ("recording", {"new": 1, "persisting": 0, "resolved": 0, "not_rechecked": 0}),
        ("legal_review", {"new": 1, "persisting": 0, "resolved": 0, "not_rechecked": 0}),
        ("certificate", {"new": 0, "persisting": 0, "resolved": 1, "not_rechecked": 0}),
        ("procedure", {"new": 0, "persisting": 0, "resolved": 0, "not_rechecked": 1}),
    ]


def test_compare_defaults_to_latest_run_and_the_run_before(three_runs: HistoryDB) -> None:
    c = three_runs.compare()
    assert (c.run.id, c.previous.id if c.previous else None) == (3, 2)
    assert (c.new, c.persisting, c.resolved, c.not_rechecked) == (
        [record(F_CERT)], [record(F_PUB)], [record(F_REC)], [record(F_WAIVED)])


def test_compare_against_a_chosen_run_and_first_run(three_runs: HistoryDB) -> None:
    c = three_runs.compare(3, 1)
    assert (c.new, c.persisting, c.resolved, c.not_rechecked) == (
        [], [record(F_CERT), record(F_PUB)], [], [record(F_SERVE)])
    first = three_runs.compare(1)
    assert first.previous is None
    assert (first.new, first.persisting, first.resolved, first.not_rechecked) == (
        [record(F_CERT), record(F_PUB), record(F_SERVE)], [], [], [])


def test_compare_period(three_runs: HistoryDB) -> None:
    c = three_runs.compare_period(dt.date(2025, 7, 1))  # the third quarter: against the last run of Q2
    assert (c.run.id, c.previous.id if c.previous else None) == (3, 2)
    c = three_runs.compare_period(dt.date(2025, 4, 1))
    assert (c.run.id, c.previous.id if c.previous else None) == (3, 1)
    with pytest.raises(HistoryError, match="没有基准日早于 2025-01-01 的检查记录"):
        three_runs.compare_period(dt.date(2025, 1, 1))


def test_compare_unknown_run_and_empty_history(db_path: Path, three_runs: HistoryDB) -> None:
    with pytest.raises(HistoryError, match="没有第 9 次检查记录"):
        three_runs.compare(9)
    with HistoryDB.open(db_path.with_name("empty.db")) as empty, pytest.raises(HistoryError, match="还没有检查记录"):
        empty.compare()


def test_runs_listing(three_runs: HistoryDB) -> None:
    assert [r.to_json() for r in three_runs.runs()] == [
        {"id": 1, "started": "2025-04-01T09:00:00+08:00", "as_of": "2025-03-31", "profile": "national", "mode": "self",
         "tool_version": "0.1.0", "paths": ["cases"], "dossiers": 2, "findings": 3},
        {"id": 2, "started": "2025-07-01T09:00:00+08:00", "as_of": "2025-06-30", "profile": "national", "mode": "self",
         "tool_version": "0.1.0", "paths": ["cases"], "dossiers": 2, "findings": 3},
        {"id": 3, "started": "2025-10-08T09:00:00+08:00", "as_of": "2025-09-30", "profile": "national", "mode": "self",
         "tool_version": "0.1.0", "paths": ["cases"], "dossiers": 1, "findings": 2},
    ]


def test_stored_rows(three_runs: HistoryDB) -> None:
    rows = three_runs.conn.execute(
        "SELECT run_id, dossier, path, department, department_name, case_type, status, case_number FROM dossiers"
        " WHERE run_id = 2 ORDER BY id").fetchall()
    assert rows == [(2, "A1", "cases/A1", SJ, SJ_NAME, "punishment", "closed", "某市监罚〔2025〕A1号"),
                    (2, "B2", "cases/B2", ZJ, ZJ_NAME, "punishment", "closed", "某市监罚〔2025〕B2号")]
    rows = three_runs.conn.execute(
        "SELECT fingerprint, rule_id, dossier, department, system, severity, step, document, message, alert, waived"
        " FROM findings WHERE run_id = 2 ORDER BY id").fetchall()
    assert rows == [
        (F_REC.fingerprint(), "REC-005", "A1", SJ, "recording", "warning", "S03", None, "查封现场无音像记录", "red", 0),
        (F_PUB.fingerprint(), "PUB-007", "A1", SJ, "disclosure", "warning", "S12", None, "处罚决定逾期公示", None, 0),
        (F_WAIVED.fingerprint(), "LEG-001", "B2", ZJ, "legal_review", "error", "S09", None, "未经法制审核", None, 1),
    ]


# ------------------------------------------------------------------ ledger


def ev(id_: int, f: Finding, at: str, by: str, action: str, note: str | None, run_id: int | None) -> Event:
    return Event(id_, f.fingerprint(), at, by, action, note, run_id)


TOOL = "enforcement-audit"
E_OPEN_CERT = ev(1, F_CERT, RUN1.started, TOOL, "opened", "第 1 次检查发现", 1)
E_OPEN_PUB = ev(2, F_PUB, RUN1.started, TOOL, "opened", "第 1 次检查发现", 1)
E_OPEN_SERVE = ev(3, F_SERVE, RUN1.started, TOOL, "opened", "第 1 次检查发现", 1)
E_ASSIGN = ev(4, F_CERT, "2025-04-02T10:00:00+08:00", "李法制", "assigned", "责任人：王五；整改期限：2025-05-15", None)
E_RECT_CERT = ev(5, F_CERT, "2025-04-20T16:00:00+08:00", "王五", "rectified", "已重新调查取证", None)
E_OPEN_REC = ev(6, F_REC, RUN2.started, TOOL, "opened", "第 2 次检查发现", 2)
E_RECT_PUB = ev(7, F_PUB, "2025-07-10T11:00:00+08:00", "赵六", "rectified", "已补充公示", None)
E_REOPEN_CERT = ev(8, F_CERT, RUN3.started, TOOL, "reopened", "第 3 次检查再次发现；整改期限改为 2025-10-30", 3)
E_REOPEN_PUB = ev(9, F_PUB, RUN3.started, TOOL, "reopened", "第 3 次检查再次发现；整改期限改为 2025-10-30", 3)

ITEM_CERT = LedgerItem(F_CERT.fingerprint(), SJ, SJ_NAME, "A1", "某市监罚〔2025〕A1号", "CERT-005", "询问时未出示执法证件",
                       "王五", dt.date(2025, 10, 30), "open", 1, 3, (E_OPEN_CERT, E_ASSIGN, E_RECT_CERT, E_REOPEN_CERT))
ITEM_PUB = LedgerItem(F_PUB.fingerprint(), SJ, SJ_NAME, "A1", "某市监罚〔2025〕A1号", "PUB-007", "处罚决定逾期公示",
                      None, dt.date(2025, 10, 30), "open", 1, 3, (E_OPEN_PUB, E_RECT_PUB, E_REOPEN_PUB))
ITEM_REC = LedgerItem(F_REC.fingerprint(), SJ, SJ_NAME, "A1", "某市监罚〔2025〕A1号", "REC-005", "查封现场无音像记录",
                      None, dt.date(2025, 7, 30), "open", 2, 2, (E_OPEN_REC,))
ITEM_SERVE = LedgerItem(F_SERVE.fingerprint(), ZJ, ZJ_NAME, "B1", "某市监罚〔2025〕B1号", "PUN-SERVE-001", "决定书逾期送达",
                        None, dt.date(2025, 4, 30), "open", 1, 1, (E_OPEN_SERVE,))


def test_ledger_items_and_events_after_three_runs(three_runs: HistoryDB) -> None:
    # the waived finding (LEG-001) never becomes an item; rectified items found again are reopened
    assert three_runs.ledger() == [ITEM_CERT, ITEM_PUB, ITEM_REC, ITEM_SERVE]
    assert three_runs.ledger(ZJ) == [ITEM_SERVE]
    assert three_runs.ledger(status="rectified") == []
    assert three_runs.events() == [E_OPEN_CERT, E_OPEN_PUB, E_OPEN_SERVE, E_ASSIGN, E_RECT_CERT, E_OPEN_REC,
                                   E_RECT_PUB, E_REOPEN_CERT, E_REOPEN_PUB]
    assert three_runs.events(F_CERT.fingerprint()[:8]) == [E_OPEN_CERT, E_ASSIGN, E_RECT_CERT, E_REOPEN_CERT]
    assert ITEM_CERT.last_event is not None
    assert ITEM_CERT.last_event.describe() == (
        "2025-10-08T09:00:00+08:00 enforcement-audit 重新打开：第 3 次检查再次发现；整改期限改为 2025-10-30")


def test_ledger_state_between_runs(db_path: Path) -> None:
    with HistoryDB.open(db_path) as db:
        run1(db)
        item = db.rectify(F_CERT.fingerprint(), "王五", "已重新调查取证", at="2025-04-20T16:00:00+08:00")
        assert (item.status, item.owner, item.due) == ("rectified", None, dt.date(2025, 4, 30))
        run2(db)  # CERT-005 not found again: stays rectified; REC-005 appears with the default due date (30 days)
        assert [(i.rule_id, i.status, i.due, i.last_run) for i in db.ledger()] == [
            ("CERT-005", "rectified", dt.date(2025, 4, 30), 1),
            ("PUB-007", "open", dt.date(2025, 4, 30), 2),
            ("REC-005", "open", dt.date(2025, 7, 30), 2),
            ("PUN-SERVE-001", "open", dt.date(2025, 4, 30), 1),
        ]
        with pytest.raises(HistoryError, match="已经整改"):
            db.rectify(F_CERT.fingerprint(), "王五", "再次登记")


def test_due_days_parameter(db_path: Path) -> None:
    with HistoryDB.open(db_path) as db:
        db.record_run(RUN1, [result("B1", ZJ, ZJ_NAME, [F_SERVE])], due_days=15)
        assert [i.due for i in db.ledger()] == [dt.date(2025, 4, 15)]


def test_ledger_unknown_fingerprint_and_empty_fields(three_runs: HistoryDB) -> None:
    with pytest.raises(HistoryError, match="台账中没有编号为 0000000000000000 的事项"):
        three_runs.assign("0000000000000000", "王五", dt.date(2025, 11, 1), "李法制")
    with pytest.raises(HistoryError, match="不能为空"):
        three_runs.rectify(F_REC.fingerprint(), "", "说明")
    with pytest.raises(HistoryError, match="不能为空"):
        three_runs.assign(F_REC.fingerprint(), " ", dt.date(2025, 11, 1), "李法制")


def test_export_ledger_xlsx(three_runs: HistoryDB) -> None:
    buf = io.BytesIO()
    export_ledger_xlsx(three_runs.ledger(), buf)
    wb = load_workbook(io.BytesIO(buf.getvalue()))
    assert wb.sheetnames == ["整改台账", "处理记录"]
    dep_sj, dep_zj = f"{SJ_NAME}（{SJ}）", f"{ZJ_NAME}（{ZJ}）"
    case_a, case_b = "某市监罚〔2025〕A1号", "某市监罚〔2025〕B1号"
    reopened = "2025-10-08T09:00:00+08:00 enforcement-audit 重新打开：第 3 次检查再次发现；整改期限改为 2025-10-30"
    assert [list(r) for r in wb["整改台账"].iter_rows(values_only=True)] == [
        ["部门", "案卷", "案号", "规则", "问题", "责任人", "整改期限", "状态", "最近处理"],
        [dep_sj, "A1", case_a, "CERT-005", "询问时未出示执法证件", "王五", dt.datetime(2025, 10, 30), "待整改", reopened],
        [dep_sj, "A1", case_a, "PUB-007", "处罚决定逾期公示", None, dt.datetime(2025, 10, 30), "待整改", reopened],
        [dep_sj, "A1", case_a, "REC-005", "查封现场无音像记录", None, dt.datetime(2025, 7, 30), "待整改",
         "2025-07-01T09:00:00+08:00 enforcement-audit 发现：第 2 次检查发现"],
        [dep_zj, "B1", case_b, "PUN-SERVE-001", "决定书逾期送达", None, dt.datetime(2025, 4, 30), "待整改",
         "2025-04-01T09:00:00+08:00 enforcement-audit 发现：第 1 次检查发现"],
    ]
    assert wb["整改台账"]["G2"].number_format == "yyyy-mm-dd"
    cert, pub, rec, serve = (f.fingerprint() for f in (F_CERT, F_PUB, F_REC, F_SERVE))
    assert [list(r) for r in wb["处理记录"].iter_rows(values_only=True)] == [
        ["时间", "部门", "案卷", "规则", "事项编号", "处理", "处理人", "说明"],
        ["2025-04-01T09:00:00+08:00", dep_sj, "A1", "CERT-005", cert, "发现", TOOL, "第 1 次检查发现"],
        ["2025-04-01T09:00:00+08:00", dep_sj, "A1", "PUB-007", pub, "发现", TOOL, "第 1 次检查发现"],
        ["2025-04-01T09:00:00+08:00", dep_zj, "B1", "PUN-SERVE-001", serve, "发现", TOOL, "第 1 次检查发现"],
        ["2025-04-02T10:00:00+08:00", dep_sj, "A1", "CERT-005", cert, "交办", "李法制", "责任人：王五；整改期限：2025-05-15"],
        ["2025-04-20T16:00:00+08:00", dep_sj, "A1", "CERT-005", cert, "整改", "王五", "已重新调查取证"],
        ["2025-07-01T09:00:00+08:00", dep_sj, "A1", "REC-005", rec, "发现", TOOL, "第 2 次检查发现"],
        ["2025-07-10T11:00:00+08:00", dep_sj, "A1", "PUB-007", pub, "整改", "赵六", "已补充公示"],
        ["2025-10-08T09:00:00+08:00", dep_sj, "A1", "CERT-005", cert, "重新打开", TOOL,
         "第 3 次检查再次发现；整改期限改为 2025-10-30"],
        ["2025-10-08T09:00:00+08:00", dep_sj, "A1", "PUB-007", pub, "重新打开", TOOL,
         "第 3 次检查再次发现；整改期限改为 2025-10-30"],
    ]


def test_export_ledger_xlsx_keeps_typed_text_as_text(three_runs: HistoryDB) -> None:
    """A note or a name typed as a formula stays text, and a control character (which a workbook cannot hold)
    becomes U+FFFD instead of failing the export."""
    three_runs.rectify(F_REC.fingerprint(), "=cmd|' /C calc'!A0", "=HYPERLINK(\"http://example.invalid\")\x07",
                       at="2025-10-09T09:00:00+08:00")
    buf = io.BytesIO()
    export_ledger_xlsx(three_runs.ledger(), buf)
    log = load_workbook(io.BytesIO(buf.getvalue()))["处理记录"]
    last = list(log.iter_rows())[-1]
    assert [(c.value, c.data_type) for c in last[6:]] == [
        ("=cmd|' /C calc'!A0", "s"), ("=HYPERLINK(\"http://example.invalid\")\ufffd", "s")]


# ------------------------------------------------------------------ atomic runs, streaming


def table_counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        return {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                for t in ("runs", "dossiers", "findings", "ledger", "events")}
    finally:
        conn.close()


def test_killed_run_leaves_nothing(db_path: Path) -> None:
    def killed() -> Iterator[DossierResult]:
        yield result("A1", SJ, SJ_NAME, [F_REC])
        raise KeyboardInterrupt  # the run is stopped midway

    with HistoryDB.open(db_path) as db:
        run1(db)
        before = table_counts(db_path)
        with pytest.raises(KeyboardInterrupt):
            db.record_run(RUN2, killed())
        assert table_counts(db_path) == before
        assert [r.id for r in db.runs()] == [1]
        assert run2(db) == 2  # the file is still usable; no run id was used up
        assert [r.id for r in db.runs()] == [1, 2]


def test_killed_first_run_leaves_empty_history(db_path: Path) -> None:
    def killed() -> Iterator[DossierResult]:
        yield result("B1", ZJ, ZJ_NAME, [F_SERVE])
        raise RuntimeError("磁盘已满")

    with HistoryDB.open(db_path) as db, pytest.raises(RuntimeError):
        db.record_run(RUN1, killed())
    assert table_counts(db_path) == {"runs": 0, "dossiers": 0, "findings": 0, "ledger": 0, "events": 0}


def test_recorder_streams_in_one_transaction(db_path: Path) -> None:
    with HistoryDB.open(db_path) as db:
        recorder = db.begin_run(RUN1)
        recorder.add(result("A1", SJ, SJ_NAME, [F_CERT, F_PUB]))
        assert table_counts(db_path)["runs"] == 0  # another reader sees nothing until commit
        recorder.add(result("B1", ZJ, ZJ_NAME, [F_SERVE]))
        assert recorder.commit() == 1
        assert table_counts(db_path) == {"runs": 1, "dossiers": 2, "findings": 3, "ledger": 3, "events": 3}
        with pytest.raises(HistoryError, match="已经结束"):
            recorder.add(result("B2", ZJ, ZJ_NAME, []))
        recorder2 = db.begin_run(RUN2)
        recorder2.add(result("A1", SJ, SJ_NAME, [F_REC]))
        recorder2.rollback()
        assert table_counts(db_path) == {"runs": 1, "dossiers": 2, "findings": 3, "ledger": 3, "events": 3}


def test_duplicate_fingerprint_in_one_run_is_one_item(db_path: Path) -> None:
    twin = finding("PUB-007", "A1", "S12", "处罚决定逾期公示（第二处）", System.DISCLOSURE, Severity.WARNING)
    assert twin.fingerprint() == F_PUB.fingerprint()
    with HistoryDB.open(db_path) as db:
        db.record_run(RUN1, [result("A1", SJ, SJ_NAME, [F_PUB, twin])])
        assert table_counts(db_path)["findings"] == 2
        assert [i.message for i in db.ledger()] == ["处罚决定逾期公示"]
        assert db.compare().new == [record(F_PUB)]


def test_bad_mode_refused(db_path: Path) -> None:
    with HistoryDB.open(db_path) as db, pytest.raises(HistoryError, match="self 或 cross"):
        db.begin_run(RunMeta("2025-04-01T09:00:00+08:00", dt.date(2025, 3, 31), "national", "audit", "0.1.0", []))


# ------------------------------------------------------------------ file format and migrations


def test_new_file_schema_version_wal_and_foreign_keys(db_path: Path) -> None:
    with HistoryDB.open(db_path) as db:
        assert db.version() == len(history.MIGRATIONS) == 1
        assert db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        with pytest.raises(sqlite3.IntegrityError):
            db.conn.execute("INSERT INTO dossiers (run_id, dossier, path) VALUES (99, 'X', 'x')")


def test_version_1_file_is_migrated(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with HistoryDB.open(db_path) as db:
        run1(db)
        assert db.version() == 1
    monkeypatch.setattr(history, "MIGRATIONS", [*history.MIGRATIONS, ("ALTER TABLE runs ADD COLUMN note TEXT",)])
    with HistoryDB.open(db_path) as db:
        assert db.version() == 2
        assert [r.id for r in db.runs()] == [1]
        assert db.conn.execute("SELECT note FROM runs").fetchall() == [(None,)]
    with HistoryDB.open(db_path) as db:  # opened again: nothing left to do
        assert db.version() == 2


def test_failed_migration_leaves_file_at_old_version(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with HistoryDB.open(db_path) as db:
        run1(db)
    broken = ("ALTER TABLE runs ADD COLUMN note TEXT", "ALTER TABLE no_such_table ADD COLUMN x TEXT")
    monkeypatch.setattr(history, "MIGRATIONS", [*history.MIGRATIONS, broken])
    with pytest.raises(HistoryError):
        HistoryDB.open(db_path)
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert "note" not in [row[1] for row in conn.execute("PRAGMA table_info(runs)")]
    conn.close()


def test_file_from_newer_tool_is_refused_untouched(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE future (x)")
    conn.execute("PRAGMA user_version = 7")
    conn.commit()
    conn.close()
    with pytest.raises(HistoryError) as exc:
        HistoryDB.open(db_path)
    assert str(exc.value) == (f"历史库 {db_path} 由较新版本的 enforcement-audit 写入（格式版本 7，本工具只支持到 1），"
                              "请升级本工具后再使用；本工具不会改动该文件")
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 7
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


def test_missing_foreign_and_non_sqlite_files(tmp_path: Path) -> None:
    with pytest.raises(HistoryError, match="历史库不存在"):
        HistoryDB.open(tmp_path / "none.db", create=False)
    assert not (tmp_path / "none.db").exists()
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a database at all, just some bytes" * 20)
    with pytest.raises(HistoryError, match="不是可用的历史库"):
        HistoryDB.open(junk)
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE mine (x)")
    conn.commit()
    conn.close()
    with pytest.raises(HistoryError, match="不是 enforcement-audit 历史库"):
        HistoryDB.open(other)
    with pytest.raises(HistoryError, match="无法打开历史库"):
        HistoryDB.open(tmp_path / "no-such-dir" / "h.db")


def test_comparison_json(three_runs: HistoryDB) -> None:
    data = three_runs.compare(2).to_json()
    assert list(data) == ["run", "previous", "counts", "by_department", "by_system", "new", "persisting", "resolved",
                          "not_rechecked"]
    assert data["by_department"] == [
        {"department": SJ, "department_name": SJ_NAME, "new": 1, "persisting": 1, "resolved": 1, "not_rechecked": 0},
        {"department": ZJ, "department_name": ZJ_NAME, "new": 1, "persisting": 0, "resolved": 0, "not_rechecked": 1},
    ]
    assert data["new"] == [record(F_REC).to_json(), record(F_WAIVED).to_json()]
    assert isinstance(three_runs.compare(2), Comparison)


# ------------------------------------------------------------------ commands


@pytest.fixture
def cli() -> click.Group:
    @click.group()
    def main() -> None:
        """test group"""

    register(main)
    return main


@pytest.fixture
def filled(db_path: Path, three_runs: HistoryDB) -> Path:
    return db_path


def invoke(cli: click.Group, *args: str) -> tuple[int, str, str]:
    res = CliRunner().invoke(cli, list(args))
    assert "Traceback" not in res.output
    assert res.exception is None or isinstance(res.exception, SystemExit), res.exception
    return res.exit_code, res.stdout, res.stderr


def test_cli_history_text(cli: click.Group, filled: Path) -> None:
    code, out, _ = invoke(cli, "history", "--db", str(filled), "--run", "2")
    assert code == 0
    fp = {f.rule_id: f.fingerprint() for f in (F_PUB, F_CERT, F_REC, F_SERVE, F_WAIVED)}
    assert out == (
        "检查记录对比：第 2 次检查（基准日 2025-06-30，自查，配置 national） 对比 第 1 次检查（基准日 2025-03-31）\n"
        "合计：新发现 2 项，仍存在 1 项，已消除 1 项，未复查 1 项\n"
        "（已消除：上次发现、本次复查同一案卷未再发现；未复查：上次发现问题的案卷本次未检查。）\n"
        "\n"
        "按部门：\n"
        f"  {SJ_NAME}（{SJ}）：新发现 1，仍存在 1，已消除 1，未复查 0\n"
        f"  {ZJ_NAME}（{ZJ}）：新发现 1，仍存在 0，已消除 0，未复查 1\n"
        "按制度：\n"
        "  公示：新发现 0，仍存在 1，已消除 0，未复查 0\n"
        "  全过程记录：新发现 1，仍存在 0，已消除 0，未复查 0\n"
        "  法制审核：新发现 1，仍存在 0，已消除 0，未复查 0\n"
        "  执法证件：新发现 0，仍存在 0，已消除 1，未复查 0\n"
        "  程序：新发现 0，仍存在 0，已消除 0，未复查 1\n"
        "\n"
        "新发现（2）：\n"
        f"  [警告] REC-005  A1  S03  {fp['REC-005']}  查封现场无音像记录\n"
        f"  [错误] LEG-001  B2  S09  {fp['LEG-001']}  【已豁免】未经法制审核\n"
        "\n"
        "仍存在（1）：\n"
        f"  [警告] PUB-007  A1  S12  {fp['PUB-007']}  处罚决定逾期公示\n"
        "\n"
        "已消除（1）：\n"
        f"  [错误] CERT-005  A1  S04  {fp['CERT-005']}  询问时未出示执法证件\n"
        "\n"
        "未复查（1）：\n"
        f"  [错误] PUN-SERVE-001  B1  S11  {fp['PUN-SERVE-001']}  决定书逾期送达\n"
    )
    # `history show` and `history --since` give the same comparison as the options on the group
    assert invoke(cli, "history", "show", "--db", str(filled), "--run", "2")[1] == out
    assert invoke(cli, "history", "--db", str(filled), "--since", "2025-07-01")[1] == invoke(
        cli, "history", "--db", str(filled))[1]


def test_cli_history_json_and_runs(cli: click.Group, filled: Path, three_runs: HistoryDB) -> None:
    code, out, _ = invoke(cli, "history", "--db", str(filled), "--format", "json", "--run", "3", "--against", "1")
    assert code == 0
    assert json.loads(out) == three_runs.compare(3, 1).to_json()
    code, out, _ = invoke(cli, "history", "runs", "--db", str(filled))
    assert code == 0
    assert out.splitlines() == [
        "第 1 次  开始 2025-04-01T09:00:00+08:00  基准日 2025-03-31  自查  配置 national  版本 0.1.0  案卷 2 件  问题 3 项  路径 cases",
        "第 2 次  开始 2025-07-01T09:00:00+08:00  基准日 2025-06-30  自查  配置 national  版本 0.1.0  案卷 2 件  问题 3 项  路径 cases",
        "第 3 次  开始 2025-10-08T09:00:00+08:00  基准日 2025-09-30  自查  配置 national  版本 0.1.0  案卷 1 件  问题 2 项  路径 cases",
    ]
    code, out, _ = invoke(cli, "history", "--db", str(filled), "runs", "--format", "json")
    assert json.loads(out) == [r.to_json() for r in three_runs.runs()]


@pytest.mark.parametrize(("args", "message"), [
    (("history", "--db", "{missing}"), "错误：历史库不存在：{missing}（先用 check --db {missing} 记录一次检查）"),
    (("history", "runs", "--db", "{missing}"), "错误：历史库不存在：{missing}（先用 check --db {missing} 记录一次检查）"),
    (("history",), "错误：请用 --db FILE 指定历史库文件"),
    (("history", "--db", "{db}", "--run", "9"), "错误：历史库中没有第 9 次检查记录（history runs 可列出全部记录）"),
    (("history", "--db", "{db}", "--since", "2025-13-01"), "错误：--since '2025-13-01' 不是日期（写作 2025-06-30）"),
    (("history", "--db", "{db}", "--since", "2025-07-01", "--run", "2"), "错误：--since 不能与 --run、--against 同时使用"),
    (("ledger", "--db", "{missing}"), "错误：历史库不存在：{missing}（先用 check --db {missing} 记录一次检查）"),
    (("ledger", "--db", "{db}", "--format", "xlsx"), "错误：--format xlsx 需要用 -o FILE.xlsx 指定输出文件"),
    (("ledger", "assign", "abcdef0123456789", "--db", "{db}", "--owner", "王五", "--due", "2025-11-30", "--by", "李法制"),
     "错误：台账中没有编号为 abcdef0123456789 的事项（ledger 可列出全部事项）"),
    (("ledger", "assign", "{fp}", "--db", "{db}", "--owner", "王五", "--due", "2025-11-31", "--by", "李法制"),
     "错误：--due '2025-11-31' 不是日期（写作 2025-06-30）"),
    (("ledger", "rectify", "{fp}", "--db", "{db}", "--by", "王五", "--note", "已整改", "--at", "昨天"),
     "错误：--at '昨天' 不是时间（写作 2025-07-05 或 2025-07-05T09:30:00+08:00）"),
])
def test_cli_errors_are_one_chinese_line_exit_2(cli: click.Group, filled: Path, args: tuple[str, ...],
                                                 message: str) -> None:
    values = {"missing": str(filled.with_name("missing.db")), "db": str(filled), "fp": F_REC.fingerprint()}
    code, out, err = invoke(cli, *(a.format(**values) for a in args))
    assert (code, out, err) == (2, "", message.format(**values) + "\n")
    assert not filled.with_name("missing.db").exists()


def test_cli_ledger_text_json_and_xlsx(cli: click.Group, filled: Path, three_runs: HistoryDB, tmp_path: Path) -> None:
    code, out, _ = invoke(cli, "ledger", "--db", str(filled), "--department", ZJ)
    assert code == 0
    assert out == (
        "整改台账：共 1 项，待整改 1 项，已整改 0 项\n"
        "\n"
        f"■ {ZJ_NAME}（{ZJ}）\n"
        f"  [待整改] {F_SERVE.fingerprint()}  B1（某市监罚〔2025〕B1号）  PUN-SERVE-001\n"
        "      问题：决定书逾期送达\n"
        "      责任人：未指定  整改期限：2025-04-30\n"
        "      最近处理：2025-04-01T09:00:00+08:00 enforcement-audit 发现：第 1 次检查发现\n"
        "      最近一次检查（第 3 次）未发现该问题（最后发现于第 1 次）\n"
    )
    code, out, _ = invoke(cli, "ledger", "list", "--db", str(filled), "--format", "json")
    assert json.loads(out) == {"latest_run": 3, "items": [i.to_json() for i in three_runs.ledger()]}
    target = tmp_path / "台账.xlsx"
    code, out, _ = invoke(cli, "ledger", "--db", str(filled), "-o", str(target))
    assert (code, out) == (0, "")
    rows = list(load_workbook(target)["整改台账"].iter_rows(values_only=True))
    assert [r[3] for r in rows] == ["规则", "CERT-005", "PUB-007", "REC-005", "PUN-SERVE-001"]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary file left


def test_cli_assign_and_rectify(cli: click.Group, filled: Path) -> None:
    fp = F_REC.fingerprint()
    code, out, _ = invoke(cli, "ledger", "assign", fp[:8], "--db", str(filled), "--owner", "孙七", "--due", "2025-11-30",
                          "--by", "李法制", "--at", "2025-10-09T10:00:00+08:00")
    assert (code, out) == (0, f"已交办 {fp}（A1 REC-005）：责任人 孙七，整改期限 2025-11-30\n")
    code, out, _ = invoke(cli, "ledger", "--db", str(filled), "rectify", fp, "--by", "孙七", "--note", "已补录音像记录说明",
                          "--at", "2025-10-20")
    assert (code, out) == (0, f"已登记整改 {fp}（A1 REC-005）\n")
    with HistoryDB.open(filled) as db:
        item = db.item(fp)
        assert (item.owner, item.due, item.status) == ("孙七", dt.date(2025, 11, 30), "rectified")
        assert [(e.at, e.by, e.action, e.note) for e in item.events] == [
            (RUN2.started, TOOL, "opened", "第 2 次检查发现"),
            ("2025-10-09T10:00:00+08:00", "李法制", "assigned", "责任人：孙七；整改期限：2025-11-30"),
            ("2025-10-20", "孙七", "rectified", "已补录音像记录说明"),
        ]
    code, _, err = invoke(cli, "ledger", "rectify", fp, "--db", str(filled), "--by", "孙七", "--note", "再登记")
    assert (code, err) == (2, f"错误：台账事项 {fp} 已经整改，不能重复登记\n")
