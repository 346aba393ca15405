"""A reply said three times across other replies is a refrain, no copy (issue 12, cp89, :mod:`mtpipe.clean.refrains`).

A guard at a gate repeats his order between the narrator's attempts to start a car; narrative paragraphs stand above
the first copy and under the last, so :func:`~mtpipe.clean.refrains.verse_line`'s count of verse and replies among
the neighbours missed both ends and ``dedupe.exact`` took two of the three copies (a clean ng.ru article, cp88).
Every line here was written for the tests, none is a page's.
"""

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.ledger import apply_ledger
from mtpipe.clean.refrains import verse_line
from mtpipe.document import Document

_NARRATIVE = ["Сажусь в машину и пытаюсь завести мотор, но стартер только щёлкает, а на панели мигает лампочка.",
              "Охранник стоит у шлагбаума и смотрит на меня так, будто я нарушил все правила сразу и навсегда."]
_AFTER = ["Как можно уехать на машине, которая не заводится, мне так никто и не объяснил, хотя я спрашивал.",
          "Через десять минут мотор всё-таки завёлся, и я выехал за ворота под его внимательным взглядом."]
_GATE = ["– Уезжайте отсюда немедленно!", "– Дрррр, тррр...", "– Уезжайте отсюда немедленно!", "– Дрррр, тррр....",
         "– Уезжайте отсюда немедленно!"]


def _live(lines):  # type: ignore[no-untyped-def]
    return lambda j: lines[j] if 0 <= j < len(lines) else None


@pytest.mark.parametrize("k", [2, 4, 6])
def test_a_reply_said_across_other_replies_is_no_copy(k):
    assert verse_line(_live([*_NARRATIVE, *_GATE, *_AFTER]), k)


@pytest.mark.parametrize("lines,k", [
    # a menu's items under a dash: no punctuation at their ends
    ([*_NARRATIVE, "— Главная", "— Новости", "— Главная", *_AFTER], 4),
    # a reply across a menu item, not a reply ending in punctuation
    ([*_NARRATIVE, "– Уезжайте отсюда немедленно!", "— Новости", "– Уезжайте отсюда немедленно!", *_AFTER], 4),
    # across a narrative line, not a reply: the neighbours' count decides, and narrative stands around
    ([*_NARRATIVE, "– Уезжайте отсюда немедленно!", _AFTER[0], "– Уезжайте отсюда немедленно!", *_AFTER], 4),
    # a line that is no reply (a hyphen opens a list item)
    ([*_NARRATIVE, "- Уезжайте отсюда немедленно!", "- Дрррр, тррр...", "- Уезжайте отсюда немедленно!", *_AFTER], 4),
])
def test_other_repeats_are_still_copies(lines, k):
    assert not verse_line(_live(lines), k)


def test_the_scene_keeps_its_three_orders_and_the_title_stays():
    text = "Уезжайте отсюда немедленно!\n\n" + "\n".join([*_NARRATIVE, *_GATE, *_AFTER]) + "\n"
    doc = Cleaner()(Document(doc_id="t.txt", text=text, raw_text=text))
    kept = apply_ledger(doc.raw_text, doc.ledger)
    assert kept.count("– Уезжайте отсюда немедленно!") == 3
    assert kept.startswith("Уезжайте отсюда немедленно!")
