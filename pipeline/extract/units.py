"""Unit enumerations shared by the cluster and award extractors.

    "nhân dân và cán bộ các huyện Kim Sơn và Yên Mô"   -> huyện Kim Sơn, huyện Yên Mô
    "Huyện Con Cuông và Anh Sơn"                      -> Huyện Con Cuông, Huyện Anh Sơn
    "Công an các quận Ninh Kiều, Bình Thủy"            -> Công an quận Ninh Kiều, Công an quận Bình Thủy
    "gồm 9 đơn vị: Ban Tổ chức Tỉnh ủy, ..., Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh"  -> 9 units
    "ông Nguyễn Văn An, Trưởng phòng Nội vụ và bà Lê Thị Hoa"  -> persons Nguyễn Văn An, Lê Thị Hoa

A unit is a head word from `patterns/units.yaml` and its name: a capitalized place name after
a place word ("huyện", "xã"), or the rest of an organisation's name after an organisation word
("Sở", "Công ty", "Bộ CHQS"). A place word, or a head counted with "các", is shared by the bare
names that follow it and copied onto each as printed. Collective heads ("nhân dân và cán bộ",
"Đảng bộ, chính quyền và Nhân dân") are dropped. A person is a run of capitalized syllables
after an honorific, or starting with a surname; the titles after a person are skipped.

Offsets are into the string scanned; callers add the sentence start.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from pipeline.core import patterns
from pipeline.core.patterns import boundary_regex
from pipeline.core.text import first_stop, match_key, squash
from pipeline.extract import lexicon

# 'TT&TT', 'H’Drai', '09.19.01', and a slash between words: 'da cam/Dioxin'
_SYLLABLE = re.compile(r"[^\W_]+(?:['’&][^\W_]+|(?<=\d)\.\d+|(?<=[^\W\d_])/[^\W\d_]+)*")
_SPACE = re.compile(r"[^\S\n]*")
# Between items: a comma (optionally followed by "và" / "cùng"), or "và" / "cùng với" alone.
_SEPARATOR = re.compile(r"[^\S\n]*(?:,[^\S\n]*(?:(?:và|cùng(?:\s+với)?)[^\S\n]+)?|[^\S\n]+(?:và|cùng\s+với|cùng)[^\S\n]+)")
_CHUNK_END = re.compile(r",|;|\.(?=\s|$)|(?<=\s)và\s")
_DASH = re.compile(r"[^\S\n]*[-–][^\S\n]*")
# A spaced dash after a person's name introduces the titles: "cô Hoàng Thị Thu Trang - Hiệu trưởng".
_TITLE_DASH = re.compile(r"[^\S\n]+[-–][^\S\n]+")
_PAREN = re.compile(r"[^\S\n]*\([^()\n]{1,80}\)")
_ABBREVIATION = re.compile(r"[^\S\n]*\([A-ZĐ]{2,8}\)")
_CAC = re.compile(r"các(?=\s)", re.IGNORECASE)
_DEGREE_BEFORE = re.compile(r"(?<![^\W_])(?:GS|PGS|TS|ThS|BS|BSCKII|NGƯT|NGND)\.?[^\S\n]*$")
# One or two lower-case syllables that end an item after a dash: "Văn hóa - xã hội, ".
_LOWER_PAIR = re.compile(r"([^\W\d_]+(?:[^\S\n]+[^\W\d_]+)?)(?=[^\S\n]*(?:[,;.)]|$))")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[^\S\n]+$")
_KIN = re.compile(r"thân\s+nhân(?=\s)")
_SMALL_COUNT = re.compile(r"\d{1,2}(?=\s)|(?:hai|ba|bốn|năm)(?=\s)")
_COLON = re.compile(r"[^\S\n]*:[^\S\n]*")
_LIST_END = re.compile(r";|\.(?=\s|$)")
_SENTENCE_END = re.compile(r"\.(?=\s|$)")
_SEMICOLON = re.compile(r"[^\S\n]*;[^\S\n]*(?:và[^\S\n]+)?")
_JOIN = re.compile(r"[^\S\n]+(?:và[^\S\n]+|[-–][^\S\n]*)?|[-–]")
_BRANCH = re.compile(r"(?i)chi\s+nhánh|phòng\s+giao\s+dịch")
_ACRONYM = re.compile(r"\b[A-ZĐ]{2,}(?:&[A-ZĐ]{2,})?\b")
_ACRONYM_AT = re.compile(r"[A-ZĐ]{2,8}(?:&[A-ZĐ]{2,})?(?![^\W_])")
_ITEM_END = re.compile(r",|;|\.(?=\s|$)")
# A list line's marker: "- ", "• ", "1. ", "2) ".
_LIST_MARK = re.compile(r"[^\S\n]*(?:[-–•+*]|\d{1,2}[.)])(?:[^\S\n]+|$)")
# The final "và" of an enumeration: "A, B và C".
_LAST_AND = re.compile(r"[^\S\n]+và[^\S\n]+(?=[^\W\d_])")
_OPEN_PAREN = re.compile(r"[^\S\n]*\(")
# Abbreviated place words and the words they stand for.
_SAME_PLACE_WORD = {"tp": "phố", "thành phố": "phố", "tx": "xã", "thị xã": "xã", "tỉnh": "tỉnh", "huyện": "huyện"}
# A verb of giving right after an item makes it the subject of a new clause.
_NEW_CLAUSE = re.compile(r"(?:đã\s+|cũng\s+|sẽ\s+)?(?:trao|tặng|trao\s+tặng|đề\s+nghị|tuyên\s+dương)(?![^\W_])")
# What a person's name can belong to inside a title: a school, whose names are people's names.
_NAMED_AFTER = re.compile(r"(?:Trường|trường|THCS|THPT|Tiểu\s+học|Mầm\s+non|PTDTBT|PTDTNT|TH|MN)[^,;]*$")
_DEPARTMENT = re.compile(r"(?:Sở|Bộ|Ban|Ủy\s+ban|Uỷ\s+ban|UBND)(?![^\W_])")
_OWNED_BY = re.compile(r"(?<![^\W_])(?:thuộc|của)[^\S\n]+(?:các[^\S\n]+)?$", re.IGNORECASE)
_COUNT_INTRO = re.compile(r"[^\S\n]*(?:,[^\S\n]*)?(?:là|gồm(?:[^\S\n]+có)?)[^\S\n]*:?")
_COUNTED_TAIL = re.compile(r"[^\S\n]*(?:,[^\S\n]*)?(?:và[^\S\n]+)\d{1,4}[^\S\n]+(?:tập[^\S\n]+thể|cá[^\S\n]+nhân|đơn[^\S\n]+vị)[^\S\n]*$")
_HAS_DIGIT = re.compile(r"\d")
_COUNT_BEFORE = re.compile(r"(?<![^\W_])(\d{1,4})[^\S\n]+$")
_TRAILING_PAREN = re.compile(r"[^\S\n]*\([^()\n]{1,60}\)[^\S\n]*$")
# Verbs that make the person before them the giver or the speaker, not the subject of a passive.
_GIVING = re.compile(r"(?<![^\W_])(?:trao|tặng|cho\s+biết|phát\s+biểu|công\s+bố|đọc|chúc\s+mừng)(?![^\W_])",
                     re.IGNORECASE)
# The level of the places a head shares: Party committees and place words by level.
_PARTY_LEVELS = {"huyện ủy": "district", "huyện uỷ": "district", "thị ủy": "district", "thị uỷ": "district",
                 "quận ủy": "district", "quận uỷ": "district", "tỉnh ủy": "province", "tỉnh uỷ": "province"}
_PLACE_LEVELS = {"tỉnh": "province", "huyện": "district", "quận": "district", "thị xã": "district"}
# A person's name has 2 to 4 syllables; after an honorific up to 5 ("Trương Thị Bé Năm").
_NAME_MIN, _NAME_MAX, _NAME_MAX_HONORED = 2, 4, 5
# An organisation's name in running text rarely has more words than this after its head.
_ORG_MAX_WORDS = 14
# Lower-case words that end a sentence's phrase, never a name: time, counting, degree.
_NOT_NAME_WORDS = frozenset("năm tháng ngày học khóa khoá kỳ đợt lần qua nay này đó trên dưới rất nhiều các những".split())
# A title before a person's name ("Phó Chủ tịch Thường trực UBND tỉnh") runs this many words at most.
_TITLE_WORDS = 12
# A person's titles and affiliations take at most this many comma-separated chunks.
_PERSON_SKIPS = 4


@dataclass(frozen=True)
class UnitItem:
    """One unit or person as written (a shared head copied in front), with its span."""

    text: str
    kind: str  # "unit" | "person"
    start: int
    end: int
    bare: bool = False  # a list item with no known head word ("Thuế tỉnh Hưng Yên")
    given: bool = False  # a person named by the given name alone ("em Dương"): the article names them in full


@dataclass(frozen=True)
class Scan:
    items: list[UnitItem]
    end: int  # where the enumeration stopped: after its last item
    counted: bool = False  # a counted collective was read ("4 tập thể và 2 cá nhân")


@dataclass(frozen=True)
class _Vocab:
    place: re.Pattern[str]
    org: re.Pattern[str]
    standalone: re.Pattern[str]
    joint: re.Pattern[str]
    remit: re.Pattern[str]  # what a department is named by: "Y tế", "Văn hóa, Thể thao và Du lịch"
    plural: re.Pattern[str]
    collective: re.Pattern[str]
    counted: re.Pattern[str]
    honorific: re.Pattern[str]
    board: re.Pattern[str]  # "Ban Giám hiệu" before the unit it leads
    stop: re.Pattern[str]
    preposition: re.Pattern[str]  # the stops that open a phrase after a finished name: "vì", "thuộc"
    not_unit: re.Pattern[str]
    tail: re.Pattern[str]
    ranks: tuple[re.Pattern[str], ...]
    plural_in_name: re.Pattern[str]  # "các cơ quan" inside a name
    person_qualifier: re.Pattern[str]  # "ngụ", "quê": what a chunk about a person starts with
    military: re.Pattern[str]  # ranks: "Đại tá" before a name
    group_opener: re.Pattern[str]  # "các em:", "cho các Bà mẹ:" before the names of a list


def _mixed_case(entries) -> re.Pattern[str]:
    """Terms of case-sensitive entries as printed, the others in any case; the longest term that
    fits wins whichever kind it is ("Viện kiểm sát nhân dân" over "Viện")."""
    return re.compile(patterns.mixed_case_regex({(t, e.case_sensitive) for e in entries for t in e.terms}))


def _remits(one_part: bool = False) -> list[str]:
    """Departments and ministries named by their remit: those with commas or "và" inside are in
    titles.yaml (they keep a title whole too), with `one_part` the others in units.yaml too; a dash
    is written with or without spaces ("Lao động - Thương binh", "Lao động-Thương binh")."""
    terms = [t for e in patterns.load("titles").section("bodies") if e.id == "departments_with_commas" for t in e.terms]
    if one_part:
        terms += patterns.load("units").terms("department_remits")
    return sorted({_DASH.sub(dash, t) for t in terms for dash in _DASHES})


_DASH = re.compile(r"\s*[-–]\s*")
_DASHES = (" - ", " – ", "-", "–", "- ", "– ")


@lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    file = patterns.load("units")
    heads = file.section("collective_heads")
    word = boundary_regex([t for e in heads for t in e.terms])
    plural = file.section("plural")[0].regex
    one_count = rf"(?:{plural})\s+{boundary_regex([t for e in heads if e.id == 'counted_collectives' for t in e.terms])}"
    return _Vocab(
        place=_mixed_case(file.section("place_words")),
        org=_mixed_case(file.section("org_words")),
        standalone=_mixed_case(file.section("standalone_orgs")),
        # one unit despite its "và" or commas: joint offices, and departments named by their remit
        joint=re.compile(f"{file.any_of('joint_names').pattern}|(?i:{boundary_regex(_remits())})"),
        remit=re.compile(f"(?i:{boundary_regex(_remits(one_part=True))})"),
        plural=re.compile(plural),
        # "nhân dân và cán bộ", "Đảng bộ, chính quyền và Nhân dân": collective words joined by , / và.
        # ("Đảng bộ khối Doanh nghiệp" is an organisation: the party committee of a sector)
        collective=re.compile(rf"(?i:(?:toàn\s+thể\s+|các\s+)?{word}(?:\s*(?:,|và)\s*{word})*)(?=\s)(?!\s+(?i:khối)(?![^\W_]))"),
        counted=re.compile(rf"(?i:{one_count}(?:\s*(?:,|và)\s*{one_count})*)"),
        # academic degrees ("PGS.TS.") stand before names as honorifics do: their one list is in titles.yaml
        honorific=_mixed_case(file.section("honorifics") + [e for e in patterns.load("titles").section("honorifics")
                                                             if e.id == "academic"]),
        board=re.compile(boundary_regex(file.terms("leadership_boards"))),
        stop=re.compile(boundary_regex(file.terms("name_stops")), re.IGNORECASE),
        preposition=re.compile(boundary_regex([t for e in file.section("name_stops") if e.id == "enum_stop_prepositions"
                                               for t in e.terms])),
        not_unit=re.compile(boundary_regex(file.terms("not_units"))),
        tail=re.compile(rf"(?:[\s,]+(?:{boundary_regex(file.terms('subject_tails'))}))+[\s,]*$", re.IGNORECASE),
        ranks=tuple(e.compiled for e in file.section("ranks")),
        plural_in_name=re.compile(boundary_regex(file.terms("plural_in_names"))),
        person_qualifier=re.compile(boundary_regex(file.terms("person_qualifiers")), re.IGNORECASE),
        military=re.compile(boundary_regex([t for e in file.section("honorifics") if e.id == "enum_military" for t in e.terms])),
        group_opener=file.any_of("group_openers"),
    )


def _capitalized(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit()


@dataclass
class _Head:
    """The head that bare names after it share: 'huyện' of 'các huyện A, B'."""

    word: str  # as printed, with its prefix: "huyện", "Công an quận", "Bộ CHQS tỉnh"
    place: bool
    org: str | None = None  # the organisation before the place word: "Công an" of "Công an quận"
    split_and: bool = False  # bare names after "các Sở:" are short: "và" separates them
    level: str | None = None  # a head taken from a named unit shares only names of this level
    plural: bool = True  # "các xã A, B"; a single "xã A, B và C" lends its word only to known names
    lent: bool = False  # taken from a named unit ("Viện kiểm sát nhân dân thành phố A"), not a plural head


@dataclass
class _Scanner:
    text: str
    end: int
    list_mode: bool
    semicolons: bool = False  # ";" separates items ("cho: Tổ Toán; Tổ Ngữ văn; ...")
    vocab: _Vocab = field(default_factory=_vocab)

    def separator(self, pos: int) -> re.Match[str] | None:
        return self.at(_SEPARATOR, pos) or (self.at(_SEMICOLON, pos) if self.semicolons else None)

    def skip(self, pos: int) -> int:
        return _SPACE.match(self.text, pos).end()

    def at(self, pattern: re.Pattern[str], pos: int) -> re.Match[str] | None:
        m = pattern.match(self.text, pos)
        return m if m and m.end() <= self.end else None

    def syllable(self, pos: int) -> re.Match[str] | None:
        return self.at(_SYLLABLE, pos)

    # -- names ----------------------------------------------------------------------------

    def place_name(self, pos: int) -> int | None:
        """End of a place name at pos: 'Yên Mô', 'Sơn Kim 1', 'Bà Rịa - Vũng Tàu', 'Yên thành'."""
        first = self.syllable(pos)
        if not first or not _capitalized(first.group()) or self.at(self.vocab.not_unit, pos):
            return None
        end = first.end()
        while True:
            dash = self.at(_DASH, end)
            if dash and dash.end() > end + 1:  # "Bà Rịa - Vũng Tàu" when the gazetteer knows it
                joined = self._capital_run(dash.end())
                if joined > dash.end() and lexicon.is_place_name(squash(self.text[pos:joined])):
                    end = joined
                    continue
            nxt = self.skip(end)
            w = self.syllable(nxt) if nxt > end else None
            if w is None or self._next_head(pos, end, nxt):
                return end
            if _capitalized(w.group()) and not self.at(self.vocab.honorific, nxt):
                end = w.end()
            elif _capitalized(w.group()) and lexicon.is_place_name(squash(self.text[pos : self._capital_run(nxt)])):
                end = self._capital_run(nxt)  # "Hai Bà Trưng": a place name with an honorific's word in it
            elif lexicon.is_place_name(squash(self.text[pos : w.end()])):  # "huyện Yên thành"
                end = w.end()
            else:
                return end

    def _next_head(self, start: int, end: int, nxt: int) -> bool:
        """Whether a head word at nxt starts the next unit rather than going on with the name:
        "xã Nghi Phong huyện Nghi Lộc" stops, "huyện Yên Bản" and "thành phố Hải Phòng" do not."""
        head = self.at(self.vocab.place, nxt) or self.at(self.vocab.org, nxt)
        if head is None:
            return False
        if not head.group()[:1].isupper():
            return True
        name = squash(self.text[start:end])
        return lexicon.is_place_name(name) and not lexicon.is_place_name(f"{name} {head.group()}")

    def _capital_run(self, pos: int) -> int:
        end = pos
        while (w := self.syllable(self.skip(end) if end > pos else pos)) and _capitalized(w.group()):
            end = w.end()
        return end

    def org_name(self, head_start: int, head_end: int) -> tuple[int, _Head | None] | None:
        """End of an organisation's name whose head ends at head_end.

        A name that goes on with "các <place word>" ("Bộ CHQS các tỉnh ...") returns the head
        its places share ("Bộ CHQS tỉnh") instead.
        """
        end, words, started, at_stop = head_end, 0, False, False
        while words < _ORG_MAX_WORDS:
            nxt = self.skip(end)
            if nxt >= self.end:
                break
            if joint := self.at(self.vocab.joint, nxt):  # "Văn hóa, Thể thao và Du lịch", "HĐND và UBND"
                end, started, words = joint.end(), True, words + 1
                continue
            cac = self.at(_CAC, nxt)
            if cac and (place := self.at(self.vocab.place, self.skip(cac.end()))):
                org = squash(self.text[head_start:end])
                return end, _Head(f"{org} {place.group()}", True, org)
            if cac and (own := self.at(self.vocab.plural_in_name, self.skip(cac.end()))):
                # "Đảng ủy Khối các cơ quan tỉnh", "Liên hiệp các Hội Văn học": part of the name
                end, words, started = own.end(), words + 2, True
                continue
            if abbreviation := self.at(_ABBREVIATION, end):  # "Bộ Chỉ huy Quân sự (CHQS) tỉnh"
                end = abbreviation.end()
                continue
            # A syllable glued to the one before is punctuation's business; at the start it is the name.
            w = self.syllable(nxt) if nxt > end or end == head_start else None
            if w is None:
                dash = self.at(_DASH, end)
                if started and dash and (w2 := self.syllable(dash.end())) and _capitalized(w2.group()):
                    end, words = w2.end(), words + 1
                    continue
                if started and dash and (pair := self.at(_LOWER_PAIR, dash.end())) and pair.group(1).islower():
                    end, words = pair.end(1), words + 2  # "Ban biên tập Văn hóa - xã hội, ...": a compound
                    continue
                break
            if w.group().lower() == "và":
                after = self.skip(w.end())
                w2 = self.syllable(after)
                if started and w2 and w2.group()[:1].isupper() and not self.starts_item(after):
                    end, words = w2.end(), words + 2
                    continue
                break
            if _capitalized(w.group()):
                if started and self.at(self.vocab.not_unit, nxt):
                    at_stop = True
                    break
                end, started = w.end(), True
            elif place := self.at(self.vocab.place, nxt):
                end, started = place.end(), True
            elif not self.at(self.vocab.stop, nxt) and not self.at(_CAC, nxt):
                end = w.end()
            else:
                at_stop = True
                break
            words += 1
        if not started:
            return None
        if at_stop and self._lower_tail(head_start, end):
            return end, None  # "Cục Bảo vệ thực vật vì ...": the name is written in lower case after its first word
        if at_stop or words >= _ORG_MAX_WORDS:
            end = self._last_named(head_start, end)
        return end, None

    def _lower_tail(self, start: int, end: int) -> bool:
        """Whether the lower-case words that end the name at text[start:end] belong to it: a few, after
        one capitalized word, right before a preposition that opens the rest of the sentence ("cho Cục
        Bảo vệ thực vật vì ...", "Trung tâm Kiểm soát bệnh tật thuộc Sở Y tế"); never a time or a number
        ("Trường A năm học 2023 vì")."""
        if not self.at(self.vocab.preposition, self.skip(end)) or self.vocab.place.search(self.text, start, end):
            return False  # after a place's name ("Công an huyện A phá án nhanh trong ...") the sentence goes on
        words = [w.group() for w in _SYLLABLE.finditer(self.text, start, end)]
        tail = list(itertools.takewhile(lambda w: not _capitalized(w), reversed(words)))
        return 2 <= len(tail) <= 3 and not any(w in _NOT_NAME_WORDS for w in tail)

    def _last_named(self, start: int, end: int) -> int:
        """Back to the last capitalized word: lower-case words after it belong to the sentence,
        except the second syllable of a capitalized word ("Bộ Quốc phòng", "Sở Y tế") and a
        place word ("Bưu điện tỉnh")."""
        words = list(_SYLLABLE.finditer(self.text, start, end))
        while len(words) > 2:
            last, before = words[-1], words[-2]
            if _capitalized(last.group()) or _capitalized(before.group()) or self.at(self.vocab.place, last.start()):
                break
            if (place := self.at(self.vocab.place, before.start())) and place.end() >= last.end():
                break  # "thành phố", "thị xã": a place word of two syllables
            words.pop()
        return words[-1].end()

    def titled_person(self, pos: int) -> tuple[int, int] | None:
        """A person named after their title: "Phó Chủ tịch UBND tỉnh Nguyễn Văn A", "nguyên Giám đốc
        Sở Y tế Lê Thị B", "Thượng tá Võ C" - the name starts with a surname within the title's reach."""
        v = self.vocab
        title = lexicon.titles().role.match(self.text, pos) or self.at(v.military, pos)
        if title is None or title.end() > self.end:
            return None
        words, before = 0, None
        for w in _SYLLABLE.finditer(self.text, title.end(), self.end):
            if words >= _TITLE_WORDS or self.text[title.end() : w.start()].count(",") or ";" in self.text[pos : w.start()]:
                return None
            if w.group() in lexicon.surnames() and self._names_after(title.end(), w.start(), before) \
                    and (end := self.person_name(w.start(), honored=False)) and self._ends_name(end):
                return w.start(), end
            before, words = w.group(), words + 1
        return None

    def _names_after(self, body_start: int, at: int, before: str | None) -> bool:
        """Whether a surname at `at` starts the holder's name rather than continuing the body: not
        after a school or a street ("Trường THCS Lý Tự Trọng", "phường Nguyễn Trãi")."""
        if before is None:
            return True
        body = self.text[body_start:at]
        if _DEGREE_BEFORE.search(body):
            return True  # "Giám đốc Bệnh viện PGS.TS. Nguyễn Văn A": a degree stands before a person only
        if _NAMED_AFTER.search(body) or lexicon.site_words().search(body):
            return False
        if lexicon.admin_words().search(body):
            # "UBND phường Nguyễn Trãi" names a ward; "UBND tỉnh Nguyễn Hữu Lập" a person, no place
            words = _SYLLABLE.findall(self.text, at, min(self.end, at + 40))
            return not any(lexicon.is_unit_name(" ".join(words[:n])) for n in range(1, min(4, len(words)) + 1))
        return True

    def _ends_name(self, end: int) -> bool:
        """A holder's name ends at a separator, the end of the list or a verb - not inside a longer
        capitalized run ("BV Hà Nội Trịnh Đình Hải": "Hà Nội Trịnh Đình" is no name)."""
        nxt = self.skip(end)
        w = self.syllable(nxt) if nxt > end else None
        return w is None or not _capitalized(w.group())

    def _acronym_unit(self, pos: int) -> int | None:
        """End of an agency named by an acronym and the place it serves: "BĐBP tỉnh Nghệ An",
        "BCHQS huyện A", "LĐLĐ tỉnh" - an acronym no head word list needs to know."""
        acronym = self.at(_ACRONYM_AT, pos)
        if acronym is None:
            return None
        place = self.at(self.vocab.place, self.skip(acronym.end()))
        if place is None or place.start() == acronym.end():
            return None
        name_at = self.skip(place.end())
        return (self.place_name(name_at) if name_at > place.end() else None) or place.end()

    def _lower_org(self, pos: int) -> re.Match[str] | None:
        """A head word written in lower case before a capitalized name is a head all the same:
        "trường Tiểu học Hòa Bình", "hội Nông dân xã A" (not "trường" alone, nor "tại tỉnh ...")."""
        m = self.at(_org_any_case(), pos)
        if m is None or not m.group()[:1].islower():
            return None
        if (before := _WORD_BEFORE.search(self.text, max(0, pos - 24), pos)) and _capitalized(before.group(1)):
            return None  # "Đại hội", "Thành đoàn": the word ends a capitalized compound
        nxt = self.syllable(self.skip(m.end()))
        if nxt is None or not _capitalized(nxt.group()) or self.at(self.vocab.place, nxt.start()):
            return None
        return m

    def _name_syllable(self, head: re.Match[str], honored: bool) -> bool:
        """A capitalized place or organisation word that ends an honored name, or the fourth syllable of
        a name, is a syllable of it: "bà Trần Thị Tỉnh (xã A)", "Nguyễn Ngọc Đăng Khoa và ..."; one that
        heads a name of its own is not: "ông Lê An Tỉnh ủy"."""
        if not honored or not _capitalized(head.group()) or " " in head.group():
            return False
        after = self.skip(head.end())
        w = self.syllable(after) if after > head.end() else None
        return w is None or not (_capitalized(w.group()) or w.group().lower() in ("ủy", "uỷ", "đoàn"))

    def honored_name_at(self, pos: int) -> int | None:
        """Where a name starts after the honorifics at pos: "ông ", "em học sinh ", counted and with a
        colon ("02 em học sinh A và B", "thân nhân 2 mẹ: A và B")."""
        at = pos
        if kin := self.at(_KIN, at):  # the relatives receive for the ones named
            at = self.skip(kin.end())
        if number := self.at(_SMALL_COUNT, at):
            at = self.skip(number.end())
        honorific = self.at(self.vocab.honorific, at)
        if honorific is None:
            return None
        at = self.skip(honorific.end() + (self.text[honorific.end() : honorific.end() + 1] == "."))  # "PGS.TS."
        if second := self.at(self.vocab.honorific, at):  # "em học sinh", "cô giáo"
            at = self.skip(second.end())
        if colon := self.at(_COLON, at):
            at = colon.end()
        return at

    def person_name(self, pos: int, honored: bool) -> int | None:
        """End of a person's name at pos: 2-4 capitalized syllables (5 after an honorific)."""
        roles = lexicon.titles().role
        end, count, first = pos, 0, None
        limit = _NAME_MAX_HONORED if honored else _NAME_MAX
        while count < limit:
            nxt = self.skip(end) if count else pos
            if count and nxt == end:
                break
            w = self.syllable(nxt)
            if not w or not w.group()[:1].isupper():
                break
            if count and roles.match(self.text, nxt):
                break
            if count and (head := self.at(self.vocab.place, nxt) or self.at(self.vocab.org, nxt)) \
                    and not self._name_syllable(head, honored or count >= 3):
                break
            first = first or w.group()
            end, count = w.end(), count + 1
        if count < _NAME_MIN:
            return None
        name = squash(self.text[pos:end])
        if not honored and (first not in lexicon.surnames() or lexicon.is_place_name(name)):
            return None
        if match_key(name) in lexicon.not_officials():
            return None
        return end

    # -- items ----------------------------------------------------------------------------

    def starts_item(self, pos: int) -> bool:
        """Whether a new unit or person starts at pos (so "và" before it separates items)."""
        item, after, _, _ = self.item(pos, None, person_only=False, bare=False)
        return item is not None or after > pos

    def item(self, pos: int, shared: _Head | None, person_only: bool,
             bare: bool) -> tuple[UnitItem | None, int, _Head | None, bool]:
        """One item at pos: (item, end, head shared by what follows, counted collective seen).

        No item with end > pos means a head that only introduces a list ("các huyện:").
        """
        v = self.vocab
        if (board := self.at(v.board, pos)) and self.at(v.org, self.skip(board.end())):
            pos = self.skip(board.end())  # "Ban Giám hiệu Trường A đón nhận": the school receives
        counted = bool(self.at(v.counted, pos))
        if (start := self.honored_name_at(pos)) and (end := self.person_name(start, honored=True)) \
                and not lexicon.is_place_name(squash(self.text[pos:end])):
            # "đoàn viên Vàng A Sinh": a member named, not a collective
            return UnitItem(squash(self.text[start:end]), "person", start, end), end, shared, counted
        if not person_only and (titled := self.titled_person(pos)):  # "Phó Chủ tịch UBND tỉnh Nguyễn Văn A"
            start, end = titled
            return UnitItem(squash(self.text[start:end]), "person", start, end), end, shared, counted
        collective = self.at(v.collective, pos)
        if collective and self._names_org(collective):
            collective = None
        if collective:
            pos = self.skip(collective.end())
        if honorific := self.at(v.honorific, pos):
            start = self.skip(honorific.end())
            if end := self.person_name(start, honored=True):
                return UnitItem(squash(self.text[start:end]), "person", start, end), end, shared, counted
        plural = self.at(v.plural, pos)
        if plural and plural.group()[:1].isupper() and lexicon.is_place_name(squash(self.text[pos : self._capital_run(pos)])):
            plural = None  # "Hai Bà Trưng" is a district, not "two ..."
        head_at = self.skip(plural.end()) if plural else pos
        if person_only and not plural:
            if end := self.person_name(pos, honored=False):
                return UnitItem(squash(self.text[pos:end]), "person", pos, end), end, shared, counted
            return None, pos, shared, counted
        if shared and shared.place and not plural and not collective and (end := self._shared_name(pos)) \
                and (shared.level is None or shared.level in lexicon.place_levels(squash(self.text[pos:end]))) \
                and (shared.plural or lexicon.is_unit_name(squash(self.text[pos:end]))):
            text = f"{shared.word} {squash(self.text[pos:end])}"
            return UnitItem(text, "unit", pos, end), end, shared, counted
        heads = [m for m in (self.at(v.place, head_at), self.at(v.org, head_at), self.at(v.standalone, head_at)) if m]
        longest = max(heads, key=lambda m: m.end() - m.start(), default=None)
        if (place := self.at(v.place, head_at)) and place.end() == longest.end():
            head = _Head(place.group(), True, plural=bool(plural))
            if colon := self.at(_COLON, place.end()):  # "các huyện: A, B"
                return None, colon.end(), head, counted
            name_at = self.skip(place.end() + (self.text[place.end() : place.end() + 1] == "."))  # "TP.HCM"
            if plural and (own := self.at(v.place, name_at)) and " " in own.group() \
                    and (own_end := self.place_name(self.skip(own.end()))):
                # "các xã Thị trấn A, B và C": the first item has a place word of its own
                text = f"{own.group()} {squash(self.text[self.skip(own.end()) : own_end])}"
                return UnitItem(text, "unit", own.start(), own_end), own_end, head, counted
            end = self.place_name(name_at) if name_at > place.end() else None
            if end is None:
                return None, pos, shared, counted
            text = f"{place.group()} {squash(self.text[name_at:end])}"
            if shared and shared.place and not plural and not collective \
                    and _SAME_PLACE_WORD.get(place.group().lower()) == shared.word.split()[-1].lower():
                # "Công an 5 thành phố: Hà Nội, TP.HCM, ...": "TP" is the list's own "thành phố"
                return UnitItem(f"{shared.word} {squash(self.text[name_at:end])}", "unit", place.start(), end), end, \
                    shared, counted
            if shared and shared.org and not plural and not collective and not shared.lent:
                # "Ủy ban MTTQ các huyện A, B và thị xã C": the town's committee, not the town.
                text, head = f"{shared.org} {text}", _Head(f"{shared.org} {place.group()}", True, shared.org)
            elif shared and shared.org and plural and not collective and shared.lent:
                # "Viện kiểm sát nhân dân thành phố A và các huyện B, C": the districts' procuracies
                text, head = f"{shared.org} {text}", _Head(f"{shared.org} {place.group()}", True, shared.org)
            return UnitItem(text, "unit", place.start(), end), end, head, counted
        if (org := self.at(v.org, head_at) or self._lower_org(head_at)) and not self.at(v.not_unit, head_at):
            if plural and (colon := self.at(_COLON, org.end())):  # "các Sở: Nội vụ, Tài chính"
                return None, colon.end(), _Head(org.group(), False, split_and=True), counted
            found = self.org_name(head_at, org.end())
            if found and found[1]:  # "Công an các quận Ninh Kiều, ..."
                inner = found[1]
                cac = self.at(_CAC, self.skip(found[0]))
                place_word = self.at(v.place, self.skip(cac.end()))
                if colon := self.at(_COLON, place_word.end()):  # "VKSND các tỉnh: Nghệ An, ..."
                    return None, colon.end(), inner, counted
                name_at = self.skip(place_word.end())
                end = self.place_name(name_at)
                if end is None:
                    return None, pos, shared, counted
                text = f"{inner.word} {squash(self.text[name_at:end])}"
                return UnitItem(text, "unit", name_at, end), end, inner, counted
            if found:
                end = found[0]
                head = _Head(org.group(), False) if plural else self._named_head(head_at, org.end(), end)
                return UnitItem(squash(self.text[head_at:end]), "unit", head_at, end), end, head, counted
        if standalone := self.at(v.standalone, head_at):
            end = standalone.end()
            name_at = self.skip(end)  # "Tỉnh đoàn Khánh Hòa": a province's name may follow
            if name_at > end and (place_end := self.place_name(name_at)) \
                    and lexicon.is_place_name(squash(self.text[name_at:place_end])):
                end = place_end
            return UnitItem(squash(self.text[head_at:end]), "unit", head_at, end), end, None, counted
        if shared and not shared.place and not collective and not plural:  # "các Sở Nội vụ, Tư pháp"
            found = self.org_name(pos, pos)
            if found and found[1] is None:
                end = found[0]
                if shared.split_and and (cut := _LAST_AND.search(self.text, pos, end)):
                    end = cut.start()
                return UnitItem(f"{shared.word} {squash(self.text[pos:end])}", "unit", pos, end), end, shared, counted
        if not plural and not collective and (end := self._acronym_unit(head_at)):  # "BĐBP tỉnh Nghệ An"
            return UnitItem(squash(self.text[head_at:end]), "unit", head_at, end), end, shared, counted
        if not plural and (end := self.person_name(pos, honored=False)):
            return UnitItem(squash(self.text[pos:end]), "person", pos, end), end, shared, counted
        if bare and not collective and not plural and (end := self.bare_end(pos)):
            return UnitItem(squash(self.text[pos:end]), "unit", pos, end, bare=True), end, shared, counted
        return None, pos, shared, counted

    def _named_head(self, start: int, org_end: int, end: int) -> _Head | None:
        """The head a named unit lends the bare place names listed after it: "Huyện ủy A, B và C"
        (district Party committees), "Công an tỉnh A, B" (provincial police) - each name of the
        level the head implies, so that "UBND huyện A, Sơn La" leaves the province alone."""
        org = squash(self.text[start:org_end])
        if level := _PARTY_LEVELS.get(match_key(org)):
            return _Head(org, True, None, level=level)
        place = self.at(self.vocab.place, self.skip(org_end))
        if place and (level := _PLACE_LEVELS.get(match_key(place.group()))) and place.end() < end:
            return _Head(f"{org} {place.group()}", True, org, level=level, lent=True)
        if place and place.end() < end:  # "thành phố" may be either level: it lends its body only
            return _Head(f"{org} {place.group()}", True, org, level="none", lent=True)
        return None

    def _names_org(self, collective: re.Match[str]) -> bool:
        """Whether a lone collective word heads an organisation's name: "Đảng bộ Sở Tài chính",
        "Đảng bộ Kho bạc Nhà nước tỉnh" - not "Đảng bộ, chính quyền và Nhân dân xã A"."""
        if not self.at(self.vocab.org, collective.start()):
            return False
        nxt = self.syllable(self.skip(collective.end()))
        return bool(nxt) and nxt.group()[:1].isupper() and not self.at(self.vocab.place, nxt.start())

    def _shared_name(self, pos: int) -> int | None:
        """A bare place name that takes the shared place word, even when it starts like an
        organisation ("các phường Hưng Phúc và Trường Thi"); not "Trường THPT Lê Lợi"."""
        end = self.place_name(pos)
        if end is None or _ACRONYM.search(self.text, pos, end):
            return None
        if (own := self.at(self.vocab.place, pos)) and self.skip(own.end()) > own.end() \
                and lexicon.is_unit_name(squash(self.text[self.skip(own.end()) : end])):
            # "các xã Thị trấn A, B", "phường A; Phường B": an item with a place word of its own keeps it
            # (not "các xã Cốc San, Bản Vược": "Vược" alone is no place, "Bản Vược" is a commune's name)
            return None
        org = self.at(self.vocab.org, pos)
        if org and (found := self.org_name(pos, org.end())) and found[0] != end:
            return None
        return end

    def capital_chunk_end(self, pos: int) -> int | None:
        """Capitalized words joined by spaces, dashes or "và": "Thể thao và Du lịch". A word may
        have one lower-case syllable after its capitalized one ("Du lịch")."""
        w = self.syllable(pos)
        if not w or not w.group()[:1].isupper():
            return None
        end, after_capital = w.end(), True
        while m := _JOIN.match(self.text, end):
            w = self.syllable(m.end())
            if not w:
                break
            joined = m.group().strip()
            if w.group()[:1].isupper():
                if joined == "và" and self.starts_item(m.end()):
                    break
                end, after_capital = w.end(), True
            elif after_capital and not joined and not self.at(self.vocab.stop, m.end()):
                end, after_capital = w.end(), False
            else:
                break
        return end

    def bare_end(self, pos: int) -> int | None:
        """A capitalized chunk with no known head, up to the next comma or a "và" before a new item."""
        w = self.syllable(pos)
        if not w or not w.group()[:1].isupper() or self.at(self.vocab.not_unit, pos):
            return None
        if (stop := self.at(self.vocab.stop, pos)) and (nxt := self.syllable(self.skip(stop.end()))) \
                and not _capitalized(nxt.group()):
            return None  # "vì: Đã có thành tích", "Trong đó": a clause, not a name
        cursor = pos
        limit = self.end
        for w in _SYLLABLE.finditer(self.text, pos, self.end):  # "... và Bảo Lộc đã tổ chức": the verb ends it
            if w.start() > pos and not _capitalized(w.group()) and self.at(self.vocab.stop, w.start()):
                limit = w.start()
                break
        close = self.text.find(")", pos, limit)
        if close >= 0 and "(" not in self.text[pos:close]:  # "(gồm các huyện: A, B)": the bracket ends the list
            limit = close
        while m := _CHUNK_END.search(self.text, cursor, limit):
            if m.group().startswith("và") and not self.starts_item(self.skip(m.end())) \
                    and not self._names_either_side(pos, m.start(), m.end(), limit):
                cursor = m.end()
                continue
            return pos + len(self.text[pos : m.start()].rstrip())
        return pos + len(self.text[pos:limit].rstrip(" ."))

    def _names_either_side(self, start: int, and_start: int, and_end: int, limit: int) -> bool:
        """Whether "và" joins two proper names of a bare list ("Đà Lạt và Bảo Lộc"): short runs of
        capitalized syllables on both sides, not a name with "và" in it ("Thể thao và Du lịch")."""
        left = _SYLLABLE.findall(self.text, start, and_start)
        right_end = self._capital_run(self.skip(and_end))
        right = _SYLLABLE.findall(self.text, self.skip(and_end), min(right_end, limit))
        return (0 < len(left) <= 4 and 0 < len(right) <= 4 and all(_capitalized(w) for w in left + right))

    def lower_chunk_end(self, pos: int) -> int | None:
        """A lower-case chunk that continues a list item ("Ban Bảo vệ, chăm sóc sức khỏe cán bộ tỉnh")."""
        w = self.syllable(pos)
        if not w or _capitalized(w.group()) or self.at(self.vocab.stop, pos):
            return None
        m = _ITEM_END.search(self.text, pos, self.end)
        end = m.start() if m else self.end
        if paren := _OPEN_PAREN.search(self.text, pos, end):  # "trường giáo dưỡng (1950 - 2025) tổ chức"
            end = paren.start()
        for v in _SYLLABLE.finditer(self.text, pos, end):  # a verb ends the name
            if v.start() > pos and self.at(self.vocab.stop, v.start()):
                end = v.start()
                break
        return pos + len(self.text[pos:end].rstrip(" ."))

    def chunk_end(self, pos: int) -> int:
        """Where the chunk at pos ends: before the next separator."""
        m = _SEPARATOR.search(self.text, pos, self.end)
        if self.semicolons and (semi := _SEMICOLON.search(self.text, pos, self.end)) and (not m or semi.start() < m.start()):
            return semi.start()
        return m.start() if m else self.end


def scan(text: str, start: int = 0, end: int | None = None, *, list_mode: bool = False,
         shared: str | None = None, semicolons: bool = False, shared_place: bool = True) -> Scan:
    """The units and persons enumerated from text[start:], up to the first thing that is none.

    `list_mode` reads a "gồm ...:" list: items run to the next comma and unknown heads are kept.
    `shared` is a place word every bare name takes ("5 tỉnh: Kon Tum, Gia Lai"), or with
    `shared_place=False` an organisation word ("5 trường: Cao đẳng Y tế, ...").

    >>> [i.text for i in scan("cho nhân dân và cán bộ các huyện Kim Sơn và Yên Mô vì đã", 4).items]
    ['huyện Kim Sơn', 'huyện Yên Mô']
    """
    end = len(text) if end is None else end
    sc = _Scanner(text, end, list_mode, semicolons)
    head = _Head(shared, shared_place) if shared else None
    items: list[UnitItem] = []
    pos, last_end, skips, counted, person_ctx = sc.skip(start), start, 0, False, False
    after_and = False  # the last separator was "và": a unit may follow a person's titles
    while pos < end:
        if items and (remit := _next_department(sc, items[-1], pos)):
            items.append(remit)
            last_end = pos = remit.end
            if not (sep := sc.separator(pos)):
                break
            pos = sep.end()
            continue
        item, after, head, seen = sc.item(pos, head, person_only=person_ctx and not after_and, bare=list_mode)
        counted = counted or seen
        if item is None and after > pos:  # a head that introduces a list
            pos = sc.skip(after)
            continue
        if item is None and (count := sc.at(sc.vocab.counted, pos)) and (intro := sc.at(_COUNT_INTRO, count.end())):
            pos = sc.skip(intro.end())  # "cho Công an tỉnh A và hai cá nhân là Đại tá B; Thượng tá C"
            continue
        if item is None and items and items[-1].kind == "unit":
            item = _continuation(sc, items[-1], pos)
            if item is not None:
                items[-1] = item
                last_end = pos = item.end
                if not (sep := sc.separator(pos)):
                    break
                pos = sep.end()
                continue
        if item is None:
            if not (person_ctx and skips < _PERSON_SKIPS and sc.syllable(pos)):
                break
            skips += 1
            pos = sc.chunk_end(pos)
        else:
            if items and (verb := _NEW_CLAUSE.match(text, sc.skip(after))) and verb.end() <= end:
                break  # "... cho Trường A và UBND tỉnh tặng Cờ cho Trường B": a new giver, a new clause
            if item.kind == "unit" and (paren := _TRAILING_PAREN.search(text, item.start, item.end)) \
                    and not _ABBREVIATION.fullmatch(paren.group()) and paren.start() > item.start:
                # "Binh đoàn 15 (Bộ Quốc phòng)": the body in brackets says whose unit it is
                tail = squash(paren.group())
                if item.text.endswith(tail):
                    item = replace(item, text=item.text[: -len(tail)].rstrip(), end=paren.start())
            items.append(item)
            person_ctx, skips = item.kind == "person", 0
            last_end = pos = after
            if paren := sc.at(_PAREN, pos):  # "anh Phùng Văn Thắng (thôn Đông Xuân)"
                pos = paren.end()
            if person_ctx and (dash := sc.at(_TITLE_DASH, pos)):  # "cô A - Hiệu trưởng nhà trường"
                pos, after_and = dash.end(), False
                continue
            if person_ctx and sc.at(sc.vocab.person_qualifier, sc.skip(pos)):
                pos = sc.chunk_end(pos)  # "Mẹ A quê ở xã B, Mẹ C ...": where she lives, then the next name
        if not (sep := sc.separator(pos)):
            break
        after_and = "và" in sep.group()
        pos = sep.end()
    return Scan(items, last_end, counted)


def _next_department(sc: _Scanner, prev: UnitItem, pos: int) -> UnitItem | None:
    """A remit alone after a department is another department of the same kind: "Sở Giáo dục và
    Đào tạo, Y tế, Văn hóa, Thể thao và Du lịch" -> "Sở Y tế", "Sở Văn hóa, Thể thao và Du lịch"."""
    if sc.text[prev.end : pos].strip() not in (",", "và", ", và"):
        return None
    if (coded := _CODED_UNIT.fullmatch(prev.text)) and (code := _CODE.match(sc.text, pos, sc.end)):
        # "Phòng PC01, PC02 và PK20": units of one kind told apart by their codes
        return UnitItem(f"{coded.group(1)} {code.group()}", "unit", pos, code.end())
    head = _DEPARTMENT_HEAD.match(prev.text)
    if head is None or not sc.vocab.remit.fullmatch(prev.text, head.end()):
        return None
    remit = sc.vocab.remit.match(sc.text, pos, sc.end)
    if remit is None or not remit.group()[0].isupper():  # a remit is a name: "Y tế", not "y tế"
        return None
    nxt = sc.syllable(sc.skip(remit.end()))
    if nxt and _capitalized(nxt.group()):
        return None  # "Y tế Hà Nội" is some other name

    return UnitItem(f"{head.group(1)} {squash(remit.group())}", "unit", pos, remit.end())


_DEPARTMENT_HEAD = re.compile(r"(Sở|Bộ)\s+")
# A unit told apart by a code of letters and digits ("Phòng PC03", "Đội CSGT2"), and such a code alone.
_CODED_UNIT = re.compile(r"((?:Phòng|Đội|Tổ|Ban|Cục|Vụ|Trung\s+đoàn|Tiểu\s+đoàn|Đại\s+đội))\s+[A-ZĐ]{1,5}\d{1,3}")
_CODE = re.compile(r"[A-ZĐ]{1,5}\d{1,3}(?![^\W_])")


def _continuation(sc: _Scanner, prev: UnitItem, pos: int) -> UnitItem | None:
    """A chunk that continues the organisation before it, after a comma: "Sở Văn hóa, Thể thao
    và Du lịch" (capitalized, with "và"), or in a list "Ban Bảo vệ, chăm sóc sức khỏe cán bộ tỉnh"."""
    if prev.kind != "unit" or sc.text[prev.end : pos].strip() != ",":
        return None
    end = sc.bare_end(pos) if sc.list_mode else sc.capital_chunk_end(pos)
    if end and " và " in sc.text[pos:end]:
        return UnitItem(squash(sc.text[prev.start : end]), "unit", prev.start, end)
    # A lower-case chunk with a number in it goes on with the sentence ("..., nâng tổng số lên 12 đơn vị").
    if sc.list_mode and (end := sc.lower_chunk_end(pos)) and not _HAS_DIGIT.search(sc.text, pos, end):
        return UnitItem(squash(sc.text[prev.start : end]), "unit", prev.start, end)
    return None


def scan_list(text: str, start: int, end: int | None = None, count: int | None = None,
              shared: str | None = None, semicolons: bool = False, shared_place: bool = True) -> Scan:
    """A "gồm N đơn vị: A, B, C" list, up to ";" (or with `semicolons`, separated by ";") or the
    end of the sentence. With a count, surplus chunks are joined to the item before them, and a
    list one short is split at its final "và".

    >>> [i.text for i in scan_list("gồm 2 đơn vị: Ngân hàng Chính sách, Chi nhánh tỉnh, Báo Lào Cai.", 14, count=2).items]
    ['Ngân hàng Chính sách, Chi nhánh tỉnh', 'Báo Lào Cai']
    """
    end = len(text) if end is None else end
    stop = first_stop(_SENTENCE_END if semicolons else _LIST_END, text, start, end)
    found = scan(text, start, stop.start() if stop else end, list_mode=True, shared=shared, semicolons=semicolons,
                 shared_place=shared_place)
    items = found.items
    if count:
        items = _fit_count(text, list(items), count)
        items = _split_last_and(text, items, count)
    return Scan(items, found.end, found.counted)


def _split_last_and(text: str, items: list[UnitItem], count: int) -> list[UnitItem]:
    """A list one item short of its count has read "A và B" as one name: the enumeration's final
    "và" (in the last item that has one) separates two items, each keeping a shared head word.

    "gồm 3 trường: Cao đẳng Y tế, Cao đẳng Nghề và Cao đẳng Cơ điện" (shared "trường")
        -> "trường Cao đẳng Nghề", "trường Cao đẳng Cơ điện" for the last one.
    """
    if len(items) != count - 1:  # only the last "và" is ambiguous; a bigger gap is another problem
        return items
    for i in range(len(items) - 1, -1, -1):
        it = items[i]
        joints = [(m.start(), m.end()) for m in _vocab().joint.finditer(text, it.start, it.end)]
        ands = [m for m in _LAST_AND.finditer(text, it.start, it.end)  # not the "và" of "Nông nghiệp và PTNT"
                if not any(a <= m.start() < b for a, b in joints)]
        if not ands or it.kind != "unit":
            continue
        raw = squash(text[it.start : it.end])
        prefix = it.text[: len(it.text) - len(raw)] if it.text.endswith(raw) else ""
        cut = ands[-1]
        if not prefix and not _Scanner(text, it.end, False).starts_item(cut.end()):
            continue  # "Trung tâm tư vấn và Hỗ trợ chuyển dịch ...": no item starts after this "và"
        left = UnitItem(prefix + squash(text[it.start : cut.start()]), "unit", it.start, cut.start())
        right = UnitItem(prefix + squash(text[cut.end() : it.end]), "unit", cut.end(), it.end)
        return items[:i] + [left, right] + items[i + 1 :]
    return items


def counted_head(phrase: str) -> tuple[str, bool] | None:
    """The head word a counted list gives its bare items, and whether it is a place word.

    >>> counted_head("5 tỉnh"), counted_head("Công an 5 tỉnh"), counted_head("5 trường"), counted_head("7 đơn vị")
    (('tỉnh', True), ('Công an tỉnh', True), ('trường', False), None)
    """
    v = _vocab()
    m = _COUNTED_HEAD.fullmatch(phrase.strip())
    if m is None:
        return None
    prefix, noun = m.group("prefix"), _IN_CLUSTER.sub("", m.group("noun"))  # "12 phường thành viên trong cụm"
    if prefix and not v.org.match(prefix):
        return None
    # "Công an 06 tỉnh khu vực Bắc Trung Bộ": the place word, whatever region follows it
    if (place := v.place.match(noun)) is not None and (place.end() == len(noun) or noun[place.end()] == " "):
        return (f"{prefix} {place.group()}" if prefix else place.group()), True
    if not prefix and (org := v.org.match(noun)) and (place := v.place.fullmatch(noun[org.end() :].strip())):
        return f"{org.group()} {place.group()}", True  # "6 Thuế tỉnh: Phú Thọ, ..." -> "Thuế tỉnh Phú Thọ"
    if not prefix and _org_any_case().fullmatch(noun):  # "5 trường", "các sở"
        return noun, False
    if not prefix and (org := v.org.match(noun)) and _ACRONYM.fullmatch(noun[org.end() :].strip()):
        return noun, False  # "8 Sở GD&ĐT: Bình Dương, ..." -> "Sở GD&ĐT Bình Dương"
    if not prefix and department_end(noun, 0) == len(noun):
        return noun, False  # "5 Sở Y tế: Nghệ An, ..." -> "Sở Y tế Nghệ An"
    words = noun.split()
    if not prefix and 2 <= len(words) <= 5 and _org_any_case().match(noun) and all(w.islower() for w in words) \
            and (place := v.place.search(noun)) and place.end() == len(noun) and place.start() > 0:
        return noun, True  # "7 trường chính trị tỉnh Bắc Giang, Bắc Kạn" -> "trường chính trị tỉnh Bắc Kạn"
    return None


# What a counted noun may say of its units after it: "thành viên", "trong cụm", "thuộc Khối thi đua".
_IN_CLUSTER = re.compile(r"(?:\s+thành\s+viên)?(?:\s+(?:trong|thuộc|của)\s+(?:cụm|khối|Cụm|Khối)(?:\s+\S+)*)?$")
# "5 tỉnh", "Công an 5 tỉnh", "các huyện": an optional organisation, a count (or "các"), a noun.
_COUNTED_HEAD = re.compile(
    r"(?:(?P<prefix>[^\W\d_][^\s:]*(?:\s+[^\W\d_][^\s:]*){0,3}?)\s+)?(?:\d{1,3}|các)\s+(?P<noun>[^\W\d_][^\s:,]*(?:\s+[^\W\d_][^\s:,]*){0,5})")


@lru_cache(maxsize=1)
def _org_any_case() -> re.Pattern[str]:
    """Organisation head words in any case: a counted "5 trường" shares "trường"."""
    return re.compile(_vocab().org.pattern.replace("(?i:", "(?:"), re.IGNORECASE)


def list_lines(lines: list[str]) -> list[tuple[int, int]]:
    """The items of a list written one per line, as (line, start of the item): "- Mường Lát",
    "1." then "UBND huyện Mộc Châu;" (a number on a line of its own marks the next line).
    Stops at the first line that is not a list item.

    >>> list_lines(["- Mường Lát", "- Quan Sơn", "1.", "Sở Y tế;", "Năm 2023, ..."])
    [(0, 2), (1, 2), (3, 0)]
    """
    out: list[tuple[int, int]] = []
    marked = False  # the line before was a bare marker ("1.")
    for k, line in enumerate(lines):
        m = _LIST_MARK.match(line)
        if m and m.end() >= len(line.rstrip()):
            marked = True
            continue
        if m:
            out.append((k, m.end()))
        elif marked:
            out.append((k, len(line) - len(line.lstrip())))
        else:
            break
        marked = False
    return out


def _fit_count(text: str, items: list[UnitItem], count: int) -> list[UnitItem]:
    """Join surplus items to the one before: bare items first, then branch names ("Chi nhánh"),
    then items split from the one before by "và" alone ("Đảng ủy Khối Cơ quan và Doanh nghiệp")."""
    def weakness(i: int) -> int:
        if items[i].bare:
            return 0
        if _BRANCH.match(items[i].text):
            return 1
        return 2 if text[items[i - 1].end : items[i].start].strip() == "và" else 3

    while len(items) > count:
        i = min(range(1, len(items)), key=lambda k: (weakness(k), k))
        if weakness(i) == 3:
            break
        prev, it = items[i - 1], items[i]
        items[i - 1 : i + 1] = [UnitItem(squash(text[prev.start : it.end]), prev.kind, prev.start, it.end)]
    return items


def unit_in_title(text: str, start: int, end: int) -> UnitItem | None:
    """The unit a person's titles in text[start:end] name, the one they head before one they only
    serve as deputy or member: "Giám đốc Công an tỉnh X" -> "Công an tỉnh X"; "Ủy viên Bộ Chính trị,
    Chủ tịch Ủy ban MTTQ Việt Nam, Phó Chủ tịch Hội đồng ..." -> "Ủy ban MTTQ Việt Nam"."""
    found = titled_units(text, start, end)
    return next((item for role, item in found if not _SECOND_ROLE.match(role)), found[0][1] if found else None)


def titled_units(text: str, start: int, end: int) -> list[tuple[str, UnitItem]]:
    """Each role in text[start:end] with the unit right after it."""
    out = []
    for m in lexicon.titles().role.finditer(text, start, end):
        at = m.end()
        if (last := _LAST_WORD.search(m.group())) and org_at(text, m.start() + last.start()):
            at = m.start() + last.start()  # "Trưởng Ban Tuyên giáo Tỉnh ủy": the role ends with the body's head
        items = scan(text, at, end).items
        if items and items[0].kind == "unit" and not text[at : items[0].start].strip(" ,"):
            out.append((m.group(), items[0]))
    return out


_LAST_WORD = re.compile(r"[^\W\d_]+$")


def is_second_role(role: str) -> bool:
    """A role that serves a body without heading it: "Phó Chủ tịch", "Ủy viên"."""
    return bool(_SECOND_ROLE.match(role))


# Roles that serve a body without heading it: its unit is not the person's own.
_SECOND_ROLE = re.compile(r"(?:Phó|phó|Ủy\s+viên|Uỷ\s+viên|ủy\s+viên|Thành\s+viên|thành\s+viên)(?![^\W_])")


def department_end(text: str, pos: int) -> int | None:
    """End of a department or ministry named at pos ("Sở Văn hóa, Thể thao và Du lịch", "Bộ Công an")."""
    if not _DEPARTMENT.match(text, pos):
        return None
    items = scan(text, pos).items
    return items[0].end if items and items[0].start == pos and items[0].kind == "unit" else None


def ends_with_name(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] ends with a person's name (2-4 capitalized words from a surname)."""
    words = _SYLLABLE.findall(text, start, end)
    return any(words[-n] in lexicon.surnames() and all(_capitalized(w) for w in words[-n:])
               for n in range(2, min(4, len(words)) + 1))


def honorific_at(text: str, pos: int) -> bool:
    """Whether a word put before a person's name stands at pos ("Mẹ", "ông", "em")."""
    m = _vocab().honorific.match(text, pos)
    return m is not None and not text[m.end() : m.end() + 1].isalnum()


def org_at(text: str, pos: int) -> bool:
    """Whether an organisation's head word starts at pos ("Công an", "Sở", "UBND")."""
    return bool(_vocab().org.match(text, pos))


def skip_group_opener(text: str, pos: int) -> int:
    """Past the group word that opens a list at pos ("các em: A và B" -> "A và B"); pos if none."""
    m = _vocab().group_opener.match(text, skip_space(text, pos))
    return m.end() if m else pos


def skip_space(text: str, pos: int) -> int:
    return _SPACE.match(text, pos).end()


def verb_at(text: str, pos: int) -> bool:
    """Whether a verb or preposition that ends a unit's name stands at pos ("là", "được", "đã")."""
    return bool(_vocab().stop.match(text, pos))


def opens_with(text: str, start: int, item: UnitItem) -> bool:
    """Whether `item` is the first thing at start: only spaces, a list mark, an honorific or a
    collective head ("thủy thủ và thuyền viên tàu A", "Nhân dân và cán bộ huyện B") stand before it."""
    v = _vocab()
    gap = text[start : item.start].strip(" \t-–•+*,.)0123456789")
    collective = v.collective.match(gap + " ")
    return (not gap or (collective is not None and collective.end() == len(gap)) or bool(v.honorific.fullmatch(gap))
            or bool(_PLURAL_HEAD.fullmatch(gap)))  # "các sở Nội vụ, Tài chính": the head the items share


# A plural head word before the first item of a list that shares it: "các sở", "các Sở".
_PLURAL_HEAD = re.compile(r"(?:các|những)(?:\s+[^\W\d_]+)?", re.IGNORECASE)


def counted_at(text: str, pos: int) -> re.Match[str] | None:
    """Counted collectives at pos: "04 tập thể", "3 tập thể và 2 cá nhân", "các tập thể, cá nhân"."""
    return _vocab().counted.match(text, pos)


def given_names(text: str, start: int, end: int | None = None) -> list[UnitItem]:
    """Persons named again by the given name alone after an honorific: "cho em Dương", "cho anh
    Hiếu và anh Trí" (a full name is read by `scan`, not here).

    >>> [i.text for i in given_names("cho anh Hiếu và anh Trí vì đã dũng cảm", 4)]
    ['Hiếu', 'Trí']
    >>> [i.text for i in given_names("cho hai em Sinh và Phong.", 4)]
    ['Sinh', 'Phong']
    """
    sc = _Scanner(text, len(text) if end is None else end, False)
    out: list[UnitItem] = []
    at = sc.skip(start)
    while True:
        # after the first, the honorific may be left out: "cho hai em Sinh và Phong"
        honorific = sc.at(sc.vocab.honorific, at)
        if not (name := sc.syllable(sc.skip(honorific.end())) if honorific else sc.syllable(at) if out else None):
            break
        if not name.group()[:1].isupper() or sc.at(sc.vocab.place, name.start()) or sc.at(sc.vocab.org, name.start()) \
                or (not honorific and lexicon.titles().role.match(text, name.start())):
            break
        after = sc.skip(name.end())
        if after > name.end() and (nxt := sc.syllable(after)) and _capitalized(nxt.group()):
            break  # a full name
        out.append(UnitItem(name.group(), "person", name.start(), name.end(), given=True))
        if not (sep := sc.separator(name.end())):
            break
        at = sep.end()
    return out


def full_name(text: str, given: str) -> str | None:
    """The one full name in text that ends with a given name: "Nguyễn Văn Dương" for "Dương"."""
    found = set()
    for m in re.finditer(rf"(?<![^\W_])((?:[^\W\d_]+[^\S\n]+){{1,3}}){re.escape(given)}(?![^\W_])", text):
        words = m.group(1).split()
        for k in range(len(words)):  # the longest run of capitalized words before it, from a surname
            if words[k] in lexicon.surnames() and all(w[:1].isupper() for w in words[k:]):
                found.add(" ".join(words[k:] + [given]))
                break
    return found.pop() if len(found) == 1 else None


def place_in(text: str, start: int, end: int) -> UnitItem | None:
    """The place a unit's name ends with: "tỉnh Lào Cai" of "UBND tỉnh Lào Cai"."""
    sc = _Scanner(text, end, False)
    for m in _vocab().place.finditer(text, start, end):
        name_at = sc.skip(m.end())
        if name_at > m.end() and (name_end := sc.place_name(name_at)) == end:
            return UnitItem(f"{m.group()} {squash(text[name_at:name_end])}", "unit", m.start(), end)
    return None


def units_before(text: str, end: int, start: int = 0) -> list[UnitItem]:
    """The enumeration that ends right before `end` (a verb): that verb's subject.

    >>> [i.text for i in units_before("Qua bình xét, huyện Mường La xếp thứ Nhất", 29)]
    ['huyện Mường La']
    """
    window = text[start:end]
    tail = _vocab().tail.search(window)
    stop = start + (tail.start() if tail else len(window.rstrip(" ,")))
    if counted := _COUNTED_TAIL.search(text, start, stop):  # "A, B và 43 cá nhân nhận Bằng khen"
        stop = counted.start()
    if bracket := _TRAILING_PAREN.search(text, start, stop):  # "Cục X (1950 - 2025) tổ chức"
        stop = bracket.start()
    for list_mode in (False, True):  # in list mode a name may go on after a comma ("Cục A, cơ sở B")
        for m in _SYLLABLE.finditer(text, start, stop):
            found = scan(text, m.start(), stop, list_mode=list_mode)
            if found.items and _OWNED_BY.search(text, start, m.start()):
                return []  # "13 đảng viên thuộc Đảng bộ X được tặng": X qualifies the subject
            if found.items and (not text[found.end : stop].strip(" ,") or _titles_follow(found, text, stop)):
                if len(found.items) == 1 and (n := _COUNT_BEFORE.search(text, start, found.items[0].start)) \
                        and counted_head(f"{n.group(1)} {found.items[0].text}"):
                    return []  # "8 Sở GD&ĐT được tặng": a count of units, none of them named
                if list_mode and (len(found.items) > 1 or found.items[0].bare):
                    break
                return found.items
    return []


def _titles_follow(found: Scan, text: str, stop: int) -> bool:
    """A person subject followed by their titles: "cô giáo A, Hiệu trưởng nhà trường được ..."."""
    rest = text[found.end : stop]
    # Titles hold no verb: in "đồng chí A, Bí thư Tỉnh ủy trao Bằng ..." A gives, not receives.
    return found.items[-1].kind == "person" and bool(re.match(r"\s*[,\-–]\s*", rest)) \
        and bool(lexicon.titles().role.match(rest.lstrip(" ,-–"))) and not _GIVING.search(rest)


def name_end(text: str, start: int, end: int | None = None) -> int | None:
    """End of a capitalized name at start, read like an organisation's name:
    "Quốc phòng" of "Bộ Quốc phòng tặng", "Quân khu 4" of "Tư lệnh Quân khu 4 tặng"."""
    sc = _Scanner(text, len(text) if end is None else end, False)
    first = sc.syllable(sc.skip(start))
    if not first or not _capitalized(first.group()):
        return None
    found = sc.org_name(start, start)
    return found[0] if found and found[1] is None else None


def place_end(text: str, start: int) -> int | None:
    """End of a known place name at start ("Hòn Đất" of "UBND huyện Hòn Đất"), else None."""
    sc = _Scanner(text, len(text), False)
    at = sc.skip(start)
    if at == start:
        return None
    end = sc.place_name(at)
    return end if end and lexicon.is_place_name(squash(text[at:end])) else None


@dataclass(frozen=True)
class Ranked:
    rank: str  # "thứ Nhất", "hạng Nhì"
    start: int  # span of the rank phrase ("xếp thứ Nhất")
    end: int
    units: list[UnitItem]  # who holds it


def ranks(text: str) -> list[Ranked]:
    """The rankings in a sentence: 'huyện A xếp thứ Nhất; huyện B và C xếp thứ Ba'."""
    found = []
    for pattern in _vocab().ranks:
        for m in pattern.finditer(text):
            clause = max(text.rfind(";", 0, m.start()), text.rfind(":", 0, m.start())) + 1
            found.append(Ranked(squash(m.group("rank")), m.start(), m.end(), units_before(text, m.start(), clause)))
    return sorted(found, key=lambda r: r.start)
