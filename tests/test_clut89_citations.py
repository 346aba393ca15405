"""clut89: two classes of held50's clutter left, by their class's words.

* ``boilerplate.site_footer`` (:func:`mtpipe.clean.citation_requests.citation_request` in
  :func:`~mtpipe.clean.ru_portal.footer_line`): a site's request to cite it when its information is used, the notice's
  frame (a noun of using/quoting/reprinting and a noun of what a site publishes, opening the line, and a demand for
  the reference) in other words than "материалы" (h50ru10's "При использовании информации просьба ссылаться на …");
  the Vietnamese portals' "Ghi rõ nguồn … khi phát hành lại thông tin …".  Only outside the article's text.
* ``portal.position_caption`` (:mod:`mtpipe.clean.vi_captions47`): a photo caption whose position marker introduces
  the people's names after a colon ("(từ trái sang): TS. A, TS. B", h50vi12), Russian "(слева направо): …" too.

Positives are made up; the negatives are the nearest content shapes (a sentence of the text about citing, the
subject first; a speech's colon after the verb; a list announced with nothing after the colon; a Russian sentence
placing a person; two sentences).
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.citation_requests import citation_request
from mtpipe.clean.ru_portal import footer_line
from mtpipe.clean.vi_captions47 import POSITION, position_caption
from mtpipe.document import Document

_RU = ("В деревне Будилово уже пять лет местные власти не могут толком отремонтировать водопровод.",
       "Раз в неделю в Будилово привозят цистерну воды – восемь тонн на 250 жителей деревни.",
       "Жители просят администрацию района ускорить ремонт и назвать точные сроки работ.")
_VI = ("Ngày 18/12/2024, Viện đã long trọng tổ chức Hội nghị Tổng kết công tác năm 2024 tại Hội trường tầng 1.",
       "Hội nghị chào đón sự có mặt của lãnh đạo Viện Hàn lâm và đại diện các ban, đơn vị trực thuộc.",
       "Sau phần chào cờ, Hội nghị đã bầu Đoàn Chủ tịch điều hành cuộc họp gồm 03 đồng chí.")


def _removed(text: str, policy: str) -> dict[str, str]:
    doc = Cleaner(CleanOptions(removal_policy=policy))(Document.from_text(text, doc_id="s/a.txt", path="s/a.txt"))
    return {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}


@pytest.mark.parametrize("line", [
    "При использовании информации просьба ссылаться на пресс-службу администрации города.",
    "Использование информации сайта возможно только со ссылкой на источник.",
    "При цитировании новостей ссылка на сайт обязательна",
    "Полное или частичное копирование статей запрещено.",
    "При перепечатке фото и видео активная гиперссылка на портал обязательна.",
    "Ghi rõ nguồn \"Cổng thông tin điện tử huyện\" khi phát hành lại thông tin từ website này.",
    "Đề nghị ghi rõ nguồn khi trích dẫn nội dung từ trang này",
])
def test_citation_request(line):
    assert citation_request(line)
    assert footer_line(line) == "reprint"


@pytest.mark.parametrize("line", [
    "Журналисты при использовании информации из соцсетей обязаны давать ссылку на источник.",  # the subject first
    "При использовании бытовой техники соблюдайте правила безопасности.",  # no publication, no reference
    "Использование информации о клиентах без их согласия",  # no publication noun near the verb... a law's title
    "При использовании информационных систем ведомства ссылаться на регламент не нужно — он устарел, сказал министр и "
    "добавил, что новые правила вступят в силу с января следующего года, а старые перестанут действовать сразу.",
    "Ghi rõ nguồn gốc xuất xứ của hàng hóa là yêu cầu bắt buộc.",  # the origin of goods, no reuse
    "Khi phát hành lại thông tin, cơ quan báo chí phải ghi rõ nguồn.",  # the order of a sentence, not the footer's
])
def test_not_a_citation_request(line):
    assert not citation_request(line)


@pytest.mark.parametrize("policy", ["balanced", "weighed"])
def test_citation_request_after_the_text_goes_inside_it_stays(policy):
    note = "При использовании информации просьба ссылаться на Управление информационной политики."
    assert _removed("\n".join([*_RU, note, "Пятница, 17 сентября 2021, 16:12"]), policy).get(note) \
        == "boilerplate.site_footer"
    assert note not in _removed("\n".join([_RU[0], _RU[1], note, _RU[2]]), policy)


@pytest.mark.parametrize("line", [
    "Đoàn Chủ tịch Hội nghị (từ trái sang): TS. Hoàng Kim Khuyên, TS. Phạm Thị Thúy Nga, TS. Nguyễn Linh Giang",
    "Các đại biểu (từ trái qua phải): PGS.TS. Nguyễn Văn A, ThS. Trần Thị B và ông Lê Văn C",
    "Участники совещания (слева направо): Иван Петров, Анна Сидорова, Олег Смирнов",
    "На фото (слева направо): И. Петров, А. Сидорова и глава района",
])
def test_listed_position_caption(line):
    assert position_caption(line)


@pytest.mark.parametrize("line", [
    "Những người tham gia (từ trái sang):",  # announces a list on the next lines
    "Ông A (thứ hai từ trái) nói: Chúng tôi sẽ tiếp tục hỗ trợ bà con",  # a speech's colon after the verb
    "Иван Петров (слева) рассказал журналистам о планах на будущий год.",  # ru: only the listed form
    "Состав жюри (слева направо): председатель Иван Петров. Он рассказал о конкурсе.",  # two sentences
    "Порядок выступлений (слева направо): «Первый», «Второй»",  # quotes
    "Участники (слева направо): кто они?",  # a question
])
def test_not_a_listed_position_caption(line):
    assert not position_caption(line)


@pytest.mark.parametrize("policy", ["balanced", "weighed"])
def test_listed_position_caption_in_the_cleaner(policy):
    vi = "Đoàn Chủ tịch Hội nghị (từ trái sang): TS. Hoàng Kim Khuyên, TS. Phạm Thị Thúy Nga, TS. Nguyễn Linh Giang"
    assert _removed("\n".join([_VI[0], _VI[1], vi, _VI[2]]), policy).get(vi) == POSITION
    ru = "Участники совещания (слева направо): Иван Петров, Анна Сидорова, Олег Смирнов"
    assert _removed("\n".join([_RU[0], _RU[1], ru, _RU[2]]), policy).get(ru) == POSITION
    title = "Участники форума (слева направо): Петров, Сидорова, Смирнов"  # before any sentence: the title stays
    assert title not in _removed("\n".join([title, *_RU]), policy)
