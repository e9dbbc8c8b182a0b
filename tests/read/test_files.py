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
