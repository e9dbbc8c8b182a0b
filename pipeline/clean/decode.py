"""Bytes to text, or a named reason why not."""

from __future__ import annotations

import codecs
import re

from pipeline.clean.encodings import best_decoding
from pipeline.core.types import Skipped

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# Share of C0 control bytes above which a file is binary, not text (tabs, newlines excluded).
_BINARY_CONTROL_SHARE = 0.05
# Markup near the start that makes bytes a web page, whose charset labels are often wrong.
_HTML_START = re.compile(rb"<\s*(?:!doctype\s+html|html|head|meta|body)\b", re.IGNORECASE)


def _is_binary(content: bytes) -> bool:
    head = content[:8192]
    if b"\x00" in head and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls > _BINARY_CONTROL_SHARE * max(len(head), 1)


def decode(content: bytes, source: str, declared: str | None = None, detect: bool | None = None) -> str:
    """Decode an article file: BOM, then a declared or <meta> charset, then UTF-8.

    Web pages (HTML, or anything with a declared charset) also get detection: a mislabeled
    charset or a legacy Vietnamese encoding (TCVN3, VNI, windows-1258) is replaced by the
    decoding that reads as Vietnamese (`pipeline.clean.encodings`). Plain text files must be
    UTF-8 or say otherwise, so a wrong file is reported rather than guessed at.

    Raises Skipped("empty" | "binary" | "undecodable").
    """
    if not content.strip():
        raise Skipped("empty", f"{source}: no content", stage="clean", source=source)
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if content.startswith(bom):
            return content.decode(codec, errors="replace")
    if _is_binary(content):
        raise Skipped("binary", f"{source}: binary data, not an article", stage="clean", source=source)
    candidates = [declared] if declared else []
    meta = _META_CHARSET.search(content[:4096])
    if meta:
        candidates.append(meta.group(1).decode("ascii", "ignore"))
    if detect is None:
        detect = bool(declared) or bool(_HTML_START.search(content[:4096]))
    if detect:
        found = best_decoding(content, candidates)
        if found:
            return found.text
    candidates.append("utf-8")
    for name in candidates:
        try:
            codecs.lookup(name)
            return content.decode(name)
        except (LookupError, UnicodeDecodeError):
            continue
    raise Skipped("undecodable", f"{source}: not valid UTF-8 and no usable charset declared",
                  stage="clean", source=source)
