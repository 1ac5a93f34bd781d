"""Linux desktop integration, Flatpak and Windows installer files: valid and consistent."""

from __future__ import annotations

import configparser
import json
import os
import re
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from neurofoot_desktop import APP_NAME, __version__
from neurofoot_desktop.ui.icons import APP_ID

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
FLATPAK = ROOT / "packaging" / "flatpak" / f"{APP_ID}.yml"
INNO = ROOT / "packaging" / "windows" / "neurofoot.iss"


def _tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        message = f"{name} is not installed (apt-get install {package})"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


def _run(*cmd: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(c) for c in cmd], capture_output=True, text=True, check=False,
                          timeout=120, cwd=cwd)


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def _gui_script() -> str:
    with (ROOT / "pyproject.toml").open("rb") as f:
        scripts = tomllib.load(f)["project"]["gui-scripts"]
    (name,) = scripts
    return name


def test_desktop_file_validates() -> None:
    proc = _run(_tool("desktop-file-validate", "desktop-file-utils"), DESKTOP)
    assert proc.returncode == 0 and not proc.stdout.strip(), proc.stdout + proc.stderr


def test_metainfo_validates() -> None:
    proc = _run(_tool("appstreamcli", "appstream"), "validate", "--no-net", METAINFO)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert not re.search(r"^\s*[EW]:", proc.stdout, re.MULTILINE), proc.stdout


def test_installed_tree_validates(tmp_path: Path) -> None:
    tool = _tool("appstreamcli", "appstream")
    env = {**os.environ, "DESTDIR": str(tmp_path / "stage")}
    proc = subprocess.run(["sh", str(LINUX / "install-data.sh"), "/usr"], env=env,
                          capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    share = tmp_path / "stage" / "usr" / "share"
    assert (share / "applications" / f"{APP_ID}.desktop").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    for size in (16, 48, 128, 256, 512):
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    proc = _run(tool, "validate-tree", "--no-net", tmp_path / "stage")
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_desktop_file_matches_the_program() -> None:
    entry = _desktop_entry()
    assert entry["Name"] == APP_NAME
    assert entry["Icon"] == APP_ID
    assert entry["Exec"].split()[0] == _gui_script()
    # Qt sets WM_CLASS to (program name, application name); the Xvfb test checks it.
    assert entry["StartupWMClass"] == APP_NAME
    assert entry["Terminal"] == "false"


def test_metainfo_matches_the_program() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("name") == APP_NAME
    launchable = root.find("launchable")
    assert launchable is not None and launchable.text == DESKTOP.name
    assert root.findtext("provides/binary") == _gui_script()
    assert root.find("content_rating").get("type", "").startswith("oars-")
    assert root.find("screenshots/screenshot[@type='default']/image") is not None
    releases = [r.get("version") for r in root.iterfind("releases/release")]
    assert releases and releases[0] == __version__, (
        f"add a <release version=\"{__version__}\"> (newest first) to {METAINFO.name}")


def test_flatpak_manifest(tmp_path: Path) -> None:
    text = FLATPAK.read_text(encoding="utf-8")
    builder = shutil.which("flatpak-builder")
    if builder:
        # flatpak-builder leaves a .flatpak-builder folder in its working directory.
        proc = _run(builder, "--show-manifest", FLATPAK, cwd=tmp_path)
        assert proc.returncode == 0, proc.stderr
        manifest = json.loads(proc.stdout)
        assert manifest["id" if "id" in manifest else "app-id"] == APP_ID
        assert manifest["base"] == "io.qt.PySide.BaseApp"
        assert manifest["command"] == _gui_script()
        assert manifest["runtime-version"] == manifest["base-version"]
    else:  # at least the essentials, by text
        assert re.search(rf"^(app-)?id: {re.escape(APP_ID)}$", text, re.MULTILINE)
        assert "base: io.qt.PySide.BaseApp" in text
    # Every file the manifest takes from the repository exists.
    for rel in re.findall(r"^\s+path: (\S+)$", text, re.MULTILINE):
        assert (FLATPAK.parent / rel).exists(), rel


def test_inno_setup_script() -> None:
    text = INNO.read_text(encoding="utf-8")
    version = re.search(r'^#define AppVersion "([^"]+)"$', text, re.MULTILINE)
    assert version and version.group(1) == __version__, (
        "keep AppVersion in neurofoot.iss in step with neurofoot_desktop.__version__")
    assert re.search(r"^AppId=\{\{[0-9A-F-]{36}\}$", text, re.MULTILINE)
    for rel in re.findall(r'(?:SetupIconFile|LicenseFile)=(\S+)', text):
        assert (INNO.parent / rel.replace("\\", "/")).exists(), rel
