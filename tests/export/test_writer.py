import pytest

from pipeline.export import OutputWriter


def test_failed_run_leaves_previous_outputs_untouched(tmp_path):
    with OutputWriter(tmp_path) as writer:
        writer.write_error({"source": "a.txt", "article_id": "a", "stage": "clean", "reason": "empty", "detail": "x"})
    before = (tmp_path / "errors.csv").read_text(encoding="utf-8")
    with pytest.raises(RuntimeError):
        with OutputWriter(tmp_path) as writer:
            writer.write_error({"source": "b.txt", "article_id": "b", "stage": "clean", "reason": "binary", "detail": ""})
            raise RuntimeError("crash in the middle of a run")
    assert (tmp_path / "errors.csv").read_text(encoding="utf-8") == before
    assert not list(tmp_path.glob(".*.tmp"))


def test_excel_csv_starts_with_a_byte_order_mark(tmp_path):
    with OutputWriter(tmp_path, excel=True):
        pass
    assert (tmp_path / "officials.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert not (tmp_path / "articles.jsonl").read_bytes().startswith(b"\xef\xbb\xbf")
