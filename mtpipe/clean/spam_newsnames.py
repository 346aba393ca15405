"""Real words a second run of real news text flagged as pasted spam (spam80, issue 12 point 3).

spam78 ran the cleaner over 410 real Vietnamese news articles nobody on the project wrote; spam80 drew 410 more
from the same two snapshots (``tools/build_vi_news_sample.py``, benchmarks/notes/spam80.md) and judged the 52
``spam.unrepaired`` flags of its tuning sample by hand: none was pasted spam. Five classes are taken out here, each
by evidence a pasted token does not carry. Only flags go (a repair, a reading the votes agree on, stays), and never
those of a gambling shape: a listed brand (:func:`~.spam_lexicon.listed_brand`), a brand's shape
(:func:`~.spam_shapes.brand_shape`), a trade's word (:func:`~.spam_genre.trade_word`), a lucky number or a gambling
word.

- :func:`credited`: a source credited after a photo or source label ("Nguồn ảnh: Airlines.net" nine times in one
  article, "Nguồn ảnh: 36plx.ru"; spam78's "(Ảnh: Weburbanist.com)"). A credit names a site or an agency by its
  own name; no case of the spam sets (langfresh, langfresh8 ... 40: 2,298 tokens) stands after such a label.
- :func:`unit_figure_more`: a figure glued to a unit :mod:`.spam_unitfig` does not list ("tốc độ hành trình 18mph",
  "đầu đạn hạt nhân 500kt": miles an hour, kilotons, megatons). No listed stem and no spam set token has the shape.
- :func:`written_word`: a word of letters that Vietnamese Wikipedia writes (:func:`~.spam_bigrams.written_words`:
  a Latin word three sightings at least, "camera", "vest", "arsenal", "nadal") or that is a Vietnamese syllable
  written there twenty times or more without its marks ("Khoang lái", at a sentence's start: the detector's
  FLORES syllable model has never seen "khoang"). None of the 2,298 spam set tokens nor of the listed brand
  stems is either (the brand table drops written words).
- :func:`model_after_name`: a letter-digit model code the text writes two or more times, at two of them at least
  right after the same capitalised Latin word of no Vietnamese syllable ("Hyundai Grand i10" sixteen times, "HP
  LaserJet MFP M440nda" twice): a product's model after its make. No spam set case holds its token twice.
- :func:`foreign_pair`: one word of a foreign person's two-word name between words of the sentence's own ("Yuriy
  Shvytkin nói", "Lào Phouthone Meuangpak cho", "Ba Lan Andzhey Duda cho", "bác sĩ F. Windholz khám"). The spam
  sets' name cases put the token among a Vietnamese name's syllables; the six cases whose token stands by one
  foreign word have a third foreign word, a capitalised syllable after the pair or a lower-case word before a
  token that comes first ("Grab Xsbjm Nam", "hàng ngày Vaytocdo Bitcoin ETF"): kept.

Tuning sample 52 flags -> 14 (54.3 -> 14.6 per 10,000 segments); the check sample, run once at the end, 24 -> 16.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .spam_bigrams import syllable_counts, written_words
from .spam_genre import TRADE_WORDS, trade_word
from .spam_gaps import vietnamese_syllable
from .spam_lexicon import listed_brand
from .spam_shapes import brand_shape
from .trade_vocab import LUCKY as _LUCKY, alternation

__all__ = ["credited", "unit_figure_more", "written_word", "model_after_name", "foreign_pair", "news_flags"]

# a gambling word inside the name, or at its end ("Kubet", "Sumvip", "Vwin"; "Windholz", "Funke" are names)
# (:mod:`.trade_vocab`'s ``news`` words anywhere, its ``newsend`` words at the end)
_GAMBLING = re.compile(alternation("news") + r"|(?:" + alternation("newsend") + r")$", re.IGNORECASE)
# a photo or source label right before the token, in its line ("Nguồn ảnh: ", "(Ảnh: ", "Ảnh minh họa: ")
_CREDIT = re.compile(r"(?:^|[\s(\[|])(?:(?:[Nn]guồn\s+)?[Ảả]nh(?:\s+minh\s+họa)?|[Nn]guồn|Photo|Credit)\s*:\s*$")
_UNIT = re.compile(r"\d+(?:[.,]\d+)?(?:mph|kt|Mt|MT)")
_LETTERS = re.compile(r"[A-Za-z]{3,}")
_CODE = re.compile(r"(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{2,12}")
_MAKE = re.compile(r"([A-Z][A-Za-z]+) $")
_TITLE = re.compile(r"[A-Z][a-z]{2,}")
# a name's word: title case (a "Mc" or "Mac" inside: "McChristie"), or an initial ("F.")
_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)?|[A-Z]\.")
_PREV_WORD = re.compile(r"(?:^|\s)(\S+) $")
_NEXT_WORD = re.compile(r" ([^\s,.;:!?()“”\"]+)")
#: how often Wikipedia must write a syllable (marks left out) for it to be a word of the language, not chance
MIN_SYLLABLE = 20


def _gambling(tok: str) -> bool:
    name = tok.split(".")[0]
    return bool(_LUCKY.search(name) or _GAMBLING.search(name) or listed_brand(tok) or brand_shape(tok)
                or trade_word(tok) is not None or name.lower() in TRADE_WORDS)  # "Poker", "Casino" alone too


def credited(text: str, a: int, b: int) -> bool:
    """``text[a:b]`` stands right after a photo or source label in its line ("Nguồn ảnh: Airlines.net")."""
    line = text[text.rfind("\n", 0, a) + 1:a]
    return bool(_CREDIT.search(line[-40:]))


def unit_figure_more(tok: str) -> bool:
    """``tok`` is a figure and a unit :mod:`.spam_unitfig` leaves ("18mph", "500kt", "50Mt")."""
    return bool(_UNIT.fullmatch(tok))


@lru_cache(maxsize=1)
def _syllables() -> "Counter[str]":
    return syllable_counts()[0]


def written_word(tok: str) -> bool:
    """``tok`` (letters only) is a Latin word Wikipedia writes or a Vietnamese syllable it writes often."""
    if not _LETTERS.fullmatch(tok):
        return False
    low = tok.lower()
    if low in written_words():
        return True
    uni = _syllables()
    return uni[low] >= MIN_SYLLABLE and vietnamese_syllable(low, uni)


def model_after_name(text: str, tok: str) -> bool:
    """``tok`` (letters and digits) is a model code the text writes twice or more, twice at least right after the
    same capitalised Latin word of no Vietnamese syllable ("Grand i10", "MFP M440nda")."""
    if not _CODE.fullmatch(tok):
        return False
    makes: Counter[str] = Counter()
    for m in re.finditer(rf"(?<![\w.@/-]){re.escape(tok)}(?![\w@/-]|\.\w)", text):
        make = _MAKE.search(text[max(0, m.start() - 30):m.start()])
        if make:
            makes[make.group(1)] += 1
    uni = _syllables()
    return any(n >= 2 and not vietnamese_syllable(w, uni) for w, n in makes.items())


def _foreign(word: str) -> bool:
    """A word of a foreign name: title case and no Vietnamese syllable ("Yuriy", "Duda"), or an initial ("F.")."""
    return bool(_NAME_WORD.fullmatch(word)) and (word.endswith(".") or not vietnamese_syllable(word, _syllables()))


def foreign_pair(text: str, a: int, b: int) -> bool:
    """``text[a:b]`` (title case, letters, no Vietnamese syllable) is one of the two words of a foreign person's name
    that the sentence writes between words of its own: after a foreign given name or an initial and before a
    lower-case word or a mark ("Yuriy Shvytkin nói", "Phouthone Meuangpak cho", "bác sĩ F. Windholz khám"), or
    before a foreign surname, after a capitalised Vietnamese syllable, the pair then followed by a lower-case word
    or a mark ("Tổng thống Ba Lan Andzhey Duda cho biết"). Two words exactly: a third foreign word on either side is
    a product's or a firm's name under way ("PlayStation Plus Dongplus một"), a capitalised word after the pair a
    Vietnamese name the token may stand in ("Grab Xsbjm Nam")."""
    tok = text[a:b]
    if not _TITLE.fullmatch(tok) or vietnamese_syllable(tok, _syllables()):
        return False
    line_a = text.rfind("\n", 0, a) + 1
    line_b = text.find("\n", b)
    line_b = len(text) if line_b < 0 else line_b

    def prev(i: int) -> str | None:
        m = _PREV_WORD.search(text[max(line_a, i - 40):i])
        return m.group(1) if m else None

    def nxt(j: int) -> str | None:
        m = _NEXT_WORD.match(text[j:min(line_b, j + 40)])
        return m.group(1) if m else None

    def ends(j: int) -> bool:  # a lower-case word or a mark after the name
        after = text[j:j + 2]
        word = nxt(j)
        return after[:1] in (",", ".", ";", ":", "!", "?", ")") or bool(word and word[:1].islower())

    before, after = prev(a), nxt(b)
    if before and _foreign(before) and ends(b):
        first = prev(a - len(before) - 1)
        return not (first and _foreign(first))
    if after and _foreign(after) and not after.endswith(".") and before and _TITLE.fullmatch(before) \
            and vietnamese_syllable(before, _syllables()) and ends(b + 1 + len(after)):
        return True
    return False


def news_flags(text: str, plan: list[tuple[int, int, str | None, str]]) -> list[tuple[int, int, str | None, str]]:
    """``plan`` (:meth:`~.spam.SpamRepair.plan`'s flags and repairs) less the flags of the five classes of the
    module docstring; repairs are kept, and so are the flags of a gambling shape."""
    out = []
    for p in plan:
        a, b, rep, _ = p
        tok = text[a:b]
        if rep is None and not _gambling(tok) and (
                credited(text, a, b) or unit_figure_more(tok) or written_word(tok) or model_after_name(text, tok)
                or foreign_pair(text, a, b)):
            continue
        out.append(p)
    return out
