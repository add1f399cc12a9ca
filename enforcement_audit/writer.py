"""Write dossier manifests and registries as XML (the inverse of ``loader.to_dict``).

Used by the benchmark generator, test fixtures and (later) ``extract``. Output is deterministic:
attributes in model field order, two-space indentation, UTF-8.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from lxml import etree
from pydantic import BaseModel

from .loader import SPECS, Spec
from .models import Dossier

_EMPTY = Spec()

#: Child element order required by the XSDs.
_CHILD_ORDER: dict[str, list[str]] = {
    "dossier": ["case", "officers", "steps", "documents", "av-records", "measures", "inspection"],
    "case": ["matter", "acting-body", "violation", "flags", "party"],
    "step": ["officer", "penalty", "record"],
    "measure": ["item", "excluded-period"],
    "av-record": ["gap"],
    "document": ["monitoring"],
    "body": ["power", "delegation", "review-item", "benchmark"],
    "certificate": ["suspension", "revocation", "annual-review"],
}


def _attr(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return " ".join(_attr(v) for v in value)
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%dT%H:%M:%S")
    if isinstance(value, (dt.date, Decimal, int)):
        return str(value)
    if hasattr(value, "value"):
        return str(value.value)
    return str(value)


def _tag(key: str) -> str:
    return key.replace("_", "-")


def _build(tag: str, data: dict[str, Any]) -> etree._Element:
    spec = SPECS.get(tag, _EMPTY)
    el = etree.Element(tag)
    children: list[etree._Element] = []
    list_fields = {v: k for k, v in spec.lists.items()}
    ref_fields = {v[0]: (k, v[1]) for k, v in spec.refs.items()}
    wrapper_fields = {_tag(k).replace("-", "_"): (k, v) for k, v in spec.wrappers.items()}
    singles = {s.replace("-", "_"): s for s in spec.singles}
    for key, value in data.items():
        if value is None or key == "line":
            continue
        if key in singles:
            if value:
                children.append(_build(singles[key], value))
        elif key in wrapper_fields:
            wrap_tag, item_tag = wrapper_fields[key]
            wrapper = etree.Element(wrap_tag)
            for item in value:
                wrapper.append(_build(item_tag, item))
            children.append(wrapper)
        elif key in ref_fields:
            child_tag, attr = ref_fields[key]
            children.extend(etree.Element(child_tag, {attr: v}) for v in value)
        elif key in list_fields:
            children.extend(_build(list_fields[key], item) for item in value)
        elif isinstance(value, (list, tuple)) and not value:
            continue
        else:
            el.set(_tag(key), _attr(value))
    order = _CHILD_ORDER.get(tag)
    if order:
        children.sort(key=lambda c: order.index(str(c.tag)) if c.tag in order else len(order))
    el.extend(children)
    return el


def _plain(data: dict[str, Any] | BaseModel) -> dict[str, Any]:
    if isinstance(data, BaseModel):
        return data.model_dump(exclude_defaults=True)
    return data


def to_xml(root_tag: str, data: dict[str, Any] | BaseModel) -> bytes:
    plain = dict(_plain(data))
    version = plain.pop("schema_version", "1.0")
    el = _build(root_tag, plain)
    attrs = dict(el.attrib)
    el.attrib.clear()
    el.set("schema-version", version)
    for k, v in attrs.items():
        el.set(k, v)
    etree.indent(el, space="  ")
    out: bytes = etree.tostring(el, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    return out


def dossier_xml(data: dict[str, Any] | Dossier) -> bytes:
    """The manifest of a dossier (validated first, so only well-formed data is ever written)."""
    model = data if isinstance(data, Dossier) else Dossier.model_validate(data)
    return to_xml("dossier", model.model_dump(exclude_unset=True))


def registry_xml(part: str, items: list[dict[str, Any]]) -> bytes:
    return to_xml(part, {part: items})
