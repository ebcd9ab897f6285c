"""Files attached to an event: checked when named, copied into the vault off the UI thread
(attach_worker), re-checked later against the vault copy in a worker.

A recording can be a gigabyte; hashing it on the UI thread froze the app for seconds, so the
copy and the re-check run in workers that report their progress (see EventFormScreen)."""

from __future__ import annotations

import contextlib
from pathlib import Path

from rich.text import Text
from textual import work
from textual.widgets import ProgressBar, Static
from textual.worker import get_current_worker

from parley.engine.errors import InputError
from parley.i18n import _, ngettext
from parley.store.records import Attachment
from parley.store.vault import file_check
from parley.tui.widgets.field import Field


def parse_file(text: str) -> Path:
    path = Path(text.strip()).expanduser()
    if not path.exists():
        raise InputError(_("There is no file at {path}.").format(path=path))
    if not path.is_file():
        raise InputError(_("{path} is a folder, not a file.").format(path=path))
    try:
        with path.open("rb"):
            pass
    except OSError as error:
        raise InputError(
            _("Cannot read {path}: {reason}").format(path=path, reason=error.strerror)
        ) from None
    return path.absolute()


class AttachmentsPart:
    """The event form's attached files: listing, hashing with progress, re-checking. Mixed
    into EventFormScreen, which holds `state` and the widgets these methods use."""

    def _attachments_text(self):

        s = self.state
        out = Text()
        if not s.attachments:
            out.append(_("None yet."), style="dim")
            return out
        marks = {
            "same": (_("unchanged since attached"), "green"),
            "changed": (_("CHANGED since attached"), "bold red"),
            "missing": (_("file not found"), "bold red"),
            "unchecked": (_("same size; Ctrl+R re-checks the hash"), "dim"),
            "unreadable": (_("cannot be read now (permissions?)"), "bold red"),
        }
        for i, a in enumerate(s.attachments):
            if i:
                out.append("\n")
            out.append(f"{i + 1}. {a.path}\n")
            out.append(
                "   "
                + ngettext("{n} byte", "{n} bytes", a.size).format(n=a.size)
                + f" · SHA-256 {a.sha256[:16]}… · "
            )
            label, style = marks.get(s.checks.get(i, "same"), marks["same"])
            out.append(label, style=style)
        return out

    def _unsaved_copies(self) -> set[str]:
        """Content copied into the vault by this form and not saved with the event yet."""
        saved = {a.sha256 for a in self.event.attachments} if self.event else set()
        return {a.sha256 for a in self.state.attachments} - saved

    def changed(self) -> bool:
        # A file attached but not saved is a change: Esc asks before dropping it.
        return super().changed() or bool(self._unsaved_copies())

    def dismiss(self, result=None):
        if result is None:
            self._forget_unsaved_copies()
        return super().dismiss(result)

    def _forget_unsaved_copies(self) -> None:
        """The form closes unsaved: the vault copies it made go (unless a saved attachment
        has the same content). Not through `storage.write`: nothing the user typed is at
        stake, and a busy file only leaves a copy that the next cancel or purge can take."""
        from parley.store import StoreError

        store = self.app.store
        shas = self._unsaved_copies()
        if shas and not store.read_only:
            with contextlib.suppress(StoreError):
                store.forget_unsaved_copies(shas)

    def action_attach(self, then_save: bool = False) -> bool:
        """Copy the file named in the attach field into the vault in a worker, with a
        progress bar; False when it is refused. `then_save` saves the event after it."""
        from parley.tui.screens.attach_worker import attach_from_field

        return attach_from_field(self, then_save=then_save)

    def attached(self, attachment: Attachment, then_save: bool = False) -> None:
        """List a file the vault now keeps (called by the worker when the copy is done)."""
        self.state.attachments.append(attachment)
        self.state.checks[len(self.state.attachments) - 1] = "same"
        self.query_one("#new_file", Field).set_text("")
        self.state.new_file = ""
        self.query_one("#attachments", Static).update(self._attachments_text())
        if then_save:
            self.action_save()

    def _progress(self, total: int) -> ProgressBar:
        bar = self.query_one("#attach-progress", ProgressBar)
        bar.update(total=max(total, 1), progress=0)
        bar.add_class("-busy")
        return bar

    def action_recheck(self) -> None:
        from parley.store.vault import copy_of

        store = self.app.store
        if self.state.attachments:
            # Vault copies are looked up here: the store's connection stays on this thread.
            attachments = list(self.state.attachments)
            copies = [copy_of(store, a) for a in attachments]
            self._recheck(attachments, copies, store.passphrase)

    @work(thread=True, exclusive=True, group="attach")
    def _recheck(
        self, attachments: list[Attachment], copies: list[Path | None], passphrase: str | None
    ) -> None:
        worker = get_current_worker()
        bar = self.app.call_from_thread(self._progress, sum(a.size for a in attachments))
        before = 0
        checks: dict[int, str] = {}
        for i, a in enumerate(attachments):
            checks[i] = file_check(
                a,
                copies[i],
                passphrase,
                rehash=True,
                progress=lambda done, base=before: self.app.call_from_thread(
                    bar.update, progress=base + done
                ),
                cancelled=lambda: worker.is_cancelled,
            )
            before += a.size
            if worker.is_cancelled:
                return
        self.app.call_from_thread(self._rechecked, checks)

    def _rechecked(self, checks: dict[int, str]) -> None:
        s = self.state
        s.checks = checks
        self.query_one("#attach-progress", ProgressBar).remove_class("-busy")
        self.query_one("#attachments", Static).update(self._attachments_text())
        changed = sum(1 for v in s.checks.values() if v != "same")
        if changed:
            self.notify(
                ngettext(
                    "{n} attached file changed, is missing or cannot be read since it was "
                    "attached.",
                    "{n} attached files changed, are missing or cannot be read since they were "
                    "attached.",
                    changed,
                ).format(n=changed),
                severity="warning",
            )
        elif s.attachments:
            self.notify(_("Every attached file is unchanged."))
