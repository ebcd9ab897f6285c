"""One definition per command: it drives the key binding, the footer, the help screen
and the command palette, so the four never disagree."""

from __future__ import annotations

import re
from dataclasses import dataclass

from textual.binding import Binding

from parley.i18n import N_


@dataclass(frozen=True)
class Key:
    id: str
    key: str
    action: str
    description: str  # N_-marked; translated where shown
    tooltip: str  # N_-marked
    show: bool = True
    palette: bool = True
    priority: bool = False
    # Keys for the same command that work even while a text field has the focus (a plain
    # digit typed into a field must stay in that field). F-keys reach the app under tmux and
    # screen; alt+digit only where the terminal sends Meta as Escape (tmux sends "¢" for alt+4).
    anywhere: str = ""

    def binding(self) -> Binding:
        return Binding(
            self.key,
            self.action,
            self.description,
            show=self.show,
            id=self.id,
            tooltip=self.tooltip,
            priority=self.priority,
        )

    def anywhere_binding(self) -> Binding:
        # No description: the footer and help show it beside the main key, not as a row.
        return Binding(
            self.anywhere,
            self.action,
            "",
            show=False,
            id=f"{self.id}.anywhere",
            tooltip=self.tooltip,
            priority=True,
        )


def bindings(keys: tuple[Key, ...]) -> list[Binding]:
    found = []
    for k in keys:
        found.append(k.binding())
        if k.anywhere:
            found.append(k.anywhere_binding())
    return found


def anywhere_keys(keys: tuple[Key, ...] | None = None) -> dict[str, str]:
    """action -> the key that works from inside a field, for the help screen."""
    return {k.action: k.anywhere for k in (keys or APP_KEYS) if k.anywhere}


def key_names(keys: str) -> str:
    """`f1,alt+1` -> `F1 / alt+1`, as the help screen shows them."""
    return " / ".join(k.upper() if re.fullmatch(r"f\d+", k) else k for k in keys.split(","))


APP_KEYS: tuple[Key, ...] = (
    Key(
        "mode.debts",
        "1",
        "app.switch_mode('debts')",
        N_("Debts"),
        N_("Every debt, ranked by what to deal with first"),
        anywhere="f1,alt+1",
    ),
    Key(
        "mode.timeline",
        "2",
        "app.switch_mode('timeline')",
        N_("Timeline"),
        N_("Calls, messages, promises and payments"),
        anywhere="f2,alt+2",
    ),
    Key(
        "mode.wizard",
        "3",
        "app.switch_mode('wizard')",
        N_("Wizard"),
        N_("Prepare a call, step by step"),
        anywhere="f3,alt+3",
    ),
    Key(
        "mode.checklist",
        "4",
        "app.switch_mode('checklist')",
        N_("Checklist"),
        N_("Check an agreement before signing"),
        anywhere="f4,alt+4",
    ),
    Key(
        "mode.plan",
        "5",
        "app.switch_mode('plan')",
        N_("Plan"),
        N_("One budget for every debt, and the month you are free"),
        anywhere="f5,alt+5",
    ),
    Key("app.help", "question_mark", "app.help", N_("Help"), N_("Every key, on one screen")),
    Key(
        "app.settings",
        "comma",
        "app.settings",
        N_("Settings"),
        N_("Income, currency, legal caps, language"),
        show=False,
    ),
    Key(
        "app.language",
        "ctrl+l",
        "app.switch_language",
        N_("中文/English"),
        N_("Switch between Chinese and English"),
        priority=True,
    ),
    Key(
        "app.hide",
        "f12,ctrl+backslash",
        "app.hide",
        N_("Hide"),
        N_("Blank the screen at once; F12 again (or the passphrase) brings it back"),
        show=False,
        priority=True,
    ),
    Key(
        "app.quit",
        "ctrl+q",
        "app.quit",
        N_("Quit"),
        N_("Quit Parley; everything is already saved"),
        show=False,
        priority=True,
    ),
)


def key_commands(screen, keys: tuple[Key, ...]):
    """Palette entries for a screen's keys that apply now (its check_action says so), from
    the same definitions that drive the bindings, the footer and help."""
    from textual.actions import parse
    from textual.app import SystemCommand

    from parley.i18n import _

    for key in keys:
        if not key.palette:
            continue
        _target, name, params = parse(key.action)
        if screen.check_action(name, params) is not True:
            continue

        async def run(action: str = key.action) -> None:
            await screen.run_action(action)

        yield SystemCommand(_(key.description), _(key.tooltip), run)
