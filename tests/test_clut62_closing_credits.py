"""clut62 (issue 12): a photo credit saying where the picture was taken, and the signature above it.

* :func:`mtpipe.clean.ru_photo_sources.source_credit` reads "Фото с места события предоставлено РОЧС." (h39ru08): the
  credit word, "с" and one to three lower-case words of what or where the picture shows, then "предоставлено" and a
  source -> ``boilerplate.photo_credit``;
* :func:`mtpipe.clean.ru_closing.closing_signature`: a line of a signature's shape (such a credit reads as a
  sentence) no longer ends the article's text, so the closing run "Елена ЛОСИК." / "Фото … предоставлено РОЧС."
  goes whole as ``boilerplate.closing_signature``.

Negatives: sentences about a photo of the scene (a verb, a pronoun, a clause after the source), a place's name after
"с" (capitalised: "Фото с Марса …"), a credit with no source, and a closing run that stops at a line of text.
"""

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.ru_closing import closing_signature, signature_line
from mtpipe.clean.ru_photo_sources import source_credit
from mtpipe.document import Document

_TEXT = ["Сегодня в Барберовке горел сарай",
         "Жительница деревни встала с рассветом и заметила дым над крышей соседского сарая.",
         "Пламя уничтожило крышу и повредило стены сарая. Причины возгорания устанавливаются."]


@pytest.mark.parametrize("line", [
    "Фото с места события предоставлено РОЧС.",  # h39ru08
    "Фото с места событий предоставлено пресс-службой ГУ МЧС",
    "Фото с места ДТП предоставлено ГИБДД",
    "Фото с места происшествия предоставлено пресс-службой ГУ МЧС России по области",
    "Фотографии с соревнований предоставлены федерацией",
    "Фото с места пожара предоставила пресс-служба МЧС",
])
def test_scene_credit(line):
    assert source_credit(line) == "provided"
    assert signature_line(line) == "photo"


@pytest.mark.parametrize("line", [
    "Фото с места событий предоставили нам очевидцы.",  # a pronoun: a clause
    "Фото с места событий появились в сети.",  # no "provided": a sentence
    "Фото с места пожара предоставлено МЧС, которое ведёт проверку.",  # a clause after the source
    "Фото с Марса предоставлено NASA",  # a place's name after "с": not the shape (left to the text)
    "Фото с праздника предоставлено",  # no source
    "Фото с места события, предоставленное очевидцем, облетело соцсети.",
    "С места событий фото предоставлено РОЧС.",  # the credit word not first
])
def test_not_scene_credit(line):
    assert source_credit(line) == ""


@pytest.mark.parametrize("tail,taken", [
    # h39ru08's closing run: the signature over the credit, both after the text
    (["Елена ЛОСИК.", "Фото с места события предоставлено РОЧС."], [3, 4]),
    (["Фото с места ДТП предоставлено ГИБДД", "Елена ЛОСИК."], [3, 4]),
    # a line of text under the credit: the article goes on, nothing signs it
    (["Фото с места события предоставлено РОЧС.", "Пожарные напоминают жителям о правилах безопасности."], []),
])
def test_closing_run(tail, taken):
    got = closing_signature([*_TEXT, *tail], {}, "ru")
    assert sorted(got) == taken


def test_page():
    text = "\n".join([*_TEXT, "Елена ЛОСИК.", "Фото с места события предоставлено РОЧС."]) + "\n"
    doc = Cleaner(CleanOptions())(Document.from_text(text, doc_id="s/a.txt", path="s/a.txt"))
    removed = {doc.raw_text[e.start:e.end].strip() for e in doc.ledger if e.action == "removed"}
    assert {"Елена ЛОСИК.", "Фото с места события предоставлено РОЧС."} <= removed
    assert not removed & set(_TEXT)
