"""Photos of the feet (issue 19) in the JSON log, only when asked for (`--with-photos`).

The photos are JPEG files in a folder beside the JSON named after it ("log.json" ->
"log-photos/"), not embedded: the JSON stays readable and streamable, and each photo can be
opened as it is. Per person, in the JSON (docs/json-format.md): "photos": [{"file":
"log-photos/20261101-090000-left-sole-1a2b3c4d.jpg", "session_id": "..." | null, "foot":
"left", "view": "sole", "taken_at": time, "width": 1920, "height": 1080, "source": "file"}],
oldest first; absent without --with-photos.

The import reads each file strictly: a plain relative path inside the JSON's folder (no "..",
not absolute, no symbolic link on the way), a regular file of at most MAX_BYTES that is a JPEG
of the stated size; anything else refuses the whole file in one line.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import Any

from neurofoot_desktop.core.isotime import from_iso, to_iso
from neurofoot_desktop.core.vocabulary import Foot, View
from neurofoot_desktop.storage import photos as photo_store
from neurofoot_desktop.storage.photos import SOURCES, PhotoRecord
from neurofoot_desktop.storage.repository import Store

KEY = "photos"
LONG_SIDE = 2560  # photo_import.LONG_SIDE: what the program itself keeps
MAX_BYTES = 20 * 1024 * 1024  # a 2,560 px JPEG is a few MB
MAX_PHOTOS = 100_000
NAME_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,150}\.jpg")
KEYS = ("file", "session_id", "foot", "view", "taken_at", "width", "height", "source")
FEET = tuple(f.value for f in Foot)
VIEWS = (View.TOP.value, View.SOLE.value)


def folder_for(json_path: Path) -> Path:
    return json_path.parent / f"{json_path.stem}-photos"


def chosen(store: Store, profile_id: int, session_ids: set[str],
           bounds: tuple[datetime | None, datetime | None]) -> list[PhotoRecord]:
    """The person's photos that belong to the export: those of the sessions chosen, and
    those added without a session within the period."""
    start, end = bounds
    return [r for r in photo_store.photos(store, profile_id)
            if r.session_id in session_ids
            or (r.session_id is None and (start is None or r.taken_at >= start)
                and (end is None or r.taken_at < end))]


def to_json(records: list[PhotoRecord], folder_name: str) -> list[dict[str, Any]]:
    return [{"file": f"{folder_name}/{r.file}", "session_id": r.session_id,
             "foot": r.foot.value, "view": r.view.value, "taken_at": to_iso(r.taken_at),
             "width": r.width, "height": r.height, "source": r.source} for r in records]


def copy_out(store: Store, records: list[PhotoRecord], target: Path) -> None:
    """Copy the photos into target (created if missing); OSError if that cannot be done."""
    if target.is_symlink() or (target.exists() and not target.is_dir()):
        raise OSError(f"{target} is in the way of the photos folder")
    target.mkdir(mode=0o700, exist_ok=True)
    for r in records:
        data = r.path(store).read_bytes()
        partial = target / f".{r.file}.part"
        partial.write_bytes(data)
        os.replace(partial, target / r.file)


def _fail(where: str, expected: str, got: object) -> ValueError:
    shown = repr(got) if not isinstance(got, str) else f'"{got}"'
    if len(shown) > 60:
        shown = shown[:57] + "…"
    return ValueError(f"{where}: expected {expected}, got {shown}")


def _whole(value: object, where: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise _fail(where, f"a whole number {low}-{high}", value)
    return value


def _choice(value: object, where: str, choices: tuple[str, ...]) -> str:
    if not isinstance(value, str) or value not in choices:
        raise _fail(where, f"one of {', '.join(choices)}", value)
    return value


def _entry(value: object, where: str) -> tuple[str, PhotoRecord]:
    if not isinstance(value, dict) or set(value) != set(KEYS):
        raise _fail(where, f"an object with {', '.join(KEYS)}", value)
    file = value["file"]
    if not isinstance(file, str) or "\\" in file or "\0" in file:
        raise _fail(f"{where}.file", "a path such as log-photos/photo.jpg", file)
    path = PurePosixPath(file)
    if path.is_absolute() or ".." in path.parts or len(path.parts) != 2:
        raise _fail(f"{where}.file", "a path inside the photos folder beside the file "
                    "(not absolute, no ..)", file)
    if not NAME_RE.fullmatch(path.name):
        raise _fail(f"{where}.file", "a .jpg name of letters, digits and - _ .", file)
    session = value["session_id"]
    if session is not None and not isinstance(session, str):
        raise _fail(f"{where}.session_id", "a session id or null", session)
    try:
        if not isinstance(value["taken_at"], str):
            raise ValueError
        taken = from_iso(value["taken_at"])
    except ValueError:
        raise _fail(f"{where}.taken_at", "a time such as 2026-11-20T18:30:00.000Z",
                    value["taken_at"]) from None
    return file, PhotoRecord(
        0, 0, session, Foot(_choice(value["foot"], f"{where}.foot", FEET)),
        View(_choice(value["view"], f"{where}.view", VIEWS)), taken, path.name,
        _whole(value["width"], f"{where}.width", 1, LONG_SIDE),
        _whole(value["height"], f"{where}.height", 1, LONG_SIDE),
        _choice(value["source"], f"{where}.source", SOURCES))


@dataclass(frozen=True)
class PhotoEntry:
    """A photo the file lists: where it is (relative to the JSON's folder) and its row."""

    path: str
    record: PhotoRecord
    where: str


def from_json(value: object, where: str, session_ids: set[str]) -> list[PhotoEntry]:
    """The listed photos, checked without reading their files; ValueError (one line)."""
    if not isinstance(value, list) or len(value) > MAX_PHOTOS:
        raise _fail(where, "a list of photos", value)
    entries = []
    for i, item in enumerate(value):
        place = f"{where}[{i}]"
        path, record = _entry(item, place)
        if record.session_id is not None and record.session_id not in session_ids:
            raise _fail(f"{place}.session_id", "the id of one of this person's sessions",
                        record.session_id)
        entries.append(PhotoEntry(path, record, place))
    return entries


def jpeg_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) from a JPEG's frame header, or None if data is no JPEG."""
    if not data.startswith(b"\xff\xd8\xff"):
        return None
    i = 2
    while i + 9 < len(data):
        if data[i] != 0xFF:
            return None
        marker = data[i + 1]
        if marker == 0xFF:  # fill byte
            i += 1
            continue
        length = int.from_bytes(data[i + 2:i + 4], "big")
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):  # start of frame
            height = int.from_bytes(data[i + 5:i + 7], "big")
            width = int.from_bytes(data[i + 7:i + 9], "big")
            return width, height
        if length < 2:
            return None
        i += 2 + length
    return None


def read_photo(base: Path, entry: PhotoEntry) -> bytes:
    """The photo's bytes, checked; ValueError (one line naming the place) if it is missing,
    not a regular file inside the folder, too large, or not a JPEG of the stated size."""
    where = f"{entry.where}.file"
    place = base
    for part in PurePosixPath(entry.path).parts:
        place = place / part
        try:
            info = os.lstat(place)
        except OSError:
            raise ValueError(f'{where}: the photo "{entry.path}" is missing beside the '
                             "file") from None
        if stat.S_ISLNK(info.st_mode):
            raise ValueError(f'{where}: "{entry.path}" goes through a symbolic link; only '
                             "photos inside the folder are read")
    if not stat.S_ISREG(info.st_mode):
        raise ValueError(f'{where}: "{entry.path}" is not a regular file')
    if info.st_size > MAX_BYTES:
        raise ValueError(f'{where}: "{entry.path}" is larger than '
                         f"{MAX_BYTES // (1024 * 1024)} MB, too large for a photo of a foot")
    fd = os.open(place, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0)
                 | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as f:
        data = f.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise ValueError(f'{where}: "{entry.path}" is too large for a photo of a foot')
    size = jpeg_size(data)
    if size is None:
        raise ValueError(f'{where}: "{entry.path}" is not a JPEG image')
    if size != (entry.record.width, entry.record.height):
        raise ValueError(f'{where}: "{entry.path}" is {size[0]}x{size[1]} pixels, not the '
                         f"{entry.record.width}x{entry.record.height} the file states")
    return data
