"""Password strength: any text and length, never a crash, and no password in the verdict."""

from __future__ import annotations

import dataclasses
import threading

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hygiene_app.services.passwords import strength
from hygiene_app.services.passwords.strength import (
    LABELS,
    ZXCVBN_LIMIT,
    Strength,
    bench_corpus,
    hints,
    rate,
)


def test_common_password_is_very_weak_with_feedback():
    result = rate("password")
    assert result.score == 0
    assert result.label == LABELS[0] == "Very weak"
    assert "common password" in result.warning
    assert result.crack_online and result.crack_offline
    assert result.length == 8
    assert not result.truncated
    assert result.weak


def test_random_password_is_very_strong():
    result = rate("g7#Qv!2mZ@x9Lp$w")
    assert result.score == 4
    assert result.label == "Very strong"
    assert not result.weak


def test_empty_password_is_very_weak_with_a_helpful_suggestion():
    result = rate("")
    assert result.score == 0
    assert result.label == "Very weak"
    assert result.length == 0
    assert result.suggestions
    assert "long" in result.suggestions[0]


@pytest.mark.parametrize(
    "text",
    [
        " ",
        "\t\n\r",
        "\x00",
        "\x00\x01\x02\x7f",
        "🔑🐍😀",
        "שלום עולם",
        "\u202eevil\u202c",
        "\u0645\u0631\u062d\u0628\u0627123"  # Arabic,
        "密码",
        "İstanbul",
        "ẞtraße",
        "\ud800",
        "a\u0301" * 40,
        "x" * 500,
        "😀" * 500,
    ],
)
def test_odd_inputs_are_rated(text):
    result = rate(text, ("Zoë Ångström", "zoe@example.org"))
    assert 0 <= result.score <= 4
    assert result.length == len(text)


def test_long_password_is_rated_on_its_first_72_characters_and_says_so():
    long = "correct horse battery staple " * 10
    result = rate(long)
    assert result.truncated
    assert result.length == len(long)
    prefix = rate(long[:ZXCVBN_LIMIT])
    assert result.score == prefix.score
    assert not prefix.truncated
    assert f"first {ZXCVBN_LIMIT} characters" in result.suggestions[0]


def test_exactly_72_is_not_truncated():
    assert not rate("k" * 72).truncated
    assert rate("k" * 73).truncated


def test_user_inputs_lower_the_score():
    password = "zanzibarquokka1987"
    plain = rate(password)
    personal = rate(password, ("Zanzibar Quokka", "zanzibar.quokka@example.org"))
    assert personal.score < plain.score


def test_hints_split_email_and_names():
    found = hints(["Alice Smith", "alice.smith+news@mail.example.org", "", "  "])
    for word in ("alice smith", "alice", "smith", "alice.smith+news", "mail", "example"):
        assert word in found
    assert "org" not in found
    assert "" not in found


def test_hints_of_a_site_address_and_a_name_with_a_dot():
    assert "github" in hints(["https://github.com/login"])
    assert "github" in hints(["www.github.com"])
    assert "smith" in hints(["Dr. Smith"])


def test_strength_holds_no_password():
    secret = "Unique-Secret-Value-4711"
    result = rate(secret, ("someone",))
    for f in dataclasses.fields(Strength):
        assert secret not in str(getattr(result, f.name))
    assert secret not in repr(result)


def test_user_inputs_do_not_stay_in_zxcvbn():
    from zxcvbn import matching

    rate("whatever", ("Very-Private-Name",))
    assert "very-private-name" not in matching.RANKED_DICTIONARIES.get("user_inputs", {})


def test_non_str_is_a_type_error_without_the_value():
    with pytest.raises(TypeError) as info:
        rate(b"secret-bytes")  # type: ignore[arg-type]
    assert "secret-bytes" not in str(info.value)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=120), st.lists(st.text(max_size=30), max_size=3))
def test_rate_never_raises(password, inputs):
    result = rate(password, inputs)
    assert 0 <= result.score <= 4
    assert result.label == LABELS[result.score]
    assert result.length == len(password)
    assert result.truncated == (len(password) > ZXCVBN_LIMIT)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=200))
def test_rate_never_raises_on_any_code_point(password):
    assert 0 <= rate(password).score <= 4


# -- The fast dictionary matcher gives zxcvbn's own answer -------------------------------------


def _stock():
    from zxcvbn import matching

    strength.warm_up()
    stock = strength._STOCK_DICTIONARY_MATCH
    if stock is None:
        pytest.skip("fast matcher not installed for this zxcvbn version")
    return matching, stock


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyzAEIOUS0134578@$!|. "), max_size=40)
    | st.text(max_size=30)
)
def test_fast_dictionary_match_equals_zxcvbn(password):
    matching, stock = _stock()
    dictionaries = dict(matching.RANKED_DICTIONARIES)
    dictionaries["user_inputs"] = matching.build_ranked_dict(["alice", "example", "zanzibar"])
    assert strength._fast_dictionary_match(password, dictionaries) == stock(password, dictionaries)


def test_whole_result_equals_stock_zxcvbn_on_the_corpus(monkeypatch):
    matching, stock = _stock()
    from zxcvbn import zxcvbn

    for password in bench_corpus()[::3]:
        p = password[:ZXCVBN_LIMIT]
        if not p:
            continue
        fast = zxcvbn(p, ["alice"])
        with monkeypatch.context() as m:
            m.setattr(matching, "dictionary_match", stock)
            slow = zxcvbn(p, ["alice"])
        for key in ("score", "guesses", "feedback", "crack_times_display"):
            assert fast[key] == slow[key], key


# -- Speed and threads --------------------------------------------------------------------------


def test_bench_corpus_is_varied():
    corpus = bench_corpus()
    assert len(corpus) >= 100
    assert any(len(p) > ZXCVBN_LIMIT for p in corpus)
    assert any(not p.isascii() for p in corpus)
    assert bench_corpus() == corpus  # reproducible


def test_rating_uses_the_fast_dictionary_matcher():
    # What keeps rating fast enough for every keystroke: zxcvbn's own matcher looks up every
    # substring in every dictionary (close to a second for some inputs). How fast it is, is
    # for `make bench` ("password rating, p95"), not for a test on a busy machine.
    from importlib.metadata import version

    from zxcvbn import matching

    if version("zxcvbn") != strength._FAST_MATCHER_FOR:
        pytest.skip("the fast matcher is only used with the zxcvbn it was checked against")
    strength.warm_up()
    assert matching.dictionary_match is strength._fast_dictionary_match


def test_rate_is_safe_from_several_threads():
    results: dict[int, int] = {}

    def work(n: int) -> None:
        for _ in range(20):
            results[n] = rate("password", (f"user{n}",)).score

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert set(results.values()) == {0}
