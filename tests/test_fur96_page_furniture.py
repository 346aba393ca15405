"""fur96 (issue 12, pre-blind): a byline of several authors between a post's title and its date
(:mod:`mtpipe.clean.page_furniture96`), and the Russian read-more words kept in one list (``controls.READ_MORE``; the
rules file's ``chrome.read_more`` no longer lists them).

Positives are made up in the shape fur96's tune page left (a ward portal's "Thùy Linh- Mạnh Thường" over its
date); negatives are the content shapes nearest it on dev (a title of two names above its date, a route, a rental
card's district, a heading in capitals, subheadings, a pair of names inside the text)."""

from __future__ import annotations

import re

import pytest

from mtpipe.clean import Cleaner, CleanOptions, page_furniture96 as P
from mtpipe.clean.controls import READ_MORE, control
from mtpipe.clean.rules import default_rules_path
from mtpipe.clean.rules import load_rules
from mtpipe.document import Document

_TEXT = "Chương trình có sự tham dự của đồng chí Đoàn Thị Hòa và 115 chi hội trưởng trên địa bàn phường."


def _removed(text: str) -> dict[str, str]:
    doc = Cleaner(CleanOptions())(Document.from_text(text, doc_id="s/a.txt", path="s/a.txt"))
    return {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}


@pytest.mark.parametrize("s,lang", [
    ("Thùy Linh- Mạnh Thường", "vi"), ("Thùy Linh - Mạnh Thường", "vi"), ("Thùy Linh, Mạnh Thường", "vi"),
    ("Mỹ Hạnh – Ngọc Ánh", "vi"), ("Văn Siêu và Hữu Chính", "vi"), ("Анна Петрова- Иван Сидоров", "ru"),
    ("Анна Петрова, Иван Сидоров и Олег Юрьев", "ru")])
def test_names_line(s, lang):
    assert P.names_line(s, lang)


@pytest.mark.parametrize("s,lang", [
    ("Thùy Linh", "vi"),  # one author: boilerplate's byline
    ("THỜI GIAN NHẬN – TRẢ PHÒNG", "vi"),  # a heading in capitals (t29vi04)
    ("Quận Tân Phú, Hồ Chí Minh", "vi"),  # a rental card's district (h48vi14)
    ("Lào Cai-Hà Nội-Hải Phòng", "vi"),  # a route, dashes glued on both sides (h22vi11)
    ("Россия – Китай", "ru"),  # one word a side: a headline
    ("Thùy Linh, Mạnh Thường, Ngọc Ánh, Hữu Chính", "vi"),  # four: a list
    ("Chương trình có sự tham dự của Thùy Linh- Mạnh Thường", "vi")])
def test_not_names_line(s, lang):
    assert not P.names_line(s, lang)


def test_byline_list_between_title_and_date():
    text = f"Hội Liên hiệp Phụ nữ phường Hà Đông tổ chức chương trình kỷ niệm\nThùy Linh- Mạnh Thường\n14:58 29/08/2025\n{_TEXT}\n"
    got = _removed(text)
    assert got.get("Thùy Linh- Mạnh Thường") == P.RULE
    assert _TEXT not in got and "Hội Liên hiệp Phụ nữ phường Hà Đông tổ chức chương trình kỷ niệm" not in got


def test_names_title_above_its_date_stays():
    # the title itself (t27vi69's "Lễ Hội Đền Nưa – Am Tiên" over "Ngày 22/02/2024 …"): no headline above it
    got = _removed(f"Lễ Hội Đền Nưa – Am Tiên\nNgày 22/02/2024 22:48:48\n{_TEXT}\n")
    assert "Lễ Hội Đền Nưa – Am Tiên" not in got


def test_names_without_date_under_them_stay():
    lines = ["Hội nghị tổng kết năm", "Thùy Linh- Mạnh Thường", _TEXT]
    assert P.name_list_bylines(lines, {}, "vi") == {}
    assert P.name_list_bylines(lines + [_TEXT], {2: ("chrome.nav", None)}, "vi") == {}  # a menu line, no date


def test_names_after_the_text_began_stay():
    lines = [_TEXT, "Thùy Linh- Mạnh Thường", "14:58 29/08/2025", _TEXT]
    assert P.name_list_bylines(lines, {2: ("boilerplate.date_line", None)}, "vi") == {}


def test_names_line_with_date_rule_under_it():
    lines = ["Hội nghị tổng kết năm", "Thùy Linh- Mạnh Thường", "14:58 29/08/2025", _TEXT]
    got = P.name_list_bylines(lines, {2: ("boilerplate.date_line", None)}, "vi")
    assert list(got) == [1] and got[1][0] == P.RULE


@pytest.mark.parametrize("s", ["Подробнее", "подробнее ›", "Подробнее...", "Читать далее", "Читать далее »",
                               "ЧИТАТЬ ДАЛЕЕ", "Читать полностью"])
def test_read_more_one_list(s):
    rule = next(r for r in load_rules() if r.name == "chrome.read_more")
    assert rule.match(s) is not None and control(s)  # the rules file and the controls read one list ...


def test_read_more_words_only_in_controls():
    text = (default_rules_path() / "generic.toml").read_text(encoding="utf-8")
    rule = text[text.index('name = "chrome.read_more"'):text.index('name = "chrome.read_more_tail"')]
    pattern = next(line for line in rule.splitlines() if line.startswith("pattern"))
    assert "<<read_more>>" in pattern
    words = ("подробнее", "читать далее", "читать полностью")
    assert all(re.fullmatch(READ_MORE, w) for w in words)
    assert [w for w in words if w in pattern.casefold()] == []  # ... kept in controls.READ_MORE alone


@pytest.mark.parametrize("s", ["Подробнее о проекте рассказали в администрации", "Читать далее было невозможно.",
                               "Chi tiết hợp đồng"])
def test_read_more_sentences_are_not(s):
    rule = next(r for r in load_rules() if r.name == "chrome.read_more")
    assert rule.match(s) is None and not control(s)


def test_unknown_token_stays(tmp_path):
    f = tmp_path / "r.toml"
    f.write_text("[[rule]]\nname = \"x\"\npattern = '<<nothing>>'\n", encoding="utf-8")
    assert load_rules([f])[0].match("<<nothing>>") is not None  # no list of that name: the text is the pattern


@pytest.mark.parametrize("text,line", [
    ("Новый сквер открыли в центре города\n\nВ центре города открыли новый сквер, где высадили сорок деревьев.\n\n"
     "Подробнее »\n", "Подробнее »"),
    # a colon above it announces nothing: the rule's name is a site's word to the announced-block guard (a fresh
    # check page's "… ждало много интересных занятий:" over "читать далее"; fur96)
    ("18 июня в районном Доме культуры состоялось закрытие первой смены детской площадки.\n\n"
     "За три недели пребывания на площадке ребят ждало много интересных занятий:\n\nчитать далее\n\n"
     "Праздник Наурыз, который звучит по-разному, но имеет общий смысл\n", "читать далее")])
def test_read_more_line_keeps_the_rule_name(text, line):
    assert _removed(text).get(line) == "chrome.read_more"


@pytest.mark.parametrize("s", [
    "Облачно, температура 4..6 С, давление 743..745 мм рт.ст., ветер Юго-Восточный, 1 м/с",
    "Ясно, давление 752 мм рт. ст., влажность 64%",
    "Trời nắng, nhiệt độ 28-33°C, độ ẩm 80%, gió 3 m/s"])
def test_weather_readings(s):
    assert P.weather_readings([s], {}) == {0: (P.WEATHER, P.weather_readings([s], {})[0][1])}


@pytest.mark.parametrize("s", [
    "Ожидается усиление юго-западного ветра 15-20 м/с, порывы 25-30 м/с",  # one reading (h25ru07, content)
    "Hôm nay ngày 11 tháng 9 năm 2024, thứ tư thời tiết 24-27 độ, độ ẩm 98%.",  # no unit of an instrument (held25)
    "Ветер 5 м/с, давление 745 мм рт. ст., осадков не ожидается.",  # a forecast's sentence: a stop
    "Сейчас движение ограничено, скорость до 20 км/ч"])  # one reading
def test_not_weather_readings(s):
    assert P.weather_readings([s], {}) == {}


def test_weather_place_above_readings_only():
    lines = ["Благовещенск: Утро 05 Apr, Sat",
             "Облачно, температура 4..6 С, давление 743..745 мм рт.ст., ветер Юго-Восточный, 1 м/с"]
    assert set(P.weather_readings(lines, {})) == {0, 1}
    assert set(P.weather_readings([lines[0], "", lines[1]], {})) == {2}  # a blank between: no widget of one piece
    assert set(P.weather_readings(["Итоги: погода не подвела, праздник удался.", lines[1]], {})) == {1}


def test_weather_widget_end_to_end():
    text = ("Погода\nБлаговещенск: Утро 05 Apr, Sat\n"
            "Облачно, температура 4..6 С, давление 743..745 мм рт.ст., ветер Юго-Восточный, 1 м/с\n"
            "2011 год станет юбилейным для шести амурских районных газет\n"
            "Амурские газеты-долгожители празднуют 80-летние юбилеи. Шесть районных газет появились в Приамурье.\n")
    got = _removed(text)
    assert got.get("Благовещенск: Утро 05 Apr, Sat") == P.WEATHER
    assert "2011 год станет юбилейным для шести амурских районных газет" not in got
