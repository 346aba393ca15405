"""clut64 (issue 12): a document's signature blanks and approval block (``boilerplate.signature_block``,
:mod:`mtpipe.clean.signature_blocks`).

Positives: h41ru12's approval block and the forms of document templates ("УТВЕРЖДАЮ" / a post / "____ И.И. Иванов" /
the date's blanks, two signers side by side, a post and its blank on one line); negatives: a rule of underscores
alone, a form's blank without a name, posts with no signature under them (a document's title), a sentence naming a
person by initials, a table's row of posts.
"""

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean import signature_blocks as SB
from mtpipe.document import Document

_TEXT = ["История больницы",
         "Больница, открытая в 1894 году, была рассчитана на 50 коек, здесь работали два врача и четыре фельдшера.",
         "В начале XX века при больнице открыли аптеку и родильное отделение, а в 1920-х годах построили новый корпус."]


def _signed(lines: list[str], removed: dict | None = None) -> list[int]:
    got = SB.signature_blocks(lines, removed or {})
    assert all(rule == SB.RULE and note for rule, note in got.values())
    return sorted(got)


_MENU = ["Четырехнедельное меню", "для организации питания учащихся", "с 01 по 3 марта 2023 г.", "1 неделя"]


@pytest.mark.parametrize("lines,removed,taken", [
    # h41ru12: the heads (label_bar took them), the posts in a row, the two signatures in a row
    (["Согласовано: Утверждаю:", "Мед.работник И. о директора школы", "______ Амрина Н.К. ______ Горбачёва А.С.",
      *_MENU], {0: ("boilerplate.label_bar", None)}, [1, 2]),
    # the same with the heads live
    (["Согласовано: Утверждаю:", "Мед.работник И. о директора школы", "______ Амрина Н.К. ______ Горбачёва А.С.",
      *_MENU], {}, [0, 1, 2]),
    # a template's two signers side by side with the date's blanks (a company's act)
    (["СОГЛАСОВАНО УТВЕРЖДАЮ", "Директор ООО \"ЮАИЗ-ПФИ\" Директор ООО ИПК \"Технологии энергосбережения\"",
      "_______________ П.Ю. Синеок ________________ И.И. Курнаков",
      "\"___\"________________201___ год \"___\"________________201___ год", *_MENU], {}, [0, 1, 2, 3]),
    # "УТВЕРЖДАЮ", a post and its blank on one line, the date's blanks
    (["УТВЕРЖДАЮ", "полковник ____________ И. И. Иванов", "«___» __________ 2023 г.", *_MENU], {}, [0, 1, 2]),
    # a school director over two lines of posts
    (["УТВЕРЖДАЮ", "Директор МБОУ «СОШ № 5»", "города Чебоксары", "__________ Н.В. Петрова", *_MENU], {},
     [0, 1, 2, 3]),
    # a certificate's closing signature with the stamp's place and the date's blanks (no head)
    ([*_TEXT, "Директор колледжа _____________ И.И. Иванов", "М.П.", "«___» __________ 2024 г."], {}, [3, 4, 5]),
    # a signature with the name after the blank in slashes
    ([*_TEXT, "Заведующий ДОУ ________ /Сидорова Е.А./"], {}, [3]),
])
def test_signature_blocks(lines, removed, taken):
    assert _signed(lines, removed) == taken


@pytest.mark.parametrize("lines", [
    # a rule of underscores alone (markdown.rule's), a form's blank without a name
    ["__________________", *_TEXT],
    [*_TEXT, "Задание принял к исполнению ____________"],
    [*_TEXT, "Фамилия, имя, отчество: ______________________"],
    # posts under an approval head with no signature under them: a document's title
    ["Утверждено", "Положение о школьном музее", "муниципального бюджетного учреждения", *_TEXT],
    # a sentence naming a person by initials, a table's row of posts
    ["Директор школы Н.В. Петрова провела линейку для первоклассников и их родителей.", *_TEXT],
    ["Директор | Заместитель директора | Медицинский работник |", *_TEXT],
])
def test_not_signature_blocks(lines):
    assert _signed(lines) == []


def _removed(text: str) -> set[str]:
    doc = Cleaner(CleanOptions())(Document.from_text(text, doc_id="s/a.txt", path="s/a.txt"))
    return {doc.raw_text[e.start:e.end].strip() for e in doc.ledger if e.action == "removed"}


def test_page():
    lines = ["Согласовано: Утверждаю:", "Мед.работник И. о директора школы", "______ Амрина Н.К. ______ Горбачёва А.С.",
             *_TEXT]
    removed = _removed("\n\n".join(lines) + "\n")
    assert set(lines[:3]) <= removed
    assert not removed & set(_TEXT)
