"""Fitting text into a box: wrap at spaces, shrink the size, balance the lines.

Widths come from the fonts' metrics (``pdfmetrics.stringWidth`` through
:func:`~alliance_desktop.reports.fonts.text_width`), so a fitted line never runs past its
box, whatever the script. Widths scale linearly with the size, so each word is measured
once at 1 pt and the loops only multiply.
"""

from __future__ import annotations

from dataclasses import dataclass

from alliance_desktop.reports.fonts import text_width

ELLIPSIS = "…"
PAIR_SEPARATOR = "  ·  "
"""What joins two language versions of one text (``Place  ·  Lieu``).

A line may break there, but never just before or after the dot: the separator then goes
away and the next language version starts the next line."""
_PAIR_MARK = PAIR_SEPARATOR.strip()
FLOOR_SIZE = 4.0
"""Below ``min_size`` text keeps shrinking down to this size rather than leave its box."""


@dataclass(frozen=True, slots=True)
class Fitted:
    """Text fitted into a box: its lines, their widths, the size and the line spacing."""

    font_name: str
    size: float
    leading: float
    lines: tuple[str, ...]
    widths: tuple[float, ...]
    char_space: float = 0.0

    @property
    def height(self) -> float:
        """From the top of the first line to the baseline of the last, in points."""
        return self.size * 0.76 + self.leading * (len(self.lines) - 1) if self.lines else 0.0

    @property
    def block_height(self) -> float:
        """The room the lines take, one full leading each."""
        return self.leading * len(self.lines)

    @property
    def width(self) -> float:
        return max(self.widths, default=0.0)


class _Measured:
    """A text cut into words, each measured once at 1 pt."""

    def __init__(self, text: str, font_name: str, char_space: float) -> None:
        self.font_name = font_name
        self.char_space = char_space
        self.words, self.pair_breaks = _words(text)
        self.unit = [text_width(w, font_name, 1.0) for w in self.words]
        self.space = text_width(" ", font_name, 1.0)
        self._chars: dict[str, float] = {}

    def word_width(self, index: int, size: float) -> float:
        word = self.words[index]
        return self.unit[index] * size + self.char_space * (len(word) - 1)

    def wrap(self, size: float, width: float, stacked: bool = False) -> list[tuple[str, float]]:
        """Greedy wrap at ``size`` into lines no wider than ``width``: (line, width) pairs.

        A separator between language versions stays only when the words on both sides of it
        fit on its line; otherwise the line breaks there and the separator is dropped.
        ``stacked`` breaks at every separator: each language version starts a line.
        """
        lines: list[tuple[str, float]] = []
        gap = self.space * size + 2 * self.char_space
        line: list[str] = []
        line_width = 0.0
        words = self.words
        for index, word in enumerate(words):
            word_width = self.word_width(index, size)
            if index in self.pair_breaks:
                after = line_width + gap + word_width + gap + self.word_width(index + 1, size)
                if not stacked and after <= width:
                    line.append(word)
                    line_width += gap + word_width
                elif line:
                    lines.append((" ".join(line), line_width))
                    line, line_width = [], 0.0
                continue
            if line and line_width + gap + word_width <= width:
                line.append(word)
                line_width += gap + word_width
                continue
            if line:
                lines.append((" ".join(line), line_width))
            if word_width <= width:
                line, line_width = [word], word_width
            else:
                *pieces, (last, last_width) = self._break_word(word, size, width)
                lines.extend(pieces)
                line, line_width = [last], last_width
        if line:
            lines.append((" ".join(line), line_width))
        return lines

    def _break_word(self, word: str, size: float, width: float) -> list[tuple[str, float]]:
        """Cut a word wider than the box between characters (a last resort for long names)."""
        pieces: list[tuple[str, float]] = []
        piece_start = 0
        piece_width = 0.0
        for index, char in enumerate(word):
            char_width = self._char_width(char) * size
            if index > piece_start:
                char_width += self.char_space
            if index > piece_start and piece_width + char_width > width:
                pieces.append((word[piece_start:index], piece_width))
                piece_start = index
                char_width = self._char_width(char) * size
                piece_width = 0.0
            piece_width += char_width
        pieces.append((word[piece_start:], piece_width))
        return pieces

    def _char_width(self, char: str) -> float:
        width = self._chars.get(char)
        if width is None:
            width = self._chars[char] = text_width(char, self.font_name, 1.0)
        return width


def _words(text: str) -> tuple[list[str], frozenset[int]]:
    """The words of ``text`` (split at plain spaces) and where language separators are.

    Only the exact :data:`PAIR_SEPARATOR` counts; one with nothing before or after it is
    dropped, so no line can start or end with it.
    """
    words: list[str] = []
    breaks: set[int] = set()
    for part in text.split(PAIR_SEPARATOR):
        part_words = [w for w in part.split(" ") if w]
        if not part_words:
            continue
        if words:
            breaks.add(len(words))
            words.append(_PAIR_MARK)
        words.extend(part_words)
    return words, frozenset(breaks)


def wrap(text: str, font_name: str, size: float, width: float, char_space: float = 0.0) -> Fitted:
    """``text`` wrapped at ``size`` into lines no wider than ``width`` (as many as it takes)."""
    pairs = _Measured(text, font_name, char_space).wrap(size, width)
    return Fitted(
        font_name,
        size,
        size * 1.2,
        tuple(p[0] for p in pairs),
        tuple(p[1] for p in pairs),
        char_space,
    )


def fit(
    text: str,
    font_name: str,
    *,
    width: float,
    height: float,
    max_size: float,
    min_size: float,
    max_lines: int = 1,
    leading: float = 1.2,
    char_space: float = 0.0,
    balance: bool = True,
    step: float = 0.5,
) -> Fitted:
    """The largest size (from ``max_size`` down) at which ``text`` fits the box.

    The box is ``width`` wide and ``height`` high; each line takes ``leading`` times the
    size. Down to ``min_size`` the text may use up to ``max_lines`` lines; below it, it
    keeps shrinking (to :data:`FLOOR_SIZE`) with as many lines as the height allows, and
    only text that still does not fit there is cut, ending with an ellipsis. With
    ``balance``, wrapped lines are made about equally long, as centred titles should be.
    """
    # Most texts fit on one line at full size: one measurement decides it.
    line = " ".join(_words(text)[0])
    if max_lines >= 1 and max_size * leading <= height + 1e-6:
        line_width = text_width(line, font_name, max_size, char_space)
        if line and line_width <= width:
            return Fitted(
                font_name, max_size, max_size * leading, (line,), (line_width,), char_space
            )
    measured = _Measured(text, font_name, char_space)
    if not measured.words:
        return Fitted(font_name, max_size, max_size * leading, (), (), char_space)
    size = max_size
    while size >= min(min_size, FLOOR_SIZE) - 1e-9:
        # Two language versions read best one under the other: try that first.
        for stacked in (True, False) if measured.pair_breaks else (False,):
            lines = measured.wrap(size, width, stacked)
            line_limit = max_lines if size >= min_size - 1e-9 else len(lines)
            if len(lines) <= line_limit and len(lines) * size * leading <= height + 1e-6:
                if balance and len(lines) > 1:
                    lines = _balanced(measured, size, width, len(lines), stacked)
                return _fitted(lines, font_name, size, leading, char_space)
        next_size = round(size - step, 2)
        if size > min_size > next_size:
            next_size = min_size
        size = next_size
    return _cut(measured, FLOOR_SIZE, width, height, leading)


def _balanced(
    measured: _Measured, size: float, width: float, count: int, stacked: bool = False
) -> list[tuple[str, float]]:
    """The narrowest wrap that still takes ``count`` lines (binary search on the width)."""
    low, high = width / count * 0.9, width
    best = measured.wrap(size, width, stacked)
    for _ in range(14):
        middle = (low + high) / 2
        lines = measured.wrap(size, middle, stacked)
        if len(lines) <= count:
            best, high = lines, middle
        else:
            low = middle
    return best


def _cut(measured: _Measured, size: float, width: float, height: float, leading: float) -> Fitted:
    """What fits at the floor size, the last line ending with an ellipsis."""
    font_name = measured.font_name
    lines = measured.wrap(size, width)
    keep = max(1, int((height + 1e-6) // (size * leading)))
    if len(lines) > keep:
        lines = lines[:keep]
        last = lines[-1][0]
        while last and text_width(last + ELLIPSIS, font_name, size) > width:
            last = last[:-1]
        last = last.rstrip() + ELLIPSIS
        lines[-1] = (last, text_width(last, font_name, size))
    return _fitted(lines, font_name, size, leading, measured.char_space)


def _fitted(
    lines: list[tuple[str, float]], font_name: str, size: float, leading: float, char_space: float
) -> Fitted:
    return Fitted(
        font_name,
        size,
        size * leading,
        tuple(p[0] for p in lines),
        tuple(p[1] for p in lines),
        char_space,
    )
