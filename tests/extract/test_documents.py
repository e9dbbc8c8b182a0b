"""Documents: refs, kinds, dates and issuers of the numbered texts an article cites."""

from __future__ import annotations

import json

import pytest

from pipeline.core import patterns
from pipeline.extract.documents import extract_documents
from tests.helpers import SEED_GOLD, analyse_seed, analyse_text

# A second sentence so that every body is a realistic paragraph (bodies under 80 characters are no article).
_TAIL = " Các cơ quan, đơn vị trong tỉnh cam kết hoàn thành tốt các chỉ tiêu thi đua đã đăng ký trong năm."


def _documents(body: str):
    analysis = analyse_text(body + _TAIL)
    found = extract_documents(analysis)
    for d in found:
        ev = d.evidence
        assert analysis.text[ev.start : ev.end] == ev.span_text
        assert d.ref in ev.span_text.replace(" ", "")
    return [(d.ref, d.kind, d.date, d.issuer) for d in found]


CASES = [
    ("so_colon", "Thực hiện Kế hoạch số: 45/KH-UBND ngày 12/3/2024 của UBND tỉnh, các huyện đã tổ chức ký kết giao ước thi đua.",
     [("45/KH-UBND", "Kế hoạch", "2024-03-12", "UBND tỉnh")]),
    ("so", "Chủ tịch UBND tỉnh ký Quyết định số 1092/QĐ-UBND ngày 05/6/2023 tặng Cờ thi đua cho 12 tập thể.",
     [("1092/QĐ-UBND", "Quyết định", "2023-06-05", "Chủ tịch UBND tỉnh")]),
    ("party_codes_no_so", "Các cấp ủy tiếp tục thực hiện Chỉ thị 34-CT/TW ngày 7-4-2014 của Bộ Chính trị và Kết luận số 83-KL/TW ngày 28/7/2020 của Bộ Chính trị.",
     [("34-CT/TW", "Chỉ thị", "2014-04-07", "Bộ Chính trị"), ("83-KL/TW", "Kết luận", "2020-07-28", "Bộ Chính trị")]),
    ("law_and_decree", "Luật Thi đua, khen thưởng số 06/2022/QH15 và Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ có hiệu lực từ ngày 01/01/2024.",
     [("06/2022/QH15", "Luật", None, None), ("98/2023/NĐ-CP", "Nghị định", "2023-12-31", "Chính phủ")]),
    ("resolution_of_the_assembly", "Nghị quyết số 202/2025/QH15 của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh có hiệu lực từ ngày 12/6/2025.",
     [("202/2025/QH15", "Nghị quyết", None, "Quốc hội")]),
    ("generic_word_kind_from_code", "Căn cứ văn bản số 1025/HD-HĐTĐKT ngày 12/01/2018 của Hội đồng Thi đua - Khen thưởng tỉnh, các đơn vị thống nhất nội dung giao ước.",
     [("1025/HD-HĐTĐKT", "Hướng dẫn", "2018-01-12", "Hội đồng Thi đua - Khen thưởng tỉnh")]),
    ("letter", "Sở Nội vụ có công văn số 2145/SNV-TĐKT ngày 3/10/2023 hướng dẫn bình xét khen thưởng cuối năm.",
     [("2145/SNV-TĐKT", "Công văn", "2023-10-03", "Sở Nội vụ")]),
    ("date_in_words", "UBND tỉnh đã ban hành Quyết định số 1234/QĐ-UBND ngày 15 tháng 12 năm 2023 tặng Bằng khen cho 30 cá nhân.",
     [("1234/QĐ-UBND", "Quyết định", "2023-12-15", "UBND tỉnh")]),
    ("space_in_ref", "Theo Hướng dẫn số 12 /HD-BTĐKT ngày 05/01/2024, các tỉnh trong Cụm tổ chức ký giao ước thi đua năm 2024.",
     [("12/HD-BTĐKT", "Hướng dẫn", "2024-01-05", None)]),
    ("subject_of_the_verb", "Thủ tướng Chính phủ đã ký Quyết định số 256/QĐ-TTg ngày 5-3-2024 tặng Cờ thi đua của Chính phủ cho xã Mỹ An.",
     [("256/QĐ-TTg", "Quyết định", "2024-03-05", "Thủ tướng Chính phủ")]),
    ("subject_after_a_verb", "Ban Tổ chức Tỉnh ủy tham mưu Tỉnh ủy ban hành Nghị quyết số 15-NQ/TU ngày 20/11/2019 về công tác chuẩn bị Đại hội.",
     [("15-NQ/TU", "Nghị quyết", "2019-11-20", "Tỉnh ủy")]),
    ("agent_of_a_coordinated_verb", "Phong trào thi đua “Cải cách hành chính” đã được UBND tỉnh phát động ngày 4/6/2021 và ban hành văn bản số 120/KH-UBND ngày 10/6/2021 về việc tổ chức thực hiện.",
     [("120/KH-UBND", "Kế hoạch", "2021-06-10", "UBND tỉnh")]),
    ("issuer_stops_at_comma", "Theo Quyết định số 3725/QĐ-UBND ngày 10/11/2017 của UBND tỉnh, Khối thi đua các doanh nghiệp gồm 9 đơn vị.",
     [("3725/QĐ-UBND", "Quyết định", "2017-11-10", "UBND tỉnh")]),
    ("issuer_stops_at_verb", "Các học viên được hướng dẫn Quyết định số 12/2024/QĐ-UBND ngày 05/3/2024 của UBND tỉnh ban hành Quy chế thi đua, khen thưởng.",
     [("12/2024/QĐ-UBND", "Quyết định", "2024-03-05", "UBND tỉnh")]),
    ("party_notice", "Ban Thường vụ Tỉnh ủy ban hành Thông tri số 05-TT/TU về lãnh đạo tổ chức Đại hội thi đua yêu nước các cấp.",
     [("05-TT/TU", "Thông tri", None, "Ban Thường vụ Tỉnh ủy")]),
    ("programme", "Theo Chương trình số 12-CTr/TU, các cấp ủy triển khai các nhiệm vụ trọng tâm năm 2024.",
     [("12-CTr/TU", "Chương trình", None, None)]),
]


@pytest.mark.parametrize("body,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_documents(body, expected):
    assert _documents(body) == expected


NOT_DOCUMENTS = [
    ("ranges_and_figures", "Giai đoạn 2019-2025, tổng giá trị sản xuất đạt 153,274 tỷ đồng, tăng 8,5%; năm 2023 có 1.250 hồ sơ khen thưởng."),
    ("fractions_and_roads", "Nhiệm kỳ 2020-2025, huyện có 5/7 xã đạt chuẩn; quốc lộ 1A đi qua xã, tỷ lệ 95/100 hộ dùng nước sạch."),
    ("dates_and_periods", "Ngày 7-4-2014, kế hoạch 5 năm (2016 - 2020) được thông qua; năm học 2021-2022 có 4.218 học sinh giỏi."),
    ("unnumbered_texts", "Tỉnh thực hiện Đề án 06 của Chính phủ và Luật Thi đua, khen thưởng năm 2022 với nhiều kết quả tích cực."),
]


@pytest.mark.parametrize("body", [c[1] for c in NOT_DOCUMENTS], ids=[c[0] for c in NOT_DOCUMENTS])
def test_not_documents(body):
    assert _documents(body) == []


def test_same_document_twice_is_recorded_once():
    body = ("UBND tỉnh ban hành Quyết định số 1234/QĐ-UBND tặng Cờ thi đua cho 5 tập thể. "
            "Quyết định 1234/QĐ-UBND ngày 15/12/2023 cũng tặng Bằng khen cho 30 cá nhân.")
    assert _documents(body) == [("1234/QĐ-UBND", "Quyết định", "2023-12-15", "UBND tỉnh")]


SEEDS = sorted(p.stem for p in SEED_GOLD.glob("*.json"))


@pytest.mark.parametrize("stem", SEEDS)
def test_seed_gold(stem):
    analysis = analyse_seed(stem)
    found = extract_documents(analysis)
    gold = json.loads((SEED_GOLD / f"{stem}.json").read_text(encoding="utf-8"))["documents"]
    assert [(d.ref, d.kind, d.date, d.issuer) for d in found] == [
        (g["ref"].replace(" ", ""), g["kind"], g["date"], g["issuer"]) for g in gold]
    for d in found:
        assert analysis.text[d.evidence.start : d.evidence.end] == d.evidence.span_text


def test_every_pattern_example_matches_its_entry():
    file = patterns.load("documents")
    missed = [(e.section, e.id, x) for e in file.entries for x in e.examples if not e.search(x)]
    assert missed == []


@pytest.mark.parametrize("entry", patterns.load("documents").section("kinds"), ids=lambda e: e.id)
def test_every_kind_example_is_read_as_that_kind(entry):
    for example in entry.examples:
        found = _documents(example)
        assert found and found[0][1] == entry.label, example


@pytest.mark.parametrize("body, refs", [
    # a bare number after its kind word, with a date or an issuer
    ("UBND tỉnh đề nghị Hội Chữ thập đỏ tỉnh căn cứ công văn số 869 ngày 7-10-2016 của Trung ương Hội triển khai.",
     ["869"]),
    ("Các đơn vị quán triệt Chỉ thị 05 của Bộ Chính trị về học tập và làm theo tư tưởng Hồ Chí Minh.", ["05"]),
    # an issuer's code needs its kind word: a cluster's number is no document
    ("Tại thị xã An Khê, Cụm thi đua số 2-UBND tỉnh Gia Lai tổ chức hội nghị tổng kết năm 2024.", []),
])
def test_more_reference_shapes(body, refs):
    assert [d.ref for d in extract_documents(analyse_text(body))] == refs
