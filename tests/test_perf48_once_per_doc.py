"""perf48: work asked several times of one document is done once, with the same answers.

``records.record_lines`` (asked by the boilerplate, classifier, region and field layers) remembers its last answer;
``softbreak_verse._blocks`` reads each line's verse test once; ``lines._folder`` remembers the last ids' folders.
"""

from __future__ import annotations

from pathlib import PurePosixPath

import pytest

from mtpipe.clean import records, softbreak_verse
from mtpipe.clean.lines import _folder
from mtpipe.clean.templates import TemplateCounter

# a page whose contact block is a form the site prints on each page, with the page's own values (crawl-style)
FORM = ["Название: Школа № 5 города Ирбита", "Адрес: улица Ленина, дом 12", "Телефон: 8 (343) 555-12-34",
        "Директор: Иванова Мария Петровна", "Сайт: школа5.рф"]
OTHER = ["Название: Школа № 7 города Ирбита", "Адрес: улица Мира, дом 3", "Телефон: 8 (343) 555-00-00",
         "Директор: Петров Иван Сергеевич", "Сайт: школа5.рф"]
PAGES = [
    ["Главная", *FORM, "Новости школы за неделю."],
    ["Главная", *OTHER, "Другая новость."],
    ["Главная", "Текст без формы, одна строка своего текста."],
    [],
    ["Одна строка."],
]


def _counter(docs: list[list[str]]) -> TemplateCounter:
    c = TemplateCounter()
    for d in docs:
        c.add("\n".join(d), "site")
    return c


@pytest.mark.parametrize("page", PAGES)
def test_record_lines_remembered_is_read_afresh(page: list[str]) -> None:
    c = _counter(PAGES[:3])
    fresh = records._record_lines(page, c, "site") if c.documents >= 2 else set()
    first = records.record_lines(page, c, "site")
    second = records.record_lines(page, c, "site")
    assert first == second == fresh
    second.add(999)  # a caller's set is its own: the remembered answer does not change
    assert records.record_lines(page, c, "site") == fresh


def test_record_lines_key_holds_counter_folder_and_lines() -> None:
    a, b = _counter(PAGES[:3]), _counter(PAGES[:2])
    page = PAGES[0]
    for counter, folder, lines in [(a, "site", page), (b, "site", page), (a, "other", page), (a, "site", page[:-1]),
                                   (a, "site", page)]:
        assert records.record_lines(lines, counter, folder) == records._record_lines(lines, counter, folder)
    # a counter that counted another document since: read afresh
    before = records.record_lines(page, b, "site")
    b.add("\n".join(PAGES[2]), "site")
    assert records.record_lines(page, b, "site") == records._record_lines(page, b, "site")
    assert before == records._record_lines(page, _counter(PAGES[:2]), "site")


def test_record_lines_without_counts() -> None:
    assert records.record_lines(PAGES[0], None) == set()
    assert records.record_lines(PAGES[0], _counter(PAGES[:1]), "site") == set()


def _blocks_lazy(lines: list[str]) -> list[list[list[int]]]:
    """``_blocks`` as it was: the verse test asked where the walk reaches a line."""
    v = softbreak_verse._verse
    out: list[list[list[int]]] = []
    block: list[list[int]] = []
    i, n = 0, len(lines)
    while i < n:
        if not v(lines[i]):
            if block and not (not lines[i].strip() and i + 1 < n and v(lines[i + 1]) and (i == 0 or lines[i - 1].strip())):
                out.append(block)
                block = []
            i += 1
            continue
        j = i
        while j + 1 < n and v(lines[j + 1]):
            j += 1
        stanza = list(range(i, j + 1))
        if len(stanza) >= 2:
            block.append(stanza)
        elif block:
            out.append(block)
            block = []
        i = j + 1
    return out + ([block] if block else [])


VERSE = """Я помню чудное мгновенье,
Передо мной явилась ты,
Как мимолетное виденье,
Как гений чистой красоты.

В томленьях грусти безнадежной,
В тревогах шумной суеты,
Звучал мне долго голос нежный
И снились милые черты.
Статья от 12/05/2024, автор @poet | ссылки
Trăm năm trong cõi người ta,
Chữ tài chữ mệnh khéo là ghét nhau.
Trải qua một cuộc bể dâu,
Những điều trông thấy mà đau đớn lòng.

Plain English headline over the text
"""


@pytest.mark.parametrize("text", [VERSE, VERSE.replace("\n\n", "\n"), "", "\n\n", "Одна строка стиха.\n"])
def test_verse_blocks_as_before(text: str) -> None:
    lines = text.split("\n")
    assert softbreak_verse._blocks(lines) == _blocks_lazy(lines)


@pytest.mark.parametrize("line", ["Как гений чистой красоты.", "Звучал мне 2 раза голос", "Он | она", "а/б Вот",
                                  "Пишите @мне скорее", "Цифра ² в строке стиха", "Trăm năm trong cõi người ta,"])
def test_verse_line_test_as_before(line: str) -> None:
    s = line.strip()
    m = softbreak_verse._OPEN.match(s)
    slow = not (not m or not s[m.end() - 1].isupper() or any(ch.isdigit() or ch in "|/@" for ch in s)
                or softbreak_verse._INNER_STOP.search(s)) and not s.isascii() \
        and softbreak_verse._MIN_SYL <= softbreak_verse._syllables(s) <= softbreak_verse._MAX_SYL
    assert softbreak_verse._verse(line) == slow


@pytest.mark.parametrize("doc_id", ["ru/site/doc-1.txt", "doc.txt", "a//b/./c.txt", "a/b/", "/abs/x.txt", ""])
def test_folder_as_path(doc_id: str) -> None:
    assert _folder(doc_id) == _folder(doc_id) == str(PurePosixPath(doc_id).parent)
