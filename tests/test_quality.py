import pytest

from mtpipe.document import Segment, Translation
from mtpipe.quality import flag_segment, has_repetition, script_of

REPETITION = [
    ("poor, poor, poor, poor people", True),
    ("the city the city the city the city", True),
    ("The mayor visited the park and the zone.", False),
    ("长春长春长春长春", True),
    ("王子联视察了长春新区。", False),
    ("", False),
]


@pytest.mark.parametrize("text,expected", REPETITION)
def test_repetition(text, expected):
    assert has_repetition(text) is expected


@pytest.mark.parametrize("text,script", [("Привет", "cyrillic"), ("Hà Nội", "latin"), ("长春", "han"), ("344", "none")])
def test_script(text, script):
    assert script_of(text) == script


def _seg(source, lang, **outs):
    s = Segment(0, 0, len(source), source, lang)
    for k, v in outs.items():
        s.translations[k] = Translation(k, v)
    return s


FLAGS = [
    ("Мэр Ван Цзылянь посетил зону сотрудничества.", "ru", {"en": "Mayor Wang Zilian visited the cooperation zone.", "zh": "王子联市长视察了合作区。"}, []),
    ("Мэр Ван Цзылянь посетил зону сотрудничества.", "ru", {"en": "poor poor poor poor poor"}, ["repetition:en"]),
    ("Мэр Ван Цзылянь посетил зону сотрудничества.", "ru", {"en": "Mayor"}, ["length_ratio:en"]),
    ("Мэр Ван Цзылянь посетил зону сотрудничества.", "ru", {"en": "Мэр Ван Цзылянь посетил зону сотрудничества."}, ["untranslated:en"]),
    ("Мэр Ван Цзылянь посетил зону сотрудничества.", "ru", {"zh": "Мэр посетил зону сотрудничества 王"}, ["untranslated:zh"]),
]


@pytest.mark.parametrize("source,lang,outs,expected", FLAGS)
def test_flags(source, lang, outs, expected):
    s = _seg(source, lang, **outs)
    assert flag_segment(s) == expected


def test_passthrough_not_flagged():
    s = _seg("The same text in English here.", "en")
    s.translations["en"] = Translation("en", s.source, strategy="passthrough")
    assert flag_segment(s) == []
