"""Apps on real SQLite files: an example-data file and an empty one."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from parley.store import Store, demo
from parley.tui.app import ParleyApp

TODAY = date(2026, 11, 30)
SIZE = (120, 40)


@pytest.fixture
def demo_db(tmp_path) -> Path:
    path = tmp_path / "parley.db"
    with Store.open(path) as store:
        demo.fill(store, TODAY)
    return path


@pytest.fixture
def empty_db(tmp_path) -> Path:
    path = tmp_path / "parley.db"
    Store.open(path).close()
    return path


@pytest.fixture
def open_app():
    """`open_app(path, lang)` -> ParleyApp on a real store, closed after the test."""
    stores: list[Store] = []

    def make(path: Path, lang: str = "en") -> ParleyApp:
        store = Store.open(path)
        stores.append(store)
        return ParleyApp(store, lang=lang)

    yield make
    for store in stores:
        store.close()


async def settle(pilot) -> None:
    """Wait until workers are done and the screen is painted."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def shown_text(widget, width: int = 160) -> str:
    """The plain text a Static shows, as a person would read it."""
    import io

    from rich.console import Console

    console = Console(width=width, file=io.StringIO(), color_system=None, legacy_windows=False)
    console.print(widget.content)
    return console.file.getvalue()


async def type_into(pilot, field_id: str, text: str) -> None:
    """Clear a Field and type into it key by key, as a person would."""
    from textual.widgets import Input

    from parley.tui.widgets.field import Field

    box = pilot.app.screen.query_one(f"#{field_id}", Field).query_one(Input)
    box.value = ""
    box.focus()
    await pilot.pause()
    await pilot.press(*text)
    await pilot.pause()
