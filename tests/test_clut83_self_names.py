"""clut83 (issue 12): a site naming itself outside the article; a breadcrumb glued into one line with the title.

``boilerplate.site_self`` and ``chrome.glued_crumb`` (:mod:`mtpipe.clean.self_names`).  Positives, made up in the
shapes of the dev pages (a magazine's description in its header, a magazine's quoted name over the article, a
newspaper's kind and name as its host spells it, a home link glued to a rubric and the title).  Negatives, the
nearest content shapes: a headline with the outlet as its subject and a verb, "báo cáo" (a report) and "báo chí"
(the press), a table's cells, the outlet's name right above the text (a page about the outlet), the same line inside
the text, an issue's citation, a title opening with a home link's word, a section named "Home & Garden", a crumb whose
end is no line of the page.
"""

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.self_names import CRUMB_RULE, SELF_RULE, glued_crumbs, self_description, self_descriptions
from mtpipe.clean.site_names import host_labels
from mtpipe.document import Document

_RU = ["Субботник в сельском поселении",
       "В субботу жители поселения вышли на уборку улиц и дворов после долгой зимы.",
       "Собрали больше двадцати мешков мусора и высадили у школы молодые липы."]
_VI = ["Hội thi văn nghệ quần chúng năm 2024",
       "Sáng ngày 12/5, huyện tổ chức hội thi văn nghệ quần chúng với sự tham gia của mười hai đội.",
       "Các tiết mục ca ngợi quê hương, đất nước và con người được khán giả nhiệt liệt cổ vũ."]


def _self(lines: list[str], host: str = "", removed: dict | None = None) -> list[int]:
    got = self_descriptions(lines, removed or {}, host)
    assert all(rule == SELF_RULE for rule, _ in got.values())
    return sorted(got)


@pytest.mark.parametrize("lines,host,taken", [
    # a magazine describing itself in the header, over the title (ag25.ru's shape)
    (["Журнал о рыбалке и жизни на природе", *_RU], "", [0]),
    (["Газета для тех, кто любит свой город", "Рубрика", *_RU], "", [0]),
    # its quoted name, a sentence about it (ruchina.org's shape), above the title
    (["Журнал «Сельская новь» выходит при поддержке областного фонда.", *_RU], "", [0]),
    (["Еженедельная газета «Заря»", *_RU], "", [0]),
    # the kind and the name as the host spells it (giaoduc.edu.vn's and baochinhphu.vn's shapes), over the title
    (["Tạp chí Văn Nghệ", *_VI], "vannghe.vn", [0]),
    (["Báo điện tử Đồng Tháp", "Tin tức", *_VI], "baodongthap.vn", [0]),
    # under the text, in the footer
    ([*_RU, "Сетевое издание «Вести поселения»"], "", [3]),
    ([*_VI, "Trang thông tin điện tử về văn hóa cơ sở"], "", [3]),
])
def test_self_descriptions(lines, host, taken):
    assert _self(lines, host) == taken


@pytest.mark.parametrize("lines,host", [
    # a headline with the outlet as its subject and a verb; a report, the press
    (["Портал ДВхаб опубликовал поздравление с Новым годом", *_RU[1:]], ""),
    (["Báo điện tử Việt Nam đã khẳng định vị thế", *_VI], ""),
    (["Báo cáo tổng kết năm 2024", *_VI], ""),
    (["Báo về cho gia đình ngay khi có kết quả", *_VI], ""),
    (["Báo chí cách mạng Việt Nam", *_VI], "baochi.vn"),
    # the outlet's name right above the text: the title of a page about the outlet
    (["Tạp chí Văn Nghệ", "Tạp chí Văn Nghệ ra số đầu tiên vào năm 1948 và nay là cơ quan của hội.", *_VI[1:]],
     "vannghe.vn"),
    # the same kind of line inside the text: the text's own words
    ([*_RU[:2], "Журнал «Огонёк» писал об этом ещё в 1990 году, но никто не поверил.", *_RU[2:]], ""),
    ([*_RU[:2], "Журнал о рыбалке", *_RU[2:]], ""),
    # a sentence naming a magazine under a heading above the text (a lead of the page's own), or under the text
    (["Рейтинг", "Журнал «Эксперт» опубликовал рейтинг крупнейших компаний.", "Топ-10", *_RU[1:]], ""),
    ([*_RU, "Журнал «Огонёк» писал об этом ещё в девяностом году."], ""),
    # an issue's citation (metadata of a source, not the site), a table's cells, a question
    (["Журнал \"Путешественник\". - 1996. - №3. - С.14-22.", *_RU], ""),
    (["Портал госуслуг | 24/7 |", *_RU], ""),
    (["Журнал о чём?", *_RU], ""),
    # a name that is no host label; no host known
    (["Tạp chí Văn Nghệ", *_VI], "baomoi.com"),
    (["Tạp chí Văn Nghệ", *_VI], ""),
    # a page with no line of text
    (["Журнал о рыбалке", "Рубрика", "Новости"], ""),
])
def test_not_self_descriptions(lines, host):
    assert _self(lines, host) == []


def test_self_description_shape():
    labels = frozenset(host_labels("baochinhphu.vn"))
    assert self_description("Báo Điện tử Chính phủ", labels)
    assert self_description("VietnamNet, Báo điện tử hàng đầu", frozenset(host_labels("vietnamnet.vn")))
    assert not self_description("Chính phủ họp phiên thường kỳ", labels)
    assert not self_description("Журналист «Вестей» рассказал о поездке")
    assert not self_description("Журнал «Огонёк» писал об этом ещё в 1990 году")


@pytest.mark.parametrize("lines,taken", [
    (["Главная Политика и общество Почему школы закрыли на карантин", "Почему школы закрыли на карантин",
      *_RU[1:]], [0]),
    (["Домой Полезные советы Как выбрать рыбу на рынке. Советы повара", "Как выбрать рыбу на рынке. Советы повара",
      *_RU[1:]], [0]),
    (["Trang chủ Tin tức Hội thi văn nghệ quần chúng năm 2024", *_VI], [0]),
    (["• Home News Why the school closed for a week", "Why the school closed for a week", *_RU[1:]], [0]),
])
def test_glued_crumbs(lines, taken):
    got = glued_crumbs(lines, {})
    assert sorted(got) == taken and all(rule == CRUMB_RULE for rule, _ in got.values())


@pytest.mark.parametrize("lines", [
    # a title opening with a home link's word; a section "Home & Garden"; the crumb's end is no line of the page
    (["Главная задача поселения — чистые улицы", *_RU[1:]]),
    (["Home & Garden", "Garden", *_RU[1:]]),
    (["Главная Политика и общество Почему школы закрыли", *_RU]),
    # the title's copy is too short (two words), or too much between the home link and it
    (["Главная Новости Субботник прошёл", "Субботник прошёл", *_RU[1:]]),
    (["Главная раз два три четыре пять шесть семь восемь девять десять Субботник в сельском поселении",
      *_RU]),
])
def test_not_glued_crumbs(lines):
    assert glued_crumbs(lines, {}) == {}


def test_removed_lines_skipped():
    lines = ["Главная Новости Субботник в сельском поселении", *_RU]
    assert glued_crumbs(lines, {1: ("dedupe.exact", None)}) == {}
    assert _self(["Журнал о рыбалке", *_RU], removed={0: ("boilerplate.x", None)}) == []


def _removed(text: str, doc_id: str) -> dict[str, str]:
    doc = Cleaner(CleanOptions())(Document.from_text(text, doc_id=doc_id, path=doc_id))
    return {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}


def test_page():
    removed = _removed("\n".join(["Журнал о рыбалке и жизни на природе", "Рыбалка", *_RU]) + "\n", "a.txt")
    assert removed.get("Журнал о рыбалке и жизни на природе") == SELF_RULE
    assert not set(removed) & set(_RU)
    # a title of over eight words (a shorter one: tests/test_alt84_crumb_titles.py)
    title = "Почему жители сельского поселения вышли на субботник в первую же субботу"
    removed = _removed("\n".join([f"Главная Новости {title}", title, *_RU[1:]]) + "\n", "b.txt")
    assert removed.get(f"Главная Новости {title}") == CRUMB_RULE
    assert not set(removed) & {title, *_RU}


# ``chrome.site_pointer`` (:mod:`mtpipe.clean.site_pointers`): a pointer to another page with a lead clause
from mtpipe.clean.site_pointers import RULE as POINTER_RULE, site_pointer, site_pointers  # noqa: E402


@pytest.mark.parametrize("line", [
    "Если вы хотите купить дачу — читайте статью: Как выбрать участок",
    "А о том, как подготовиться к ЕГЭ, читайте нашу статью: Пять советов выпускнику",
    "Подробнее смотрите в программе «Утро на Неве».",
    "Все подробности смотрите в сюжете «Новости района»",
    "Nếu bạn muốn xem thêm các món ăn khác, bạn hãy truy cập tại đây: https://example.vn/mon-an/",
    "Mời bạn truy cập ở đây",
    "Hoặc xem nhiều bài mẫu hơn tại: Tổng hợp bài mẫu lớp 5",
    "← Xem lại Bài 3: Chào hỏi",
    "« Xem lại bài trước",
])
def test_site_pointer(line):
    assert site_pointer(line)


@pytest.mark.parametrize("line", [
    # a document pointing to its own part; a sentence telling to read a law's article; "Xem lại" in a sentence
    "Подробнее смотрите в приложении 1 к настоящему положению.",
    "Прочитайте статью 5 Закона, прежде чем подавать заявление.",
    "Xem lại bài học hôm qua, em thấy mình còn nhiều thiếu sót.",
    "Theo chỉ dẫn, người dân xem tại Phụ lục kèm theo.",
    # the programme named in a sentence with no pointer's words; a long paragraph holding the words
    "Вчера в программе «Утро на Неве» выступил глава района.",
    "Читайте статью: " + " ".join(["слово"] * 40),
    "Cổng dịch vụ công cho phép người dân truy cập đây là nơi nộp hồ sơ trực tuyến",
])
def test_not_site_pointer(line):
    assert not site_pointer(line)


def test_site_pointers():
    lines = [*_RU[:2], "Если вам нужно продать квартиру — читайте статью: Алгоритм продажи квартиры", *_RU[2:]]
    got = site_pointers(lines, {})
    assert sorted(got) == [2] and got[2][0] == POINTER_RULE
    assert site_pointers(lines, {2: ("boilerplate.x", None)}) == {}
