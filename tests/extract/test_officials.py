"""Officials: names with all their titles, before or after the name; re-mentions are not new people."""

import json

import pytest

from pipeline.extract.officials import extract_officials
from tests.helpers import SEED_GOLD, analyse_seed, analyse_text

STEMS = sorted(p.stem for p in SEED_GOLD.glob("*.json"))


@pytest.mark.parametrize("stem", STEMS)
def test_seed_officials_match_gold(stem):
    gold = json.loads((SEED_GOLD / f"{stem}.json").read_text(encoding="utf-8"))
    found = extract_officials(analyse_seed(stem))
    assert [(o.name, o.titles) for o in found] == [(o["name"], o["titles"]) for o in gold["officials"]]
    assert [o.surface for o in found] == [o["surface"].replace("\u00a0", " ") for o in gold["officials"]]


@pytest.mark.parametrize("stem", STEMS)
def test_every_mention_is_exact_evidence(stem):
    analysis = analyse_seed(stem)
    for official in extract_officials(analysis):
        for ev in [official.evidence, *official.mentions]:
            assert analysis.text[ev.start:ev.end] == ev.span_text
            assert ev.sentence >= 0 and ev.rule


CASES = [
    # title after the name, several titles, abbreviations
    ("Dự hội nghị có đồng chí Lò Văn Hùng, HUV, Phó Chủ tịch UBND huyện Mường La; đồng chí Quàng Thị Mai, "
     "Trưởng phòng Nội vụ huyện.",
     [("Lò Văn Hùng", ["HUV", "Phó Chủ tịch UBND huyện Mường La"]), ("Quàng Thị Mai", ["Trưởng phòng Nội vụ huyện"])]),
    # titles before the name, ending at the verb
    ("Phó Chủ tịch UBND tỉnh Đặng Xuân Phong trao Bằng khen của Chủ tịch UBND tỉnh cho 15 tập thể.",
     [("Đặng Xuân Phong", ["Phó Chủ tịch UBND tỉnh"])]),
    # a title containing " - " and "và"
    ("Bà Nguyễn Thị Thanh Hương - Phó Giám đốc Sở Lao động - Thương binh và Xã hội tỉnh phát biểu tại lễ.",
     [("Nguyễn Thị Thanh Hương", ["Phó Giám đốc Sở Lao động - Thương binh và Xã hội tỉnh"])]),
    # a military rank before the name, a post after it
    ("Đại tá Hầu A Lềnh, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh chủ trì hội nghị.",
     [("Hầu A Lềnh", ["Đại tá", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"])]),
    # a place name inside the title before the name
    ("Đồng chí Bí thư Huyện ủy Lý Nhân Trần Quốc Việt khẳng định vai trò của phong trào thi đua.",
     [("Trần Quốc Việt", ["Bí thư Huyện ủy Lý Nhân"])]),
    # two posts held at once, a former post, titles in brackets
    ("Dự hội nghị có bà Phan Thị Mỹ Hạnh - Phó Giám đốc Sở Nội vụ kiêm Trưởng Ban Thi đua - Khen thưởng tỉnh.",
     [("Phan Thị Mỹ Hạnh", ["Phó Giám đốc Sở Nội vụ", "Trưởng Ban Thi đua - Khen thưởng tỉnh"])]),
    ("Huân chương Lao động hạng Ba được trao cho ông Lê Hữu Phước, nguyên Chủ tịch UBND tỉnh và Trường THPT chuyên của tỉnh.",
     [("Lê Hữu Phước", ["nguyên Chủ tịch UBND tỉnh"])]),
    ("Tham dự có đồng chí H'Nguyên Niê (Phó Chủ tịch UBND tỉnh); ông Y Khuê Mlô (Giám đốc Sở Nội vụ).",
     [("H'Nguyên Niê", ["Phó Chủ tịch UBND tỉnh"]), ("Y Khuê Mlô", ["Giám đốc Sở Nội vụ"])]),
    # a post with its address, a list line opening with an honorific, a company name inside a title
    ("4. Ông Vì Văn Páo, Trưởng bản Nà Sành, xã Chiềng Ly, huyện Thuận Châu nhận Bằng khen.",
     [("Vì Văn Páo", ["Trưởng bản Nà Sành, xã Chiềng Ly, huyện Thuận Châu"])]),
    ("- Ông Đoàn Văn Tiến, Chủ tịch Công đoàn cơ sở Công ty TNHH Điện tử Vĩnh Thành nhận Bằng khen.",
     [("Đoàn Văn Tiến", ["Chủ tịch Công đoàn cơ sở Công ty TNHH Điện tử Vĩnh Thành"])]),
    ("Sở Giáo dục và Đào tạo và ông Lê Tấn Hổ, Giám đốc Sở Nông nghiệp và PTNT nhận Huân chương Lao động hạng Ba.",
     [("Lê Tấn Hổ", ["Giám đốc Sở Nông nghiệp và PTNT"])]),
    # the authority someone acts for is not their title; a country ends an organisation's name
    ("Thừa ủy quyền của Chủ tịch nước, Thứ trưởng Bộ Nội vụ Lê Thị Hằng trao Huân chương Lao động hạng Ba.",
     [("Lê Thị Hằng", ["Thứ trưởng Bộ Nội vụ"])]),
    ("Dự lễ có Phó Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam, Chủ tịch Tổng Liên đoàn Lao động "
     "Việt Nam Đỗ Đình An.",
     [("Đỗ Đình An", ["Phó Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
                     "Chủ tịch Tổng Liên đoàn Lao động Việt Nam"])]),
    # the parent body in brackets
    ("Tham dự có bà Lê Thị Kim Chi – Trưởng Ban Thi đua - Khen thưởng (Sở Nội vụ); đại diện các sở, ngành.",
     [("Lê Thị Kim Chi", ["Trưởng Ban Thi đua - Khen thưởng (Sở Nội vụ)"])]),
    # historical figures and unnamed leaders are not officials
    ("Học tập tư tưởng của Chủ tịch Hồ Chí Minh; lãnh đạo các sở, ngành và Đại tướng Võ Nguyên Giáp.", []),
    ("Các đồng chí Chủ tịch Hội đồng thi đua khen thưởng, Trưởng phòng Nội vụ các huyện dự hội nghị.", []),
]


@pytest.mark.parametrize("body, expected", CASES)
def test_officials_in_written_variants(body, expected):
    found = extract_officials(analyse_text(body + " Hội nghị diễn ra trong không khí phấn khởi, đoàn kết."))
    assert [(o.name, o.titles) for o in found] == expected


def test_title_only_mention_links_to_the_named_official():
    body = ("Dự hội nghị có đồng chí Mai Thanh Tùng, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh. "
            "Phát biểu chỉ đạo, đồng chí Phó Bí thư Thường trực Tỉnh ủy ghi nhận kết quả của các đơn vị.")
    (official,) = extract_officials(analyse_text(body))
    assert official.name == "Mai Thanh Tùng"
    assert [m.rule for m in official.mentions] == ["title_only_reference"]


def test_re_mention_with_title_before_name_is_the_same_person():
    body = ("Đ/c Phạm Quang Vinh, Phó chủ tịch UBND tỉnh, Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh dự. "
            "Phát biểu tại hội nghị, đồng chí Phó Chủ tịch UBND tỉnh Phạm Quang Vinh biểu dương các đơn vị.")
    (official,) = extract_officials(analyse_text(body))
    assert official.titles == ["Phó chủ tịch UBND tỉnh", "Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh"]
    assert len(official.mentions) == 1


def test_old_style_tones_are_one_person():
    body = ("Dự có ông Nguyễn Văn Thuỷ, Giám đốc Sở Nội vụ. Sau đó, Giám đốc Sở Nội vụ Nguyễn Văn Thủy "
            "trao Giấy khen cho các tập thể có thành tích xuất sắc trong năm 2023.")
    (official,) = extract_officials(analyse_text(body))
    assert official.name == "Nguyễn Văn Thuỷ"


@pytest.mark.parametrize("body, expected", [
    # titles whose body runs on in lower case, after "thứ nhất", "Thường trực", a delegation of deputies
    ("Bà Trần Thị Lan, Chủ tịch Công đoàn ngành giáo dục tỉnh trao Giấy khen cho các tập thể.",
     [("Trần Thị Lan", ["Chủ tịch Công đoàn ngành giáo dục tỉnh"])]),
    ("Phó Chủ tịch thứ nhất Hội đồng Thi đua – Khen thưởng Trung ương Lê Thị Hà dự và chỉ đạo hội nghị.",
     [("Lê Thị Hà", ["Phó Chủ tịch thứ nhất Hội đồng Thi đua – Khen thưởng Trung ương"])]),
    ("Dự lễ kỷ niệm có Thượng tướng Lê Văn Tâm - Thứ trưởng Thường trực Bộ Công an, cùng lãnh đạo các sở, ngành.",
     [("Lê Văn Tâm", ["Thượng tướng", "Thứ trưởng Thường trực Bộ Công an"])]),
    ("Ông Hồ Văn Niên, Trưởng đoàn Đại biểu Quốc hội tỉnh Gia Lai phát biểu tại hội nghị.",
     [("Hồ Văn Niên", ["Trưởng đoàn Đại biểu Quốc hội tỉnh Gia Lai"])]),
    # abbreviations glued by a dot; the parent body after a comma is not part of the title
    ("Ông Phạm Văn Đức, Phó Chánh VP.UBND tỉnh và ông Lê Văn Hòa, Phó Chủ tịch UBND TX. Gò Công nhận Bằng khen.",
     [("Phạm Văn Đức", ["Phó Chánh VP.UBND tỉnh"]), ("Lê Văn Hòa", ["Phó Chủ tịch UBND TX. Gò Công"])]),
    ("Tham dự có Thiếu tướng Lê Văn Hiệp, Phó Cục trưởng Cục Công tác Đảng, Bộ Công an.",
     [("Lê Văn Hiệp", ["Thiếu tướng", "Phó Cục trưởng Cục Công tác Đảng"])]),
])
def test_titles_as_real_articles_write_them(body, expected):
    found = extract_officials(analyse_text(body))
    assert [(o.name, o.titles) for o in found] == expected


def test_a_later_mention_adds_its_new_titles_and_the_full_form_it_writes_with_them():
    # realdev convention: all titles as written, the one written out in full beside a new one included
    found = extract_officials(analyse_text(
        "Dự có đồng chí Lê Văn Quang, Bí thư Tỉnh ủy. Sau đó, Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy "
        "An Giang Lê Văn Quang phát biểu. Đồng chí Bí thư Lê Văn Quang trao quà."))
    assert [(o.name, o.titles) for o in found] == [
        ("Lê Văn Quang", ["Bí thư Tỉnh ủy", "Ủy viên Ban Chấp hành Trung ương Đảng", "Bí thư Tỉnh ủy An Giang"])]


def test_a_later_mention_that_only_repeats_the_titles_with_a_place_adds_nothing():
    found = extract_officials(analyse_text(
        "Dự có đồng chí Hà Văn Lực - Huyện ủy viên - Phó Chủ tịch UBND huyện. Kết luận hội nghị, đồng chí "
        "Hà Văn Lực - Huyện ủy viên - Phó Chủ tịch UBND huyện Tiên Lữ đề nghị các đơn vị tiếp tục thi đua."))
    assert [(o.name, o.titles) for o in found] == [("Hà Văn Lực", ["Huyện ủy viên", "Phó Chủ tịch UBND huyện"])]


def test_a_name_cut_by_the_end_of_the_page_is_no_official():
    found = extract_officials(analyse_text(
        "Các tập thể, cá nhân đã có nhiều thành tích trong công tác bảo đảm an ninh trật tự trên địa bàn. "
        "Tại buổi lễ, thừa ủy quyền của Chủ tịch nước, Bộ trưởng Bộ Công an - Đại tướng Lê Văn Q"))
    assert found == []


def test_a_list_of_titles_with_their_holders_is_one_official_each():
    found = extract_officials(analyse_text(
        "Tổng Bí thư Tô Lâm, Chủ tịch nước Lương Cường gửi lẵng hoa chúc mừng Đại hội thi đua yêu nước của tỉnh."))
    assert [(o.name, o.titles) for o in found] == [("Tô Lâm", ["Tổng Bí thư"]), ("Lương Cường", ["Chủ tịch nước"])]


def _officials(body: str) -> list[tuple[str, list[str]]]:
    """(name, titles) of one made-up sentence, padded so that the cleaner keeps it as an article body."""
    found = extract_officials(analyse_text(body + " Hội nghị diễn ra trong không khí phấn khởi, đoàn kết."))
    return [(o.name, o.titles) for o in found]


@pytest.mark.parametrize("body, expected", [
    # an organisation's name goes on in lower case, with "và", or with a remit's commas
    ("Dự hội nghị có đồng chí Phạm Văn Hưng, Chủ tịch Công đoàn viên chức tỉnh và đại diện các công đoàn cơ sở.",
     [("Phạm Văn Hưng", ["Chủ tịch Công đoàn viên chức tỉnh"])]),
    ("Tham dự có ông Lê Văn Toàn – Chủ tịch Hội khuyến học quận Ba Đình, cùng lãnh đạo các phường.",
     [("Lê Văn Toàn", ["Chủ tịch Hội khuyến học quận Ba Đình"])]),
    ("Bà Đỗ Thị Hằng, Phó Trưởng ban Ban Tuyên giáo và Dân vận Tỉnh ủy phát biểu tại buổi lễ.",
     [("Đỗ Thị Hằng", ["Phó Trưởng ban Ban Tuyên giáo và Dân vận Tỉnh ủy"])]),
    ("Chủ trì có đồng chí Trịnh Văn Lực, Bí thư Đảng ủy, Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh.",
     [("Trịnh Văn Lực", ["Bí thư Đảng ủy", "Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh"])]),
    ("Phó Thủ tướng Lê Minh Khoa, Chủ tịch Ủy ban Quốc gia về phòng, chống AIDS, ma túy, mại dâm đến dự lễ.",
     [("Lê Minh Khoa", ["Phó Thủ tướng", "Chủ tịch Ủy ban Quốc gia về phòng, chống AIDS, ma túy, mại dâm"])]),
    ("Ông Hà Quốc Bình, Trưởng Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực huyện đã ký quyết định.",
     [("Hà Quốc Bình", ["Trưởng Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực huyện"])]),
    ("Đồng chí Vũ Thị Hạnh – Phó Hiệu trưởng trường Chính trị Trần Phú tỉnh Hà Tĩnh trình bày dự thảo.",
     [("Vũ Thị Hạnh", ["Phó Hiệu trưởng trường Chính trị Trần Phú tỉnh Hà Tĩnh"])]),
    ("Bà Lý Thị Mai, Trưởng Ban Thi đua, khen thưởng Hội Nông dân tỉnh báo cáo kết quả.",
     [("Lý Thị Mai", ["Trưởng Ban Thi đua, khen thưởng Hội Nông dân tỉnh"])]),
])
def test_titles_whose_body_runs_on(body, expected):
    assert _officials(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a post in the emulation cluster after the office, with or without a comma
    ("Dự có đồng chí Lò Văn Tiến, Phó Giám đốc Sở Tư pháp, Khối trưởng; đồng chí Cà Thị Hoa, "
     "Phó Chánh Văn phòng UBND tỉnh, Khối phó.",
     [("Lò Văn Tiến", ["Phó Giám đốc Sở Tư pháp", "Khối trưởng"]),
      ("Cà Thị Hoa", ["Phó Chánh Văn phòng UBND tỉnh", "Khối phó"])]),
    ("Tại hội nghị, ông Hoàng Văn Tư, chủ tịch UBND xã Tân Lập cụm trưởng đã trình bày báo cáo tổng kết.",
     [("Hoàng Văn Tư", ["chủ tịch UBND xã Tân Lập", "cụm trưởng"])]),
    ("Bà Trần Thị Lụa- Chủ tịch Hội khuyến học quận 5- cụm trưởng cụm thi đua 3 thông qua kế hoạch năm.",
     [("Trần Thị Lụa", ["Chủ tịch Hội khuyến học quận 5", "cụm trưởng cụm thi đua 3"])]),
    ("Tham dự có bà Vi Thị Nga, Ủy viên Thường vụ Hội Nông dân tỉnh, phụ trách cụm 3 và đại diện các huyện.",
     [("Vi Thị Nga", ["Ủy viên Thường vụ Hội Nông dân tỉnh", "phụ trách cụm 3"])]),
    ("Đồng chí Lò Văn Sơn, Chủ tịch Hội Cựu chiến binh phường, Cụm trưởng Cụm thi đua số 4 phát động thi đua.",
     [("Lò Văn Sơn", ["Chủ tịch Hội Cựu chiến binh phường", "Cụm trưởng Cụm thi đua số 4"])]),
])
def test_cluster_posts_are_titles(body, expected):
    assert _officials(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a naval rank written in lower case; a post after a dash that the rank's name opens
    ("Dự buổi lễ có chuẩn Đô đốc Phạm Văn Long, Phó Tư lệnh Quân chủng Hải quân.",
     [("Phạm Văn Long", ["chuẩn Đô đốc", "Phó Tư lệnh Quân chủng Hải quân"])]),
    ("Cùng dự có Trung tướng Đinh Văn Quý - Phó Tổng Tham mưu trưởng.",
     [("Đinh Văn Quý", ["Trung tướng", "Phó Tổng Tham mưu trưởng"])]),
    # title, dash, then its holder, twice in a row
    ("Dự lễ có các đồng chí: Ủy viên Thường trực HĐND tỉnh - Lương Văn Thắng, Phó Chủ tịch UBND tỉnh - "
     "Nông Thị Huệ và lãnh đạo các sở.",
     [("Lương Văn Thắng", ["Ủy viên Thường trực HĐND tỉnh"]), ("Nông Thị Huệ", ["Phó Chủ tịch UBND tỉnh"])]),
    # a name an honorific announces, with its title right after it and no comma
    ("Đồng chí Lưu Văn Khải Phó trưởng Ban Pháp chế HĐND tỉnh phát biểu tại hội nghị.",
     [("Lưu Văn Khải", ["Phó trưởng Ban Pháp chế HĐND tỉnh"])]),
    # names of foreign officials: after "ngài", after a rank
    ("Bộ trưởng trao Huân chương Hữu nghị cho ngài Pierre Martin, Đại sứ Cộng hòa Pháp tại Việt Nam.",
     [("Pierre Martin", ["Đại sứ Cộng hòa Pháp tại Việt Nam"])]),  # a post abroad keeps its place (issue 11)

    ("Dự lễ có Đại tá Khăm Phon Xi Xa Vẳn, Chính ủy Bộ CHQS tỉnh Xiêng Khoảng (Lào).",
     [("Khăm Phon Xi Xa Vẳn", ["Đại tá", "Chính ủy Bộ CHQS tỉnh Xiêng Khoảng"])]),
])
def test_ranks_dashes_and_names_as_news_writes_them(body, expected):
    assert _officials(body) == expected


@pytest.mark.parametrize("body, expected", [
    # the office someone acts for is not their title ...
    ("Được sự ủy quyền của Chủ tịch nước, Thượng tướng Hồ Văn Lợi, Thứ trưởng Bộ Quốc phòng đã trao danh hiệu "
     "Anh hùng cho đơn vị.",
     [("Hồ Văn Lợi", ["Thượng tướng", "Thứ trưởng Bộ Quốc phòng"])]),
    # ... but a President named as the authority is an official too
    ("Thừa ủy quyền của Chủ tịch nước Trương Văn Sang, Phó Chủ tịch UBND tỉnh Mai Văn Hùng trao Huân chương "
     "Dũng cảm cho gia đình em.",
     [("Trương Văn Sang", ["Chủ tịch nước"]), ("Mai Văn Hùng", ["Phó Chủ tịch UBND tỉnh"])]),
    # two authorities joined by "và" are neither the presenter's title
    ("Tại buổi lễ, thừa ủy quyền của Chủ tịch nước và Thủ tướng Chính phủ, Phó Chủ tịch UBND tỉnh Đào Văn Tình "
     "trao Huân chương Lao động hạng Nhì cho nhà trường.",
     [("Đào Văn Tình", ["Phó Chủ tịch UBND tỉnh"])]),
    # "Ban Bí thư" is a body, and its decision names nobody
    ("Ghi nhận hành động dũng cảm, Ban Bí thư Trung ương Đoàn Quyết định tặng Huy hiệu cho hai đoàn viên.", []),
])
def test_authorities_are_not_the_presenters_titles(body, expected):
    assert _officials(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("Dự có bà Giàng Thị Dua, Phó Chủ tịch kiêm Tổng Thư ký Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam.",
     [("Giàng Thị Dua", ["Phó Chủ tịch", "Tổng Thư ký Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"])]),
    ("Anh Đinh Văn Hậu, Bí thư thứ nhất Trung ương Đoàn TNCS Hồ Chí Minh trao Huy hiệu cho các đoàn viên.",
     [("Đinh Văn Hậu", ["Bí thư thứ nhất Trung ương Đoàn TNCS Hồ Chí Minh"])]),
    ("Thầy Mạc Văn Lâm - Bí thư chi bộ - Hiệu trưởng Trường THCS Kim Sơn chia sẻ niềm vui của nhà trường.",
     [("Mạc Văn Lâm", ["Bí thư chi bộ", "Hiệu trưởng Trường THCS Kim Sơn"])]),
    ("Ông Tạ Văn Cường- Trưởng ban Quản lý các KCN tỉnh phát biểu tại hội nghị.",
     [("Tạ Văn Cường", ["Trưởng ban Quản lý các KCN tỉnh"])]),
    ("Bà Lưu Thị Thoa, Ủy viên Hội đồng Thi đua-Khen thưởng Trung ương dự hội nghị.",
     [("Lưu Thị Thoa", ["Ủy viên Hội đồng Thi đua-Khen thưởng Trung ương"])]),
    ("Thượng tá Kiều Văn Dũng, Phó Giám đốc, Thủ trưởng Cơ quan Cảnh sát điều tra Công an tỉnh nhận Bằng khen.",
     [("Kiều Văn Dũng", ["Thượng tá", "Phó Giám đốc", "Thủ trưởng Cơ quan Cảnh sát điều tra Công an tỉnh"])]),
    # an abbreviated membership glued to the next title by a dash
    ("Đến dự có đồng chí Trần Văn Sỹ, UVBCH-Phó Chủ tịch UBND huyện Đăk Hà; đồng chí A Thút, UVBCH, "
     "Trưởng phòng Nội vụ huyện.",
     [("Trần Văn Sỹ", ["UVBCH", "Phó Chủ tịch UBND huyện Đăk Hà"]), ("A Thút", ["UVBCH", "Trưởng phòng Nội vụ huyện"])]),
    # body words in lower case: the force, "sở" for the department, an election committee
    ("Dịp này, chuẩn đô đốc Lê Văn Hải - phó tư lệnh, tham mưu trưởng Quân chủng hải quân - công bố quyết định.",
     [("Lê Văn Hải", ["chuẩn đô đốc", "phó tư lệnh", "tham mưu trưởng Quân chủng hải quân"])]),
    ("Dự có đồng chí Phùng Văn Tâm, Bí thư Đảng ủy, Phó Giám đốc sở và đồng chí Cù Văn Lợi, Phó Bí thư Tỉnh ủy, "
     "Chủ tịch Ủy ban bầu cử tỉnh.",
     [("Phùng Văn Tâm", ["Bí thư Đảng ủy", "Phó Giám đốc sở"]),
      ("Cù Văn Lợi", ["Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban bầu cử tỉnh"])]),
    # a role word inside a body's name starts no second title
    ("Dự lễ có Trung tướng Mạc Văn Quyết, Tư lệnh Bộ Tư lệnh Cảnh sát cơ động.",
     [("Mạc Văn Quyết", ["Trung tướng", "Tư lệnh Bộ Tư lệnh Cảnh sát cơ động"])]),
    ("Thay mặt Đảng ủy, Ban Giám đốc Công an tỉnh, Đại tá Hà Văn Định, Phó Giám đốc Công an tỉnh tặng hoa.",
     [("Hà Văn Định", ["Đại tá", "Phó Giám đốc Công an tỉnh"])]),
    # a full-time post, a delegation of a numbered term, the merged Party committee of agencies and firms
    ("Dự có đồng chí Vàng Thị Mỷ, Phó Bí thư chuyên trách Đảng ủy UBND tỉnh; đồng chí Lý Văn Sinh, Bí thư Đảng ủy "
     "khối các Cơ quan và Doanh nghiệp tỉnh.",
     [("Vàng Thị Mỷ", ["Phó Bí thư chuyên trách Đảng ủy UBND tỉnh"]),
      ("Lý Văn Sinh", ["Bí thư Đảng ủy khối các Cơ quan và Doanh nghiệp tỉnh"])]),
])
def test_more_posts_and_bodies_as_news_writes_them(body, expected):
    assert _officials(body) == expected


def test_a_name_cut_inside_a_syllable_by_the_end_of_the_page_is_no_official():
    found = extract_officials(analyse_text(
        "Đoàn công tác đã thăm hỏi, động viên lực lượng tuyến đầu chống dịch tại thành phố trong ngày hôm qua. "
        "Phó Chủ tịch nước Đoàn Th"))
    assert found == []


def test_an_address_cut_by_the_end_of_the_page_is_left_out_of_the_title():
    found = extract_officials(analyse_text(
        "Dịp này, Chủ tịch nước tặng thưởng Huân chương Lao động hạng Ba cho nhiều tập thể và cá nhân của tỉnh. "
        "Trong đó có đồng chí Lê Văn Tòng, Bí thư Đảng ủy, Chủ tịch UBND xã Vĩnh Trạch, huyện Tho"))
    assert [(o.name, o.titles) for o in found] == [("Lê Văn Tòng", ["Bí thư Đảng ủy", "Chủ tịch UBND xã Vĩnh Trạch"])]


@pytest.mark.parametrize("body, expected", [
    # titles first, the holder after a dash, a cluster named by its region (lower-case "sông", "miền", "bộ")
    ("Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Hậu Giang, Trưởng Cụm thi đua các tỉnh Nam sông Hậu - Lê Văn Chín "
     "phát biểu khai mạc hội nghị.",
     [("Lê Văn Chín", ["Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Hậu Giang", "Trưởng Cụm thi đua các tỉnh Nam sông Hậu"])]),
    # a cluster post in brackets after the office
    ("Chủ trì có bà Đinh Thị Hồng - Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Đồng Nai (Cụm trưởng Cụm thi đua các tỉnh "
     "miền Đông Nam bộ); ông Tạ Văn Bình - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Tây Ninh.",
     [("Đinh Thị Hồng", ["Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Đồng Nai", "Cụm trưởng Cụm thi đua các tỉnh miền Đông Nam bộ"]),
      ("Tạ Văn Bình", ["Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Tây Ninh"])]),
    # an abbreviation in brackets inside a body's name
    ("Phó Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc (UBTƯ MTTQ) Việt Nam - Hồ Văn Thanh phát biểu.",
     [("Hồ Văn Thanh", ["Phó Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc (UBTƯ MTTQ) Việt Nam"])]),
    # a company's kind and board in lower case
    ("Ông Đỗ Văn Khải - Chủ tịch Hội đồng thành viên Tổng công ty Điện lực miền Bắc; bà Vũ Thị Hằng, Trưởng phòng "
     "Nhân sự Công ty cổ phần Dệt may Sông Hồng nhận Bằng khen.",
     [("Đỗ Văn Khải", ["Chủ tịch Hội đồng thành viên Tổng công ty Điện lực miền Bắc"]),
      ("Vũ Thị Hằng", ["Trưởng phòng Nhân sự Công ty cổ phần Dệt may Sông Hồng"])]),
    # "hiện là" between a name and its title; "Phó ban" and a steering board
    ("Danh hiệu được trao cho ông Trần Văn Bình, hiện là Phó Tư lệnh Quân khu 7; ông Vũ Đức Hạnh, Phó Ban chỉ đạo "
     "Tây Bắc, nguyên Tư lệnh Quân khu 2.",
     [("Trần Văn Bình", ["Phó Tư lệnh Quân khu 7"]),
      ("Vũ Đức Hạnh", ["Phó Ban chỉ đạo Tây Bắc", "nguyên Tư lệnh Quân khu 2"])]),
    # an authority left unnamed ("Thừa ủy quyền,"): the titles are the presenter's
    ("Thừa ủy quyền, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh Lê Văn Tâm trao Huân chương Lao động.",
     [("Lê Văn Tâm", ["Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"])]),
    # "và" inside one body's name; a second body after "và" is not the title's
    ("Ông Vũ Văn Lực, Giám đốc Công ty TNHH Cơ khí và Xây dựng Thành Công; ông Lê Văn Hòa, Phó Chủ tịch UBND tỉnh và "
     "Trường THPT Lê Lợi nhận Bằng khen.",
     [("Vũ Văn Lực", ["Giám đốc Công ty TNHH Cơ khí và Xây dựng Thành Công"]),
      ("Lê Văn Hòa", ["Phó Chủ tịch UBND tỉnh"])]),
    # the state's name with its abbreviation in brackets
    ("Dự lễ có đồng chí Lương Văn Cường, Chủ tịch nước Cộng hòa xã hội chủ nghĩa (CHXHCN) Việt Nam.",
     [("Lương Văn Cường", ["Chủ tịch nước Cộng hòa xã hội chủ nghĩa (CHXHCN) Việt Nam"])]),
    # the standing office of the emulation council as a person's second post; alone it names nobody
    ("Bà Lê Thị Hằng, Trưởng Ban Thi đua - Khen thưởng, Thường trực Hội đồng thi đua khen thưởng tỉnh phát biểu. "
     "Thường trực Hội đồng Thi đua - Khen thưởng tỉnh lấy ý kiến nhân dân.",
     [("Lê Thị Hằng", ["Trưởng Ban Thi đua - Khen thưởng", "Thường trực Hội đồng thi đua khen thưởng tỉnh"])]),
    # heads of police teams and border posts
    ("Đại úy Phan Văn Hòa, Đội trưởng Đội Cảnh sát giao thông Công an huyện nhận Giấy khen.",
     [("Phan Văn Hòa", ["Đại úy", "Đội trưởng Đội Cảnh sát giao thông Công an huyện"])]),
    # "Đoàn" of the Youth Union is a body, not a surname
    ("Ông Đinh Văn Sơn, Bí thư Đoàn Thanh niên Công an tỉnh nhận Bằng khen.",
     [("Đinh Văn Sơn", ["Bí thư Đoàn Thanh niên Công an tỉnh"])]),
    # "phụ trách" before the body a deputy runs; before a field it ends the title
    ("Ông Lê Văn Bảy, Phó Trưởng phòng phụ trách Phòng Nội vụ huyện; ông Hà Văn Tư, Phó Chủ tịch UBND tỉnh phụ "
     "trách lĩnh vực văn hóa phát biểu.",
     [("Lê Văn Bảy", ["Phó Trưởng phòng phụ trách Phòng Nội vụ huyện"]), ("Hà Văn Tư", ["Phó Chủ tịch UBND tỉnh"])]),
    # a deputy head of a delegation to the National Assembly; a committee of the Assembly; an abbreviated deputy secretary
    ("Dự có đồng chí Trần Văn Lâm, Phó Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh; đồng chí Hà Văn Khiêm, Phó Chủ nhiệm "
     "Ủy ban Pháp luật của Quốc hội; bà Lê Thị Sen, PBT Đảng ủy xã Tân Lập.",
     [("Trần Văn Lâm", ["Phó Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh"]),
      ("Hà Văn Khiêm", ["Phó Chủ nhiệm Ủy ban Pháp luật của Quốc hội"]),
      ("Lê Thị Sen", ["PBT Đảng ủy xã Tân Lập"])]),
    # a post in another city or abroad keeps its place; elsewhere "tại" ends the title
    ("Ông Trần Minh Tuấn, Giám đốc Cơ quan đại diện Bộ Nội vụ tại TP.HCM; bà Lê Thị Hà, Đại sứ Việt Nam tại Lào; "
     "ông Lê Văn An, Giám đốc Sở Nội vụ tại Hội nghị phát biểu.",
     [("Trần Minh Tuấn", ["Giám đốc Cơ quan đại diện Bộ Nội vụ tại TP.HCM"]),
      ("Lê Thị Hà", ["Đại sứ Việt Nam tại Lào"]), ("Lê Văn An", ["Giám đốc Sở Nội vụ"])]),
    # the Presidential Palace is a place, not a post
    ("Sáng 2/9, tại Phủ Chủ tịch, Phó Chủ tịch nước Lê Thị Hà gặp mặt các điển hình tiên tiến.",
     [("Lê Thị Hà", ["Phó Chủ tịch nước"])]),
])
def test_titles_lists_and_holders_of_unseen_outlets(body, expected):
    assert _officials(body) == expected
