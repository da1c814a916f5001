import pytest
from hypothesis import given
from hypothesis import strategies as st

from hygiene_app.checks._common import ParseError, parse_key_values, parse_ps_json


def test_one_object_or_many_or_none():
    assert parse_ps_json('{"a": 1}') == [{"a": 1}]
    assert parse_ps_json('\ufeff[{"a": 1}, {"a": 2}]') == [{"a": 1}, {"a": 2}]
    assert parse_ps_json("  \r\n") == []


@pytest.mark.parametrize(
    "text", ["[" * 100_000, "9" * 5000, "[1, 2]", "null", '"text"', "{broken", "Zugriff verweigert"]
)
def test_hostile_or_odd_json_is_a_parse_error(text):
    with pytest.raises(ParseError):
        parse_ps_json(text)


@given(st.text())
def test_parse_ps_json_only_raises_parse_error(text):
    try:
        items = parse_ps_json(text)
    except ParseError:
        return
    assert all(isinstance(i, dict) for i in items)


def test_key_values_last_wins_and_quotes_go():
    text = "# comment\nENABLED=no\n ENABLED = \"yes\" \n[section]\nname='x'\nbroken line\n"
    assert parse_key_values(text) == {"ENABLED": "yes", "name": "x"}


@given(st.text())
def test_key_values_never_crash(text):
    assert isinstance(parse_key_values(text), dict)
