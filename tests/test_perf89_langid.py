"""perf89: the language-ID path with less work per text, each piece answering as its former code did
(``benchmarks/notes/perf89.md``).

* ``langid._detect_read``: a Latin text with no Vietnamese-only letter and fewer than 20 Latin letters is English
  before py3langid is asked (its call counted only at 20 letters or more).
* ``langid_cyrillic.able_to_write``: the codes :func:`russian_only` lets through, the text lowered once
  (``dictionary_neighbour``'s candidates).
* ``langid._without_russian_words(text, False)``: asked by ``_other_language`` with the names already set aside;
  :func:`without_chinese_names` changes nothing asked a second time.

The former code is copied below; made-up texts must get the same answers.
"""
from __future__ import annotations

import random

from mtpipe import langid
from mtpipe.langid_cyrillic import (CYRILLIC_ALL, RUSSIAN_LETTERS_NOT_WRITTEN, able_to_write, russian_only,
                                    without_chinese_names)

# ---- the former code ---------------------------------------------------------------------------------------------


def _latin_branch_before(text: str) -> str:
    """The former ``_detect_read`` for a Latin text without Vietnamese-only letters, en and vi configured."""
    lang, prob = langid._identifier(("vi", "en")).classify(text)
    c = langid.script_counts(text)
    return "vi" if lang == "vi" and prob >= langid.VI_WITHOUT_MARKS_MIN_PROB and c["latin"] >= 20 else "en"


def _candidates_before(text: str, codes: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(code for code in codes if not russian_only(text, code))


# ---- made-up texts -----------------------------------------------------------------------------------------------

_UNMARKED_VI = ("toi yeu viet nam lam nguoi dan tinh thanh pho ha noi khong co gi quy hon doc lap tu do chung ta se "
                "cung nhau xay dung dat nuoc").split()
_ENGLISH = "the mayor said on Monday that new roads will open in spring and summer".split()


def test_short_unmarked_latin_is_english_as_before():
    rng = random.Random(89)
    seen = {"vi": set(), "en": set()}
    for _ in range(4000):
        words = _UNMARKED_VI if rng.random() < 0.8 else _ENGLISH + _UNMARKED_VI
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 9)))
        if rng.random() < 0.2:
            text = text.capitalize() + rng.choice([".", "!", "?", ""])
        got = langid.detect(text, ("vi", "en"))
        assert got == _latin_branch_before(text), text
        seen[got].add(langid.script_counts(text)["latin"])
    # both answers met on both sides of the 20 letters the model's call needs (19 and 20 among them)
    assert {19, 20} <= seen["en"] and 20 in seen["vi"] and min(seen["en"]) < 10


def _cyrillic_text(rng: random.Random) -> str:
    letters = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВЫЭЁЪЙЩіїєґўђћјљњџѓќѕѝғқұҙҫҡҗңөүһәİ"
    return "".join(rng.choice(letters + " .,-") for _ in range(rng.randint(0, 40)))


def test_able_to_write_is_russian_only_per_code():
    rng = random.Random(8)
    codes = tuple(CYRILLIC_ALL) + ("xx",)  # a code not in the table: the default letters
    assert set(RUSSIAN_LETTERS_NOT_WRITTEN) <= set(codes)
    differ = 0
    for _ in range(20000):
        text = _cyrillic_text(rng)
        got = able_to_write(text, codes)
        assert got == _candidates_before(text, codes), text
        differ += got != codes
    assert differ > 1000  # the letters that rule languages out were met
    assert able_to_write("ЫЭ", ("uk", "kk")) == ("kk",)  # capitals count as their lower case


_NAMES = ["Ван", "Цинцзян", "Си", "Цзиньпин", "Хэн", "Синь", "Ли", "Ухани", "Пекина", "Шэньяна", "Цай", "Ваньюань",
          "Хух-Хото", "Линь", "Чжэн"]
_WORDS = ["Мэр", "Глава", "посетил", "завод", "и", "Москвы", "ГИБДД", "Басаган", "бэшээ", "сказал", "в", "Ленина"]


def test_names_set_aside_once_are_set_aside():
    rng = random.Random(54)
    changed = 0
    for _ in range(6000):
        parts = [rng.choice(_NAMES if rng.random() < 0.5 else _WORDS) for _ in range(rng.randint(1, 7))]
        seps = [rng.choice([" ", " ", ", ", "-", " — ", ".", "«", "» ", "  "]) for _ in parts]
        text = rng.choice(["", "«", "1 ", " "]) + "".join(p + s for p, s in zip(parts, seps))
        once = without_chinese_names(text)
        assert without_chinese_names(once) == once, text
        changed += once != text
        assert langid._without_russian_words(once, False) == langid._without_russian_words(text), text
    assert changed > 1000


def test_cyrillic_runs_found_once_answer_as_found_twice():
    from mtpipe.langid_cyrillic import words_language

    rng = random.Random(47)
    vocab = _NAMES + _WORDS + ["что", "это", "менен", "карата", "це", "що", "се", "към", "ы", "Ёж", "#это", "пiсля"]
    for _ in range(6000):
        text = "".join(rng.choice(vocab) + rng.choice([" ", ", ", "-", ".", "1", "i"]) for _ in range(rng.randint(1, 8)))
        runs = langid._CYR_WORD.findall(text)
        assert words_language(text, runs) == words_language(text), text
        assert langid._plain_russian(text, runs) == langid._plain_russian(text), text
    assert langid._CYR_WORD.findall("Ёж-пiсля#это") == ["Ёж", "п", "сля", "это"]  # a run: Cyrillic letters only
