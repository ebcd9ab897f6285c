from __future__ import annotations

import re

from parley.engine.money import format_money
from parley.exports.evidence import write_pack
from parley.i18n import set_language
from parley.store import Store


def test_pack_lists_every_event_and_every_hash(deal_db, tmp_path):
    folder = tmp_path / "pack"
    with Store.open(deal_db) as store:
        debt = next(d for d in store.list_debts() if d.lender == "安盈消费金融")
        events = store.list_events(debt_id=debt.id)
        md_path, html_path = write_pack(store, store.load_settings(), debt.id, folder)
    md, page = md_path.read_text(encoding="utf-8"), html_path.read_text(encoding="utf-8")
    assert md_path.stat().st_mode & 0o777 == 0o600
    for event in events:
        stamp = event.occurred_at.strftime("%Y-%m-%d %H:%M")
        assert stamp in md and stamp in page
        for a in event.attachments:
            assert a.sha256 in md and a.sha256 in page
    assert "1234" in md and "/evidence/call.m4a" in md
    assert "no: verbal only" in md  # the demo's verbal promises
    assert "Night means from 21:00 to 08:00" in md
    assert "Signed \\| with e-signature" in md  # a pipe cannot break the table


def test_html_is_escaped_and_self_contained(deal_db, tmp_path):
    with Store.open(deal_db) as store:
        debt = next(d for d in store.list_debts() if d.lender == "安盈消费金融")
        _md, html_path = write_pack(store, store.load_settings(), debt.id, tmp_path)
    page = html_path.read_text(encoding="utf-8")
    assert "<script>" not in page and "&lt;script&gt;" in page and "&amp; co" in page
    assert not re.search(r"(src|href)\s*=", page)  # nothing loaded from elsewhere
    assert page.startswith("<!DOCTYPE html>")


def test_pack_in_chinese(deal_db, tmp_path):
    set_language("zh_CN")
    with Store.open(deal_db) as store:
        debt = next(d for d in store.list_debts() if d.lender == "快闪借")
        md_path, html_path = write_pack(store, store.load_settings(), debt.id, tmp_path)
    md = md_path.read_text(encoding="utf-8")
    assert "催收" in md and 'lang="zh-CN"' in html_path.read_text(encoding="utf-8")


def test_pack_names_the_fees_that_raise_the_true_apr(deal_db, tmp_path):
    from dataclasses import replace

    with Store.open(deal_db) as store:
        debt = next(d for d in store.list_debts() if d.lender == "快闪借")
        # The demo deducts 1,000.00 up front; add 25.00 with every instalment and 80.00 once.
        store.update_debt(replace(debt, fee_per_instalment=2_500, fee_one_off=8_000))
        md_path, _html = write_pack(store, store.load_settings(), debt.id, tmp_path)
    md = md_path.read_text(encoding="utf-8")
    upfront, each, once = (format_money(v) for v in (100_000, 2_500, 8_000))
    assert f"| Fee deducted up front | {upfront} |" in md
    assert f"| Fee with every instalment | {each} |" in md
    assert f"| One-off fee | {once} |" in md
    assert (
        "The true APR is higher than the stated rate because it counts these fees as the cost "
        f"of the loan: {upfront} deducted up front, {each} with every instalment, and a one-off "
        f"{once}."
    ) in md


def test_pack_without_fees_says_nothing_about_them_and_counts_in_the_singular(deal_db, tmp_path):
    with Store.open(deal_db) as store:
        debt = next(d for d in store.list_debts() if d.lender == "安盈消费金融")
        for event in store.list_events(debt_id=debt.id)[1:]:
            store.delete_event(event.id)
        md_path, _html = write_pack(store, store.load_settings(), debt.id, tmp_path)
    md = md_path.read_text(encoding="utf-8")
    assert "because it counts these fees" not in md
    assert "1 event, oldest first." in md
