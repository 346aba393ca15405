"""clut66 (issue 12): a sidebar's section names under the article's last sentence, among removed chrome
(``boilerplate.tail_names``, :mod:`mtpipe.clean.tail_runs`), a visit counter's labels (``portal.widget``) and a site's
note on its own website's updates (``portal.site_update``, :mod:`mtpipe.clean.site_updates`, at the end).

Positives: h42vi14's sidebar ("Việt Anh" / "Tin tức sự kiện" / … between its removed address and block label), a
BBC page's form buttons over its removed footer (crawltune), a blog's tag list over its removed comment form
(crawlheld, three pages).  Negatives, each one step past a bound: a school's letterhead of six-word lines under a
profile's text (t27ru59), a pointer line with one other line under the text (h24vi13), a recipe's short items with
one removed line, a list above the last sentence.
"""

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean import tail_runs as TR
from mtpipe.clean.vi_portal import widget_label
from mtpipe.document import Document

_VI = ["Xếp hạng thêm 12 di tích lịch sử văn hóa cấp tỉnh",
       "Ngày 14-12, Ủy ban nhân dân tỉnh Hà Tĩnh đã ký quyết định xếp hạng thêm 12 di tích lịch sử văn hóa cấp tỉnh.",
       "Ủy ban nhân dân tỉnh giao Sở Văn hóa Thể thao và Du lịch chỉ đạo các địa phương quản lý các di tích này."]
_EN = ["Fatal building collapse in Mumbai",
       "At least ten people were killed when a residential building collapsed in the city on Thursday morning.",
       "Rescue workers were still searching the rubble for survivors late into the night, officials said."]
_RU = ["Школьный музей",
       "Музей школы открылся в 1985 году, и с тех пор его собрание пополняют ученики и их родители.",
       "В работе над проектом участвовали ученики седьмых и восьмых классов под руководством учителя истории."]


@pytest.mark.parametrize("lines,removed,taken", [
    # h42vi14: the names alternate with the site's address and the block label the layers removed
    ([*_VI, "Việt Anh", "Tin tức sự kiện", "Tham quan ảo 3D", "www.nguyendu.com.vn", "Thư viện phim tư liệu",
      "Bộ đếm lượt truy cập", "di tich Nguyen Du", "Liên kết Website"], {6, 10}, [3, 4, 5, 7, 8, 9]),
    # crawltune (bbc.co.uk): a form's buttons over the removed related stories and footer
    ([*_EN, "Terms and conditions", "Send", "Clear", "More on This Story", "Related Stories", "Privacy"],
     {6, 7, 8}, [3, 4, 5]),
    # crawlheld (blogs.wsj.com): the post's tags, one a line with their commas, over the removed pager and form
    ([*_EN, "Barroso,", "CDS,", "euro,", "European monetary fund", "« Previous", "Next »", "Add a Comment"],
     {7, 8, 9}, [3, 4, 5, 6]),
    # a portal's footer menu with blank lines, the counter's title removed among the names
    ([*_VI, "", "Giới thiệu", "", "Tin tức - Sự kiện", "", "Thống kê truy cập", "", "Văn bản pháp quy", "",
      "Liên hệ", "", "Liên kết Website"], {8, 14}, [4, 6, 10, 12]),
])
def test_tail_runs(lines, removed, taken):
    got = TR.tail_runs(lines, {i: ("x", "") for i in removed})
    assert sorted(got) == taken and all(rule == TR.RULE for rule, _ in got.values())


@pytest.mark.parametrize("lines,removed", [
    # t27ru59: a school paper's title page under the text (its attachment's row, the school, the society, the
    # paper's title of six words, its credits removed), its table of contents removed under it
    ([*_RU, "Вложение | Размер |", "---|---|", "yulya_nou_dlya_sayta.doc | 199 КБ |",
      "Муниципальное бюджетное образовательное учреждение", "средняя общеобразовательная школа № 178",
      "Научное общество учащихся «Эврика»", "секция «Историческое краеведение»",
      "Школьный музей – лаборатория исторического познания", "Выполнила:", "Тихобаева Юлия Сергеевна",
      "учитель первой категории", "г.Нижний Новгород", "2014 год", "Содержание"], {4, 11, 12, 15, 16}),
    # h24vi13: a pointer line and one other live line (fewer than three live lines)
    ([*_VI, "Chi tiết xem tại https://www.studyjapan.go.jp/en/toj/toj0302e-20.html", "hoặc",
      "https://hannahed.co/hoc-bong", "Chia sẻ"], {5, 6}),
    # a recipe's short items closing the page, one line removed (fewer than two removed lines)
    ([*_VI, "Nguyên liệu", "Thịt bò", "Hành tây", "Cà rốt", "Ảnh minh họa"], {7}),
    # a sentence among the short lines under the text: the tail is no run of names
    ([*_EN, "Related", "Mumbai", "Rescue workers praised the residents who helped them.", "India", "Privacy",
      "Cookies"], {7, 8}),
    # the removed chrome above the names only: the names close the page under nothing removed
    ([*_EN, "Privacy", "Cookies", "Barroso", "CDS", "euro"], {3, 4}),
    # a list above the last sentence is never read
    ([_EN[0], "Barroso", "CDS", "euro", "Privacy", "Cookies", *_EN[1:]], {4, 5}),
])
def test_not_tail_runs(lines, removed):
    assert TR.tail_runs(lines, {i: ("x", "") for i in removed}) == {}


@pytest.mark.parametrize("line", ["Bộ đếm lượt truy cập", "Bộ đếm truy cập", "• Tổng lượt truy cập", "Số lượt truy cập:",
                                  "Thống kê lượt truy cập", "Truy cập hôm nay", "| Đang online"])
def test_counter_labels(line):
    assert widget_label(line) is not None


@pytest.mark.parametrize("line", ["Bộ đếm lượt truy cập của trang web tăng mạnh trong tháng qua.",
                                  "Số lượt truy cập vào cổng thông tin đã vượt 1 triệu", "Truy cập"])
def test_not_counter_labels(line):
    assert widget_label(line) is None


def _removed(text: str) -> set[str]:
    doc = Cleaner(CleanOptions())(Document.from_text(text, doc_id="s/a.txt", path="s/a.txt"))
    return {doc.raw_text[e.start:e.end].strip() for e in doc.ledger if e.action == "removed"}


def test_page():
    lines = [*_VI, "Việt Anh", "Tin tức sự kiện", "Tham quan ảo 3D", "www.nguyendu.com.vn", "Thư viện phim tư liệu",
             "Bộ đếm lượt truy cập", "di tich Nguyen Du", "Liên kết Website"]
    removed = _removed("\n\n".join(lines) + "\n")
    assert {"Tin tức sự kiện", "Tham quan ảo 3D", "Thư viện phim tư liệu", "Bộ đếm lượt truy cập"} <= removed
    assert not removed & set(_VI)


# ``portal.site_update`` (:mod:`mtpipe.clean.site_updates`): a site's note on its own website's updates
from mtpipe.clean.site_updates import RULE as SITE_UPDATE, site_update  # noqa: E402


@pytest.mark.parametrize("line", [
    # h42vi13 (top9.com.vn's template), t27vi03 (a Da Nang travel site), a real SEO page's template
    "Dưới đây là một số bài viết về chủ đề khám phá, địa điểm tham quan du lịch được chúng tôi liên tục cập nhật hằng "
    "ngày tại website top9.com.vn. Mời bạn cùng chúng tôi theo dõi nhé!",
    "Tin tức sự kiện du lịch về Đà Nẵng cũng như các tỉnh miền Trung được chúng tôi cập nhật liên tục trên website giúp "
    "du khách có nhiều thông tin cho chuyến du lịch",
    "Cập nhật nội dung chi tiết về Hướng Dẫn Cách Vẽ Sơ Đồ Pert 2022 mới nhất trên website Techcombanktower.com. Hy "
    "vọng thông tin trong bài viết sẽ đáp ứng được nhu cầu của bạn, chúng tôi sẽ làm việc thường xuyên để cập nhật nội "
    "dung mới nhằm giúp bạn nhận được thông tin nhanh chóng và chính xác nhất.",
])
def test_site_updates(line):
    assert site_update(line)


@pytest.mark.parametrize("line", [
    # content of the dev pages: "chúng tôi … cập nhật" naming no website
    "Hãy theo dõi khi chúng tôi tiếp tục cập nhật cách mối quan hệ đối tác này sẽ ảnh hưởng đến sự hợp tác trong "
    "thương mại, năng lượng và các lĩnh vực khác.",
    "Nếu còn thiếu sót thông tin gì về nơi đây, mong bạn hãy để lại bình luận bên dưới để chúng tôi cập nhật bổ sung "
    "nhiều thông tin đầy đủ hơn cho người khác được biết.",
    # a notice of results put on a website: no constant updating claimed
    "Kết quả xét tuyển sẽ được chúng tôi cập nhật trên website của trường trước ngày 15/8.",
    # a real rules page: the players follow the site, no "we"
    "Người chơi cần theo dõi và cập nhật thông tin về Giải Đấu tại Trang thông tin chính thức của Trò chơi:",
])
def test_not_site_updates(line):
    assert not site_update(line)


def test_site_update_page():
    text = "\n\n".join([*_VI, "Tin tức sự kiện du lịch về Hà Tĩnh được chúng tôi cập nhật liên tục trên website giúp du "
                        "khách có nhiều thông tin cho chuyến du lịch", _VI[2]]) + "\n"
    doc = Cleaner(CleanOptions())(Document.from_text(text, doc_id="s/b.txt", path="s/b.txt"))
    rules = {e.rule for e in doc.ledger if e.action == "removed"}
    assert SITE_UPDATE in rules
