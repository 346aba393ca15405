"""benchmarks/clutter_evidence.py: the page-level evidence it reads for each live line (issue 12, clut54)."""

from __future__ import annotations

import pytest

from benchmarks.clutter_evidence import Evidence, evidence, pages, shape, tally


@pytest.mark.parametrize("line, want", [
    ("Встреча сторон прошла в деловой и доброжелательной атмосфере.", "sentence"),
    ("Lực lượng đã tiến hành tuần tra, kiểm tra tại các đường mòn qua lại biên giới.", "sentence"),
    ("Admin", "short"),
    ("Thong ke", "short"),
    ("Обращения граждан:", "short"),
    ("Пассажирские коридоры между Благовещенском и Хэйхэ откроют в апреле", "headline"),
    ("Tiết mục tham gia giao lưu của Hội người cao tuổi xã Bài Sơn", "headline"),
    ("Kính thưa các quý vị đại biểu,", "other"),  # a clause goes on: no headline
    ("Gian hàng Lào.", "other"),  # a stop, too short for a sentence
    ("", "other"),
])
def test_shape(line: str, want: str) -> None:
    assert shape(line) == want


# a page: a menu item, the title, a date stamp, the text with a caption between its paragraphs, the title printed
# again and a share button; False: the cleaner removed the line
PAGE = [
    ("Главная", False),
    ("Пассажирские коридоры между Благовещенском и Хэйхэ откроют в апреле", True),
    ("31.03.2020", False),
    ("Временные пункты пропуска на границе откроют для возврата россиян и граждан Китая.", True),
    ("Фото пресс-службы", True),
    ("Об этом сообщили в правительстве Амурской области во вторник утром.", True),
    ("Пассажирские коридоры между Благовещенском и Хэйхэ откроют в апреле", True),
    ("Поделиться", False),
]


def test_evidence_of_each_live_line() -> None:
    got = evidence([s for s, _ in PAGE], [ok for _, ok in PAGE])
    assert got == {
        1: Evidence("head", "headline", 2, "copy"),   # the title: printed twice on the page
        3: Evidence("body", "sentence", 1, "-"),
        4: Evidence("body", "short", 0, "-"),         # a caption between two paragraphs
        5: Evidence("body", "sentence", 0, "-"),
        6: Evidence("tail", "headline", 1, "title"),  # the title's copy under the text
    }


def test_a_page_with_no_sentence() -> None:
    got = evidence(["Меню", "Контакты", "Карта сайта"], [True, False, True])
    assert got == {0: Evidence("nobody", "short", 1, "-"), 2: Evidence("nobody", "short", 1, "-")}


def test_tally_counts_clutter_against_content() -> None:
    tags = ["-", "+", "=", "+", "-", "+", "-", "-"]
    rows = [{"part": "heldX", "doc": "hX01", "tag": t, "text": s, "kept": 1.0 if ok else 0.0}
            for t, (s, ok) in zip(tags, PAGE)]
    t = tally(pages(rows))
    assert (t["body/short/0"]["clutter"], t["body/short/0"]["content"]) == (1, 0)
    assert (t["tail/headline/1"]["clutter"], t["copy:title"]["clutter"]) == (1, 1)
    assert (t["head/headline/2"]["clutter"], t["head/headline/2"]["content"]) == (0, 1)
    assert t["held:no"]["pages"] == {"hX01"} and t["held:no"]["parts"] == {"heldX"} and t["held:no"]["sites"] == {"hX01"}
