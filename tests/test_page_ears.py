"""An ear's box beside the nameplate is told by what it says (``page.ears``)."""

from __future__ import annotations

import pytest

from newsclean.page.ears import reads_as_ear


@pytest.mark.parametrize(
    ("text", "ear"),
    [
        # The paper of itself: two of its own ear's words, OCR's slips around them.
        ("Th KaHt OftfanlU tutu ihc hirceHt paid rlrculitlon of any paper In Orcyuii", True),
        ("DAILY EVENING EDITION. Circulation 5,000 copies", True),
        ("El Tucsonense, periódico bisemanal", True),
        ("Die Zeitung erscheint in einer Auflage von 20000", True),
        # The weather: a weather word and another weather or forecast word.
        ("Tonight and Thurd.i f ur slowly rising temperature.", True),
        ("Rain and much colder to-day.", True),
        # Negatives: a story that names one paper, one weather word, or only the
        # words a forecast shares with every text.
        ("The paper mill beside it was saved by the firemen this morning.", False),
        ("The storm of protest grew in the house.", False),
        ("He went north and then west to the coast this morning.", False),
        ("Official figures show the mill paid its men.", False),
    ],
)
def test_an_ear_says_two_of_the_words_of_a_paper_or_of_the_weather(text: str, ear: bool) -> None:
    assert reads_as_ear(text) is ear
