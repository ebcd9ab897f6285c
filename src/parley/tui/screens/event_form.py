"""Add or edit one event of the timeline: a short keyboard form with sensible defaults.

Everything typed is held on the screen (`self.state`) as well as in the widgets, so a
language switch, which recomposes the form, loses nothing.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, time
from functools import partial

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, ProgressBar, Select, Static, TextArea

from parley import clock
from parley.engine.errors import InputError
from parley.engine.inputs import parse_date, parse_text
from parley.i18n import N_, _
from parley.store.records import AbuseFlag, Attachment, Event, EventKind, Promise
from parley.store.vault import copy_of
from parley.tui.screens.attach_worker import attach_label
from parley.tui.screens.discard import DiscardGuard
from parley.tui.screens.event_files import AttachmentsPart, file_check, parse_file
from parley.tui.storage import EVENTS, Failed, write
from parley.tui.widgets.field import Field, attention, labelled, required_legend
from parley.tui.widgets.text import Plain, PlainLabel, PlainSelect

SUMMARY_MAX = 4000


def parse_moment(text: str) -> datetime:
    """`2026-11-30 14:05` -> a datetime. The time is required: it tells day from night
    in the collection log."""
    raw = unicodedata.normalize("NFKC", text or "").strip()
    match = re.fullmatch(r"(.+?)[ T]+(\d{1,2}):(\d{2})", raw)
    if not match:
        raise InputError(
            _("“{text}” is not a date and time: write it as YYYY-MM-DD HH:MM.").format(
                text=text.strip()
            )
        )
    day = parse_date(match.group(1))
    hour, minute = int(match.group(2)), int(match.group(3))
    if hour > 23 or minute > 59:
        raise InputError(_("{text} is not a time of day.").format(text=f"{hour}:{minute:02d}"))
    moment = datetime.combine(day, time(hour, minute))
    if moment.date() > clock.today():
        raise InputError(_("An event cannot be in the future; use the follow-up date for that."))
    return moment


@dataclass
class FormState:
    when: str
    debt_id: int | None
    kind: str
    channel: str = ""
    party: str = ""
    agent_id: str = ""
    verified: bool = False
    summary: str = ""
    follow_up: str = ""
    abuse: set[str] = field(default_factory=set)
    promises: list[tuple[str, bool]] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    checks: dict[int, str] = field(default_factory=dict)  # attachment index -> file_check
    new_file: str = ""


class EventFormScreen(AttachmentsPart, DiscardGuard, ModalScreen[int | None]):
    """Dismisses with the saved event's id, or None when cancelled."""

    DEFAULT_CSS = """
    EventFormScreen #summary { height: 5; }
    EventFormScreen #abuse-flags { grid-size: 2; height: auto; }
    EventFormScreen .promise-row, EventFormScreen #attach-row { height: auto; }
    EventFormScreen .promise-row Field, EventFormScreen #attach-row Field { width: 1fr; }
    EventFormScreen .promise-row Checkbox { margin-top: 1; width: auto; }
    EventFormScreen #attach-row Button { margin-top: 1; }
    EventFormScreen #attachments { height: auto; margin-bottom: 1; }
    EventFormScreen #attach-progress { display: none; }
    EventFormScreen #attach-progress.-busy { display: block; }
    """

    BINDINGS = [
        Binding("ctrl+s", "save", N_("Save"), id="event.save", tooltip=N_("Save this event")),
        Binding(
            "escape",
            "cancel",
            N_("Cancel"),
            id="event.cancel",
            tooltip=N_("Close without saving (asks first if you changed anything)"),
        ),
        Binding(
            "ctrl+n",
            "add_promise",
            N_("Add promise"),
            id="event.promise",
            tooltip=N_("Add a line for another promise"),
        ),
        Binding(
            "ctrl+r",
            "recheck",
            N_("Re-check files"),
            id="event.recheck",
            tooltip=N_("Hash the attached files again and say if any changed"),
        ),
    ]

    def __init__(
        self,
        event: Event | None,
        *,
        debts: list[tuple[int, str]],
        debt_id: int | None = None,
        channel: str = "",
    ) -> None:
        super().__init__()
        self.event = event
        self.debts = debts
        if event is None:
            first = (
                debt_id if debt_id in {d for d, _l in debts} else (debts[0][0] if debts else None)
            )
            self.state = FormState(
                when=clock.now().strftime("%Y-%m-%d %H:%M"),
                debt_id=first,
                kind=EventKind.CALL_MADE.value,
                channel=channel,
                promises=[("", False)],
            )
        else:
            self.state = FormState(
                when=event.occurred_at.strftime("%Y-%m-%d %H:%M"),
                debt_id=event.debt_id,
                kind=event.kind.value,
                channel=event.channel,
                party=event.party,
                agent_id=event.agent_id,
                verified=event.agent_verified,
                summary=event.summary,
                follow_up=event.follow_up.isoformat() if event.follow_up else "",
                abuse={flag.value for flag in event.abuse},
                promises=[(p.text, p.written) for p in event.promises] or [("", False)],
                attachments=list(event.attachments),
                checks={
                    i: file_check(a, copy_of(self.app.store, a), None, rehash=False)
                    for i, a in enumerate(event.attachments)
                },
            )

    # --- layout ---------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        s = self.state
        title = _("Edit event") if self.event else _("Add an event")
        with Vertical(id="event-form", classes="dialog wide"):
            yield Plain(title, classes="dialog-title")
            with VerticalScroll(id="event-scroll"):
                with Grid(classes="form-grid"):
                    yield Field(
                        _("Date and time"),
                        parse_moment,
                        value=s.when,
                        placeholder="2026-11-30 14:05",
                        id="when",
                    )
                    yield labelled(
                        _("Debt"),
                        PlainSelect(
                            [(lender, debt_id) for debt_id, lender in self.debts],
                            value=s.debt_id if s.debt_id is not None else Select.NULL,
                            allow_blank=s.debt_id is None,
                            id="debt",
                        ),
                        required=True,
                    )
                    yield labelled(
                        _("Kind"),
                        PlainSelect(
                            [(k.label(), k.value) for k in EventKind],
                            value=s.kind,
                            allow_blank=False,
                            id="kind",
                        ),
                    )
                    yield Field(
                        _("Channel"),
                        partial(parse_text, max_length=80),
                        value=s.channel,
                        required=False,
                        placeholder=_("official hotline, SMS, app…"),
                        id="channel",
                    )
                    yield Field(
                        _("Other party"),
                        partial(parse_text, max_length=120),
                        value=s.party,
                        required=False,
                        placeholder=_("name or department"),
                        id="party",
                    )
                    yield Field(
                        _("Agent ID (工号)"),
                        partial(parse_text, max_length=40),
                        value=s.agent_id,
                        required=False,
                        id="agent_id",
                    )
                    with Vertical(classes="field-like"):
                        yield PlainLabel(" ")
                        yield Checkbox(
                            _("Agent ID checked against the lender's official records"),
                            s.verified,
                            id="verified",
                        )
                    yield Field(
                        _("Follow-up date"),
                        parse_date,
                        value=s.follow_up,
                        required=False,
                        placeholder="2026-12-05",
                        id="follow_up",
                    )
                yield PlainLabel(_("What was said"), classes="field-label")
                yield TextArea(s.summary, id="summary", soft_wrap=True)
                with Vertical(id="abuse-box", classes="field-like"):
                    yield PlainLabel(
                        _("What made this contact abusive (collection contacts)"),
                        classes="field-label",
                    )
                    with Grid(id="abuse-flags"):
                        for flag in AbuseFlag:
                            yield Checkbox(
                                flag.label(), flag.value in s.abuse, id=f"abuse-{flag.value}"
                            )
                yield PlainLabel(
                    _("Promises (a verbal promise binds nobody until it is confirmed in writing)"),
                    classes="field-label",
                )
                with Vertical(id="promises"):
                    for i, (text, written) in enumerate(s.promises):
                        yield self._promise_row(i, text, written)
                yield PlainLabel(_("Attached files"), classes="field-label")
                yield Plain(self._attachments_text(), id="attachments")
                with Horizontal(id="attach-row"):
                    yield Field(
                        attach_label(self.app.store),
                        parse_file,
                        value=s.new_file,
                        required=False,
                        id="new_file",
                    )
                    yield Button(_("Attach"), id="attach")
                    yield Button(_("Export files"), id="export-files")
                yield ProgressBar(id="attach-progress", show_eta=False)
            yield Plain("", id="form-status")
            with Horizontal(classes="dialog-buttons"):
                yield Button(_("Save (Ctrl+S)"), id="save", variant="primary")
                yield Button(_("Cancel (Esc)"), id="cancel")

    def _promise_row(self, i: int, text: str, written: bool) -> Horizontal:
        return Horizontal(
            Field(
                _("Promise {n}").format(n=i + 1),
                partial(parse_text, max_length=300),
                value=text,
                required=False,
                id=f"promise-{i}",
            ),
            Checkbox(_("In writing"), written, id=f"written-{i}"),
            classes="promise-row",
        )

    def on_mount(self) -> None:
        self._show_abuse()
        self.query_one("#when", Field).focus()
        self.call_after_refresh(self._check_all)
        self.call_after_refresh(self.remember_pristine)

    async def recompose(self) -> None:
        self._capture()
        await super().recompose()
        self._show_abuse()

    # --- state ----------------------------------------------------------------------------

    def _capture(self) -> None:
        """Copy what is on screen into `self.state`."""
        if not self.is_mounted or not self.query("#when"):
            return
        s = self.state
        fields = {f.id: f for f in self.query(Field) if f.id}
        s.when = fields["when"].text
        s.channel = fields["channel"].text
        s.party = fields["party"].text
        s.agent_id = fields["agent_id"].text
        s.follow_up = fields["follow_up"].text
        s.new_file = fields["new_file"].text
        s.verified = self.query_one("#verified", Checkbox).value
        s.summary = self.query_one("#summary", TextArea).text
        debt = self.query_one("#debt", Select).value
        s.debt_id = None if debt is Select.NULL else int(debt)
        s.kind = str(self.query_one("#kind", Select).value)
        s.abuse = {
            flag.value
            for flag in AbuseFlag
            if self.query_one(f"#abuse-{flag.value}", Checkbox).value
        }
        s.promises = [
            (fields[f"promise-{i}"].text, self.query_one(f"#written-{i}", Checkbox).value)
            for i in range(len(s.promises))
        ]

    def _show_abuse(self) -> None:
        kind = self.query_one("#kind", Select).value
        self.query_one("#abuse-box").display = kind == EventKind.COLLECTION_CONTACT.value

    @on(Select.Changed, "#kind")
    def _kind_changed(self) -> None:
        self._show_abuse()

    @on(Field.Changed)
    def _field_changed(self) -> None:
        self._check_all()

    def _fields(self) -> list[Field]:
        return list(self.query(Field))

    def _check_all(self) -> bool:
        bad = [f for f in self._fields() if not f.valid]
        no_debt = self.query_one("#debt", Select).value is Select.NULL
        status = self.query_one("#form-status", Static)
        if bad or no_debt:
            status.update(attention(bad, (_("Debt"),) if no_debt else ()))
            status.add_class("error")
        else:
            status.update(required_legend())
            status.remove_class("error")
        self.query_one("#save", Button).disabled = bool(bad) or no_debt
        return not (bad or no_debt)

    # --- actions --------------------------------------------------------------------------

    async def action_add_promise(self) -> None:
        self._capture()
        i = len(self.state.promises)
        self.state.promises.append(("", False))
        await self.query_one("#promises").mount(self._promise_row(i, "", False))
        self.query_one(f"#promise-{i}", Field).focus()

    def _build(self) -> Event:
        self._capture()
        s = self.state
        values = {f.id: f.value for f in self._fields() if f.id}
        promises = [Promise(text.strip(), written) for text, written in s.promises if text.strip()]
        kind = EventKind(s.kind)
        abuse = frozenset(AbuseFlag(v) for v in s.abuse)
        if kind is not EventKind.COLLECTION_CONTACT:
            abuse = frozenset()
        return Event(
            debt_id=s.debt_id,
            kind=kind,
            occurred_at=values["when"],
            channel=values["channel"] or "",
            party=values["party"] or "",
            agent_id=values["agent_id"] or "",
            agent_verified=s.verified,
            summary=s.summary.strip()[:SUMMARY_MAX],
            follow_up=values["follow_up"],
            abuse=abuse,
            promises=promises,
            attachments=list(s.attachments),
            id=self.event.id if self.event else None,
        )

    def action_save(self) -> None:
        named = self.query_one("#new_file", Field).text.strip()
        # A file is named but not attached yet: copy it in the worker first, then save.
        if named and self._check_all() and self.action_attach(then_save=True):
            return
        if not self._check_all() or not self.query_one("#new_file", Field).valid:
            for field in self._fields():
                field.reveal()
            first_bad = next((f for f in self._fields() if not f.valid), None)
            if first_bad is not None:
                first_bad.focus()
                self.notify(_("Not saved: {error}").format(error=first_bad.error), severity="error")
            else:
                self.query_one("#debt", Select).focus()
                self.notify(_("Not saved: choose the debt."), severity="error")
            return
        event = self._build()
        store = self.app.store

        def save() -> None:
            if event.id is None:
                store.add_event(event)
            else:
                store.update_event(event)

        if isinstance(
            write(
                self.app,
                save,
                changed=EVENTS,
                debt_id=event.debt_id,
                origin=self,
                retry=self.action_save,
            ),
            Failed,
        ):
            return  # the form stays open with everything typed
        self.notify(_("Event saved."))
        self.dismiss(event.id)

    def action_cancel(self) -> None:
        self.close_or_ask(
            _("Discard your changes to this event?")
            if self.event
            else _("Discard this new event? What you typed is not saved.")
        )

    @on(Button.Pressed, "#save")
    def _save_pressed(self) -> None:
        self.action_save()

    @on(Button.Pressed, "#cancel")
    def _cancel_pressed(self) -> None:
        self.action_cancel()

    @on(Input.Submitted, "#new_file-input")
    def _attach_submitted(self) -> None:
        self.action_attach()

    @on(Button.Pressed, "#attach")
    def _attach_pressed(self) -> None:
        self.action_attach()

    @on(Button.Pressed, "#export-files")
    def _export_pressed(self) -> None:
        from parley.tui.screens.export_folder import ask_and_export_files

        ask_and_export_files(self, list(self.state.attachments))
