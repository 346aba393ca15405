"""perf59: the quick tests put before five per-line regex scans (a piece every match holds, in the case-folded line)
give the same answers as the scans alone, on real dev lines and on the forms each pattern is for: the reader notices
and join prompts (``controls._NOTICE_SEEDS``, ``_JOIN_SEEDS``), a caption's credit (``controls._CREDIT_SEEDS``), a
comment counter's bracket or "number" (``labels``), an advert's legal mark (``ru_portal``), a site token's "." or "/"
(``features._sentence_like``), a caption label's word (``features._CAPTION_SEEDS``), a glued alt text's "ảnh" or
"hình" (``vi_photos.glued_alt``)."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from mtpipe.clean import controls, features, labels, ru_portal, vi_photos

ROOT = Path(__file__).resolve().parents[1]
DEV_PARTS = ("held26.ann", "held33.ann", "held38.ann", "held39.ann", "crawlru2.ann", "crawlvi.ann")  # dev parts

FORMS = [
    "", " ", "\u00a0", "Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь.",
    "This site uses COOKIES to improve your experience", "Для работы сайта включите JavaScript",
    "Please enable JAVASCRIPT in your browser", "Your browser does not support the video tag.",
    "Ваш браузер не поддерживает видео", "Нашли ошибку? Выделите её и нажмите Ctrl + Enter",
    "Подписывайтесь на наш ТЕЛЕГРАМ-канал", "Подпишитесь на нашу рассылку, пожалуйста", "Join our Telegram, you",
    "Hãy theo dõi Zalo của chúng tôi", "Присылайте свою новость в редакцию", "Vui lòng đăng nhập để bình luận",
    "Bạn cần ĐĂNG KÝ trước khi gửi", "Канал новостей", "Cᴏᴏkie", "Ctrl+Enter", "ᲄелеграм вам",
    "Cảnh hoàng hôn trên biển - Ảnh 1", "Cảnh hoàng hôn trên biển - ẢNH 2.", "Гора зимой. Источник: Пресс-служба",
    "Гора зимой. ИСТОЧНИК: ТАСС", "Вид на город. Фото предоставлено пресс-службой мэрии.", "Закат над морем. © Reuters",
    "Hoàng hôn. Nguồn: VnExpress", "Hoàng hôn. NGUỒN: VnExpress", "Sunset. Source: AP", "Sunset. SOURCE: AP",
    "Nguồn: VnExpress", "Комментарии (5)", "Комментарии [12]", "Comments number 3", "COMMENTS NUMBER 3",
    "Bình luận (0)", "Отзывы (3 из 10)", "Комментарии: 5", "Реклама. ERID: 2VtzqwX", "erid 2Vtzqw", "На правах рекламы",
    "НА ПРАВАХ РЕКЛАМЫ", "Рекламодатель ООО «Ромашка», ИНН 7701234567", "Материалы сайта доступны по лицензии CC",
    "Перейти на сайт www.example.ru и узнать больше о наших услугах и ценах.",
    "Подробнее на https://example.com/news и в группе компании в сети сегодня.",
    "Читайте нас на example.RU/ и в соцсетях каждый день без выходных сегодня.",
    "Это обычное предложение из шести слов и точки в конце.", "www. слово",
    "Lễ khai giảng năm học mới - Ảnh 1Các em học sinh chào cờ", "Lễ khai giảng năm học mới - HÌNH 2Học sinh dự lễ",
    "Lễ khai giảng năm học mới – ảnh 3 Học sinh", "Ảnh: Tuấn Anh", "ẢNH: TTXVN", "Фото: Иван Петров", "ФОТО: ТАСС",
    "Photo: AP", "PHOTO BY REUTERS:", "Nguồn ảnh: internet", "Источник фото: архив", "Автор фото Иван Петров",
    "Подпись к фото", "File Photo", "Стоп-кадр видео", "Ảnh minh họa", "Trường học. Ảnh Tuấn Anh", "Ảɴʜ: WIV",
    "ꜰᴏᴛᴏ", "Фотография города", "Фотографии: архив", "ᴘʜᴏᴛᴏ: AP",
]


def _dev_lines(limit: int = 12000) -> list[str]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import cleaning  # noqa: E402

    out: list[str] = []
    for name in DEV_PARTS:
        f = ROOT / "benchmarks" / "data" / "realpages" / name
        if f.exists():
            for doc in cleaning.load_file(f):
                out += doc.raw().splitlines()
    return out[:limit]


@pytest.fixture(scope="module")
def lines() -> list[str]:
    got = _dev_lines() + FORMS
    assert len(got) > 1000
    return got


def _seeds() -> list[str]:
    return [w for seeds in controls._NOTICE_SEEDS for w in seeds] + list(controls._JOIN_SEEDS) + list(
        controls._CREDIT_SEEDS) + ["number", "реклам", "er"]


def test_seeds_fold_exactly() -> None:
    """Every character IGNORECASE takes for a seed's letter folds to that letter (so a match's text, folded, holds
    the seed), over all code points; each seed is a piece of its pattern."""
    letters = sorted(set("".join(_seeds())))
    assert all(x.casefold() == x for x in letters)
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    found = set(re.compile("[" + re.escape("".join(letters)) + "]", re.IGNORECASE).findall(every))
    for c in found:
        for x in letters:
            if re.fullmatch(re.escape(x), c, re.IGNORECASE):
                assert c.casefold() == x, (x, c)
    # "i" is taken for "İ" too, which folds to "i̇": no seed holds an "i"
    assert re.fullmatch("i", "İ", re.IGNORECASE) and not any("i" in w for w in _seeds())
    for seeds, rx in zip(controls._NOTICE_SEEDS, controls._NOTICES):
        assert all(w in rx.pattern.lower() for w in seeds)
    assert all(w in controls._JOIN.pattern for w in controls._JOIN_SEEDS)
    assert all(w in controls._CREDIT.pattern for w in controls._CREDIT_SEEDS)


def _old_prompt(s: str) -> bool:
    t = s.strip()
    if not t or len(t) > 250:
        return False
    if any(rx.search(t) for rx in controls._NOTICES):
        return True
    return controls._JOIN.search(t) is not None and controls._ADDRESS.search(t) is not None


def _old_credit(s: str) -> bool:
    t = s.strip()
    if not t or len(t) > 300:
        return False
    m = controls._CREDIT.search(t)
    if m is None or not any(ch.isalpha() for ch in t[:m.start()]):
        return False
    head = t[:m.start()].rstrip(" .")
    return len(head) <= controls.CAPTION_CHARS and controls._INNER_STOP.search(head) is None


def test_controls_gates(lines: list[str]) -> None:
    for s in lines:
        assert controls.prompt(s) == _old_prompt(s), s
        assert controls.credit_tail(s) == _old_credit(s), s
    assert controls.prompt("Для работы сайта включите JavaScript") and controls.prompt("Ctrl+Enter")
    assert controls.prompt("Присылайте свою новость в редакцию") and not controls.prompt("Канал новостей")
    assert controls.credit_tail("Hoàng hôn. NGUỒN: VnExpress") and controls.credit_tail("Sunset - ẢNH 2.")


def test_comment_counters_gate(lines: list[str]) -> None:
    """A line the gate passes by is one ``_COUNT`` finds nothing in."""
    for s in lines:
        t = s.strip()
        if not ("(" in t or "[" in t or "number" in t.casefold()):
            assert labels._COUNT.search(t) is None, t
    for s in ("Комментарии (5)", "COMMENTS NUMBER 3", "Bình luận (0)", "Комментарии [12]"):
        assert labels.comment_counters([s], set()), s


def _old_footer(s: str) -> str:
    r = ru_portal
    t = s.strip().strip(r._TRIM).strip()
    if not t or r.words_at_least(t, r.MAX_FOOTER_WORDS + 1):
        return ""
    if not r.words_at_least(t, 16) and (r._MARK.search(t) or (
            r._RIGHTS.search(t) and (not r._sentence_like(t) or not r.words_at_least(t, 7)))):
        return "copyright"
    if r._MATERIAL in t.casefold() and r._REPRINT.search(t):
        return "reprint"
    for name, rx in (("licence", r._LICENCE), ("advert", r._ADVERT)):
        if rx.search(t):
            return name
    if r._AGE.match(t):
        return "age"
    return "register" if r._REGISTER.match(t) else ""


def test_footer_advert_gate(lines: list[str]) -> None:
    for s in lines:
        assert ru_portal.footer_line(s) == _old_footer(s), s
    for s in ("Реклама. ERID: 2VtzqwX", "На правах рекламы", "Рекламодатель ООО «Ромашка», ИНН 7701234567"):
        assert ru_portal.footer_line(s) == "advert", s


def test_site_token_gate(lines: list[str]) -> None:
    for s in lines:
        for t in s.split():
            if features._SITE_TOKEN.search(t):
                assert "." in t or "/" in t, t
    for s in lines:
        toks = s.rstrip().split(None, 12)
        old = sum(1 for t in toks if features._WORDS.search(t) and not features._SITE_TOKEN.search(t))
        new = sum(1 for t in toks if features._WORDS.search(t) and not (("." in t or "/" in t)
                                                                       and features._SITE_TOKEN.search(t)))
        assert old == new, s


def test_caption_and_glued_alt_gates(lines: list[str]) -> None:
    def old_caption(s: str) -> bool:
        if features._CAPTION.search(s):
            return True
        folded = s.translate(features._SMALL_CAPS)
        return folded != s and features._CAPTION.search(features.unicodedata.normalize("NFC", folded)) is not None

    def old_alt(s: str) -> bool:
        return vi_photos._GLUED.match(s.strip()) is not None

    for s in lines:
        assert features.is_caption(s) == old_caption(s), s
        t = s.strip().casefold()
        if "ảnh" not in t and "hình" not in t:
            assert not old_alt(s), s
    assert all(w in features._CAPTION.pattern for w in features._CAPTION_SEEDS)
    assert features.is_caption("Ảɴʜ: WIV") and features.is_caption("Photo: AP")
    assert vi_photos.glued_alt("Lễ khai giảng năm học mới - HÌNH 2Học sinh dự lễ") is not None
