"""Round lang9 (issue 12): short lines of Russian's neighbours, Serbian/Croatian Latin lines called English,
title-case gambling brands at a Vietnamese sentence's start, figures and loanwords that are no spam.

Table-driven. At the branch point (``97c39e6``) 26 of the 42 rows fail: most caught rows of each class, and
the Russian controls (their dictionary check is new); the others guard what already worked (a Serbian line
with ћ-less words, "Typhu88"), and every control row must stay as it is. The neighbour sentences come from the round's dev sources (UD Bulgarian-BTB dev,
UD Belarusian-HSE dev, UD Serbian-SET dev, langfresh8 dev) or are written for these tests; none is a row
of ``benchmarks/data/langfresh9`` (the round's blind set). The Russian controls are real sentences of the
5,639-sentence check (UD Russian GSD/PUD/Taiga, FLORES) that a looser rule took for a neighbour language.
The brands are ones seen in public gambling pages and code, none of the blind set's."""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.spam_shapes import brand_shape
from mtpipe.document import Document
from mtpipe.langid import identify

SUPPORTED = {"ru", "vi", "en", "zh", "und"}

# (text, what tells it): each was labelled ru (or en) before, and translated as that
NEIGHBOURS = [
    ("Очите на Марга почнаха да стават големи.", "unknown forms: очите, почнаха, големи"),
    ("Страх ли те е?", "copula е; ли is Bulgarian too"),
    ("Каза да не се шегувам.", "reflexive се"),
    ("Аз не знам.", "Аз as the first word"),
    ("Бащата и майката на детето дойдоха.", "two postposed articles unknown to Russian"),
    ("Тут усё ня так, як у звычайнай школе.", "Belarusian words усё, ня"),
    ("Нико није ништа рекао о томе.", "unknown forms: није, ништа, рекао"),
    ("Kosovo ozbiljno analizira svoje procese privatizacije u svetlu čestih pritužbi.", "č, ž in plain words"),
    ("Bar na papiru, to izgleda kao odlična ideja.", "č in a plain word, one English-looking word"),
]


@pytest.mark.parametrize("text,why", NEIGHBOURS)
def test_short_neighbour_line_is_not_a_supported_language(text, why):
    assert identify(text) not in SUPPORTED, why


RUSSIAN = [
    "Си Цзиньпин едет в Великобританию",  # Си: a surname, not the clitic
    "Херши с Чейзом имплантировали свою ДНК в бактерию с помощью фагов, т. е. вирусов.",  # т. е.
    "Тотальный похрен и принципиальный нахрен.",  # slang: half the words unknown, not more
    "Аламаган -- стратовулкан, высотой 744 метра.",  # an unknown first word is a name
    "Составно́е число́ -- натуральное число, бо́льшее 1, не являющееся простым.",  # stress marks
    "Лаккха Сингх исполнил чхаппан бхог бхаджан.",  # transliterations (a FLORES segment)
    "Се ля ви, сказал он.",  # capitalised Се
    "Не те слова, не та музыка.",  # те, та: Russian words
    "Лучший подарочек #инстамама #впитерепить #люблюбольшежизни",  # hashtags are not words
]


@pytest.mark.parametrize("text", RUSSIAN)
def test_russian_stays_russian(text):
    from mtpipe.langid_dictionary import dictionary_neighbour

    assert identify(text) == "ru"
    assert dictionary_neighbour(text) is None


ENGLISH = [
    "Dvořák was born in Nelahozeves.",  # marked letters in names only
    "The café served crème brûlée and a soufflé.",  # loanwords' é, è, û
    "Łódź and Kraków are cities in Poland.",
]


@pytest.mark.parametrize("text", ENGLISH)
def test_english_with_marked_names_stays_english(text):
    assert identify(text) == "en"


def _spam(text: str) -> list[tuple[str, str | None]]:
    doc = Cleaner()(Document(doc_id="t", path="", raw_text=text, text=text, meta={"lang": "vi"}))
    return [(text[e.start:e.end], e.replacement) for e in doc.ledger if e.rule.startswith("spam.")]


TITLE_CAUGHT = [
    ("Luckybet chúng tôi đi chơi công viên.", "Luckybet"),  # gambling word at the end
    ("Slotsking người chơi được thưởng nhiều tiền.", "Slotsking"),  # at the start
    ("Typhu88 giao thông buổi sáng rất đông.", "Typhu88"),  # a lucky number
    ("Hôm nay trời đẹp. Pokerstars chúng tôi đi chơi.", "Pokerstars"),  # the second sentence's start
    ("Bà nói: “Vinbet nay tôi mới hiểu.”", "Vinbet"),  # after an opening quote
]


@pytest.mark.parametrize("text,token", TITLE_CAUGHT)
def test_title_case_brand_at_sentence_start_is_flagged(text, token):
    assert (token, None) in _spam(text)  # flagged, never repaired


SPAM_CLEAN = [
    "Darwin cho rằng loài người tiến hóa từ vượn.",  # a name the syllable model knows
    "Alphabet đã công bố doanh thu quý ba.",  # an English dictionary word
    "Sherbet là món tráng miệng mát lạnh.",
    "Google đã ra mắt điện thoại mới.",  # no gambling word
    "Tom đã quá mệt mỏi với công việc.",
    "Con cá nặng 12kg được ngư dân bắt.",  # a figure with its unit
    "Ống kính 50mm chụp chân dung rất đẹp.",
    "Pin 5000mAh dùng được hai ngày.",
    "Nhóm nightclub ở quận 1 đóng cửa.",  # a loanword
    "Cộng đồng fanclub của đội bóng rất đông.",
]


@pytest.mark.parametrize("text", SPAM_CLEAN)
def test_names_figures_and_loanwords_are_no_spam(text):
    assert _spam(text) == []


@pytest.mark.parametrize("tok,shape", [("Cloudbet", "title"), ("Peso99", "title"), ("Darwin", None),
                                       ("Alphabet", None), ("Betty", None), ("Google", None)])
def test_title_shape(tok, shape):
    assert brand_shape(tok) == shape
