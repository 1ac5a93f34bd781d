"""Start the real program on a virtual X screen and photograph every screen.

    python tools/screenshots.py --out docs/screenshots            # 1366x768 and 1920x1080
    python tools/screenshots.py --sizes 1366x768 --theme dark --scale 200

Each size gets its own Xvfb server and its own process; the pictures are taken
from the X server's root window, so they show exactly what a person would see.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--sizes", default="1366x768,1920x1080")
    parser.add_argument("--theme", default="light")
    parser.add_argument("--scale", type=int, default=100)
    parser.add_argument("--capture", help=argparse.SUPPRESS)  # internal: WxH, inside Xvfb
    args = parser.parse_args()
    if args.capture:
        width, height = (int(v) for v in args.capture.split("x"))
        return capture(args.out, width, height, args.theme, args.scale)
    if not shutil.which("Xvfb"):
        print("Xvfb is not installed (sudo apt-get install xvfb)", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    for size in args.sizes.split(","):
        with xvfb(size) as display:
            env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
            cmd = [sys.executable, __file__, "--out", str(args.out), "--theme", args.theme,
                   "--scale", str(args.scale), "--capture", size]
            subprocess.run(cmd, env=env, check=True)
    return 0


class xvfb:
    def __init__(self, size: str) -> None:
        self.size = size

    def __enter__(self) -> str:
        for number in range(90, 140):
            if not Path(f"/tmp/.X11-unix/X{number}").exists():
                break
        self.display = f":{number}"
        self.proc = subprocess.Popen(
            ["Xvfb", self.display, "-screen", "0", f"{self.size}x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        for _ in range(100):
            if Path(f"/tmp/.X11-unix/X{number}").exists():
                break
            time.sleep(0.05)
        return self.display

    def __exit__(self, *exc: object) -> None:
        self.proc.terminate()
        self.proc.wait(5)


def capture(out: Path, width: int, height: int, theme_name: str, scale: int) -> int:
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from neurofoot_desktop.core.session import Phase
    from neurofoot_desktop.storage import Store
    from neurofoot_desktop.ui import theme
    from neurofoot_desktop.ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    theme.apply(app, theme_name, scale)
    folder = Path(tempfile.mkdtemp(prefix="neurofoot-shots-"))
    store = Store.open(folder)
    win = MainWindow(store)
    win.player.confirm = lambda title, text: False
    win.setGeometry(0, 0, width, height)
    win.show()
    suffix = f"{width}x{height}" + ("" if theme_name == "light" else f"-{theme_name}") + (
        "" if scale == 100 else f"-{scale}")

    def wait(seconds: float) -> None:
        loop = QEventLoop()
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()

    def shot(name: str, settle: float = 0.25) -> None:
        wait(settle)
        QCoreApplication.processEvents()
        pixmap = QGuiApplication.primaryScreen().grabWindow(0)
        path = out / f"{name}-{suffix}.png"
        pixmap.save(str(path))
        print(path)

    shot("01-start-empty")
    for name in ("Ana María", "José"):
        win.start.name.setText(name)
        win.start._add()
    win.start.people.setCurrentRow(1)
    shot("02-start")

    # A day with an open wound: no massage.
    win.start.start.click()
    pre = win.precheck

    def answer(values: dict[str, bool]) -> None:
        for qid, value in values.items():
            q = pre.questions[qid]
            (q.yes if value else q.no).click()

    answer({"open_wound": False, "infection": False, "new_lesion": False})
    shot("03-precheck-skin")
    answer({"open_wound": True})
    pre.skin.next.click()
    shot("04-blocked")
    pre.blocked.next.click()

    # A day with warning signs, going on gently.
    win.start.start.click()
    answer({"open_wound": False, "infection": False, "new_lesion": False})
    pre.skin.next.click()
    answer({"worse_pain": False, "worse_numbness": True, "new_symptoms": False,
            "skin_change": False})
    shot("05-precheck-changes")
    pre.changes.next.click()
    pre.nothing_open.setChecked(True)
    pre.wants_gentle.setChecked(True)
    shot("06-contact-doctor")
    pre.go_gently.click()
    answer({"heel_sensitive": True})
    shot("07-precheck-heel")
    pre.heel.next.click()
    for box in pre.ready_boxes.values():
        box.setChecked(True)
    shot("08-precheck-ready")
    pre.ready.next.click()

    lt = win.light_touch
    shot("09-light-touch-intro")
    lt.primary.click()
    shot("10-light-touch-probe")
    for foot in range(2):
        if foot:
            lt.primary.click()
        while lt.stage == "probe":
            if lt.stage == "probe" and not lt.probes[len(lt.felt)].real and foot == 0:
                shot("11-light-touch-pretend")
            (lt.primary if lt.probes[len(lt.felt)].real else lt.secondary).click()
        lt.secondary.click()  # not unpleasant
        if foot == 0:
            shot("12-light-touch-result")
        lt.primary.click()

    player = win.player
    rated_once = False
    while win.current_page() is player:
        s = player.session
        step, foot = s.current.step.id, s.current.foot
        player.toggle()
        wait(2.6)
        shot(f"20-player-{step}-{foot}", settle=0.0)
        player.finish_now()
        if not rated_once:
            win.rating.slider.setValue(8)
            win.rating.feel_buttons["just_right"].setChecked(True)
            win.rating.note.setText("Warm and relaxed")
            shot("30-rating")
            rated_once = True
        win.rating.slider.setValue(7 if foot == "left" else 9)
        win.rating.save()
        assert s.phase in (Phase.READY, Phase.SUMMARY)
    shot("40-summary")
    win.summary.why.click()
    shot("50-why-this-helps")
    win.close()
    store.close()
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    raise SystemExit(main())
