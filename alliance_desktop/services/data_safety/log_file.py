"""The application's log: a rotating, owner-only file in the user's log folder."""

from __future__ import annotations

import contextlib
import logging
import os
from io import TextIOWrapper
from logging.handlers import RotatingFileHandler
from pathlib import Path

from platformdirs import user_log_dir

from alliance_desktop.db.engine import APP_AUTHOR, APP_NAME

LOG_FILE_NAME = "alliance-desktop.log"
MAX_BYTES = 1_000_000
KEPT_FILES = 3
FILE_MODE = 0o600
LOGGER = "alliance_desktop"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_file_path() -> Path:
    """Where the log is written: ``$ALLIANCE_LOG`` or the user's log folder."""
    override = os.environ.get("ALLIANCE_LOG")
    if override:
        return Path(override).expanduser()
    return Path(user_log_dir(APP_NAME, APP_AUTHOR)) / LOG_FILE_NAME


class _PrivateRotatingFileHandler(RotatingFileHandler):
    """A RotatingFileHandler whose files are created owner-only, whatever the umask."""

    def _open(self) -> TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, FILE_MODE)
        with contextlib.suppress(OSError):
            os.chmod(self.baseFilename, FILE_MODE)
        return os.fdopen(fd, "a", encoding=self.encoding, errors=self.errors)


def set_up_logging() -> Path | None:
    """Send the application's messages (INFO and up) to the log file; its path, or None when
    the file cannot be made (the application then runs without one).

    The application's log lines carry kinds, codes and counts, never SQL, values or names.
    Calling it again with another ``$ALLIANCE_LOG`` moves the log there.
    """
    path = log_file_path()
    logger = logging.getLogger(LOGGER)
    for handler in list(logger.handlers):
        if isinstance(handler, _PrivateRotatingFileHandler):
            if Path(handler.baseFilename) == path.absolute():
                return path
            logger.removeHandler(handler)
            handler.close()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = _PrivateRotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=KEPT_FILES, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(_FORMAT))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return path
