"""Bring the translations up to date: lupdate (sources -> .ts), then lrelease (.ts -> .qm).

    python tools/update_translations.py            # what `make translations` runs
    python tools/update_translations.py --check    # change nothing; exit 1 if out of date

lupdate reads every module under neurofoot_desktop/ and adds new or changed texts to
resources/i18n/neurofoot_<lang>.ts as "unfinished"; translate those (Qt Linguist, or any
text editor: fill <translation> and drop type="unfinished"; a text with %n has a
<numerusform> for one and one for many), then run this again so lrelease builds the .qm
files the program loads. neurofoot_en.ts holds only the English plural forms. The .qm
files are committed, so `make run` works without this step. The protocol texts are
translated separately, in resources/i18n/protocol.<lang>.toml (see core/protocol_i18n.py).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
SOURCES = ROOT / "neurofoot_desktop"
LANGUAGES = ("es", "en")
# English is the source language: its file holds only the plural forms of the texts with a
# count (`self.tr("%n minute(s)", "", n)` -> "1 minute", "2 minutes"), as Qt recommends.
PLURALS_ONLY = ("en",)
TARGET = {"es": "es_ES", "en": "en"}  # the .ts's language, which sets its plural rules


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease from the running Python's environment."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: run this with the project's venv (.venv/bin/python)")
    return found


def ts_path(language: str) -> Path:
    return I18N / f"neurofoot_{language}.ts"


def qm_path(language: str) -> Path:
    return I18N / f"neurofoot_{language}.qm"


def source_files() -> list[Path]:
    return sorted(p for p in SOURCES.rglob("*.py") if "__pycache__" not in p.parts)


def lupdate(ts: Path, language: str) -> str:
    """Merge the texts found in the sources into ts (created when missing)."""
    plurals = ["-pluralonly"] if language in PLURALS_ONLY else []
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False) as lst:
        lst.write("\n".join(str(p) for p in source_files()) + "\n")
    try:
        out = subprocess.run(
            [tool("pyside6-lupdate"), f"@{lst.name}", "-ts", str(ts), "-no-obsolete",
             "-locations", "relative", "-target-language", TARGET[language], *plurals],
            capture_output=True, text=True, check=True, cwd=ROOT,
        )
    finally:
        Path(lst.name).unlink()
    return out.stdout + out.stderr


def lrelease(ts: Path, qm: Path) -> str:
    """Compile ts into qm; unfinished translations are left out (English is shown)."""
    out = subprocess.run(
        [tool("pyside6-lrelease"), "-nounfinished", "-silent", str(ts), "-qm", str(qm)],
        capture_output=True, text=True, check=True, cwd=ROOT,
    )
    return out.stdout + out.stderr


def messages(ts: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) -> translation, or None while unfinished; obsolete ones left out.
    Plural forms are joined with " | "; one empty form leaves the text unfinished."""
    found: dict[tuple[str, str], str | None] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            text = translation.text if translation is not None else None
            if message.get("numerus") == "yes" and translation is not None:
                forms = [f.text or "" for f in translation.iter("numerusform")]
                text = " | ".join(forms) if forms and all(forms) else None
            found[(name, source)] = text if kind != "unfinished" and text else None
    return found


def untranslated(ts: Path) -> list[tuple[str, str]]:
    return sorted(key for key, text in messages(ts).items() if text is None)


def check(language: str) -> list[str]:
    """What is out of date for one language, in plain lines (empty: all up to date)."""
    problems = []
    ts, qm = ts_path(language), qm_path(language)
    with tempfile.TemporaryDirectory() as tmp:
        fresh_ts = Path(tmp) / ts.name
        shutil.copy(ts, fresh_ts)
        lupdate(fresh_ts, language)
        before, after = messages(ts), messages(fresh_ts)
        for context, source in sorted(set(after) - set(before)):
            problems.append(f"{ts.name}: new text, run `make translations` and translate it: "
                            f"[{context}] {source!r}")
        for context, source in sorted(set(before) - set(after)):
            problems.append(f"{ts.name}: no longer in the sources, run `make translations`: "
                            f"[{context}] {source!r}")
        for context, source in untranslated(ts):
            problems.append(f"{ts.name}: not translated yet: [{context}] {source!r}")
        fresh_qm = Path(tmp) / qm.name
        lrelease(ts, fresh_qm)
        if not qm.exists() or qm.read_bytes() != fresh_qm.read_bytes():
            problems.append(f"{qm.name} is older than {ts.name}: run `make translations`")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="change nothing; list what is out of date and exit 1 if anything is")
    args = parser.parse_args(argv)
    if args.check:
        problems = [p for lang in LANGUAGES for p in check(lang)]
        print("\n".join(problems) or "translations are up to date")
        return 1 if problems else 0
    I18N.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts, qm = ts_path(language), qm_path(language)
        print(lupdate(ts, language).strip())
        print(lrelease(ts, qm).strip() or f"Wrote {qm.relative_to(ROOT)}")
        left = untranslated(ts)
        if left:
            print(f"{len(left)} texts in {ts.name} still need a translation (shown in English):")
            for context, source in left:
                print(f"  [{context}] {source!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
