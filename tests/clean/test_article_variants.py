"""Hand-written variants of the seeds' hard cases: date lines, bylines, furniture."""

import pytest

from pipeline.clean import build_article
from pipeline.core.types import Skipped

BODY = ("Sáng 12/1, tại Hội trường UBND tỉnh, Khối thi đua các sở, ban, ngành tổ chức hội nghị tổng kết công tác "
        "thi đua, khen thưởng năm 2023 và ký kết giao ước thi đua năm 2024.")


def article(*lines):
    return build_article("t", "<t>", "\n".join(lines))


@pytest.mark.parametrize("dateline, published", [
    ("17:43, 30/03/2023", "2023-03-30T17:43"),
    ("Cập nhật lúc20:12, Thứ Năm, 13/02/2020 (GMT+7)", "2020-02-13T20:12"),
    ("13/03/2020 08:12 Số lượt xem: 161", "2020-03-13T08:12"),
    ("Thứ Hai, 15/01/2024 - 09:30", "2024-01-15T09:30"),
    ("Ngày đăng: 05/01/2024", "2024-01-05"),
    ("Thứ sáu, 12/01/2024, 14:05 (GMT+7)", "2024-01-12T14:05"),
    ("12-01-2024 | 9h30", "2024-01-12T09:30"),
    ("11 January 2024", "2024-01-11"),
    ("Thursday, January 11, 2024 08:15", "2024-01-11T08:15"),
])
def test_date_lines_in_every_form(dateline, published):
    a = article("Khối thi đua các sở tổng kết năm 2023", dateline, BODY)
    assert a.published == published
    assert a.dateline and a.dateline.of(a.text) == dateline


def test_date_line_above_the_title():
    a = article("Thứ Hai, 15/01/2024 - 09:30", "Khối thi đua các sở tổng kết năm 2023", BODY)
    assert a.title_text == "Khối thi đua các sở tổng kết năm 2023"
    assert a.published == "2024-01-15T09:30"


def test_lead_sentence_with_a_date_is_not_a_date_line():
    a = article("Cụm thi đua tổng kết năm 2019", "Chiều ngày 11/01/2020, Cụm thi đua các huyện tổ chức Hội nghị "
                "tổng kết phong trào thi đua năm 2019, phương hướng nhiệm vụ năm 2020.", BODY)
    assert a.published is None


@pytest.mark.parametrize("byline, author", [
    ("Tin, ảnh: Minh TânBÁO NAM ĐỊNH ĐIỆN TỬ", "Minh Tân"),
    ("T/h: Bích ThủyÝ KIẾN BẠN ĐỌC", "Bích Thủy"),
    ("Hồng NhungTIN LIÊN QUAN", "Hồng Nhung"),
    ("Thu Hà (Trung tâm VH-TT)", "Thu Hà"),
    ("Bài, ảnh: Quang Huy", "Quang Huy"),
    ("Vũ Hưng", "Vũ Hưng"),
    ("Minh Khôi - Thu Trang", "Minh Khôi - Thu Trang"),
    ("PV", "PV"),
])
def test_bylines(byline, author):
    a = article("Khối thi đua các sở tổng kết năm 2023", "17:43, 30/03/2023", BODY, byline,
                "Tổng biên tập: Lê Thị Hoa", "Chia sẻ", "Thống kê truy cập", "Trực tuyến : 4646")
    assert a.author == author
    assert "Lê Thị Hoa" not in a.text and "Trực tuyến" not in a.text


def test_caption_is_not_a_byline():
    a = article("Khối thi đua các sở tổng kết năm 2023", BODY, "Toàn cảnh Hội nghị")
    assert a.author is None
    assert "Toàn cảnh Hội nghị" in a.text


def test_related_headlines_after_the_byline_are_dropped():
    a = article("Khối thi đua các sở tổng kết năm 2023", BODY, "Lan Anh", "TIN LIÊN QUAN",
                "Huyện Yên Thành đón nhận Huân chương Lao động hạng Ba", "Cụm thi đua số 2 sơ kết 6 tháng")
    assert a.author == "Lan Anh"
    assert "Yên Thành" not in a.text


def test_nfd_input_is_normalized():
    import unicodedata
    a = build_article("t", "<t>", unicodedata.normalize("NFD", "Khối thi đua tổng kết\n" + BODY))
    assert unicodedata.is_normalized("NFC", a.text)


def test_lookalike_eth_is_read_as_the_vietnamese_letter():
    # Old windows-1258 pages read as latin-1 print "Ð" for "Đ": every extractor matches on the letter.
    a = build_article("t", "<t>", "Ðảng bộ xã đón nhận Huân chương Lao động\n"
                      "Ngày 21-12, Chủ tịch nước Trần Ðức Minh đã ký Quyết định số 1502/2006/QÐ-CTN "
                      "phong tặng danh hiệu Anh hùng Lao động cho Ðảng bộ và nhân dân xã Tân Lập.")
    assert "Ð" not in a.text and "QĐ-CTN" in a.text and a.title_text == "Đảng bộ xã đón nhận Huân chương Lao động"


def test_page_without_body_is_skipped_with_a_reason():
    with pytest.raises(Skipped) as err:
        article("Trang chủ", "Thời tiết", "Chia sẻ")
    assert err.value.reason == "no_body"


@pytest.mark.parametrize("lines, author", [
    (["Khối thi đua các sở tổng kết năm 2023", "Bài, ảnh: Đức Minh", "Cập nhật: 13/08/2025 06:45", BODY, "Bình luận"],
     "Đức Minh"),
    (["Khối thi đua các sở tổng kết năm 2023", "TRUNG KIÊN", "18/07/2025 11:02", BODY], "TRUNG KIÊN"),
    (["Khối thi đua các sở tổng kết năm 2023", "18/07/2025 11:02", BODY, "Theo Báo Quảng Ninh", "Chia sẻ"], None),
    (["Khối thi đua các sở tổng kết năm 2023", "18/07/2025 11:02", BODY, "CTV Đào Thu"], "Đào Thu"),
    (["Khối thi đua các sở tổng kết năm 2023", "18/07/2025 11:02", BODY, "BBT"], "BBT"),
    (["Khối thi đua các sở tổng kết năm 2023", "18/07/2025 11:02", BODY, "NGỌC TÚ", "BÁO BÌNH ĐỊNH ĐIỆN TỬ"], "NGỌC TÚ"),
    (["Khối thi đua các sở tổng kết năm 2023", "18/07/2025 11:02", BODY,
      "Thanh Tâm - Phòng Công tác thi đua, khen thưởng"], "Thanh Tâm"),
    (["Khối thi đua các sở tổng kết năm 2023", "18/07/2025 11:02", BODY, "THANH TÂM - VĂN PHÒNG SỞ"], "THANH TÂM"),
    (["Khối thi đua các sở tổng kết năm 2023", "18/07/2025 11:02", BODY, "Thu Hà - Văn phòng Sở"], "Thu Hà"),
])
def test_bylines_at_the_top_and_credits(lines, author):
    a = article(*lines)
    assert a.author == author
    assert "Theo Báo" not in a.text and "Chia sẻ" not in a.text


def test_date_line_after_the_body():
    a = article("Cụm thi đua số IV tổng kết năm 2024", BODY, "Minh Khang (Phòng Tham mưu)", "Ngày đăng: 11/10/2024",
                "Lượt xem: 312")
    assert a.published == "2024-10-11"
    assert a.author == "Minh Khang"


def test_menu_lines_before_the_headline_are_not_the_title():
    a = article("Chính trị", "Kinh tế", "Xã hội", "Thi đua - Khen thưởng",
                "Khối thi đua các sở tổng kết công tác năm 2023", "08:00, 05/01/2024", BODY)
    assert a.title_text == "Khối thi đua các sở tổng kết công tác năm 2023"
    assert "Kinh tế" not in "\n".join(s.of(a.text) for s in a.body)


def test_a_page_far_longer_than_an_article_is_skipped_with_a_reason():
    with pytest.raises(Skipped) as err:
        article("Khối thi đua các sở tổng kết năm 2023", *([BODY] * 2500))
    assert err.value.reason == "too_long"
