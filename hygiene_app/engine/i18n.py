"""The translation marker for engine strings.

The engine cannot import Qt, so it marks user-facing text with `N_`, a no-op at run time. Qt's
`lupdate` collects these strings when told `-tr-function-alias QT_TR_NOOP+=N_`, and the UI
translates them at display time with the context below.
"""

TRANSLATION_CONTEXT = "hygiene"


def N_(text: str) -> str:
    """Mark `text` for translation; return it unchanged."""
    return text
