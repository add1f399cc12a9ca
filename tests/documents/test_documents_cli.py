"""Documents end to end: check reads PDFs named in the manifest, bad PDFs are findings, the cache
spares re-reading, extract writes a draft that validate accepts, a PDF-only folder is checked.

PDFs come from the bundled samples (rendered by scripts/make_samples.py) or are written here.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result

from enforcement_audit import testing
from enforcement_audit.documents import extract as extract_module

ROOT = Path(__file__).resolve().parent.parent.parent
SAMPLES = ROOT / "sample_dossiers"
PUN_20 = SAMPLES / "PUN-20-pdf-inconsistent"
PDF_ONLY = SAMPLES / "PDF-01-only-pdfs"
SAMPLE_ARGS = ("--registry", str(SAMPLES / "registry"), "--as-of", "2026-06-30")


def _doc_findings(report: dict[str, Any]) -> list[tuple[str, str | None, str | None, int | None]]:
    return [(f["rule_id"], f["location"].get("document"), f["location"].get("file"), f["location"].get("page"))
            for f in report["findings"]]


def test_check_reads_the_pdfs_and_locates_findings_by_page(cli: Callable[..., Result], tmp_path: Path) -> None:
    result = cli("check", PUN_20, *SAMPLE_ARGS, "--format", "json", "--cache-dir", tmp_path / "cache",
                 "--select", "ARC,CERT-103,GEN-CITE,LOAD-PDF")
    report = json.loads(result.stdout)
    assert _doc_findings(report) == [
        ("CERT-103", "D03", "docs/D03-inquiry_record.pdf", 1),
        ("LOAD-PDF-003", "D04", "docs/D04-inquiry_record.pdf", 1),
        ("ARC-005", "D08", "docs/D08-advance_notice.pdf", 1),
        ("ARC-104", "D08", "docs/D08-advance_notice.pdf", 1),
        ("GEN-CITE-003", "D08", "docs/D08-advance_notice.pdf", 1),
        ("GEN-CITE-001", "D10", "docs/D10-punishment_decision.pdf", 1),
        ("ARC-103", "D10", "docs/D10-punishment_decision.pdf", 2),
    ]


def _copy(src: Path, dst: Path) -> Path:
    shutil.copytree(src, dst)
    return dst


def test_corrupt_and_encrypted_pdfs_are_findings_and_the_batch_goes_on(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    batch = tmp_path / "batch"
    bad = _copy(PUN_20, batch / "a-bad")
    (bad / "docs" / "D10-punishment_decision.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog")
    (bad / "docs" / "D08-advance_notice.pdf").write_bytes(_encrypted_pdf())
    _copy(SAMPLES / "PUN-19-pdf-training-ok", batch / "b-good")
    result = cli("check", batch, *SAMPLE_ARGS, "--format", "json", "--no-cache", "--select", "LOAD,ARC,PUN-DEC-003")
    report = json.loads(result.stdout)
    assert [(f["dossier"], f["rule_id"], f["location"].get("document")) for f in report["findings"]] == [
        ("PUN-20-pdf-inconsistent", "LOAD-PDF-003", "D04"),
        ("PUN-20-pdf-inconsistent", "LOAD-PDF-002", "D08"),
        ("PUN-20-pdf-inconsistent", "LOAD-PDF-001", "D10"),
    ]
    assert [d["id"] for d in report["dossiers"]] == ["PUN-20-pdf-inconsistent", "PUN-19-pdf-training-ok"]


def _encrypted_pdf() -> bytes:
    import io

    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, encrypt="secret", invariant=1)
    c.drawString(72, 720, "encrypted")
    c.save()
    return buffer.getvalue()


def test_warm_run_uses_the_cache_and_never_extracts(
    cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    args = ("check", PUN_20, *SAMPLE_ARGS, "--format", "json", "--cache-dir", cache)
    cold = cli(*args)
    entries = sorted(p.relative_to(cache) for p in cache.rglob("*") if p.is_file())
    assert entries  # text and facts of each readable PDF

    def fail(*_: Any, **__: Any) -> None:
        raise AssertionError("extracted again although cached")

    monkeypatch.setattr(extract_module.Extractor, "extract", fail)
    warm = cli(*args)
    assert warm.stdout == cold.stdout
    assert sorted(p.relative_to(cache) for p in cache.rglob("*") if p.is_file()) == entries


def test_cache_dir_inside_a_dossier_is_refused(cli: Callable[..., Result]) -> None:
    result = cli("check", PUN_20, *SAMPLE_ARGS, "--cache-dir", PUN_20 / "cache")
    assert result.exit_code == 2
    assert "--cache-dir 不得位于案卷目录之内" in result.output


def test_extract_writes_a_draft_that_validate_accepts(cli: Callable[..., Result], tmp_path: Path) -> None:
    draft = tmp_path / "draft.xml"
    before = sorted((p.name, p.stat().st_mtime_ns) for p in PDF_ONLY.iterdir())
    result = cli("extract", PDF_ONLY, "-o", draft, "--registry", SAMPLES / "registry", "--no-cache")
    assert result.exit_code == 0, result.output
    assert sorted((p.name, p.stat().st_mtime_ns) for p in PDF_ONLY.iterdir()) == before  # input untouched
    text = draft.read_text(encoding="utf-8")
    assert "case/@number = 城西应急罚〔2024〕25号 ← D01-filing_approval.pdf 第1页" in text
    assert "case/acting-body = 城西县应急管理局（参照库 B-CX-YJ）" in text
    assert 'sector="emergency_management"' in text and '<matter code="UNKNOWN"' in text
    assert "steps/S05/penalty/@amount = 45000 ← D10-punishment_decision.pdf 第1页" in text  # each value names its step
    valid = cli("validate", draft, "--documents", PDF_ONLY)
    assert valid.exit_code == 0, valid.output
    assert valid.output == f"✓ {draft}\n"
    missing = cli("validate", draft)  # the documents are not beside the draft
    assert missing.exit_code == 1 and "LOAD-PATH-002" in missing.output


def test_extract_never_writes_into_its_input(cli: Callable[..., Result], tmp_path: Path) -> None:
    folder = _copy(PDF_ONLY, tmp_path / "pdfs")
    result = cli("extract", folder, "-o", folder / "dossier.xml")
    assert result.exit_code == 2
    assert "不得位于输入目录" in result.output
    assert not (folder / "dossier.xml").exists()


def test_check_on_a_pdf_only_folder_says_it_used_a_draft(check_json: Callable[..., tuple[int, dict[str, Any]]]) -> None:
    code, report = check_json(PDF_ONLY, *SAMPLE_ARGS, "--no-cache")
    assert code == 1
    [info] = [f for f in report["findings"] if f["rule_id"] == "LOAD-EXTRACT-001"]
    assert info["severity"] == "info" and "自动提取的草稿清单" in info["message"]
    assert [(d["id"], d["case_type"], d["status"]) for d in report["dossiers"]] == [
        ("PDF-01-only-pdfs", "punishment", "closed")]


def test_an_incomplete_draft_keeps_to_select_and_ignore(
    check_json: Callable[..., tuple[int, dict[str, Any]]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A draft too incomplete to check is reported as LOAD-EXTRACT-001, which --ignore silences like any other."""
    from pydantic import ValidationError

    from enforcement_audit.documents import draft as draft_module
    from enforcement_audit.models import Dossier

    class Incomplete:
        def dossier(self) -> Dossier:
            return Dossier.model_validate({})  # raises: nothing required is there

    monkeypatch.setattr(draft_module, "build_draft", lambda *_: Incomplete())
    with pytest.raises(ValidationError):
        Incomplete().dossier()
    _, report = check_json(PDF_ONLY, *SAMPLE_ARGS, "--no-cache")
    [finding] = report["findings"]
    assert (finding["rule_id"], finding["severity"]) == ("LOAD-EXTRACT-001", "info")
    assert "提取的草稿不完整" in finding["message"] and "未能检查" in finding["message"]
    _, report = check_json(PDF_ONLY, *SAMPLE_ARGS, "--no-cache", "--ignore", "LOAD-EXTRACT-001")
    assert report["findings"] == []
    assert [(d["id"], d["case_type"]) for d in report["dossiers"]] == [("PDF-01-only-pdfs", None)]


def test_user_law_catalogue_overrides_and_bad_files_name_the_key(cli: Callable[..., Result], tmp_path: Path) -> None:
    laws = tmp_path / "laws.toml"
    laws.write_text('format = 1\n[[law]]\nid = "work-safety-law"\nname = "中华人民共和国安全生产法"\nrank = "law"\n'
                    '[[law.version]]\nlabel = "假设版本"\nin_force = 2002-11-01\narticles = 130\nconfidence = "C1"\n',
                    encoding="utf-8")
    result = cli("check", PUN_20, *SAMPLE_ARGS, "--format", "json", "--no-cache", "--select", "GEN-CITE-001",
                 "--laws", laws)
    # Art 121 exists in the user's version (the scanned record is reported whatever is selected)
    assert [f["rule_id"] for f in json.loads(result.stdout)["findings"]] == ["LOAD-PDF-003"]
    laws.write_text('format = 1\n[[law]]\nid = "x"\nname = "某法"\nrank = "statute"\n'
                    '[[law.version]]\nlabel = "v"\nin_force = 2002-11-01\narticles = 1\n', encoding="utf-8")
    bad = cli("check", PUN_20, *SAMPLE_ARGS, "--laws", laws)
    assert bad.exit_code == 2
    assert "`rank` 须为" in bad.output and "第 1 个 [[law]]（x）" in bad.output


def test_individual_party_names_from_documents_are_masked(tmp_path: Path) -> None:
    d = testing.base_punishment()
    d["case"]["party"] = {"kind": "individual", "name": "王小明", "id_number": "330199199001010011"}
    texts = {"D09": "行政处罚决定书\n当事人：王晓明\n经查，当事人销售过期食品。"}
    found = testing.run(d, "ARC-104", texts=texts)
    assert [f.rule_id for f in found] == ["ARC-104"]
    from enforcement_audit.report import mask_text

    masked = mask_text(found[0].message, frozenset({"王小明", "王晓明"}))
    assert "王晓明" not in masked and "王小明" not in masked
