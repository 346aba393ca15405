"""cp64, twenty-ninth session: real news lines the content probe's dev part lost, by class (issue 12, probe58).

* a line of a speech quoted across lines (opened on the line before or on the line itself and left open, closed on
  the line or the next) is a part of the speech, no copy (``quoted_speech.inside_quotation``, a guard of
  ``dedupe.exact`` and ``dedupe.contained``; probe58 ``--layout sent`` dev ``ru-99855``, ``ru-1177``; a quote over
  two paragraphs as Russian news sites print one, «… ⏎ …», — сказал он);
* two items of one pattern with terms swapped may differ by a numeral only added (a formula's index or charge, "ZnO 2
  2-"): still items, no near copy (``minimal_pairs.swapped_terms``; probe58 ``--layout sent`` dev ``vi-21478226``).

Negatives: a pager's "« Previous" / title / "Next »", a pull quote printed whole twice, a line inside a quote the next
line does not close; a copy with words added, a teaser with a counter.  The pages are written for these tests."""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.minimal_pairs import swapped_terms
from mtpipe.clean.quoted_speech import inside_quotation
from mtpipe.document import Document

POLICIES = ("balanced", "weighed")


def _removed(lines: list[str], policy: str) -> dict[str, str]:
    doc = Cleaner(CleanOptions(removal_policy=policy))(
        Document.from_text("\n".join(lines), doc_id="site/a.txt", path="site/a.txt"))
    return {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}


# --- a line of a speech quoted across lines --------------------------------------------------------------------------

_SAYING = "Время способно изменить что угодно."
_QUOTED = [
    # the quotation opened on the line before, closed on the line after (ru, «»)
    ("Уже в аэропорту музыкант сказал журналистам, что «многое изменилось за последние несколько лет.", _SAYING,
     "Мы очень рады, что мы здесь, и надеемся, что концерт будет прекрасным»."),
    # the line opens it, the next closes it before the attribution (ru, straight marks)
    ("Согласно сообщению, он уже написал заявление об уходе по собственному желанию.",
     "\"Я выразила ему недоверие и сказала, что с ним работать не буду.",
     "Он написал заявление на увольнение и со следующей недели в администрации не работает\", — сказала она."),
    # the line closes the quotation the line before opened (vi, “”)
    ("Ông Minh cho biết: “Chúng tôi đã chuẩn bị kỹ cho mùa lũ năm nay.",
     "Người dân sẽ được sơ tán trước khi nước lên”, ông nói.", "Mưa lớn dự kiến kéo dài đến cuối tuần."),
    # a quote over two paragraphs, the attribution after it
    ("«Это наш первый визит в вашу страну, и мы очень рады быть здесь.",
     "Спасибо, что ждали нас так долго», — сказал он в обращении к поклонникам.", "Концерт пройдёт сегодня."),
]
_NOT_QUOTED = [
    ("« Previous", "EU Looks to Scare Smokers", "Next »"),  # a pager's marks stand free
    ("Он сказал:", "«Время способно изменить что угодно».", "Концерт прошёл успешно."),  # a pull quote, whole
    ("Музыкант сказал, что «многое изменилось.", _SAYING, "Концерт прошёл успешно."),  # nothing closes it after
    ("Концерт прошёл успешно.", _SAYING, "Мы очень рады, что мы здесь»."),  # nothing opened it before
    (None, _SAYING, None),
]


@pytest.mark.parametrize("before,line,after", _QUOTED)
def test_a_line_of_a_speech_quoted_across_lines(before, line, after):
    assert inside_quotation(before, line, after)


@pytest.mark.parametrize("before,line,after", _NOT_QUOTED)
def test_free_marks_whole_quotes_and_unclosed_ones_are_no_speech_across_lines(before, line, after):
    assert not inside_quotation(before, line, after)


_RU_NARRATION = ("И, как и в их песне о времени, музыканты наконец дожили до того дня, когда страна изменила "
                 "отношение к их музыке.")


@pytest.mark.parametrize("policy", POLICIES)
def test_a_speech_line_said_before_stays_and_a_plain_copy_goes(policy):
    before, line, after = _QUOTED[0]
    page = ["Музыканты впервые выступили на острове", "Концерт собрал до полумиллиона зрителей.", _SAYING,
            _RU_NARRATION, before, line, after]
    assert _SAYING not in _removed(page, policy)  # the second copy is a part of the quote
    plain = page[:4] + ["Концерт прошёл без происшествий, сообщила полиция города.", _SAYING,
                        "Музыканты уехали на следующий день."]
    assert _removed(plain, policy).get(_SAYING) == "dedupe.exact"


# --- a numeral added among swapped terms ------------------------------------------------------------------------------

_ALKALI = "Rót từ từ dung dịch kiềm đến dư vào dung dịch chứa a mol muối Al 3+ (hoặc Zn 2+ )."
_ACID = "Rót từ từ dung dịch axit đến dư vào dung dịch chứa a mol muối AlO 2 - (hoặc ZnO 2 2- )."
_COPPER = "Nhỏ vài giọt dung dịch NaOH vào ống nghiệm chứa muối Cu 2+ thì thu được kết tủa màu xanh lam."
_SILVER = "Nhỏ vài giọt dung dịch NaOH vào ống nghiệm chứa muối Ag + thì thu được kết tủa màu nâu đen."


@pytest.mark.parametrize("first,later", [(_ALKALI, _ACID), (_COPPER, _SILVER)])
def test_items_of_one_pattern_with_a_numeral_added(first, later):
    assert swapped_terms(first, later, 2)


@pytest.mark.parametrize("first,later", [
    (_ALKALI, _ALKALI.replace("(hoặc", "mới (hoặc")),  # a word added: a copy reworded
    (_ACID, _ACID.replace("axit", "axit loãng").replace("AlO", "AlO 3")),  # a word and a numeral added, one swap
    ("Giá vàng hôm nay tăng mạnh ở cả hai miền sau kỳ nghỉ Tết Nguyên đán.",
     "Giá vàng hôm nay tăng mạnh ở cả hai miền sau kỳ nghỉ Tết Nguyên đán 12."),  # a counter glued
])
def test_a_numeral_added_to_a_copy_makes_no_pattern(first, later):
    assert not swapped_terms(first, later, 1)
