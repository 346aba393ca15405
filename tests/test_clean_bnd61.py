"""Round bnd61 (issue 12: no sentence cut at a soft line break), by class, each with negatives: a name cut by the wrap
of a title-case heading that the page's running text prints whole (:func:`mtpipe.clean.softbreak_heads.name_across`;
crawl12's ``c12vi17``, a diocese's history page in a narrow column)."""

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
