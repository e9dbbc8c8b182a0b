from datetime import date

import pytest

from pipeline.core.dates import find_dates


@pytest.mark.parametrize("text, expected", [
    ("Chiều 30-3, tại trụ sở UBND huyện", [(30, 3, None)]),
    ("Ngày 13-2, Khối thi đua tổng kết", [(13, 2, None)]),
    ("Chiều ngày 11/01/2020, Cụm thi đua", [(11, 1, 2020)]),
    ("Sáng nay (15/3), Khối thi đua các sở", [(15, 3, None)]),
    ("Chỉ thị 34-CT/TW ngày 7-4-2014 của Bộ Chính trị", [(7, 4, 2014)]),
    ("phát động ngày 04/6/2019 và ban hành", [(4, 6, 2019)]),
    ("ngày 2 tháng 3 năm 2024, tại hội trường", [(2, 3, 2024)]),
    ("Quyết định ban hành ngày 15.12.2023", [(15, 12, 2023)]),
    ("Trong 2 ngày 14 và 15/12, tại huyện Bá Thước", [(14, 12, None)]),
    ("Hội nghị diễn ra ngày 14-15/12/2023 tại", [(14, 12, 2023)]),
    ("Chiều hôm qua (20/4), Cụm thi đua", [(20, 4, None)]),
    ("(BĐ) - Sáng 13.3, tại huyện Tây Sơn", [(13, 3, None)]),
    ("Thứ năm, 07 Tháng 1 2016 10:15", [(7, 1, 2016)]),
    ("15:24 - 26/01/2024", [(26, 1, 2024)]),
    ("Cập nhật lúc 23:07 - 26/01/2024", [(26, 1, 2024)]),
    # two days joined by a comma after "ngày" or a part of the day: the first
    ("Chiều ngày 12, 13/10/2023, tại huyện", [(12, 10, 2023)]),
    ("Sáng 12, 13/10, tại huyện", [(12, 10, None)]),
    # a weekday's number before a comma is no first day
    ("Thứ 3, 25.02.2025 | 16:05", [(25, 2, 2025)]),
    ("Create: T5, 01/09/2020 - 09:39", [(1, 9, 2020)]),
])
def test_dates_in_every_printed_form(text, expected):
    assert [(d.day, d.month, d.year) for d in find_dates(text)] == expected


@pytest.mark.parametrize("text", [
    "giai đoạn 2019-2025", "nhiệm kỳ 2020-2025", "kế hoạch 5 năm (2016-2020)", "đạt 101,4% kế hoạch",
    "ước đạt 153,274 tỷ đồng", "gồm 11 đơn vị", "số 311/KH-UBND", "Điện thoại: 0228.3849386", "ngày 31/2/2020",
])
def test_ranges_figures_and_codes_are_not_dates(text):
    assert find_dates(text) == []


def test_partial_date_takes_publication_year():
    (found,) = find_dates("Chiều 30-3, hội nghị")
    assert found.resolve(2023, date(2023, 3, 30)) == date(2023, 3, 30)


def test_december_event_in_january_article_is_last_year():
    (found,) = find_dates("Sáng 28-12, Cụm thi đua tổng kết")
    assert found.resolve(2024, date(2024, 1, 3)) == date(2023, 12, 28)


def test_partial_date_without_publication_stays_unknown():
    (found,) = find_dates("Chiều 30-3, hội nghị")
    assert found.resolve(None) is None


def test_a_day_of_one_date_does_not_start_another():
    from pipeline.core.dates import find_dates
    found = find_dates("Đợt thi đua diễn ra từ ngày 9/10 đến 22/12/2019.")
    assert [(d.day, d.month, d.year) for d in found] == [(9, 10, None), (22, 12, 2019)]
