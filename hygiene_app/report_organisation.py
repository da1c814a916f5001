"""The organisation's part of a checkup's report: its contact card, its notes on checks, where
its policy came from and why a policy could not be used.

The engine's report knows nothing of policies (it sits below the services); the CLI builds this
block from the `LoadedPolicy` it ran with and hands it to `build_report` and `render_text`.
Everything here is data from an admin's file: the JSON carries it as it is, and the text report
makes it terminal-safe like any other data.
"""

from __future__ import annotations

from typing import Any

from hygiene_app.services.policy import ContactCard, LoadedPolicy


def has_organisation(loaded: LoadedPolicy) -> bool:
    """Whether a report should say anything about an organisation: a policy in force, or one
    that was there but could not be used (people must learn that it was ignored)."""
    return loaded.in_force or bool(loaded.problems)


def contact_json(contact: ContactCard | None) -> dict[str, str] | None:
    if contact is None or contact.is_empty():
        return None
    return {
        "name": contact.name,
        "email": contact.email,
        "phone": contact.phone,
        "url": contact.url,
        "message": contact.message,
    }


def organisation_json(loaded: LoadedPolicy) -> dict[str, Any] | None:
    """The report's optional `organisation` block (docs/report-format.md); None without one."""
    if not has_organisation(loaded):
        return None
    policy = loaded.policy
    return {
        "contact": contact_json(policy.contact),
        "notes": [
            {
                "check_id": check_id,
                "text": note.text,
                "links": [{"label": label, "url": url} for label, url in note.links],
            }
            for check_id, note in policy.check_notes
        ],
        "turned_off": sorted(policy.disabled_checks),
        "sources": [{"key": key, "from": where} for key, where in loaded.sources],
        "problems": [
            {"where": p.where, "line": p.line, "reason": p.reason} for p in loaded.problems
        ],
        "warning": loaded.warning(),
    }
