"""scr93: script and style statements left in a page's text (``chrome.script_code``, mtpipe/clean/script_code.py).

The lines are made up in the shapes found (benchmarks/notes/scr93.md): an inline player's set-up printed line by
line (russian.rt.com's jwplayer blocks, fresh RT draws), an ad or analytics snippet, a CSS rule, a config object, a
social network's loader; and the nearest shapes that are text: prose with ";" or brackets,
sums and formulas, timetables, a tutorial's sample under its ":" line or named in its prose.
"""
from __future__ import annotations

import pytest

from mtpipe.clean import CleanOptions, Cleaner
from mtpipe.clean.furniture import placeholder
from mtpipe.clean.script_code import RULE, judge, statement
from mtpipe.document import Document

STATEMENTS = [
    'jwplayer.key="QmFkS2V5Rm9yVGVzdHNPbmx5MTIzNA==";',
    'videoplayer("js-player-12ab34cd_2").setup({ advertising: (function() {',
    "if(window.location.pathname.indexOf('/preview/') + 1 > 0) { return {}; }",
    "return { client: \"vast\", tag: 'https://ads.example.org/meta/1?rnd=' + Date.now(), } })(), file: \"https://cdn.example.org/v.mp4\",",
    '// title:       "\\u0421\\u0442\\u0430", aspectratio: "16:9", skin: { name: "five", active: "#77bd1e"',
    '}, width:       "100%", startparam:  "start", ga: {}, sharing: { heading : "Поделиться Видео", link: "/a/1" },',
    "for (var i = 0, max = players.length; i < max; i++) { var id = players[i].id; console.log(id); }",
    "(adsbygoogle = window.adsbygoogle || []).push({});",
    "window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}",
    "googletag.cmd.push(function() { googletag.display('div-gpt-ad-1'); });",
    ".share-box { margin: 0 auto; color: #333; }",
    "font-family: Arial, sans-serif;",
    "var settings = { autoplay: true, loop: false };",
    "(function(d, s, id) { var js, fjs = d.getElementsByTagName(s)[0]; if (d.getElementById(id)) return;",
    'VK.Widgets.Poll("vk_poll", {width: 300}, "246383616_5e58ddc6");',
]
#: a template's unfilled placeholders: furniture.placeholder's class (boilerplate.placeholder), not this module's
PLACEHOLDERS = [
    "Курсы валют на {{rates.date.day}} {{rates.date.month}}",
    "{{item.name}} {{item.code}}",
    "{{today.low}}độ - {{today.high}}độ",
]
TEXT = [
    "Россия являлась основным рынком сбыта как вишни, так и черешни; на её долю приходилось 60% экспорта.",
    "— ПКР обязан соответствовать требованиям антидопингового кодекса МПК;",
    "Từ khóa: Bệnh viện Nông nghiệp; Bảo hiểm y tế; Ngoại trú.",
    "Итого: 150 + 187,5 + 225 = 562,5 р. + 100% = 1125 р.",
    "Лимон: 1/10 * 50 = 5 шт. * 5 р. = 25 р.",
    "16:45; 17:30; 18:15; 19:00; 19:45",
    "If x = 2 and y = 3, then f(x) = x^2 + 1 = 5.",
    "H2SO4 + 2NaOH = Na2SO4 + 2H2O",
    "The set {x | x > 0} is open; its closure is not.",
    "NBC = CNN!",
    "ABC =fake news",
    "Cuộc thi diễn ra tại sân vận động (TP.HCM); vé bán tại www.example.vn.",
    "One is CEO of a communications firm; the other is a manager for CBS.",
    "{{cite}}",
    "//",
    "Price: 5;",
]
_RU = ["В Хэйхэском институте открылась студенческая спартакиада.",
       "Свыше 100 студентов из восьми российских вузов приняли участие в соревнованиях.",
       "В ходе двухдневных игр спортсмены будут состязаться более чем в 30 видах спорта.",
       "Итоги подведут в воскресенье на церемонии закрытия."]


@pytest.mark.parametrize("line", STATEMENTS)
def test_statement(line: str) -> None:
    assert statement(line)


@pytest.mark.parametrize("line", TEXT)
def test_not_a_statement(line: str) -> None:
    assert not statement(line)
    assert judge([_RU[0], line, _RU[1]], set()) == {}


@pytest.mark.parametrize("line", PLACEHOLDERS)
def test_placeholders_stay_furnitures(line: str) -> None:
    assert placeholder(line) and not statement(line)


def test_a_block_and_its_weak_lines() -> None:
    lines = [_RU[0], STATEMENTS[1], STATEMENTS[2], "}", "});", _RU[1], "}"]
    got = judge(lines, set())
    assert sorted(got) == [1, 2, 3, 4]  # the lone "}" after the text is no block's line
    assert judge(lines, {1, 2}) == {}  # a removed line is no statement to lean on


def test_a_tutorial_keeps_its_sample() -> None:
    code = "googletag.pubads().setTargeting('navcode', getDataLayerVal('NavCode'));"
    assert statement(code)
    intro = ["Targeting by section is one call.", "Pass the section's code to the ad server:"]
    assert judge([*intro, code, "It returns the value."], set()) == {}  # the ":" line above
    named = ["Call getDataLayerVal with the key you look for.", "The value goes to the ad server.", code]
    assert judge(named, set()) == {}  # the prose names the block's code
    keyword = ["С let всё строго – переменная существует только внутри блока, в котором она объявлена.",
               "let total = price * count;", "console.log(total);", "А вот var работает по-другому."]
    assert judge(keyword, set()) == {}  # a sentence names the block's keyword in Latin letters
    assert sorted(judge([keyword[0].replace("let", "тут"), *keyword[1:3], _RU[3]], set())) == [1, 2]
    split = ["Типичный код счётчика выглядит следующим образом:", "var _q = _q || [];",
             "_q.push([‘_setAccount’, ‘UA-ХХХХ-ХХ’]);", "(function() {",
             "var ga = document.createElement(‘script’); ga.type = ‘text/javascript’; ga.async = true;", "})();",
             "Это типовой код, который сервис предлагает автоматически."]
    assert statement(split[4])  # curly quotes are a blog's strings
    assert judge(split, set()) == {}  # one block under its ":" line: the page's other block is a sample too
    news = ["Однако в разведуправлении не только в программировании разбираются.", code, _RU[2]]
    assert sorted(judge(news, set())) == [1]  # a story about software: no sample


def _removed(text: str, policy: str) -> list[tuple[str, str]]:
    doc = Cleaner(CleanOptions(removal_policy=policy))(Document.from_text(text, doc_id="s/a.txt", path="s/a.txt"))
    return [(doc.raw_text[e.start:e.end], e.rule) for e in doc.ledger if e.action == "removed"]


@pytest.mark.parametrize("policy", ["weighed", "balanced"])
def test_cleaner_removes_the_block_and_keeps_the_text(policy: str) -> None:
    block = STATEMENTS[:7]
    text = "\n".join([*_RU[:2], *block, *_RU[2:]]) + "\n"
    got = _removed(text, policy)
    assert all(any(line in span and rule == RULE for span, rule in got) for line in block), got
    assert not any(line in span for line in _RU for span, _ in got)


def test_a_block_under_a_code_fence_in_plain_text_is_a_sample():
    # a plain-text file keeps a Markdown fence's line; the code under it is shown to the reader (test_field7's .txt)
    lines = ["Первый абзац текста о хостинге игр.", "", "```", "console.log('Привет, мир');"]
    assert judge(lines, set()) == {}
    assert judge(["Первый абзац текста о хостинге игр.", "", "``` console.log('Привет, мир');"], set()) == {}
    assert judge(["Первый абзац текста о хостинге игр.", "", "console.log('Привет, мир');"], set())
