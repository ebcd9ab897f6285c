"""A real file whose every user text field holds markup, and a way to read the screen.

Each field gets its own tag inside the same hostile shell, so a test can tell which field
it sees and check that it is shown character for character: `[/]` would crash a markup
parser, `[sms]` would vanish, `[@click=…]` would become a live link.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from pathlib import Path

from parley.store import Store, demo
from parley.store.records import Attachment, ChecklistItem, Promise

FOCUS_LENDER = "安盈消费金融"  # the example debt with an agreement, offers and contacts


def hostile(tag: str) -> str:
    return f"[/]{tag}[sms][@click=screen.answer(True)]"


# Every user text field Parley stores, by tag.
FIELDS = {
    "LEN": "debt lender",
    "CON": "debt contract number",
    "NOT": "debt notes",
    "CHA": "event channel",
    "PTY": "event other party",
    "AGT": "event agent id",
    "SUM": "event text",
    "PRO": "event promise",
    "ATT": "event attachment path",
    "AGR": "agreement text",
    "SRC": "agreement source",
    "CKN": "checklist note",
    "WHD": "wizard hardship, own words",
    "WCL": "wizard caller name",
}


def fill(path: Path, today: date) -> int:
    """Write the example data with hostile text in every field; the focused debt's id."""
    with Store.open(path) as store:
        demo.fill(store, today)
        focus = None
        for debt in store.list_debts():
            if debt.lender == FOCUS_LENDER:
                focus = debt.id
            store.update_debt(
                dataclasses.replace(
                    debt,
                    lender=hostile("LEN") + debt.lender,
                    contract_no=hostile("CON"),
                    notes=hostile("NOT"),
                )
            )
        assert focus is not None
        for event in store.list_events():
            store.update_event(
                dataclasses.replace(
                    event,
                    channel=hostile("CHA"),
                    party=hostile("PTY"),
                    agent_id=hostile("AGT"),
                    summary=hostile("SUM"),
                    promises=[Promise(hostile("PRO"), written=False)],
                    attachments=[
                        Attachment(
                            f"/tmp/{hostile('ATT')}.mp3", 3, "ab" * 32, datetime(2026, 11, 1, 9)
                        )
                    ],
                )
            )
        text = store.list_agreements(focus)[-1].text
        store.add_agreement_version(focus, text + "\n" + hostile("AGR") + "\n", hostile("SRC"))
        store.set_checklist_item(
            ChecklistItem(focus, "agent_id_checked", True, today, hostile("CKN"))
        )
        store.save_draft(
            focus, 6, {"detail": hostile("WHD"), "caller": hostile("WCL"), "costs": "3000"}
        )
    return focus


def screen_text(app) -> str:
    """Every character on the screen, line by line, as a person would read it."""
    strips = app.screen._compositor.render_strips()
    return "\n".join(strip.text for strip in strips)


def tags_shown(text: str) -> set[str]:
    return {tag for tag in FIELDS if tag in text}


def mangled(text: str) -> list[str]:
    """Tags shown without the brackets around them, i.e. markup was parsed.

    A narrow column may cut the text after the tag (`…`) or wrap it, so what follows the
    tag only has to start the way the literal does."""
    bad = []
    for tag in FIELDS:
        start = text.find(tag)
        while start != -1:
            before = text[max(start - 3, 0) : start]
            after = text[start + len(tag) : start + len(tag) + 1]
            if before != "[/]" or after not in ("", "[", "…", "\n", " ", "│", "▏"):
                bad.append(tag)
                break
            start = text.find(tag, start + 1)
    return bad
