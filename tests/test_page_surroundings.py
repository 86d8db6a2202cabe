"""The forms the lines around a line decide (``newsclean.page.surroundings``): the
forecast in the nameplate's ear, debris among the page's lines, credits and links
inside running text."""

from __future__ import annotations

import pytest

from newsclean.page.forms import Form, form_anywhere
from newsclean.page.surroundings import _Edge, page_forms
from newsclean.page.tuning import TUNING
from newsclean.page.unreadable import is_unreadable
from newsclean.page.weather import is_weather_forecast


@pytest.mark.parametrize(
    ("line", "forecast"),
    [
        ("Showers and cooler to-morrow.", True),
        ("Snow, followed by fair weather to-night.", True),
        ("Shawers and coaler to-morrow.", True),
        ("Pluie et vent faible.", True),
        ("Regen, etwas kälter.", True),
        ("Snow.", True),
        # A lone word one letter off a weather word is a scrap, not a forecast.
        ("Snaw.", False),
        ("The snow closed the pass to traffic.", False),
        ("STORM OVER THE TARIFF", False),
        ("Fair play for all", False),
        ("Rain and much colder to-day.", True),
        ("Ratn and much colder to-dmy.", True),
        ("Saturday fair.", True),
        ("Fair and warmer to-night; Sunday cloudy.", True),
        ("Beau temps, vent faible.", True),
        ("Heiter, kälter.", True),
        ("The weather was fair and the crowd large.", False),
        ("The rain in Spain.", False),
        ("MAIN STREET FIRE", False),
        ("Hair and nails", False),
    ],
)
def test_weather_forecast(line: str, forecast: bool) -> None:
    assert is_weather_forecast(line) is forecast


def _forms(blocks: list[list[str]], edges: tuple[bool, bool] = (True, True)) -> list[Form]:
    texts = [line for block in blocks for line in block]
    numbers = [n for n, block in enumerate(blocks) for _ in block]
    return page_forms(
        [_Edge(text) for text in texts],
        [form_anywhere(text) for text in texts],
        edges=edges,
        blocks=numbers,
    )


BODY = [
    "The council met on Tuesday and agreed the budget for the year ahead,",
    "which the mayor said would keep every library open through the winter.",
]


def test_a_url_inside_a_sentence_is_the_sentence_s() -> None:
    text = [
        "The full guidance for schools is published at",
        "https://example.org/guide",
        "for all.",
    ]
    assert _forms([BODY, text])[3] is Form.NONE
    assert _forms([BODY, ["https://example.org/guide"]])[2] is Form.URL


def test_a_link_bar_stands_alone() -> None:
    assert _forms([BODY, ["Home | News | Sport"], BODY])[2] is Form.NAVIGATION
    assert _forms([BODY, ["Home | News | Sport", *BODY]])[2] is Form.NONE


def test_debris_falls_between_lines() -> None:
    assert _forms([BODY, ["-' - - -v 1 ' :"], BODY])[2] is Form.NOISE
    assert _forms([BODY, ["-' - - -v 1 ' :"]])[2] is Form.NONE
    # Past a cut in a stream the page goes on: marks there may be debris.
    assert _forms([BODY, ["-' - - -v 1 ' :"]], edges=(True, False))[2] is Form.NOISE


@pytest.mark.parametrize(
    ("line", "junk"),
    [
        ("Jfai- i, JfftZtmrre-MaGia .n IV !.,,-", True),
        ("rnifrrTT7TFnAnnmTTATTnri", True),
        ("Continued on Page 5", False),
        ("McCORMICK BROS.", False),
        ("Tuesday's date.", False),
        ("subscribed at once to a 5,000", False),
        ("BILLT WHISKERa", False),
        # Five consonants in a row, in words the languages know.
        ("Deutschland und", False),
        ("the strengths of it", False),
        ("Postschalter", False),
        # Compounds no vocabulary lists, read as the common words they are made of.
        ("Herbstschlussverkauf", False),
        ("Bahnhofsvorsteherstellvertreter", False),
        ("Rijkswaterstaatsdienst", False),
        ("zum Arbeitsplatzschutz", False),
        ("Angstschreeuw", False),
        # Junk splits into no common words: the vocabularies' scraps (``tbb``, ``rrr``)
        # are too short and too rare to be a compound's parts.
        ("Tbbrnnmsch", True),
        ("ltlllrrr", True),
        ("mrnnlhtoe tsnrkl bwrtt", True),
        ("U. S. A.", False),
        ("<http://finews.zning.xyz/html_News/NewsShare.html?infoCode=NW2022>", False),
    ],
)
def test_ocr_junk_at_the_foot_is_judged_by_its_readable_words(line: str, junk: bool) -> None:
    assert is_unreadable(line) is junk


_STORY_END = [
    "NATION COULD SAVE BY",
    "his death he would be an asset in",
    "stead of afloss.",
]


def test_junk_last_line_is_no_story_of_its_own() -> None:
    lines = [*BODY * 3, *_STORY_END, "Jfai- i, JfftZtmrre-MaGia .n IV !.,,-"]
    forms = page_forms([_Edge(t) for t in lines], [Form.NONE] * len(lines))
    assert forms[-1] is Form.NOISE
    assert forms[-2] is Form.NONE


@pytest.mark.parametrize("last", ["Herbstschlussverkauf", "Obstschnaps und Angstschreeuw"])
def test_a_compound_last_line_is_written(last: str) -> None:
    lines = [*BODY * 3, *_STORY_END, last]
    forms = page_forms([_Edge(t) for t in lines], [Form.NONE] * len(lines))
    assert forms[-1] is Form.NONE


@pytest.mark.parametrize(
    "last",
    ["Jfai- i, JfftZtmrre-MaGia .n IV !.,,-", "Zzzzzzzzzzzz", "x" * 100_000],
)
@pytest.mark.parametrize("above", [[], _STORY_END])
def test_a_text_shorter_than_a_page_has_no_torn_foot(above: list[str], last: str) -> None:
    # A one-line input or a short note is no scanned page: its last line was written.
    lines = [*above, last]
    forms = page_forms([_Edge(t) for t in lines], [Form.NONE] * len(lines))
    assert forms[-1] is Form.NONE


@pytest.mark.parametrize(
    ("line", "forecast"),
    [
        ("Wetter: heiter, 21 Grad", True),
        ("Wetter: heiter bis wolkig, 18 bis 22 Grad", True),
        ("Temps: nuageux", True),
        ("Temps probable: nuageux, 18 degrés", True),
        ("Weather: fair, 70 degrees", True),
        ("Le temps passe vite", False),
        ("Die Sonne geht um 7 Uhr auf", False),
        ("Les nuages de la guerre", False),
    ],
)
def test_weather_ears_in_german_and_french(line: str, forecast: bool) -> None:
    assert is_weather_forecast(line) is forecast


def _ear_forms(lines: list[str]) -> list[Form]:
    return page_forms([_Edge(t) for t in lines], [form_anywhere(t) for t in lines])


@pytest.mark.parametrize(
    "above",
    [
        ["The council met for four hours", "on Tuesday and decided nothing", "the school."],
        ["The forecast for the weekend was", "simple."],
        ["The council met for four hours on Tuesday and decided nothing about the school."],
    ],
)
def test_a_forecast_under_a_story_s_sentence_is_the_story_s(above: list[str]) -> None:
    # A sentence of running text above, on one line or wrapped over several, shows the
    # page's stories have begun: the forecast is quoted in one, no nameplate's ear.
    lines = [*above, "", "Saturday fair.", "", "So it began: two days of sun."]
    assert Form.WEATHER not in _ear_forms(lines)


@pytest.mark.parametrize(
    "above",
    [
        ["THE EVENING STAR", "", "WASHINGTON, D. C., FRIDAY, JUNE 2, 1916."],
        # Lines of the nameplate in lower case that close no sentence between them.
        ["The Daily Herald", "Published every evening", "by the Herald Company"],
    ],
)
def test_a_forecast_in_the_nameplate_s_ear_is_the_page_s(above: list[str]) -> None:
    lines = [*above, "", "Rain and much colder to-day.", "", *BODY]
    assert _ear_forms(lines)[len(above) + 1] is Form.WEATHER


_NOTE = ["Please print the form on white paper", "and bring it to the office."]


@pytest.mark.parametrize("label", ["A4", "TF1", "第3版", "3"])
def test_a_label_alone_on_a_short_text_is_the_writer_s(label: str) -> None:
    assert _forms([[label], _NOTE])[0] is Form.NONE
    assert _forms([_NOTE, [label]])[-1] is Form.NONE
    # The same label under a date, the page's furniture, is the page's.
    dated = _forms([["TUESDAY, JULY 8, 2008"], [label], _NOTE])
    assert dated[1] is Form.PAGE_LABEL


@pytest.mark.parametrize("label", ["A4", "第3版", "3"])
def test_a_label_on_a_text_as_long_as_a_page_is_the_page_s(label: str) -> None:
    line = "The council met on Monday, and the vote was taken."
    cells = len(line) - line.count(" ")
    body = [line] * -(-TUNING.page_min_cells // cells)
    assert _forms([[label], body])[0] is Form.PAGE_LABEL
    assert _forms([[label], body[:-2]])[0] is Form.NONE
    # Measured in characters: the page's column joined into paragraphs, as ``fix``
    # prints it, is as long a text, and its label the page's still.
    assert _forms([[label], [" ".join(body[:4]), " ".join(body[4:])]])[0] is Form.PAGE_LABEL
    assert _forms([[label], [" ".join(body[:-2])]])[0] is Form.NONE
