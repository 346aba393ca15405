"""clut78 (issue 12): held46's clutter left at an article's edges, by class (mtpipe.clean.page_edges).

* a Russian paper's byline with its correspondent title, under the text ("И. КУНИЦКАЯ, наш корр.") ->
  ``boilerplate.closing_signature``;
* a Russian site's call to witnesses to send news to the site ("Если Вы стали свидетелем …, сообщите об этом в ленте
  народных новостей") -> ``boilerplate.reader_prompt``;
* a rubric between lines of the text that heads no text (the line under it removed, none sentence above) ->
  ``boilerplate.press_rubric``;
* a Vietnamese body's name signing the page under its last sentence ("Ban giám hiệu Trường mầm non Họa Mi") ->
  ``portal.closing_body``;
* the breadcrumb's next item under a removed home link ("Trang chủ" / "Quá trình hình thành và phát triển") ->
  ``chrome.crumb_tail``.

Made-up examples of each class, and negatives of the nearest content shapes: a sentence naming a correspondent, a
police's call in a crime story, a one-word subheading over its text, an institution's name as a heading with text
under it, a list of bodies under a colon, a title right above the text under a home link.
"""

import pytest

from mtpipe.clean import Cleaner, CleanOptions, unaccounted
from mtpipe.clean.page_edges import (body_name, closing_bodies, correspondent_byline, crumb_tails, page_edges,
                                     witness_call)
from mtpipe.clean.ru_closing import closing_signature, press_rubrics, signature_line
from mtpipe.clean.ru_edges import reader_prompt
from mtpipe.document import Document
from mtpipe.segment import Segmenter

_RU = ["Ремонт освещения в хуторе завершат к зиме",
       "Администрация поселения ведёт работы по ремонту уличного освещения в хуторе Светлом.",
       "Из-за сильного ветра светильники часто выходят из строя, поэтому их заменят на новые."]
_VI = ["Thông báo học phí năm học mới của trường",
       "Nhà trường thông báo mức học phí năm học mới áp dụng từ tháng chín cho tất cả các lớp.",
       "Quý phụ huynh vui lòng đóng học phí trước ngày mười lăm hằng tháng tại văn phòng trường."]


@pytest.mark.parametrize("line", [
    "И. КУНИЦКАЯ, наш корр.",  # h46ru10
    "И.П. СИДОРОВ, соб. корр.",
    "Ирина ПЕТРОВА, наш корреспондент",
    "А. Смирнов, спецкор",
    "Наш корр. В. ИВАНОВ",
])
def test_correspondent_byline(line):
    assert correspondent_byline(line)
    assert signature_line(line) == "name"


@pytest.mark.parametrize("line", [
    "Корреспондент федерального издания о благовещенских пробках",  # held22's content line
    "Наш корреспондент побывал на открытии новой школы.",  # a sentence naming a correspondent, no name
    "И. Кунницкая, наш корреспондент, побывала на празднике в хуторе.",  # a sentence with the name
    "Ирина Петрова, директор школы",  # a name with a post: not the paper's correspondent
    "Наш корр.",
])
def test_not_correspondent_byline(line):
    assert not correspondent_byline(line)


def test_correspondent_signs_only_under_the_text():
    assert sorted(closing_signature([*_RU, "И. КУНИЦКАЯ, наш корр."], {}, "ru")) == [3]
    # over the text it is no closing signature (the byline rules' business)
    assert closing_signature(["И. КУНИЦКАЯ, наш корр.", *_RU], {}, "ru") == {}


@pytest.mark.parametrize("line", [
    "Если Вы стали свидетелем аварии, пожара, необычного погодного явления, провала дороги или прорыва теплотрассы, "
    "сообщите об этом в ленте народных новостей.",  # h46ru06
    "Если вы стали свидетелем ДТП, пришлите фото и видео нам в WhatsApp.",
    "Если вы стали очевидцем происшествия, напишите в редакцию.",
    "Если вы стали свидетелем интересного события, присылайте нам фото и видео.",
])
def test_witness_call(line):
    assert witness_call(line)
    assert reader_prompt(line)


@pytest.mark.parametrize("line", [
    # the police's or a ministry's advice in a crime story: the addressee is not the site
    "Если вы стали свидетелем преступления, сообщите в полицию по телефону 102.",
    "Если вы стали свидетелем ДТП, позвоните по номеру 112.",
    "Если вы стали свидетелем пожара, звоните в МЧС.",
    # a sentence of a story
    "Если вы стали свидетелем чуда, это ещё не значит, что вам поверят.",
    "Он стал свидетелем аварии и сообщил об этом в редакцию.",
])
def test_not_witness_call(line):
    assert not witness_call(line)


_RUBRIC_TEXT = ["Как живёт затопленная деревня в Омской области",
                "Мы побывали в деревне через три дня после начала наводнения, и вода всё ещё прибывает.",
                "12 апреля 2024, 11:25", "Репортаж", "Как живёт затопленная деревня в Омской области",
                "Павлоградский район граничит с Казахстаном, это один из самых южных районов области.",
                "Наш пункт назначения — деревня, где местные жители третьи сутки откачивают воду."]


def test_rubric_heading_nothing_goes():
    # h46ru07's shape: a date line removed above, the headline's copy removed under it
    assert sorted(press_rubrics(_RUBRIC_TEXT, {2: ("boilerplate.date_line", None), 4: ("dedupe.exact", None)},
                                "ru")) == [3]


@pytest.mark.parametrize("lines,removed", [
    # a one-word subheading under a paragraph, over its text: kept
    ([_RU[1], "Справка", _RU[2]], {}),
    # over a removed photo credit, but under a paragraph's sentence: the section's heading
    ([_RU[1], "Комментарий", "Фото: пресс-служба", _RU[2]], {2: ("boilerplate.credit", None)}),
    # the line under it live: it heads that text
    ([_RU[1], "12 апреля 2024", "Репортаж", _RU[2], _RU[1]], {1: ("boilerplate.date_line", None)}),
])
def test_rubric_heading_text_stays(lines, removed):
    assert press_rubrics(lines, removed, "ru") == {}


@pytest.mark.parametrize("line", [
    "Ban giám hiệu Trường mầm non Họa Mi",  # h46vi12
    "Ban MVTT Giáo xứ Tân Hương,",  # h33vi15
    "Văn phòng Chương trình Tiêm chủng mở rộng",  # t28vi67
    "Viện Vệ sinh dịch tễ Trung ương",
    "Nhà trường THCS Nguyễn Du",
])
def test_body_name(line):
    assert body_name(line)


@pytest.mark.parametrize("line", [
    "Ban giám hiệu đã họp với phụ huynh",  # a sentence
    "Trường được thành lập năm 1960.",
    "Ban tổ chức: 0905 123 456",
    "Ông Nguyễn Văn An",
    "Phòng",
])
def test_not_body_name(line):
    assert not body_name(line)


@pytest.mark.parametrize("tail,taken", [
    (["Ban giám hiệu Trường mầm non Họa Mi"], [3]),
    (["Văn phòng Chương trình Tiêm chủng mở rộng", "Viện Vệ sinh dịch tễ Trung ương"], [3, 4]),
    # an institution's name heading text under it: the text goes on
    (["Trường Tiểu học Thái Phiên", "Trường được thành lập năm 1960, tiền thân là trường cấp hai của thị xã."], []),
    # a list of bodies under a colon: the text's list
    (["Các đơn vị phối hợp gồm:", "Trung tâm Y tế huyện", "Phòng Giáo dục huyện"], []),
    # three names: a list, no signature
    (["Ban giám hiệu Trường A", "Phòng Giáo dục huyện", "Sở Giáo dục tỉnh"], []),
    # the body over a line that is no body's name
    (["Ban giám hiệu Trường mầm non Họa Mi", "Xem thêm"], []),
])
def test_closing_bodies(tail, taken):
    assert sorted(closing_bodies([*_VI, *tail], {})) == taken


def test_closing_bodies_needs_text_above():
    assert closing_bodies(["Danh sách đơn vị.", "Ban giám hiệu Trường A"], {}) == {}
    assert page_edges([*_VI, "Ban giám hiệu Trường mầm non Họa Mi"], {}, "ru") == {}  # Vietnamese pages only


@pytest.mark.parametrize("lines,removed,taken", [
    (["Trang chủ", "Quá trình hình thành và phát triển", "Sơ lược quá trình phát triển của trường.", *_VI[1:]],
     {0}, [1]),  # h46vi14
    (["• Home", "• Góc Giáo Viên", "• XÂY DỰNG THỰC ĐƠN CHO TRẺ", *_VI[1:]], {0}, [1]),  # t29vi01
    (["Главная", "Документы", "Положение о конкурсе", *_RU[1:]], {0}, [1]),
    # the home link live: no trail the page's rules saw
    (["Trang chủ", "Quá trình hình thành và phát triển", *_VI], set(), []),
    # right above the text: the page's title
    (["Trang chủ", "Giới thiệu về trường", *_VI[1:]], {0}, []),
    # a sentence, a date: no crumb
    (["Trang chủ", "Cập nhật lúc 10 giờ", *_VI], {0}, []),
    (["Trang chủ", "Trường thông báo lịch học.", *_VI], {0}, []),
])
def test_crumb_tails(lines, removed, taken):
    assert sorted(crumb_tails(lines, {i: ("chrome.nav", None) for i in removed})) == taken


def _run(text, policy):
    doc = Document.from_text(text, doc_id="doc.txt", path="doc.txt")
    doc = Segmenter()(Cleaner(CleanOptions(removal_policy=policy))(doc))
    assert unaccounted(doc) is None
    return doc


@pytest.mark.parametrize("policy", ["balanced", "weighed"])
def test_through_the_cleaner(policy):
    doc = _run("\n".join([*_RU, "И. КУНИЦКАЯ, наш корр."]) + "\n", policy)
    removed = {e.text.strip(): e.rule for e in doc.ledger if e.action == "removed"}
    assert removed.get("И. КУНИЦКАЯ, наш корр.") == "boilerplate.closing_signature"
    assert not [t for t in _RU if t in removed]
    doc = _run("\n".join([*_VI, "Ban giám hiệu Trường mầm non Họa Mi"]) + "\n", policy)
    removed = {e.text.strip(): e.rule for e in doc.ledger if e.action == "removed"}
    assert removed.get("Ban giám hiệu Trường mầm non Họa Mi") == "portal.closing_body"
    assert not [t for t in _VI if t in removed]
