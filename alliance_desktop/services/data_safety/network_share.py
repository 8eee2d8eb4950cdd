"""Is a database file on a network share? SQLite's locking is unreliable there, so we warn."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from alliance_desktop.domain.messages import Message, msg

NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb",
        "smb2",
        "smb3",
        "smbfs",
        "ncpfs",
        "afs",
        "9p",
        "fuse.sshfs",
        "sshfs",
        "davfs",
        "fuse.davfs2",
        "glusterfs",
        "fuse.glusterfs",
        "ceph",
        "fuse.ceph",
        "lustre",
        "gpfs",
    }
)


def network_share_warning(path: Path) -> Message | None:
    """A plain warning when ``path`` lives on a network filesystem, else None."""
    kind = network_filesystem(path)
    if kind is None:
        return None
    # A Message: the window puts the database's notices into words in the language in use.
    return msg(
        "The database is on a network share ({kind}). SQLite files can be damaged when "
        "several computers write to them over a network: keep it on this computer, or use "
        "the office PostgreSQL database for shared work.",
        kind=kind,
    )


def network_filesystem(path: Path) -> str | None:
    if sys.platform == "win32":
        return _windows_network(path)
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    return filesystem_from_mounts(mounts, Path(os.path.realpath(path)))


def filesystem_from_mounts(mounts: str, path: Path) -> str | None:
    """The network filesystem type of the mount holding ``path`` (longest mount point wins)."""
    best: tuple[int, str] | None = None
    text = path.as_posix()
    for line in mounts.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        # /proc/mounts escapes spaces and tabs in mount points as octal.
        point = parts[1].replace("\\040", " ").replace("\\011", "\t")
        if not (text == point or text.startswith(point.rstrip("/") + "/")):
            continue
        if best is None or len(point) > best[0]:
            best = (len(point), parts[2])
    if best is None:
        return None
    kind = best[1].lower()
    return kind if kind in NETWORK_FILESYSTEMS else None


def _windows_network(path: Path) -> str | None:
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return "UNC path"
    try:
        import ctypes

        drive = os.path.splitdrive(os.path.abspath(text))[0] + "\\"
        drive_remote = 4
        if ctypes.windll.kernel32.GetDriveTypeW(drive) == drive_remote:  # type: ignore[attr-defined]
            return "network drive"
    except (AttributeError, OSError):
        return None
    return None
