"""The cross-document template layer and dated series titles; word counts of Chinese and Japanese lines.

A title that differs from page to page only in its date ("... 8 октября 2024 г. ...", "... 9 октября ...")
has one masked form in every document of a folder of daily briefings; it is the page's heading, not the
site's furniture.  The lines here are written for these tests."""

from __future__ import annotations

from mtpipe.clean import Cleaner, TemplateCounter
from mtpipe.clean.features import _sentence_like
from mtpipe.clean.templates import word_count, words_at_least
from mtpipe.document import Document


def _clean(texts: list[str], folder: str = "site") -> list:
    cleaner = Cleaner()
    docs = [Document.from_text(t, doc_id=f"{folder}/{k}.txt") for k, t in enumerate(texts)]
    cleaner.first_pass(docs)
    return [cleaner(d) for d in docs]


def _kept(doc) -> list[str]:
    return [doc.text[a:b] for a, b in doc.meta["kept"]]


def _template_removed(doc) -> list[str]:
    return [e.text for e in doc.ledger if e.rule == "boilerplate.template"]


def test_dated_briefing_titles_in_two_pages_of_a_folder_are_kept():
    days = [("14 марта 2025", "Ли Вэй"), ("17 марта 2025", "Чжан Хуа")]
    texts = [f"Сайт посольства\nБрифинг официального представителя министерства {d} г. в Пекине\n"
             f"Представитель {who} ответил на вопросы журналистов о торговле.\n"
             f"Вопрос {k}: как развивается сотрудничество в области энергетики в этом году?\n"
             for k, (d, who) in enumerate(days)]
    for k, doc in enumerate(_clean(texts)):
        title = f"Брифинг официального представителя министерства {days[k][0]} г. в Пекине"
        assert title in _kept(doc), doc.ledger
        assert title not in _template_removed(doc)


def test_dated_series_titles_kept_while_counters_and_short_dates_go():
    texts = [f"Bộ Ngoại giao\nBản tin thời sự buổi sáng của đài phát thanh tỉnh ngày {d}/3\n"
             f"Lượt xem: {37 * d + 5}\nCập nhật {d}/3\n"
             f"Sáng nay tỉnh đã tổ chức hội nghị về nông nghiệp số {d} với nhiều đại biểu.\n"
             "Chia sẻ bài viết\n" for d in (3, 4, 5, 6, 7)]
    for d, doc in zip((3, 4, 5, 6, 7), _clean(texts)):
        kept = _kept(doc)
        assert f"Bản tin thời sự buổi sáng của đài phát thanh tỉnh ngày {d}/3" in kept, doc.ledger
        removed = _template_removed(doc) + [e.text for e in doc.ledger if e.action == "removed"]
        # the counter and the short dated line (masked, fewer than six words) are still furniture
        assert any(t.startswith("Lượt xem") for t in removed) and any(t.startswith("Cập nhật") for t in removed)
        assert "Chia sẻ bài viết" in removed


def test_a_long_dated_line_identical_on_every_page_is_still_template():
    # the same raw form everywhere (a sidebar link to one briefing), between the same lines: furniture
    link = "Xem thêm bản tin thời sự buổi sáng của đài phát thanh ngày 12/3/2024"
    texts = [f"Bài số {k} về giao thông trong thành phố và các dự án mới.\nKênh thông tin của tỉnh\n{link}\n"
             "Bản quyền thuộc về đài tỉnh\n"
             f"Nội dung riêng {k} của trang này nói về một công trình khác.\n" for k in range(5)]
    for doc in _clean(texts):
        assert link in _template_removed(doc), doc.ledger


def test_template_counter_series_rule_asks_for_differing_raw_forms():
    c = TemplateCounter(width=1 << 12, depth=3)
    for d in (1, 2, 3, 4):
        c.add(f"Главная\nСводка событий за {d} мая в регионе и в столице области\nНовость {d} о погоде.", "s")
    line = "Сводка событий за 2 мая в регионе и в столице области"
    assert c.template(line, "s", "Главная", "Новость 2 о погоде.") is None
    off = TemplateCounter(width=1 << 12, depth=3, series_words=0)
    for d in (1, 2, 3, 4):
        off.add(f"Главная\nСводка событий за {d} мая в регионе и в столице области\nНовость {d} о погоде.", "s")
    assert off.template(line, "s", "Главная", "Новость 2 о погоде.") is not None  # the rule is what keeps it


def test_word_count_of_han_and_kana_lines():
    assert word_count("外交部发言人毛宁主持例行记者会") == 8  # 15 characters, not one word
    assert word_count("東京で会議が開かれました") == 6
    assert word_count("Lượt xem: 571") == 3
    assert word_count("毛宁 2024 年") == 3  # 3 Han characters (2 words) and the number
    assert word_count("한국 외교부 대변인 정례 브리핑") == 5  # Korean has spaces: counted by them


def test_words_at_least_is_word_count_compared():
    lines = ["外交部发言人毛宁主持例行记者会", "東京で会議が開かれました", "Lượt xem: 571", "毛宁 2024 年", "",
             "  one  two\tthree\nfour five six seven ", "a", " 中 文 ", "Một hai ba bốn năm sáu 七八"]
    for line in lines:
        for k in range(1, 10):
            assert words_at_least(line, k) == (word_count(line) >= k), (line, k)
    assert _sentence_like("中国和越南两国外交部举行了第十轮磋商。")
    assert not _sentence_like("版权所有 中国日报网")


def test_chinese_sentence_quoted_by_three_articles_is_not_template():
    quote = "双方同意进一步加强经贸合作，推动两国关系健康稳定发展。"
    texts = [f"新闻标题第{k}号关于贸易谈判的最新进展\n记者报道\n{quote}\n本文第{k}段还介绍了其他领域的合作情况。\n版权所有 新闻网\n"
             for k in range(3)]
    for doc in _clean(texts, folder=""):
        assert quote in _kept(doc), doc.ledger
        assert "版权所有 新闻网" in _template_removed(doc)


def test_han_dated_series_title_kept():
    texts = [f"外交部\n外交部发言人毛宁主持2024年10月{d}日例行记者会\n记者问了关于第{d}次会谈的问题，发言人作了回答。\n"
             for d in (8, 9)]
    for d, doc in zip((8, 9), _clean(texts)):
        assert f"外交部发言人毛宁主持2024年10月{d}日例行记者会" in _kept(doc), doc.ledger
