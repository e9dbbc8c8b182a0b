"""Republished stories are found and linked to the first-published copy."""

from pipeline.normalize.duplicates import THRESHOLD, DuplicateFinder

STORY = ("Sáng 17/3, huyện Tân Yên tổ chức lễ kỷ niệm ngày thành lập huyện và đón nhận Huân chương Lao động hạng "
         "Ba của Chủ tịch nước. Đây là phần thưởng ghi nhận thành tích xuất sắc của Đảng bộ, chính quyền và Nhân dân "
         "huyện trong xây dựng nông thôn mới. Dự buổi lễ có lãnh đạo các sở, ngành và các huyện lân cận. Trong năm năm "
         "qua toàn huyện có thêm mười hai xã đạt chuẩn nông thôn mới nâng cao, thu nhập bình quân đầu người tăng gần "
         "gấp đôi, tỷ lệ hộ nghèo giảm còn dưới một phần trăm.")
COPY = STORY.replace("Sáng 17/3", "Ngày 17/3").replace(", tỷ lệ hộ nghèo giảm còn dưới một phần trăm", "")
OTHER = ("Chiều 11/1, Cụm thi đua các huyện tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2020. Qua bình "
         "xét, thị xã Duy Tiên xếp thứ Nhất, đề nghị Thủ tướng Chính phủ tặng Cờ thi đua; huyện Kim Bảng xếp thứ Nhì, "
         "đề nghị UBND tỉnh tặng Cờ thi đua. Đồng chí Phó Chủ tịch UBND tỉnh biểu dương kết quả của Cụm và đề nghị năm "
         "2021 tiếp tục đẩy mạnh cải cách hành chính, xây dựng nông thôn mới nâng cao.")


def test_an_edited_copy_links_to_the_first_published_story():
    finder = DuplicateFinder()
    finder.add("copy", COPY, "2024-03-18T15:40")
    finder.add("first", STORY, "2024-03-18T08:00")
    finder.add("other", OTHER, "2021-01-12T14:10")
    found = finder.resolve()
    assert found["copy"].canonical_id == "first" and found["copy"].similarity >= THRESHOLD
    assert found["first"].canonical_id == "first" and found["first"].similarity == 1.0
    assert found["other"].canonical_id == "other"


def test_a_stub_is_not_compared():
    finder = DuplicateFinder()
    assert finder.add("stub", "Tin ảnh.", None) == "short_text"
    assert finder.resolve()["stub"].canonical_id == "stub"
