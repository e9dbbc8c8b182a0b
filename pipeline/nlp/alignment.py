"""Map tokens that underthesea returns back to character offsets of the text they came from."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.core.text import unify_tones


@dataclass(frozen=True)
class Aligned:
    start: int
    end: int
    text: str  # the text as it stands in the source, not as the tokenizer printed it


def align_tokens(text: str, tokens: list[str]) -> list[Aligned | None]:
    """Find each token in order; tolerate re-spacing and tone rewriting ("Hoà" -> "Hòa").

    A token that cannot be placed gets None and is left out by callers; the cursor stays.
    """
    out: list[Aligned | None] = []
    cursor = 0
    folded = unify_tones(text)  # same length as text: tone moves keep one char per letter
    if len(folded) != len(text):
        folded = text
    for token in tokens:
        at = text.find(token, cursor)
        if at < 0 or text[cursor:at].strip():
            at = folded.find(unify_tones(token), cursor)
        if at >= 0 and not text[cursor:at].strip():
            out.append(Aligned(at, at + len(token), text[at : at + len(token)]))
            cursor = at + len(token)
            continue
        out.append(_align_loose(text, token, cursor))
        if out[-1] is not None:
            cursor = out[-1].end
    return out


def _align_loose(text: str, token: str, cursor: int) -> Aligned | None:
    """Match ignoring white space differences ("Hà  Lan" in the text, "Hà Lan" in the token)."""
    want = [c for c in unify_tones(token) if not c.isspace()]
    i = cursor
    while i < len(text) and text[i].isspace():
        i += 1
    start, k = i, 0
    folded = unify_tones(text)
    while i < len(text) and k < len(want):
        if folded[i].isspace():
            i += 1
            continue
        if folded[i] != want[k]:
            return None
        i, k = i + 1, k + 1
    return Aligned(start, i, text[start:i]) if k == len(want) else None
