"""Benchmark of the PDF text layer: reading, normalisation and the text cache (see bench/README.md).

Generates N realistic Chinese case documents (3-5 text pages each, seeded ``random.Random``) with
reportlab and prints, in one run:

(a) cold pages/second of ``read_pdf`` with pypdfium2 and with pdfplumber (no cache);
(b) warm pages/second of ``read_pdf_cached`` on the same files (every read a cache hit) and the
    warm/cold ratio;
(c) where the cold pypdfium2 time goes: PDF reading versus ``normalize`` and ``join_wrapped_lines``.

All figures are single-process (per core) medians of ``--repeat`` runs. Nothing is asserted:
numbers are printed next to their targets.

    python bench/bench_pdf.py                    # 200 documents in a temp dir
    python bench/bench_pdf.py --n 50 --repeat 5 --out /tmp/bench-pdf
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import opencc
import pdfplumber
import pypdfium2
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from enforcement_audit import __version__
from enforcement_audit.documents import pdftext
from enforcement_audit.documents.cache import TextCache, read_pdf_cached
from enforcement_audit.documents.normalize import join_wrapped_lines, normalize
from enforcement_audit.documents.pdftext import Engine, read_pdf

TARGET_COLD = 200.0  # text pages/s per core, text only (pypdfium2)
TARGET_WARM_RATIO = 50.0

FONT = "STSong-Light"
FONT_SIZE = 11
LEADING = 19
MARGIN = 72
TEXT_WIDTH = A4[0] - 2 * MARGIN
LINES_PER_PAGE = int((A4[1] - 2 * MARGIN) // LEADING)

# ------------------------------------------------------------------ synthetic documents (invented data)

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
GIVEN = ("建国", "志强", "秀英", "海燕", "立新", "晓东", "春燕", "国庆", "丽华", "文博", "子涵", "浩然", "明辉", "振华")
SHOPS = ("日用品经营部", "食品商行", "便利店", "餐饮店", "五金建材店", "百货超市", "副食品店", "药店")
STREETS = ("某某路", "建设路", "人民路", "解放街", "新华街", "东风路", "文化路", "滨江路")
GOODS = (
    "超过保质期的食品",
    "无中文标签的预包装食品",
    "来源不明的食用农产品",
    "未经检验的计量器具",
    "不符合安全标准的日用品",
)
LAWS = (
    ("《中华人民共和国食品安全法》", "第三十四条第（十）项", "第一百二十四条第一款第（五）项"),
    ("《中华人民共和国产品质量法》", "第三十九条", "第五十条"),
    ("《中华人民共和国计量法》", "第九条", "第二十六条"),
)
AMOUNTS = ((2000, "贰仟"), (5000, "伍仟"), (10000, "壹万"), (20000, "贰万"), (50000, "伍万"), (80000, "捌万"))
TITLES = ("行政处罚决定书", "行政处罚事先告知书", "现场检查笔录", "询问笔录", "案件调查终结报告")
NUMERALS = "〇一二三四五六七八九"
FULL_WIDTH_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")


def _person(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def _date(rng: random.Random) -> tuple[int, int, int]:
    return 2023 + rng.randrange(3), rng.randint(1, 12), rng.randint(1, 28)


def _chinese_numeral(n: int) -> str:
    """1-31 in Chinese numerals (十二, 二十一)."""
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else "十" if tens == 1 else NUMERALS[tens] + "十"
    return head + (NUMERALS[ones] if ones else "")


def _chinese_date(y: int, m: int, d: int) -> str:
    """二〇二四年六月十五日"""
    return "".join(NUMERALS[int(c)] for c in str(y)) + f"年{_chinese_numeral(m)}月{_chinese_numeral(d)}日"


def _paragraphs(rng: random.Random, title: str) -> list[str]:
    """The body of one document as paragraphs (a '' item is a blank line)."""
    party = f"城西县{rng.choice(['某某', '某甲', '某乙'])}{rng.choice(SHOPS)}"
    boss, officer1, officer2 = _person(rng), _person(rng), _person(rng)
    y, m, d = _date(rng)
    law, rule, penalty = rng.choice(LAWS)
    amount, in_words = rng.choice(AMOUNTS)
    goods = rng.choice(GOODS)
    place = f"城西县{rng.choice(STREETS)}{rng.randint(1, 300)}号"
    facts = (
        f"经查，当事人于{y}年{m}月{d}日在{place}经营场所内销售{goods}，货值金额共计人民币{amount // 10}元，"
        f"违法所得人民币{amount // 50}元。执法人员{officer1}、{officer2}出示执法证件后对该经营场所进行了检查，"
        f"并制作了现场检查笔录，当事人的法定代表人{boss}在笔录上签字确认。"
    )
    paragraphs = [
        title,
        f"城市监罚字〔{y}〕第{rng.randint(1, 999)}号",
        "",
        f"当事人：{party}",
        f"统一社会信用代码：91330199MA{rng.randrange(10**7):07d}X",
        f"法定代表人：{boss}",
        f"住所：{place}",
        "",
        "一、违法事实和证据",
        facts,
        "以上事实有下列证据证明：",
        f"（一）现场检查笔录一份，证明当事人在经营场所内销售{goods}的事实；",
        "（二）询问笔录两份，证明当事人对违法事实无异议；",
        "（三）营业执照复印件、法定代表人身份证明各一份，证明当事人的主体资格；",
        "（四）现场照片六张、销售凭证三张，证明涉案物品的数量和货值金额。",
        "二、处罚依据和理由",
        f"当事人的上述行为违反了{law}{rule}的规定，依据{law}{penalty}的规定，"
        "考虑到当事人能够积极配合调查，主动停止违法行为，没有造成危害后果，依法予以从轻处罚。",
        "三、处罚决定",
        "本机关决定对当事人作出如下行政处罚：",
        "1.没收违法所得；",
        f"2.罚款人民币{amount}元（大写：{in_words}元整）。",
        "当事人应当自收到本决定书之日起十五日内，将罚款缴至指定银行，逾期不缴纳罚款的，"
        "本机关可以每日按罚款数额的百分之三加处罚款。",
        "当事人如不服本处罚决定，可以在收到本决定书之日起六十日内向城西县人民政府申请行政复议，"
        "也可以在六个月内依法向城西县人民法院提起行政诉讼。",
    ]
    if rng.random() < 0.2:  # full-width digits, as some word processors produce them
        paragraphs = [p.translate(FULL_WIDTH_DIGITS) for p in paragraphs]
    return paragraphs


def _wrap(paragraph: str) -> list[str]:
    """Lines of ``paragraph`` at the text width, as a layout engine would break them."""
    if not paragraph:
        return [""]
    lines, line = [], ""
    for char in paragraph:
        if line and pdfmetrics.stringWidth(line + char, FONT, FONT_SIZE) > TEXT_WIDTH:
            lines.append(line)
            line = ""
        line += char
    return [*lines, line]


def _document_lines(rng: random.Random, pages: int, to_traditional: Callable[[str], str] | None) -> list[str]:
    title = rng.choice(TITLES)
    lines: list[str] = []
    while len(lines) < (pages - 1) * LINES_PER_PAGE + LINES_PER_PAGE // 2:
        for paragraph in _paragraphs(rng, title):
            lines += _wrap(to_traditional(paragraph) if to_traditional else paragraph)
    lines = lines[: (pages - 1) * LINES_PER_PAGE + LINES_PER_PAGE // 2]
    y, m, d = _date(rng)
    lines += ["", "城西县市场监督管理局", _chinese_date(y, m, d) if rng.random() < 0.5 else f"{y}年{m}月{d}日"]
    return lines


def write_document(path: Path, rng: random.Random, to_traditional: Callable[[str], str] | None) -> int:
    """Write one document; returns its page count."""
    pages = rng.randint(3, 5)
    lines = _document_lines(rng, pages, to_traditional)
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for start in range(0, len(lines), LINES_PER_PAGE):
        pdf.setFont(FONT, FONT_SIZE)
        for i, line in enumerate(lines[start : start + LINES_PER_PAGE]):
            if line:
                pdf.drawString(MARGIN, A4[1] - MARGIN - LEADING * i, line)
        pdf.drawCentredString(A4[0] / 2, MARGIN / 2, f"第 {start // LINES_PER_PAGE + 1} 页")
        pdf.showPage()
    pdf.save()
    return (len(lines) + LINES_PER_PAGE - 1) // LINES_PER_PAGE


@dataclass
class Dataset:
    files: list[Path]
    pages: int
    seconds: float


def generate(folder: Path, n: int, seed: int) -> Dataset:
    """N documents, 10 % of them in traditional characters."""
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    s2t = opencc.OpenCC("s2t")
    t0 = time.perf_counter()
    files, pages = [], 0
    for i in range(n):
        path = folder / f"doc-{i:05d}.pdf"
        pages += write_document(path, rng, s2t.convert if rng.random() < 0.1 else None)
        files.append(path)
    return Dataset(files, pages, time.perf_counter() - t0)


# ------------------------------------------------------------------ measurements


def _median_rate(pages: int, seconds: Sequence[float]) -> tuple[float, str]:
    return pages / statistics.median(seconds), " ".join(f"{s:.3f}" if s < 1 else f"{s:.2f}" for s in seconds)


def time_cold(files: Sequence[Path], engine: Engine) -> tuple[float, int]:
    t0 = time.perf_counter()
    pages = sum(sum(p.has_text for p in read_pdf(path, engine=engine).pages) for path in files)
    return time.perf_counter() - t0, pages


def time_warm(files: Sequence[Path], cache: TextCache) -> tuple[float, int]:
    t0 = time.perf_counter()
    pages = sum(sum(p.has_text for p in read_pdf_cached(path, cache).pages) for path in files)
    return time.perf_counter() - t0, pages


@dataclass
class Split:
    """Seconds of the cold pypdfium2 path by stage."""

    read: float = 0.0  # load the file, open it, extract the raw text of every page
    fallback: float = 0.0  # of which: pages re-read with pdfplumber (PDFium dropped text)
    fallback_pages: int = 0
    normalize: float = 0.0
    join: float = 0.0


def time_split(files: Sequence[Path]) -> Split:
    """Time the stages of read_pdf separately (uses the module's private reader to get raw text)."""
    split = Split()
    original = pdftext._PdfiumReader._plumber_text

    def timed_fallback(reader: pdftext._PdfiumReader, index: int, text: str) -> str:
        t0 = time.perf_counter()
        try:
            return original(reader, index, text)
        finally:
            split.fallback += time.perf_counter() - t0
            split.fallback_pages += 1

    pdftext._PdfiumReader._plumber_text = timed_fallback  # type: ignore[method-assign,assignment]
    try:
        for path in files:
            t0 = time.perf_counter()
            data = pdftext.load_pdf_bytes(path)
            with pdftext._open("pdfium", data) as reader:
                raw = [reader.page_text(i) for i in range(reader.page_count)]
            t1 = time.perf_counter()
            normalised = [normalize(text) for text in raw]
            t2 = time.perf_counter()
            for text in normalised:
                join_wrapped_lines(text)
            split.read += t1 - t0
            split.normalize += t2 - t1
            split.join += time.perf_counter() - t2
    finally:
        pdftext._PdfiumReader._plumber_text = original  # type: ignore[method-assign]
    return split


def _mark(ok: bool) -> str:
    return "meets target" if ok else "BELOW TARGET"


def benchmark(data: Dataset, work: Path, repeat: int) -> None:
    files = data.files
    print(f"\n(a) cold: read_pdf, no cache, single process   (median of {repeat} runs)")
    cold: dict[str, float] = {}
    for engine in ("pdfium", "plumber"):
        runs = [time_cold(files, engine) for _ in range(repeat)]  # type: ignore[arg-type]
        rate, spread = _median_rate(runs[0][1], [s for s, _ in runs])
        cold[engine] = rate
        print(f"    {engine:<8} {rate:>9.0f} text pages/s   runs s: {spread}")
    print(
        f"    pypdfium2 per core: {cold['pdfium']:.0f} pages/s   target >= {TARGET_COLD:.0f}   "
        f"{_mark(cold['pdfium'] >= TARGET_COLD)};  pdfplumber is {cold['pdfium'] / cold['plumber']:.1f}x slower"
    )

    cache = TextCache(work / "cache")
    for path in files:  # fill the cache (not timed)
        read_pdf_cached(path, cache)
    same = all(read_pdf_cached(path, cache) == read_pdf(path) for path in files[:20])
    runs = [time_warm(files, cache) for _ in range(repeat)]
    warm, spread = _median_rate(runs[0][1], [s for s, _ in runs])
    ratio = warm / cold["pdfium"]
    print("\n(b) warm: read_pdf_cached, every read a cache hit (hash of the file bytes + JSON entry)")
    print(
        f"    {warm:>9.0f} text pages/s   runs s: {spread}   cached text equals a fresh read: {'yes' if same else 'NO'}"
    )
    print(
        f"    warm/cold (pypdfium2): {ratio:.0f}x   target >= {TARGET_WARM_RATIO:.0f}x   {_mark(ratio >= TARGET_WARM_RATIO)}"
    )

    splits = [time_split(files) for _ in range(repeat)]
    split = sorted(splits, key=lambda t: t.read + t.normalize + t.join)[len(splits) // 2]
    total = split.read + split.normalize + split.join
    print(f"\n(c) cold pypdfium2 time by stage (the median run, {total:.2f} s)")
    print(f"    PDF reading (load, open, extract)   {split.read:6.2f} s  {split.read / total:6.1%}")
    print(
        f"      of which pdfplumber re-reads      {split.fallback:6.2f} s  {split.fallback / total:6.1%}"
        f"   ({split.fallback_pages} of {data.pages} pages: PDFium dropped single-glyph text of the non-embedded font)"
    )
    print(f"    normalize()                          {split.normalize:6.2f} s  {split.normalize / total:6.1%}")
    print(f"    join_wrapped_lines()                 {split.join:6.2f} s  {split.join / total:6.1%}")
    rest = split.read - split.fallback + split.normalize + split.join
    clean = (data.pages - split.fallback_pages) / rest
    print(
        f"    without the re-reads: {data.pages - split.fallback_pages} pages in {rest:.2f} s = {clean:.0f} pages/s; "
        f"warm/cold against that: {warm / clean:.0f}x"
    )


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=200, help="number of documents (default 200)")
    ap.add_argument("--seed", type=int, default=20240601, help="random seed (default 20240601)")
    ap.add_argument("--out", type=Path, help="write the PDFs and the cache here and keep them (default: temp dir)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per measurement; the median is reported (default 3)")
    args = ap.parse_args(argv)
    if args.n < 1 or args.repeat < 1:
        ap.error("--n and --repeat must be >= 1")

    print(
        f"enforcement-audit {__version__} · Python {platform.python_version()} · {platform.machine()} · "
        f"{os.cpu_count()} cores · pypdfium2 {pypdfium2.PYPDFIUM_INFO} (PDFium {pypdfium2.PDFIUM_INFO}) · "
        f"pdfplumber {pdfplumber.__version__} · seed {args.seed}"
    )
    tmp = None if args.out else Path(tempfile.mkdtemp(prefix="ea-bench-pdf-"))
    root = args.out.resolve() if args.out else tmp
    assert root is not None
    try:
        if (root / "cache").exists():
            shutil.rmtree(root / "cache")
        data = generate(root / "pdf", args.n, args.seed)
        size = sum(p.stat().st_size for p in data.files) / 2**20
        print(
            f"generated {len(data.files)} documents, {data.pages} pages, {size:.1f} MiB in {data.seconds:.1f} s under {root}"
        )
        benchmark(data, root, args.repeat)
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
