#!/usr/bin/python3
"""Print the running NeuroFoot's accessibility tree, as a screen reader sees it (AT-SPI).

Runs under Debian's /usr/bin/python3 (pyatspi is a system package, not in the venv):

    sudo apt-get install python3-pyatspi at-spi2-core dbus-x11
    QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 neurofoot &
    /usr/bin/python3 tools/atspi_walk.py [--app NeuroFoot] [--wait 20] [--showing-only]

It connects to the AT-SPI registry on the current D-Bus session, finds the application
with the given name, walks every accessible below it and prints a JSON list with one
object per accessible: role, name, description, states, path (child indexes from the
application), where (the roles and names of its ancestors, readable) and, for those on
screen, extents ([x, y, width, height] in screen pixels). Exit status 2:
the application was not found in time; 3: pyatspi is missing.
Standard library and pyatspi only.
"""

from __future__ import annotations

import argparse
import json
import sys
import time

try:
    import pyatspi
except ImportError:  # pragma: no cover - depends on the system
    print("pyatspi is missing: sudo apt-get install python3-pyatspi", file=sys.stderr)
    sys.exit(3)

MAX_CHILDREN = 400  # a long list or table: its first rows say enough


def state_names(acc: object) -> list[str]:
    states = acc.getState().getStates()
    return sorted(pyatspi.stateToString(s).lower().replace("_", " ") for s in states)


def extents(acc: object) -> list[int] | None:
    """[x, y, width, height] on the screen, or None for an accessible without a place."""
    try:
        box = acc.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    except Exception:
        return None
    return [box.x, box.y, box.width, box.height]


def find_app(name: str, wait_s: float) -> object | None:
    deadline = time.monotonic() + wait_s
    while True:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            try:
                app = desktop.getChildAtIndex(i)
                if app is not None and app.name == name:
                    return app
            except Exception:  # an application that went away meanwhile
                continue
        if time.monotonic() >= deadline:
            return None
        time.sleep(0.25)


def walk(app: object, showing_only: bool) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    # (accessible, path of indexes, readable ancestry)
    todo: list[tuple[object, list[int], list[str]]] = [(app, [], [])]
    while todo:
        acc, path, where = todo.pop()
        try:
            role = acc.getRoleName()
            name = acc.name or ""
            description = acc.description or ""
            states = state_names(acc)
            count = acc.childCount
        except Exception as exc:  # a widget deleted while we walk
            out.append({"role": "?", "name": "", "description": "", "states": [],
                        "path": path, "where": " > ".join(where), "error": str(exc)})
            continue
        node = {"role": role, "name": name, "description": description, "states": states,
                "path": path, "where": " > ".join(where)}
        if "showing" in states:
            node["extents"] = extents(acc)
        out.append(node)
        if showing_only and path and "showing" not in states:
            continue
        here = [*where, f"{role} {name!r}" if name else role]
        children = []
        for i in range(min(count, MAX_CHILDREN)):
            try:
                child = acc.getChildAtIndex(i)
            except Exception:
                continue
            if child is not None:
                children.append((child, [*path, i], here))
        todo.extend(reversed(children))  # depth first, in child order
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app", default="NeuroFoot", help="the application's name")
    parser.add_argument("--wait", type=float, default=20.0,
                        help="seconds to wait for the application to appear")
    parser.add_argument("--showing-only", action="store_true",
                        help="do not walk below accessibles that are not on screen")
    parser.add_argument("--timeout-ms", type=int, default=5000,
                        help="time limit for each AT-SPI call")
    args = parser.parse_args(argv)
    pyatspi.setTimeout(args.timeout_ms, args.timeout_ms)
    app = find_app(args.app, args.wait)
    if app is None:
        print(f"no application named {args.app!r} on the AT-SPI bus", file=sys.stderr)
        return 2
    json.dump(walk(app, args.showing_only), sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
