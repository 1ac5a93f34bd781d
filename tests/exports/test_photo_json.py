"""Photos in the JSON log (issue 19), only with --with-photos: JPEG files in a folder beside
the JSON named after it; the import reads them strictly and keeps nothing when refused."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from neurofoot_desktop.core.vocabulary import Foot, View
from neurofoot_desktop.exports.json import LogFormatError, export_json, import_log
from neurofoot_desktop.storage import Store
from neurofoot_desktop.storage import photos as photo_store

NOW = datetime(2026, 11, 20, 20, 0, tzinfo=UTC)
DAY = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)


def jpeg(tmp_path: Path, width: int, height: int, colour: str = "red") -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    path = tmp_path / f"{colour}-{width}x{height}.jpg"
    assert image.save(str(path), "JPEG")
    return path.read_bytes()


def with_photos(store: Store, tmp_path: Path) -> None:
    pid = store.add_profile("Ana", DAY).id
    sid = store.start_session(pid, DAY)
    photo_store.add(store, pid, sid, Foot.LEFT, View.SOLE, DAY, jpeg(tmp_path, 64, 48),
                    (64, 48), "camera")
    photo_store.add(store, pid, None, Foot.RIGHT, View.TOP, DAY + timedelta(days=2),
                    jpeg(tmp_path, 30, 40, "blue"), (30, 40), "file")


def exported(store: Store, folder: Path) -> Path:
    folder.mkdir(exist_ok=True)
    out = folder / "log.json"
    export_json(store, out, now=NOW, with_photos=True)
    return out


def test_photos_only_when_asked_and_the_round_trip_is_exact(
        store: Store, other_store: Store, tmp_path: Path) -> None:
    with_photos(store, tmp_path)
    plain = tmp_path / "plain.json"
    export_json(store, plain, now=NOW)
    assert "photos" not in json.loads(plain.read_text())["profiles"][0]
    assert not (tmp_path / "plain-photos").exists()

    out = exported(store, tmp_path / "a")
    listed = json.loads(out.read_text())["profiles"][0]["photos"]
    assert [(p["foot"], p["view"], p["width"], p["source"]) for p in listed] == [
        ("left", "sole", 64, "camera"), ("right", "top", 30, "file")]
    assert listed[1]["session_id"] is None and listed[0]["file"].startswith("log-photos/")
    assert all((tmp_path / "a" / p["file"]).is_file() for p in listed)

    assert import_log(other_store, out, now=NOW).sessions_added == 1
    import_log(other_store, out, now=NOW)  # twice: no second copy
    copies = photo_store.photos(other_store)
    assert len(copies) == 2 and copies[0].session_id is not None
    originals = photo_store.photos(store)
    assert [c.path(other_store).read_bytes() for c in copies] == [
        o.path(store).read_bytes() for o in originals]
    again = exported(other_store, tmp_path / "b")
    assert again.read_bytes() == out.read_bytes()


def test_the_command_line_writes_the_photos_beside_the_json(
        store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with_photos(store, tmp_path)
    store.close()
    out = tmp_path / "cli.json"
    from neurofoot_desktop import cli

    code = cli.main(["--data-dir", str(store.path.parent), "export", "--format", "json",
                     "--out", str(out), "--with-photos"])
    assert code == 0
    assert len(list((tmp_path / "cli-photos").glob("*.jpg"))) == 2


def _break(out: Path, how: str) -> None:
    data = json.loads(out.read_text())
    photo = data["profiles"][0]["photos"][0]
    target = out.parent / photo["file"]
    if how == "missing":
        target.unlink()
    elif how == "not an image":
        target.write_text("hello")
    elif how == "too large":
        with open(target, "r+b") as f:
            f.truncate(21 * 1024 * 1024)
    elif how == "symlink":
        real = out.parent / "elsewhere.jpg"
        os.replace(target, real)
        target.symlink_to(real)
    elif how == "dotdot":
        photo["file"] = "log-photos/../../x.jpg"
    elif how == "absolute":
        photo["file"] = "/etc/passwd.jpg"
    elif how == "size":
        photo["width"] = 65
    elif how == "session":
        photo["session_id"] = "nobody"
    out.write_text(json.dumps(data))


@pytest.mark.parametrize(("how", "message"), [
    ("missing", "is missing beside the file"),
    ("not an image", "is not a JPEG image"),
    ("too large", "too large for a photo"),
    ("symlink", "goes through a symbolic link"),
    ("dotdot", "(not absolute, no ..)"),
    ("absolute", "(not absolute, no ..)"),
    ("size", "is 64x48 pixels, not the 65x48"),
    ("session", "session_id: expected the id of one of this person's sessions"),
])
def test_a_bad_photo_refuses_the_file_in_one_line_and_nothing_is_kept(
        store: Store, other_store: Store, tmp_path: Path, how: str, message: str) -> None:
    with_photos(store, tmp_path)
    out = exported(store, tmp_path / "a")
    _break(out, how)
    before = other_store.path.read_bytes()
    with pytest.raises(LogFormatError) as refused:
        import_log(other_store, out, now=NOW)
    text = str(refused.value)
    assert "\n" not in text and message in text and text.startswith("profiles[0].photos[0]")
    assert other_store.path.read_bytes() == before and other_store.profiles() == []
    kept = photo_store.folder(other_store)
    assert not kept.exists() or list(kept.iterdir()) == []
