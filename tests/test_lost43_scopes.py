"""The same list item under two different headings that end in ":" is a fact of each heading's subject, no copy:
``dedupe.exact`` and ``dedupe.near`` keep both (lost43, :mod:`mtpipe.clean.scopes`, on held32's shape: a notice that
gives each service's working days, two services the same days).  A list printed twice under the same heading, a
line's copy outside any list and an item repeated inside one list are still copies.  Pages written for these tests."""

import pytest

from mtpipe.clean import Cleaner, CleanOptions, unaccounted
from mtpipe.clean.scopes import list_heading, other_scope
from mtpipe.document import Document
from mtpipe.segment import Segmenter

LEAD_RU = ("В праздничные дни медицинские учреждения округа будут работать по особому графику. "
           "Об этом сообщили в министерстве здравоохранения региона.")
DAYS_RU = "- 29 и 30 апреля, 10 и 11 мая — по режиму работы в выходной день (суббота);"
OFF_RU = "- 28 апреля и 1, 9, 12 мая — нерабочие праздничные и выходные дни."
LEAD_VI = ("Trong dịp nghỉ lễ, các đơn vị y tế trên địa bàn huyện sẽ làm việc theo lịch riêng. "
           "Người dân cần lưu ý để sắp xếp thời gian khám chữa bệnh.")
DAYS_VI = "- Ngày 30/4 và 1/5: làm việc theo chế độ ngày thứ Bảy;"
OFF_VI = "- Ngày 2/5 và 3/5: nghỉ lễ, chỉ trực cấp cứu."


def _removed(text: str, policy: str) -> list[tuple[str, str]]:
    doc = Segmenter()(Cleaner(CleanOptions(removal_policy=policy))(Document.from_text(text, doc_id="d.txt", path="d.txt")))
    assert unaccounted(doc) is None
    return [(e.text, e.rule) for e in doc.ledger if e.action == "removed"]


KEPT = [
    # held32's shape: three services, two of them with the same days (exact and near copies)
    f"{LEAD_RU}\n\nРежим работы поликлиник:\n- 29 и 30 апреля — по режиму работы в выходной день (суббота);\n"
    f"- 28 апреля и 1, 9, 12 мая — нерабочие праздничные и выходные дни;\n\nКабинеты иммунопрофилактики:\n"
    f"{DAYS_RU}\n{OFF_RU}\n\nСтоматологические поликлиники:\n{DAYS_RU}\n{OFF_RU}\n",
    # two headings, blank lines between the items
    f"{LEAD_RU}\n\nЖенские консультации:\n\n{DAYS_RU}\n\n{OFF_RU}\n\nДетские поликлиники:\n\n{DAYS_RU}\n\n{OFF_RU}\n",
    f"{LEAD_VI}\n\nTrạm y tế các xã:\n{DAYS_VI}\n{OFF_VI}\n\nPhòng khám đa khoa khu vực:\n{DAYS_VI}\n{OFF_VI}\n",
]


@pytest.mark.parametrize("policy", ["balanced", "weighed"])
@pytest.mark.parametrize("text", KEPT, ids=range(len(KEPT)))
def test_an_item_under_two_headings_is_kept_in_both(text, policy):
    removed = _removed(text, policy)
    assert not [r for r in removed if r[1].startswith("dedupe.")], removed
    for item in (DAYS_RU, OFF_RU, DAYS_VI, OFF_VI):
        assert not [r for r in removed if r[0].strip() == item], removed


COPIES = [
    # the same list printed twice under the same heading (a summary, then the notice)
    (f"{LEAD_RU}\n\nКабинеты иммунопрофилактики:\n{DAYS_RU}\n{OFF_RU}\n\nПодробнее в приказе.\n\n"
     f"Кабинеты иммунопрофилактики:\n{DAYS_RU}\n{OFF_RU}\n", [DAYS_RU, OFF_RU]),
    # the item repeated inside one list
    (f"{LEAD_VI}\n\nTrạm y tế các xã:\n{DAYS_VI}\n{OFF_VI}\n{DAYS_VI}\n", [DAYS_VI]),
    # a line's copy after a heading's list, outside any list (a teaser's copy of the item)
    (f"{LEAD_RU}\n\nКабинеты иммунопрофилактики:\n{DAYS_RU}\n{OFF_RU}\n\n{LEAD_RU}\n", [LEAD_RU]),
]


@pytest.mark.parametrize("policy", ["balanced", "weighed"])
@pytest.mark.parametrize("case", COPIES, ids=range(len(COPIES)))
def test_a_list_printed_twice_under_one_heading_loses_its_copy(case, policy):
    text, gone = case
    if policy == "weighed" and case is COPIES[1]:
        pytest.skip("the weighed policy keeps a one-line list item under its heading, old code as new")
    removed = _removed(text, policy)
    for line in gone:
        assert sum(1 for t, r in removed if t.strip() == line and r.startswith("dedupe.")) == 1, removed
        assert text.count(line) == 2


def test_list_heading_and_other_scope():
    lines = ["Лид.", "Кабинеты:", "- один;", "- два.", "Поликлиники:", "- один;", "Текст", "- один;"]

    def line(k):
        return lines[k] if 0 <= k < len(lines) else None

    assert list_heading(line, 2) == 1 and list_heading(line, 3) == 1 and list_heading(line, 5) == 4
    assert list_heading(line, 7) is None and list_heading(line, 0) is None and list_heading(line, 1) is None
    assert other_scope(line, 2, 5) and not other_scope(line, 2, 3) and not other_scope(line, 2, 7)


# A document site's page: its title, then an info box whose "Название" field glues its label to a copy of the title
# (one paragraph with the next fields), then the document's letterhead, a part of the title in capitals (held22's
# shape).  The info box's paragraph repeats the title whole, so the title is no lead running two paragraphs together
# (``dedupe.covered``): it stays.
TITLE_DOC = ("Частное профессиональное образовательное учреждение «каспийский колледж экономики и права» (чпоу ккэп) "
             "положение о приемной комиссии каспийск 2017")
BOX = f"Название{TITLE_DOC}\nТипДокументы\nexample-docs.ru > бланк заявлений > Документы"
CAPS = "ЧАСТНОЕ ПРОФЕССИОНАЛЬНОЕ ОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ «КАСПИЙСКИЙ КОЛЛЕДЖ ЭКОНОМИКИ И ПРАВА»"
BODY = ("1. Читальный зал является структурным подразделением библиотеки и обслуживает читателей в её помещении. "
        "2. Право пользования читальным залом имеют все жители города.")


@pytest.mark.parametrize("policy", ["balanced", "weighed"])
def test_a_title_that_a_labelled_field_repeats_whole_is_no_covered_lead(policy):
    removed = _removed(f"{TITLE_DOC}\n\n\nСкачать 187.52 Kb.\n{BOX}\n\n\nМИНИСТЕРСТВО КУЛЬТУРЫ РЕСПУБЛИКИ\n\n{CAPS}\n\n"
                       f"(ЧПОУ ККЭП)\n\n{BODY}\n", policy)
    assert not [r for r in removed if r[0].strip() == TITLE_DOC], removed


# same shape, no glued label: the lead runs the two paragraphs under it together and goes (seed 004's case)
LEAD_RUN = ("Городская библиотека открыла читальный зал после ремонта и продлила часы работы по выходным дням для всех "
            "читателей. В зале появились новые столы и")
PARA_1 = "Городская библиотека открыла читальный зал после ремонта и продлила часы работы по выходным дням для всех читателей."
PARA_2 = "В зале появились новые столы и лампы, а фонд пополнили сотней книг."


@pytest.mark.parametrize("policy", ["balanced", "weighed"])
def test_a_lead_running_two_paragraphs_together_still_goes(policy):
    removed = _removed(f"{LEAD_RUN}\n\n{PARA_1}\n\n{PARA_2}\n\n{BODY}\n", policy)
    assert (LEAD_RUN, "dedupe.covered") in [(t.strip(), r) for t, r in removed], removed


# A pull quote printed beside the text, then the text's own sentence quoting it with its speaker (crawl's BBC shape):
# the text's sentence is no near copy of the pull quote.
QUOTE = "Small firms here build things people use every day, not technology for its own sake"
ARTICLE = [
    "Across the river, a new generation of start-ups is growing in old warehouses and empty shops.",
    "Continue reading the main story",
    f"{QUOTE}”",
    "Investors say the city's mix of industries gives founders customers from the first day.",
    f"\"{QUOTE},\" she says.",
    "Rents are still high, and many teams share one floor of a converted factory.",
]


LABELLED = ARTICLE[:2] + ["“Start Quote", f"{QUOTE}”", "End Quote Anna Lee City Ventures"] + ARTICLE[3:]


@pytest.mark.parametrize("policy", ["balanced", "weighed"])
@pytest.mark.parametrize("lines", [ARTICLE, LABELLED], ids=["bare", "labelled"])
def test_the_texts_sentence_quoting_a_pull_quote_is_kept(lines, policy):
    removed = _removed("\n".join(lines) + "\n", policy)
    assert not [r for r in removed if QUOTE in r[0]], removed


@pytest.mark.parametrize("policy", ["balanced", "weighed"])
@pytest.mark.parametrize("later", [f"\"{QUOTE}.\"", f"\"{QUOTE}\" — City News."])
def test_a_quote_printed_again_without_a_speaker_after_it_is_a_copy(later, policy):
    lines = ARTICLE[:4] + [later] + ARTICLE[5:]
    removed = _removed("\n".join(lines) + "\n", policy)
    assert [r for r in removed if r[0].strip() == later and r[1].startswith("dedupe.")], removed


def test_quoted_in_text_table():
    from mtpipe.clean.scopes import quoted_in_text
    assert quoted_in_text(f"{QUOTE}”", f"\"{QUOTE},\" she says.")
    assert quoted_in_text(f"«{QUOTE}»", f"«{QUOTE}», — сказал он.")
    assert quoted_in_text(f"“Start Quote {QUOTE}”", f"\"{QUOTE},\" she says.")  # the pull quote's label
    assert not quoted_in_text(f"Read the full story: {QUOTE}”", f"\"{QUOTE},\" she says.")  # four words before
    assert not quoted_in_text(f"\"{QUOTE},\" she says.", f"\"{QUOTE},\" she says.")  # both attributed: a copy
    assert not quoted_in_text(f"{QUOTE}”", f"\"{QUOTE},\" she wrote in the report on page two.")  # no short speaker
    assert not quoted_in_text(f"{QUOTE}”", f"\"{QUOTE} and more,\" she says.")  # other words inside
