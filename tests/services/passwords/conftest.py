from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.services.passwords.server import RecordingServer, recording_server


@pytest.fixture
def server() -> Iterator[RecordingServer]:
    with recording_server() as srv:
        yield srv
