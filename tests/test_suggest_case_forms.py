"""``glossary suggest`` round 9 (issue 17, branch terms11): Russian names in case forms read back to their base
form (the hard or soft final a locative hides; both words of a man's name declined; a glossary name in a case
form), and Latin-script foreign names of pinyin shape."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from mtpipe.cli import main
from mtpipe.glossary.mine import MineOptions
from mtpipe.glossary.mine_names import _mine_en, _place_finals, _ru_place_reading, _surname_syllables
from mtpipe.translit.detect import find_palladius_names


@pytest.mark.parametrize("word,reading,seen,expected", [
    # the locative hides -н (-ng) or -нь (-n): the final more Chinese place names end in
    ("Аньяне", "Anyan", (), "Anyang"),
    ("Фуяне", "Fuyan", (), "Fuyang"),
    ("Хуайане", "Huai'ang", (), "Huai'an"),
    # ... unless the same text writes the base form: it decides
    ("Хуаньяне", "Huanyan", ("Хуаньянь",), "Huanyan"),
    ("Хуаньяне", "Huanyan", ("Хуаньян",), "Huanyang"),
    # endings that show the stem (genitive -я, -а) are left as read
    ("Фуюаня", "Fuyuan", (), "Fuyuan"),
])
def test_locative_place_reading(word, reading, seen, expected):
    assert _ru_place_reading(word, reading, frozenset(seen)) == expected


def test_place_finals_prior_is_about_place_names():
    prior = _place_finals()
    assert prior["yang"] > prior["yan"] and prior["an"] > prior["ang"] and prior["jiang"] > prior["jian"]


@pytest.mark.parametrize("text,expected", [
    ("Награду вручили Ляну Вэньцину в Пекине.", [("Ляну Вэньцину", "Liang Wenqing")]),
    ("Делегацию возглавил с мэром Ваном Цзюньшэном.", [("Ваном Цзюньшэном", "Wang Junsheng")]),
    ("Об этом рассказали Сюю Мину.", [("Сюю Мину", "Xu Ming")]),
    # Russian names in the same cases stay out
    ("Награду вручили Ивану Петрову.", []),
    ("Письмо отправили Лину Фомину и Яне Ивановой.", []),
    # only the given name declined, as before
    ("Встреча с Ли Цяном прошла в Москве.", [("Ли Цяном", "Li Qiang")]),
])
def test_both_words_declined(text, expected):
    got = [(s.text, s.en) for s in find_palladius_names(text) if s.kind == "person"]
    assert got == expected


@pytest.mark.parametrize("text,kept", [
    # a Western given name, a Cantonese surname, then two words of pinyin shape: one foreign name
    ("Bà Carrie Chan Ma Li đã đến.", []),
    # one word read as a whole Chinese name beside a capitalised word that is no pinyin
    ("Singer Malena Ernman sang in Stockholm.", []),
    ("Ernman and Malena Ernman sang.", []),
    # Chinese names in pinyin after a title stay
    ("Foreign Minister Wang Yi met Li Qiang.", ["Wang Yi", "Li Qiang"]),
    ("Minister Gina Raimondo met Wang Wentao.", ["Wang Wentao"]),
])
def test_latin_foreign_names(text, kept):
    got = [h.en for h in _mine_en(text, "f", MineOptions(), _surname_syllables()) if h.kind == "person"]
    assert got == kept


RU_DOC = """Фестиваль прошёл в Баодине и Ханьдане, затем делегация побывала в Аньяне.
Губернатор встретился с Чжоу Пином в Шэньяне.
"""


def test_suggest_reads_declined_places(tmp_path: Path, repo_root: Path):
    (tmp_path / "ru.txt").write_text(RU_DOC, encoding="utf-8")
    res = CliRunner().invoke(main, ["glossary", "suggest", str(tmp_path), "--json", "--glossary",
                                    str(repo_root / "glossaries")], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    rows = [json.loads(x) for x in res.output.splitlines()]
    en = {r["en"] for r in rows}
    # Baoding and Handan are glossary cities (in case forms here), Shenyang too: none is proposed again
    assert not en & {"Baoding", "Baodin", "Handan", "Shenyang", "Shenyan"}, en
    assert "Anyang" in en and "Anyan" not in en
