#!/usr/bin/env python3
"""Generate docs/coverage.md: which catalogue requirement is a rule, a human check, planned or not checkable.

Inputs: rules/catalogue.toml (one row per requirement of sections 1–9 of the legal catalogue, with
its status; see the comment at the top of that file) and the rule registry
(``enforcement_audit.rules.ALL_RULES``, plus the engine's own ``GEN-TIME-005`` calendar warning).

The catalogue is validated before anything is written:

- every row id is well formed and unique, its area is its first part, and the number of rows per
  area and in total matches the ``[catalogue]`` table;
- each status has the fields it needs (``rule``: a rule; ``planned``: ``needs`` and ``new_data``;
  ``not_checkable``: ``reason``; ``manual``: ``manual`` and ``human_review``) and no field of another
  status;
- every id in ``rules`` and ``related`` is a shipped rule;
- a row whose id is a shipped rule has status ``rule``, and every shipped rule is listed by some row
  with status ``rule`` (its own row or another row's ``rules``), so that a new rule cannot ship
  without saying which requirement it implements;
- every ``human_review`` number is an item of ``[[human_review]]`` and every item is referenced;
- every human-checklist id (``manual`` of a ``[[human_review]]`` item or of a row) is an item of
  ``rules/manual-checks.toml``; a ``[[human_review]]`` item lists exactly the checklist items that
  ask it (their ``catalogue_item``), and a row's ids ask one of its ``human_review`` items.

Run (from the repository root or anywhere; paths are relative to this checkout):

    python scripts/make_coverage.py              # (re)write docs/coverage.md
    python scripts/make_coverage.py --check      # exit 1 if docs/coverage.md is not current

Exit codes: 0 written or current; 1 ``--check`` found the document stale; 2 the catalogue is invalid
(every problem is listed on stderr).
"""

from __future__ import annotations

import argparse
import re
import sys
import tomllib
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from enforcement_audit.engine import CALENDAR_UNCOVERED, RuleMeta
from enforcement_audit.manual import ChecklistError, load_checklist
from enforcement_audit.rules import ALL_RULES

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE = ROOT / "rules" / "catalogue.toml"
CHECKLIST = ROOT / "rules" / "manual-checks.toml"
OUTPUT = ROOT / "docs" / "coverage.md"

STATUSES = ("rule", "manual", "planned", "not_checkable")
STATUS_LABELS = {"rule": "rule", "manual": "manual", "planned": "planned", "not_checkable": "not checkable"}
CONFIDENCE_MARKS = ("C1", "C1-copy", "C2", "C3", "U")
ID_RE = re.compile(r"^[A-Z]+(-[A-Z]+)*-\d{3}$")
MAX_REQUIREMENT = 120  # "a few words": the full text is in the catalogue

ROW_KEYS = {
    "id",
    "area",
    "requirement",
    "confidence",
    "confidence_note",
    "status",
    "rules",
    "partial",
    "needs",
    "new_data",
    "reason",
    "manual",
    "related",
    "human_review",
    "note",
}
HUMAN_KEYS = {"item", "topic", "manual"}
#: Keys allowed only with one status (all other keys are allowed with any status).
STATUS_KEYS = {"rules": "rule", "partial": "rule", "needs": "planned", "new_data": "planned", "manual": "manual"}


class CatalogueError(Exception):
    """The catalogue is invalid; ``problems`` lists every problem found."""

    def __init__(self, problems: Sequence[str]) -> None:
        super().__init__(f"{len(problems)} problem(s) in the catalogue")
        self.problems = list(problems)


@dataclass(frozen=True)
class Area:
    code: str
    title: str
    rows: int


@dataclass(frozen=True)
class Row:
    id: str
    area: str
    requirement: str
    confidence: str
    status: str
    confidence_note: str | None = None
    rules: tuple[str, ...] = ()  # the listed rules; see implementing_rules()
    partial: str | None = None
    needs: str | None = None
    new_data: bool | None = None
    reason: str | None = None
    manual: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    human_review: tuple[int, ...] = ()
    note: str | None = None


@dataclass(frozen=True)
class HumanItem:
    """An item of catalogue §11 and the human-checklist items that ask it."""

    number: int
    topic: str
    manual: tuple[str, ...] = ()


@dataclass(frozen=True)
class Catalogue:
    title: str
    total: int
    areas: tuple[Area, ...]
    human_review: tuple[HumanItem, ...]
    rows: tuple[Row, ...]


def known_rules() -> dict[str, RuleMeta]:
    """Rule ids a catalogue row may name: the shipped rules and the engine's calendar warning."""
    metas = {r.meta.id: r.meta for r in ALL_RULES}
    metas[CALENDAR_UNCOVERED.id] = CALENDAR_UNCOVERED
    return metas


def known_checks(path: Path = CHECKLIST) -> dict[str, int | None]:
    """Human-checklist item ids (MAN-NNN) and the catalogue §11 item each asks (None: not a §11 item)."""
    try:
        checklist = load_checklist(path)
    except ChecklistError as exc:
        raise CatalogueError([str(exc)]) from exc
    return {item.id: item.catalogue_item for item in checklist.item}


def implementing_rules(row: Row, known: Mapping[str, RuleMeta]) -> tuple[str, ...]:
    """The rules implementing a row: the rule with the row's own id (if shipped), then the listed ones."""
    if row.status != "rule":
        return ()
    own = (row.id,) if row.id in known and row.id not in row.rules else ()
    return own + row.rules


# ---------------------------------------------------------------- loading and validation


def _text(value: Any, where: str, key: str, problems: list[str], *, required: bool = True) -> str | None:
    if value is None:
        if required:
            problems.append(f"{where}: missing `{key}`")
        return None
    if not isinstance(value, str) or not value.strip():
        problems.append(f"{where}: `{key}` must be a non-empty string")
        return None
    if "\n" in value:
        problems.append(f"{where}: `{key}` must be one line")
    return value.strip()


def _str_list(value: Any, where: str, key: str, problems: list[str]) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        problems.append(f"{where}: `{key}` must be a list of strings")
        return ()
    if len(set(value)) != len(value):
        problems.append(f"{where}: `{key}` lists an id twice")
    return tuple(value)


def _row(data: Any, index: int, problems: list[str]) -> Row | None:
    where = f"row {index}"
    if not isinstance(data, dict):
        problems.append(f"{where}: must be a table")
        return None
    rid = data.get("id")
    if not isinstance(rid, str) or not ID_RE.match(rid):
        problems.append(f"{where}: `id` {rid!r} is not a catalogue id like PUN-HEAR-001")
        return None
    where = rid
    for key in sorted(set(data) - ROW_KEYS):
        problems.append(f"{where}: unknown key `{key}`")
    area = _text(data.get("area"), where, "area", problems)
    if area is not None and area != rid.split("-")[0]:
        problems.append(f"{where}: `area` {area!r} is not the id's first part {rid.split('-')[0]!r}")
    requirement = _text(data.get("requirement"), where, "requirement", problems)
    if requirement is not None and len(requirement) > MAX_REQUIREMENT:
        problems.append(f"{where}: `requirement` is longer than {MAX_REQUIREMENT} characters; summarise it")
    confidence = data.get("confidence")
    if confidence not in CONFIDENCE_MARKS:
        problems.append(f"{where}: `confidence` {confidence!r} is not one of {', '.join(CONFIDENCE_MARKS)}")
    status = data.get("status")
    if status not in STATUSES:
        problems.append(f"{where}: `status` {status!r} is not one of {', '.join(STATUSES)}")
        return None
    for key, only in STATUS_KEYS.items():
        if key in data and status != only:
            problems.append(f"{where}: `{key}` is only allowed with status {only!r} (status is {status!r})")
    needs = _text(data.get("needs"), where, "needs", problems, required=status == "planned")
    new_data = data.get("new_data")
    if status == "planned" and not isinstance(new_data, bool):
        problems.append(f"{where}: status 'planned' needs `new_data = true|false`")
    reason = _text(data.get("reason"), where, "reason", problems, required=status == "not_checkable")
    manual = data.get("manual")
    if status == "manual" and not isinstance(manual, list):
        problems.append(f"{where}: status 'manual' needs `manual = [...]` (human-checklist item ids, may be empty)")
    human = data.get("human_review", [])
    if not isinstance(human, list) or not all(isinstance(n, int) and not isinstance(n, bool) for n in human):
        problems.append(f"{where}: `human_review` must be a list of §11 item numbers")
        human = []
    if status == "manual" and not human:
        problems.append(f"{where}: status 'manual' needs `human_review` (the catalogue §11 items it is about)")
    return Row(
        id=rid,
        area=area or "",
        requirement=requirement or "",
        confidence=str(confidence),
        status=status,
        confidence_note=_text(data.get("confidence_note"), where, "confidence_note", problems, required=False),
        rules=_str_list(data.get("rules"), where, "rules", problems),
        partial=_text(data.get("partial"), where, "partial", problems, required=False),
        needs=needs,
        new_data=new_data if isinstance(new_data, bool) else None,
        reason=reason,
        manual=_str_list(manual, where, "manual", problems),
        related=_str_list(data.get("related"), where, "related", problems),
        human_review=tuple(human),
        note=_text(data.get("note"), where, "note", problems, required=False),
    )


def parse(
    data: Mapping[str, Any], known: Mapping[str, RuleMeta], checks: Mapping[str, int | None] | None = None
) -> Catalogue:
    """Build and validate the catalogue from parsed TOML; raises CatalogueError listing every problem.

    ``checks`` maps human-checklist ids to the §11 item they ask (default: rules/manual-checks.toml).
    """
    if checks is None:
        checks = known_checks()
    problems: list[str] = []
    for key in sorted(set(data) - {"catalogue", "human_review", "row"}):
        problems.append(f"top level: unknown key `{key}`")
    head = data.get("catalogue")
    if not isinstance(head, dict):
        raise CatalogueError(["missing [catalogue] table"])
    title = _text(head.get("title"), "[catalogue]", "title", problems) or ""
    total = head.get("rows")
    if not isinstance(total, int):
        problems.append("[catalogue]: `rows` must be an integer")
        total = 0
    areas: list[Area] = []
    area_data = head.get("areas")
    if not isinstance(area_data, dict) or not area_data:
        problems.append("[catalogue]: missing [catalogue.areas.<AREA>] tables")
        area_data = {}
    for code, entry in area_data.items():
        where = f"[catalogue.areas.{code}]"
        if not isinstance(entry, dict) or not isinstance(entry.get("rows"), int):
            problems.append(f"{where}: needs `title` and `rows`")
            continue
        areas.append(Area(code, _text(entry.get("title"), where, "title", problems) or code, entry["rows"]))

    human: list[HumanItem] = []
    for i, entry in enumerate(data.get("human_review", []), 1):
        if not isinstance(entry, dict) or entry.get("item") != i:
            problems.append(f"[[human_review]] #{i}: `item` must be {i} (items are numbered 1, 2, … in order)")
            continue
        where = f"[[human_review]] {i}"
        for key in sorted(set(entry) - HUMAN_KEYS):
            problems.append(f"{where}: unknown key `{key}`")
        topic = _text(entry.get("topic"), where, "topic", problems) or ""
        human.append(HumanItem(i, topic, _str_list(entry.get("manual"), where, "manual", problems)))

    rows: list[Row] = []
    raw_rows = data.get("row", [])
    if not isinstance(raw_rows, list):
        problems.append("`row` must be an array of tables ([[row]])")
        raw_rows = []
    for index, raw in enumerate(raw_rows, 1):
        row = _row(raw, index, problems)
        if row is not None:
            rows.append(row)

    # ids and counts
    seen = Counter(r.id for r in rows)
    for rid, n in seen.items():
        if n > 1:
            problems.append(f"{rid}: the id appears {n} times")
    area_codes = {a.code for a in areas}
    for row in rows:
        if row.area and row.area not in area_codes:
            problems.append(f"{row.id}: area {row.area!r} has no [catalogue.areas.{row.area}] table")
    per_area = Counter(r.area for r in rows)
    for a in areas:
        if per_area[a.code] != a.rows:
            problems.append(f"area {a.code}: {per_area[a.code]} rows, but [catalogue.areas.{a.code}] says {a.rows}")
    if len(rows) != total:
        problems.append(f"{len(rows)} rows, but [catalogue] says rows = {total}")

    # rules
    listed: set[str] = set()
    for row in rows:
        for key, ids in (("rules", row.rules), ("related", row.related)):
            for rid in ids:
                if rid not in known:
                    problems.append(f"{row.id}: `{key}` names {rid}, which is not a shipped rule")
        if row.status == "rule":
            if not implementing_rules(row, known):
                problems.append(f"{row.id}: status 'rule' but no rule has this id and `rules` is empty")
            listed.update(implementing_rules(row, known))
        elif row.id in known:
            problems.append(
                f"{row.id}: a rule with this id is shipped, so the row's status must be 'rule', not {row.status!r}"
            )
    for rid in known:
        if rid not in listed:
            problems.append(
                f"{rid}: shipped rule missing from the catalogue: give its row status 'rule', or add it to the "
                "`rules` of the catalogue row(s) it implements"
            )

    # human review items
    numbers = {h.number for h in human}
    used: set[int] = set()
    for row in rows:
        for n in row.human_review:
            if n not in numbers:
                problems.append(f"{row.id}: `human_review` names item {n}, which is not a [[human_review]] item")
            used.add(n)
    for n in sorted(numbers - used):
        problems.append(f"[[human_review]] item {n} is referenced by no row")

    # human-checklist items (rules/manual-checks.toml)
    for h in human:
        for mid in h.manual:
            if mid not in checks:
                problems.append(f"[[human_review]] {h.number}: `manual` names {mid}, which is not a checklist item")
            elif checks[mid] != h.number:
                problems.append(f"[[human_review]] {h.number}: `manual` names {mid}, which asks §11 item {checks[mid]}")
    listed_checks = {mid for h in human for mid in h.manual}
    for mid, asked in checks.items():
        if asked is not None and asked in numbers and mid not in listed_checks:
            problems.append(f"[[human_review]] {asked}: checklist item {mid} asks it, but `manual` does not list it")
    for row in rows:
        for mid in row.manual:
            if mid not in checks:
                problems.append(f"{row.id}: `manual` names {mid}, which is not a checklist item")
            elif checks[mid] not in row.human_review:
                problems.append(
                    f"{row.id}: `manual` names {mid}, which asks §11 item {checks[mid]}, not one of the row's "
                    "`human_review` items"
                )

    if problems:
        raise CatalogueError(problems)
    return Catalogue(title, total, tuple(areas), tuple(human), tuple(rows))


def load(path: Path, known: Mapping[str, RuleMeta], checks: Mapping[str, int | None] | None = None) -> Catalogue:
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except OSError as exc:
        raise CatalogueError([f"cannot read {path.name}: {exc.strerror}"]) from exc
    except tomllib.TOMLDecodeError as exc:
        raise CatalogueError([f"{path.name} is not valid TOML: {exc}"]) from exc
    return parse(data, known, checks)


# ---------------------------------------------------------------- rendering


def _ids(ids: Sequence[str]) -> str:
    return ", ".join(f"`{i}`" for i in ids)


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def _status(row: Row) -> str:
    label = STATUS_LABELS[row.status]
    if row.status == "rule" and row.partial:
        return f"{label} (partial)"
    if row.status == "planned" and row.new_data is False:
        return f"{label} (current format)"
    return label


def _details(row: Row) -> str:
    parts: list[str] = []
    if row.partial:
        parts.append(f"Limits: {row.partial}.")
    if row.needs:
        parts.append(f"Needs: {row.needs}.")
    if row.reason:
        parts.append(f"{row.reason[0].upper()}{row.reason[1:]}.")
    if row.status == "manual":
        parts.append(f"Checklist: {_ids(row.manual)}." if row.manual else "Checklist item: not yet assigned.")
    if row.note:
        parts.append(f"Note: {row.note}.")
    if row.human_review:
        parts.append("Human review: §11 item " + ", ".join(str(n) for n in row.human_review) + ".")
    return _cell(" ".join(parts))


def _rules_cell(row: Row, known: Mapping[str, RuleMeta]) -> str:
    out = _ids(implementing_rules(row, known))
    if row.related:
        related = f"(related: {_ids(row.related)})"
        out = f"{out} {related}" if out else related
    return out or "—"


def render(cat: Catalogue, known: Mapping[str, RuleMeta]) -> str:
    lines: list[str] = []
    w = lines.append
    by_area: dict[str, list[Row]] = {a.code: [] for a in cat.areas}
    for row in cat.rows:
        by_area[row.area].append(row)

    w("# Catalogue coverage · 目录覆盖情况")
    w("")
    w("<!-- Generated by scripts/make_coverage.py from rules/catalogue.toml and the rule registry. Do not edit;")
    w("     change the catalogue or the rules and run `python scripts/make_coverage.py`. -->")
    w("")
    w(f"This table accounts for every requirement row of the legal catalogue, *{cat.title}* ({cat.total} rows):")
    w("whether a rule of this tool checks it, a person must judge it, it is planned, or no dossier data can")
    w("decide it. The catalogue itself is research input kept beside the repository; its rows are carried")
    w("in [`rules/catalogue.toml`](../rules/catalogue.toml) with short summaries in our own words. The")
    w("confidence column is the catalogue's mark for the legal basis (C1 primary text, C1-copy primary text")
    w("read in an unofficial copy, C2 official web page, C3 secondary sources, U unconfirmed). Rule details:")
    w("`enforcement-audit explain RULE`.")
    w("")
    w("| Status | Meaning |")
    w("|---|---|")
    w(
        "| rule | Checked by the rules listed. *partial*: the rules check the main part; *Limits* in the details says what they do not check. |"
    )
    w(
        "| manual | A judgement the catalogue (§11) leaves to a person; shown as a question on the human checklist, never passed or failed. |"
    )
    w(
        "| planned | Machine-checkable but not implemented yet; the details say which data or format extension it needs. *current format*: a first rule can be written on today's dossier and registry format (profile parameters aside). |"
    )
    w(
        "| not checkable | No fact recorded in a case dossier can decide it (for example an organ-level duty); the details say why. |"
    )
    w("")

    # summary
    w("## Summary")
    w("")
    w("| Area | Rows | rule | of which partial | manual | planned | of which current format | not checkable |")
    w("|---|--:|--:|--:|--:|--:|--:|--:|")
    totals = Counter[str]()
    for a in cat.areas:
        rows = by_area[a.code]
        c = Counter(r.status for r in rows)
        c["rows"] = len(rows)
        c["partial"] = sum(1 for r in rows if r.status == "rule" and r.partial)
        c["current"] = sum(1 for r in rows if r.status == "planned" and r.new_data is False)
        totals.update(c)
        w(
            f"| {a.code} | {c['rows']} | {c['rule']} | {c['partial']} | {c['manual']} | {c['planned']} | "
            f"{c['current']} | {c['not_checkable']} |"
        )
    t = totals
    w(
        f"| **Total** | **{t['rows']}** | **{t['rule']}** | **{t['partial']}** | **{t['manual']}** | **{t['planned']}** | "
        f"**{t['current']}** | **{t['not_checkable']}** |"
    )
    w("")

    # rules -> rows
    shipped = [r.meta for r in ALL_RULES]
    confirmed = sum(1 for m in shipped if m.confidence.value == "confirmed")
    w("## Shipped rules and the rows they implement")
    w("")
    w(
        f"{len(shipped)} rules ({confirmed} confirmed, {len(shipped) - confirmed} unconfirmed), plus the engine's "
        f"`{CALENDAR_UNCOVERED.id}` calendar warning. Ids numbered 101 and up are our own additions; the rows "
        "column names the catalogue requirements each rule implements, alone or with others."
    )
    w("")
    w("| Rule | Title | Severity | Confidence | Catalogue rows |")
    w("|---|---|---|---|---|")
    implemented_by: dict[str, list[str]] = {rid: [] for rid in known}
    for row in cat.rows:
        for rid in implementing_rules(row, known):
            implemented_by[rid].append(row.id)
    for meta in [*shipped, CALENDAR_UNCOVERED]:
        w(
            f"| `{meta.id}` | {_cell(meta.title)} | {meta.severity.value} | {meta.confidence.value} | "
            f"{_ids(implemented_by[meta.id])} |"
        )
    w("")

    # per area
    for a in cat.areas:
        w(f"## {a.code} — {a.title}")
        w("")
        w("| ID | Requirement | Confidence | Status | Rules | Details |")
        w("|---|---|---|---|---|---|")
        for row in by_area[a.code]:
            conf = _cell(row.confidence_note or row.confidence)
            w(
                f"| {row.id} | {_cell(row.requirement)} | {conf} | {_status(row)} | {_rules_cell(row, known)} | "
                f"{_details(row)} |"
            )
        w("")

    # §11
    w("## Human review items (catalogue §11)")
    w("")
    w("Questions no rule can answer. The checklist column names the item of the human checklist")
    w("([`rules/manual-checks.toml`](../rules/manual-checks.toml)) that puts the question to a person, with")
    w("the evidence the tool found in the dossier; the rows column names the catalogue requirements that")
    w("leave it to a person.")
    w("")
    w("| Item | Question | Checklist | Rows |")
    w("|--:|---|---|---|")
    for h in cat.human_review:
        rows_for = [r.id for r in cat.rows if h.number in r.human_review]
        w(f"| {h.number} | {_cell(h.topic)} | {_ids(h.manual) or '—'} | {', '.join(rows_for)} |")
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- command line


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="do not write; exit 1 if the output is not current")
    parser.add_argument(
        "--catalogue", type=Path, default=CATALOGUE, help="catalogue TOML (default: rules/catalogue.toml)"
    )
    parser.add_argument("--output", type=Path, default=OUTPUT, help="document to write (default: docs/coverage.md)")
    args = parser.parse_args(argv)

    known = known_rules()
    try:
        catalogue = load(args.catalogue, known, known_checks())
    except CatalogueError as exc:
        print(f"{args.catalogue.name}: {len(exc.problems)} problem(s):", file=sys.stderr)
        for problem in exc.problems:
            print(f"  - {problem}", file=sys.stderr)
        return 2
    text = render(catalogue, known)
    current = args.output.read_text(encoding="utf-8") if args.output.exists() else None
    if args.check:
        if current != text:
            print(f"{args.output.name} is not current: run `python scripts/make_coverage.py`", file=sys.stderr)
            return 1
        return 0
    if current != text:
        args.output.write_text(text, encoding="utf-8")
    counts = Counter(r.status for r in catalogue.rows)
    print(
        f"{args.output.name}: {len(catalogue.rows)} rows: "
        + ", ".join(f"{counts[s]} {STATUS_LABELS[s]}" for s in STATUSES)
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
