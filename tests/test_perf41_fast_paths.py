"""The fast paths of perf41 give the slow paths' answers (same-shape inputs on both sides of each test)."""

from __future__ import annotations

import random

from mtpipe.clean import notices
from mtpipe.langid import _detect_read, detect, identify
from mtpipe.langid_fold import fold_lookalikes
from mtpipe.langid_mixed import join_spaced
from mtpipe.scripts import NO_WORD_SPACES, is_cjk


def test_no_spaces_search_is_is_cjk_on_every_character_of_the_ranges_and_their_edges():
    points = {0x20, 0x41, 0x430, 0x1EA1, 0x3000, 0x303F, 0xFF01, 0x1F600}
    for lo, hi in NO_WORD_SPACES:
        points |= {lo - 1, lo, lo + 1, (lo + hi) // 2, hi - 1, hi, hi + 1}
    for o in sorted(points):
        ch = chr(o)
        assert bool(notices._NO_SPACES.search(ch)) == is_cjk(ch), hex(o)


def test_glued_crumbs_still_leaves_cjk_lines_and_takes_latin_crumbs():
    assert notices.glued_crumbs("Trang chủTin tứcThể thao")  # Vietnamese labels glued: crumbs
    assert not notices.glued_crumbs("网站TogiNet的首页TinTức")  # a Han character: Chinese text, no crumbs
    assert not notices.glued_crumbs("한국어TogiNet 페이지TinTức")  # Hangul likewise
    assert not notices.glued_crumbs("カナTogiNetページTinTức")  # and kana


SAMPLES = [
    "Всегο на мοдернизацию κорпуса выделено 5 млн рублей.",  # Greek look-alikes folded
    "М е ч н и к о в а, Кострома",  # letter-spaced
    "Tʜᴇᴏ ᴘʜᴀ́ᴛ ɴɢᴏ̂ɴ ᴛᴜ̛̀ ʙᴀ́ᴏ ᴄʜɪ́ɴʜ ᴘʜᴜ̉",  # small capitals
    "𝐓𝐡𝐨̂𝐧𝐠 𝐛𝐚́𝐨 𝐜𝐮̉𝐚 𝐔𝐁𝐍𝐃 𝐭𝐢̉𝐧𝐡",  # mathematical bold
    "ᴀ́ ʙ ᴄ ᴅ ᴇ ꜰ",  # small capitals letter-spaced, a combining mark among them
    "Chính phủ vừa ban hành nghị định mới về thuế.",
    "The ministry said on Monday that prices would rise.",
    "Очите на Марга почнаха да стават големи.",
    "Президент заявил, что переговоры продолжатся.",
    "习近平主席在北京会见了来访的外国领导人。",
    "H E A D L I N E news today",
    "",
    "12/03/2024",
]


def test_identify_reads_the_text_once_as_detect_read_it_twice():
    for text in SAMPLES:
        read = fold_lookalikes(join_spaced(text))
        assert detect(read, unnamed=True) == detect(text, unnamed=True) or read != text
        if read == text:  # the fast path: the same answer as reading it again
            assert _detect_read(read, ("ru", "vi", "en", "zh"), True) == detect(read, unnamed=True)
    rng = random.Random(41)
    letters = "aăâbcdđeêghiklmnoôơpqrstuưvxyАБВабвгдеёжзийклмнопрстуфхцчшщъыьэюя οκρα ᴀʙᴄ 中文 ́ "
    for _ in range(300):
        text = "".join(rng.choice(letters) for _ in range(rng.randint(1, 60)))
        read = fold_lookalikes(join_spaced(text))
        # what identify computed before (detect on the read text, reading it again) and now
        assert detect(read, unnamed=True) == (_detect_read(read, ("ru", "vi", "en", "zh"), True) if read == text
                                              else detect(read, unnamed=True))
        assert identify(text) in {"ru", "vi", "en", "zh", "und", "mis"} or identify(text)


def test_digit_tests_by_map_match_the_generator():
    from mtpipe.clean.layout import pager

    assert pager("Trang 1 / 2")
    assert not pager("Trang một / hai")  # no digit: the cheap test says no
    assert pager("Trang ١ / ٢")  # Arabic-Indic digits: isdigit() and the patterns' \d both take them, as before
    assert not pager("Trang ² / ³")  # superscripts pass the cheap test (isdigit), the patterns (\d) say no, as before


def _fuzz(alphabet: str, n: int = 2000, seed: int = 41) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(n)]


def test_the_spaced_hint_is_in_every_letter_spaced_run():
    from mtpipe import langid_mixed as lm

    texts = ["М. М е ч н и к о в а, Кострома", "H E A D", "H E A D line", "a b c", "a b c d", "1 2 3 4 5", "a_b c d e",
             "Đ ạ i h ọ c", "x y z", ""] + _fuzz("ab Đ1_ ́", 3000)
    for text in texts:
        if lm._SPACED.search(text):
            assert lm._SPACED_HINT.search(text), text  # the prefilter never skips a run the full pattern finds
    assert lm.join_spaced("H E A D line") == "HEAD line"
    assert lm.join_spaced("a b c line") == "a b c line"  # three letters: no run, as before


def test_fold_asks_for_a_cyrillic_letter_before_the_mixed_words():
    from mtpipe import langid_fold as lf

    for text in ["Всегο на мοдернизацию", "Apple и Tesla", "λόγος Apple", "Chính phủ", "xин chào", "pуcский"] \
            + _fuzz("aoкoρ ς1Жж", 3000):
        if lf._MIXED.search(text):
            assert lf._CYR.search(text), text
    assert lf.fold_lookalikes("Всегο на мοдернизацию") == "Всего на модернизацию"
    assert lf.fold_lookalikes("Apple λόγος Chính") == "Apple λόγος Chính"  # no Cyrillic letter: nothing folded


def test_comment_counts_hold_a_digit():
    from mtpipe.clean import labels

    for text in ["Комментарии (12)", "Bình luận (0)", "comments number 3", "Comments (3 of 10 comments)",
                 "Комментарии (нет)", "Bình luận", "comments number three", "评论（3）", "Ý kiến [١٢]"] \
            + _fuzz("comentsnumbr (3)[]١", 3000):
        if labels._COUNT.search(text):
            assert labels._DIGIT.search(text), text
    got = labels.comment_counters(["Комментарии (12)", "Комментарии (нет)", "Bình luận (0)", "Bình luận"], set())
    assert sorted(got) == [0, 2]


def test_normalise_line_remembered_gives_what_it_computes():
    from mtpipe.clean.templates import normalise_line

    lines = ["Nov 29, 2011 03:00 PM EST", "Mar 27, 2013 06:29 PM EDT", "Trang chủ", "TRANG CHỦ", "Trang chủ ",
             "Thứ hai, 12/3/2023", "thứ hai của tuần", "Đăng nhập | Đăng ký", ""]
    for line in lines * 2:  # the second pass answers from memory
        assert normalise_line(line) == normalise_line.__wrapped__(line)
    assert normalise_line("Nov 29, 2011 03:00 PM EST") == normalise_line("Mar 27, 2013 06:29 PM EDT")
    assert normalise_line("Trang chủ") == normalise_line("TRANG CHỦ") != normalise_line("thứ hai của tuần")
