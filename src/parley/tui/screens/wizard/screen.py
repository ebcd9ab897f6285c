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
    budget_texts,
    fresh,
)
from parley.i18n import N_, _
from parley.i18n import format as fmt
from parley.private_files import write_private
from parley.tui.keys import Key, bindings
from parley.tui.screens.base import ModeScreen
from parley.tui.screens.confirm import ConfirmScreen
from parley.tui.screens.offer_fields import field_of
from parley.tui.screens.offer_history import offer_line
from parley.tui.screens.wizard import steps
from parley.tui.storage import DEBTS, DRAFTS, EVENTS, OFFERS, SETTINGS, Failed, write
from parley.tui.widgets.field import Field
from parley.tui.widgets.text import Plain

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
        N_("Save the script as a Markdown file (asks where)"),
    ),
    Key(
        "wizard.txt",
        "t",
        "export('txt')",
        N_("Save .txt"),
        N_("Save the script as a text file (asks where)"),
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
            f"shift+f{n}",
            f"jump({n})",
            N_("Go to a step"),
            # F-keys and alt+digits switch modes from anywhere; the steps take shift+F-keys.
            N_("Shift+F1 to Shift+F6 jump to that step"),
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
    SHOWS = frozenset({DEBTS, SETTINGS})
    BINDINGS = bindings(WIZARD_KEYS)
    KEYS = WIZARD_KEYS

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
            # Data changed elsewhere: same texts, fresh debt, settings and budget.
            current = self.wizard
            household = budget_texts(store.load_budget())
            self.wizard = Wizard(
                store.get_debt(current.debt.id),
                settings,
                today,
                {**current.texts, **household},
                current.step,
                {**current.good, **household},
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
        texts.update(budget_texts(store.load_budget()))
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
            yield Plain(
                _("Add a debt first: press 1 for the debts, then a to add one."),
                classes="placeholder",
            )
            return
        step = wizard.step
        if step >= 4:
            wizard.ensure_offers()
        yield Plain(steps.indicator(step), id="wiz-steps")
        yield Plain(steps.title(step), id="wiz-title")
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
        yield Plain(self.status, id="wiz-status")

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
        """Show why at the field, name the fields in the status line, and put the cursor on
        the first."""
        if self.wizard is not None and self.wizard.step == 4:
            self._show_offer_errors()
        first = None
        names: list[str] = []
        for field_id in wrong:
            found = self.query(f"#{field_id}")
            if not found:
                continue
            target = found.first()
            if isinstance(target, Field):
                offer = field_id.split("-", 1)[0] if field_id[:2] in ("A-", "B-") else None
                names.append(
                    _("{field} (offer {label})").format(field=target.label, label=offer)
                    if offer
                    else target.label
                )
                # Reassigned so the message shows even when it was set before mounting;
                # a field that parses but clashes with another gets the general reason.
                message = target.error or self.status
                target.error = ""
                target.error = message
                target.reveal()
            first = first or target
        if names:
            self.status = _("Fix before going on: {fields}.").format(fields=fmt.names(names))
        self.query_one("#wiz-status", Static).update(self.status)
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
            write(
                self.app,
                lambda: self.app.store.save_draft(wizard.debt.id, wizard.step, wizard.draft()),
                changed=DRAFTS,
                debt_id=wizard.debt.id,
                origin=self,
                retry=self._save_draft,
            )

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
        # Plain.show lays the screen out again only when a panel's height changes (a layout
        # of step 4 cost ~12 ms of every keystroke).
        if step == 2:
            self.query_one("#strength", Plain).show(steps.strength(wizard))
        elif step == 3:
            self.query_one("#budget", Plain).show(steps.budget(wizard))
        elif step == 4:
            results, stale, errors = steps.offer_results(wizard)
            self.query_one("#figures", Plain).show(steps.figures(wizard, results, stale))
            self.query_one("#offer-warnings", Plain).show(steps.warnings(results))
            self._show_offer_errors(errors)
        elif step == 5:
            self.query_one("#safety-count", Plain).show(steps.safety_count(wizard))
        elif step == 6:
            self.query_one("#script", Plain).show(steps.script_view(wizard))

    def _show_offer_errors(self, errors: dict[str, InputError] | None = None) -> None:
        """Terms that parse but cannot be a deal together: say so at the field concerned.
        `errors`: each offer's refusal as steps.offer_results found it (else worked out)."""
        wizard = self.wizard
        if wizard is None:
            return
        if errors is None:
            errors = steps.offer_results(wizard)[2]
        # One walk of the screen for every field (a query per field cost ~14 ms a keystroke).
        by_id = {field.id: field for field in self.query(Field)}
        for label in LABELS:
            fields = {name: by_id.get(f"{label}-{name}") for name in OFFER_FIELDS}
            error = errors.get(label)
            if error is None or any(f is not None and not f.valid for f in fields.values()):
                continue
            name = field_of(error.field, "count")
            name = name if name in fields else "count"
            if fields[name] is not None:
                fields[name].error = str(error)

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

    def export_name(self, kind: str) -> str:
        wizard = self.wizard
        assert wizard is not None
        lang = wizard.texts.get("script_lang", "en")
        return f"parley-script-{wizard.debt.id}-{wizard.today.isoformat()}-{lang}.{kind}"

    def action_export(self, kind: str) -> None:
        from parley.tui.screens.save_as import SaveAsScreen, export_folder

        if self.wizard is None:
            return
        text = steps.script_text(self.wizard, kind)
        self.app.push_screen(
            SaveAsScreen(_("Save the script"), export_folder(self.app) / self.export_name(kind)),
            lambda target: self._write_script(target, text),
        )

    def _write_script(self, target: Path | None, text: str) -> None:
        from parley.tui.screens.save_as import remember_folder

        if target is None:
            return
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
        remember_folder(self.app, target.parent)
        self.notify(_("Script saved to {path}").format(path=target), timeout=10)

    def action_save(self) -> None:
        """Say what saving replaces, then save the two offers and plan the call."""
        wizard = self.wizard
        if wizard is None:
            return
        current = {
            record.label: record
            for record in self.app.store.list_offers(wizard.debt.id)
            if record.label in LABELS
        }
        if not current:
            self._save_offers()
            return
        shown = "; ".join(
            f"{label}: {current[label].status.label()}, {offer_line(current[label].terms)}"
            for label in LABELS
            if label in current
        )
        question = _(
            "The offer editor shows these offers for {lender} now: {offers}. Saving makes the "
            "wizard's A and B the current ones; the older ones stay in the offer history "
            "(ctrl+r in the offer editor)."
        ).format(lender=wizard.debt.lender, offers=shown)
        self.app.push_screen(
            ConfirmScreen(question, _("Save")),
            lambda yes: self._save_offers() if yes else None,
        )

    def _save_offers(self) -> None:
        """The two offers (proposed) and a planned call go into the records, all or nothing."""
        from parley.store.records import Event, EventKind, OfferRecord, OfferStatus

        wizard = self.wizard
        if wizard is None:
            return
        from parley.store.records import planned_call, template_text

        store = self.app.store
        offers = [steps.offer_facts(wizard, label) for label in LABELS]
        day = wizard.call_day()
        # Kept as a template, so the timeline words it in whatever language is chosen later.
        template = planned_call(offers)
        channel, summary = template_text(template) or ("", "")

        def save() -> None:
            with store.transaction():
                for label in LABELS:
                    store.save_offer(
                        OfferRecord(
                            debt_id=wizard.debt.id,
                            label=label,
                            terms=wizard.terms(label),
                            status=OfferStatus.PROPOSED,
                            proposed_by="me",
                        )
                    )
                store.add_event(
                    Event(
                        debt_id=wizard.debt.id,
                        kind=EventKind.CALL_MADE,
                        occurred_at=clock.now(),
                        channel=channel,
                        party=wizard.debt.lender,
                        summary=summary,
                        follow_up=day,
                        template=template,
                    )
                )
                store.delete_draft(wizard.debt.id)

        if isinstance(
            write(
                self.app,
                save,
                changed={OFFERS, EVENTS, DRAFTS},
                debt_id=wizard.debt.id,
                origin=self,
                retry=self._save_offers,
            ),
            Failed,
        ):
            return
        self.notify(
            _("Offers A and B saved as proposed, and the call planned for {date}.").format(
                date=day.isoformat()
            ),
            timeout=8,
        )


def _payments(store, debt_id: int) -> list:
    """The debt's recorded payments, dated: the script measures interest paid from them."""
    return [(p.paid_on, p.amount) for p in store.list_payments(debt_id)]
