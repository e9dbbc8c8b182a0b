"""Documents: numbered plans, decisions, directives and laws an article cites.

    Kế hoạch số: 348/KH-UBND ngày 02/10/2019 của UBND tỉnh       kind word, "số:", date, issuer after "của"
    Chỉ thị 34-CT/TW ngày 7-4-2014 của Bộ Chính trị               party code with a dash, no "số"
    Luật Thi đua, khen thưởng số 06/2022/QH15                     a law: the code QH gives the kind
    Nghị định số 98/2023/NĐ-CP                                    a decree
    văn bản số 311/KH-UBND ngày 27/8/2019                         generic word: the kind comes from KH
    UBND tỉnh ban hành Kế hoạch số 45/KH-UBND                     issuer = subject of the issuing verb
    “...” đã được UBND tỉnh phát động ... và ban hành văn bản số 311/KH-UBND
                                                                  issuer = agent of the verb joined by "và"

A reference is a number, an optional year and codes joined by "/" or "-"; its first code
must be a known type (KH, QĐ, CT, QH ...) or issuer (UBND, TW ...) from
`patterns/documents.yaml`, so ranges ("2019-2025"), dates and figures never are documents.
The ref is kept as written without spaces; the same ref mentioned twice is recorded once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.core import patterns
from pipeline.core.dates import find_dates, iso
from pipeline.core.patterns import Entry, boundary_regex
from pipeline.core.types import Document, Evidence
from pipeline.extract.authorities import Authority, authority
from pipeline.nlp import Analysis

# A code: capitals with at most one lower-case letter ("UBND", "TTg", "CTr", "QH15", "NĐ").
_CODE = r"[A-ZĐ][A-ZĐ]*(?:[a-zđ][A-ZĐ]*)?\d*"
_REF = re.compile(
    rf"(?<![\w/.-])(?P<num>\d{{1,6}})(?:\s*/\s*(?P<year>(?:19|20)\d{{2}}))?\s*[/-]\s*"
    rf"(?P<codes>{_CODE}(?:\s*[/-]\s*{_CODE}){{0,4}})(?![\w/-])"
)
_SPLIT_CODES = re.compile(r"\s*[/-]\s*")
# A kind word and a bare number: "công văn số 869", "Chỉ thị 05".
_BARE = re.compile(
    r"(?<![^\W_])(?P<word>[Cc]ông\s+văn|Chỉ\s+thị|Quyết\s+định|Kế\s+hoạch|Nghị\s+quyết|Thông\s+báo|Hướng\s+dẫn|[Vv]ăn\s+bản)"
    r"\s+(?:số\s*:?\s*)?(?P<num>\d{1,5})(?![\w/.-])")
_TRAILING_DIGITS = re.compile(r"\d+$")
# How far before a number its kind word may stand ("Luật Thi đua, khen thưởng số ...").
_LEAD_CHARS = 80
# How far before the kind word the issuing verb and its subject may stand.
_SUBJECT_CHARS = 200
_CLAUSE_END = re.compile(r"[.;!?…](?=\s|$)")


@dataclass(frozen=True)
class _Vocab:
    kinds: list[Entry]
    kind_word: re.Pattern[str]  # any kind or generic word
    by_word: dict[str, Entry]  # casefolded word -> its entry
    by_code: dict[str, Entry]  # type code -> its default kind
    issuers: frozenset[str]
    number_tail: re.Pattern[str]  # "số:" between a kind word and its number
    date_cue: re.Pattern[str]
    issuer_cue: re.Pattern[str]
    issuing_verb: re.Pattern[str]
    adverbs_tail: re.Pattern[str]
    passive_agent: re.Pattern[str]
    active_subject: re.Pattern[str]
    coordinator: re.Pattern[str]
    authority: Authority


@lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    file = patterns.load("documents")
    kinds, generic = file.section("kinds"), file.section("generic_words")
    by_code: dict[str, Entry] = {}
    for e in kinds:
        for code in e.value or ():
            by_code.setdefault(code, e)  # the first kind that lists a code is its default
    agents = {e.id: e for e in file.section("coordinated_agent")}
    flags = re.IGNORECASE
    return _Vocab(
        kinds=kinds,
        kind_word=re.compile(boundary_regex([t for e in kinds + generic for t in e.terms])),
        by_word={t.casefold(): e for e in kinds + generic for t in e.terms},
        by_code=by_code,
        issuers=frozenset(file.terms("issuer_codes")),
        number_tail=re.compile(rf"\s*(?:{boundary_regex(file.terms('number_words'))}\s*:?\s*)?"),
        date_cue=re.compile(rf"\s*,?\s*(?:{file.section('date_cues')[0].regex})", flags),
        issuer_cue=re.compile(rf"\s*,?\s*{file.regex('issuer_cues').pattern}\s+", flags),
        issuing_verb=re.compile(rf"{file.regex('issuing_verbs').pattern}\s*$", flags),
        adverbs_tail=re.compile(rf"(?:\s+{file.regex('adverbs').pattern})+\s*$", flags),
        passive_agent=agents["passive_agent"].compiled,
        active_subject=agents["active_subject"].compiled,
        coordinator=re.compile(rf"\s+{boundary_regex(agents['coordinator'].terms)}\s+$", flags),
        # Issuers and launchers are the same authorities: one vocabulary, kept with the movements'.
        authority=authority(),
    )


def _clause(text: str, end: int, floor: int) -> int:
    start = max(floor, end - _SUBJECT_CHARS)
    ends = [m.end() for m in _CLAUSE_END.finditer(text, start, end)]
    return ends[-1] if ends else start


def _type_code(code: str) -> str:
    return _TRAILING_DIGITS.sub("", code)  # "QH15" -> "QH"


def _kind(word: Entry | None, code: str, v: _Vocab) -> str | None:
    """Kind in words: a specific word when it agrees with the code, else what the code says."""
    by_code = v.by_code.get(code) or v.by_code.get(_type_code(code))
    if word is not None and word in v.kinds:
        agrees = by_code is None or bool({code, _type_code(code)} & set(word.value or ()))
        return word.label if agrees else by_code.label
    if by_code is not None:
        return by_code.label
    return word.label if word is not None else None


def _date(text: str, year: int | None) -> tuple[str | None, int]:
    """A date right after the number ("ngày 7-4-2014"), and where it ends."""
    cue = _vocab().date_cue.match(text)
    if not cue:
        return None, 0
    rest = text[cue.end() :]
    found = find_dates(rest)
    if not found or rest[: found[0].start].strip() not in ("", "ngày"):
        return None, 0
    return iso(found[0].resolve(year)), cue.end() + found[0].end


def _subject_issuer(text: str, before: int, floor: int) -> str | None:
    """The issuer as the subject of an issuing verb right before the kind word."""
    v = _vocab()
    lead = text[_clause(text, before, floor) : before]
    verb = v.issuing_verb.search(lead)
    if not verb:
        return None
    pre = lead[: verb.start()]
    joined = v.coordinator.search(pre)
    if not joined:
        found = v.authority.suffix(v.adverbs_tail.sub("", pre).rstrip(" ,"), _SUBJECT_CHARS)
        return found[1] if found else None
    # "... đã được UBND tỉnh phát động ... và ban hành ...": the agent of the first verb
    earlier = pre[: joined.start()]
    agents = [v.authority.read(m["x"]) for m in v.passive_agent.finditer(earlier)]
    agents = [a for a in agents if a]
    if agents:
        return agents[-1]
    m = v.active_subject.match(earlier)
    return v.authority.read(m["x"]) if m else None


@dataclass
class _Mention:
    ref: str
    kind: str | None
    date: str | None
    issuer: str | None
    start: int  # paragraph-local span of the mention
    end: int


def _in_paragraph(text: str) -> list[_Mention]:
    """Document mentions of one paragraph, in order.

    >>> [(m.ref, m.kind, m.date, m.issuer) for m in _in_paragraph(
    ...     "Theo Chỉ thị 34-CT/TW ngày 7-4-2014 của Bộ Chính trị, giai đoạn 2019-2025 có 1.250 hồ sơ.")]
    [('34-CT/TW', 'Chỉ thị', '2014-04-07', 'Bộ Chính trị')]
    """
    v = _vocab()
    found: list[_Mention] = []
    floor = 0
    for ref in _REF.finditer(text):
        code = _SPLIT_CODES.split(ref["codes"])[0]
        lead_start = max(_clause(text, ref.start(), floor), ref.start() - _LEAD_CHARS)
        lead = text[lead_start : ref.start()]
        words = list(v.kind_word.finditer(lead))
        word_match = words[-1] if words else None
        word = v.by_word.get(word_match.group().casefold()) if word_match else None
        attached = word_match is not None and v.number_tail.fullmatch(lead[word_match.end() :]) is not None
        typed = code in v.by_code or _type_code(code) in v.by_code
        if not (typed or (code in v.issuers and attached) or (attached and word in v.kinds)):
            # "5/TP", "2019-2025": a number with a code nobody issues; an issuer's code needs the kind
            # word before it ("Công văn số 2145/UBND-NC"), or "Cụm thi đua số 2-UBND tỉnh" is a document
            continue
        start = lead_start + word_match.start() if word_match else ref.start()
        end = ref.end()
        day, date_end = _date(text[end:], int(ref["year"]) if ref["year"] else None)
        end += date_end
        issuer = None
        cue = v.issuer_cue.match(text[end:])
        named = v.authority.prefix(text[end + cue.end() :]) if cue else None
        if named:
            issuer, end = named[1], end + cue.end() + named[0]
        else:
            issuer = _subject_issuer(text, start, floor)
        found.append(_Mention(re.sub(r"\s+", "", ref.group()), _kind(word, code, v), day, issuer, start, end))
        floor = end
    found += _bare_numbers(text, [(m.start, m.end) for m in found])
    return sorted(found, key=lambda m: m.start)


def _bare_numbers(text: str, taken: list[tuple[int, int]]) -> list[_Mention]:
    """A number with no code right after a kind word, then its date or issuer: "công văn số 869 ngày
    7-10-2016 của Trung ương Hội", "Chỉ thị 05 của Bộ Chính trị"."""
    v = _vocab()
    out: list[_Mention] = []
    for m in _BARE.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        word = v.by_word.get(m.group("word").casefold())
        end = m.end("num")
        day, date_end = _date(text[end:], None)
        end += date_end
        cue = v.issuer_cue.match(text[end:])
        named = v.authority.prefix(text[end + cue.end() :]) if cue else None
        if day is None and named is None:
            continue  # "Quyết định 15 năm qua ...": a bare number needs a date or an issuer to be a reference
        issuer = None
        if named:
            issuer, end = named[1], end + cue.end() + named[0]
        out.append(_Mention(m.group("num"), word.label if word else None, day, issuer, m.start(), end))
    return out


def _paragraphs(analysis: Analysis) -> list[tuple[int, str]]:
    spans: dict[int, list[int]] = {}
    for s in analysis.sentences:
        span = spans.setdefault(s.paragraph, [s.start, s.end])
        span[1] = s.end
    return [(a, analysis.text[a:b]) for a, b in spans.values()]


def extract_documents(analysis: Analysis) -> list[Document]:
    """Numbered documents of one article, first mention first, each ref once."""
    documents: dict[str, Document] = {}
    for base, text in _paragraphs(analysis):
        for m in _in_paragraph(text):
            key = m.ref.casefold()
            if key in documents:
                kept = documents[key]
                kept.date = kept.date or m.date
                kept.issuer = kept.issuer or m.issuer
                kept.kind = kept.kind or m.kind
                continue
            a, b = base + m.start, base + m.end
            evidence = Evidence(analysis.sentence_at(a), a, b, analysis.text[a:b], "document:ref")
            documents[key] = Document(m.ref, m.kind, m.date, m.issuer, evidence)
    return list(documents.values())
