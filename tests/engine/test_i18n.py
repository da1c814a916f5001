"""Engine text keeps its marked template and arguments, so the UI can translate it."""

import ast
import copy
import pickle
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hygiene_app.engine.i18n import N_, Text, as_text, fmt, fmt_plural, joined, render

PACKAGES = ("engine", "checks", "services")
ROOT = Path(__file__).resolve().parents[2] / "hygiene_app"


def brackets(source: str, n: int | None) -> str:
    return f"[{source}]"


def preformatted_calls(tree: ast.AST) -> list[int]:
    """Lines of `N_(...).format(...)` / `N_plural(...).format(...)`, however the call is split."""
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "format"
        and isinstance(node.func.value, ast.Call)
        and isinstance(node.func.value.func, ast.Name)
        and node.func.value.func.id in ("N_", "N_plural")
    ]


def test_no_marked_string_is_formatted_in_english_before_the_ui_sees_it() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{line}"
        for package in PACKAGES
        for path in sorted((ROOT / package).rglob("*.py"))
        for line in preformatted_calls(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert found == [], "use fmt(N_(...), ...) / fmt_plural(...) instead of .format()"


def test_the_scan_sees_a_call_split_over_lines() -> None:
    source = 'x = N_(\n    "a {b}"\n).format(\n    b=1\n)\ny = N_plural("a", "b", 2).format()\n'
    assert preformatted_calls(ast.parse(source)) == [1, 6]


def test_text_is_the_english_string_and_keeps_template_and_args() -> None:
    inner = fmt(N_("network {name}"), name="Cafe")
    text = fmt(N_("Firewall is off for {where}"), where=inner)
    assert text == "Firewall is off for network Cafe"
    assert isinstance(text, str)
    assert text.template == "Firewall is off for {where}"
    assert text.args["where"] is inner
    assert render(text, brackets) == "[Firewall is off for [network Cafe]]"


def test_plural_text_carries_its_count_for_the_translator() -> None:
    text = fmt_plural("{n} day", "{n} days", 3, n=3)
    assert (text, text.template, text.n) == ("3 days", "{n} days", 3)
    seen: list[int | None] = []
    render(text, lambda source, n, plural=None: seen.append(n) or source)
    assert seen == [3]


@dataclass(frozen=True)
class Holder:
    text: str


def test_frozen_dataclasses_holding_text_compare_and_hash_as_the_english() -> None:
    a, b = Holder(fmt(N_("{n} updates"), n=2)), Holder("2 updates")
    assert a == b and hash(a) == hash(b)
    assert len({a, b}) == 1


def test_text_survives_copy_and_pickle_with_its_template() -> None:
    text = joined(fmt(N_("Seen {n} times"), n=3), N_("Change it."))
    pickled = pickle.loads(pickle.dumps(text))  # noqa: S301 - our own bytes
    for again in (copy.deepcopy(text), pickled):
        assert again == text and isinstance(again, Text)
        assert render(again, brackets) == render(text, brackets)


def test_joined_sentences_are_translated_one_by_one() -> None:
    text = joined(fmt(N_("Turn it on for: {names}."), names="Mail"), N_("E-mail comes first."))
    assert text == "Turn it on for: Mail. E-mail comes first."
    assert render(text, lambda s, n: s if "part" in s else f"<{s}>") == (
        "<Turn it on for: Mail.> <E-mail comes first.>"
    )
    assert joined("a", "b", sep="; ") == "a; b"


@pytest.mark.parametrize(
    "translation",
    ["Pare-feu désactivé", "Pare-feu {unknown}", "Pare-feu {where", "Pare-feu {where!z}", "{0}"],
)
def test_a_translation_with_wrong_placeholders_falls_back_to_english(translation: str) -> None:
    text = fmt(N_("Firewall is off for {where}"), where="Public")
    assert render(text, lambda source, n: translation) == "Firewall is off for Public"


@given(st.text(), st.text())
def test_data_with_braces_is_never_formatted_twice(value: str, plain: str) -> None:
    text = joined(fmt(N_("Wi-Fi {name}"), name=value), plain)
    assert text == f"Wi-Fi {value} {plain}"
    assert render(text, lambda source, n: source) == str(text)
    assert as_text(plain) == plain
