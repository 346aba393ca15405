"""perf84: each prescreen answers as the test it stands for, and each gated function answers as its former code did
(texts made up from the characters the patterns name -- digits, ASCII and Vietnamese letters, capitals, Cyrillic,
Greek, the letters re's IGNORECASE folds to ASCII, the stops and marks around hosts -- and the rule classes' own
lines).  A weaker seed fails them (each such test says which)."""
from __future__ import annotations

import random
import re

import pytest

from mtpipe import langid_fold, lookalikes
from mtpipe.clean import mixed_script, record_blocks, signoff, softbreak_kinds, spam, spam_recur, spam_scans
from mtpipe.clean.spam_shapes import TOKEN


def _fuzz(alphabet: str, n: int, seed: int, longest: int = 24) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, longest))) for _ in range(n)]


# ---- spam_scans: each pattern's seed is found wherever the pattern matches --------------------------------------

_SPAM_ALPHABET = "ab zZkKsSiIwcomnetvpbl.-/@:1289 \nİıſKĐđạ_" + "СВ"
_SPAM_SAMPLES = [
    "Truy cập w88.is ngay", "vào fb88.com.vn hôm nay", "tải 92lottery.dev về", "q8vn.com tặng", "chơi hi88 và 188bet",
    "MB66 và Loto188", "nhà cái Kubet, Vwin và BK8", "U23 Việt Nam", "MH370", "8xbet nạp", "fun88vip", "site.IS",
    "W88.İS", "123abc", "ab12", "a1234b", "ABc12d", "XYZ9", "Ab9", "bbc.co.uk", "menfitness.co.uk", "xem .vn nhé",
    "ván slot hay", "fanclub", "46kg", "Đăng ký KUBET", "đến kubet.club", "casino99.win",
]
_PIECES = ["w", "88", "9", ".is", ".com", ".vn", ".İS", ".cO", ".dev", "Ku", "bet", "win", "club", "slot", "vip", "MB",
           "BK", "Lo", "to", "123", "ab", "X", "Y", "z", ".", "-", " ", " ", "/", "@", ":", "\n", "ı", "ſ", "\u212a", "đ",
           "ạ", "_", "С"]


def _pieces(n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(_PIECES) for _ in range(rnd.randint(1, 8))) for _ in range(n)]


_SPAM_TEXTS = _SPAM_SAMPLES + [f"x {s} y" for s in _SPAM_SAMPLES] + _fuzz(_SPAM_ALPHABET, 12000, 84) \
    + _fuzz("ab19X.-İ K", 4000, 85, 10) + _pieces(12000, 89)


def test_each_spam_scan_is_seeded_by_a_part_of_every_match():
    seeds = dict(spam_scans._SEEDED)
    assert list(seeds) == [spam_scans.DOMAIN, spam_scans.DIGIT_DOMAIN, spam_scans.ALIEN, spam_scans.BRAND,
                           spam_scans.BARE]
    hits = {p: 0 for p in seeds}
    for text in _SPAM_TEXTS:
        for pattern, seed in seeds.items():
            if pattern.search(text):
                hits[pattern] += 1
                assert seed(text), (pattern.pattern[:40], text)
    assert all(n >= 20 for n in hits.values()), hits  # every pattern met often enough to mean something


def test_a_weaker_alien_seed_misses_what_the_scan_finds():
    # ALIEN's second branch ("123abc": digits then letters) holds no letter before its digits: a seed of the first
    # branch alone would skip it
    weaker = re.compile(r"\d(?<=[a-z]\d)\d")
    assert spam_scans.ALIEN.search("vào 123abc nhé") and not weaker.search("vào 123abc nhé")
    assert spam_scans._ALIEN_SEED.search("vào 123abc nhé")


def test_scans_keep_the_order_and_leave_out_only_patterns_without_a_match():
    for text in _SPAM_TEXTS[:3000]:
        got = spam_scans.scans(text)
        assert got[-1] is TOKEN
        full = (spam_scans.DOMAIN, spam_scans.DIGIT_DOMAIN, spam_scans.ALIEN, spam_scans.BRAND, spam_scans.BARE)
        assert [p for p in full if p in got] == list(got[:-1])
        assert all(p in got for p in full if p.search(text)), text


def test_spam_module_names_the_moved_patterns():
    assert spam._DOMAIN is spam_scans.DOMAIN and spam._BARE is spam_scans.BARE and spam._BRAND is spam_scans.BRAND
    assert spam._ALIEN is spam_scans.ALIEN and spam._DIGIT_DOMAIN is spam_scans.DIGIT_DOMAIN


@pytest.mark.parametrize("text", [
    "Hôm nay anh vào w88.is để chơi, w88.is trả thưởng cao.\nTải fb88 ngay, fb88 tặng tiền.",
    "Nhà cái Kubet và MB66 đang khuyến mãi. Vào Kubet hoặc MB66 để nhận quà.",
    "Tin tức về U23 Việt Nam và MH370 hôm nay.", "Trang bbc.co.uk viết về q8vn.com và q8vn.com.",
])
def test_find_spam_tokens_as_with_every_pattern_scanned(monkeypatch, text):
    got = spam.find_spam_tokens(text, 1, True)
    monkeypatch.setattr(spam, "scans", lambda t: (spam._DOMAIN, spam._DIGIT_DOMAIN, spam._ALIEN, spam._BRAND,
                                                  spam._BARE, TOKEN))
    assert spam.find_spam_tokens(text, 1, True) == got


# ---- spam_recur: the gate never hides a second occurrence ----------------------------------------------------------

def _twice(text: str, tok: str) -> bool:
    return len(re.findall(r"(?<![\w.])" + re.escape(tok) + r"(?![\w])", text, re.IGNORECASE)) > 1


def test_recurs_is_the_former_count():
    rnd = random.Random(86)
    words = ["ab", "Ab", "AB", "ki", "K\u0130", "k\u0131", "\u212ai", "is", "\u0131s", "i\u017f", "abs", "a", "x"]
    texts = _fuzz("ab Ab AB.k\u212a\u0130\u0131i\u017fs-", 3000, 86, 16) + [
        "".join(rnd.choice(words) + rnd.choice([" ", " ", ".", "-", "", "\n"]) for _ in range(rnd.randint(1, 6)))
        for _ in range(6000)]
    toks = ["ab", "Ab", "ki", "is", "a", "abs", "Kis"]
    seen = 0
    for text in texts:
        for tok in toks:
            assert spam_recur.recurs(text, tok) == _twice(text, tok), (text, tok)
            seen += _twice(text, tok)
    assert seen > 500
    assert spam_recur.recurs("Kiki và \u212aiki", "Kiki") and not spam_recur.recurs("Gặp Zalo một lần", "Zalo")


# ---- softbreak_kinds: the former order of tests ------------------------------------------------------------------

def _kind_over_complement_before(cur: str, nxt: str) -> bool:
    K = softbreak_kinds
    c, n = cur.strip(), nxt.strip()
    if not c or not n or not K._caps(c) or not K._caps(n) or "," in n or len(n.split()) > K._COMPLEMENT_WORDS \
            or n.rstrip("\"'»”)")[-1:] in ".!?…" or any(ch in c for ch in ".!?…:;"):
        return False
    if K._VI_LIST_KIND.match(c):
        return not K._TITLE.match(n)
    words = c.split()
    if not 1 <= len(words) <= 3 or not K._RU_COMPLEMENT.match(n) or not all(w.isalpha() for w in words):
        return False
    from mtpipe.russian_dictionary import morph

    m = morph()
    return m is not None and any(p.tag.POS == "NOUN" and p.tag.case == "nomn" for p in m.parse(words[-1].lower()))


_FIRSTS = ["ПРЕЙСКУРАНТ", "МЕНЮ", "ОБЪЯВЛЕНИЕ", "СПИСОК ЛИТЕРАТУРЫ", "BẢNG GIÁ", "DANH SÁCH", "THỰC ĐƠN", "Прейскурант",
           "ПРЕЙСКУРАНТ.", "НОВЫЙ ПРАЙС", "ВСЕ ЦЕНЫ ЗДЕСЬ СЕЙЧАС", " BIỂU PHÍ ", "ПРИКАЗ:", "", "ab"]
_SECONDS = ["НА ВЕТЕРИНАРНЫЕ УСЛУГИ", "ДЛЯ УЧАЩИХСЯ 5-11 КЛАССОВ", "ПО ИСТОРИИ", "DỊCH VỤ NHA KHOA", "VỀ VIỆC BAN HÀNH",
            "НА УСЛУГИ, ЦЕНЫ", "НА УСЛУГИ.", "на ветеринарные услуги", "НА", "НА 2025 ГОД", "HỌC SINH LỚP 5",
            "НА ОДИН ДВА ТРИ ЧЕТЫРЕ ПЯТЬ ШЕСТЬ СЕМЬ ВОСЕМЬ ДЕВЯТЬ", "ПО «ТЕМЕ»", ""]


def test_kind_over_complement_as_before():
    joined = 0
    for c in _FIRSTS:
        for n in _SECONDS:
            assert softbreak_kinds.kind_over_complement(c, n) == _kind_over_complement_before(c, n), (c, n)
            joined += softbreak_kinds.kind_over_complement(c, n)
    assert joined >= 3


# ---- signoff.subject_name: the former code -------------------------------------------------------------------------

def _subject_name_before(lines: list[str], i: int, lang: str) -> bool:
    words = signoff._WORD.findall(lines[i])
    if lang != "vi" or not 2 <= len(words) <= 4:
        return False
    called = re.compile(rf"(?<![^\W\d_])(?:{signoff._TITLE_WORDS})\s+{re.escape(words[-1])}(?![^\W\d_])", re.IGNORECASE)
    below = [x for x in lines[i + 1:i + 2 * signoff.SUBJECT_LINES + 2] if x.strip()][:signoff.SUBJECT_LINES]
    return any(len(x.split()) >= 6 and called.search(x) for x in below)


@pytest.mark.parametrize("lines,lang", [
    (["Nguyễn Thị Giang", "", "Cô Giang đã dạy học ở trường này hơn hai mươi năm."], "vi"),
    (["Nguyễn Thị Giang", "Cô Giang dạy.", "Ngắn quá", "Còn đây là một câu đủ dài để đọc, cô Giang nói."], "vi"),
    (["Nguyễn Thị Giang", "Cô Giang.", "", "", "Thầy Minh đã dạy học ở trường này hơn hai mươi năm."], "vi"),
    (["Trần Văn Minh", "thầy Minh và các em học sinh cùng đi tham quan bảo tàng."], "vi"),
    (["Trần Văn Minh", "Một câu dài sáu chữ trở lên nhưng không gọi tên."], "vi"),
    (["Trần Văn Minh", "thầy Minh và các em học sinh cùng đi tham quan bảo tàng."], "ru"),
])
def test_subject_name_as_before(lines, lang):
    assert signoff.subject_name(lines, 0, lang) == _subject_name_before(lines, 0, lang)


def test_subject_name_still_finds_the_subject():
    assert signoff.subject_name(["Nguyễn Thị Giang", "", "Cô Giang đã dạy học ở trường này hơn hai mươi năm."], 0, "vi")


# ---- record_blocks.open_abbreviation: the search from the end ----------------------------------------------------

def test_open_abbreviation_as_the_search_from_the_start():
    before = [f"{w}." for w in record_blocks.BEFORE_NAME]
    samples = ["… сертификации им.", "ул.", "г-жа.", " ул. ", "ул.\n", "на ул.", "т.д.", "в Саратовской обл.",
               "переулок пер.", "абв-где.", "просп.  ", "x\tул.", "1ул.", "сертификацииим.", "Им.", "им"]
    texts = samples + before + [p + w for p in ("", " ", "слово ", "\n", "—", "т.", "a-", "дом д-р ") for w in before] \
        + _fuzz("ул им.г-жа прос ", 6000, 87, 20)
    found = 0
    for s in texts:
        m = record_blocks._LAST_ABBR.search(s.rstrip())
        expect = m is not None and m.group(1) in record_blocks.BEFORE_NAME
        assert record_blocks.open_abbreviation(s) == expect, repr(s)
        found += expect
    assert found > 100
    # the start it searches from is before the longest match: one character less would cut "абвгде-жзи." short
    assert record_blocks._ABBR_SPAN > len("абвгде-жзи.")
    long = "абвгде-жзи."
    assert record_blocks._LAST_ABBR.search(long, len(long) - record_blocks._ABBR_SPAN + 1).start() == 0


# ---- lookalikes.cyrillic_beside_other: the pair pattern's own answer -------------------------------------------

def test_cyrillic_beside_other_as_the_pair_pattern():
    texts = _fuzz("аЖяaZÀɏΩοκ 1-ёѐӿ\u0370\u03ff\u024f\u0250\u0400\u04ff\u0500", 12000, 88, 12) + [
        "Всегο на мοдернизацию", "Apple и Tesla", "λόγος Apple", "Chính phủ", "xин chào", "pуcский", "Жa", "aЖ", "Ж a"]
    both = 0
    for s in texts:
        expect = lookalikes.CYRILLIC_BESIDE_OTHER.search(s) is not None
        assert lookalikes.cyrillic_beside_other(s) == expect, s
        both += expect
    assert both > 1000
    # the class is the one both folding places wrote before (same letters)
    for c in range(0x10000):
        ch = chr(c)
        if 0xD800 <= c < 0xE000:
            continue
        old = bool(re.match("[A-Za-z\u00c0-\u024f\u0370-\u03ff]", ch))
        assert bool(re.match(f"[{lookalikes.OTHER_LETTERS}]", ch)) == old


def test_the_folding_places_answer_as_before():
    assert langid_fold.fold_lookalikes("Всегο на мοдернизацию") == "Всего на модернизацию"
    assert langid_fold.fold_lookalikes("Apple λόγος Chính") == "Apple λόγος Chính"
    assert mixed_script.plan("Всегo хорошего") and not mixed_script.plan("Apple и Tesla")
    assert mixed_script._MIXED is lookalikes.CYRILLIC_BESIDE_OTHER is langid_fold._MIXED


# ---- softbreak_notes.abbreviation_end, site_pointers.site_pointer: as their former code ---------------------------

def test_abbreviation_end_as_the_search_from_the_start():
    from mtpipe.clean import softbreak_notes as N

    def before(cur: str, nxt: str) -> bool:
        m = N._LAST_ABBR.search(cur.rstrip())
        return m is not None and m.group(1).islower() and m.group(1) in N._ABBR and N._lower_start(nxt) \
            and len(nxt.split()) > 1

    abbrs = sorted(a for a in N._ABBR if a.isalpha() and a.islower() and len(a) <= 6)
    curs = [f"{p}{a}." for a in abbrs[:60] for p in ("", " ", "в ", "слово", "1", "т.", "x\t")] + \
        _fuzz("гр.т ул", 3000, 90, 14) + ["ул.  ", "ул.\n", "абвгдеж.", "абвгде."]
    ends = 0
    for cur in curs:
        for nxt in ("дальше идёт текст", "Дальше идёт", "слово"):
            assert N.abbreviation_end(cur, nxt) == before(cur, nxt), (cur, nxt)
            ends += before(cur, nxt)
    assert ends > 50


def test_site_pointer_as_before():
    from mtpipe.clean import site_pointers as P

    def before(s: str) -> bool:
        words = s.split(None, P.MAX_WORDS)
        return 0 < len(words) <= P.MAX_WORDS and P._POINTER.search(" ".join(words)) is not None

    lines = ["Подробнее — читайте статью: Как выбрать", "ЧИТАЙТЕ НАШУ СТАТЬЮ: заголовок", "Смотрите в программе «Время»",
             "Подробнее смотрите в нашей передаче \"Итоги\"", "Để biết thêm, hãy truy cập ở đây: https://x.vn/a",
             "Hoặc xem nhiều SKKN hơn tại: trang", "← Xem lại Bài 7: Phép cộng", "«Xem lại bài trước", "Читайте также",
             "xem", "truy cập", " ".join(["слово"] * 29) + " читайте статью: x", " ".join(["слово"] * 31) + " читайте статью: x",
             "", "   ", "ЧИТАЙТЕ\tСТАТЬЮ:\u00a0Заголовок", "Смотрите  в\nпрограмме «Время»"]
    found = 0
    for s in lines + _fuzz("читайте статью: смотрите в xem lại bài ←", 3000, 91, 40):
        assert P.site_pointer(s) == before(s), s
        found += before(s)
    assert found >= 8


def test_strip_line_as_with_the_names_always_replaced():
    from mtpipe.clean import date_strips as D

    def before(s: str):
        if len(s) > D.MAX_CHARS or not s[:1].isalnum() and not s.lstrip(" \t|")[:1].isalnum():
            return None
        s = D._VI_NAMES.sub(f" {D._NAME} ", s.casefold())
        out = []
        for tok in D._SPLIT.split(s):
            if not tok:
                continue
            if tok == D._NAME or tok.rstrip(".") in D._NAMES:
                out.append(None)
            elif D._DAY.fullmatch(tok):
                out.append(int(tok))
            else:
                return None
        return out or None

    rnd = random.Random(92)
    toks = ["Tháng 5", "THÁNG 12", "Thứ hai", "THỨ BẢY", "Chủ nhật", "CHỦ NHẬT", "thứ 7", "T2", "CN", "12", "3", "31", "пн",
            "ВТ", "янв.", "Mon", "|", "  ", "x", "Tháng", "ch", "th", "\u1e96"]
    lines = [" ".join(rnd.choice(toks) for _ in range(rnd.randint(1, 7))) for _ in range(6000)]
    named = 0
    for s in lines:
        assert D.strip_line(s) == before(s), s
        named += before(s) is not None and None in before(s)
    assert named > 300


def test_assign_led_by_its_equals_sign_finds_what_the_word_led_form_found():
    from mtpipe import langid_sample as S

    former = re.compile(r"\w=[\"'(]")
    texts = _fuzz("a1_=\"'( .?vЖ\u00a0", 12000, 93, 12) + ['jwplayer.key="abc"', "x=(1)", "a + b = c", "?v=h5f", "=\"x\"",
                                                          "ключ='значение'", "_=(", " =(", "¹=("]
    found = 0
    for s in texts:
        assert (S._ASSIGN.search(s) is not None) == (former.search(s) is not None), s
        found += former.search(s) is not None
    assert found > 300
    assert S.code_line('jwplayer("player").setup({ file: x, key="abc" });') and not S.code_line("E = mc² (см. выше)")
