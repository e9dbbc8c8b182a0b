"""Shapes of stored pages and plain-text archives of real Vietnamese news, in sentences written for
these tests: no headline, one-paragraph items, date lines of many sites, bylines in initials."""

import pytest

from pipeline.clean import build_article
from pipeline.core.types import Skipped

HEADLINE = "Khối thi đua các sở, ngành tổng kết công tác thi đua năm 2023"
LEAD = ("Chiều 12/1, tại Hội trường UBND tỉnh, Khối thi đua các sở, ngành tổ chức hội nghị tổng kết công tác "
        "thi đua, khen thưởng năm 2023 và ký kết giao ước thi đua năm 2024.")
MORE = ("Năm 2023, các đơn vị trong khối đã hoàn thành tốt nhiệm vụ được giao, nhiều phong trào thi đua "
        "được triển khai sâu rộng và đạt kết quả thiết thực.")


def article(*lines):
    return build_article("t", "<t>", "\n".join(lines))


def body_text(a):
    return "\n".join(s.of(a.text) for s in a.body)


@pytest.mark.parametrize("lead", [
    "(Baotinh.vn) - UBND tỉnh vừa ban hành quyết định tặng Cờ thi đua cho 12 tập thể dẫn đầu phong trào thi đua.",
    "(BTĐ)- Trong 2 ngày 15 và 16-9, tại Nhà văn hóa tỉnh, Tỉnh ủy, UBND tỉnh tổ chức Đại hội Thi đua yêu nước.",
    "TTĐT - Sở Nội vụ lấy ý kiến nhân dân đối với danh sách đề nghị khen thưởng cấp Nhà nước năm 2024.",
    "Chiều 3/10, Công đoàn ngành giáo dục tỉnh tổ chức hội nghị tổng kết năm học và trao Giấy khen cho 20 tập thể.",
    "Sáng 10.12, Chủ tịch UBND huyện cho biết Chủ tịch nước vừa ký quyết định tặng Huân chương Dũng cảm cho hai người.",
    "Theo đó, UBND tỉnh tặng Cờ thi đua cho 4 tập thể đã dẫn đầu phong trào thi đua các khối năm 2023, gồm:",
    "Nhằm đẩy mạnh phong trào thi đua vì an ninh Tổ quốc, Công an các huyện đã ký giao ước thi đua với 9 nội dung.",
    "UBND huyện vừa tổ chức hội nghị tổng kết phong trào thi đua năm 2023 và phát động phong trào thi đua năm 2024.",
    "Hội nghị tổng kết đã diễn ra tại huyện. Trong đó, 13 tập thể được tặng Giấy khen của Chủ tịch UBND huyện.",
    "(VOV5) - Năm 2023, có 191 nhà giáo tiêu biểu ở các cấp học trên cả nước được tuyên dương tại Hà Nội.",
    "Theo Ban Tổ chức Tỉnh ủy, đợt này có 2.430 đảng viên được tặng và truy tặng Huy hiệu Đảng.",
    "Đó là kết quả được công bố tại Hội nghị sơ kết phong trào thi đua của Công đoàn ngành Giáo dục tổ chức ngày 12/7.",
    "Đây là những cán bộ, công chức tiêu biểu, có thành tích xuất sắc trong phong trào thi đua yêu nước của tỉnh.",
])
def test_a_text_that_starts_with_its_lead_has_no_headline(lead):
    a = article(lead, MORE)
    assert a.title is None
    assert body_text(a).startswith(lead)


def test_a_headline_without_full_stop_above_the_lead_is_the_title():
    a = article(HEADLINE, LEAD, MORE)
    assert a.title_text == HEADLINE


def test_a_headline_that_ends_with_a_full_stop_is_still_a_headline():
    headline = "Cụm thi đua các huyện tổ chức hội nghị tổng kết năm 2023, triển khai nhiệm vụ năm 2024."
    assert article(headline, LEAD, MORE).title_text == headline


def test_a_one_paragraph_news_item_is_an_article():
    item = ("Thủ tướng Chính phủ vừa ban hành Quyết định tặng Bằng khen cho 6 cá nhân của tỉnh gồm: bà Lê Thị Hoa, "
            "Phó Giám đốc Sở Tài chính; ông Trần Văn Nam, Phó Chủ tịch UBND huyện, đã có thành tích trong công tác "
            "từ năm 2019 đến năm 2023, góp phần vào sự nghiệp xây dựng chủ nghĩa xã hội và bảo vệ Tổ quốc")
    a = article(item)
    assert a.title is None
    assert body_text(a) == item


def test_a_page_with_no_prose_is_still_skipped():
    with pytest.raises(Skipped) as err:
        article("Trang chủ Chính trị Xã hội Kinh tế", "Thời tiết", "Chia sẻ")
    assert err.value.reason == "no_body"


@pytest.mark.parametrize("caption", [
    "Đại tá Lê Văn An, Phó Chỉ huy trưởng (giữa) trao giấy khen cho các đơn vị có thành tích xuất sắc",
    "Lãnh đạo tỉnh trao Cờ thi đua cho các đơn vị dẫn đầu. Ảnh: Minh Tân",
])
def test_a_photo_caption_above_the_text_is_not_the_title(caption):
    assert article(caption, LEAD, MORE).title is None
    assert article(caption, caption, HEADLINE, LEAD, MORE).title_text == HEADLINE


@pytest.mark.parametrize("top", [
    ["Truy cập nội dung luôn", HEADLINE],
    ["Báo Đồng Nai điện tử", "En", HEADLINE],
    ["Báo Công An Tỉnh", HEADLINE],
    ["Trang chủ Chính trị Xã hội Kinh tế Văn hóa", HEADLINE],
])
def test_site_names_and_menus_above_the_headline_are_not_the_title(top):
    a = article(*top, "09:03, 13/03/2024", LEAD, MORE)
    assert a.title_text == HEADLINE
    assert a.published == "2024-03-13T09:03"


@pytest.mark.parametrize("dateline, published", [
    ("15:24 - 26/01/2024", "2024-01-26T15:24"),
    ("23:07 - 26/01/2024", "2024-01-26T23:07"),
    ("Đăng ngày: 14/05/2018 08:29:24", "2018-05-14T08:29"),
    ("Ngày cập nhật 30/03/2017", "2017-03-30"),
    ("Print Thứ Sáu, 20/11/2020 10:30 Gốc", "2020-11-20T10:30"),
    ("Ngày đăng: 07/09/2025", "2025-09-07"),
    ("Cập nhật: 29-11-2016 | 10:45:49", "2016-11-29T10:45"),
    ("01/3/2024, 07:29:02", "2024-03-01T07:29"),
    ("THỨ TƯ, 03/06/2020 07:55:25", "2020-06-03T07:55"),
    ("27/04/2023 14:47 98", "2023-04-27T14:47"),
    ("Thứ sáu - 14/05/2021 08:30 769 0", "2021-05-14T08:30"),
    ("Thứ Tư, 24/11/2021, 17:00 [GMT+7]", "2021-11-24T17:00"),
    ("15/07/2020 08:00:00 Xem cỡ chữ: A+ A-", "2020-07-15T08:00"),
    ("14/12/2018 | 10:05 | cms-view-count: 7892", "2018-12-14T10:05"),
    ("18:21:26 , 24/10/2014", "2014-10-24T18:21"),
    ("08:23 AM - 29/11/2023", "2023-11-29T08:23"),
    ("Ngày đăng: 2024-01-15 09:30", "2024-01-15T09:30"),
    ("Đăng bởi: admin - 15/01/2024 09:30", "2024-01-15T09:30"),
    ("Ngày đăng 31/01/2023 | 21:01 | View count: 515", "2023-01-31T21:01"),
])
def test_date_lines_of_many_sites(dateline, published):
    a = article(HEADLINE, dateline, LEAD, MORE)
    assert a.published == published
    assert a.dateline.of(a.text) == dateline


@pytest.mark.parametrize("dateline, published", [
    ("Create: T5, 01/09/2020 - 09:39", "2020-01-09T09:39"),  # 9 January 2020 was a Thursday
    ("Thứ Ba, 01/09/2020 09:39", "2020-09-01T09:39"),  # and 1 September 2020 a Tuesday
    ("Thứ Hai, 15/01/2024 - 09:30", "2024-01-15T09:30"),  # a day above 12 is always the day
])
def test_the_weekday_decides_day_first_or_month_first(dateline, published):
    assert article(HEADLINE, dateline, LEAD, MORE).published == published


def test_a_month_stamp_is_a_date_line_without_a_day():
    a = article("Tháng 10/2023", LEAD, MORE)
    assert a.published is None
    assert a.title is None
    assert a.dateline.of(a.text) == "Tháng 10/2023"
    assert "Tháng 10/2023" not in body_text(a)


def test_the_article_date_line_wins_over_the_site_clock_above_it():
    a = article("Thứ Năm, 18/01/2024", "Chính trị", "Xã hội", HEADLINE, "16:05, 17/01/2024", LEAD, MORE)
    assert a.published == "2024-01-17T16:05"


@pytest.mark.parametrize("byline, author", [
    ("N.T", "N.T"),
    ("T.Văn", "T.Văn"),
    ("T.VĂN", "T.VĂN"),
    ("N.Q.VIỆT", "N.Q.VIỆT"),
    ("CSMT", "CSMT"),
    ("MỸ LINH- DUY ANH", "MỸ LINH- DUY ANH"),
    ("Bình - Trí", "Bình - Trí"),
    ("M.Thùy – T.Sinh", "M.Thùy – T.Sinh"),
    ("LONG PHI – QUỐC THÀNH", "LONG PHI – QUỐC THÀNH"),
    ("Lê Hoa - CTV", "Lê Hoa"),
    ("Bài: Đinh Tuyên, ảnh Ngọc Dũng", "Đinh Tuyên"),
    ("Tác giả bài viết: Ninh Minh Tân", "Ninh Minh Tân"),
    ("Phùng Vị – HND tỉnh", "Phùng Vị"),
    ("Lê Hoa/TTXVN", "Lê Hoa"),
    ("Tin- ảnh H.Lan", "H.Lan"),
    ("Hà Linh/Báo Yên Bái", "Hà Linh"),
    ("Bài và ảnh Quốc Tuấn", "Quốc Tuấn"),
    ("HK - T.L.MAI", "HK - T.L.MAI"),
    ("ĐÁNH GIÁ BÀI VIẾT( 2)", None),
    ("NT", "NT"),
    ("TTO", None),
    ("ẢNH", None),
    ("Báo Sơn La", None),
    ("Theo Báo Quảng Ninh", None),
    ("MỚI - NÓNG", None),
])
def test_bylines_at_the_end(byline, author):
    a = article(HEADLINE, "08:00, 13/01/2024", LEAD, MORE, byline, "Chia sẻ bài viết")
    assert a.author == author


@pytest.mark.parametrize("credit", ["Báo Sơn La", "Theo Báo Quảng Ninh", "baotinh.vn"])
def test_an_outlet_credit_ends_the_article_and_names_no_author(credit):
    a = article(HEADLINE, "08:00, 13/01/2024", LEAD, MORE, credit)
    assert a.author is None
    assert credit not in a.text


@pytest.mark.parametrize("tail", [
    ["Có thể bạn quan tâm", "Huyện Yên Thành đón nhận Huân chương", MORE],
    ["Chia sẻ bài viết", "LƯU Ý: Ban biên tập sẽ biên tập ý kiến của bạn đọc trước khi đăng tải lên trang."],
    ["Tài liệu đính kèm:", "Tiện ích thông tin", "QR Code Fanpage"],
    ["Trả lời", "Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *"],
])
def test_the_byline_is_found_before_the_page_tail(tail):
    a = article(HEADLINE, "08:00, 13/01/2024", LEAD, MORE, "HÀ SỰ", *tail)
    assert a.author == "HÀ SỰ"
    assert body_text(a).endswith(MORE)


def test_a_byline_under_the_headline_when_the_text_ends_with_an_outlet_code():
    a = article("21/04/2018 19:08 GMT+7", HEADLINE, "HÀ THANH", LEAD, MORE, "TTO")
    assert a.author == "HÀ THANH"


def test_a_byline_printed_on_the_date_line():
    a = article("Công an tỉnh được đề nghị tặng danh hiệu Anh hùng. Ảnh: Công an tỉnh", HEADLINE,
                "QUANG VIỆT (báo lao động) 09/11/2025 16:07 (GMT+7)", LEAD, MORE)
    assert a.title_text == HEADLINE
    assert a.published == "2025-11-09T16:07"
    assert a.author == "QUANG VIỆT"
    assert a.byline.of(a.text) == "QUANG VIỆT"


def test_no_byline_is_read_after_a_source_credit():
    a = article(HEADLINE, "08:00, 13/01/2024", LEAD, MORE, "Theo Báo giấy", "TIN MỚI - NÓNG")
    assert a.author is None


def test_a_link_label_is_not_a_byline():
    a = article(HEADLINE, "08:00, 13/01/2024", LEAD, MORE, "Chúng tôi trên mạng xã hội", "QR Code Fanpage")
    assert a.author is None


def test_lines_wrapped_in_the_middle_of_a_sentence_are_joined():
    # Some portals store their text wrapped at a fixed width: a line ends mid-sentence, even mid-name.
    a = article(HEADLINE, LEAD, "Tham dự hội", "nghị có Ban Thường trực Ủy ban MTTQ Việt Nam 6 huyện trong cụm thi đua số III,"
                " Ban Thường trực Ủy", "ban MTTQ Việt Nam huyện Tân Lập chủ trì hội nghị.", MORE, "Ngọc Hân - Ủy",
                "ban MTTQ Việt Nam huyện Tân Lập")
    assert a.title_text == HEADLINE
    assert "\nTham dự hội nghị có Ban Thường trực Ủy ban MTTQ Việt Nam 6 huyện" in body_text(a)
    assert "Thường trực Ủy ban MTTQ Việt Nam huyện Tân Lập chủ trì" in body_text(a)
    assert a.author == "Ngọc Hân"


def test_a_hard_wrapped_paragraph_is_joined_at_capitals_too_but_not_after_a_caption():
    # In a paragraph wrapped at a fixed width a name may break before a capital ("Việt" / "Nam").
    a = article(HEADLINE, LEAD, "Hội nghị nhất trí đề nghị tặng cờ thi đua năm 2024 cho đơn vị Ủy ban MTTQ",
                "Việt Nam huyện Tân Lập và đề nghị tặng bằng khen cho 02 đơn vị Ủy ban MTTQ Việt",
                "Nam các huyện: Yên Hòa, Đông Sơn. Các đơn vị trong cụm thống nhất bầu cụm trưởng",
                "năm 2025.", "", "(Cụm thi đua số II trao cờ luân lưu cụm trưởng năm 2025 tại hội nghị)",
                "Kết thúc hội nghị, các đơn vị ký giao ước thi đua năm 2025 với nhiều chỉ tiêu cụ thể.")
    text = body_text(a)
    assert "cho 02 đơn vị Ủy ban MTTQ Việt Nam các huyện: Yên Hòa, Đông Sơn." in text
    assert "cho đơn vị Ủy ban MTTQ Việt Nam huyện Tân Lập" in text
    assert "tại hội nghị) Kết thúc" not in text


@pytest.mark.parametrize("line", ["hoi-nghi-tong-ket-cum-thi-dua.jpg", "leftcenterrightdel", "reset captcha"])
def test_furniture_in_lower_case_is_not_joined_to_the_line_before(line):
    a = article(HEADLINE, LEAD, "Các đại biểu tham dự hội nghị tổng kết", line, MORE)
    assert line not in a.text.replace("\n", " ").replace("tổng kết " + line, "")


def test_a_new_paragraph_is_not_joined_to_the_line_before():
    a = article(HEADLINE, LEAD + "\n\n" + "trong năm 2024, các đơn vị tiếp tục đẩy mạnh phong trào thi đua yêu nước.")
    assert any(s.of(a.text).startswith("trong năm 2024") for s in a.body)


def test_a_one_sentence_excerpt_with_its_byline_is_read():
    # A stored excerpt of one sentence and a byline is a short item, not an empty page.
    sentence = ("Đây là những cán bộ công đoàn tiêu biểu, có nhiều hoạt động chăm lo cho đoàn viên và người lao động "
                "trong phong trào lao động giỏi, lao động sáng tạo.")
    a = article(sentence, "T.Hà")
    assert a.title is None and body_text(a) == sentence and a.author == "T.Hà"


@pytest.mark.parametrize("top", [["Trong tỉnh"], ["Bỏ qua nội dung", "x"], ["CUM THI DUA SO 4 (3).jpg"]])
def test_a_section_label_a_button_or_a_file_name_is_no_title(top):
    a = article(*top, LEAD, MORE)
    assert a.title is None
    assert body_text(a).startswith(LEAD)


@pytest.mark.parametrize("lines, title, published", [
    # the page's stamp printed at the end of the headline line
    ([HEADLINE + " (08:15 12/01/2024)", LEAD, MORE], HEADLINE, "2024-01-12T08:15"),
    # a breadcrumb, then the stamp on the same line; the headline below
    (["Tin Hoạt động >> Văn hóa 12/01/2024 08:15:33", HEADLINE, LEAD, MORE], HEADLINE, "2024-01-12T08:15"),
    (["Tin Hoạt động >> Văn hóa", "12/01/2024 08:15:33", HEADLINE, LEAD, MORE], HEADLINE, "2024-01-12T08:15"),
    # a date line of an English CMS
    (["Skip to main content", "x", "12 January 2024", LEAD, MORE], None, "2024-01-12"),
])
def test_stamps_breadcrumbs_and_english_dates(lines, title, published):
    a = article(*lines)
    assert a.title_text == title
    assert a.published == published
    assert "Văn hóa" not in body_text(a) and "x\n" not in body_text(a)


def test_a_sentence_that_ends_with_a_date_and_time_is_not_split():
    sentence = "Hội nghị tổng kết công tác thi đua của khối sẽ diễn ra vào lúc 08:00 ngày 15/01/2024."
    a = article(HEADLINE, LEAD, sentence, MORE)
    assert sentence in body_text(a)
    assert a.published is None


@pytest.mark.parametrize("lines, author", [
    # a provincial paper's or station's code under the story is the outlet, not the writer
    ([HEADLINE, LEAD, MORE, "BQNO"], None),
    ([HEADLINE, LEAD, MORE, "TBTV"], None),
    # a signature in capitals is still a writer's
    ([HEADLINE, LEAD, MORE, "KTMT"], "KTMT"),
    # the agency's header above the story names no writer
    (["SỞ NỘI VỤ", HEADLINE, LEAD, MORE], None),
    ([HEADLINE, "SỞ NỘI VỤ", LEAD, MORE], None),
    # a signature set off by bullets, in the header or under the story
    (["• TLH •", HEADLINE, LEAD, MORE], "TLH"),
    ([HEADLINE, "• TLH • 03/01/2024 08:00", LEAD, MORE], "TLH"),
    ([HEADLINE, "• Thứ Tư, 03/01/2024", LEAD, MORE, "• Theo Báo Quảng Ninh"], None),
    ([HEADLINE, LEAD, MORE, "• Lê Hoa •"], "Lê Hoa"),
    # a person given as the source, with an office after the name
    ([HEADLINE, LEAD, MORE, "Nguồn: Trần Văn Hải - Phòng Nghiệp vụ"], "Trần Văn Hải"),
    ([HEADLINE, LEAD, MORE, "Nguồn: Sở Nội vụ"], None),
    ([HEADLINE, LEAD, MORE, "Nguồn: TTXVN"], None),
    # a section label in capitals above the headline is neither its title nor its author
    (["TIN TỨC SỰ KIỆN TRONG TỈNH", HEADLINE, LEAD, MORE], None),
    # a weather widget's list of cities above the headline; a writer's name there still counts
    (["Thời tiết các vùng", "Hà Nội", "Đà Nẵng", HEADLINE, LEAD, MORE], None),
    (["Lê Văn Hòa", HEADLINE, LEAD, MORE], "Lê Văn Hòa"),
])
def test_outlet_codes_agency_headers_and_marked_bylines(lines, author):
    a = article(*lines)
    assert a.author == author
    assert a.title_text == HEADLINE


@pytest.mark.parametrize("header", ["BỘ THÔNG TIN VÀ TRUYỀN THÔNG", "ĐẠI HỘI ĐẢNG CÁC CẤP"])
def test_a_header_in_capitals_above_the_headline_is_not_the_title(header):
    a = article(header, HEADLINE, LEAD, MORE)
    assert a.title_text == HEADLINE
    assert a.author is None


def test_a_headline_in_capitals_alone_is_the_title():
    a = article(HEADLINE.upper(), LEAD, MORE)
    assert a.title_text == HEADLINE.upper()


def test_a_headline_and_one_short_sentence_are_an_article():
    sentence = "UBND tỉnh tặng Bằng khen cho 32 tập thể."
    a = article(HEADLINE, sentence)
    assert a.title_text == HEADLINE and body_text(a) == sentence


def test_a_stored_copy_cut_to_its_headline_is_an_article():
    # Nothing but a headline of sentence length (and the crawler's date stamp): the item is read from it.
    headline = "Tổng kết cụm thi đua công đoàn các tỉnh duyên hải: vai trò của tổ chức công đoàn càng rõ nét"
    a = article("Ngày đăng: 05/01/2024", headline)
    assert a.title_text == headline and a.body == [] and a.published == "2024-01-05"


@pytest.mark.parametrize("lines", [["Tin tức sự kiện trong tỉnh"], ["Khối thi đua các sở tổng kết", "Chia sẻ", "In bài"],
                                   [HEADLINE, "Thời tiết", "Tin liên quan khác"]])
def test_a_short_headline_or_labels_alone_are_no_article(lines):
    with pytest.raises(Skipped) as err:
        article(*lines)
    assert err.value.reason == "no_body"
