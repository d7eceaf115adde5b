"""The seams between stages, checked on the source: only `store/` talks SQL, and our own imports are never guarded."""
from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).parents[1] / "src" / "sitroom"


def _modules():
    for path in sorted(SRC.rglob("*.py")):
        yield path.relative_to(SRC).as_posix(), ast.parse(path.read_text(encoding="utf-8"))


def _imported(node: ast.AST) -> list[str]:
    if isinstance(node, ast.Import):
        return [a.name for a in node.names]
    if isinstance(node, ast.ImportFrom) and node.module:
        return [node.module] + [f"{node.module}.{a.name}" for a in node.names]
    return []


def test_only_the_store_imports_sqlalchemy_or_the_table_definitions():
    offenders = []
    for rel, tree in _modules():
        if rel.startswith("store/"):
            continue
        for node in ast.walk(tree):
            for name in _imported(node):
                if name.split(".")[0] == "sqlalchemy" or name.startswith("sitroom.store._") or \
                        name.startswith(("sitroom.store.schema", "sitroom.store.fusion_schema")):
                    offenders.append(f"{rel}: {name}")
    assert offenders == []


def test_no_import_of_our_own_code_is_wrapped_in_except_import_error():
    offenders = []
    for rel, tree in _modules():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Try):
                continue
            catches = {ast.unparse(h.type) for h in node.handlers if h.type is not None}
            if not catches & {"ImportError", "ModuleNotFoundError"}:
                continue
            for inner in node.body:
                for sub in ast.walk(inner):
                    if any(n.startswith("sitroom") for n in _imported(sub)) or \
                            (isinstance(sub, ast.ImportFrom) and sub.level > 0):
                        offenders.append(f"{rel}:{node.lineno}")
    assert offenders == []


def test_the_store_connection_is_private():
    for rel, tree in _modules():
        if rel.startswith("store/"):
            continue
        for node in ast.walk(tree):
            assert not (isinstance(node, ast.Attribute) and node.attr in ("engine", "_engine", "_conn")), rel
