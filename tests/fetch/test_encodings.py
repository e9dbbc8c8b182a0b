"""Legacy Vietnamese encodings and mislabeled charsets come out as correct Unicode.

(Tests for pipeline/clean/encodings.py; they sit with the crawl tests because crawled pages
are where these encodings come from.)
"""

from __future__ import annotations

import html
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from pipeline.clean.decode import decode
from pipeline.clean.encodings import best_decoding, decode_as, encode_as, vietnamese_score
from pipeline.core.types import Skipped

SEEDS = Path(__file__).resolve().parents[2] / "corpora" / "seeds"
SEED_TEXT = (SEEDS / "004_5d7075bb2530b896.txt").read_text(encoding="utf-8")
# Every letter of the alphabet with every tone, both cases.
ALPHABET = unicodedata.normalize("NFC", "".join(
    base + tone for base in "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY" for tone in ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
)) + "đĐ"


@pytest.mark.parametrize("charset", ["tcvn3", "vni", "windows-1258"])
def test_legacy_round_trip_of_every_letter_and_a_seed(charset):
    assert decode_as(encode_as(ALPHABET, charset), charset) == ALPHABET
    # Characters the charset lacks (curly quotes, dashes) travel as HTML references, as on real pages.
    assert html.unescape(decode_as(encode_as(SEED_TEXT, charset), charset)) == SEED_TEXT


@pytest.mark.parametrize("raw, charset, text", [
    (b"Th\xad\xeang tr\xf9c H\xa7ND t\xd8nh", "tcvn3", "Thường trực HĐND tỉnh"),
    (b"Nguy\xd4n V\xa8n Phong", "tcvn3", "Nguyễn Văn Phong"),
    ("Phoù Chuû tòch UBND tænh".encode("latin-1"), "vni", "Phó Chủ tịch UBND tỉnh"),
    ("Ñoàng chí Ngoâ Gia Töï".encode("latin-1"), "vni", "Đồng chí Ngô Gia Tự"),
    ("Ha\u0300 Nô\u0323i".encode("cp1258"), "windows-1258", "Hà Nội"),
])
def test_known_byte_strings(raw, charset, text):
    assert decode_as(raw, charset) == text


@pytest.mark.skipif(shutil.which("iconv") is None, reason="needs iconv")
def test_tcvn_table_agrees_with_iconv():
    probe = subprocess.run(["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"], input=b"a", capture_output=True)
    if probe.returncode != 0:
        pytest.skip("this iconv has no TCVN5712-1")
    high = bytes(range(0xA1, 0x100))
    ours = decode_as(high, "tcvn3")
    theirs = subprocess.run(["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"], input=high, capture_output=True)
    assert ours == unicodedata.normalize("NFC", theirs.stdout.decode("utf-8"))


@pytest.mark.parametrize("text, good", [
    ("Cụm thi đua các huyện ký kết giao ước", True),
    ("Cá»¥m thi Ä‘ua cÃ¡c huyá»‡n kÃ½ káº¿t", False),  # UTF-8 read as windows-1252
    ("Côm thi ®ua c¸c huyÖn ký kÕt", False),  # TCVN3 read as latin-1
    ("Cuïm thi ñua caùc huyeän kyù keát", False),  # VNI read as latin-1
    ("Election results and weather", True),  # no Vietnamese evidence either way
])
def test_vietnamese_score(text, good):
    assert (vietnamese_score(text) > 0.9) is good


@pytest.mark.parametrize("charset, label", [
    ("utf-8", "iso-8859-1"),  # the classic server default
    ("tcvn3", "iso-8859-1"),  # .VnTime pages
    ("vni", None),
    ("windows-1258", "windows-1258"),
    ("utf-8", "utf-8"),
])
def test_the_decoding_that_reads_as_vietnamese_wins(charset, label):
    raw = SEED_TEXT.encode("utf-8") if charset == "utf-8" else encode_as(SEED_TEXT, charset)
    found = best_decoding(raw, [label] if label else [])
    assert html.unescape(found.text) == SEED_TEXT


def test_html_is_detected_but_plain_text_must_be_utf8():
    page = b'<html><head><meta charset="iso-8859-1"></head><body><p>' + encode_as(SEED_TEXT, "tcvn3") + b"</p></body></html>"
    assert "Nguyễn Văn Phong" in decode(page, "page.html")
    with pytest.raises(Skipped) as err:
        decode(encode_as(SEED_TEXT, "tcvn3"), "notes.txt")
    assert err.value.reason == "undecodable"


def test_a_declared_charset_is_trusted_when_it_reads_well():
    raw = "Dự hội nghị có đồng chí Trần Văn Chung".encode("utf-8")
    assert decode(raw, "x", declared="utf-8") == "Dự hội nghị có đồng chí Trần Văn Chung"
