"""Snapshots run the real app on the example data, at a fixed size, in both languages."""

from __future__ import annotations

import pytest

from tests.app.conftest import demo_db, empty_db, open_app, settle  # noqa: F401

LANGS = ["en", "zh_CN"]
SNAP_SIZE = (120, 40)


@pytest.fixture(autouse=True)
def steady_cursor(monkeypatch):
    """A blinking cursor is drawn or not depending on when the screenshot is taken: hold it
    still so a snapshot depends only on what the screen shows."""
    from textual.widgets import Input, TextArea

    for cls in (Input, TextArea):
        original = cls.__init__

        def init(self, *args, _original=original, _cls=cls, **kwargs) -> None:
            _original(self, *args, **kwargs)
            self.set_reactive(_cls.cursor_blink, False)

        monkeypatch.setattr(cls, "__init__", init)


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
