import json

import pytest

from pipeline.extract.event import extract_event
from tests.helpers import SEED_GOLD, analyse_seed, analyse_text

STEMS = sorted(p.stem for p in SEED_GOLD.glob("*.json"))


@pytest.mark.parametrize("stem", STEMS)
def test_seed_event_matches_gold(stem):
    gold = json.loads((SEED_GOLD / f"{stem}.json").read_text(encoding="utf-8"))["event"]
    event = extract_event(analyse_seed(stem))
    assert (event.type, sorted(event.also), event.date, event.location) == (
        gold["type"], sorted(gold["also"]), gold["date"], gold["location"])


@pytest.mark.parametrize("title, body, dateline, expected", [
    ("Huyện Yên Thành đón nhận Huân chương Lao động hạng Ba",
     "Sáng 5/1, tại Trung tâm Văn hóa huyện, huyện Yên Thành long trọng tổ chức Lễ đón nhận Huân chương Lao động "
     "hạng Ba và tổng kết công tác năm 2023.", "08:00, 06/01/2024", ("award_ceremony", "2024-01-05")),
    ("Đại hội Thi đua yêu nước tỉnh Lạng Sơn lần thứ VI",
     "Ngày 2 tháng 3 năm 2025, tại Hội trường tỉnh, tỉnh Lạng Sơn tổ chức Đại hội Thi đua yêu nước lần thứ VI.",
     "", ("congress", "2025-03-02")),
    ("Khối thi đua các doanh nghiệp tổng kết năm 2023",
     "Sáng 28-12, Khối thi đua các doanh nghiệp tỉnh tổ chức hội nghị tổng kết công tác thi đua, khen thưởng "
     "năm 2023 và phát động phong trào thi đua năm 2024.", "09:15, 03/01/2024", ("review_conference", "2023-12-28")),
    ("Phát động phong trào thi đua đặc biệt",
     "Sáng nay (15/3), UBND tỉnh tổ chức lễ phát động phong trào thi đua đặc biệt chào mừng kỷ niệm 50 năm "
     "giải phóng miền Nam.", "15/03/2025 10:20", ("movement_launch", "2025-03-15")),
    ("Lớp tập huấn nghiệp vụ công tác thi đua, khen thưởng",
     "Trong hai ngày, Ban Thi đua - Khen thưởng tỉnh mở lớp tập huấn nghiệp vụ cho cán bộ làm công tác thi đua "
     "của các sở, ngành và địa phương trong tỉnh.", "10:00, 20/05/2024", ("other", None)),
    ("Sơ kết công tác thi đua 6 tháng đầu năm 2025",
     "Hội đồng Thi đua - Khen thưởng tỉnh vừa tổ chức hội nghị sơ kết công tác thi đua 6 tháng đầu năm. "
     "Ngày 1/7/2025, tỉnh mới chính thức đi vào hoạt động. Các sở đã triển khai nhiều phong trào. "
     "Hội nghị diễn ra sáng 12/8 tại Hội trường UBND tỉnh.", "13/08/2025 06:45", ("review_conference", "2025-08-12")),
    ("Hội đồng Thi đua - Khen thưởng tỉnh xét khen thưởng tổng kết năm 2024",
     "Chiều 16/12, Hội đồng Thi đua - Khen thưởng tỉnh họp xét khen thưởng thành tích tổng kết năm 2024 dưới sự "
     "chủ trì của Chủ tịch UBND tỉnh.", "17/12/2024 | 10:02", ("other", "2024-12-16")),
    ("Ban hành Kế hoạch tổ chức phong trào thi đua năm 2024",
     "Sở Nội vụ và Liên đoàn Lao động tỉnh vừa ban hành Kế hoạch liên tịch số 01/KHLT-SNV-LĐLĐ ngày 12/3/2024 "
     "về tổ chức phong trào thi đua trong công nhân, viên chức, lao động.", "18/03/2024", ("other", "2024-03-12")),
    ("Kiểm tra công tác thi đua, khen thưởng tại huyện",
     "Thực hiện Công văn số 567/UBND-NC ngày 20/9/2017 của UBND tỉnh, vừa qua, đoàn kiểm tra của Hội đồng "
     "Thi đua - Khen thưởng tỉnh đã làm việc tại huyện.", "12/10/2017", ("other", None)),
])
def test_event_type_and_date(title, body, dateline, expected):
    event = extract_event(analyse_text(body, title=title, dateline=dateline))
    assert (event.type, event.date) == expected


def test_event_evidence_is_exact():
    analysis = analyse_seed("001_cd6882ff96a3fb17")
    event = extract_event(analysis)
    for ev in (event.evidence, event.date_evidence, event.location_evidence):
        assert analysis.text[ev.start:ev.end] == ev.span_text
    assert event.date_evidence.span_text == "30-3"


@pytest.mark.parametrize("title, body, kind", [
    (None, "Ngày 12/4, Cụm thi đua số 4 Tỉnh ủy giao ban công tác thi đua năm 2024 tại Huyện ủy Lắk.", "review_conference"),
    (None, "Ngày 20/2, Bộ Chỉ huy BĐBP tỉnh tổ chức triển khai phong trào thi đua quyết thắng năm 2024 đối với các đồn "
           "biên phòng tuyến biển.", "movement_launch"),
    ("Lấy ý kiến nhân dân về đề nghị khen thưởng cấp Nhà nước (tổng kết năm 2023)",
     "Sở Nội vụ đăng tải danh sách các tập thể được đề nghị khen thưởng để lấy ý kiến nhân dân.", "other"),
    (None, "Ngày 2/9, UBND tỉnh tổ chức lễ truy tặng danh hiệu vinh dự Nhà nước “Bà mẹ Việt Nam anh hùng” cho 5 mẹ.",
     "award_ceremony"),
    (None, "Tối 30/12, huyện tổ chức Lễ công bố Quyết định công nhận huyện đạt chuẩn nông thôn mới năm 2024.", "other"),
])
def test_event_types_as_real_articles_write_them(title, body, kind):
    analysis = analyse_text(body + " Các đại biểu đã thảo luận và thống nhất nhiều nội dung quan trọng.", title=title)
    assert extract_event(analysis).type == kind


def test_a_day_month_takes_the_year_its_sentence_names_when_nothing_else_gives_it():
    analysis = analyse_text("Chiều 15-3, tại thành phố Pleiku, Cụm thi đua Tây Nguyên tổ chức ký kết giao ước thi "
                            "đua năm 2018. Các đại biểu đã thảo luận và thống nhất nhiều nội dung quan trọng.", title=None,
                            dateline=None)
    assert extract_event(analysis).date == "2018-03-15"


@pytest.mark.parametrize("body, date", [
    # a part of the day marks the event's date even after a long opening
    ("Thực hiện Kế hoạch số 04/KH-HKH của Hội Khuyến học quận Tân Phú, chiều ngày 02/3/2022 tại UBND phường Sơn Kỳ, "
     "Cụm thi đua 1 tổ chức ký kết giao ước thi đua.", "2022-03-02"),
    # "Ngay" printed without its tone mark
    ("Ngay 23/1, Cụm thi đua số 5 thuộc Cục Thuế tổ chức tổng kết công tác thi đua năm 2023.", "2024-01-23"),
])
def test_event_dates_of_more_real_shapes(body, date):
    analysis = analyse_text(body + " Các đại biểu đã thảo luận và thống nhất nhiều nội dung quan trọng.",
                            dateline="08:00, 25/01/2024")
    assert extract_event(analysis).date == date
