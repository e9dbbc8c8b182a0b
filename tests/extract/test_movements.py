"""Movements: named campaigns, their launchers, launch dates and periods."""

from __future__ import annotations

import json
import unicodedata

import pytest

from pipeline.core import patterns
from pipeline.core.text import match_key
from pipeline.extract.movements import extract_movements
from tests.helpers import SEED_GOLD, analyse_seed, analyse_text

# A second sentence so that every body is a realistic paragraph (bodies under 80 characters are no article).
_TAIL = " Các cơ quan, đơn vị trong tỉnh cam kết hoàn thành tốt các chỉ tiêu thi đua đã đăng ký trong năm."


def _movements(body: str, **kwargs):
    analysis = analyse_text(body + _TAIL, **kwargs)
    found = extract_movements(analysis)
    for m in found:
        ev = m.evidence
        assert analysis.text[ev.start : ev.end] == ev.span_text
        assert ev.span_text.strip() == ev.span_text and ev.rule.startswith("movement:")
        assert analysis.sentences[ev.sentence].start <= ev.start < analysis.sentences[ev.sentence].end
    return found


NAMES = [
    ("curly", "Các xã tích cực hưởng ứng phong trào thi đua “Lạng Sơn chung sức xây dựng đô thị văn minh” trên toàn địa bàn.",
     ["Lạng Sơn chung sức xây dựng đô thị văn minh"]),
    ("straight", 'Hội Cựu chiến binh duy trì phong trào "Cựu chiến binh giúp nhau làm kinh tế giỏi" ở khắp các chi hội.',
     ["Cựu chiến binh giúp nhau làm kinh tế giỏi"]),
    ("mixed_closing", "Đoàn viên sôi nổi tham gia phong trào “Tuổi trẻ Quảng Trị sáng tạo\", góp phần phát triển kinh tế địa phương.",
     ["Tuổi trẻ Quảng Trị sáng tạo"]),
    ("mixed_opening", "Ngành giáo dục tiếp tục triển khai phong trào thi đua \"Đổi mới, sáng tạo trong dạy và học” tại các trường.",
     ["Đổi mới, sáng tạo trong dạy và học"]),
    ("space_inside", "Phong trào “ Toàn dân tham gia bảo vệ môi trường  ” được các khu dân cư hưởng ứng rộng rãi.",
     ["Toàn dân tham gia bảo vệ môi trường"]),
    ("comma_semicolon", "Tỉnh tiếp tục triển khai phong trào thi đua “Phát triển hạ tầng giao thông; xây dựng đô thị xanh, sạch” trong toàn tỉnh.",
     ["Phát triển hạ tầng giao thông; xây dựng đô thị xanh, sạch"]),
    ("dashes", "Các địa phương đẩy mạnh phong trào “Vì người nghèo – Không để ai bị bỏ lại phía sau” và phong trào “Xanh - Sạch - Đẹp” ở các thôn.",
     ["Vì người nghèo – Không để ai bị bỏ lại phía sau", "Xanh - Sạch - Đẹp"]),
    ("list_after_colon", "Tỉnh đoàn Hà Giang đẩy mạnh các phong trào thi đua: “Tuổi trẻ sáng tạo”; “Thanh niên tình nguyện”, “Sinh viên 5 tốt” và “Học sinh 3 tốt”.",
     ["Tuổi trẻ sáng tạo", "Thanh niên tình nguyện", "Sinh viên 5 tốt", "Học sinh 3 tốt"]),
    ("list_after_nhu", "Ngành y tế duy trì các phong trào thi đua trong lĩnh vực khám chữa bệnh như: “Thầy thuốc như mẹ hiền”, “Bệnh viện xanh, sạch, đẹp”… Nhiều đơn vị được biểu dương.",
     ["Thầy thuốc như mẹ hiền", "Bệnh viện xanh, sạch, đẹp"]),
    ("space_before_colon", "Các huyện triển khai tốt các phong trào thi đua :“Tây Ninh chung sức xây dựng nông thôn mới”, “Doanh nghiệp Tây Ninh hội nhập và phát triển”.",
     ["Tây Ninh chung sức xây dựng nông thôn mới", "Doanh nghiệp Tây Ninh hội nhập và phát triển"]),
    ("thi_dua_cue", "Các xã vùng cao thi đua “Xây dựng bản văn hóa, không có tệ nạn xã hội” trong năm 2024.",
     ["Xây dựng bản văn hóa, không có tệ nạn xã hội"]),
    # a campaign ("cuộc vận động") is recorded as a movement, as annotators of real articles do
    ("cuoc_van_dong", "Ủy ban MTTQ các cấp đẩy mạnh Cuộc vận động “Người dân miền núi ưu tiên dùng hàng nông sản địa phương” đến từng hộ.",
     ["Người dân miền núi ưu tiên dùng hàng nông sản địa phương"]),
    # a nationwide name unquoted after "cuộc vận động"; written lower case after a bare "thi đua" it is a task
    ("national_unquoted", "Mặt trận huyện thực hiện cuộc vận động Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh.",
     ["Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"]),
    ("national_task_unquoted", "Các đơn vị tiếp tục thi đua học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.", []),
    # a nationwide name quoted after any words, even a directive's
    ("national_quoted", "Đảng bộ quán triệt Chỉ thị 05 của Bộ Chính trị về “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”.",
     ["Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"]),
    ("national_programme", "Công đoàn ngành tổng kết chương trình “Một triệu sáng kiến - Vượt khó, sáng tạo, quyết tâm phục hồi” năm 2023.",
     ["Một triệu sáng kiến - Vượt khó, sáng tạo, quyết tâm phục hồi"]),
    # the movement a directive is about; a closing mark used to open; doubled apostrophes
    ("inner_cue", "Các đồn thực hiện Chỉ thị của Thủ tướng Chính phủ về việc “Tổ chức phong trào toàn dân tham gia bảo vệ an ninh biên giới”.",
     ["toàn dân tham gia bảo vệ an ninh biên giới"]),
    ("closing_mark_opens", "Tỉnh ủy quán triệt Chỉ thị 05 về ” Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”.",
     ["Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"]),
    ("doubled_apostrophes", "Sáng 3/11, Bộ Chỉ huy BĐBP tỉnh tổ chức Lễ phát động thi đua cao điểm ''100 ngày thi đua lập công'' chào mừng Đại hội.",
     ["100 ngày thi đua lập công"]),
    # an unclosed quote ends where its launch clause starts
    ("unclosed_quote", 'Các đơn vị thi đua theo Chủ đề "Đoàn kết, sáng tạo, thi đua xây dựng và bảo vệ Tổ quốc do Thủ tướng Chính phủ phát động tại Đại hội và các phong trào thi đua "Dạy tốt, học tốt".',
     ["Đoàn kết, sáng tạo, thi đua xây dựng và bảo vệ Tổ quốc", "Dạy tốt, học tốt"]),
    ("stray_closing_quote", "Tiếp tục phong trào thi đua “Xây dựng xã nông thôn mới kiểu mẫu”, bảo đảm hài hòa giữa nông thôn và đô thị, nông dân văn minh”.",
     ["Xây dựng xã nông thôn mới kiểu mẫu"]),
    ("unquoted_known_name", "Lực lượng vũ trang tỉnh Lai Châu tiếp tục đẩy mạnh phong trào Thi đua Quyết thắng gắn với nhiệm vụ huấn luyện.",
     ["Thi đua Quyết thắng"]),
    ("nested_in_speech", "Đồng chí Giám đốc Sở nhấn mạnh: “Các trường cần tiếp tục phong trào thi đua “Dạy tốt, học tốt” một cách thực chất”.",
     ["Dạy tốt, học tốt"]),
    ("award_of_a_movement", "UBND tỉnh tặng Bằng khen cho 12 tập thể có thành tích xuất sắc trong phong trào thi đua “Chung tay xây dựng nông thôn mới” năm 2023.",
     ["Chung tay xây dựng nông thôn mới"]),
    # an unquoted list of nationwide names: the cue opens it, separators carry it on
    ("unquoted_national_list", "Các sở trong Khối đã thực hiện nhiều phong trào như: Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; doanh nghiệp Việt Nam hội nhập và phát triển; cả nước chung tay vì người nghèo - không ai bị bỏ lại phía sau.",
     ["Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "doanh nghiệp Việt Nam hội nhập và phát triển",
      "cả nước chung tay vì người nghèo - không ai bị bỏ lại phía sau"]),
    # a stray straight quote glued to the cue does not hide the nationwide name after it
    ("stray_quote_before_national", 'Hội đồng đề nghị tặng Huân chương Lao động hạng Ba cho huyện có thành tích trong phong trào thi đua" Cả nước chung sức xây dựng nông thôn mới".',
     ["Cả nước chung sức xây dựng nông thôn mới"]),
    ("abbreviated_national", "Công an xã được tặng Giấy khen vì thành tích xuất sắc trong phong trào Toàn dân bảo vệ ANTQ năm 2024.",
     ["Toàn dân bảo vệ ANTQ"]),
    # a quoted name said to be launched, with no cue before it
    ("quoted_then_launched", "Tháng 3/2024, “Ngày thứ Bảy tình nguyện” được phát động nhằm khơi dậy tinh thần xung kích của đoàn viên.",
     ["Ngày thứ Bảy tình nguyện"]),
]


@pytest.mark.parametrize("body,names", [c[1:] for c in NAMES], ids=[c[0] for c in NAMES])
def test_names(body, names):
    assert [m.name for m in _movements(body)] == names


NOT_MOVEMENTS = [
    ("slogan", "Với khẩu hiệu “Đoàn kết – Kỷ cương – Sáng tạo – Hiệu quả”, các đơn vị quyết tâm hoàn thành chỉ tiêu năm 2024."),
    ("motto", "Các cấp ủy thực hiện phương châm “Dân biết, dân bàn, dân làm, dân kiểm tra, dân thụ hưởng” trong xây dựng nông thôn mới."),
    ("project", "Tỉnh tiếp tục thực hiện Đề án “Phát triển du lịch cộng đồng gắn với xây dựng nông thôn mới” giai đoạn 2021-2025."),
    ("programme", "Năm 2024, huyện triển khai Chương trình “Mỗi xã một sản phẩm” với 15 sản phẩm đạt chuẩn ba sao."),
    ("theme_of_a_programme", "Với chủ đề: “Kỷ cương, trách nhiệm, hành động, hiệu quả”, năm 2024 Khối thi đua ban hành chương trình công tác, tập trung vào các nhiệm vụ chủ yếu."),
    ("quoted_speech", "Ông Trần Minh Quang, Giám đốc Sở Nội vụ cho biết: “Phong trào thi đua phải thiết thực, tránh hình thức, chạy theo thành tích”."),
    # a motto given as a theme is no movement, even with a launch nearby
    ("motto_theme", "Các đơn vị đẩy mạnh phong trào thi đua năm 2025 với chủ đề thi đua: “Đoàn kết, chủ động, kỷ cương, trách nhiệm, bám cơ sở”."),
    ("teaching", "Bác Hồ đã dạy “Thi đua là yêu nước, yêu nước thì phải thi đua”, lời dạy ấy được các thế hệ cán bộ ghi nhớ."),
    ("title", "Có 35 tập thể đạt danh hiệu “Tập thể lao động xuất sắc” và 120 cá nhân đạt danh hiệu “Lao động tiên tiến” năm 2023."),
    ("contest", "Tỉnh đoàn tổ chức Cuộc thi “Tìm hiểu lịch sử Đảng bộ tỉnh Hà Giang” thu hút hơn 20.000 lượt đoàn viên tham gia."),
    ("unnamed_yearly", "Khối thi đua các sở, ngành tổng kết phong trào thi đua năm 2023, phát động phong trào thi đua năm 2024 với nhiều chỉ tiêu cụ thể."),
    ("one_word_emphasis", "Nhiều cơ sở vẫn còn tình trạng thi đua “ảo”, báo cáo chưa sát với thực tế của địa phương, đơn vị."),
    ("slogan_of_the_pledge", "Năm đơn vị ký kết giao ước thi đua năm 2024 với khẩu hiệu thi đua “Chủ động, sáng tạo, trách nhiệm, về đích sớm”."),
    # unquoted, "xây dựng nông thôn mới" is the national programme's task, not a named campaign
    ("programme_task_unquoted", "Nổi bật là các phong trào xây dựng nông thôn mới, chuyển đổi cơ cấu cây trồng và phát triển kinh tế hộ."),
    ("contest_launched", "Cuộc thi “Tìm hiểu 95 năm lịch sử Đoàn” do Tỉnh đoàn phát động thu hút hơn 5.000 bài dự thi."),
    ("unclosed_quote", "Các đơn vị hưởng ứng phong trào thi đua “Chung sức vì cộng đồng và triển khai nhiều nội dung thiết thực trong năm"),
]


@pytest.mark.parametrize("body", [c[1] for c in NOT_MOVEMENTS], ids=[c[0] for c in NOT_MOVEMENTS])
def test_not_movements(body):
    assert _movements(body) == []


def test_theme_of_a_launched_movement_is_one():
    body = ("Năm 2022, Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ tỉnh đã phát động phong trào thi đua yêu nước với chủ đề "
            "“Quảng Trị đoàn kết - đổi mới; phát triển nhanh và bền vững”.")
    [m] = _movements(body)
    assert m.name == "Quảng Trị đoàn kết - đổi mới; phát triển nhanh và bền vững"
    assert m.launched_by == "Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ tỉnh"
    assert m.launched_on is None
    assert m.evidence.rule == "movement:theme"


LAUNCHES = [
    ("passive_do", "Hội Nông dân tỉnh duy trì phong trào “Nông dân sản xuất, kinh doanh giỏi” do Trung ương Hội Nông dân Việt Nam phát động.",
     "Trung ương Hội Nông dân Việt Nam", None),
    ("passive_government_head", "Các doanh nghiệp hưởng ứng phong trào thi đua “Doanh nghiệp Việt Nam hội nhập và phát triển” do Thủ tướng Chính phủ phát động.",
     "Thủ tướng Chính phủ", None),
    ("passive_with_date", "Phong trào thi đua “Đẩy mạnh cải cách hành chính, nâng cao chỉ số hài lòng” đã được UBND tỉnh phát động ngày 4-6-2021 và được các sở hưởng ứng.",
     "UBND tỉnh", "2021-06-04"),
    ("passive_padded_date", "Phong trào “Xây dựng cơ quan văn hóa” do Ban Thường vụ Tỉnh ủy phát động ngày 09/02/2018 tiếp tục được duy trì.",
     "Ban Thường vụ Tỉnh ủy", "2018-02-09"),
    ("passive_no_launcher", "Phong trào “Dân vận khéo” được phát động từ năm 2019 đến nay đã lan tỏa sâu rộng.", None, None),
    ("passive_lower_case", "Các đơn vị hưởng ứng phong trào “Chung tay vì biển đảo quê hương” do cấp trên phát động trong năm.", None, None),
    ("active", "Ngày 5/3/2024, UBND tỉnh Lạng Sơn phát động phong trào thi đua “Lạng Sơn chung sức xây dựng đô thị văn minh” trong toàn tỉnh.",
     "UBND tỉnh Lạng Sơn", "2024-03-05"),
    ("active_ceremony", "Ngày 19/5/2021, Ban Thường vụ Huyện ủy tổ chức lễ phát động phong trào thi đua “Đồng bào vùng cao chung tay giảm nghèo bền vững”.",
     "Ban Thường vụ Huyện ủy", "2021-05-19"),
    ("active_list_of_launchers", "Năm 2021, Huyện ủy, HĐND, UBND, Ủy ban MTTQ huyện đã phát động phong trào thi đua “Hướng Hóa đoàn kết, phát triển” trên địa bàn.",
     "Huyện ủy, HĐND, UBND, Ủy ban MTTQ huyện", None),
    ("active_on_behalf", "Phát biểu bế mạc, đồng chí Chủ tịch UBND huyện thay mặt Ban Tổ chức phát động phong trào thi đua “Đoàn kết, sáng tạo, về đích sớm”.",
     "Ban Tổ chức", None),
    ("active_not_an_authority", "Năm qua, nhiều hộ gia đình đã phát động phong trào “Nhà sạch, vườn đẹp” ở các thôn bản vùng cao.", None, None),
    ("place_after_name", "Triển khai hiệu quả phong trào thi đua: “Đẩy mạnh phát triển du lịch; giữ gìn bản sắc văn hóa” tỉnh Hà Giang trong năm.", None, None),
]


@pytest.mark.parametrize("body,by,on", [c[1:] for c in LAUNCHES], ids=[c[0] for c in LAUNCHES])
def test_launched_by_and_on(body, by, on):
    [m] = _movements(body)
    assert (m.launched_by, m.launched_on) == (by, on)


def test_list_shares_a_passive_launcher():
    body = "Các phong trào “Vì an ninh Tổ quốc”, “Toàn dân bảo vệ an ninh Tổ quốc” do Bộ Công an phát động được duy trì."
    assert [(m.name, m.launched_by) for m in _movements(body)] == [
        ("Vì an ninh Tổ quốc", "Bộ Công an"), ("Toàn dân bảo vệ an ninh Tổ quốc", "Bộ Công an")]


def test_each_name_of_a_list_keeps_its_own_launcher():
    body = ("Phong trào thi đua “Tuổi trẻ xung kích bảo vệ Tổ quốc” do Trung ương Đoàn phát động, "
            "“Sinh viên tình nguyện vì cộng đồng” do Tỉnh đoàn phát động ngày 26/3/2023 đều đạt kết quả.")
    assert [(m.launched_by, m.launched_on) for m in _movements(body)] == [
        ("Trung ương Đoàn", None), ("Tỉnh đoàn", "2023-03-26")]


def test_launched_at_the_event_takes_the_event_date():
    body = ("Sáng 6/2, tại Trung tâm Hội nghị tỉnh, UBND tỉnh Tây Ninh tổ chức lễ phát động phong trào thi đua năm 2026. "
            "Tại buổi lễ, UBND tỉnh phát động phong trào thi đua “Tây Ninh chung tay xây dựng chính quyền số, phục vụ Nhân dân”.")
    [m] = _movements(body, title="Tây Ninh phát động phong trào thi đua năm 2026", dateline="15:20, 06/02/2026")
    assert (m.launched_by, m.launched_on) == ("UBND tỉnh", "2026-02-06")


def test_period():
    body = "Tiếp tục thực hiện phong trào thi đua “Cán bộ, công chức tỉnh Tây Ninh thi đua thực hiện văn hóa công sở” giai đoạn 2021-2025."
    [m] = _movements(body)
    assert (m.name, m.period, m.launched_on) == (
        "Cán bộ, công chức tỉnh Tây Ninh thi đua thực hiện văn hóa công sở", "2021-2025", None)


def test_same_movement_spelled_twice_is_recorded_once():
    body = ("Các huyện đẩy mạnh phong trào “Công chức, viên chức thi đua thực hiện văn hoá công sở” ngay từ đầu năm. "
            "Đồng chí Phó Chủ tịch UBND tỉnh đề nghị tiếp tục phong trào “Công chức, viên chức, thi đua thực hiện văn hóa công sở” "
            "do UBND tỉnh phát động.")
    [m] = _movements(body)
    assert m.name == "Công chức, viên chức thi đua thực hiện văn hoá công sở"
    assert m.launched_by == "UBND tỉnh"


def test_nfd_input_gives_the_same_names():
    body = "Các xã tích cực hưởng ứng phong trào thi đua “Chung sức xây dựng nông thôn mới kiểu mẫu” trên toàn địa bàn."
    nfd = [m.name for m in _movements(unicodedata.normalize("NFD", body))]
    assert nfd == [m.name for m in _movements(body)] == ["Chung sức xây dựng nông thôn mới kiểu mẫu"]


SEEDS = sorted(p.stem for p in SEED_GOLD.glob("*.json"))


@pytest.mark.parametrize("stem", SEEDS)
def test_seed_gold(stem):
    analysis = analyse_seed(stem)
    found = extract_movements(analysis)
    gold = json.loads((SEED_GOLD / f"{stem}.json").read_text(encoding="utf-8"))["movements"]
    assert [(match_key(m.name), m.launched_by, m.launched_on) for m in found] == [
        (match_key(g["name"]), g["launched_by"], g["launched_on"]) for g in gold]
    for m in found:
        assert analysis.text[m.evidence.start : m.evidence.end] == m.evidence.span_text


def test_every_pattern_example_matches_its_entry():
    file = patterns.load("movements")
    missed = [(e.section, e.id, x) for e in file.entries for x in e.examples if not e.search(x)]
    assert missed == []


def test_launcher_holding_the_launch():
    analysis = analyse_text("Sáng 28/1, UBND tỉnh tổ chức phát động phong trào “Ngày thứ Bảy tình nguyện” năm 2024 "
                            "với sự tham gia của hơn 1.000 đoàn viên, thanh niên.", dateline="09:00, 28/01/2024")
    (movement,) = extract_movements(analysis)
    assert (movement.name, movement.launched_by, movement.launched_on) == (
        "Ngày thứ Bảy tình nguyện", "UBND tỉnh", "2024-01-28")
