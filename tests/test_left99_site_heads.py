"""left99 (issue 12, post-blind held54): the site's name with a word after it, beside its own home address, on a
copy of the title; and the page's other one-cell photo captions.

``boilerplate.site_name`` with a kind word (:func:`mtpipe.clean.site_names.kind_word`: "Sáu Nhung Coop" on
saunhung.com), ``boilerplate.site_address`` and ``boilerplate.site_title`` (:mod:`mtpipe.clean.site_heads`: a CMS's
save view, "TW Hội Khuyến học Việt Nam http://www.hoikhuyenhoc.vn" and "TW Hội Khuyến học Việt Nam - <title>"),
``portal.cell_sibling`` (:mod:`mtpipe.clean.cell_siblings`).  Lines made up in the shapes of held54's pages; the
negatives are the dev shapes that stay (a letterhead's word before the name, a "Website:" label before the address,
an article's address, a title copy beside a name that is not the site's, a one-cell title with no caption found).
"""

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.cell_siblings import RULE as SIBLING, cell_siblings
from mtpipe.clean.site_heads import RULE_ADDRESS, RULE_TITLE, site_addresses, site_titles
from mtpipe.clean.site_names import RULE as SITE_NAME, kind_word, host_labels, site_names
from mtpipe.clean.vi_captions import CELL
from mtpipe.document import Document

_VI_TEXT = ["Dòng họ hiếu học trên quê hương Khu Cháy",
            "Ngày 16/10, tại xã Trung Tú, huyện Ứng Hòa, lãnh đạo Hội đã về dự Lễ Kỷ niệm 20 năm hoạt động khuyến học.",
            "Tham dự Lễ Kỷ niệm có đông đảo các thế hệ các cụ, các ông bà cùng con cháu của dòng họ Trần thôn Chẩn Kỳ."]


@pytest.mark.parametrize("line,host,word", [
    ("Sáu Nhung Coop", "saunhung.com", "Coop"),
    ("ZAXID.NET TV", "zaxid.net", "TV"),
    # the word before the name (a letterhead's "XÃ"), two words after it, a long word: none
    ("XÃ ĐỨC HỢP", "duchop.gov.vn", None),
    ("Sáu Nhung Coop Online", "saunhung.com", None),
    ("Sáu Nhung Documentaries", "saunhung.com", None),
    ("Sáu Nhung", "saunhung.com", None),
])
def test_kind_word(line, host, word):
    assert kind_word(line, host_labels(host)) == word


def test_site_name_with_kind_word():
    lines = ["Sáu Nhung Coop", "Hợp tác xã kiểu mẫu sản xuất cà phê theo chuỗi khép kín", *_VI_TEXT[1:]]
    got = site_names(lines, {}, "saunhung.com")
    assert list(got) == [0] and got[0][0] == SITE_NAME and "'Coop'" in got[0][1]
    # right above the text it is the page's title: it stays
    assert site_names(lines[:1] + lines[2:], {}, "saunhung.com") == {}


@pytest.mark.parametrize("line,host,taken", [
    ("TW Hội Khuyến học Việt Nam http://www.hoikhuyenhoc.vn", "hoikhuyenhoc.vn", True),
    ("Hội Khuyến học Việt Nam - www.hoikhuyenhoc.vn/", "www.hoikhuyenhoc.vn", True),
    # a label before it (a contact list's item), an article's address, another site's, no name
    ("Website: https://hoikhuyenhoc.vn/", "hoikhuyenhoc.vn", False),
    ("TW Hội Khuyến học Việt Nam http://www.hoikhuyenhoc.vn/modules.php?sid=4969", "hoikhuyenhoc.vn", False),
    ("TW Hội Khuyến học Việt Nam http://www.khuyenhoc.vn", "hoikhuyenhoc.vn", False),
    ("http://www.hoikhuyenhoc.vn", "hoikhuyenhoc.vn", False),
])
def test_site_addresses(line, host, taken):
    lines = [line, *_VI_TEXT]
    got = site_addresses(lines, {}, host)
    assert (list(got) == [0]) is taken
    assert all(rule == RULE_ADDRESS for rule, _ in got.values())


def test_site_address_inside_the_text_stays():
    lines = [_VI_TEXT[0], _VI_TEXT[1], "TW Hội Khuyến học Việt Nam http://www.hoikhuyenhoc.vn", _VI_TEXT[2]]
    assert site_addresses(lines, {}, "hoikhuyenhoc.vn") == {}


@pytest.mark.parametrize("line,host,names,taken", [
    # the host's label inside the name; the name the address line carries; the name after the title
    ("TW Hội Khuyến học Việt Nam - Dòng họ hiếu học trên quê hương Khu Cháy", "hoikhuyenhoc.vn", set(), True),
    ("TW Hội - Dòng họ hiếu học trên quê hương Khu Cháy", "hoi.vn", {"twhoi"}, True),
    ("Dòng họ hiếu học trên quê hương Khu Cháy | Khuyến học Việt Nam", "khuyenhoc.vn", set(), True),
    # a name that is not the site's (a rubric, an author); no copy of a page line; no host
    ("Going Out Guide - Dòng họ hiếu học trên quê hương Khu Cháy", "hoikhuyenhoc.vn", set(), False),
    ("TW Hội Khuyến học Việt Nam - Dòng họ hiếu học ở Khu Cháy", "hoikhuyenhoc.vn", set(), False),
    ("TW Hội Khuyến học Việt Nam - Dòng họ hiếu học trên quê hương Khu Cháy", "", set(), False),
])
def test_site_titles(line, host, names, taken):
    lines = [line, *_VI_TEXT]
    got = site_titles(lines, {}, host, names)
    assert (list(got) == [0]) is taken
    assert all(rule == RULE_TITLE for rule, _ in got.values())


def test_site_title_needs_the_title_below_it():
    # the title's copy above the joined line (a related list's item, the page's only title is the joined line):
    # removing it would leave the page without its title, so it stays
    joined = "TW Hội Khuyến học Việt Nam - Dòng họ hiếu học trên quê hương Khu Cháy"
    lines = [_VI_TEXT[0], joined, "20.10.2022", *_VI_TEXT[1:]]
    assert site_titles(lines, {}, "hoikhuyenhoc.vn") == {}
    assert list(site_titles([joined, *lines[:1], *lines[2:]], {}, "hoikhuyenhoc.vn")) == [0]


def _removed(text: str, doc_id: str) -> dict[str, str]:
    doc = Cleaner(CleanOptions())(Document.from_text(text, doc_id=doc_id, path=doc_id))
    return {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}


def test_save_view_page():
    heads = ["TW Hội Khuyến học Việt Nam - Dòng họ hiếu học trên quê hương Khu Cháy",
             "TW Hội Khuyến học Việt Nam http://www.hoikhuyenhoc.vn"]
    text = "\n".join([*heads, "", *_VI_TEXT]) + "\n"
    removed = _removed(text, "hoikhuyenhoc.vn/a.txt")
    assert removed.get(heads[0]) == RULE_TITLE and removed.get(heads[1]) == RULE_ADDRESS
    assert not set(removed) & set(_VI_TEXT)
    # in a folder not named like a host there is no site to read: the general rules' policy holds them
    assert removed.get(heads[1]) != _removed(text, "pages/a.txt").get(heads[1])


_PARAS = ["Lệ làng đã định, vào ngày 1/1 âm lịch hằng năm, người Dao đỏ thôn Dền Sáng lại tổ chức nghi lễ ở rừng cấm.",
          "Để chuẩn bị cho lễ cúng rừng, trưởng thôn phân công việc đến từng hộ trong thôn từ nhiều ngày trước.",
          "Nghi lễ cúng rừng có hai thầy cúng tham gia, một thầy làm lễ trong lán thờ, một thầy làm lễ ngoài trời."]


def test_cell_siblings():
    first = "Trong lễ cúng rừng, người dân thôn Dền Sáng bầu Tổ bảo vệ rừng của thôn. |"
    lines = [first, _PARAS[0], _PARAS[1], "Người dân mang lễ vật đến khu rừng để cúng thần linh. |", _PARAS[2]]
    found = {3: (CELL, None)}
    got = cell_siblings(lines, found)
    assert list(got) == [0] and got[0][0] == SIBLING
    # no caption found between paragraphs on the page: no evidence, the first line (a title in a cell) stays
    assert cell_siblings(lines, {}) == {}
    # a table's rows beside it: a cell of a table, not a caption
    rows = ["| Ngày | Nội dung |", first, "| 1/1 | Lễ cúng rừng |", *_PARAS]
    assert cell_siblings(rows, found) == {}


def test_cell_sibling_page():
    first = "Trong lễ cúng rừng, người dân thôn Dền Sáng bầu Tổ bảo vệ rừng của thôn. |"
    second = "Người dân thôn Dền Sáng mang lễ vật đến khu rừng để cúng thần linh. |"
    text = "\n".join([first, _PARAS[0], _PARAS[1], second, _PARAS[2]]) + "\n"
    removed = _removed(text, "laocai.example.vn/a.txt")
    assert removed.get(second) == CELL and removed.get(first) == SIBLING
    assert not set(removed) & set(_PARAS)
