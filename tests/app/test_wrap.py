"""Chinese text wraps between characters, never inside a figure or before closing
punctuation; the app's widgets use it."""

from __future__ import annotations

import itertools
import re

import pytest
from rich.cells import cell_len
from textual.app import App
from textual.widgets import Static

from parley.tui import wrap

SENTENCE = (
    "你每月应还¥6,800.00，占你月收入的71%，已逾期140天；我们提议分36期还款，"
    "每期¥1,333.33，首付人民币3,000元。利率为LPR的4倍。"
)
FIGURES = ["¥6,800.00，", "71%，", "140天", "36期", "¥1,333.33，", "3,000元。", "4倍。"]


def lines_at(text: str, width: int) -> list[str]:
    offsets = wrap.divide_line(text, width)
    bounds = [0, *offsets, len(text)]
    return [text[a:b] for a, b in itertools.pairwise(bounds)]


@pytest.mark.parametrize("width", range(12, 61))
def test_no_figure_is_split_and_every_line_fits(width):
    lines = lines_at(SENTENCE, width)
    assert "".join(lines) == SENTENCE
    for line in lines:
        assert cell_len(line.rstrip()) <= width
        assert line[0] not in "，。；、%"  # no line starts with closing punctuation
    for figure in FIGURES:
        assert any(figure in line for line in lines), (width, figure, lines)


def test_a_figure_keeps_its_unit_across_a_space():
    text = "你可以在接下来的二十四个月里分 36 期还清全部欠款"
    for width in range(10, 40):
        lines = lines_at(text, width)
        assert any("36 期" in line for line in lines), (width, lines)


def test_text_without_chinese_wraps_as_before():
    from rich._wrap import divide_line

    text = "Owed in total: ¥74,204.84 and due each month: ¥6,039.23 (71% of your income)"
    for width in range(10, 80):
        assert wrap.divide_line(text, width) == divide_line(text, width)


async def test_widgets_wrap_chinese_with_it():
    class Probe(App):
        def compose(self):
            yield Static(SENTENCE, id="probe")

    wrap.install()
    app = Probe()
    async with app.run_test(size=(30, 10)) as pilot:
        await pilot.pause()
        static = app.query_one("#probe", Static)
        painted = [
            "".join(segment.text for segment in static.render_line(y)).rstrip()
            for y in range(static.size.height)
        ]
    joined = "\n".join(painted)
    for figure in ("¥6,800.00", "¥1,333.33", "3,000元", "36期"):
        assert figure in joined, painted
    assert not any(re.match(r"^[，。；]", line) for line in painted)
