"""The package layout holds: no module imports a private module or name of another package, and every package's
public surface (`__all__`) exists and is importable."""
from __future__ import annotations

import ast
import importlib
import pathlib

import pytest

SRC = pathlib.Path(__file__).resolve().parents[1] / "src"
MODULES = sorted(SRC.rglob("*.py"))


def _dotted(path: pathlib.Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _package_of(module: str, path: pathlib.Path) -> str:
    return module if path.name == "__init__.py" else module.rsplit(".", 1)[0]


def _private_imports(path: pathlib.Path):
    """(imported module, name) pairs where the module path or the name is private (starts with '_')."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("sitroom"):
            for alias in node.names:
                yield node.module, alias.name
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("sitroom"):
                    yield alias.name, ""


def _owner(module: str, name: str) -> str | None:
    """The package that owns a private part of `module.name`, or None when nothing in it is private."""
    parts = module.split(".") + ([name] if name else [])
    for i, part in enumerate(parts):
        if part.startswith("_") and not part.startswith("__"):
            return ".".join(parts[:i]) or None
    return None


def test_no_module_imports_a_private_name_of_another_package():
    offences = []
    for path in MODULES:
        module = _dotted(path)
        importer_pkg = _package_of(module, path)
        for imported, name in _private_imports(path):
            owner = _owner(imported, name)
            if owner is None:
                continue
            # a private part may be used inside its own package and that package's subpackages
            if importer_pkg != owner and not importer_pkg.startswith(owner + "."):
                offences.append(f"{module}: from {imported} import {name}")
    assert offences == []


def test_the_layout_checker_notices_an_offence():
    assert _owner("sitroom.analyze.timex._calendar", "shift") == "sitroom.analyze.timex"
    assert _owner("sitroom.analyze.timex", "_calendar") == "sitroom.analyze.timex"
    assert _owner("sitroom.analyze.timex", "tag_timexes") is None


PACKAGES = sorted({_package_of(_dotted(p), p) for p in MODULES if p.name == "__init__.py"})


@pytest.mark.parametrize("package", [p for p in PACKAGES if p.count(".") >= 1])
def test_every_package_declares_its_public_surface(package):
    mod = importlib.import_module(package)
    assert mod.__doc__ and len(mod.__doc__) > 40, f"{package} needs a docstring saying what it does"
    exported = getattr(mod, "__all__", None)
    assert exported, f"{package} has no __all__"
    for name in exported:
        assert hasattr(mod, name), f"{package}.__all__ names {name}, which it does not define"
        assert not name.startswith("_")
