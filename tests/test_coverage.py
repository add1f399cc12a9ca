"""docs/coverage.md is generated from rules/catalogue.toml and the rule registry, and stays current.

The generator (scripts/make_coverage.py) also validates the catalogue; the tests below break a temporary
copy of it in the two ways that matter most (a rule id that does not exist, a shipped rule that no
catalogue row accounts for) and expect the generator to refuse with a clear message.
"""

from __future__ import annotations

import copy
import importlib.util
import re
import subprocess
import sys
import tomllib
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "make_coverage.py"
CATALOGUE = ROOT / "rules" / "catalogue.toml"
DOCUMENT = ROOT / "docs" / "coverage.md"


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_coverage", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses resolve annotations through sys.modules
    spec.loader.exec_module(module)
    return module


mc = _load_script()


def _run(tmp_path: Path, text: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    """Run the generator in check mode on a temporary copy of the catalogue; returns (exit code, stderr)."""
    catalogue = tmp_path / "catalogue.toml"
    catalogue.write_text(text, encoding="utf-8")
    output = tmp_path / "coverage.md"
    code = mc.main(["--catalogue", str(catalogue), "--output", str(output), "--check"])
    assert not output.exists()
    return code, capsys.readouterr().err


def _drop_rule(text: str, rule_id: str) -> str:
    """Remove a rule id from every `rules = [...]` list of the catalogue text."""

    def drop(match: re.Match[str]) -> str:
        ids = [i for i in re.findall(r'"([^"]+)"', match.group(1)) if i != rule_id]
        return "rules = [" + ", ".join(f'"{i}"' for i in ids) + "]"

    return re.sub(r"^rules = \[(.*)\]$", drop, text, flags=re.MULTILINE)


def test_coverage_document_is_current() -> None:
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--check"], capture_output=True, text=True, encoding="utf-8", check=False
    )
    assert result.returncode == 0, result.stderr


def test_generation_is_deterministic(tmp_path: Path) -> None:
    output = tmp_path / "coverage.md"
    assert mc.main(["--output", str(output)]) == 0
    first = output.read_text(encoding="utf-8")
    assert mc.main(["--output", str(output)]) == 0
    assert output.read_text(encoding="utf-8") == first == DOCUMENT.read_text(encoding="utf-8")


def test_every_catalogue_row_is_in_the_document() -> None:
    rows = tomllib.loads(CATALOGUE.read_text(encoding="utf-8"))["row"]
    assert len(rows) == 227
    document = DOCUMENT.read_text(encoding="utf-8")
    for row in rows:
        assert f"\n| {row['id']} | " in document, row["id"]


def test_unknown_rule_id_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = CATALOGUE.read_text(encoding="utf-8")
    bad = re.sub(r"^rules = \[", 'rules = ["NOPE-999", ', text, count=1, flags=re.MULTILINE)
    assert bad != text
    code, err = _run(tmp_path, bad, capsys)
    assert code == 2
    assert "1 problem(s)" in err
    assert "names NOPE-999, which is not a shipped rule" in err


def test_shipped_rule_missing_from_the_catalogue_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # CO-E-108 (our own addition) has no catalogue row of its own: it is listed in the rows it implements.
    text = CATALOGUE.read_text(encoding="utf-8")
    assert '"CO-E-108"' in text and 'id = "CO-E-108"' not in text
    code, err = _run(tmp_path, _drop_rule(text, "CO-E-108"), capsys)
    assert code == 2
    assert "1 problem(s)" in err
    assert "CO-E-108: shipped rule missing from the catalogue" in err


def test_the_unchanged_copy_passes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    catalogue = tmp_path / "catalogue.toml"
    catalogue.write_text(CATALOGUE.read_text(encoding="utf-8"), encoding="utf-8")
    assert mc.main(["--catalogue", str(catalogue), "--check"]) == 0


# ---------------------------------------------------------------- other validations (on the parsed data)


@pytest.fixture
def data() -> dict[str, Any]:
    return copy.deepcopy(tomllib.loads(CATALOGUE.read_text(encoding="utf-8")))


def _problems(data: dict[str, Any]) -> list[str]:
    with pytest.raises(mc.CatalogueError) as info:
        mc.parse(data, mc.known_rules())
    problems: list[str] = info.value.problems
    return problems


def _row(data: dict[str, Any], rid: str) -> dict[str, Any]:
    found: dict[str, Any] = next(r for r in data["row"] if r["id"] == rid)
    return found


def test_shipped_rule_row_must_have_status_rule(data: dict[str, Any]) -> None:
    row = _row(data, "PUN-HEAR-003")
    row.update(status="planned", needs="x", new_data=False)
    problems = _problems(data)
    assert any(p.startswith("PUN-HEAR-003: a rule with this id is shipped") for p in problems)


def test_duplicate_id_and_area_count(data: dict[str, Any]) -> None:
    data["row"].append(copy.deepcopy(_row(data, "ARC-005")))
    problems = _problems(data)
    assert "ARC-005: the id appears 2 times" in problems
    assert "area ARC: 6 rows, but [catalogue.areas.ARC] says 5" in problems
    assert "228 rows, but [catalogue] says rows = 227" in problems


def test_status_fields_are_enforced(data: dict[str, Any]) -> None:
    planned = _row(data, "PUB-012")  # made a planned row without its `needs` (no row may stay planned)
    for key in ("rules", "partial", "needs"):
        planned.pop(key, None)
    planned["status"] = "planned"
    manual = _row(data, "PUB-008")
    manual["rules"] = ["PUB-007"]
    problems = _problems(data)
    assert "PUB-012: missing `needs`" in problems
    assert "PUB-008: `rules` is only allowed with status 'rule' (status is 'manual')" in problems


def test_human_review_items_are_all_referenced(data: dict[str, Any]) -> None:
    for row in data["row"]:
        if row["status"] != "manual":
            row.pop("human_review", None)
    problems = _problems(data)
    assert "[[human_review]] item 1 is referenced by no row" in problems


def test_counts_in_the_summary() -> None:
    rows = tomllib.loads(CATALOGUE.read_text(encoding="utf-8"))["row"]
    statuses = [r["status"] for r in rows]
    total = re.search(r"^\| \*\*Total\*\* \| (.*) \|$", DOCUMENT.read_text(encoding="utf-8"), re.MULTILINE)
    assert total is not None
    cells = [int(c.strip().strip("*")) for c in total.group(1).split("|")]
    assert cells[0] == len(rows)
    assert cells[1] == statuses.count("rule")
    assert cells[3] == statuses.count("manual")
    assert cells[4] == statuses.count("planned")
    assert cells[6] == statuses.count("not_checkable")
