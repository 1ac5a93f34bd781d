"""Fixtures and helpers: the wheel, built from a snapshot of the source tree and
installed into a fresh venv.

Built once per test session:

- the source tree (git-tracked and new, unignored files) is copied to a temporary
  folder, so the build neither sees nor leaves build/ or *.egg-info in the checkout;
- `pip wheel --no-deps` builds it through the PEP 517 backend in an isolated build
  environment, exactly like `python -m build --wheel` (set NEUROFOOT_WHEEL=path/to.whl
  to test a wheel built elsewhere, e.g. by CI);
- a fresh venv (no pip, no site-packages of ours) gets the wheel with `--no-deps`,
  and the run-time dependencies come from this checkout's .venv through a .pth file
  pointing at a folder of symlinks to exactly the distributions the wheel requires
  (followed transitively). So nothing is downloaded, yet a missing Requires-Dist or
  a module imported but not declared still fails: the test venv cannot see pytest,
  pypdf, hypothesis or the editable install of the checkout.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from email.parser import Parser
from importlib import metadata
from pathlib import Path

import pytest
from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
_IGNORED = shutil.ignore_patterns(
    ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".pytest_cache",
    ".ruff_cache", ".hypothesis",
)


def copy_source_tree(dest: Path) -> Path:
    """The files git would commit (tracked + new, not ignored), as they are on disk now."""
    try:
        listed = subprocess.run(
            ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
            cwd=ROOT, capture_output=True, check=True,
        ).stdout.decode().split("\0")
    except (OSError, subprocess.CalledProcessError):
        shutil.copytree(ROOT, dest, ignore=_IGNORED)
        return dest
    for rel in filter(None, listed):
        src = ROOT / rel
        if src.is_file():
            target = dest / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, target)
    return dest


def run(cmd: list[str | os.PathLike[str]], **kwargs) -> subprocess.CompletedProcess[str]:
    kwargs.setdefault("capture_output", True)
    kwargs.setdefault("text", True)
    kwargs.setdefault("timeout", 300)
    return subprocess.run([str(c) for c in cmd], check=False, **kwargs)


@dataclass(frozen=True)
class BuiltWheel:
    path: Path
    source: Path  # the snapshot it was built from
    version: str
    metadata: str

    def names(self) -> list[str]:
        with zipfile.ZipFile(self.path) as zf:
            return zf.namelist()


@pytest.fixture(scope="session")
def built_wheel(tmp_path_factory: pytest.TempPathFactory) -> BuiltWheel:
    base = tmp_path_factory.mktemp("wheel")
    source = copy_source_tree(base / "src")
    given = os.environ.get("NEUROFOOT_WHEEL")
    if given:
        wheel = Path(given).resolve()
    else:
        out = base / "dist"
        proc = run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet",
                    "--wheel-dir", out, source], cwd=base)
        assert proc.returncode == 0, f"building the wheel failed:\n{proc.stdout}\n{proc.stderr}"
        (wheel,) = out.glob("neurofoot_desktop-*.whl")
    with zipfile.ZipFile(wheel) as zf:
        meta_name = next(n for n in zf.namelist() if n.endswith(".dist-info/METADATA"))
        meta = zf.read(meta_name).decode()
    version = Parser().parsestr(meta)["Version"]
    return BuiltWheel(wheel, source, version, meta)


def _requirement_closure(meta: str) -> list[metadata.Distribution]:
    """Installed distributions (of the running interpreter) the wheel needs at run time."""
    env = {"extra": ""}
    todo = [Requirement(r) for r in Parser().parsestr(meta).get_all("Requires-Dist") or []]
    seen: dict[str, metadata.Distribution] = {}
    while todo:
        req = todo.pop()
        if req.marker is not None and not Marker(str(req.marker)).evaluate(env):
            continue
        key = canonicalize_name(req.name)
        if key in seen:
            continue
        try:
            dist = metadata.distribution(req.name)
        except metadata.PackageNotFoundError:
            pytest.fail(f"{req.name}, which the wheel requires, is not installed in "
                        f"{sys.prefix}; run `make test` to install the project's dependencies")
        if not req.specifier.contains(dist.version, prereleases=True):
            pytest.fail(f"the wheel requires {req}, but {sys.prefix} has {dist.version}")
        seen[key] = dist
        todo.extend(Requirement(r) for r in dist.requires or [])
    return list(seen.values())


def _link_distributions(dists: list[metadata.Distribution], farm: Path) -> None:
    """Symlink each distribution's top-level files and folders (and its .dist-info)."""
    farm.mkdir()
    for dist in dists:
        site = Path(dist.locate_file(""))
        tops: set[str] = set()
        for file in dist.files or []:
            parts = Path(file).parts
            if parts and parts[0] not in ("..", "__pycache__") and not parts[0].endswith(".pth"):
                tops.add(parts[0])
        if not tops:
            pytest.fail(f"{dist.metadata['Name']} lists no files (no RECORD); cannot link it")
        for top in tops:
            link = farm / top
            if not link.exists() and (site / top).exists():
                link.symlink_to(site / top)


@dataclass(frozen=True)
class FreshVenv:
    root: Path
    site_packages: Path
    workdir: Path  # an empty folder outside the source tree, used as the working dir
    env: dict[str, str]

    @property
    def bin(self) -> Path:
        return self.root / ("Scripts" if os.name == "nt" else "bin")

    @property
    def python(self) -> Path:
        return self.bin / ("python.exe" if os.name == "nt" else "python")

    def run(self, *args: str | os.PathLike[str], **kwargs) -> subprocess.CompletedProcess[str]:
        kwargs.setdefault("cwd", self.workdir)
        kwargs.setdefault("env", self.env)
        return run(list(args), **kwargs)

    def script(self, name: str) -> Path:
        return self.bin / name


@pytest.fixture(scope="session")
def fresh_venv(built_wheel: BuiltWheel, tmp_path_factory: pytest.TempPathFactory) -> FreshVenv:
    base = tmp_path_factory.mktemp("venv")
    root = base / "venv"
    proc = run([sys.executable, "-m", "venv", "--without-pip", root])
    assert proc.returncode == 0, proc.stderr
    python = root / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    proc = run([sys.executable, "-m", "pip", "--python", python, "install", "--quiet",
                "--no-deps", "--no-index", built_wheel.path])
    assert proc.returncode == 0, f"installing the wheel failed:\n{proc.stdout}\n{proc.stderr}"
    where = "import sysconfig; print(sysconfig.get_path('purelib'))"
    site_packages = Path(run([python, "-c", where]).stdout.strip())
    farm = base / "deps"
    _link_distributions(_requirement_closure(built_wheel.metadata), farm)
    (site_packages / "_neurofoot_test_deps.pth").write_text(f"{farm}\n", encoding="utf-8")

    workdir = base / "work"
    workdir.mkdir()
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "PYTHONSTARTUP", "DISPLAY",
                        "WAYLAND_DISPLAY", "NEUROFOOT_DATA_DIR")}
    scripts = root / ("Scripts" if os.name == "nt" else "bin")
    env["PATH"] = os.pathsep.join([str(scripts), env.get("PATH", "")])
    env["HOME"] = str(base / "home")
    env["XDG_DATA_HOME"] = str(base / "home" / "share")
    env["XDG_CONFIG_HOME"] = str(base / "home" / "config")
    env["QT_QPA_PLATFORM"] = "offscreen"
    return FreshVenv(root, site_packages, workdir, env)

