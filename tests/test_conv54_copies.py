"""conv54 (issue 12): which copy of a text printed twice the cleaner keeps (Convention 12 of the realpages README).

The whole copy is content and a copy cut short is clutter, wherever the cut copy stands:

* ``dedupe.near`` kept the earlier of two near copies; when the earlier one is cut off with an ellipsis and the later
  one goes on past the cut, the cut copy goes instead (:func:`mtpipe.clean.structure.ellipsis_lead`; ``h29vi10``: a
  lead "… của TP Hà Nội..." over its full sentence, the spaces around a dash differing; ``html-bg-actualno``'s
  teaser "… в социални..." over its headline "… в социални общежития");
* a summary above the text that stops with a full stop where the text's own sentence goes on with a comma or a
  lower-case word goes (:mod:`mtpipe.clean.summaries`; ``h25vi08``: "… ngót 300 năm." over "… ngót 300 năm, ở đó
  …"); a title (fourteen words at most) the lead takes up, a line the text goes on from after a sentence end, and the
  page's first line stay.
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.structure import ellipsis_lead
from mtpipe.clean.summaries import goes_on
from mtpipe.document import Document

_VI_CUT = ("Ông Nguyễn Văn Bính-Phó giám đốc Công ty vận tải hành khách đường sắt Hà Nội cho biết, dự kiến từ 4/9 tới, "
           "giờ tàu khách sẽ được thay đổi để phù hợp với tình hình thực tế của TP Hà Nội...")
_VI_FULL = ("Ông Nguyễn Văn Bính - Phó giám đốc Công ty vận tải hành khách đường sắt Hà Nội cho biết, dự kiến từ 4/9 "
            "tới, giờ tàu khách sẽ được thay đổi để phù hợp với tình hình thực tế của TP Hà Nội nhằm tránh ùn tắc giao "
            "thông.")


@pytest.mark.parametrize("first,later,expected", [
    (_VI_CUT, _VI_FULL, True),                                                     # h29vi10
    ("Община Хасково осигури компютри и таблети на деца в социални...",
     "Община Хасково осигури компютри и таблети на деца в социални общежития", True),  # html-bg-actualno
    ("Глава района провёл приём граждан по личным вопросам в здании администрации…",
     "Глава района провёл приём граждан по личным вопросам в здании администрации поселения.", True),  # "…" glyph
    ("Sở Y tế tỉnh vừa có văn bản gửi các bệnh viện về việc tăng cường phòng chống dịch [...]",
     "Sở Y tế tỉnh vừa có văn bản gửi các bệnh viện về việc tăng cường phòng chống dịch sốt xuất huyết.", False),
    # "[...]" is no bare ellipsis at the line's end: left to the rules before (a site's cut mark in brackets)
    (_VI_FULL, _VI_CUT, False),                    # the cut copy comes second: the near rule drops it as before
    ("Глава района провёл приём граждан по личным вопросам в здании администрации",
     "Глава района провёл приём граждан по личным вопросам в здании администрации.", False),  # no cut: a plain copy
    ("Отдыхали в этом отеле со 2 по 16 сентября, всё понравилось...",
     "Отдыхали в этом отеле со 2 по 16 сентября, всё понравилось, вернёмся...", False),  # both cut: two teasers
    ("Отдыхали в этом отеле со 2 по 16 сентября, всё понравилось, номер чистый...",
     "Отдыхали в этом отеле со 2 по 16 сентября, всё понравилось", False),  # the later one is shorter
])
def test_ellipsis_lead(first, later, expected):
    assert ellipsis_lead(first, later) is expected


_SAPO = ("“Ai về mua vại Hương Canh. Ai về mình gửi cho anh với nàng”. Cách thủ đô Hà Nội không xa, có một làng nghề "
         "làm gốm tuổi đời ngót 300 năm.")
_BODY = ("“Ai về mua vại Hương Canh. Ai về mình gửi cho anh với nàng”. Cách thủ đô Hà Nội không xa, có một làng nghề "
         "làm gốm tuổi đời ngót 300 năm, ở đó người dân vẫn đang giữ gìn nghề thủ công truyền thống của cha ông, đó "
         "là làng gốm Hương Canh.")
_RU_SAPO = ("В деревне Игумново Можайского округа завершили строительство газопровода, к которому смогут подключиться "
            "около 160 местных жителей.")
_RU_BODY = ("В деревне Игумново Можайского округа завершили строительство газопровода, к которому смогут подключиться "
            "около 160 местных жителей, сообщили в пресс-службе администрации округа.")


@pytest.mark.parametrize("line,full,expected", [
    (_SAPO, _BODY, True),                                                          # h25vi08
    (_RU_SAPO, _RU_BODY, True),                                                    # the same shape, a comma
    (_RU_SAPO, _RU_SAPO[:-1] + " и оформить заявку на подключение в личном кабинете до конца года.", True),  # a word
    (_RU_SAPO, _RU_SAPO + " Работы велись с весны по программе газификации области.", False),  # after a sentence end
    ("Ai về mua vại Hương Canh.", "Ai về mua vại Hương Canh, một làng nghề gốm tuổi đời ngót 300 năm ở Vĩnh Phúc.",
     False),                                                                       # a short title the lead extends
    (_RU_SAPO, _RU_SAPO[:-1] + ", сообщили.", False),                              # too little more: no summary
    (_RU_SAPO, _RU_SAPO[:-1] + ", сообщили в пресс-службе администрации округа", False),  # the text ends no sentence
    (_RU_SAPO[:-1] + "...", _RU_BODY, False),                                      # an ellipsis: the other rules' cut
    (_SAPO, "Cách thủ đô Hà Nội không xa, có một làng nghề làm gốm tuổi đời ngót 300 năm, ở đó người dân vẫn giữ nghề.",
     False),                                                                       # the text does not open with it
])
def test_goes_on(line, full, expected):
    assert goes_on(line, full) is expected


def _removed(text: str, policy: str) -> dict[str, str]:
    doc = Cleaner(CleanOptions(removal_policy=policy))(Document.from_text(text, doc_id="s/a.txt", path="s/a.txt"))
    return {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}


_TAIL = ("Các đoàn tàu cũng sẽ dừng đỗ ở nhiều ga hơn để đón tiễn hành khách.",
         "Đối với chiều Sài Gòn - Hà Nội, tàu SE2 xuất phát tại ga Sài Gòn lúc 19h30, đến Hà Nội lúc 4h50.")


@pytest.mark.parametrize("policy", ["balanced", "weighed"])
def test_the_whole_copy_stays_in_the_cleaner(policy):
    got = _removed("\n\n".join(["Thay đổi giờ tàu, tránh ùn tắc giao thông", _VI_CUT, _VI_FULL, *_TAIL]), policy)
    assert got.get(_VI_CUT) == "dedupe.truncated_lead" and _VI_FULL not in got
    got = _removed("\n\n".join(["Gốm Hương Canh - Sức sống làng nghề thủ công truyền thống", _SAPO, _BODY,
                                "Nghề gốm ở Hương Canh có từ thế kỷ XVIII, do các nghệ nhân từ nơi khác đến truyền dạy."]),
                   policy)
    assert got.get(_SAPO) == "dedupe.truncated_lead" and _BODY not in got


@pytest.mark.parametrize("policy", ["balanced", "weighed"])
def test_a_title_the_text_opens_with_stays(policy):
    title = "Ai về mua vại Hương Canh, ai về mình gửi cho anh với nàng: làng gốm ngót 300 năm tuổi ở Vĩnh Phúc."
    got = _removed("\n\n".join([title, title[:-1] + ", nơi người dân vẫn giữ nghề thủ công của cha ông suốt ba thế "
                                "kỷ qua.", *_TAIL]), policy)
    assert title not in got  # the page's first line: its title, whatever it holds (Convention 1)
