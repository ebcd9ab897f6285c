"""Writing attached files out of the vault: decrypted, checked against the SHA-256 recorded
when they were attached, 0600, and never over a file that is already there."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
from collections.abc import Callable
from pathlib import Path

from parley.i18n import _
from parley.private_files import open_private, private_dir
from parley.store.db import Store
from parley.store.records import Attachment
from parley.store.vault import VaultError, copy_of, plain_chunks, read_chunks


def export(store: Store, a: Attachment, folder: Path) -> Path:
    """Write the plain content of one attachment into `folder` under its original name."""
    return write_out(a, copy_of(store, a), store.passphrase, folder)


def write_out(
    a: Attachment,
    copy: Path | None,
    passphrase: str | None,
    folder: Path,
    progress: Callable[[int], None] | None = None,
) -> Path:
    """`export` without the database (so it can run in a worker): `copy` is the vault copy
    found beforehand, or None for a file attached before the vault existed. Never replaces
    a file: a name already taken gets "-2", "-3"... The file is written 0600; `progress`
    hears the bytes written so far."""
    source = copy if copy is not None else Path(a.path)
    if not source.is_file():
        raise VaultError(
            _("The file {path} is not in the vault and no longer exists.").format(path=a.path)
        )
    private_dir(folder)
    stem, suffix = Path(a.path).stem or "file", Path(a.path).suffix
    n = 1
    while True:
        target = folder / (f"{stem}{suffix}" if n == 1 else f"{stem}-{n}{suffix}")
        part = target.with_name(target.name + ".part")
        if not target.exists() and not part.exists():
            break
        n += 1
    digest = hashlib.sha256()
    done = 0
    try:
        with open_private(part, "wb") as out:
            chunks = read_chunks(copy, passphrase) if copy else plain_chunks(source)
            for chunk in chunks:
                digest.update(chunk)
                out.write(chunk)
                done += len(chunk)
                if progress is not None:
                    progress(done)
            out.flush()
            os.fsync(out.fileno())
        if digest.hexdigest() != a.sha256:
            raise VaultError(
                _("{path} no longer matches the hash recorded when it was attached.").format(
                    path=a.path
                )
            )
        _claim(part, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            part.unlink()
    return target


def _claim(part: Path, target: Path) -> None:
    """Give the written file its name unless something took that name meanwhile: a hard
    link fails on an existing name, where a rename would silently replace it."""
    try:
        os.link(part, target)
    except FileExistsError:
        raise VaultError(
            _("{path} appeared while it was being written; nothing was replaced.").format(
                path=target
            )
        ) from None
    except OSError:
        if target.exists():
            raise
        os.replace(part, target)  # a file system without hard links (FAT on a USB stick)


def failure_message(error: OSError, folder: Path) -> str:
    """Why a file could not be written into `folder`, in the user's language (the system's
    own wording, `strerror`, is English whatever the user reads)."""
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return _(
            "The disk holding {path} is full; the file being written was removed. "
            "Free some space, then export again."
        ).format(path=folder)
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return _("Cannot write into {path}: the folder is protected or read-only.").format(
            path=folder
        )
    if error.errno == errno.ENAMETOOLONG:
        return _("Cannot write into {path}: the path is too long for this system.").format(
            path=folder
        )
    if error.errno == errno.ENOTDIR:
        return _("Cannot write into {path}: part of that path is a file, not a folder.").format(
            path=folder
        )
    return _("Cannot write {path}: {reason}").format(path=folder, reason=error.strerror or error)
