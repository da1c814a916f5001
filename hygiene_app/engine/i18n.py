"""The translation marker for engine strings, and text that can still be translated once formatted.

The engine cannot import Qt, so it marks user-facing text with `N_`, a no-op at run time.
`make i18n` (`scripts/i18n_extract.py`) collects these strings into the gettext template
`hygiene_app/locale/hygiene_app.pot`, and `render` translates them at display time through a
`Translate` (`engine.catalog.Catalog.translate`; the GUI's `QTranslator` answers from the same
catalog). Plurals (`fmt_plural`, `N_plural`) are one msgid/msgid_plural message, looked up with
the singular, the English plural and the count.

A marked template must not be formatted in English before the UI sees it, or no catalog entry could
ever match ("Firewall is on (ufw)" is not in any catalog; "Firewall is on ({names})" is). `fmt`
returns a `Text`: it *is* the English sentence (so reports, the CLI and comparisons are unchanged),
and it also keeps the template and the arguments, so the UI can translate the template and then
fill in the (translated) arguments.
"""

from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from string import Formatter
from types import MappingProxyType
from typing import Any, Protocol

#: The Qt context engine text is looked up in; contexts are not used by the catalog (one
#: translation per English text), so any context finds the same translation.
TRANSLATION_CONTEXT = ""


class Translate(Protocol):
    """How `render` asks for one translation: (source, n) -> translated source. For a plural,
    `source` is the singular and `plural` the English plural (the message's disambiguation in
    the catalog); an untranslated plural comes back as `source`."""

    def __call__(self, source: str, n: int | None, plural: str | None = None, /) -> str: ...


def N_(text: str) -> str:
    """Mark `text` for translation; return it unchanged, as a `Text` translated whole, so it is
    translated also when it is an argument of another text (`fmt(..., state=N_("on"))`)."""
    return Text(text, {}, literal=True)


def N_plural(singular: str, plural: str, n: int) -> str:
    """Pick the English singular or plural form; both are marked for translation, and the UI's
    translator chooses the target language's form for `n`."""
    return Text(singular if n == 1 else plural, {}, n, literal=True, forms=(singular, plural))


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
    #: (singular, plural) of a plural text, the catalog's key; `template` is the one for `n`.
    forms: tuple[str, str] | None

    def __new__(
        cls,
        template: str,
        args: Mapping[str, object],
        n: int | None = None,
        *,
        literal: bool = False,
        forms: tuple[str, str] | None = None,
    ) -> "Text":
        english = template if literal else template.format(**args)
        text = super().__new__(cls, english)
        text.template = template
        text.args = MappingProxyType({} if literal else dict(args))
        text.n = n
        text.literal = literal
        text.forms = forms
        return text

    def __reduce__(self) -> tuple[Any, ...]:
        """Copy and pickle with the template and arguments, not just the English string."""
        return (_rebuild, (self.template, dict(self.args), self.n, self.literal, self.forms))

    def __repr__(self) -> str:
        if self.literal:  # a marked string: shown as the string it is
            return str.__repr__(self)
        return f"Text({self.template!r}, {dict(self.args)!r})"


def _rebuild(
    template: str,
    args: Mapping[str, object],
    n: int | None,
    literal: bool,
    forms: tuple[str, str] | None = None,
) -> Text:
    return Text(template, args, n, literal=literal, forms=forms)


def as_text(text: str) -> Text:
    """`text` as a `Text`: a plain string (already English, maybe marked with `N_`) is translated
    whole, as the UI did before `Text` existed, and never formatted."""
    return text if isinstance(text, Text) else Text(str(text), {}, literal=True)


def as_sentence(text: str) -> str:
    """`text` as a sentence that reads on its own: spaces collapsed, its first letter capitalised
    (unless it starts with a name such as 'apt' or wlp2s0) and a full stop at the end."""
    text = " ".join(text.split())
    if not text:
        return text
    if text.split()[0].isalpha():
        text = text[0].upper() + text[1:]
    if not text.endswith((".", "!", "?", "\u3002")):
        text += "."
    return text


class Sentence(Text):
    """A clause ("the firewall rules cannot be read") shown as a sentence (see `as_sentence`).

    Capitalising the English would give a string no catalog holds, so the clause keeps its own
    template and arguments and is made a sentence after translation, in the reader's language.
    """

    def __new__(cls, clause: str) -> "Sentence":
        inner = as_text(clause)
        text = str.__new__(cls, as_sentence(inner))
        text.template = "{clause}"
        text.args = MappingProxyType({"clause": inner})
        text.n = None
        text.literal = False
        text.forms = None
        return text

    def __reduce__(self) -> tuple[Any, ...]:
        return (Sentence, (self.args["clause"],))


def joined(*parts: str, sep: str = " ") -> Text:
    """`parts` (sentences or clauses) one after another, each still translatable on its own;
    use this instead of `+` or `str.join`, which give a plain `str` and lose the templates."""
    escaped = sep.replace("{", "{{").replace("}", "}}")
    template = escaped.join(f"{{part{i}}}" for i in range(len(parts)))
    return Text(template, {f"part{i}": as_text(part) for i, part in enumerate(parts)})


def and_joined(items: Sequence[str]) -> Text:
    """'a, b and c': `items` (names, or clauses that are `Text`) with commas and a translatable
    "and" before the last, each item still translatable on its own (see `joined`)."""
    if len(items) < 2:
        return joined(*items)
    return fmt(
        N_("{names} and {last}"), names=joined(*items[:-1], sep=", "), last=as_text(items[-1])
    )


def fmt(template: str, /, **args: object) -> Text:
    """`template` (marked with `N_`) filled with `args`, translatable later; see `Text`."""
    return Text(template, args)


def fmt_plural(singular: str, plural: str, n: int, /, **args: object) -> Text:
    """The English form for `n` filled with `args`; the UI's translator picks its own form for
    `n`. Pass `n` in `args` too when the template shows it."""
    return Text(singular if n == 1 else plural, args, n, forms=(singular, plural))


class Number(str):
    """A number in a text, shown in the reader's locale ("2,5" in German): `render` formats it
    with the catalog's number format; as a string it is the English ("2.5", "1,024")."""

    value: float
    decimals: int

    def __new__(cls, value: float, decimals: int = 0) -> "Number":
        number = super().__new__(cls, f"{value:,.{decimals}f}")
        number.value = value
        number.decimals = decimals
        return number

    def __reduce__(self) -> tuple[Any, ...]:
        return (Number, (self.value, self.decimals))


#: How `render` writes a `Number` in the reader's language: (value, decimals) -> text.
FormatNumber = Callable[[float, int], str]


class Date(str):
    """A day (`with_time`: a moment) in a text, shown in the reader's locale ("10.06.2026",
    "10 juin 2026"): `render` formats it with its date formatter (Babel in the CLI, QLocale in
    the app). As a string it is the English the app always wrote: "2026-06-10" (short),
    "2026-06-10 14:02" (with the time), "10 June 2026" (long). A date in JSON or evidence is
    data and stays ISO: this is only for text a person reads."""

    moment: datetime
    long: bool
    with_time: bool

    def __new__(
        cls, moment: datetime | date, *, long: bool = False, with_time: bool = False
    ) -> "Date":
        if not isinstance(moment, datetime):
            moment = datetime(moment.year, moment.month, moment.day)
        if long:
            english = f"{moment.day} {_ENGLISH_MONTHS[moment.month - 1]} {moment.year}"
        else:
            english = moment.strftime("%Y-%m-%d %H:%M" if with_time else "%Y-%m-%d")
        value = super().__new__(cls, english)
        value.moment, value.long, value.with_time = moment, long, with_time
        return value

    def __reduce__(self) -> tuple[Any, ...]:
        return (_date, (self.moment, self.long, self.with_time))


def _date(moment: datetime, long: bool, with_time: bool) -> Date:
    return Date(moment, long=long, with_time=with_time)


#: How `render` writes a `Date` in the reader's language.
FormatDate = Callable[[Date], str]

_ENGLISH_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip


def long_date(day: date) -> Date:
    """ "14 October 2025" in English, the reader's own long date elsewhere ("14. Oktober 2025")."""
    return Date(day, long=True)


def placeholders(template: str) -> frozenset[str]:
    """The names of the format fields of `template` ("{n:,}" gives "n"); raises ValueError on a
    malformed template."""
    names: set[str] = set()
    for _literal, field, _spec, _conversion in Formatter().parse(template):
        if field is not None:
            names.add(field.split(".")[0].split("[")[0])
    return frozenset(names)


def render(
    text: str,
    translate: Translate,
    number: FormatNumber | None = None,
    when: FormatDate | None = None,
) -> str:
    """`text` in the user's language through `translate(template, n)` (a plural through
    `translate(singular, n, plural)`), arguments translated the same way when they are `Text`; a
    translation whose placeholders differ from the template's (or that cannot be formatted) falls
    back to the English text, never an exception. A plural form may leave out a placeholder the
    English has ("one file" for {n} == 1), never add one."""
    if isinstance(text, Date):
        return when(text) if when is not None else str(text)
    if not isinstance(text, Text):
        return translate(str(text), None)
    if isinstance(text, Sentence):
        clause = text.args["clause"]
        return as_sentence(
            render(clause if isinstance(clause, str) else str(clause), translate, number, when)
        )
    translated = _lookup(text, translate)
    if text.literal:
        return translated
    args = {name: _argument(value, translate, number, when) for name, value in text.args.items()}
    try:
        wanted = placeholders(translated)
        if text.forms is None and wanted != placeholders(text.template):
            return str(text)
        if text.forms is not None and not wanted <= placeholders("".join(text.forms)):
            return str(text)
        return translated.format(**args)
    except (ValueError, KeyError, IndexError, AttributeError, TypeError):
        return str(text)


def _argument(
    value: object, translate: Translate, number: FormatNumber | None, when: FormatDate | None
) -> object:
    """An argument in the reader's language: a `Text` translated, a `Number` in their digits,
    a `Date` in their calendar's words."""
    if isinstance(value, Text):
        return render(value, translate, number, when)
    if isinstance(value, Date) and when is not None:
        return when(value)
    if isinstance(value, Number) and number is not None:
        return number(value.value, value.decimals)
    return value


def _lookup(text: Text, translate: Translate) -> str:
    """The translated template of `text`; a plural is looked up by its singular and plural (as
    `make i18n` files it) and, untranslated, is the English form for its count."""
    if text.forms is None:
        return translate(text.template, text.n)
    singular, plural = text.forms
    translated = translate(singular, text.n, plural)
    return text.template if translated == singular else translated
