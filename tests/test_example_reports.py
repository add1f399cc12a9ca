"""reports/ holds the example reports that ``scripts/make_reports.py`` writes from the bundled samples.

The script is run once per module into a temporary folder (the real CLI, as a subprocess); every
file must equal the committed one, byte for byte (an XLSX file: every sheet and cell value, should
the zip bytes differ with another openpyxl version).
"""

from __future__ import annotations

import importlib.util
import json
import sys
import zipfile
from pathlib import Path
from types import ModuleType

import openpyxl
import pytest

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ROOT / "reports"
STALE = "reports/ is stale: run python scripts/make_reports.py"


def load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_reports", ROOT / "scripts" / "make_reports.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("make_reports", module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def make() -> ModuleType:
    return load_script()


@pytest.fixture(scope="module")
def fresh(make: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("reports")
    make.generate(out)
    return out


def test_committed_files_are_exactly_the_generated_ones(make: ModuleType) -> None:
    committed = sorted(p.name for p in REPORTS.iterdir()) if REPORTS.is_dir() else []
    assert committed == sorted(make.FILES), f"{STALE} (missing or unexpected files)"


@pytest.mark.parametrize("name", [
    "sample-report.txt", "sample-report.json", "sample-report.sarif", "sample-report.junit.xml",
    "sample-report.csv", "sample-report.xlsx", "sample-report.html", "sample-score.txt", "README.md",
])
def test_report_is_current(make: ModuleType, fresh: Path, name: str) -> None:
    assert name in make.FILES
    assert make.same_content(REPORTS / name, fresh / name), f"reports/{name} differs. {STALE}"


def test_reports_are_machine_independent(make: ModuleType, fresh: Path) -> None:
    """Repository-relative paths only: neither the checkout nor the output folder shows up."""
    for name in make.FILES:
        if name.endswith(".xlsx"):
            text = "\n".join(str(cell) for _, rows in make.xlsx_values(fresh / name) for row in rows for cell in row)
        else:
            text = (fresh / name).read_text(encoding="utf-8-sig")
        for absolute in (str(ROOT), str(fresh), ROOT.as_uri()):
            assert absolute not in text, f"{name} contains {absolute!r}"
    sarif = json.loads((fresh / "sample-report.sarif").read_text(encoding="utf-8"))
    uris = {loc["physicalLocation"]["artifactLocation"]["uri"]
            for res in sarif["runs"][0]["results"] for loc in res["locations"]}
    assert uris and all(uri.startswith("sample_dossiers/") for uri in uris)
    report = json.loads((fresh / "sample-report.json").read_text(encoding="utf-8"))
    assert all(d["path"].startswith("sample_dossiers/") for d in report["dossiers"])
    assert report["as_of"] == make.AS_OF


def test_readme_shows_the_commands_that_made_the_files(make: ModuleType) -> None:
    text = (REPORTS / "README.md").read_text(encoding="utf-8")
    for command in make.shown():
        assert command in text
    cross, plain, score = make.shown()
    assert "check sample_dossiers/ --as-of 2026-06-30 --profile national --mode cross --score --no-progress --no-cache" in cross
    for name in ("sample-report.txt", "sample-report.sarif", "sample-report.junit.xml", "sample-report.csv",
                 "sample-report.xlsx"):
        assert f"=reports/{name}" in cross
    assert "--mode cross" not in plain and "json=reports/sample-report.json" in plain and "html=reports/sample-report.html" in plain
    assert score == "enforcement-audit score reports/sample-report.json -o reports/sample-score.txt"


def test_reports_are_small_enough_to_commit(make: ModuleType) -> None:
    for name in make.FILES:
        assert (REPORTS / name).stat().st_size < 1_000_000, name


def test_check_mode_reports_stale_files(make: ModuleType, fresh: Path, tmp_path: Path) -> None:
    """``--check`` against a copy with one changed file and one stray file names both."""
    for name in make.FILES:
        (tmp_path / name).write_bytes((fresh / name).read_bytes())
    assert make.same_content(tmp_path / "sample-report.xlsx", fresh / "sample-report.xlsx")
    (tmp_path / "sample-report.csv").write_bytes((fresh / "sample-report.csv").read_bytes() + b"x")
    (tmp_path / "old.txt").write_text("x", encoding="utf-8")
    assert make.stale(tmp_path, fresh) == ["sample-report.csv", "old.txt"]
    assert make.stale(fresh, fresh) == []


def test_xlsx_compares_by_values_when_only_the_zip_differs(make: ModuleType, fresh: Path, tmp_path: Path) -> None:
    """Another openpyxl may lay out the zip differently: same cells still count as current."""
    original = fresh / "sample-report.xlsx"
    rezipped = tmp_path / "sample-report.xlsx"
    with zipfile.ZipFile(original) as src, zipfile.ZipFile(rezipped, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in reversed(src.infolist()):
            dst.writestr(zipfile.ZipInfo(info.filename, date_time=(2000, 1, 1, 0, 0, 0)), src.read(info))
    assert rezipped.read_bytes() != original.read_bytes()
    assert make.same_content(rezipped, original)
    book = openpyxl.load_workbook(rezipped)
    book.worksheets[0]["A2"] = "changed"
    book.save(rezipped)
    assert not make.same_content(rezipped, original)
