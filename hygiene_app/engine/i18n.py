"""The translation marker for engine strings.

The engine cannot import Qt, so it marks user-facing text with `N_`, a no-op at run time. Qt's
`lupdate` collects these strings when told `-tr-function-alias QT_TR_NOOP+=N_` (`make i18n`),
filing them under the empty context, and the UI translates them at display time with it.
"""

TRANSLATION_CONTEXT = ""


def N_(text: str) -> str:
    """Mark `text` for translation; return it unchanged."""
    return text


def N_plural(singular: str, plural: str, n: int) -> str:
    """Pick the English singular or plural form; both are marked for translation, and the UI's
    translator chooses the target language's form for `n`."""
    return singular if n == 1 else plural
