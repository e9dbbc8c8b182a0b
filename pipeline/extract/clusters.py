"""Emulation clusters: Cụm thi đua (localities) and Khối thi đua (agencies), their members and leaders.

    "Cụm thi đua các huyện, thị xã, thành phố tổ chức ..."     -> name with its commas, kind "cum"
    "Khối thi đua các cơ quan Đảng thuộc Tỉnh ủy gồm 9 đơn vị: A, B, ..., Đảng ủy Khối Cơ quan tỉnh"
                                                              -> kind "khoi", 9 members ("Đảng ủy Khối ..." is one)
    "Cụm thi đua số 2 gồm các huyện Lâm Hà, Đam Rông và Đơn Dương" -> numbered, members split
    "do Huyện Tiền Hải làm cụm trưởng" / "trao quyền cụm trưởng cho huyện Kiến Xương" -> leader / next_leader

A cluster is named by a head ("Cụm thi đua", "Khối thi đua") and a body read word by word: a
number ("số 3"), "các" and the nouns it lists ("huyện, thị xã, thành phố"), qualifiers
("biên giới", "kinh tế - tổng hợp"), capitalized words ("Quân khu 4", "Tỉnh ủy"), until a
verb or preposition. Mentions whose bodies agree, or where one is cut short ("các huyện, thị xã"
of "các huyện, thị xã, thành phố"; a count for "các": "5 tỉnh Nam sông Hậu"; the organisation
before "các": "UBMTTQ các tỉnh X"), are one cluster, whatever the case or the head (Cụm/Khối):
its kind is the first mention's, its name the fullest one. Bare "Cụm"/"Khối" refer back, except
"Khối 9" after "thi đua", a cluster known by its number alone; "cụm thi đua cấp huyện" is a level.

Members are the units listed after "gồm" ("Công an 5 tỉnh: A, B" and "5 trường: A, B" share their
head word; "gồm các Văn phòng Đảng ủy: phường A, B" gives its organisation to the places; "gồm 7
đơn vị (A, B, ...)" lists them in brackets; "gồm 6 huyện:" may be followed by one "- A" line per
unit) or on a "Các thành viên:" / "đơn vị thành viên gồm:" line, together with the units the
article gives a role in the cluster: leader, next leader ("bàn giao Cụm trưởng từ X cho Y"), deputy
("Cụm phó: X"), the unit leading it ("X dẫn đầu Cụm", "X được tặng Cờ ... vì đã có thành tích xuất
sắc dẫn đầu Khối") and the ranked ones ("X xếp thứ Nhất").
Without a list or a ranking, a leader handover alone names no members. A host venue ("tại UBND
huyện X") is neither leader nor member. Of a cluster's names the fullest wins, except a trailing
locator ("... tỉnh An Giang") that the article more often leaves out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from pipeline.core import patterns
from pipeline.core.patterns import Entry, boundary_regex
from pipeline.core.text import match_key, squash
from pipeline.core.types import Cluster, Evidence
from pipeline.extract import lexicon, lists, units
from pipeline.nlp import Analysis

_SYLLABLE = re.compile(r"[^\W_]+")
_SPACE = re.compile(r"[^\S\n]*")
_CAC = re.compile(r"các(?=\s)", re.IGNORECASE)
_VA = re.compile(r"và(?=\s)", re.IGNORECASE)
_OWNED = re.compile(r"(?:trực\s+)?thuộc(?=\s)", re.IGNORECASE)
_DIGITS = re.compile(r"\d{1,3}(?!\d)")
# First syllable (as a key) of a tail that only locates a cluster: "tỉnh Tuyên Quang", "trên địa bàn".
_LOCATOR_WORDS = {"tỉnh", "trên", "trong", "tại"}
# Place words after which a proper name only says where: "đoàn thể tỉnh" + "An Giang".
_PLACE_KEYS = {"tỉnh", "phố", "huyện"}
# What a member list opens with after "gồm": "11 đơn vị:", "các huyện:", "5 huyện ven biển:",
# "Công an 5 tỉnh:" (an organisation before the count), ":".
# "5 sở TT&TT các thành phố trực thuộc Trung ương là", "8 đơn vị gồm:", "các địa phương:".
_LIST_HEAD = re.compile(
    r"(?P<phrase>(?:[^\W\d_][^\s:]*\s+){0,5}?(?:\d{1,3}|các)\s+[^\W\d_][^\s:,;.]*(?:(?:\s+|\s*,\s*)[^\W\d_][^\s:,;.]*){0,14}?)"
    r"(?:\s*:|\s*,?\s+(?:là|gồm(?:\s+có)?)(?![^\W_])\s*:?)\s*|:\s*")
# A counted list written in brackets: "gồm 7 đơn vị (", "gồm 6 đơn vị thuộc Bộ Tài chính (".
_BRACKET_LIST = re.compile(r"(?P<phrase>\d{1,3}[^\S\n]+[^\W\d_][^\s:(),;.]*(?:[^\S\n]+[^\W\d_][^\s:(),;.]*){0,8}?)"
                           r"[^\S\n]*\([^\S\n]*")
# Units counted as a named cluster's, before its name, and the colon after the name.
_UNITS_OF = re.compile(r"(?<![^\W_])(?:\d{1,2}|các)\s+(?:cơ\s+quan,\s+)?(?:đơn\s+vị|cơ\s+quan)(?:\s+thành\s+viên)?"
                       r"\s+(?:trong|của|thuộc)\s+$")
_COLON_AFTER = re.compile(r"\s*(?:gồm\s*)?:\s*")
_BRACKET_AFTER = re.compile(r"[^\S\n]*\([^\S\n]*(?:gồm[^\S\n]*:?[^\S\n]*)?")
# The counted head at the end of a longer phrase: "Lãnh đạo, Văn phòng các Sở".
_COUNTED_TAIL = re.compile(r"(?<![^\W_])(?:các|\d{1,3})\s+[^,]+$")
# A sentence of who attends, or of who takes part: where the attending peers may be listed.
_ATTENDING = re.compile(r"(?:[Tt]ham\s+dự|[Dd]ự)(?![^\W_])")
_PARTICIPATING = re.compile(r"sự\s+tham\s+gia\s+của")
# A count of units right before "gồm": "có 10 đơn vị thành viên, bao gồm:".
_COUNT_BEFORE_LIST = re.compile(r"(?<![^\W_])(\d{1,2}\s+[^\W\d_][^\n,;:()]{0,60}?(?:,\s+đơn\s+vị)?)\s*,?\s*$")
# A plural head written before the cluster that the units belong to: "Công an các tỉnh trong Cụm ...".
_PLURAL_BEFORE = re.compile(r"((?:[^\W\d_]+\s+){0,3}các\s+[^\W\d_]+(?:\s+[^\W\d_]+)?)\s+(?:trong|thuộc|của)\s+$")
# Fewer attending units than this are guests, not the cluster's peers.
_ATTENDING_PEERS = 3
# What stands between a cluster's name and another name of it in brackets.
# The syllables of a person's name after a dash, read one by one.
_NAME_WORDS = re.compile(r"[^\W\d_]+")
_ALIAS_GAP = re.compile(r"[^\S\n]*\([^\S\n]*")
# A cluster role written after a listed member: "A – Cụm trưởng", "B - Khối phó".
_ROLE_AFTER_DASH = re.compile(r"\s*[-–]\s*(?:(?:Cụm|Khối|cụm|khối)\s+(?:trưởng|phó|Phó)|[Tt]rưởng\s+(?:cụm|khối|Cụm|Khối))$")
# A cluster's number at the end of its name: "... công đoàn số 3" (keys are lower case).
_INNER_NUMBER = re.compile(r"(?:^|\s)số\s+(\d{1,2}|[ivx]{1,4})$")
# A counted head written straight before the first name: "7 trường chính trị tỉnh Bắc Giang, ...".
_COUNTED_NAMES = re.compile(r"\s*((?:\d{1,3}|các)\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,4}?)\s+(?=[A-ZĐ])")
# The counted head after the named members that open a list: "TP. Pleiku và các huyện".
_AND_COUNTED = re.compile(r"(?<![^\W_])và\s+((?:\d{1,3}|các)\s+\S.*)$")
# The verb after the subject of a sentence that honours it: "X được UBND tỉnh tặng ...".
_PASSIVE = re.compile(r"(?<![^\W_])(?:đã\s+)?được(?![^\W_])")
_PLURAL_ORG = re.compile(r"(?:các|\d{1,3})\s+([^\d:;,]+)")
_THI_DUA = re.compile(r"thi\s+đua", re.IGNORECASE)
_BARE_NUMBER = re.compile(r"[^\S\n]*\d{1,2}")
_THI_DUA_BEFORE = re.compile(r"thi\s+đua\s*$", re.IGNORECASE)
_ACRONYM = re.compile(r"[A-ZĐ]{2,6}(?![^\W_])")
# After a bare number: what it counts ("5 LĐLĐ thành phố", "5 Ban Tuyên giáo") or a span of time.
_COUNTED_ORG = re.compile(r"[A-ZĐ][^\s,;.:]*")
_TIME_UNIT = re.compile(r"(?:tháng|năm|ngày|quý|tuần)(?![^\W_])", re.IGNORECASE)
_ACRONYM_ONLY = re.compile(r"[A-ZĐ]{3,6}")
_PATH = re.compile(r"[\\/]")  # a file path printed in the page ("...\\Khối Huyện, TP\\...")
# A list written one unit per line is rarely longer than this.
_MAX_LIST_LINES = 40
_ALIAS_NOT_NAME = re.compile(r"\s*(?:thi\s+đua|trưởng|phó)(?![^\W_])", re.IGNORECASE)
# A member list is the cluster's own when "gồm" follows its mention within a few words and no
# punctuation but a bracket ("Khối được kiện toàn gồm 6 đơn vị:", "Cụm thi đua số 3 (gồm ...)").
# The gap may hold the body that groups a numbered cluster: "Cụm thi đua số 2-UBND tỉnh Gia Lai gồm",
# "Cụm thi đua số 1, bao gồm"; a bracket may open the list: "... do Sở X làm Khối trưởng (gồm 6 đơn vị: ...)".
_LIST_GAP = re.compile(r"[^\S\n]*[(),\-–]?[^\S\n]*(?:[^\W_]+[^\S\n]*[-–,]?[^\S\n]*){0,10}\(?[^\S\n]*")


@dataclass(frozen=True)
class _Vocab:
    heads: tuple[Entry, ...]
    aliases: tuple[Entry, ...]
    not_after: re.Pattern[str]
    generic: re.Pattern[str]
    references: re.Pattern[str]
    number: re.Pattern[str]
    after_number: re.Pattern[str]
    nouns: re.Pattern[str]
    qualifiers: re.Pattern[str]
    owners: re.Pattern[str]
    stops: re.Pattern[str]
    member_list: re.Pattern[str]
    member_line: re.Pattern[str]
    attendance: re.Pattern[str]
    leaders: tuple[Entry, ...]


@lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    file = patterns.load("clusters")
    return _Vocab(
        heads=tuple(file.section("heads")),
        aliases=tuple(file.section("aliases")),
        not_after=re.compile(rf"(?:{boundary_regex(file.terms('not_after'))})\s*$", re.IGNORECASE),
        generic=file.any_of("generic_before"),
        references=file.any_of("references"),
        number=file.section("numbers")[0].compiled,
        after_number=file.any_of("after_number"),
        nouns=file.regex("list_nouns"),
        qualifiers=file.regex("qualifiers"),
        owners=file.regex("owners"),
        stops=file.regex("name_stops"),
        member_list=file.section("member_lists")[0].compiled,
        member_line=file.section("member_lines")[0].compiled,
        attendance=file.section("attendance")[0].compiled,
        leaders=tuple(file.section("leaders")),
    )


@dataclass
class _Mention:
    sentence: int
    start: int  # sentence-local span of the whole mention
    end: int
    kind: str  # "cum" | "khoi"
    body: tuple[str, ...]  # keys of the body's syllables; () for a bare reference
    full: bool  # headed by "Cụm thi đua" / "Khối thi đua"
    paragraph: int
    spelled: bool = True  # its number is written "số N", the way the cluster is named
    starts: bool = True  # may name a cluster of its own (a full head, or "Khối" with a proper body)
    alias: bool = False  # in brackets right after another mention: "Cụm thi đua số 6 (Khối Văn hóa - Xã hội)"


@dataclass
class _Group:
    mentions: list[_Mention]
    members: list[units.UnitItem] = field(default_factory=list)
    member_evidence: list[Evidence] = field(default_factory=list)
    listed: bool = False
    statements: list[tuple[str, units.UnitItem, int | None, int]] = field(default_factory=list)  # sentence
    ranked: list[tuple[units.UnitItem, int]] = field(default_factory=list)
    list_mention: _Mention | None = None  # the mention its member list follows

    def bodies(self) -> list[tuple[str, ...]]:
        return [m.body for m in self.mentions if m.body]


class _Body:
    """Reads a cluster's name body in one sentence, word by word."""

    def __init__(self, analysis: Analysis, index: int):
        self.vocab = _vocab()
        self.sentence = analysis.sentences[index]
        self.text = self.sentence.text
        base = self.sentence.start
        # underthesea's words keep "Quân khu" whole: a capitalized word takes its lower-case syllables.
        self.words = {w.start - base: w.end - base for w in analysis.words[index]}
        self.capitals = self.text.isupper()

    def skip(self, pos: int) -> int:
        return _SPACE.match(self.text, pos).end()

    def listed_next(self, pos: int, plural: bool, body: str = "") -> bool:
        """Whether the name goes on after a comma at pos: with a qualifier ("tham mưu, giúp việc"),
        or, in a list ("các huyện, thị xã"), with a generic noun - not "huyện X", a unit."""
        v = self.vocab
        if v.qualifiers.match(self.text, pos) or _CAC.match(self.text, pos):
            return True
        if _ACRONYM.match(self.text, pos) and _ACRONYM.search(self.text, max(0, pos - 12), pos):
            return True  # "Ban Quản lý các KCN, KCX, KKT các tỉnh ...": a list of acronyms
        noun = v.nouns.match(self.text, pos)
        only_nouns = bool(body) and bool(v.nouns.fullmatch(body.strip()))  # "Cụm thi đua quận, huyện"
        if not (noun and (plural or only_nouns)):
            return False
        after = self.skip(noun.end())
        return not self.text[after : after + 1].isupper()

    def number(self, pos: int) -> re.Match[str] | None:
        """The cluster's number right after its head: "số 3", "khối 33", "17" - but "5 tỉnh" and
        "5 LĐLĐ thành phố" count what the cluster groups, and "6 tháng đầu năm" is a time."""
        m = self.vocab.number.match(self.text, self.skip(pos))
        if m is None or m.group().startswith(("số", "khối", "cụm", "Số", "Khối", "Cụm")):
            return m
        after = self.skip(m.end())
        if self.counted_noun(after) or self.counted_org(after) \
                or _TIME_UNIT.match(self.text, after):
            return None
        return m

    def counted_org(self, pos: int) -> bool:
        """An organisation a number counts ("5 LĐLĐ thành phố"); in a headline in capitals every word
        looks like one ("KHỐI THI ĐUA 4 TỔ CHỨC HỘI NGHỊ")."""
        return bool(_COUNTED_ORG.match(self.text, pos)) and not self.capitals

    def counted_noun(self, pos: int) -> re.Match[str] | None:
        """The noun a number counts at pos ("5 tỉnh", "8 tổ chức chính trị - xã hội"), not a verb that
        reads like one: "Khối thi đua 8 tổ chức hội nghị" is cluster 8 holding a meeting."""
        noun = self.vocab.nouns.match(self.text, pos)
        if noun is None or not ((stop := self.vocab.stops.match(self.text, pos)) and stop.end() >= noun.end()):
            return noun
        after = self.skip(noun.end())
        capital = self.text[after : after + 1].isupper() and not self.vocab.stops.match(self.text, after)
        return noun if capital or self.vocab.qualifiers.match(self.text, after) else None

    def end(self, pos: int) -> int:
        """End of the name body that starts at pos; pos itself when there is none."""
        v, text = self.vocab, self.text
        end = cur = pos
        slot = True  # right after the head, "các" or a comma a listed noun is expected
        plural = False  # the body lists ("các huyện, thị xã", "5 tỉnh")
        if m := self.number(pos):
            after = self.skip(m.end())
            if owner := v.after_number.match(text, after):
                if not owner.group().endswith("các"):  # "số 6 Tỉnh ủy": the name ends there
                    return owner.end()
                end, cur, slot, plural = m.end(), owner.end(), True, True  # "số 1 các phường"
            else:
                return m.end()
        while (nxt := self.skip(cur)) < len(text):
            ch = text[nxt]
            if ch == ",":
                after = self.skip(nxt + 1)
                if end > pos and self.listed_next(after, plural, text[pos:end]):
                    cur, slot = nxt + 1, True
                    continue
                break
            if ch in "-–":
                after = self.skip(nxt + 1)
                # "Văn hóa - Xã hội" goes on; " - Công an tỉnh X" names the body the cluster belongs to.
                if end > pos and not units.org_at(text, after) and not _person_name_at(text, after) and (
                        text[after : after + 1].isupper() or v.qualifiers.match(text, after)):
                    cur = nxt + 1
                    continue
                break
            if not (ch.isalnum()):
                break
            if m := _CAC.match(text, nxt):
                cur, slot, plural = m.end(), True, True
                continue
            if m := _VA.match(text, nxt):
                after = self.skip(m.end())
                # "các huyện và các thị xã", "các tỉnh Trung du và Miền núi phía Bắc", "các Quỹ Bảo vệ và
                # Phát triển rừng": a capital after "và" goes on with a capitalized name
                capital_name = text[after : after + 1].isupper() and any(
                    w[:1].isupper() for w in text[pos:end].split()) and not v.stops.match(text, after)
                if end > pos and (_CAC.match(text, after) or v.nouns.match(text, after)
                                  or v.qualifiers.match(text, after) or capital_name):
                    cur = m.end()
                    continue
                break
            if m := _OWNED.match(text, nxt):
                owner_at = self.skip(m.end())
                owner = v.owners.match(text, owner_at)
                if end > pos and owner:
                    end = cur = owner.end()
                    continue
                # "các đơn vị sự nghiệp thuộc Sở Văn hóa, Thể thao và Du lịch": a department owns them
                if end > pos and _CAC.search(text, pos, end) and (unit_end := units.department_end(text, owner_at)):
                    end = cur = unit_end
                    continue
                break
            noun = v.nouns.match(text, nxt)
            if slot and noun:
                end, cur, slot = noun.end(), noun.end(), False
                continue
            if end > pos and (number := v.number.match(text, nxt)) and number.group()[:2].lower() == "số":
                end = number.end()  # "Cụm thi đua Công đoàn số 3": the number ends the name
                break
            if v.stops.match(text, nxt):
                break
            if ch.isupper():  # the whole underthesea word ("Tỉnh ủy", "Quân khu"), or a longer qualifier
                word_end = self.words.get(nxt) or _SYLLABLE.match(text, nxt).end()
                qualifier = v.qualifiers.match(text, nxt)  # "Miền núi phía Bắc"
                end = cur = max(word_end, qualifier.end() if qualifier else 0)
                slot = False
                continue
            if m := (noun or v.qualifiers.match(text, nxt)):  # "các trường cao đẳng", "biên giới"
                end = cur = m.end()
                slot = False
                continue
            if m := _DIGITS.match(text, nxt):
                if end > pos and end == cur and text[end - 1 : end].isalnum():  # "Quân khu 4"
                    end = cur = m.end()
                    continue
                after = self.skip(m.end())
                if self.counted_noun(after):  # a count: "5 tỉnh Đông Nam Bộ"
                    end, cur, slot, plural = m.end(), m.end(), True, True
                    continue
                if self.counted_org(after) and not _TIME_UNIT.match(text, after):  # "5 LĐLĐ thành phố"
                    end, cur, slot, plural = m.end(), m.end(), False, True
                    continue
            break
        return end


def _person_name_at(text: str, pos: int) -> bool:
    """A person's full name at pos ("Trương Văn Nọ"): a known surname and two or three more
    capitalized syllables, no place name. A speaker's name after a dash is not a cluster's body:
    "Trưởng Cụm thi đua các tỉnh Tây Nguyên - Lê Văn Hùng phát biểu"."""
    words = []
    for m in _NAME_WORDS.finditer(text, pos, min(len(text), pos + 60)):
        if (words and m.start() != words[-1].end() + 1) or not m.group()[0].isupper():
            break
        words.append(m)
    if not 3 <= len(words) <= 4 or words[0].group() not in lexicon.surnames():
        return False
    return not lexicon.is_place_name(text[pos : words[-1].end()])


def _mentions(analysis: Analysis) -> list[_Mention]:
    v = _vocab()
    found: list[_Mention] = []
    for s in analysis.sentences:
        body = _Body(analysis, s.index)
        taken: list[tuple[int, int]] = []
        for entries, full in ((v.heads, True), (v.aliases, False)):
            for entry in entries:
                for m in entry.compiled.finditer(s.text):
                    before = s.text[: m.start()]
                    if any(a <= m.start() < b for a, b in taken) or v.not_after.search(before) \
                            or v.generic.search(before):
                        continue
                    rest = s.text[m.end():]
                    if not full and _ALIAS_NOT_NAME.match(rest):
                        continue
                    end = body.end(m.end())
                    # A lower-case "cụm"/"khối" is a common noun unless a name follows it or it refers
                    # back ("thành viên thuộc khối gồm: ...").
                    lower = not m.group()[0].isupper()
                    if not full and end == m.end() and lower and not v.references.search(before):
                        continue
                    keys = tuple(_SYLLABLE.findall(match_key(s.text[m.end() : end])))
                    if keys and keys[0] in _LOCATOR_WORDS - {"tỉnh"}:  # "khối thi đua trên địa bàn tỉnh"
                        end, keys = m.end(), ()
                    if keys[:1] == ("cấp",) and len(keys) <= 3:  # "cụm thi đua cấp huyện": a level, no cluster
                        end, keys = m.end(), ()
                    if full and lower and keys and v.nouns.fullmatch(s.text, body.skip(m.end()), end):
                        end, keys = m.end(), ()  # "các cụm trưởng cụm thi đua phường": a kind of cluster, not one
                    if number := body.number(m.end()):  # "khối 33" and "số 33" are one cluster
                        n = number.group("n")  # "số 01" and "số 1" are one cluster
                        keys = ("số", _number_key(n)) + keys[len(_SYLLABLE.findall(number.group())):]
                    inner = None if number else _INNER_NUMBER.search(" ".join(keys))
                    if inner:  # "Cụm thi đua Công đoàn số 3" is "Cụm thi đua số 3", named the usual way elsewhere
                        keys = ("số", _number_key(inner.group(1)))
                    taken.append((m.start(), max(end, m.end())))
                    spelled = (number is None or number.group().lower().startswith("số")) and not inner
                    starts = full or _names_alone(s.text, m, end, keys, before)
                    alias = any(x.sentence == s.index and _ALIAS_GAP.fullmatch(s.text, x.end, m.start()) for x in found)
                    found.append(_Mention(s.index, m.start(), max(end, m.end()), entry.kind, keys, full, s.paragraph,
                                          spelled, starts, alias))
    return sorted(found, key=lambda m: (m.sentence, m.start))


def _number_key(n: str) -> str:
    """One key for a cluster's number however written: "01", "1" and "I" are "1"."""
    if n.isdigit():
        return str(int(n))
    values = [_ROMAN[c] for c in n.upper()]
    return str(sum(-v if k + 1 < len(values) and v < values[k + 1] else v for k, v in enumerate(values)))


_ROMAN = {"I": 1, "V": 5, "X": 10}


def _names_alone(text: str, head: re.Match[str], end: int, keys: tuple[str, ...], before: str) -> bool:
    """Whether "Khối"/"Cụm" without "thi đua" names a cluster: capitalized with a body that is more
    than a count ("Khối các cơ quan tổng hợp tỉnh", "Khối cơ quan Nội chính tỉnh", "Khối ANND"), or
    lower-case right after "thi đua" ("phong trào thi đua cụm đồng bằng") or before a proper name
    ("khối Công an các huyện, thành phố")."""
    if len(keys) == 2 and keys[0] == "số" and head.group()[0].isupper() and _BARE_NUMBER.fullmatch(text, head.end(), end) \
            and _THI_DUA.search(before):
        return True  # "tổng kết phong trào thi đua của Khối 9": a cluster known by its number alone
    if not keys or keys[0] == "số" or match_key(head.group()) in keys[:1]:
        return False  # "cụm Cụm Thi đua": the head again
    body = text[head.end() : end]
    acronym = bool(_ACRONYM_ONLY.fullmatch(body.strip()))
    if head.group()[0].isupper():
        # "Khối ANND" names one; "Khối tổ chức", "Khối Huyện" (one common noun) and file paths do not
        return (len(keys) >= 2 or acronym) and not _PATH.search(text, max(0, head.start() - 1), end + 1)
    if acronym:
        return False  # "khối THPT": a school grade
    # lower case: right after "thi đua", or a body that lists its units ("khối Công an các huyện")
    return bool(_THI_DUA_BEFORE.search(before)) or (" các " in f" {body} " and any(w[:1].isupper() for w in body.split()))


def _plural(body: tuple[str, ...], other: tuple[str, ...]) -> tuple[str, ...]:
    """The body with a count ("5 tỉnh") written as the "các" the other body has in its place; a
    number after "số" and one written with a zero ("Khối 01 huyện") name a cluster, not a count."""
    return tuple("các" if k.isdigit() and not k.startswith("0") and i < len(other) and other[i] == "các"
                 and (i == 0 or body[i - 1] != "số") else k for i, k in enumerate(body))


def _counts(body: tuple[str, ...]) -> bool:
    """Whether a body counts its units ("5 tỉnh X") rather than naming a number ("số 5")."""
    return any(k.isdigit() and (i == 0 or body[i - 1] != "số") for i, k in enumerate(body))


def _owned_form(m: _Mention, groups: list[_Group]) -> _Group | None:
    """The cluster that `m` names with the organisation whose units it groups written before "các"
    ("Cụm thi đua UBMTTQ Việt Nam các tỉnh X" of "Cụm thi đua các tỉnh X"), or the other way round.
    The form with the organisation is another name, not the cluster's own."""
    def plain(body: tuple[str, ...]) -> tuple[str, ...] | None:
        at = body.index("các") if "các" in body[1:] else 0
        return body[at:] if at and "số" not in body[:at] else None
    for g in groups:
        for x in g.mentions:
            if x.body and (tail := plain(m.body)) and tail == x.body:
                m.alias = True
                return g
            if x.body and (tail := plain(x.body)) and tail == m.body:
                x.alias = True
                return g
    return None


def _same(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """One body equals the other or is cut short of it: "các huyện thị xã" of "các huyện thị xã thành phố";
    a count stands for "các" ("5 tỉnh Nam sông Hậu" of "các tỉnh Nam sông Hậu")."""
    a, b = _plural(a, b), _plural(b, a)
    n = min(len(a), len(b))
    return n > 0 and a[:n] == b[:n]


def _group(mentions: list[_Mention]) -> tuple[list[_Group], dict[int, _Group]]:
    """Clusters from named mentions; every mention (references too) mapped to its cluster."""
    groups: list[_Group] = []
    owner: dict[int, _Group] = {}
    # "Khối ..." without "thi đua" names a cluster of its own only in an article that names none of
    # its kind in full: otherwise it is a short form ("Khối Nội chính tỉnh" of "Khối thi đua số 3").
    full_kinds = {m.kind for m in mentions if m.full and m.body}
    for k, m in enumerate(mentions):
        if not m.body:
            continue
        group = next((g for g in groups if any(_same(m.body, b) for b in g.bodies())), None)
        if group is None and (group := _owned_form(m, groups)):
            pass  # "Cụm thi đua UBMTTQ các tỉnh X" of "Cụm thi đua các tỉnh X": the same cluster
        if m.alias and k and (k - 1) in owner:
            group = owner[k - 1]  # another name of the cluster just named
        if group is None:
            if not m.starts or (not m.full and m.kind in full_kinds):
                continue
            group = _Group([])
            groups.append(group)
        group.mentions.append(m)
        owner[k] = group
    last = None
    for k, m in enumerate(mentions):  # a bare mention refers to the cluster mentioned last
        if k in owner:
            last = owner[k]
        elif groups:
            owner[k] = last or groups[0]
    return groups, owner


def _name_mention(named: list[_Mention], listing: _Mention | None = None) -> _Mention:
    """The mention that names the cluster: the fullest one, unless all it adds is a locator
    ("... tỉnh An Giang", "... trên địa bàn tỉnh") that the article leaves out more often than it
    writes it. Headline "Khối thi đua X", lead "Khối thi đua X tỉnh An Giang", body "Khối thi đua X
    gồm ..." -> "Khối thi đua X"; one short and one located mention keep the fullest name."""
    # "các tỉnh X" before "5 tỉnh X": a count is how many it groups that year, not its name
    best = max(named, key=lambda m: (len(m.body), m.spelled, not _counts(m.body), -named.index(m)))
    uses = {}
    for m in named:
        uses[m.body] = uses.get(m.body, 0) + 1
    if listing in named:  # the name its member list follows is the name the article gives it in full
        uses[listing.body] += 1
    for body, count in sorted(uses.items(), key=lambda kv: len(kv[0])):
        tail = best.body[len(body):]
        if body and best.body[: len(body)] == body and tail and _locator(body, tail) and count > uses[best.body]:
            return next(m for m in named if m.body == body)
    return best


def _locator(body: tuple[str, ...], tail: tuple[str, ...]) -> bool:
    """Whether the syllables `tail` adds to `body` only say where: "tỉnh Tuyên Quang", "trên địa bàn
    tỉnh", or the name after a place word ("... đoàn thể tỉnh" + "An Giang")."""
    return tail[0] in _LOCATOR_WORDS or tail[:2] == ("thành", "phố") or body[-1] in _PLACE_KEYS


def _evidence(analysis: Analysis, index: int, start: int, end: int, rule: str) -> Evidence:
    base = analysis.sentences[index].start
    return Evidence(index, base + start, base + end, analysis.text[base + start : base + end], rule)


def _cluster_at(mentions: list[_Mention], owner: dict[int, _Group], index: int, pos: int,
                groups: list[_Group]) -> _Group | None:
    """The cluster a cue at (sentence, pos) is about: the last one mentioned before it."""
    best = None
    for k, m in enumerate(mentions):
        if (m.sentence, m.start) <= (index, pos) and k in owner:
            best = owner[k]
    return best or (groups[0] if groups else None)


def _lists(analysis: Analysis, mentions: list[_Mention], owner: dict[int, _Group], groups: list[_Group]) -> None:
    """Members listed after "gồm" right after a mention of the cluster (the first list counts),
    and on a line of their own ("Các thành viên: UBND các huyện A, B và UBND thành phố C.")."""
    v = _vocab()
    for s in analysis.sentences:
        text = s.text
        for m in v.member_list.finditer(text):
            group = _list_owner(text, s.index, m.start(), mentions, owner)
            if group is None or group.listed:
                continue
            # the count before "gồm" is the list's, its noun the names' head: "4 phường thành viên trong cụm, gồm:"
            before = _COUNT_BEFORE_LIST.search(text, max(0, m.start() - 80), m.start())
            count = lists.count_in(before.group(1)) if before else None
            given = units.counted_head(before.group(1)) if before else None
            named = [x for x in mentions if x.sentence == s.index and x.end <= m.start()]
            if given is None and named and (plural := _PLURAL_BEFORE.search(text, 0, named[-1].start)):
                given = units.counted_head(plural.group(1))  # "Công an các tỉnh trong Cụm thi đua số 2 gồm: A, B"
            found = _read_list(analysis, s.index, m.end(), count, given)
            if found:
                group.listed = True
                group.list_mention = next((x for x in reversed(group.mentions)
                                           if x.sentence == s.index and x.end <= m.start()), None)
                _add_members(analysis, group, found, "cluster_member:list")
        for k, mention in enumerate(mentions):  # "07 đơn vị trong Khối thi đua các đơn vị sự nghiệp: A; B; ..."
            if mention.sentence != s.index or (group := owner.get(k)) is None or group.listed:
                continue
            if _UNITS_OF.search(text, 0, mention.start) and (colon := _COLON_AFTER.match(text, mention.end)):
                count = lists.count_in(_UNITS_OF.search(text, 0, mention.start).group())
                found = [(s.index, item) for item in lists.inline(text, colon.end(), count=count).items]
                if found:
                    group.listed = True
                    _add_members(analysis, group, found, "cluster_member:line")
            elif _UNITS_OF.search(text, 0, mention.start) and (bracket := _BRACKET_AFTER.match(text, mention.end)) \
                    and (close := text.find(")", bracket.end())) > 0:
                # "các đơn vị trong cụm thi đua số 02 (thành phố A, huyện B và huyện C)"
                count = lists.count_in(_UNITS_OF.search(text, 0, mention.start).group())
                found = [(s.index, item) for item in lists.inline(text, bracket.end(), close, count=count).items]
                if len(found) >= 2:
                    group.listed = True
                    _add_members(analysis, group, found, "cluster_member:line")
        if line := v.member_line.search(text):
            group = _cluster_at(mentions, owner, s.index, line.start(), groups)
            if group is None or group.listed:
                continue
            count = lists.count_in(line.group())
            if text[line.end() :].strip(" ."):
                found = [(s.index, item) for item in lists.inline(text, line.end(), count=count).items]
            else:
                found = [(x.sentence, x.item) for x in lists.below(analysis.sentences, s.index + 1, count=count)]
            if found:
                group.listed = True
                _add_members(analysis, group, found, "cluster_member:line")


def _attendance(analysis: Analysis, groups: list[_Group]) -> None:
    """The peers attending the one cluster's meeting are its members when no list names them:
    "Tham dự hội nghị có đại diện lãnh đạo Công an các tỉnh: A, B, C" (three units at least)."""
    if len(groups) != 1 or groups[0].listed:
        return
    for s in analysis.sentences:
        attending = _ATTENDING.match(s.text) or _PARTICIPATING.search(s.text)
        for m in _vocab().attendance.finditer(s.text) if attending else ():
            found = _read_list(analysis, s.index, m.end())
            counted = (c := _DIGITS.search(s.text, m.end(), m.end() + 40)) and int(c.group()) == len(found)
            if len(found) >= _ATTENDING_PEERS and all(item.kind == "unit" and (counted or not item.bare) for _, item in found):
                groups[0].listed = True
                _add_members(analysis, groups[0], found, "cluster_member:attending")
                return


def _list_owner(text: str, index: int, pos: int, mentions: list[_Mention], owner: dict[int, _Group]) -> _Group | None:
    """The cluster whose list "gồm" at pos opens: one mentioned a few words before it, or the
    sentence's subject when "gồm" is its second predicate ("Cụm ... được thành lập theo ..., gồm 6 huyện:")."""
    before = [k for k, x in enumerate(mentions) if x.sentence == index and x.end <= pos]
    if not before:
        return None
    last = mentions[before[-1]]
    near = _LIST_GAP.match(text, last.end).end() >= pos
    subject = mentions[before[0]].start == 0 and text[:pos].rstrip().endswith(",")
    if near:
        return owner.get(before[-1])
    return owner.get(before[0]) if subject else None


def _read_list(analysis: Analysis, index: int, pos: int, count: int | None = None,
               given_head: tuple[str, bool] | None = None) -> list[tuple[int, units.UnitItem]]:
    """The units of a list opening at pos: "11 đơn vị: A, B, ...", "Công an 5 tỉnh: Long An, ..."
    (the counted head shared by bare names), "5 đơn vị là A và các huyện B, C", or, when the head
    ends the sentence, one per line: "gồm 6 huyện:" then "- Mường Lát", "- Quan Sơn", ..."""
    text = analysis.sentences[index].text
    if (bracket := _BRACKET_LIST.match(text, pos)) and (close := text.find(")", bracket.end())) > 0:
        # "gồm 7 đơn vị (Sở A, Sở B, ... và Ban C) tổ chức ...": the list is the bracket's
        shared = units.counted_head(bracket.group("phrase"))
        word, place = shared if shared else (None, True)
        found = lists.inline(text, bracket.end(), close, count=lists.count_in(bracket.group("phrase")),
                             shared=word, shared_place=place).items
        if len(found) >= 2:
            return [(index, item) for item in found]
    head = _LIST_HEAD.match(text, pos)
    if head is None:
        word, place = given_head if given_head else (None, True)
        found = lists.inline(text, pos, count=count, shared=word, shared_place=place).items
        if not found and (counted := _COUNTED_NAMES.match(text, pos)) and (shared := units.counted_head(counted.group(1))):
            # "gồm 7 trường chính trị tỉnh Bắc Giang, Bắc Kạn, ...": the counted head goes to every name
            count = lists.count_in(counted.group(1))
            found = lists.inline(text, counted.end(), count=count, shared=shared[0], shared_place=shared[1]).items
        return [(index, item) for item in found]
    phrase = head.group("phrase")
    count = int(c.group()) if phrase and (c := _DIGITS.search(phrase)) else count
    shared = units.counted_head(phrase) if phrase else None
    lead: list[units.UnitItem] = []
    if phrase and shared is None and (tail := _AND_COUNTED.search(phrase)) and units.counted_head(tail.group(1)):
        # "gồm TP. Pleiku và các huyện: Ia Grai, Chư Pah": a named member, then a counted head for the rest
        lead = lists.inline(text, pos, pos + tail.start()).items
        shared, count = units.counted_head(tail.group(1)), None
    if phrase and shared is None and (tail := _COUNTED_TAIL.search(phrase)):
        shared = units.counted_head(tail.group())  # "Lãnh đạo, Văn phòng các Sở: Y tế, Tư pháp" -> "Sở"
    shared = shared or given_head
    word, place = shared if shared else (None, True)
    org = _plural_org(phrase) if phrase and not shared else None
    if text[head.end() :].strip(" ."):
        found = lists.inline(text, head.end(), count=count, shared=word, shared_place=place)
        return [(index, item) for item in _org_of_places(org, [*lead, *found.items])]
    below = lists.below(analysis.sentences, index + 1, count=count, shared=word, shared_place=place)
    return list(zip([x.sentence for x in below], _org_of_places(org, [x.item for x in below])))


def _plural_org(phrase: str) -> str | None:
    """The organisation a plural head names: "các Văn phòng Đảng ủy" -> "Văn phòng Đảng ủy"."""
    m = _PLURAL_ORG.fullmatch(phrase.strip())
    return m.group(1) if m and m.group(1)[:1].isupper() and units.org_at(m.group(1), 0) else None


def _org_of_places(org: str | None, items: list[units.UnitItem]) -> list[units.UnitItem]:
    """Places listed under a plural organisation are that organisation's units there: "gồm các Văn
    phòng Đảng ủy: phường A, B" -> "Văn phòng Đảng ủy phường A", "Văn phòng Đảng ủy phường B"."""
    if not org or not items or not all(lists.place_level(item) for item in items):
        return items
    return [replace(item, text=f"{org} {item.text}") for item in items]


def _add_members(analysis: Analysis, group: _Group, found: list[tuple[int, units.UnitItem]], rule: str) -> None:
    for index, item in found:
        if role := _ROLE_AFTER_DASH.search(item.text):  # "Liên hiệp Hội Hà Nội – Cụm trưởng": the role is read apart
            item = replace(item, text=item.text[: role.start()], end=item.end - (len(item.text) - role.start()))
        group.members.append(item)
        group.member_evidence.append(_evidence(analysis, index, item.start, item.end, rule))


def _leadership(analysis: Analysis, mentions: list[_Mention], owner: dict[int, _Group], groups: list[_Group]) -> None:
    """Leader, next leader and deputy statements, each given to the cluster it follows."""
    v = _vocab()
    group_members = [(ev, item) for g in groups for item, ev in zip(g.members, g.member_evidence)]
    pre = patterns.prefilter(tuple(e.compiled for e in v.leaders))
    for s in analysis.sentences:
        text = s.text
        if pre is not None and not pre.search(text):
            continue  # no leadership cue in most sentences: one scan tells, instead of one per cue
        used: list[tuple[int, int]] = []
        for entry in v.leaders:
            for m in entry.compiled.finditer(text):
                if any(a < m.end() and m.start() < b for a, b in used):
                    continue
                item = _listed_before(group_members, s.index, m.start()) if entry.kind == "before" else None
                item = item or _leader_unit(text, m, entry.kind)
                if item is None:
                    continue
                used.append((m.start(), m.end()))
                # "X dẫn đầu Cụm thi đua số 2": a cluster named inside the cue is the one meant.
                inside = [k for k, x in enumerate(mentions) if x.sentence == s.index and m.start() <= x.start < m.end()]
                group = owner.get(inside[0]) if inside and inside[0] in owner else None
                group = group or _cluster_at(mentions, owner, s.index, m.start(), groups)
                if group is None:
                    continue
                year = m.groupdict().get("year")
                group.statements.append((entry.label, item, int(year) if year else None, s.index))
                if m.groupdict().get("from") and (led := _unit_spanning(text, m.start("from"), m.end("from"))):
                    group.statements.append(("leader", led, None, s.index))  # "bàn giao ... từ X cho Y"
                elif m.groupdict().get("held") and (led := _holder_before(text, m.start())):
                    group.statements.append(("leader", led, None, s.index))  # "X trao quyền cụm trưởng cho Y"


def _holder_before(text: str, pos: int) -> units.UnitItem | None:
    """The one unit right before a verb of handing over: "..., huyện A trao quyền cụm trưởng cho B"."""
    clause = max(text.rfind(";", 0, pos), text.rfind(":", 0, pos), text.rfind(",", 0, pos)) + 1
    items = units.units_before(text, pos, clause)
    return items[0] if len(items) == 1 and items[0].kind == "unit" else None


def _unit_spanning(text: str, start: int, end: int) -> units.UnitItem | None:
    """The one unit written from start to end, or None."""
    found = units.scan(text, start, end)
    return found.items[0] if len(found.items) == 1 and found.end == end and found.items[0].kind == "unit" else None


def _listed_before(members: list[tuple[Evidence, units.UnitItem]], index: int, pos: int) -> units.UnitItem | None:
    """A listed member right before a role cue: "VKSND các tỉnh: Nghệ An (đơn vị Cụm trưởng), ..."."""
    found = [item for ev, item in members if ev.sentence == index and 0 <= pos - item.end <= 2]
    return found[-1] if found else None


def _leader_unit(text: str, m: re.Match[str], where: str) -> units.UnitItem | None:
    """The unit a leadership cue names: a person who chairs is no leader unit."""
    if where == "after":
        items = units.scan(text, m.end()).items
        item = items[0] if items else None
        if item is None or item.kind == "person":  # "..., đồng chí Trưởng Ban Tuyên giáo Tỉnh ủy đề nghị"
            stop = min([i for i in (text.find(",", m.end()), text.find(";", m.end())) if i >= 0] or [len(text)])
            item = units.unit_in_title(text, m.end(), stop) or item
    elif where == "subject":
        # "Dịp này, X được UBND tỉnh tặng Cờ thi đua vì đã có thành tích xuất sắc dẫn đầu Khối ...":
        # the unit honoured is the one that led
        passive = _PASSIVE.search(text, 0, m.start())
        clause = text.rfind(";", 0, passive.start()) + 1 if passive else 0
        items = units.units_before(text, passive.start(), clause) if passive else []
        item = items[-1] if len(items) == 1 else None
    elif where == "between":
        found = units.scan(text, m.start("unit"), m.end("unit"))
        item = found.items[0] if found.items and found.end == m.end("unit") else None
    else:
        clause = max(text.rfind(";", 0, m.start()), text.rfind(":", 0, m.start())) + 1
        # "tại Công ty X, huyện Y, đơn vị đăng cai làm cụm trưởng": the place qualifies the unit.
        items = lists.drop_qualifiers(text, units.units_before(text, m.start(), clause))
        if not items and (comma := text.rfind(",", clause, m.start())) >= 0:
            # "Khối gồm 8 đơn vị, trong đó Thư viện tỉnh được giao nhiệm vụ khối trưởng": the clause after the comma
            items = units.units_before(text, m.start(), comma + 1)
        if not items and clause and text[clause - 1] == ";":
            # "1. Văn phòng Huyện ủy A; đã có thành tích ..., dẫn đầu phong trào thi đua Khối 01": a list
            # line's item, then what it did
            head = units.scan(text, 0, clause - 1, list_mode=True)
            items = head.items if len(head.items) == 1 and head.end == clause - 1 else []
        item = items[-1] if items else None
        if item is not None and item.kind == "person":
            # "Đại tá A, Giám đốc Công an tỉnh X (đơn vị Cụm trưởng)": the unit the person heads leads,
            # named after the name or before it ("Chủ tịch Ủy ban MTTQ tỉnh Nguyễn Văn A, Khối trưởng")
            person = item
            item = units.unit_in_title(text, person.end, m.start())
            if item is None or _second_role_unit(text, person.end, m.start(), item):
                item = units.unit_in_title(text, clause, person.start) or item
    return item if item is not None and item.kind == "unit" else None


def _second_role_unit(text: str, start: int, end: int, item: units.UnitItem) -> bool:
    """Whether every role after a name that names `item` only serves it (a deputy's or member's)."""
    roles = [role for role, unit in units.titled_units(text, start, end) if unit == item]
    return bool(roles) and all(units.is_second_role(role) for role in roles)


def _rankings(analysis: Analysis, mentions: list[_Mention], owner: dict[int, _Group], groups: list[_Group]) -> None:
    """Units a cluster ranks ("X xếp thứ Nhất"), in a paragraph that speaks of the cluster."""
    for s in analysis.sentences:
        before = [k for k, m in enumerate(mentions)
                  if m.paragraph == s.paragraph and (m.sentence, m.start) <= (s.index, len(s.text))]
        if not before:
            continue
        for ranked in units.ranks(s.text):
            group = _cluster_at(mentions, owner, s.index, ranked.start, groups)
            if group is None:
                continue
            group.ranked.extend((item, s.index) for item in ranked.units)


def _leaders(group: _Group) -> tuple[units.UnitItem | None, units.UnitItem | None]:
    """The leader and the next leader. When two units are each said to lead, the one named for the
    earlier year (or, without years, first) leads now and the other takes over."""
    leads: list[tuple[units.UnitItem, int | None]] = []
    for label, item, year, _ in group.statements:
        if label == "leader" and all(match_key(item.text) != match_key(i.text) for i, _ in leads):
            leads.append((item, year))
    if len(leads) > 1 and all(year for _, year in leads):
        leads.sort(key=lambda lead: lead[1])
    nexts = [item for label, item, _, _ in group.statements if label == "next"] + [i for i, _ in leads[1:]]
    leader = leads[0][0] if leads else None
    next_leader = next((n for n in nexts if leader is None or match_key(n.text) != match_key(leader.text)), None)
    return leader, next_leader


def extract_clusters(analysis: Analysis) -> list[Cluster]:
    """Clusters of one article in order of first mention."""
    mentions = _mentions(analysis)
    groups, owner = _group(mentions)
    _lists(analysis, mentions, owner, groups)
    _attendance(analysis, groups)
    _leadership(analysis, mentions, owner, groups)
    _rankings(analysis, mentions, owner, groups)
    out = []
    for group in groups:
        # A name written with its head "Cụm/Khối thi đua" names the cluster before a bare "Khối ...".
        named = [m for m in group.mentions if m.full and not m.alias] or [m for m in group.mentions if m.starts]
        first = named[0]
        best = _name_mention(named, group.list_mention)
        text = analysis.sentences[best.sentence].text
        leader, next_leader = _leaders(group)
        members, member_evidence = _members(analysis, group)
        out.append(Cluster(
            name=squash(text[best.start : best.end]),
            kind=first.kind,
            members=[m.text for m in members],
            leader=leader.text if leader else None,
            next_leader=next_leader.text if next_leader else None,
            evidence=_evidence(analysis, first.sentence, first.start, first.end, f"cluster:{first.kind}"),
            member_evidence=member_evidence,
        ))
    return out


def _members(analysis: Analysis, group: _Group) -> tuple[list[units.UnitItem], list[Evidence]]:
    """The listed members, then every other unit the article places in the cluster - its leader,
    next leader, deputy ("Cụm phó: X"), the unit leading it ("X dẫn đầu Cụm") and the ranked ones -
    in text order, each once. A list need not name them all: "Cụm trưởng: A / Cụm phó: B /
    Các thành viên: C, D" has four members. With neither a list nor a ranking ("X dẫn đầu Cụm",
    "X xếp thứ Nhì"), the leaders alone are the members the article names. A unit in a role that
    only says more of a listed member ("Sở TT&TT TP Cần Thơ" of the listed "TP Cần Thơ") is that member."""
    named = [(index, item, f"cluster_member:{label}") for label, item, _, index in group.statements]
    named += [(index, item, "cluster_member:ranked") for item, index in group.ranked]
    members, evidence = list(group.members), list(group.member_evidence)
    seen = {match_key(item.text) for item in members}
    listed = set(seen)
    for index, item, rule in sorted(named, key=lambda x: (x[0], x[1].start)):
        key = match_key(item.text)
        if any(key.endswith(" " + known) for known in listed):
            continue
        if key not in seen:
            seen.add(key)
            members.append(item)
            evidence.append(_evidence(analysis, index, item.start, item.end, rule))
    return members, evidence
