"""What happens when Parley itself fails: a report that holds no private data, in a file only
the user can read, and a sentence saying where it is.

Textual's own crash screen prints every local variable of every frame, which is the form the
user was filling in: lenders, amounts, notes. The report here keeps only where the fault was
(file, line, function) and the exception's type; messages are left out too, because they can
quote what was typed.
"""

from __future__ import annotations

import platform
import sys
import tempfile
import traceback
from pathlib import Path

from parley import __version__
from parley.clock import now
from parley.private_files import private_dir, write_private


def redacted_report(error: BaseException) -> str:
    lines = [
        f"Parley {__version__} crash report",
        f"Python {platform.python_version()} on {platform.system()} {platform.machine()}",
        _library_versions(),
        "",
        "No values, messages or local variables are included: only where the fault was.",
        "",
    ]
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in chain and len(chain) < 5:
        chain.append(current)
        current = current.__cause__ or current.__context__
    for exc in reversed(chain):
        lines.append(f"{type(exc).__module__}.{type(exc).__qualname__}")
        for frame in traceback.extract_tb(exc.__traceback__):
            lines.append(f"  {_short(frame.filename)}:{frame.lineno} in {frame.name}")
        lines.append("")
    return "\n".join(lines)


def write_crash_report(error: BaseException, folder: Path | None) -> Path | None:
    """The report's path, in `folder` (beside the data file) or the temp folder when that
    cannot be written; None if nowhere can be."""
    text = redacted_report(error)
    name = f"parley-crash-{now():%Y%m%d-%H%M%S}.txt"
    for place in (folder, Path(tempfile.gettempdir()) / "parley"):
        if place is None:
            continue
        try:
            target = private_dir(place) / name
            write_private(target, text)
            return target
        except OSError:
            continue
    return None


class RedactedCrash:
    """Mixed into an App before App: replaces Textual's crash screen, which prints every
    frame's local variables (the user's lenders, amounts and notes, or a passphrase), with a
    redacted report in a private file. The app says where with `crash_folder`."""

    crash_report: Path | None = None

    def crash_folder(self) -> Path | None:
        return None

    def _handle_exception(self, error: Exception) -> None:
        from rich.text import Text

        from parley.i18n import _

        self._return_code = 1
        if self._exception is None:
            # Pilot tests re-raise the first error; keep that behaviour.
            self._exception = error
            self._exception_event.set()
        self.crash_report = write_crash_report(error, self.crash_folder())
        if self.crash_report is not None:
            message = _(
                "Parley stopped because of a fault in Parley itself. Everything saved before "
                "it is safe. A report without your data was written to {path}."
            ).format(path=self.crash_report)
        else:
            message = _(
                "Parley stopped because of a fault in Parley itself. Everything saved before "
                "it is safe."
            )
        self.bell()
        self.panic(Text(message))


def _short(filename: str) -> str:
    """Paths inside site-packages or the checkout, without the user's home folder."""
    path = Path(filename)
    parts = path.parts
    for anchor in ("site-packages", "src"):
        if anchor in parts:
            return "/".join(parts[parts.index(anchor) + 1 :])
    return path.name


def _library_versions() -> str:
    found = []
    for name in ("textual", "rich"):
        module = sys.modules.get(name)
        version = getattr(module, "__version__", None)
        if version is None and module is not None:
            try:
                from importlib.metadata import version as dist_version

                version = dist_version(name)
            except Exception:  # metadata missing: the version is nice to have, not needed
                version = "?"
        if module is not None:
            found.append(f"{name} {version}")
    return ", ".join(found)
