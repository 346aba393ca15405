"""left97r: a comment thread's numbered signatures and a record's fields printed as dash items
(mtpipe/clean/page_furniture97r.py).  Made-up lines of each shape, and the text's look-alikes that stay."""

from __future__ import annotations

from mtpipe.clean import Cleaner, CleanOptions, page_furniture97r as P
from mtpipe.document import Document

_THREAD = ["Посадка деревьев", "", "В субботу школьники вместе с учителями посадили у школы двадцать молодых клёнов. "
           "Саженцы привезли из питомника, а лопаты дали соседи.", "", "Добавить комментарий",
           "", "1. Marina", "", "Отличная идея, пусть растут! Через несколько лет у школы будет настоящая аллея.", "",
           "2. читатель", "", "А кто будет их поливать летом, когда все разъедутся на каникулы?"]
_GONE = {4: ("chrome.comments", None)}


def test_numbered_signatures_under_a_removed_prompt():
    assert set(P.comment_signatures(_THREAD, _GONE)) == {6, 10}
    assert P.comment_signatures(_THREAD, {}) == {}  # no removed prompt over them
    assert P.comment_signatures(_THREAD[:10], _GONE) == {}  # one signature is no numbered thread
    # the page may end on the last signature (its comment cut off)
    assert set(P.comment_signatures(_THREAD[:11], _GONE)) == {6, 10}


def test_numbered_subheadings_stay():
    # a numbered section under a removed prompt is no thread when the numbers do not run 1, 2 ...
    skipped = _THREAD[:10] + ["", "3. читатель", "", "Текст."]
    assert P.comment_signatures(skipped, _GONE) == {}
    # a signature's line holds no stop or colon, and its comment is words, not another heading
    heads = ["Комментарии", "1. Общие положения:", "Текст положения.", "2. Порядок работы:", "Текст порядка."]
    assert P.comment_signatures(heads, {0: ("x", None)}) == {}
    assert P.signature("1. Sasha") == 1 and P.signature("12) Нина Петровна") == 12
    assert not P.signature("1. Оформление заказа и оплата товара")
    assert P.comment_prompt("Добавить комментарий") and P.comment_prompt("Комментарии (2)")
    assert P.comment_prompt("3 bình luận") and not P.comment_prompt("Комментарии к статье 5 Закона")
    assert not P.comment_prompt("Отзывы")  # a shop's reviews tab may head a numbered list of its own


_RECORD = ["Районная больница", "- Номер фонда:", "- Р-70", "- Начальная дата – конечная дата:", "- 1971–2005",
           "Описи (2)"]


def test_record_fields_need_two_pairs_of_codes():
    assert set(P.record_fields(_RECORD, {})) == {1, 2, 3, 4}
    assert set(P.record_fields(_RECORD, {1: ("x", None)})) == {2, 3, 4}  # live lines only
    assert P.record_fields(_RECORD[:3] + _RECORD[5:], {}) == {}  # one pair
    # a list of "label:" items over sentences is the text's (h24vi21's shape)
    text = ["- Lý do hay hư:", "- Hoạt động quá công suất.", "- Dấu hiệu:", "- Máy tính khởi động không lên."]
    assert P.record_fields(text, {}) == {}
    assert P.field_value("- 1971–2005") and not P.field_value("- 2 стакана муки")


def _removed(text: str) -> dict[str, str]:
    doc = Cleaner(CleanOptions())(Document.from_text(text, doc_id="s/a.txt", path="s/a.txt"))
    return {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}


def test_cleaner_takes_the_signatures_and_keeps_the_comments():
    got = _removed("\n".join(_THREAD) + "\n")
    assert got.get("1. Marina") == "boilerplate.comment_signature"
    assert got.get("2. читатель") == "boilerplate.comment_signature"
    assert not any(k.startswith(("Школьники", "Отличная", "А кто")) for k in got)
