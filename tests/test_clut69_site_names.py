"""clut69 (issue 12): the site's own name as its host spells it, standing outside the article.

``boilerplate.site_name`` (:mod:`mtpipe.clean.site_names`).  Positives, made up in the shapes of the dev pages (a
masthead above the title on kinhtenongthon.vn, longxuyenhaingoai.blogspot.com, forum.drakon.su, saigoneer.com,
thongluan-rdp.org): the name in words, in capitals, with its suffix, with a logo's dots, a Russian name its host
transliterates, and the name again below the text.  Negatives: the page's title right above its text (a page about
the site itself), a title naming the place with more words, a letterhead with more than the name, an author's name
that is part of the host's label, a sentence, a line inside the article, a page with no text, and folders not named
like a host.
"""

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.site_names import RULE, fold, host_labels, host_of, site_names
from mtpipe.document import Document

_VI_TEXT = ["Xây dựng nông nghiệp đô thị: nhiều cách làm sáng tạo",
            "Sau khi sáp nhập về thành phố, huyện đã có sự phát triển vượt bậc về nông nghiệp và dịch vụ.",
            "Nhiều hộ dân đã chuyển sang trồng rau an toàn và nuôi cá trong ao, thu nhập tăng gấp đôi."]
_RU_TEXT = ["Хоккейный матч на льду «Кристалла»",
            "24 мая в ледовом дворце прошел матч по хоккею между командами двух городов области.",
            "Победу по буллитам одержали гости, болельщики поддержали обе команды до последней минуты."]


def _taken(lines: list[str], host: str, removed: dict | None = None) -> list[int]:
    got = site_names(lines, removed or {}, host)
    assert all(rule == RULE and host in note for rule, note in got.values())
    return sorted(got)


@pytest.mark.parametrize("lines,host,taken", [
    # a masthead above the title, in words, in capitals, with its suffix, with a logo's dots
    (["Kinh tế nông thôn", *_VI_TEXT], "kinhtenongthon.vn", [0]),
    (["LONG XUYÊN HẢI NGOẠI", "Dù số phận mang tới điều gì", *_VI_TEXT], "longxuyenhaingoai.blogspot.com", [0]),
    (["DRAKON.SU", "Заголовок сообщения: Re: ДРАКОН и схемы", *_RU_TEXT[1:]], "forum.drakon.su", [0]),
    (["Sài·gòn·eer", *_VI_TEXT], "saigoneer.com", [0]),
    # a hyphenated host by its part; a Russian name its host transliterates
    (["Thông Luận", *_VI_TEXT], "thongluan-rdp.org", [0]),
    (["Качканар", *_RU_TEXT], "kachkanar.ru", [0]),
    # under a menu line, and again below the text (a footer)
    (["Trang chủ", "Kinh Tế Nông Thôn", *_VI_TEXT, "Kinh tế nông thôn"], "kinhtenongthon.vn", [1, 5]),
])
def test_site_names(lines, host, taken):
    assert _taken(lines, host) == taken


@pytest.mark.parametrize("lines,host", [
    # the page's title right above its text: a page about the site itself (h34vi14's parish on its own site)
    (["Lịch sử hình thành và phát triển", "GIÁO XỨ ĐÔNG SƠN",
      "– Ngày 29.7.1957: hình thành giáo họ Đông Sơn theo văn thư thành lập giáo xứ của giám mục.",
      "– Ngày 09.01.2007: giáo họ Đông Sơn được nâng lên hàng giáo xứ và có cha xứ riêng."],
     "www.giaoxudongson.com"),
    (["Kinh tế nông thôn", *_VI_TEXT[1:]], "kinhtenongthon.vn"),
    # a title naming the place with more words; a letterhead with more than the name; part of an author's host
    (["В Качканаре могут открыть медколледж", *_RU_TEXT], "kachkanar.ru"),
    (["ỦY BAN NHÂN DÂN", "XÃ ĐỨC HỢP", "Số: 15/TB-UBND", *_VI_TEXT], "duchop.gov.vn"),
    (["NGUYỄN TRỌNG TẠO", *_VI_TEXT], "nhathonguyentrongtao.wordpress.com"),
    # a sentence or a question naming the site; a line inside the article
    (["Kinh tế nông thôn?", *_VI_TEXT], "kinhtenongthon.vn"),
    ([*_VI_TEXT[:2], "Kinh tế nông thôn", *_VI_TEXT[2:]], "kinhtenongthon.vn"),
    # no text on the page; no host (a folder named otherwise); a label too short to name a site
    (["Kinh tế nông thôn", "Tin tức", "Liên hệ"], "kinhtenongthon.vn"),
    (["Kinh tế nông thôn", *_VI_TEXT], ""),
    (["Tin tức", *_VI_TEXT], "tin.vn"),
])
def test_not_site_names(lines, host):
    assert _taken(lines, host) == []


def test_removed_lines_skipped():
    # a line an earlier layer took is not taken again; the text found among the live lines only
    lines = ["Kinh tế nông thôn", "Kinh tế nông thôn", *_VI_TEXT]
    assert _taken(lines, "kinhtenongthon.vn", {1: ("dedupe.adjacent_copy", None)}) == [0]


@pytest.mark.parametrize("doc_id,path,host", [
    ("kinhtenongthon.vn/h13vi02.txt", None, "kinhtenongthon.vn"),
    ("c8vi01.txt", "/tmp/run/crawl/saigoneer.com/c8vi01.txt", "saigoneer.com"),
    ("pages/a.txt", "/data/pages/a.txt", ""), ("a.txt", None, ""),
    ("crawltune/washingtonpost.com_blog1/a.txt", None, ""),
])
def test_host_of(doc_id, path, host):
    assert host_of(doc_id, path) == host


def test_host_labels_and_fold():
    assert host_labels("www.forum.drakon.su") == {"drakon", "drakonsu"}
    assert "thongluan" in host_labels("thongluan-rdp.org") and "rdp" not in host_labels("thongluan-rdp.org")
    assert host_labels("m.tin.vn") == set()
    assert fold("Sài·gòn·eer") == "saigoneer" and fold("Đức Hợp") == "duchop" and fold("Качканар") == "kachkanar"


def _removed(text: str, doc_id: str) -> dict[str, str]:
    doc = Cleaner(CleanOptions())(Document.from_text(text, doc_id=doc_id, path=doc_id))
    return {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}


def test_page():
    text = "\n".join(["Kinh tế nông thôn", *_VI_TEXT]) + "\n"
    removed = _removed(text, "kinhtenongthon.vn/a.txt")
    assert removed.get("Kinh tế nông thôn") == RULE
    assert not set(removed) & set(_VI_TEXT)
    # the same page in a folder not named like a host: the line stays
    assert "Kinh tế nông thôn" not in _removed(text, "pages/a.txt")
