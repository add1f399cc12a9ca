"""Cross-check sampling and reviewer assignment: reproducible draws, recusal, capacity, balance, CLI."""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import json
import os
import stat
import threading
from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner, Result

from enforcement_audit import __version__
from enforcement_audit.cli_sampling import register
from enforcement_audit.loader import load_registry
from enforcement_audit.sampling import (
    ASSIGNMENT_FORMAT,
    DRAW_FORMAT,
    DossierInfo,
    Draw,
    Frame,
    SamplingError,
    Team,
    TeamMember,
    assign,
    check_assignment,
    draw,
    frame_sha256,
    index_dossiers,
    load_team,
    parse_team,
    read_assignment_csv,
    recusal_reasons,
    stratum_quota,
    verify_draw,
)

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "sample_dossiers"
EXAMPLE_TEAM = ROOT / "examples" / "team.toml"


@pytest.fixture(scope="module")
def samples() -> Frame:
    return index_dossiers([SAMPLES])


def info(ident: str, department: str = "B-X-A", case_type: str = "punishment", officers: tuple[str, ...] = ()) -> DossierInfo:
    return DossierInfo(ident, f"cases/{ident}", department, case_type, "closed", f"案号{ident}", officers)


def member(ident: str, name: str, department: str, capacity: int | None = None,
           also: tuple[str, ...] = ()) -> TeamMember:
    return TeamMember(ident, name, department, capacity, also)


def hand_frame() -> list[DossierInfo]:
    """30 + 5 + 3 + 1 dossiers in four strata."""
    return ([info(f"A-P-{n:02d}") for n in range(30)]
            + [info(f"A-I-{n:02d}", case_type="inspection") for n in range(5)]
            + [info(f"B-P-{n:02d}", department="B-X-B") for n in range(3)]
            + [info("C-P-00", department="B-X-C")])


# ------------------------------------------------------------------ frame


def test_index_sample_dossiers(samples: Frame) -> None:
    assert len(samples) == 47
    assert [(u.path, u.reason) for u in samples.unloadable] == [
        (str(SAMPLES / "PDF-01-only-pdfs"), "PDF-01-only-pdfs/ 中没有 dossier.xml")]
    assert [i.id for i in samples] == sorted(i.id for i in samples)
    pun01 = next(i for i in samples if i.id == "PUN-01-food-fine")
    assert pun01 == DossierInfo(
        id="PUN-01-food-fine", path=str(SAMPLES / "PUN-01-food-fine"), department="B-CX-MR", case_type="punishment",
        status="closed", case_number="城西市监罚〔2025〕3号", officers=("刘晓东", "周建国", "孙敏", "陈立新"),
        decision_date=dt.date(2025, 1, 24))
    assert pun01.decision_year == 2025
    assert {i.department for i in samples} == {"B-CX-MR", "B-CX-YJ", "B-CX-ZF", "B-CX-EE", "B-CX-QS", "B-CX-HT"}


def test_index_reports_duplicate_ids_and_broken_manifests(tmp_path: Path) -> None:
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "dossier.xml").write_bytes((SAMPLES / "PUN-01-food-fine" / "dossier.xml").read_bytes())
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "dossier.xml").write_text("<dossier", encoding="utf-8")
    frame = index_dossiers([tmp_path])
    assert [i.path for i in frame] == [f"{tmp_path}/a"]
    assert [u.path for u in frame.unloadable] == [f"{tmp_path}/b", f"{tmp_path}/c"]
    assert frame.unloadable[0].reason == f"案卷编号 PUN-01-food-fine 与 {tmp_path}/a 重复"
    assert frame.unloadable[1].reason  # the loader's XML message, never a traceback
    assert "Traceback" not in frame.unloadable[1].reason


# ------------------------------------------------------------------ draw


def test_quota_rounding_minimum_and_cap() -> None:
    assert stratum_quota(30, size=None, ratio=0.1, minimum=1) == 3  # exact, not ceil(3.0000000000000004)
    assert stratum_quota(5, size=None, ratio=0.25, minimum=1) == 2  # ceil(1.25)
    assert stratum_quota(3, size=None, ratio=0.1, minimum=1) == 1
    assert stratum_quota(3, size=None, ratio=0.1, minimum=2) == 2
    assert stratum_quota(3, size=None, ratio=0.1, minimum=0) == 1
    assert stratum_quota(2, size=5, ratio=None, minimum=1) == 2  # never more than the stratum
    assert stratum_quota(4, size=1, ratio=None, minimum=3) == 3
    assert stratum_quota(0, size=3, ratio=None, minimum=1) == 0


def test_draw_by_ratio_counts_per_stratum() -> None:
    d = draw(hand_frame(), seed=11, ratio=0.1)
    assert d.frame_size == {"B-X-A|inspection": 5, "B-X-A|punishment": 30, "B-X-B|punishment": 3, "B-X-C|punishment": 1}
    assert {k: len(v) for k, v in d.sampled.items()} == {
        "B-X-A|inspection": 1, "B-X-A|punishment": 3, "B-X-B|punishment": 1, "B-X-C|punishment": 1}
    assert d.sampled["B-X-C|punishment"] == ("C-P-00",)
    assert [x.id for x in d.dossiers] == sorted(i for ids in d.sampled.values() for i in ids)
    with_min = draw(hand_frame(), seed=11, ratio=0.1, minimum=2)
    assert {k: len(v) for k, v in with_min.sampled.items()} == {
        "B-X-A|inspection": 2, "B-X-A|punishment": 3, "B-X-B|punishment": 2, "B-X-C|punishment": 1}


def test_draw_size_larger_than_stratum_takes_all() -> None:
    d = draw(hand_frame(), seed=3, size=4)
    assert d.sampled["B-X-B|punishment"] == ("B-P-00", "B-P-01", "B-P-02")
    assert d.sampled["B-X-C|punishment"] == ("C-P-00",)
    assert len(d.sampled["B-X-A|inspection"]) == 4
    assert len(d.sampled["B-X-A|punishment"]) == 4


def test_same_seed_same_sample_in_any_order(samples: Frame) -> None:
    first = draw(samples, seed=2026, ratio=0.3)
    again = draw(list(reversed(samples)), seed=2026, ratio=0.3)
    assert again.to_json() == first.to_json() | {"excluded": []}  # a plain list carries no unloadable folders
    assert sum(len(v) for v in first.sampled.values()) == 23
    assert len(first.frame_size) == 18


def test_different_seeds_differ(samples: Frame) -> None:
    picks = {tuple(x.id for x in draw(samples, seed=s, ratio=0.5).dossiers) for s in range(1, 6)}
    assert len(picks) == 5


def test_strata_options() -> None:
    frame = hand_frame()
    whole = draw(frame, seed=1, size=2, strata=())
    assert whole.frame_size == {"*": 39}
    by_dept = draw(frame, seed=1, size=1, strata=("department",))
    assert by_dept.frame_size == {"B-X-A": 35, "B-X-B": 3, "B-X-C": 1}


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"size": 2, "ratio": 0.5}, "须给出且只给出一个"),
    ({}, "须给出且只给出一个"),
    ({"ratio": 0.0}, "抽取比例"),
    ({"ratio": 1.5}, "抽取比例"),
    ({"size": 0}, "正整数"),
    ({"size": 1, "minimum": -1}, "非负整数"),
    ({"size": 1, "strata": ("department", "region")}, "未知的分层字段 'region'"),
])
def test_draw_rejects_bad_parameters(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(SamplingError, match=message):
        draw(hand_frame(), seed=1, **kwargs)


def test_draw_json_records_everything(samples: Frame) -> None:
    j = draw(samples, seed=2026, size=1).to_json()
    assert set(j) == {"format", "tool", "version", "method", "seed", "parameters", "frame", "sample", "dossiers", "excluded"}
    assert j["format"] == DRAW_FORMAT and j["version"] == __version__ and j["seed"] == 2026
    assert j["parameters"] == {"size": 1, "ratio": None, "minimum": 1, "strata": ["department", "case_type"]}
    ids = "\n".join(sorted(i.id for i in samples))
    assert j["frame"]["sha256"] == hashlib.sha256(ids.encode()).hexdigest() == frame_sha256(samples)
    assert j["frame"]["size"] == 47 and sum(j["frame"]["strata"].values()) == 47
    assert j["frame"]["strata"]["B-CX-YJ|punishment"] == 6
    assert all(len(v) == 1 for v in j["sample"].values())
    assert j["excluded"] == [{"path": str(SAMPLES / "PDF-01-only-pdfs"), "reason": "PDF-01-only-pdfs/ 中没有 dossier.xml"}]
    assert Draw.from_json(json.loads(json.dumps(j))).to_json() == j


def test_verify_draw_accepts_the_draw_and_catches_tampering(samples: Frame) -> None:
    j = draw(samples, seed=5, ratio=0.3).to_json()
    assert verify_draw(j, samples) == []
    assert verify_draw(j, list(reversed(samples))) == []

    swapped = copy.deepcopy(j)
    old = swapped["sample"]["B-CX-MR|punishment"]
    others = sorted({i.id for i in samples if i.department == "B-CX-MR" and i.case_type == "punishment"} - set(old))
    new = sorted([old[0], others[0]])
    swapped["sample"]["B-CX-MR|punishment"] = new
    swapped["dossiers"] = [d for d in swapped["dossiers"] if d["id"] != old[1]] + [
        next(i for i in samples if i.id == others[0]).to_json()]
    assert verify_draw(swapped, samples) == [
        f"分层 B-CX-MR|punishment：记录的抽中案卷 {'、'.join(new)} 与按种子 5 重新抽取的 {'、'.join(old)} 不一致"]

    reseeded = copy.deepcopy(j)
    reseeded["seed"] = 6
    assert verify_draw(reseeded, samples) != []

    smaller = [i for i in samples if i.id != "INS-02-township-safety-ok"]
    problems = verify_draw(j, smaller)
    assert problems[0].startswith(f"抽样范围指纹不一致：记录为 {j['frame']['sha256']}，现有案卷为 {frame_sha256(smaller)}")
    assert "分层 B-CX-QS|inspection：记录的案卷总数为 1，现有 0" in problems

    relabelled = copy.deepcopy(j)
    relabelled["dossiers"][0]["department"] = "B-CX-QS"
    first = relabelled["dossiers"][0]["id"]
    real = next(i for i in samples if i.id == first).department
    assert verify_draw(relabelled, samples) == [f"案卷 {first}：记录的部门为 B-CX-QS，案卷中为 {real}"]

    assert verify_draw({"format": "other"}, samples) == [f"抽样记录无法读取：不是抽样记录（format 应为 {DRAW_FORMAT}）"]
    broken = copy.deepcopy(j)
    del broken["parameters"]
    assert verify_draw(broken, samples) == ["抽样记录无法读取：抽样记录缺少 parameters"]


# ------------------------------------------------------------------ team and recusal


def test_example_team_loads_against_the_registry() -> None:
    team = load_team(EXAMPLE_TEAM, load_registry(SAMPLES / "registry"))
    assert [m.id for m in team.members] == ["XR-01", "XR-02", "XR-03", "XR-04", "XR-05"]
    assert team.reviewers_per_dossier == 1
    assert team.members[0] == TeamMember("XR-01", "方若溪", "B-CX-MR", 8, ())
    assert team.members[2].also_recuse == ("B-CX-QS",)


def test_team_file_problems_are_all_listed() -> None:
    registry = load_registry(SAMPLES / "registry")
    data = {"reviewers_per_dossier": 0, "colour": "blue", "reviewer": [
        {"id": "R1", "name": "甲乙", "department": "B-CX-MR", "capacity": -1},
        {"id": "R1", "name": "丙丁", "department": "B-NOWHERE", "also_recuse": "B-CX-YJ"},
        {"id": "R3", "department": "B-CX-YJ", "extra": 1},
    ]}
    with pytest.raises(SamplingError) as exc:
        parse_team(data, registry)
    assert str(exc.value).split("；") == [
        "未知的键 'colour'（可用：name、reviewers_per_dossier、[[reviewer]]）",
        "reviewers_per_dossier 应为正整数，而不是 0",
        "评查人员 R1：capacity 应为非负整数，而不是 -1",
        "评查人员 R1：编号重复",
        "评查人员 R1：also_recuse 应为文字列表（主体编号、案卷编号或案号）",
        "评查人员 R1：部门 B-NOWHERE 不在参照库 bodies.xml 中",
        "第 3 名评查人员：未知的键 'extra'（可用：also_recuse、capacity、department、id、name）",
        "第 3 名评查人员：缺少 name（应为非空文字）",
    ]
    with pytest.raises(SamplingError, match="没有评查人员"):
        parse_team({})


def test_team_file_not_toml(tmp_path: Path) -> None:
    bad = tmp_path / "team.toml"
    bad.write_text("[[reviewer]\n", encoding="utf-8")
    with pytest.raises(SamplingError, match="不是有效的 TOML"):
        load_team(bad)


def test_recusal_reasons() -> None:
    d = info("D1", department="B-X-A", officers=("林 秋白", "莫问天"))
    assert recusal_reasons(member("R", "程一诺", "B-X-B"), d) == []
    assert recusal_reasons(member("R", "程一诺", "B-X-A"), d) == ["本部门案卷（B-X-A）"]
    assert recusal_reasons(member("R", "林秋白", "B-X-B"), d) == ["曾参与本案（执法人员中有 林秋白）"]
    assert recusal_reasons(member("R", "莫问天", "B-X-A"), d) == ["本部门案卷（B-X-A）", "曾参与本案（执法人员中有 莫问天）"]
    assert recusal_reasons(member("R", "程一诺", "B-X-B", also=("B-X-A", "D1", "案号D1")), d) == [
        "申报回避部门 B-X-A", "申报回避案卷 D1", "申报回避案卷 案号D1"]


# ------------------------------------------------------------------ assignment


def test_assign_recuses_department_and_participation() -> None:
    sample = [info("D1", "B-X-A", officers=("林秋白",)), info("D2", "B-X-B"), info("D3", "B-X-C", officers=("程一诺",))]
    team = Team((member("R-A", "程一诺", "B-X-A"), member("R-B", "林秋白", "B-X-B"), member("R-C", "苏若尘", "B-X-C")))
    a = assign(sample, team, seed=1)
    # D1: R-A own department, R-B took part -> R-C; D3: R-C own department, R-A took part -> R-B; D2 -> R-A (balance)
    assert a.reviewers == {"D1": ("R-C",), "D2": ("R-A",), "D3": ("R-B",)}
    assert a.recused == {
        "D1": {"R-A": ("本部门案卷（B-X-A）",), "R-B": ("曾参与本案（执法人员中有 林秋白）",)},
        "D2": {"R-B": ("本部门案卷（B-X-B）",)},
        "D3": {"R-A": ("曾参与本案（执法人员中有 程一诺）",), "R-C": ("本部门案卷（B-X-C）",)},
    }
    assert a.unassignable == {}
    assert a.loads() == {"R-A": 1, "R-B": 1, "R-C": 1}
    assert check_assignment(a.to_json(), team, sample) == []


def test_assign_with_sample_dossiers_never_conflicts(samples: Frame) -> None:
    d = draw(samples, seed=2026, ratio=0.5)
    team = Team((member("R1", "陈立新", "B-CX-ZF"), member("R2", "方若溪", "B-CX-MR"),
                 member("R3", "顾明远", "B-CX-YJ"), member("R4", "邵景行", "B-CX-EE")))
    a = assign(d, team, seed=9)
    assert a.unassignable == {}
    for x in a.dossiers:
        (r,) = a.reviewers[x.id]
        assert recusal_reasons(team.by_id[r], x) == []
        if "陈立新" in x.officers:
            assert "R1" in a.recused[x.id]
    loads = a.loads()
    assert sum(loads.values()) == len(d.dossiers)
    assert max(loads.values()) - min(loads.values()) <= 1
    assert check_assignment(a.to_json(), team, samples) == []
    assert a.draw == {"seed": 2026, "frame_sha256": d.frame_sha256, "sample_sha256": d.sample_sha256()}


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_load_balance_two_per_dossier(seed: int) -> None:
    sample = [info(f"D{n:02d}", department=f"B-X-{'ABCDE'[n % 5]}") for n in range(17)]
    team = Team(tuple(member(f"R{k}", f"评查员{k}", f"B-X-{'ABCDE'[k]}") for k in range(5)))
    a = assign(sample, team, seed=seed, reviewers_per_dossier=2)
    assert a.unassignable == {}
    assert all(len(ids) == 2 for ids in a.reviewers.values())
    assert sorted(a.loads().values()) == [6, 7, 7, 7, 7]  # 34 = 6 + 4 × 7
    assert assign(sample, team, seed=seed, reviewers_per_dossier=2).to_json() == a.to_json()


def test_load_balance_minimises_the_largest_load() -> None:
    # R-A may review only department B; R-B and R-C may review everything else too
    sample = [info(f"B{n}", "B-X-B") for n in range(2)] + [info(f"C{n}", "B-X-C") for n in range(4)]
    team = Team((member("R-A", "程一诺", "B-X-A", also=("B-X-C",)), member("R-B", "林秋白", "B-X-D"),
                 member("R-C", "苏若尘", "B-X-E")))
    a = assign(sample, team, seed=5)
    assert a.loads() == {"R-A": 2, "R-B": 2, "R-C": 2}
    assert a.reviewers["B0"] == ("R-A",) and a.reviewers["B1"] == ("R-A",)


def test_seed_breaks_ties() -> None:
    sample = [info(f"D{n}", "B-X-A") for n in range(4)]
    team = Team(tuple(member(f"R{k}", f"评查员{k}", "B-X-B") for k in range(4)))
    results = {tuple(sorted(assign(sample, team, seed=s).reviewers.items())) for s in range(8)}
    assert len(results) > 1
    for s in range(8):
        assert sorted(assign(sample, team, seed=s).loads().values()) == [1, 1, 1, 1]


def test_capacity_and_unassignable() -> None:
    sample = [info("D1", "B-X-A"), info("D2", "B-X-A"), info("D3", "B-X-A"), info("D4", "B-X-B")]
    team = Team((member("R1", "程一诺", "B-X-B", capacity=1), member("R2", "林秋白", "B-X-C", capacity=1),
                 member("R3", "苏若尘", "B-X-A")))
    a = assign(sample, team, seed=2)
    assert a.loads() == {"R1": 1, "R2": 1, "R3": 1}
    assert a.reviewers["D4"] == ("R3",)  # R1 is of B-X-B; R1 and R2 are both needed for B-X-A
    assigned_a = sorted(d for d in ("D1", "D2", "D3") if a.reviewers[d])
    (short,) = sorted({"D1", "D2", "D3"} - set(assigned_a))
    assert a.unassignable == {short: {"R1": ("已达评查容量上限（1 件）",), "R2": ("已达评查容量上限（1 件）",),
                                      "R3": ("本部门案卷（B-X-A）",)}}
    j = a.to_json()
    assert j["unassignable"] == [{"dossier": short, "needed": 1, "assigned": [],
                                  "reasons": {"R1": ["已达评查容量上限（1 件）"], "R2": ["已达评查容量上限（1 件）"],
                                              "R3": ["本部门案卷（B-X-A）"]}}]
    assert check_assignment(j, team, sample) == []


def test_everyone_recused_is_unassignable_with_reasons() -> None:
    sample = [info("D1", "B-X-A", officers=("林秋白",)), info("D2", "B-X-B")]
    team = Team((member("R1", "程一诺", "B-X-A"), member("R2", "林秋白", "B-X-C", also=("D2",))))
    a = assign(sample, team, seed=1, reviewers_per_dossier=2)
    assert a.reviewers == {"D1": (), "D2": ("R1",)}
    assert a.unassignable == {
        "D1": {"R1": ("本部门案卷（B-X-A）",), "R2": ("曾参与本案（执法人员中有 林秋白）",)},
        "D2": {"R1": ("已分配本案",), "R2": ("申报回避案卷 D2",)},
    }


def test_assignment_json_and_csv() -> None:
    sample = [info("D1", "B-X-A"), info("D2", "B-X-B")]
    team = Team((member("R1", "程一诺", "B-X-A"), member("R2", "林秋白", "B-X-B")), name="第一组")
    a = assign(sample, team, seed=4)
    j = a.to_json()
    assert j["format"] == ASSIGNMENT_FORMAT and j["seed"] == 4 and j["reviewers_per_dossier"] == 1 and j["draw"] is None
    assert j["team"] == {"name": "第一组", "reviewers": [
        {"id": "R1", "name": "程一诺", "department": "B-X-A", "capacity": None, "also_recuse": [], "load": 1},
        {"id": "R2", "name": "林秋白", "department": "B-X-B", "capacity": None, "also_recuse": [], "load": 1}]}
    assert j["assignments"] == [
        {"dossier": "D1", "case_number": "案号D1", "department": "B-X-A", "case_type": "punishment", "path": "cases/D1",
         "reviewers": [{"id": "R2", "name": "林秋白", "department": "B-X-B"}], "recused": {"R1": ["本部门案卷（B-X-A）"]}},
        {"dossier": "D2", "case_number": "案号D2", "department": "B-X-B", "case_type": "punishment", "path": "cases/D2",
         "reviewers": [{"id": "R1", "name": "程一诺", "department": "B-X-A"}], "recused": {"R2": ["本部门案卷（B-X-B）"]}},
    ]
    assert j["unassignable"] == []
    assert a.to_csv().splitlines() == [
        "dossier_id,case_number,department,case_type,path,reviewer_id,reviewer_name,reviewer_department,needed,note",
        "D1,案号D1,B-X-A,punishment,cases/D1,R2,林秋白,B-X-B,1,",
        "D2,案号D2,B-X-B,punishment,cases/D2,R1,程一诺,B-X-A,1,",
    ]
    assert check_assignment(read_assignment_csv(a.to_csv()), team, sample) == []


def test_check_assignment_catches_planted_problems() -> None:
    sample = [info("D1", "B-X-A", officers=("苏若尘",)), info("D2", "B-X-B"), info("D3", "B-X-C")]
    team = Team((member("R1", "程一诺", "B-X-A", capacity=1), member("R2", "林秋白", "B-X-B"),
                 member("R3", "苏若尘", "B-X-C")))
    good = assign(sample, team, seed=3).to_json()
    assert check_assignment(good, team, sample) == []

    planted = copy.deepcopy(good)
    planted["assignments"][0]["reviewers"] = [{"id": "R1", "name": "程一诺"}, {"id": "R3", "name": "苏若尘"}]
    planted["assignments"][1]["reviewers"] = [{"id": "R1", "name": "程一诺"}]
    planted["assignments"][2]["reviewers"] = [{"id": "R9", "name": "无名"}]
    planted["assignments"].append({"dossier": "D7", "reviewers": []})
    problems = check_assignment(planted, team, sample)
    assert problems == [
        "案卷 D1：评查人员 R1（程一诺）应当回避：本部门案卷（B-X-A）",
        "案卷 D1：评查人员 R3（苏若尘）应当回避：曾参与本案（执法人员中有 苏若尘）",
        "案卷 D3：评查人员 R9 不在团队名单中",
        "案卷 D7 不在所给的案卷中",
        "案卷 D7：只分配了 0 名评查人员，应为 1 名（也未列为无法分配）",
        "评查人员 R1（程一诺）分配了 2 件，超过其评查容量 1 件",
    ]
    assert check_assignment({"format": "x"}, team, sample) == [f"不是分配记录（format 应为 {ASSIGNMENT_FORMAT}）"]


# ------------------------------------------------------------------ command line


@pytest.fixture
def cli() -> click.Group:
    @click.group()
    def main() -> None:
        """test group"""

    register(main)
    return main


def invoke(cli: click.Group, *args: str) -> Result:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert "Traceback" not in result.output
    return result


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_cli_sample_writes_through_a_pipe(cli: click.Group, tmp_path: Path) -> None:
    """``-o`` naming a device or pipe writes through it, never replaces it with a file (as ``-o /dev/null``
    run as root once did); the draw is the one written to a file."""
    file_out, fifo = tmp_path / "draw.json", tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    args = ("sample", str(SAMPLES), "--seed", "2026", "--size", "2")
    assert invoke(cli, *args, "-o", str(fifo)).exit_code == 0
    reader.join(timeout=10)
    assert invoke(cli, *args, "-o", str(file_out)).exit_code == 0
    assert received == [file_out.read_bytes()]
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_cli_sample_writes_and_verifies(cli: click.Group, tmp_path: Path) -> None:
    out = tmp_path / "draw.json"
    r = invoke(cli, "sample", str(SAMPLES), "--seed", "2026", "--ratio", "30%", "-o", str(out))
    assert r.exit_code == 0, r.output
    assert r.output.startswith("交叉检查抽样（enforcement-audit")
    assert "■ B-CX-MR 城西县市场监督管理局 / 行政处罚：共 6 件，抽取 2 件" in r.output
    assert "共抽取案卷 23 件（范围 47 件）。" in r.output
    assert "PDF-01-only-pdfs：PDF-01-only-pdfs/ 中没有 dossier.xml" in r.output
    written = json.loads(out.read_text(encoding="utf-8"))
    assert written == draw(index_dossiers([SAMPLES]), seed=2026, ratio=0.3).to_json()
    assert [p.name for p in tmp_path.iterdir()] == ["draw.json"]  # no temporary file left

    ok = invoke(cli, "sample", "--verify", str(out), str(SAMPLES))
    assert ok.exit_code == 0 and "复核通过" in ok.output
    written["seed"] = 2027
    out.write_text(json.dumps(written), encoding="utf-8")
    bad = invoke(cli, "sample", "--verify", str(out), str(SAMPLES))
    assert bad.exit_code == 1 and "复核未通过" in bad.output


@pytest.mark.parametrize(("args", "message"), [
    (["--seed", "1"], "请给出 --size（每层件数）或 --ratio（每层比例）之一"),
    (["--size", "2"], "请用 --seed 给出随机种子"),
    (["--seed", "x", "--size", "2"], "--seed 应为整数，而不是 'x'"),
    (["--seed", "1", "--ratio", "2"], "--ratio 应大于 0、不大于 1"),
    (["--seed", "1", "--size", "0"], "--size 不得小于 1"),
    (["--seed", "1", "--size", "1", "--strata", "region"], "未知的分层字段 'region'"),
    (["--seed", "1", "--size", "1", "-o", str(SAMPLES / "PUN-01-food-fine" / "draw.json")], "-o 不得位于案卷目录之内"),
])
def test_cli_sample_usage_errors(cli: click.Group, args: list[str], message: str) -> None:
    r = invoke(cli, "sample", str(SAMPLES), *args)
    assert r.exit_code == 2
    assert r.output.strip().splitlines()[-1] == f"Error: {message}" or message in r.output.strip().splitlines()[-1]
    assert not (SAMPLES / "PUN-01-food-fine" / "draw.json").exists()


def test_cli_sample_missing_path_and_empty(cli: click.Group, tmp_path: Path) -> None:
    r = invoke(cli, "sample", str(tmp_path / "nowhere"), "--seed", "1", "--size", "1")
    assert r.exit_code == 2 and f"路径不存在：{tmp_path / 'nowhere'}" in r.output
    (tmp_path / "empty").mkdir()
    r = invoke(cli, "sample", str(tmp_path / "empty"), "--seed", "1", "--size", "1")
    assert r.exit_code == 2 and "没有可抽样的案卷" in r.output


def test_cli_assign_and_check(cli: click.Group, tmp_path: Path) -> None:
    draw_file = tmp_path / "draw.json"
    assert invoke(cli, "sample", str(SAMPLES), "--seed", "2026", "--size", "1", "-o", str(draw_file)).exit_code == 0
    out = tmp_path / "assignment.json"
    r = invoke(cli, "assign", str(draw_file), "--team", str(EXAMPLE_TEAM), "--seed", "7", "-o", str(out))
    assert r.exit_code == 0, r.output
    assert "评查人员工作量：" in r.output and "XR-01 方若溪（B-CX-MR）" in r.output
    written = json.loads(out.read_text(encoding="utf-8"))
    team = load_team(EXAMPLE_TEAM)
    recorded = Draw.from_json(json.loads(draw_file.read_text(encoding="utf-8")))
    assert written == assign(recorded, team, seed=7).to_json()
    loads = [rv["load"] for rv in written["team"]["reviewers"]]
    assert sum(loads) == 18 and max(loads) - min(loads) <= 1

    ok = invoke(cli, "assign", "--check", str(out), "--team", str(EXAMPLE_TEAM), str(SAMPLES))
    assert ok.exit_code == 0 and "复核通过" in ok.output

    entry = next(e for e in written["assignments"] if e["department"] == "B-CX-MR")
    entry["reviewers"] = [{"id": "XR-01", "name": "方若溪", "department": "B-CX-MR"}]
    out.write_text(json.dumps(written, ensure_ascii=False), encoding="utf-8")
    bad = invoke(cli, "assign", "--check", str(out), "--team", str(EXAMPLE_TEAM), str(SAMPLES))
    assert bad.exit_code == 1
    assert f"案卷 {entry['dossier']}：评查人员 XR-01（方若溪）应当回避：本部门案卷（B-CX-MR）" in bad.output

    csv_out = tmp_path / "assignment.csv"
    r2 = invoke(cli, "assign", str(draw_file), "--team", str(EXAMPLE_TEAM), "--seed", "7", "--per-dossier", "2",
                "-o", str(csv_out))
    assert r2.exit_code == 0, r2.output
    assert csv_out.read_bytes().startswith(b"\xef\xbb\xbfdossier_id,")
    assert invoke(cli, "assign", "--check", str(csv_out), "--team", str(EXAMPLE_TEAM), str(SAMPLES)).exit_code == 0


def test_cli_assign_unassignable_exits_1(cli: click.Group, tmp_path: Path) -> None:
    draw_file = tmp_path / "draw.json"
    invoke(cli, "sample", str(SAMPLES), "--seed", "1", "--size", "1", "--strata", "department", "-o", str(draw_file))
    team = tmp_path / "team.toml"
    team.write_text('[[reviewer]]\nid = "R1"\nname = "程一诺"\ndepartment = "B-CX-MR"\n', encoding="utf-8")
    r = invoke(cli, "assign", str(draw_file), "--team", str(team), "--seed", "1")
    assert r.exit_code == 1
    assert "无法分配足够评查人员的案卷 1 件：" in r.output
    assert "R1 本部门案卷（B-CX-MR）" in r.output


@pytest.mark.parametrize("case", ["no-team", "bad-team", "bad-draw", "no-draw", "no-seed", "check-no-paths",
                                  "unknown-department", "check-with-output"])
def test_cli_assign_usage_errors(cli: click.Group, tmp_path: Path, case: str) -> None:
    draw_file = tmp_path / "draw.json"
    invoke(cli, "sample", str(SAMPLES), "--seed", "1", "--size", "1", "-o", str(draw_file))
    bad_team = tmp_path / "bad.toml"
    bad_team.write_text("name = [\n", encoding="utf-8")
    foreign = tmp_path / "foreign.toml"
    foreign.write_text('[[reviewer]]\nid = "R1"\nname = "程一诺"\ndepartment = "B-ELSEWHERE"\n', encoding="utf-8")
    not_draw = tmp_path / "x.json"
    not_draw.write_text("{", encoding="utf-8")
    team = str(EXAMPLE_TEAM)
    args, message = {
        "no-team": ([str(draw_file), "--seed", "1"], "请用 --team 指定团队文件"),
        "bad-team": ([str(draw_file), "--team", str(bad_team), "--seed", "1"], "不是有效的 TOML"),
        "bad-draw": ([str(not_draw), "--team", team, "--seed", "1"], "不是有效的 JSON"),
        "no-draw": (["--team", team, "--seed", "1"], "请给出一个抽样记录文件"),
        "no-seed": ([str(draw_file), "--team", team], "请用 --seed 给出随机种子"),
        "check-no-paths": (["--check", str(draw_file), "--team", team], "复核分配记录需要给出案卷路径"),
        "unknown-department": ([str(draw_file), "--team", str(foreign), "--seed", "1"], "部门 B-ELSEWHERE 不在参照库"),
        "check-with-output": (["--check", str(draw_file), "--team", team, "-o", "x.json", str(SAMPLES)], "不写文件"),
    }[case]
    r = invoke(cli, "assign", *args)
    assert r.exit_code == 2
    assert message in r.output.strip().splitlines()[-1]
