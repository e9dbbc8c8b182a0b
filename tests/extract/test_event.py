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
    # a meeting named by "đánh giá" reviews, whatever else it does
    (None, "Sáng 9/5, thị xã tổ chức Hội nghị đánh giá, biểu dương các tập thể tiêu biểu năm 2023 và phát động phong "
           "trào thi đua năm 2024.", "review_conference"),
    (None, "Hôm nay, tại thành phố Vinh, Sở Nội vụ tổ chức hội nghị đánh giá việc triển khai phong trào thi đua “Dân "
           "vận khéo” ở 6 huyện.", "review_conference"),
    (None, "Chiều 12/4, Bộ Chỉ huy Quân sự tỉnh tổ chức hội nghị công bố quyết định trao Cờ truyền thống cho Ban Chỉ huy "
           "Quân sự xã.", "award_ceremony"),
    (None, "Sáng 14/6, Sở Nội vụ tổ chức trao tặng các hình thức khen thưởng cấp Nhà nước cho 9 tập thể.",
     "award_ceremony"),
    (None, "Tối 2/9, Hội Nông dân tỉnh tổ chức Lễ biểu dương 60 nông dân sản xuất, kinh doanh giỏi.", "award_ceremony"),
    # a launch at an anniversary or a meeting of another kind is part of it
    ("Kỷ niệm Ngày Nhà giáo Việt Nam", "Đó là ý kiến của Giám đốc Sở tại hội nghị kỷ niệm 42 năm Ngày Nhà giáo Việt Nam "
     "và phát động thi đua năm học mới do Sở Giáo dục tổ chức sáng nay.", "other"),
    (None, "Sáng 8.3, chủ trì Hội nghị Thủ tướng gặp mặt các doanh nghiệp tiêu biểu phát động phong trào thi đua năm "
           "2025, Thủ tướng yêu cầu doanh nghiệp đổi mới mạnh mẽ.", "other"),
    # the five-yearly honouring is held instead of a congress; a yearly or three-year one is not
    (None, "Sáng 20/7, UBND thành phố tổ chức Hội nghị Tuyên dương điển hình tiên tiến giai đoạn 2022-2024.", "other"),
    (None, "Sáng 20/7, UBND huyện tổ chức Hội nghị điển hình tiên tiến giai đoạn 2020-2025.", "congress"),
    # the targets of a pledge signed earlier sign nothing today
    (None, "Năm 2024, với quyết tâm cao, Công an các tỉnh trong Cụm đã hoàn thành các chỉ tiêu giao ước thi đua đã đề "
           "ra. Các đơn vị đã trao đổi kinh nghiệm.", "other"),
    # a headless excerpt about a meeting whose report gives the year's results
    (None, "Chủ trì hội nghị có đồng chí Trưởng ban Dân vận Tỉnh ủy, Khối trưởng. Theo báo cáo, năm 2023 các cơ quan "
           "trong khối đã hoàn thành tốt nhiệm vụ chính trị được giao.", "review_conference"),
    # ... but not when a launch is held at it (that one stays untyped, the launch in `also`)
    (None, "Chủ trì hội nghị có đồng chí Trưởng ban Dân vận Tỉnh ủy, Khối trưởng. Năm 2023, các cơ quan trong khối hoàn "
           "thành tốt nhiệm vụ. Tại hội nghị, Khối trưởng phát động phong trào thi đua năm 2024.", "other"),
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


# No publication date: a day-month takes the year the article gives it in context (the realdev
# convention; null when nothing does).
@pytest.mark.parametrize("body, date", [
    # the anniversary the ceremony marks
    ("Sáng ngày 14/10, huyện Đông Sơn tổ chức Lễ kỷ niệm 25 năm thành lập huyện (15/10/1996 – 15/10/2021) và "
     "đón nhận Cờ thi đua của Chính phủ.", "2021-10-14"),
    ("Chào mừng 70 năm Ngày truyền thống ngành Kho bạc (20/5/1954 - 20/5/2024), chiều 18/5, Kho bạc tỉnh gặp mặt "
     "cán bộ hưu trí và khen thưởng các phòng nghiệp vụ.", "2024-05-18"),
    # the period a review closes
    ("Sáng 5/8, Hội Nông dân huyện sơ kết 5 năm thực hiện phong trào nông dân sản xuất giỏi giai đoạn "
     "2019-2024 tại hội trường huyện.", "2024-08-05"),
    # where the period reviewed meets the period opened
    ("Trong 2 ngày 20 và 21-9, tại Hội trường tỉnh, tỉnh tổ chức Đại hội Thi đua yêu nước lần thứ VI (giai đoạn "
     "2020-2025). Đại hội đánh giá kết quả phong trào thi đua giai đoạn 2015-2020.", "2020-09-20"),
    # a school year closed in May
    ("Ngày 27-5, Cụm thi đua số 2 các trường THPT tổ chức Hội nghị tổng kết công tác thi đua năm học 2022-2023.",
     "2023-05-27"),
    # the reviewed year when the review is held at the year's end, the new one when held early
    ("Ngày 12/12, Khối thi đua các cơ quan Đảng tổ chức Hội nghị tổng kết phong trào thi đua năm 2019, triển "
     "khai nhiệm vụ năm 2020.", "2019-12-12"),
    ("Ngày 20/2, Cụm thi đua các huyện tổ chức tổng kết công tác thi đua năm 2019 và ký kết giao ước thi đua "
     "năm 2020.", "2020-02-20"),
    ("Ngày 9/1, Khối thi đua các doanh nghiệp tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2022.",
     "2023-01-09"),
    # a full date a few days away, and the one year the lead names
    ("Ngày 20/3, Sở Nội vụ đăng tải danh sách hai cá nhân được đề nghị tặng Huân chương để nhân dân góp ý. Hồ sơ "
     "do UBND huyện gửi kèm Tờ trình số 12/TTr-UBND ngày 16/3/2022.", "2022-03-20"),
    ("Chiều 3/5, Bộ Chỉ huy Quân sự tỉnh gặp mặt các chiến sĩ tham gia cứu hộ vùng lũ. Trong năm 2024, lực lượng "
     "vũ trang tỉnh đã tham gia nhiều đợt cứu nạn.", "2024-05-03"),
])
def test_a_day_month_takes_its_year_from_the_context(body, date):
    analysis = analyse_text(body + " Các đại biểu đã thảo luận và thống nhất nhiều nội dung quan trọng.",
                            title=None, dateline=None)
    assert extract_event(analysis).date == date


@pytest.mark.parametrize("body, date", [
    # without a publication year, the ceremony follows the deed and the decision it honours
    ("Ngày 20/6, Bộ Chỉ huy Bộ đội Biên phòng tỉnh tổ chức Lễ đón nhận Huân chương Chiến công hạng Ba. Đơn vị được "
     "khen thưởng vì đã phá chuyên án ma túy ngày 12/3/2023.", "2023-06-20"),
    # a year-end review still held in March
    ("Sáng 28/3, UBND thị xã tổ chức hội nghị tổng kết phong trào thi đua yêu nước năm 2016.", "2017-03-28"),
])
def test_a_day_month_after_the_deed_or_a_late_review(body, date):
    analysis = analyse_text(body + " Các đại biểu đã thảo luận và thống nhất nhiều nội dung quan trọng.", title=None,
                            dateline=None)
    assert extract_event(analysis).date == date


def test_what_led_to_the_event_is_not_its_date_but_gives_its_year():
    analysis = analyse_text("Chiều 21/9, UBND tỉnh tổ chức lễ trao Bằng khen cho anh Trần Văn Bình. Trước đó, khoảng "
                            "8h ngày 2/12/2021, anh Bình đã lao xuống sông cứu 2 em nhỏ bị đuối nước.", title=None,
                            dateline=None)
    assert extract_event(analysis).date == "2022-09-21"


def test_a_credit_line_above_the_lead_is_not_the_lead():
    analysis = analyse_text("MINH AN |\nSáng 2/10, Đảng ủy Khối tổ chức hội nghị mở rộng nhằm sơ kết công tác quý III. "
                            "Các đại biểu đã thảo luận và thống nhất nhiều nội dung quan trọng.",
                            title="Khen thưởng 15 tập thể có thành tích xuất sắc", dateline="08:00, 03/10/2024")
    event = extract_event(analysis)
    assert (event.type, event.date) == ("review_conference", "2024-10-02")


def test_a_consultation_is_dated_by_its_start():
    analysis = analyse_text("Hội đồng Thi đua - Khen thưởng tỉnh lấy ý kiến nhân dân trước khi trình khen thưởng "
                            "Huân chương Lao động hạng Nhì cho Công ty cổ phần Cấp nước. Mọi ý kiến góp ý gửi về Ban "
                            "Thi đua - Khen thưởng trong vòng 10 ngày làm việc, kể từ ngày 05/8/2024.",
                            dateline="05-08-2024 09:12")
    assert extract_event(analysis).date == "2024-08-05"


@pytest.mark.parametrize("body", [
    # a basis document's date years away lends no year, nor does nothing at all
    "Ngày 12.5, UBND tỉnh tặng Bằng khen cho 20 tập thể có thành tích trong 5 năm thực hiện Chỉ thị số 05-CT/TW "
    "ngày 15.5.2016 của Bộ Chính trị.",
    "Ngày 29/5, UBND tỉnh long trọng tổ chức lễ truy tặng danh hiệu vinh dự Nhà nước “Bà mẹ Việt Nam anh hùng”.",
])
def test_a_day_month_with_no_year_in_context_stays_unknown(body):
    analysis = analyse_text(body, title=None, dateline=None)
    assert extract_event(analysis).date is None


@pytest.mark.parametrize("body, dateline, date", [
    # a full date mid-sentence after the meeting it dates, behind a basis document's date
    ("Căn cứ Kế hoạch số 25/KH-SYT ngày 10/01/2021 của Sở Y tế về công tác thi đua năm 2021, năm bệnh viện tuyến "
     "huyện trong Cụm thi đua số 2 đã tổ chức hội nghị ký kết giao ước thi đua vào ngày 05/3/2021 tại Bệnh viện "
     "huyện Lập Thạch.", "20/10/2021", "2021-03-05"),
    ("Những con số trên được nêu tại buổi tổng kết phong trào thi đua giai đoạn 2016-2021 mà Hội Nông dân tỉnh "
     "tổ chức ngày 14/4 ở thành phố Vinh.", "15/04/2021", "2021-04-14"),
    # 'sáng nay' with no date beside it is the day of publication
    ("Tại buổi gặp mặt kỷ niệm 42 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2024) do Sở Giáo dục tổ chức sáng "
     "nay, Phó Chủ tịch UBND tỉnh biểu dương 40 nhà giáo tiêu biểu.", "Thứ 3, 19.11.2024 | 16:05", "2024-11-19"),
    # two days joined by a comma: the first
    ("Chiều ngày 12, 13/10/2023, tại huyện Phù Cát, Cụm thi đua số 3 tổ chức hội nghị sơ kết.", "15/10/2023",
     "2023-10-12"),
    # a page stamp printed into the lead is no event's date
    ("Tin hoạt động >> Thi đua 18/11/2022 10:18:33\nTừ ngày 07/11/2022 - 10/11/2022, Đoàn kiểm tra của Cụm thi đua số "
     "3 đã tiến hành kiểm tra chéo công tác thi đua tại các đơn vị.", None, "2022-11-07"),
    # a date set off by commas after an opening clause
    ("Nhân dịp kỷ niệm 50 năm Ngày giải phóng tỉnh (24-3-1975 - 24-3-2025),\ncùng các ngày lễ lớn trong năm, ngày "
     "20-3, Chủ tịch UBND tỉnh đã ký quyết định tặng Bằng khen cho 30 tập thể.", "26/03/2025", "2025-03-20"),
    # a consultation is dated by the period it runs
    ("Sở Nội vụ lấy ý kiến nhân dân đối với danh sách đề nghị khen thưởng cấp Nhà nước. Đề nghị tặng Huân chương "
     "Lao động hạng Ba cho ông Nguyễn Văn A. Đề nghị tặng Bằng khen cho bà Trần Thị B. Thời gian lấy ý kiến từ "
     "ngày 03/6/2024 đến ngày 17/6/2024.", None, "2024-06-03"),
])
def test_event_dates_written_mid_sentence_or_implied(body, dateline, date):
    analysis = analyse_text(body, title="Tin thi đua khen thưởng", dateline=dateline)
    assert extract_event(analysis).date == date


def test_a_first_sentence_dating_a_documents_issue_gives_way_to_the_events_own_date():
    analysis = analyse_text("Ngày 2-8, UBND tỉnh ban hành Kế hoạch số 1500/KH-UBND tổ chức Đại hội Thi đua yêu nước "
                            "tỉnh lần thứ VI. Theo đó, Đại hội được tổ chức vào ngày 20-8 tại Hội trường tỉnh.",
                            title="Đại hội Thi đua yêu nước tỉnh lần thứ VI diễn ra ngày 20-8", dateline="03/08/2025")
    assert extract_event(analysis).date == "2025-08-20"


@pytest.mark.parametrize("title, body, kind", [
    # a standfirst before the dateline sentence: the sentence that dates the event says what it was
    (None, "(PV) - Năm nay, mỗi trường phấn đấu có ít nhất một sáng kiến được công nhận cấp tỉnh.\n"
           "Sáng 20/4, tại Quy Nhơn, Khối thi đua các trường đại học ký kết giao ước thi đua năm 2012.",
     "pledge_signing"),
    (None, "(PV) - Dịp này, Hội Nông dân huyện phát động phong trào “Vườn mẫu, ao sạch”.\n"
           "Sáng 9/8, Hội Nông dân huyện sơ kết 5 năm phong trào thi đua giai đoạn 2019-2024 tại hội trường.",
     "review_conference"),
    # excerpts that start mid-article and point back at the event
    (None, "Tại buổi lễ, Phó Chủ tịch UBND tỉnh đã trao danh hiệu Anh hùng Lao động cho Hợp tác xã dệt thổ cẩm của "
           "xã.", "award_ceremony"),
    (None, "Tại buổi lễ, thay mặt Ban Thường vụ, ông Bí thư Huyện ủy đã trao quyết định tặng Bằng khen cho 6 chi bộ "
           "đạt danh hiệu trong sạch, vững mạnh tiêu biểu 5 năm liền.", "award_ceremony"),
    (None, "Bà Lê Thị Hoa, Hiệu trưởng Trường THPT Chu Văn An, được bầu làm cụm trưởng năm học mới. Sau đó, 7 trường "
           "trong cụm cùng nhau ký kết giao ước thi đua với 5 nội dung. Phát biểu tại hội nghị, đại diện Sở Giáo dục "
           "ghi nhận kết quả của cụm.", "pledge_signing"),
    (None, "Đến dự hội nghị có lãnh đạo Hội Cựu chiến binh 4 xã trong cụm. Tại hội nghị, các xã nghe báo cáo tổng "
           "kết hoạt động năm 2023 và bình xét thi đua.", "review_conference"),
    # ... but a lead that names an untyped event keeps it untyped, and a passing pledge is no signing
    (None, "Tối 31/12, huyện tổ chức Lễ công bố Quyết định công nhận huyện đạt chuẩn nông thôn mới. Dự buổi lễ có "
           "lãnh đạo tỉnh. Dịp này, Phó Chủ tịch UBND tỉnh trao Bằng khen cho 3 xã.", "other"),
    (None, "Tham dự hội nghị có đại diện Sở Nội vụ. Báo cáo nêu rõ các trường đều đăng ký giao ước thi đua từ "
           "đầu năm học.", "other"),
    # cues the lexicon lacked
    (None, "Ngày 15/01, Trung đoàn 812 tổ chức Hội nghị công bố và trao quyết định khen thưởng cho 15 tập thể, cá "
           "nhân hoàn thành xuất sắc nhiệm vụ huấn luyện.", "award_ceremony"),
    ("Trao Kỷ niệm chương “Vì sự nghiệp thi đua, khen thưởng” cho 12 cá nhân",
     "Các cá nhân được vinh dự nhận đều có nhiều năm gắn bó với công tác thi đua của tỉnh.", "award_ceremony"),
    (None, "Sáng 3-3, Hội Cựu chiến binh huyện tổ chức hội nghị đánh giá kết quả phong trào thi đua năm 2023.",
     "review_conference"),
    (None, "Sáng 12/3, Ủy ban MTTQ huyện tổ chức Hội nghị triển khai Cuộc vận động “Toàn dân đoàn kết xây dựng nông "
           "thôn mới, đô thị văn minh” năm 2024.", "movement_launch"),
    # a launch named as someone's earlier drive is a mention, not the event
    (None, "Phong trào “Ngày thứ Bảy xanh” do Tỉnh đoàn phát động nhiều năm qua đã thu hút hàng nghìn đoàn viên "
           "tham gia dọn vệ sinh môi trường.", "other"),
    (None, "Chiều 5/4, Ủy ban MTTQ xã tổ chức Hội nghị triển khai thực hiện Cuộc vận động “Người Việt Nam ưu tiên dùng "
           "hàng Việt Nam” năm 2024.", "movement_launch"),
    # a congress the work greets is not the event
    ("Ban hành Kế hoạch tổ chức phong trào thi đua đặc biệt",
     "Sở Nội vụ vừa ban hành Kế hoạch tổ chức phong trào thi đua lập thành tích chào mừng Đại hội Thi đua yêu nước "
     "toàn quốc lần thứ XI.", "other"),
    # a decision to award, reported as such, is no ceremony
    (None, "Nhân dịp kỷ niệm 134 năm ngày sinh Chủ tịch Hồ Chí Minh, Ban Thường vụ Tỉnh ủy vừa quyết định trao tặng "
           "Huy hiệu Đảng cho 500 đảng viên.", "other"),
])
def test_event_types_of_excerpts_and_leads_as_real_news_writes_them(title, body, kind):
    analysis = analyse_text(body + "\nCác đại biểu đã thảo luận và thống nhất nhiều nội dung quan trọng.",
                            title=title, dateline=None)
    assert extract_event(analysis).type == kind


@pytest.mark.parametrize("body, also", [
    # a launch or an award that points back at the event is also reported
    ("Sáng 20/9, tỉnh tổ chức Đại hội Thi đua yêu nước lần thứ VI. Tại Đại hội, đồng chí Bí thư Tỉnh ủy đã trao Cờ "
     "thi đua của Chính phủ cho 3 huyện. Phát biểu bế mạc, Chủ tịch UBND tỉnh thay mặt Ban Tổ chức phát động phong "
     "trào thi đua yêu nước giai đoạn 2025-2030.", ["award_ceremony", "movement_launch"]),
    ("Sáng 10/7, Khối thi đua tổ chức Hội nghị sơ kết công tác thi đua 6 tháng đầu năm. Dịp này, Chủ tịch UBND tỉnh "
     "tặng Bằng khen cho 3 sở vì đã có thành tích xuất sắc.", ["award_ceremony"]),
    # ... one proposed, planned or past is not
    ("Sáng 10/7, Khối thi đua tổ chức Hội nghị sơ kết công tác thi đua 6 tháng đầu năm. Cũng tại Hội nghị, Khối đề "
     "nghị UBND tỉnh tặng Cờ thi đua cho hai đơn vị. Năm 2024, Tỉnh ủy đã phát động phong trào thi đua đặc biệt. "
     "Theo kế hoạch, các Cụm thi đua sẽ tổ chức ký kết giao ước thi đua trước ngày 15/8.", []),
])
def test_also_holds_what_is_done_at_the_event(body, also):
    analysis = analyse_text(body, title=None, dateline="11/07/2025")
    assert sorted(extract_event(analysis).also) == also


@pytest.mark.parametrize("body, date", [
    # a first sentence dating the deed an award is for gives way to the ceremony's date
    ("Ngày 03/8/2023, anh Lê Văn Tâm đã dũng cảm lao xuống dòng nước xiết cứu sống 2 học sinh bị đuối nước. Chiều "
     "21/8, UBND huyện tổ chức trao Bằng khen của Chủ tịch UBND tỉnh cho anh Tâm.", "2023-08-21"),
    # ... but not to a coming event
    ("Ngày 19/4/2023 tại trụ sở Công ty Cấp nước, đại diện 12 doanh nghiệp trong Khối thi đua đã cùng góp ý cho dự "
     "thảo Kế hoạch thi đua năm 2023. Ngày 25/4/2023 các đơn vị sẽ ký kết giao ước thi đua.", "2023-04-19"),
])
def test_the_lead_date_of_a_deed_or_a_meeting(body, date):
    analysis = analyse_text(body, title=None, dateline="22/08/2023")
    assert extract_event(analysis).date == date


def test_a_background_sentence_does_not_date_the_event():
    analysis = analyse_text("UBND tỉnh vừa tổ chức lễ trao Bằng khen cho anh Trần Văn Bình. Trước đó, ngày 2/9/2024, "
                            "anh Bình đã lao xuống sông cứu 2 em nhỏ bị đuối nước.", title=None)
    assert extract_event(analysis).date is None
