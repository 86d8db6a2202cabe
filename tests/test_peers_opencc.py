"""OpenCC's own test cases (``tests/peers/opencc/``) through newsclean's ``convert``.

Every configuration OpenCC ships is accepted, and every case converts as OpenCC's suite
says: through the library keyword, through ``--convert`` on the command line, and
through a whole ``fix`` except for the cases listed in :data:`FIX_DIFFERS`.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from newsclean import api
from newsclean.passes.convert import CONFIGS

PEER = Path(__file__).parent / "peers" / "opencc"

#: Cases a whole ``fix`` changes beyond the conversion, each with its reason.
FIX_DIFFERS = {
    # Three single characters set apart by spaces read as a line spread out by PDF
    # justification (``知 识 密 集 型``): nothing on a page tells the two apart.
    "hk_variants_rev_preferred_characters": "spread-out line",
}


@cache
def _cases() -> list[dict[str, Any]]:
    text = (PEER / "testcases.json").read_text(encoding="utf-8")
    # OpenCC's reader takes trailing commas; the standard library's does not.
    data: dict[str, list[dict[str, Any]]] = json.loads(re.sub(r",(\s*[}\]])", r"\1", text))
    return data["cases"]


def _pairs() -> list[Any]:
    return [
        pytest.param(case["input"], config, expected, id=f"{case['id']}-{config}")
        for case in _cases()
        for config, expected in case["expected"].items()
    ]


def test_the_suite_is_all_there() -> None:
    assert len(_cases()) >= 200
    assert {config for case in _cases() for config in case["expected"]} == set(CONFIGS)


def test_every_configuration_opencc_ships_is_accepted() -> None:
    import opencc

    package = Path(opencc.__file__).parent
    shipped = {
        path.stem for path in package.rglob("*.json") if re.fullmatch(r"[a-z]+2[a-z]+", path.stem)
    }
    assert shipped
    assert shipped <= set(CONFIGS)


@pytest.mark.parametrize(("text", "config", "expected"), _pairs())
def test_case_through_the_convert_pass(text: str, config: str, expected: str) -> None:
    assert api.clean(text, passes=("convert",), convert=config).text == expected


@pytest.mark.parametrize("case", _cases(), ids=[case["id"] for case in _cases()])
def test_case_through_a_whole_fix(case: dict[str, Any]) -> None:
    for config, expected in case["expected"].items():
        out = api.fix_text(case["input"], convert=config)
        if case["id"] in FIX_DIFFERS:
            assert out != expected + "\n", f"{case['id']} now passes: drop it from FIX_DIFFERS"
            assert out.replace(" ", "") == expected.replace(" ", "") + "\n"
        else:
            assert out == expected + "\n"


@pytest.mark.parametrize("config", CONFIGS)
def test_every_case_through_the_command_line(config: str) -> None:
    cases = [case for case in _cases() if config in case["expected"]]
    stdin = "".join(case["input"] + "\n" for case in cases).encode()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "newsclean",
            "fix",
            "--passes",
            "decode,convert",
            "--convert",
            config,
        ],
        input=stdin,
        capture_output=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout.decode().splitlines() == [case["expected"][config] for case in cases]
