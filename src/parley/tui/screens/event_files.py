"""Files attached to an event: checked when named, hashed off the UI thread, re-checked later.

A recording can be a gigabyte; hashing it on the UI thread froze the app for seconds, so the
hash runs in a worker that reports its progress (see EventFormScreen)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from rich.text import Text
from textual import work
from textual.widgets import ProgressBar, Static
from textual.worker import get_current_worker

from parley import clock
from parley.engine.errors import InputError
from parley.i18n import _, ngettext
from parley.store.records import Attachment
from parley.tui.widgets.field import Field

CHUNK = 1 << 20


def sha256_of(
    path: Path,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> str | None:
    """The file's SHA-256; `progress` hears the bytes read so far; None if cancelled."""
    digest = hashlib.sha256()
    done = 0
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(CHUNK), b""):
            digest.update(chunk)
            done += len(chunk)
            if progress is not None:
                progress(done)
            if cancelled is not None and cancelled():
                return None
    return digest.hexdigest()


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


def file_check(a: Attachment, *, rehash: bool, progress=None, cancelled=None) -> str:
    """ "same", "changed", "missing", "unreadable" or "unchecked" (same size, not re-hashed)."""
    path = Path(a.path)
    try:
        if not path.is_file():
            return "missing"
        if path.stat().st_size != a.size:
            return "changed"
        if not rehash:
            return "unchecked"
        digest = sha256_of(path, progress, cancelled)
    except OSError:
        # Permissions changed, a disk went away: say so instead of failing.
        return "unreadable"
    if digest is None:
        return "unchecked"
    return "same" if digest == a.sha256 else "changed"


def attachment(path: Path, digest: str) -> Attachment:
    return Attachment(str(path), path.stat().st_size, digest, clock.now())


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

    def action_attach(self, then_save: bool = False) -> bool:
        """Start hashing the file named in the attach field; False when it is refused. The
        hash runs in a worker with a progress bar; `then_save` saves the event after it."""
        box = self.query_one("#new_file", Field)
        if not box.text.strip():
            return True
        if not box.valid:
            box.reveal()
            box.focus()
            return False
        self._hash_file(box.value, then_save)
        return True

    def _progress(self, total: int) -> ProgressBar:
        bar = self.query_one("#hash-progress", ProgressBar)
        bar.update(total=max(total, 1), progress=0)
        bar.display = True
        return bar

    @work(thread=True, exclusive=True, group="hash")
    def _hash_file(self, path: Path, then_save: bool) -> None:
        worker = get_current_worker()
        try:
            size = path.stat().st_size
            bar = self.app.call_from_thread(self._progress, size)
            digest = sha256_of(
                path,
                lambda done: self.app.call_from_thread(bar.update, progress=done),
                lambda: worker.is_cancelled,
            )
            if digest is None:
                return
            found = attachment(path, digest)
        except OSError as error:
            self.app.call_from_thread(self._hash_failed, path, error.strerror or str(error))
            return
        self.app.call_from_thread(self._hashed, found, then_save)

    def _hash_failed(self, path: Path, reason: str) -> None:
        self.query_one("#hash-progress", ProgressBar).display = False
        box = self.query_one("#new_file", Field)
        box.error = _("Cannot read {path}: {reason}").format(path=path, reason=reason)
        box.reveal()

    def _hashed(self, found: Attachment, then_save: bool) -> None:
        self.query_one("#hash-progress", ProgressBar).display = False
        self.state.attachments.append(found)
        self.state.checks[len(self.state.attachments) - 1] = "same"
        self.query_one("#new_file", Field).set_text("")
        self.state.new_file = ""
        self.query_one("#attachments", Static).update(self._attachments_text())
        if then_save:
            self.action_save()

    def action_recheck(self) -> None:
        if self.state.attachments:
            self._recheck(list(self.state.attachments))

    @work(thread=True, exclusive=True, group="hash")
    def _recheck(self, attachments: list[Attachment]) -> None:
        worker = get_current_worker()
        bar = self.app.call_from_thread(self._progress, sum(a.size for a in attachments))
        before = 0
        checks: dict[int, str] = {}
        for i, a in enumerate(attachments):
            checks[i] = file_check(
                a,
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
        self.query_one("#hash-progress", ProgressBar).display = False
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
