from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import cast
from urllib.parse import urlsplit

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hygiene_app.engine.probes import HttpOutcome, HttpResponse
from hygiene_app.services.mfa.catalog import (
    ATTRIBUTION,
    DEFAULT_DIRECTORY_URL,
    Catalog,
    DirectoryCache,
    DirectoryError,
    Service,
    normalise_domain,
    parse_directory,
    parse_starter,
    starter_catalog,
)
from hygiene_app.services.mfa.model import Category, Method
from tests.services.mfa.conftest import SAMPLE


@pytest.fixture(scope="module")
def sample() -> dict[str, Service]:
    return parse_directory(SAMPLE.read_text(encoding="utf-8"))


def test_constants() -> None:
    assert DEFAULT_DIRECTORY_URL == "https://api.2fa.directory/v4/all.json"
    assert ATTRIBUTION == "Data sourced from 2FA Directory by 2factorauth."


def test_v4_sample(sample: dict[str, Service]) -> None:
    github = sample["github.com"]
    assert github.methods == (Method.SECURITY_KEY, Method.APP, Method.SMS)
    assert github.documentation.startswith("https://help.github.com/")
    assert "backup method" in github.notes
    bitwarden = sample["bitwarden.com"]
    # call, custom-software and custom-hardware are all "other"; strongest first.
    assert bitwarden.methods == (
        Method.SECURITY_KEY,
        Method.APP,
        Method.OTHER,
        Method.EMAIL,
        Method.SMS,
    )
    assert sample["dropbox.com"].recovery.startswith("https://help.dropbox.com/")


def test_v4_site_without_2fa(sample: dict[str, Service]) -> None:
    for domain in ("example.com", "pandora.com", "pastebin.com"):
        service = sample[domain]
        assert service.methods == ()
        assert service.documentation == ""
        assert service.category is Category.OTHER
        assert service.name == domain


def test_v4_additional_domains_are_one_site(sample: dict[str, Service]) -> None:
    assert set(sample["proton.me"].additional_domains) == {
        "pm.me",
        "protonmail.com",
        "protonvpn.com",
    }
    assert "proton.me" in sample["protonmail.com"].additional_domains
    assert sample["getdropbox.com"].additional_domains == ("dropbox.com",)
    # Same methods, no documentation: never taken for one site.
    assert sample["pandora.com"].additional_domains == ()
    assert sample["github.com"].additional_domains == ()


def test_v3_shape_with_additional_domains() -> None:
    doc = [
        [
            "Proton",
            {
                "domain": "proton.me",
                "additional-domains": ["pm.me", "protonmail.com"],
                "tfa": ["totp", "u2f"],
                "documentation": "https://proton.me/support/two-factor-authentication-2fa",
                "keywords": ["email"],
            },
        ],
        ["No 2FA", {"domain": "pastebin.com", "keywords": ["other"]}],
        ["Broken", "not an object"],
        ["Bad domain", {"domain": "<script>", "tfa": ["totp"]}],
    ]
    services = parse_directory(json.dumps(doc))
    assert set(services) == {"proton.me", "pm.me", "protonmail.com", "pastebin.com"}
    assert services["pm.me"].name == "Proton"
    assert services["pm.me"].domain == "proton.me"
    assert services["proton.me"].methods == (Method.SECURITY_KEY, Method.APP)


@pytest.mark.parametrize(
    "text",
    ["", "not json", "42", '"text"', "null", "[1, 2, 3]", '{"Not A Domain!": 1}', "[" * 5000],
)
def test_garbage_raises_directory_error(text: str) -> None:
    with pytest.raises(DirectoryError):
        parse_directory(text)
    assert issubclass(DirectoryError, ValueError)


def test_bad_fields_are_dropped_not_trusted() -> None:
    doc = {
        "evil.example": {
            "methods": ["totp", "carrier-pigeon", 7],
            "documentation": "javascript:alert(1)",
            "recovery": ["not", "text"],
            "notes": None,
        },
        "ok.example": {"methods": "totp"},
    }
    services = parse_directory(json.dumps(doc))
    evil = services["evil.example"]
    assert evil.methods == (Method.APP,)
    assert evil.documentation == evil.recovery == evil.notes == ""
    assert services["ok.example"].methods == ()


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=20), children, max_size=5)
    ),
    max_leaves=30,
)
_method = st.sampled_from(["sms", "call", "email", "u2f", "totp", "custom-software", "x"])
_entry = st.fixed_dictionaries(
    {},
    optional={
        "methods": st.lists(_method, max_size=7),
        "documentation": st.sampled_from(["https://example.com/2fa", "ftp://x", ""]),
        "notes": st.text(max_size=30),
        "contact": _json,
    },
)
_label = st.text("abcdefghijklmnopqrstuvwxyz0123456789-", min_size=1, max_size=8)
_domain = st.builds(lambda a, b: f"{a}.{b}", st.text("abcxyz0189", min_size=1, max_size=8), _label)


@settings(max_examples=150, deadline=None)
@given(_json)
def test_any_json_parses_or_raises_directory_error(doc: object) -> None:
    try:
        services = parse_directory(json.dumps(doc))
    except DirectoryError:
        return
    for domain, service in services.items():
        assert domain in service.domains
        assert all(isinstance(m, Method) for m in service.methods)


@settings(max_examples=150, deadline=None)
@given(st.dictionaries(_domain, _entry, max_size=8))
def test_v4_shaped_documents_keep_every_domain(doc: dict[str, dict[str, object]]) -> None:
    services = parse_directory(json.dumps(doc))
    assert set(services) == {normalise_domain(d) for d in doc}
    for domain, raw in doc.items():
        service = services[normalise_domain(domain)]
        wanted = {m for m in cast(list[str], raw.get("methods", [])) if m != "x"}
        assert len(service.methods) == len({_as(m) for m in wanted})
        assert list(service.methods) == sorted(service.methods, key=lambda m: m.rank)
        if service.documentation:
            assert service.documentation.startswith("https://")


def _as(name: str) -> Method:
    return {
        "sms": Method.SMS,
        "call": Method.OTHER,
        "email": Method.EMAIL,
        "u2f": Method.SECURITY_KEY,
        "totp": Method.APP,
        "custom-software": Method.OTHER,
        "custom-hardware": Method.OTHER,
    }[name]


# --- the starter catalog ----------------------------------------------------------------------


def test_starter_catalog_is_complete() -> None:
    services = starter_catalog()
    assert 45 <= len(services) <= 80
    for category in Category:
        assert sum(s.category is category for s in services) >= 3, category
    domains = [d for s in services for d in s.domains]
    assert len(domains) == len(set(domains)), "a domain belongs to one service"
    for service in services:
        assert service.name and service.domain == normalise_domain(service.domain)
        parts = urlsplit(service.settings_url)
        assert parts.scheme == "https" and parts.hostname, service
        assert not service.from_directory  # no 2FA Directory attribution is owed


def test_offline_start_uses_the_starter_catalog_only(tmp_path: Path) -> None:
    class NoNetwork:
        def get(
            self,
            url: str,
            *,
            timeout: float = 10.0,
            headers: Mapping[str, str] | None = None,
            max_bytes: int = 0,
        ) -> HttpResponse:
            return HttpResponse(url, HttpOutcome.OFFLINE, message="no route")

    directory, status = DirectoryCache(NoNetwork(), tmp_path).load()
    assert directory is None
    assert status == "not available offline yet"
    catalog = Catalog.merged(starter_catalog(), directory)
    assert not catalog.has_directory
    assert len(catalog) == len(starter_catalog())
    gmail = catalog.by_domain("gmail.com")
    assert gmail is not None and gmail.category is Category.EMAIL
    assert gmail.settings_url.startswith("https://myaccount.google.com/")
    assert Method.SECURITY_KEY in gmail.methods and not gmail.from_directory
    assert {s.category for s in catalog.in_category(Category.BANKING)} == {Category.BANKING}
    assert catalog.search("paypal")[0].name == "PayPal"


def test_merge_keeps_starter_names_and_adds_directory_data(sample: dict[str, Service]) -> None:
    catalog = Catalog.merged(starter_catalog(), sample)
    assert catalog.has_directory
    proton = catalog.by_domain("protonmail.com")
    assert proton is not None
    assert proton.name == "Proton Mail" and proton.category is Category.EMAIL
    assert proton.settings_url.startswith("https://account.proton.me/")
    assert proton.methods == (Method.APP,)
    assert proton.documentation == "https://proton.me/support/two-factor-authentication-2fa"
    assert catalog.by_domain("protonvpn.com") is proton  # learnt from the directory
    dropbox = catalog.by_domain("getdropbox.com")
    assert dropbox is not None and dropbox.name == "Dropbox"
    assert dropbox.recovery.startswith("https://help.dropbox.com/")
    # Sites only the directory knows join the catalog under their domain.
    pastebin = catalog.by_domain("pastebin.com")
    assert pastebin is not None and pastebin.category is Category.OTHER
    assert catalog.offered("www.github.com") == (Method.SECURITY_KEY, Method.APP, Method.SMS)
    assert catalog.offered("unknown.example") == ()
    # One entry per site: the copies under additional domains are not listed again.
    names = [s.name for s in catalog.services]
    assert names.count("Proton Mail") == 1 and "pm.me" not in names
    assert len(catalog) == len(starter_catalog()) + len({"pastebin.com", "pandora.com"}) + 1


def test_by_domain_variants() -> None:
    catalog = Catalog(starter_catalog())
    google = catalog.by_domain("google.com")
    assert google is not None
    for text in (
        "mail.google.com",
        "www.google.com",
        "GOOGLE.COM.",
        "https://accounts.google.com/signin?x=1",
        "accounts.google.com:443",
    ):
        assert catalog.by_domain(text) is google, text
    workspace = catalog.by_domain("workspace.google.com")
    assert workspace is not None and workspace.name == "Google Workspace"
    assert catalog.by_domain("m.facebook.com") is catalog.by_domain("messenger.com")
    assert catalog.by_domain("amazon.co.uk") is catalog.by_domain("amazon.com")
    assert catalog.by_domain("co.uk") is None
    assert catalog.by_domain("") is None
    assert catalog.by_domain("example.org") is None


def test_search_ranks_exact_then_prefix_then_substring() -> None:
    services = [
        Service("Mailbox Pro", "mailbox.example", Category.EMAIL),
        Service("Gmail", "gmail.example", Category.EMAIL),
        Service("Mail", "mail.example", Category.EMAIL),
        Service("Fast Mail", "fast.example", Category.EMAIL),
        Service("Other", "other.example", Category.OTHER),
    ]
    catalog = Catalog(services)
    assert [s.name for s in catalog.search("MAIL")] == ["Mail", "Mailbox Pro", "Fast Mail", "Gmail"]
    assert [s.name for s in catalog.search("mail", limit=2)] == ["Mail", "Mailbox Pro"]
    assert [s.name for s in catalog.search("other.ex")] == ["Other"]
    assert catalog.search("   ") == []
    assert catalog.search("zzz") == []


def test_the_starter_catalog_knows_the_methods_of_at_least_50_services() -> None:
    """Without the directory, MFA-004 and the Accounts screen still know what is offered."""
    known = [s for s in starter_catalog() if s.methods]
    assert len(known) >= 50
    for service in known:
        assert service.methods == tuple(sorted(set(service.methods), key=lambda m: m.rank))
    offered = Catalog.merged(starter_catalog(), None).offered("mail.google.com")
    assert offered[:2] == (Method.SECURITY_KEY, Method.APP)


def test_a_starter_method_outside_the_directory_vocabulary_is_a_bug() -> None:
    doc = {
        "services": [
            {"name": "X", "domain": "x.example", "category": "other", "methods": ["totp", "yubi"]}
        ]
    }
    with pytest.raises(ValueError, match="yubi"):
        parse_starter(json.dumps(doc))
