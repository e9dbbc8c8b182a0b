"""Officials: people named with their titles, title before or after the name.

    "Đồng chí Hà Lan Anh, TUV, Phó Chủ tịch UBND tỉnh"        name, then titles
    "Nguyễn Văn Trường- Huyện ủy viên- Phó Chủ tịch UBND Huyện"  dashes between titles
    "đồng chí Phó Chủ tịch UBND tỉnh Nguyễn Văn Phong"          titles, then name
    "đồng chí Phó Bí thư Thường trực Tỉnh ủy"                   title only: a later mention

A title is a role from `patterns/titles.yaml` continued by the body it belongs to:
capitalized words, abbreviations, lower-case title words, and dashes or "và" between
capitalized words ("Sở Lao động - Thương binh và Xã hội"). A name is a run of
capitalized syllables starting with a surname that is not a place. Title-only mentions
after a singular "đồng chí" are linked to the official whose title they repeat.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.core.text import is_capitalized, match_key, squash
from pipeline.core.types import Evidence, Official
from pipeline.extract import lexicon
from pipeline.nlp import Analysis, Token

_SEPARATOR = re.compile(r"\s*[,\-–—]\s*")
_NAME_SYLLABLE = re.compile(r"^[^\W\d_](?:[^\W\d_]*)$")
# A singular honorific right before a title-only mention marks a reference to one person.
_SINGULAR_HONORIFIC = re.compile(r"(?:^|[^\w])(?<!các )(?<!Các )(?:đồng chí|Đồng chí|đ/c|Đ/c)\s*$")
# How many syllables a Vietnamese personal name has.
_NAME_MIN, _NAME_MAX = 2, 4


@dataclass
class _Title:
    start: int  # sentence-local offsets
    end: int


class _Sentence:
    """One sentence with the helpers the official rules need, all in sentence-local offsets."""

    def __init__(self, analysis: Analysis, index: int):
        self.analysis = analysis
        self.index = index
        self.base = analysis.sentences[index].start
        self.text = analysis.sentences[index].text
        self.sylls: list[Token] = [
            Token(t.start - self.base, t.end - self.base, t.text) for t in analysis.syllables(index)
        ]
        self.lex = lexicon.titles()
        self.role_at = {m.start(): m for m in self.lex.role.finditer(self.text)}

    def syll_index(self, offset: int) -> int:
        for k, s in enumerate(self.sylls):
            if s.start >= offset:
                return k
        return len(self.sylls)

    def name_like(self, k: int) -> bool:
        text = self.sylls[k].text
        return bool(_NAME_SYLLABLE.match(text)) and text[0].isupper() and (len(text) == 1 or not text[1:].isupper())

    def cap_run_end(self, k: int) -> int:
        """Index after the run of name-like syllables starting at k (stops at a role)."""
        j = k
        while j < len(self.sylls) and self.name_like(j):
            if j > k and (self.sylls[j].start in self.role_at or self.sylls[j].start - self.sylls[j - 1].end != 1):
                break
            j += 1
        return j

    def name_at(self, k: int) -> int | None:
        """If a person's name starts at syllable k, the index after it."""
        if k >= len(self.sylls) or not self.name_like(k) or self.sylls[k].text not in lexicon.surnames():
            return None
        if self.sylls[k].start in self.role_at:
            return None
        end = self.cap_run_end(k)
        if not _NAME_MIN <= end - k <= _NAME_MAX:
            return None
        name = self.text[self.sylls[k].start : self.sylls[end - 1].end]
        if match_key(name) in lexicon.not_officials() or lexicon.is_place_name(name):
            return None
        return end

    def names_in_run(self, k: int) -> tuple[int, int] | None:
        """The name inside a capitalized run starting at k ("Hưng Hà Nguyễn Văn An" -> "Nguyễn Văn An")."""
        end = self.cap_run_end(k)
        for start in range(k, end):
            stop = self.name_at(start)
            if stop is None:
                continue
            prefix = self.text[self.sylls[k].start : self.sylls[start - 1].end] if start > k else ""
            if not prefix or lexicon.is_place_name(prefix) or self.lex.honorific.fullmatch(prefix):
                return start, stop
        return None

    def extend_title(self, role_end: int) -> tuple[int, int | None]:
        """Where a title that starts with a role ends, and the syllable of a name that follows it."""
        end = role_end
        k = self.syll_index(role_end)
        while k < len(self.sylls):
            s = self.sylls[k]
            if self.text[end : s.start].strip():
                break
            if s.start in self.role_at:
                break
            if self.name_at(k) is not None:
                found = self.names_in_run(k)
                if found and found[0] == k:
                    return end, k
            if is_capitalized(s.text) and s.text[0].isalpha():
                end, k = s.end, k + 1
                continue
            word = self.lex.title_word.match(self.text, s.start)
            if word:
                end = word.end()
                k = self.syll_index(end)
                continue
            covering = self.analysis.word_at(self.index, self.base + s.start)
            if covering and covering.start < self.base + s.start and is_capitalized(covering.text):
                end, k = s.end, k + 1
                continue
            if s.text in ("-", "–", "và", "&") and k + 1 < len(self.sylls):
                nxt = self.sylls[k + 1]
                if is_capitalized(nxt.text) and nxt.start not in self.role_at and self.name_at(k + 1) is None:
                    end, k = nxt.end, k + 2
                    continue
            break
        return end, None

    def chain(self, start: int) -> tuple[list[_Title], int | None]:
        """Titles from `start`, joined by commas or dashes, and a name that ends the chain."""
        titles: list[_Title] = []
        pos = start
        while pos in self.role_at:
            role = self.role_at[pos]
            end, name_k = self.extend_title(role.end())
            titles.append(_Title(pos, end))
            if name_k is not None:
                return titles, name_k
            sep = _SEPARATOR.match(self.text, end)
            if not sep or sep.end() not in self.role_at:
                break
            pos = sep.end()
        return titles, None


def _titles_after(sent: _Sentence, name_end: int) -> list[_Title]:
    """Titles that follow a name after a comma or dash: "Nguyễn Văn A, Giám đốc Sở ..."."""
    sep = _SEPARATOR.match(sent.text, sent.sylls[name_end - 1].end)
    if sep and sep.end() in sent.role_at:
        return sent.chain(sep.end())[0]
    return []


def _evidence(sent: _Sentence, start: int, end: int, rule: str) -> Evidence:
    a, b = sent.base + start, sent.base + end
    return Evidence(sent.index, a, b, sent.analysis.text[a:b], rule)


def _title_texts(sent: _Sentence, titles: list[_Title]) -> list[str]:
    return [squash(sent.text[t.start : t.end]) for t in titles]


def extract_officials(analysis: Analysis) -> list[Official]:
    """Officials of one article, first mention first, each with all its titles."""
    found: dict[str, Official] = {}
    pending_refs: list[tuple[_Sentence, list[_Title]]] = []
    for i in range(len(analysis.sentences)):
        sent = _Sentence(analysis, i)
        consumed: set[int] = set()  # role starts already used in a chain
        named: set[int] = set()  # syllables where a recorded name starts
        # Titles then name first, so a rank or title before a name keeps the titles after it too.
        for pos in sorted(sent.role_at):
            if pos in consumed:
                continue
            titles, name_k = sent.chain(pos)
            consumed.update(t.start for t in titles)
            if name_k is not None:
                name_end = sent.name_at(name_k)
                more = _titles_after(sent, name_end)
                consumed.update(t.start for t in more)
                named.add(name_k)
                end = more[-1].end if more else sent.sylls[name_end - 1].end
                _record(found, sent, name_k, name_end, titles + more, pos, end, "titles_then_name")
            elif _SINGULAR_HONORIFIC.search(sent.text[max(0, pos - 12) : pos]):
                pending_refs.append((sent, titles))
        k = 0
        while k < len(sent.sylls):
            run = sent.names_in_run(k) if sent.name_like(k) else None
            if run is None or run[0] in named:
                k = max(run[1], k + 1) if run else k + 1
                continue
            name_start, name_end = run
            titles = _titles_after(sent, name_end)
            if titles:  # the title-first pass may have walked this chain, but found no name in it
                _record(found, sent, name_start, name_end, titles, sent.sylls[name_start].start,
                        titles[-1].end, "name_then_titles")
            k = max(name_end, k + 1)
    _link_title_only(found, pending_refs)
    return sorted(found.values(), key=lambda o: o.evidence.start)


def _record(found, sent, name_start, name_end, titles, start, end, rule) -> None:
    name = squash(sent.text[sent.sylls[name_start].start : sent.sylls[name_end - 1].end])
    key = match_key(name)
    evidence = _evidence(sent, start, end, rule)
    if key in found:
        found[key].mentions.append(evidence)
        return
    found[key] = Official(name=name, titles=_title_texts(sent, titles), surface=evidence.span_text, evidence=evidence)


def _link_title_only(found: dict[str, Official], refs) -> None:
    """'đồng chí Phó Bí thư Thường trực Tỉnh ủy' -> the official who holds that title."""
    for sent, titles in refs:
        wanted = [match_key(t) for t in _title_texts(sent, titles)]
        for official in found.values():
            held = [match_key(t) for t in official.titles]
            if all(any(w in h or h in w for h in held) for w in wanted):
                official.mentions.append(_evidence(sent, titles[0].start, titles[-1].end, "title_only_reference"))
                break
