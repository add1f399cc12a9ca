"""Findings history (SQLite) and the rectification ledger (整改台账).

Each ``check --db FILE`` run is recorded: the run (when, as-of day, profile, mode, tool version,
paths), the dossiers it checked and every finding (keyed by :meth:`Finding.fingerprint`). From
these, :meth:`HistoryDB.compare` tells what is new, persisting or resolved since an earlier run,
and the ledger keeps one item per open finding with its owner, due date, status and the acts
done on it (events: who, when, what, note).

The file is plain SQLite (stdlib ``sqlite3``), WAL journal, foreign keys on. Its format is
versioned with ``PRAGMA user_version`` and upgraded by the ordered :data:`MIGRATIONS`; a file
written by a newer version of the tool is refused, never altered.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from .engine import Finding, System
from .runner import DossierResult

#: Who the tool records as the actor of the events it creates itself (opened, reopened).
TOOL_ACTOR = "enforcement-audit"

DEFAULT_DUE_DAYS = 30

STATUS_OPEN, STATUS_RECTIFIED = "open", "rectified"
STATUS_LABELS = {STATUS_OPEN: "待整改", STATUS_RECTIFIED: "已整改"}

#: Event actions and their Chinese labels.
ACTION_LABELS = {"opened": "发现", "assigned": "交办", "rectified": "整改", "reopened": "重新打开"}

# ------------------------------------------------------------------ schema

#: Ordered migrations: ``MIGRATIONS[i]`` takes a file from format version ``i`` to ``i + 1``.
#: Append new ones; never edit a released one. Each runs in one transaction with its version bump.
MIGRATIONS: list[tuple[str, ...]] = [
    (
        """CREATE TABLE runs (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            started TEXT NOT NULL,
            as_of TEXT NOT NULL,
            profile TEXT NOT NULL,
            mode TEXT NOT NULL CHECK (mode IN ('self', 'cross')),
            tool_version TEXT NOT NULL,
            paths TEXT NOT NULL
        )""",
        """CREATE TABLE dossiers (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            dossier TEXT NOT NULL,
            path TEXT NOT NULL,
            department TEXT,
            department_name TEXT,
            case_type TEXT,
            status TEXT,
            case_number TEXT
        )""",
        "CREATE INDEX dossiers_run ON dossiers(run_id, dossier)",
        """CREATE TABLE findings (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            dossier_row INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE,
            fingerprint TEXT NOT NULL,
            rule_id TEXT NOT NULL,
            dossier TEXT NOT NULL,
            department TEXT,
            system TEXT NOT NULL,
            severity TEXT NOT NULL,
            step TEXT,
            document TEXT,
            message TEXT NOT NULL,
            alert TEXT,
            waived INTEGER NOT NULL CHECK (waived IN (0, 1))
        )""",
        "CREATE INDEX findings_run ON findings(run_id, fingerprint)",
        """CREATE TABLE ledger (
            fingerprint TEXT PRIMARY KEY,
            department TEXT,
            department_name TEXT,
            dossier TEXT NOT NULL,
            case_number TEXT,
            rule_id TEXT NOT NULL,
            message TEXT NOT NULL,
            owner TEXT,
            due TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('open', 'rectified')),
            first_run INTEGER NOT NULL REFERENCES runs(id),
            last_run INTEGER NOT NULL REFERENCES runs(id)
        )""",
        """CREATE TABLE events (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            fingerprint TEXT NOT NULL REFERENCES ledger(fingerprint),
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('opened', 'assigned', 'rectified', 'reopened')),
            note TEXT,
            run_id INTEGER REFERENCES runs(id)
        )""",
        "CREATE INDEX events_item ON events(fingerprint, id)",
    ),
]


class HistoryError(Exception):
    """A problem with the history file or a request on it; the message is one Chinese line for the user."""


# ------------------------------------------------------------------ records


@dataclass(frozen=True)
class RunMeta:
    started: str  # ISO timestamp given by the caller (never read from the clock here)
    as_of: dt.date
    profile: str
    mode: str  # "self" 自查 / "cross" 交叉检查
    tool_version: str
    paths: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class RunInfo:
    id: int
    started: str
    as_of: dt.date
    profile: str
    mode: str
    tool_version: str
    paths: list[str]
    dossiers: int
    findings: int

    def to_json(self) -> dict[str, object]:
        return {"id": self.id, "started": self.started, "as_of": self.as_of.isoformat(), "profile": self.profile,
                "mode": self.mode, "tool_version": self.tool_version, "paths": list(self.paths),
                "dossiers": self.dossiers, "findings": self.findings}


@dataclass(frozen=True)
class FindingRecord:
    """A finding as stored in one run."""

    fingerprint: str
    rule_id: str
    dossier: str
    department: str | None
    department_name: str | None
    system: str
    severity: str
    step: str | None
    document: str | None
    message: str
    alert: str | None
    waived: bool

    def to_json(self) -> dict[str, object]:
        return {"fingerprint": self.fingerprint, "rule_id": self.rule_id, "dossier": self.dossier,
                "department": self.department, "department_name": self.department_name, "system": self.system,
                "severity": self.severity, "step": self.step, "document": self.document, "message": self.message,
                "alert": self.alert, "waived": self.waived}


#: The comparison classes, in report order.
CLASSES = ("new", "persisting", "resolved", "not_rechecked")
CLASS_LABELS = {"new": "新发现", "persisting": "仍存在", "resolved": "已消除", "not_rechecked": "未复查"}


@dataclass(frozen=True)
class Comparison:
    """A run against an earlier one, per finding fingerprint.

    ``new``: in this run, not in the previous one. ``persisting``: in both. ``resolved``: in the
    previous run, absent now, for a dossier checked in both runs. ``not_rechecked``: in the previous
    run, for a dossier this run did not check (neither resolved nor persisting). Waived findings are
    classified like any other (their ``waived`` flag tells them apart).
    """

    run: RunInfo
    previous: RunInfo | None
    new: list[FindingRecord]
    persisting: list[FindingRecord]  # as found in this run
    resolved: list[FindingRecord]  # as found in the previous run
    not_rechecked: list[FindingRecord]  # as found in the previous run

    def _classes(self) -> dict[str, list[FindingRecord]]:
        return {"new": self.new, "persisting": self.persisting, "resolved": self.resolved,
                "not_rechecked": self.not_rechecked}

    def counts(self) -> dict[str, int]:
        return {k: len(v) for k, v in self._classes().items()}

    def by_department(self) -> list[tuple[str | None, str | None, dict[str, int]]]:
        """(department id, name, counts per class), departments sorted by id (unknown last)."""
        names: dict[str | None, str | None] = {}
        counts: dict[str | None, Counter[str]] = {}
        for cls, records in self._classes().items():
            for r in records:
                names.setdefault(r.department, r.department_name)
                counts.setdefault(r.department, Counter())[cls] += 1
        order = sorted(counts, key=lambda d: (d is None, d or ""))
        return [(d, names[d], {c: counts[d].get(c, 0) for c in CLASSES}) for d in order]

    def by_system(self) -> list[tuple[str, dict[str, int]]]:
        """(system, counts per class), in the order of :class:`System` (unknown values last, sorted)."""
        counts: dict[str, Counter[str]] = {}
        for cls, records in self._classes().items():
            for r in records:
                counts.setdefault(r.system, Counter())[cls] += 1
        known = [s.value for s in System]
        order = sorted(counts, key=lambda s: (known.index(s) if s in known else len(known), s))
        return [(s, {c: counts[s].get(c, 0) for c in CLASSES}) for s in order]

    def to_json(self) -> dict[str, object]:
        return {
            "run": self.run.to_json(),
            "previous": self.previous.to_json() if self.previous is not None else None,
            "counts": self.counts(),
            "by_department": [{"department": d, "department_name": n, **c} for d, n, c in self.by_department()],
            "by_system": [{"system": s, **c} for s, c in self.by_system()],
            **{cls: [r.to_json() for r in records] for cls, records in self._classes().items()},
        }


@dataclass(frozen=True)
class Event:
    id: int
    fingerprint: str
    at: str
    by: str
    action: str  # opened, assigned, rectified, reopened
    note: str | None
    run_id: int | None

    def describe(self) -> str:
        """One line for people: ``2025-07-05 张三 整改：已补充公示``."""
        text = f"{self.at} {self.by} {ACTION_LABELS.get(self.action, self.action)}"
        return f"{text}：{self.note}" if self.note else text

    def to_json(self) -> dict[str, object]:
        return {"id": self.id, "fingerprint": self.fingerprint, "at": self.at, "by": self.by, "action": self.action,
                "note": self.note, "run_id": self.run_id}


@dataclass(frozen=True)
class LedgerItem:
    fingerprint: str
    department: str | None
    department_name: str | None
    dossier: str
    case_number: str | None
    rule_id: str
    message: str
    owner: str | None
    due: dt.date
    status: str  # open / rectified
    first_run: int
    last_run: int  # the last run that found it
    events: tuple[Event, ...] = ()

    @property
    def last_event(self) -> Event | None:
        return self.events[-1] if self.events else None

    def to_json(self) -> dict[str, object]:
        return {"fingerprint": self.fingerprint, "department": self.department,
                "department_name": self.department_name, "dossier": self.dossier, "case_number": self.case_number,
                "rule_id": self.rule_id, "message": self.message, "owner": self.owner, "due": self.due.isoformat(),
                "status": self.status, "first_run": self.first_run, "last_run": self.last_run,
                "events": [e.to_json() for e in self.events]}


# ------------------------------------------------------------------ database


def _now() -> str:
    return dt.datetime.now().astimezone().replace(microsecond=0).isoformat()


def _date(value: str) -> dt.date:
    return dt.date.fromisoformat(value)


class HistoryDB:
    """The history file. Open with :meth:`open`; close with :meth:`close` or a ``with`` block."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path

    # ---------------------------------------------------------- opening and migrations

    @classmethod
    def open(cls, path: Path, create: bool = True) -> HistoryDB:
        """Open (and with ``create``, create on first use) the history file, upgrading its format.

        Raises :class:`HistoryError` when the file is missing (``create=False``), is not a history
        file, or was written by a newer version of the tool.
        """
        path = Path(path)
        if not create and not path.is_file():
            raise HistoryError(f"历史库不存在：{path}（先用 check --db {path} 记录一次检查）")
        if path.exists() and not path.is_file():
            raise HistoryError(f"历史库路径不是文件：{path}")
        try:
            conn = sqlite3.connect(path, isolation_level=None, timeout=10.0)
        except sqlite3.Error as exc:
            raise HistoryError(f"无法打开历史库 {path}：{exc}") from None
        try:
            conn.execute("PRAGMA foreign_keys = ON")
            _check_version(conn, path)  # before anything writes: a newer file is left untouched
            conn.execute("PRAGMA journal_mode = WAL")
            _migrate(conn)
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise HistoryError(f"{path} 不是可用的历史库（{exc}）") from None
        except BaseException:
            conn.close()
            raise
        return cls(conn, path)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> HistoryDB:
        return self

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    # ---------------------------------------------------------- recording

    def begin_run(self, meta: RunMeta, due_days: int = DEFAULT_DUE_DAYS) -> RunRecorder:
        """Start recording a run: one transaction until :meth:`RunRecorder.commit` (or rollback)."""
        if meta.mode not in ("self", "cross"):
            raise HistoryError(f"检查模式应为 self 或 cross，而不是 {meta.mode!r}")
        return RunRecorder(self, meta, due_days)

    def record_run(self, meta: RunMeta, results: Iterable[DossierResult], due_days: int = DEFAULT_DUE_DAYS) -> int:
        """Record a run and its results (consumed once, as they stream) in one transaction; returns the run id.

        If the iterable raises (a run killed midway), nothing of the run is stored.
        """
        with self.begin_run(meta, due_days) as recorder:
            for result in results:
                recorder.add(result)
        assert recorder.run_id is not None
        return recorder.run_id

    # ---------------------------------------------------------- runs and comparisons

    def runs(self) -> list[RunInfo]:
        """Every recorded run, oldest first."""
        rows = self.conn.execute(
            "SELECT r.id, r.started, r.as_of, r.profile, r.mode, r.tool_version, r.paths,"
            " (SELECT COUNT(*) FROM dossiers d WHERE d.run_id = r.id),"
            " (SELECT COUNT(*) FROM findings f WHERE f.run_id = r.id)"
            " FROM runs r ORDER BY r.id").fetchall()
        return [_run_info(row) for row in rows]

    def run(self, run_id: int) -> RunInfo:
        for info in self.runs():
            if info.id == run_id:
                return info
        raise HistoryError(f"历史库中没有第 {run_id} 次检查记录（history runs 可列出全部记录）")

    def latest_run(self) -> RunInfo:
        runs = self.runs()
        if not runs:
            raise HistoryError(f"历史库 {self.path} 中还没有检查记录")
        return runs[-1]

    def compare(self, run_id: int | None = None, previous: int | None = None) -> Comparison:
        """A run (default: the latest) against an earlier one (default: the run before it)."""
        run = self.run(run_id) if run_id is not None else self.latest_run()
        if previous is not None:
            prev: RunInfo | None = self.run(previous)
        else:
            earlier = [r for r in self.runs() if r.id < run.id]
            prev = earlier[-1] if earlier else None
        return self._compare(run, prev)

    def compare_period(self, since: dt.date) -> Comparison:
        """The latest run against the last run whose as-of day is before ``since`` (e.g. the quarter's first day)."""
        run = self.latest_run()
        before = [r for r in self.runs() if r.as_of < since and r.id != run.id]
        if not before:
            raise HistoryError(f"历史库中没有基准日早于 {since.isoformat()} 的检查记录")
        prev = max(before, key=lambda r: (r.as_of, r.id))
        return self._compare(run, prev)

    def findings_of(self, run_id: int) -> list[FindingRecord]:
        """The findings of a run, one per fingerprint (the first recorded), in recording order."""
        rows = self.conn.execute(
            "SELECT f.fingerprint, f.rule_id, f.dossier, f.department, d.department_name, f.system, f.severity,"
            " f.step, f.document, f.message, f.alert, f.waived"
            " FROM findings f JOIN dossiers d ON d.id = f.dossier_row WHERE f.run_id = ? ORDER BY f.id",
            (run_id,)).fetchall()
        seen: dict[str, FindingRecord] = {}
        for row in rows:
            if row[0] not in seen:
                seen[row[0]] = FindingRecord(
                    fingerprint=row[0], rule_id=row[1], dossier=row[2], department=row[3], department_name=row[4],
                    system=row[5], severity=row[6], step=row[7], document=row[8], message=row[9], alert=row[10],
                    waived=bool(row[11]))
        return list(seen.values())

    def dossiers_of(self, run_id: int) -> set[str]:
        return {row[0] for row in self.conn.execute("SELECT dossier FROM dossiers WHERE run_id = ?", (run_id,))}

    def _compare(self, run: RunInfo, prev: RunInfo | None) -> Comparison:
        now = self.findings_of(run.id)
        before = self.findings_of(prev.id) if prev is not None else []
        before_fps = {r.fingerprint for r in before}
        now_fps = {r.fingerprint for r in now}
        checked = self.dossiers_of(run.id)
        return Comparison(
            run=run,
            previous=prev,
            new=[r for r in now if r.fingerprint not in before_fps],
            persisting=[r for r in now if r.fingerprint in before_fps],
            resolved=[r for r in before if r.fingerprint not in now_fps and r.dossier in checked],
            not_rechecked=[r for r in before if r.fingerprint not in now_fps and r.dossier not in checked],
        )

    # ---------------------------------------------------------- ledger

    def ledger(self, department: str | None = None, status: str | None = None) -> list[LedgerItem]:
        """Ledger items (both statuses unless ``status`` is given), sorted by department, dossier, rule, fingerprint."""
        return self._items(department, status)

    def _items(self, department: str | None = None, status: str | None = None,
               fingerprint: str | None = None) -> list[LedgerItem]:
        where, args = [], []
        if fingerprint is not None:
            where.append("fingerprint = ?")
            args.append(fingerprint)
        if department is not None:
            where.append("department = ?")
            args.append(department)
        if status is not None:
            where.append("status = ?")
            args.append(status)
        sql = ("SELECT fingerprint, department, department_name, dossier, case_number, rule_id, message, owner, due,"
               " status, first_run, last_run FROM ledger")
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY department IS NULL, department, dossier, rule_id, fingerprint"
        rows = self.conn.execute(sql, args).fetchall()
        events: dict[str, list[Event]] = {}
        for event in self.events(fingerprint):
            events.setdefault(event.fingerprint, []).append(event)
        return [LedgerItem(fingerprint=row[0], department=row[1], department_name=row[2], dossier=row[3],
                           case_number=row[4], rule_id=row[5], message=row[6], owner=row[7], due=_date(row[8]),
                           status=row[9], first_run=row[10], last_run=row[11], events=tuple(events.get(row[0], ())))
                for row in rows]

    def item(self, fingerprint: str) -> LedgerItem:
        """The ledger item of a fingerprint (a unique prefix of at least 6 characters will do)."""
        return self._items(fingerprint=self._resolve(fingerprint))[0]

    def events(self, fingerprint: str | None = None) -> list[Event]:
        """The event log (all items, or one), in the order the acts were recorded."""
        sql = "SELECT id, fingerprint, at, actor, action, note, run_id FROM events"
        args: tuple[str, ...] = ()
        if fingerprint is not None:
            sql += " WHERE fingerprint = ?"
            args = (self._resolve(fingerprint),)
        return [Event(*row) for row in self.conn.execute(sql + " ORDER BY id", args).fetchall()]

    def assign(self, fingerprint: str, owner: str, due: dt.date, by: str, at: str | None = None) -> LedgerItem:
        """Name the person responsible (责任人) and the due date (整改期限) of an item; recorded as an event."""
        if not owner.strip() or not by.strip():
            raise HistoryError("责任人和经办人不能为空")
        fp = self._resolve(fingerprint)
        with self._transaction():
            self.conn.execute("UPDATE ledger SET owner = ?, due = ? WHERE fingerprint = ?", (owner, due.isoformat(), fp))
            self._event(fp, at or _now(), by, "assigned", f"责任人：{owner}；整改期限：{due.isoformat()}", None)
        return self.item(fp)

    def rectify(self, fingerprint: str, by: str, note: str, at: str | None = None) -> LedgerItem:
        """Mark an open item rectified (已整改), with who, when and what was done; recorded as an event.

        If a later run finds the problem again, the item is reopened.
        """
        if not by.strip() or not note.strip():
            raise HistoryError("整改人和整改说明不能为空")
        fp = self._resolve(fingerprint)
        with self._transaction():
            status = self.conn.execute("SELECT status FROM ledger WHERE fingerprint = ?", (fp,)).fetchone()[0]
            if status == STATUS_RECTIFIED:
                raise HistoryError(f"台账事项 {fp} 已经整改，不能重复登记")
            self.conn.execute("UPDATE ledger SET status = ? WHERE fingerprint = ?", (STATUS_RECTIFIED, fp))
            self._event(fp, at or _now(), by, "rectified", note, None)
        return self.item(fp)

    # ---------------------------------------------------------- internals

    def _resolve(self, fingerprint: str) -> str:
        fp = fingerprint.strip().lower()
        if self.conn.execute("SELECT 1 FROM ledger WHERE fingerprint = ?", (fp,)).fetchone():
            return fp
        if len(fp) >= 6 and all(c in "0123456789abcdef" for c in fp):
            found = [r[0] for r in self.conn.execute(
                "SELECT fingerprint FROM ledger WHERE substr(fingerprint, 1, ?) = ?", (len(fp), fp))]
            if len(found) == 1:
                return str(found[0])
            if len(found) > 1:
                raise HistoryError(f"编号 {fingerprint} 对应多个台账事项，请给出完整编号")
        raise HistoryError(f"台账中没有编号为 {fingerprint} 的事项（ledger 可列出全部事项）")

    def _transaction(self) -> _Transaction:
        return _Transaction(self.conn)

    def _event(self, fp: str, at: str, by: str, action: str, note: str | None, run_id: int | None) -> None:
        self.conn.execute("INSERT INTO events (fingerprint, at, actor, action, note, run_id) VALUES (?, ?, ?, ?, ?, ?)",
                          (fp, at, by, action, note, run_id))


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any exception (the connection is in autocommit mode)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        if et is None:
            self.conn.execute("COMMIT")
        else:
            self.conn.execute("ROLLBACK")


def _check_version(conn: sqlite3.Connection, path: Path) -> None:
    known = len(MIGRATIONS)
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version > known:
        raise HistoryError(f"历史库 {path} 由较新版本的 enforcement-audit 写入（格式版本 {version}，本工具只支持到 {known}），"
                           "请升级本工具后再使用；本工具不会改动该文件")
    if version == 0 and conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()[0]:
        raise HistoryError(f"{path} 不是 enforcement-audit 历史库（含有其他数据表）")


def _migrate(conn: sqlite3.Connection) -> None:
    """Apply the migrations the file lacks, each in one transaction with its version bump."""
    known = len(MIGRATIONS)
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    while version < known:
        with _Transaction(conn):
            # re-read inside the write lock: another process may have migrated meanwhile
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            if version >= known:
                break
            for statement in MIGRATIONS[version]:
                conn.execute(statement)
            version += 1
            conn.execute(f"PRAGMA user_version = {version}")


def _run_info(row: Sequence[Any]) -> RunInfo:
    return RunInfo(id=row[0], started=row[1], as_of=_date(row[2]), profile=row[3], mode=row[4], tool_version=row[5],
                   paths=list(json.loads(row[6])), dossiers=row[7], findings=row[8])


class RunRecorder:
    """Records one run while its results stream in: ``add(result)`` per dossier, then ``commit()``.

    The whole run is one transaction: until :meth:`commit`, nothing is visible to other readers, and
    :meth:`rollback` (or an exception in a ``with`` block, or closing the process) leaves no trace.
    """

    def __init__(self, db: HistoryDB, meta: RunMeta, due_days: int) -> None:
        self.db = db
        self.meta = meta
        self.due = meta.as_of + dt.timedelta(days=due_days)
        self.conn = db.conn
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            cur = self.conn.execute(
                "INSERT INTO runs (started, as_of, profile, mode, tool_version, paths) VALUES (?, ?, ?, ?, ?, ?)",
                (meta.started, meta.as_of.isoformat(), meta.profile, meta.mode, meta.tool_version,
                 json.dumps(list(meta.paths), ensure_ascii=False)))
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.run_id: int | None = cur.lastrowid
        self._open = True
        self._items_seen: set[str] = set()

    def add(self, result: DossierResult) -> None:
        if not self._open:
            raise HistoryError("本次检查记录已经结束")
        conn = self.conn
        cur = conn.execute(
            "INSERT INTO dossiers (run_id, dossier, path, department, department_name, case_type, status, case_number)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (self.run_id, result.id, result.path, result.department, result.department_name, result.case_type,
             result.status, result.case_number))
        row = cur.lastrowid
        for f in result.findings:
            fp = f.fingerprint()
            waived = fp in result.waived
            conn.execute(
                "INSERT INTO findings (run_id, dossier_row, fingerprint, rule_id, dossier, department, system, severity,"
                " step, document, message, alert, waived) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (self.run_id, row, fp, f.rule_id, f.dossier, result.department, f.system.value, f.severity.value,
                 f.location.step, f.location.document, f.message, f.alert.value if f.alert is not None else None,
                 int(waived)))
            if not waived and fp not in self._items_seen:
                self._items_seen.add(fp)
                self._ledger(fp, f, result)

    def _ledger(self, fp: str, f: Finding, result: DossierResult) -> None:
        conn = self.conn
        found = conn.execute("SELECT status FROM ledger WHERE fingerprint = ?", (fp,)).fetchone()
        if found is None:
            conn.execute(
                "INSERT INTO ledger (fingerprint, department, department_name, dossier, case_number, rule_id, message,"
                " owner, due, status, first_run, last_run) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)",
                (fp, result.department, result.department_name, f.dossier, result.case_number, f.rule_id, f.message,
                 self.due.isoformat(), STATUS_OPEN, self.run_id, self.run_id))
            self.db._event(fp, self.meta.started, TOOL_ACTOR, "opened", f"第 {self.run_id} 次检查发现", self.run_id)
            return
        conn.execute(
            "UPDATE ledger SET department = ?, department_name = ?, case_number = ?, message = ?, last_run = ?"
            " WHERE fingerprint = ?",
            (result.department, result.department_name, result.case_number, f.message, self.run_id, fp))
        if found[0] == STATUS_RECTIFIED:
            conn.execute("UPDATE ledger SET status = ?, due = ? WHERE fingerprint = ?",
                         (STATUS_OPEN, self.due.isoformat(), fp))
            self.db._event(fp, self.meta.started, TOOL_ACTOR, "reopened",
                           f"第 {self.run_id} 次检查再次发现；整改期限改为 {self.due.isoformat()}", self.run_id)

    def commit(self) -> int:
        if not self._open:
            raise HistoryError("本次检查记录已经结束")
        self.conn.execute("COMMIT")
        self._open = False
        assert self.run_id is not None
        return self.run_id

    def rollback(self) -> None:
        if self._open:
            self.conn.execute("ROLLBACK")
            self._open = False

    def __enter__(self) -> RunRecorder:
        return self

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        if et is None:
            self.commit()
        else:
            self.rollback()


# ------------------------------------------------------------------ Excel export

LEDGER_HEADERS = ("部门", "案卷", "案号", "规则", "问题", "责任人", "整改期限", "状态", "最近处理")
EVENT_HEADERS = ("时间", "部门", "案卷", "规则", "事项编号", "处理", "处理人", "说明")


def _department(item: LedgerItem) -> str:
    if item.department is None:
        return ""
    if item.department_name and item.department_name != item.department:
        return f"{item.department_name}（{item.department}）"
    return item.department


def export_ledger_xlsx(items: Sequence[LedgerItem], out: IO[bytes]) -> None:
    """Write the ledger as a workbook: sheet 整改台账 (one row per item) and sheet 处理记录 (the events of those items).

    Cell content depends only on the items (no clock); dates are date cells shown as YYYY-MM-DD.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    from .reports import append_text_row

    wb = Workbook()
    ws = wb.active
    ws.title = "整改台账"
    ws.append(list(LEDGER_HEADERS))
    for item in items:
        last = item.last_event
        append_text_row(ws, [_department(item), item.dossier, item.case_number or "", item.rule_id, item.message,
                   item.owner or "", item.due, STATUS_LABELS.get(item.status, item.status),
                   last.describe() if last is not None else ""])
        ws.cell(row=ws.max_row, column=7).number_format = "yyyy-mm-dd"
    log = wb.create_sheet("处理记录")
    log.append(list(EVENT_HEADERS))
    by_fingerprint: dict[str, LedgerItem] = {}
    for i in items:
        by_fingerprint.setdefault(i.fingerprint, i)
    for event in sorted((e for i in items for e in i.events), key=lambda e: e.id):
        item = by_fingerprint[event.fingerprint]
        append_text_row(log, [event.at, _department(item), item.dossier, item.rule_id, event.fingerprint,
                    ACTION_LABELS.get(event.action, event.action), event.by, event.note or ""])
    for sheet, widths in ((ws, (24, 22, 24, 16, 60, 10, 12, 8, 40)), (log, (26, 24, 22, 16, 18, 10, 14, 50))):
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for idx, width in enumerate(widths):
            sheet.column_dimensions[chr(ord("A") + idx)].width = width
        for row in sheet.iter_rows(min_row=2):
            for cell in row:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.freeze_panes = "A2"
    wb.properties.creator = TOOL_ACTOR
    wb.save(out)


__all__ = [
    "CLASSES",
    "CLASS_LABELS",
    "DEFAULT_DUE_DAYS",
    "MIGRATIONS",
    "Comparison",
    "Event",
    "FindingRecord",
    "HistoryDB",
    "HistoryError",
    "LedgerItem",
    "RunInfo",
    "RunMeta",
    "RunRecorder",
    "export_ledger_xlsx",
]
