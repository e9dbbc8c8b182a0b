"""Titles: each title as written split into role, body and level, abbreviations expanded.

    "TUV"                                             -> Tỉnh ủy viên | Tỉnh ủy | tỉnh
    "Phó Chủ tịch thường trực UBND tỉnh"              -> Phó Chủ tịch Thường trực | Ủy ban nhân dân | tỉnh
    "Trưởng Ban TĐKT TW"                              -> Trưởng Ban | Ban Thi đua - Khen thưởng Trung ương | trung ương
    "Bí thư Thành ủy Nam Định"                         -> Bí thư | Thành ủy | huyện (a district-level city)
    "Chủ tịch UBND xã Minh Trí"                        -> Chủ tịch | Ủy ban nhân dân | xã, place xã Minh Trí

Roles come from `patterns/titles.yaml` (the extractors' vocabulary), abbreviations, bodies and
levels from `patterns/abbreviations.yaml`, unit words from `patterns/normalize_units.yaml`.
The level is the last level-bearing word of the title: a unit word ("huyện"), a body that implies
one ("Tỉnh ủy", "Sở ...", "Bộ ..."), or a national role ("Thứ trưởng"); a named place inside the
title ("huyện Vụ Bản") is resolved with pipeline.normalize.places.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.core.text import match_key, nfc, squash
from pipeline.normalize.places import Context, Resolved, article_scope, find_places, level_of
from pipeline.normalize.vocab import expand, unit_word, vocab

_EDGE = " ,;:-–"


@dataclass(frozen=True)
class Title:
    title: str  # as written
    expanded: str  # abbreviations expanded
    role: str  # "Phó Chủ tịch Thường trực"
    body: str  # "Ủy ban nhân dân"; "" for a rank or a role without a body
    level: str  # trung ương | tỉnh | huyện | xã | thôn | ""
    canonical: str  # role, body and place in one canonical spelling
    places: tuple[Resolved, ...] = ()  # units named inside the title

    @property
    def place(self) -> Resolved | None:
        return self.places[0] if self.places else None


def _canonical_role(text: str) -> str:
    return vocab().roles.get(match_key(text), squash(text))


def _replace_bodies(text: str) -> tuple[str, list[tuple[int, str]]]:
    """Known bodies respelled canonically; returns the text and (position, level) of bodies with a level."""
    spans = []
    for e in vocab().bodies:
        for m in e.compiled.finditer(text):
            spans.append((m.start(), m.end(), e))
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    out, pos, levels = [], 0, []
    for start, end, e in spans:
        if start < pos:
            continue
        out.append(text[pos:start])
        out.append(e.expands or text[start:end])
        if e.level:
            levels.append((start, e.level))
        pos = end
    out.append(text[pos:])
    return "".join(out), levels


def _unit_words(text: str, ctx: Context, places: list[Resolved]) -> tuple[str, list[tuple[int, str]]]:
    """Unit words lowercased to one spelling ("TP." -> "thành phố"), and (position, level) of each."""
    scope = article_scope(ctx)
    by_start = {r.start: r for r in places}
    out, pos, levels = [], 0, []
    for m in vocab().mention.finditer(text):
        word = unit_word(m["word"])
        if word is None or (word.kind == "hamlet" and not m["name"]):
            continue
        named = by_start.get(m.start())
        level = level_of(word, named.place if named else None, scope)
        if level:
            levels.append((m.start(), level))
        if not word.committee:
            out.append(text[pos:m.start("word")])
            out.append((word.label or m["word"]).lower())
            pos = m.end("word")
    out.append(text[pos:])
    return "".join(out), levels


def split_title(title: str, ctx: Context) -> Title:
    """One title of an official, split and normalized.

    >>> t = split_title("Phó Chủ tịch thường trực UBND tỉnh", Context("Nam Định", "2023-03-30"))
    >>> t.role, t.body, t.level, t.canonical
    ('Phó Chủ tịch Thường trực', 'Ủy ban nhân dân', 'tỉnh', 'Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh')
    >>> t = split_title("TUV", Context("Nam Định", "2023-03-30"))
    >>> t.expanded, t.role, t.body, t.level
    ('Tỉnh ủy viên', 'Tỉnh ủy viên', 'Tỉnh ủy', 'tỉnh')
    """
    v = vocab()
    written = squash(nfc(title))
    expanded = squash(expand(written))
    role, body, levels = "", "", []
    rest = lead = expanded
    for e in v.member_titles:
        m = e.compiled.match(expanded)
        if m:
            role, body, rest = e.expands or m.group(), e.label or "", expanded[m.end():]
            lead = role
            if e.level:
                levels.append((-1, e.level))
            break
    else:
        m = v.role.match(expanded)
        if m:
            board = v.role_body.search(m.group())
            if board:  # "Trưởng Ban Dân vận" heads the "Ban Dân vận": the body starts with the role's last word
                role = _canonical_role(m.group())
                lead = role[: len(role) - len(board.group(1))].rstrip()
                rest = expanded[board.start(1):]
                rest = rest[:1].upper() + rest[1:]
            else:
                end = _role_end(expanded, m.end())
                role = lead = _canonical_role(expanded[:end])
                rest = expanded[end:]
            if v.central_role.match(role):
                levels.append((-1, "trung ương"))
        else:
            role, rest = _split_unknown(expanded)
            lead = role
    rest = rest.strip(_EDGE)
    places = find_places(rest, ctx)
    spelled, unit_levels = _unit_words(rest, ctx, places)
    _, body_levels = _replace_bodies(rest)  # positions in `rest`, like those of the unit words
    canon_rest, _ = _replace_bodies(spelled)
    levels += sorted(body_levels + unit_levels)
    level = levels[-1][1] if levels else ""
    if not body:
        body = _body_of(canon_rest)
    canonical = squash(f"{lead} {canon_rest}") if canon_rest else role
    return Title(written, expanded, role, body, level, canonical, tuple(places))


def _role_end(text: str, end: int) -> int:
    """Where a role ends when a body starts inside it: "Chủ tịch Liên đoàn Lao động" is a role and a body."""
    for e in vocab().bodies:
        for m in e.compiled.finditer(text, 0, len(text)):
            if 0 < m.start() < end < m.end() or (0 < m.start() < end and m.end() == end):
                end = min(end, m.start())
    return len(text[:end].rstrip())


def _split_unknown(text: str) -> tuple[str, str]:
    """A title whose role the vocabulary lacks ("chuyên viên chính Ban ..."): the role ends where a body starts."""
    v = vocab()
    starts = [m.start() for e in v.bodies for m in e.compiled.finditer(text)]
    head = v.agency_head
    starts += [m.start() for m in re.finditer(r"(?<=\s)\S", text) if head.match(text[m.start():])]
    cut = min((s for s in starts if s > 0), default=None)
    if cut is None:
        return text, ""
    return text[:cut].strip(_EDGE), text[cut:]


def _body_of(rest: str) -> str:
    """The body: what follows the role, without the place and the level word at its end."""
    text = rest
    for m in reversed(list(vocab().mention.finditer(text))):
        word = unit_word(m["word"])
        if word is None or (word.kind == "hamlet" and not m["name"]) or text[m.end():].strip(_EDGE):
            continue
        # "Huyện ủy Thanh Liêm" keeps its committee word, the body; "huyện Vụ Bản" goes whole.
        text = text[: m.end("word")] if word.committee else text[: m.start()]
    return text.strip(_EDGE)
