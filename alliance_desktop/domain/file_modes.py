"""Permissions of the files the application writes: the umask, or owner-only for personal data."""

from __future__ import annotations

import os
import threading

PRIVATE_MODE = 0o600  # backups, personal-data exports, lists naming contact people
_umask_lock = threading.Lock()


def current_umask() -> int:
    """The process's umask, read without changing it where the system allows.

    os.umask() can only be read by setting it, which for a moment would apply the stand-in
    value to files other threads create; Linux tells it in /proc instead.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    with _umask_lock:
        mask = os.umask(0o077)
        os.umask(mask)
    return mask


def document_mode() -> int:
    """The mode an ordinary new file gets here (0644 under the usual umask 022)."""
    return 0o666 & ~current_umask()


def file_mode(*, private: bool) -> int:
    return PRIVATE_MODE if private else document_mode()
