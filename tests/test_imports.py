"""Every public module (a package, or a module whose name has no leading underscore: what the stages and users
import) imports on its own, whatever was imported before it: a cycle hidden by the usual import order
(`sitroom.cli` first) breaks `python -c "import sitroom.serve.commands"` and any test file run alone."""
from __future__ import annotations

import pkgutil
import subprocess
import sys

import sitroom

_CHECK = """
import importlib, sys
failed = []
for name in sys.argv[1:]:
    for loaded in [m for m in sys.modules if m == "sitroom" or m.startswith("sitroom.")]:
        del sys.modules[loaded]
    try:
        importlib.import_module(name)
    except Exception as exc:          # report every module that fails, not only the first
        failed.append(f"{name}: {type(exc).__name__}: {exc}")
print("\\n".join(failed))
sys.exit(1 if failed else 0)
"""


def _modules() -> list[str]:
    found = pkgutil.walk_packages(sitroom.__path__, "sitroom.")
    return sorted(m.name for m in found if m.name != "sitroom.__main__"
                  and (m.ispkg or not m.name.rsplit(".", 1)[1].startswith("_")))


def test_the_walk_sees_the_stage_packages():
    names = _modules()
    for stage in ("sitroom.cli", "sitroom.serve.commands", "sitroom.brief.commands", "sitroom.analyze.claims"):
        assert stage in names


def test_every_public_module_imports_first_in_a_fresh_interpreter():
    done = subprocess.run([sys.executable, "-c", _CHECK, *_modules()], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr[-2000:]
