"""Vocabulary as data: load, validate and compile the YAML files in `patterns/` once.

A pattern file maps section names to lists of entries:

    roles:
      - id: pho_chu_tich
        terms: [Phó Chủ tịch, PCT]
        examples: ["Phó Chủ tịch UBND tỉnh Lê Văn Hải phát biểu."]

Each entry has an `id`, `terms` (literal phrases) or a `regex`, and at least one real
example sentence, which the tests run. Unknown keys are errors naming file and entry;
all errors of a file are reported at once.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from pipeline.core.text import nfc

ALLOWED_KEYS = {
    "id", "terms", "regex", "examples", "label", "value", "expands", "level",
    "kind", "priority", "note", "case_sensitive",
}


def _pattern_dir() -> Path:
    """$THIDUA_PATTERNS, else the copy an installed wheel carries (pipeline/patterns), else the
    repository's top-level patterns/ (a clone or an editable install)."""
    if os.environ.get("THIDUA_PATTERNS"):
        return Path(os.environ["THIDUA_PATTERNS"])
    package = Path(__file__).resolve().parents[1]
    packaged = package / "patterns"
    return packaged if packaged.is_dir() else package.parent / "patterns"


PATTERN_DIR = _pattern_dir()
# libyaml's parser builds the same data as PyYAML's pure-Python one, fifteen times faster (a start-up
# cost of every run); PyYAML built without libyaml has only the Python one.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# Letters of any script count as word characters; digits too. Boundaries use this.
_WORD = r"[^\W_]"


class PatternError(ValueError):
    """A pattern file that does not load; the message lists every problem."""


@dataclass(frozen=True)
class Entry:
    id: str
    section: str
    terms: tuple[str, ...] = ()
    regex: str | None = None
    examples: tuple[str, ...] = ()
    label: str | None = None
    value: Any = None
    expands: str | None = None
    level: str | None = None
    kind: str | None = None
    priority: int = 0
    note: str | None = None
    case_sensitive: bool = False
    compiled: re.Pattern[str] | None = field(default=None, compare=False, repr=False)

    def search(self, text: str) -> re.Match[str] | None:
        return self.compiled.search(text) if self.compiled else None


def boundary_regex(alternatives: list[str] | tuple[str, ...]) -> str:
    """An alternation of literal phrases, longest first, bounded by non-letters."""
    ordered = sorted({a for a in alternatives if a}, key=len, reverse=True)
    body = "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in ordered)
    return rf"(?<!{_WORD})(?:{body})(?!{_WORD})"


def mixed_case_regex(terms: set[tuple[str, bool]] | list[tuple[str, bool]]) -> str:
    """One alternation of (phrase, case_sensitive) pairs, longest first whatever the case mode, bounded
    by non-letters: "Trưởng đoàn Đại biểu Quốc hội" (any case) wins over the case-exact "Trưởng".

    The bounds stand once outside the alternation, and a look-ahead for the possible first letters
    skips most positions at once: matching a few hundred terms stays cheap."""
    ordered = sorted({(t, exact) for t, exact in terms if t}, key=lambda term: len(term[0]), reverse=True)
    if not ordered:
        return r"(?!)"
    body = "|".join(_literal(t) if exact else f"(?i:{_literal(t)})" for t, exact in ordered)
    firsts = {c for t, exact in ordered for c in ({t[0]} if exact else {t[0].lower(), t[0].upper()})}
    starts = "".join(sorted(re.escape(c) for c in firsts))
    return rf"(?<!{_WORD})(?=[{starts}])(?:{body})(?!{_WORD})"


def _literal(phrase: str) -> str:
    return re.escape(phrase).replace(r"\ ", r"\s+")


def _validate(path: Path, data: Any) -> tuple[list[Entry], list[str]]:
    errors: list[str] = []
    entries: list[Entry] = []
    if not isinstance(data, dict):
        return [], [f"{path.name}: top level must be a mapping of sections"]
    seen: set[str] = set()
    for section, items in data.items():
        if not isinstance(items, list):
            errors.append(f"{path.name}:{section}: must be a list of entries")
            continue
        for n, item in enumerate(items):
            where = f"{path.name}:{section}[{n}]"
            if not isinstance(item, dict):
                errors.append(f"{where}: entry must be a mapping")
                continue
            where = f"{path.name}:{section}:{item.get('id', n)}"
            unknown = set(item) - ALLOWED_KEYS
            if unknown:
                errors.append(f"{where}: unknown keys {sorted(unknown)}")
            if "id" not in item:
                errors.append(f"{where}: missing id")
            elif item["id"] in seen:
                errors.append(f"{where}: duplicate id")
            seen.add(item.get("id"))
            if not item.get("terms") and not item.get("regex"):
                errors.append(f"{where}: needs terms or regex")
            if not item.get("examples"):
                errors.append(f"{where}: needs at least one example")
            terms = tuple(nfc(str(t)) for t in item.get("terms") or ())
            regex = nfc(item["regex"]) if item.get("regex") else None
            flags = 0 if item.get("case_sensitive") else re.IGNORECASE
            try:
                compiled = re.compile(regex or boundary_regex(terms), flags)
            except re.error as exc:
                errors.append(f"{where}: bad regex: {exc}")
                continue
            entries.append(
                Entry(
                    id=str(item.get("id")),
                    section=section,
                    terms=terms,
                    regex=regex,
                    examples=tuple(nfc(str(e)) for e in item.get("examples") or ()),
                    label=item.get("label"),
                    value=item.get("value"),
                    expands=nfc(item["expands"]) if item.get("expands") else None,
                    level=item.get("level"),
                    kind=item.get("kind"),
                    priority=int(item.get("priority", 0)),
                    note=item.get("note"),
                    case_sensitive=bool(item.get("case_sensitive", False)),
                    compiled=compiled,
                )
            )
    return entries, errors


class PatternFile:
    """The validated entries of one file, by section."""

    def __init__(self, path: Path):
        self.path = path
        try:
            data = yaml.load(path.read_text(encoding="utf-8"), Loader=SAFE_LOADER)
        except (OSError, yaml.YAMLError) as exc:
            raise PatternError(f"{path}: cannot load: {exc}") from exc
        self.entries, errors = _validate(path, data)
        if errors:
            raise PatternError(f"{path}:\n  " + "\n  ".join(errors))

    def section(self, name: str) -> list[Entry]:
        found = [e for e in self.entries if e.section == name]
        if not found:
            raise PatternError(f"{self.path.name}: no section {name!r}")
        return found

    def terms(self, name: str) -> list[str]:
        return [t for e in self.section(name) for t in e.terms]

    def regex(self, name: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
        """One compiled alternation over all terms of a section."""
        return re.compile(boundary_regex(self.terms(name)), flags)

    def any_of(self, name: str) -> re.Pattern[str]:
        """One compiled alternation over every entry of a section, terms and regexes alike,
        each in its own case sensitivity."""
        parts = []
        for e in self.section(name):
            body = e.regex or boundary_regex(e.terms)
            parts.append(f"(?:{body})" if e.case_sensitive else f"(?i:{body})")
        return re.compile("|".join(parts))


# A backreference ties a pattern to its own group numbers, which an alternation shifts.
_BACKREFERENCE = re.compile(r"\\[1-9]|\(\?P=")
_NAMED_GROUP = re.compile(r"\(\?P<\w+>")
_SCOPED_FLAGS = ((re.IGNORECASE, "i"), (re.MULTILINE, "m"), (re.DOTALL, "s"), (re.VERBOSE, "x"))


@lru_cache(maxsize=None)
def prefilter(compiled: tuple[re.Pattern[str], ...]) -> re.Pattern[str] | None:
    """One alternation that finds a match wherever any of the patterns finds one, or None when the
    patterns cannot be joined. A pre-check for rules that try many patterns on every sentence:
    most sentences match none, and one scan says so instead of one scan per pattern.
    Only whether it matches means anything: its groups are the patterns' groups made plain.

    >>> pre = prefilter((re.compile("cụm trưởng", re.IGNORECASE), re.compile(r"(?P<year>20\\d\\d)")))
    >>> bool(pre.search("Đơn vị Cụm trưởng năm nay")), bool(pre.search("Năm 2023")), bool(pre.search("Hội nghị"))
    (True, True, False)
    """
    parts = []
    for p in compiled:
        if _BACKREFERENCE.search(p.pattern) or p.flags & re.ASCII:  # ASCII \W, \b cannot be scoped
            return None
        letters = "".join(letter for flag, letter in _SCOPED_FLAGS if p.flags & flag)
        body = _NAMED_GROUP.sub("(?:", p.pattern)
        parts.append(f"(?{letters}:{body})" if letters else f"(?:{body})")
    try:
        return re.compile("|".join(parts))
    except re.error:  # a pattern with flags of its own at its start cannot stand inside another
        return None


@lru_cache(maxsize=None)
def load(name: str) -> PatternFile:
    """The pattern file `patterns/<name>.yaml`, loaded and compiled once per process."""
    path = PATTERN_DIR / f"{name}.yaml"
    if not path.exists():
        raise PatternError(f"pattern file not found: {path} (set THIDUA_PATTERNS to the patterns folder)")
    return PatternFile(path)


def all_files() -> list[str]:
    return sorted(p.stem for p in PATTERN_DIR.glob("*.yaml"))
