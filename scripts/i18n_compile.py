"""Compile the translations into the `.mo` files the app reads (the build runs this: `make`,
`packaging/linux/build.sh`, the Windows and macOS recipes; the `.mo` files are never committed).

For each `hygiene_app/locale/<lang>.po`: `hygiene_app/locale/<lang>/LC_MESSAGES/hygiene_app.mo`.
Also the two pseudo-locales, generated from the template `hygiene_app.pot`, for testing layouts:
`en-XA` (every message accented, 40% longer and in brackets: text cut off or built in English
in code shows at once) and `ar-XB` (every word mirrored between right-to-left marks: the app
lays itself out right to left). Placeholders, Qt's `%n`/`%1`, markup and addresses are kept.

    python scripts/i18n_compile.py [--locale-dir DIR] [--no-pseudo]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "hygiene_app" / "locale"
DOMAIN = "hygiene_app"

#: What a pseudo-translation keeps as it is: format fields, Qt's arguments, markup, entities,
#: addresses, and `&` mnemonics' letters stay pressable.
_KEEP = re.compile(
    r"\{\{|\}\}|\{[^{}]*\}|%n|%L?\d+|%\(\w+\)[sdr]|%[sdr%]|<[^<>]+>|&[a-z]+;|&&"
    r"|https?://\S+|\S+@\S+"
)
_ACCENTS = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "áƀçđéƒğĥíĵķĺɱñóƥqŕšţúṽŵẋýžÅƁÇĐÉƑĞĤÍĴĶĹṀÑÓƤQŔŠŢÚṼŴẊÝŽ",
)
_PAD = "~ one two three four five six seven eight nine ten"
RLE, PDF, RLM, RLO = "\u202b", "\u202c", "\u200f", "\u202e"


def _pieces(text: str) -> list[tuple[bool, str]]:
    """`text` as (kept, piece) pairs: kept pieces must not be changed."""
    out: list[tuple[bool, str]] = []
    last = 0
    for match in _KEEP.finditer(text):
        if match.start() > last:
            out.append((False, text[last : match.start()]))
        out.append((True, match.group()))
        last = match.end()
    if last < len(text):
        out.append((False, text[last:]))
    return out


def pseudo_long(text: str) -> str:
    """en-XA: accented, about 40% longer, in brackets; placeholders intact."""
    if not text:
        return text
    body = "".join(p if kept else p.translate(_ACCENTS) for kept, p in _pieces(text))
    extra = max(1, round(len(text) * 0.4) - 2)
    padding = (_PAD * (extra // len(_PAD) + 1))[:extra].translate(_ACCENTS)
    return f"[{body} {padding.strip() or '~'}]"


def pseudo_rtl(text: str) -> str:
    """ar-XB: each word shown mirrored (right-to-left override), the whole right-to-left
    (RLM + embedding); placeholders intact, so filled-in data still reads."""
    if not text:
        return text
    words = []
    for kept, piece in _pieces(text):
        if kept:
            words.append(piece)
        else:
            words.append(re.sub(r"[^\W\d_]+", lambda m: f"{RLO}{m.group()}{PDF}", piece))
    return f"{RLM}{RLE}{''.join(words)}{PDF}"


def pseudo_catalog(template: Catalog, language: str, change: Callable[[str], str]) -> Catalog:
    """`template` with every message translated by `change`."""
    # English plural rules for both: two forms, as the template has.
    catalog = Catalog(locale="en", domain=DOMAIN, fuzzy=False)
    catalog.language_team = language
    for message in template:
        if not message.id:
            continue
        if isinstance(message.id, tuple | list):
            singular, plural = message.id
            catalog.add(message.id, (change(singular), change(plural)))
        else:
            catalog.add(message.id, change(message.id))
    return catalog


def read(path: Path, locale: str | None = None) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle, locale=locale, domain=DOMAIN)


def write(catalog: Catalog, language: str, locale_dir: Path) -> Path:
    target = locale_dir / language.replace("-", "_") / "LC_MESSAGES" / f"{DOMAIN}.mo"
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("wb") as handle:
        write_mo(handle, catalog, use_fuzzy=False)
    return target


def compile_all(
    source_dir: Path = LOCALE, locale_dir: Path | None = None, *, pseudo: bool = True
) -> list[Path]:
    """Compile every `<lang>.po` of `source_dir` (and the pseudo-locales from its template)
    into `locale_dir` (default: `source_dir`); the written files."""
    locale_dir = locale_dir or source_dir
    written = []
    for po in sorted(source_dir.glob("*.po")):
        written.append(write(read(po, po.stem), po.stem, locale_dir))
    template = source_dir / f"{DOMAIN}.pot"
    if pseudo and template.exists():
        base = read(template)
        written.append(write(pseudo_catalog(base, "en-XA", pseudo_long), "en-XA", locale_dir))
        written.append(write(pseudo_catalog(base, "ar-XB", pseudo_rtl), "ar-XB", locale_dir))
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source-dir", type=Path, default=LOCALE)
    parser.add_argument("--locale-dir", type=Path, default=None)
    parser.add_argument("--no-pseudo", action="store_true")
    options = parser.parse_args(argv)
    for path in compile_all(options.source_dir, options.locale_dir, pseudo=not options.no_pseudo):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
