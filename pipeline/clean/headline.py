"""Is a line the headline, the lead paragraph or a photo caption? Vocabulary in `patterns/headlines.yaml`.

Stored pages and plain-text archives often start without their headline: with the lead paragraph
("(Baonghean.vn) - Thủ tướng Chính phủ vừa ban hành ..."), a date line or a photo caption. A
headline is a short line that has none of the shapes of a lead or a caption.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.core import patterns
from pipeline.core.dates import find_dates

# The longest headline in the project's annotated sets has 31 words; a line this long is prose.
_HEADLINE_MAX_WORDS = 40
# A lead paragraph is a sentence: an outlet credit before a few words is a tag line, not a lead.
_LEAD_MIN_WORDS = 8
# A lead opens with its date ("Chiều 3/10, ...", "Ngày 15-10, ...") within this many characters...
_LEAD_DATE_WITHIN = 30
# ...and a comma follows the date within this many characters (a headline has no comma there).
_LEAD_DATE_COMMA_WITHIN = 12
# A full stop, then a capital: a second sentence on the line.
_SECOND_SENTENCE = re.compile(r"[.!?…]\s+[A-ZĐÀ-Ỹ“\"]")
_SENTENCE_END = ".:;"


@lru_cache(maxsize=1)
def _vocab() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    file = patterns.load("headlines")
    return (file.any_of("lead_credits"), file.any_of("lead_openers"), file.regex("lead_aspect_words"),
            file.any_of("captions"))


def is_lead(line: str) -> bool:
    """The line reads as the lead paragraph (or any body sentence), not a headline.

    >>> is_lead("(Baonghean.vn) - Thủ tướng Chính phủ vừa ban hành Quyết định tặng Cờ thi đua cho Báo Nghệ An.")
    True
    >>> is_lead("Chiều 15-3, tại thành phố Pleiku, Cụm thi đua Tây Nguyên tổ chức ký kết giao ước thi đua năm 2018.")
    True
    >>> is_lead("UBND huyện vừa tổ chức hội nghị tổng kết phong trào thi đua năm 2021 và phát động thi đua năm 2022.")
    True
    >>> is_lead("Cụm thi đua các huyện tổ chức hội nghị tổng kết phong trào thi đua năm 2019, triển khai nhiệm vụ năm 2020.")
    False
    >>> is_lead("Khối thi đua các cơ quan Đảng ký kết giao ước thi đua năm 2020")
    False
    """
    credits, openers, aspect, _ = _vocab()
    words = line.split()
    if len(words) > _HEADLINE_MAX_WORDS:
        return True
    if len(words) >= _LEAD_MIN_WORDS and credits.match(line):
        return True
    if openers.match(line) or _opens_with_date(line) or _SECOND_SENTENCE.search(line):
        return True
    return line.rstrip()[-1:] in _SENTENCE_END and not line.rstrip().endswith("..") and bool(aspect.search(line))


def _opens_with_date(line: str) -> bool:
    """ "Chiều 3/10, Công đoàn ngành ...", "Sáng 10.12, ...", "Trong 2 ngày 15 và 16-9, ..." """
    for found in find_dates(line):
        if found.start > _LEAD_DATE_WITHIN:
            break
        if "," in line[found.end : found.end + _LEAD_DATE_COMMA_WITHIN]:
            return True
    return False


def is_caption(line: str) -> bool:
    """A photo caption: a photo credit, or where the people in the photo stand.

    >>> is_caption("Thượng tá Lê Văn An, Phó Chính ủy (giữa) trao giấy khen cho các đơn vị")
    True
    >>> is_caption("Công an tỉnh được đề nghị tặng danh hiệu Anh hùng. Ảnh: Công an tỉnh")
    True
    >>> is_caption("Khối thi đua các sở tổng kết năm 2023")
    False
    """
    return bool(_vocab()[3].search(line))
