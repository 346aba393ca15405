"""A product's name: an English word glued to an acronym in capitals ("ChatGPT", "NordVPN", "HyperOS"), never a
pasted spam token (spam73, issue 12 point 3).

Vietnamese news names software, devices and services this way: an English word in title case, then the capitals of
an acronym ("OpenAI", "MakerDAO", "MicroLED", "NotebookLM", "WatchOS", "OneUI", "ReactJS", "ZealPC", "AudioEFX"). The
context model (:mod:`.spam_context`) reads such a word written once in a slot that wants a syllable as pasted:
langfresh39's look-alike controls "nhanh hơn ChatGPT dù", "vượt ChatGPT." were its two false alarms (the blind run).

Counts (langfresh, langfresh8 ... langfresh39): 96 words of the shape ``Title`` + ``CAPS`` in the look-alike and
clean control sentences, 2 flagged (those two); 3 spam cases of the shape ("VayDI", "HomevayLOAN", "VayVND": loan
apps), none with an English head ("vay", a loan, is the lending trade's word: :mod:`.spam_lending`). So the class asks
for an English word of the shipped list (:func:`.spam_names.load_words`) as its head, two to four capitals as its
tail, and no piece that the spam trades build names on (:data:`.spam_genre.TRADE_WORDS`: "CoinDEX", "SlotVIP" stay
candidates).

Left out, as spam's own shape: two title-case words ("WildSultan", "SpinTornado", 234 dev spam cases, 191 caught,
against "YouTube", "TikTok", "PowerPoint" in the controls, 1 of 373 flagged), and a lower-case letter before a word
("iPhone": 132 control words, none flagged).
"""

from __future__ import annotations

import re

from .spam_names import load_words

__all__ = ["product_name"]

_WORD_ACRONYM = re.compile(r"([A-Z][a-z]{2,})[A-Z]{2,4}")


def product_name(tok: str) -> bool:
    """Whether ``tok`` is an English word in title case glued to an acronym of two to four capitals, with no spam
    trade's word among its pieces."""
    m = _WORD_ACRONYM.fullmatch(tok)
    if not m or m.group(1).lower() not in load_words():
        return False
    from .spam_genre import trade_word  # spam_genre imports spam_context, which asks this module

    return trade_word(tok) is None
