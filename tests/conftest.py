"""Shared fixtures for the loader, CLI, engine, calendar and profile tests.

Dossier folders are built in ``tmp_path`` from the compliant base dossiers of
:mod:`enforcement_audit.testing`, written out with :mod:`enforcement_audit.writer`; the registry
is ``testing.REGISTRY`` written to ``tmp_path/registry``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from enforcement_audit import testing, writer
from enforcement_audit.cli import main

AS_OF = "2025-12-31"

DossierData = dict[str, Any] | bytes | None


def write_registry(folder: Path, data: dict[str, Any] | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for part, items in (data if data is not None else testing.REGISTRY).items():
        (folder / f"{part}.xml").write_bytes(writer.registry_xml(part, items))
    return folder


def write_dossier(folder: Path, data: DossierData = None) -> Path:
    """A dossier folder holding ``dossier.xml`` (default: the base punishment dossier)."""
    folder.mkdir(parents=True, exist_ok=True)
    xml = data if isinstance(data, bytes) else writer.dossier_xml(data if data is not None else testing.base_punishment())
    (folder / "dossier.xml").write_bytes(xml)
    return folder


def assert_clean_exit(result: Result) -> None:
    """No traceback and no unexpected exception: only ``sys.exit``/click exits."""
    assert "Traceback" not in result.output, result.output
    if result.exception is not None:
        assert isinstance(result.exception, SystemExit), repr(result.exception)


@pytest.fixture
def registry_dir(tmp_path: Path) -> Path:
    return write_registry(tmp_path / "registry")


@pytest.fixture
def batch_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "batch"
    folder.mkdir()
    return folder


@pytest.fixture
def make_dossier(batch_dir: Path) -> Callable[[str, DossierData], Path]:
    """``make_dossier(name, data)``: write a dossier folder ``batch/<name>``."""

    def make(name: str, data: DossierData = None) -> Path:
        return write_dossier(batch_dir / name, data)

    return make


@pytest.fixture
def cli(registry_dir: Path) -> Callable[..., Result]:
    """Run ``enforcement-audit`` in-process; ``check`` gets ``--registry`` and ``--as-of`` unless given."""

    def invoke(*args: str | Path, defaults: bool = True) -> Result:
        argv = [str(a) for a in args]
        if defaults and argv and argv[0] == "check":
            if not any(a.startswith("--registry") for a in argv):
                argv += ["--registry", str(registry_dir)]
            if not any(a.startswith("--as-of") for a in argv):
                argv += ["--as-of", AS_OF]
        result = CliRunner().invoke(main, argv)
        assert_clean_exit(result)
        return result

    return invoke


@pytest.fixture
def check_json(cli: Callable[..., Result]) -> Callable[..., tuple[int, dict[str, Any]]]:
    """Run ``check --format json`` and return (exit code, parsed report)."""

    def run(*args: str | Path) -> tuple[int, dict[str, Any]]:
        result = cli("check", "--format", "json", *args)
        assert result.exit_code in (0, 1), result.output
        return result.exit_code, json.loads(result.stdout)

    return run


@pytest.fixture(autouse=True, scope="session")
def _document_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Tests never write to the user's cache: the document text cache lives in a session temp folder."""
    old = os.environ.get("ENFORCEMENT_AUDIT_CACHE")
    os.environ["ENFORCEMENT_AUDIT_CACHE"] = str(tmp_path_factory.mktemp("document-cache"))
    yield
    if old is None:
        del os.environ["ENFORCEMENT_AUDIT_CACHE"]
    else:
        os.environ["ENFORCEMENT_AUDIT_CACHE"] = old
