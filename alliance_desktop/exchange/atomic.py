"""Writing a file all at once: a temporary file in the same folder, then ``os.replace``."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path

from alliance_desktop.domain.file_modes import file_mode
from alliance_desktop.domain.messages import msg
from alliance_desktop.domain.temp_files import create_beside, release
from alliance_desktop.exchange.errors import Cancelled, FileRefused

Progress = Callable[[int], bool]
"""``progress(done)`` is told how many rows are written; returning False cancels."""

PROGRESS_EVERY = 1000


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike[str], *, private: bool = False) -> Iterator[Path]:
    """Yield a temporary path next to ``target``; on success it replaces ``target``.

    The file gets the user's umask, or owner-only (0600) when ``private`` (it holds personal
    data). On any exception (including :class:`Cancelled`) the temporary file is removed and
    ``target`` is left as it was. OS errors become :class:`FileRefused`.
    """
    path = Path(target)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        handle, temp = create_beside(path)  # hidden, locked while written, swept if left
    except OSError as error:
        raise FileRefused(
            msg(
                "“{name}” cannot be written in {folder}: {reason}.",
                name=path.name,
                folder=str(folder),
                reason=error.strerror,
            ),
            reason="write_failed",
        ) from None
    try:
        yield temp
        with open(temp, "rb+") as stream:
            os.fsync(stream.fileno())
        # mkstemp made it 0600; a document without personal data follows the umask.
        if not private:
            with contextlib.suppress(OSError):
                os.chmod(temp, file_mode(private=False))
        try:
            os.replace(temp, path)
        except PermissionError:
            raise FileRefused(
                msg("“{name}” cannot be replaced. Is it open in another program?", name=path.name),
                reason="write_failed",
            ) from None
    except OSError as error:
        raise FileRefused(
            msg(
                "“{name}” cannot be written: {reason}.",
                name=path.name,
                reason=error.strerror or str(error),
            ),
            reason="write_failed",
        ) from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        release(handle)


def report(progress: Progress | None, done: int) -> None:
    """Tell ``progress`` how far we are; raise :class:`Cancelled` if it says stop."""
    if progress is not None and progress(done) is False:
        raise Cancelled()
