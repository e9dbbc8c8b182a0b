"""Headline, lead or caption: the shapes that tell the first lines of a page apart."""

import pytest

from pipeline.clean.headline import is_caption, is_lead


@pytest.mark.parametrize("line", [
    "Khối thi đua các cơ quan Đảng ký kết giao ước thi đua năm 2024",
    "Lâm Đồng: Thêm 4 đơn vị được Thủ tướng Chính phủ tặng Cờ thi đua",
    "Đại hội thi đua yêu nước tỉnh lần thứ VI sẽ diễn ra vào tháng 9",
    "Cụm thi đua các huyện tổ chức hội nghị tổng kết năm 2023, triển khai nhiệm vụ năm 2024.",
    "Tiếp tục làm tốt nhiệm vụ đào tạo, bồi dưỡng cán bộ, đảng viên",
    "KÝ KẾT GIAO ƯỚC THI ĐUA NĂM 2024 CỤM THI ĐUA SỐ 5",
])
def test_headlines(line):
    assert not is_lead(line)
    assert not is_caption(line)


@pytest.mark.parametrize("line", [
    "(Baotinh.vn) - Thủ tướng Chính phủ vừa ban hành quyết định tặng Cờ thi đua cho 5 tập thể của tỉnh.",
    "(BTV) Chiều 28/3, Khối thi đua các cơ quan Nội chính tỉnh tổ chức hội nghị ký kết giao ước thi đua.",
    "NDO - Ngày 29/5, Ủy ban nhân dân tỉnh long trọng tổ chức lễ truy tặng danh hiệu vinh dự Nhà nước.",
    "TTH.VN - Ngày 22/2, tại Đồn Biên phòng, Bộ Chỉ huy Bộ đội Biên phòng tỉnh triển khai phong trào thi đua.",
    " - Sáng 26-3, các đơn vị thuộc Khối thi đua các cơ quan Đảng cấp tỉnh đã ký kết giao ước thi đua.",
    "Ngày 15-10, Chủ tịch UBND tỉnh chủ trì cuộc họp của Hội đồng Thi đua - Khen thưởng tỉnh.",
    "Hôm nay, ngày 31/7/2024, UBND tỉnh đăng cai tổ chức hội nghị sơ kết cụm thi đua các tỉnh.",
    "Vừa qua, Cụm thi đua số 6 tổ chức giao ban công tác thi đua năm 2024.",
    "Theo Quyết định số 219-QĐ/TU của Ban Thường vụ Tỉnh ủy, 13 đảng viên được trao Huy hiệu Đảng.",
    "Sáng 16/11, đã diễn ra hội nghị tổng kết phong trào thi đua của Cụm thi đua số 8.",
    "Thủ tướng Chính phủ vừa có Quyết định tặng Cờ thi đua của Chính phủ cho 2 tập thể thuộc thành phố.",
])
def test_leads(line):
    assert is_lead(line)


@pytest.mark.parametrize("line", [
    "Thượng tá Lê Văn An, Phó Chính ủy (giữa) trao giấy khen cho các đơn vị có thành tích",
    "Đồng chí Trần Văn Bình (thứ hai từ trái sang) trao Bằng khen cho các tập thể",
    "Quang cảnh hội nghị. Ảnh: Đinh Yến",
    "Các đại biểu dự lễ ký kết giao ước thi đua (Ảnh: Hữu Thắng)",
    "Trong ảnh: Lãnh đạo tỉnh trao Bằng khen cho các tập thể.",
])
def test_captions(line):
    assert is_caption(line)
