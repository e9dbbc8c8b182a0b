from pathlib import Path

import pytest

from pipeline.core.types import RawDocument, Skipped
from pipeline.read import InputError, iter_documents


def test_folders_are_walked_in_order_and_ids_are_file_stems(tmp_path):
    (tmp_path / "b.txt").write_text("x", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.html").write_text("<p>x</p>", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("x", encoding="utf-8")
    items = list(iter_documents([tmp_path]))
    assert [(i.doc_id, i.media_type) for i in items] == [("b", "text"), ("a", "html")]


def test_other_files_in_a_folder_are_reported_not_read(tmp_path):
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8")
    (item,) = iter_documents([tmp_path])
    assert isinstance(item, Skipped) and item.reason == "other_file"


def test_a_named_file_of_another_type_is_unsupported(tmp_path):
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    (item,) = iter_documents([tmp_path / "x.pdf"])
    assert isinstance(item, Skipped) and item.reason == "unsupported_type"


def test_missing_path_stops_before_reading(tmp_path):
    with pytest.raises(InputError, match="no such file or folder"):
        list(iter_documents([tmp_path / "missing"]))


def test_raw_document_keeps_bytes(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"\xef\xbb\xbfabc")
    (item,) = iter_documents([tmp_path])
    assert isinstance(item, RawDocument) and item.content == b"\xef\xbb\xbfabc"


ARTICLE = "Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024 của UBND tỉnh Nam Định diễn ra sáng nay.\n"


def test_stray_nul_bytes_are_removed_and_counted(tmp_path):
    from pipeline.read import remove_nul_bytes

    (tmp_path / "a.txt").write_bytes((ARTICLE * 3).encode("utf-8").replace(b"\n", b"\x00\n", 2))
    (doc,) = iter_documents([tmp_path])
    repaired, n = remove_nul_bytes(doc)
    assert n == 2 and repaired.content == (ARTICLE * 3).encode("utf-8")
    utf16 = RawDocument("b", "b.txt", ARTICLE.encode("utf-16-le"), "text")  # no BOM: NULs everywhere
    assert remove_nul_bytes(utf16) == (utf16, 0)


def test_links_back_into_the_walk_and_dangling_links_are_reported(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "sub" / "up").symlink_to(tmp_path, target_is_directory=True)  # a loop through the parent
    (tmp_path / "self.txt").symlink_to(tmp_path / "self.txt")  # a link to itself
    (tmp_path / "gone.txt").symlink_to(tmp_path / "missing.txt")
    (tmp_path / "elsewhere").symlink_to(tmp_path / "sub", target_is_directory=True)  # not a loop: read again
    items = list(iter_documents([tmp_path]))
    docs = sorted(i.source for i in items if isinstance(i, RawDocument))
    assert docs == sorted(str(tmp_path / p) for p in ("a.txt", "sub/b.txt", "elsewhere/b.txt"))
    skipped = {Path(i.source).name: i.reason for i in items if isinstance(i, Skipped)}
    assert skipped == {"up": "symlink_loop", "self.txt": "symlink_loop", "gone.txt": "unreadable"}


def test_a_folder_that_cannot_be_listed_is_reported(tmp_path, monkeypatch):
    import os

    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "x.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    real_scandir, real_listdir = os.scandir, os.listdir

    def denied(real):
        def call(path="."):
            if os.fspath(path).endswith("locked"):
                raise PermissionError(13, "Permission denied", os.fspath(path))
            return real(path)
        return call

    # Root reads any folder, so the refusal a normal user meets is simulated where the walk asks.
    monkeypatch.setattr(os, "scandir", denied(real_scandir))
    monkeypatch.setattr(os, "listdir", denied(real_listdir))
    items = list(iter_documents([tmp_path]))
    assert [(i.reason, Path(i.source).name) for i in items if isinstance(i, Skipped)] == [("unreadable", "locked")]
    assert "Permission denied" in next(i.detail for i in items if isinstance(i, Skipped))


def test_a_url_is_not_a_path(tmp_path):
    with pytest.raises(InputError, match="is a URL.*thidua crawl"):
        list(iter_documents(["https://baonamdinh.vn/tin-tuc/cum-thi-dua-2618591"]))
