"""clut70: classes held43 left that dev pages carry too, each added to its rule family (issue 12, post43).

* ``boilerplate.portal_control`` (:func:`~mtpipe.clean.ru_portal.portal_control`): "read the full version on the
  site", the site's name left out where the word "сайте" is the link ("Читайте полную версию на сайте", h43ru04's
  shape; "Читать на сайте RG.RU", "Читать новость полностью на сайте …" on dev);
* ``boilerplate.site_footer`` (:func:`~mtpipe.clean.ru_portal.footer_line`): a Vietnamese site's reprint terms
  (NukeViet's default note "Chú ý: Việc đăng lại bài viết … mà không ghi rõ nguồn … là vi phạm bản quyền", h43vi10's
  shape), as the Russian reprint terms;
* ``portal.read_more`` (:func:`~mtpipe.clean.vi_portal.pointer_kind`): a "tại đây" link line opening on its verb
  that names its file in full, up to sixteen words ("→ Tải file sách PDF của … tại đây", h43vi01's shape);
* ``portal.hashtags`` (:func:`~mtpipe.clean.vi_edges.hashtags`): a line of two tags or more whose tags hold spaces
  ("#безвизовый режим #Китай #туризм", h43ru01's shape; inform.kz's "#Северо-Казахстанская область …").

Lines and sentences here are written for the tests in the shapes seen; none is a benchmark page's line.
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions, unaccounted
from mtpipe.clean.ru_portal import footer_line, footer_lines, portal_control
from mtpipe.clean.vi_edges import hashtags
from mtpipe.clean.vi_portal import pointer_kind
from mtpipe.document import Document
from mtpipe.segment import Segmenter


@pytest.mark.parametrize("line,taken", [
    ("Читайте полную версию на сайте", True),
    ("Читать полную версию статьи на сайте «Вечерний город»", True),
    ("Полная версия материала на сайте", True),
    ("Полная версия на нашем сайте →", True),
    ("Читайте полностью на сайте", True),
    ("Смотрите полный текст интервью на сайте", True),
    ("Полная версия сайта", True),  # a mobile page's link to the desktop site
    # negatives: the same words in a sentence, another place than the site, a site's state
    ("Полная версия", False),  # bare: the classifier's, not this rule's
    ("Читайте полную версию интервью в следующем номере.", False),
    ("Полную версию доклада читайте на сайте министерства.", False),
    ("Полная версия сайта доступна только для зарегистрированных пользователей.", False),
    ("Смотрите полную версию программы в субботу в эфире телеканала", False),
])
def test_full_version_on_the_site(line: str, taken: bool) -> None:
    assert portal_control(line) is taken


@pytest.mark.parametrize("line,kind", [
    ("Chú ý: Việc đăng lại bài viết trên ở website hoặc các phương tiện truyền thông khác mà không ghi rõ nguồn "
     "http://example.vn là vi phạm bản quyền", "reprint"),
    ("Không được sao chép nội dung khi chưa có sự đồng ý của Ban biên tập.", "reprint"),
    ("Việc phát hành lại thông tin trên trang này phải ghi rõ nguồn.", "reprint"),
    # negatives: copying something else, a reposted article's own source, the words apart
    ("Luật sư cho biết việc sao chép phần mềm là vi phạm bản quyền.", ""),
    ("Bài viết được đăng lại từ báo Tuổi Trẻ.", ""),
    ("Anh ấy sử dụng lại chiếc xe cũ của gia đình để đi làm.", ""),
    ("Nguồn: Báo Tuổi Trẻ", ""),
])
def test_vietnamese_reprint_terms(line: str, kind: str) -> None:
    assert footer_line(line) == kind


_VI_TEXT = ["Sáng ngày 14/10, Đoàn thanh niên xã đã tiếp nhận và trao tặng gần 50 suất quà cho các hộ gia đình.",
            "Mỗi suất quà trị giá 300 nghìn đồng gồm gạo, mì tôm và nước mắm do các nhà hảo tâm đóng góp."]


def test_vietnamese_reprint_terms_only_outside_the_text() -> None:
    note = "Không được sao chép nội dung khi chưa có sự đồng ý của Ban biên tập."
    assert sorted(footer_lines([_VI_TEXT[0], note, _VI_TEXT[1]], set())) == []
    assert sorted(footer_lines([*_VI_TEXT, note], set())) == [2]


@pytest.mark.parametrize("line,taken", [
    ("→ Tải file sách PDF của Giáo trình tiếng Trung Du lịch tại đây", True),
    ("Tải toàn bộ đề thi thử môn Toán của Sở Giáo dục Hà Nội tại đây", True),
    ("» Xem danh sách các trường đại học công bố điểm chuẩn năm nay tại đây", True),
    ("Download mẫu đơn đăng ký tham gia cuộc thi viết về thầy cô tại đây:", True),
    # negatives: a sentence's subject first, another word of the verb's letters, a stop inside, too long
    ("Du khách có thể đến tham quan, mua sắm và xem các tiết mục biểu diễn nghệ thuật tại đây.", False),
    ("Xem xét toàn bộ hồ sơ của các doanh nghiệp đã đăng ký kinh doanh tại đây", False),
    ("Tải trọng tối đa của các xe được phép lưu thông qua cầu là 10 tấn tại đây", False),
    ("Nhấn mạnh vai trò của các cấp ủy Đảng trong việc phát triển kinh tế tại đây", False),
    ("Xem thêm. Chúng tôi đã có mặt ở khu vực này và ghi nhận nhiều điều tại đây", False),
    ("Tải về toàn văn Nghị định số 15/2024/NĐ-CP của Chính phủ quy định chi tiết về thuế tại đây", False),
])
def test_download_link_named_in_full(line: str, taken: bool) -> None:
    assert (pointer_kind(line) is not None) is taken


@pytest.mark.parametrize("line,taken", [
    ("#безвизовый режим #Китай #туризм", True),
    ("#Приморский край #Строительство #Экономика #Сельское хозяйство", True),
    ("#du lịch #Trung Quốc #visa", True),
    ("#новости #технологии", True),  # single-word tags: the rule before this round
    # negatives: a Markdown heading, spaces after "#", one tag with a sentence, tags after a sentence, a number
    ("## Введение в тему", False),
    ("# Заголовок # раздела", False),
    ("#Китай: новый этап отношений #Россия", False),
    ("#Китай и Россия подписали соглашение о сотрудничестве в сфере туризма #туризм", False),
    ("Пишите нам с тегом #театр сфера #фото", False),
    ("#1 #2", False),
    ("#tiêm vaccine cho trẻ em", False),  # one tag: a tag page's title, no line of tags
])
def test_spaced_hashtags(line: str, taken: bool) -> None:
    assert hashtags(line) is taken


_RU_PAGE = """Между двумя городами подписано соглашение о побратимских связях

Между двумя городами подписано соглашение о развитии побратимских связей. Стороны договорились о культурных обменах.

Первые делегации школьников отправятся в поездку уже этой осенью, сообщили в администрации города.

Читайте полную версию на сайте

#побратимские связи #Китай #туризм
"""

_VI_PAGE = """Bài 8: Giáo trình tiếng Trung du lịch – Tại ngân hàng

Khi đi du lịch tại Trung Quốc, việc đổi tiền, rút tiền hay hỏi đường đến ngân hàng là rất cần thiết.

Trong bài này, bạn sẽ học các mẫu hội thoại thực tế khi đổi tiền tại quầy giao dịch của ngân hàng.

→ Tải file sách PDF của Giáo trình tiếng Trung du lịch tại đây

Các mẫu câu trong bài được giáo viên bản ngữ đọc chậm để người học dễ nghe và nhắc lại theo.

Chú ý: Việc đăng lại bài viết trên ở website hoặc các phương tiện truyền thông khác mà không ghi rõ nguồn \
http://example.vn là vi phạm bản quyền
"""


@pytest.mark.parametrize("policy", ["balanced", "weighed"])
@pytest.mark.parametrize("page,clutter", [
    (_RU_PAGE, {"Читайте полную версию на сайте": "boilerplate.portal_control",
                "#побратимские связи #Китай #туризм": "portal.hashtags"}),
    (_VI_PAGE, {"→ Tải file sách PDF của Giáo trình tiếng Trung du lịch tại đây": "portal.read_more",
                "Chú ý: Việc đăng lại bài viết": "boilerplate.site_footer"}),
])
def test_through_the_cleaner(policy: str, page: str, clutter: dict[str, str]) -> None:
    doc = Document.from_text(page, doc_id="page.txt", path="page.txt")
    doc = Segmenter()(Cleaner(CleanOptions(removal_policy=policy))(doc))
    assert unaccounted(doc) is None
    gone = {e.text.strip(): e.rule for e in doc.ledger if e.action == "removed"}
    for line, rule in clutter.items():
        hit = [r for t, r in gone.items() if t.startswith(line)]
        assert hit, line
        if policy == "weighed":  # under balanced the duplicate or classifier layers may take the line first
            assert rule in hit, (line, hit)
    content = [s for s in page.splitlines() if s.strip() and not any(s.startswith(c) for c in clutter)]
    kept = "".join(doc.text[a:b] for a, b in doc.meta["kept"])
    for s in content:
        assert s.rstrip("\\").strip()[:60] in kept, s
