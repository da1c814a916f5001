from __future__ import annotations

import dataclasses

from hygiene_app.engine.probes import AccountRecord
from hygiene_app.services.mfa.model import Account, Category, Method, MfaState, by_strength


def test_labels_and_values() -> None:
    assert [c.value for c in Category] == [
        "email",
        "banking",
        "social",
        "work",
        "shopping",
        "cloud",
        "other",
    ]
    assert Category.BANKING.label == "Banking & payments"
    assert Category.CLOUD.label == "Cloud storage"
    assert MfaState.NOT_OFFERED.value == "not_offered"
    assert all(s.label for s in MfaState)
    assert Method.SECURITY_KEY.label == "Security key or passkey"


def test_method_rank_prefers_phishing_resistant() -> None:
    assert [m.rank for m in Method] == [0, 1, 4, 3, 2]
    assert by_strength((Method.SMS, Method.APP, Method.SMS, Method.SECURITY_KEY)) == (
        Method.SECURITY_KEY,
        Method.APP,
        Method.SMS,
    )
    assert sorted(Method, key=lambda m: m.rank) == [
        Method.SECURITY_KEY,
        Method.APP,
        Method.OTHER,
        Method.EMAIL,
        Method.SMS,
    ]


def test_record_has_no_label() -> None:
    account = Account(
        id=3,
        service="Example Mail",
        domain="mail.example.com",
        label="zoe@example.org",
        category=Category.EMAIL,
        mfa=MfaState.ON,
        methods=(Method.APP,),
        confirmed_at=1_700_000_000.0,
    )
    record = account.to_record(offered=(Method.SECURITY_KEY, Method.APP))
    assert record == AccountRecord(
        service="Example Mail",
        domain="mail.example.com",
        category="email",
        mfa="on",
        methods=("app",),
        offered=("security_key", "app"),
        confirmed_at=1_700_000_000.0,
    )
    assert "zoe" not in repr(record)
    assert all("zoe" not in str(getattr(record, f.name)) for f in dataclasses.fields(record))
