"""Lists of recipients and members: inline, ";"-separated, one per line; qualifiers left out."""

from dataclasses import dataclass

import pytest

from pipeline.extract import lists


@pytest.mark.parametrize("text, expected", [
    ("cho 3 tập thể: Đảng bộ Sở Tài chính, Chi bộ Văn phòng HĐND và UBND tỉnh, Đảng bộ Công an tỉnh.",
     ["Đảng bộ Sở Tài chính", "Chi bộ Văn phòng HĐND và UBND tỉnh", "Đảng bộ Công an tỉnh"]),
    ("cho 12 tập thể và 20 cá nhân có thành tích năm 2024, trong đó có xã Bản Lầu và chị Lò Thị Mai.",
     ["xã Bản Lầu", "Lò Thị Mai"]),
    ("cho 12 tập thể và 20 cá nhân có thành tích xuất sắc.", []),
    ("cho 3 tập thể và 1 cá nhân, gồm: UBND xã Tam Hợp, Trường THCS Quỳ Hợp, Hội Nông dân huyện.",
     ["UBND xã Tam Hợp", "Trường THCS Quỳ Hợp", "Hội Nông dân huyện"]),
    # the list opens after what the count says of the units
    ("cho 2 tập thể có thành tích dẫn đầu Khối thi đua là Sở Tư pháp tỉnh Hà Nam và Sở Tư pháp tỉnh Nam Định.",
     ["Sở Tư pháp tỉnh Hà Nam", "Sở Tư pháp tỉnh Nam Định"]),
    ("cho 5 cá nhân tỉnh Bến Tre gồm: bà Lê Thị Hạnh, Phó Giám đốc Sở Y tế; ông Trần Văn Lộc, Trưởng phòng "
     "Nội vụ huyện Ba Tri và ông Võ Minh Tâm, Chánh Văn phòng UBND tỉnh đã có thành tích.",
     ["Lê Thị Hạnh", "Trần Văn Lộc", "Võ Minh Tâm"]),
    # ";" separates the units; a crew stands for its vessel; brackets and parent bodies qualify
    ("cho 5 tập thể, gồm: Cảng vụ hàng hải Cà Mau; thủy thủ và thuyền viên tàu Hải Âu 05; tập thể tàu "
     "Kiểm ngư KN-290 (Vùng 4); Lữ đoàn 126, Quân chủng Hải quân; Đồn Biên phòng Gành Hào.",
     ["Cảng vụ hàng hải Cà Mau", "tàu Hải Âu 05", "tàu Kiểm ngư KN-290", "Lữ đoàn 126", "Đồn Biên phòng Gành Hào"]),
    # a ";" before a new clause ends a comma list
    ("cho 3 tập thể gồm: UBND xã Tân Lập, UBND xã Phú Mỹ, Trường THCS Tân Lập vì có thành tích xuất sắc; "
     "Chủ tịch UBND huyện tặng",
     ["UBND xã Tân Lập", "UBND xã Phú Mỹ", "Trường THCS Tân Lập"]),
])
def test_recipients_after(text, expected):
    assert [i.text for i in lists.recipients_after(text, 4).scan.items] == expected


def test_a_count_then_an_intro_at_the_end_opens_a_list_below():
    after = lists.recipients_after("cho 04 tập thể, đã có thành tích xuất sắc trong công tác năm 2024, gồm:", 4)
    assert (after.scan.items, after.count, after.opens_below) == ([], 4, True)


@pytest.mark.parametrize("text, expected", [
    # a place after a unit says where it is
    ("gồm: Trường Mầm non Hoa Sen, huyện Tiên Lãng, thành phố Hải Phòng và Trường Tiểu học Kiến An, quận Kiến "
     "An, thành phố Hải Phòng.", ["Trường Mầm non Hoa Sen", "Trường Tiểu học Kiến An"]),
    # sibling places after a unit are recipients
    ("gồm: Công an huyện Ba Tri, xã An Đức và xã An Hòa Tây.", ["Công an huyện Ba Tri", "xã An Đức", "xã An Hòa Tây"]),
    # names that hold "và" or commas are one unit
    ("gồm: Văn phòng HĐND và UBND huyện Mường Nhé, Sở Văn hóa, Thể thao và Du lịch, Sở Khoa học và công nghệ.",
     ["Văn phòng HĐND và UBND huyện Mường Nhé", "Sở Văn hóa, Thể thao và Du lịch", "Sở Khoa học và công nghệ"]),
])
def test_inline(text, expected):
    assert [i.text for i in lists.inline(text, 5).items] == expected


@dataclass
class _Line:
    index: int
    text: str


@pytest.mark.parametrize("lines, count, expected", [
    # one unit per line, up to its ";": what follows is the reason, not the name
    (["1.", "Văn phòng HĐND và UBND huyện Nam Trà My; đã có thành tích xuất sắc, dẫn đầu Khối 02;",
      "2.", "Hội Nông dân huyện Nam Trà My; đã có thành tích xuất sắc.", "Tiền thưởng kèm theo thực hiện theo quy định."],
     2, ["Văn phòng HĐND và UBND huyện Nam Trà My", "Hội Nông dân huyện Nam Trà My"]),
    # a parent body after a comma qualifies; the collective head goes; a line naming the next award stops
    (["- Trường THPT Chu Văn An, Sở Giáo dục và Đào tạo tỉnh;", "- Nhân dân và cán bộ huyện Văn Lãng.",
      "3.", "Đề nghị tặng Huân chương Lao động hạng Ba: 01 tập thể"],
     None, ["Trường THPT Chu Văn An", "huyện Văn Lãng"]),
    # a shared head on a line gives several recipients; persons lose their titles
    (["- LĐLĐ các huyện Kim Bảng, Thanh Liêm và Bình Lục;", "- Ông Trần Văn Hòa, Chủ tịch Công đoàn cơ sở;"],
     None, ["LĐLĐ huyện Kim Bảng", "LĐLĐ huyện Thanh Liêm", "LĐLĐ huyện Bình Lục", "Trần Văn Hòa"]),
    # unmarked lines are items only when each starts with a unit or a person
    (["Sở Y tế;", "Sở Tư pháp.", "Phát biểu tại buổi lễ, Phó Chủ tịch UBND tỉnh chúc mừng các đơn vị."],
     None, ["Sở Y tế", "Sở Tư pháp"]),
])
def test_below(lines, count, expected):
    sentences = [_Line(k, t) for k, t in enumerate(lines)]
    stop = (lambda line: "Huân chương" in line)
    assert [x.item.text for x in lists.below(sentences, 0, count=count, stop=stop)] == expected


def test_a_chunk_opening_with_a_known_head_and_a_lower_case_name_goes_on_with_the_list():
    text = ("gồm: Binh đoàn 12 (Bộ Quốc phòng); Cục cứu hộ, cứu nạn (Bộ Tổng Tham mưu); Công an tỉnh Lào Cai "
            "(Bộ Công an).")
    assert [i.text for i in lists.inline(text, 5).items] == ["Binh đoàn 12", "Cục cứu hộ, cứu nạn", "Công an tỉnh Lào Cai"]
