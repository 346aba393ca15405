"""A section heading that narrows the page's title with a word put inside it ("Сроки сдачи отчётности в 2023 году",
then over a table of the text "Сроки сдачи отчётности в ИФНС в 2023 году") is no near copy of the title (lost40,
:func:`mtpipe.clean.keep.narrower_heading`, on held26's shape).  Pages written for these tests."""

import pytest

from mtpipe.clean import Cleaner, CleanOptions, unaccounted
from mtpipe.clean.keep import narrower_heading
from mtpipe.document import Document
from mtpipe.segment import Segmenter

TITLE = "Сроки сдачи отчётности в 2023 году"
BODY = ("Вместо расчёта 4-ФСС и нескольких форм появится единая форма сведений, её будут сдавать ежемесячно.\n\n"
        "{heading}\n\n"
        "Вид отчётности Период представления Срок представления\n"
        "Расчёт 6-НДФЛ за 2022 год нужно представить не позднее 27 февраля 2023 года.\n"
        "Декларацию по налогу на прибыль за 2022 год сдают до 25 марта 2023 года.\n")


def _run(text: str, policy: str = "balanced") -> Document:
    doc = Document.from_text(text, doc_id="doc.txt", path="doc.txt")
    doc = Segmenter()(Cleaner(CleanOptions(removal_policy=policy))(doc))
    assert unaccounted(doc) is None
    return doc


def _removed(doc: Document) -> dict[str, str]:
    return {e.text.strip(): e.rule for e in doc.ledger if e.action == "removed"}


@pytest.mark.parametrize("policy", ["balanced", "weighed"])
def test_the_narrower_heading_stays(policy):
    heading = "Сроки сдачи отчётности в ИФНС в 2023 году"
    gone = _removed(_run(TITLE + "\n\n" + BODY.format(heading=heading), policy))
    assert heading not in gone


@pytest.mark.parametrize("copy", [
    "Сроки сдачи отчётности в 2023 году фото",   # a word added at the end: an image's alt text
    "Сроки сдачи отчетности в 2023 году",          # a spelling variant: a near copy
])
def test_a_copy_with_words_at_an_end_still_goes(copy):
    gone = _removed(_run(TITLE + "\n\n" + BODY.format(heading=copy)))
    assert gone.get(copy, "").startswith("dedupe.")


def test_narrower_heading_directly():
    assert narrower_heading(TITLE, "Сроки сдачи отчётности в ИФНС в 2023 году")
    assert narrower_heading("Cách xin visa du lịch Trung Quốc", "Cách xin visa du lịch tự túc Trung Quốc")
    assert not narrower_heading(TITLE, TITLE + " 1")
    assert not narrower_heading(TITLE, "Новости " + TITLE)
    assert not narrower_heading(TITLE, "Сроки сдачи отчётности в ИФНС и ПФР и ФСС и в 2023 году")  # four words
    assert not narrower_heading(TITLE, "Сроки сдачи отчётности в 12 2023 году")  # a number put in
