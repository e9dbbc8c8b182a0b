"""Awards: what is awarded to whom, by whom, for which year, and whether it is given or only asked for.

    "trao Cờ Đơn vị dẫn đầu phong trào thi đua năm 2022 cho nhân dân và cán bộ các huyện Kim Sơn và Yên Mô"
        -> co_don_vi_dan_dau, [huyện Kim Sơn, huyện Yên Mô], 2022, conferred, conferred_by None
    "Thành phố Vinh xếp thứ Nhất đề nghị Thủ tướng Chính Phủ tặng Cờ thi đua"
        -> co_thi_dua, [Thành phố Vinh], proposed, rank "thứ Nhất", conferred_by "Thủ tướng Chính Phủ"
    "Bằng khen của Thủ tướng Chính phủ được trao cho bà A, Hiệu trưởng, và bà B"
        -> bang_khen, persons [A, B], conferred_by "Thủ tướng Chính phủ"

An award is a name from `patterns/awards.yaml` ("Cờ thi đua", "Huân chương Lao động hạng Ba",
"Chiến sĩ thi đua cấp tỉnh"), extended by "của <authority>", "về thành tích ..." and "năm <year>".
Within its clause (up to ";"), the verbs before it say whether it is conferred or proposed;
recipients come after "cho", else from the subject before "xếp/được/đón nhận", else from the
object of "suy tôn". The authority is the one in "của X", "đề nghị X tặng", "X tặng" or "thừa
ủy quyền của X" — never whoever hands the award over. The same award repeated (photo captions,
the headline) is recorded once; an award with no named recipient is not recorded.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from pipeline.core import patterns
from pipeline.core.patterns import Entry, boundary_regex
from pipeline.core.text import match_key, squash
from pipeline.core.types import Award, Evidence
from pipeline.extract import lexicon, lists, units
from pipeline.nlp import Analysis, Sentence

_YEAR = re.compile(r"(?<![^\W_])năm\s+(\d{4})(?!\d)")
_OF = re.compile(r"[^\S\n]+của[^\S\n]+")
_ABOUT = re.compile(r"[^\S\n]+về[^\S\n]+thành[^\S\n]+tích[^,;:.()\n]*?(?=[^\S\n]+(?:cho|tới|đến)[^\S\n]|[,;:.(]|$)")
_YEAR_AFTER = re.compile(r"[^\S\n]+năm[^\S\n]+\d{4}(?!\d)")
# What stands between an authority and the award it gives: "Chủ tịch UBND tỉnh đã tặng".
_GIVES = re.compile(
    r"^[^\S\n]*(?:đã[^\S\n]+|sẽ[^\S\n]+|vừa[^\S\n]+)?(?P<verb>trao[^\S\n]+tặng|tặng[^\S\n]+thưởng|khen[^\S\n]+tặng"
    r"|truy[^\S\n]+tặng|phong[^\S\n]+tặng|tặng|trao)[^\S\n]+(?:danh[^\S\n]+hiệu[^\S\n]+)?$",
    re.IGNORECASE,
)
# Before an authority: the start of the clause, or a verb that makes it the giver.
_ANCHOR = re.compile(r"(?:^|[,;:]|(?<![^\W_])(?:đề\s+nghị|được|trình|đề\s+xuất|kiến\s+nghị|xin|do))[^\S\n]*$", re.IGNORECASE)
_GIVE_VERB = re.compile(r"[^\S\n]+(?:trao[^\S\n]+tặng|tặng|trao)(?![^\W_])", re.IGNORECASE)
_BY_AFTER = re.compile(r"^[^\S\n]*(?:năm[^\S\n]+\d{4}[^\S\n]*)?(?:đã[^\S\n]+)?(?:được|do)[^\S\n]+", re.IGNORECASE)
# "... được trao cho", "... do UBND tỉnh trao tặng": the award is the subject of a passive.
_GIVEN_AFTER = re.compile(
    r"^[^\S\n]*(?:năm[^\S\n]+\d{4}[^\S\n]*)?(?:(?:đã|cũng|vừa|đều)[^\S\n]+){0,2}(?:được|do)[^\S\n]+(?:\S+[^\S\n]+){0,6}?(?:trao|tặng)(?![^\W_])",
    re.IGNORECASE,
)
# Strong verbs of giving; after one of them a vote cue ("bình xét") no longer makes a proposal.
_STRONG_GIVE = re.compile(r"(?<![^\W_])(?:trao|đón\s+nhận|được\s+tặng|được\s+trao)(?![^\W_])", re.IGNORECASE)
# The words an award's name may run on with before its list: "Cờ thi đua Chính phủ gồm:", "... lần
# này có 3 Trung tướng gồm A, ...; B, ...".
_LIST_AFTER_AWARD = re.compile(r"[”\"’»]?,?(?:[^\S\n]+(?!cho(?![^\W_]))(?:[^\W\d_]+|\d{1,3}(?=[^\S\n]+[^\W\d_]))){0,6}?(?=[^\S\n]*(?:,[^\S\n]*)?(?:gồm|là)(?![^\W_])|[^\S\n]*:)",
                               re.IGNORECASE)
# A counted subject before the verb: "8 Sở GD&ĐT được nhận", "5 tỉnh vinh dự đón nhận".
_COUNTED_SUBJECT = re.compile(r"(?<![^\W_])(\d{1,3}[^\S\n]+[^\W\d_][^\s:,;]*(?:[^\S\n]+[^\W\d_][^\s:,;]*){0,3}?)"
                              r"(?=[^\S\n]+(?:được|đã|vinh[^\S\n]+dự|nhận|đón[^\S\n]+nhận)(?![^\W_]))", re.IGNORECASE)
# A sentence that names an award and ends with how many receive it: "...: 02 tập thể".
_ENDS_IN_COUNT = re.compile(r":[^\S\n]*\d{1,3}[^\S\n]+(?:tập[^\S\n]+thể|đơn[^\S\n]+vị|cá[^\S\n]+nhân)[.:]?$", re.IGNORECASE)
# A sentence listing the recipients of a counted award comes at most this many sentences after it
# (photo captions may stand between).
_CONTINUATION_REACH = 6
# "... và đón nhận" right before the award: a second predicate of the clause's subject.
_AND_RECEIVE = re.compile(r"[^\S\n]và[^\S\n]+(?:vinh[^\S\n]+dự[^\S\n]+)?(?:đón[^\S\n]+nhận|nhận)[^\S\n]*$",
                          re.IGNORECASE)
_PLURAL_NOUN = re.compile(r"(?:các|những)\s+([^\W\d_]+(?:\s+[^\W\d_]+)?)\s*:")
# What stands between two awards of one proposal: "..., và tặng", "; tặng".
_SAME_VERB = re.compile(r"[\s,;]*(?:và[^\S\n]+)?(?:trao[^\S\n]+tặng|tặng|khen[^\S\n]+thưởng)[^\S\n]*", re.IGNORECASE)
# A clause that is only its verb, as in the lines of a decision or a list of proposals.
_BARE_VERB = re.compile(r"[\s,;:.\-–+•\d)]*(?:Theo[^\S\n]+đó,[^\S\n]*)?(?:(?:truy|phong|trao)[^\S\n]+)?tặng"
                        r"(?:[^\S\n]+thưởng)?(?:,?[^\S\n]+(?:truy[^\S\n]+)?tặng)?[^\S\n]*(?:danh[^\S\n]+hiệu[^\S\n]*)?",
                        re.IGNORECASE)
# A line that heads a list of recipients: a number, the award, a colon and a count.
_HEADER = re.compile(r"^[^\S\n]*(?:\d{1,2}[.)]|[-–•+*]|[a-zđ][.)])?[^\S\n]*[^:\n]{2,120}:[^\S\n]*(?:\d{1,3}[^\S\n]+(?:tập[^\S\n]+thể|cá[^\S\n]+nhân|đơn[^\S\n]+vị))?[^\S\n]*\.?$")
_HEADER_REACH = 8  # the award opens the heading, after its number
_OPENING_YEAR = re.compile(r"^(?:[^,;.]{0,20},[^\S\n]*)?[Nn]ăm[^\S\n]+(\d{4})(?!\d)[^\S\n]*,")
# How many sentences before an award a sentence may tell the year its recipient earned it.
_MERIT_REACH = 8
# A count before the award: "5 tập thể được tặng ...".
_COUNT = re.compile(r"(?<![^\W_])\d{1,4}[^\S\n]+(?:tập[^\S\n]+thể|đơn[^\S\n]+vị|cá[^\S\n]+nhân|đảng[^\S\n]+viên|mẹ|hộ|gia[^\S\n]+đình)(?![^\W_])",
                    re.IGNORECASE)
# Award types that are emulation titles of a year: their year defaults to the year reviewed.
_ANNUAL = {"co_thi_dua", "co_don_vi_dan_dau", "danh_hieu"}


@dataclass(frozen=True)
class _Vocab:
    awards: tuple[Entry, ...]
    authorities: tuple[Entry, ...]
    conferred: re.Pattern[str]
    proposed: re.Pattern[str]
    decided: re.Pattern[str]  # a decision after a proposal gives the award
    vote: re.Pattern[str]
    goal: re.Pattern[str]
    intro: re.Pattern[str]
    subject: re.Pattern[str]
    object_: re.Pattern[str]
    delegation: re.Pattern[str]
    evaluated: re.Pattern[str]
    reviewed: re.Pattern[str]
    span: re.Pattern[str]
    continuation: re.Pattern[str]
    leadership: re.Pattern[str]  # "Tỉnh ủy, HĐND, " before "UBND tỉnh A": the locality's bodies
    those_named: re.Pattern[str]  # "Đó là anh A; anh B": continues only with a person
    merit: re.Pattern[str]
    refers_back: re.Pattern[str]
    ceremony: re.Pattern[str]
    attended: re.Pattern[str]
    founding: re.Pattern[str]
    direct_person: re.Pattern[str]
    lead_adverbials: re.Pattern[str]
    receives: re.Pattern[str]
    frame: re.Pattern[str]
    tally: re.Pattern[str]
    past: re.Pattern[str]


@lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    file = patterns.load("awards")
    proposed = file.section("proposed_cues")
    return _Vocab(
        awards=tuple(file.section("awards")),
        authorities=tuple(file.section("authorities")),
        conferred=file.regex("conferred_cues"),
        proposed=re.compile(boundary_regex([t for e in proposed if e.id == "propose" for t in e.terms]), re.IGNORECASE),
        decided=re.compile(boundary_regex([t for e in proposed if e.id == "decided" for t in e.terms])),
        vote=re.compile(boundary_regex([t for e in proposed if e.id == "vote" for t in e.terms]), re.IGNORECASE),
        goal=file.regex("goal_cues"),
        intro=file.section("recipient_intros")[0].compiled,
        subject=file.any_of("subject_cues"),
        object_=file.regex("object_cues"),
        delegation=file.section("delegations")[0].compiled,
        evaluated=next(e.compiled for e in file.section("year_cues") if e.id == "evaluated"),
        reviewed=next(e.compiled for e in file.section("year_cues") if e.id == "reviewed"),
        span=file.section("year_spans")[0].compiled,
        continuation=file.section("continuations")[0].compiled,
        leadership=file.section("leadership_hosts")[0].compiled,
        those_named=file.section("continuations")[1].compiled,
        merit=next(e.compiled for e in file.section("year_cues") if e.id == "merit"),
        refers_back=file.section("refers_back")[0].compiled,
        ceremony=file.section("ceremony_hosts")[0].compiled,
        attended=file.section("attendance")[0].compiled,
        founding=file.section("founding_cues")[0].compiled,
        direct_person=file.section("direct_person_links")[0].compiled,
        lead_adverbials=file.section("sentence_subjects")[0].compiled,
        receives=file.section("sentence_subjects")[1].compiled,
        frame=file.section("proposal_frames")[0].compiled,
        tally=file.any_of("tallies"),
        past=next(e.compiled for e in file.section("tallies") if e.id == "past_years"),
    )


@dataclass
class _Found:
    """One award mention in one sentence, before mentions of the same award are merged."""

    sentence: Sentence
    core: str  # the award's name as matched ("Cờ thi đua"): what repeated mentions share
    award: str
    award_type: str
    recipients: list[units.UnitItem]
    year: int | None
    conferred_by: str | None
    status: str
    rank: str | None
    start: int  # sentence-local span of the evidence
    end: int
    rule: str
    counted: bool = False  # its recipients were only counted ("4 tập thể và 2 cá nhân")
    count: int | None = None  # how many, when one count was given ("cho 04 tập thể")
    opens_below: bool = False  # its sentence opens a list written on the lines below
    extra: list[lists.Listed] = field(default_factory=list)  # recipients from later sentences
    period: bool = False  # given for a period ("từ năm 2019 đến năm 2023"): no single year
    bare_verb: bool = False  # its clause is only a verb and the award ("Tặng Huân chương ... cho A")
    numbered: bool = False  # its receivers were counted with a number ("cho 23 tập thể và 23 cá nhân")


def _award_spans(text: str) -> list[tuple[int, int, Entry]]:
    """Award names in a sentence, left to right; where two overlap the longer wins."""
    hits = [(m.start(), m.end(), e) for e in _vocab().awards for m in e.compiled.finditer(text)]
    hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    out: list[tuple[int, int, Entry]] = []
    for hit in hits:
        if out and hit[0] < out[-1][1]:
            continue
        out.append(hit)
    return out


def _authority_at(text: str, pos: int) -> int | None:
    """End of an authority starting at pos ("UBND huyện Hòn Đất", "Bộ Quốc phòng"), else None."""
    best: tuple[re.Match[str], Entry] | None = None
    for entry in _vocab().authorities:
        m = entry.compiled.match(text, pos)
        if m and (best is None or m.end() > best[0].end()):
            best = (m, entry)
    if best is None:
        return None
    m, entry = best
    if entry.kind == "prefix":
        return units.name_end(text, m.end())
    return units.place_end(text, m.end()) or m.end()


def _extend(text: str, start: int, end: int) -> tuple[int, str | None]:
    """The award phrase from its name on: "của <authority>", "về thành tích ...", "năm <year>"."""
    conferred_by = None
    if of := _OF.match(text, end):
        auth_end = _authority_at(text, of.end()) or units.name_end(text, of.end())
        if auth_end:
            conferred_by = squash(text[of.end() : auth_end])
            end = auth_end
    if about := _ABOUT.match(text, end):
        end = about.end()
    if year := _YEAR_AFTER.match(text, end):
        end = year.end()
    return end, conferred_by


def _authority_before(segment: str) -> str | None:
    """The giver right before the verb that gives the award: "đề nghị UBND Tỉnh tặng"."""
    for entry in _vocab().authorities:
        for m in entry.compiled.finditer(segment):
            end = _authority_at(segment, m.start())
            if end is None:
                continue
            gives = _GIVES.match(segment[end:])
            anchor = _ANCHOR.search(segment[: m.start()])
            if not gives or not anchor:
                continue
            # A bare "trao" (hand over) names the giver only after "đề nghị"/"được".
            if gives.group("verb").lower() == "trao" and not anchor.group().strip(" ,;:"):
                continue
            return squash(segment[m.start() : end])
    return None


def _authority_after(right: str) -> str | None:
    """"Cờ thi đua do UBND tỉnh trao tặng", "... được Thủ tướng Chính phủ tặng"."""
    m = _BY_AFTER.match(right)
    if not m:
        return None
    end = _authority_at(right, m.end())
    if end is None or not _GIVE_VERB.match(right, end):
        return None
    return squash(right[m.end() : end])


def _delegated(text: str) -> str | None:
    """"Thừa ủy quyền của Chủ tịch nước, ..." names the authority of the sentence's awards."""
    for m in _vocab().delegation.finditer(text):
        if end := _authority_at(text, m.end()):
            return squash(text[m.end() : end])
    return None


def _status(segment: str, right: str) -> str | None:
    """"proposed", "conferred", "goal" (an aim, not an award) or None (no verb: inherit)."""
    v = _vocab()
    kinds = {kind for kind, pattern in (("proposed", v.proposed), ("conferred", v.conferred), ("goal", v.goal))
             if pattern.search(segment)}
    if "proposed" in kinds:
        last = [m.end() for m in v.proposed.finditer(segment)][-1]
        if (decided := v.decided.search(segment, last)) and "," in segment[last : decided.start()]:
            kinds.discard("proposed")  # "... hồ sơ đề nghị của tỉnh, Chủ tịch nước đã ra Quyết định phong tặng"
    # A vote ("bình xét", "suy tôn") proposes, unless the award is then handed over ("trao").
    votes = [m.end() for m in v.vote.finditer(segment)]
    if "proposed" in kinds or (votes and not _STRONG_GIVE.search(segment, votes[-1])):
        return "proposed"
    if kinds:
        return "goal" if "goal" in kinds else "conferred"
    if _GIVEN_AFTER.match(right):
        return "conferred"
    return None


def _years(text: str) -> list[int]:
    """The years "năm 2022" in text, leaving out spans ("từ năm 2018 đến năm 2022")."""
    spans = [(m.start(), m.end()) for m in _vocab().span.finditer(text)]
    return [int(m.group(1)) for m in _YEAR.finditer(text) if not any(a <= m.start() < b for a, b in spans)]


@dataclass
class _Recipients:
    items: list[units.UnitItem]
    source: str  # where they were found: after, list, subject, object, none
    counted: bool = False  # a count of collectives was read ("cho 4 tập thể")
    count: int | None = None
    opens_below: bool = False  # the sentence opens a list written on the lines below it
    numbered: bool = False  # the count has a number in it ("23 tập thể", not "các tập thể")


def _recipients(text: str, seg_start: int, start: int, end: int, limit: int, list_limit: int) -> _Recipients:
    """Who receives the award at text[start:end]: recipients may run to list_limit through ";"."""
    v = _vocab()
    counted, count, below, numbered = False, None, False, False
    for m in v.intro.finditer(text, end, limit):
        if not counted and (school := _SCHOOL.match(text, m.end())):  # "cho (tập thể) nhà trường": named before
            return _Recipients([units.UnitItem(school.group(1), "anaphor", school.start(1), school.end(1))], "after")
        if m.group().rstrip().endswith(":"):  # "cho: Tổ Toán - Tin; Tổ Ngữ văn; cô giáo A"
            found = lists.inline(text, m.end(), list_limit)
            if found.items:
                return _Recipients(found.items, "after", counted, count)
        after = lists.recipients_after(text, m.end(), list_limit)
        counted, count, below = counted or after.counted, count or after.count, below or after.opens_below
        numbered = numbered or after.numbered
        if after.scan.items:
            return _Recipients(after.scan.items, "after", counted, count)
    for m in v.intro.finditer(text, end, limit):  # "cho em Dương", "cho anh Hiếu và anh Trí"
        if given := units.given_names(text, m.end(), list_limit):
            return _Recipients(given, "after", counted, count)
    # "tặng giấy khen và thưởng em A", "trao giấy khen, tuyên dương em B": the person right after it
    if (direct := v.direct_person.match(text, end, limit)) and units.honorific_at(text, direct.end()):
        if (people := units.scan(text, direct.end(), list_limit).items) and people[0].kind == "person":
            return _Recipients([p for p in people if p.kind == "person"], "after", counted, count)
    # The award, then its list: "5 tập thể được tặng Cờ thi đua Chính phủ gồm: A, B" / "... là: A và B".
    if not counted and (intro := _list_after_award(text, end, limit)):
        subject_count = lists.count_in(m.group()) if (m := _COUNT.search(text, seg_start, start)) else None
        if not text[intro.end() : limit].strip(" ."):
            return _Recipients([], "list", True, subject_count, True)
        # "8 Sở GD&ĐT được nhận Cờ thi đua gồm: Bình Dương, Hải Phòng": the counted noun heads the names
        word, place = None, True
        if (head := _COUNTED_SUBJECT.search(text, seg_start, start)) and (shared := units.counted_head(head.group(1))):
            (word, place), subject_count = shared, subject_count or lists.count_in(head.group(1))
        found = lists.inline(text, intro.end(), list_limit, count=subject_count, shared=word, shared_place=place)
        if found.items:
            return _Recipients(found.items, "list", True, subject_count)
    # "Có 30 người được truy tặng danh hiệu ..., trong đó có 3 Trung tướng gồm A, ...; B": the named ones
    if named := lists.named_among(text, end, list_limit):
        return _Recipients(named.items, "after", True, count)
    clause = max(seg_start, text.rfind(":", 0, start) + 1)
    for m in v.subject.finditer(text, clause, start):
        if m.group()[:1].isupper() and text[:m.start()].strip():
            continue  # a capital mid-sentence is a name ("Nguyễn Văn Được"), not the verb "được"
        if _RECEIVE_VERB.fullmatch(m.group()) and not _leads_to_award(text, m.end(), start):
            continue  # "X đón nhận nhiều tin vui, khi ... được phong tặng": X received something else
        subject_at = units.skip_space(text, _vocab().lead_adverbials.match(text, clause).end())
        if units.counted_at(text, subject_at) and (named := lists.recipients_after(text, subject_at, m.start())).scan.items:
            # "4 tập thể là Trường A (huyện B), Trường C và 43 cá nhân nhận Bằng khen": the count names them
            return _Recipients(named.scan.items, "subject", True, named.count)
        if not counted and (people := _counted_people(text, clause, m.start())):
            # "8 đồng chí nguyên là cán bộ thuộc Bộ CHQS tỉnh được trao": counted people, a unit said of them
            return _Recipients([], "none", True, lists.count_in(people.group()), numbered=True)
        items = units.units_before(text, m.start(), clause)
        if items and _WHERE.search(text, clause, items[0].start):
            items = []  # "5 trường học tại TP.HCM vinh dự đón nhận": where they are, not who receives
        if items:
            # Parallel subjects of the same verb: "A dẫn đầu Cụm số 1, B dẫn đầu Cụm số 2, được đề nghị".
            for again in v.subject.finditer(text, m.end(), start):
                if match_key(again.group()) == match_key(m.group()):
                    items += units.units_before(text, again.start(), text.rfind(",", 0, again.start()) + 1)
            return _Recipients(items, "subject", counted, count)
    # "Trường X tổ chức lễ kỷ niệm 40 năm thành lập và đón nhận Huân chương ...": the host receives.
    if _AND_RECEIVE.search(text, clause, start) and (host := v.ceremony.search(text, clause, start)):
        if items := units.units_before(text, host.start(), clause):
            return _Recipients(_host_locality(text, clause, items), "host", counted, count)
    # "Lễ kỷ niệm 70 năm ngày thành lập Bộ Nội vụ ... và đón nhận Huân chương": the one whose founding it is
    if _AND_RECEIVE.search(text, clause, start) and (founded := v.founding.search(text, clause, start)):
        if (found := units.scan(text, founded.end(), start)).items and found.items[0].kind == "unit":
            return _Recipients(found.items[:1], "host", counted, count)
    for m in v.object_.finditer(text, clause, start):
        found = units.scan(text, m.end(), start)
        if found.items:
            return _Recipients(found.items, "object", counted, count)
    if not counted and not _COUNT.search(text, clause, start) and (subject := _sentence_subject(text, start, end, limit)):
        return _Recipients(subject, "subject", counted, count)
    # "Dịp này, 2 tập thể, 6 cá nhân được Ban Chỉ huy tặng Giấy khen": counted, unnamed receivers.
    if not counted and (c := _COUNT.search(text, clause, start)):
        counted, count, numbered = True, lists.count_in(c.group()), True
    elif not counted and (c := _COUNTED_SUBJECT.search(text, clause, start)) and units.counted_head(c.group(1)):
        counted, count, numbered = True, lists.count_in(c.group(1)), True  # "8 Sở GD&ĐT được tặng"
    return _Recipients([], "none", counted, count, below, numbered)


def _sentence_subject(text: str, start: int, end: int, limit: int) -> list[units.UnitItem]:
    """The units the clause of the award at start opens with, when the clause says they receive it
    however far the verb is ("Trường X là trường duy nhất ... được Thủ tướng tặng Bằng khen"); none
    when another subject, a count or a beneficiary ("cho") stands between."""
    v = _vocab()
    at = units.skip_space(text, v.lead_adverbials.match(text, text.rfind(";", 0, start) + 1).end())
    cues = list(v.receives.finditer(text, at, start))
    if not cues or not _leads_to_award(text, cues[-1].end(), start):
        return []
    cue = cues[-1]
    found = units.scan(text, at, cue.start())
    # "Dịp này, nhà trường vinh dự đón nhận", "Tại Trường A, xã B, ..., nhà trường đã tổ chức lễ đón nhận"
    last_chunk = units.skip_space(text, max(at, text.rfind(",", at, cue.start()) + 1))
    if (school := _SCHOOL.match(text, last_chunk)) and not _OTHER_SUBJECT.search(text, school.end(), cue.start()):
        return [units.UnitItem(school.group(1), "anaphor", school.start(1), school.end(1))]  # named before: _refer_back
    if not found.items or found.items[0].start != at or text[found.end : found.end + 1] == "," \
            or _OTHER_SUBJECT.search(text, found.end, cue.start()):
        return []  # "Tại Trường A, xã B, ..., nhà trường tổ chức lễ đón nhận": B is where, not who
    # "UBND xã A tổ chức Lễ đón nhận Huân chương ... Trường THCS B": the one named after the award
    after = units.scan(text, units.skip_space(text, end), limit)
    if after.items and after.items[0].start == units.skip_space(text, end) and after.items[0].kind == "unit" \
            and not after.items[0].bare:
        return after.items[:1]
    # "UBND xã A tổ chức Lễ đón nhận Cờ thi đua": the commune's executive holds it for the commune
    if len(found.items) == 1 and (place := units.place_in(text, found.items[0].start, found.items[0].end)) \
            and _vocab().leadership.search(text[found.items[0].start : place.start].strip() + ", "):
        return [place]
    return found.items


# A school the article named before, referred back to: "Dịp này, nhà trường vinh dự đón nhận ...".
_SCHOOL = re.compile(r"(?:tập[^\S\n]+thể[^\S\n]+)?([Nn]hà[^\S\n]+trường)(?![^\W_])")
_SCHOOL_NAME = re.compile(r"(?<![^\W_])Trường[^\S\n]+(?=[A-ZĐ])")


# Between a sentence's subject and its "được ... tặng": a subject of its own, whom it is given to, or
# the subject attending, speaking at or chairing the ceremony ("Giám đốc A phát biểu tại lễ ... đón nhận").
_OTHER_SUBJECT = re.compile(r"(?:[,;]|(?<![^\W_])có)[^\S\n]*(?:nhiều|các|những|\d{1,4}|hai)[^\S\n]+[^\W\d_]|"
                            r"(?<![^\W_])(?:cho|trao|tặng|(?<!vinh )dự|tham\s+dự|phát\s+biểu|chủ\s+trì|tại)(?![^\W_])", re.IGNORECASE)


def _leads_to_award(text: str, verb_end: int, award_start: int) -> bool:
    """Whether what the verb ending at verb_end receives is an award: the first award after it comes
    within a few words and no comma ("đón nhận nhiều tin vui, khi ..." does not); the awards after it
    may be a list ("được tặng Huân chương ... năm 1998, Cờ thi đua ... năm 2010")."""
    first = min((a for a, _, _ in _award_spans(text) if a >= verb_end), default=award_start)
    between = text[verb_end:first]
    return not re.search(r"[,;:]", between) and len(between.split()) <= 12


_WHERE = re.compile(r"(?<![^\W_])(?:tại|ở|trên\s+địa\s+bàn)[^\S\n]*$", re.IGNORECASE)
_RECEIVE_VERB = re.compile(r"(?:đón\s+)?nhận", re.IGNORECASE)


def _counted_people(text: str, start: int, end: int) -> re.Match[str] | None:
    """A count of people or collectives that opens the subject before the verb at end: "8 đồng chí
    ...", "tỉnh có 12 nghệ nhân ..." - a count of units ("3 xã", "5 trường") or of time is not one."""
    for m in _NUMBER_NOUN.finditer(text, start, end):
        noun = m.group(1)
        if (before := _WORD_END.search(text, max(0, m.start() - 20), m.start())) and before.group(1)[:1].isupper():
            continue  # "Tổng Công ty May 10 và ...": the number ends a name
        if before and before.group(1) == "và" and units.units_before(text, before.start(), start):
            continue  # "Trung tâm A và 1 cá nhân được nhận": counted ones beside a named unit
        if noun.islower() and noun not in _NOT_PEOPLE and not units.verb_at(text, m.start(1)) \
                and units.counted_head(m.group()) is None:
            return m
    return None


# A number and the word it counts; words that count time, measures or units, not people.
_NUMBER_NOUN = re.compile(r"(?<![^\W_])(?<![\d.,])\d{1,4}[^\S\n]+([^\W\d_]+)(?![^\S\n]+(?:đồng|USD)(?![^\W_]))")
_WORD_END = re.compile(r"([^\W\d_]+)[^\S\n]+$")
_NOT_PEOPLE = frozenset("năm tháng ngày tuần lần giờ phút km ha tỷ triệu nghìn ngàn kg tấn phần".split())


def _host_locality(text: str, clause: int, items: list[units.UnitItem]) -> list[units.UnitItem]:
    """A locality's leadership bodies hosting the ceremony ("Tỉnh ủy, HĐND, UBND tỉnh A tổ chức lễ kỷ
    niệm ... và đón nhận") stand for the locality, whose place word the last of them carries."""
    last = items[-1]
    if len(items) != 1 or not _vocab().leadership.search(text, clause, last.start):
        return items
    place = units.place_in(text, last.start, last.end)
    return [place] if place else items


def _list_after_award(text: str, end: int, limit: int) -> re.Match[str] | None:
    """A list intro a few words after the award ("Cờ thi đua Chính phủ gồm:"), with no "cho" between."""
    m = _LIST_AFTER_AWARD.match(text, end, limit)
    return lists.intro_at(text, m.end(), limit) if m else None


def _mentions(s: Sentence, paragraph_years: list[int], review: int | None) -> list[_Found]:
    """The award mentions of one sentence that have a verb of giving or proposing."""
    text = s.text
    hits = _award_spans(text)
    if not hits:
        return []
    delegated = _delegated(text)
    ranks = units.ranks(text)
    out: list[_Found] = []
    prev_end, prev_status = 0, None
    for k, (a, b, entry) in enumerate(hits):
        clause_start = text.rfind(";", 0, a) + 1
        seg_start = max(clause_start, prev_end)
        award_end, of_authority = _extend(text, a, b)
        limit = hits[k + 1][0] if k + 1 < len(hits) else len(text)
        # ";" ends the award's clause, unless a list opened before it ("cho 10 tập thể, gồm: A; B; C");
        # the recipients may run on through ";" ("cho A; B và C") up to the next award.
        list_limit = limit
        if (semi := text.find(";", award_end, limit)) >= 0 and ":" not in text[award_end:semi]:
            limit = semi
        segment, right = text[seg_start:a], text[award_end:limit]
        # An award listed after another one with no verb of its own shares its verb.
        status = _status(segment, right) or prev_status
        if status is None and _HEADER.match(text) and a <= _HEADER_REACH:
            status = "listed"  # "2. Huân chương Lao động hạng Ba: 01 cá nhân" - the frame decides
        # "đề nghị X tặng Cờ ... cho A và tặng Bằng khen ... cho B": the second verb is still proposed.
        if prev_status == "proposed" and _SAME_VERB.fullmatch(segment):
            status = "proposed"
        prev_status = status
        if status in (None, "goal"):
            prev_end = award_end
            continue
        found = _recipients(text, seg_start, a, award_end, limit, list_limit)
        # "đối với Cục trưởng Cục A": an office without its holder's name names no one the records can tell
        found.items = [it for it in found.items if not (it.kind == "unit" and lexicon.titles().role.match(it.text))]
        if found.source != "after" and _vocab().attended.match(text):
            found = _Recipients([], "none")  # "Dự lễ trao Huân chương có các đồng chí: ...": who attended
        recipients = found.items
        rec_end = max((r.end for r in recipients), default=award_end)
        prev_end = max(award_end, rec_end)
        seg_for_auth = text[clause_start:a]
        conferred_by = of_authority or _authority_before(seg_for_auth) or _authority_after(right) or delegated
        rank = next((r.rank for r in reversed(ranks) if seg_start <= r.start < a), None)
        # The year in the award's own words, then after its recipients ("vì ... năm 2023"), then
        # between it and recipients named later ("cho 14 tập thể ... năm 2024, trong đó có A"),
        # then before it in the clause, then the year just rated earlier in the paragraph.
        evaluated = paragraph_years + [int(m.group("year")) for m in _vocab().evaluated.finditer(text, 0, a)]
        after = _years(text[max(award_end, rec_end) : limit])
        first = min((r.start for r in recipients), default=award_end)
        between = _years(text[award_end:first]) if first > award_end else []
        # A year that opens the sentence ("Theo đó, năm 2021, A được tặng ...; B được tặng ...") dates
        # every clause of it.
        opening = [int(m.group(1))] if (m := _OPENING_YEAR.match(text)) else []
        candidates = [_years(text[a:award_end])[-1:], after[:1], between[-1:], _years(segment)[-1:], opening,
                      evaluated[-1:]]
        year = next((c[0] for c in candidates if c), None)
        # An award for a period ("vì thành tích xuất sắc từ năm 2019 đến năm 2023") is for no single year.
        for_a_period = bool(_vocab().span.search(text[max(award_end, rec_end) : limit]))
        if year is None and not for_a_period and status == "proposed":
            year = review
        start = min([a] + [r.start for r in recipients])
        out.append(_Found(
            sentence=s, core=text[a:b], award=squash(text[a:award_end]), award_type=entry.label,
            recipients=recipients, year=year, conferred_by=conferred_by, status=status,
            rank=rank, start=start, end=prev_end,
            rule=f"award:{entry.id}:{found.source}", counted=found.counted, count=found.count,
            opens_below=found.opens_below, period=for_a_period, bare_verb=bool(_BARE_VERB.fullmatch(segment)),
            numbered=found.numbered,
        ))
    return out


def _review_year(analysis: Analysis) -> int | None:
    """The year a meeting reviews, from the headline or lead: "tổng kết ... năm 2019"."""
    lead = [s for s in analysis.sentences if s.part == "title"] + [s for s in analysis.sentences if s.part == "body"][:2]
    for s in lead:
        if m := _vocab().reviewed.search(s.text):
            return int(m.group("year"))
    return None


def extract_awards(analysis: Analysis) -> list[Award]:
    """Awards of one article, each once, with all its recipients."""
    review = _review_year(analysis)
    found: list[_Found] = []
    paragraph, years = -1, []
    proposal_frame = False  # the article lists awards it asks for ("lấy ý kiến ... về việc đề nghị ...")
    for s in analysis.sentences:
        if s.paragraph != paragraph:
            paragraph, years = s.paragraph, []
        mentions = _mentions(s, years, review)
        for f in mentions:
            if f.status == "listed":  # a heading of a list: what the article lists them for
                f.status = "proposed" if proposal_frame else "conferred"
            elif proposal_frame and f.status == "conferred" and f.bare_verb:
                f.status = "proposed"
        proposal_frame = proposal_frame or bool(_vocab().frame.search(s.text))
        _continue_previous(analysis, found, s)
        _numbered_list_below(analysis, found, s, mentions)
        _listed_below(analysis, s, mentions)
        found.extend(mentions)
        years.extend(int(m.group("year")) for m in _vocab().evaluated.finditer(s.text))
    # An award given to counted, unnamed receivers is recorded without recipients ("tặng Bằng khen cho
    # 23 tập thể và 23 cá nhân"), unless the sentence tallies past years or counts the awards themselves.
    found = _named_before(found)
    for f in found:
        _name_in_full(analysis, f)
        _refer_back(analysis, f)
    merged = [f for f in _merge(found) if not _past(f.sentence.text)
              and (f.recipients or f.extra or (f.numbered and not _tally(f.sentence.text)))]
    for f in merged:
        if f.year is None and not f.period:
            f.year = _merit_year(analysis, f)
    return [_record(analysis, f) for f in merged]


def _named_before(found: list[_Found]) -> list[_Found]:
    """"danh hiệu" alone is the title named last before it ("... danh hiệu Anh hùng Lao động cho 10 tập
    thể. Các tập thể được trao danh hiệu gồm: A; B"); with none named before, it names nothing."""
    out: list[_Found] = []
    for f in found:
        if f.rule.startswith(f"award:{_BACK}:"):
            named = next((g for g in reversed(out) if g.award_type == f.award_type), None)
            if named is None:
                continue
            f.core, f.award = named.core, named.award
        out.append(f)
    return out


_BACK = "danh_hieu_named_before"


def _name_in_full(analysis: Analysis, f: _Found) -> None:
    """A recipient named by the given name alone takes the full name the article gives them ("em Dương"
    -> "Nguyễn Văn Dương"); one the article never names in full is left out."""
    resolved = []
    for item in f.recipients:
        if item.given:
            if (name := units.full_name(analysis.text, item.text)) is None:
                continue
            item = replace(item, text=name)
        resolved.append(item)
    f.recipients = resolved


def _refer_back(analysis: Analysis, f: _Found) -> None:
    """"Nhà trường" receiving is the school the article named last before it ("Trường THCS A kỷ niệm 50
    năm thành lập. ... Dịp này, nhà trường vinh dự đón nhận Huân chương"); with none named, no one."""
    if not any(item.kind == "anaphor" for item in f.recipients):
        return
    f.recipients = [item for item in f.recipients if item.kind != "anaphor"]
    for s in reversed(analysis.sentences[: f.sentence.index + 1]):
        for m in reversed(list(_SCHOOL_NAME.finditer(s.text))):
            if (named := units.scan(s.text, m.start()).items) and named[0].start == m.start():
                f.extra.append(lists.Listed(s.index, named[0]))
                return


def _past(text: str) -> bool:
    """A sentence about awards of past years, not given now: "Công an tỉnh đã 2 lần được tặng Cờ thi
    đua", "Trong 5 năm qua, huyện được tặng 4 Bằng khen"."""
    return bool(_vocab().past.search(text))


def _tally(text: str) -> bool:
    """A sentence of statistics, not of an award given: "Trong 5 năm qua, 104 tập thể nhận Cờ thi đua",
    "Năm 2019, tỉnh tặng 71 Cờ thi đua, 6.085 Bằng khen"."""
    return bool(_vocab().tally.search(text))


def _merit_year(analysis: Analysis, f: _Found) -> int | None:
    """The year the article says its recipients earned the award in, near the award: "Đây là những
    đơn vị ... dẫn đầu phong trào thi đua năm 2020" after the list, "X là đơn vị dẫn đầu Cụm thi
    đua năm 2022" about a recipient a few sentences before."""
    names = [match_key(p.item.text) for p in _people(f)]
    last = max([p.sentence for p in _people(f)] + [f.sentence.index])
    lo, hi = max(0, f.sentence.index - _MERIT_REACH), min(len(analysis.sentences), last + 2)
    for s in analysis.sentences[lo:hi]:
        if s.index == f.sentence.index:
            continue
        key = match_key(s.text)
        about = (s.index == last + 1 and _vocab().refers_back.match(s.text)) or any(n and n in key for n in names)
        if about and (m := _vocab().merit.search(s.text)) and not _vocab().span.search(s.text):
            return int(m.group("year"))
    return None


def _continue_previous(analysis: Analysis, found: list[_Found], s: Sentence) -> None:
    """A sentence that only lists the recipients of a counted award a few sentences before it:
    "Hai cá nhân là bà A và ông B.", "4 tập thể này gồm: A; B; C; D.", "Các đơn vị này gồm:" then lines."""
    m = _vocab().continuation.match(s.text)
    if not m and (m := _vocab().those_named.match(s.text)):
        first = units.scan(s.text, m.end()).items
        if not first or first[0].kind != "person":
            return
    if not m:
        return
    # an award of the sentence just before, given to no one yet, waits too: "... trình UBND tỉnh tặng
    # danh hiệu Công dân ưu tú. Đó là ông A, Giám đốc ...; bà B, ..."
    waiting = next((f for f in reversed(found) if not f.extra and (
        (f.counted and s.index - f.sentence.index <= _CONTINUATION_REACH)
        or (not f.recipients and s.index - f.sentence.index == 1))), None)
    if waiting is None or (waiting.recipients and waiting.count and len(waiting.recipients) >= waiting.count):
        return
    count = lists.count_in(m.group()) or waiting.count
    # "Đó là các bệnh viện: Bạch Mai, ...": the plural noun is the head each bare name takes
    plural = _PLURAL_NOUN.search(m.group())
    shared = units.counted_head(f"các {plural.group(1)}") if plural else None
    word, place = shared if shared else (None, True)
    if s.text[m.end() :].strip(" .:"):
        listed = lists.inline(s.text, m.end(), count=count, shared=word, shared_place=place).items
        waiting.extra.extend(lists.Listed(s.index, it) for it in listed)
        if len(listed) == 1 and listed[0].kind == "person" and (count is None or count > 1):
            # "Các cá nhân gồm: Ông A, Chủ tịch ..." then "Bà B, ..." and "Ông C, ..." on the lines below
            below = lists.below(analysis.sentences, s.index + 1, count=count - 1 if count else None, stop=_names_an_award)
            people = list(itertools.takewhile(lambda x: x.item.kind == "person"
                                              and units.honorific_at(analysis.sentences[x.sentence].text, 0), below))
            waiting.extra.extend(people)
    else:
        waiting.extra.extend(lists.below(analysis.sentences, s.index + 1, count=count, shared=word,
                                         shared_place=place, stop=_names_an_award))
    waiting.counted = not waiting.extra


def _numbered_list_below(analysis: Analysis, found: list[_Found], s: Sentence, mentions: list[_Found]) -> None:
    """A numbered list that starts a few sentences after an award to counted receivers, with no other
    award between, names them: "... lấy ý kiến đối với 18 tập thể đề nghị tặng danh hiệu ... Xin giới
    thiệu danh sách:" then "I. THỜI KỲ ..." and "1. Trung đoàn 2, Sư đoàn 3;" - each numbered block
    (after a heading of its own) goes on with the same award until the count is reached."""
    if mentions or not _FIRST_ITEM.match(s.text):
        return
    last = found[-1] if found else None
    if last is None or last.recipients or not last.count or not last.counted and not last.extra:
        return
    since = max([last.sentence.index] + [x.sentence for x in last.extra])
    if s.index - since > _CONTINUATION_REACH or len(last.extra) >= last.count:
        return
    listed = lists.below(analysis.sentences, s.index, count=last.count - len(last.extra), stop=_names_an_award)
    if listed and not listed[0].item.bare:  # a list of units or people: a known head or a person first
        last.extra.extend(listed)
        last.counted = False


# The first item of a numbered list: "1. Trung đoàn 22, ...", or "1." alone on its line (a heading is
# numbered otherwise: "I.", "A.").
_FIRST_ITEM = re.compile(r"[^\S\n]*1[.)](?:[^\S\n]+\S|[^\S\n]*$)")


def _names_an_award(line: str) -> bool:
    """A line that names an award starts the next group of a list, not an item of this one."""
    return bool(_award_spans(line))


def _listed_below(analysis: Analysis, s: Sentence, mentions: list[_Found]) -> None:
    """Recipients written one per line under the sentence that names the award - "tặng Bằng khen cho
    các tập thể, cá nhân sau:" or "Đề nghị tặng Huân chương Lao động hạng Ba: 02 tập thể", then "1."
    "UBND huyện Mộc Châu;" or "- Ông Lò Văn Pâng, Trưởng bản;" - go to the last award of that
    sentence that has none yet."""
    waiting = [f for f in mentions if not f.recipients]
    if not waiting:
        return
    last = waiting[-1]
    tail = s.text.rstrip()
    ends_in_count = bool(_ENDS_IN_COUNT.search(tail))
    if not (last.opens_below or tail.endswith(":") or ends_in_count):
        return
    count = last.count if last.count else (lists.count_in(_ENDS_IN_COUNT.search(tail).group()) if ends_in_count else None)
    last.extra.extend(lists.below(analysis.sentences, s.index + 1, count=count, stop=_names_an_award))
    last.counted = not last.extra


def _compatible(a: _Found, b: _Found) -> bool:
    def same(x: str | None, y: str | None) -> bool:
        return x is None or y is None or match_key(x) == match_key(y)

    # "Huân chương Lao động" said again of the "Huân chương Lao động hạng Ba" given before is the same award
    # (a bare "Huân chương" is any order: boilerplate about orders in general is none of them)
    ka, kb = sorted((_core_key(a.core), _core_key(b.core)), key=len)
    return (a.award_type == b.award_type and a.status == b.status
            and (ka == kb or (kb.startswith(ka + " ") and len(ka.split()) >= 4))
            and same(a.conferred_by, b.conferred_by) and same(a.rank, b.rank))


def _core_key(core: str) -> str:
    """One key for an award's name however its quotes are written: 'Huy hiệu "Tuổi trẻ dũng cảm"' =
    "Huy hiệu “Tuổi trẻ dũng cảm”" = "Huy hiệu Tuổi trẻ dũng cảm"."""
    return match_key(_QUOTE_MARKS.sub("", core))


_QUOTE_MARKS = re.compile(r"[\"“”‘’«»]|''")


def _people(f: _Found) -> list[lists.Listed]:
    """Every recipient of a mention with the sentence it is named in."""
    return [lists.Listed(f.sentence.index, r) for r in f.recipients] + f.extra


def _keys(f: _Found) -> set[str]:
    return {_recipient_key(p.item.text) for p in _people(f)}


_ABBREVIATED = re.compile(r"((?:[^\W\d_]+\s+){1,8}?)\(([A-ZĐ]{2,8})\)")
_CITY_WORD = re.compile(r"(?<![^\W_])(?:tp\.?|thành\s+phố|tỉnh(?=\s+[A-ZĐ]))\s+", re.IGNORECASE)


def _recipient_key(text: str) -> str:
    """One key for the ways a recipient is written: "Bộ Chỉ huy Quân sự (CHQS) tỉnh" = "Bộ CHQS tỉnh",
    "Công an TP Hà Nội" = "Công an Hà Nội", "Sở GD&ĐT tỉnh Bình Dương" = "Sở GD&ĐT Bình Dương"."""
    def abbreviate(m: re.Match[str]) -> str:
        words, abbr = m.group(1).split(), m.group(2)
        for n in range(len(words), 0, -1):  # the last words whose initials spell the abbreviation
            if "".join(w[0] for w in words[-n:]).upper().replace("Đ", "D") == abbr.replace("Đ", "D"):
                return " ".join(words[:-n] + [abbr]) + " "
        return m.group(1)
    return match_key(_CITY_WORD.sub("", _ABBREVIATED.sub(abbreviate, text)))


def _same_recipient(a: str, b: str) -> bool:
    """Equal keys, or one a longer form of the other: "Phòng Cảnh sát hình sự" of "Phòng Cảnh sát
    hình sự Công an tỉnh" (three words at least, so that "Sở Y tế" is not "Sở Y tế tỉnh X"'s only name)."""
    x, y = _recipient_key(a).split(), _recipient_key(b).split()
    n = min(len(x), len(y))
    return x == y or (n >= 4 and x[:n] == y[:n])


def _rank(text: str) -> tuple[bool, int]:
    """Of the ways of writing one recipient the smallest is kept: without brackets, then the fullest."""
    return ("(" in text, -len(text))


def _absorb(target: _Found, other: _Found) -> None:
    """Add other's recipients to target; one written two ways is kept once, in its preferred form."""
    people = _people(target)
    for p in _people(other):
        k = next((i for i, q in enumerate(people) if _same_recipient(q.item.text, p.item.text)), None)
        if k is None:
            people.append(p)
        elif _rank(p.item.text) < _rank(people[k].item.text):
            people[k] = p
    target.recipients, target.extra = [], people


def _merge(found: list[_Found]) -> list[_Found]:
    """One record per award: repeated mentions with a shared recipient are merged; a headline
    mention is folded into the body's mention of the same award."""
    body = [f for f in found if f.sentence.part != "title"]
    titles = [f for f in found if f.sentence.part == "title"]
    merged: list[_Found] = []
    for f in body:
        # a mention naming no one (a repeat, or the count before the names) is the same award
        target = next((m for m in merged if _compatible(m, f) and (_shares(m, f) or not _keys(f) or not _keys(m))),
                      None)
        if target is None:
            merged.append(f)
            continue
        _absorb(target, f)
        _fill(target, f)
    for f in titles:
        target = next((m for m in merged if _compatible(m, f) and _keys(m)), None)
        if target is not None:  # the body names the recipients; the headline may still give the year
            _fill(target, f)
            continue
        for m in merged:  # the body may tell who gave what the headline says who received
            if _compatible(m, f):
                _fill(f, m)
        merged.insert(0, f)
    return merged


def _shares(a: _Found, b: _Found) -> bool:
    return any(_same_recipient(p.item.text, q.item.text) for p in _people(a) for q in _people(b))


def _fill(target: _Found, other: _Found) -> None:
    target.year = target.year or other.year
    target.conferred_by = target.conferred_by or other.conferred_by
    target.rank = target.rank or other.rank
    if len(other.award) > len(target.award):
        target.award = other.award


def _record(analysis: Analysis, f: _Found) -> Award:
    a, b = f.sentence.start + f.start, f.sentence.start + f.end
    evidence = Evidence(f.sentence.index, a, b, analysis.text[a:b], f.rule)
    people = [p for p in _people(f) if not _cut_off(analysis, p)]
    return Award(
        award=f.award, award_type=f.award_type, recipients=[p.item.text for p in people], year=f.year,
        conferred_by=f.conferred_by, status=f.status, rank=f.rank, evidence=evidence,
        recipient_kinds=[p.item.kind for p in people],
        recipient_evidence=[_item_evidence(analysis, p, f.rule) for p in people],
    )


def _cut_off(analysis: Analysis, listed: lists.Listed) -> bool:
    """A name the page cuts off: the last words of a running paragraph at the very end of an excerpt
    ("...; bà B, Chủ tịch HĐQT Công ty C; ông Tạ V"). The last line of a list needs no full stop."""
    s = analysis.sentences[listed.sentence]
    return s.start + listed.item.end >= len(analysis.text.rstrip()) and len(s.text.split()) >= _RUNNING_WORDS


_RUNNING_WORDS = 15


def _item_evidence(analysis: Analysis, listed: lists.Listed, rule: str) -> Evidence:
    """Where one recipient is named: its own span, in its own sentence (a list line, a later one)."""
    base = analysis.sentences[listed.sentence].start
    a, b = base + listed.item.start, base + listed.item.end
    return Evidence(listed.sentence, a, b, analysis.text[a:b], f"{rule}:recipient")
