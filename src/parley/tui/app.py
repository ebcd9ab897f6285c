"""ParleyApp: five modes (debts, timeline, wizard, checklist, plan), language switching, palette."""

from __future__ import annotations

import gc
import sys
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import App, SystemCommand
from textual.screen import Screen

from parley import i18n
from parley.i18n import _
from parley.tui.crash import RedactedCrash
from parley.tui.keys import APP_KEYS, bindings, key_commands
from parley.tui.privacy import PrivacyMixin
from parley.tui.storage import EVERYTHING, SETTINGS, DataChanged, Failed, write

if TYPE_CHECKING:
    from parley.store import Store


_GC_FROZEN = False


def _debts_screen() -> Screen:
    from parley.tui.screens.debts import DebtsScreen

    return DebtsScreen()


def _timeline_screen() -> Screen:
    from parley.tui.screens.timeline import TimelineScreen

    return TimelineScreen()


def _wizard_screen() -> Screen:
    from parley.tui.screens.wizard.screen import WizardScreen

    return WizardScreen()


def _checklist_screen() -> Screen:
    from parley.tui.screens.checklist import ChecklistScreen

    return ChecklistScreen()


def _plan_screen() -> Screen:
    from parley.tui.screens.plan.screen import PlanScreen

    return PlanScreen()


class ParleyApp(RedactedCrash, PrivacyMixin, App[int]):
    CSS_PATH = Path(__file__).parent / "app.tcss"
    MODES = {
        "debts": _debts_screen,
        "timeline": _timeline_screen,
        "wizard": _wizard_screen,
        "checklist": _checklist_screen,
        "plan": _plan_screen,
    }
    DEFAULT_MODE = "debts"
    BINDINGS = bindings(APP_KEYS)

    def __new__(cls, *args, **kwargs):
        # Everything loaded so far (modules, classes, Textual's tables) lives as long as the
        # process; frozen, the garbage collector stops walking it all again, which it
        # otherwise did once during the first frame (~50 ms). Here, before the app exists:
        # an app frozen with the rest could never be collected (it is full of cycles). Once:
        # a later app in the same process (tests) would freeze the garbage of the ones
        # before it.
        global _GC_FROZEN
        if not _GC_FROZEN:
            gc.freeze()
            _GC_FROZEN = True
        return super().__new__(cls)

    def __init__(self, store: Store, *, lang: str | None = None) -> None:
        from parley.tui import wrap

        wrap.install()  # Chinese lines break between characters, never inside a figure
        super().__init__()
        self.store = store
        self.settings = store.load_settings()
        chosen = (
            i18n.normalise(lang)
            or i18n.normalise(self.settings.language)
            or i18n.default_language()
        )
        i18n.set_language(chosen)
        i18n.set_currency(self.settings.currency)
        self.title = "Parley"
        self.sub_title = Path(store.path).name
        if getattr(store, "read_only", False):
            self.sub_title += " · " + _("read-only")
        self.focused_debt_id: int | None = None  # shared by the modes: "the debt I'm working on"
        # Set once the first frame is on screen: workers that hold the GIL wait for it, or
        # they slow the very frame the user is waiting for.
        self.first_frame = threading.Event()

    def on_mount(self) -> None:
        self.setup_privacy()
        note = getattr(self.store, "read_only_note", None)
        if note:
            self.notify(note, severity="warning", timeout=15)
        if self.store.is_empty() and not getattr(self.store, "read_only", False):
            from parley.tui.screens.welcome import WelcomeScreen

            self.push_screen(WelcomeScreen(), self._after_welcome)

    def on_ready(self) -> None:
        self.first_frame.set()

    def _after_welcome(self, load_demo: bool | None) -> None:
        if load_demo:
            from parley.clock import today
            from parley.store import demo

            if isinstance(
                write(self, lambda: demo.fill(self.store, today()), changed=EVERYTHING), Failed
            ):
                return
            self.settings = self.store.load_settings()
            i18n.set_currency(self.settings.currency)
            self.notify(_("Example data loaded. Delete it any time, debt by debt."))
        self.refresh_data()

    def notify(self, message, *, title="", severity="information", timeout=None, markup=False):
        """Every notification shows its text literally: messages quote lenders, paths and
        notes, and those are data, never markup (see tui/widgets/text.py)."""
        super().notify(
            str(message), title=str(title), severity=severity, timeout=timeout, markup=False
        )

    # --- when Parley itself fails: a redacted report (crash.RedactedCrash) -------------------

    def crash_folder(self) -> Path:
        return Path(self.store.path).parent

    # --- shared state -------------------------------------------------------------------

    def refresh_data(self) -> None:
        """Tell every screen that anything may have changed."""
        self.post_message(DataChanged(EVERYTHING))

    def on_data_changed(self, change: DataChanged) -> None:
        """Every screen, shown or not, hears what changed; each decides whether it shows it
        (the store is the one source of truth; screens hold no copies that outlive this)."""
        for screen in list(self._all_screens()):
            refresh = getattr(screen, "data_changed", None)
            if refresh:
                refresh(change)

    def _all_screens(self) -> Iterable[Screen]:
        seen: set[int] = set()
        for stack in self._screen_stacks.values():
            for screen in stack:
                if id(screen) not in seen:
                    seen.add(id(screen))
                    yield screen

    # --- actions -----------------------------------------------------------------------

    def action_help(self) -> None:
        from parley.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_settings(self) -> None:
        from parley.tui.screens.settings import SettingsScreen

        if not isinstance(self.screen, SettingsScreen):
            self.push_screen(SettingsScreen())

    async def action_switch_language(self) -> None:
        other = "en" if i18n.language() == "zh_CN" else "zh_CN"
        await self.set_language(other)

    async def set_language(self, lang: str) -> None:
        i18n.set_language(lang)
        self.settings.language = i18n.language()
        # The language applies now even if the file cannot remember it (a read-only file
        # already says so in the header; asking again on every switch would only nag).
        if not getattr(self.store, "read_only", False):
            write(self, lambda: self.store.save_settings(self.settings), changed=frozenset())
        for screen in list(self._all_screens()):
            if screen.is_mounted or screen.is_attached:
                await screen.recompose()
        self.notify(_("Language: English") if lang == "en" else _("Language: Chinese"))

    def apply_settings(self, settings, *, retry=None) -> bool:
        """Save the settings; False (and the message shown) when the file refused them."""
        if isinstance(
            write(self, lambda: self.store.save_settings(settings), changed=SETTINGS, retry=retry),
            Failed,
        ):
            return False
        self.settings = settings
        i18n.set_currency(settings.currency)
        return True

    # --- command palette -----------------------------------------------------------------

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        if self.hidden:
            return
        for key in APP_KEYS:
            if not key.palette or key.id == "app.quit":
                continue
            action = key.action.removeprefix("app.")
            yield SystemCommand(_(key.description), _(key.tooltip), self._runner(action))
        # The screen's keys that apply now (sort, edit, delete, undo, filter, calendar...),
        # then anything else it offers (debts: go to a debt).
        keys = getattr(screen, "KEYS", None)
        if keys:
            yield from key_commands(screen, keys)
        commands = getattr(screen, "palette_commands", None)
        if commands is not None:
            yield from commands()
        yield SystemCommand(
            _("Export everything"), _("Save all your data as a JSON file"), self.action_export
        )
        yield SystemCommand(
            _("Privacy"),
            _("Vault size limit, hide when idle, and how the file is locked"),
            self.action_privacy,
        )
        yield SystemCommand(
            _("Theme"), _("Choose colours that are easier on your eyes"), self.action_change_theme
        )
        yield SystemCommand(
            _("Quit"), _("Quit Parley; everything is already saved"), self.action_quit
        )

    def _runner(self, action: str):
        async def run() -> None:
            await self.run_action(action)

        return run

    def action_privacy(self) -> None:
        from parley.tui.screens.privacy_settings import PrivacySettingsScreen

        self.push_screen(PrivacySettingsScreen())

    def action_export(self) -> None:
        from parley.clock import now
        from parley.private_files import write_private
        from parley.store.transfer import export_json

        out = Path(self.store.path).with_name(f"parley-export-{now():%Y%m%d-%H%M%S}.json")
        write_private(out, export_json(self.store))
        self.notify(_("Exported to {path}").format(path=out), timeout=8)
        self.warn_if_locked()


def run_app(*, db: str | None = None, lang: str | None = None) -> int:
    from parley.store import Store, StoreError
    from parley.store.crypto import Locked

    try:
        store = Store.open(db)
    except Locked:
        store = _unlock(db, lang)
        if store is None:
            return 2
    except StoreError as error:
        print(_("parley: error: {message}").format(message=error), file=sys.stderr)
        return 2
    app = ParleyApp(store, lang=lang)
    try:
        app.run()
    finally:
        store.close()
    return app.return_code or 0  # nonzero after a crash


def _unlock(db: str | None, lang: str | None):
    """Ask for the passphrase on a screen of its own; the Store, or None (message printed)."""
    from parley.store import default_path
    from parley.tui.screens.passphrase import UnlockApp

    i18n.set_language(i18n.normalise(lang) or i18n.default_language())
    path = Path(db).expanduser().absolute() if db else default_path()
    app = UnlockApp(path)
    store = app.run()
    if store is None:
        reason = app.failure or _("Wrong passphrase three times; nothing was opened.")
        print(_("parley: error: {message}").format(message=reason), file=sys.stderr)
    return store
