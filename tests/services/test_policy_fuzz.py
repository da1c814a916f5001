"""Whatever a policy file holds, loading it never crashes, and an invalid one sets nothing."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from hygiene_app.engine.options import CheckOptions
from hygiene_app.services.policy import Policy
from hygiene_app.services.policy_sources import (
    combine,
    json_source,
    known_check_ids,
    structured_source,
)
from hygiene_app.services.policy_windows import registry_document

EXAMPLE = Path(__file__).resolve().parents[2] / "packaging" / "policy" / "policy.json"
KNOWN = known_check_ids()
KEYS = [
    "version",
    "checks",
    "thresholds",
    "network",
    "contact",
    "NET-002",
    "enabled",
    "severity",
    "links",
    "url",
    "max_uptime_days",
    "snooze",
    "set_asides",
    "schedule",
]

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False)
    | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=8), inner, max_size=5)
    ),
    max_leaves=30,
)


def _judge(source):
    loaded = combine([source])
    if loaded.problems:
        # Invalid: nothing of it applies.
        assert loaded.policy == Policy()
        assert not loaded.in_force
        assert loaded.policy.check_options(CheckOptions()) == CheckOptions()
        assert all(p.reason for p in loaded.problems)
        assert loaded.warning()
    return loaded


@given(json_values)
def test_any_json_never_crashes(value):
    _judge(json_source("p.json", json.dumps(value).encode(), KNOWN))


@given(st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=8), json_values, max_size=6))
def test_any_top_level_object_with_a_version_never_crashes(doc):
    _judge(json_source("p.json", json.dumps({"version": 1, **doc}).encode(), KNOWN))


@given(st.binary(max_size=200))
def test_any_bytes_never_crash(data):
    _judge(json_source("p.json", data, KNOWN))


def _paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for key, sub in value.items():
            yield from _paths(sub, (*prefix, key))
    elif isinstance(value, list):
        for n, sub in enumerate(value):
            yield from _paths(sub, (*prefix, n))


EXAMPLE_DOC = json.loads(EXAMPLE.read_text(encoding="utf-8"))
EXAMPLE_PATHS = [p for p in _paths(EXAMPLE_DOC) if p]


@given(st.sampled_from(EXAMPLE_PATHS), json_values)
def test_one_value_changed_in_the_example_is_applied_whole_or_not_at_all(path, value):
    doc = json.loads(json.dumps(EXAMPLE_DOC))
    target = doc
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    text = json.dumps(doc, indent=2)
    loaded = _judge(json_source("p.json", text.encode(), KNOWN))
    for problem in loaded.problems:
        assert problem.line is None or 1 <= problem.line <= text.count("\n") + 1


registry_values = st.recursive(
    st.integers(min_value=0, max_value=2**32 - 1)
    | st.text(max_size=20)
    | st.lists(st.text(max_size=10), max_size=3),
    lambda inner: st.dictionaries(
        st.sampled_from(
            [
                "Thresholds",
                "Network",
                "Contact",
                "DisabledChecks",
                "SeverityOverrides",
                "CheckNotes",
                "PasswordManagers",
                "SetAsides",
                "Schedule",
                "vpn_required",
                "max_uptime_days",
                "1",
                "NET-002",
                "breach_check",
            ]
        )
        | st.text(max_size=8),
        inner,
        max_size=5,
    ),
    max_leaves=20,
)


@given(st.dictionaries(st.text(max_size=12), registry_values, max_size=6))
def test_any_registry_key_never_crashes(tree):
    _judge(structured_source("HKLM\\x", registry_document(tree), KNOWN))


plist_values = st.recursive(
    st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**63 - 1)
    | st.floats(allow_nan=False)
    | st.text(max_size=20)
    | st.binary(max_size=8)
    | st.datetimes(),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=8), inner, max_size=5)
    ),
    max_leaves=30,
)


@given(st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=8), plist_values, max_size=6))
def test_any_managed_preferences_never_crash(doc):
    _judge(structured_source("x.plist", {"version": 1, **doc}, KNOWN))


SCHEMA = json.loads(
    (Path(__file__).resolve().parents[2] / "docs" / "policy.schema.json").read_text(
        encoding="utf-8"
    )
)
ADDRESSES = [
    "https://mirror.example.com/range/",
    "https://a.example",
    "https://[2001:db8::1]/x",
    "http://localhost:8080/api",
    "http://127.0.0.1/",
    "http://127.1.2.3/",
    "http://[::1]:9000/x",
    "HTTPS://Mirror.Example.com/",
    "https://user@evil.example/",
    "http://mirror.example.com/",
    "ftp://mirror.example.com/",
    "https://a.example/\u00e9",
    "https://xn--bcher-kva.example/",
]
schema_values = json_values | st.sampled_from(
    [*ADDRESSES, "it@example.com", "+1 (555) 010-0100 ext. 12", "always", "NET-002", "none"]
)


@given(st.sampled_from(EXAMPLE_PATHS), schema_values)
def test_whatever_the_loader_accepts_the_published_schema_accepts(path, value):
    """The schema may be looser than the loader (it cannot know the check ids or parse an
    address the way the app does), never stricter: a policy the app uses must validate."""
    import jsonschema

    doc = json.loads(json.dumps(EXAMPLE_DOC))
    target = doc
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    loaded = combine([json_source("p.json", json.dumps(doc).encode(), KNOWN)])
    if not loaded.problems:
        jsonschema.validate(doc, SCHEMA)
