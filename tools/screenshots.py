"""Start the real program's window on a virtual X screen under Openbox and photograph the
session screens, as a person would see them (issue 14: sizes differ without a window manager).

    python tools/screenshots.py --out /tmp/shots              # en/es, 100/200 %, 2 sizes
    python tools/screenshots.py --sizes 1366x768 --languages es --scales 200
    python tools/screenshots.py --readme                      # refresh docs/screenshots/

Each size gets its own Xvfb server with Openbox on it, and each language and text size its
own process; the pictures are taken from the X server's root window. --readme takes English,
100 %, 1366x768 and copies the pictures the README names into docs/screenshots/.
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

README_SHOTS = {  # README picture: the shot it is taken from (English, 100 %, 1366x768)
    "player.png": "20-player-2",
    "light-touch.png": "10-light-touch-probe",
    "rating.png": "30-rating",
    "summary.png": "40-summary",
    "contact-doctor.png": "06-contact-doctor",
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "nf-shots")
    parser.add_argument("--sizes", default="1366x768,1024x640")
    parser.add_argument("--languages", default="en,es")
    parser.add_argument("--scales", default="100,200", help="text sizes in percent")
    parser.add_argument("--theme", default="light")
    parser.add_argument("--readme", action="store_true",
                        help="refresh the README's pictures in docs/screenshots/")
    parser.add_argument("--capture", help=argparse.SUPPRESS)  # internal: WxH,lang,scale
    args = parser.parse_args()
    if args.capture:
        size, language, scale = args.capture.split(",")
        width, height = (int(v) for v in size.split("x"))
        return capture(args.out, width, height, language, int(scale), args.theme)
    for tool in ("Xvfb", "openbox"):
        if not shutil.which(tool):
            print(f"{tool} is not installed (sudo apt-get install xvfb openbox)",
                  file=sys.stderr)
            return 1
    if args.readme:
        args.sizes, args.languages, args.scales, args.theme = "1366x768", "en", "100", "light"
    args.out.mkdir(parents=True, exist_ok=True)
    for size in args.sizes.split(","):
        with xvfb(size) as display:
            env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
            for language in args.languages.split(","):
                for scale in args.scales.split(","):
                    cmd = [sys.executable, __file__, "--out", str(args.out), "--theme",
                           args.theme, "--capture", f"{size},{language},{scale}"]
                    subprocess.run(cmd, env=env, check=True)
    if args.readme:
        docs = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
        for picture, shot in README_SHOTS.items():
            shutil.copyfile(args.out / f"{shot}-en-1366x768-100.png", docs / picture)
            print(docs / picture)
    return 0


class xvfb:
    """An Xvfb server on a free display, with Openbox managing its windows."""

    def __init__(self, size: str) -> None:
        self.size = size

    def __enter__(self) -> str:
        number = next(n for n in range(90, 140) if not Path(f"/tmp/.X11-unix/X{n}").exists())
        self.display = f":{number}"
        self.proc = subprocess.Popen(
            ["Xvfb", self.display, "-screen", "0", f"{self.size}x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        for _ in range(100):
            if Path(f"/tmp/.X11-unix/X{number}").exists():
                break
            time.sleep(0.05)
        self.wm = subprocess.Popen(["openbox"], env={**os.environ, "DISPLAY": self.display},
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(1.0)
        return self.display

    def __exit__(self, *exc: object) -> None:
        for proc in (self.wm, self.proc):
            proc.terminate()
            proc.wait(5)


def capture(out: Path, width: int, height: int, language: str, scale: int,
            theme_name: str) -> int:
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication, QPushButton

    from neurofoot_desktop.core.session import Phase
    from neurofoot_desktop.core.settings import Settings
    from neurofoot_desktop.storage import Store
    from neurofoot_desktop.ui import dialogs, i18n, theme
    from neurofoot_desktop.ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    i18n.install(app, language)
    theme.apply(app, theme_name, scale)
    # no question is expected; one that comes anyway is answered "no" rather than waited on
    dialogs.install(dialogs.Scripted([False] * 20))
    folder = Path(tempfile.mkdtemp(prefix="neurofoot-shots-"))
    store = Store.open(folder)
    win = MainWindow(store, settings=Settings(language=language, font_scale=scale,
                                              theme=theme_name, sound_enabled=False,
                                              voice_enabled=False))
    win.showMaximized()
    suffix = f"{language}-{width}x{height}-{scale}" + (
        "" if theme_name == "light" else f"-{theme_name}")

    def wait(seconds: float) -> None:
        loop = QEventLoop()
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()

    def shot(name: str, settle: float = 0.4) -> None:
        wait(settle)
        QCoreApplication.processEvents()
        pixmap = QGuiApplication.primaryScreen().grabWindow(0)
        path = out / f"{name}-{suffix}.png"
        pixmap.save(str(path))
        print(path)

    wait(1.0)  # mapped and placed by the window manager
    shot("01-start-empty")
    for name in ("Ana María Fernández", "José"):
        win.start.name.setText(name)
        win.start._add()
    win.start.people.setCurrentRow(0)
    shot("02-start")

    win.start.start.click()
    pre = win.precheck
    wait(0.3)
    shot("03-foot-check")
    pre.look.findChild(QPushButton, "skip_look").click()

    def answer(values: dict[str, bool]) -> None:
        for qid, value in values.items():
            q = pre.questions[qid]
            (q.yes if value else q.no).click()

    answer({q.id: False for q in pre.protocol.questions_on("skin")})
    shot("04-precheck-skin")
    pre.skin.next.click()
    answer({q.id: False for q in pre.protocol.questions_on("changes")})
    answer({"worse_numbness": True})
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
    if win.current_page() is win._built("symptoms"):
        shot("09-symptoms-before")
        win.symptoms.skip.click()

    lt = win.light_touch
    shot("09-light-touch-intro")
    lt.primary.click()
    shot("10-light-touch-probe")
    for foot in range(2):
        if foot:
            lt.primary.click()
        while lt.stage == "probe":
            lt._choose(lt.probes[len(lt.felt)].real)
        lt.secondary.click()  # not unpleasant
        if foot == 0:
            shot("12-light-touch-result")
        lt.primary.click()

    player = win.player
    shown = 0
    while win.current_page() is player:
        s = player.session
        player.cancel_get_ready()
        if s.phase == Phase.READY:
            player.toggle()
        shown += 1
        if shown <= 2:
            wait(2.6)
            shot(f"20-player-{shown}", settle=0.0)
        player.finish_now()
        win.rating.type_digit(8 if shown % 2 else 9, now=win.clock.monotonic())
        if shown == 1:
            win.rating.note.setText("Warm and relaxed")
            shot("30-rating")
        win.rating.save()
        assert s.phase in (Phase.READY, Phase.SUMMARY)
    if win.current_page() is win._built("symptoms"):
        win.symptoms.skip.click()
    shot("40-summary")
    win.summary.why.click()
    shot("50-why-this-helps")
    win.close()
    store.close()
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    raise SystemExit(main())
