"""Language ID's shortcuts (issue 16) give exactly what the full rules give."""

import re
from pathlib import Path

import pytest
from hypothesis import example, given, settings, strategies as st

from mtpipe import langid

DATA = Path(__file__).parent / "data"


def _full(text):
    """``_other_language`` with the shortcut off: every rule run."""
    saved = langid._plain_russian
    langid._plain_russian = lambda t, runs=None: False
    try:
        return langid._other_language(text)
    finally:
        langid._plain_russian = saved


def _texts():
    out = []
    for p in [*sorted((DATA / "seeds").glob("*.txt")), DATA / "flores200-devtest" / "rus_Cyrl.devtest"]:
        for line in p.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line:
                out.append(line)
                out.extend(s for s in re.split(r"(?<=[.!?])\s+", line) if s != line)
    return out


def test_the_shortcut_is_taken_and_agrees_on_real_lines():
    texts = _texts()
    taken = 0
    for t in texts:
        assert langid._other_language(t) == _full(t), t
        taken += bool(langid._CYR_RE.search(t) and not langid._OTHER_ANY.search(t) and langid._plain_russian(t))
    assert taken > 0.3 * len(texts)  # it is the common case, or it saves nothing


# Russian markers (lower and title case), Palladius names (set aside by without_chinese_names, "Си" and "На"
# among them), neighbours' words, Ukrainian and Bulgarian letters, a Latin i, hyphens and a hashtag
WORDS = ["что", "Что", "это", "был", "ли", "я", "её", "Ван", "Си", "На", "Чанчунь", "Цзюньчжэн", "Хэн", "Синь",
         "се", "Се", "це", "що", "та", "към", "това", "и", "в", "на", "не", "мэр", "Мэр", "город", "Москва",
         "пiсля", "їх", "ще", "съм", "бъде", "менен", "карата", "дип", "Ван-Цзы", "-что", "#это"]
SEPS = [" ", " ", " ", ", ", "-", ". ", " — ", "«", "» ", "(", ") ", "1"]


@st.composite
def lines(draw):
    words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=14))
    seps = draw(st.lists(st.sampled_from(SEPS), min_size=len(words), max_size=len(words)))
    return "".join(w + s for w, s in zip(words, seps)).strip()


@settings(max_examples=600, deadline=None)
@given(lines())
@example("Мэр Ухани Ван Цинцзян")
@example("Си Цзиньпин что-то сказал")
@example("Ван се что")
@example("Ван-се что ы")
@example("Це брехня, нічого вони не скасували, что")
def test_the_shortcut_agrees_on_made_lines(text):
    assert langid._other_language(text) == _full(text)


# where a shortcut that looked at less would answer differently: "Ли" (a Russian marker, title case and
# a Palladius name, so set aside) is no Russian word here; "как" is one, but a Bulgarian line with "се" and
# none of Russian's own letters still goes to py3langid
@pytest.mark.parametrize("text, lang", [("Ли Мин отиде до пазара днес сутринта", "bg"),
                                        ("Не разбирам как се казва новата учителка по математика в гимназията", "bg"),
                                        ("Питах го как се стига до гарата, но той не отговори нищо", "bg")])
def test_lines_the_shortcut_must_leave(text, lang):
    assert not langid._plain_russian(text)
    assert langid._other_language(text) == _full(text) == lang


@pytest.mark.parametrize("text", ["Ван Цзюньчжэн посетил Чанчунь, где он был вчера.",
                                  "Это было в Чанчуне, и мэр Ван сказал, что всё хорошо."])
def test_plain_russian_lines_take_the_shortcut(text):
    assert langid._plain_russian(text)
    assert langid._other_language(text) is None


def reference_russian_only(text, lang):
    from mtpipe.langid_cyrillic import _DEFAULT_NOT_WRITTEN, RUSSIAN_LETTERS_NOT_WRITTEN

    letters = RUSSIAN_LETTERS_NOT_WRITTEN.get(lang, _DEFAULT_NOT_WRITTEN)
    return bool(letters) and any(ch in letters for ch in text.lower())


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("абвыэъёщийЫЭЪЁЩИЙіїєґўђћјљњџ ,.-aZİ")), max_size=40),
       st.sampled_from(["ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "tt", "ba", "mn", "tg", "en"]))
@example("ВЫБОРЫ", "uk")
@example("", "bg")
def test_russian_only_equals_the_character_loop(text, lang):
    from mtpipe.langid_cyrillic import russian_only

    assert russian_only(text, lang) == reference_russian_only(text, lang)
