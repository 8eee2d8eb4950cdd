"""Undoable actions' names as Edit → Undo shows them ("Delete Kraków"), in the language in use."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from alliance_desktop.ui.formatting import plural

# Each takes the record's name (what the action changed) and gives the action's name.
Name = Callable[[str], str]


def added(name: str) -> str:
    return QCoreApplication.translate("UndoNames", "Add {name}").format(name=name)


def edited(name: str) -> str:
    return QCoreApplication.translate("UndoNames", "Edit {name}").format(name=name)


def deleted(name: str) -> str:
    return QCoreApplication.translate("UndoNames", "Delete {name}").format(name=name)


def restored(name: str) -> str:
    return QCoreApplication.translate("UndoNames", "Restore {name}").format(name=name)


def accepted(name: str) -> str:
    return QCoreApplication.translate("UndoNames", "Accept application of {name}").format(name=name)


def declined(name: str) -> str:
    return QCoreApplication.translate("UndoNames", "Decline application of {name}").format(
        name=name
    )


def information_requested(name: str) -> str:
    return QCoreApplication.translate("UndoNames", "Request information from {name}").format(
        name=name
    )


def withdrawn(name: str) -> str:
    return QCoreApplication.translate("UndoNames", "Withdraw application of {name}").format(
        name=name
    )


def reviewed(name: str) -> str:
    return QCoreApplication.translate("UndoNames", "Review application of {name}").format(name=name)


def settings_changed(_name: str) -> str:
    return QCoreApplication.translate("UndoNames", "Change organisation settings")


def deleted_records(count: int) -> Name:
    """Several records moved to the Trash at once ("Delete 3 records")."""

    def name(_name: str) -> str:
        return plural(
            count,
            QCoreApplication.translate("UndoNames", "Delete {n} record"),
            QCoreApplication.translate("UndoNames", "Delete {n} records"),
        )

    return name


def restored_records(count: int) -> Name:
    def name(_name: str) -> str:
        return plural(
            count,
            QCoreApplication.translate("UndoNames", "Restore {n} record"),
            QCoreApplication.translate("UndoNames", "Restore {n} records"),
        )

    return name


def restored_version(name: str) -> str:
    return QCoreApplication.translate("UndoNames", "Restore earlier version of {name}").format(
        name=name
    )


def merged(merged_name: str, kept_name: str) -> Callable[[], str]:
    """For a merge of duplicates ("Merge Łódź into Lodz"): the name ``UndoHistory.push`` takes."""

    def name() -> str:
        return QCoreApplication.translate("UndoNames", "Merge {merged} into {kept}").format(
            merged=merged_name, kept=kept_name
        )

    return name
