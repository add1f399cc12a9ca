"""Cross-check sampling and reviewer assignment with recusal (交叉检查：抽样与回避).

Three steps, each written down so that anyone can re-check it later:

1. ``index_dossiers``: the sampling frame (抽样范围): every dossier that loads, with its department
   (the acting body's registry id), case type, case number and the names of the officers who took part.
2. ``draw``: a stratified random sample (分层随机抽样), by default by department and case type. Per
   stratum either a fixed number or a ratio (rounded up), at least ``minimum`` and never more than the
   stratum holds. Reproducible: the frame is sorted by dossier id, each stratum's ids are sorted, and
   the stratum is drawn with ``random.Random(f"{seed}:{stratum}").sample(ids, k)`` (Python's Mersenne
   Twister seeded from the string, independent of ``PYTHONHASHSEED`` and of discovery order).
   ``Draw.to_json`` records the seed, the parameters, the frame size per stratum, the sampled ids,
   the tool version and ``sha256`` of the sorted frame ids joined by ``\\n``; ``verify_draw`` redoes it.
3. ``assign``: reviewers from a team file (TOML), never on a dossier of their own department, of a
   department or dossier they declared (``also_recuse``), or one in which an officer of their name took
   part (回避). Each dossier gets ``reviewers_per_dossier`` distinct reviewers; loads are balanced
   (minimum-cost maximum flow with convex load costs: the most even loads the recusals and capacities
   allow, which also minimises the largest load); ties are broken by an order shuffled with the seed.
   ``check_assignment`` re-checks a written assignment against the team and the dossiers themselves.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import math
import random
import tomllib
import unicodedata
from collections import deque
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any

from . import __version__
from .loader import load_dossier
from .models import CASE_TYPE_LABELS, Dossier, Registry, StepKind
from .runner import discover

DRAW_FORMAT = "enforcement-audit/draw-1"
ASSIGNMENT_FORMAT = "enforcement-audit/assignment-1"

#: Fields a frame can be stratified by, with their Chinese labels.
STRATA_FIELDS: dict[str, str] = {
    "department": "部门",
    "case_type": "案件类型",
    "status": "办理状态",
    "decision_year": "决定年度",
}
DEFAULT_STRATA: tuple[str, ...] = ("department", "case_type")
STRATUM_SEPARATOR = "|"

CASE_TYPE_NAMES: dict[str, str] = CASE_TYPE_LABELS

DRAW_METHOD = (
    "抽样范围按案卷编号排序；每一分层的案卷编号排序后，用 random.Random(\"<种子>:<分层>\").sample(编号, 件数) 抽取；"
    "件数为固定数或比例乘分层总数向上取整，不少于最少件数，不多于分层总数。范围指纹为排序后案卷编号以换行连接的 SHA-256。"
)


class SamplingError(ValueError):
    """Bad parameters, a malformed draw, assignment or team file: the message says what (in Chinese)."""


# ------------------------------------------------------------------ the frame


@dataclass(frozen=True)
class DossierInfo:
    """What sampling and recusal need to know about one dossier."""

    id: str
    path: str  # as shown (the path given on the command line, then folder names)
    department: str  # acting body's registry id
    case_type: str
    status: str
    case_number: str
    officers: tuple[str, ...] = ()  # names of the people who took part, sorted, unique
    decision_date: dt.date | None = None  # the decision (or execution decision) step's day

    @property
    def decision_year(self) -> int | None:
        return self.decision_date.year if self.decision_date is not None else None

    def stratum_value(self, name: str) -> str:
        if name == "department":
            return self.department
        if name == "case_type":
            return self.case_type
        if name == "status":
            return self.status
        if name == "decision_year":
            return str(self.decision_year) if self.decision_year is not None else "无决定"
        raise SamplingError(f"未知的分层字段 {name!r}（可用：{'、'.join(STRATA_FIELDS)}）")

    def stratum(self, strata: Sequence[str]) -> str:
        return STRATUM_SEPARATOR.join(self.stratum_value(s) for s in strata) if strata else "*"

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "path": self.path,
            "department": self.department,
            "case_type": self.case_type,
            "status": self.status,
            "case_number": self.case_number,
            "officers": list(self.officers),
            "decision_date": self.decision_date.isoformat() if self.decision_date is not None else None,
        }

    @classmethod
    def from_json(cls, data: Any) -> DossierInfo:
        if not isinstance(data, Mapping):
            raise SamplingError("案卷条目不是对象")
        try:
            officers = data.get("officers") or []
            decision = data.get("decision_date")
            info = cls(
                id=_text(data["id"], "id"),
                path=_text(data.get("path", ""), "path", empty=True),
                department=_text(data["department"], "department"),
                case_type=_text(data["case_type"], "case_type"),
                status=_text(data.get("status", ""), "status", empty=True),
                case_number=_text(data.get("case_number", ""), "case_number", empty=True),
                officers=tuple(_text(o, "officers") for o in officers),
                decision_date=dt.date.fromisoformat(decision) if isinstance(decision, str) else None,
            )
        except KeyError as exc:
            raise SamplingError(f"案卷条目缺少 {exc.args[0]}") from None
        except (TypeError, ValueError) as exc:
            raise SamplingError(f"案卷条目有误：{exc}") from None
        return info


def _text(value: Any, what: str, empty: bool = False) -> str:
    if not isinstance(value, str) or (not empty and not value.strip()):
        raise SamplingError(f"{what} 应为非空文字")
    return value


@dataclass(frozen=True)
class Unloadable:
    """A dossier folder left out of the frame, and why."""

    path: str
    reason: str

    def to_json(self) -> dict[str, str]:
        return {"path": self.path, "reason": self.reason}


class Frame(list[DossierInfo]):
    """The sampling frame: a list of dossiers (sorted by id), plus ``unloadable`` folders left out."""

    def __init__(self, items: Iterable[DossierInfo] = (), unloadable: Iterable[Unloadable] = ()) -> None:
        super().__init__(items)
        self.unloadable: list[Unloadable] = list(unloadable)


def dossier_info(dossier: Dossier, path: str) -> DossierInfo:
    decision = dossier.first(StepKind.DECISION) or dossier.first(StepKind.EXECUTION_DECISION)
    return DossierInfo(
        id=dossier.id,
        path=path,
        department=dossier.case.acting_body.id,
        case_type=dossier.case.type.value,
        status=dossier.case.status.value,
        case_number=dossier.case.number,
        officers=tuple(sorted({o.name.strip() for o in dossier.officers if o.name.strip()})),
        decision_date=decision.day if decision is not None else None,
    )


def index_dossiers(paths: Sequence[Path]) -> Frame:
    """Discover and load the dossiers under ``paths``; the frame is sorted by dossier id.

    A folder that does not load (no or a broken ``dossier.xml``), or whose dossier id repeats one
    already indexed, goes to ``frame.unloadable`` with the reason; it is never sampled.
    """
    infos: dict[str, DossierInfo] = {}
    unloadable: list[Unloadable] = []
    for folder, shown in discover(paths):
        try:
            loaded = load_dossier(folder)
        except OSError as exc:  # the loader reports bad input itself; this is a last guard
            unloadable.append(Unloadable(shown, f"无法读取：{exc.strerror or exc}"))
            continue
        if loaded.dossier is None:
            reason = "；".join(f.message for f in loaded.findings) or "清单无法载入"
            unloadable.append(Unloadable(shown, reason))
            continue
        info = dossier_info(loaded.dossier, shown)
        if info.id in infos:
            unloadable.append(Unloadable(shown, f"案卷编号 {info.id} 与 {infos[info.id].path} 重复"))
            continue
        infos[info.id] = info
    return Frame(sorted(infos.values(), key=lambda i: i.id), unloadable)


def frame_sha256(frame: Iterable[DossierInfo]) -> str:
    """SHA-256 of the sorted dossier ids joined by newlines (UTF-8)."""
    return hashlib.sha256("\n".join(sorted(i.id for i in frame)).encode("utf-8")).hexdigest()


# ------------------------------------------------------------------ the draw


@dataclass(frozen=True)
class Draw:
    seed: int
    size: int | None
    ratio: float | None
    minimum: int
    strata: tuple[str, ...]
    frame_size: dict[str, int]  # stratum -> number of dossiers in the frame
    sampled: dict[str, tuple[str, ...]]  # stratum -> sampled ids (sorted)
    frame_sha256: str
    dossiers: tuple[DossierInfo, ...]  # the sampled dossiers, sorted by id
    version: str = __version__
    excluded: tuple[Unloadable, ...] = ()

    @property
    def sample(self) -> list[DossierInfo]:
        return list(self.dossiers)

    def sample_sha256(self) -> str:
        return frame_sha256(self.dossiers)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": DRAW_FORMAT,
            "tool": "enforcement-audit",
            "version": self.version,
            "method": DRAW_METHOD,
            "seed": self.seed,
            "parameters": {"size": self.size, "ratio": self.ratio, "minimum": self.minimum, "strata": list(self.strata)},
            "frame": {"size": sum(self.frame_size.values()), "sha256": self.frame_sha256, "strata": dict(self.frame_size)},
            "sample": {k: list(v) for k, v in self.sampled.items()},
            "dossiers": [d.to_json() for d in self.dossiers],
            "excluded": [u.to_json() for u in self.excluded],
        }

    @classmethod
    def from_json(cls, data: Any) -> Draw:
        if not isinstance(data, Mapping) or data.get("format") != DRAW_FORMAT:
            raise SamplingError(f"不是抽样记录（format 应为 {DRAW_FORMAT}）")
        try:
            params, frame = data["parameters"], data["frame"]
            seed = data["seed"]
            if not isinstance(seed, int) or isinstance(seed, bool):
                raise SamplingError("seed 应为整数")
            size, ratio, minimum = params.get("size"), params.get("ratio"), params.get("minimum", 1)
            strata = tuple(params.get("strata", DEFAULT_STRATA))
            _check_parameters(size, ratio, minimum, strata)
            frame_size = {str(k): int(v) for k, v in frame["strata"].items()}
            sampled = {str(k): tuple(sorted(str(i) for i in v)) for k, v in data["sample"].items()}
            dossiers = tuple(sorted((DossierInfo.from_json(d) for d in data["dossiers"]), key=lambda i: i.id))
            excluded = tuple(Unloadable(str(u["path"]), str(u["reason"])) for u in data.get("excluded", []))
            sha = frame["sha256"]
        except KeyError as exc:
            raise SamplingError(f"抽样记录缺少 {exc.args[0]}") from None
        except (TypeError, ValueError, AttributeError) as exc:
            if isinstance(exc, SamplingError):
                raise
            raise SamplingError(f"抽样记录格式有误：{exc}") from None
        listed = sorted(i for ids in sampled.values() for i in ids)
        if listed != [d.id for d in dossiers]:
            raise SamplingError("抽样记录中各分层抽中的案卷与案卷明细不一致")
        return cls(seed, size, float(ratio) if ratio is not None else None, minimum, strata, frame_size, sampled,
                   str(sha), dossiers, str(data.get("version", "")), excluded)


def _check_parameters(size: Any, ratio: Any, minimum: Any, strata: Sequence[str]) -> None:
    if (size is None) == (ratio is None):
        raise SamplingError("每层抽取件数（size）和比例（ratio）须给出且只给出一个")
    if size is not None and (not isinstance(size, int) or isinstance(size, bool) or size < 1):
        raise SamplingError(f"每层抽取件数应为正整数，而不是 {size!r}")
    if ratio is not None and (not isinstance(ratio, int | float) or isinstance(ratio, bool) or not 0 < ratio <= 1):
        raise SamplingError(f"抽取比例应在 0（不含）到 1 之间，而不是 {ratio!r}")
    if not isinstance(minimum, int) or isinstance(minimum, bool) or minimum < 0:
        raise SamplingError(f"每层最少件数应为非负整数，而不是 {minimum!r}")
    for s in strata:
        if s not in STRATA_FIELDS:
            raise SamplingError(f"未知的分层字段 {s!r}（可用：{'、'.join(STRATA_FIELDS)}）")
    if len(set(strata)) != len(strata):
        raise SamplingError("分层字段重复")


def stratum_quota(n: int, *, size: int | None, ratio: float | None, minimum: int) -> int:
    """How many to draw from a stratum of ``n``: size, or ceil(ratio × n) computed exactly from the
    decimal written (0.1 × 30 = 3, not 4); at least ``minimum``; never more than ``n``."""
    if n == 0:
        return 0
    if size is not None:
        k = size
    else:
        assert ratio is not None
        k = math.ceil(Fraction(repr(float(ratio))) * n)
    return min(max(k, minimum), n)


def draw(frame: Sequence[DossierInfo], *, seed: int, size: int | None = None, ratio: float | None = None,
         minimum: int = 1, strata: Sequence[str] = DEFAULT_STRATA) -> Draw:
    """A stratified random sample of ``frame``; the same seed and frame give the same sample."""
    strata = tuple(strata)
    _check_parameters(size, ratio, minimum, strata)
    ordered = sorted(frame, key=lambda i: i.id)
    ids = [i.id for i in ordered]
    if len(set(ids)) != len(ids):
        raise SamplingError("抽样范围中有重复的案卷编号")
    groups: dict[str, list[DossierInfo]] = {}
    for info in ordered:
        groups.setdefault(info.stratum(strata), []).append(info)
    frame_size: dict[str, int] = {}
    sampled: dict[str, tuple[str, ...]] = {}
    chosen: list[DossierInfo] = []
    for key in sorted(groups):
        members = groups[key]  # sorted by id
        k = stratum_quota(len(members), size=size, ratio=ratio, minimum=minimum)
        picked = random.Random(f"{seed}:{key}").sample(members, k)
        frame_size[key] = len(members)
        sampled[key] = tuple(sorted(i.id for i in picked))
        chosen += picked
    excluded = tuple(getattr(frame, "unloadable", ()))
    return Draw(seed, size, float(ratio) if ratio is not None else None, minimum, strata, frame_size, sampled,
                frame_sha256(ordered), tuple(sorted(chosen, key=lambda i: i.id)), __version__, excluded)


def verify_draw(draw_json: Mapping[str, Any], frame: Sequence[DossierInfo]) -> list[str]:
    """Problems found when the written draw is redone on ``frame`` (empty: the draw checks out)."""
    try:
        recorded = Draw.from_json(draw_json)
    except SamplingError as exc:
        return [f"抽样记录无法读取：{exc}"]
    problems: list[str] = []
    now = frame_sha256(frame)
    if recorded.frame_sha256 != now:
        problems.append(f"抽样范围指纹不一致：记录为 {recorded.frame_sha256}，现有案卷为 {now}（案卷有增减或编号改变）")
    try:
        redone = draw(frame, seed=recorded.seed, size=recorded.size, ratio=recorded.ratio,
                      minimum=recorded.minimum, strata=recorded.strata)
    except SamplingError as exc:
        return [*problems, f"无法按记录的参数重新抽样：{exc}"]
    for key in sorted(set(recorded.frame_size) | set(redone.frame_size)):
        was, now_n = recorded.frame_size.get(key, 0), redone.frame_size.get(key, 0)
        if was != now_n:
            problems.append(f"分层 {key}：记录的案卷总数为 {was}，现有 {now_n}")
    for key in sorted(set(recorded.sampled) | set(redone.sampled)):
        was_ids, now_ids = recorded.sampled.get(key, ()), redone.sampled.get(key, ())
        if was_ids != now_ids:
            problems.append(f"分层 {key}：记录的抽中案卷 {'、'.join(was_ids) or '（无）'} 与按种子 {recorded.seed} "
                            f"重新抽取的 {'、'.join(now_ids) or '（无）'} 不一致")
    by_id = {i.id: i for i in frame}
    for d in recorded.dossiers:
        actual = by_id.get(d.id)
        if actual is None:
            continue  # already reported through the strata
        for label, was_v, now_v in (("部门", d.department, actual.department), ("案件类型", d.case_type, actual.case_type),
                                    ("执法人员", "、".join(d.officers), "、".join(actual.officers))):
            if was_v != now_v:
                problems.append(f"案卷 {d.id}：记录的{label}为 {was_v or '（无）'}，案卷中为 {now_v or '（无）'}")
    return problems


# ------------------------------------------------------------------ the team


@dataclass(frozen=True)
class TeamMember:
    id: str
    name: str
    department: str  # registry body id
    capacity: int | None = None  # at most this many dossiers; None: no limit
    also_recuse: tuple[str, ...] = ()  # body ids, dossier ids or case numbers to stay away from

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "department": self.department, "capacity": self.capacity,
                "also_recuse": list(self.also_recuse)}


@dataclass(frozen=True)
class Team:
    members: tuple[TeamMember, ...]
    name: str = ""
    reviewers_per_dossier: int = 1

    @property
    def by_id(self) -> dict[str, TeamMember]:
        return {m.id: m for m in self.members}


_TEAM_KEYS = {"name", "reviewers_per_dossier", "reviewer"}
_MEMBER_KEYS = {"id", "name", "department", "capacity", "also_recuse"}


def parse_team(data: Mapping[str, Any], registry: Registry | None = None) -> Team:
    """A team from parsed TOML; checks every field (and departments against ``registry`` if given)."""
    problems: list[str] = []
    for key in sorted(set(data) - _TEAM_KEYS):
        problems.append(f"未知的键 {key!r}（可用：name、reviewers_per_dossier、[[reviewer]]）")
    per = data.get("reviewers_per_dossier", 1)
    if not isinstance(per, int) or isinstance(per, bool) or per < 1:
        problems.append(f"reviewers_per_dossier 应为正整数，而不是 {per!r}")
        per = 1
    name = data.get("name", "")
    if not isinstance(name, str):
        problems.append("name 应为文字")
        name = ""
    raw = data.get("reviewer", [])
    if not isinstance(raw, list) or not raw:
        problems.append("没有评查人员：请用 [[reviewer]] 逐一列出")
        raw = []
    members: list[TeamMember] = []
    seen: set[str] = set()
    for n, entry in enumerate(raw, 1):
        where = f"第 {n} 名评查人员"
        if not isinstance(entry, Mapping):
            problems.append(f"{where}不是表")
            continue
        for key in sorted(set(entry) - _MEMBER_KEYS):
            problems.append(f"{where}：未知的键 {key!r}（可用：{'、'.join(sorted(_MEMBER_KEYS))}）")
        values = {k: entry.get(k) for k in ("id", "name", "department")}
        bad = [k for k, v in values.items() if not isinstance(v, str) or not v.strip()]
        if bad:
            problems.append(f"{where}：缺少 {'、'.join(bad)}（应为非空文字）")
            continue
        rid = str(values["id"]).strip()
        where = f"评查人员 {rid}"
        if rid in seen:
            problems.append(f"{where}：编号重复")
        seen.add(rid)
        capacity = entry.get("capacity")
        if capacity is not None and (not isinstance(capacity, int) or isinstance(capacity, bool) or capacity < 0):
            problems.append(f"{where}：capacity 应为非负整数，而不是 {capacity!r}")
            capacity = None
        recuse = entry.get("also_recuse", [])
        if not isinstance(recuse, list) or not all(isinstance(x, str) and x.strip() for x in recuse):
            problems.append(f"{where}：also_recuse 应为文字列表（主体编号、案卷编号或案号）")
            recuse = []
        department = str(values["department"]).strip()
        if registry is not None and department not in registry.body_by_id:
            problems.append(f"{where}：部门 {department} 不在参照库 bodies.xml 中")
        members.append(TeamMember(rid, str(values["name"]).strip(), department, capacity,
                                  tuple(x.strip() for x in recuse)))
    if problems:
        raise SamplingError("；".join(problems))
    return Team(tuple(members), name.strip(), per)


def load_team(path: Path, registry: Registry | None = None) -> Team:
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except OSError as exc:
        raise SamplingError(f"团队文件 {path} 无法读取：{exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise SamplingError(f"团队文件 {path} 不是有效的 TOML：{exc}") from None
    except UnicodeDecodeError:
        raise SamplingError(f"团队文件 {path} 不是 UTF-8 编码") from None
    try:
        return parse_team(data, registry)
    except SamplingError as exc:
        raise SamplingError(f"团队文件 {path} 有误：{exc}") from None


def _norm_name(name: str) -> str:
    return "".join(unicodedata.normalize("NFKC", name).split())


def recusal_reasons(member: TeamMember, info: DossierInfo) -> list[str]:
    """Why ``member`` may not review ``info`` (回避); empty when they may."""
    reasons: list[str] = []
    if member.department == info.department:
        reasons.append(f"本部门案卷（{info.department}）")
    me = _norm_name(member.name)
    if me and any(_norm_name(o) == me for o in info.officers):
        reasons.append(f"曾参与本案（执法人员中有 {member.name}）")
    for item in member.also_recuse:
        if item == info.department and item != member.department:
            reasons.append(f"申报回避部门 {item}")
        elif item in (info.id, info.case_number):
            reasons.append(f"申报回避案卷 {item}")
    return reasons


# ------------------------------------------------------------------ the assignment


@dataclass(frozen=True)
class Assignment:
    seed: int
    reviewers_per_dossier: int
    team: Team
    dossiers: tuple[DossierInfo, ...]  # sorted by id
    reviewers: dict[str, tuple[str, ...]]  # dossier id -> reviewer ids (sorted)
    recused: dict[str, dict[str, tuple[str, ...]]]  # dossier id -> reviewer id -> recusal reasons
    unassignable: dict[str, dict[str, tuple[str, ...]]]  # dossier id -> reviewer id -> why not (short of reviewers)
    draw: dict[str, Any] | None = None  # seed and fingerprints of the draw the sample came from

    def loads(self) -> dict[str, int]:
        out = {m.id: 0 for m in self.team.members}
        for ids in self.reviewers.values():
            for r in ids:
                out[r] += 1
        return out

    def to_json(self) -> dict[str, Any]:
        team = self.team.by_id
        loads = self.loads()
        return {
            "format": ASSIGNMENT_FORMAT,
            "tool": "enforcement-audit",
            "version": __version__,
            "seed": self.seed,
            "reviewers_per_dossier": self.reviewers_per_dossier,
            "draw": self.draw,
            "team": {"name": self.team.name,
                     "reviewers": [{**m.to_json(), "load": loads[m.id]} for m in self.team.members]},
            "assignments": [
                {"dossier": d.id, "case_number": d.case_number, "department": d.department, "case_type": d.case_type,
                 "path": d.path, "reviewers": [{"id": r, "name": team[r].name, "department": team[r].department}
                                               for r in self.reviewers.get(d.id, ())],
                 "recused": {r: list(why) for r, why in self.recused.get(d.id, {}).items()}}
                for d in self.dossiers
            ],
            "unassignable": [
                {"dossier": d, "needed": self.reviewers_per_dossier, "assigned": list(self.reviewers.get(d, ())),
                 "reasons": {r: list(why) for r, why in reasons.items()}}
                for d, reasons in self.unassignable.items()
            ],
        }

    def to_csv(self) -> str:
        """One row per (dossier, reviewer); a dossier short of reviewers also gets a row with no reviewer."""
        team = self.team.by_id
        out = io.StringIO()
        w = csv.writer(out, lineterminator="\r\n")
        w.writerow(CSV_COLUMNS)
        for d in self.dossiers:
            base = [d.id, d.case_number, d.department, d.case_type, d.path]
            for r in self.reviewers.get(d.id, ()):
                w.writerow([*base, r, team[r].name, team[r].department, self.reviewers_per_dossier, ""])
            if d.id in self.unassignable:
                w.writerow([*base, "", "", "", self.reviewers_per_dossier, "无法分配足够的评查人员：" +
                            "；".join(f"{r} {'、'.join(why)}" for r, why in self.unassignable[d.id].items())])
        return out.getvalue()


CSV_COLUMNS = ("dossier_id", "case_number", "department", "case_type", "path", "reviewer_id", "reviewer_name",
               "reviewer_department", "needed", "note")


class _Flow:
    """Successive shortest paths (SPFA) min-cost flow on a small graph; deterministic in edge order."""

    def __init__(self, n: int) -> None:
        self.graph: list[list[int]] = [[] for _ in range(n)]
        self.to: list[int] = []
        self.cap: list[int] = []
        self.cost: list[int] = []

    def add(self, u: int, v: int, cap: int, cost: int) -> int:
        self.graph[u].append(len(self.to))
        self.to.append(v)
        self.cap.append(cap)
        self.cost.append(cost)
        self.graph[v].append(len(self.to))
        self.to.append(u)
        self.cap.append(0)
        self.cost.append(-cost)
        return len(self.to) - 2

    def run(self, s: int, t: int) -> None:
        n = len(self.graph)
        while True:
            dist: list[int | None] = [None] * n
            parent = [-1] * n
            queued = [False] * n
            dist[s] = 0
            queue = deque([s])
            while queue:
                u = queue.popleft()
                queued[u] = False
                du = dist[u]
                assert du is not None
                for e in self.graph[u]:
                    if self.cap[e] <= 0:
                        continue
                    v = self.to[e]
                    nd = du + self.cost[e]
                    dv = dist[v]
                    if dv is None or nd < dv:
                        dist[v] = nd
                        parent[v] = e
                        if not queued[v]:
                            queued[v] = True
                            queue.append(v)
            if dist[t] is None:
                return
            v = t
            while v != s:  # every path carries one unit: the reviewer -> sink edges have capacity 1
                e = parent[v]
                self.cap[e] -= 1
                self.cap[e ^ 1] += 1
                v = self.to[e ^ 1]


def assign(sample: Draw | Sequence[DossierInfo], team: Team, *, seed: int,
           reviewers_per_dossier: int | None = None) -> Assignment:
    """Assign each sampled dossier to ``reviewers_per_dossier`` (default: the team's) distinct reviewers.

    Never a recused reviewer, never beyond a reviewer's capacity; as many dossiers fully staffed as
    the recusals and capacities allow, with the most even loads among those (the largest load is
    as small as it can be). Dossiers left short are reported in ``unassignable`` with each
    reviewer's reason. Ties are broken by an order of dossiers and reviewers shuffled with ``seed``.
    """
    per = reviewers_per_dossier if reviewers_per_dossier is not None else team.reviewers_per_dossier
    if per < 1:
        raise SamplingError("每件案卷的评查人数应为正整数")
    ref: dict[str, Any] | None = None
    if isinstance(sample, Draw):
        ref = {"seed": sample.seed, "frame_sha256": sample.frame_sha256, "sample_sha256": sample.sample_sha256()}
        dossiers = sorted(sample.dossiers, key=lambda i: i.id)
    else:
        dossiers = sorted(sample, key=lambda i: i.id)
    if len({d.id for d in dossiers}) != len(dossiers):
        raise SamplingError("抽中的案卷中有重复的案卷编号")
    members = sorted(team.members, key=lambda m: m.id)
    recused = {d.id: {m.id: tuple(rs) for m in members if (rs := recusal_reasons(m, d))} for d in dossiers}
    rng = random.Random(f"{seed}:assign")
    d_order, m_order = list(dossiers), list(members)
    rng.shuffle(d_order)
    rng.shuffle(m_order)
    n, r = len(d_order), len(m_order)
    s, t = 0, n + r + 1
    flow = _Flow(n + r + 2)
    pair_edges: dict[tuple[str, str], int] = {}
    for i, d in enumerate(d_order, 1):
        flow.add(s, i, per, 0)
        for j, m in enumerate(m_order, n + 1):
            if m.id not in recused[d.id]:
                pair_edges[(d.id, m.id)] = flow.add(i, j, 1, 0)
    for j, m in enumerate(m_order, n + 1):
        limit = n if m.capacity is None else min(m.capacity, n)
        for unit in range(limit):  # the unit-th dossier costs `unit`: convex, so loads even out
            flow.add(j, t, 1, unit)
    flow.run(s, t)
    given: dict[str, list[str]] = {d.id: [] for d in dossiers}
    for (did, mid), e in pair_edges.items():
        if flow.cap[e] == 0:
            given[did].append(mid)
    reviewers = {did: tuple(sorted(ids)) for did, ids in given.items()}
    loads = {m.id: 0 for m in members}
    for ids in reviewers.values():
        for mid in ids:
            loads[mid] += 1
    unassignable: dict[str, dict[str, tuple[str, ...]]] = {}
    for d in dossiers:
        if len(reviewers[d.id]) >= per:
            continue
        why: dict[str, tuple[str, ...]] = {}
        for m in members:
            if m.id in recused[d.id]:
                why[m.id] = recused[d.id][m.id]
            elif m.id in reviewers[d.id]:
                why[m.id] = ("已分配本案",)
            elif m.capacity is not None and loads[m.id] >= m.capacity:
                why[m.id] = (f"已达评查容量上限（{m.capacity} 件）",)
            else:  # cannot happen with a maximum flow; kept so the report never hides a case
                why[m.id] = ("未分配",)
        unassignable[d.id] = why
    return Assignment(seed, per, team, tuple(dossiers), reviewers, recused, unassignable, ref)


def read_assignment_csv(text: str) -> dict[str, Any]:
    """An assignment written by ``Assignment.to_csv``, as the JSON shape ``check_assignment`` reads."""
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    if not rows or any(c not in rows[0] for c in ("dossier_id", "reviewer_id", "needed")):
        raise SamplingError(f"不是分配表（CSV 应有列 {', '.join(CSV_COLUMNS)}）")
    per = 1
    assignments: dict[str, list[dict[str, str]]] = {}
    unassignable: list[dict[str, Any]] = []
    for row in rows:
        did = (row.get("dossier_id") or "").strip()
        if not did:
            continue
        try:
            per = int(row.get("needed") or per)
        except ValueError:
            raise SamplingError(f"分配表中案卷 {did} 的 needed 不是整数") from None
        reviewers = assignments.setdefault(did, [])
        rid = (row.get("reviewer_id") or "").strip()
        if rid:
            reviewers.append({"id": rid, "name": (row.get("reviewer_name") or "").strip()})
        else:
            unassignable.append({"dossier": did})
    return {"format": ASSIGNMENT_FORMAT, "reviewers_per_dossier": per,
            "assignments": [{"dossier": d, "reviewers": rs} for d, rs in assignments.items()],
            "unassignable": unassignable}


def check_assignment(assignment_json: Mapping[str, Any], team: Team, frame: Sequence[DossierInfo]) -> list[str]:
    """Re-check a written assignment: every dossier and reviewer known, no recusal conflict (recomputed
    from the dossiers themselves), no capacity exceeded, enough reviewers per dossier (or declared
    unassignable). Returns the problems (empty: the assignment checks out)."""
    data = assignment_json
    if not isinstance(data, Mapping) or data.get("format") != ASSIGNMENT_FORMAT:
        return [f"不是分配记录（format 应为 {ASSIGNMENT_FORMAT}）"]
    per = data.get("reviewers_per_dossier", 1)
    entries = data.get("assignments")
    if not isinstance(per, int) or isinstance(per, bool) or per < 1 or not isinstance(entries, list):
        return ["分配记录格式有误：缺少 reviewers_per_dossier 或 assignments"]
    declared = {u.get("dossier") for u in data.get("unassignable") or [] if isinstance(u, Mapping)}
    by_id = {i.id: i for i in frame}
    members = team.by_id
    problems: list[str] = []
    loads: dict[str, int] = {}
    seen: set[str] = set()
    for entry in entries:
        if not isinstance(entry, Mapping) or not isinstance(entry.get("dossier"), str):
            problems.append("分配记录中有一条没有案卷编号")
            continue
        did = entry["dossier"]
        if did in seen:
            problems.append(f"案卷 {did} 在分配记录中出现多次")
        seen.add(did)
        info = by_id.get(did)
        if info is None:
            problems.append(f"案卷 {did} 不在所给的案卷中")
        raw = entry.get("reviewers") or []
        ids = [r.get("id") if isinstance(r, Mapping) else r for r in raw]
        names = {r.get("id"): r.get("name") for r in raw if isinstance(r, Mapping)}
        if len(set(ids)) != len(ids):
            problems.append(f"案卷 {did}：同一评查人员分配了多次")
        for rid in dict.fromkeys(ids):
            member = members.get(rid) if isinstance(rid, str) else None
            if member is None:
                problems.append(f"案卷 {did}：评查人员 {rid} 不在团队名单中")
                continue
            loads[member.id] = loads.get(member.id, 0) + 1
            if names.get(rid) not in (None, "", member.name):
                problems.append(f"案卷 {did}：评查人员 {rid} 的姓名记录为 {names[rid]}，团队名单中为 {member.name}")
            if info is not None:
                why = recusal_reasons(member, info)
                if why:
                    problems.append(f"案卷 {did}：评查人员 {rid}（{member.name}）应当回避：{'；'.join(why)}")
        if len(set(ids)) < per and did not in declared:
            problems.append(f"案卷 {did}：只分配了 {len(set(ids))} 名评查人员，应为 {per} 名（也未列为无法分配）")
    for m in team.members:
        if m.capacity is not None and loads.get(m.id, 0) > m.capacity:
            problems.append(f"评查人员 {m.id}（{m.name}）分配了 {loads[m.id]} 件，超过其评查容量 {m.capacity} 件")
    return problems


__all__ = [
    "ASSIGNMENT_FORMAT", "CASE_TYPE_NAMES", "DEFAULT_STRATA", "DRAW_FORMAT", "STRATA_FIELDS", "Assignment",
    "DossierInfo", "Draw", "Frame", "SamplingError", "Team", "TeamMember", "Unloadable", "assign",
    "check_assignment", "dossier_info", "draw", "frame_sha256", "index_dossiers", "load_team", "parse_team",
    "read_assignment_csv", "recusal_reasons", "stratum_quota", "verify_draw",
]
