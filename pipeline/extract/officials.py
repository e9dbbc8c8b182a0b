"""Officials: people named with their titles, title before or after the name.

    "Đồng chí Hà Lan Anh, TUV, Phó Chủ tịch UBND tỉnh"        name, then titles
    "Nguyễn Văn Trường- Huyện ủy viên- Phó Chủ tịch UBND Huyện"  dashes between titles
    "đồng chí Phó Chủ tịch UBND tỉnh Nguyễn Văn Phong"          titles, then name
    "đồng chí Phó Bí thư Thường trực Tỉnh ủy"                   title only: a later mention
    "Phó Chủ tịch UBND tỉnh - Hoàng Văn An"                     the holder after a dash
    "Đồng chí Lê Văn A Phó trưởng Ban ..."                      no separator after an announced name
    "Lê Văn A, hiện là Phó Tư lệnh Quân khu 7"                  a bridge between name and title
    "..., Chủ tịch Ủy ban MTTQ tỉnh (Cụm trưởng Cụm thi đua ...)"  a post in brackets after another

A title is a role from `patterns/titles.yaml` continued by the body it belongs to:
capitalized words, abbreviations, numbers, department names (commas included), lower-case
title words, and dashes or "và" between capitalized words; a bracketed abbreviation inside a
body ("Mặt trận Tổ quốc (UBTƯ MTTQ) Việt Nam"), the body a post belongs to ("của Quốc hội"),
the body a deputy runs ("phụ trách Phòng Nội vụ") and the place of a post abroad ("Đại sứ Việt
Nam tại Lào"). A name is a run of capitalized syllables that is not a place: it starts with a known surname, or stands right after an
honorific or a rank ("ông Danh Hoàng Sơn", "đồng chí A Khoa", "ngài Denny Abdi", "Đại tá Phăn
Sỉ Xòn My Xay"), or underthesea's NER calls it a person.
Title-only mentions after a singular "đồng chí" are linked to the official whose title they repeat.
Cluster posts ("..., Khối trưởng", "chủ tịch UBND xã X cụm trưởng") are titles too. An office someone
acts for ("thừa ủy quyền của Chủ tịch nước, ...") is not the presenter's title; named right after its
title ("thay mặt Chủ tịch nước Lương Cường"), that authority is an official of its own.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from functools import cached_property

from pipeline.core.text import is_capitalized, match_key, squash
from pipeline.core.types import Evidence, Official
from pipeline.extract import lexicon, units
from pipeline.nlp import Analysis, Token

_SEPARATOR = re.compile(r"\s*[,\-–—]\s*")
_COMMA = re.compile(r"\s*,\s*")
_VOWEL = re.compile(r"[aeiouyAEIOUY]")  # on the decomposed (NFD) text: every Vietnamese syllable has one
_AND = re.compile(r"\s+và\s+")
# Between two titles of one person a separator may be missing: "chủ tịch UBND xã Tân Hòa cụm trưởng".
_NO_SEPARATOR = re.compile(r"\s+")
# A number continues a title after a cluster's word, "số", a term of office or a numbered urban
# district or ward: "cụm trưởng cụm thi đua 2", "Đại biểu Quốc hội khóa XV", "Hội khuyến học quận 5".
_NUMBERED = re.compile(r"(?:cụm|khối|số|thi đua|khóa|khoá|quận|phường)\s*$", re.IGNORECASE)
_NAME_SYLLABLE = re.compile(r"^[^\W\d_](?:[^\W\d_]|['’](?=[^\W\d_]))*$")
_NUMBER = re.compile(r"^(?:\d+|[IVX]+)$")
_ABBREVIATION = re.compile(r"[A-ZĐ]{1,3}")
_TITLE_PUNCT = re.compile(r"[-–—,.]")
# Bodies whose names are often people's or places' names: what follows them is no holder.
_NAMED_BODY = re.compile(r"(?:Công\s+ty|TNHH|Tập\s+đoàn|Doanh\s+nghiệp|Hợp\s+tác\s+xã|HTX|Nhà\s+máy|Xí\s+nghiệp"
                         r"|Trường|THCS|THPT|Bệnh\s+viện|Chi\s+nhánh)")
# A singular honorific right before a title-only mention marks a reference to one person.
_SINGULAR_HONORIFIC = re.compile(r"(?:^|[^\w])(?<!các )(?<!Các )(?:đồng chí|Đồng chí|đ/c|Đ/c)\s*$")
# How many syllables a Vietnamese personal name has ("A Khoa" .. "Pi Năng Thanh Bình").
_NAME_MIN, _NAME_MAX = 2, 4
_CONTEXT_NAME_MAX = 5  # after an honorific, longer ethnic-minority names occur
_BRACKETED_BODY_CHARS = 60  # "(Sở Nội vụ)", "(Bộ Công an)": short; a longer bracket is an aside
# An abbreviation in brackets inside a body's name: "Ủy ban Trung ương Mặt trận Tổ quốc (UBTƯ MTTQ) Việt Nam".
_BRACKETED_ABBREVIATION = re.compile(r"\(\s*[^\W\d_]+(?:[\s.&-]+[^\W\d_]+){0,3}\s*\)")
# A title in brackets after another: "Chủ tịch Ủy ban MTTQ tỉnh (Cụm trưởng Cụm thi đua ...)".
_OPEN_BRACKET = re.compile(r"\s*\(\s*")


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
        self.lex = lexicon.titles()
        # roles and cluster posts; not the role word inside a body's name ("Ban Bí thư Trung ương Đoàn")
        bodies = [m.span() for m in self.lex.not_a_role.finditer(self.text)]
        self.role_at = {m.start(): m for m in self.lex.post.finditer(self.text)
                        if not any(a < m.start() < b for a, b in bodies)}
        self._persons: list[tuple[int, int]] | None = None

    @cached_property
    def sylls(self) -> list[Token]:
        """Syllables in sentence-local offsets; read only for a sentence with a role in it (most have none)."""
        return [Token(t.start - self.base, t.end - self.base, t.text) for t in self.analysis.syllables(self.index)]

    @cached_property
    def _starts(self) -> list[int]:
        return [s.start for s in self.sylls]

    @cached_property
    def _name_like(self) -> list[bool | None]:
        return [None] * len(self.sylls)  # filled as the rules ask: name_like runs many times per syllable

    def syll_index(self, offset: int) -> int:
        """The first syllable that starts at or after offset."""
        return bisect_left(self._starts, offset)

    def name_like(self, k: int) -> bool:
        known = self._name_like[k]
        if known is None:
            text = self.sylls[k].text
            known = self._name_like[k] = (bool(_NAME_SYLLABLE.match(text)) and text[0].isupper()
                                          and (len(text) == 1 or not text[1:].isupper()))
        return known

    def run_end(self, k: int) -> int:
        """Index after the run of name-like syllables starting at k (stops at a role)."""
        j = k
        while j < len(self.sylls) and self.name_like(j):
            if j > k and (self.sylls[j].start in self.role_at or self.sylls[j].start - self.sylls[j - 1].end != 1):
                break
            j += 1
        return j

    def span(self, k: int, end: int) -> str:
        return self.text[self.sylls[k].start : self.sylls[end - 1].end]

    def is_place_after_word(self, k: int, end: int) -> bool:
        """After "xã", "huyện", ... a known unit name is a place; after "đường", "Trường", ... always."""
        before = self.text[: self.sylls[k].start]
        if lexicon.site_words().search(before):
            return True
        return bool(lexicon.admin_words().search(before)) and lexicon.is_unit_name(self.span(k, end))

    def after_honorific(self, k: int) -> bool:
        """An honorific or a military rank right before syllable k: a name follows, whatever its origin
        ("ngài Denny Abdi", "Đại tá Phăn Sỉ Xòn My Xay")."""
        before = self.text[: self.sylls[k].start]
        return bool(lexicon.honorific_before().search(before) or lexicon.rank_before().search(before))

    def plausible(self, k: int, end: int) -> bool:
        name = self.span(k, end)
        return not (match_key(name) in lexicon.not_officials() or lexicon.is_place_name(name)
                    or self.is_place_after_word(k, end))

    def name_at(self, k: int) -> int | None:
        """If a surname-led name starts at syllable k, the index after it."""
        if k >= len(self.sylls) or not self.name_like(k) or self.sylls[k].text not in lexicon.surnames():
            return None
        if self.sylls[k].start in self.role_at:
            return None
        end = self.run_end(k)
        if not _NAME_MIN <= end - k <= _NAME_MAX or not self.plausible(k, end):
            return None
        return end

    def name_in_run(self, k: int, use_ner: bool = False) -> tuple[int, int] | None:
        """The name inside a capitalized run starting at k ("Hưng Hà Nguyễn Văn An" -> "Nguyễn Văn An").

        NER is asked only where the position already suggests a name (`use_ner`), since it is slow.
        """
        end = self.run_end(k)
        if end - k > 1 and self.lex.honorific.fullmatch(self.sylls[k].text):
            return self.name_in_run(k + 1, use_ner)  # "Ông Vì Văn Thưởng" at the start of a sentence
        if self.after_honorific(k) and _NAME_MIN <= end - k <= _CONTEXT_NAME_MAX and self.plausible(k, end):
            return k, end
        for start in range(k, end):
            stop = self.name_at(start)
            if stop is None:
                continue
            prefix = self.span(k, start) if start > k else ""
            if not prefix or lexicon.is_place_name(prefix) or self.lex.honorific.fullmatch(prefix):
                return start, stop
        if use_ner and _NAME_MIN <= end - k <= _NAME_MAX and self.plausible(k, end) and self.ner_person(k, end):
            return k, end
        return None

    def ner_person(self, k: int, end: int) -> bool:
        """underthesea's NER tags the run as a person (computed only when a rule needs it)."""
        if self._persons is None:
            self._persons = [(a - self.base, b - self.base) for a, b, label in self.analysis.entities(self.index)
                             if label == "PER"]
        a, b = self.sylls[k].start, self.sylls[end - 1].end
        return any(pa <= a and b <= pb for pa, pb in self._persons)

    def in_capitalized_word(self, k: int) -> bool:
        """Syllable k is capitalized or inside an underthesea word that starts capitalized."""
        if k < 0:
            return False
        if is_capitalized(self.sylls[k].text):
            return True
        covering = self.analysis.word_at(self.index, self.base + self.sylls[k].start)
        if not covering or covering.start >= self.base + self.sylls[k].start:
            return False
        first = covering.text.split()[0]
        # "Nội vụ" continues a title; a word glued to an abbreviation ("PTNT nhận") does not.
        return is_capitalized(first) and not (len(first) > 1 and first.isupper())

    def run_start(self, k: int) -> bool:
        return self.name_like(k) and not (k > 0 and self.name_like(k - 1)
                                          and self.sylls[k].start - self.sylls[k - 1].end == 1)

    def extend_title(self, role_end: int, names: bool = True) -> tuple[int, tuple[int, int] | None]:
        """Where a title that starts with a role ends, and the name that follows it, if any.

        `names` False: the title follows its holder's name, so capitalized runs in it are not
        another person ("Chủ tịch Công đoàn Công ty TNHH Điện tử Vĩnh Thành").
        """
        end = role_end
        address = None  # where the last ", xã ..." of the post's address starts
        k = self.syll_index(role_end)
        while k < len(self.sylls):
            s = self.sylls[k]
            if self.text[end : s.start].strip():
                break
            if s.text == "(" and k + 1 < len(self.sylls) and self.lex.org_head.match(self.text, self.sylls[k + 1].start):
                close = self.text.find(")", s.end, s.end + _BRACKETED_BODY_CHARS)
                if close > 0:  # "Trưởng Ban Thi đua - Khen thưởng (Sở Nội vụ)": the parent body in brackets
                    end, k = close + 1, self.syll_index(close + 1)
                    continue
            if s.text == "(":
                bracket = self._abbreviation_in_body(s.start)
                if bracket is not None:  # "Mặt trận Tổ quốc (UBTƯ MTTQ) Việt Nam": the body's name goes on
                    end, k = bracket, self.syll_index(bracket)
                    continue
            if s.text == "," and k + 1 < len(self.sylls):
                nxt = self.sylls[k + 1].start
                if nxt not in self.role_at and self.address_at(k + 1):
                    address = end
                    end, k = nxt, k + 1  # "Trưởng bản Phiêng Lanh, xã Chiềng Pấc": where the post is
                    continue
                # "Phó Cục trưởng Cục X, Bộ Công an": the parent body after a comma is no part of the title
                break
            if s.text == "." and k + 1 < len(self.sylls) and self._glued_abbreviation(k):
                end, k = self.sylls[k + 1].start, k + 1  # "VP.UBND tỉnh", "UBND TX. Gò Công", "TP.HCM"
                continue
            if s.start in self.role_at:
                break
            if s.text in ("-", "–") and k + 1 < len(self.sylls) and self.sylls[k + 1].start in self.role_at:
                break  # "UVBCH-Phó Chủ tịch": a dash glued to the next title, not part of a body's word
            if s.text == "tại" and self._post_elsewhere(role_end, k):
                end, k = s.end, k + 1  # "Đại sứ Việt Nam tại Lào": the place goes on (below)
                continue
            body = self._in_charge_of(k)
            if body is not None:  # "Phó Trưởng phòng phụ trách Phòng Nội vụ": the body the deputy runs
                end, k = self.sylls[body].end, body + 1
                continue
            remit = self.lex.remit.match(self.text, s.start)
            if remit:  # "Ủy ban Quốc gia về phòng, chống AIDS, ma túy, mại dâm": "về" here is no verb
                end, k = remit.end(), self.syll_index(remit.end())
                continue
            if s.text == "của":  # "Ủy ban Dân tộc của Quốc hội": the body it belongs to (patterns: belongs_to)
                owner = self.lex.title_word.match(self.text, s.start)
                if owner and owner.end() > s.end:
                    end, k = owner.end(), self.syll_index(owner.end())
                    continue
            if not s.text[:1].isupper() and units.verb_at(self.text, s.start):
                break  # "UBND TX. Gò Công nhận Bằng khen": a verb ends the title, whatever word it is in
            word = self.lex.title_word.match(self.text, s.start)
            if word and word.end() > s.end:  # a department name, commas included
                end, k = word.end(), self.syll_index(word.end())
                continue
            if names and self.run_start(k):
                name = self.name_in_run(k)
                if name:  # place words before the name stay in the title: "UBND huyện Hưng Hà Nguyễn Văn An"
                    if name[0] > k:
                        end = self.sylls[name[0] - 1].end
                    return end, name
            if is_capitalized(s.text) and s.text[0].isalpha() or (_NUMBER.match(s.text) and (
                    self.in_capitalized_word(k - 1) or _NUMBERED.search(self.text, 0, s.start))):
                end, k = s.end, k + 1  # "Quân khu 5", "Cụm thi đua số 3"
                continue
            if word:
                end, k = word.end(), self.syll_index(word.end())
                continue
            if self.in_capitalized_word(k):
                end, k = s.end, k + 1  # "Sở Nội vụ": "vụ" belongs to the word "Nội vụ"
                continue
            if s.text.lower() == "số" and k + 1 < len(self.sylls) and _NUMBER.match(self.sylls[k + 1].text):
                end, k = s.end, k + 1  # "phụ trách Cụm thi đua số 5": the number follows (below)
                continue
            # "Ban Quản lý các KCN tỉnh", "Vụ các Trường Chính trị": "các" between two capitalized words
            if s.text == "các" and k + 1 < len(self.sylls) and self.in_capitalized_word(k - 1):
                nxt = self.sylls[k + 1]
                if is_capitalized(nxt.text) and nxt.start not in self.role_at and self.name_at(k + 1) is None:
                    end, k = s.end, k + 1
                    continue
            # A dash inside a body ("Thi đua - Khen thưởng"); "và" only inside known department
            # names, since elsewhere it joins a second recipient ("... UBND tỉnh và Trường THPT ...").
            if s.text in ("-", "–") and k + 1 < len(self.sylls):
                nxt = self.sylls[k + 1]
                stop = self.name_at(k + 1)
                if is_capitalized(nxt.text) and nxt.start not in self.role_at and stop is None:
                    end, k = nxt.end, k + 2
                    continue
                if names and stop is not None:  # "Phó Chủ tịch UBND tỉnh - Hoàng Văn Liên": the holder after a dash
                    return end, (k + 1, stop)
            if s.text == "và" and self._joins_one_name(k):
                end, k = self.sylls[k + 1].end, k + 2  # "Quỹ Bảo vệ và Phát triển rừng", "Ban Đối ngoại và Kiều bào"
                continue
            break
        if address is not None and not self.analysis.text[self.base + end :].strip():
            return address, None  # "..., huyện Tho" at the end of a cut page: the address is incomplete
        return end, None

    def _post_elsewhere(self, role_end: int, k: int) -> bool:
        """"tại" at syllable k inside a post abroad or in another city, a capitalized place after it."""
        if k + 1 >= len(self.sylls):
            return False
        role_start = min((pos for pos, m in self.role_at.items() if m.end() == role_end), default=role_end)
        if not lexicon.posts_elsewhere().search(self.text, role_start, self.sylls[k].start):
            return False
        nxt = self.sylls[k + 1]
        return is_capitalized(nxt.text) and nxt.start not in self.role_at and self.name_at(k + 1) is None

    def _in_charge_of(self, k: int) -> int | None:
        """The capitalized body after "phụ trách" at syllable k (its first syllable), if it is no post and no person."""
        m = lexicon.in_charge_of().match(self.text, self.sylls[k].start)
        if not m:
            return None
        body = self.syll_index(m.end())
        if body >= len(self.sylls) or not is_capitalized(self.sylls[body].text):
            return None
        return body if self.sylls[body].start not in self.role_at and self.name_at(body) is None else None

    def _joins_one_name(self, k: int) -> bool:
        """"và" at syllable k joins two words of one body's name ("Quỹ Bảo vệ và Phát triển rừng"): title-case
        words on both sides, and what follows is no second body ("UBND tỉnh và Trường THPT ..."), no post,
        no person and no place ("UBND tỉnh Hà Nam và Ninh Bình")."""
        if k == 0 or k + 1 >= len(self.sylls):
            return False
        prev, nxt = self.sylls[k - 1], self.sylls[k + 1]
        if prev.text.isupper() or not self.in_capitalized_word(k - 1):
            return False
        if not (is_capitalized(nxt.text) and not nxt.text.isupper()) or nxt.start in self.role_at:
            return False
        if self.lex.org_head.match(self.text, nxt.start) or self.name_at(k + 1) is not None:
            return False
        return not lexicon.is_place_name(self.span(k + 1, self.run_end(k + 1)))

    def _abbreviation_in_body(self, at: int) -> int | None:
        """Where a bracketed abbreviation inside a body's name ends ("(UBTƯ MTTQ)"), when the name goes on
        after it with a capitalized word; None for an abbreviation that ends the title ("Ủy ban nhân dân (UBND)")."""
        m = _BRACKETED_ABBREVIATION.match(self.text, at)
        if not m or not all(w.isupper() for w in re.findall(r"[^\W\d_]+", m.group())):
            return None
        k = self.syll_index(m.end())
        if k < len(self.sylls) and self.sylls[k].start - m.end() == 1 and is_capitalized(self.sylls[k].text) \
                and self.sylls[k].start not in self.role_at:
            return m.end()
        return None

    def _glued_abbreviation(self, k: int) -> bool:
        """A dot that ends a short abbreviation inside a body ("VP.UBND", "TX. Gò Công", "T.Ư"), with a
        capital after it - not the end of the sentence."""
        before = self.sylls[k - 1].text if k > 0 else ""
        after = self.sylls[k + 1]
        return (bool(_ABBREVIATION.fullmatch(before)) and self.sylls[k].start == self.sylls[k - 1].end
                and after.text[:1].isupper() and after.start - self.sylls[k].end <= 1)

    def address_at(self, k: int) -> bool:
        """An administrative level and a name: "xã Chiềng Pấc", "huyện Thuận Châu"."""
        word = self.lex.title_word.match(self.text, self.sylls[k].start)
        if not word or not lexicon.admin_words().search(word.group() + " "):
            return False
        nxt = self.syll_index(word.end())
        return nxt < len(self.sylls) and self.name_like(nxt)

    def chain(self, start: int, names: bool = True) -> tuple[list[_Title], tuple[int, int] | None]:
        """Titles from `start`, joined by commas, dashes or "kiêm", and the name that ends the chain."""
        titles: list[_Title] = []
        pos = start
        bracketed = False
        while pos in self.role_at:
            role = self.role_at[pos]
            end, name = self.extend_title(role.end(), names)
            titles.append(_Title(pos, end))
            if name is not None:
                return titles, name
            after = end + 1 if bracketed and self.text[end : end + 1] == ")" else end
            sep = _SEPARATOR.match(self.text, after) or self.lex.joiner.match(self.text, after)
            # "..., Chủ tịch Ủy ban MTTQ tỉnh (Cụm trưởng Cụm thi đua ...)": a post in brackets
            gap = end + 1 if self.text[end : end + 1] == " " else end
            bracketed = sep is None and after == end and self.text.startswith("(", gap)
            if bracketed:
                sep = _OPEN_BRACKET.match(self.text, end)
            elif sep is None:
                sep = _NO_SEPARATOR.match(self.text, after)
            if not sep or sep.end() not in self.role_at:
                break
            pos = sep.end()
        return titles, None

    def separator_after(self, name_start: int, name_end: int) -> re.Match[str] | None:
        """What stands between a name and its titles: a comma, a dash or a bracket - or only a space
        when an honorific or a rank announces the name ("Đồng chí Lê Văn A Phó trưởng Ban ...")."""
        at = self.sylls[name_end - 1].end
        sep = lexicon.name_separator().match(self.text, at)
        if sep is None and self.after_honorific(name_start):
            sep = _NO_SEPARATOR.match(self.text, at)
        return sep

    def titles_after(self, name_start: int, name_end: int) -> tuple[list[_Title], int]:
        """Titles that follow a name after a comma, a dash or a bracket ("Nguyễn Văn A, Giám đốc Sở ...",
        "Y Khuê Byă (Giám đốc Sở Nội vụ)"), and where the mention ends (after a closing bracket)."""
        sep = self.separator_after(name_start, name_end)
        if not sep or sep.end() not in self.role_at:
            return [], self.sylls[name_end - 1].end
        # "Tổng Bí thư Tô Lâm, Chủ tịch nước Lương Cường": a title that ends in another name is that person's
        if "," in sep.group() and self.holder_after(sep.end()):
            return [], self.sylls[name_end - 1].end
        titles = self.chain(sep.end(), names=False)[0]
        end = titles[-1].end
        if "(" in sep.group() and self.text[end : end + 1] == ")":
            end += 1
        return titles, end

    def holder_after(self, pos: int) -> bool:
        """Whether the titles from pos end in a name of their own ("Chủ tịch nước Lương Cường") - not a
        company's or a school's name ("Công ty TNHH Điện tử Vĩnh Thành")."""
        titles, name = self.chain(pos, names=True)
        if name is None:
            return False
        body = self.text[pos : self.sylls[name[0]].start]
        return not _NAMED_BODY.search(body)

    def follows_a_name(self, pos: int) -> bool:
        """A role right after "<name>, " or "<name> (": the titles of that name, read name first."""
        before = self.text[:pos]
        sep = lexicon.after_name_separator().search(before)
        glued = sep is None  # "Đồng chí Lê Văn A Phó trưởng Ban ...": only after an honorific (below)
        if glued:
            sep = re.search(r"[^\W\d_]\s+$", before)
        if not sep:
            return False
        if "," in sep.group() and self.holder_after(pos):
            return False  # "..., Chủ tịch nước Lương Cường": a title with its own holder after it
        k = self.syll_index(sep.start()) if self.sylls else 0
        while k > 0 and self.sylls[k].start > sep.start():
            k -= 1
        start = k
        while start > 0 and self.name_like(start - 1) and self.sylls[start].start - self.sylls[start - 1].end == 1:
            start -= 1
        found = self.name_in_run(start) if self.name_like(start) else None
        return (bool(found) and self.sylls[found[1] - 1].start <= sep.start() < self.sylls[found[1] - 1].end
                and (not glued or self.after_honorific(found[0])))


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
        if not sent.role_at:
            continue  # no title in the sentence: nobody to record in it
        named = _titles_then_name(sent, found, pending_refs)
        _name_then_titles(sent, found, named)
    _link_title_only(found, pending_refs)
    return sorted(found.values(), key=lambda o: o.evidence.start)


def _titles_then_name(sent: _Sentence, found, pending_refs) -> set[int]:
    """"Phó Chủ tịch UBND tỉnh Lê Văn Hải, Chủ tịch Hội đồng ..." (and title-only mentions)."""
    consumed: set[int] = set()
    named: set[int] = set()
    authorities: set[int] = set()  # "thừa ủy quyền của Chủ tịch nước và Thủ tướng Chính phủ": both
    for pos in sorted(sent.role_at):
        if pos in consumed or sent.follows_a_name(pos):
            continue
        if pos in authorities or lexicon.not_a_holder_before().search(sent.text, 0, pos):
            # "thừa ủy quyền của Chủ tịch nước, ...": an authority, not the title of the person named next;
            # named right after its title ("thay mặt Chủ tịch nước Lương Cường"), the authority is an official
            end, name = sent.extend_title(sent.role_at[pos].end())
            consumed.add(pos)
            joined = _AND.match(sent.text, end)
            if name is None and joined and joined.end() in sent.role_at:
                authorities.add(joined.end())
            if name is not None:
                named.add(name[0])
                _record(found, sent, name[0], name[1], [_Title(pos, end)], pos, sent.sylls[name[1] - 1].end,
                        "named_authority")
            continue
        titles, name = sent.chain(pos)
        consumed.update(t.start for t in titles)
        if name is not None:
            name_k, name_end = name
            more, end = sent.titles_after(name_k, name_end)
            consumed.update(t.start for t in more)
            named.add(name_k)
            _record(found, sent, name_k, name_end, titles + more, pos, end, "titles_then_name")
        elif _SINGULAR_HONORIFIC.search(sent.text[max(0, pos - 12) : pos]):
            pending_refs.append((sent, titles))
    return named


def _name_then_titles(sent: _Sentence, found, named: set[int]) -> None:
    """"Nguyễn Văn A, Giám đốc Sở Nội vụ, Phó Chủ tịch ..." and "A- Huyện ủy viên- Phó Chủ tịch ..."."""
    k = 0
    while k < len(sent.sylls):
        if not sent.run_start(k):
            k += 1
            continue
        run_end = sent.run_end(k)
        at = sent.sylls[run_end - 1].end
        sep = lexicon.name_separator().match(sent.text, at) or _NO_SEPARATOR.match(sent.text, at)
        if not sep or sep.end() not in sent.role_at:  # no title follows: nobody to record (and no NER to run)
            k = run_end
            continue
        found_name = sent.name_in_run(k, use_ner=True)
        if found_name and found_name[0] not in named:
            name_start, name_end = found_name
            titles, end = sent.titles_after(name_start, name_end)
            if titles:  # the title-first pass may have walked this chain, but found no name in it
                _record(found, sent, name_start, name_end, titles, sent.sylls[name_start].start, end,
                        "name_then_titles")
        k = max(run_end, k + 1)


def _record(found, sent, name_start, name_end, titles, start, end, rule) -> None:
    name = squash(sent.span(name_start, name_end))
    if _cut_short(sent, name_end):
        return  # "... Đại tướng Lương Tam Q" at the end of a cut page: the name is incomplete
    key = match_key(name)
    evidence = _evidence(sent, start, end, rule)
    if key in found:
        # a later mention may give more titles: "Bí thư Tỉnh ủy" first, then "Ủy viên Ban Chấp hành
        # Trung ương Đảng, Bí thư Tỉnh ủy An Giang Lê Hồng Quang"
        official = found[key]
        official.mentions.append(evidence)
        texts = _title_texts(sent, titles)
        # A title written out in full ("Bí thư Tỉnh ủy An Giang" after "Bí thư Tỉnh ủy") counts as a title
        # of its own only in a mention that also brings a new title; a mention that repeats the known
        # titles with a place added ("..., Phó Chủ tịch UBND huyện Hưng Hà") restates them.
        brings_new = any(not any(_same_title(t, known) or _same_title(known, t) for known in official.titles)
                         for t in texts)
        official.titles += [t for t in texts if not any(
            _same_title(t, known) if brings_new else _same_title(t, known) or _same_title(known, t)
            for known in official.titles)]
        return
    found[key] = Official(name=name, titles=_title_texts(sent, titles), surface=evidence.span_text, evidence=evidence)


def _title_key(title: str) -> str:
    return " ".join(_TITLE_PUNCT.sub(" ", match_key(title)).split())


def _same_title(new: str, known: str) -> bool:
    """One title spelled twice ("Thi đua - Khen thưởng" / "Thi đua khen thưởng"), or a later mention that
    shortens a known title ("Thứ trưởng" after "Thứ trưởng Bộ Nội vụ")."""
    x, y = _title_key(new), _title_key(known)
    return x == y or y.startswith(x + " ")


def _cut_short(sent: _Sentence, name_end: int) -> bool:
    """A name whose last syllable ends the text and is one letter or has no vowel ("Lương Tam Q",
    "Đặng Th"): the page was cut inside it."""
    last = sent.sylls[name_end - 1]
    at_end = last.end >= len(sent.analysis.text) - sent.base
    return at_end and (len(last.text) == 1 or not _VOWEL.search(unicodedata.normalize("NFD", last.text)))


def _link_title_only(found: dict[str, Official], refs) -> None:
    """'đồng chí Phó Bí thư Thường trực Tỉnh ủy' -> the official who holds that title."""
    for sent, titles in refs:
        wanted = [match_key(t) for t in _title_texts(sent, titles)]
        for official in found.values():
            held = [match_key(t) for t in official.titles]
            if all(any(w in h or h in w for h in held) for w in wanted):
                official.mentions.append(_evidence(sent, titles[0].start, titles[-1].end, "title_only_reference"))
                break
