"""Render the History view with a generated log to PNGs, in the light and dark themes.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/shot_history.py [--out DIR] [--days N]

Writes history-<theme>-<page>.png at 1366x768 so the charts and the session browser
can be looked at before calling them done.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "nf-shots")
    parser.add_argument("--days", type=int, default=3650)
    parser.add_argument("--size", default="1366x768")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))
    args.out.mkdir(parents=True, exist_ok=True)

    from bench_history import populate
    from PySide6.QtWidgets import QApplication

    from neurofoot_desktop.storage import Store
    from neurofoot_desktop.ui import theme

    app = QApplication.instance() or QApplication([])
    theme.apply(app, "light")
    from neurofoot_desktop.ui.history.page import HistoryView

    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp))
        profile_id = populate(store, days=args.days)
        for name in ("light", "dark"):
            theme.apply(app, name)
            view = HistoryView(store)
            view.resize(width, height)
            view.set_profile(profile_id)
            view.show()
            while view.loading:
                app.processEvents()
            shots = [("comfort-3m", lambda v: None),
                     ("comfort-2w-left", lambda v: (v.charts.set_period("2w"),
                                                    v.charts.set_foot("left"),
                                                    _hover(v))),
                     ("pressure-year", lambda v: (v.charts.set_foot("both"),
                                                  v.charts.show_chart("pressure"),
                                                  v.charts.set_period("year"))),
                     ("touch-all", lambda v: (v.charts.show_chart("touch"),
                                              v.charts.set_period("all"))),
                     ("weekly-year", lambda v: (v.charts.show_chart("weekly"),
                                                v.charts.set_period("year"))),
                     ("custom", lambda v: (v.charts.show_chart("comfort"),
                                           v.charts.set_period("custom"))),
                     ("sessions", lambda v: v.open_session(_flagged(v))),
                     ("sessions-undo", _delete_one)]
            for label, action in shots:
                action(view)
                app.processEvents()
                path = args.out / f"history-{name}-{label}.png"
                view.grab().save(str(path))
                print(path)
            view.browser.undo_delete()
            view.charts.chart().save(args.out / f"chart-{name}.svg")
            view.close()
            view.deleteLater()
            app.processEvents()
        store.close()
    sys.stdout.flush()
    os._exit(0)  # skip interpreter teardown, where PySide and pyqtgraph may crash


def _hover(view: object) -> None:
    """Point at the second step of the fourth-last session, as a mouse would."""
    chart = view.charts.chart()  # type: ignore[attr-defined]
    x, y = chart.lines[1].getOriginalDataset()
    chart._on_move(chart.scene_pos_of(x[-4], y[-4]))


def _delete_one(view: object) -> None:
    """Delete the shown session (confirmed), to see the Undo bar; then put it back."""
    browser = view.browser  # type: ignore[attr-defined]
    browser.confirm_delete = lambda record: True
    browser.delete_current()


def _flagged(view: object) -> str:
    data = view.data  # type: ignore[attr-defined]
    rows = data.marked("hurt")
    return data.ids[int(rows[-1])] if len(rows) else data.ids[-1]


if __name__ == "__main__":
    main()
