"""Writing attached files out of the vault: which one (or all), and the copy itself in a
worker with a progress bar.

A recording can be a gigabyte and decrypting it takes seconds: on the UI thread the app
would freeze. The vault copies are looked up on the app's thread (the store's connection
stays there); the worker only reads, decrypts and writes files.
"""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, OptionList, ProgressBar
from textual.widgets.option_list import Option

from parley.i18n import N_, _, ngettext
from parley.store.records import Attachment
from parley.tui.widgets.text import Plain

ALL = -1


class PickFileScreen(ModalScreen[int | None]):
    """Which attached file to export: one (its index) or all of them (ALL); None: cancelled."""

    BINDINGS = [
        Binding(
            "escape", "cancel", N_("Cancel"), id="pick_file.cancel", tooltip=N_("Export nothing")
        ),
    ]

    def __init__(self, attachments: list[Attachment]) -> None:
        super().__init__()
        self.attachments = attachments

    def compose(self) -> ComposeResult:
        from parley.tui.screens.timeline_detail import size_text

        n = len(self.attachments)
        options = [Option(Text(ngettext("All {n} file", "All {n} files", n).format(n=n)), id="all")]
        for i, a in enumerate(self.attachments):
            # Text: a file name is shown as it is, never read as markup.
            options.append(Option(Text(f"{Path(a.path).name} · {size_text(a.size)}"), id=f"f{i}"))
        with Vertical(classes="dialog wide", id="pick-file"):
            yield Plain(_("Which attached file do you want to export?"), classes="dialog-title")
            yield OptionList(*options, id="files")
            yield Plain(_("Enter picks; Esc cancels."), classes="dialog-text dim")

    def on_mount(self) -> None:
        self.query_one("#files", OptionList).focus()

    @on(OptionList.OptionSelected, "#files")
    def _picked(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        option_id = event.option.id or "all"
        self.dismiss(ALL if option_id == "all" else int(option_id[1:]))

    def action_cancel(self) -> None:
        self.dismiss(None)


class _Stopped(Exception):
    """The user cancelled the export."""


class ExportProgressScreen(ModalScreen[None]):
    """Writes `attachments` into `folder` in a worker, showing how far it is; Esc stops it
    (the file being written is removed; those already written stay). Says how it went."""

    BINDINGS = [
        Binding("escape", "stop", N_("Stop"), id="file_export.stop", tooltip=N_("Stop exporting")),
    ]

    def __init__(self, attachments: list[Attachment], folder: Path, on_done=None) -> None:
        super().__init__()
        self.attachments = attachments
        self.folder = folder
        self.on_done = on_done
        self.done = 0
        self.written: list[Path] = []

    def compose(self) -> ComposeResult:
        n = len(self.attachments)
        with Vertical(classes="dialog wide", id="file-export"):
            yield Plain(
                ngettext("Exporting {n} file", "Exporting {n} files", n).format(n=n),
                classes="dialog-title",
            )
            yield Plain(Text(str(self.folder)), classes="dialog-text", id="export-where")
            yield ProgressBar(total=max(self._total(), 1), show_eta=False, id="export-progress")
            with Horizontal(classes="dialog-buttons"):
                yield Button(_("Stop (Esc)"), id="stop")

    def _total(self) -> int:
        return sum(a.size for a in self.attachments)

    def on_mount(self) -> None:
        from parley.store.vault import copy_of

        store = self.app.store
        copies = [copy_of(store, a) for a in self.attachments]
        self._worker = self.run_worker(
            lambda: self._work(copies, store.passphrase),
            thread=True,
            exclusive=True,
            group="file-export",
        )

    async def recompose(self) -> None:
        await super().recompose()
        self.advance(self.done)  # a language switch redraws the bar: keep how far it is

    def advance(self, done: int) -> None:
        self.done = done
        # Absent for a moment while a language switch recomposes the dialog.
        for bar in self.query("#export-progress").results(ProgressBar):
            bar.update(progress=done)

    def _work(self, copies: list[Path | None], passphrase: str | None) -> None:
        from textual.worker import get_current_worker

        from parley.store import StoreError, vault_out

        worker = get_current_worker()
        before = 0
        for a, copy in zip(self.attachments, copies, strict=True):

            def progress(done: int, base: int = before) -> None:
                if worker.is_cancelled:
                    raise _Stopped
                self.app.call_from_thread(self.advance, base + done)

            try:
                path = vault_out.write_out(a, copy, passphrase, self.folder, progress)
            except _Stopped:
                self.app.call_from_thread(self._finish, None)
                return
            except OSError as error:
                message = vault_out.failure_message(error, self.folder)
                self.app.call_from_thread(self._finish, message)
                return
            except StoreError as error:
                self.app.call_from_thread(self._finish, str(error))
                return
            self.written.append(path)
            before += a.size
        self.app.call_from_thread(self._finish, None)

    def _finish(self, error: str | None) -> None:
        app = self.app
        if error is not None:
            app.notify(error, severity="error", timeout=12)
        if self.written:
            if len(self.written) == 1:
                app.notify(_("Saved {path}").format(path=self.written[0]), timeout=10)
            else:
                n = len(self.written)
                app.notify(
                    ngettext("{n} file saved in {path}", "{n} files saved in {path}", n).format(
                        n=n, path=self.folder
                    ),
                    timeout=10,
                )
            app.warn_if_locked()
        elif error is None:
            app.notify(_("Export stopped; nothing was written."))
        if self.on_done is not None:
            self.on_done(self.written)
        self.dismiss(None)

    @on(Button.Pressed, "#stop")
    def action_stop(self) -> None:
        self._worker.cancel()
