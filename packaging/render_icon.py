"""Renders the app's SVG icon into the raster formats Windows and macOS installers need.

`python packaging/render_icon.py ico OUT.ico` writes a 256 px Windows icon;
`python packaging/render_icon.py iconset OUT.iconset` writes the PNGs `iconutil -c icns` wants.
Qt (already a dependency) draws the SVG, so no image tool has to be installed on the build host.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

#: (file name in an .iconset, pixel size), as iconutil expects them.
ICONSET = tuple(
    (f"icon_{s}x{s}{suffix}.png", s * scale)
    for s in (16, 32, 128, 256, 512)
    for suffix, scale in (("", 1), ("@2x", 2))
)


def svg_path() -> Path:
    """The icon, where the package keeps it (the same file the window and Linux packages use)."""
    from hygiene_app.resources import ICONS_DIR

    return ICONS_DIR / "hygiene-app.svg"


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in {"ico", "iconset"}:
        print("usage: render_icon.py ico OUT.ico | iconset OUT.iconset", file=sys.stderr)
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt  # noqa: TID251 - a build tool, not the engine
    from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: TID251
    from PySide6.QtSvg import QSvgRenderer  # noqa: TID251

    _app = QGuiApplication([])
    renderer = QSvgRenderer(str(svg_path()))
    if not renderer.isValid():
        print(f"cannot read {svg_path()}", file=sys.stderr)
        return 1

    def draw(size: int) -> QImage:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        return image

    out = Path(argv[1])
    out.parent.mkdir(parents=True, exist_ok=True)
    if argv[0] == "ico":
        ok = draw(256).save(str(out), "ICO")
    else:
        out.mkdir(exist_ok=True)
        ok = all(draw(size).save(str(out / name), "PNG") for name, size in ICONSET)
    if not ok:
        print(f"could not write {out}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
