"""Two versions of an agreement, line by line, with the changed numbers marked."""

from __future__ import annotations

from parley.engine.textdiff import Span, diff_versions, number_spans

OLD = """分期还款协议
剩余本金 48,000 元，分 36 期。
每期还款 1,333.33 元。
年化利率 0%。
双方签字后生效。"""

NEW = """分期还款协议
剩余本金 48,000 元，分 36 期。
每期还款 1,533.33 元。
年化利率 18%。
每月账户管理费 30 元。
双方签字后生效。"""


def marked(line, side):
    text = line.old_text if side == "old" else line.new_text
    return [text[s.start : s.end] for s in line.spans if s.side == side]


def test_every_line_of_both_versions_is_accounted_for():
    lines = diff_versions(OLD, NEW)
    assert [line.op for line in lines] == [
        "equal",
        "equal",
        "replace",
        "replace",
        "insert",
        "equal",
    ]
    assert [line.old_no for line in lines] == [1, 2, 3, 4, None, 5]
    assert [line.new_no for line in lines] == [1, 2, 3, 4, 5, 6]


def test_changed_numbers_are_marked_on_both_sides():
    lines = diff_versions(OLD, NEW)
    instalment, rate = lines[2], lines[3]
    assert marked(instalment, "old") == ["1,333.33"]
    assert marked(instalment, "new") == ["1,533.33"]
    assert marked(rate, "old") == ["0%"]
    assert marked(rate, "new") == ["18%"]


def test_unchanged_numbers_on_a_changed_line_are_not_marked():
    old, new = "分 36 期，每期 1,333.33 元", "分 36 期，每期 1,533.33 元，另收服务费"
    start = new.index("1,533.33")
    assert number_spans(old, new) == (
        Span("old", start, start + len("1,333.33")),
        Span("new", start, start + len("1,533.33")),
    )


def test_inserted_and_deleted_lines_mark_all_their_numbers():
    lines = diff_versions("a\n首付 14,400 元\nb", "a\nb\n每月会员费 39 元")
    deleted = next(line for line in lines if line.op == "delete")
    inserted = next(line for line in lines if line.op == "insert")
    assert marked(deleted, "old") == ["14,400"]
    assert marked(inserted, "new") == ["39"]


def test_full_width_numbers_and_wan_rates():
    lines = diff_versions("日息万三，每期１，３３３．３３元", "日息万五，每期１，３３３．３３元")
    (line,) = lines
    assert marked(line, "old") == ["万三"]
    assert marked(line, "new") == ["万五"]


def test_identical_versions_are_all_equal():
    assert all(line.op == "equal" and not line.spans for line in diff_versions(OLD, OLD))
