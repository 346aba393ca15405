"""Round bnd71 (issue 12): two boundary classes found on fresh RT news nobody labelled (seed 171's tune half), none on
any dev part.

* An editor's note inside a quotation, signed after its stop with a dash and the outlet: "Мы с моим другом
  (Порошенко. — RT ) договорились …".  The splitter broke after the note's stop and the rest of the sentence opened a
  unit of its own ("— RT ) договорились …"); :func:`mtpipe.segment.bracket_note.signed_note` undoes the break while a
  bracket is left open before the stop and the next piece opens with the signature and the closing bracket.
* A link cut out of a sentence by the extractor, the sentence's stop opening the next line with the next sentence:
  "… государство Боринкен⏎. Сепаратисты …", "… сообщила газета⏎Daily Mail⏎. Как пишет …".  The line before was cut
  at the soft break and the stop opened the next unit; :func:`mtpipe.clean.softbreak_text.stop_opens` lets
  :mod:`mtpipe.clean.softbreak` join the line before (four words or more, or itself joined to running text).

Every line is made up in the shape of the class; negatives are the nearest shapes (a dash that goes on in lower case,
a bracket already closed, a reply after a stop, an ellipsis or a run of stops opening a line, one word over the stop
line).
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.softbreak import soft_breaks
from mtpipe.clean.softbreak_text import stop_opens
from mtpipe.document import Document
from mtpipe.segment import Segmenter, split_sentences
from mtpipe.segment.bracket_note import signed_note


def _units(raw: str) -> list[str]:
    doc = Segmenter()(Cleaner(CleanOptions(removal_policy="balanced"))(Document.from_text(raw, doc_id="bnd71")))
    return [s.source for s in doc.segments]


def _split(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, "ru")]


SIGNED = [
    ("«Мы с моим другом (Порошенко. — RT ) договорились действовать вместе», — рассказал он. Детали он не уточнил.",
     ["«Мы с моим другом (Порошенко. — RT ) договорились действовать вместе», — рассказал он.",
      "Детали он не уточнил."]),
    ("Голосования (в палате представителей и сенате. — RT ) по законопроекту отражают настроения. Это важно.",
     ["Голосования (в палате представителей и сенате. — RT ) по законопроекту отражают настроения.", "Это важно."]),
    ("«Именно оттуда (из «Зоны племён». — RT ) приходят боевики», — сказал он. Затем он ушёл.",
     ["«Именно оттуда (из «Зоны племён». — RT ) приходят боевики», — сказал он.", "Затем он ушёл."]),
    ("Он писал, что город (тогда ещё Ленинград. — Ред.) рос быстро. Потом всё изменилось.",
     ["Он писал, что город (тогда ещё Ленинград. — Ред.) рос быстро.", "Потом всё изменилось."]),
    ("Станции зовут по-разному (обычно «Северный полюс» (СП). — RT ) в разные годы. Это традиция.",
     ["Станции зовут по-разному (обычно «Северный полюс» (СП). — RT ) в разные годы.", "Это традиция."]),
    ("Он сказал (по данным «Индекса» Transparency International. — RT ), что всё хорошо. Потом замолчал.",
     ["Он сказал (по данным «Индекса» Transparency International. — RT ), что всё хорошо.", "Потом замолчал."]),
]


@pytest.mark.parametrize("text,units", SIGNED)
def test_an_editors_signed_note_does_not_end_the_sentence(text: str, units: list[str]) -> None:
    assert _split(text) == units


@pytest.mark.parametrize("prev,nxt,expect", [
    ("Мы с моим другом (Порошенко.", "— RT ) договорились действовать.", True),
    ("Это было (в 2014 году.", "— Ред.) и позже.", True),
    ("Текст закона (с поправками.", "— прим. ред.) вступил в силу.", True),
    ("… (из «Зоны племён».", "— RT ) приходят", True),
    ("(«Доборолась Украина до самого края. Хуже ляха свои дети её распинают».", "— RT )», — отметил он.", True),
    ("Он ушёл (навсегда).", "— RT сообщает об этом.", False),  # the bracket closed, no bracket after the signature
    ("Он ушёл.", "— RT ) дальше.", False),  # no bracket open before the stop
    ("Он сказал (это важно.", "— а я молчал) и ушёл.", False),  # lower case after the dash: no signature
    ("Он спросил (зачем.", "— Как сообщает агентство ТАСС, никто не знает)", False),  # a sentence, no signature
    ("Он ушёл (навсегда.", "— Вернись!", False),  # a reply, no closing bracket
    ("Мы с моим другом (Порошенко", "— RT ) договорились.", False),  # no stop before the break
])
def test_signed_note(prev: str, nxt: str, expect: bool) -> None:
    assert signed_note(prev + " ", len(prev) + 1, nxt) is expect


def test_a_bracket_closed_before_the_window_does_not_hide_the_open_one() -> None:
    # the window starts inside "(ЮАР)": its ")" closes nothing the window opened
    prev = "x" * 200 + " (ЮАР) сказал Шубин. — Уровень оказался самым низким (по данным индекса Transparency International."
    assert signed_note(prev, len(prev), "— RT )».")


@pytest.mark.parametrize("line,expect", [
    (". Сепаратисты из этого региона впервые обратились в ООН.", True),
    (". Как пишет автор статьи, это так.", True),
    (". «Он здесь с кем-то встречается», — сказал он.", True),
    ("? Ей есть ещё к чему стремиться.", True),
    (".", False),  # the stop alone: softbreak._closes
    ("... Читать дальше »", False),
    (".… и так далее", False),
    (".jpg)", False),
    ("Сепаратисты из этого региона.", False),
    (", в частности, в Сирии", False),
])
def test_stop_opens(line: str, expect: bool) -> None:
    assert stop_opens(line) is expect


def test_a_link_at_a_sentence_end_keeps_the_stop_with_its_sentence() -> None:
    raw = ("Кроме ирландских социалистов, независимости желает добиться государство Боринкен\n"
           ". Сепаратисты из этого региона впервые обратились в ООН с подобной просьбой в 2014 году.\n")
    assert _units(raw) == ["Кроме ирландских социалистов, независимости желает добиться государство Боринкен .",
                           "Сепаратисты из этого региона впервые обратились в ООН с подобной просьбой в 2014 году."]


def test_a_link_on_its_own_line_before_the_stop_line_is_joined_both_ways() -> None:
    text = ("Об этом со ссылкой на источники в правительстве страны сообщила газета\nDaily Mail\n"
            ". Как пишет автор статьи, министр был недоволен.\n")
    assert soft_breaks(text) == [text.index("\nDaily"), text.index("\n. Как")]


@pytest.mark.parametrize("text", [
    "21:00\nActualité\n. Un point c'est tout pour les Red Devils\n",  # a one-word line after furniture
    "Итоги матча (1-1, 31-я минута).\n. Арсенал вырвался вперёд\n",  # the line before ends its sentence
    "Новости\n... Читать дальше »\n",  # an ellipsis, no stop of the line before
])
def test_no_join_into_a_stop_line_without_running_text_before_it(text: str) -> None:
    assert soft_breaks(text) == []
