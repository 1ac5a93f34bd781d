"""The shape of the code: no import cycle, small modules, a thin ui/ root, a Qt-free core.

Imports are read from the source (every `import`, in functions and under TYPE_CHECKING too),
so an arrow that only exists for the type checker still counts: a cycle there is a cycle in
the design even when Python happens not to trip over it.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "neurofoot_desktop"
MAX_LINES = 600
UI_ROOT_MAX = 8


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in PACKAGE.rglob("*.py") if "resources" not in p.parts}


def _imports(name: str, path: Path, known: set[str]) -> set[str]:
    """The project's modules that `name` imports (a submodule named in `from x import y`
    counts as that submodule, anything else as the package x itself)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    is_package = path.name == "__init__.py"
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name in known)
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: resolve against this module's package
                base = name.split(".") if is_package else name.split(".")[:-1]
                base = base[: len(base) - (node.level - 1)]
                source = ".".join(base + ([node.module] if node.module else []))
            else:
                source = node.module or ""
            for alias in node.names:
                sub = f"{source}.{alias.name}"
                if sub in known:
                    found.add(sub)
                elif source in known:
                    found.add(source)
    found.discard(name)
    return found


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_import_cycle_anywhere() -> None:
    modules = _modules()
    known = set(modules)
    graph = {name: _imports(name, path, known) for name, path in modules.items()}
    assert _cycles(graph) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_module_is_over_600_lines() -> None:
    long = {_module_name(p): n for p in PACKAGE.rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert long == {}


def test_ui_root_keeps_only_the_window_theme_words_icons_dialogs_and_start_up() -> None:
    root = sorted(p.name for p in (PACKAGE / "ui").glob("*.py"))
    assert len(root) <= UI_ROOT_MAX, root


def test_arrows_point_down_core_and_storage_never_import_the_ui() -> None:
    modules = _modules()
    known = set(modules)
    upward = {
        name: sorted(i for i in _imports(name, path, known)
                     if i.startswith(("neurofoot_desktop.ui", "neurofoot_desktop.app",
                                      "neurofoot_desktop.cli", "neurofoot_desktop.commands")))
        for name, path in modules.items()
        if name.startswith(("neurofoot_desktop.core", "neurofoot_desktop.storage"))
    }
    assert {k: v for k, v in upward.items() if v} == {}


def test_the_person_is_asked_only_through_the_dialog_service() -> None:
    direct = ("QMessageBox", "QFileDialog", "QInputDialog")
    users = sorted(_module_name(p) for p in (PACKAGE / "ui").rglob("*.py")
                   if p.name != "dialogs.py"
                   and any(f"{name}." in p.read_text(encoding="utf-8")
                           or f"{name}(" in p.read_text(encoding="utf-8") for name in direct))
    assert users == []
