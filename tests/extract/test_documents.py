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
    ("lookalike_eth", "Ngày 21-12-2006, Chủ tịch nước đã ký Quyết định số 1502/2006/QÐ-CTN phong tặng danh hiệu Anh hùng Lao động.",
     [("1502/2006/QĐ-CTN", "Quyết định", "2006-12-21", "Chủ tịch nước")]),
    ("office_after_a_dot", "Ngày 9/3, Ban Thi đua - Khen thưởng Trung ương có Văn bản số 73/BTĐKT-P.2 về việc lấy ý kiến nhân dân; Sở Nội vụ có Công văn số 415/SNV-P.TĐKT.",
     [("73/BTĐKT-P.2", "Văn bản", "2024-03-09", "Ban Thi đua - Khen thưởng Trung ương"), ("415/SNV-P.TĐKT", "Công văn", None, "Sở Nội vụ")]),
    # the date that opens the sentence of the issuing verb is the document's; the year is the article's
    ("opening_date", "HNV - Ngày 12/3, UBND thành phố ban hành Quyết định số 449/QĐ-UBND về việc kiện toàn các cụm thi đua.",
     [("449/QĐ-UBND", "Quyết định", "2024-03-12", "UBND thành phố")]),
    ("opening_date_with_year", "Ngày 9/9/2022, Chủ tịch nước ký ban hành Quyết định số 1020/QĐ-CTN tặng Huân chương Lao động cho 12 tập thể.",
     [("1020/QĐ-CTN", "Quyết định", "2022-09-09", "Chủ tịch nước")]),
    ("date_after_an_occasion", "Nhân dịp kỷ niệm 79 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2023), ngày 20-12, Chủ tịch nước đã ký Quyết định số 1400/QĐ-CTN phong tặng danh hiệu Anh hùng.",
     [("1400/QĐ-CTN", "Quyết định", "2023-12-20", "Chủ tịch nước")]),
    ("opening_date_of_another_verb", "Sáng 14/3, tại hội trường, Sở Nội vụ công bố Quyết định số 88/QĐ-UBND về việc thành lập Cụm thi đua số 5.",
     [("88/QĐ-UBND", "Quyết định", None, None)]),
    # one verb, two documents: the second shares the subject and the date
    ("pair_of_one_verb", "Chủ tịch nước vừa ký Quyết định số 355/QĐ-CTN và Quyết định số 356/QĐ-CTN về việc phong tặng danh hiệu Nghệ nhân ưu tú.",
     [("355/QĐ-CTN", "Quyết định", None, "Chủ tịch nước"), ("356/QĐ-CTN", "Quyết định", None, "Chủ tịch nước")]),
    ("second_verb_without_subject", "Ngày 20-12, Chủ tịch nước đã ký Quyết định số 1510/2006/QĐ-CTN phong tặng danh hiệu Anh hùng cho 9 đơn vị; ký Quyết định số 1511/2006/QĐ-CTN phong tặng danh hiệu cho 2 cá nhân.",
     [("1510/2006/QĐ-CTN", "Quyết định", "2006-12-20", "Chủ tịch nước"), ("1511/2006/QĐ-CTN", "Quyết định", "2006-12-20", "Chủ tịch nước")]),
    ("pair_before_its_date_and_issuer", "Theo Quyết định số 355/QĐ-CTN và Quyết định số 356/QĐ-CTN ngày 9/3/2022 của Chủ tịch nước, 623 nghệ nhân được phong tặng danh hiệu.",
     [("355/QĐ-CTN", "Quyết định", "2022-03-09", "Chủ tịch nước"), ("356/QĐ-CTN", "Quyết định", "2022-03-09", "Chủ tịch nước")]),
    ("pair_of_two_issuers", "Thực hiện Nghị định số 91/2017/NĐ-CP và Thông tư số 12/2019/TT-BNV của Bộ Nội vụ, các sở rà soát hồ sơ.",
     [("91/2017/NĐ-CP", "Nghị định", None, None), ("12/2019/TT-BNV", "Thông tư", None, "Bộ Nội vụ")]),
    ("place_as_subject", "Hưởng ứng phong trào thi đua do Thủ tướng Chính phủ phát động, tỉnh Yên Bái đã ban hành Kế hoạch số 190/KH-UBND về xóa nhà tạm.",
     [("190/KH-UBND", "Kế hoạch", None, "tỉnh Yên Bái")]),
    ("joint_plan", "Sở Nội vụ và Liên đoàn Lao động tỉnh vừa ban hành Kế hoạch liên tịch số 02/KHLT-SNV-LĐLĐ ngày 5/3/2024 về phong trào thi đua.",
     [("02/KHLT-SNV-LĐLĐ", "Kế hoạch liên tịch", "2024-03-05", "Sở Nội vụ và Liên đoàn Lao động tỉnh")]),
    ("pair_with_own_issuers", "Các cấp ủy thực hiện Chỉ thị số 34-CT/TW của Bộ Chính trị và Chỉ thị số 18/CT-TTg về đổi mới công tác thi đua.",
     [("34-CT/TW", "Chỉ thị", None, "Bộ Chính trị"), ("18/CT-TTg", "Chỉ thị", None, None)]),
    # the office is the issuer, not the name of its holder; a place after a level word stays
    ("holder_named_after_the_office", "Thủ tướng Chính phủ Phạm Văn Minh đã ký Quyết định số 256/QĐ-TTg tặng Cờ thi đua của Chính phủ cho 5 tập thể.",
     [("256/QĐ-TTg", "Quyết định", None, "Thủ tướng Chính phủ")]),
    ("place_named_after_the_office", "Chủ tịch UBND tỉnh Hà Giang đã ký Quyết định số 56/QĐ-UBND tặng Bằng khen cho 20 tập thể.",
     [("56/QĐ-UBND", "Quyết định", None, "Chủ tịch UBND tỉnh Hà Giang")]),
    ("issuer_before_the_title_of_the_text", "Thực hiện Thông tư số 12/2019/TT-BNV ngày 4/11/2019 của Bộ Nội vụ Quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng.",
     [("12/2019/TT-BNV", "Thông tư", "2019-11-04", "Bộ Nội vụ")]),
    ("ministry_of_planning_keeps_its_name", "Theo Công văn số 412/BKHĐT-TĐKT của Bộ Kế hoạch và Đầu tư, các đơn vị rà soát hồ sơ khen thưởng.",
     [("412/BKHĐT-TĐKT", "Công văn", None, "Bộ Kế hoạch và Đầu tư")]),
    # issuers: a title heads its body, a dash spaced on one side, a bank, an academy, the state's full name, "T.Ư"
    ("minister_of_a_ministry", "Thực hiện Thông tư số 05/2024/TT-BNV của Bộ trưởng Bộ Nội vụ, các sở rà soát hồ sơ khen thưởng.",
     [("05/2024/TT-BNV", "Thông tư", None, "Bộ trưởng Bộ Nội vụ")]),
    ("dash_spaced_on_one_side", "Ban Thi đua- Khen thưởng Trung ương có Văn bản số 64/BTĐKT-VI về việc lấy ý kiến nhân dân đối với tập thể được đề nghị khen thưởng.",
     [("64/BTĐKT-VI", "Văn bản", None, "Ban Thi đua- Khen thưởng Trung ương")]),
    ("central_abbreviated", "Ban Thi đua - Khen thưởng T.Ư vừa có Văn bản số 77/BTĐKT-VI về việc lấy ý kiến nhân dân.",
     [("77/BTĐKT-VI", "Văn bản", None, "Ban Thi đua - Khen thưởng T.Ư")]),
    ("state_bank", "Ngân hàng Nhà nước Việt Nam có Tờ trình số 09/TTr-NHNN ngày 10/2/2024 đề nghị khen thưởng đột xuất.",
     [("09/TTr-NHNN", "Tờ trình", "2024-02-10", "Ngân hàng Nhà nước Việt Nam")]),
    ("academy", "Thực hiện Hướng dẫn số 210/HD-HVCTQG ngày 15/01/2024 của Học viện Chính trị quốc gia Hồ Chí Minh, các trường tổ chức ký giao ước.",
     [("210/HD-HVCTQG", "Hướng dẫn", "2024-01-15", "Học viện Chính trị quốc gia Hồ Chí Minh")]),
    ("state_in_full", "Ngày 2/3/2024, Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam đã ban hành Quyết định số 230/QĐ-CTN về việc phong tặng danh hiệu Anh hùng.",
     [("230/QĐ-CTN", "Quyết định", "2024-03-02", "Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam")]),
    ("date_in_brackets", "Các tỉnh trong cụm quyết tâm thực hiện tốt Chỉ thị số 19/CT-TTg (ngày 16-7-2021) của Thủ tướng Chính phủ về phát động phong trào thi đua.",
     [("19/CT-TTg", "Chỉ thị", "2021-07-16", "Thủ tướng Chính phủ")]),
    ("abbreviation_after_the_subject", "(ĐT) Bộ Giáo dục và Đào tạo (GD&ĐT) vừa ban hành Quyết định số 4210/QĐ-BGDĐT về việc tặng Cờ thi đua cho 8 Sở GD&ĐT.",
     [("4210/QĐ-BGDĐT", "Quyết định", None, "Bộ Giáo dục và Đào tạo")]),
    ("abbreviated_issuers", "Thực hiện Kế hoạch số 12/KH-UBND của UBND TP.HCM và Hướng dẫn số 07/HD-SGDĐT của Sở GD&ĐT, các trường ký giao ước.",
     [("12/KH-UBND", "Kế hoạch", None, "UBND TP.HCM"), ("07/HD-SGDĐT", "Hướng dẫn", None, "Sở GD&ĐT")]),
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
    ("Các huyện triển khai Chương trình số 08 của Ban Thường vụ Tỉnh ủy về phát triển nông thôn mới.", ["08"]),
    # "số" and a bare number after an issuing verb, whether or not its subject reads as an authority
    ("Phó Thủ tướng Chính phủ đã ký Quyết định số 28 về việc tặng thưởng cho 5 đơn vị lập thành tích xuất sắc.", ["28"]),
    ("Ông Lê Văn Tâm, Chủ tịch Ủy ban quốc gia phòng, chống ma túy đã ký Quyết định số 31 về việc tặng thưởng 3 đơn vị.", ["31"]),
    ("Theo Quyết định số 999, Chủ tịch nước tặng Huân chương Sao Vàng cho Bộ Công an.", ["999"]),
    # a short re-mention of a numbered directive is the same directive
    ("Tỉnh ủy ban hành Kế hoạch số 69-KH/TU thực hiện Chỉ thị số 10-CT/TW ngày 15/12/2016. Các cấp ủy quán triệt Chỉ thị số 10 tới cán bộ, đảng viên.",
     ["69-KH/TU", "10-CT/TW"]),
    # no "số", no subject, no date, no issuer: a count, not a reference
    ("Tỉnh đã ký Kế hoạch 15 năm phát triển giáo dục và Quyết định 12 tháng thực hiện.", []),
    # an issuer's code needs its kind word: a cluster's number is no document
    ("Tại thị xã An Khê, Cụm thi đua số 2-UBND tỉnh Gia Lai tổ chức hội nghị tổng kết năm 2024.", []),
])
def test_more_reference_shapes(body, refs):
    assert [d.ref for d in extract_documents(analyse_text(body))] == refs
