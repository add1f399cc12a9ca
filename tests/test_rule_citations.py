"""Every citation in the rules names a provision that exists.

The rules' ``meta.legal_basis``, the citations held in the rule modules' tables (a message's citation per
step kind, say) and the checklist's ``[[item.legal_basis]]`` (rules/manual-checks.toml) are
checked against the law catalogue (rules/laws.toml): the article must lie within the cited version's
last article, and where the version records the article's `structure`, the paragraph (款) and item (项)
must exist (an item cited without a paragraph is an item of paragraph 1). A citation of 行政处罚法 whose
note names a version ("2017年修正…") is checked against that version; every other citation against the
current (last) version.

A catalogued law cannot be cited unchecked: a cited article of a catalogued law with no structure entry
fails, unless it is listed in ``UNCHECKED`` below with the reason. Laws the catalogue does not list
(行政复议法, 行政诉讼法, 民法典, 规章 …) are not checked here.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from collections.abc import Iterator

import pytest

from enforcement_audit.documents.laws import Law, LawCatalogue, LawVersion, load_catalogue
from enforcement_audit.engine import LegalBasis
from enforcement_audit.manual import load_checklist
from enforcement_audit.rules import ALL_RULES
from enforcement_audit.rules._common import cl, old_pl, pl

#: Citations of a catalogued law whose article has no structure entry, each with the reason:
#: (law name as cited, version label, article) -> why it cannot be checked. Empty: every cited article
#: of 行政处罚法 (2017, 2021) and 行政强制法 (2011) is recorded in rules/laws.toml.
UNCHECKED: dict[tuple[str, str, int], str] = {}

CATALOGUE = load_catalogue()
Key = tuple[str, int, int | None, int | None, str | None]


def _module_bases(value: object, depth: int = 0) -> Iterator[LegalBasis]:
    """LegalBasis objects held in a rule module's tables (tuples, lists, dicts, sets), e.g. the citation a
    message quotes per step kind (recording._TEXT_RECORD)."""
    if isinstance(value, LegalBasis):
        yield value
    elif depth < 4 and isinstance(value, (tuple, list, set, frozenset)):
        for v in value:
            yield from _module_bases(v, depth + 1)
    elif depth < 4 and isinstance(value, dict):
        for v in value.values():
            yield from _module_bases(v, depth + 1)


def _citations() -> dict[Key, set[str]]:
    """(law, article, paragraph, item, note) -> the rules, rule modules and checklist items citing it."""
    found: dict[Key, set[str]] = defaultdict(set)
    for rule in ALL_RULES:
        for basis in rule.meta.legal_basis:
            if basis.article is not None:
                found[(basis.law, basis.article, basis.paragraph, basis.item, basis.note)].add(rule.meta.id)
    modules = {rule.__module__ for rule in ALL_RULES}
    for name in sorted(modules):
        for attr, value in vars(sys.modules[name]).items():
            for basis in _module_bases(value):
                if basis.article is not None:
                    found[(basis.law, basis.article, basis.paragraph, basis.item, basis.note)].add(
                        f"{name.rsplit('.', 1)[-1]}.{attr}")
    for item in load_checklist().item:
        for spec in item.legal_basis:
            basis = spec.citation()
            if basis.article is not None:
                found[(basis.law, basis.article, basis.paragraph, basis.item, basis.note)].add(item.id)
    return found


CITATIONS = _citations()


def _version(law: Law, note: str | None) -> LawVersion:
    """The version a citation's note names (e.g. "2017年修正，适用于…"), else the current one."""
    named = [v for v in law.versions if note and v.label in note]
    return named[0] if named else law.versions[-1]


def _problems(catalogue: LawCatalogue, citations: dict[Key, set[str]]) -> list[str]:
    problems = []
    for (name, article, paragraph, item, note), cited_by in sorted(citations.items(), key=str):
        law = catalogue.by_name(name)
        if law is None:
            continue
        version = _version(law, note)
        citation = str(LegalBasis(name, article, paragraph, item, note))
        who = ", ".join(sorted(cited_by))
        error = version.citation_error(article, paragraph, item)
        if error:
            problems.append(f"{citation} ({who}): {error}")
        elif version.article_structure(article) is None and (law.name, version.label, article) not in UNCHECKED:
            problems.append(f"{citation} ({who}): {law.id} {version.label} 没有第 {article} 条的 structure"
                            "（rules/laws.toml），请读原文补上，或在 UNCHECKED 中说明")
    return problems


def test_catalogued_citations_name_existing_provisions() -> None:
    assert CITATIONS
    assert _problems(CATALOGUE, CITATIONS) == []


def test_citations_in_rule_module_tables_are_collected() -> None:
    # the citation REC-014's message quotes for an inquiry lives in a table, not in the rule's meta
    assert any(who.startswith("recording.") for who in CITATIONS[("中华人民共和国行政处罚法", 55, 2, None, None)])


def test_the_citations_include_both_penalty_law_versions_and_the_coercion_law() -> None:
    versions = set()
    for name, _, _, _, note in CITATIONS:
        law = CATALOGUE.by_name(name)
        if law is not None:
            versions.add((law.id, _version(law, note).label))
    assert {("administrative-penalty-law", "2017年修正"), ("administrative-penalty-law", "2021年修订"),
            ("administrative-coercion-law", "2011年制定")} <= versions


def test_exemptions_are_still_needed() -> None:
    cited = set()
    for name, article, _, _, note in CITATIONS:
        law = CATALOGUE.by_name(name)
        if law is not None:
            cited.add((law.name, _version(law, note).label, article))
    for key in UNCHECKED:
        law = CATALOGUE.by_name(key[0])
        assert law is not None and key in cited, f"stale UNCHECKED entry {key}"
        version = next(v for v in law.versions if v.label == key[1])
        assert version.article_structure(key[2]) is None, f"UNCHECKED entry {key} now has a structure"


@pytest.mark.parametrize(
    ("basis", "message"),
    [
        (cl(24, 2, 6), "2011年制定 第 24 条第 2 款只有 5 项，没有第 6 项"),  # a slip once found in a rule: five items
        (cl(18, None, 11), "第 18 条第 1 款只有 10 项，没有第 11 项"),  # an item without a paragraph: para 1
        (cl(24, 4), "第 24 条只有 3 款，没有第 4 款"),
        (cl(72), "2011年制定 只有 71 条，没有第 72 条"),
        (pl(44, None, 1), "第 44 条第 1 款没有分项，没有第 1 项"),
        (pl(59, 2, 1), "第 59 条第 2 款没有分项"),
        (old_pl(42, 1, 8), "2017年修正 第 42 条第 1 款只有 7 项，没有第 8 项"),
        (old_pl(38, 4), "2017年修正 第 38 条只有 3 款，没有第 4 款"),
    ],
)
def test_a_wrong_citation_fails(basis: LegalBasis, message: str) -> None:
    assert basis.article is not None
    problems = _problems(CATALOGUE, {(basis.law, basis.article, basis.paragraph, basis.item, basis.note): {"X-001"}})
    assert len(problems) == 1 and message in problems[0], problems


def test_a_catalogued_law_cited_without_structure_fails() -> None:
    # 安全生产法 is catalogued but records no structure: a new citation of it cannot pass unchecked
    problems = _problems(CATALOGUE, {("中华人民共和国安全生产法", 25, 1, None, None): {"X-001"}})
    assert len(problems) == 1 and "没有第 25 条的 structure" in problems[0]
    # a law the catalogue does not list is not checked here
    assert _problems(CATALOGUE, {("中华人民共和国行政复议法", 23, 1, 9, None): {"X-001"}}) == []
