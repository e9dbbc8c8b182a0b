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


def _sequential(texts):
    """The reference: datasketch's MinHashLSH queried before each insert, pairs joined as they are found."""
    from datasketch import LeanMinHash, MinHash, MinHashLSH

    from pipeline.normalize.duplicates import _LSH_MARGIN, MIN_SHINGLES, NUM_PERM, shingles

    lsh, hashes, parent = MinHashLSH(threshold=THRESHOLD - _LSH_MARGIN, num_perm=NUM_PERM), {}, {}

    def find(x):
        while parent[x] != x:
            x = parent[x]
        return x

    for aid, text in texts:
        parent[aid] = aid
        grams = shingles(text)
        if len(grams) < MIN_SHINGLES:
            continue
        mh = MinHash(num_perm=NUM_PERM)
        mh.update_batch(g.encode("utf-8") for g in grams)
        lean = LeanMinHash(mh)
        for other in lsh.query(lean):
            if lean.jaccard(hashes[other]) >= THRESHOLD:
                ra, rb = find(aid), find(other)
                parent[max(ra, rb)] = min(ra, rb)
        lsh.insert(aid, lean)
        hashes[aid] = lean
    return {aid: find(aid) for aid in parent}, hashes


def test_bands_compared_at_the_end_find_the_copies_an_lsh_index_finds(tmp_path):
    from benchmarks.corpus import build

    texts = [(p.stem, p.read_text(encoding="utf-8")) for p in build(tmp_path, 150, seed=3)]
    texts += [(f"copy{n}", text[: len(text) * 3 // 4]) for n, (_, text) in enumerate(texts[:20])]
    finder = DuplicateFinder()
    for aid, text in texts:
        finder.add(aid, text, None)
    found = finder.resolve()
    roots, hashes = _sequential(texts)
    groups = {}
    for aid, root in roots.items():
        groups.setdefault(root, set()).add(aid)
    assert sum(len(g) > 1 for g in groups.values()) > 10  # the corpus has copies to find
    for members in groups.values():
        assert {found[aid].canonical_id for aid in members} == {min(members)}
        for aid in members:
            canon = found[aid].canonical_id
            expected = 1.0 if aid == canon else round(hashes[aid].jaccard(hashes[canon]), 3)
            assert found[aid].similarity == expected
