"""The "Spot the phish" content is sound and fictional, and a run counts and finishes honestly."""

from __future__ import annotations

import ast
import re
from dataclasses import replace
from pathlib import Path
from urllib.parse import urlsplit

from hypothesis import given
from hypothesis import strategies as st

from hygiene_app.services import phish_lesson
from hygiene_app.services.phish_lesson import (
    EXAMPLES,
    REMEMBER,
    Choice,
    Kind,
    LessonRun,
    Point,
    Sign,
    content_problems,
)

SOURCE = Path(phish_lesson.__file__)


def test_the_bundled_content_passes_its_own_validation():
    assert content_problems() == []


def test_about_ten_examples_mixing_phishing_and_genuine_ones_of_every_kind():
    assert 8 <= len(EXAMPLES) <= 12
    phishing = [e for e in EXAMPLES if e.choices[e.right_choice].label == "It is &phishing"]
    genuine = [e for e in EXAMPLES if e.choices[e.right_choice].label == "It is &safe"]
    assert len(phishing) >= 5
    assert len(genuine) >= 3
    assert {e.kind for e in EXAMPLES} == set(Kind)
    # Every sign the lesson promises is taught by at least one example.
    assert {p.sign for e in EXAMPLES for p in e.points} == set(Sign)
    attachments = {e.attachment.rsplit(".", 1)[-1] for e in EXAMPLES if e.attachment}
    assert {"exe", "html"} <= attachments
    assert len(REMEMBER) == 3


def test_every_explanation_names_a_sign_and_there_is_exactly_one_right_answer():
    for example in EXAMPLES:
        assert example.points, example.key
        assert all(isinstance(p.sign, Sign) and p.text for p in example.points)
        assert sum(c.right for c in example.choices) == 1, example.key
        assert example.choices[example.right_choice].right


def _hosts(example: phish_lesson.Example) -> list[str]:
    hosts = [example.sender_address.rsplit("@", 1)[-1]] if "@" in example.sender_address else []
    if example.link is not None:
        hosts.append(urlsplit(example.link.target).hostname or "")
        shown = example.link.shown
        hosts.append(urlsplit(shown if "//" in shown else f"https://{shown}").hostname or "")
    if example.address:
        hosts.append(urlsplit(example.address).hostname or "")
    return [h for h in hosts if "." in h]


def test_every_address_and_number_is_fictional():
    """No real company is shown running a scam, and no link can lead anywhere real."""
    for example in EXAMPLES:
        for host in _hosts(example):
            assert host.endswith(".example"), (example.key, host)
        if example.kind is Kind.SMS:
            # Ofcom's range for drama: 07700 900000 to 900999.
            assert re.fullmatch(r"\+44 7700 900\d{3}", example.sender_address)
    words = " ".join(t for e in EXAMPLES for t in e.translatable())
    for brand in ("PayPal", "Microsoft", "Google", "Apple", "Amazon", "DHL", "Netflix"):
        assert brand.casefold() not in words.casefold()


@given(st.lists(st.tuples(st.sampled_from([e.key for e in EXAMPLES] + ["nope"]), st.integers())))
def test_any_sequence_of_answers_keeps_the_score_honest(answers):
    run = LessonRun()
    for key, choice in answers:
        run = run.answer(key, choice)
    assert 0 <= run.score <= run.answered <= len(EXAMPLES)
    assert run.finished == (run.answered == len(EXAMPLES))
    assert len({k for k, _c in run.answers}) == run.answered  # one answer per example


def test_answering_everything_right_finishes_with_full_marks():
    run = LessonRun()
    for example in EXAMPLES:
        assert not run.finished
        assert run.next_example == example
        run = run.answer(example.key, example.right_choice)
    assert run.finished
    assert run.next_example is None
    assert run.score == len(EXAMPLES)


def test_half_answered_is_not_finished_and_wrong_answers_do_not_count():
    run = LessonRun()
    half = EXAMPLES[: len(EXAMPLES) // 2]
    for example in half:
        run = run.answer(example.key, 1 - example.right_choice)
    assert not run.finished
    assert run.score == 0
    assert run.answered == len(half)
    assert run.is_right(half[0].key) is False
    assert run.is_right(EXAMPLES[-1].key) is None


def test_the_first_answer_stays_and_nonsense_is_ignored():
    first = EXAMPLES[0]
    run = LessonRun().answer(first.key, 1 - first.right_choice)
    assert run.answer(first.key, first.right_choice) == run  # no second chance at the score
    assert run.answer("no-such-example", 0) == run
    assert run.answer(EXAMPLES[1].key, 7) == run
    assert run.answer(EXAMPLES[1].key, -1) == run
    assert run.given(first.key) == 1 - first.right_choice


def test_an_empty_lesson_is_never_finished():
    assert not LessonRun(()).finished


def test_validation_catches_broken_content():
    good = EXAMPLES[0]
    two_right = replace(good, choices=(Choice("&Yes", True), Choice("&No", True)))
    no_sign = replace(good, key="b", points=())
    same_letter = replace(good, key="c", choices=(Choice("&Safe", True), Choice("&Scam", False)))
    no_letter = replace(good, key="d", choices=(Choice("Safe", True), Choice("&No", False)))
    page = replace(good, key="e", kind=Kind.PAGE, address="")
    problems = content_problems((two_right, no_sign, same_letter, no_letter, page, page))
    assert any("not exactly one right answer" in p for p in problems)
    assert any(p.startswith("b:") and "names no sign" in p for p in problems)
    assert any(p.startswith("c:") and "shortcut letter" in p for p in problems)
    assert any(p.startswith("d:") and "shortcut letter" in p for p in problems)
    assert any(p.startswith("e:") and "address bar" in p for p in problems)
    assert any("used twice" in p for p in problems)
    assert content_problems((replace(good, points=(Point(Sign.LINK, "x"),)),)) == []


# ----- every sentence is marked for translators -----------------------------------------------

#: Fields that hold words a person reads (translated); the rest are addresses and file names.
_WORDS = {"sender_name", "subject", "body", "question", "verdict", "name"}


def _is_marked(node: ast.expr) -> bool:
    """N_("...") itself, "" (nothing to say), or a constant that is marked where it is defined."""
    if isinstance(node, ast.Constant):
        return node.value == ""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
        return node.func.id == "N_"
    return isinstance(node, ast.Name) and node.id.isupper()


def test_every_sentence_of_the_content_is_marked_with_N_():
    """`make i18n` collects only N_("...") literals: a sentence without it is never translated."""
    unmarked: list[str] = []
    for node in ast.walk(ast.parse(SOURCE.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
            continue
        name = node.func.id
        checked: list[ast.expr] = []
        if name == "Example":
            checked = [k.value for k in node.keywords if k.arg in _WORDS]
        elif name in ("Point", "Choice", "Link") and node.args:
            checked = [node.args[1] if name == "Point" else node.args[0]]
        unmarked += [f"line {n.lineno}" for n in checked if not _is_marked(n)]
    assert unmarked == []
    module = ast.parse(SOURCE.read_text(encoding="utf-8"))
    constants = {
        t.id: n.value
        for n in module.body
        if isinstance(n, ast.Assign | ast.AnnAssign)
        for t in (n.targets if isinstance(n, ast.Assign) else [n.target])
        if isinstance(t, ast.Name) and t.id.isupper() and n.value is not None
    }
    for name in ("IS_IT_SAFE", "PHISH_VERDICT", "SAFE_VERDICT", "_SAFE_LABEL", "_PHISH_LABEL"):
        value = constants.get(name) or constants.get(name.lstrip("_"))
        assert isinstance(value, ast.Call) and getattr(value.func, "id", "") == "N_", name
    remember = constants["REMEMBER"]
    assert isinstance(remember, ast.Tuple)
    assert all(_is_marked(e) for e in remember.elts)
