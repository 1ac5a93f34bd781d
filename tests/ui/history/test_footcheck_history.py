"""History's "Foot checks" tab (issue 19): findings by date on small maps, temperatures."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from neurofoot_desktop.core.footcheck import Finding, Kind, Reading, Site, Unit
from neurofoot_desktop.core.vocabulary import Foot, View
from neurofoot_desktop.storage import Store
from neurofoot_desktop.storage import footcheck as fcs
from neurofoot_desktop.ui import theme
from neurofoot_desktop.ui.history import footchecks
from neurofoot_desktop.ui.history.page import HistoryView

DAY = datetime.now(UTC).replace(hour=9, minute=0, second=0, microsecond=0) - timedelta(days=10)


def three_looks(store: Store) -> tuple[int, list[str]]:
    ana = store.add_profile("Ana", DAY)
    sids = []
    for n in range(3):
        when = DAY + timedelta(days=n)
        sid = store.start_session(ana.id, when)
        store.end_session(sid, "completed", when + timedelta(minutes=20))
        sids.append(sid)
    fcs.set_clear(store, sids[0], Foot.LEFT, DAY)
    fcs.set_clear(store, sids[0], Foot.RIGHT, DAY)
    fcs.record_reading(store, sids[0], Reading(Site.BALL, 31.0, 31.4), DAY)
    fcs.add_finding(store, sids[1], Finding(Foot.LEFT, View.SOLE, 0.4, 0.3, Kind.BLISTER,
                                            "under the big toe"), DAY)
    fcs.add_finding(store, sids[2], Finding(Foot.RIGHT, View.TOP, 0.5, 0.5, Kind.CALLUS), DAY)
    fcs.record_reading(store, sids[2], Reading(Site.HEEL, 30.0, 33.0, Unit.FAHRENHEIT), DAY)
    return ana.id, sids


def open_tab(qtbot: QtBot, store: Store, profile: int) -> footchecks.FootCheckHistory:
    theme.apply(QApplication.instance(), "light")
    view = HistoryView(store)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.set_profile(profile)
    view.show()
    qtbot.waitUntil(lambda: not view.loading)
    view.tabs.setCurrentWidget(view.footchecks)
    return view.footchecks


def test_each_look_is_listed_by_date_with_its_findings_on_a_small_map(
        qtbot: QtBot, store: Store) -> None:
    profile, _ = three_looks(store)
    tab = open_tab(qtbot, store, profile)
    words = [w.text() for w in tab.findChildren(QLabel, "footcheck_day_words")]
    assert words == ["Callus or corn, right foot, top",
                     "Blister, left foot, sole — under the big toe",
                     "All clear on both feet"]  # newest first
    maps = tab.findChildren(footchecks.MiniMap)
    assert sorted(m.views[0].value for m in maps) == ["sole", "top"]
    assert len(maps) == 2  # the all-clear day has nothing to draw


def test_the_temperature_difference_over_the_line_is_a_warning_with_its_numbers(
        qtbot: QtBot, store: Store) -> None:
    profile, _ = three_looks(store)
    tab = open_tab(qtbot, store, profile)
    # 3.0 °C = 5.4 °F on the heel: over the 4 °F line; 0.4 °C on the ball is not.
    assert [round(d, 1) for _, _, d, _ in tab.temperatures.points] == [0.7, 5.4]
    assert [w for *_, w in tab.temperatures.points] == [False, True]
    assert tab.warnings.isVisible()
    assert "Heel, 5.4 °F warmer on the right foot" in tab.warnings.text()
    assert "1 over the warning line" in tab.temperatures.accessibleName()


def test_a_deleted_session_leaves_the_tab_and_undo_brings_it_back(
        qtbot: QtBot, store: Store, monkeypatch) -> None:
    profile, sids = three_looks(store)
    tab = open_tab(qtbot, store, profile)
    view = tab.parentWidget()
    while not isinstance(view, HistoryView):
        view = view.parentWidget()
    browser = view.browser
    monkeypatch.setattr(browser, "confirm_delete", lambda record: True)
    browser.select_session(sids[1])
    assert browser.delete_current()
    qtbot.waitUntil(lambda: not any("Blister" in w.text() for w in
                                    tab.findChildren(QLabel, "footcheck_day_words")))
    browser.undo_delete()
    qtbot.waitUntil(lambda: any("Blister" in w.text() for w in
                                tab.findChildren(QLabel, "footcheck_day_words")))
