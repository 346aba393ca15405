"""Language identification restricted to the configured languages, with a script check.

py3langid (which ships its model) restricted to ru/vi/en/zh decides between
languages of one script; the script itself is counted first, so a Cyrillic
sentence is never called Vietnamese.  Text with no letters is ``und``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .languages import LANGUAGES
from .scripts import HAN, char_class

__all__ = ["detect", "script_counts", "to_simplified"]

#: py3langid probability needed to call Latin text without any Vietnamese letter Vietnamese.
VI_WITHOUT_MARKS_MIN_PROB = 0.99

# full-width punctuation only Chinese text uses (not the curly quotes Vietnamese shares)
_CJK_PUNCT = set("。，、；：？！「」『』（）《》")
_LATIN_STOP = re.compile(r"\w[.!?]\s")

_VI_MARKS = set("ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")


_HAN_RE = re.compile(f"[{char_class(HAN)}]")
_CYR_RE = re.compile("[\u0400-\u052f]")
_LAT_RE = re.compile("[\u0000-\u024f\u1e00-\u1eff]")
_VI_RE = re.compile("[" + "".join(sorted(_VI_MARKS)) + "]")


def script_counts(text: str) -> dict[str, int]:
    """Letters per script: ``cyrillic``, ``latin``, ``han``, ``vi`` (Vietnamese-only Latin letters)."""
    letters = "".join(filter(str.isalpha, text))
    han = len(_HAN_RE.findall(letters))
    cyr = len(_CYR_RE.findall(letters))
    lat_letters = "".join(_LAT_RE.findall(letters))
    vi = len(_VI_RE.findall(lat_letters.lower()))  # no upper-case letter lowers to several with a mark
    return {"cyrillic": cyr, "latin": len(lat_letters), "han": han, "vi": vi,
            "other": len(letters) - han - cyr - len(lat_letters)}


@lru_cache(maxsize=8)
def _identifier(languages: tuple[str, ...]):  # type: ignore[no-untyped-def]
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages(list(languages))
    return ident


def detect(text: str, languages: tuple[str, ...] | list[str] = LANGUAGES) -> str:
    """The language of ``text`` among ``languages``, or ``und`` when it has no letters."""
    langs = tuple(languages)
    c = script_counts(text)
    letters = c["cyrillic"] + c["latin"] + c["han"] + c["other"]
    if letters == 0:
        return "und"
    # a hanzi carries about as much text as a Latin word: names in Latin letters inside
    # a Chinese sentence must not outvote it; with Chinese full-width punctuation
    # even a list of Latin names ("被告的姓名分别是 Baba Kanjar、…") is Chinese, unless
    # Latin sentence ends show a mixed paragraph
    if c["han"] and "zh" in langs and (c["han"] * 4 >= c["latin"] + c["cyrillic"]
                                       or (c["han"] * 8 >= c["latin"] + c["cyrillic"] and any(ch in _CJK_PUNCT for ch in text)
                                           and not _LATIN_STOP.search(text))):
        return "zh"
    if c["cyrillic"] * 2 >= letters and "ru" in langs:
        return "ru"
    latin = [lang for lang in langs if lang in ("vi", "en")]
    if c["latin"] * 2 >= letters and latin:
        if len(latin) == 1:
            return latin[0]
        if c["vi"] >= 2 and c["vi"] >= 0.05 * c["latin"]:
            return "vi"
        if c["vi"] == 0:
            # Vietnamese typed without diacritics still reads as Vietnamese to the model;
            # pinyin names and short English lines must not, so only a confident call counts
            lang, prob = _identifier(tuple(latin)).classify(text)
            return "vi" if lang == "vi" and prob >= VI_WITHOUT_MARKS_MIN_PROB and c["latin"] >= 20 else "en"
        return _identifier(tuple(latin)).classify(text)[0]
    return _identifier(langs).classify(text)[0]


@lru_cache(maxsize=1)
def _t2s():  # type: ignore[no-untyped-def]
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional Chinese to simplified (official OpenCC, ``t2s``)."""
    return _t2s().convert(text) if text else text
