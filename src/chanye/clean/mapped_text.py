"""Text that remembers, for every character, which character of the original produced it.

Every cleaning step is an edit of a `MappedText`: a char-for-char replacement keeps the map as it is,
a deletion drops the deleted characters' entries, a replacement of a different length maps each new
character onto the characters it replaced. Offsets stay non-decreasing, so a span of the original maps
to a span of the text with `bisect`.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from collections.abc import Iterable

Edit = tuple[int, int, str]  # [start, end) of the current text -> replacement

_IDENTITY = array("l", range(1 << 16))


def _identity_offsets(n: int) -> array:
    """array("l", range(n)), sliced from a cached one (a copy at C speed)."""
    global _IDENTITY
    if n > len(_IDENTITY):
        _IDENTITY = array("l", range(max(n, 2 * len(_IDENTITY))))
    return _IDENTITY[:n]


class MappedText:
    __slots__ = ("text", "offsets")

    def __init__(self, text: str, offsets: array) -> None:
        if len(offsets) != len(text):
            raise ValueError("offsets must have one entry per character")
        self.text = text
        self.offsets = offsets

    @classmethod
    def identity(cls, text: str) -> MappedText:
        return cls(text, _identity_offsets(len(text)))

    def __len__(self) -> int:
        return len(self.text)

    def same_length(self, text: str) -> MappedText:
        """A char-for-char rewrite: text[i] still comes from offsets[i]."""
        if len(text) != len(self.text):
            raise ValueError("same_length needs a text of the same length")
        return MappedText(text, self.offsets)

    def translate(self, table: dict[int, int | str | None]) -> MappedText:
        """str.translate for one-to-one tables (every mapped value one character)."""
        return self.same_length(self.text.translate(table))

    def edit(self, edits: Iterable[Edit]) -> MappedText:
        """Apply non-overlapping edits given in increasing order of position."""
        text, offsets = self.text, self.offsets
        parts: list[str] = []
        new_offsets = array("l")
        pos = 0
        for start, end, repl in edits:
            if start < pos or end < start:
                raise ValueError("edits must be ordered and must not overlap")
            parts.append(text[pos:start])
            new_offsets.extend(offsets[pos:start])
            if repl:
                width = end - start
                if len(repl) == width:
                    new_offsets.extend(offsets[start:end])
                elif width:
                    new_offsets.extend(offsets[start + min(k, width - 1)] for k in range(len(repl)))
                else:  # an insertion belongs to the character it precedes (or the last one)
                    anchor = offsets[start] if start < len(offsets) else (offsets[-1] if offsets else 0)
                    new_offsets.extend(anchor for _ in repl)
                parts.append(repl)
            pos = end
        if pos == 0 and not parts:
            return self
        parts.append(text[pos:])
        new_offsets.extend(offsets[pos:])
        return MappedText("".join(parts), new_offsets)

    def delete(self, spans: Iterable[tuple[int, int]]) -> MappedText:
        return self.edit((s, e, "") for s, e in spans)

    def sub(self, pattern: re.Pattern[str], repl) -> MappedText:
        """re.sub that keeps the map; `repl` is a string or a function of the match."""
        if isinstance(repl, str):
            edits = ((m.start(), m.end(), m.expand(repl)) for m in pattern.finditer(self.text))
        else:
            edits = ((m.start(), m.end(), repl(m)) for m in pattern.finditer(self.text))
        return self.edit(e for e in edits if self.text[e[0] : e[1]] != e[2])

    # ------------------------------------------------------------ mapping

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """[start, end) of this text -> the span of the original it came from."""
        if end <= start or not self.offsets:
            pos = self.offsets[min(start, len(self.offsets) - 1)] if self.offsets else 0
            return pos, pos
        return self.offsets[start], self.offsets[end - 1] + 1

    def text_span(self, orig_start: int, orig_end: int) -> tuple[int, int]:
        """A span of the original -> the span of this text produced by it (may be empty)."""
        return bisect_left(self.offsets, orig_start), bisect_left(self.offsets, orig_end)
