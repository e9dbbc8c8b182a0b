import pytest

from pipeline.clean.decode import decode
from pipeline.core.types import Skipped

TEXT = "Cụm thi đua các huyện ký kết giao ước thi đua năm 2024"


@pytest.mark.parametrize("content", [
    TEXT.encode("utf-8"), b"\xef\xbb\xbf" + TEXT.encode("utf-8"), TEXT.encode("utf-16"),
])
def test_unicode_forms_decode(content):
    assert decode(content, "x") == TEXT


def test_meta_charset_is_honoured():
    html = '<html><head><meta charset="windows-1258"></head><body>Hà Nội</body></html>'.encode("cp1258", "ignore")
    assert "Hà N" in decode(html, "x.html")


@pytest.mark.parametrize("content, reason", [
    (b"", "empty"), (b"   \n\n", "empty"), (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20, "binary"),
    (b"H\xe0 N\xf4i t\xf4ng k\xeat h\xf4i ngh\xec", "undecodable"),
])
def test_bad_bytes_are_skipped_with_a_reason(content, reason):
    with pytest.raises(Skipped) as err:
        decode(content, "bad.txt")
    assert err.value.reason == reason
    assert "bad.txt" in err.value.detail
