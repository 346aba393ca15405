"""form101 (issue 12): the CMS table is the one source of the comment-form strings, and one edge normalisation.

``furniture._FORM`` wrote WordPress core's comment-form strings ("Leave a Reply", "Your email address will not be
published.", "Required fields are marked *", "Post Comment", ...) and their ru/vi translations by hand, and so did
``data/cms_strings.tsv`` (built from the CMSs' language files, cms99).  The table now marks those rows ``comment
form`` (its last column, ``tools/build_cms_strings.py``'s ``COMMENT_FORM`` picks) and ``furniture.form_prompt`` -- a
rule and the line classifier's context -- reads them through :func:`cms_strings.comment_form`; ``_FORM`` keeps only
what the table does not hold.  The table's match normalisation strips the arrows, chevrons, dashes and dots after a
string that the hand rules stripped ("Recent Posts »", "Older posts →"), in one function, :func:`cms_strings.edges`,
that ``theme_strings`` and ``vi_heads.english_ui`` call too.  Lines here are written for the tests.
"""

import pytest

from mtpipe.clean.cms_strings import COMMENT_FORM, DATA, cms_string, comment_form, edges, load
from mtpipe.clean.furniture import _FORM, form_prompt
from mtpipe.clean.theme_strings import theme_string
from mtpipe.clean.vi_heads import english_ui


def _rows():
    exact, _pattern, slotted = load()
    return list(exact.values()) + list(slotted)


def _filled(text):
    return text.replace("%s", "Ann").replace("%d", "2").replace("%1$s", "Ann").replace("%2$s", "Bob")


FORM_ROWS = [r for r in _rows() if r.part == COMMENT_FORM]


def test_the_table_marks_the_comment_form_rows():
    parts = {r.part for r in _rows()}
    assert parts == {COMMENT_FORM, "-"}
    texts = {r.text for r in FORM_ROWS}
    for s in ("Leave a Reply", "Your email address will not be published.", "Required fields are marked %s",
              "Отменить ответ", "Обязательные поля помечены %s", "Các trường bắt buộc được đánh dấu %s",
              "Notify me of follow-up comments by email.", "Имя (обязательное)"):
        assert s in texts, s
    assert not texts & {"Recent Posts", "Skip to content", "Comments are closed.", "Loading..."}
    header = DATA.read_text(encoding="utf-8").splitlines()[1]
    assert header.endswith("\tpart")


@pytest.mark.parametrize("row", FORM_ROWS, ids=lambda r: r.text[:30])
def test_hand_form_list_repeats_no_table_string_and_form_prompt_reads_the_table(row):
    line = _filled(row.text).replace(" Ann", " *") if row.text.endswith("%s") and "marked" in row.text.lower() \
        or row.text.endswith("помечены %s") or row.text.endswith("đánh dấu %s") else _filled(row.text)
    assert _FORM.fullmatch(line.strip()) is None, line  # one fact in one place: the hand regex holds it no more
    for shape in (line, line.upper(), f"• {line}", f"{line.rstrip('.')} »"):
        assert form_prompt(shape), shape
        assert comment_form(shape) is not None, shape


@pytest.mark.parametrize("line", [
    "Your email address will not be published. Required fields are marked *",
    "Ваш адрес email не будет опубликован. Обязательные поля помечены *",
    "Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *",
])
def test_the_forms_two_notices_in_one_paragraph(line):
    assert form_prompt(line) and comment_form(line) is not None


@pytest.mark.parametrize("line", [
    "Recent Posts", "Skip to content", "Loading...", "Comments are closed.",  # table rows of another part
    "Добавить комментарий можно ниже, после регистрации на сайте.",  # a sentence that quotes a form string
    "Your email address will not be published. We never sell it.",  # one form string and a sentence
    "Leave a Reply. Recent Posts",  # a form string and a widget's heading: not the form's paragraph
])
def test_not_a_comment_form_line(line):
    assert not form_prompt(line)


@pytest.mark.parametrize("line", ["Hủy trả lời", "Оставить ответ", "Пожалуйста, введите ваш комментарий!",
                                  "Notify me of new posts by email.", "Name *"])
def test_what_the_table_lacks_stays_in_the_hand_list(line):
    assert _FORM.fullmatch(line) is not None and form_prompt(line)


@pytest.mark.parametrize("line", ["Recent Posts »", "Older posts →", "Like this -", "› Recent Comments ›",
                                  "Loading Comments... »", "Tag Cloud —", "→ Skip to content"])
def test_arrow_chevron_dash_tails_are_stripped_before_the_table_match(line):
    assert cms_string(line) is not None, line


def test_one_word_loader_still_needs_its_dots():
    assert cms_string("Загрузка →") is None and cms_string("Загрузка... »") is not None


@pytest.mark.parametrize("line,core", [("Recent Posts »", "Recent Posts"), ("→ Archives ›", "Archives"),
                                       ("Categories.", "Categories"), ("• Related —", "Related"),
                                       ("Older posts…", "Older posts")])
def test_one_edge_normalisation_for_every_ui_string_rule(line, core):
    assert edges(line) == core
    if core in ("Archives", "Related"):
        assert theme_string(line), line
    if core in ("Archives", "Categories"):
        assert english_ui(line), line

