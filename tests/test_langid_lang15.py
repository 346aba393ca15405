"""Language ID round 15 (lang15): field trial 7's open findings A, B and D as classes (docs/field-trial-7.md).

A. a Russian line with markup, a code, a field label or Latin names is ``ru``, not ``en``;
B. letter-spaced Russian ("М. М е ч н и к о в а, Кострома") is read as the word it spells: Russian, kept;
D. a document's language comes from its text, not from its front matter's keys.
The lines of A are the trial's and realpages' own (the table in benchmarks/data/langmixed15); the guards are
English lines with Cyrillic in them, which must stay English.
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner
from mtpipe.document import Document
from mtpipe.langid import detect, identify
from mtpipe.langid_mixed import join_spaced, russian_carries, without_markup

RUSSIAN_MIXED = [
    "Title: Элемент widget",  # a Kirby field's label
    "Файл `vk-hosting-config.json`",  # a code span
    "* [CVE-2021-33621: HTTP разделение ответов в CGI]({%link en/news/_posts/2022-11-22-http-cve-2021-33621.md %})",
    'title: "Выпуск Ruby 2.7.7"',
    "title: 'VK Games | Разработка | Хостинг статики | Файл vk-hosting-config.json'",
    "Ему грозит три года тюрьмы.</description> <category>В мире</category> <pubDate>Tue, 3 Jan 2006 14:52:",
    '//www.newsru.com/pict/id/large/819641_20060103135910.gif" type="image/jpeg"/> </item> <item> <title>Maariv: '
    "Усама бен Ладен уже 3 года живет в Израиле</title> <link>http:",
    "МК в Telegram",
    "Фото: Reuters",
    "Видео Euronews",
    "Favbet Лига 1",
    "АВТОР ФОТО,YURI SMITYUK/TASS",
    "Фото: depositphotos/soniabonetruiz",
    "09:49, 20 июня@Rossijskaja gazeta#Автомобили",
    "Компания Tesla Motors Inc. и Apple Inc. открыли офисы в Changchun и Shenzhen.",
    "Подробнее о настройке см. <code>manifest.json</code> и <a href=\"https://example.com/docs\">docs</a>.",
]

ENGLISH_WITH_CYRILLIC = [
    "The mayor Сергей Собянин said on Monday that the metro would be extended.",
    "In Russian the word for peace is мир, and it also means world.",
    "She wrote the headline Путин in large letters on the board.",
    "Read the original report on the ministry website before the meeting.",
]


@pytest.mark.parametrize("line", RUSSIAN_MIXED)
def test_russian_lines_with_latin_material_are_russian(line):
    assert identify(line) == "ru"
    assert detect(line) == "ru"


@pytest.mark.parametrize("line", ENGLISH_WITH_CYRILLIC)
def test_english_lines_with_cyrillic_names_stay_english(line):
    assert identify(line) == "en"


def test_markup_codes_and_label_are_set_aside():
    assert without_markup("Title: Элемент widget").split() == ["Элемент", "widget"]
    assert "json" not in without_markup("Файл `vk-hosting-config.json`")
    assert "description" not in without_markup("Новости</description> <language>ru</language>")
    assert not russian_carries("The mayor Сергей Собянин said")
    assert not russian_carries("only latin words here")


SPACED = [
    ("М. М е ч н и к о в а, Кострома", "ru"),
    ("Т. А в е р и н а, Екатеринбург", "ru"),
    ("В. В е л и к о в, Фрязево", "ru"),
    ("П и с ь м а  ч и т а т е л е й", "ru"),
    ("N E W S  T O D A Y", "en"),
]


@pytest.mark.parametrize("line, lang", SPACED)
def test_letter_spaced_words_are_read_as_words(line, lang):
    assert identify(line) == lang


def test_join_spaced_leaves_ordinary_text():
    assert join_spaced("М. М е ч н и к о в а, Кострома") == "М. Мечникова, Кострома"
    for text in ("Он пришёл и в дом вошёл.", "a b", "Chapter 1 2 3 4", "Tôi đi học."):
        assert join_spaced(text) == text


def test_letter_spaced_signature_is_kept_and_russian():
    from mtpipe.segment import Segmenter

    text = ("Спасибо врачам областной больницы за внимание и заботу о моей маме.\n\n"
            "М. М е ч н и к о в а, Кострома\n")
    doc = Segmenter()(Cleaner()(Document.from_text(text, doc_id="feeds/letters.txt")))
    seg = [s for s in doc.segments if "М е ч" in s.source]
    assert seg and all(s.src_lang == "ru" for s in seg)
    assert not any("unsupported_language" in s.flags for s in seg)


_RUBY = """---
layout: news_post
title: "Выпуск Ruby 2.7.7"
author: "usa"
translator: "suban05"
date: 2022-11-24 12:00:00 +0000
lang: ru
---

Вышел Ruby 2.7.7.

В этом выпуске внесено исправление безопасности.

* [CVE-2021-33621: HTTP разделение ответов в CGI]({%link en/news/_posts/2022-11-22-cve-2021-33621.md %})

{% assign release = site.data.releases | where: "version", "2.7.7" | first %}

* <{{ release.url.bz2 }}>

      SIZE: {{ release.size.bz2 }}
      SHA1: {{ release.sha1.bz2 }}
      SHA256: {{ release.sha256.bz2 }}
      SHA512: {{ release.sha512.bz2 }}

* <{{ release.url.gz }}>

      SIZE: {{ release.size.gz }}
      SHA1: {{ release.sha1.gz }}
      SHA256: {{ release.sha256.gz }}
      SHA512: {{ release.sha512.gz }}
"""


def test_document_language_comes_from_the_text_not_the_front_matter():
    doc = Cleaner()(Document.from_text(_RUBY, doc_id="news/ruby-2.7.7-released.md"))
    assert doc.meta["lang"] == "ru"


def test_an_english_page_with_front_matter_stays_english():
    text = ("---\ntitle: \"Выпуск\"\nlang: ru\n---\n\nRuby 2.7.7 has been released. This release includes a "
            "security fix. Please check the topics below for details.\n")
    assert Cleaner()(Document.from_text(text, doc_id="news/en.md")).meta["lang"] == "en"
