"""Renders the app's SVG icon into the hicolor PNG sizes the Linux packages install.

Desktops that cannot draw SVG (and the menus of some) pick a PNG of the nearest size; the SVG
itself goes into `scalable/apps/`. Qt draws it, so the build needs no other image tool.
`python render_icons.py SVG ICONS_ROOT NAME` writes ICONS_ROOT/<n>x<n>/apps/NAME.png and
ICONS_ROOT/scalable/apps/NAME.svg.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: TID251 - build tooling, not the engine
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: TID251 - build tooling, not the engine
from PySide6.QtSvg import QSvgRenderer  # noqa: TID251 - build tooling, not the engine

SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(svg: Path, root: Path, name: str) -> list[Path]:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: {svg} is not a valid SVG")
    written = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        out = root / f"{size}x{size}" / "apps" / f"{name}.png"
        out.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(out), "PNG"):
            raise SystemExit(f"render_icons: could not write {out}")
        written.append(out)
    scalable = root / "scalable" / "apps" / f"{name}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)
    written.append(scalable)
    return written


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print("usage: render_icons.py SVG ICONS_ROOT NAME", file=sys.stderr)
        return 2
    app = QGuiApplication([])  # QImage and QPainter need one; nothing is shown
    render(Path(argv[0]), Path(argv[1]), argv[2])
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
