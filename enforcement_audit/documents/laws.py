"""The law catalogue (法律目录) as data: laws, their versions, in-force dates and article counts.

The shipped catalogue is ``rules/laws.toml`` (installed as ``enforcement_audit.ruledata``); users add
or override laws with a file of the same structure (``--laws FILE``): a law whose ``id`` is already
known replaces the shipped entry. The citation rules (GEN-CITE-*) read it to tell whether a cited
article exists in the version of a law that was in force on a given day, and whether a document
dated after the 2021 revision of 行政处罚法 still cites the old article numbers.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any

RANKS = (
    "law",
    "administrative_regulation",
    "local_regulation",
    "departmental_rule",
    "local_rule",
    "normative_document",
)
CONFIDENCES = ("C1", "C1-copy", "C2", "C3", "U")


class LawCatalogueError(ValueError):
    """A law catalogue file that cannot be used; the message names the file and the bad key."""


@dataclass(frozen=True)
class LawVersion:
    label: str  # e.g. 2021年修订
    in_force: dt.date
    articles: int  # number of the last article
    adopted: dt.date | None = None
    until: dt.date | None = None  # first day no longer in force (next version in force, or repeal)
    source: str = ""
    confidence: str = "U"
    note: str = ""
    #: the paragraphs (款) of the articles whose text was read, as (article, items per paragraph) pairs in
    #: article order: (24, (0, 5, 0)) = article 24 has three paragraphs, the second with five items (项)
    structure: tuple[tuple[int, tuple[int, ...]], ...] = ()
    structure_source: str = ""  # the text the structure was read in (repository, path, commit)

    @property
    def confirmed(self) -> bool:
        return self.confidence in ("C1", "C1-copy", "C2")

    def article_structure(self, article: int) -> tuple[int, ...] | None:
        """Items per paragraph of ``article`` (``(0,)``: one paragraph, no items); None: not recorded."""
        return next((paragraphs for number, paragraphs in self.structure if number == article), None)

    def citation_error(self, article: int, paragraph: int | None = None, item: int | None = None) -> str | None:
        """Why 第article条第paragraph款第（item）项 does not exist in this version; None if it exists or the
        article's structure is not recorded. An item cited without a paragraph is an item of paragraph 1."""
        if not 1 <= article <= self.articles:
            return f"{self.label} 只有 {self.articles} 条，没有第 {article} 条"
        paragraphs = self.article_structure(article)
        if paragraphs is None:
            return None
        if paragraph is not None and not 1 <= paragraph <= len(paragraphs):
            return f"{self.label} 第 {article} 条只有 {len(paragraphs)} 款，没有第 {paragraph} 款"
        if item is not None:
            which = paragraph or 1
            items = paragraphs[which - 1]
            if not 1 <= item <= items:
                has = f"只有 {items} 项" if items else "没有分项"
                return f"{self.label} 第 {article} 条第 {which} 款{has}，没有第 {item} 项"
        return None

    def in_force_on(self, day: dt.date) -> bool:
        return self.in_force <= day and (self.until is None or day < self.until)

    @property
    def year(self) -> int:
        return (self.adopted or self.in_force).year


@dataclass(frozen=True)
class Law:
    id: str
    name: str
    rank: str
    versions: tuple[LawVersion, ...]
    aliases: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)

    def version_on(self, day: dt.date) -> LawVersion | None:
        for version in self.versions:
            if version.in_force_on(day):
                return version
        return None

    def version_by_year(self, year: int) -> LawVersion | None:
        """The version a document names by its year, e.g. （2014年修正）."""
        for version in self.versions:
            if version.year == year or str(year) in version.label:
                return version
        return None


@dataclass(frozen=True)
class Renumbering:
    law: str
    from_version: str
    to_version: str
    topic: str
    keywords: tuple[str, ...]
    old: tuple[int, ...]
    new: tuple[int, ...]
    source: str = ""
    confidence: str = "U"


@dataclass(frozen=True)
class LawCatalogue:
    laws: tuple[Law, ...]
    renumberings: tuple[Renumbering, ...] = ()
    _by_name: dict[str, Law] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        for law in self.laws:
            for name in law.names:
                self._by_name.setdefault(name, law)

    def by_name(self, name: str) -> Law | None:
        return self._by_name.get(name.strip("《》 "))

    def by_id(self, law_id: str) -> Law | None:
        return next((law for law in self.laws if law.id == law_id), None)

    @property
    def names(self) -> list[str]:
        return sorted(self._by_name)

    def digest(self) -> str:
        """A short fingerprint of the names and renumberings (extraction caches depend on them)."""
        text = "|".join(self.names) + "#" + "|".join(f"{r.law}:{r.old}:{r.new}:{r.keywords}" for r in self.renumberings)
        return hashlib.sha256(text.encode()).hexdigest()[:12]


def _date(where: str, key: str, value: Any, required: bool = True) -> dt.date | None:
    if value is None and not required:
        return None
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    raise LawCatalogueError(f"{where}: `{key}` 须为日期（如 2021-07-15），现为 {value!r}")


def _text(where: str, key: str, value: Any, required: bool = True) -> str:
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value.strip()):
        raise LawCatalogueError(f"{where}: `{key}` 须为非空文本，现为 {value!r}")
    return value


def _ints(where: str, key: str, value: Any) -> tuple[int, ...]:
    if not isinstance(value, list) or not value or not all(isinstance(v, int) and v > 0 for v in value):
        raise LawCatalogueError(f"{where}: `{key}` 须为正整数列表，现为 {value!r}")
    return tuple(value)


def _structure(where: str, value: Any, articles: int) -> tuple[tuple[int, tuple[int, ...]], ...]:
    """``{ "24" = [0, 5, 0], ... }``: per article, the number of items (项) of each paragraph (款)."""
    if not isinstance(value, dict) or not value:
        raise LawCatalogueError(f"{where}: `structure` 须为非空的表，如 {{ \"24\" = [0, 5, 0] }}，现为 {value!r}")
    out: dict[int, tuple[int, ...]] = {}
    for key, paragraphs in value.items():
        if not (key.isascii() and key.isdigit() and str(int(key)) == key and 1 <= int(key) <= articles):
            raise LawCatalogueError(f"{where}: `structure` 的键 {key!r} 须为 1 至 {articles}（`articles`）之间的条文序号")
        if (not isinstance(paragraphs, list) or not paragraphs
                or not all(isinstance(n, int) and not isinstance(n, bool) and n >= 0 for n in paragraphs)):
            raise LawCatalogueError(
                f"{where}: `structure.\"{key}\"` 须为非空的非负整数列表（每款的项数，无项为 0），现为 {paragraphs!r}")
        out[int(key)] = tuple(paragraphs)
    return tuple(sorted(out.items()))


def _version(where: str, data: Any) -> LawVersion:
    if not isinstance(data, dict):
        raise LawCatalogueError(f"{where}: 须为表（table）")
    known = {"label", "adopted", "in_force", "articles", "repealed", "source", "confidence", "note", "structure",
             "structure_source"}
    unknown = sorted(set(data) - known)
    if unknown:
        raise LawCatalogueError(f"{where}: 未知的键 {', '.join(unknown)}")
    articles = data.get("articles")
    if not isinstance(articles, int) or articles <= 0:
        raise LawCatalogueError(f"{where}: `articles` 须为正整数（最后一条的序号），现为 {articles!r}")
    confidence = data.get("confidence", "U")
    if confidence not in CONFIDENCES:
        raise LawCatalogueError(f"{where}: `confidence` 须为 {'/'.join(CONFIDENCES)} 之一，现为 {confidence!r}")
    in_force = _date(where, "in_force", data.get("in_force"))
    assert in_force is not None
    structure: tuple[tuple[int, tuple[int, ...]], ...] = ()
    if "structure" in data:
        structure = _structure(where, data["structure"], articles)
        _text(where, "structure_source", data.get("structure_source"))
    elif "structure_source" in data:
        raise LawCatalogueError(f"{where}: 有 `structure_source` 而没有 `structure`")
    return LawVersion(
        label=_text(where, "label", data.get("label")),
        in_force=in_force,
        articles=articles,
        adopted=_date(where, "adopted", data.get("adopted"), required=False),
        until=_date(where, "repealed", data.get("repealed"), required=False),
        source=_text(where, "source", data.get("source"), required=False),
        confidence=confidence,
        note=_text(where, "note", data.get("note"), required=False),
        structure=structure,
        structure_source=_text(where, "structure_source", data.get("structure_source"), required=False),
    )


def _law(where: str, data: Any) -> Law:
    if not isinstance(data, dict):
        raise LawCatalogueError(f"{where}: 须为表（table）")
    unknown = sorted(set(data) - {"id", "name", "aliases", "rank", "version"})
    if unknown:
        raise LawCatalogueError(f"{where}: 未知的键 {', '.join(unknown)}")
    law_id = _text(where, "id", data.get("id"))
    where = f"{where}（{law_id}）"
    rank = data.get("rank")
    if rank not in RANKS:
        raise LawCatalogueError(f"{where}: `rank` 须为 {'/'.join(RANKS)} 之一，现为 {rank!r}")
    aliases = data.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a for a in aliases):
        raise LawCatalogueError(f"{where}: `aliases` 须为文本列表")
    raw_versions = data.get("version")
    if not isinstance(raw_versions, list) or not raw_versions:
        raise LawCatalogueError(f"{where}: 至少需要一个 [[law.version]]")
    versions = [_version(f"{where} 第 {i} 个 version", v) for i, v in enumerate(raw_versions, 1)]
    for earlier, later in itertools.pairwise(versions):
        if later.in_force <= earlier.in_force:
            raise LawCatalogueError(f"{where}: 版本须按施行日期从早到晚排列（{earlier.label} 之后是 {later.label}）")
    # each version ends when the next one takes effect
    chained = [replace(v, until=nxt.in_force) for v, nxt in itertools.pairwise(versions)]
    chained.append(versions[-1])
    return Law(law_id, _text(where, "name", data.get("name")), rank, tuple(chained), tuple(aliases))


def _renumbering(where: str, data: Any, laws: dict[str, Law]) -> Renumbering:
    if not isinstance(data, dict):
        raise LawCatalogueError(f"{where}: 须为表（table）")
    law_id = _text(where, "law", data.get("law"))
    law = laws.get(law_id)
    if law is None:
        raise LawCatalogueError(f"{where}: `law` = {law_id!r} 不是目录中的法律")
    labels = {v.label for v in law.versions}
    for key in ("from_version", "to_version"):
        if data.get(key) not in labels:
            raise LawCatalogueError(f"{where}: `{key}` = {data.get(key)!r} 不是 {law_id} 的版本（{'、'.join(sorted(labels))}）")
    keywords = data.get("keywords")
    if not isinstance(keywords, list) or not keywords or not all(isinstance(k, str) and k for k in keywords):
        raise LawCatalogueError(f"{where}: `keywords` 须为非空文本列表")
    return Renumbering(
        law=law_id,
        from_version=data["from_version"],
        to_version=data["to_version"],
        topic=_text(where, "topic", data.get("topic")),
        keywords=tuple(keywords),
        old=_ints(where, "old", data.get("old")),
        new=_ints(where, "new", data.get("new")),
        source=_text(where, "source", data.get("source"), required=False),
        confidence=str(data.get("confidence", "U")),
    )


def parse_catalogue(data: dict[str, Any], name: str, base: Iterable[Law] = ()) -> tuple[list[Law], list[Renumbering]]:
    if data.get("format", 1) != 1:
        raise LawCatalogueError(f"{name}: 不支持的 format = {data.get('format')!r}（支持 1）")
    unknown = sorted(set(data) - {"format", "law", "renumbering"})
    if unknown:
        raise LawCatalogueError(f"{name}: 未知的键 {', '.join(unknown)}")
    laws = {law.id: law for law in base}
    for i, raw in enumerate(data.get("law", []), 1):
        law = _law(f"{name} 第 {i} 个 [[law]]", raw)
        laws[law.id] = law
    renumberings = [_renumbering(f"{name} 第 {i} 个 [[renumbering]]", raw, laws)
                    for i, raw in enumerate(data.get("renumbering", []), 1)]
    return list(laws.values()), renumberings


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except OSError as exc:
        raise LawCatalogueError(f"{path}: 无法读取（{exc.strerror or exc}）") from None
    except tomllib.TOMLDecodeError as exc:
        raise LawCatalogueError(f"{path}: TOML 格式错误：{exc}") from None


def load_catalogue(extra: Sequence[Path] = ()) -> LawCatalogue:
    """The shipped catalogue plus the user's files (later files override laws by id)."""
    shipped = resources.files("enforcement_audit.ruledata").joinpath("laws.toml")
    with shipped.open("rb") as fh:
        data = tomllib.load(fh)
    laws, renumberings = parse_catalogue(data, "laws.toml")
    for path in extra:
        laws, more = parse_catalogue(_read_toml(path), str(path), laws)
        renumberings += more
    return LawCatalogue(tuple(laws), tuple(renumberings))
