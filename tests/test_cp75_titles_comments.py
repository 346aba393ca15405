"""cp75 (issue 12): held44's lost content, by class.

* **a title the page's own text quotes** (:func:`mtpipe.clean.release_guards.quoted_title`): ``weighed``'s second
  signal releases a held run between two removed lines; a short line that a live sentence of the page holds whole in
  quotation marks stays (h44vi03's TV series "Hoàn Châu cách cách" between a removed list number and image slug, its
  item's paragraph ""Hoàn Châu cách cách" là một trong …").  Positives made up: film, book and dish titles in a list
  inside the text.  Negatives: a sidebar's section names and tags between removed lines (no sentence quotes them), a
  title quoted only by a removed line, a title a sentence quotes only in part, a long line.
* **a reader comment under the comment counter** (:func:`mtpipe.clean.tail_runs.reader_comments`): a tail of short
  lines under a counter of N comments is a thread; its first N lines with a lower-case word that repeat no line above
  and stand over a removed line (a reply link) or close the page are the readers' words, no sidebar name (h44vi12's
  "1 bình luận" / "Quan" / "Ý kien cua toi", printed twice).  Negatives: a footer menu with no counter, a counter of
  none, a counter over a menu (its comments not printed), the signature and the thread's second copy.
* **a source note in brackets glued to the lead** (:mod:`mtpipe.segment.line_heads`): "(Giúp bạn)Thời gian …" is one
  unit (Convention 3, as the spaced "(THTG) Ngày …"); a label before its bracket ("DVB-T2 (SDTV)Kênh 34 UHF") still
  ends at the bracket.
"""

import pytest

from mtpipe.clean import tail_runs as TR
from mtpipe.clean.policy import THRESHOLDS, Gate, HeldRemovals, release_supported
from mtpipe.clean.release_guards import quoted_title
from mtpipe.segment.sentences import split_sentences

from test_cp59_unlisted_rules import _rule

TABLE = {"test.held": _rule({"vi": [8, 20], "ru": [8, 20]}), "test.sure": _rule({"vi": [0, 500], "ru": [0, 500]})}


def _released(lang: str, lines: list[str], held: set[int], sure: set[int]) -> set[int]:
    """The held lines ``release_supported`` removes after all."""
    removed = HeldRemovals(Gate(TABLE, THRESHOLDS["weighed"], "weighed", lang), lines)
    for i in sure:
        removed[i] = ("test.sure", None)
    for i in held:
        removed[i] = ("test.held", None)
    assert set(removed.held) == held
    release_supported(removed)
    return {i for i in held if i in removed}


# a list inside the text: a number, the title, an image's slug (removed), the item's paragraph quoting it
_LISTS = [
    ("vi", ["• 1", "Tây du ký", "phim-truyen-hinh-1",
            "\"Tây du ký\" là bộ phim truyền hình được khán giả nhiều thế hệ yêu thích nhất mọi thời đại."]),
    ("vi", ["2.", "Bún chả Hà Nội", "anh-mon-an-2",
            "Nhắc đến ẩm thực Thủ đô, không thể bỏ qua “Bún chả Hà Nội” với thịt nướng thơm lừng và nước chấm."]),
    ("ru", ["Книга 3", "Мастер и Маргарита", "cover-3.jpg",
            "Роман «Мастер и Маргарита» Булгаков писал больше десяти лет и так и не успел закончить."]),
    ("ru", ["№ 4", "Ирония судьбы", "kadr-4",
            "Фильм „Ирония судьбы“ показывают по телевизору каждый год тридцать первого декабря."]),
]


@pytest.mark.parametrize("lang, lines", _LISTS)
def test_a_title_the_text_quotes_stays(lang, lines):
    assert quoted_title(lines, 1, {0, 2})
    assert _released(lang, lines, {1}, {0, 2}) == set()


def test_a_list_of_quoted_titles_stays_whole():
    lines = ["• 1", "Hoàn Châu cách cách", "slug-1", "Năm sản xuất: 1998",
             "\"Hoàn Châu cách cách\" là một trong những bộ phim truyền hình kinh điển của Trung Quốc.",
             "• 2", "Tam quốc diễn nghĩa", "slug-2",
             "Ngay khi phát sóng, “Tam quốc diễn nghĩa” đã thu hút gần 500 triệu người theo dõi trên màn ảnh nhỏ."]
    assert _released("vi", lines, {1, 6}, {0, 2, 5, 7}) == set()


@pytest.mark.parametrize("lang, lines", [
    # a sidebar's section names between removed lines: the text names none of them in quotes
    ("vi", ["Trang chủ", "Tin tức sự kiện", "Văn hóa", "Chia sẻ",
            "Lễ hội diễn ra trong ba ngày với nhiều hoạt động văn hóa, thể thao sôi nổi."]),
    # tags: the text speaks of the thing, it does not quote the tag
    ("ru", ["Теги:", "детская площадка", "благоустройство", "Поделиться",
            "В посёлке открыли новую детскую площадку, благоустройство двора закончили к осени."]),
])
def test_names_no_sentence_quotes_are_released(lang, lines):
    assert _released(lang, lines, {1, 2}, {0, 3}) == {1, 2}


def test_a_quote_in_a_removed_line_or_in_part_does_not_keep_it():
    # quoted only by a removed teaser
    lines = ["Реклама", "Консул", "Читать далее", "Ресторан «Консул» приглашает гостей на новогодний банкет."]
    assert _released("ru", lines, {1}, {0, 2, 3}) == {1}
    # a sentence that quotes a longer title holds no quotation of this line
    lines = ["• 1", "Tam quốc", "slug-1", "Bộ phim “Tam quốc diễn nghĩa” được chuyển thể từ tiểu thuyết cùng tên."]
    assert not quoted_title(lines, 1, {0, 2})
    assert _released("vi", lines, {1}, {0, 2}) == {1}
    # a line of more than eight words is no title
    long = "Một hai ba bốn năm sáu bảy tám chín"
    assert not quoted_title(["x", long, "y", f"Anh ấy nói “{long}” rồi đi về nhà ngay trong đêm hôm đó."], 1, {0, 2})


_VI = ["Ngư dân tổ chức lễ hội cầu ngư mở biển đầu năm",
       "Hàng năm cứ vào ngày 12 tháng Giêng âm lịch, người dân thôn An Lương tổ chức lễ cầu ngư cho năm mới.",
       "Như mọi năm, năm nay lễ cầu ngư được người dân quan tâm, chuẩn bị chu đáo từ nhiều ngày trước."]


@pytest.mark.parametrize("lines, removed, taken", [
    # h44vi12's shape: counter, signature, comment, reply counter, reply prompt, the whole thread printed twice
    ([*_VI, "|", "1 bình luận", "Lan", "Y kien rat hay", "1 phản hồi", "Trả lời", "Lan", "Y kien rat hay",
      "1 phản hồi", "Trả lời"], {3, 4, 7, 8, 11, 12}, [5, 9, 10]),
    # two comments under a counter of two, their signatures taken
    ([*_VI, "2 bình luận", "Minh", "bai viet hay qua", "Trả lời", "Hoa", "cam on tac gia", "Trả lời", "Gửi"],
     {3, 6, 9, 10}, [4, 7]),
    # a Russian thread: "Комментарии (1)", a nickname, the comment
    ([*_VI[:1], "Жители посёлка вышли на субботник и убрали мусор вдоль берега реки за два дня работы.",
      "Администрация поблагодарила всех, кто пришёл помочь, и обещала повторить акцию весной.",
      "Комментарии (1)", "Ivan77", "молодцы", "Ответить", "Ivan77", "молодцы", "Ответить"],
     {3, 6, 9}, [4, 7, 8]),
])
def test_a_reader_comment_under_the_counter_stays(lines, removed, taken):
    got = TR.tail_runs(lines, {i: ("x", "") for i in removed})
    assert sorted(got) == taken


@pytest.mark.parametrize("lines, removed, taken", [
    # a footer's menu under the last sentence, no comment counter: every name goes (clut66)
    ([*_VI, "Giới thiệu", "Chia sẻ", "Tin tức sự kiện", "Liên hệ", "Bản quyền", "Thư viện ảnh"],
     {4, 6}, [3, 5, 7, 8]),
    # a counter of no comment: what follows is the sidebar
    ([*_VI, "0 bình luận", "Tin tức sự kiện", "Gửi", "Thư viện ảnh", "Liên hệ", "Đăng nhập"],
     {3, 5, 8}, [4, 6, 7]),
    ([*_VI, "Bình luận (0)", "Tin tức sự kiện", "Gửi", "Thư viện ảnh", "Liên hệ", "Đăng nhập"],
     {3, 5, 8}, [4, 6, 7]),
    # a counter of one: one comment at most, the section names after it still go
    ([*_VI, "1 bình luận", "hay lam", "Trả lời", "Tin tức sự kiện", "Thư viện ảnh", "Liên hệ", "Video clip"],
     {3, 5}, [6, 7, 8, 9]),
    # a counter whose comments the page did not print (loaded by script): the menu's names follow each other
    ([*_VI, "12 bình luận", "Tin tức sự kiện", "Thư viện ảnh", "Liên hệ", "Gửi", "Video clip", "Đăng nhập"],
     {3, 7, 9}, [4, 5, 6, 8]),
])
def test_the_sidebar_after_a_counter_still_goes(lines, removed, taken):
    got = TR.tail_runs(lines, {i: ("x", "") for i in removed})
    assert sorted(got) == taken


@pytest.mark.parametrize("text", [
    "(Giúp bạn)Thời gian không thể làm người ta lãng quên, thời gian chỉ làm giá trị của các tác phẩm này rõ hơn.",
    "(VTC)Hôm nay, đoàn công tác của tỉnh đã đến thăm và tặng quà cho các hộ nghèo.",
    "(II)Người nhận được học bổng trong quá trình học, hàng tháng nhận được 30.000 Đài tệ.",
])
def test_a_bracket_opening_the_line_is_part_of_its_sentence(text):
    assert [text[a:b] for a, b in split_sentences(text, "vi")] == [text]


@pytest.mark.parametrize("text, first", [
    ("DVB-T2 (SDTV)Kênh 34 UHF", "DVB-T2 (SDTV)"),  # h29vi12: a label before its bracket, glued to the value
    ("Trụ sởĐường N2, khu công nghiệp", "Trụ sở"),
])
def test_a_label_glued_to_its_value_still_ends(text, first):
    assert text[slice(*split_sentences(text, "vi")[0])] == first
