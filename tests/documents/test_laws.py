"""The law catalogue: the shipped data, version lookup, and clear errors for bad user files."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

import pytest

from enforcement_audit.documents.laws import LawCatalogueError, load_catalogue, parse_catalogue


def test_shipped_catalogue_has_the_laws_the_issue_names() -> None:
    laws = load_catalogue()
    names = {law.name for law in laws.laws}
    for name in ("中华人民共和国行政处罚法", "中华人民共和国行政强制法", "中华人民共和国安全生产法", "中华人民共和国食品安全法",
                 "中华人民共和国大气污染防治法", "中华人民共和国消防法", "中华人民共和国城乡规划法", "中华人民共和国土地管理法",
                 "中华人民共和国道路运输条例"):
        assert name in names
    penalty = laws.by_name("《行政处罚法》")
    assert penalty is not None and penalty.id == "administrative-penalty-law"
    assert [(v.year, v.articles) for v in penalty.versions] == [(1996, 64), (2009, 64), (2017, 64), (2021, 86)]
    v2017 = penalty.version_on(dt.date(2021, 7, 14))
    v2021 = penalty.version_on(dt.date(2021, 7, 15))
    assert v2017 is not None and v2021 is not None
    assert (v2017.year, v2021.year, v2021.confirmed) == (2017, 2021, True)
    assert penalty.version_on(dt.date(1990, 1, 1)) is None


def test_renumbering_pairs_lie_within_their_versions() -> None:
    laws = load_catalogue()
    assert laws.renumberings
    for move in laws.renumberings:
        law = laws.by_id(move.law)
        assert law is not None
        versions = {v.label: v for v in law.versions}
        assert max(move.old) <= versions[move.from_version].articles
        assert max(move.new) <= versions[move.to_version].articles
    hearing = [m for m in laws.renumberings if m.law == "administrative-penalty-law" and "听证" in m.keywords]
    assert any(m.old == (42,) and set(m.new) == {63, 64} for m in hearing)


GOOD = """format = 1
[[law]]
id = "demo-law"
name = "某某条例"
rank = "local_regulation"
[[law.version]]
label = "2010年"
in_force = 2010-01-01
articles = 40
[[law.version]]
label = "2020年修正"
in_force = 2020-06-01
articles = 45
"""


def _parse(text: str) -> None:
    parse_catalogue(tomllib.loads(text), "user.toml")


def test_a_good_user_file_chains_versions() -> None:
    laws, _ = parse_catalogue(tomllib.loads(GOOD), "user.toml")
    [law] = laws
    assert [(v.label, v.until) for v in law.versions] == [("2010年", dt.date(2020, 6, 1)), ("2020年修正", None)]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (GOOD.replace('rank = "local_regulation"', 'rank = "decree"'), "user.toml 第 1 个 [[law]]（demo-law）: `rank` 须为"),
        (GOOD.replace("articles = 45", "articles = 0"), "第 2 个 version: `articles` 须为正整数"),
        (GOOD.replace("in_force = 2020-06-01", "in_force = 2009-06-01"), "版本须按施行日期从早到晚排列"),
        (GOOD.replace("in_force = 2010-01-01", 'in_force = "2010-01-01"'), "`in_force` 须为日期"),
        (GOOD.replace('label = "2010年"', 'label = "2010年"\nvalid = true'), "未知的键 valid"),
        (GOOD + '[[renumbering]]\nlaw = "other"\nfrom_version = "a"\nto_version = "b"\ntopic = "t"\nkeywords = ["k"]\nold = [1]\nnew = [2]\n',
         "`law` = 'other' 不是目录中的法律"),
        ("format = 2\n", "不支持的 format"),
    ],
)
def test_bad_user_files_name_the_key(text: str, message: str) -> None:
    with pytest.raises(LawCatalogueError) as info:
        _parse(text)
    assert message in str(info.value)


def test_unreadable_and_malformed_files(tmp_path: Path) -> None:
    with pytest.raises(LawCatalogueError, match="无法读取"):
        load_catalogue([tmp_path / "missing.toml"])
    broken = tmp_path / "broken.toml"
    broken.write_text("[[law]\n", encoding="utf-8")
    with pytest.raises(LawCatalogueError, match="TOML 格式错误"):
        load_catalogue([broken])
