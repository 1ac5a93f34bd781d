"""Nothing under neurofoot_desktop/core may import Qt: the core runs without a screen.

The diagram's geometry and motion sit beside the widget in ui/diagram/ but are pure
Python too (the paths and timings of the animation), so they are held to the same rule.
"""

import ast
import subprocess
import sys
from pathlib import Path

import neurofoot_desktop.core as core

CORE = Path(core.__file__).parent
DIAGRAM = CORE.parent / "ui" / "diagram"
QT_FREE_UI = [DIAGRAM / "geometry.py", DIAGRAM / "motion.py"]
QT_NAMES = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "pyqtgraph", "qtpy")


def test_no_module_under_core_imports_qt() -> None:
    offenders = []
    for path in [*sorted(CORE.rglob("*.py")), *QT_FREE_UI]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] in QT_NAMES]
    assert offenders == []


def test_importing_every_core_module_loads_no_qt() -> None:
    modules = [f"neurofoot_desktop.core.{p.stem}" for p in CORE.glob("*.py")
               if p.stem != "__init__"]
    modules += [f"neurofoot_desktop.ui.diagram.{p.stem}" for p in QT_FREE_UI]
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "print(','.join(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken')))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
