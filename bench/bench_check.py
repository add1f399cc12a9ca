"""Benchmark of ``enforcement-audit check`` on synthetic dossiers (see bench/README.md).

Generates N dossiers from the compliant base dossiers of ``enforcement_audit.testing`` (dates,
officers, parties and amounts varied; defects planted at random with a seeded ``random.Random``)
and prints, in one run:

(a) dossiers/second of the whole ``enforcement-audit check DIR --format json -o FILE`` process as a
    user runs it (subprocess, wall time, median of ``--repeat`` runs) with ``--jobs 1`` and one job
    per core;
(b) the bare baseline: lxml parse + XSD validation of the same files in-process, and the ratio;
(c) peak memory (max RSS) of the check process at N and N/4, each in a fresh subprocess;
(d) ``--jobs 2`` throughput and whether its output is byte-identical to ``--jobs 1``.

Nothing is asserted: numbers are printed next to their targets. ``--profile-python`` instead runs
the check in-process under cProfile on a smaller N and prints the top functions.

    python bench/bench_check.py                 # N=10,000 in a temp dir
    python bench/bench_check.py --n 2000 --repeat 3 --out /tmp/bench
    python bench/bench_check.py --profile-python --profile-n 1000
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import cProfile
import datetime as dt
import hashlib
import io
import json
import os
import platform
import pstats
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lxml import etree

from enforcement_audit import __version__, testing, writer
from enforcement_audit.loader import MANIFEST, schema

AS_OF = "2025-12-31"
SHARDS = 4  # dossiers are spread over SHARDS folders so that one of them is an N/4 sample

TARGET_RATE_PER_CORE = 2500.0
TARGET_RATIO = 3.0

# ------------------------------------------------------------------ synthetic data

CASE_MIX: tuple[tuple[str, float], ...] = (
    ("punishment", 0.50),
    ("inspection", 0.30),
    ("coercive_measure", 0.12),
    ("enforced_execution", 0.08),
)
BASES: dict[str, Callable[[], dict[str, Any]]] = {
    "punishment": testing.base_punishment,
    "inspection": testing.base_inspection,
    "coercive_measure": testing.base_coercive_measure,
    "enforced_execution": testing.base_enforced_execution,
}

#: Number of planted defects per dossier (0 = compliant as generated) and its probability.
DEFECT_COUNT_MIX: tuple[tuple[int, float], ...] = ((0, 0.55), (1, 0.30), (2, 0.12), (3, 0.03))
#: Share of dossiers whose manifest is broken at XML/XSD level (load findings, no rules run).
LOAD_DEFECT_RATE = 0.01
OPEN_RATE = 0.10
INDIVIDUAL_RATE = 0.30

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
GIVEN = ("建国", "志强", "秀英", "海燕", "立新", "晓东", "春燕", "国庆", "丽华", "文博", "子涵", "浩然", "静怡",
         "明辉", "雪梅", "振华", "伟", "敏", "磊", "婷")
EXTRA_OFFICERS = 40
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2})?$")
ON_SITE = {"inspection", "inquiry", "evidence_preservation", "seal_up", "seizure", "execution"}


def _officer_pool(rng: random.Random) -> list[tuple[str, str]]:
    """(name, certificate number) of certified officers added to the benchmark registry."""
    pool: list[tuple[str, str]] = []
    names: set[str] = set()
    while len(pool) < EXTRA_OFFICERS:
        name = rng.choice(SURNAMES) + rng.choice(GIVEN)
        if name in names:
            continue
        names.add(name)
        pool.append((name, f"3301992020{len(pool) + 1:04d}"))
    return pool


def bench_registry(pool: Sequence[tuple[str, str]]) -> dict[str, Any]:
    """``testing.REGISTRY`` plus one enforcement certificate per pooled officer."""
    reg = copy.deepcopy(testing.REGISTRY)
    for name, number in pool:
        reg["certificates"].append(
            {"number": number, "holder": name, "body": "B-CX-MR", "kind": "enforcement",
             "fields": ["market_regulation"], "territory": "330199",
             "valid_from": "2022-01-01", "valid_to": "2027-12-31"}
        )
    return reg


def _shift(value: Any, days: int) -> Any:
    """Move every date and local date-time in a dossier dict by ``days``."""
    if isinstance(value, dict):
        return {k: _shift(v, days) for k, v in value.items()}
    if isinstance(value, list):
        return [_shift(v, days) for v in value]
    if isinstance(value, str) and DATE_RE.match(value):
        if "T" in value:
            return (dt.datetime.fromisoformat(value) + dt.timedelta(days=days)).isoformat()
        return (dt.date.fromisoformat(value) + dt.timedelta(days=days)).isoformat()
    return value


def _plus(value: str, days: int) -> str:
    return (dt.date.fromisoformat(value[:10]) + dt.timedelta(days=days)).isoformat() + value[10:]


def _steps(d: dict[str, Any], *kinds: str) -> list[dict[str, Any]]:
    return [s for s in d["steps"] if s["kind"] in kinds]


def _id_number(rng: random.Random) -> str:
    born = dt.date(1960, 1, 1) + dt.timedelta(days=rng.randrange(365 * 40))
    body = f"330199{born:%Y%m%d}{rng.randrange(1000):03d}"
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    check = "10X98765432"[sum(int(c) * w for c, w in zip(body, weights, strict=True)) % 11]
    return body + check


# -- defects: each returns True when it applies to the dossier (and has changed it)

def _unknown_body(d: dict[str, Any], rng: random.Random) -> bool:
    d["case"]["acting_body"]["id"] = "B-UNKNOWN"
    return True


def _matter_not_listed(d: dict[str, Any], rng: random.Random) -> bool:
    d["case"]["matter"]["code"] = f"MR-XX-{rng.randrange(100, 999)}"
    return True


def _expired_certificate(d: dict[str, Any], rng: random.Random) -> bool:
    testing.officer(d, "O2")["certificate"] = "33019920190003"  # valid to 2024-12-31
    return True


def _supervision_certificate(d: dict[str, Any], rng: random.Random) -> bool:
    testing.officer(d, "O2")["certificate"] = "33019920190004"
    return True


def _single_officer(d: dict[str, Any], rng: random.Random) -> bool:
    sites = _steps(d, *ON_SITE)
    rng.choice(sites)["officers"] = ["O1"]
    return True


def _certificates_not_shown(d: dict[str, Any], rng: random.Random) -> bool:
    rng.choice(_steps(d, *ON_SITE))["certificates_shown"] = False
    return True


def _no_text_record(d: dict[str, Any], rng: random.Random) -> bool:
    s = rng.choice(_steps(d, *ON_SITE))
    s["records"] = [r for r in s["records"] if "document" not in r]
    return True


def _no_av_record(d: dict[str, Any], rng: random.Random) -> bool:
    sites = _steps(d, "seal_up", "seizure", "execution")
    if not sites:
        return False
    for s in sites:
        s["records"] = [r for r in s["records"] if "av" not in r]
    d["av_records"] = []
    return True


def _missing_step(d: dict[str, Any], rng: random.Random) -> bool:
    kind = {"punishment": "advance_notice", "inspection": "inspection_result",
            "enforced_execution": "demand_notice", "coercive_measure": "approval"}[d["case"]["type"]]
    gone = {s["id"] for s in _steps(d, kind)}
    d["steps"] = [s for s in d["steps"] if s["id"] not in gone and s.get("of") not in gone]
    if kind == "approval":
        for s in _steps(d, "seizure"):
            s.pop("approved_by", None)
            s.pop("approved_on", None)
    return True


def _late_service(d: dict[str, Any], rng: random.Random) -> bool:
    decisions = {s["id"] for s in _steps(d, "decision", "execution_decision")}
    served = [s for s in _steps(d, "service") if s.get("of") in decisions]
    if not served:
        return False
    for s in served:
        s["date"] = _plus(s["date"], rng.randint(10, 30))
    return True


def _late_disclosure(d: dict[str, Any], rng: random.Random) -> bool:
    for s in _steps(d, "disclosure"):
        s["date"] = _plus(s["date"], rng.randint(20, 60))
    return bool(_steps(d, "disclosure"))


def _unqualified_reviewer(d: dict[str, Any], rng: random.Random) -> bool:
    if not _steps(d, "legal_review"):
        return False
    testing.officer(d, "O3")["reviewer"] = "RV-02"
    return True


def _review_after_decision(d: dict[str, Any], rng: random.Random) -> bool:
    reviews, decisions = _steps(d, "legal_review"), _steps(d, "decision")
    if not reviews or not decisions:
        return False
    reviews[0]["date"] = _plus(decisions[0]["date"], 2)
    return True


def _decision_late(d: dict[str, Any], rng: random.Random) -> bool:
    if d["case"]["type"] != "punishment":
        return False
    back = rng.randint(100, 160)
    for s in _steps(d, "discovery", "filing"):
        s["date"] = _plus(s["date"], -back)
        if "approved_on" in s:
            s["approved_on"] = _plus(s["approved_on"], -back)
    return True


def _measure_overdue(d: dict[str, Any], rng: random.Random) -> bool:
    if not d.get("measures"):
        return False
    extra = rng.randint(10, 40)
    for m in d["measures"]:
        m["end"] = _plus(m["end"], extra)
    for s in _steps(d, "release", "disclosure", "closing"):
        s["date"] = _plus(s["date"], extra)
    return True


def _night_execution(d: dict[str, Any], rng: random.Random) -> bool:
    execs = _steps(d, "execution")
    if not execs:
        return False
    day = execs[0]["start"][:10]
    execs[0]["start"], execs[0]["end"] = f"{day}T22:30:00", f"{day}T23:40:00"
    return True


def _unsigned_record(d: dict[str, Any], rng: random.Random) -> bool:
    s = rng.choice(_steps(d, *ON_SITE))
    s["party_signed"] = False
    return True


def _fine_over_threshold_no_hearing(d: dict[str, Any], rng: random.Random) -> bool:
    notices, decisions = _steps(d, "advance_notice"), _steps(d, "decision")
    if not notices or not decisions:
        return False
    decisions[0]["penalties"] = [{"kind": "fine", "amount": str(rng.choice((100000, 150000, 200000)))}]
    notices[0]["rights"] = ["statement", "defence"]
    return True


Defect = Callable[[dict[str, Any], random.Random], bool]
DEFECTS: tuple[tuple[str, Defect], ...] = (
    ("unknown_body", _unknown_body),
    ("matter_not_listed", _matter_not_listed),
    ("expired_certificate", _expired_certificate),
    ("supervision_certificate", _supervision_certificate),
    ("single_officer", _single_officer),
    ("certificates_not_shown", _certificates_not_shown),
    ("no_text_record", _no_text_record),
    ("no_av_record", _no_av_record),
    ("missing_step", _missing_step),
    ("late_service", _late_service),
    ("late_disclosure", _late_disclosure),
    ("unqualified_reviewer", _unqualified_reviewer),
    ("review_after_decision", _review_after_decision),
    ("decision_late", _decision_late),
    ("measure_overdue", _measure_overdue),
    ("night_execution", _night_execution),
    ("unsigned_record", _unsigned_record),
    ("fine_over_threshold_no_hearing", _fine_over_threshold_no_hearing),
)


def _break_manifest(xml: bytes, rng: random.Random) -> tuple[str, bytes]:
    how = rng.choice(("malformed_xml", "schema_violation", "doctype"))
    if how == "malformed_xml":
        return how, xml[: len(xml) * 3 // 5]
    if how == "schema_violation":
        return how, xml.replace(b'status="closed"', b'status="done"').replace(b'status="open"', b'status="done"')
    head, _, rest = xml.partition(b"\n")
    return how, head + b'\n<!DOCTYPE dossier [<!ENTITY x "y">]>\n' + rest


def _pick(rng: random.Random, mix: Sequence[tuple[Any, float]]) -> Any:
    return rng.choices([k for k, _ in mix], weights=[w for _, w in mix])[0]


def make_dossier(i: int, rng: random.Random, pool: Sequence[tuple[str, str]], stats: Counter[str]) -> bytes:
    """One synthetic dossier manifest (bytes), its features counted in ``stats``."""
    case_type: str = _pick(rng, CASE_MIX)
    stats[f"case_type:{case_type}"] += 1
    d = _shift(BASES[case_type](), -7 * rng.randint(0, 100))  # whole weeks: weekdays stay weekdays
    d["id"] = f"BENCH-{i:06d}"
    d["case"]["number"] = d["case"]["number"].replace("1号", f"{i + 1}号")
    # officers: a random certified pair leads and assists
    (n1, c1), (n2, c2) = rng.sample(list(pool), 2)
    testing.officer(d, "O1").update(name=n1, certificate=c1)
    testing.officer(d, "O2").update(name=n2, certificate=c2)
    # party
    if rng.random() < INDIVIDUAL_RATE:
        d["case"]["party"] = {"kind": "individual", "name": rng.choice(SURNAMES) + rng.choice(GIVEN),
                              "id_number": _id_number(rng), "phone": f"13{rng.randrange(10**9):09d}"}
    # amounts
    for s in _steps(d, "decision"):
        s["penalties"] = [{"kind": "fine", "amount": str(rng.choice((500, 2000, 5000, 8000, 20000, 50000, 120000)))}]
        if rng.random() < 0.2:
            s["penalties"].append({"kind": "confiscation_of_gains", "amount": f"{rng.randrange(100, 90000)}.50"})
    if rng.random() < OPEN_RATE:
        d["case"]["status"] = "open"
        d["steps"] = [s for s in d["steps"] if s["kind"] not in ("closing", "archiving")]
        stats["status:open"] += 1
    for _ in range(_pick(rng, DEFECT_COUNT_MIX)):
        name, defect = rng.choice(DEFECTS)
        if defect(d, rng):
            stats[f"defect:{name}"] += 1
    xml = writer.dossier_xml(d)
    if rng.random() < LOAD_DEFECT_RATE:
        how, xml = _break_manifest(xml, rng)
        stats[f"load_defect:{how}"] += 1
    return xml


@dataclass
class Dataset:
    root: Path
    n: int
    stats: Counter[str] = field(default_factory=Counter)

    @property
    def dossiers(self) -> Path:
        return self.root / "dossiers"

    @property
    def quarter(self) -> Path:
        return self.dossiers / "q0"

    @property
    def registry(self) -> Path:
        return self.root / "registry"

    def manifests(self) -> list[Path]:
        return sorted(self.dossiers.glob(f"q*/*/{MANIFEST}"))


def generate(root: Path, n: int, seed: int) -> Dataset:
    """Write N dossiers (in SHARDS folders of N/SHARDS) and the registry under ``root``."""
    rng = random.Random(seed)
    pool = _officer_pool(rng)
    data = Dataset(root, n)
    if root.exists():
        shutil.rmtree(root)
    data.registry.mkdir(parents=True)
    reg = bench_registry(pool)
    for part in ("bodies", "certificates", "reviewers"):
        (data.registry / f"{part}.xml").write_bytes(writer.registry_xml(part, reg[part]))
    per_shard = -(-n // SHARDS)
    for i in range(n):
        folder = data.dossiers / f"q{i // per_shard}" / f"BENCH-{i:06d}"
        folder.mkdir(parents=True)
        (folder / MANIFEST).write_bytes(make_dossier(i, rng, pool, data.stats))
    return data


# ------------------------------------------------------------------ measurements

def _cli() -> list[str]:
    script = Path(sys.executable).with_name("enforcement-audit")
    if script.is_file():
        return [str(script)]
    found = shutil.which("enforcement-audit")
    return [found] if found else [sys.executable, "-m", "enforcement_audit"]


def check_command(target: Path, registry: Path, out: Path, jobs: int) -> list[str]:
    return [*_cli(), "check", str(target), "--registry", str(registry), "--as-of", AS_OF,
            "--format", "json", "-o", str(out), "--jobs", str(jobs)]


def run_check(cmd: list[str]) -> float:
    """Wall time of one check process; exit 0 or 1 (findings) is success."""
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=False)
    elapsed = time.perf_counter() - t0
    if proc.returncode not in (0, 1):
        raise SystemExit(f"check failed (exit {proc.returncode}): {' '.join(cmd)}\n{proc.stderr}")
    return elapsed


_RSS_HELPER = """
import resource, subprocess, sys
proc = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(proc.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def peak_rss_mib(cmd: list[str]) -> float:
    """Max RSS of the check process, measured from a fresh helper process (ru_maxrss is a high-water mark)."""
    out = subprocess.run([sys.executable, "-c", _RSS_HELPER, *cmd], capture_output=True, text=True, check=True)
    code, rss_kib = out.stdout.split()
    if int(code) not in (0, 1):
        raise SystemExit(f"check failed (exit {code}) while measuring memory: {' '.join(cmd)}")
    return int(rss_kib) / 1024


def bare_parse_validate(files: Sequence[Path]) -> float:
    """Seconds to read, parse (safe parser) and XSD-validate every file in-process."""
    xsd = schema("dossier-1.0.xsd")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                             remove_comments=True, remove_pis=True)
    t0 = time.perf_counter()
    for path in files:
        with contextlib.suppress(etree.XMLSyntaxError):  # the few broken manifests of the mix
            xsd.validate(etree.fromstring(path.read_bytes(), parser))
    return time.perf_counter() - t0


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _mark(ok: bool) -> str:
    return "meets target" if ok else "BELOW TARGET"


@dataclass
class Timing:
    jobs: int
    seconds: list[float]
    output: Path

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)


def time_check(data: Dataset, work: Path, jobs: int, repeat: int) -> Timing:
    out = work / f"report-jobs{jobs}.json"
    cmd = check_command(data.dossiers, data.registry, out, jobs)
    return Timing(jobs, [run_check(cmd) for _ in range(repeat)], out)


def benchmark(data: Dataset, work: Path, repeat: int) -> None:
    n = data.n
    cores = os.cpu_count() or 1
    print(f"\n(a) whole process: enforcement-audit check DIR --format json -o FILE   (median of {repeat} runs)")
    job_counts = sorted({1, 2, cores})
    timings = {j: time_check(data, work, j, repeat) for j in job_counts}
    print(f"    {'jobs':>4}  {'median s':>9}  {'runs s':<26} {'dossiers/s':>10}  {'per job':>9}")
    for j, t in timings.items():
        rate = n / t.median
        runs = " ".join(f"{s:.2f}" for s in t.seconds)
        print(f"    {j:>4}  {t.median:>9.2f}  {runs:<26} {rate:>10.0f}  {rate / j:>9.0f}")
    rate1 = n / timings[1].median
    rate_cores = n / timings[cores].median
    print(f"    per core, --jobs 1:       {rate1:>8.0f} dossiers/s   target >= {TARGET_RATE_PER_CORE:,.0f}   "
          f"{_mark(rate1 >= TARGET_RATE_PER_CORE)}")
    print(f"    per core, --jobs {cores}:       {rate_cores / cores:>8.0f} dossiers/s   "
          f"target >= {TARGET_RATE_PER_CORE:,.0f}   {_mark(rate_cores / cores >= TARGET_RATE_PER_CORE)}")

    files = data.manifests()
    bare = [bare_parse_validate(files) for _ in range(repeat)]
    bare_rate = n / statistics.median(bare)
    ratio = bare_rate / rate1
    print("\n(b) bare baseline in-process: read + lxml parse + XSD validation of the same files")
    print(f"    median {statistics.median(bare):.2f} s ({' '.join(f'{s:.2f}' for s in bare)})  "
          f"{bare_rate:.0f} dossiers/s")
    print(f"    ratio check(--jobs 1)/bare: {ratio:.2f}x   target <= {TARGET_RATIO:.0f}x   {_mark(ratio <= TARGET_RATIO)}")

    quarter = len(list(data.quarter.iterdir()))
    mem_full = peak_rss_mib(check_command(data.dossiers, data.registry, work / "mem-full.json", 1))
    mem_quarter = peak_rss_mib(check_command(data.quarter, data.registry, work / "mem-quarter.json", 1))
    growth = mem_full / mem_quarter - 1
    print("\n(c) peak memory of the check process (--jobs 1, ru_maxrss, fresh process each)")
    print(f"    N={n:<7} {mem_full:8.1f} MiB")
    print(f"    N={quarter:<7} {mem_quarter:8.1f} MiB")
    print(f"    growth N/4 -> N: {growth:+.1%}   target: flat (within ~10%)   {_mark(abs(growth) <= 0.10)}")

    t2 = timings[2]
    same = timings[1].output.read_bytes() == t2.output.read_bytes()
    print("\n(d) --jobs 2")
    print(f"    {n / t2.median:.0f} dossiers/s (speed-up {timings[1].median / t2.median:.2f}x over --jobs 1)")
    print(f"    output byte-identical to --jobs 1: {'yes' if same else 'NO'}   "
          f"(sha256 {_sha(timings[1].output)[:16]}… vs {_sha(t2.output)[:16]}…)")

    report = json.loads(timings[1].output.read_text(encoding="utf-8"))
    summary = report["summary"]
    print(f"\nreport: {summary['findings']} findings in {summary['dossiers']} dossiers "
          f"({summary['dossiers_loaded']} loaded); by severity {summary['by_severity']}")
    top = sorted(summary["by_rule"].items(), key=lambda kv: -kv[1])[:12]
    print("    most frequent rules: " + ", ".join(f"{rid} {count}" for rid, count in top))


def profile_python(data: Dataset, work: Path, top: int) -> None:
    """Run the CLI in-process under cProfile and print the top functions by cumulative time."""
    from enforcement_audit.cli import main

    args = check_command(data.dossiers, data.registry, work / "profile.json", 1)[len(_cli()):]
    profiler = cProfile.Profile()
    t0 = time.perf_counter()
    profiler.enable()
    try:
        main.main(args=args, standalone_mode=False)
    except SystemExit as exc:
        if exc.code not in (0, 1, None):
            raise
    finally:
        profiler.disable()
    elapsed = time.perf_counter() - t0
    print(f"\nin-process check of {data.n} dossiers under cProfile: {elapsed:.2f} s "
          f"({data.n / elapsed:.0f} dossiers/s with profiling overhead)\n")
    buf = io.StringIO()
    pstats.Stats(profiler, stream=buf).sort_stats("cumulative").print_stats(top)
    print(buf.getvalue().rstrip())


def _describe(data: Dataset, seconds: float) -> None:
    s = data.stats
    mix = ", ".join(f"{k.split(':', 1)[1]} {v}" for k, v in sorted(s.items()) if k.startswith("case_type:"))
    planted = sum(v for k, v in s.items() if k.startswith("defect:"))
    loads = sum(v for k, v in s.items() if k.startswith("load_defect:"))
    print(f"generated {data.n} dossiers in {seconds:.1f} s under {data.root}")
    print(f"    case types: {mix}; open cases {s['status:open']}")
    print(f"    planted rule defects {planted}, broken manifests {loads}")


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=10_000, help="number of dossiers (default 10000)")
    ap.add_argument("--seed", type=int, default=20251231, help="random seed (default 20251231)")
    ap.add_argument("--out", type=Path, help="write the dossiers here and keep them (default: temp dir, removed)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per measurement; the median is reported (default 3)")
    ap.add_argument("--profile-python", action="store_true",
                    help="only profile the check in-process with cProfile (on --profile-n dossiers)")
    ap.add_argument("--profile-n", type=int, default=1000, help="dossiers for --profile-python (default 1000)")
    ap.add_argument("--top", type=int, default=25, help="functions shown by --profile-python (default 25)")
    args = ap.parse_args(argv)
    if args.n < SHARDS or args.repeat < 1:
        ap.error(f"--n must be >= {SHARDS} and --repeat >= 1")

    print(f"enforcement-audit {__version__} · Python {platform.python_version()} · {platform.machine()} · "
          f"{os.cpu_count()} cores · seed {args.seed} · as-of {AS_OF}")
    tmp = None if args.out else Path(tempfile.mkdtemp(prefix="ea-bench-"))
    root = args.out.resolve() if args.out else tmp
    assert root is not None
    n = args.profile_n if args.profile_python else args.n
    try:
        t0 = time.perf_counter()
        data = generate(root / "data", n, args.seed)
        _describe(data, time.perf_counter() - t0)
        work = root / "work"
        work.mkdir(exist_ok=True)
        if args.profile_python:
            profile_python(data, work, args.top)
        else:
            benchmark(data, work, args.repeat)
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
