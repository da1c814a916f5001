"""How hard a password is to guess, by zxcvbn, for any text of any length.

zxcvbn 4.5.0 refuses passwords longer than 72 characters (and its cost grows with the square of
the length), so a longer password is rated on its first `ZXCVBN_LIMIT` characters and the result
says so: adding characters never makes a password easier to guess, so the prefix's score is a
floor for the whole.

Nothing here keeps the password: `Strength` holds only the verdict.
"""

from __future__ import annotations

import random
import re
import string
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from hygiene_app.engine.i18n import N_, fmt, fmt_plural

#: zxcvbn 4.5.0 raises above 72 characters.
ZXCVBN_LIMIT = 72

LABELS = {
    0: N_("Very weak"),
    1: N_("Weak"),
    2: N_("Fair"),
    3: N_("Strong"),
    4: N_("Very strong"),
}

#: zxcvbn's own feedback texts, marked here so the UI can translate them at display time.
ZXCVBN_TEXTS = (
    N_("Use a few words, avoid common phrases."),
    N_("No need for symbols, digits, or uppercase letters."),
    N_("Add another word or two. Uncommon words are better."),
    N_("Straight rows of keys are easy to guess."),
    N_("Short keyboard patterns are easy to guess."),
    N_("Use a longer keyboard pattern with more turns."),
    N_('Repeats like "aaa" are easy to guess.'),
    N_('Repeats like "abcabcabc" are only slightly harder to guess than "abc".'),
    N_("Avoid repeated words and characters."),
    N_('Sequences like "abc" or "6543" are easy to guess.'),
    N_("Avoid sequences."),
    N_("Recent years are easy to guess."),
    N_("Avoid recent years."),
    N_("Avoid years that are associated with you."),
    N_("Dates are often easy to guess."),
    N_("Avoid dates and years that are associated with you."),
    N_("This is a top-10 common password."),
    N_("This is a top-100 common password."),
    N_("This is a very common password."),
    N_("This is similar to a commonly used password."),
    N_("A word by itself is easy to guess."),
    N_("Names and surnames by themselves are easy to guess."),
    N_("Common names and surnames are easy to guess."),
    N_("Capitalization doesn't help very much."),
    N_("All-uppercase is almost as easy to guess as all-lowercase."),
    N_("Reversed words aren't much harder to guess."),
    N_("Predictable substitutions like '@' instead of 'a' don't help very much."),
)

EMPTY_SUGGESTION = N_(
    "Type a password to rate it. A good one is long: four or more unrelated words, or a "
    "password manager's random password."
)
TRUNCATED_NOTE = N_(
    "Rated on its first {limit} characters: the whole password is at least this strong."
)
FAILED_WARNING = N_("This password could not be rated.")
_INSTANT = N_("less than a second")

#: zxcvbn's display units (its `display_time`): a month is 31 days, a year 12 such months.
_MINUTE, _HOUR, _DAY = 60, 3600, 86400
_MONTH = 31 * _DAY
_YEAR = 12 * _MONTH
_CENTURY = 100 * _YEAR


def crack_time_words(seconds: float) -> str:
    """zxcvbn's guessing time as our own translatable words: the English reads exactly as
    zxcvbn's `crack_times_display` ("3 hours", "centuries"), which no catalog could translate."""
    if seconds < 1:
        return _INSTANT
    if seconds < _MINUTE:
        n = round(seconds)
        return fmt_plural("{n} second", "{n} seconds", n, n=n)
    if seconds < _HOUR:
        n = round(seconds / _MINUTE)
        return fmt_plural("{n} minute", "{n} minutes", n, n=n)
    if seconds < _DAY:
        n = round(seconds / _HOUR)
        return fmt_plural("{n} hour", "{n} hours", n, n=n)
    if seconds < _MONTH:
        n = round(seconds / _DAY)
        return fmt_plural("{n} day", "{n} days", n, n=n)
    if seconds < _YEAR:
        n = round(seconds / _MONTH)
        return fmt_plural("{n} month", "{n} months", n, n=n)
    if seconds < _CENTURY:
        n = round(seconds / _YEAR)
        return fmt_plural("{n} year", "{n} years", n, n=n)
    return N_("centuries")


#: zxcvbn keeps the user inputs in a module-level dictionary: one evaluation at a time.
_LOCK = threading.Lock()
#: A hint longer than this is not a name or an e-mail address.
_MAX_HINT = 100
_HINT_SPLIT = re.compile(r"[\s._+\-@]+")


@dataclass(frozen=True, slots=True)
class Strength:
    score: int
    label: str
    #: zxcvbn's crack time against an online attack throttled to 100 guesses an hour.
    crack_online: str
    #: zxcvbn's crack time against a stolen database with a slow hash (10,000 guesses a second).
    crack_offline: str
    warning: str
    suggestions: tuple[str, ...]
    #: Characters in the whole input.
    length: int
    #: Only the first ZXCVBN_LIMIT characters were evaluated.
    truncated: bool

    @property
    def weak(self) -> bool:
        """Score 2 or less: what the vault audit reports as weak."""
        return self.score <= 2


def hints(values: Sequence[str]) -> tuple[str, ...]:
    """The words zxcvbn should treat as guessable for this user: each value, and for an e-mail
    address its local part and the words of its domain, and the words of a name or site."""
    found: dict[str, None] = {}

    def words(text: str) -> None:
        for word in _HINT_SPLIT.split(text):
            if len(word) >= 3:
                found[word] = None

    for value in values:
        if not isinstance(value, str):
            continue
        value = value.strip().lower()[:_MAX_HINT]
        if not value:
            continue
        found[value] = None
        if "://" in value:
            value = value.split("://", 1)[1].split("/", 1)[0]
            found[value] = None
        if "@" in value or ("." in value and not any(c.isspace() for c in value)):
            local, _, domain = value.rpartition("@")
            if local:
                found[local] = None
                words(local)
            labels = [p for p in domain.split(".") if p]
            # The top-level domain ("com", "org") and "www" say nothing about this user.
            for label in labels[:-1] if len(labels) > 1 else labels:
                if label != "www":
                    words(label)
        else:
            words(value)
    found.pop("", None)
    return tuple(found)


#: Dictionary matching considers at most this many leading characters before giving up on a start.
_PREFIX = 4
#: id(dictionary) -> (the dictionary, its prefixes up to _PREFIX characters, its longest word).
_DICT_INFO: dict[int, tuple[dict[str, int], frozenset[str], int]] = {}
_FAST_MATCHER_FOR = "4.5.0"
_installed = False


def _dict_info(name: str, ranked: dict[str, int]) -> tuple[frozenset[str], int]:
    hit = _DICT_INFO.get(id(ranked))
    if hit is not None and hit[0] is ranked:
        return hit[1], hit[2]
    prefixes = frozenset(w[:k] for w in ranked for k in range(1, min(len(w), _PREFIX) + 1))
    longest = max(map(len, ranked), default=0)
    if name != "user_inputs":  # the frequency lists never change; the user inputs do
        _DICT_INFO[id(ranked)] = (ranked, prefixes, longest)
    return prefixes, longest


def _fast_dictionary_match(
    password: str, _ranked_dictionaries: dict[str, dict[str, int]] | None = None
) -> list[dict[str, Any]]:
    """zxcvbn 4.5.0's `matching.dictionary_match`, same result, without trying every substring
    of the password in every dictionary (O(n^2) lookups each, and l33t matching runs it once
    per substitution: close to a second for some 72-character passwords). A start position is
    abandoned as soon as its first characters begin no word, and no substring longer than the
    dictionary's longest word is looked up."""
    from zxcvbn import matching  # type: ignore[import-untyped]

    dictionaries = _ranked_dictionaries
    if dictionaries is None:
        dictionaries = matching.RANKED_DICTIONARIES
    length = len(password)
    lower = password.lower()
    if len(lower) < length:  # never for str.lower(), but the stock code indexes `lower` by `i`
        return list(_STOCK_DICTIONARY_MATCH(password, dictionaries))
    matches: list[dict[str, Any]] = []
    for name, ranked in dictionaries.items():
        prefixes, longest = _dict_info(name, ranked)
        for i in range(length):
            for j in range(i, min(length, i + longest)):
                word = lower[i : j + 1]
                if j - i < _PREFIX and word not in prefixes:
                    break
                rank = ranked.get(word)
                if rank is not None:
                    matches.append(
                        {
                            "pattern": "dictionary",
                            "i": i,
                            "j": j,
                            "token": password[i : j + 1],
                            "matched_word": word,
                            "rank": rank,
                            "dictionary_name": name,
                            "reversed": False,
                            "l33t": False,
                        }
                    )
    return sorted(matches, key=lambda m: (m["i"], m["j"]))


_STOCK_DICTIONARY_MATCH: Any = None


def _install_fast_matcher() -> None:
    """Swap in `_fast_dictionary_match` for the one zxcvbn version it was checked against."""
    global _installed, _STOCK_DICTIONARY_MATCH
    if _installed:
        return
    _installed = True
    from importlib.metadata import PackageNotFoundError, version

    from zxcvbn import matching

    try:
        if version("zxcvbn") != _FAST_MATCHER_FOR:
            return
    except PackageNotFoundError:
        return
    _STOCK_DICTIONARY_MATCH = matching.dictionary_match
    matching.dictionary_match = _fast_dictionary_match


def warm_up() -> None:
    """Load zxcvbn and index its dictionaries (about half a second): call it off the UI thread
    before the first keystroke."""
    _zxcvbn("warm-up", ())


def _zxcvbn(password: str, user_inputs: Sequence[str]) -> dict[str, Any]:
    from zxcvbn import matching, zxcvbn

    with _LOCK:
        _install_fast_matcher()
        try:
            result: dict[str, Any] = zxcvbn(password, user_inputs=list(user_inputs))
        finally:
            # Do not leave the user's name and the audited usernames in zxcvbn's globals.
            matching.RANKED_DICTIONARIES["user_inputs"] = {}
    return result


def rate(password: str, user_inputs: Sequence[str] = ()) -> Strength:
    """Rate `password`; `user_inputs` are the user's name and e-mail, and in audits the entry's
    username and site (see `hints`). Never raises for any str."""
    if not isinstance(password, str):
        raise TypeError("rate() takes the password as str")
    length = len(password)
    if length == 0:
        return Strength(
            score=0,
            label=LABELS[0],
            crack_online=_INSTANT,
            crack_offline=_INSTANT,
            warning="",
            suggestions=(EMPTY_SUGGESTION,),
            length=0,
            truncated=False,
        )
    truncated = length > ZXCVBN_LIMIT
    evaluated = password[:ZXCVBN_LIMIT] if truncated else password
    try:
        result = _zxcvbn(evaluated, hints(user_inputs))
        score = max(0, min(4, int(result["score"])))
        times = result["crack_times_seconds"]
        online = crack_time_words(float(times["online_throttling_100_per_hour"]))
        offline = crack_time_words(float(times["offline_slow_hashing_1e4_per_second"]))
        feedback = result.get("feedback") or {}
        warning = str(feedback.get("warning") or "")
        suggestions = tuple(str(s) for s in feedback.get("suggestions") or () if s)
    except Exception:  # zxcvbn's messages may quote the password: never show or log them
        score, online, offline = 0, _INSTANT, _INSTANT
        warning, suggestions = FAILED_WARNING, ()
    if truncated:
        suggestions = (fmt(TRUNCATED_NOTE, limit=ZXCVBN_LIMIT), *suggestions)
    return Strength(
        score=score,
        label=LABELS[score],
        crack_online=online,
        crack_offline=offline,
        warning=warning,
        suggestions=suggestions,
        length=length,
        truncated=truncated,
    )


def bench_corpus(seed: int = 4) -> list[str]:
    """Inputs for `make bench`: what people type, as a mix of the common and the hard cases.

    About two thirds typical (common passwords, word+digits, random 8-20 characters), then
    passphrases, Unicode (accents, emoji, RTL, CJK, control characters), and long inputs
    (40-72 characters, and beyond the limit)."""
    rng = random.Random(seed)  # noqa: S311 - a reproducible corpus, not a secret
    words = [
        *("correct", "horse", "battery", "staple", "orange", "river", "mountain", "coffee"),
        *("purple", "tiger", "window", "garden", "silver", "rocket", "planet", "monkey"),
        *("dragon", "summer", "winter", "autumn", "spring", "yellow", "pencil", "candle"),
        *("violin", "harbor", "meadow", "thunder", "basket", "lemon", "falcon"),
    ]
    common = [
        "password",
        "123456",
        "qwerty",
        "letmein",
        "iloveyou",
        "Password1",
        "P@ssw0rd",
        "Summer2024!",
        "monkey123",
        "dragon",
        "abc123",
        "111111",
        "admin",
        "welcome1",
        "Tr0ub4dor&3",
        "qwertyuiop",
    ]
    alphabet = string.ascii_letters + string.digits + "!@#$%^&*()-_=+[]{};:,.?"
    unicode_pool = (
        "éèçàüößñ",
        "🔑🐍🎉😀🌍",
        "שלוםעולם",
        "مرحباسلام",
        "密码安全中文",
        "パスワード",
        "\u200f\u202e\u0000\u0007\t",
        "\uff21\uff22\uff23\uff11\uff12\uff13",  # full-width ABC123
    )
    corpus: list[str] = []
    corpus += common
    for _ in range(40):
        corpus.append(rng.choice(words).capitalize() + str(rng.randint(0, 9999)) + "!")
    for _ in range(60):
        corpus.append("".join(rng.choice(alphabet) for _ in range(rng.randint(8, 20))))
    for _ in range(25):
        corpus.append(" ".join(rng.choice(words) for _ in range(rng.randint(3, 5))))
    for _ in range(20):
        pool = rng.choice(unicode_pool) + string.ascii_lowercase[:6]
        corpus.append("".join(rng.choice(pool) for _ in range(rng.randint(4, 24))))
    for _ in range(10):
        corpus.append("".join(rng.choice(alphabet) for _ in range(rng.randint(40, 72))))
    corpus.append("-".join(rng.choice(words) for _ in range(12)))
    corpus.append("a" * 72)
    corpus.append("ab" * 40)
    corpus.append("".join(rng.choice(alphabet) for _ in range(500)))
    corpus.append("🔑" * 100)
    return corpus
