"""Wizard mode: a debt, the hardship, the budget, two proposals, safety, then the script.

The screen's state lives in a `Wizard` (plain texts), never only in widgets: changing
step or language recomposes the screen from it. Each valid change is written to the
draft at once, so leaving the mode or closing the app loses nothing.
"""

from __future__ import annotations

from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Checkbox, Select, Static

from parley import clock
from parley.engine.errors import InputError
from parley.engine.wizard import (
    LABELS,
    LAST_STEP,
    OFFER_FIELDS,
    Wizard,
    fresh,
)
from parley.i18n import N_, _
from parley.private_files import write_private
from parley.tui.keys import Key, bindings
from parley.tui.screens.base import ModeScreen
from parley.tui.screens.wizard import steps
from parley.tui.widgets.field import Field

WIZARD_KEYS: tuple[Key, ...] = (
    Key(
        "wizard.next",
        "ctrl+n",
        "next",
        N_("Next"),
        N_("Go to the next step (refused while a field is wrong)"),
        priority=True,
    ),
    Key("wizard.back", "ctrl+b", "back", N_("Back"), N_("Go back a step"), priority=True),
    Key(
        "wizard.suggest",
        "ctrl+r",
        "suggest",
        N_("Suggest again"),
        N_("Replace both proposals with fresh suggestions from your budget"),
    ),
    Key("wizard.copy", "c", "copy", N_("Copy"), N_("Copy the script to the clipboard")),
    Key(
        "wizard.md",
        "m",
        "export('md')",
        N_("Save .md"),
        N_("Write the script to a Markdown file next to your data file"),
    ),
    Key(
        "wizard.txt",
        "t",
        "export('txt')",
        N_("Save .txt"),
        N_("Write the script to a text file next to your data file"),
    ),
    Key(
        "wizard.save",
        "ctrl+s",
        "save",
        N_("Save offers"),
        N_("Keep offers A and B and plan the call in your records"),
        priority=True,
    ),
    *(
        Key(
            f"wizard.step{n}",
            f"alt+{n},f{n}",
            f"jump({n})",
            N_("Go to a step"),
            N_("alt+1 to alt+6 (or F1 to F6) jump to that step"),
            show=False,
            palette=False,
            priority=True,
        )
        for n in range(1, LAST_STEP + 1)
    ),
)

STEP_ACTIONS = {"suggest": (4,), "copy": (6,), "export": (6,), "save": (6,)}


class WizardScreen(ModeScreen):
    MODE_TITLE = N_("Wizard")
    BINDINGS = bindings(WIZARD_KEYS)

    DEFAULT_CSS = """
    WizardScreen #wiz-steps { height: 1; padding: 0 1; background: $boost; }
    WizardScreen #wiz-title { height: auto; padding: 0 1; }
    WizardScreen #wiz-body { height: 1fr; padding: 0 1; }
    WizardScreen #wiz-status { height: auto; padding: 0 1; color: $error; }
    WizardScreen .wiz-panel { height: auto; margin: 1 0 0 0; padding: 0 1;
        border: round $primary-darken-2; }
    WizardScreen .wiz-grid2 { grid-size: 2; grid-gutter: 0 2; height: auto; }
    WizardScreen .wiz-grid3 { grid-size: 3; grid-gutter: 0 2; height: auto; }
    WizardScreen .wiz-checks { margin: 0 0 0 1; }
    WizardScreen .wiz-checks Checkbox { width: 100%; }
    WizardScreen .wiz-hint { height: auto; color: $text-muted; }
    WizardScreen .wiz-why { height: auto; color: $text-muted; padding: 0 0 0 5; }
    WizardScreen .wiz-figures { height: auto; margin: 0 0 1 0; }
    WizardScreen #wiz-offers { height: auto; }
    WizardScreen .wiz-offer { width: 1fr; height: auto; padding: 0 1;
        border: round $primary-darken-2; }
    WizardScreen .wiz-reason { height: auto; color: $text-muted; }
    WizardScreen .wiz-warnings { height: auto; color: $warning; }
    WizardScreen .offer-title { text-style: bold; }
    WizardScreen #wiz-script-bar { height: auto; }
    WizardScreen #wiz-script-bar Select { width: 14; margin: 0 2; }
    WizardScreen #wiz-script-bar .wiz-hint { width: 1fr; }
    WizardScreen .wiz-inline-label { padding: 0 0 0 0; }
    WizardScreen #script-scroll { height: 1fr; border: round $primary-darken-2; }
    WizardScreen #script { padding: 0 1; }
    """

    def __init__(self) -> None:
        super().__init__()
        self.wizard: Wizard | None = None
        self.debts: list = []
        self.status = ""
        self._resumed = ""

    # --- loading --------------------------------------------------------------------------

    def _load(self) -> None:
        """Pick the debt (a draft in progress first) and rebuild the wizard from the store."""
        from parley.engine.triage import rank_debts
        from parley.i18n import language

        store, settings, today = self.app.store, self.app.settings, clock.today()
        self.debts = [
            r.debt for r in rank_debts(store.list_debts(), today=today, settings=settings)
        ]
        ids = [d.id for d in self.debts]
        if not ids:
            self.wizard = None
            return
        if self.wizard is not None and self.wizard.debt.id in ids:
            # Data changed elsewhere: same texts, fresh debt and settings.
            current = self.wizard
            self.wizard = Wizard(
                store.get_debt(current.debt.id),
                settings,
                today,
                current.texts,
                current.step,
                current.good,
                payments=_payments(store, current.debt.id),
            )
            return
        focused = self.app.focused_debt_id if self.app.focused_debt_id in ids else None
        draft = store.load_draft(focused) if focused is not None else None
        debt_id = focused
        if draft is None:
            latest = store.latest_draft()
            if latest is not None and latest["debt_id"] in ids:
                debt_id, draft = latest["debt_id"], latest
        if debt_id is None:
            debt_id = ids[0]
        self._start(debt_id, draft, language())
        if draft is not None:
            self._resumed = self.wizard.debt.lender

    def _start(self, debt_id: int, draft: dict | None, lang: str) -> None:
        store, settings = self.app.store, self.app.settings
        texts = fresh(settings, lang)
        step = 1
        if draft is not None:
            texts.update(draft["data"])
            step = draft["step"]
        self.wizard = Wizard(
            store.get_debt(debt_id),
            settings,
            clock.today(),
            texts,
            step,
            payments=_payments(store, debt_id),
        )
        self.app.focused_debt_id = debt_id

    def reload(self) -> None:
        self.call_later(self._reload)

    async def _reload(self) -> None:
        self._load()
        await self.recompose()

    # --- layout ---------------------------------------------------------------------------

    def compose_body(self) -> ComposeResult:
        if self.wizard is None:
            self._load()
        wizard = self.wizard
        if wizard is None:
            yield Static(
                _("Add a debt first: press 1 for the debts, then a to add one."),
                classes="placeholder",
            )
            return
        step = wizard.step
        if step >= 4:
            wizard.ensure_offers()
        yield Static(steps.indicator(step), id="wiz-steps")
        yield Static(steps.title(step), id="wiz-title")
        with VerticalScroll(id="wiz-body"):
            if step == 1:
                yield from steps.compose_debt(wizard, self.debts)
            elif step == 2:
                yield from steps.compose_hardship(wizard)
            elif step == 3:
                yield from steps.compose_budget(wizard)
            elif step == 4:
                results, stale, _errors = steps.offer_results(wizard)
                yield from steps.compose_proposals(wizard, results, stale)
            elif step == 5:
                yield from steps.compose_safety(wizard)
            else:
                yield from steps.compose_script(wizard)
        yield Static(self.status, id="wiz-status")

    def on_mount(self) -> None:
        self._after_compose()
        if self._resumed:
            self.notify(
                _("Picked up your draft for {lender} where you left it.").format(
                    lender=self._resumed
                )
            )
            self._resumed = ""

    async def recompose(self) -> None:
        await super().recompose()
        self._after_compose()

    def _after_compose(self) -> None:
        if self.wizard is None:
            return
        if self.wizard.step == 4:
            self._show_offer_errors()
        self.refresh_bindings()
        body = self.query("#wiz-body")
        if not body:
            return
        if self.wizard.step == LAST_STEP:
            self.query_one("#script-scroll").focus()
            return
        for widget in body.first().query("Input, Select, Checkbox"):
            if widget.focusable:
                # Keep the step's top in view: on step 4 the figures sit above the fields.
                widget.focus(scroll_visible=False)
                break

    # --- moving between steps --------------------------------------------------------------

    def _wrong_before(self, target: int) -> tuple[int, list[str]] | None:
        """The first step before `target` with a wrong field, and its field ids."""
        wizard = self.wizard
        assert wizard is not None
        for step in range(1, target):
            if step >= 4:
                wizard.ensure_offers()
            wrong = wizard.step_errors(step)
            if wrong:
                return step, wrong
        return None

    async def go(self, target: int) -> None:
        wizard = self.wizard
        if wizard is None or not 1 <= target <= LAST_STEP or target == wizard.step:
            return
        if target > wizard.step:
            found = self._wrong_before(target)
            if found is not None:
                step, wrong = found
                self.status = _("Fix the field marked in red before going on.")
                if step != wizard.step:
                    wizard.step = step
                    await self.recompose()
                self._mark(wrong)
                return
        self.status = ""
        wizard.step = target
        self._save_draft()
        await self.recompose()

    def _mark(self, wrong: list[str]) -> None:
        """Show why at the field, and put the cursor there."""
        self.query_one("#wiz-status", Static).update(self.status)
        if self.wizard is not None and self.wizard.step == 4:
            self._show_offer_errors()
        first = None
        for field_id in wrong:
            found = self.query(f"#{field_id}")
            if not found:
                continue
            target = found.first()
            if isinstance(target, Field):
                # Reassigned so the message shows even when it was set before mounting;
                # a field that parses but clashes with another gets the general reason.
                message = target.error or self.status
                target.error = ""
                target.error = message
                target.reveal()
            first = first or target
        if first is not None:
            first.focus()

    async def action_next(self) -> None:
        if self.wizard is not None:
            await self.go(self.wizard.step + 1)

    async def action_back(self) -> None:
        if self.wizard is not None:
            await self.go(self.wizard.step - 1)

    async def action_jump(self, step: int) -> None:
        await self.go(step)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        wizard = self.wizard
        if action in STEP_ACTIONS:
            return wizard is not None and wizard.step in STEP_ACTIONS[action]
        if action == "next":
            return None if wizard is None or wizard.step == LAST_STEP else True
        if action == "back":
            return None if wizard is None or wizard.step == 1 else True
        if action == "jump":
            return wizard is not None
        return True

    # --- editing --------------------------------------------------------------------------

    def _save_draft(self) -> None:
        wizard = self.wizard
        if wizard is not None:
            self.app.store.save_draft(wizard.debt.id, wizard.step, wizard.draft())

    @on(Field.Changed)
    def _field_changed(self, event: Field.Changed) -> None:
        wizard = self.wizard
        if wizard is None or not event.field.id:
            return
        valid = wizard.set(event.field.id, event.field.text)
        if self.status and valid:
            self.status = ""
            self.query_one("#wiz-status", Static).update("")
        self._refresh_live()
        if valid:
            self._save_draft()

    @on(Select.Changed)
    async def _select_changed(self, event: Select.Changed) -> None:
        wizard = self.wizard
        name = event.select.id
        if wizard is None or name is None or event.value is Select.NULL:
            return
        if name == "debt":
            if event.value != wizard.debt.id:
                await self._switch_debt(int(event.value))
            return
        if wizard.texts.get(name) == event.value:
            return
        wizard.set(name, str(event.value))
        self._save_draft()
        self._refresh_live()

    async def _switch_debt(self, debt_id: int) -> None:
        from parley.i18n import language

        self._start(debt_id, self.app.store.load_draft(debt_id), language())
        assert self.wizard is not None
        self.wizard.step = 1
        self._save_draft()
        await self.recompose()

    @on(Checkbox.Changed)
    def _checkbox_changed(self, event: Checkbox.Changed) -> None:
        wizard = self.wizard
        box_id = event.checkbox.id or ""
        if wizard is None or "-" not in box_id:
            return
        group, code = box_id.split("-", 1)
        key = {"ev": "evidence", "safe": "safety"}.get(group)
        if key is None:
            return
        held = list(wizard.texts.get(key, []))
        if event.value and code not in held:
            held.append(code)
        elif not event.value and code in held:
            held.remove(code)
        else:
            return
        wizard.set(key, sorted(held))
        self._save_draft()
        self._refresh_live()

    def _refresh_live(self) -> None:
        """Update the figures beside the fields of the current step."""
        wizard = self.wizard
        if wizard is None:
            return
        step = wizard.step
        if step == 2:
            self.query_one("#strength", Static).update(steps.strength(wizard))
        elif step == 3:
            self.query_one("#budget", Static).update(steps.budget(wizard))
        elif step == 4:
            results, stale, _errors = steps.offer_results(wizard)
            self.query_one("#figures", Static).update(steps.figures(wizard, results, stale))
            self.query_one("#offer-warnings", Static).update(steps.warnings(results))
            self._show_offer_errors()
        elif step == 5:
            self.query_one("#safety-count", Static).update(steps.safety_count(wizard))
        elif step == 6:
            self.query_one("#script", Static).update(steps.script_view(wizard))

    def _show_offer_errors(self) -> None:
        """Terms that parse but cannot be a deal together: say so at the field concerned."""
        wizard = self.wizard
        if wizard is None:
            return
        for label in LABELS:
            fields = {name: self.query(f"#{label}-{name}") for name in OFFER_FIELDS}
            if any(f and not f.first().valid for f in fields.values()):
                continue
            try:
                wizard.evaluate(label, from_texts=True)
            except InputError as error:
                name = {"down_payment": "down", "down_payment_pct": "down"}.get(
                    error.field or "", error.field or "count"
                )
                name = name if name in fields else "count"
                if fields[name]:
                    fields[name].first().error = str(error)

    # --- step 4 ---------------------------------------------------------------------------

    async def action_suggest(self) -> None:
        if self.wizard is None:
            return
        self.wizard.ensure_offers(force=True)
        self._save_draft()
        await self.recompose()
        self.notify(_("Both proposals reset to the suggestions for your budget."))

    # --- step 6 ---------------------------------------------------------------------------

    def action_copy(self) -> None:
        if self.wizard is None:
            return
        self.app.copy_to_clipboard(steps.script_text(self.wizard, "txt"))
        self.notify(_("Script copied. Paste it into a note or a message to yourself."))

    def export_path(self, kind: str) -> Path:
        wizard = self.wizard
        assert wizard is not None
        folder = Path(self.app.store.path).parent
        lang = wizard.texts.get("script_lang", "en")
        return folder / f"parley-script-{wizard.debt.id}-{wizard.today.isoformat()}-{lang}.{kind}"

    def action_export(self, kind: str) -> None:
        if self.wizard is None:
            return
        target = self.export_path(kind)
        text = steps.script_text(self.wizard, kind)
        try:
            write_private(target, text)
        except OSError as error:
            self.notify(
                _("Could not write {path}: {reason}").format(
                    path=target, reason=error.strerror or error
                ),
                severity="error",
            )
            return
        self.notify(_("Script saved to {path}").format(path=target), timeout=10)

    def action_save(self) -> None:
        """The two offers (proposed) and a planned call go into the records."""
        from parley.store.records import Event, EventKind, OfferRecord, OfferStatus

        wizard = self.wizard
        if wizard is None:
            return
        store = self.app.store
        summary = []
        for label in LABELS:
            terms = wizard.terms(label)
            store.save_offer(
                OfferRecord(
                    debt_id=wizard.debt.id,
                    label=label,
                    terms=terms,
                    status=OfferStatus.PROPOSED,
                    proposed_by="me",
                )
            )
            summary.append(steps.offer_summary(wizard, label))
        day = wizard.call_day()
        store.add_event(
            Event(
                debt_id=wizard.debt.id,
                kind=EventKind.CALL_MADE,
                occurred_at=clock.now(),
                channel=_("Official customer-service line"),
                party=wizard.debt.lender,
                summary=_(
                    "Planned call with the script. {a} {b} Ask for the agent's ID and for "
                    "written confirmation."
                ).format(a=summary[0], b=summary[1]),
                follow_up=day,
            )
        )
        store.delete_draft(wizard.debt.id)
        self.notify(
            _("Offers A and B saved as proposed, and the call planned for {date}.").format(
                date=day.isoformat()
            ),
            timeout=8,
        )
        self.app.refresh_data()


def _payments(store, debt_id: int) -> list:
    """The debt's recorded payments, dated: the script measures interest paid from them."""
    return [(p.paid_on, p.amount) for p in store.list_payments(debt_id)]
