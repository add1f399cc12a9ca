"""Reading the text layer of PDFs (enforcement_audit.documents.pdftext).

The PDFs are drawn in ``tmp_path`` with reportlab's built-in CID font STSong-Light (no font file
needed); ``invariant=1`` makes the bytes stable. All names and numbers are invented.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import random
from collections.abc import Sequence
from pathlib import Path

import pytest
from reportlab.lib import pdfencrypt
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from enforcement_audit.documents.pdftext import DocumentText, PageText, PdfError, read_pdf, read_pdf_bytes

FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))

ENGINES = ("pdfium", "plumber")
WRAPPED = (
    "经查，当事人于2024年6月1日在城西县某某路12号经营场所内销售超过保质期的",
    "食品，违反了《中华人民共和国食品安全法》的规定。",
)
DECISION = (
    "行政處罰決定書",
    "当事人：城西县某某日用品经营部",
    *WRAPPED,
    "罚款 1 0 0 0 0 元，于２０２４年６月３０日前缴纳。",
)

Page = Sequence[str] | None  # lines drawn top-down; None: a page with only a rectangle


def make_pdf(path: Path, pages: Sequence[Page], encrypt: str | pdfencrypt.StandardEncryption | None = None) -> Path:
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1, encrypt=encrypt)
    for lines in pages:
        if lines is None:
            pdf.rect(100, 300, 200, 200)
        else:
            pdf.setFont(FONT, 12)
            for i, line in enumerate(lines):
                pdf.drawString(60, 780 - 20 * i, line)
        pdf.showPage()
    pdf.save()
    return path


@pytest.fixture
def decision_pdf(tmp_path: Path) -> Path:
    return make_pdf(tmp_path / "decision.pdf", [DECISION])


@pytest.mark.parametrize("engine", ENGINES)
def test_chinese_text_round_trip(decision_pdf: Path, engine: str) -> None:
    doc = read_pdf(decision_pdf, engine=engine)  # type: ignore[arg-type]
    assert doc.page_count == 1 and doc.truncated is None
    assert doc.pages == (PageText(1, doc.pages[0].text, True),)
    assert doc.pages[0].text.split("\n") == [
        "行政处罚决定书",  # traditional -> simplified
        "当事人:城西县某某日用品经营部",
        "经查,当事人于2024年6月1日在城西县某某路12号经营场所内销售超过保质期的食品,违反了《中华人民共和国食品安全法》的规定。",
        "罚款10000元,于2024年6月30日前缴纳。",  # spaced and full-width digits
    ]


def test_sha256_is_of_the_file_bytes_and_nothing_is_written(decision_pdf: Path) -> None:
    before = sorted(decision_pdf.parent.iterdir())
    doc = read_pdf(decision_pdf)
    assert doc.sha256 == hashlib.sha256(decision_pdf.read_bytes()).hexdigest()
    assert sorted(decision_pdf.parent.iterdir()) == before
    assert read_pdf_bytes(decision_pdf.read_bytes()) == doc


@pytest.mark.parametrize("engine", ENGINES)
def test_page_without_text_between_text_pages(tmp_path: Path, engine: str) -> None:
    path = make_pdf(tmp_path / "scan.pdf", [["第一页：询问笔录"], None, ["第三页：现场检查笔录"]])
    doc = read_pdf(path, engine=engine)  # type: ignore[arg-type]
    assert [(p.number, p.has_text) for p in doc.pages] == [(1, True), (2, False), (3, True)]
    assert doc.pages[1].text == ""
    assert doc.pages[2].text == "第三页:现场检查笔录"


@pytest.mark.parametrize("engine", ENGINES)
def test_page_limit(tmp_path: Path, engine: str) -> None:
    path = make_pdf(tmp_path / "long.pdf", [[f"第{n}页"] for n in range(1, 6)])
    doc = read_pdf(path, max_pages=2, engine=engine)  # type: ignore[arg-type]
    assert doc.page_count == 5
    assert [p.text for p in doc.pages] == ["第1页", "第2页"]
    assert doc.truncated == "仅读取前 2 页（页数上限）"
    assert read_pdf(path, max_pages=5, engine=engine).truncated is None  # type: ignore[arg-type]


def test_time_limit_reads_one_page_and_says_so(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "slow.pdf", [["甲"], ["乙"], ["丙"]])
    doc = read_pdf(path, max_seconds=0)
    assert [p.text for p in doc.pages] == ["甲"]
    assert doc.page_count == 3
    assert doc.truncated == "仅读取前 1 页（用时上限 0 秒）"


def test_text_drawn_one_character_at_a_time(tmp_path: Path) -> None:
    # STSong-Light is not embedded: without a CJK system font PDFium gives single-glyph text objects
    # an empty box and drops them; such pages are re-read with pdfplumber.
    path = tmp_path / "glyphs.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    pdf.setFont(FONT, 12)
    for i, char in enumerate("当事人：城西县某某日用品经营部"):
        pdf.drawString(60 + 12 * i, 780, char)
    for i, char in enumerate("2024年6月15日"):
        pdf.drawString(60 + 12 * i, 740, char)
    pdf.showPage()
    pdf.save()
    assert read_pdf(path).pages[0].text == "当事人:城西县某某日用品经营部\n2024年6月15日"


def test_engines_agree_on_a_simple_document(tmp_path: Path) -> None:
    path = make_pdf(
        tmp_path / "two.pdf", [DECISION, ["送达回证", "受送达人：城西县某某日用品经营部", "送达日期：2024年6月16日"]]
    )
    pdfium, plumber = read_pdf(path, engine="pdfium"), read_pdf(path, engine="plumber")
    assert pdfium == plumber
    assert pdfium.pages[1].text == "送达回证\n受送达人:城西县某某日用品经营部\n送达日期:2024年6月16日"


# ------------------------------------------------------------------ errors


@pytest.mark.parametrize("engine", ENGINES)
def test_encrypted_pdf(tmp_path: Path, engine: str) -> None:
    path = make_pdf(tmp_path / "secret.pdf", [["加密的文书"]], encrypt="secret")
    with pytest.raises(PdfError) as caught:
        read_pdf(path, engine=engine)  # type: ignore[arg-type]
    assert caught.value.kind == "encrypted"
    assert caught.value.message == "文件已加密，无法读取文本" == str(caught.value)


def test_pdf_error_pickles() -> None:
    error = pickle.loads(pickle.dumps(PdfError("corrupt", "PDF 文件已损坏或不完整，无法解析")))
    assert (error.kind, error.message, str(error)) == ("corrupt", "PDF 文件已损坏或不完整，无法解析", error.message)


def test_owner_password_only_is_read_by_pdfium(tmp_path: Path) -> None:
    # encrypted with an empty user password (only permissions restricted): any reader opens it
    encryption = pdfencrypt.StandardEncryption("", ownerPassword="owner", canCopy=0)
    path = make_pdf(tmp_path / "owner.pdf", [["当事人：城西县某某日用品经营部"]], encrypt=encryption)
    assert read_pdf(path).pages[0].text == "当事人:城西县某某日用品经营部"


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8,
        "当事人：城西县某某日用品经营部".encode(),
        b" " * 1024 + b"%PDF-1.4\n",  # the header must be within the first 1024 bytes
    ],
)
@pytest.mark.parametrize("engine", ENGINES)
def test_not_a_pdf(tmp_path: Path, content: bytes, engine: str) -> None:
    path = tmp_path / "x.pdf"
    path.write_bytes(content)
    with pytest.raises(PdfError) as caught:
        read_pdf(path, engine=engine)  # type: ignore[arg-type]
    assert caught.value.kind == "not_pdf"
    assert "不是 PDF 文件" in caught.value.message


@pytest.mark.parametrize("engine", ENGINES)
def test_truncated_pdf_is_corrupt(decision_pdf: Path, tmp_path: Path, engine: str) -> None:
    data = decision_pdf.read_bytes()
    path = tmp_path / "half.pdf"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(PdfError) as caught:
        read_pdf(path, engine=engine)  # type: ignore[arg-type]
    assert caught.value.kind == "corrupt"
    assert caught.value.message == "PDF 文件已损坏或不完整，无法解析"


@pytest.mark.parametrize("engine", ENGINES)
def test_garbage_after_the_header_is_corrupt(tmp_path: Path, engine: str) -> None:
    path = tmp_path / "garbage.pdf"
    path.write_bytes(b"%PDF-1.7\n" + random.Random(7).randbytes(4000))
    with pytest.raises(PdfError) as caught:
        read_pdf(path, engine=engine)  # type: ignore[arg-type]
    assert caught.value.kind == "corrupt"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes")
def test_named_pipe_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "pipe.pdf"
    os.mkfifo(path)
    with pytest.raises(PdfError) as caught:
        read_pdf(path)  # must not block waiting for a writer
    assert caught.value.kind == "not_pdf"


def test_missing_file_is_an_os_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        read_pdf(tmp_path / "missing.pdf")


def test_too_large(decision_pdf: Path) -> None:
    size = decision_pdf.stat().st_size
    with pytest.raises(PdfError) as caught:
        read_pdf(decision_pdf, max_bytes=size - 1)
    assert caught.value.kind == "too_large"
    assert caught.value.message.startswith("文件过大")
    assert read_pdf(decision_pdf, max_bytes=size).page_count == 1


@pytest.mark.parametrize("engine", ENGINES)
def test_damaged_files_never_raise_anything_but_pdf_error(decision_pdf: Path, tmp_path: Path, engine: str) -> None:
    data = decision_pdf.read_bytes()
    rng = random.Random(20240601)
    outcomes = set()
    for i in range(40):
        damaged = bytearray(data)
        for _ in range(rng.randint(1, 30)):
            damaged[rng.randrange(9, len(damaged))] = rng.randrange(256)
        if i % 4 == 0:
            damaged = damaged[: rng.randrange(20, len(damaged))]
        path = tmp_path / f"damaged-{i}.pdf"
        path.write_bytes(bytes(damaged))
        try:
            doc = read_pdf(path, engine=engine)  # type: ignore[arg-type]
        except PdfError as exc:
            assert exc.kind == "corrupt"
            outcomes.add("error")
        else:
            assert doc.page_count >= 1
            outcomes.add("read")
    assert "error" in outcomes  # the damage was real enough to break some files


# ------------------------------------------------------------------ JSON


def test_json_round_trip(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "three.pdf", [DECISION, None, ["第三页"]])
    doc = read_pdf(path, max_pages=2)
    data = json.loads(json.dumps(doc.to_json(), ensure_ascii=False))
    assert DocumentText.from_json(data) == doc
    assert data["truncated"] == "仅读取前 2 页（页数上限）"
    assert data["pages"][1] == {"number": 2, "text": "", "has_text": False}


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"sha256": "ab", "page_count": "1", "pages": [], "truncated": None},
        {"sha256": "ab", "page_count": 1, "pages": {}, "truncated": None},
        {"sha256": "ab", "page_count": True, "pages": [], "truncated": None},
        {"sha256": "ab", "page_count": 1, "pages": [{"number": 1, "text": "甲"}], "truncated": None},
        {"sha256": "ab", "page_count": 1, "pages": [["甲"]], "truncated": None},
        {"sha256": "ab", "page_count": 1, "pages": [], "truncated": 3},
    ],
)
def test_from_json_rejects_other_shapes(data: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        DocumentText.from_json(data)


def test_first_pages(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "four.pdf", [["一"], ["二"], ["三"], ["四"]])
    full = read_pdf(path)
    assert full.first_pages(2) == read_pdf(path, max_pages=2)
    assert full.first_pages(4) is full
