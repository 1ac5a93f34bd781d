"""Write the small SVGs the themes' style sheets use (tick, radio dot, combo arrow).

    .venv/bin/python tools/make_theme_images.py

They are shipped in resources/theme/ so nothing is written at run time (a temporary folder
would be left behind by every crash). Re-run after changing a theme colour and commit the
result; tests/ui/test_theme.py fails while the shipped files and the themes disagree.
"""

from __future__ import annotations

from neurofoot_desktop.ui import theme


def main() -> int:
    theme.IMAGE_DIR.mkdir(parents=True, exist_ok=True)
    wanted = theme.theme_images()
    for stale in theme.IMAGE_DIR.glob("*.svg"):
        if stale.name not in wanted:
            stale.unlink()
    for name, svg in sorted(wanted.items()):
        (theme.IMAGE_DIR / name).write_text(svg, encoding="utf-8")
        print(f"wrote {theme.IMAGE_DIR / name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
