"""Other stories' headlines around the article (issue 12, tail41): ``mtpipe.clean.story_runs``.

* ``boilerplate.pointer_title``: a previous/next pointer with the title it links to (glued, or on the line under a
  lone pointer), after the article's first line of text;
* ``boilerplate.story_list``: two or more titles under a removed heading of other stories after the article's text,
  separators, dates or images between them, to the page's end.

Each positive has same-shape negatives: pointer words going on as a sentence, a subheading opening with "Next", a
pointer above the article, a lone pointer over a paragraph; titles under a heading above the article, under a
heading over the text's own sections, a sentence among the titles, other furniture between them, one title alone, a
table of contents, a programme, a list of decisions, a poem, a list of names, dated agenda items, the article's own
title and subtitle.
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.story_runs import LIST_RULE, POINTER_RULE, pointer, pointer_titles, story_list
from mtpipe.clean.ledger import unaccounted
from mtpipe.document import Document
from mtpipe.segment import Segmenter


def _run(text, policy):
    doc = Document.from_text(text, doc_id="doc.txt", path="doc.txt")
    doc = Segmenter()(Cleaner(CleanOptions(removal_policy=policy))(doc))
    assert unaccounted(doc) is None
    return doc

_VI_TEXT = [
    "Thông báo Lịch tiếp công dân của Chủ tịch HĐND huyện tại Trụ sở tiếp công dân",
    "Thực hiện Điều 107, Luật Tổ chức chính quyền địa phương năm 2015, Thường trực HĐND huyện xây dựng lịch tiếp "
    "công dân định kỳ của Chủ tịch HĐND huyện như sau.",
    "Trong các ngày tiếp dân định kỳ, HĐND huyện yêu cầu phải có lãnh đạo các cơ quan chuyên môn cùng tham dự.",
]
_RU_TEXT = [
    "Акция «Согреем детские сердца» на приходе",
    "Приход храма принял участие в благотворительной акции и собрал подарки для детей из малообеспеченных семей.",
    "Все подарки были переданы в социальный центр района в канун праздника.",
]


@pytest.mark.parametrize("line, expected", [
    ("Bài trướcNa Rì tổ chức gặp mặt động viên Y, Bác sỹ tình nguyện", "Na Rì tổ chức gặp mặt động viên Y, Bác sỹ tình nguyện"),
    ("Bài tiếp theo: Văn bản về việc thực hiện Công điện số 1063/CĐ-TTg", "Văn bản về việc thực hiện Công điện số 1063/CĐ-TTg"),
    ("Предыдущая новость", ""),
    ("Следующая статья » Праздник День Матери на приходе", "Праздник День Матери на приходе"),
    ("« Previous", ""),
    ("NEXT »", ""),
    ("Previous: The Circuit: Digital activists decry draft of computer bill",
     "The Circuit: Digital activists decry draft of computer bill"),
    # negatives: the words go on as a sentence, a subheading, a word glued in capitals, no title after the colon
    ("Следующая статья Устава определяет порядок выборов.", None),
    ("Bài trước đã nói về cách chăm sóc cây cà phê", None),
    ("Tin sau khi được xác minh đã gửi tới cơ quan chức năng", None),
    ("Next Generation Networks Are Coming Soon", None),
    ("Previously the council approved the budget", None),
    ("NEXTEL phones are here again", None),
    ("Next: Steps", None),
])
def test_pointer_shape(line, expected):
    got = pointer(line)
    assert (got[1] if got else None) == expected


def test_glued_pointers_after_the_article_go():
    lines = _VI_TEXT + ["Bài trướcNa Rì tổ chức gặp mặt động viên Y, Bác sỹ tình nguyện tham gia phòng chống dịch",
                        "Bài tiếp theoVăn bản về việc thực hiện Công điện số 1063/CĐ-TTg ngày 31/7/2021"]
    got = pointer_titles(lines, set())
    assert sorted(got) == [3, 4]
    assert all(rule == POINTER_RULE and "pointer" in note for rule, note in got.values())


def test_lone_pointer_and_its_title_go_a_removed_pointer_still_points():
    lines = _RU_TEXT + ["Предыдущая новость", "Поздравление казначея храма Сауковой Т.П. с 90-летием!",
                        "Следующая новость", "Праздник День Матери на приходе"]
    assert sorted(pointer_titles(lines, set())) == [3, 4, 5, 6]
    # the lone pointer already removed (a control rule): its title still goes, the removed line is not marked again
    assert sorted(pointer_titles(lines, {5})) == [3, 4, 6]


def test_pointer_negatives():
    # a pointer above the article's first line of text: the page's header, not judged here
    assert pointer_titles(["Предыдущая новость", "Праздник День Матери на приходе"] + _RU_TEXT[1:], set()) == {}
    # a lone pointer over a paragraph, or over a sentence with its stop: no title to take, the pointer alone goes
    para = _RU_TEXT + ["Следующая новость", "Прихожане храма вместе с настоятелем провели субботник и убрали "
                       "территорию вокруг храма, высадили деревья и покрасили ограду старого кладбища у погоста."]
    assert sorted(pointer_titles(para, set())) == [3]
    stop = _RU_TEXT + ["Следующая новость", "Прихожане провели субботник."]
    assert sorted(pointer_titles(stop, set())) == [3]
    # pointer words in the text's own sentences and a subheading opening with "Next"
    text = ["Council budget approved for the coming year",
            "The council approved the budget on Tuesday after a long debate among its members.",
            "Next Generation Networks Are Coming Soon",
            "Previously the council approved a smaller budget for the roads.",
            "The roads department said it would publish its plan next month."]
    assert pointer_titles(text, set()) == {}


_HEAD = "Tin cùng chuyên mục"
_TITLES = ["Bức ảnh công nhân đu dây bị mắc kẹt được chia sẻ trong ngày giông lốc kinh hoàng ở Hà Nội: “Mong đồng "
           "bào bình tĩnh”",
           "Thủ đoạn của cặp vợ chồng lừa đảo bán căn hộ trái phép ở TPHCM (19/07)",
           "Mưa to, gió lớn ở Hà Nội và nhiều địa phương phía Bắc có phải do ảnh hưởng bão số 3? (19/07)",
           "Giám đốc tình báo Mỹ muốn truy tố ông Obama vì cuộc bầu cử năm 2016 (19/07)"]


def _split_list(head: str = _HEAD, head_rule: str = "chrome.related", titles: list[str] = _TITLES,
                sep_rule: str = "classifier.line", sep: str = "-") -> tuple[list[str], dict]:
    lines = list(_VI_TEXT) + ["Theo Thạch Thảo (VnExpress.net)", head]
    removed = {len(lines) - 2: ("boilerplate.credit", None), len(lines) - 1: (head_rule, None)}
    for t in titles:
        lines.append(sep)
        removed[len(lines) - 1] = (sep_rule, None)
        lines.append(t)
    return lines, removed


def test_split_list_of_long_dated_titles_goes():
    lines, removed = _split_list()
    got = story_list(lines, removed)
    assert sorted(got) == [i for i, s in enumerate(lines) if s in _TITLES]
    assert all(rule == LIST_RULE and "titles under the heading" in note for rule, note in got.values())
    # date lines between the titles are a teaser's parts too
    lines, removed = _split_list(sep="19/07/2018 08:11", sep_rule="boilerplate.date_line")
    assert len(story_list(lines, removed)) == len(_TITLES)


def test_split_list_negatives():
    # one title alone
    assert story_list(*_split_list(titles=_TITLES[:1])) == {}
    # a sentence among the titles: the article may go on under a sidebar's heading
    with_text = _TITLES[:2] + ["Cơ quan chức năng đang xác minh vụ việc và sẽ công bố kết quả trong tuần tới."]
    assert story_list(*_split_list(titles=with_text)) == {}
    # other furniture between the titles (a tag line): not a list of teasers to the page's end
    assert story_list(*_split_list(sep="Từ khóa: bão, Hà Nội", sep_rule="boilerplate.tag_list")) == {}
    # a heading a heading rule took that names no stories: the text's own sections
    assert story_list(*_split_list(head="Другие способы оплаты", head_rule="boilerplate.more_heading")) == {}
    # a live heading only a word list knows (no rule took it, no grammar of stories): the article may go on under it
    lines, removed = _split_list(head="Xem thêm")
    del removed[len(_VI_TEXT) + 1]
    assert story_list(lines, removed) == {}
    # the heading above the article's text: what follows is the article's
    lines = [_HEAD, "-", _TITLES[1], "-", _TITLES[3]] + _VI_TEXT[1:]
    assert story_list(lines, {0: ("chrome.related", None), 1: ("classifier.line", None),
                              3: ("classifier.line", None)}) == {}


_OWN_LISTS = [
    # the article's own title and subtitle at the top, subheadings inside it
    ["Phát triển nông nghiệp đô thị ở Mê Linh", "Nhiều mô hình sáng tạo của nông dân ngoại thành",
     "Nông dân Mê Linh đã chuyển đổi hàng trăm héc-ta đất lúa kém hiệu quả sang trồng hoa và rau sạch.",
     "Mô hình trồng hoa công nghệ cao", "Các hộ dân đầu tư nhà kính và hệ thống tưới nhỏ giọt trong năm qua.",
     "Liên kết tiêu thụ sản phẩm với doanh nghiệp", "Hợp tác xã ký hợp đồng bao tiêu với ba doanh nghiệp lớn."],
    # a table of contents, a programme and a list of decisions closing a notice
    ["Отчёт администрации поселения за 2023 год",
     "Администрация поселения представляет отчёт о работе за прошедший год жителям поселения.",
     "Содержание", "Раздел 1. Бюджет поселения и его исполнение", "Раздел 2. Благоустройство территории поселения",
     "Раздел 3. Работа с обращениями граждан"],
    ["Chương trình hội nghị tổng kết năm học",
     "Hội nghị tổng kết năm học sẽ diễn ra tại hội trường trường THCS Lý Tự Trọng vào sáng thứ bảy.",
     "08:00 Đón tiếp đại biểu và khai mạc hội nghị", "08:30 Báo cáo tổng kết năm học 2023-2024",
     "10:00 Trao thưởng cho giáo viên và học sinh tiêu biểu"],
    ["Решения Совета депутатов от 12 марта 2024 года",
     "На заседании Совета депутатов были приняты следующие решения, которые вступают в силу со дня подписания.",
     "Решение № 12 О бюджете поселения на 2024 год", "Решение № 13 Об утверждении правил благоустройства",
     "Решение № 14 О назначении публичных слушаний по проекту устава"],
    # a poem's short lines after its introduction, a list of names, dated agenda items
    ["Стихи о родном селе", "Учитель литературы прочитала на вечере своё новое стихотворение о родном селе.",
     "Родное село над широкой рекой", "Встречает рассвет тишиной и покоем", "Здесь сердце находит свой вечный покой"],
    ["Danh sách học sinh đạt giải cấp tỉnh", "Nhà trường xin chúc mừng các em học sinh đạt giải trong kỳ thi vừa qua.",
     "Nguyễn Văn An lớp 9A giải nhất môn Toán", "Trần Thị Bình lớp 9B giải nhì môn Văn",
     "Lê Hoàng Nam lớp 8A giải ba môn Tiếng Anh"],
    ["Повестка заседания комиссии", "Заседание комиссии по делам несовершеннолетних пройдёт в администрации района.",
     "15.07 Рассмотрение материалов о профилактике правонарушений", "16.07 Отчёт отдела образования о летнем отдыхе",
     "17.07 Разное и подведение итогов заседания комиссии"],
]


@pytest.mark.parametrize("lines", _OWN_LISTS)
def test_the_texts_own_lists_stay(lines):
    assert pointer_titles(lines, set()) == {}
    assert story_list(lines, {}) == {}
    doc = _run("\n".join(lines) + "\n", "balanced")
    assert not [e for e in doc.ledger if e.rule in (POINTER_RULE, LIST_RULE)]


@pytest.mark.parametrize("policy", ["balanced", "weighed"])
def test_pointers_through_the_cleaner(policy):
    lines = _VI_TEXT + ["Bài trướcNa Rì tổ chức gặp mặt động viên Y, Bác sỹ tình nguyện tham gia phòng chống dịch",
                        "Bài tiếp theoVăn bản về việc thực hiện Công điện số 1063/CĐ-TTg ngày 31/7/2021"]
    text = "\n".join(lines) + "\n"
    doc = _run(text, policy)
    kept = "".join(doc.text[a:b] for a, b in doc.meta["kept"])
    assert "Bài trước" not in kept and "Bài tiếp theo" not in kept
    assert "Thực hiện Điều 107" in kept
    # (vi41's ``portal.prev_next`` runs first on a Vietnamese page and takes the same glued pointers: either rule,
    # with its evidence, is the ledger's account of them)
    assert any(e.rule in (POINTER_RULE, "portal.prev_next") and e.note for e in doc.ledger if e.action == "removed")


def test_a_heading_by_its_grammar_heads_the_list_removed_or_not():
    titles = ["Hà Nội chuẩn bị đón đợt không khí lạnh mạnh nhất từ đầu mùa", "Giá xăng giảm nhẹ trong kỳ điều hành chiều nay",
              "Khánh thành cây cầu mới nối hai bờ sông Hồng"]
    lines = _VI_TEXT + ["Các tin đã đưa:"] + titles
    got = story_list(lines, {})
    assert sorted(got) == [3, 4, 5, 6]
    assert all(rule == LIST_RULE for rule, _ in got.values())
    ru = _RU_TEXT + ["Все новости раздела", "В районе открыли новую библиотеку для детей",
                     "Школьники собрали три тонны макулатуры за неделю"]
    assert sorted(story_list(ru, {})) == [3, 4, 5]
    # a rubric or a noun with a topic is no heading of other stories; nor a heading above the text, nor one over text
    assert story_list(_VI_TEXT + ["Tin tức"] + titles, {}) == {}
    assert story_list(_RU_TEXT + ["Новости района"] + ru[4:], {}) == {}
    assert story_list(["Các tin đã đưa"] + titles + _VI_TEXT[1:], {}) == {}
    assert story_list(_VI_TEXT + ["Các tin đã đưa"] + titles[:1] + [_VI_TEXT[2]], {}) == {}


@pytest.mark.parametrize("policy", ["balanced", "weighed"])
def test_russian_pointers_through_the_cleaner(policy):
    lines = ["В Твери открылся новый детский сад на сто двадцать мест",
             "В микрорайоне Южный в среду открылся новый детский сад, рассчитанный на сто двадцать воспитанников.",
             "В здании оборудованы бассейн, спортивный и музыкальный залы, а также медицинский кабинет.",
             "Предыдущая новостьВ Ржеве отремонтировали мост через Волгу",
             "Следующая новостьВ Торжке прошёл фестиваль народных ремёсел"]
    doc = _run("\n".join(lines) + "\n", policy)
    kept = "".join(doc.text[a:b] for a, b in doc.meta["kept"])
    assert "Предыдущая новость" not in kept and "Следующая новость" not in kept
    assert "медицинский кабинет" in kept
    assert any(e.rule == POINTER_RULE and e.note for e in doc.ledger if e.action == "removed")
