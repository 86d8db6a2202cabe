"""decode on whole files: legacy encodings detected with no flag, binary refused, flags.

The case table (``cases/decode.toml``) works on text; decoding is about bytes, so it is
tested here, through the library and through the command as users run it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsclean.errors import NotTextError, UsageError
from newsclean.passes.decode import check_encoding_name, decode_bytes, normalize_line_ends
from tests.conftest import FIXTURES

ENCODED = sorted((FIXTURES / "encodings").glob("*.txt"))


def newsclean(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "newsclean", *args], input=stdin, capture_output=True, check=False
    )


@pytest.mark.parametrize("path", ENCODED, ids=[p.name for p in ENCODED])
def test_fix_decodes_each_legacy_encoding_with_no_flag(path: Path) -> None:
    stem = path.name.split(".")[0]
    result = newsclean("fix", "--format", "json", str(path))
    assert result.returncode == 0, result.stderr.decode()
    body = json.loads(result.stdout)
    codec = path.name.split(".")[1].removesuffix("-bom")
    family = {"gbk": "gb18030", "big5": "big5hkscs"}.get(codec, codec)
    assert body["encoding"] == family
    expected = (FIXTURES / "expected" / f"{stem}.fix.txt").read_text(encoding="utf-8")
    assert body["text"] == expected


@pytest.mark.parametrize(
    ("text", "codec", "detected"),
    [
        ("全力驰援上海等多地疫情防控，商汤科技助力守“沪”。", "gbk", "gb18030"),
        ("中文", "gbk", "gb18030"),
        ("北京商报记者 钱瑜", "gb2312", "gb18030"),
        ("商汤科技€🙂", "gb18030", "gb18030"),
        ("首屆鏈博會達成合作及意向協議金額", "big5", "big5hkscs"),
        ("本報記者 廖峰雨 姚語", "big5", "big5hkscs"),
        ("臺灣", "big5", "big5hkscs"),
        ("東京都は今日、新しい政策を発表した。", "shift_jis", "cp932"),
        ("서울시는 오늘 새로운 정책을 발표했다.", "euc_kr", "cp949"),
        ("Müller straße", "cp1252", "cp1252"),
        ("The “quoted” text — with dashes", "cp1252", "cp1252"),
        ("naïve", "cp1252", "cp1252"),
    ],
)
def test_short_legacy_text_is_detected(text: str, codec: str, detected: str) -> None:
    decoded = decode_bytes(text.encode(codec))
    assert (decoded.text, decoded.encoding) == (text, detected)
    assert decoded.confidence is not None
    assert 0.5 <= decoded.confidence <= 1.0


def test_utf8_needs_no_detection() -> None:
    decoded = decode_bytes("北京商报 café".encode())
    assert decoded == ("北京商报 café", "utf-8", 0, None)


def test_bom_decides() -> None:
    assert decode_bytes(b"\xef\xbb\xbf\xe4\xb8\xad").text == "中"
    assert decode_bytes("\ufeff中文".encode("utf-16-be")) == ("中文", "utf-16-be", 0, None)


def test_utf16_without_bom_is_sniffed() -> None:
    for codec in ("utf-16-le", "utf-16-be"):
        decoded = decode_bytes("Page 1: 中文报纸\n".encode(codec))
        assert (decoded.text, decoded.encoding) == ("Page 1: 中文报纸\n", codec)


def test_mostly_utf8_stays_utf8_and_counts_the_bad_bytes() -> None:
    raw = ("中文报纸" * 50).encode() + b"\xff\xfe" + ("文字" * 50).encode()
    decoded = decode_bytes(raw)
    assert decoded.encoding == "utf-8"
    assert decoded.bad == 2
    assert decoded.text == "中文报纸" * 50 + "\ufffd\ufffd" + "文字" * 50


#: 全部 in UTF-8 read as Latin-1 and saved as UTF-8: 全 holds the byte 0x85, now U+0085.
NEL_MOJIBAKE = "全部 ok".encode().decode("latin-1").encode() + b"\n"


def test_line_ends_are_normalised_but_u0085_is_not_one() -> None:
    text = "a\r\nb\rc\x0bd\u2028e\u2029f\x0cg\x85h"
    assert normalize_line_ends(text) == "a\nb\nc\nd\ne\nf\n\ng\x85h"


@pytest.mark.parametrize("mode", ["file", "stdin"])
def test_u0085_inside_mojibake_does_not_split_the_line(tmp_path: Path, mode: str) -> None:
    path = tmp_path / "page.txt"
    path.write_bytes(NEL_MOJIBAKE)
    args = ("fix", str(path)) if mode == "file" else ("fix",)
    result = newsclean(*args, stdin=NEL_MOJIBAKE)
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout.decode() == "全部 ok\n"


def test_existing_replacement_characters_are_not_bad_bytes() -> None:
    raw = "lost \ufffd here".encode("gb18030") + "中文".encode("gb18030")
    assert decode_bytes(raw).bad == 0


@pytest.mark.parametrize(
    ("raw", "kind"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"PK\x03\x04\x14\x00\x00\x00", "a ZIP archive or Office document"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "gzip"),
        (b"MZ\x90\x00\x03\x00\x00\x00\x04\x00", "a Windows executable"),
        (b"abc\x00\x00\x00def\x00\x01\x02" * 50, "binary data (NUL bytes)"),
    ],
)
def test_binary_input_is_refused(raw: bytes, kind: str) -> None:
    with pytest.raises(NotTextError) as caught:
        decode_bytes(raw)
    assert str(caught.value) == f"not text (looks like {kind})"


def test_text_that_starts_like_a_weak_signature_is_text() -> None:
    assert decode_bytes(b"MZ Corporation said on Monday.\n").encoding == "utf-8"


def test_forced_encoding_counts_bad_bytes() -> None:
    decoded = decode_bytes("中文".encode("gbk") + b"\xff", "gbk")
    assert decoded == ("中文\ufffd", "gbk", 1, None)


def test_encoding_names_are_checked() -> None:
    assert check_encoding_name("GB2312") == "gb2312"
    with pytest.raises(UsageError, match="unknown encoding"):
        check_encoding_name("klingon")
    with pytest.raises(UsageError, match="not a text encoding"):
        check_encoding_name("rot13")


def test_cli_encoding_flag() -> None:
    raw = "中文報紙".encode("big5")
    forced = newsclean("fix", "--encoding", "big5", stdin=raw)
    assert (forced.returncode, forced.stdout.decode()) == (0, "中文報紙\n")
    unknown = newsclean("fix", "--encoding", "klingon", stdin=raw)
    assert unknown.returncode == 2
    assert b"unknown encoding 'klingon'" in unknown.stderr


def test_cli_refuses_binary_with_one_line_naming_the_file(tmp_path: Path) -> None:
    pdf = tmp_path / "page.pdf"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    good = tmp_path / "good.txt"
    good.write_text("好的。\n", encoding="utf-8")
    result = newsclean("fix", str(pdf), str(good))
    assert result.returncode == 3
    assert result.stderr.decode() == f"newsclean: {pdf}: not text (looks like PDF)\n"
    assert result.stdout.decode() == "好的。\n"


def test_explain_shows_the_guessed_encoding_and_confidence() -> None:
    raw = "全力驰援上海等多地疫情防控，商汤科技助力守“沪”。".encode("gbk")
    result = newsclean("fix", "--explain", stdin=raw)
    assert result.returncode == 0
    first = result.stderr.decode().splitlines()[0]
    assert first.startswith("<stdin>: encoding gb18030, guessed with confidence 0.")
    body = json.loads(newsclean("fix", "--format", "json", stdin=raw).stdout)
    assert body["encoding"] == "gb18030"
    assert 0.5 < body["metadata"]["encoding_confidence"] <= 1.0
