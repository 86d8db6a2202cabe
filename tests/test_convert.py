"""convert through the library and the command: every OpenCC configuration, pipes,
bad names, and the record left in the metadata."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from newsclean import api
from newsclean.passes.convert import CONFIGS
from tests.conftest import FIXTURES

SAMPLE = "汉字簡體轉換 軟體 软件 鼠标 台灣"
#: What each configuration makes of SAMPLE (OpenCC's own tables decide; these pin
#: that every name reaches the table it names: phrases for s2twp/tw2sp, Japanese
#: shinjitai for t2jp, variants only for t2tw/t2hk...).
EXPECTED = {
    "s2t": "漢字簡體轉換 軟體 軟件 鼠標 臺灣",
    "t2s": "汉字简体转换 软体 软件 鼠标 台湾",
    "s2tw": "漢字簡體轉換 軟體 軟件 鼠標 臺灣",
    "tw2s": "汉字简体转换 软体 软件 鼠标 台湾",
    "s2hk": "漢字簡體轉換 軟體 軟件 鼠標 台灣",
    "hk2s": "汉字简体转换 软体 软件 鼠标 台湾",
    "s2twp": "漢字簡體轉換 軟體 軟體 滑鼠 臺灣",
    "tw2sp": "汉字简体转换 软件 软件 鼠标 台湾",
    "t2tw": "汉字簡體轉換 軟體 软件 鼠标 台灣",
    "t2hk": "汉字簡體轉換 軟體 软件 鼠标 台灣",
    "s2hkp": "漢字簡體轉換 軟體 軟件 滑鼠 台灣",
    "hk2sp": "汉字简体转换 软体 软件 鼠标 台湾",
    "tw2t": "汉字簡體轉換 軟體 软件 鼠标 台灣",
    "hk2t": "汉字簡體轉換 軟體 软件 鼠标 臺灣",
    "t2jp": "汉字簡体転換 軟体 软件 鼠标 台湾",
    "jp2t": "汉字簡體轉換 軟體 软件 鼠标 臺灣",
}
TRADITIONAL_PAGE = FIXTURES / "pages" / "zh_pdfgen_minghushangbao_2023-04-19_A08_trad_pdftotext.txt"


def newsclean(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "newsclean", *args], input=stdin, capture_output=True, check=False
    )


def test_every_opencc_configuration_is_offered() -> None:
    assert set(CONFIGS) == set(EXPECTED)


@pytest.mark.parametrize("config", CONFIGS)
def test_each_configuration_converts_through_the_library(config: str) -> None:
    doc = api.clean(SAMPLE, passes=("convert",), convert=config)
    assert doc.text == EXPECTED[config]
    assert doc.metadata["converted"] == config


def test_conversion_runs_after_repair() -> None:
    # Mojibake converted first would be converted garbage: repair comes first.
    assert api.fix_text("鍟嗘堡绉戞妧", convert="s2t") == "商湯科技\n"


def test_convert_in_a_pipe() -> None:
    raw = TRADITIONAL_PAGE.read_bytes()
    result = newsclean("fix", "--convert", "t2s", stdin=raw)
    assert result.returncode == 0, result.stderr.decode()
    out = result.stdout.decode()
    assert "首届链博会达成合作及意向协议金额" in out
    assert "首屆" not in out
    body = json.loads(newsclean("fix", "--convert", "t2s", "--format", "json", stdin=raw).stdout)
    assert body["metadata"]["converted"] == "t2s"


def test_bad_configuration_is_a_usage_error_listing_the_valid_ones() -> None:
    result = newsclean("fix", "--convert", "s2x", stdin="汉字".encode())
    assert result.returncode == 2
    message = result.stderr.decode()
    assert "unknown OpenCC configuration 's2x'" in message
    assert all(config in message for config in CONFIGS)
    assert result.stdout == b""


def test_configuration_names_are_forgiving_about_case_and_json_suffix() -> None:
    result = newsclean("fix", "--convert", "T2S.json", stdin="漢字".encode())
    assert (result.returncode, result.stdout.decode()) == (0, "汉字\n")
