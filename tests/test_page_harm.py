"""The page harm audit (``python -m tools.harm_audit --pages``): where the gold's
article words that leave ``fix``'s text go, on pages made here (no set is read)."""

from __future__ import annotations

from collections import Counter

from tools.page_harm import blame, fate, words


def _gold(*paragraphs: str) -> dict[str, object]:
    return {"articles": [{"headline": "", "paragraphs": list(paragraphs), "kind": "news"}]}


def test_words_are_latin_runs_and_cjk_trigrams() -> None:
    assert words("The ÉTÉ of 1903, a ok") == Counter({"the": 1, "été": 1})
    assert words("北京商报 今天") == Counter({"北京商": 1, "京商报": 1})


def test_a_word_fix_keeps_is_no_harm() -> None:
    raw = b"The senators listened, and the vote was delayed.\n"
    found = fate(_gold("The senators listened, and the vote was delayed."), raw)
    assert (found.deleted, found.to_furniture, found.joined) == ({}, {}, [])


def test_a_credit_the_gold_keeps_is_counted_as_taken_to_the_furniture() -> None:
    credit = "(Copyright: 1903: By The Tribune Association.)"
    raw = f"RUSSIA IN TO STAY.\n{credit}\nLondon, May 1.— The discussion failed.\n"
    found = fate(_gold(credit), raw.encode())
    moved = found.to_furniture["furniture/credit"]
    assert sorted(w for w, _ in moved) == ["association", "copyright", "tribune"]
    assert found.deleted == {}


def test_a_word_run_into_its_neighbour_is_joined_not_deleted() -> None:
    raw = "The committee met the gov-\nernment on Tuesday, and the vote was delayed.\n"
    found = fate(_gold("The committee met the gov- ernment on Tuesday."), raw.encode())
    assert sorted(w for w, _ in found.joined) == ["ernment", "gov"]
    assert found.deleted == {}


def test_a_word_only_the_gold_has_is_no_deletion() -> None:
    raw = b"The senatcrs listened.\n"
    found = fate(_gold("The senators listened."), raw)
    assert (found.deleted, found.joined) == ({}, [])


def test_blame_names_the_pass_whose_step_took_the_word() -> None:
    raw = "The cafÃ© on the corner was full.\nThe mayor spoke, and the crowd cheered.\n"
    found = blame(raw.encode(), Counter({"cafã": 1}))
    assert found == {"mojibake": [("cafã", "The cafÃ© on the corner was full.")]}
