"""cms99 (issue 12, post-blind on held54): a CMS's or a common plugin's own UI string filling a line
(:mod:`mtpipe.clean.cms_strings`), read from ``mtpipe/clean/data/cms_strings.tsv`` (built by
``tools/build_cms_strings.py`` from WordPress core's, Akismet's, Jetpack's, Contact Form 7's and NukeViet's language
files).

Positives are the strings as pages print them (h54vi05's Akismet line, its Vietnamese and Russian translations, a
slot filled, a bullet or a Markdown link around one); negatives are the nearest content shapes: a sentence quoting a
string with more words, the single common words the build leaves out ("Trả lời", "Hủy"), a content line of the shape
a two-slot frame would have taken ("… được xây dựng trên …"), a title holding a string with more words.
"""

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.cms_strings import DATA, RULE, cms_lines, cms_string, load, normalise
from mtpipe.document import Document


@pytest.mark.parametrize("line, cms", [
    ("This site uses Akismet to reduce spam. Learn how your comment data is processed.", "Akismet"),
    ("This site uses Akismet to reduce spam. [Learn how your comment data is processed.](https://akismet.com/privacy/)",
     "Akismet"),
    ("Website này sử dụng Akismet để hạn chế spam. Tìm hiểu bình luận của bạn được duyệt như thế nào.", "Akismet"),
    ("Этот сайт использует Akismet для борьбы со спамом. Узнайте, как обрабатываются ваши данные комментариев.",
     "Akismet"),
    ("• Добавить комментарий", "WordPress core"),
    ("Leave a Reply to Nguyễn Văn An", "WordPress core"),
    ("Обязательные поля помечены *", "WordPress core"),
    ("Email của bạn sẽ không được hiển thị công khai.", "WordPress core"),
    ("Tổng số điểm của bài viết là: 4.5 trong 12 đánh giá", "NukeViet"),
    ("CÁC TIN KHÁC", "NukeViet"),
    ("Загружаются Комментарии…", "Jetpack"),
    ("Chia sẻ:", "Jetpack"),
    ("Спасибо за Ваше сообщение. Оно успешно отправлено.", "Contact Form 7"),
    ("Подробнее...", "Joomla"),
    ("Страница 2 из 15", "Joomla"),
    ("Bạn đang ở:", "Joomla"),
    ("Đang có 5 khách và 0 thành viên đang online", "Joomla"),
    ("Спасибо за Ваш комментарий, он будет опубликован после проверки модератором!", "JComments"),
])
def test_cms_strings(line, cms):
    row = cms_string(line)
    assert row is not None and row.cms == cms


@pytest.mark.parametrize("line", [
    "Akismet giúp website này hạn chế spam rất tốt.",
    "This site uses Akismet to reduce spam, and so do we.",
    "Trả lời", "Hủy", "Phản hồi", "Найти:",
    "Ngôi chùa được xây dựng trên nền đất cũ",
    "Recent Posts in Ukraine",
    "Подробнее", "Загрузка",  # a one-word read-more or loader only with its dots
    "Страница романа из прошлого века",  # a pager's slots are numbers

    "Các tin khác về lễ hội đình làng",
    "Leave a Reply to the question the minister asked about the new port and its funding in the next year",
    "",
])
def test_not_cms_strings(line):
    assert cms_string(line) is None


def test_normalise():
    assert normalise("  • Leave A Reply:  ") == "leave a reply"
    assert normalise("Загрузка…") == normalise("Загрузка...")
    assert normalise("Ещё") == "еще"


def test_the_table_names_a_source_and_a_licence_for_every_row():
    rows = [r.split("\t") for r in DATA.read_text(encoding="utf-8").splitlines() if r and not r.startswith("#")]
    assert len(rows) >= 100
    for text, lang, cms, source, licence, part in rows:
        assert lang in ("en", "ru", "vi") and cms and licence.startswith("GPL")
        assert "@" in source and ":" in source
        # a widget's one-word strings are written ``run``: taken only inside a run of its strings (cms103)
        assert len(text.split()) >= 2 or text.endswith("...") or part == "run"
    exact, pattern, slotted = load()
    alone = [r for r in rows if r[5] not in ("run", "article info")]  # article-info fields: a line of two (head105)
    assert pattern is not None and slotted and len(exact) + len(slotted) == len(alone) < len(rows)


def test_cms_lines_note_names_the_cms_and_skips_removed_lines():
    lines = ["Một đoạn văn của bài viết, đủ dài để là nội dung.", "Leave a Reply", "Your email address will not be "
             "published."]
    got = cms_lines(lines, {1: ("x", "y")})
    assert sorted(got) == [2]
    rule, note = got[2]
    assert rule == RULE and "WordPress core" in note and "@" in note


_VI_TEXT = ["Ra mắt tổ hội trồng cây ăn quả xã Lê Hóa",
            "Ngày 6/4, Hội nông dân xã tổ chức lễ ra mắt tổ hội nghề nghiệp trồng cây ăn quả.",
            "Tham gia tổ hội có 42 thành viên là những hộ trồng cây ăn quả trên địa bàn xã."]


def test_page_through_the_cleaner():
    akismet = "This site uses Akismet to reduce spam. Learn how your comment data is processed."
    text = "\n".join([_VI_TEXT[0], "", *_VI_TEXT[1:], "", akismet]) + "\n"
    doc = Cleaner(CleanOptions())(Document.from_text(text, doc_id="site.vn/a.txt", path="site.vn/a.txt"))
    removed = {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}
    assert removed.get(akismet) == RULE
    assert not set(removed) & set(_VI_TEXT)
