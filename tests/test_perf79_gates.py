"""perf79: cheap necessary conditions before the costly work of a boilerplate sub-rule; each gate against the code it
stands in front of (written out here as it was) on lines of the class and their nearest neighbours."""
from __future__ import annotations

import unicodedata

from mtpipe.clean import features

_LINES = [
    "Ảnh: Reuters", "ẢNH: TTXVN", "Ảnh minh họa", "Фото: ТАСС", "ФОТО: пресс-служба", "Photo: AFP", "PHOTO: AP",
    "Стоп-кадр видео", "Автор фото: Иван Петров", "Nguồn ảnh: VnExpress", "Hình ảnh: Internet", "cảnh giác: ...",
    "Ảɴʜ: WIV", "ᴘʜᴏᴛᴏ: Reuters", "Pʜᴏᴛᴏ: Reuters",
    "Aɴʜ ᴍɪɴʜ ʜᴏᴀ", "ꜰᴏᴛᴏ", "Ảɴʜ minh họa", "photo: someone", "ảnh:", "Фото",
    "Hôm nay trời đẹp, ảnh chụp từ xa.", "Он сделал фото: красиво", "Sản phẩm. Ảnh Minh Hà", "", " ", "ᴀ",
    "Một câu dài " * 40 + "Ảnh: X", "Текст без подписи", "ABCDEFGHIJ", "ảnh hưởng: lớn",
]


def _is_caption_before(s: str) -> bool:  # features.is_caption before perf79
    if any(w in s for w in features._CAPTION_SEEDS) and features._CAPTION.search(s):
        return True
    folded = s.translate(features._SMALL_CAPS)
    if folded == s:
        return False
    folded = unicodedata.normalize("NFC", folded)
    return any(w in folded for w in features._CAPTION_SEEDS) and features._CAPTION.search(folded) is not None


def test_is_caption_same_answers() -> None:
    for s in _LINES:
        assert features.is_caption(s) == _is_caption_before(s), s


def test_small_capitals_still_read() -> None:
    # the gate's necessary condition: a line with a small capital is translated and read
    assert features.is_caption("Ảɴʜ: WIV")
    assert features.is_caption("Pʜᴏᴛᴏ: Reuters") and not features.is_caption("ᴘʜᴏᴛᴏ: Reuters")  # (case as written)
    for ch in map(chr, features._SMALL_CAPS):
        assert features._SMALL_CAPS_ANY.search("x" + ch + "y"), ch
    assert features._SMALL_CAPS_ANY.search("Ảnh minh họa, Фото") is None


def test_caption_seed_scan_is_the_seed_test() -> None:
    for s in _LINES + [w + " tail" for w in features._CAPTION_SEEDS] + ["ảNH", "фОТО", "Стоп кадр"]:
        assert bool(features._CAPTION_SEED.search(s)) == any(w in s for w in features._CAPTION_SEEDS), s


_CONTROL_LINES = [
    "Сейчас читают: 941", "Đã xem: 462", "Lượt tải: 0", "2 người theo dõi", "Words: 15,407", "Просмотров: ٣٤٥",
    "5,072 просмотров за всё время, 2 просмотров сегодня", "Всего просмотров: 345, сегодня: 2", "views", "Lượt xem",
    "Lượt xem hôm nay: 2156", "Статью прочитали 5 тысяч человек за неделю.", "просмотров за всё время, сегодня",
    "Мы используем cookies, продолжая пользоваться сайтом, вы соглашаетесь", "This site uses cookies to work",
    "Включите JavaScript в браузере", "Your browser does not support the video tag.", "Нажмите Ctrl+Enter",
    "Подпишитесь на наш телеграм-канал", "Присылайте свои новости в редакцию", "Hãy đăng ký để bình luận",
    "Đăng nhập để bình luận", "«Подпишитесь на канал», - сказал он", "Kết nối Zalo với bạn", "Cookie", "Просто текст",
    "ПОДПИШИТЕСЬ НА НАШ TELEGRAM", "Please enable JAVASCRIPT", "КУКИ на сайте используются", "", "   ", "12", "abc",
]


def test_prompt_and_stat_counter_same_answers() -> None:
    import re

    from mtpipe.clean import controls as ct

    def prompt_before(s: str) -> bool:
        t = s.strip()
        if not t or len(t) > 250:
            return False
        folded = t.casefold()
        if any(any(w in folded for w in seeds) and rx.search(t) for seeds, rx in zip(ct._NOTICE_SEEDS, ct._NOTICES)):
            return True
        return any(w in folded for w in ct._JOIN_SEEDS) and ct._JOIN.search(t) is not None \
            and ct._ADDRESS.search(t) is not None and ct._REPORTED.search(t) is None

    def stat_before(s: str) -> bool:
        t = s.strip(" \t•·*-–—|")
        if not 0 < len(t) <= 100:
            return False
        if len(t) <= 60 and len(t.split()) <= 6 and ct._STAT.fullmatch(t) is not None:
            return True
        return len(t.split()) <= 14 and ct._PERIOD_IN.search(t) is not None and ct._STATS.fullmatch(t) is not None

    for s in _CONTROL_LINES + _LINES:
        assert ct.prompt(s) == prompt_before(s), s
        assert ct.stat_counter(s) == stat_before(s), s
    # the gates' necessary conditions: each seed alone reaches the scans; a counter's number is "\d" (any script's)
    for w in (*(w for seeds in ct._NOTICE_SEEDS for w in seeds), *ct._JOIN_SEEDS):
        assert ct._PROMPT_SEEDS.search("x " + w + " y"), w
    assert ct.prompt("Подпишитесь на наш телеграм-канал") and ct.prompt("This site uses cookies to work")
    assert ct.stat_counter("Đã xem: 462") and ct.stat_counter("Просмотров: ٣٤٥")  # Arabic-Indic digits are "\d"
    assert re.fullmatch(r"\d", "٣") and not ct.stat_counter("views")


def test_sketch_estimate_is_the_slot_lists_minimum() -> None:
    from mtpipe.clean.sketch_est import estimate
    from mtpipe.clean.templates import TemplateCounter

    def before(c: TemplateCounter, k: str, folder: str) -> tuple[int, int]:  # TemplateCounter._est before perf79
        return (min(c.documents, *map(c._run.__getitem__, c._slots(k))),
                min(c._folder_docs.get(folder, 0), *map(c._folder.__getitem__, c._slots(folder + "\x00" + k))))

    keys = ["", "a", "lượt xem 0", "читать далее", "0 m 0", "\x03abc", "x" * 500, "中文 键", "k\x00j"]
    for depth, width in ((4, 1 << 6), (4, 1 << 15), (3, 1 << 6), (5, 1 << 8)):
        c = TemplateCounter(width=width, depth=depth)
        for n, folder in enumerate(("", "site.vn", "сайт/раздел", "a\x00b", "site.vn")):
            c.add("\n".join(keys[: n + 3]) + "\nlượt xem 12", folder)
        for folder in ("", "site.vn", "сайт/раздел", "a\x00b", "other"):
            for k in keys + ["lượt xem 0\x01читать далее"]:
                assert estimate(c, k, folder) == before(c, k, folder) == c._est(k, folder), (depth, folder, k)
        assert any(estimate(c, k, "site.vn")[1] for k in keys)  # (counts were read, not only zeros)


def test_site_seeds_fold_exactly() -> None:
    """Every character IGNORECASE takes for a seed's letter folds to that letter: a ``_SITE`` match, folded, holds
    a seed (each seed is a piece of one of the pattern's branches, as written)."""
    import re

    from mtpipe.clean import notices

    letters = {ch for w in notices._SITE_SEEDS for ch in w}
    assert all(x.casefold() == x for x in letters) and "i" not in letters
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    found = set(re.compile("[" + re.escape("".join(letters)) + "]", re.IGNORECASE).findall(every))
    for c in found:
        for x in letters:
            if re.fullmatch(re.escape(x), c, re.IGNORECASE):
                assert c.casefold() == x, (x, c)
    for branch in ("сайт", "портал", "website", "trang web", "trang thông tin", "cổng thông tin"):
        assert notices._SITE.fullmatch(branch) and notices._site_seed(branch.upper()), branch


_NOTICE_LINES = [
    "Материалы сайта защищены авторским правом, перепечатка запрещена.", "Сайт «Вести» использует cookie и вы тоже.",
    "Рисунком поделился пользователь портала «Пикабу» под никнеймом sixth.",
    "Trang web đang bảo trì, vui lòng quay lại.",
    "Cổng Thông Tin điện tử tỉnh đang nâng cấp hệ thống nhé.", "This WEBSITE uses cookies for analytics and ads.",
    "ВЕБ-САЙТ НАХОДИТСЯ НА ТЕХНИЧЕСКОМ ОБСЛУЖИВАНИИ СЕГОДНЯ.", "Сайтам и порталам нужны правила, сказал он вчера.",
    "Обычное предложение без упоминания ничего такого.", "Сайт", "Сайт работает. Всё хорошо.", "trang thông tin",
    "Наш ПОРТАЛ открыт для всех читателей каждый день!", "Trang Web của chúng tôi xin cảm ơn bạn đọc nhiều…",
]


def test_notice_same_answers() -> None:
    from mtpipe.clean import notices as no

    def notice_before(s: str) -> bool:  # notices._notice before perf79 (with rtq98's plural_sites test)
        s = s.strip()
        if len(s) > 400 or no.word_count(s) < 5 or s[-1:] not in ".!?…" or not no._SITE.search(s) \
                or no.others_site(s) or no.reported_site(s) or no.plural_sites(s):
            return False
        if no._pasted_text(s) or no.text_first(s, no._SITE, no._ADDRESS):
            return False
        return sum(m.group(1).isupper() for m in no._NEXT_SENTENCE.finditer(s)) <= 2

    for s in _NOTICE_LINES + _CONTROL_LINES + _LINES:
        assert no._notice(s) == notice_before(s), s
    assert no._notice("Trang web đang bảo trì, vui lòng quay lại.")  # (a notice still read)


def test_rubric_same_answers() -> None:
    from mtpipe.clean import furniture as fu

    def rubric_before(s: str, lang: str) -> str | None:  # furniture.rubric before perf79
        body = fu._DATE_PART.sub("", s.strip())
        body = fu.strip_bullet(body).rstrip(" :：.…").casefold()
        if not body or len(body) > 40:
            return None
        names = fu._names(lang)
        if body in names:
            return body
        parts = [p.strip() for p in fu._RUBRIC_SPLIT.split(body) if p.strip()]
        return body if 2 <= len(parts) <= 3 and all(p in names for p in parts) else None

    lines = ["Новости", "Thời sự", "Політика / Світ", "Thị trường14/02/2024", "date 2022-01 Thời sự", "Политика 12:30",
             "12.03.2024 Политика", "Политика ١٢:٣٠", "• Новости •", "Thời sự 1/2", "Спорт", "Sport | News", "2024"]
    for s in lines + _LINES + _CONTROL_LINES + _NOTICE_LINES:
        for lang in ("ru", "vi", "en", "uk"):
            assert fu.rubric(s, lang) == rubric_before(s, lang), (s, lang)
    assert fu.rubric("Thị trường14/02/2024", "vi") == "thị trường"  # (a date glued on still cut)


def test_bounded_splits_same_answers() -> None:
    """``split(None, k)`` where only ``len(split()) <= k`` (or the words of a line of ``k`` words at most) are read."""
    from mtpipe.clean import guards, layout

    for s in ["a b c   ", "  a b c", "a b c d", "a\tb\nc  d ", "a b c d e f", "a", "", "   ", "a  b  c \u00a0",
              "a b c\u2003d", "Một hai ba bốn năm sáu bảy", "one two three four five"]:
        assert (len(s.split(None, 3)) <= 3) == (len(s.split()) <= 3), s
        t = s.strip()
        assert len(t.split(None, 5)) > 5 if len(t.split()) > 5 else t.split(None, 5) == t.split(), s
    column = ["и", "в", "на", "слово,", "дом", "лес", "река", "гора", "небо", "мы идём дальше по лесу вместе"]
    stop = frozenset(("и", "в", "на"))
    assert guards.word_column(column, stop) == set(range(9))  # (a column still read)
    verse = ["Первый абзац статьи рассказывает о поэте и его жизни, очень подробно и долго, как принято.",
             "«Белеет парус одинокий", "В тумане моря голубом", "Что ищет он в стране далёкой",
             "Что кинул он в краю родном»", "Михаил Юрьевич Лермонтов", "Текст статьи идёт дальше, как обычно."]
    assert layout.verse_attribution(verse, set()) == {5}


def test_counters_still_read() -> None:
    from mtpipe.clean import widgets

    lines = ["Bài viết dài thứ nhất của trang, kể về một câu chuyện có thật ở làng quê.", "Lượt xem 12", "Lượt xem 40",
             "Lượt xem 7", "Lượt   xem  3  ", "Một đoạn văn dài khác của bài viết, với nhiều chữ và dấu chấm câu.",
             "Lượt xem hôm nay 5"]
    got = widgets.counters(lines, set())
    assert set(got) == {1, 2, 3}, got  # (the spaced copy is another key; four words are no counter's)


def test_pager_same_answers() -> None:
    from mtpipe.clean import layout as ly

    def pager_before(s: str) -> bool:  # layout.pager before perf79
        if not any(map(str.isdigit, s)):
            return False
        s = s.strip()
        words = ly.word_count(s)
        if words > 14 or s[-1:] in ".!?…":
            return False
        if words <= 10 and " / " in s and ly._PAGER.search(s):
            return True
        m = ly._COUNTER.search(s)
        if m and int(m[1]) <= int(m[2]) <= int(m[3]):
            return True
        m = ly._PAGE_OF.search(s)
        return bool(m) and 0 < int(m[1]) <= int(m[2])

    lines = ["Trang 1 / 2", "kết quả từ 1 đến 10 / 14",
             "Từ 1 tới 10 trên tổng số 19 kết quả", "Trang 1/6", "Page 2 of 5",
             "Страница 3 из 7", "Trang 1 / 2.", "  Trang 1 / 2  ", "Trang ² / ³", "1 / 2", "12/05/2024", "Page 5 of 2",
             "Một câu rất dài có con số 1 / 2 ở giữa và nhiều chữ nữa để vượt mười bốn từ trong dòng này",
             "Trang 1 / 2 …",
             "Trang 1 / 2\u00a0", "Страница 1 / 2!", ""]
    for s in lines + _LINES + _CONTROL_LINES + _NOTICE_LINES:
        assert ly.pager(s) == pager_before(s), s
    assert ly.pager("  Trang 1 / 2  ") and ly.pager("Page 2 of 5") and not ly.pager("Trang 1 / 2.")
