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
        (GOOD + 'structure = { 3 = [0, 2] }\n', "第 2 个 version: `structure_source` 须为非空文本"),
        (GOOD + 'structure_source = "x"\n', "第 2 个 version: 有 `structure_source` 而没有 `structure`"),
        (GOOD + 'structure_source = "x"\nstructure = [0, 2]\n', "第 2 个 version: `structure` 须为非空的表"),
        (GOOD + 'structure_source = "x"\nstructure = {}\n', "`structure` 须为非空的表"),
        (GOOD + 'structure_source = "x"\nstructure = { 46 = [0] }\n', "`structure` 的键 '46' 须为 1 至 45"),
        (GOOD + 'structure_source = "x"\nstructure = { "03" = [0] }\n', "`structure` 的键 '03'"),
        (GOOD + 'structure_source = "x"\nstructure = { "第三条" = [0] }\n', "`structure` 的键 '第三条'"),
        (GOOD + 'structure_source = "x"\nstructure = { 3 = [] }\n', '`structure."3"` 须为非空的非负整数列表'),
        (GOOD + 'structure_source = "x"\nstructure = { 3 = [0, -1] }\n', '`structure."3"` 须为非空的非负整数列表'),
        (GOOD + 'structure_source = "x"\nstructure = { 3 = 2 }\n', '`structure."3"` 须为'),
        (GOOD + 'structure_source = "x"\nstructure = { 3 = [true] }\n', '`structure."3"` 须为'),
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


STRUCTURED = GOOD + """structure_source = "demo text @ 0123"

  [law.version.structure]
  1 = [0]
  3 = [0, 5, 0]
  18 = [10]
"""


def test_a_version_records_paragraphs_and_items() -> None:
    # without `structure` a format = 1 file loads as before (GOOD); with it, either written as a sub-table
    # or inline, the same structure results
    for text in (STRUCTURED, GOOD + 'structure_source = "demo text @ 0123"\nstructure = { 18 = [10], "3" = [0, 5, 0], 1 = [0] }\n'):
        laws, _ = parse_catalogue(tomllib.loads(text), "user.toml")
        old, new = laws[0].versions
        assert (old.structure, old.structure_source, old.article_structure(3)) == ((), "", None)
        assert new.structure == ((1, (0,)), (3, (0, 5, 0)), (18, (10,)))
        assert new.structure_source == "demo text @ 0123" and new.until is None
        assert new.article_structure(3) == (0, 5, 0) and new.article_structure(2) is None
    assert new.citation_error(3, 2, 5) is None
    assert new.citation_error(3, 2, 6) == "2020年修正 第 3 条第 2 款只有 5 项，没有第 6 项"
    assert new.citation_error(3, 4) == "2020年修正 第 3 条只有 3 款，没有第 4 款"
    assert new.citation_error(3, None, 1) == "2020年修正 第 3 条第 1 款没有分项，没有第 1 项"
    assert new.citation_error(18, None, 10) is None and new.citation_error(18, 1, 10) is None
    assert new.citation_error(18, 2) == "2020年修正 第 18 条只有 1 款，没有第 2 款"
    assert new.citation_error(46) == "2020年修正 只有 45 条，没有第 46 条"
    assert new.citation_error(2, 9, 9) is None  # article 2's structure is not recorded
    assert old.citation_error(3, 9, 9) is None


def test_shipped_structures_cover_the_texts_read() -> None:
    laws = load_catalogue()
    recorded = {(law.id, v.label): v for law in laws.laws for v in law.versions if v.structure}
    assert set(recorded) == {("administrative-penalty-law", "2017年修正"), ("administrative-penalty-law", "2021年修订"),
                             ("administrative-coercion-law", "2011年制定")}
    for version in recorded.values():
        # every article of these three texts was read
        assert [article for article, _ in version.structure] == list(range(1, version.articles + 1))
        assert "Theonefkguy/Chinese-Laws" in version.structure_source
    coercion = recorded[("administrative-coercion-law", "2011年制定")]
    assert coercion.article_structure(24) == (0, 5, 0) and coercion.article_structure(18) == (10,)
    assert recorded[("administrative-penalty-law", "2017年修正")].article_structure(38) == (4, 0, 0)
    assert recorded[("administrative-penalty-law", "2021年修订")].article_structure(64) == (8,)
