"""Configuration files: discovery, precedence (defaults < file < flags) and errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsclean import api
from newsclean.config import ConfigError, discover, load, start_directory
from tests.cli_runner import run

#: A lost character (U+FFFD between two CJK characters): kept by default, dropped
#: with replacement = "drop".
LOST = "他说\ufffd好。\n"
#: A page header that ``fix`` keeps by default and takes out with furniture = "strip".
HEADER = "北京商报 2020.12.10\n\n城市更新再提速\n\n本市今年将完成老旧小区改造一百个。\n"


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repository root with an input two directories down."""
    (tmp_path / "repo" / ".git").mkdir(parents=True)
    pages = tmp_path / "repo" / "a" / "b"
    pages.mkdir(parents=True)
    (pages / "page.txt").write_text(LOST, encoding="utf-8")
    return tmp_path / "repo"


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


# discovery


def test_pyproject_at_the_repository_root_is_found_from_an_input_below(repo: Path) -> None:
    write(repo / "pyproject.toml", '[project]\nname = "x"\n\n[tool.newsclean]\nskip = []\n')
    found, reason = discover(repo / "a" / "b")
    assert found == repo / "pyproject.toml"
    assert "[tool.newsclean]" in reason


def test_nearest_file_wins_and_newsclean_toml_beats_pyproject(repo: Path) -> None:
    write(repo / "newsclean.toml", "")
    write(repo / "a" / "pyproject.toml", "[tool.newsclean]\n")
    assert discover(repo / "a" / "b")[0] == repo / "a" / "pyproject.toml"
    write(repo / "a" / "newsclean.toml", "")
    assert discover(repo / "a" / "b")[0] == repo / "a" / "newsclean.toml"


def test_a_pyproject_without_the_table_is_passed_over(repo: Path) -> None:
    write(repo / "a" / "pyproject.toml", '[project]\nname = "someone-else"\n')
    write(repo / "newsclean.toml", "")
    assert discover(repo / "a" / "b")[0] == repo / "newsclean.toml"


def test_discovery_stops_at_the_repository_root(repo: Path) -> None:
    write(repo.parent / "newsclean.toml", 'replacement = "drop"\n')
    found, reason = discover(repo / "a" / "b")
    assert found is None
    assert f"repository root {repo}" in reason


def test_search_starts_at_the_common_parent_of_the_inputs(tmp_path: Path) -> None:
    inputs = [str(tmp_path / "x" / "p1.txt"), str(tmp_path / "x" / "y" / "p2.txt")]
    assert start_directory(inputs, Path("/elsewhere")) == tmp_path / "x"
    assert start_directory(["-"], tmp_path) == tmp_path


def test_standard_input_searches_from_the_working_directory(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(repo / "newsclean.toml", 'replacement = "drop"\n')
    monkeypatch.chdir(repo / "a")
    code, out, err = run("fix", "--verbose", stdin=LOST)
    assert code == 0
    assert out == "他说好。\n"
    assert f"config: {repo / 'newsclean.toml'}" in err


# precedence


def test_defaults_apply_without_a_file(repo: Path) -> None:
    code, out, err = run("fix", "-v", str(repo / "a" / "b" / "page.txt"))
    assert (code, out) == (0, LOST)
    assert "config: none" in err


def test_the_file_overrides_defaults_and_flags_override_the_file(repo: Path) -> None:
    write(repo / "pyproject.toml", '[tool.newsclean]\nreplacement = "drop"\n')
    page = str(repo / "a" / "b" / "page.txt")
    assert run("fix", page)[1] == "他说好。\n"
    assert run("fix", "--replacement", "keep", page)[1] == LOST
    assert run("fix", "--no-config", page)[1] == LOST


def test_furniture_policy_from_the_file_and_the_flag_that_beats_it(repo: Path) -> None:
    write(repo / "newsclean.toml", 'furniture = "strip"\n')
    page = write(repo / "a" / "b" / "header.txt", HEADER)
    assert "北京商报" not in run("fix", str(page))[1]
    assert "北京商报" in run("fix", "--keep-furniture", str(page))[1]


def test_a_command_table_sets_that_commands_format(repo: Path) -> None:
    write(repo / "newsclean.toml", '[fix]\nformat = "json"\n\n[split]\nformat = "text"\n')
    page = str(repo / "a" / "b" / "page.txt")
    assert json.loads(run("fix", page)[1])["text"] == LOST
    assert run("fix", "--format", "text", page)[1] == LOST
    assert run("split", page)[1].startswith("他说")


def test_split_leaves_furniture_out_whatever_the_file_says(repo: Path) -> None:
    write(repo / "newsclean.toml", 'furniture = "keep"\n')
    page = write(repo / "a" / "b" / "header.txt", HEADER)
    result = json.loads(run("split", str(page))[1])
    assert "北京商报" not in json.dumps(result["articles"], ensure_ascii=False)
    assert "北京商报" in run("fix", str(page))[1]


def test_paper_patterns_reach_the_passes_and_segmentation(repo: Path) -> None:
    write(
        repo / "newsclean.toml",
        '[patterns]\nfurniture = ["^今日导读"]\nbyline = ["^Reported by "]\n',
    )
    page = write(
        repo / "a" / "b" / "p.txt",
        "今日导读 第三版\n\n城市更新再提速\n\n"
        "本市今年将完成老旧小区改造一百个，涉及居民三万户。\n\n"
        "Reported by Jane Doe\n",
    )
    result = json.loads(run("split", str(page))[1])
    assert result["furniture"] == ["今日导读 第三版"]
    assert result["articles"][-1]["byline"] == "Reported by Jane Doe"


def test_config_flag_names_a_file_and_skips_discovery(repo: Path, tmp_path: Path) -> None:
    write(repo / "newsclean.toml", 'replacement = "keep"\n')
    chosen = write(tmp_path / "mine.toml", 'replacement = "drop"\n')
    code, out, err = run("fix", "-v", "--config", str(chosen), str(repo / "a" / "b" / "page.txt"))
    assert (code, out) == (0, "他说好。\n")
    assert f"config: {chosen} ({chosen} given with --config)" in err


# errors


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('skp = ["rejoin"]\n', "newsclean.toml: skp: unknown key; did you mean 'skip'?"),
        ('replacement = "dorp"\n', "replacement: 'dorp' is not one of keep, drop; did you mean"),
        ('skip = "rejoin"\n', "skip: expected a list of strings"),
        ('skip = ["rejion"]\n', "skip: unknown pass: 'rejion' is not one of"),
        ("[patterns]\nmax_headline = true\n", "patterns.max_headline: expected a whole number"),
        (
            '[patterns]\nbyline = ["(unclosed"]\n',
            "patterns.byline[0]: '(unclosed' is not a regular",
        ),
        ('[patterns]\nbylines = ["x"]\n', "patterns.bylines: unknown key; did you mean 'byline'?"),
        ('[fix]\nformat = "jsn"\n', "fix.format: 'jsn' is not one of text, json, jsonl"),
        ('[split]\nfurniture = "keep"\n', "split.furniture: unknown key"),
        ('convert = "t2x"\n', "convert: unknown OpenCC configuration"),
        ('encoding = "klingon"\n', "encoding: unknown encoding 'klingon'"),
        ("fix = 3\n", "fix: expected a table"),
        ("skip = [\n", "not valid TOML"),
    ],
)
def test_a_bad_file_is_a_usage_error_naming_file_and_key(
    repo: Path, text: str, message: str
) -> None:
    write(repo / "newsclean.toml", text)
    code, out, err = run("fix", str(repo / "a" / "b" / "page.txt"))
    assert code == 2
    assert out == ""
    assert str(repo / "newsclean.toml") in err
    assert message in err


def test_keys_in_pyproject_are_named_with_their_table(repo: Path) -> None:
    write(repo / "pyproject.toml", "[tool.newsclean.fix]\nformt = 'json'\n")
    with pytest.raises(ConfigError, match=r"tool\.newsclean\.fix\.formt: unknown key; did you"):
        load(repo / "pyproject.toml")


def test_config_flag_errors(repo: Path, tmp_path: Path) -> None:
    page = str(repo / "a" / "b" / "page.txt")
    code, _, err = run("fix", "--config", str(tmp_path / "missing.toml"), page)
    assert code == 2
    assert "missing.toml: cannot read configuration" in err
    code, _, err = run("fix", "--config", str(write(tmp_path / "n.toml", "")), "--no-config", page)
    assert code == 2
    assert "exclude each other" in err
    code, _, err = run("fix", "--config", str(write(tmp_path / "pyproject.toml", "")), page)
    assert code == 2
    assert "has no [tool.newsclean] table" in err


# the library


def test_the_library_never_reads_configuration(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(repo / "newsclean.toml", 'replacement = "drop"\n')
    monkeypatch.chdir(repo)
    assert api.fix_text(LOST) == LOST
    code = (
        "import sys, newsclean\n"
        "newsclean.split(open(sys.argv[1], encoding='utf-8').read())\n"
        "assert 'newsclean.config' not in sys.modules, 'the library imported config'\n"
    )
    subprocess.run([sys.executable, "-c", code, str(repo / "a" / "b" / "page.txt")], check=True)


#: pyproject.toml files that name newsclean, and whether they hold its table: every way
#: TOML spells the key (headers, dotted keys, a key under ``[tool]``, an inline table, an
#: escape), and projects that name it only as a package, a script or a value (the
#: 10th, 11th and last are read without being parsed; the others may hold it as far as
#: a search can tell).
_TABLES = [
    ('[tool.newsclean]\nfurniture = "strip"\n', True),
    ('[ tool . "newsclean" . fix ]\nformat = "json"\n', True),
    ("['tool'.newsclean]\n", True),
    ('[tool]\nnewsclean.fix.format = "json"\n', True),
    ('[tool]\n"newsclean" = {furniture = "strip"}\n', True),
    ('tool.newsclean.furniture = "strip"\n', True),
    ('tool = {newsclean = {furniture = "strip"}}\n', True),
    ('"\\u0074ool".newsclean.furniture = "strip"\n', True),
    ("[[tool.newsclean]]\n", True),
    ('[project]\nname = "newsclean"\n[project.scripts]\nnewsclean = "newsclean.cli:main"\n', False),
    ('[tool.setuptools.package-data]\nnewsclean = ["py.typed"]\n', False),
    ("[tool]\nx = 1\n[tool.other]\nnewsclean = 1\n", False),
    ('[tool.ruff]\nsrc = ["newsclean"]  # tool.newsclean is not here\n', False),
    ((Path(__file__).parent.parent / "pyproject.toml").read_text("utf-8"), False),
]


@pytest.mark.parametrize(("text", "table"), _TABLES)
def test_a_pyproject_is_parsed_only_where_it_may_hold_the_table(
    text: str, table: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tomllib

    from newsclean import config

    path = tmp_path / "pyproject.toml"
    path.write_text(text, encoding="utf-8")
    tool = tomllib.loads(text).get("tool", {})
    assert (isinstance(tool, dict) and "newsclean" in tool) is table
    assert config._has_table(path) is table


@pytest.mark.parametrize("text", [_TABLES[9][0], _TABLES[10][0], _TABLES[-1][0]])
def test_a_project_that_names_newsclean_only_as_a_package_is_not_parsed(
    text: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsclean import config

    path = tmp_path / "pyproject.toml"
    path.write_text(text, encoding="utf-8")
    monkeypatch.setattr(config, "_parse", lambda p, t: pytest.fail(f"parsed {p}"))
    assert not config._has_table(path)
