"""Safe loading of dossier manifests and registries: XML -> XSD -> pydantic models.

Security by default: no DTD is loaded, entities are never resolved, the network is never used,
and any DOCTYPE is refused before parsing. Files are opened read-only and size-limited. Every
problem becomes a load finding naming the file, the line where known and what is wrong; nothing
here raises to the caller for bad input.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from lxml import etree
from pydantic import BaseModel, ValidationError

from .engine import Finding, Location, RuleMeta, finding_from_meta, tool_rule
from .models import Body, Certificate, Dossier, Model, Registry, Reviewer

M = TypeVar("M", bound=BaseModel)

SUPPORTED_VERSIONS = ("1.0", "1.1", "1.2")  # 1.1 and 1.2 add step kinds and attributes; a 1.0 manifest is a valid 1.2 one
MANIFEST = "dossier.xml"
MAX_XML_BYTES = 8 * 1024 * 1024

# ------------------------------------------------------------------ load "rules" (tool findings)
XML_MALFORMED = tool_rule("LOAD-XML-001", "清单 XML 格式错误", "修正 XML 语法（标签闭合、引号、编码须为 UTF-8）后重新检查。")
XML_FORBIDDEN = tool_rule(
    "LOAD-XML-002",
    "清单含被禁止的 DOCTYPE 或实体声明",
    "删除 DOCTYPE 和实体声明：清单格式不允许 DTD，工具出于安全考虑（XXE、实体膨胀）拒绝读取。",
)
XML_TOO_LARGE = tool_rule("LOAD-XML-003", "清单文件过大", f"清单不应超过 {MAX_XML_BYTES // 1024 // 1024} MiB；文书应作为独立文件引用。")
SCHEMA_VERSION = tool_rule(
    "LOAD-SCHEMA-001",
    "清单格式版本缺失或不受支持",
    f"在根元素上写明 schema-version（本版本支持：{', '.join(SUPPORTED_VERSIONS)}）。",
)
SCHEMA_INVALID = tool_rule("LOAD-SCHEMA-002", "清单不符合格式定义（XSD）", "按 docs/dossier-format.md 修正所示元素或属性。")
MODEL_INVALID = tool_rule("LOAD-SCHEMA-003", "清单内容不一致", "修正所示字段。")
PATH_ESCAPE = tool_rule(
    "LOAD-PATH-001",
    "文书路径越出案卷目录",
    "文书路径必须是案卷目录内的相对路径：不得使用绝对路径、“..”或指向目录外的符号链接。",
)
FILE_MISSING = tool_rule("LOAD-PATH-002", "引用的文书文件不存在", "补充该文件，或更正清单中的路径。")
MANIFEST_MISSING = tool_rule("LOAD-FILE-001", "案卷目录中没有 dossier.xml", "每个案卷目录须包含 dossier.xml 清单。")
UNREADABLE = tool_rule("LOAD-FILE-002", "文件无法读取", "检查文件权限和磁盘。")
REGISTRY_INVALID = tool_rule(
    "LOAD-REGISTRY-001", "参照库（主体、证件、审核人员）数据有误", "按 docs/dossier-format.md 的“参照库”一节修正参照库文件。"
)

LOAD_RULES: tuple[RuleMeta, ...] = (
    XML_MALFORMED, XML_FORBIDDEN, XML_TOO_LARGE, SCHEMA_VERSION, SCHEMA_INVALID, MODEL_INVALID,
    PATH_ESCAPE, FILE_MISSING, MANIFEST_MISSING, UNREADABLE, REGISTRY_INVALID,
)


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )


@cache
def schema(name: str) -> etree.XMLSchema:
    ref = resources.files("enforcement_audit") / "schema" / name
    with resources.as_file(ref) as path:
        doc = etree.parse(str(path), _parser())
    return etree.XMLSchema(doc)


class LoadError(Exception):
    """Internal: carries a load finding out of the parsing steps."""

    def __init__(self, meta: RuleMeta, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.meta = meta
        self.message = message
        self.line = line


def _read_bytes(path: Path | str) -> bytes:
    """Read a file read-only, refusing one over the size limit (checked on the open descriptor)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise LoadError(UNREADABLE, f"无法读取：{exc.strerror or exc}") from exc
    try:
        size = os.fstat(fd).st_size
        if size > MAX_XML_BYTES:
            raise LoadError(XML_TOO_LARGE, f"文件大小 {size} 字节，超过上限 {MAX_XML_BYTES} 字节")
        first = os.read(fd, size + 1)  # a regular file of `size` bytes: one read, short = end of file
        if len(first) <= size:
            return first
        chunks = [first]  # the file grew since fstat: read on, up to the limit
        remaining = MAX_XML_BYTES + 1 - len(first)
        while remaining > 0:
            chunk = os.read(fd, min(remaining, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
        return b"".join(chunks)
    except OSError as exc:
        raise LoadError(UNREADABLE, f"无法读取：{exc.strerror or exc}") from exc
    finally:
        os.close(fd)


def parse_xml(data: bytes) -> etree._Element:
    """Parse bytes safely; raises LoadError. DOCTYPE/entities are refused outright."""
    head = data[:4096].lstrip()
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in data[:4]:
        raise LoadError(XML_MALFORMED, "清单须使用 UTF-8 编码")
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        at = min(p for p in (data.find(b"<!DOCTYPE"), data.find(b"<!ENTITY")) if p >= 0)  # not a comment's "<!--"
        line = data[:at].count(b"\n") + 1
        raise LoadError(XML_FORBIDDEN, "清单含 DOCTYPE/ENTITY 声明，已拒绝读取（防止外部实体注入和实体膨胀攻击）", line)
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        lineno = exc.lineno if isinstance(exc.lineno, int) else None
        raise LoadError(XML_MALFORMED, f"XML 语法错误：{exc.msg}", lineno) from None
    tree = root.getroottree()
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        raise LoadError(XML_FORBIDDEN, "清单含 DOCTYPE 声明，已拒绝读取", 1)
    return root


def check_version(root: etree._Element, expected_root: str) -> None:
    if root.tag != expected_root:
        raise LoadError(SCHEMA_INVALID, f"根元素应为 <{expected_root}>，实际为 <{root.tag}>", root.sourceline)
    version = root.get("schema-version")
    if version is None:
        raise LoadError(SCHEMA_VERSION, "根元素缺少 schema-version 属性", root.sourceline)
    if version not in SUPPORTED_VERSIONS:
        raise LoadError(
            SCHEMA_VERSION,
            f"schema-version=\"{version}\" 不受支持（本版本支持 {', '.join(SUPPORTED_VERSIONS)}）",
            root.sourceline,
        )


def validate_xsd(root: etree._Element, xsd: etree.XMLSchema) -> None:
    if xsd.validate(root):
        return
    errors = list(xsd.error_log)
    first = errors[0]
    more = f"（另有 {len(errors) - 1} 处）" if len(errors) > 1 else ""
    raise LoadError(SCHEMA_INVALID, f"不符合格式定义：{first.message}{more}", first.line)


# ------------------------------------------------------------------ XML -> dict

@dataclass(frozen=True)
class Spec:
    """How an element maps to a dict for pydantic."""

    singles: tuple[str, ...] = ()  # child elements that become one nested dict
    wrappers: dict[str, str] = field(default_factory=dict)  # <officers><officer/>..</officers> -> list
    lists: dict[str, str] = field(default_factory=dict)  # repeated child tag -> list field name
    refs: dict[str, tuple[str, str]] = field(default_factory=dict)  # child tag -> (field, attribute)
    line_field: bool = False


SPECS: dict[str, Spec] = {
    "dossier": Spec(
        singles=("case", "inspection"),
        wrappers={"officers": "officer", "steps": "step", "documents": "document",
                  "av-records": "av-record", "measures": "measure"},
    ),
    "case": Spec(singles=("matter", "acting-body", "violation", "flags", "party")),
    "step": Spec(
        lists={"penalty": "penalties", "record": "records"},
        refs={"officer": ("officers", "ref")},
        line_field=True,
    ),
    "measure": Spec(lists={"item": "items", "excluded-period": "excluded_periods"}),
    "document": Spec(singles=("monitoring",)),
    "av-record": Spec(lists={"gap": "gaps"}),
    "bodies": Spec(lists={"body": "bodies"}),
    "body": Spec(lists={"power": "powers", "delegation": "delegations", "review-item": "review_items",
                        "benchmark": "benchmarks"}),
    "certificates": Spec(lists={"certificate": "certificates"}),
    "certificate": Spec(
        lists={"suspension": "suspensions", "revocation": "revocations", "annual-review": "annual_reviews"},
    ),
    "reviewers": Spec(lists={"reviewer": "reviewers"}),
}
_EMPTY = Spec()


_KEYS: dict[str, str] = {}


def _key(name: str) -> str:
    key = _KEYS.get(name)
    if key is None:
        key = _KEYS[name] = name.replace("-", "_")
    return key


def to_dict(
    el: etree._Element, lines: dict[tuple[Any, ...], int] | None = None, loc: tuple[Any, ...] = ()
) -> dict[str, Any]:
    """Element -> dict for pydantic. With ``lines``, also record each element's source line by
    its pydantic location (only needed to place an error, so the fast path skips it)."""
    if lines is None:
        return _fast_dict(el)
    spec = SPECS.get(el.tag, _EMPTY)
    out: dict[str, Any] = dict(el.attrib)  # kebab-case keys are the models' aliases
    lines[loc] = el.sourceline or 0
    if spec.line_field:
        out["line"] = el.sourceline
    for child in el:
        tag = child.tag
        if tag in spec.singles:
            key = _key(tag)
            out[key] = to_dict(child, lines, (*loc, key))
        elif tag in spec.wrappers:
            key = _key(tag)
            items = out.setdefault(key, [])
            for item in child:
                if isinstance(item.tag, str):
                    items.append(to_dict(item, lines, (*loc, key, len(items))))
        elif tag in spec.lists:
            key = spec.lists[tag]
            items = out.setdefault(key, [])
            items.append(to_dict(child, lines, (*loc, key, len(items))))
        elif tag in spec.refs:
            key, attr = spec.refs[tag]
            out.setdefault(key, []).append(child.get(attr))
    return out


# child tag -> (mode, key, attribute) per parent tag, for the fast path
_SINGLE, _WRAPPER, _LEAF, _NESTED, _REF = range(5)
_DISPATCH: dict[str, dict[str, tuple[int, str, str]]] = {
    tag: {
        **{c: (_SINGLE, _key(c), "") for c in spec.singles},
        **{c: (_WRAPPER, _key(c), "") for c in spec.wrappers},
        **{c: ((_NESTED if c in SPECS else _LEAF), key, "") for c, key in spec.lists.items()},
        **{c: (_REF, key, attr) for c, (key, attr) in spec.refs.items()},
    }
    for tag, spec in SPECS.items()
}
_LINE_TAGS = frozenset(tag for tag, spec in SPECS.items() if spec.line_field)


def _fast_dict(el: etree._Element) -> dict[str, Any]:
    """``to_dict`` without line bookkeeping: one table lookup per child (this is the hot path)."""
    tag = el.tag
    out: dict[str, Any] = dict(el.items())
    if tag in _LINE_TAGS:
        out["line"] = el.sourceline
    table = _DISPATCH.get(tag)
    if table is None:
        return out
    for child in el:
        entry = table.get(child.tag)
        if entry is None:
            continue
        mode, key, attr = entry
        if mode == _LEAF:
            out.setdefault(key, []).append(dict(child.items()))
        elif mode == _REF:
            out.setdefault(key, []).append(child.get(attr))
        elif mode == _SINGLE:
            out[key] = _fast_dict(child)
        elif mode == _WRAPPER:
            out[key] = [_fast_dict(item) for item in child if isinstance(item.tag, str)]
        else:
            out.setdefault(key, []).append(_fast_dict(child))
    return out


def _model_error(exc: ValidationError, lines: dict[tuple[Any, ...], int]) -> LoadError:
    err = exc.errors()[0]
    loc = tuple(err["loc"])
    line = None
    for n in range(len(loc), -1, -1):
        if loc[:n] in lines:
            line = lines[loc[:n]]
            break
    where = "/".join(str(p) for p in loc)
    more = f"（另有 {exc.error_count() - 1} 处）" if exc.error_count() > 1 else ""
    return LoadError(MODEL_INVALID, f"{where}: {err['msg']}{more}", line)


def build_model(root: etree._Element, model: type[M], extra: dict[str, Any] | None = None) -> M:
    data = to_dict(root)
    if extra:
        data.update(extra)
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        lines: dict[tuple[Any, ...], int] = {}
        to_dict(root, lines)  # again, recording lines, to place the error
        raise _model_error(exc, lines) from None


# ------------------------------------------------------------------ dossiers

@dataclass
class LoadResult:
    path: Path
    dossier: Dossier | None
    findings: list[Finding]
    manifest: str = MANIFEST


def _finding(meta: RuleMeta, dossier_id: str, message: str, file: str, line: int | None = None) -> Finding:
    return finding_from_meta(meta, dossier_id, message, Location(file=file, line=line))


def check_paths(folder: Path, dossier: Dossier, root_el: etree._Element) -> list[Finding]:
    """Every referenced file must resolve inside the dossier folder; documents must exist."""
    findings: list[Finding] = []
    refs = [("document", d.id, d.path, True) for d in dossier.documents if d.path is not None]
    refs += [("av-record", a.id, a.path, False) for a in dossier.av_records if a.path is not None]
    if not refs:
        return findings
    base = folder.resolve()
    elements = {(el.tag, el.get("id")): el.sourceline for el in root_el.iter("document", "av-record")}
    for tag, ref_id, rel, must_exist in refs:
        if rel is None:
            continue
        line = elements.get((tag, ref_id))
        label = "文书" if tag == "document" else "音像记录"
        if os.path.isabs(rel) or rel.startswith(("/", "\\")) or (len(rel) > 1 and rel[1] == ":"):
            findings.append(_finding(PATH_ESCAPE, dossier.id, f"{label} {ref_id} 使用绝对路径 {rel!r}", MANIFEST, line))
            continue
        target = folder / rel
        try:
            resolved = target.resolve()
        except (OSError, RuntimeError):
            findings.append(_finding(PATH_ESCAPE, dossier.id, f"{label} {ref_id} 的路径 {rel!r} 无法解析", MANIFEST, line))
            continue
        if not resolved.is_relative_to(base):
            how = "经符号链接指向" if ".." not in Path(rel).parts else "通过“..”指向"
            findings.append(
                _finding(PATH_ESCAPE, dossier.id, f"{label} {ref_id} 的路径 {rel!r} {how}案卷目录之外", MANIFEST, line)
            )
            continue
        if must_exist and not os.path.isfile(resolved):  # never raises (e.g. name too long)
            findings.append(_finding(FILE_MISSING, dossier.id, f"{label} {ref_id} 的文件 {rel!r} 不存在", MANIFEST, line))
    return findings


def confined_file(folder: Path, rel: str) -> Path | None:
    """The file ``rel`` names, if it is relative, resolves inside ``folder`` and exists; else None.

    Readers of referenced files use this (check_paths has already reported why a path is refused).
    """
    if os.path.isabs(rel) or rel.startswith(("/", "\\")) or (len(rel) > 1 and rel[1] == ":"):
        return None
    try:
        base = folder.resolve()
        resolved = (folder / rel).resolve()
    except (OSError, RuntimeError):
        return None
    return resolved if resolved.is_relative_to(base) and os.path.isfile(resolved) else None


def load_dossier(folder: Path, manifest: Path | None = None) -> LoadResult:
    """Load ``folder/dossier.xml``; or the manifest file ``manifest`` (a draft written elsewhere by
    ``extract``) whose document paths are resolved against ``folder``."""
    dossier_id = folder.name
    manifest_path = str(manifest) if manifest is not None else os.path.join(folder, MANIFEST)
    try:
        data = _read_bytes(manifest_path)
    except LoadError as exc:
        problem = exc
        if not os.path.lexists(manifest_path):
            problem = LoadError(MANIFEST_MISSING, f"{folder.name}/ 中没有 {MANIFEST}")
        return LoadResult(folder, None, [_finding(problem.meta, dossier_id, problem.message, MANIFEST, problem.line)])
    try:
        root = parse_xml(data)
        check_version(root, "dossier")
        validate_xsd(root, schema("dossier-1.0.xsd"))
        dossier = build_model(root, Dossier)
    except LoadError as exc:
        return LoadResult(folder, None, [_finding(exc.meta, dossier_id, exc.message, MANIFEST, exc.line)])
    broken = check_references(dossier, root)
    if broken:
        return LoadResult(folder, None, [replace(f, dossier=dossier_id) for f in broken])  # not loaded: folder name
    return LoadResult(folder, dossier, check_paths(folder, dossier, root))


def check_references(dossier: Dossier, root: etree._Element) -> list[Finding]:
    """Identity and reference integrity (ids unique, every reference resolves).

    Done here rather than with XSD key/keyref: an order of magnitude faster in libxml2 terms,
    and the messages can say in plain words which step refers to what.
    """
    if _references_ok(dossier):  # the usual case, decided with set operations only
        return []
    problems: list[tuple[str, int | None]] = []

    def unique(label: str, ids: list[str]) -> set[str]:
        seen: set[str] = set()
        for i in ids:
            if i in seen:
                problems.append((f"{label}编号 {i} 重复", None))
            seen.add(i)
        return seen

    officers = unique("执法人员", [o.id for o in dossier.officers])
    steps = unique("环节", [s.id for s in dossier.steps])
    documents = unique("文书", [d.id for d in dossier.documents])
    avs = unique("音像记录", [a.id for a in dossier.av_records])
    measures = unique("强制措施", [m.id for m in dossier.measures])
    for s in dossier.steps:
        refs = [(o, officers, "执法人员") for o in (*s.officers, *s.attendees)]
        refs += [(r.document, documents, "文书") for r in s.records if r.document is not None]
        refs += [(r.av, avs, "音像记录") for r in s.records if r.av is not None]
        refs += [(v, officers, "执法人员") for v in (s.approved_by, s.reviewer, s.chair) if v is not None]
        if s.of is not None:
            refs.append((s.of, steps, "环节"))
        if s.measure is not None:
            refs.append((s.measure, measures, "强制措施"))
        if s.consent is not None:
            refs.append((s.consent, documents, "文书"))
        for value, known, label in refs:
            if value not in known:
                problems.append((f"环节 {s.id} 引用了清单中没有的{label} {value}", s.line))
        for r in s.records:
            if r.document is None and r.av is None:
                problems.append((f"环节 {s.id} 的 <record> 既没有 document 也没有 av 属性", s.line))
    for a in dossier.av_records:
        for g in a.gaps:
            if g.written_note is not None and g.written_note not in documents:
                problems.append((f"音像记录 {a.id} 的中断说明引用了清单中没有的文书 {g.written_note}", _line_of(root, "av-record", a.id)))
    for m in dossier.measures:
        measure_refs: list[tuple[str | None, set[str], str]] = [
            (m.step, steps, "环节"), (m.decision_document, documents, "文书"), (m.inventory, documents, "文书")]
        for ref, known, label in measure_refs:
            if ref is not None and ref not in known:
                problems.append((f"强制措施 {m.id} 引用了清单中没有的{label} {ref}", _line_of(root, "measure", m.id)))
    return [_finding(SCHEMA_INVALID, dossier.id, f"不符合格式定义：{msg}", MANIFEST, line) for msg, line in problems]


def _references_ok(d: Dossier) -> bool:
    officers = {o.id for o in d.officers}
    steps = {s.id for s in d.steps}
    documents = {x.id for x in d.documents}
    avs = {a.id for a in d.av_records}
    measures = {m.id for m in d.measures}
    if (len(officers), len(steps), len(documents), len(avs), len(measures)) != (
        len(d.officers), len(d.steps), len(d.documents), len(d.av_records), len(d.measures)):
        return False
    for s in d.steps:
        if not officers.issuperset(s.officers) or (s.attendees and not officers.issuperset(s.attendees)):
            return False
        for r in s.records:
            if (r.document is None and r.av is None) or (r.document is not None and r.document not in documents) \
                    or (r.av is not None and r.av not in avs):
                return False
        if (s.consent is not None and s.consent not in documents) or (s.chair is not None and s.chair not in officers) or (s.approved_by is not None and s.approved_by not in officers) or (
                s.reviewer is not None and s.reviewer not in officers) or (
                s.of is not None and s.of not in steps) or (s.measure is not None and s.measure not in measures):
            return False
    if any(g.written_note is not None and g.written_note not in documents for a in d.av_records for g in a.gaps):
        return False
    return all(m.step in steps and (m.decision_document is None or m.decision_document in documents)
               and (m.inventory is None or m.inventory in documents) for m in d.measures)


def _line_of(root: etree._Element, tag: str, ident: str) -> int | None:
    for el in root.iter(tag):
        if el.get("id") == ident:
            line: int | None = el.sourceline
            return line
    return None


# ------------------------------------------------------------------ registries

REGISTRY_FILES: dict[str, str] = {"bodies": "bodies.xml", "certificates": "certificates.xml", "reviewers": "reviewers.xml"}


class RegistryError(Exception):
    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


def load_registry(folder: Path) -> Registry:
    """Load the three registry files; raises RegistryError listing every bad file (never a traceback)."""
    parts: dict[str, Any] = {}
    problems: list[str] = []
    if not folder.is_dir():
        raise RegistryError([f"{folder}: 参照库目录不存在"])
    xsd = schema("registry-1.0.xsd")
    for key, filename in REGISTRY_FILES.items():
        path = folder / filename
        if not path.is_file():
            problems.append(f"{path}: 参照库文件缺失")
            continue
        try:
            root = parse_xml(_read_bytes(path))
            check_version(root, key)
            validate_xsd(root, xsd)
            holder = build_model(root, _REGISTRY_PART[key])
        except LoadError as exc:
            where = f"{path}:{exc.line}" if exc.line else str(path)
            problems.append(f"{where}: {exc.message}")
            continue
        parts[key] = getattr(holder, key)
    if problems:
        raise RegistryError(problems)
    registry = Registry(**parts)
    problems = _registry_consistency(registry)
    if problems:
        raise RegistryError(problems)
    return registry


def _registry_consistency(registry: Registry) -> list[str]:
    problems = []
    bodies = registry.body_by_id
    for body in registry.bodies:
        for dl in body.delegations:
            if dl.delegator not in bodies:
                problems.append(f"bodies.xml: 主体 {body.id} 的委托/赋权 {dl.id} 引用了不存在的主体 {dl.delegator}")
        seen: set[tuple[str, str | None]] = set()
        for bm in body.benchmarks:
            if (bm.id, bm.version) in seen:
                problems.append(f"bodies.xml: 主体 {body.id} 的裁量基准 {bm.id}（版本 {bm.version or '未载明'}）重复登记")
            seen.add((bm.id, bm.version))
    for cert in registry.certificates:
        if cert.body not in bodies:
            problems.append(f"certificates.xml: 证件 {cert.number} 的发证主体 {cert.body} 不在 bodies.xml 中")
        if cert.valid_to < cert.valid_from:
            problems.append(f"certificates.xml: 证件 {cert.number} 的有效期止日早于起日")
    for rev in registry.reviewers:
        if rev.body not in bodies:
            problems.append(f"reviewers.xml: 审核人员 {rev.id} 所属主体 {rev.body} 不在 bodies.xml 中")
    return problems


class _BodiesFile(Model):
    schema_version: str
    bodies: tuple[Body, ...] = ()


class _CertificatesFile(Model):
    schema_version: str
    certificates: tuple[Certificate, ...] = ()


class _ReviewersFile(Model):
    schema_version: str
    reviewers: tuple[Reviewer, ...] = ()


_REGISTRY_PART: dict[str, type[BaseModel]] = {
    "bodies": _BodiesFile, "certificates": _CertificatesFile, "reviewers": _ReviewersFile,
}

