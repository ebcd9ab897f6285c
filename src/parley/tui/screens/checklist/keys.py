"""The checklist's keys and tabs."""

from __future__ import annotations

from parley.i18n import N_
from parley.tui.keys import Key

NOTE_MAX = 300

CHECKLIST_KEYS: tuple[Key, ...] = (
    Key(
        "checklist.toggle",
        "space",
        "toggle_item",
        N_("Tick"),
        N_("Tick or untick the highlighted item; the date is set to today"),
    ),
    Key(
        "checklist.note",
        "e",
        "edit_note",
        N_("Note"),
        N_("Write a note on the highlighted item; it is saved as you type"),
        show=False,
    ),
    Key(
        "checklist.load",
        "l",
        "load_file",
        N_("Load file"),
        N_("Add a version of the agreement from a text file"),
    ),
    Key("checklist.paste", "p", "paste", N_("Paste"), N_("Add a version by pasting its text")),
    Key(
        "checklist.next",
        "n",
        "next_finding",
        N_("Next finding"),
        N_("Show the next risky clause in the agreement's text"),
    ),
    Key(
        "checklist.diff",
        "v",
        "toggle_diff",
        N_("Compare"),
        N_("Show what changed between two versions, or go back"),
    ),
    Key(
        "checklist.items",
        "c",
        "show_tab('tab-checklist')",
        N_("Checklist"),
        N_("The items to confirm before signing"),
        show=False,
    ),
    Key(
        "checklist.text",
        "t",
        "show_tab('tab-agreement')",
        N_("Agreement"),
        N_("The agreement's text with its findings"),
        show=False,
    ),
    Key(
        "checklist.figures",
        "f",
        "show_tab('tab-figures')",
        N_("Figures"),
        N_("The agreement's figures beside the accepted offer's"),
        show=False,
    ),
    Key(
        "checklist.older",
        "left_square_bracket",
        "step_version(-1)",
        N_("Older version"),
        N_("Show the version before this one"),
        show=False,
    ),
    Key(
        "checklist.newer",
        "right_square_bracket",
        "step_version(1)",
        N_("Newer version"),
        N_("Show the version after this one"),
        show=False,
    ),
    Key(
        "checklist.debt",
        "d",
        "pick_debt",
        N_("Debt"),
        N_("Choose which debt's agreement to check"),
        show=False,
    ),
)

TABS = ("tab-checklist", "tab-agreement", "tab-figures", "tab-diff")
TAB_FOCUS = {
    "tab-checklist": "#cl-items",
    "tab-agreement": "#cl-findings",
    "tab-figures": "#cl-figures-pane",
    "tab-diff": "#cl-diff",
}
