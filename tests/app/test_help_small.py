"""At 80x24, help scrolls so every key is reachable, the note under it stays in view, and
the footer shows only whole keys."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable

from .conftest import settle


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
async def test_help_scrolls_to_its_last_key_at_80x24(demo_db, open_app, lang):
    app = open_app(demo_db, lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        table = app.screen.query_one("#help-table", DataTable)
        note = app.screen.query_one("#help-note")
        assert table.row_count > table.size.height - 1  # more keys than fit at once
        assert note.region.bottom <= 24 - 1  # the note is on screen, not pushed off it
        for _ in range(table.row_count):
            await pilot.press("down")
        await settle(pilot)
        last = table.row_count - 1
        assert table.cursor_row == last
        assert table.scroll_y > 0
        # The last row is inside the visible part of the table.
        assert table.scroll_y + table.size.height - 1 >= last


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
async def test_the_footer_shows_whole_keys_that_fit(demo_db, open_app, lang):
    from textual.widgets._footer import FooterKey

    from parley.tui.widgets.footer import TranslatedFooter

    app = open_app(demo_db, lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        footer = app.screen.query_one(TranslatedFooter)
        keys = list(footer.query(FooterKey))
        assert keys[0].key == "question_mark"  # help first
        assert keys[-1].has_class("-command-palette")
        # Every key drawn is drawn whole, and none runs under the palette key.
        palette = keys[-1].region
        for key in keys[:-1]:
            assert key.region.right <= palette.x, key.description
            assert key.region.width >= len(key.description)
