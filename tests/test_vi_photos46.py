"""A photo's caption under a news CMS's numbered image alt text, or closed by its source's web address (issue 12,
vi46, :mod:`mtpipe.clean.vi_photos`; ``portal.source_caption`` at the end).

``portal.numbered_caption``: the line under "<the story's title> - Ảnh N." (the CMS's alt text, removed as
``portal.photo``), a caption of one sentence, the text going on under it; or the alt text with the caption glued to
its number.  Positives from a dev page (a charity story, VOV's "… - ảnh 1Quang cảnh lễ kỷ niệm.") and from stored
pages of the Soha/Kenh14 family ("Vụ Đàm Vĩnh Hưng … nói gì? - Ảnh 2." / "Lúc đầu chỉ là một ngôi chùa …", "Bị cư dân
mạng tố cướp chồng, Minh Hằng nói gì? - Ảnh 2." / "Khoảnh khắc ngọt ngào của Minh Hằng và ông xã").

Same-shape negatives: a how-to's text under its screenshot (two sentences: "Như bạn có thể thấy, PM2 …. PM2 cũng …";
a step speaking to the reader), a line announcing a list (colon), an alt text naming no title of the page, a
paragraph under the image longer than a caption, a caption-sized line whose next line is shorter (a list), a
Russian page.
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.vi_photos import file_captions, glued_alt, numbered_alt, numbered_captions, source_caption, \
    source_captions
from mtpipe.document import Document

_ALT = "Nước mắt của mẹ khi con gái tự nhận thức được bố mẹ mình là ai - Ảnh {}."
_LONG = ("Do bị chứng rối loạn phổ tự kỷ, ngôn ngữ và trí tuệ nên con của chị Lai không phát triển bình thường như "
         "chúng bạn, ngay đến việc gọi bố mẹ cũng là điều khó khăn với bé trong suốt nhiều năm liền.")
_LEAD = ("Có mặt tại Ngày hội gây quỹ trực tiếp từ cộng đồng do Trung tâm Hỗ trợ Phát triển Cộng đồng tổ chức, chị "
         "Lai chia sẻ câu chuyện của gia đình mình với nhiều người tham dự.")


@pytest.mark.parametrize("line, title", [
    (_ALT.format(2), "nước mắt của mẹ khi con gái tự nhận thức được bố mẹ mình là ai"),
    ("Bị cư dân mạng tố cướp chồng, Minh Hằng nói gì? - Ảnh 2.", "bị cư dân mạng tố cướp chồng, minh hằng nói gì?"),
    ("Miền Trung: Nhiều lễ hội - Hình 1", "miền trung: nhiều lễ hội"),
    ("Hình 1", None),  # no title
    ("Bước 2 - Ảnh 2", None),  # a step's label, no title
    ("Ảnh minh họa", None),
])
def test_numbered_alt(line, title):
    assert numbered_alt(line) == title


def test_glued_alt():
    line = "Kỷ niệm 20 năm thành lập Hội cứu trợ trẻ em khuyết tật thành phố Hà Nội - ảnh 1Quang cảnh lễ kỷ niệm."
    assert glued_alt(line) == "kỷ niệm 20 năm thành lập hội cứu trợ trẻ em khuyết tật thành phố hà nội"
    assert glued_alt("Kỷ niệm 20 năm thành lập Hội - ảnh 12 tháng 5") is None  # a number going on, no caption
    assert glued_alt("Sản phẩm dành cho ảnh 1 inch") is None


def test_captions_under_numbered_alts():
    lines = [_LEAD, _ALT.format(1), "Trung tâm Thiện Chí đã và đang giúp đỡ trẻ em kém phát triển sớm hòa nhập cuộc "
             "sống.", _ALT.format(2), "Một thành viên của trung tâm chia sẻ về dự án cho trẻ rối loạn phát triển.",
             _LONG, _ALT.format(3), "Bé gái con chị Lai đã hòa nhập hơn khi nói chuyện vui vẻ cùng bố mẹ và mọi người.",
             _LONG + " Chị mừng lắm."]
    removed = {1: ("portal.photo", ""), 3: ("portal.photo", ""), 6: ("portal.photo", "")}
    assert set(numbered_captions(lines, removed)) == {2, 4, 7}
    # the Soha/Kenh14 family: a caption with no stop
    soha = ["Vụ Đàm Vĩnh Hưng dùng tiền cứu trợ miền Trung để sửa chùa: Trụ trì chùa Xuân Long và chính quyền xã nói gì?",
            _LEAD, "Vụ Đàm Vĩnh Hưng dùng tiền cứu trợ miền Trung để sửa chùa: Trụ trì chùa Xuân Long và chính quyền "
            "xã nói gì? - Ảnh 2.", "Lúc đầu chỉ là một ngôi chùa làm bằng tranh, tre, đến năm 1622 thì được xây dựng "
            "lại với quy mô lớn", _LONG]
    assert set(numbered_captions(soha, {2: ("portal.photo", "")})) == {3}
    # the glued form, its title the page's first line
    vov = ["Kỷ niệm 20 năm thành lập Hội cứu trợ trẻ em khuyết tật thành phố Hà Nội", "Cập nhật: 24/12/2020",
           "Kỷ niệm 20 năm thành lập Hội cứu trợ trẻ em khuyết tật thành phố Hà Nội - ảnh 1Quang cảnh lễ kỷ niệm.",
           _LONG]
    assert set(numbered_captions(vov, {1: ("boilerplate.date_line", "")})) == {2}


def test_caption_negatives():
    pm2 = "Hướng dẫn cài đặt Node.js App trên Ubuntu 16.04 - Ảnh {}."
    removed = {1: ("portal.photo", ""), 3: ("portal.photo", "")}
    # a how-to's text under the screenshot: two sentences, or speaking to the reader, or announcing a list
    assert numbered_captions([_LEAD, pm2.format(1), "Như bạn có thể thấy, PM2 tự động gán tên ứng dụng. PM2 cũng "
                              "duy trì các thông tin khác.", pm2.format(2), _LONG], removed) == {}
    assert numbered_captions([_LEAD, pm2.format(1), "Sau đó nhấn nút Cài đặt để hoàn tất quá trình.", pm2.format(2),
                              _LONG], removed) == {}
    assert numbered_captions([_LEAD, pm2.format(1), "Kết quả trả về như sau:", pm2.format(2), _LONG], removed) == {}
    # an alt text whose title the page prints nowhere else: no evidence
    assert numbered_captions([_LEAD, "Toàn cảnh khu di tích lịch sử quốc gia - Ảnh 1.", "Khu di tích nhìn từ trên cao.",
                              _LONG], {1: ("portal.photo", "")}) == {}
    # the paragraph under the image, longer than a caption; a short line over a shorter one (a list)
    assert numbered_captions([_LEAD, _ALT.format(1), _LONG, _ALT.format(2), _LONG], removed) == {}
    assert numbered_captions([_LEAD, _ALT.format(1), "Bảng giá vé tham quan khu du lịch năm nay.", "Người lớn.",
                              _ALT.format(2), _LONG], {1: ("portal.photo", ""), 4: ("portal.photo", "")}) == {}


def test_through_the_cleaner():
    page = "\n".join([_LEAD, _ALT.format(1), "Một thành viên của trung tâm chia sẻ về dự án cho trẻ rối loạn phát "
                      "triển.", _LONG, _ALT.format(2), "Bé gái con chị Lai đã hòa nhập hơn khi nói chuyện vui vẻ cùng "
                      "bố mẹ và mọi người.", _LONG + " Chị mừng lắm."]) + "\n"
    for policy in ("balanced", "weighed"):
        doc = Cleaner(CleanOptions(removal_policy=policy))(Document.from_text(page, doc_id="photos.txt"))
        kept = [doc.text[a:b].strip() for a, b in doc.meta["kept"]]
        assert _LEAD in kept and _LONG in kept, policy
        assert "Một thành viên của trung tâm chia sẻ về dự án cho trẻ rối loạn phát triển." not in kept, policy


def test_not_on_a_russian_page():
    page = ("Слёзы матери - Ảnh 1.\nОдин из сотрудников центра рассказывает о проекте.\n"
            "Центр помогает детям с нарушениями развития вернуться к обычной жизни уже много лет подряд.\n")
    doc = Cleaner(CleanOptions())(Document.from_text(page, doc_id="ru.txt"))
    assert not any(e.rule == "portal.numbered_caption" for e in doc.ledger)


# ``portal.source_caption``: a caption closed by its source, a web address (dev pages: a university's photo credited
# to baodantoc.vn, a city's photo to baidu.com; an island's map to Wikimapia.org)
@pytest.mark.parametrize("line, taken", [
    ("Sinh viên Đại học Quốc gia Hà Nội. Nguồn: baodantoc.vn", True),
    ("Thành phố Quảng Châu, nguồn: baidu.com", True),
    ("Bãi Tư Chính có tên tiếng Anh là Vanguard Bank. Ảnh: Wikimapia.org", True),
    ("Nguồn: vnexpress.net", False),  # the article's source alone: metadata, another rule's
    ("Tỷ lệ lạm phát năm 2023 là 3,25%. Nguồn: Tổng cục Thống kê", False),  # a source named by words
    ("Giá vàng tăng mạnh trong tuần qua. Nhiều người đổ xô đi mua. Nguồn: vnexpress.net", False),  # two sentences
    ("Theo số liệu từ nguồn: vnexpress.net", False),  # no stop or comma before the credit
])
def test_source_caption(line, taken):
    assert source_caption(line) is taken


def test_source_captions_not_on_a_photo_story():
    story = ["Những địa danh đẹp nhất miền Bắc Việt Nam mùa thu năm nay",
             "Ruộng bậc thang Mù Cang Chải vào mùa lúa chín vàng óng. Nguồn: dulich.vn",
             "Hồ Ba Bể xanh ngắt giữa núi rừng Bắc Kạn trong nắng sớm. Nguồn: dulich.vn",
             "Cao nguyên đá Đồng Văn hùng vĩ với những con đèo quanh co. Nguồn: dulich.vn"]
    assert source_captions(story, {}) == {}
    page = [_LEAD, "Sinh viên Đại học Quốc gia Hà Nội. Nguồn: baodantoc.vn", _LONG, _LONG + " Chị mừng lắm."]
    assert set(source_captions(page, {})) == {1}


# ``portal.file_caption``: a held ``captions.under_image`` mark of one sentence at most (dev pages: a farm under
# "tr9.JPG", a border market under "W-anh-2-1.jpg", a contest under a hash file name)
def test_file_captions_read_held_marks():
    lines = [_LEAD, "tr9.JPG", "Ông Nguyễn Văn Luật giới thiệu về trang trại chuối của gia đình.", _LONG, "(1).jpg)",
             "Trong tiếng trống vang dội, đoàn rước tiến vào thánh đường. Cộng đoàn vừa đi vừa cầu nguyện.", _LONG]
    held = {2: ("captions.under_image", "caption-sized line right under the image line 'tr9.JPG'", {}),
            5: ("captions.under_image", "caption-sized line right under the image line '(1).jpg)'", {}),
            3: ("dedupe.exact", "", {})}
    removed = {1: ("boilerplate.filename", ""), 4: ("boilerplate.filename", "")}
    # one sentence: the caption; two sentences under the image: the text going on (stays held); another rule's mark
    assert set(file_captions(lines, removed, held)) == {2}


_FARM = ("Sau khi sáp nhập về Hà Nội, huyện Mê Linh đã có sự phát triển vượt bậc nhờ lợi thế sẵn có của địa phương và "
         "sự năng động của người dân.")
_FARM2 = ("Nằm ở phía Tây Bắc và cách trung tâm thành phố khoảng 30km, Mê Linh có diện tích tự nhiên hơn mười bốn nghìn "
          "héc-ta với nhiều trang trại lớn.")


def test_file_caption_through_the_cleaner():
    cap = "Ông Nguyễn Văn Luật giới thiệu về trang trại chuối của gia đình."
    # the caption over a subheading (the caption layer marks a stopped line under an image only when no paragraph
    # follows it right away)
    page = "\n".join([_FARM, "tr9.JPG", cap, "Quy hoạch khá đồng bộ", _FARM2, _LONG]) + "\n"
    for policy in ("balanced", "weighed"):
        doc = Cleaner(CleanOptions(removal_policy=policy))(Document.from_text(page, doc_id="farm.txt"))
        kept = [doc.text[a:b].strip() for a, b in doc.meta["kept"]]
        assert cap not in kept, policy
        assert _FARM in kept and _FARM2 in kept and "Quy hoạch khá đồng bộ" in kept, policy
        rules = {e.text.strip(): e.rule for e in doc.ledger if e.action == "removed"}
        # weighed: `portal.file_caption` took it while the rule table held `captions.under_image` on vi; since the
        # thirty-fifth session's recount (cap82 took the mark off t27vi87's paragraph: 5 clutter / 0 content) the
        # caption rule itself is released on vi too
        assert rules[cap] == "captions.under_image", policy
