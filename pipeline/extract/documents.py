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
from datetime import date
from functools import lru_cache

from pipeline.core import patterns
from pipeline.core.dates import DateMatch, find_dates, iso
from pipeline.core.patterns import Entry, boundary_regex
from pipeline.core.text import UPPER, is_capitalized, squash
from pipeline.core.types import Document, Evidence
from pipeline.extract.authorities import Authority, authority
from pipeline.extract.lexicon import admin_words, is_place_name, surnames
from pipeline.nlp import Analysis

# A code: capitals with at most one lower-case letter ("UBND", "TTg", "CTr", "QH15", "NĐ"), and the
# office inside the issuer after a dot ("BTĐKT-P.1", "SNV-P.TĐKT"); a dot before a space ends the sentence.
_CODE = r"[A-ZĐ][A-ZĐ]*(?:[a-zđ][A-ZĐ]*)?\d*(?:\.(?:\d{1,2}|[A-ZĐ]{2,6}))?"
_REF = re.compile(
    rf"(?<![\w/.-])(?P<num>\d{{1,6}})(?:\s*/\s*(?P<year>(?:19|20)\d{{2}}))?\s*[/-]\s*"
    rf"(?P<codes>{_CODE}(?:\s*[/-]\s*{_CODE}){{0,4}})(?![\w/-])"
)
_SPLIT_CODES = re.compile(r"\s*[/-]\s*")
# A kind word and a bare number: "công văn số 869", "Chỉ thị 05".
_BARE = re.compile(
    r"(?<![^\W_])(?P<word>[Cc]ông\s+văn|Chỉ\s+thị|Quyết\s+định|Kế\s+hoạch|Nghị\s+quyết|Thông\s+báo|Hướng\s+dẫn"
    r"|Chương\s+trình|Kết\s+luận|Tờ\s+trình|[Vv]ăn\s+bản)"
    r"\s+(?P<so>số\s*:?\s*)?(?P<num>\d{1,5})(?![\w/.-])")
_TRAILING_DIGITS = re.compile(r"\d+$")
# How far before a number its kind word may stand ("Luật Thi đua, khen thưởng số ...").
_LEAD_CHARS = 80
# The longest kind word ("Kế hoạch liên tịch"): how far past an issuer's name one may reach.
_KIND_WORD_CHARS = 20
# A person's name after an office has at most this many words ("Nguyễn Thị Kim Ngân").
_NAME_MAX_WORDS = 4
# How far before the kind word the issuing verb and its subject may stand.
_SUBJECT_CHARS = 200
_CLAUSE_END = re.compile(r"[.;!?…](?=\s|$)")
_CLOSING_BRACKET = re.compile(r"\s*\)")
# An abbreviation in brackets after a subject: "Bộ Giáo dục và Đào tạo (GD&ĐT) vừa ban hành ...".
_BRACKETED_TAIL = re.compile(r"\s*\([^()]{1,20}\)\s*$")
# A place named as the subject of an issuing verb: "tỉnh Lào Cai", "huyện Tân Yên", "TP. Huế".
_PLACE_SUBJECT = re.compile(rf"(?<![^\W_])(?:[Tt]ỉnh|[Tt]hành\s+phố|[Hh]uyện|[Tt]hị\s+xã|[Qq]uận|TP\.?)\s+"
                            rf"(?P<name>[{UPPER}][^\W_]*(?:\s+[{UPPER}][^\W_]*){{0,3}})$")
# A clause opens with the date of its issuing verb within this many characters (an outlet's tag,
# "Ngày", a part of the day before it)...
_OPENING_DATE_WITHIN = 30
# ...and a comma sets the date off within this many characters ("Ngày 9/9/2022 (giờ Hà Nội),").
_OPENING_DATE_COMMA_WITHIN = 12
# Between two documents of one issuing verb: "ký Quyết định số 355/QĐ-CTN và Quyết định số 356/QĐ-CTN".
_PAIRED = re.compile(r"\s*(?:,|và|,\s*và)\s*")


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
    end = cue.end() + found[0].end
    if "(" in cue.group():  # "Chỉ thị số 19/CT-TTg (ngày 16-7-2021) của Thủ tướng Chính phủ"
        close = _CLOSING_BRACKET.match(text, end)
        if not close:
            return None, 0
        end = close.end()
    return iso(found[0].resolve(year)), end


@dataclass(frozen=True)
class _Issuing:
    """An issuing verb right before a document's kind word: its subject, and the date the sentence opens with."""

    issuer: str | None
    day: DateMatch | None  # "Ngày 9/9/2022, Chủ tịch nước ký ban hành Quyết định số ..."
    subjectless: bool  # "...; ký Quyết định số ...": the verb shares the subject of the clause before


def _issuing(text: str, before: int, floor: int) -> _Issuing | None:
    """The issuing verb right before the kind word, its subject as the issuer, and the date that
    opens its clause: "Ngày 22/01, UBND thành phố ban hành Quyết định số ..." is issued that day."""
    v = _vocab()
    clause = _clause(text, before, floor)
    lead = text[clause:before]
    verb = v.issuing_verb.search(lead)
    if not verb:
        return None
    pre = lead[: verb.start()]
    day = _opening_date(pre)
    subject = pre[_date_clause_end(pre, day) :] if day else pre
    joined = v.coordinator.search(subject)
    if not joined:
        bare = _BRACKETED_TAIL.sub("", v.adverbs_tail.sub("", " " + subject)).strip(" ,")
        found = v.authority.suffix(bare, _SUBJECT_CHARS)
        return _Issuing(found[1] if found else _place_subject(bare), day, not bare)
    # "... đã được UBND tỉnh phát động ... và ban hành ...": the agent of the first verb
    earlier = subject[: joined.start()]
    agents = [v.authority.read(m["x"]) for m in v.passive_agent.finditer(earlier)]
    agents = [a for a in agents if a]
    if agents:
        return _Issuing(agents[-1], day, False)
    m = v.active_subject.match(earlier)
    return _Issuing(v.authority.read(m["x"]) if m else None, day, False)


def _place_subject(subject: str) -> str | None:
    """A province or district as the subject: "tỉnh Lào Cai đã ban hành Kế hoạch số ..."."""
    m = _PLACE_SUBJECT.search(subject)
    return squash(m.group()) if m and is_place_name(m["name"]) else None


def _opening_date(lead: str) -> DateMatch | None:
    """The date set off by commas before the subject of the issuing verb: it opens the clause ("Ngày 3-9,
    ...", "HNP - Ngày 22/01, ...") or a part of it ("Nhân dịp kỷ niệm ..., ngày 21-12, Chủ tịch nước ...")."""
    found = None
    for d in find_dates(lead):
        opening = lead.rfind(",", 0, d.start) + 1
        if d.start - opening <= _OPENING_DATE_WITHIN and "," in lead[d.end : d.end + _OPENING_DATE_COMMA_WITHIN]:
            found = d
    return found


def _date_clause_end(lead: str, day: DateMatch) -> int:
    return lead.index(",", day.end) + 1


@dataclass
class _Mention:
    ref: str
    kind: str | None
    date: str | None
    issuer: str | None
    start: int  # paragraph-local span of the mention
    end: int
    issuing: _Issuing | None = None  # the issuing verb before it, whose subject and date a paired document shares


def _in_paragraph(text: str, published: date | None = None) -> list[_Mention]:
    """Document mentions of one paragraph, in order; `published` gives a date without its year one.

    >>> [(m.ref, m.kind, m.date, m.issuer) for m in _in_paragraph(
    ...     "Theo Chỉ thị 34-CT/TW ngày 7-4-2014 của Bộ Chính trị, giai đoạn 2019-2025 có 1.250 hồ sơ.")]
    [('34-CT/TW', 'Chỉ thị', '2014-04-07', 'Bộ Chính trị')]
    >>> [(m.ref, m.date, m.issuer) for m in _in_paragraph(
    ...     "Ngày 9/9, Chủ tịch nước ký Quyết định số 1020/QĐ-CTN và Quyết định số 1021/QĐ-CTN.", date(2022, 9, 12))]
    [('1020/QĐ-CTN', '2022-09-09', 'Chủ tịch nước'), ('1021/QĐ-CTN', '2022-09-09', 'Chủ tịch nước')]
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
        year = int(ref["year"]) if ref["year"] else None
        mention = _after_number(text, ref.end(), year, start, floor, found[-1] if found else None, published)
        mention.ref, mention.kind = re.sub(r"\s+", "", ref.group()), _kind(word, code, v)
        found.append(mention)
        floor = mention.end
    _share_backwards(text, found)
    found += _bare_numbers(text, [(m.start, m.end) for m in found], published)
    return sorted(found, key=lambda m: m.start)


def _share_backwards(text: str, found: list[_Mention]) -> None:
    """Documents of one issuer listed together take the date and issuer written after the last:
    "Quyết định số 355/QĐ-CTN và Quyết định số 356/QĐ-CTN ngày 9/3/2022 của Chủ tịch nước". The
    issuer's code must agree: "Nghị định 91/2017/NĐ-CP và Thông tư 12/2019/TT-BNV của Bộ Nội vụ" do not."""
    for first, second in reversed(list(zip(found, found[1:]))):
        same_issuer = _SPLIT_CODES.split(first.ref)[-1] == _SPLIT_CODES.split(second.ref)[-1]
        if same_issuer and _PAIRED.fullmatch(text[first.end : second.start]):
            first.date = first.date or second.date
            first.issuer = first.issuer or second.issuer


def _after_number(text: str, end: int, year: int | None, start: int, floor: int, before: _Mention | None,
                  published: date | None) -> _Mention:
    """Date and issuer of the document whose number ends at `end`: written after it ("ngày ...",
    "của ..."), else read from the issuing verb before its kind word, else shared with the document
    it is paired with ("ký Quyết định số 355/QĐ-CTN và Quyết định số 356/QĐ-CTN")."""
    day, date_end = _date(text[end:], year)
    end += date_end
    issuer = None
    named = _named_issuer(text, end)
    if named:
        end, issuer = end + named[0], _without_holder(named[1])
    issuing = _issuing(text, start, floor)
    if before is not None and before.issuing is not None and (
            _PAIRED.fullmatch(text[before.end : start]) or (issuing is not None and issuing.subjectless)):
        issuing = before.issuing  # the verb of the first document governs the second
    if issuing is not None:
        issuer = issuer or (_without_holder(issuing.issuer) if issuing.issuer else None)
        if day is None and issuing.day is not None:
            # the year in the ref is the year it was issued; else the article's ("Ngày 22/01, ...")
            day = iso(issuing.day.resolve(year) if year else
                      issuing.day.resolve(published.year if published else None, published))
    return _Mention("", None, day, issuer, start, end, issuing)


def _named_issuer(text: str, at: int) -> tuple[int, str] | None:
    """The issuer written after the number and date ("của Bộ Chính trị"), and where it ends.

    A capitalized word that opens the document's own title is not the issuer's: "của Bộ Nội vụ Quy
    định chi tiết ..." ends before "Quy", where the kind word "Quy định" reaches past the name read.
    """
    v = _vocab()
    cue = v.issuer_cue.match(text, at)
    named = v.authority.prefix(text[cue.end() :]) if cue else None
    if not named:
        return None
    span = text[cue.end() : cue.end() + named[0]]
    for m in v.kind_word.finditer(text, cue.end(), cue.end() + named[0] + _KIND_WORD_CHARS):
        if cue.end() < m.start() < cue.end() + named[0] < m.end():
            span = text[cue.end() : m.start()].rstrip(" ,")
            break
    return cue.end() + len(span) - at, squash(span)


def _without_holder(issuer: str) -> str:
    """An office without the name of its holder: "Chủ tịch nước Nguyễn Phú Trọng" -> "Chủ tịch nước".
    A name starts with a surname, is two to four capitalized words, and is no place ("tỉnh Hà Giang")."""
    words = issuer.split()
    for i in range(1, len(words) - 1):
        tail = words[i:]
        if (words[i] in surnames() and 2 <= len(tail) <= _NAME_MAX_WORDS and all(is_capitalized(w) for w in tail)
                and not is_place_name(" ".join(tail)) and not admin_words().search(" ".join(words[:i]) + " ")):
            return " ".join(words[:i]).rstrip(" ,")
    return issuer


def _bare_numbers(text: str, taken: list[tuple[int, int]], published: date | None = None) -> list[_Mention]:
    """A number with no code right after a kind word, then its date or issuer: "công văn số 869 ngày
    7-10-2016 của Trung ương Hội", "Chỉ thị 05 của Bộ Chính trị"; or "số" and the number after an
    issuing verb: "Phó Thủ tướng đã ký Quyết định số 28 về việc ..."."""
    v = _vocab()
    out: list[_Mention] = []
    for m in _BARE.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        word = v.by_word.get(m.group("word").casefold())
        floor = max([b for a, b in taken if b <= m.start()], default=0)
        mention = _after_number(text, m.end("num"), None, m.start(), floor, None, published)
        if not (m.group("so") or _date(text[m.end("num") :], None)[0] or _named_issuer(text, m.end("num"))):
            continue  # "Quyết định 15 năm qua ...": a bare number needs "số", a date or an issuer to be a reference
        mention.ref, mention.kind = m.group("num"), word.label if word else None
        out.append(mention)
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
    published = date.fromisoformat(analysis.article.published[:10]) if analysis.article.published else None
    for base, text in _paragraphs(analysis):
        for m in _in_paragraph(text, published):
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
    return [d for d in documents.values() if not _short_for(d, documents.values())]


def _short_for(bare: Document, documents) -> bool:
    """A bare number that re-mentions a numbered document of its kind: "Chỉ thị số 10" after
    "Chỉ thị số 10-CT/TW" is the same directive."""
    if not bare.ref.isdigit():
        return False
    return any(d is not bare and d.kind == bare.kind and _SPLIT_CODES.split(d.ref)[0] == bare.ref for d in documents)
