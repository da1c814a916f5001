"""The set of checks a checkup can run, by stable id."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from hygiene_app.engine.check import Check
from hygiene_app.engine.model import OSFamily


class UnknownCheckError(ValueError):
    """An id that names no check; the message lists the ids that exist."""


class Registry:
    """An ordered, immutable collection of checks with unique ids."""

    def __init__(self, checks: Iterable[Check]) -> None:
        self._checks: dict[str, Check] = {}
        for check in checks:
            check_id = check.meta.id
            if check_id in self._checks:
                raise ValueError(f"two checks share the id {check_id}")
            self._checks[check_id] = check

    def __iter__(self) -> Iterator[Check]:
        return iter(self._checks.values())

    def __len__(self) -> int:
        return len(self._checks)

    def __contains__(self, check_id: object) -> bool:
        return check_id in self._checks

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(self._checks)

    def get(self, check_id: str) -> Check:
        try:
            return self._checks[check_id.strip().upper()]
        except KeyError:
            raise UnknownCheckError(
                f"unknown check id {check_id!r} (known: {', '.join(self.ids)})"
            ) from None

    def select(self, only: Sequence[str] = (), skip: Sequence[str] = ()) -> tuple[Check, ...]:
        """The checks to run, in registry order. Every id given must exist: a typo in a policy
        or script must not silently run nothing."""
        chosen = {self.get(i).meta.id for i in only} if only else set(self._checks)
        skipped = {self.get(i).meta.id for i in skip}
        return tuple(c for c in self if c.meta.id in chosen - skipped)

    def for_platform(self, os_family: OSFamily) -> tuple[Check, ...]:
        return tuple(c for c in self if os_family in c.meta.platforms)
