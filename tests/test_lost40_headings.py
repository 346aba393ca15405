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


ALBUM = ("{first}\n\n"
         "Theo Hòa thượng trụ trì, đại lễ Phật Đản cũng như nghi thức tắm Phật được tổ chức tại bổn tự vào ngày mùng 8/4 "
         "hằng năm với sự tham dự của đông đảo Phật tử.\n\n"
         "{second}\n\n"
         "Buổi lễ kết thúc lúc 11 giờ trưa cùng ngày, sau đó Phật tử dùng cơm chay tại chùa.\n")


@pytest.mark.parametrize("policy", ["balanced", "weighed"])
def test_the_pages_title_in_a_captions_words_stays(policy):
    title = "Chùm Ảnh: Quan Âm Tu Viện Trong Ngày Đại Lễ Phật Đản Mùng 8/4"
    assert title not in _removed(_run(ALBUM.format(first=title, second="Các Phật tử dâng hoa trong buổi lễ"), policy))


def test_a_caption_under_the_title_still_goes():
    # same words under the title, between paragraphs: a caption
    caption = "Chùm Ảnh: Quan Âm Tu Viện Trong Ngày Đại Lễ Phật Đản Mùng 8/4"
    gone = _removed(_run(ALBUM.format(first="Đại lễ Phật Đản tại Quan Âm Tu Viện", second=caption)))
    assert gone.get(caption) == "boilerplate.caption"


def test_a_caption_with_its_credit_opening_the_page_still_goes():
    # the page's first line, a sentence and a photo credit in it: a caption over the text, not the title
    caption = "Hòa thượng trụ trì tại Quan Âm Tu Viện. Ảnh: Phật tử Minh Tâm | |"
    gone = _removed(_run(ALBUM.format(first=caption, second="Các Phật tử dâng hoa trong buổi lễ")))
    assert caption.strip() in gone and gone[caption.strip()].startswith("boilerplate.")


def test_title_caption_directly():
    from mtpipe.clean.captions import title_caption

    lead = "Theo Hòa thượng trụ trì, đại lễ Phật Đản được tổ chức tại bổn tự vào ngày mùng 8/4 hằng năm."
    assert title_caption(["Chùm Ảnh: Quan Âm Tu Viện Trong Ngày Đại Lễ Phật Đản Mùng 8/4", lead], 0)
    assert not title_caption(["Hòa thượng trụ trì tại Quan Âm Tu Viện. Ảnh: Phật tử Minh Tâm | |", lead], 0)
    assert not title_caption(["Đại lễ Phật Đản", "Chùm Ảnh: Quan Âm Tu Viện Trong Ngày Đại Lễ Phật Đản", lead], 1)
    assert not title_caption(["Ảnh: Minh Tâm", lead], 0)  # a credit: too short for a title
