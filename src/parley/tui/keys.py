"""One definition per command: it drives the key binding, the footer, the help screen
and the command palette, so the four never disagree."""

from __future__ import annotations

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


def bindings(keys: tuple[Key, ...]) -> list[Binding]:
    return [k.binding() for k in keys]


APP_KEYS: tuple[Key, ...] = (
    Key(
        "mode.debts",
        "1",
        "app.switch_mode('debts')",
        N_("Debts"),
        N_("Every debt, ranked by what to deal with first"),
    ),
    Key(
        "mode.timeline",
        "2",
        "app.switch_mode('timeline')",
        N_("Timeline"),
        N_("Calls, messages, promises and payments"),
    ),
    Key(
        "mode.wizard",
        "3",
        "app.switch_mode('wizard')",
        N_("Wizard"),
        N_("Prepare a call, step by step"),
    ),
    Key(
        "mode.checklist",
        "4",
        "app.switch_mode('checklist')",
        N_("Checklist"),
        N_("Check an agreement before signing"),
    ),
    Key(
        "mode.plan",
        "5",
        "app.switch_mode('plan')",
        N_("Plan"),
        N_("One budget for every debt, and the month you are free"),
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
