"""A list of names with their brackets (a tournament's groups: "«Зенит» (Тверь)" / "«Сокол» (Кимры)" / …) that the line
classifier would cut in two, keeping the items its lexicon knows and taking the others: the items stay together
(lost40, :mod:`mtpipe.clean.siblings`, on held26's shape).  Pages written for these tests."""

import pytest

from mtpipe.clean import Cleaner, CleanOptions, unaccounted
from mtpipe.clean.lines import line_spans
from mtpipe.clean.siblings import bracket_item, bracket_siblings
from mtpipe.document import Document
from mtpipe.segment import Segmenter

LEAD = ("Сегодня в Твери начинается финальный турнир областной любительской хоккейной лиги сезона.\n"
        "Победитель определится в течение пяти дней. На групповом этапе восемь команд разделены на две группы, "
        "по две лучшие выйдут в полуфинал.\n")
GROUPS = ("ГРУППА «А»\n«Зенит» (Тверь)\n«Сокол» (Кимры)\n«Металлург» (Конаково, Тверская область)\n"
          "«Волга» (Ржев, Тверская область)\nГРУППА «Б»\n«Торпедо» (Москва)\n"
          "«Восход» (Подольский район, Московская область)\n«Апатит» (Кировск, Мурманская область)\n"
          "«Кедр» (Сургут, Ханты-Мансийский округ)\n")
ITEMS = [ln for ln in GROUPS.splitlines() if "(" in ln]


def _run(text: str, policy: str = "balanced") -> Document:
    doc = Document.from_text(text, doc_id="doc.txt", path="doc.txt")
    doc = Segmenter()(Cleaner(CleanOptions(removal_policy=policy))(doc))
    assert unaccounted(doc) is None
    return doc


def _removed(doc: Document) -> set[str]:
    return {e.text.strip() for e in doc.ledger if e.action == "removed"}


@pytest.mark.parametrize("policy", ["balanced", "weighed"])
def test_the_list_items_stay_together(policy):
    doc = _run(LEAD + "ФИНАЛЬНЫЙ ТУРНИР\n" + GROUPS, policy)
    assert not _removed(doc) & set(ITEMS)
    assert "classifier.line" not in {e.rule for e in doc.ledger if e.text.strip() in ITEMS}


def test_a_menu_with_brackets_is_still_taken():
    # a menu under a navigation line, the model keeping one item: its items are no list of the text
    menu = "Главная\nО компании (история)\nУслуги (прайс)\nКонтакты (схема проезда)\nВакансии (стажировки)\n"
    doc = _run(LEAD + "\n" + menu)
    gone = {e.text.strip(): e.rule for e in doc.ledger if e.action == "removed"}
    assert {"Услуги (прайс)", "Контакты (схема проезда)", "Вакансии (стажировки)"} <= set(gone)


def test_bracket_item_shapes():
    assert bracket_item("«Зенит» (Тверь)") == "тверь"
    assert bracket_item("ФК «Малка» (Малка, Кабардино-Балкария) |") == "малка, кабардино-балкария"
    # same shape, no item: a counter in the bracket, a sentence before it, a bracket inside the line, no head
    assert bracket_item("Комментарии (3)") is None
    assert bracket_item("Команда выиграла матч. Итог (победа)") is None
    assert bracket_item("«Зенит» (Тверь) выиграл у «Сокола»") is None
    assert bracket_item("(24 - 31 октября, Пенза)") is None
    assert bracket_item("Очень длинное название команды из семи слов (Тверь)") is None


def test_bracket_siblings_directly():
    text = GROUPS
    spans = line_spans(text)
    items = {k for k in range(len(spans)) if "(" in text[spans[k][0]:spans[k][1]]}
    assert bracket_siblings(text, spans, {6, 9}, {}) == items
    # one item kept only: a menu the model keeps one item of
    assert bracket_siblings(text, spans, {6}, {}) == set()
    # a navigation line in the block: a menu
    assert bracket_siblings(text, spans, {6, 9}, {0: ("chrome.nav", "")}) == set()
    # the same bracket on every item ("(видео)"): a related list's marks, no list of places
    same = "\n".join(f"Новость номер {w} (видео)" for w in ("один", "два", "три", "четыре")) + "\n"
    assert bracket_siblings(same, line_spans(same), {0, 1, 2, 3}, {}) == set()
    # items in separate blocks (a blank line between each): no list
    apart = GROUPS.replace("\n", "\n\n")
    sp = line_spans(apart)
    assert bracket_siblings(apart, sp, set(range(len(sp))), {}) == set()
