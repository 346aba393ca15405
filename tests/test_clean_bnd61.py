"""Round bnd61 (issue 12: sentence boundaries and soft-break cuts on real pages), by class, each with negatives:

* a name cut by the wrap of a title-case heading that the page's running text prints whole
  (:func:`mtpipe.clean.softbreak_heads.name_across`; crawl12's ``c12vi17``, a diocese's history page in a narrow
  column);
* a page's title line of questions only, every part closed by a "?", is one unit (README Convention 2;
  :func:`mtpipe.segment.heading_line.merge_title_line`; ``h22vi01``, ``vi28``, ``t27vi92``).
"""

from __future__ import annotations

import pytest

from mtpipe.clean.softbreak import soft_breaks
from mtpipe.clean.softbreak_heads import in_running_text, name_across


def _joined(text: str) -> list[str]:
    """The lines of ``text`` each soft break joins onto the next (the line before the break)."""
    return [text[:k].rsplit("\n", 1)[-1] for k in soft_breaks(text)]


# c12vi17's running text (the history under the heading), one line of it as the page wraps it
_VL = "Về phương diện hành chính dân sự, Vĩnh Long ngày nay là một phần"
# thanhcavietnam.net's forum copy of the same history (a real page found with `search`): the name in a sentence
_VL_FORUM = "Từ năm 1822, Vĩnh Long còn một số cha dòng Phanxicô ngành Capuxinô, đa số là người Ý,"
# giaoxugiaohovietnam.com's parish page (found with `search`): "Hồ Chí Minh" and "Trà Ôn" inside its sentences
_TRA_ON = "Năm 1939 - Ông đốc Phủ Yên ở Trà Ôn đến xây dựng Nhà thờ Lagh́ thứ II, Xă Vĩnh Xuân trên phần đất"


@pytest.mark.parametrize("cur,nxt,body", [
    ("Giáo Phận Vĩnh", "Long", _VL),  # c12vi17's heading
    ("Trang Web Giáo Phận Vĩnh", "Long", _VL),  # c12vi17's source line, the same wrap
    ("Lược Sử Giáo Phận Vĩnh", "Long", _VL_FORUM),
    ("Nhà Thờ Giáo Xứ Vĩnh Xuân Trà", "Ôn", _TRA_ON),
])
def test_name_cut_by_the_wrap_joins(cur, nxt, body):
    assert name_across(cur, nxt, body)
    assert cur in _joined(f"{cur}\n{nxt}\nI. LƯỢC SỬ.\n{body}\nnhưng số giáo dân không đáng kể.")


@pytest.mark.parametrize("cur,nxt,body", [
    # a menu printed side by side on one line (html-bg-actualno): no running text, and one word a line
    ("Политика", "Икономика", "Политика Икономика Общество Образование Здравеопазване Крими Регионални За природата"),
    # a list of names a word a line under the same name in a line (held21's h21ru07): one word is no heading
    ("Юрий", "Петрович", "Полпред Президента РФ в ДФО Юрий Петрович Трутнев и другие члены делегации"),
    # two headings in capitals printed as one elsewhere (crawl9's c9vi08): no title case (printed_whole's case)
    ("TU ĐOÀN BÁC ÁI XÃ HỘI", "LỄ KHẤN DÒNG", "TU ĐOÀN BÁC ÁI XÃ HỘI LỄ KHẤN DÒNG được tổ chức tại nhà nguyện"),
    # two headings one above the other, whose meeting words the running text never prints together (c12vi17)
    ("Lược Sử", "Giáo Phận Vĩnh Long", _VL),
    # a heading in sentence case and the parish's deanery under it (giaoxugiaohovietnam.com): two units
    ("Nhà thờ Giáo xứ Vĩnh Xuân (La Gh́)", "Giáo hạt Mai Phốp", _TRA_ON),
    # a letterhead's two lines in capitals (no title case)
    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ĐỘC LẬP - TỰ DO - HẠNH PHÚC", _VL_FORUM),
    # the forum post's heading in capitals, wrapped between two words and not inside the name (its first line has
    # no word in title case: printed_whole's and caps_wraps' cases)
    ("LƯỢC SỬ GIÁO PHẬN", "VĨNH LONG", _VL_FORUM),
    # the first line ends a sentence
    ("Họ Đạo Phước Định.", "Long Hồ", "Ấp Phước Định 1, xã Bình Hòa Phước, huyện Long Hồ, tỉnh Vĩnh Long, có 670 giáo dân"),
])
def test_no_name_across(cur, nxt, body):
    assert not name_across(cur, nxt, body)


def test_pairs_read_from_running_text_only():
    assert not in_running_text("Vĩnh Long", "Nam Kỳ Địa Phận Vĩnh Long Cái Nhum Cái Mơn Bãi Xan\n" + _VL[:40])  # a menu
    assert in_running_text("Vĩnh Long", "Lược Sử\n" + _VL + "\nTre, Trà Vinh")  # a line in the middle
    assert in_running_text("Vĩnh Long", _VL) and not in_running_text("Vĩnh Lon", _VL)  # whole words
    assert not in_running_text("Vĩnh Long", "giáo dân ở xứ Vĩnh. Long là tên của một ông trùm họ đạo")  # a stop


def _segments(text: str) -> list[str]:
    from mtpipe.clean import line_spans
    from mtpipe.document import Document
    from mtpipe.segment import Segmenter

    doc = Document.from_text(text, doc_id="d")
    doc.meta["lang"] = "ru" if any("а" <= ch <= "я" for ch in text) else "vi"
    doc.meta["kept"] = [list(s) for s in line_spans(text)]  # the cleaner kept the lines: the first is the title
    return [s.source for s in Segmenter()(doc).segments]


_VI_TEXT = "Thương phiếu là một loại giấy tờ có giá, xác nhận quyền đòi nợ của người sở hữu."
_RU_TEXT = "В Ольхонском районе местные жители продолжают обсуждать происшествие."


@pytest.mark.parametrize("title,body", [
    ("Thương phiếu là gì? Phân loại và công thức tính thương phiếu?", _VI_TEXT),  # h22vi01
    ("\"Biển Đông War\": Có đánh nhau không? Ai đánh ai? Đánh cách nào? Đánh ở đâu?", _VI_TEXT),  # vi28
    ("Khiếu Nại Là Gì? Tố Cáo Là Gì? Khái Quát Về Khiếu Nại Và Tố Cáo?", _VI_TEXT),  # t27vi92
    ("1. Khiếu nại là gì? Tố cáo là gì?", _VI_TEXT),  # t27vi92's table of contents, as the page's first line
])
def test_title_of_questions_is_one_unit(title, body):
    assert _segments(f"{title}\n{body}") == [title, body]


@pytest.mark.parametrize("title,units", [
    # a question, then a part closed by a stop (cyberleninka.ru's banner line, found with `search`; bnd57's Baikal)
    ("Надоели баннеры? Вы всегда можете отключить рекламу.", ["Надоели баннеры?", "Вы всегда можете отключить рекламу."]),
    ("Что происходит с турбизнесом на Байкале? Рассказываем по порядку.",
     ["Что происходит с турбизнесом на Байкале?", "Рассказываем по порядку."]),
    # a "!" ends a sentence (held24's h24ru13, a speech's greeting)
    ("Buongiorno, signore e signori! Добрый день всем!", ["Buongiorno, signore e signori!", "Добрый день всем!"]),
])
def test_no_title_of_questions(title, units):
    assert _segments(f"{title}\n{_RU_TEXT}") == units + [_RU_TEXT]


def test_questions_inside_the_page_are_left():
    # not the page's first line (a line made up to show the scope): two questions of running text keep their break
    text = f"{_VI_TEXT}\nBạn cần tư vấn? Hãy gọi cho chúng tôi?"
    assert _segments(text) == [_VI_TEXT, "Bạn cần tư vấn?", "Hãy gọi cho chúng tôi?"]
