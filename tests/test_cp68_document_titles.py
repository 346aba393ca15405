"""cp68: a document site's page title made of the document's opening words stays, and so does the document's header
line in capitals that repeats it (held22's written choice; realpages README "Adjudication, twenty-ninth session",
"Not changed"; :mod:`mtpipe.clean.document_titles`).  Shapes of ``t28ru65`` (the rules' title over a school's
letterhead) and ``h22ru04`` (the letterhead lower-cased on one title line), a Vietnamese school's regulation; the
negatives are a news title's header copy, a teaser copy, a related-list copy, a headline in capitals alone."""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions, unaccounted
from mtpipe.clean.document_titles import opening_title_copy
from mtpipe.document import Document
from mtpipe.segment import Segmenter


def _live(lines: list[str | None]):
    return lambda k: lines[k] if 0 <= k < len(lines) else None


@pytest.mark.parametrize("lines, first, later, want", [
    (["Правила внутреннего распорядка обучающихся", "МУНИЦИПАЛЬНОЕ БЮДЖЕТНОЕ ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ",
      "“ СРЕДНЯЯ ОБЩЕОБРАЗОВАТЕЛЬНАЯ ШКОЛА № 6”", "ПРАВИЛА ВНУТРЕННЕГО РАСПОРЯДКА ОБУЧАЮЩИХСЯ", "2022 г."], 0, 3, True),
    (["Частное учреждение «назрановский колледж» (чпоу нкэс) положение о приемной комиссии назрань 2016",
      "МИНИСТЕРСТВО ОБРАЗОВАНИЯ И НАУКИ РЕСПУБЛИКИ ИНГУШЕТИЯ", "ЧАСТНОЕ УЧРЕЖДЕНИЕ «НАЗРАНОВСКИЙ КОЛЛЕДЖ»",
      "(ЧПОУ НКЭС)"], 0, 2, True),
    ([None, "Quy chế làm việc của trường THCS Tân Phú", "UBND HUYỆN TAM NÔNG", "TRƯỜNG THCS TÂN PHÚ",
      "QUY CHẾ LÀM VIỆC CỦA TRƯỜNG THCS TÂN PHÚ", "Điều 1. Phạm vi điều chỉnh"], 1, 4, True),
    (["Положение о порядке приема граждан", "ПОЛОЖЕНИЕ О ПОРЯДКЕ ПРИЕМА ГРАЖДАН", "I. ОБЩИЕ ПОЛОЖЕНИЯ"], 0, 1, True),
    # page titles of document sites found with the search tool (onlinepedagog.ru, ds4kuzma.ru), on the shape above
    (["Положение о порядке приема перевода отчисления и восстановления обучающихся", "ПРИНЯТО", "УТВЕРЖДАЮ",
      "ПОЛОЖЕНИЕ О ПОРЯДКЕ ПРИЕМА ПЕРЕВОДА ОТЧИСЛЕНИЯ И ВОССТАНОВЛЕНИЯ ОБУЧАЮЩИХСЯ", "1. Общие положения"], 0, 3, True),
    (["Правила приема, перевода, отчисления в МДОУ", "ПРАВИЛА ПРИЕМА, ПЕРЕВОДА, ОТЧИСЛЕНИЯ В МДОУ",
      "1.1. Настоящие Правила разработаны в соответствии с законом."], 0, 1, False),  # a heading in capitals alone: no block, not this structure
    # negatives: a news title's header copy in its own case, over a date line
    (["Китай открыл новый мост через Амур", "05.01.2026", "Китай открыл новый мост через Амур"], 0, 2, False),
    # a headline in capitals over the text alone (no block of capitals)
    (["Giá vàng hôm nay tăng mạnh", "12/03/2024 08:15", "GIÁ VÀNG HÔM NAY TĂNG MẠNH",
      "Sáng nay, giá vàng trong nước tiếp tục tăng."], 0, 2, False),
    # a menu line kept above: the copy's earlier line is no page title
    (["Главная", "О школе", "ПРАВИЛА ВНУТРЕННЕГО РАСПОРЯДКА", "ДЛЯ УЧАЩИХСЯ"], 1, 2, False),
    # a teaser and a related-list copy in ordinary case
    (["Как выбрать школу для ребенка", "Родители рассказали о своем опыте.", "Читайте также",
      "Как выбрать школу для ребенка"], 0, 3, False),
    # a chapter's title over its byline, mostly in capitals (crawl9's header copies: the copy in capitals is clutter)
    (["Bài 7 - Chương 4 : GIAI ĐOẠN LỚN LÊN, TỔ CHỨC TRUYỀN GIÁO VIỆT NAM TẠI PHÁP, 1952-1977", "Trần Văn Cảnh",
      "CHƯƠNG 4", "GIAI ĐOẠN LỚN LÊN, TỔ CHỨC TRUYỀN GIÁO VIỆT NAM TẠI PHÁP, 1952-1977"], 0, 3, False),
    # the title itself in capitals (a header copy of a caps title)
    (["ТОП-10 МЕСТ В ПЕКИНЕ", "МЕНЮ САЙТА", "ТОП-10 МЕСТ В ПЕКИНЕ", "ГЛАВНАЯ"], 0, 2, False),
])
def test_opening_title_copy(lines: list[str | None], first: int, later: int, want: bool) -> None:
    assert opening_title_copy(_live(lines), first, later, len(lines)) is want


PAGE = """Правила внутреннего распорядка обучающихся

МУНИЦИПАЛЬНОЕ БЮДЖЕТНОЕ ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ ГОРОДСКОГО ОКРУГА ЗАРЕЧНЫЙ

“ СРЕДНЯЯ ОБЩЕОБРАЗОВАТЕЛЬНАЯ ШКОЛА № 6”

ПРАВИЛА ВНУТРЕННЕГО РАСПОРЯДКА ОБУЧАЮЩИХСЯ

1. Общие положения

1.1. Настоящие Правила внутреннего распорядка учащихся разработаны в соответствии с Федеральным законом «Об \
образовании в Российской Федерации» и уставом школы.
"""


def test_both_copies_stay() -> None:
    doc = Document.from_text(PAGE, doc_id="s/a.txt", path="s/a.txt")
    doc = Segmenter()(Cleaner(CleanOptions())(doc))
    assert unaccounted(doc) is None
    assert not [e.rule for e in doc.ledger if e.action == "removed" and e.rule.startswith("dedupe.")]
