"""clut51 (issue 12): a site's anniversary banner above the article's title.

``boilerplate.anniversary_banner`` (:mod:`mtpipe.clean.banners`).  Positives: the banners left on dev parts (h7ru06,
t28ru83, h34vi06, h34vi13) and forms of real sites ("К 80-летию Победы", "CHÀO MỪNG KỶ NIỆM 80 NĂM CÁCH MẠNG THÁNG
TÁM …").  Negatives of the same shape: an article's title naming the jubilee its text reports (h31vi14; "80 ЛЕТ
ПОБЕДЫ В ВЕЛИКОЙ ОТЕЧЕСТВЕННОЙ ВОЙНЕ" over a text on Victory Day, rgup.ru), a heading directly over the text, a lead
sentence opening "Nhân dịp kỷ niệm 77 năm …", "80 лет назад", an age, a count of years without "kỷ niệm" ("80 năm
Quốc khánh 2/9: …", vietnamplus.vn), a numbered section's heading taken for no title.
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.banners import BANNER, anniversary_banners, jubilee
from mtpipe.document import Document

_VI_TITLE = "Liên hoan tiếng hát người cao tuổi"
_VI = ("Nhân dịp kỷ niệm 77 năm Ngày truyền thống Người cao tuổi Việt Nam, ngày 30.5, tại Trung tâm Văn hóa tỉnh, Ban "
       "Đại diện Hội Người cao tuổi tỉnh tổ chức Liên hoan tiếng hát người cao tuổi năm 2018.",
       "Liên hoan thu hút trên 300 diễn viên, nhạc công thuộc các đoàn văn nghệ của 10 huyện, thành phố về tham dự "
       "với 40 tiết mục, gồm nhiều thể loại.")
_RU_TITLE = "В Китае запретят безлицензионные новости и интервью"
_RU = ("Китайское управление по киберпространству начало кампанию по наведению порядка в сфере новостей, направленную "
       "против самозваных журналистов.",
       "Цель кампании — борьба с беспорядком в работе информационных служб и пресечение их незаконной деятельности.")


@pytest.mark.parametrize("line", [
    "80 лет Великой Победе!",  # h7ru06
    "80 лет Победы в Битве за Кавказ",  # t28ru83
    "KỶ NIỆM 70 NĂM NGÀY GIẢI PHÓNG THỦ ĐÔ (10/10/1954 – 10/10/2024)",  # h34vi06
    "CHÀO MỪNG KỶ NIỆM 41 NĂM NGÀY NHÀ GIÁO VIỆT NAM (20/11/1982 - 20/11/2023)",  # h34vi13
    "К 80-летию Победы",  # a municipal site's banner
    "CHÀO MỪNG KỶ NIỆM 80 NĂM CÁCH MẠNG THÁNG TÁM VÀ QUỐC KHÁNH 2/9",
    "Kỉ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam",
])
def test_banner_shape(line):
    assert jubilee(line)


@pytest.mark.parametrize("line", [
    "80 лет назад",  # a time ago, no jubilee
    "Как это было 80 лет назад",
    "Ей исполнилось 100 лет",  # an age
    "80 năm Quốc khánh 2/9: Khúc hùng ca bất diệt của dân tộc Việt Nam",  # no "kỷ niệm" (vietnamplus.vn)
    _VI[0],  # a sentence opening with the formula
    "Trường tổ chức kỷ niệm 40 năm thành lập, các thế hệ học sinh trở về thăm trường.",
])
def test_banner_shape_negatives(line):
    assert not jubilee(line)


def test_banner_in_place():
    ban = "80 лет Великой Победе!"
    got = anniversary_banners([ban, _RU_TITLE, *_RU], {}, "ru")
    assert list(got) == [0] and got[0][0] == BANNER
    vi = "KỶ NIỆM 70 NĂM NGÀY GIẢI PHÓNG THỦ ĐÔ (10/10/1954 – 10/10/2024)"
    assert list(anniversary_banners([vi, "Tin tức hoạt động", _VI_TITLE, *_VI], {}, "vi")) == [0]
    # the article's title naming the jubilee its text reports stays (h31vi14), a numbered section under it no title
    title = "KỶ NIỆM 90 NĂM THÀNH LẬP HỘI NÔNG DÂN VIỆT NAM (14/10/1930 – 14/10/2020)"
    text = ("Đầu năm 1920, nông dân nước ta sống cực khổ; Hội Nông dân Việt Nam ra đời từ phong trào đấu tranh của "
            "nông dân.")
    assert anniversary_banners([title, "I. SỰ RA ĐỜI NÔNG HỘI ĐỎ", text], {}, "vi") == {}
    ru = "80 ЛЕТ ПОБЕДЫ В ВЕЛИКОЙ ОТЕЧЕСТВЕННОЙ ВОЙНЕ"
    assert anniversary_banners([ru, "09 Май 2025", "С Днём Победы!", "9 мая 1945 года в пригороде Берлина был "
                                "подписан акт о капитуляции, и Победа в Великой Отечественной войне стала днём славы."],
                               {}, "ru") == {}
    # a heading directly over the text is the title, whatever it names; no paragraph: nothing goes
    assert anniversary_banners([ban, *_RU], {}, "ru") == {}
    assert anniversary_banners([ban, _RU_TITLE], {}, "ru") == {}
    # other languages are not read
    assert anniversary_banners([ban, _RU_TITLE, *_RU], {}, "uk") == {}


@pytest.mark.parametrize("policy", ["balanced", "weighed"])
def test_banner_in_the_cleaner(policy):
    ban = "80 лет Великой Победе!"
    doc = Cleaner(CleanOptions(removal_policy=policy))(
        Document.from_text("\n".join([ban, _RU_TITLE, *_RU]), doc_id="s/a.txt", path="s/a.txt"))
    got = {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}
    assert got.get(ban) == BANNER
    assert not any(line in got for line in (_RU_TITLE, *_RU))
