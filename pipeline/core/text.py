"""The one place text is normalized. Everyone else calls these.

Surface forms are kept as printed; matching happens on keys:

>>> match_key("  “Thuỷ  Hoà”. ")
'thủy hòa'
"""

from __future__ import annotations

import re
import unicodedata

# Tone marks in decomposed form: grave, acute, tilde, hook above, dot below.
_TONES = "\u0300\u0301\u0303\u0309\u0323"
# Old-style placement puts the tone on the second vowel of an open oa/oe/uy
# syllable ("hoà", "thuỷ", "khoẻ"); the key moves it to the first ("hòa").
_OLD_TONE = re.compile(rf"(?<![qQ])([oOuU])([aAeEyY])([{_TONES}])(?![\u0302\u0306\u031b])(?![^\W\d_])")
_SPACES = re.compile(r"[^\S\n]+")
_ANY_SPACE = re.compile(r"\s+")
_QUOTES = "\"'“”‘’«»„‟`´"
_EDGE_PUNCT = _QUOTES + " .,;:!?…()[]{}-–—/"


def nfc(text: str) -> str:
    """Unicode NFC: the form every stage works on."""
    return unicodedata.normalize("NFC", text)


# Look-alikes printed in place of Vietnamese letters: the eth "Ð"/"ð" (U+00D0/U+00F0) stands for
# "Đ"/"đ" on pages once written in windows-1258 or a legacy font and read back as latin-1
# ("Quyết định số 15/QÐ-UBND", "Trần Ðức Lương"). Vietnamese has no eth, so the swap is safe, and
# one character for one keeps every offset.
_LOOKALIKES = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111"})


def repair_lookalikes(text: str) -> str:
    """Look-alike letters to the Vietnamese ones: "QÐ-CTN" -> "QĐ-CTN"; the length is unchanged."""
    if "\u00d0" not in text and "\u00f0" not in text:
        return text  # almost every text: two scans in C instead of a dict look-up per character
    return text.translate(_LOOKALIKES)


# A page that dropped the space after a short function word glues it to the name after it: "choTrường
# Mầm non A", "vàUBND huyện B". No Vietnamese syllable has a capital inside, so the split is safe.
_GLUED_WORD = re.compile(r"(?<![^\W_])(cho|và|của|tại|với|tặng)(?=[^\W\d_])")


def split_glued_words(text: str) -> str:
    """A space between a function word and the capitalized name glued to it: "choTrường" -> "cho Trường".

    >>> split_glued_words("tặng Bằng khen choTrường Mầm non Hoa Sen vàUBND xã, cho các em")
    'tặng Bằng khen cho Trường Mầm non Hoa Sen và UBND xã, cho các em'
    """
    return _GLUED_WORD.sub(lambda m: m.group(1) + " " if text[m.end() : m.end() + 1].isupper() else m.group(1), text)


# In NFC text an old-style placement shows as a plain o/u before an a, e or y that carries its tone
# in the same character ("oà", "uý"). Text without such a pair is already unified: every key of
# every record is made here, so the decompose-and-recompose is skipped for it.
_OLD_TONE_NFC = re.compile("[oOuU][àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ]")


def unify_tones(text: str) -> str:
    """Old and new tone placement to one form: "hoà" and "hòa" both give "hòa"."""
    if not _OLD_TONE_NFC.search(text) and unicodedata.is_normalized("NFC", text):
        return text
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", _OLD_TONE.sub(r"\1\3\2", decomposed))


def collapse_spaces(text: str) -> str:
    """Runs of spaces, tabs and no-break spaces to one space; newlines kept."""
    return _SPACES.sub(" ", text)


def squash(text: str) -> str:
    """All white space (newlines too) to single spaces, trimmed: the 'as written' form."""
    if "  " not in text and text.isprintable():
        # Every white space but the plain space is unprintable, so single spaces are all there is:
        # nothing to collapse (most strings, and every key is squashed).
        return text.strip()
    return _ANY_SPACE.sub(" ", text).strip()


def strip_quotes(text: str) -> str:
    """Quotes and punctuation around a string removed: '“ Dạy tốt, học tốt”…' -> 'Dạy tốt, học tốt'."""
    return text.strip(_EDGE_PUNCT + "\u00a0\t\n")


def match_key(text: str) -> str:
    """Key for comparing strings: NFC, case-folded, spaces collapsed, quotes stripped, tones unified,
    look-alike letters repaired ("QÐ" = "QĐ")."""
    return unify_tones(squash(strip_quotes(repair_lookalikes(nfc(text)))).casefold())


def fold_diacritics(text: str) -> str:
    """Diacritics removed, for ASCII-only keys: 'Đông Hưng' -> 'Dong Hung'."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def is_capitalized(word: str) -> bool:
    """True when the first letter is upper case: 'Hưng', 'UBND', 'Ý'."""
    for ch in word:
        if ch.isalpha():
            return ch.isupper()
    return False


# The dot of an abbreviation before a name ends no sentence: a place word ("UBND TX. Gò Công",
# "TP. Huế") or an academic degree ("ThS. Lê Thị Bình", "PGS.TS. Nguyễn Văn An").
DOTTED_ABBREVIATION = re.compile(r"(?<![^\W_])(?:TX|TP|Tp|TT|VP|H|Q|P|GS|PGS|TS|ThS|BS|CN|KS)\.$")


def first_stop(pattern: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    """The first match of a clause-ending pattern ("." or ";") in text[start:end] that is not the
    dot of an abbreviation ("gồm TP. Pleiku và các huyện: ...", "cho ThS. Lê Thị Bình")."""
    for m in pattern.finditer(text, start, end):
        if not (m.group() == "." and DOTTED_ABBREVIATION.search(text, max(0, m.start() - 4), m.end())):
            return m
    return None


def _letters(predicate) -> str:
    # Latin letters with Vietnamese diacritics live in these blocks.
    ranges = [(0x41, 0x5B), (0x61, 0x7B), (0xC0, 0x250), (0x1E00, 0x1F00)]
    return "".join(chr(c) for a, b in ranges for c in range(a, b) if predicate(chr(c)))


UPPER = _letters(lambda c: c.isalpha() and c.isupper())
LOWER = _letters(lambda c: c.isalpha() and c.islower())
# "Minh TânBÁO NAM ĐỊNH" -> split before "BÁO": a lower-case letter glued to an upper-case run.
_GLUED_CAPS = re.compile(rf"(?<=[{LOWER}])(?=[{UPPER}](?:[{UPPER}]+|\s+[{UPPER}]{{2,}}))")


def split_glued_caps(line: str) -> list[str]:
    """Split a line where a lower-case word runs into an ALL-CAPS block.

    >>> split_glued_caps("T/h: Bích ThủyÝ KIẾN BẠN ĐỌC")
    ['T/h: Bích Thủy', 'Ý KIẾN BẠN ĐỌC']
    """
    parts = _GLUED_CAPS.split(line)
    return [p.strip() for p in parts if p.strip()]
