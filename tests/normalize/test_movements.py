"""Movements: name variants grouped, national campaigns linked across provinces."""

from pipeline.normalize.movements import MovementGrouper, movement_key


def group(names):
    g = MovementGrouper()
    for n, (name, province) in enumerate(names, 1):
        g.add(f"a{n}", f"a{n}:m1", name, province, f"20{10 + n}-01-01")
    movements, rows = g.group()
    return movements, [rows[f"a{n}:m1"] for n in range(1, len(names) + 1)]


def test_national_campaign_variants_and_provincial_versions_share_one_id():
    _, ids = group([("Xây dựng nông thôn mới", "Hà Nam"),
                    ("Hà Nam chung sức xây dựng nông thôn mới nâng cao", "Hà Nam"),
                    ("“Thái Nguyên chung sức xây dựng nông thôn mới”", "Thái Nguyên"),
                    ("Xây dựng nông thôn mới nâng cao, kiểu mẫu giai đoạn 2021-2025", "Bắc Giang"),
                    ("phong trào Cả nước chung sức xây dựng nông thôn mới", "Gia Lai")])
    assert set(ids) == {"mv-nong-thon-moi"}


def test_national_campaign_known_by_name_is_linked_across_provinces():
    movements, ids = group([("Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau", "Hà Nam"),
                            ("Vì người nghèo – không để ai bị bỏ lại phía sau", "Cao Bằng")])
    assert ids == ["mv-vi-nguoi-ngheo", "mv-vi-nguoi-ngheo"]
    assert movements[0].national and movements[0].provinces == {"Hà Nam", "Cao Bằng"}


def test_quote_case_and_tone_variants_of_a_local_movement_are_one():
    _, ids = group([("“Hà Nam đoàn kết, năng động, sáng tạo, phát triển nhanh và bền vững”", "Hà Nam"),
                    ('"Hà Nam Đoàn kết, năng động, sáng tạo, phát triển nhanh và bền vững"', "Hà Nam"),
                    ("Hà Nam đoàn kết, năng động, sáng tạo, phát triển nhanh, bền vững", "Hà Nam")])
    assert len(set(ids)) == 1 and ids[0].startswith("mv-") and ids[0] != "mv-nong-thon-moi"


def test_the_same_wording_in_another_province_is_another_movement():
    _, ids = group([("Hà Nam đoàn kết, năng động, sáng tạo, phát triển nhanh và bền vững", "Hà Nam"),
                    ("Bắc Giang đoàn kết, năng động, sáng tạo, phát triển nhanh và bền vững", "Bắc Giang")])
    assert ids[0] != ids[1]


def test_key_drops_quotes_cues_periods_and_places():
    assert movement_key("“Hoà Bình chung sức xây dựng nông thôn mới”") == movement_key("Cả nước chung sức xây dựng nông thôn mới")[:1] + ("hòa bình",)
