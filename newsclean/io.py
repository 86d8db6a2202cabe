"""Reading inputs and writing outputs: stdin, files, atomic in-place writes, safe names."""

from __future__ import annotations

import contextlib
import os
import re
import stat
import sys
import unicodedata
from pathlib import Path

from newsclean.errors import InputError

STDIN = "-"
#: Inputs larger than this are refused rather than read whole into memory.
MAX_INPUT_BYTES = 2 * 1024 * 1024 * 1024


def read_input(name: str) -> bytes:
    """The bytes of a path, or of stdin for ``-``; an InputError says what went wrong."""
    if name == STDIN:
        return sys.stdin.buffer.read()
    path = Path(name)
    try:
        if path.is_dir():
            msg = "is a directory"
            raise InputError(msg)
        size = path.stat().st_size
        if size > MAX_INPUT_BYTES:
            msg = f"too large ({size} bytes)"
            raise InputError(msg)
        return path.read_bytes()
    except FileNotFoundError:
        msg = "no such file"
        raise InputError(msg) from None
    except PermissionError:
        msg = "permission denied"
        raise InputError(msg) from None
    except IsADirectoryError:
        msg = "is a directory"
        raise InputError(msg) from None
    except OSError as exc:
        msg = exc.strerror or str(exc)
        raise InputError(msg) from None


#: Bytes of the target's name kept in a temporary file's name: with mkstemp's random
#: part and ``.tmp`` it stays within the 255 bytes a file name may have, whatever the
#: length of the target's own name.
TEMP_NAME_BYTES = 200


def temp_prefix(name: str) -> str:
    """``.name.``, the name cut to :data:`TEMP_NAME_BYTES` bytes of UTF-8."""
    cut = name.encode("utf-8", "surrogateescape")[:TEMP_NAME_BYTES]
    return "." + cut.decode("utf-8", "ignore") + "."


def writes_through(path: Path) -> bool:
    """Is ``path`` written straight into rather than replaced by a rename? A character
    device (``/dev/null``), a FIFO, a socket or an open descriptor (``/dev/fd/3``, what
    ``>(gzip > x.gz)`` names) is something a reader holds: renaming a file over it
    would replace it instead of writing to it."""
    if _descriptor(path) is not None:
        return True
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


_DESCRIPTOR = re.compile(r"/(?:dev|proc/self)/fd/([0-9]+)")


def _descriptor(path: Path) -> int | None:
    """The open descriptor ``path`` names (``/dev/stdout``, ``/dev/fd/3``), if it names
    one: written through a copy of it, as the shell does, so that what it is open on
    (``>> log.txt``, a pipe) gets the output where it expects it, never truncated."""
    name = str(path)
    if name in ("/dev/stdin", "/dev/stdout", "/dev/stderr"):
        return ("/dev/stdin", "/dev/stdout", "/dev/stderr").index(name)
    found = _DESCRIPTOR.fullmatch(name)
    return int(found.group(1)) if found else None


def write_output(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path``: straight into a device, FIFO or descriptor, else
    through :func:`write_atomic`."""
    if writes_through(path):
        writer = DirectWriter(path)
        try:
            writer.write(data)
        finally:
            writer.commit()
        return
    write_atomic(path, data)


def write_atomic(path: Path, data: bytes, *, keep_mode_of: Path | None = None) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same directory and a
    rename, so a reader (or a crash) sees the old file or the new one, never half. A
    symbolic link is followed: its target is rewritten and the link stays a link."""
    path = Path(os.path.realpath(path))
    fd, tmp = _temporary_beside(path)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        source = keep_mode_of if keep_mode_of is not None else (path if path.exists() else None)
        if source is not None:
            tmp.chmod(stat.S_IMODE(source.stat().st_mode))
        else:
            umask = os.umask(0)
            os.umask(umask)
            tmp.chmod(0o666 & ~umask)
        tmp.replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


_UNSAFE = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]+')
_WINDOWS_RESERVED = re.compile(r"^(?:CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(?:\..*)?$", re.IGNORECASE)
#: Longest slug, in characters; CJK characters are three bytes each in UTF-8, and file
#: systems allow 255 bytes per name.
MAX_SLUG = 40
#: Longest slug in bytes of UTF-8: a page's slug and an article's, numbers and suffix
#: together stay well within 255 bytes.
MAX_SLUG_BYTES = 100


def slugify(text: str | None, fallback: str = "article") -> str:
    """A file-name part safe on every file system: no separators, no dot-only names, no
    Windows device names, bounded length; CJK and other letters are kept."""
    text = unicodedata.normalize("NFC", text or "")
    text = _UNSAFE.sub(" ", text)
    text = re.sub(r"\s+", "-", text.strip())
    text = text.strip(".-_ ")[:MAX_SLUG]
    # And at most MAX_SLUG_BYTES of UTF-8 (ten characters beyond the BMP are 40 bytes).
    text = text.encode("utf-8")[:MAX_SLUG_BYTES].decode("utf-8", "ignore").strip(".-_ ")
    if not text or _WINDOWS_RESERVED.match(text):
        text = f"{fallback}-{text}" if text else fallback
    return text


def unique_path(directory: Path, stem: str, ext: str, taken: set[str]) -> Path:
    """``directory/stem.ext``, numbered if this run already wrote that name. A file left
    there by an earlier run is replaced, so running again gives the same files."""
    name = f"{stem}.{ext}"
    n = 2
    while str(directory / name) in taken:
        name = f"{stem}-{n}.{ext}"
        n += 1
    path = directory / name
    taken.add(str(path))
    try:
        inside = path.resolve().parent == directory.resolve()
    except (OSError, RuntimeError):
        # A symbolic link loop where the file would go: not a place to write.
        inside = False
    if not inside:
        msg = f"refusing to write outside {directory}"
        raise InputError(msg)
    return path


def open_output(path: Path) -> AtomicWriter | DirectWriter:
    """A writer for ``-o PATH``: straight into a device, FIFO or descriptor (see
    :func:`writes_through`), else an :class:`AtomicWriter` on the file a symbolic link
    points to."""
    if writes_through(path):
        return DirectWriter(path)
    return AtomicWriter(Path(os.path.realpath(path)))


class DirectWriter:
    """Output written as it comes into something that is not a regular file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        fd = _descriptor(path)
        self._handle = path.open("wb") if fd is None else os.fdopen(os.dup(fd), "wb")

    def write(self, data: bytes) -> None:
        self._handle.write(data)

    def flush(self) -> None:
        self._handle.flush()

    def commit(self) -> None:
        self._handle.close()

    def discard(self) -> None:
        with contextlib.suppress(OSError):
            self._handle.close()


def _temporary_beside(path: Path) -> tuple[int, Path]:
    """A new temporary file in ``path``'s directory (a rename within one file system is
    atomic), open for writing: its descriptor and its path."""
    # Imported when a file is written: tempfile (and random, shutil) are not on the
    # start-up path of a command writing to stdout.
    import tempfile

    directory = path.parent if str(path.parent) else Path()
    fd, name = tempfile.mkstemp(prefix=temp_prefix(path.name), suffix=".tmp", dir=directory)
    return fd, Path(name)


class AtomicWriter:
    """A file written piece by piece and put in place only when complete: a temporary
    file in the same directory, renamed over ``path`` by :meth:`commit`. Output of any
    size is streamed to disk instead of being gathered in memory first."""

    def __init__(self, path: Path) -> None:
        self.path = path
        fd, self._tmp = _temporary_beside(path)
        self._handle = os.fdopen(fd, "wb")

    def write(self, data: bytes) -> None:
        self._handle.write(data)

    def flush(self) -> None:
        self._handle.flush()

    def commit(self) -> None:
        try:
            self._handle.flush()
            os.fsync(self._handle.fileno())
            self._handle.close()
            if self.path.exists():
                self._tmp.chmod(stat.S_IMODE(self.path.stat().st_mode))
            else:
                umask = os.umask(0)
                os.umask(umask)
                self._tmp.chmod(0o666 & ~umask)
            self._tmp.replace(self.path)
        except BaseException:
            self.discard()
            raise

    def discard(self) -> None:
        with contextlib.suppress(OSError):
            self._handle.close()
        with contextlib.suppress(OSError):
            self._tmp.unlink()
