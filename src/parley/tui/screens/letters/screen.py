"""Letters for one debt: pick a kind, read it in either language, edit, save, mark it sent.

Every letter is built from the record (engine.letters); the text shown is the text saved.
An edit is kept as a new version beside the drafted one, never over it.
"""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Header, OptionList, Static, TextArea
from textual.widgets.option_list import Option

from parley.engine.letters import Blank, Letter, LetterKind, MissingFacts, build_letter
from parley.i18n import N_, _, language
from parley.tui.storage import EVERYTHING, Failed, write
from parley.tui.widgets.footer import TranslatedFooter
from parley.tui.widgets.text import Plain

LETTER_KEYS = [
    Binding("w", "save", N_("Save as…"), id="letters.save", tooltip=N_("Write .docx, .md or .txt")),
    Binding(
        "v",
        "language",
        N_("Letter language"),
        id="letters.language",
        tooltip=N_("Show the letter in Chinese or English"),
    ),
    Binding(
        "e", "edit", N_("Edit"), id="letters.edit", tooltip=N_("Change the wording, fill blanks")
    ),
    Binding(
        "m",
        "sent",
        N_("Mark sent"),
        id="letters.sent",
        tooltip=N_("Record how and when it was sent, and the reply deadline"),
    ),
    Binding(
        "ctrl+s",
        "keep_edit",
        N_("Keep edit"),
        id="letters.keep",
        tooltip=N_("Keep the edited text as a new version"),
        show=False,
    ),
    Binding("escape", "back", N_("Back"), id="letters.back", tooltip=N_("Close the letters")),
]


def styled(letter: Letter) -> Text:
    """The letter as the user will send it, blanks highlighted; user text never markup."""
    out = Text()
    out.append(letter.title + "\n\n", style="bold")
    for section in letter.sections:
        if section.heading:
            out.append("\n" + section.heading + "\n", style="bold")
        for para in section.paras:
            if para.bullet:
                out.append("• ")
            for seg in para.segments:
                if isinstance(seg, Blank):
                    out.append(
                        letter.blank_text(seg), style="reverse $warning" and "black on yellow"
                    )
                else:
                    out.append(letter.para_text(type(para)([seg])))
            out.append("\n")
    return out


class LettersScreen(Screen):
    DEFAULT_CSS = """
    #letter-kinds { width: 34; height: 1fr; border-right: solid $primary; }
    #letter-main { width: 1fr; height: 1fr; }
    #letter-status { height: auto; padding: 0 1; background: $boost; }
    #letter-scroll { height: 1fr; padding: 0 1; }
    #letter-preview { width: 100%; }
    #letter-editor { height: 1fr; }
    """
    BINDINGS = LETTER_KEYS
    AUTO_FOCUS = "#letter-kinds"

    def __init__(self, debt_id: int) -> None:
        super().__init__()
        self.debt_id = debt_id
        self.kind = LetterKind.PROPOSAL
        self.lang = language()
        self.letter: Letter | None = None
        self.last_saved_id: int | None = None
        # The record's facts, read once: choosing a kind or a language only re-words them.
        # A save or a sending adds to the record, so it reads them again.
        self._facts = None

    def compose(self) -> ComposeResult:
        debt = self.app.store.get_debt(self.debt_id)
        self.title = _("Letters · {lender} (debt {id})").format(lender=debt.lender, id=debt.id)
        yield Header()
        with Horizontal(id="letters-body"):
            yield OptionList(
                *[Option(kind.label(), id=kind.value) for kind in LetterKind], id="letter-kinds"
            )
            with Vertical(id="letter-main"):
                yield Plain("", id="letter-status")
                with VerticalScroll(id="letter-scroll"):
                    yield Plain("", id="letter-preview")
                # Hidden where it is made, so a recompose (a language switch) keeps it hidden.
                editor = TextArea("", id="letter-editor", soft_wrap=True)
                editor.display = False
                yield editor
        yield TranslatedFooter()

    def on_mount(self) -> None:
        self.rebuild()

    # --- building ------------------------------------------------------------------------

    def rebuild(self) -> None:
        from parley import clock
        from parley.exports.letters import gather

        if self._facts is None:
            self._facts = gather(self.app.store, self.debt_id, clock.today())
        facts = self._facts
        preview = self.query_one("#letter-preview", Static)
        status = self.query_one("#letter-status", Static)
        try:
            self.letter = build_letter(self.kind, facts, self.lang)
        except MissingFacts as missing:
            self.letter = None
            preview.update(Text(str(missing)))
            status.update(Text(self.kind.label()))
            return
        preview.update(styled(self.letter))
        blanks = len(self.letter.blanks())
        status.update(
            Text(
                _("{kind} · {lang} · {n} blanks to fill before sending").format(
                    kind=self.kind.label(),
                    lang="中文" if self.lang.startswith("zh") else "English",
                    n=blanks,
                )
            )
        )

    @on(OptionList.OptionHighlighted, "#letter-kinds")
    def _kind_chosen(self, event: OptionList.OptionHighlighted) -> None:
        self.kind = LetterKind(event.option.id)
        self.rebuild()

    # --- actions -------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # The editor is missing for a moment while the screen is put together again (a
        # language switch): asked then, the bindings must not crash the app.
        editor = self.query("#letter-editor") if self.is_mounted else None
        editing = bool(editor) and editor.first().display
        if action == "keep_edit":
            return True if editing else None
        if action in ("save", "edit", "sent") and (self.letter is None or editing):
            return None
        return True

    def action_language(self) -> None:
        self.lang = "en" if self.lang.startswith("zh") else "zh_CN"
        self.rebuild()

    def action_edit(self) -> None:
        if self.letter is None:
            return
        editor = self.query_one("#letter-editor", TextArea)
        editor.text = self.letter.to_text()
        editor.display = True
        self.query_one("#letter-scroll").display = False
        editor.focus()
        self.refresh_bindings()

    def action_keep_edit(self) -> None:
        from parley.store.letters import LetterRecord, save_version

        editor = self.query_one("#letter-editor", TextArea)
        rec = save_version(
            self.app.store,
            LetterRecord(self.debt_id, self.kind.value, self.lang, editor.text, edited=True),
        )
        self._close_editor()
        self.notify(
            _("Your wording is kept as version {n}; the drafted text stays too.").format(
                n=rec.version
            )
        )

    def _close_editor(self) -> None:
        self.query_one("#letter-editor").display = False
        self.query_one("#letter-scroll").display = True
        self.query_one("#letter-kinds").focus()
        self.refresh_bindings()

    def _text_to_save(self) -> tuple[str, bool]:
        """The latest edit of this kind and language if there is one, else the draft."""
        from parley.store.letters import list_letters

        edits = [
            r
            for r in list_letters(self.app.store, self.debt_id)
            if r.kind == self.kind.value and r.lang == self.lang and r.edited
        ]
        if edits:
            return edits[-1].text, True
        return self.letter.to_text(), False

    def action_save(self) -> None:
        from pathlib import Path

        from parley.tui.screens.letters.dialogs import SaveLetterDialog

        folder = Path(self.app.store.path).parent / "letters"
        self.app.push_screen(SaveLetterDialog(folder), self._saved)

    def _saved(self, answer) -> None:
        if answer is None or self.letter is None:
            return
        from parley import clock
        from parley.exports import letters as out
        from parley.store.letters import LetterRecord, link_event, save_version

        folder, suffix = answer
        text, edited = self._text_to_save()
        debt = self.app.store.get_debt(self.debt_id)
        name = out.file_name(str(debt.id), self.kind.value, self.lang, clock.today(), suffix)
        data = out.render(self.letter, suffix, text if edited else None)
        try:
            path, sha = out.write_letter(folder, name, data)
        except OSError as error:
            self.notify(
                Text(_("Cannot write {path}: {reason}").format(path=folder, reason=error.strerror)),
                severity="error",
            )
            return

        def record():
            rec = save_version(
                self.app.store,
                LetterRecord(self.debt_id, self.kind.value, self.lang, text, edited=edited),
            )
            event_id = out.log_letter(
                self.app.store,
                self.debt_id,
                _("Letter drafted: {title}").format(title=self.letter.title),
                path,
                sha,
                when=clock.now(),
            )
            link_event(self.app.store, rec.id, event_id)
            return rec

        rec = write(self.app, record, changed=EVERYTHING, debt_id=self.debt_id)
        if isinstance(rec, Failed):
            return  # the file on disk is written; the record is not, and the message says so
        self.last_saved_id = rec.id
        self._facts = None
        self.notify(Text(_("Letter saved to {path}.").format(path=path)))

    def action_sent(self) -> None:
        from parley import clock
        from parley.tui.screens.letters.dialogs import SentDialog

        self.app.push_screen(SentDialog(clock.today(), 15), self._sent)

    def _sent(self, answer) -> None:
        if answer is None or self.letter is None:
            return
        from parley import clock
        from parley.exports.letters import reply_due
        from parley.store.letters import LetterRecord, mark_sent, save_version
        from parley.store.records import Event, EventKind

        sent_on, channel, days = answer
        due = reply_due(sent_on, days)

        def record() -> None:
            letter_id = self.last_saved_id
            if letter_id is None:
                text, edited = self._text_to_save()
                letter_id = save_version(
                    self.app.store,
                    LetterRecord(self.debt_id, self.kind.value, self.lang, text, edited=edited),
                ).id
            mark_sent(self.app.store, letter_id, sent_on=sent_on, channel=channel, reply_due=due)
            when = clock.now().replace(year=sent_on.year, month=sent_on.month, day=sent_on.day)
            self.app.store.add_event(
                Event(
                    self.debt_id,
                    EventKind.LETTER,
                    when,
                    channel=channel,
                    summary=_("Letter sent: {title}").format(title=self.letter.title),
                    follow_up=due,
                )
            )

        if isinstance(
            write(
                self.app,
                record,
                changed=EVERYTHING,
                debt_id=self.debt_id,
                retry=lambda: self._sent(answer),
            ),
            Failed,
        ):
            return
        self._facts = None
        self.notify(Text(_("Marked as sent; a reply is due by {day}.").format(day=due.isoformat())))

    def action_back(self) -> None:
        if self.query_one("#letter-editor").display:
            self._close_editor()
            return
        self.dismiss()
