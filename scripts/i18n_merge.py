"""Merge translators' part files into one language's catalog, in the template's order.

    python scripts/i18n_merge.py out/de-1.po out/de-2.po -o hygiene_app/locale/de.po

Every message of `hygiene_app/locale/hygiene_app.pot` is written once, translated from the
first part that translates it (or left empty); the language and its gettext plural rule come
from the parts' header (else from the output's name). It prints which template messages are
still untranslated and which translated messages are no longer in the template (a source that
changed since: translate them again), and exits 1 if any message is untranslated.
"""

from __future__ import annotations

import argparse
import re
import sys
from io import BytesIO
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = ROOT / "hygiene_app" / "locale" / "hygiene_app.pot"
#: gettext's classic plural rules (what translators and msgfmt expect), by language.
PLURAL_FORMS = {
    "de": "nplurals=2; plural=(n != 1);",
    "es": "nplurals=2; plural=(n != 1);",
    "fr": "nplurals=2; plural=(n > 1);",
}


#: A real %-format field (`%s`, `%(name)d`), as scripts/i18n_extract.py flags it.
_PERCENT_FORMAT = re.compile(r"%(\([A-Za-z_]\w*\))?[sdrif]")


def _key(message: Message) -> object:
    return message.id if isinstance(message.id, str) else tuple(message.id)


def _translated(message: Message) -> bool:
    if isinstance(message.string, str):
        return bool(message.string)
    return bool(message.string) and all(message.string)


def merge(template: Path, parts: list[Path], language: str) -> tuple[Catalog, list[str], list[str]]:
    """The merged catalog, the template messages still untranslated, and the translated
    messages the template no longer has."""
    found: dict[object, Message] = {}
    plural_forms = PLURAL_FORMS.get(language, "nplurals=2; plural=(n != 1);")
    for part in parts:
        with part.open("rb") as handle:
            catalog = read_po(handle, locale=language)
        for key, value in catalog.mime_headers:
            if key.lower() == "plural-forms" and value.strip():
                plural_forms = value.strip()
        for message in catalog:
            if message.id and _translated(message) and "fuzzy" not in message.flags:
                found.setdefault(_key(message), message)
    with template.open("rb") as handle:
        source = read_po(handle)
    merged = Catalog(locale=language, domain="hygiene_app", project="Hygiene Checkup", fuzzy=False)
    merged.mime_headers = [("Language", language), ("Plural-Forms", plural_forms)]
    missing: list[str] = []
    wanted = set()
    for message in source:
        if not message.id:
            continue
        key = _key(message)
        wanted.add(key)
        translation = found.get(key)
        if translation is None:
            missing.append(message.id if isinstance(message.id, str) else message.id[0])
            empty = "" if isinstance(message.id, str) else ("",) * merged.num_plurals
            added = merged.add(message.id, empty, flags=message.flags)
        else:
            added = merged.add(message.id, translation.string, flags=message.flags)
        text = message.id if isinstance(message.id, str) else "".join(message.id)
        if added is not None and not _PERCENT_FORMAT.search(text):
            added.flags.discard("python-format")  # Babel's guess from a "%": see i18n_extract
    stale = [str(k if isinstance(k, str) else k[0]) for k in found if k not in wanted]  # type: ignore[index]
    return merged, missing, stale


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("parts", nargs="+", type=Path)
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--template", type=Path, default=TEMPLATE)
    parser.add_argument("--lang", help="the language (default: the output's name, de.po: de)")
    options = parser.parse_args(argv)
    language = options.lang or options.output.stem
    merged, missing, stale = merge(options.template, options.parts, language)
    out = BytesIO()
    write_po(out, merged, width=0, no_location=True, sort_output=False)
    lines = [
        line
        for line in out.getvalue().decode("utf-8").splitlines()
        if not line.startswith(('"POT-Creation-Date:', '"PO-Revision-Date:', '"Generated-By:'))
    ]
    options.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    for text in missing:
        print(f"missing: {text[:100]}")
    for text in stale:
        print(f"not in the template (source changed?): {text[:100]}")
    total = len(merged) - 1 if len(merged) else 0
    print(f"{options.output}: {total - len(missing)}/{total} translated, {len(stale)} stale")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
