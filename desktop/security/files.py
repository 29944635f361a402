"""Files that hold personal data or keys: created 0600 in folders made 0700 (POSIX),
written whole or not at all, and partial files removed when something fails."""

import os
from pathlib import Path

from desktop.db.connection import private_dir


def write_private(path: Path, data: bytes) -> Path:
    """Write `data` to `path` through a 0600 temporary file beside it, then rename:
    a reader sees the old file or the new one, never half of one."""
    path = Path(path)
    private_dir(path.parent)
    temp = path.with_name(f".{path.name}.partial")
    try:
        fd = os.open(temp, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(temp, path)
    except BaseException:
        remove_quietly(temp)
        raise
    return path


def open_private(path: Path):
    """A new 0600 file opened for binary writing (truncated if it existed)."""
    return os.fdopen(os.open(path, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600), "wb")


def remove_quietly(*paths) -> None:
    """Delete files that may or may not exist (partial files after a failure)."""
    for p in paths:
        try:
            os.unlink(p)
        except FileNotFoundError:
            pass
        except OSError:
            pass


def shred(path: Path) -> None:
    """Overwrite a file with zeros, then delete it: the best a program can do for a
    plaintext copy (an SSD or a journalling file system may keep old blocks; the
    commune's disk encryption is the answer there, docs/privacy.md)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        with open(path, "r+b") as f:
            chunk = b"\0" * 65536
            left = size
            while left > 0:
                n = min(left, len(chunk))
                f.write(chunk[:n])
                left -= n
            f.flush()
            os.fsync(f.fileno())
    except FileNotFoundError:
        return
    except OSError:
        pass
    remove_quietly(path)


def sqlite_companions(path: Path) -> list[Path]:
    """The WAL, shared-memory and journal files SQLite may keep beside `path`."""
    return [path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal")]
