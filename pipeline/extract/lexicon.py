"""Compiled vocabulary shared by the extractors, loaded once from `patterns/`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.core import gazetteer, patterns
from pipeline.core.patterns import boundary_regex
from pipeline.core.text import match_key


@dataclass(frozen=True)
class Titles:
    role: re.Pattern[str]  # a role at the start of a title
    title_word: re.Pattern[str]  # a lower-case word or a department name that continues a title
    honorific: re.Pattern[str]
    org_head: re.Pattern[str]  # an organisation that continues a title after a comma
    joiner: re.Pattern[str]  # between two titles of one person: " kiêm "
    post: re.Pattern[str]  # a role, or a post in an emulation cluster ("Khối trưởng"): a person's titles
    not_a_role: re.Pattern[str]  # a body whose name holds a role word: "Ban Bí thư"
    remit: re.Pattern[str]  # "về phòng, chống AIDS, ma túy, mại dâm": also a title word; its "về" is no verb


def _roles(entries: list[patterns.Entry]) -> str:
    """Abbreviations must match in their case ("TUV", never "tuv"); full roles in any case. One
    alternation, longest first, so "Trưởng đoàn Đại biểu Quốc hội" wins over the case-exact "Trưởng"."""
    return patterns.mixed_case_regex({(t, e.case_sensitive) for e in entries for t in e.terms})


def _remits(file: patterns.PatternFile) -> str:
    """"(về) phòng, chống X, Y và (phòng, chống) Z": what a committee works against, commas and all."""
    things = boundary_regex(file.terms("remits_against"))
    against = r"phòng\s*,?\s*chống\s+"
    return rf"(?:về\s+)?{against}{things}(?:(?:\s*,\s*|\s+và\s+(?:{against})?){things})*"


@lru_cache(maxsize=1)
def titles() -> Titles:
    file = patterns.load("titles")
    roles = file.section("roles")
    prefix = boundary_regex(file.terms("role_prefixes"))
    # "quyền" of "thừa ủy quyền Chủ tịch nước" is no acting title
    role = re.compile(rf"(?:(?<!ủy\s)(?<!uỷ\s){prefix}\s+)?(?:{_roles(roles)})")
    post = re.compile(rf"(?:(?<!ủy\s)(?<!uỷ\s){prefix}\s+)?(?:{_roles(roles + file.section('cluster_posts'))})")
    words = [t for e in file.section("title_words") for t in e.terms] + file.terms("bodies")
    honor = file.section("honorifics")
    honorific = re.compile(
        rf"(?:{boundary_regex([t for e in honor if e.case_sensitive for t in e.terms])})"
        rf"|(?:{boundary_regex([t for e in honor if not e.case_sensitive for t in e.terms])})"
    )
    org_head = re.compile(boundary_regex(file.terms("org_heads")))
    joiner = re.compile(rf"\s+(?:{boundary_regex(file.terms('title_joiners'))})\s+")
    remit = re.compile(_remits(file), re.IGNORECASE)
    title_word = re.compile(rf"{remit.pattern}|{boundary_regex(words)}", re.IGNORECASE)
    not_a_role = re.compile(boundary_regex(file.terms("bodies_named_by_a_role")))
    return Titles(role, title_word, honorific, org_head, joiner, post, not_a_role, remit)


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    return frozenset(patterns.load("names").terms("surnames"))


@lru_cache(maxsize=1)
def not_officials() -> frozenset[str]:
    return frozenset(match_key(t) for t in patterns.load("names").terms("not_officials"))


@lru_cache(maxsize=1)
def _other_places() -> frozenset[str]:
    return frozenset(match_key(t) for t in patterns.load("names").terms("other_places"))


@lru_cache(maxsize=4096)
def is_place_name(text: str) -> bool:
    """A province or district name (pre-2025), or the country: 'Nam Định', 'Lý Nhân', 'Hưng Hà', 'Việt Nam'."""
    return gazetteer.is_place(text) or match_key(text) in _other_places()


@lru_cache(maxsize=4096)
def place_levels(text: str) -> frozenset[str]:
    """The levels a place name has in the gazetteer: 'Đồng Tháp' -> {'province'}, 'Krông Pắc' -> {'district'}."""
    return frozenset(u.level for u in gazetteer.lookup(text))


@lru_cache(maxsize=1)
def posts_elsewhere() -> re.Pattern[str]:
    """A post abroad or in another city ("Đại sứ", "Cơ quan đại diện"): "tại <place>" stays in its title."""
    return re.compile(boundary_regex(patterns.load("titles").terms("posts_elsewhere")))


@lru_cache(maxsize=1)
def in_charge_of() -> re.Pattern[str]:
    """"phụ trách " inside a title, before the body a deputy runs."""
    return re.compile(rf"(?:{boundary_regex(patterns.load('titles').terms('in_charge_of'))})\s+")


@lru_cache(maxsize=1)
def name_separator() -> re.Pattern[str]:
    """What stands between a name and its titles: a comma, a dash or a bracket, perhaps with a bridge
    ("Lê Văn A, hiện là Phó Tư lệnh ...")."""
    bridges = boundary_regex(patterns.load("titles").terms("title_bridges"))
    return re.compile(rf"\s*[,\-–—(]\s*(?:(?:{bridges})\s+)?")


@lru_cache(maxsize=1)
def after_name_separator() -> re.Pattern[str]:
    """The same separator ending a text, a letter (the name's last) before it."""
    bridges = boundary_regex(patterns.load("titles").terms("title_bridges"))
    return re.compile(rf"[^\W\d_]\s*[,\-–—(]\s*(?:(?:{bridges})\s+)?$")


@lru_cache(maxsize=1)
def not_a_holder_before() -> re.Pattern[str]:
    """Words ending right before a role that make it an authority, not the title of the person named next.
    A comma right after them ends the phrase: in "Thừa ủy quyền, Phó Bí thư Tỉnh ủy Lê Văn A trao ..."
    the authority goes unnamed and the title is the presenter's."""
    return re.compile(rf"(?:{boundary_regex(patterns.load('titles').terms('not_a_holder_before'))})[\s:]*$", re.IGNORECASE)


def _ending_with(section: str) -> re.Pattern[str]:
    terms = [t for e in patterns.load("names").section("place_words") if e.id == section for t in e.terms]
    return re.compile(rf"(?:{boundary_regex(terms)})\s*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def admin_words() -> re.Pattern[str]:
    """An administrative level at the end of a text ("... xã "): a unit name may follow."""
    return _ending_with("administrative")


@lru_cache(maxsize=1)
def site_words() -> re.Pattern[str]:
    """A street, school or site word at the end of a text ("... đường "): a place name follows."""
    return _ending_with("streets_and_sites")


@lru_cache(maxsize=8192)
def is_unit_name(text: str) -> bool:
    """A province, district or commune/ward name (pre-2025): 'Y Tý', 'Hòa Xuân Tây'."""
    return gazetteer.is_place(text) or gazetteer.is_commune(text)


@lru_cache(maxsize=1)
def rank_before() -> re.Pattern[str]:
    """A military rank ending right where a name would start: "Đại tá ", "chuẩn Đô đốc "."""
    ranks = [t for e in patterns.load("titles").section("roles") if e.id == "ranks" for t in e.terms]
    return re.compile(rf"(?:{boundary_regex(ranks)})\s*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def honorific_before() -> re.Pattern[str]:
    """An honorific ending right where a name would start: "ông ", "đồng chí: "."""
    return re.compile(rf"(?:{titles().honorific.pattern})[\s:]*$")
