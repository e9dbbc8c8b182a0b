"""Vietnamese text in any charset a page may come in, as NFC Unicode.

Old provincial portals still serve pages in legacy Vietnamese encodings, and many pages
declare the wrong charset. This module decodes the three legacy families and picks the
decoding that reads as Vietnamese:

- TCVN 5712:1993 ("TCVN3", the ".Vn" fonts of the ABC keyboard): one byte per letter;
  VN3, the subset in everyday use, sits inside the VN1 table used here.
- VNI-Windows (the "VNI-" fonts): an ASCII letter followed by a byte for its marks, "Hoaø" = "Hoà".
- windows-1258: base letters plus combining tone marks, made whole by NFC.

>>> decode_as(b"Th\\xad\\xeang tr\\xf9c", "tcvn3")
'Thường trực'
>>> decode_as("Hoäi nghò".encode("latin-1"), "vni")
'Hội nghị'
>>> vietnamese_score("Hội nghị tổng kết") > vietnamese_score("Há»™i nghá»‹ tá»•ng káº¿t")
True
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from pipeline.core.text import nfc

# TCVN 5712:1993 VN1, bytes 0x80-0xFF (checked against glibc iconv's TCVN5712-1 in the tests).
_TCVN_HIGH = (
    "\u00c0\u1ea2\u00c3\u00c1\u1ea0\u1eb6\u1eac\u00c8"  # 0x80
    "\u1eba\u1ebc\u00c9\u1eb8\u1ec6\u00cc\u1ec8\u0128"  # 0x88
    "\u00cd\u1eca\u00d2\u1ece\u00d5\u00d3\u1ecc\u1ed8"  # 0x90
    "\u1edc\u1ede\u1ee0\u1eda\u1ee2\u00d9\u1ee6\u0168"  # 0x98
    "\u00a0\u0102\u00c2\u00ca\u00d4\u01a0\u01af\u0110"  # 0xA0
    "\u0103\u00e2\u00ea\u00f4\u01a1\u01b0\u0111\u1eb0"  # 0xA8
    "\u0300\u0309\u0303\u0301\u0323\u00e0\u1ea3\u00e3"  # 0xB0
    "\u00e1\u1ea1\u1eb2\u1eb1\u1eb3\u1eb5\u1eaf\u1eb4"  # 0xB8
    "\u1eae\u1ea6\u1ea8\u1eaa\u1ea4\u1ec0\u1eb7\u1ea7"  # 0xC0
    "\u1ea9\u1eab\u1ea5\u1ead\u00e8\u1ec2\u1ebb\u1ebd"  # 0xC8
    "\u00e9\u1eb9\u1ec1\u1ec3\u1ec5\u1ebf\u1ec7\u00ec"  # 0xD0
    "\u1ec9\u1ec4\u1ebe\u1ed2\u0129\u00ed\u1ecb\u00f2"  # 0xD8
    "\u1ed4\u1ecf\u00f5\u00f3\u1ecd\u1ed3\u1ed5\u1ed7"  # 0xE0
    "\u1ed1\u1ed9\u1edd\u1edf\u1ee1\u1edb\u1ee3\u00f9"  # 0xE8
    "\u1ed6\u1ee7\u0169\u00fa\u1ee5\u1eeb\u1eed\u1eef"  # 0xF0
    "\u1ee9\u1ef1\u1ef3\u1ef7\u1ef9\u00fd\u1ef5\u1ed0"  # 0xF8
)
# VN1 also puts twelve capitals in C0 control positions; plain text never uses those bytes.
_TCVN_LOW = {0x01: "Ú", 0x02: "Ụ", 0x04: "Ừ", 0x05: "Ử", 0x06: "Ữ", 0x11: "Ứ", 0x12: "Ự",
             0x13: "Ỳ", 0x14: "Ỷ", 0x15: "Ỹ", 0x16: "Ý", 0x17: "Ỵ"}
# Bytes read as latin-1 code points, then translated: one table lookup per character.
_TCVN_DECODE = {0x80 + i: ch for i, ch in enumerate(_TCVN_HIGH)} | _TCVN_LOW
_TCVN_ENCODE = {ch: bytes([b]) for b, ch in _TCVN_DECODE.items() if not unicodedata.combining(ch)}

_GRAVE, _ACUTE, _HOOK, _TILDE, _DOT = "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"
_TONES = (_GRAVE, _ACUTE, _HOOK, _TILDE, _DOT)
_CIRCUMFLEX, _BREVE, _HORN = "\u0302", "\u0306", "\u031b"

# VNI-Windows mark bytes (as latin-1 characters), lower-case glyph first, capital glyph second.
_VNI_TONE = {_GRAVE: "øØ", _ACUTE: "ùÙ", _HOOK: "ûÛ", _TILDE: "õÕ", _DOT: "ïÏ"}
_VNI_CIRCUMFLEX = {"": "âÂ", _GRAVE: "àÀ", _ACUTE: "áÁ", _HOOK: "åÅ", _TILDE: "ãÃ", _DOT: "äÄ"}
_VNI_BREVE = {"": "êÊ", _GRAVE: "èÈ", _ACUTE: "éÉ", _HOOK: "úÚ", _TILDE: "üÜ", _DOT: "ëË"}
# Letters VNI keeps in one byte: i with tones, ơ, ư, ỵ, đ.
_VNI_SINGLE = {"ì": "ì", "í": "í", "ỉ": "æ", "ĩ": "ó", "ị": "ò", "ơ": "ô", "ư": "ö", "ỵ": "î", "đ": "ñ"}


def _vni_tables() -> tuple[dict[str, str], dict[str, str]]:
    """VNI sequence -> letter (both glyph cases of the marks) and letter -> sequence."""
    decode: dict[str, str] = {}
    encode: dict[str, str] = {}

    def add(letter: str, base: str, marks: str) -> None:
        for upper in (False, True):
            ch = letter.upper() if upper else letter
            b = base.upper() if upper else base
            seqs = [b + m for m in ((marks[1], marks[0]) if upper else marks)] if marks else [b]
            encode.setdefault(ch, seqs[0])
            for seq in seqs:
                decode.setdefault(seq, ch)

    for letter, byte in _VNI_SINGLE.items():
        add(letter, byte, "")
    for tone, marks in _VNI_TONE.items():
        for base in "aeouy":
            if not (base == "y" and tone == _DOT):  # ỵ has its own byte
                add(nfc(base + tone), base, marks)
        add(nfc("ơ" + tone), "ô", marks)
        add(nfc("ư" + tone), "ö", marks)
    for tone, marks in _VNI_CIRCUMFLEX.items():
        for base in "aeo":
            add(nfc(base + _CIRCUMFLEX + tone), base, marks)
    for tone, marks in _VNI_BREVE.items():
        add(nfc("a" + _BREVE + tone), "a", marks)
    return decode, encode


_VNI_DECODE, _VNI_ENCODE = _vni_tables()
_VNI_SEQUENCE = re.compile("|".join(re.escape(s) for s in sorted(_VNI_DECODE, key=len, reverse=True)))
# cp1252 punctuation in 0x80-0x9F (curly quotes, dashes) that VNI-Windows fonts keep.
_CP1252_HIGH = {b: bytes([b]).decode("cp1252") for b in range(0x80, 0xA0) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}

_ALIASES = {
    "tcvn": "tcvn3", "tcvn3": "tcvn3", "tcvn-3": "tcvn3", "tcvn5712": "tcvn3", "tcvn5712-1": "tcvn3",
    "tcvn-5712": "tcvn3", "abc": "tcvn3", "x-viet-tcvn": "tcvn3", "x-viet-tcvn3": "tcvn3",
    "vni": "vni", "vni-windows": "vni", "x-viet-vni": "vni",
    "windows-1258": "cp1258", "cp1258": "cp1258", "x-cp1258": "cp1258",
}
LEGACY = ("cp1258", "tcvn3", "vni")


def canonical_name(name: str) -> str:
    """A charset label as this module knows it: "tcvn3", "vni", or a Python codec name."""
    key = name.strip().strip("\"'").lower()
    if key in _ALIASES:
        return _ALIASES[key]
    return codecs.lookup(key).name  # raises LookupError for unknown labels


def decode_as(content: bytes, name: str) -> str:
    """Decode strictly with one charset; the result is NFC. Raises UnicodeDecodeError or LookupError."""
    codec = canonical_name(name)
    if codec == "tcvn3":
        return nfc(content.decode("latin-1").translate(_TCVN_DECODE))
    if codec == "vni":
        text = content.decode("latin-1").translate(_CP1252_HIGH)
        return nfc(_VNI_SEQUENCE.sub(lambda m: _VNI_DECODE[m.group(0)], text))
    return nfc(content.decode(codec))


def encode_as(text: str, name: str) -> bytes:
    """Unicode to a legacy charset, characters it lacks as HTML references (&#8220;): for test pages."""
    codec = canonical_name(name)
    out: list[bytes] = []
    for ch in nfc(text):
        if ord(ch) < 0x80:
            out.append(ch.encode("ascii"))
        elif codec == "tcvn3" and ch in _TCVN_ENCODE:
            out.append(_TCVN_ENCODE[ch])
        elif codec == "vni" and ch in _VNI_ENCODE:
            out.append(_VNI_ENCODE[ch].encode("latin-1"))
        elif codec == "cp1258":
            out.append(_encode_cp1258(ch))
        else:
            try:
                out.append(ch.encode(codec))
            except (UnicodeEncodeError, LookupError):
                out.append(f"&#{ord(ch)};".encode("ascii"))
    return b"".join(out)


def _encode_cp1258(ch: str) -> bytes:
    decomposed = unicodedata.normalize("NFD", ch)
    tones = "".join(c for c in decomposed if c in _TONES)
    base = nfc("".join(c for c in decomposed if c not in _TONES))
    try:
        return (base + tones).encode("cp1258")
    except UnicodeEncodeError:
        return f"&#{ord(ch)};".encode("ascii")


# --- plausibility: does a decoding read as Vietnamese? ---------------------------------

_SYLLABLE = re.compile(
    r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnpqrstvx])?"
    r"[aăâeêioôơuưy]{1,3}(?:ch|ng|nh|[cmnpt])?$"
)
_WORD = re.compile(r"[^\W\d_]+")
_MARKUP = re.compile(r"<script\b.*?</script>|<style\b.*?</style>|<!--.*?-->|<[^>]*>", re.IGNORECASE | re.DOTALL)
# Symbols that real Vietnamese pages do print (no-break space, guillemets, ©, °, middle dot).
_USUAL_SYMBOLS = set("\u00a0«»©°·")
# How much text is enough to judge a decoding; more only costs time.
_SAMPLE_CHARS = 200_000


def _is_syllable(word: str) -> bool:
    decomposed = unicodedata.normalize("NFD", word.lower())
    if sum(decomposed.count(t) for t in _TONES) > 1:
        return False
    base = nfc("".join(c for c in decomposed if c not in _TONES))
    return bool(_SYLLABLE.match(base))


def vietnamese_score(text: str) -> float:
    """Share of non-ASCII evidence that reads as Vietnamese: 1.0 for clean text, near 0 for mojibake.

    Words with diacritics count for it when they are well-formed syllables and against it otherwise;
    stray Latin-1 symbols and U+FFFD count against it. Text with no such evidence scores 1.0.
    """
    sample = _MARKUP.sub(" ", text[:_SAMPLE_CHARS])
    good = bad = 0
    for word in _WORD.findall(sample):
        if word.isascii():
            continue
        if _is_syllable(word):
            good += 1
        else:
            bad += 1
    bad += sum(1 for ch in sample if ch == "\ufffd" or ("\u0080" <= ch <= "\u00bf" and ch not in _USUAL_SYMBOLS))
    return good / (good + bad) if good + bad else 1.0


@dataclass(frozen=True)
class Decoded:
    text: str
    charset: str  # the charset that was used, as canonical_name gives it
    score: float


# A trusted charset (declared, then UTF-8) whose text scores this well is taken without trying others.
_CONFIDENT = 0.97
# A later candidate must beat an earlier one by more than this to be preferred over it.
_MARGIN = 0.02


def detect(content: bytes) -> str | None:
    """charset-normalizer's best guess, or None."""
    from charset_normalizer import from_bytes

    best = from_bytes(content[:_SAMPLE_CHARS]).best()
    return best.encoding if best else None


def best_decoding(content: bytes, trusted: list[str]) -> Decoded | None:
    """The decoding that reads best as Vietnamese.

    `trusted` charsets (header, meta tag) are tried first, then UTF-8, charset-normalizer's guess
    and the legacy Vietnamese encodings. Earlier candidates win near-ties, so a correct
    declaration is kept; a wrong one loses to the decoding that yields real syllables.
    Returns None when no candidate decodes at all.
    """
    tried: list[Decoded] = []
    seen: set[str] = set()

    def attempt(name: str | None) -> Decoded | None:
        if not name:
            return None
        try:
            codec = canonical_name(name)
        except LookupError:
            return None
        if codec in seen:
            return None
        seen.add(codec)
        try:
            text = decode_as(content, codec)
        except (UnicodeDecodeError, LookupError):
            return None
        found = Decoded(text, codec, vietnamese_score(text))
        tried.append(found)
        return found

    for name in [*trusted, "utf-8"]:
        found = attempt(name)
        if found and found.score >= _CONFIDENT:
            return found
    for name in [detect(content), *LEGACY]:
        attempt(name)
    if not tried:
        return None
    best = max(d.score for d in tried)
    return next(d for d in tried if d.score >= best - _MARGIN)
