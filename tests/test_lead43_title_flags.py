"""A title before a name is written text, never a pasted spam token: held55's "trưởng khoa MUDr. Vaněk" was flagged
(forty-third session).  The titles are the segmenter's one list (``abbreviations.NAME_TITLES``); a title with no
capitalised name after its stop, and a gambling token in the same place, are still flagged."""

import pytest

from mtpipe.clean.spam import SpamRepair
from mtpipe.clean.spam_realwords import drop_titles

SENT = ("Tấm séc trị giá 20 850 Kč từ tay cảnh sát và đại diện cộng đồng Việt Nam đã được trao cho trưởng khoa "
        "{tok}. Vaněk. Ông rất vui vì khoa ông được nhận.")


def _flags(text):
    return [text[a:b] for a, b, rep, _ in SpamRepair().plan(text) if rep is None]


def test_a_title_before_a_name_is_not_flagged():
    assert _flags(SENT.format(tok="MUDr")) == []


@pytest.mark.parametrize("tok", ["w88vip", "Bet88"])
def test_a_pasted_token_in_the_titles_place_is_still_flagged(tok):
    assert tok in _flags(SENT.format(tok=tok))


def test_drop_titles_keeps_a_title_with_no_name_after_it_and_every_repair():
    text = "trao cho MUDr. vào hôm qua, và MUDr. Vaněk"
    a = text.index("MUDr")
    b2 = text.rindex("MUDr")
    plan = [(a, a + 4, None, "x"), (b2, b2 + 4, None, "x"), (b2, b2 + 4, "khoa", "x")]
    assert drop_titles(text, plan) == [plan[0], plan[2]]
