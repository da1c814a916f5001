"""The translation marker for engine strings, and text that can still be translated once formatted.

The engine cannot import Qt, so it marks user-facing text with `N_`, a no-op at run time. Qt's
`lupdate` collects these strings when told `-tr-function-alias QT_TR_NOOP+=N_` (`make i18n`),
filing them under the empty context, and the UI translates them at display time with it.

A marked template must not be formatted in English before the UI sees it, or no catalog entry could
ever match ("Firewall is on (ufw)" is not in any catalog; "Firewall is on ({names})" is). `fmt`
returns a `Text`: it *is* the English sentence (so reports, the CLI and comparisons are unchanged),
and it also keeps the template and the arguments, so the UI can translate the template and then
fill in the (translated) arguments.
"""

from collections.abc import Callable, Mapping
from string import Formatter
from types import MappingProxyType
from typing import Any

TRANSLATION_CONTEXT = ""

# How `render` asks for one translation: (source, n) -> translated source.
Translate = Callable[[str, int | None], str]


def N_(text: str) -> str:
    """Mark `text` for translation; return it unchanged."""
    return text


def N_plural(singular: str, plural: str, n: int) -> str:
    """Pick the English singular or plural form; both are marked for translation, and the UI's
    translator chooses the target language's form for `n`."""
    return singular if n == 1 else plural


class Text(str):
    """An English sentence formatted from a marked template, still carrying that template.

    Equal to, and hashing as, its English string, so frozen dataclasses holding it compare as
    before. Concatenating it gives a plain `str` (the template is lost): build one template with
    every part as an argument instead.
    """

    template: str
    args: Mapping[str, object]
    n: int | None

    literal: bool

    def __new__(
        cls,
        template: str,
        args: Mapping[str, object],
        n: int | None = None,
        *,
        literal: bool = False,
    ) -> "Text":
        english = template if literal else template.format(**args)
        text = super().__new__(cls, english)
        text.template = template
        text.args = MappingProxyType({} if literal else dict(args))
        text.n = n
        text.literal = literal
        return text

    def __reduce__(self) -> tuple[Any, ...]:
        """Copy and pickle with the template and arguments, not just the English string."""
        return (_rebuild, (self.template, dict(self.args), self.n, self.literal))

    def __repr__(self) -> str:
        return f"Text({self.template!r}, {dict(self.args)!r})"


def _rebuild(template: str, args: Mapping[str, object], n: int | None, literal: bool) -> Text:
    return Text(template, args, n, literal=literal)


def as_text(text: str) -> Text:
    """`text` as a `Text`: a plain string (already English, maybe marked with `N_`) is translated
    whole, as the UI did before `Text` existed, and never formatted."""
    return text if isinstance(text, Text) else Text(str(text), {}, literal=True)


def joined(*parts: str, sep: str = " ") -> Text:
    """`parts` (sentences or clauses) one after another, each still translatable on its own;
    use this instead of `+` or `str.join`, which give a plain `str` and lose the templates."""
    escaped = sep.replace("{", "{{").replace("}", "}}")
    template = escaped.join(f"{{part{i}}}" for i in range(len(parts)))
    return Text(template, {f"part{i}": as_text(part) for i, part in enumerate(parts)})


def fmt(template: str, /, **args: object) -> Text:
    """`template` (marked with `N_`) filled with `args`, translatable later; see `Text`."""
    return Text(template, args)


def fmt_plural(singular: str, plural: str, n: int, /, **args: object) -> Text:
    """The English form for `n` filled with `args`; the UI's translator picks its own form for
    `n`. Pass `n` in `args` too when the template shows it."""
    return Text(N_plural(singular, plural, n), args, n)


def placeholders(template: str) -> frozenset[str]:
    """The names of the format fields of `template` ("{n:,}" gives "n"); raises ValueError on a
    malformed template."""
    names: set[str] = set()
    for _literal, field, _spec, _conversion in Formatter().parse(template):
        if field is not None:
            names.add(field.split(".")[0].split("[")[0])
    return frozenset(names)


def render(text: str, translate: Translate) -> str:
    """`text` in the user's language through `translate(template, n)`, arguments translated the
    same way when they are `Text`; a translation whose placeholders differ from the template's
    (or that cannot be formatted) falls back to the English text, never an exception."""
    if not isinstance(text, Text):
        return translate(str(text), None)
    translated = translate(text.template, text.n)
    if text.literal:
        return translated
    args = {
        name: render(value, translate) if isinstance(value, Text) else value
        for name, value in text.args.items()
    }
    try:
        if placeholders(translated) != placeholders(text.template):
            return str(text)
        return translated.format(**args)
    except (ValueError, KeyError, IndexError, AttributeError, TypeError):
        return str(text)
