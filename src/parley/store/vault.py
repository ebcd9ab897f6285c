"""The evidence vault: a private copy of every attached file, beside the data file.

Attaching a recording, letter or screenshot copies it into `NAME.vault/` (folder 0700, files
0600) under a random name, so deleting or moving the original breaks nothing, and checking
the evidence recomputes the SHA-256 from the copy.

When the data file is locked the copy is encrypted. Why files and not rows in the database:
evidence (call recordings) runs to tens of megabytes, and a blob that size in SQLite makes
every backup, export and lock copy it again. Why this format:

- AES-256-GCM from `cryptography` (an authenticated cipher from a well-kept library), in
  chunks of 1 MiB so a large file never sits whole in memory. Each chunk's 12-byte nonce is
  a random 7-byte prefix, a 4-byte chunk counter and a last-chunk flag, and the file header
  is the associated data: chunks cannot be reordered, dropped or cut off unnoticed.
- The key is derived from the data file's passphrase with scrypt (n=2**15, r=8, p=1) and a
  random 16-byte salt per file: memory-hard, so guessing passphrases on a GPU is slow, and
  no two files share a key, so a nonce can never repeat under one key.

Layout: MAGIC (8) | salt (16) | nonce prefix (7) | chunks (each ciphertext + 16-byte tag).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
from collections.abc import Callable, Iterator
from pathlib import Path

from parley import clock
from parley.engine.errors import InputError
from parley.i18n import _
from parley.private_files import open_private, private_dir
from parley.store.db import Store, StoreError
from parley.store.records import Attachment
from parley.store.vault_refs import folder_for

__all__ = ["VaultError", "folder_for"]

MAGIC = b"PARLEYV1"
CHUNK = 1 << 20
TAG = 16
_SALT = 16
_PREFIX = 7
HEADER = len(MAGIC) + _SALT + _PREFIX

Progress = Callable[[int, int], None]


class VaultError(StoreError):
    """A vault copy is missing, altered, or does not open with this passphrase."""


def _key(passphrase: str, salt: bytes) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=32, n=2**15, r=8, p=1).derive(passphrase.encode("utf-8"))


def _nonce(prefix: bytes, index: int, last: bool) -> bytes:
    return prefix + index.to_bytes(4, "big") + (b"\x01" if last else b"\x00")


def is_encrypted(path: Path) -> bool:
    with path.open("rb") as f:
        return f.read(len(MAGIC)) == MAGIC


def _chunks(source) -> Iterator[tuple[bytes, bool]]:
    """The file's chunks, each with whether it is the last (an empty file is one empty one)."""
    current = source.read(CHUNK)
    while True:
        following = source.read(CHUNK)
        yield current, not following
        if not following:
            return
        current = following


def _write(
    source, out, passphrase: str | None, progress: Progress | None, total: int
) -> tuple[str, int]:
    """Copy `source` to `out` (encrypting when a passphrase is given): plain SHA-256, size."""
    digest = hashlib.sha256()
    done = 0
    aead = header = prefix = None
    if passphrase is not None:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        salt, prefix = secrets.token_bytes(_SALT), secrets.token_bytes(_PREFIX)
        header = MAGIC + salt + prefix
        aead = AESGCM(_key(passphrase, salt))
        out.write(header)
    for index, (chunk, last) in enumerate(_chunks(source)):
        digest.update(chunk)
        if aead is None:
            out.write(chunk)
        else:
            out.write(aead.encrypt(_nonce(prefix, index, last), chunk, header))
        done += len(chunk)
        if progress is not None:
            progress(done, total)
    out.flush()
    os.fsync(out.fileno())
    return digest.hexdigest(), done


def read_chunks(path: Path, passphrase: str | None) -> Iterator[bytes]:
    """The plain content of a vault copy; VaultError if it was altered or the key is wrong."""
    with path.open("rb") as f:
        head = f.read(HEADER)
        if head[: len(MAGIC)] != MAGIC:
            yield head
            yield from iter(lambda: f.read(CHUNK), b"")
            return
        if passphrase is None:
            raise VaultError(_("This vault copy is encrypted; it needs the passphrase."))
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        salt = head[len(MAGIC) : len(MAGIC) + _SALT]
        prefix = head[len(MAGIC) + _SALT :]
        aead = AESGCM(_key(passphrase, salt))
        for index, (chunk, last) in enumerate(_chunks(_Reader(f, CHUNK + TAG))):
            try:
                yield aead.decrypt(_nonce(prefix, index, last), chunk, head)
            except InvalidTag:
                raise VaultError(
                    _(
                        "The vault copy {name} was altered or does not open with this passphrase."
                    ).format(name=path.name)
                ) from None


class _Reader:
    """Reads a fixed record size whatever size `_chunks` asks for."""

    def __init__(self, f, size: int) -> None:
        self.f, self.size = f, size

    def read(self, _n: int) -> bytes:
        return self.f.read(self.size)


# --- the vault of one store ---------------------------------------------------------------


def limit_bytes(store: Store) -> int:
    from parley.store.privacy import vault_limit_mb

    return vault_limit_mb(store) * 1024 * 1024


def check_size(store: Store, source: Path) -> int:
    """The file's size; InputError (with the limit) when the vault would refuse it."""
    from parley.store.privacy import vault_limit_mb

    size = source.stat().st_size
    limit = vault_limit_mb(store)
    if size > limit * 1024 * 1024:
        raise InputError(
            _(
                "{path} is {size} MB, over the vault's limit of {limit} MB. "
                "Raise the limit in the privacy settings, or attach a smaller file."
            ).format(path=source, size=round(size / 1024 / 1024, 1), limit=limit)
        )
    return size


class Copied:
    """A file copied into the vault under a temporary name, not yet recorded."""

    def __init__(self, source: Path, part: Path, sha256: str, size: int) -> None:
        self.source, self.part, self.sha256, self.size = source, part, sha256, size


def copy_in(data_path: Path, passphrase: str | None, source: Path,
            progress: Progress | None = None) -> Copied:  # fmt: skip
    """Copy, hash and (with a passphrase) encrypt `source` into the vault folder.

    Touches no database, so it can run in a worker thread; `record` finishes the job.
    """
    folder = private_dir(folder_for(data_path))
    part = folder / (secrets.token_hex(16) + ".part")
    size = source.stat().st_size
    try:
        with source.open("rb") as src, open_private(part, "wb") as out:
            sha, size = _write(src, out, passphrase, progress, size)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            part.unlink()
        raise
    return Copied(source, part, sha, size)


def record(store: Store, copied: Copied) -> Attachment:
    """Give the copy its final name and record it (or drop it if that content is kept).

    The row is committed before the copy takes its name: the sweep at open removes only
    named copies no row names, so a finished copy is never taken for a stray."""
    folder = folder_for(store.path)
    try:
        existing = _name_of(store, copied.sha256)
        if not (existing and (folder / existing).is_file()):
            name = copied.part.name.removesuffix(".part")
            with store._tx() as conn:
                conn.execute(
                    "INSERT INTO vault_files (sha256, name, size, added_at) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT (sha256) DO UPDATE SET name = excluded.name",
                    (copied.sha256, name, copied.size, clock.now().isoformat(timespec="seconds")),
                )
            os.replace(copied.part, folder / name)
    finally:
        with contextlib.suppress(FileNotFoundError):
            copied.part.unlink()
    return Attachment(str(copied.source), copied.size, copied.sha256, clock.now())


def put(store: Store, source: Path, progress: Progress | None = None) -> Attachment:
    """Copy `source` into the vault (encrypted when the store is locked) and describe it."""
    check_size(store, source)
    return record(store, copy_in(store.path, store.passphrase, source, progress))


def _name_of(store: Store, sha256: str) -> str | None:
    rows = store._rows("SELECT name FROM vault_files WHERE sha256 = ?", (sha256,))
    return rows[0]["name"] if rows else None


def copy_of(store: Store, a: Attachment) -> Path | None:
    """The vault copy of an attachment, or None (attached before the vault existed)."""
    name = _name_of(store, a.sha256)
    if name is None:
        return None
    path = folder_for(store.path) / name
    return path if path.is_file() else None


def check(store: Store, a: Attachment, *, rehash: bool) -> str:
    """`file_check` of an attachment against its vault copy (found in `store`)."""
    return file_check(a, copy_of(store, a), store.passphrase, rehash=rehash)


def file_check(
    a: Attachment,
    copy: Path | None,
    passphrase: str | None,
    *,
    rehash: bool,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> str:
    """ "same", "changed", "missing", "unreadable" or "unchecked" (same size, not re-hashed).

    Checks the vault copy (`copy`, found beforehand) when there is one, else the original
    file (attached before the vault existed). Touches no database, so it can run in a
    worker; `progress` hears the bytes read so far, and `cancelled` stops it ("unchecked")."""
    try:
        if copy is None:
            path = Path(a.path)
            if not path.is_file():
                return "missing"
            if path.stat().st_size != a.size:
                return "changed"
            if not rehash:
                return "unchecked"
            digest = _digest(plain_chunks(path), progress, cancelled)
        else:
            if not rehash:
                return "unchecked"
            digest = _digest(read_chunks(copy, passphrase), progress, cancelled)
    except VaultError:
        return "changed"
    except OSError:
        # Permissions changed, a disk went away: say so instead of failing.
        return "unreadable"
    if digest is None:
        return "unchecked"
    return "same" if digest == a.sha256 else "changed"


def _digest(chunks: Iterator[bytes], progress, cancelled) -> str | None:
    digest = hashlib.sha256()
    done = 0
    for chunk in chunks:
        digest.update(chunk)
        done += len(chunk)
        if progress is not None:
            progress(done)
        if cancelled is not None and cancelled():
            return None
    return digest.hexdigest()


def plain_chunks(path: Path) -> Iterator[bytes]:
    """A file as it is on disk, a chunk at a time."""
    with path.open("rb") as f:
        yield from iter(lambda: f.read(CHUNK), b"")


def convert_all(data_path: Path, old: str | None, new: str | None) -> None:
    """Re-encrypt every vault copy from passphrase `old` to `new` (None: plain), file by file.

    Each file is rewritten beside itself, fsynced and renamed over: a kill leaves each copy
    either as it was or as it should be. A copy already changed by a killed run is skipped.
    """
    folder = folder_for(data_path)
    if not folder.is_dir():
        return
    for path in sorted(folder.iterdir()):
        if path.suffix == ".part" or not path.is_file():
            with contextlib.suppress(FileNotFoundError):
                if path.suffix == ".part":
                    path.unlink()
            continue
        encrypted = is_encrypted(path)
        if not encrypted and new is None:
            continue
        source_key = old if encrypted else None
        part = path.with_name(path.name + ".part")
        try:
            with open_private(part, "wb") as out:
                try:
                    _write(_Stream(read_chunks(path, source_key)), out, new, None, 0)
                except VaultError:
                    if encrypted and new is not None:
                        continue  # already re-keyed by a killed run: it opens with `new`
                    raise
            os.replace(part, path)
        finally:
            with contextlib.suppress(FileNotFoundError):
                part.unlink()
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        os.fsync(fd)
        os.close(fd)


class _Stream:
    """A file-like view of an iterator of byte chunks."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self.chunks = chunks
        self.buffer = b""

    def read(self, n: int) -> bytes:
        while len(self.buffer) < n:
            more = next(self.chunks, None)
            if more is None:
                break
            self.buffer += more
        out, self.buffer = self.buffer[:n], self.buffer[n:]
        return out
