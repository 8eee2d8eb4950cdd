"""A stand-in for ui.prompts.Prompts that answers from a queue and records what was asked."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from typing import Any


@dataclass
class FakePrompts:
    """Answers queued per method (``answers["confirm"].append(True)``); defaults when empty.

    ``asked`` lists (method, title, text) for every call, so tests can assert what the user saw.
    """

    answers: dict[str, deque[Any]] = field(default_factory=dict)
    asked: list[tuple[str, str, str]] = field(default_factory=list)
    offered_keep: list[bool] = field(default_factory=list)
    defaults: dict[str, Any] = field(
        default_factory=lambda: {
            "confirm": True,
            "ask_discard": True,
            "ask_text": None,
            "ask_line": None,
            "choose": None,
            "ask_password": None,
        }
    )

    def answer(self, method: str, *values: Any) -> FakePrompts:
        self.answers.setdefault(method, deque()).extend(values)
        return self

    def _next(self, method: str) -> Any:
        queue = self.answers.get(method)
        return queue.popleft() if queue else self.defaults.get(method)

    def calls(self, method: str) -> list[tuple[str, str, str]]:
        return [a for a in self.asked if a[0] == method]

    def confirm(self, parent: Any, title: str, text: str, *, yes_text: str = "") -> bool:
        self.asked.append(("confirm", title, text))
        return bool(self._next("confirm"))

    def ask_discard(self, parent: Any) -> bool:
        self.asked.append(("ask_discard", "Discard changes?", ""))
        return bool(self._next("ask_discard"))

    def error(self, parent: Any, title: str, text: str) -> None:
        self.asked.append(("error", title, text))

    def info(self, parent: Any, title: str, text: str) -> None:
        self.asked.append(("info", title, text))

    def ask_text(self, parent: Any, title: str, label: str, *, required: bool = True) -> str | None:
        self.asked.append(("ask_text", title, label))
        value = self._next("ask_text")
        return None if value is None else str(value)

    def ask_line(self, parent: Any, title: str, label: str, text: str = "") -> str | None:
        self.asked.append(("ask_line", title, label))
        value = self._next("ask_line")
        return None if value is None else str(value)

    def ask_password(
        self, parent: Any, title: str, text: str, *, offer_keep: bool
    ) -> tuple[str, bool] | None:
        """Answers are (password, keep) pairs; ``offered_keep`` records what was offered."""
        self.asked.append(("ask_password", title, text))
        self.offered_keep.append(offer_keep)
        value = self._next("ask_password")
        return None if value is None else (str(value[0]), bool(value[1]))

    def choose(self, parent: Any, title: str, text: str, choices: list[str]) -> int | None:
        self.asked.append(("choose", title, text))
        value = self._next("choose")
        return None if value is None else int(value)

    def run_dialog(self, dialog: Any) -> bool:
        """Answers are callables given the dialog (to fill it) returning True for OK, or
        booleans; none queued: the user cancels."""
        self.asked.append(("run_dialog", dialog.windowTitle(), ""))
        value = self._next("run_dialog")
        if callable(value):
            return bool(value(dialog))
        return bool(value)
