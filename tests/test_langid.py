"""Language ID restricted to the configured languages, with a script check; traditional -> simplified."""

import pytest

from mtpipe.langid import detect, script_counts, to_simplified

# (text, expected language)
CASES = [
    ("Мэр Ван Цзылянь провёл совещание в Чанчуне.", "ru"),
    ("Г-н Ван.", "ru"),
    ("Bí thư Thành ủy Hà Quang Trung chủ trì cuộc họp.", "vi"),
    ("Thanh pho Ho Chi Minh la thanh pho lon nhat Viet Nam va la trung tam kinh te", "vi"),
    ("The mayor held a meeting on investment promotion.", "en"),
    ("Hello.", "en"),
    ("市长王子联主持召开会议。", "zh"),
    ("王子聯視察了長春新區。", "zh"),
    ("习近平会见了 Donald Trump 和 Emmanuel Macron。", "zh"),  # Latin names inside Chinese
    ("被告的姓名分别是 Baba Kanjar、Bhutha Kanjar、Rampro Kanjar、Gaza Kanjar 和 Vishnu Kanjar。", "zh"),
    ("Си Цзиньпин (Xi Jinping) выступил с речью.", "ru"),
    ("Zhou Zhihong, Phó Bí thư Thành ủy, Thị trưởng, tham dự cuộc họp.", "vi"),  # pinyin names in Vietnamese
    ("Jilin Daily June 29 news (reporter Miao Youyin) This morning the ceremony was held.", "en"),
    ("2024-05-29 23:53", "und"),
    ("", "und"),
    ("!!! ... 123", "und"),
]


@pytest.mark.parametrize("text,lang", CASES, ids=[f"{c[1]}-{i}" for i, c in enumerate(CASES)])
def test_detect(text, lang):
    assert detect(text) == lang


def test_only_configured_languages_are_returned():
    assert detect("Мэр провёл совещание.", ("en", "vi")) in ("en", "vi")
    assert detect("The mayor spoke.", ("en",)) == "en"
    assert detect("Bí thư chủ trì cuộc họp.", ("ru", "vi", "en", "zh")) == "vi"


def test_script_check_beats_the_statistical_model():
    # a Cyrillic sentence is never called Vietnamese, whatever py3langid thinks
    assert detect("Ок", ("ru", "vi")) == "ru"
    assert script_counts("Ваn 王 ă")["han"] == 1 and script_counts("ă")["vi"] == 1


TRADITIONAL = [
    ("王子聯視察了長春新區，強調要加快發展。", "王子联视察了长春新区，强调要加快发展。"),
    ("國際合作示範區", "国际合作示范区"),
    ("简体中文不变", "简体中文不变"),
    ("", ""),
]


@pytest.mark.parametrize("trad,simp", TRADITIONAL)
def test_to_simplified(trad, simp):
    assert to_simplified(trad) == simp
