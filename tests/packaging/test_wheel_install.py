"""The wheel carries everything and runs from a fresh venv, outside the source tree.

See conftest.py for how the wheel is built and installed (once per session).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

import pytest
from wheel_env import ROOT, BuiltWheel, FreshVenv

pytestmark = pytest.mark.slow

_NOT_SHIPPED = {"__pycache__"}


def _files_under(folder: Path) -> set[str]:
    return {
        p.relative_to(folder).as_posix()
        for p in folder.rglob("*")
        if p.is_file() and not _NOT_SHIPPED & set(p.relative_to(folder).parts)
        and p.suffix != ".pyc"
    }


def test_wheel_has_every_module_and_resource(built_wheel: BuiltWheel) -> None:
    names = set(built_wheel.names())
    src = built_wheel.source
    modules = {f"neurofoot_desktop/{f}" for f in _files_under(src / "neurofoot_desktop")
               if f.endswith(".py")}
    missing_modules = sorted(modules - names)
    assert not missing_modules, (
        f"modules missing from the wheel (add their package to [tool.setuptools] packages "
        f"in pyproject.toml): {missing_modules}")
    resources = {f"neurofoot_desktop/resources/{f}" for f in _files_under(src / "resources")}
    missing_data = sorted(resources - names)
    assert not missing_data, (
        f"resources missing from the wheel (add their pattern to [tool.setuptools.package-data]"
        f"): {missing_data}")
    for must in ("neurofoot_desktop/resources/protocol.toml",
                 "neurofoot_desktop/resources/icons/neurofoot.svg",
                 "neurofoot_desktop/resources/icons/neurofoot-16.png",
                 "neurofoot_desktop/resources/icons/neurofoot-512.png"):
        assert must in names
    # Nothing from outside the package: no tests, tools, packaging or stray top-level modules.
    tops = {PurePosixPath(n).parts[0] for n in names}
    assert tops == {"neurofoot_desktop", f"neurofoot_desktop-{built_wheel.version}.dist-info"}


def test_wheel_declares_both_commands(built_wheel: BuiltWheel) -> None:
    import zipfile

    with zipfile.ZipFile(built_wheel.path) as zf:
        entry_points = next(zf.read(n).decode() for n in zf.namelist()
                            if n.endswith(".dist-info/entry_points.txt"))
    assert "[gui_scripts]\nneurofoot = neurofoot_desktop.cli:main" in entry_points
    assert "[console_scripts]\nneurofoot-cli = neurofoot_desktop.cli:main" in entry_points


def test_installed_package_comes_from_the_venv(fresh_venv: FreshVenv) -> None:
    proc = fresh_venv.run(
        fresh_venv.python, "-c",
        "import neurofoot_desktop, sys; print(neurofoot_desktop.__file__); "
        "import importlib.util as u; print(u.find_spec('pytest') is None)",
    )
    assert proc.returncode == 0, proc.stderr
    location, no_pytest = proc.stdout.split()
    assert Path(location).is_relative_to(fresh_venv.site_packages)
    assert not Path(location).is_relative_to(ROOT)
    assert no_pytest == "True", "the test venv must not see the checkout's .venv as a whole"


@pytest.mark.parametrize("command", ["neurofoot", "neurofoot-cli"])
def test_version(fresh_venv: FreshVenv, built_wheel: BuiltWheel, command: str) -> None:
    proc = fresh_venv.run(fresh_venv.script(command), "--version")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == f"NeuroFoot {built_wheel.version}"


def test_resources_load_from_the_installed_package(fresh_venv: FreshVenv) -> None:
    code = (
        "from neurofoot_desktop.core.protocol import default_protocol\n"
        "p = default_protocol()\n"
        "print(len(p.steps))\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from neurofoot_desktop.ui.icons import app_icon\n"
        "icon = app_icon()\n"
        "print(sorted(s.width() for s in icon.availableSizes()))\n"
    )
    proc = fresh_venv.run(fresh_venv.python, "-c", code)
    assert proc.returncode == 0, proc.stderr
    steps, sizes = proc.stdout.strip().splitlines()
    assert int(steps) >= 5
    assert json.loads(sizes) == [16, 22, 24, 32, 48, 64, 128, 256, 512]


@pytest.mark.parametrize("sub", ["recommend", "check", "export", "import", "restore"])
def test_subcommand_help(fresh_venv: FreshVenv, sub: str) -> None:
    proc = fresh_venv.run(fresh_venv.script("neurofoot-cli"), sub, "--help")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith(f"usage: neurofoot {sub}")


_FILL_LOG = """
import sys
from pathlib import Path
from datetime import UTC, datetime
from neurofoot_desktop.core.session import Outcome, StepResult
from neurofoot_desktop.storage import Store
class clock:  # a fixed time; the wheel ships no test clock
    now = staticmethod(lambda: datetime(2026, 11, 20, 9, 0, tzinfo=UTC))
store = Store.open(Path(sys.argv[1]))
ana = store.add_profile("Ana", clock.now())
sid = store.start_session(ana.id, clock.now())
store.save_step_result(sid, StepResult("effleurage", "left", clock.now(), 180, 180, 2,
                                       Outcome.RATED, 3, None, ""), clock.now())
store.close()
"""


@pytest.fixture(scope="module")
def filled_log(fresh_venv: FreshVenv, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A log with one person and one rated step, written by the installed package."""
    data = tmp_path_factory.mktemp("log") / "data"
    proc = fresh_venv.run(fresh_venv.python, "-c", _FILL_LOG, data)
    assert proc.returncode == 0, proc.stderr
    return data


def test_check_and_recommend(fresh_venv: FreshVenv, filled_log: Path) -> None:
    cli = fresh_venv.script("neurofoot-cli")
    proc = fresh_venv.run(cli, "--data-dir", filled_log, "check")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    proc = fresh_venv.run(cli, "--data-dir", filled_log, "recommend", "--json")
    assert proc.returncode == 0, proc.stderr
    rows = json.loads(proc.stdout)
    assert ("effleurage", "left") in {(r["step_id"], r["foot"]) for r in rows}


@pytest.mark.parametrize("fmt", ["csv", "json", "pdf", "fhir"])
def test_export(fresh_venv: FreshVenv, filled_log: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"log.{fmt}"
    proc = fresh_venv.run(fresh_venv.script("neurofoot-cli"), "--data-dir", filled_log,
                          "export", "--format", fmt, "--out", out)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    body = out.read_bytes()
    if fmt == "pdf":
        assert body.startswith(b"%PDF-")
    elif fmt == "fhir":
        assert json.loads(body)["resourceType"] == "Bundle"
    else:  # csv, json: the rated step is in there
        assert b"effleurage" in body


# --- the window, under a virtual X server -------------------------------------------------


@pytest.fixture
def xvfb_display() -> Iterator[str]:
    for tool in ("xdotool", "xprop"):
        if not shutil.which(tool):
            if os.environ.get("CI"):
                pytest.fail(f"{tool} is not installed (apt-get install xdotool x11-utils)")
            pytest.skip(f"{tool} is not installed (apt-get install xdotool x11-utils)")
    read_fd, write_fd = os.pipe()
    with tempfile.TemporaryFile() as log:
        xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x1024x24",
             "-nolisten", "tcp"],
            pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=log,
        )
        os.close(write_fd)
        try:
            with os.fdopen(read_fd) as pipe:
                number = pipe.readline().strip()
            if not number.isdigit():
                log.seek(0)
                pytest.fail(f"Xvfb did not start: {log.read().decode(errors='replace')}")
            yield f":{number}"
        finally:
            xvfb.terminate()
            xvfb.wait(timeout=10)


@pytest.mark.xvfb
def test_window_opens_under_xvfb(fresh_venv: FreshVenv, xvfb_display: str, tmp_path: Path) -> None:
    env = {**fresh_venv.env, "DISPLAY": xvfb_display, "QT_QPA_PLATFORM": "xcb"}
    log = tmp_path / "gui.log"
    with log.open("w") as sink:
        app = subprocess.Popen([str(fresh_venv.script("neurofoot")), "--data-dir",
                                str(tmp_path / "data")],
                               cwd=fresh_venv.workdir, env=env, stdout=sink, stderr=sink)
    try:
        wid = ""
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and app.poll() is None:
            found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "^NeuroFoot$"],
                                   env=env, capture_output=True, text=True, check=False)
            wid = found.stdout.split()[0] if found.stdout.split() else ""
            if wid:
                break
            time.sleep(0.25)
        assert app.poll() is None, f"the program exited ({app.returncode}):\n{log.read_text()}"
        assert wid, f"no visible window titled NeuroFoot appeared:\n{log.read_text()}"
        # packaging/linux/*.desktop says StartupWMClass=NeuroFoot; the window must match it.
        wm_class = subprocess.run(["xprop", "-id", wid, "WM_CLASS"], env=env,
                                  capture_output=True, text=True, check=False).stdout
        assert '"NeuroFoot"' in wm_class, wm_class
    finally:
        app.terminate()
        try:
            app.wait(timeout=10)
        except subprocess.TimeoutExpired:
            app.kill()
            app.wait()
    assert "Traceback" not in log.read_text()
