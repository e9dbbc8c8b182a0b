"""Unit enumerations: shared unit words, collective heads, member lists, persons, subjects, ranks."""

import pytest

from pipeline.core import patterns
from pipeline.extract.units import ranks, scan, scan_list, units_before

SCAN_CASES = [
    # one unit word shared by several names, copied as printed in the first conjunct
    ("các huyện Kim Sơn và Yên Mô vì đã có thành tích", ["huyện Kim Sơn", "huyện Yên Mô"]),
    ("Huyện Con Cuông và Anh Sơn xếp thứ Ba", ["Huyện Con Cuông", "Huyện Anh Sơn"]),
    ("các xã Thạch Ngọc, Sơn Kim 2 và Tân Lâm Hương; trao", ["xã Thạch Ngọc", "xã Sơn Kim 2", "xã Tân Lâm Hương"]),
    ("thị xã Sa Pa và các huyện Bát Xát, Văn Bàn.", ["thị xã Sa Pa", "huyện Bát Xát", "huyện Văn Bàn"]),
    ("các tỉnh Bình Thuận, Đồng Nai và Bà Rịa - Vũng Tàu tổ chức", ["tỉnh Bình Thuận", "tỉnh Đồng Nai", "tỉnh Bà Rịa - Vũng Tàu"]),
    # collective heads are dropped
    ("nhân dân và cán bộ các huyện Kỳ Sơn và Tương Dương; trao", ["huyện Kỳ Sơn", "huyện Tương Dương"]),
    ("Đảng bộ, chính quyền và Nhân dân xã Hoa Sơn vì đã", ["xã Hoa Sơn"]),
    # an organisation's head word with "các" shares both
    ("Công an các xã Nghi Phong và Nghi Thái vì", ["Công an xã Nghi Phong", "Công an xã Nghi Thái"]),
    ("Ban CHQS các huyện Mường Lát và Quan Sơn đón nhận", ["Ban CHQS huyện Mường Lát", "Ban CHQS huyện Quan Sơn"]),
    ("UBND các phường Hưng Phúc và Trường Thi.", ["UBND phường Hưng Phúc", "UBND phường Trường Thi"]),
    ("các Sở Nội vụ, Tư pháp và Sở Y tế vì đã", ["Sở Nội vụ", "Sở Tư pháp", "Sở Y tế"]),
    # organisation names keep their own "và" and dashes
    ("Sở Giáo dục và Đào tạo và Trung tâm Y tế huyện Nghi Lộc.", ["Sở Giáo dục và Đào tạo", "Trung tâm Y tế huyện Nghi Lộc"]),
    ("Khoa Hồi sức cấp cứu - Chống độc và Khoa Nhi; trao", ["Khoa Hồi sức cấp cứu - Chống độc", "Khoa Nhi"]),
    ("Sở Văn hóa, Thể thao và Du lịch là Khối trưởng", ["Sở Văn hóa, Thể thao và Du lịch"]),
    # nothing named: no unit
    ("địa phương vì đã dẫn đầu phong trào.", []),
    ("25 tập thể và 40 cá nhân.", []),
    ("các huyện còn lại.", []),
]


@pytest.mark.parametrize("text, expected", SCAN_CASES, ids=[c[0][:40] for c in SCAN_CASES])
def test_scan_splits_enumerations(text, expected):
    assert [i.text for i in scan(text).items] == expected


PERSON_CASES = [
    ("ông Trần Văn Lực, Trưởng phòng Nội vụ huyện Quỳ Hợp.", ["Trần Văn Lực"]),
    ("bà Lê Thị Hoa, Hiệu trưởng Trường THCS Lý Nhật Quang, và ông Phan Đình Tùng, Phó Giám đốc Sở Tài chính.",
     ["Lê Thị Hoa", "Phan Đình Tùng"]),
    ("Đại tá Hồ Sỹ Hậu, Chỉ huy trưởng Bộ CHQS tỉnh vì có thành tích", ["Hồ Sỹ Hậu"]),
    ("anh Vi Văn Sáng (bản Na Loi, xã Đôn Phục) vì đã hiến đất", ["Vi Văn Sáng"]),
    ("Nguyễn Thị Lan, giáo viên Trường Tiểu học Hưng Dũng.", ["Nguyễn Thị Lan"]),
]


@pytest.mark.parametrize("text, expected", PERSON_CASES, ids=[c[0][:30] for c in PERSON_CASES])
def test_persons_are_recipients_without_their_titles(text, expected):
    items = scan(text).items
    assert [i.text for i in items] == expected
    assert {i.kind for i in items} == {"person"}


def test_units_and_persons_mixed_keep_their_kinds():
    items = scan("Sở Nội vụ và bà Lò Thị Mai, Phó Chủ tịch UBND huyện Mường Lát.").items
    assert [(i.text, i.kind) for i in items] == [("Sở Nội vụ", "unit"), ("Lò Thị Mai", "person")]


def test_spans_point_at_the_written_name():
    text = "cho nhân dân và cán bộ các huyện Kim Sơn và Yên Mô."
    items = scan(text, 4).items
    assert [text[i.start : i.end] for i in items] == ["huyện Kim Sơn", "Yên Mô"]


def test_member_list_with_a_count_keeps_khoi_units_and_joins_surplus_chunks():
    text = ("Khối gồm 7 đơn vị: Ban Tổ chức Huyện ủy, Ủy ban Kiểm tra Huyện ủy, Văn phòng Huyện ủy, "
            "Đảng ủy Khối Cơ quan huyện, Ban Bảo vệ, chăm sóc sức khỏe cán bộ, Trung tâm Chính trị huyện, "
            "Sở Văn hóa, Thể thao và Du lịch. Năm 2024, Văn phòng Huyện ủy làm Khối trưởng.")
    start = text.index(":") + 1
    found = scan_list(text, start, count=7)
    assert [i.text for i in found.items] == [
        "Ban Tổ chức Huyện ủy", "Ủy ban Kiểm tra Huyện ủy", "Văn phòng Huyện ủy", "Đảng ủy Khối Cơ quan huyện",
        "Ban Bảo vệ, chăm sóc sức khỏe cán bộ", "Trung tâm Chính trị huyện", "Sở Văn hóa, Thể thao và Du lịch",
    ]


def test_a_count_joins_a_branch_to_its_bank():
    text = "gồm 3 đơn vị: Ngân hàng Chính sách xã hội, Chi nhánh tỉnh Quảng Trị, Báo Quảng Trị, Đài Phát thanh tỉnh."
    found = scan_list(text, text.index(":") + 1, count=3)
    assert [i.text for i in found.items] == [
        "Ngân hàng Chính sách xã hội, Chi nhánh tỉnh Quảng Trị", "Báo Quảng Trị", "Đài Phát thanh tỉnh"]


def test_a_counted_place_word_is_shared_by_a_colon_list():
    text = "Cụm gồm 4 tỉnh: Hà Giang, Tuyên Quang, Cao Bằng và Bắc Kạn; năm 2024 tỉnh Hà Giang làm Cụm trưởng."
    found = scan_list(text, text.index(":") + 1, count=4, shared="tỉnh")
    assert [i.text for i in found.items] == ["tỉnh Hà Giang", "tỉnh Tuyên Quang", "tỉnh Cao Bằng", "tỉnh Bắc Kạn"]


@pytest.mark.parametrize("text, verb, expected", [
    ("Qua bình xét, huyện Mường Lát xếp thứ Nhất", "xếp", ["huyện Mường Lát"]),
    ("Năm 2024, thị xã Sa Pa được phân công làm Cụm trưởng", "làm", ["thị xã Sa Pa"]),
    ("Viễn thông Quảng Trị và Bưu điện tỉnh được đề nghị tặng Bằng khen", "được đề nghị", ["Viễn thông Quảng Trị", "Bưu điện tỉnh"]),
    ("Hội nghị thống nhất suy tôn Công ty Điện lực Nghệ An xếp", "xếp", ["Công ty Điện lực Nghệ An"]),
    ("Trong năm, các đơn vị đã hoàn thành tốt nhiệm vụ được", "được", []),
])
def test_units_before_finds_the_subject_of_a_verb(text, verb, expected):
    assert [i.text for i in units_before(text, text.rindex(verb))] == expected


def test_ranks_with_and_without_named_units():
    text = ("Kết quả: thành phố Hà Tĩnh xếp thứ Nhất; Huyện Can Lộc và Thạch Hà xếp thứ Ba; "
            "các huyện còn lại xếp thứ Tư.")
    assert [(r.rank, [i.text for i in r.units]) for r in ranks(text)] == [
        ("thứ Nhất", ["thành phố Hà Tĩnh"]),
        ("thứ Ba", ["Huyện Can Lộc", "Huyện Thạch Hà"]),
        ("thứ Tư", []),
    ]


def test_rank_words_hang():
    assert [r.rank for r in ranks("Trường Cao đẳng Nghề số 4 xếp hạng Nhì, đề nghị tặng Bằng khen.")] == ["hạng Nhì"]


def test_vocabulary_sections_load():
    file = patterns.load("units")
    for section in ("place_words", "org_words", "standalone_orgs", "plural", "collective_heads", "honorifics",
                    "name_stops", "not_units", "subject_tails", "ranks"):
        assert file.section(section)


# General cases found on the held-out set (written for these tests, not copied from it).
MORE_SCAN_CASES = [
    # a person's titles end at "và" when a unit follows
    ("cho ông Trần Văn Lâm, nguyên Giám đốc Sở Y tế và Bệnh viện Đa khoa tỉnh vì đã có",
     ["Trần Văn Lâm", "Bệnh viện Đa khoa tỉnh"]),
    # titles after a spaced dash are skipped
    ("cho cô Lê Thị Hạnh - Hiệu trưởng nhà trường và thầy Đỗ Văn Minh - Tổ trưởng tổ Toán vì đã",
     ["Lê Thị Hạnh", "Đỗ Văn Minh"]),
    # an organisation shared by "các <place>" keeps going over an item with its own place word
    ("cho Ủy ban MTTQ các huyện Tri Tôn, Tịnh Biên và thị xã Tân Châu vì", 
     ["Ủy ban MTTQ huyện Tri Tôn", "Ủy ban MTTQ huyện Tịnh Biên", "Ủy ban MTTQ thị xã Tân Châu"]),
    # ... but not over an item with its own organisation word
    ("cho Công an các xã Mường Hum, Dền Sáng, Đồn Biên phòng Y Tý và anh Sùng A Lử.",
     ["Công an xã Mường Hum", "Công an xã Dền Sáng", "Đồn Biên phòng Y Tý", "Sùng A Lử"]),
    # "các Sở:" shares "Sở" over short bare names
    ("cho các Sở: Tư pháp, Y tế và Công Thương vì đã", ["Sở Tư pháp", "Sở Y tế", "Sở Công Thương"]),
    # a lone "Đảng bộ" before a capitalized name is an organisation, not a collective
    ("cho Đảng bộ Sở Tư pháp và Đảng bộ Bảo hiểm xã hội tỉnh vì", ["Đảng bộ Sở Tư pháp", "Đảng bộ Bảo hiểm xã hội tỉnh"]),
    # a member named by name is a person
    ("cho đoàn viên Giàng A Páo vì đã dũng cảm", ["Giàng A Páo"]),
    # a remit alone after a department is another department, however its dash is spaced
    ("cho Sở Giáo dục và Đào tạo, Y tế, Lao động-Thương binh và Xã hội, Văn hóa, Thể thao và Du lịch và "
     "Đài Phát thanh - Truyền hình tỉnh vì", ["Sở Giáo dục và Đào tạo", "Sở Y tế", "Sở Lao động-Thương binh và Xã hội",
                                             "Sở Văn hóa, Thể thao và Du lịch", "Đài Phát thanh - Truyền hình tỉnh"]),
    # a compound with a lower-case half after a dash stays whole
    ("cho Ban biên tập Văn hóa - xã hội, Đài Phát thanh và Truyền hình tỉnh vì", 
     ["Ban biên tập Văn hóa - xã hội", "Đài Phát thanh và Truyền hình tỉnh"]),
    # ... but not a unit of its own ("Công an tỉnh"), nor a remit that begins a longer name
    ("cho Sở Nội vụ, Công an tỉnh và Sở Tư pháp vì", ["Sở Nội vụ", "Công an tỉnh", "Sở Tư pháp"]),
]


@pytest.mark.parametrize("text, expected", MORE_SCAN_CASES)
def test_scan_general_cases(text, expected):
    assert [i.text for i in scan(text, text.index("cho") + 4).items] == expected


@pytest.mark.parametrize("text, count, shared, place, expected", [
    # a count and an organisation word: the word is copied as printed onto each bare name
    ("gồm 3 trường: Cao đẳng Y tế Hà Giang, Cao đẳng Kỹ thuật và Công nghệ, Cao đẳng Sư phạm.", 3, "trường", False,
     ["trường Cao đẳng Y tế Hà Giang", "trường Cao đẳng Kỹ thuật và Công nghệ", "trường Cao đẳng Sư phạm"]),
    # one short of the count: the final "và" separates the last two
    ("gồm 3 trường: Cao đẳng Y tế Hà Giang, Cao đẳng Nghề và Cao đẳng Sư phạm.", 3, "trường", False,
     ["trường Cao đẳng Y tế Hà Giang", "trường Cao đẳng Nghề", "trường Cao đẳng Sư phạm"]),
    # an organisation before the count: "Công an 4 tỉnh:"
    ("gồm Công an 4 tỉnh: Sóc Trăng, Bạc Liêu, Cà Mau và Kiên Giang.", 4, "Công an tỉnh", True,
     ["Công an tỉnh Sóc Trăng", "Công an tỉnh Bạc Liêu", "Công an tỉnh Cà Mau", "Công an tỉnh Kiên Giang"]),
])
def test_scan_list_with_counted_heads(text, count, shared, place, expected):
    start = text.index(":") + 2
    found = scan_list(text, start, count=count, shared=shared, shared_place=place)
    assert [i.text for i in found.items] == expected


@pytest.mark.parametrize("phrase, expected", [
    ("5 tỉnh", ("tỉnh", True)), ("Công an 5 tỉnh", ("Công an tỉnh", True)), ("4 trường", ("trường", False)),
    ("các huyện", ("huyện", True)), ("7 đơn vị", None), ("6 thành viên", None),
])
def test_counted_head(phrase, expected):
    from pipeline.extract.units import counted_head
    assert counted_head(phrase) == expected


@pytest.mark.parametrize("lines, expected", [
    (["- Mường Lát", "- Quan Sơn", "Năm 2023, huyện Quan Hóa là Cụm trưởng."], [(0, 2), (1, 2)]),
    (["1.", "UBND huyện Mộc Châu;", "2.", "Ông Lò Văn Pâng, Trưởng bản;", "Phát biểu tại buổi lễ, ..."], [(1, 0), (3, 0)]),
    (["• Sở Y tế", "+ Sở Tư pháp"], [(0, 2), (1, 2)]),
    (["Phát biểu tại hội nghị, ..."], []),
])
def test_list_lines(lines, expected):
    from pipeline.extract.units import list_lines
    assert list_lines(lines) == expected


def test_a_list_one_short_is_split_only_where_an_item_starts_after_va():
    text = ("gồm 4 cơ quan: Trung tâm Khuyến nông, Trung tâm tư vấn và Hỗ trợ chuyển dịch cơ cấu kinh tế nông nghiệp, "
            "Trường Cao đẳng nghề và Phân hiệu Trường Đại học Nông Lâm.")
    found = scan_list(text, text.index(":") + 2, count=4)
    assert [i.text for i in found.items] == [
        "Trung tâm Khuyến nông", "Trung tâm tư vấn và Hỗ trợ chuyển dịch cơ cấu kinh tế nông nghiệp",
        "Trường Cao đẳng nghề", "Phân hiệu Trường Đại học Nông Lâm"]


@pytest.mark.parametrize("text, names", [
    ("cho Cục Bảo vệ thực vật vì đã có thành tích", ["Cục Bảo vệ thực vật"]),
    ("cho Trung tâm Kiểm soát bệnh tật thuộc Sở Y tế", ["Trung tâm Kiểm soát bệnh tật"]),
    ("cho Trường THCS Lê Lợi năm học 2023 vì", ["Trường THCS Lê Lợi"]),
])
def test_a_name_written_in_lower_case_after_its_first_word(text, names):
    assert [i.text for i in scan(text, 4).items] == names
