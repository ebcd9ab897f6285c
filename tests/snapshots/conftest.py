"""Snapshots run the real app on the example data, at a fixed size, in both languages."""

from __future__ import annotations

import pytest

from tests.app.conftest import demo_db, empty_db, open_app, settle  # noqa: F401

LANGS = ["en", "zh_CN"]
SNAP_SIZE = (120, 40)


@pytest.fixture(params=LANGS)
def lang(request) -> str:
    return request.param


def keys_then_settle(*keys: str):
    """A run_before for snap_compare: wait for data, press keys, wait again."""

    async def run_before(pilot) -> None:
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)

    return run_before
