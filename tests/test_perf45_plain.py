"""perf45: find_spam_tokens skips its shape chain for plain words (mtpipe/clean/spam_plain.py); the skip must give
the chain's own verdict: every test of the chain but start_candidate is False on a word plain_word passes, and
find_spam_tokens finds the same tokens with the skip as without it, traps included (known words of a brand's
shape, a listed brand that is an English word, words of no vowel, title-case syllables at a sentence's start)."""

from __future__ import annotations

import pytest

import mtpipe.clean.spam as spam
from mtpipe.clean.spam import find_spam_tokens
from mtpipe.clean.spam_bigrams import load_bigrams
from mtpipe.clean.spam_classes import class_token
from mtpipe.clean.spam_context import pasted_word
from mtpipe.clean.spam_gaps import MIXED, name_gap
from mtpipe.clean.spam_genre import pasted_trade_name
from mtpipe.clean.spam_lending import pasted_lending
from mtpipe.clean.spam_lexicon import listed_in_line
from mtpipe.clean.spam_lone import lone_token
from mtpipe.clean.spam_namecut import split_name
from mtpipe.clean.spam_names import load_words, pasted_name
from mtpipe.clean.spam_plain import plain_word
from mtpipe.clean.spam_shapes import alien_letters, brand_shape
from mtpipe.clean.spam_slots import syllable_slot

# places a token takes in running Vietnamese: between two syllables, inside a name, at a sentence's end, after a
# figure, at a sentence's start (before a bound syllable)
CONTEXTS = ("Hôm nay chúng tôi {} được đi học ở trường.", "Ông Nguyễn Văn {} Nam cho biết hôm qua.",
            "Giá vàng tại Hà {} thường xuyên tăng, {}.", "Mỗi tháng 500 {} mỗi người dùng.",
            "Trời mưa to. {} đã nói rằng sẽ về sớm.")
# words the lists know whose token alone makes a test of the chain hold: plain_word must leave them to the chain
TRAPS = ("Betfair", "ashwin", "Godwin", "timeslot", "gamecocks", "Gamecocks", "msnbc", "Https", "shhhh")


def _tokens() -> list[str]:
    known = load_bigrams().uni
    words = sorted(w for w in known if w.isascii() and w.isalpha())
    words += sorted(w for w in load_words() if w.isascii() and w.isalpha())[::97]
    return [v for w in words for v in {w, w.capitalize(), w.upper()}]


def _chain(text: str, a: int, b: int) -> dict[str, object]:
    """Each test of find_spam_tokens' chain but start_candidate, on ``text[a:b]``."""
    uni = load_bigrams().uni
    tok = text[a:b]
    return {"brand_shape": brand_shape(tok), "listed_in_line": listed_in_line(text, a, b),
            "alien_letters": alien_letters(tok), "name_gap": bool(MIXED.fullmatch(tok)) and name_gap(text, a, b, uni),
            "pasted_name": pasted_name(text, a, b, uni), "pasted_lending": pasted_lending(text, a, b, uni),
            "syllable_slot": syllable_slot(text, a, b, uni), "pasted_word": pasted_word(text, a, b, uni),
            "pasted_trade_name": pasted_trade_name(text, a, b, uni), "lone_token": lone_token(text, a, b, uni),
            "class_token": class_token(text, a, b, uni), "split_name": split_name(text, a, b, uni)}


def test_plain_words_fail_every_test_of_the_chain() -> None:
    uni = load_bigrams().uni
    checked = 0
    for tok in _tokens():
        if not plain_word(tok, uni):
            continue
        for ctx in CONTEXTS:
            text = ctx.format(tok, "rồi")
            a = text.index(tok)
            fired = {k: v for k, v in _chain(text, a, a + len(tok)).items() if v}
            assert not fired, (tok, text, fired)
            checked += 1
    assert checked > 5000


@pytest.mark.parametrize("tok", TRAPS)
def test_traps_are_left_to_the_chain(tok: str) -> None:
    # same shape as a plain word (letters alone, a word the lists know), but a test of the token alone holds
    assert tok.lower() in load_bigrams().uni or tok.lower() in load_words()
    assert not plain_word(tok, load_bigrams().uni)


def _texts() -> list[str]:
    out = [ctx.format(t, t) for ctx in CONTEXTS for t in TRAPS]
    out += [ctx.format(t, "rồi") for ctx in CONTEXTS for t in ("Trong", "Theo", "Khi", "Sau", "Online", "Video", "con",
                                                               "tin", "the", "online", "Tywin", "Sherwin")]
    # spam a chain test catches beside plain words (a pasted brand, a random host's label, a loan app's name)
    out += ["Hôm nay chúng tôi vaobo.com được đi học, con tin the online.",
            "Trời mưa to. Kubet đã nói rằng sẽ về sớm, video online rất hay.",
            "Ông Nguyễn Văn Xkqzt Nam cho biết video của con rất hay.",
            "Bạn có thể dùng Appvay để vay tiền nhanh, tin online."]
    return out


def test_find_spam_tokens_same_with_and_without_the_skip(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _texts()
    fast = [find_spam_tokens(t, min_count=1, context=True) for t in texts]
    assert any(fast)  # the traps and the spam lines are found
    monkeypatch.setattr(spam, "plain_word", lambda tok, known: False)  # the slow path: every token through the chain
    slow = [find_spam_tokens(t, min_count=1, context=True) for t in texts]
    assert fast == slow
