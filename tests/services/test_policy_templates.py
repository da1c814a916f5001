"""The published policy schema, the docs' examples and the deployment templates (Group Policy
ADMX/ADML, the macOS profile) all say what the loader reads: each is read by the loader itself.
"""

from __future__ import annotations

import json
import plistlib
import re
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from hygiene_app.services.policy_doc import (
    CHECK_KEYS,
    CONTACT_KEYS,
    LINK_KEYS,
    MAX_LINKS,
    MAX_MESSAGE,
    MAX_NAME,
    MAX_NOTE,
    SPEC,
    THRESHOLDS,
    build_policy,
)
from hygiene_app.services.policy_sources import (
    MACOS_DOMAIN,
    combine,
    json_source,
    known_check_ids,
    structured_source,
)
from hygiene_app.services.policy_windows import REGISTRY_KEY, registry_document

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "docs" / "policy.schema.json").read_text(encoding="utf-8"))
DOC = (ROOT / "docs" / "policy.md").read_text(encoding="utf-8")
EXAMPLE = ROOT / "packaging" / "policy" / "policy.json"
ADMX = ROOT / "packaging" / "policy" / "windows" / "HygieneCheckup.admx"
ADML = ROOT / "packaging" / "policy" / "windows" / "en-US" / "HygieneCheckup.adml"
PROFILE = ROOT / "packaging" / "policy" / "macos" / f"{MACOS_DOMAIN}.mobileconfig"
NS = {"p": "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"}
KNOWN = known_check_ids()


def _tree(spec: Mapping[str, Any]) -> dict[str, Any]:
    return {k: _tree(v) if isinstance(v, Mapping) else None for k, v in spec.items()}


def _schema_tree(node: Mapping[str, Any]) -> dict[str, Any]:
    return {
        key: _schema_tree(sub) if "properties" in sub else None
        for key, sub in node["properties"].items()
    }


def test_the_schema_is_a_valid_draft_2020_12_schema():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_the_schema_names_exactly_the_loaders_keys():
    assert _schema_tree(SCHEMA) == _tree(SPEC)
    assert set(SCHEMA["$defs"]["check"]["properties"]) == set(CHECK_KEYS)
    assert set(SCHEMA["$defs"]["link"]["properties"]) == set(LINK_KEYS)
    assert set(SCHEMA["properties"]["contact"]["properties"]) == set(CONTACT_KEYS)


def test_the_schemas_limits_are_the_loaders():
    props = SCHEMA["properties"]
    for name, low, high, _unit in THRESHOLDS:
        limits = props["thresholds"]["properties"][name]
        assert (limits["minimum"], limits["maximum"]) == (low, high), name
    contact = props["contact"]["properties"]
    assert contact["name"]["maxLength"] == MAX_NAME
    assert contact["message"]["maxLength"] == MAX_MESSAGE
    check = SCHEMA["$defs"]["check"]["properties"]
    assert check["note"]["maxLength"] == MAX_NOTE
    assert check["links"]["maxItems"] == MAX_LINKS


def _doc_examples() -> list[str]:
    return [block for block in re.findall(r"```json\n(.*?)```", DOC, re.S) if '"version"' in block]


def test_the_docs_have_examples():
    assert _doc_examples()


@pytest.mark.parametrize("block", _doc_examples())
def test_every_example_in_the_docs_is_valid_for_the_loader_and_the_schema(block):
    loaded = combine([json_source("docs/policy.md", block.encode(), KNOWN)])
    assert loaded.problems == ()
    assert loaded.in_force
    jsonschema.validate(json.loads(block), SCHEMA)


def test_the_example_file_is_the_one_in_the_docs():
    assert json.loads(EXAMPLE.read_text(encoding="utf-8")) == json.loads(_doc_examples()[0])


def test_every_key_in_the_docs_table_is_a_key_the_loader_reads():
    documented = set(re.findall(r"^\| `([a-z_]+(?:\.<ID>)?(?:\.[a-z_]+)?)`", DOC, re.M))
    leaves = {
        f"{top}.{sub}" if sub else top
        for top, inner in _tree(SPEC).items()
        for sub in (inner or {None: None})
    }
    leaves = {k for k in leaves if not k.startswith("checks")} | {
        f"checks.<ID>.{k}" for k in CHECK_KEYS
    }
    leaves -= {f"contact.{k}" for k in CONTACT_KEYS}
    leaves |= {"contact"}
    documented |= {"set_asides.snooze", "set_asides.accept"}  # one row names both
    assert leaves <= documented, leaves - documented


@pytest.mark.parametrize("name", ["invalid_mixed.json"])
def test_the_schema_also_refuses_an_invalid_fixture(name):
    doc = json.loads((ROOT / "tests" / "fixtures" / "policy" / name).read_text(encoding="utf-8"))
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(doc, SCHEMA)


# ----- Group Policy ---------------------------------------------------------------------------

SAMPLE_TEXT = {
    "vpn_required": "always",
    "breach_api": "https://pwned.example.com/range/",
    "mfa_directory_url": "https://2fa.example.com/all.json",
    "endoflife_url": "https://eol.example.com/api",
    "name": "IT desk",
    "email": "it@example.com",
    "phone": "+1 555 0100",
    "url": "https://it.example.com/",
    "message": "Call us.",
    "snooze": "all",
    "accept": "PHI-002, MFA-004",
    "report_folder": "C:\\ProgramData\\HygieneCheckup\\Reports",
}
SAMPLE_LIST = {
    "ReleaseFeedMirrors": {"chrome": "https://feeds.example.com/chrome.json"},
    "DisabledChecks": {"1": "NET-003"},
    "SeverityOverrides": {"DEV-001": "high"},
    "CheckNotes": {"PWD-001": "We use Bitwarden."},
    "PasswordManagers": {"1": "Bitwarden"},
}


def _admx_policies() -> list[ET.Element]:
    root = ET.parse(ADMX).getroot()  # noqa: S314 - our own committed file
    return root.findall("p:policies/p:policy", NS)


def _relative(key: str) -> list[str]:
    assert key.startswith(REGISTRY_KEY), key
    return [part for part in key[len(REGISTRY_KEY) :].split("\\") if part]


def _set(tree: dict[str, Any], key: str, name: str, value: object) -> None:
    for part in _relative(key):
        tree = tree.setdefault(part, {})
    tree[name] = value


def _registry_from_admx(enabled: bool) -> dict[str, Any]:
    """What every policy of the template writes when set (to `enabled` for on/off ones)."""
    tree: dict[str, Any] = {}
    for policy in _admx_policies():
        key = policy.get("key", "")
        if policy.get("valueName"):
            which = "p:enabledValue/p:decimal" if enabled else "p:disabledValue/p:decimal"
            value = policy.find(which, NS)
            assert value is not None
            _set(tree, key, policy.get("valueName", ""), int(value.get("value", "")))
        for element in policy.findall("p:elements/*", NS):
            kind = element.tag.split("}")[1]
            name = element.get("valueName", "")
            if kind == "decimal":
                _set(tree, key, name, int(element.get("minValue", "0")))
            elif kind in ("text", "enum"):
                _set(tree, key, name, SAMPLE_TEXT[name])
            elif kind == "list":
                parts = _relative(element.get("key", ""))
                for value_name, data in SAMPLE_LIST[parts[-1]].items():
                    _set(tree, element.get("key", ""), value_name, data)
            else:
                raise AssertionError(kind)
    return tree


@pytest.mark.parametrize("enabled", [True, False])
def test_every_group_policy_setting_writes_what_the_loader_reads(enabled):
    tree = _registry_from_admx(enabled)
    source = structured_source("HKLM", registry_document(tree), KNOWN)
    assert source.problems == ()
    assert source.doc is not None
    policy = build_policy(source.doc)
    assert policy.disabled_checks == {"NET-003"}
    assert policy.breach_check is enabled
    assert policy.contact is not None and policy.contact.phone == "+1 555 0100"
    assert policy.accept_allowed == {"PHI-002", "MFA-004"}
    assert policy.release_feeds == (("chrome", "https://feeds.example.com/chrome.json"),)
    assert policy.schedule_hours == 1
    # Every section and every leaf of the format can be set through Group Policy, except the
    # links of a check (documented: set in %ProgramData%'s policy.json).
    set_keys = {key for key, _ in combine([source]).sources}
    sections = {key.split(".")[0] for key in set_keys}
    assert sections == set(SPEC) - {"version"}
    for top, inner in SPEC.items():
        for sub in inner if isinstance(inner, Mapping) and top != "contact" else ():
            assert f"{top}.{sub}" in set_keys


def test_an_empty_text_box_sets_nothing():
    tree = {"Contact": {"name": "IT", "url": "", "email": ""}, "Network": {"breach_api": ""}}
    source = structured_source("HKLM", registry_document(tree), KNOWN)
    assert source.problems == ()
    assert source.doc is not None
    assert build_policy(source.doc).contact is not None
    assert build_policy(source.doc).breach_api is None


def test_the_adml_has_every_string_and_presentation_the_admx_uses():
    admx = ADMX.read_text(encoding="utf-8")
    adml = ET.parse(ADML).getroot()  # noqa: S314 - our own committed file
    strings = {s.get("id") for s in adml.findall("p:resources/p:stringTable/p:string", NS)}
    presentations = {
        p.get("id"): p for p in adml.findall("p:resources/p:presentationTable/p:presentation", NS)
    }
    assert set(re.findall(r"\$\(string\.(\w+)\)", admx)) <= strings
    assert set(re.findall(r"\$\(presentation\.(\w+)\)", admx)) == set(presentations)
    for policy in _admx_policies():
        ids = {e.get("id") for e in policy.findall("p:elements/*", NS)}
        shown = presentations.get(policy.get("name", ""))
        refs = {e.get("refId") for e in shown} if shown is not None else set()
        assert refs == ids, policy.get("name")


# ----- the macOS profile ----------------------------------------------------------------------


def test_the_example_profile_holds_a_valid_policy():
    profile = plistlib.loads(PROFILE.read_bytes())
    assert profile["PayloadType"] == "Configuration"
    [payload] = [p for p in profile["PayloadContent"] if p["PayloadType"] == MACOS_DOMAIN]
    uuids = [profile["PayloadUUID"], payload["PayloadUUID"]]
    assert len(set(uuids)) == 2
    settings = {k: v for k, v in payload.items() if not k.startswith("Payload")}
    source = structured_source(str(PROFILE), {"version": 1, **settings}, KNOWN)
    assert source.problems == ()
    example = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    assert set(settings) == set(example) - {"version"}
