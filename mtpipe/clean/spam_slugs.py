"""Stray tokens :mod:`.spam_lone` passed on langfresh24 (spam41, issue 12 point 3): site slugs of the gambling trade,
and invented lower-case names inside a name or over a syllable.

Three classes, each told by its shape and the place it stands in a sentence of running Vietnamese (the token the only
Latin word there: :func:`.spam_lone.alone`), flagged, never repaired:

- a *slug*: lower-case pieces joined by hyphens, the last a word of the gambling trade in any European spelling
  (:data:`GAMBLING_PIECES`: "og-casino", "switch-poker", "europe-bet", "wm-bingo", "online-kasiino"), the way a
  gambling site's address writes its name: a brand, then its trade. English compounds of the trade start with it
  ("casino-hotel", "poker-dice"). The pieces are English words, so :func:`.spam_lone.stray` let them pass
  as a hyphenated term ("check-in"); no Vietnamese sentence writes a term of the trade so (it writes "sòng bạc",
  "cá cược", or the English word alone: "casino", "poker"). The trade's words count with their plurals and the
  player's noun ("houston-gamblers", "blackjack-gambler": spam53). Weighed as the ``unwritten`` shapes are
  (:func:`.spam_lone.lone_token`). "win", "club", "game", "vip" are no pieces here: "win-win", "fan-club",
  "game-show" are written terms.
- a lower-case word of no list *inside a name* (:func:`name_run`): right after a capitalised Vietnamese syllable that
  does not open the sentence ("Kiều Công jokerino sai người", "Đồng Tháp i-mmm."), or between a person's title and a
  name's syllable (:data:`PERSON_TITLES`: "nha tướng wazamba Công Tiễn"): no name is written in lower case. Before a
  name's syllable alone is not enough: a loanword names a kind of thing there ("lắp ghép với modul Thiên Cung 1"). A
  word after a title ("ông", "bạn") alone is not enough: a forum writes its members' nicknames so ("bạn tuanpham");
  nor a title written after a name, as fans write Korean and Japanese ones (:data:`HONORIFICS`: "chị Hằng unnie",
  "thầy Minh sensei"); nor a country's word after the country's name (:data:`COUNTRIES`: "mật ong đen Nhật Bản
  kuromitsu", Wikipedia).
- a lower-case invented word between two syllables or before the final stop (:func:`invented_word`): letters alone,
  five at least, no word of any list (no English or Wikipedia word, no unmarked Vietnamese syllables; the classes
  of real text :func:`.spam_context.real_word` knows, pinyin among them, are ruled out before), whose context the
  model of :mod:`.spam_context` reads as pasted over :data:`LOWER_GATE`, a gate above :data:`.spam_lone.LOW_GATE`
  (Wikipedia writes species, dishes and terms in lower case: "shoyu", "ejido"; the held-out Wikipedia sentences'
  lower-case words of no list stay under it).
- a lower-case *hyphenated* invented name between two syllables or before the final stop (:func:`hyphen_word`, spam43):
  pieces of letters alone, three at least each (or two beside one of three at least: a scam host's language or
  country code, "thung vi-mayman sâu", spam57), of different kinds (:func:`.spam_lone.stray` has ruled out one kind:
  syllables, or English words: "check-in", "make-up"), whose context the model reads as pasted over
  :data:`HYPHEN_GATE` ("cá heo xuất hiện jolly-xanth các vùng biển"). Real hyphenated terms of letters alone are
  English compounds (one kind), or hold a piece of one letter or two pieces of two ("e-mail", "k-pop", "wi-fi",
  "lo-fi"); the two-letter English pieces ("in-ear", "hi-tech", "re-make") read under the gate.
- another language's *gambling or quick-money word* glued into a stray lower-case token (:func:`foreign_trade`,
  spam72): sites that write for other markets name themselves in their readers' languages, German "drueckglueck"
  (Glück, luck), Portuguese "sitedeapostas" (apostas, bets), Polish "bezdepozytu" (bez depozytu, no deposit),
  "rankingkasyno", Russian "zaimkreditmix" (zaim, kredit: a loan), Turkish "carkidondur-tamamla" (çarkı döndür: spin
  the wheel), "alembahis" (bahis, a bet: a gambling list's clutter on a realpages dev page). No English list knows
  them, and the context model reads most as a Latin term (log-odds -0.8 to 1.8 on dev). :data:`FOREIGN_STEMS`: the
  betting, casino, lottery, deposit, loan and money-transfer words of the languages such sites write, five letters
  at least and none the start or end of an English word, glued to three letters more at least (alone, the word is
  a term: "trò chơi loteria", Mexico's game). Inside a name, between two syllables, before a comma or the final
  stop (:func:`.spam_lone.lone_token`'s places for an invented word; a sentence's start and after a number take any
  stray lower-case word already), and opening a clause after a comma ("châu Âu, ___ và Úc"), with no context gate:
  the word is the evidence. The clean controls (52,720 texts with the held-out Wikipedia) hold none of the stems.
"""

from __future__ import annotations

import re
import unicodedata

from .spam_tradeprefix import prefixed_stem
from .spam_tradeslug import trade_slug
from .trade_vocab import STEM_NOT_BEFORE, by_length, words

__all__ = ["COUNTRIES", "FOREIGN_STEMS", "GAMBLING_PIECES", "foreign_trade", "HONORIFICS", "HYPHEN_GATE", "LOWER_GATE",
           "PERSON_TITLES", "invented_word", "name_run",
           "hyphen_word", "pieces", "slug"]

#: the gambling trade's words as a slug's piece: betting, games of chance, "casino" as European languages spell it;
#: with their plurals and the player's noun (spam53: "blackjack-gambler", "houston-gamblers", UT1's gambling list)
GAMBLING_PIECES = words("slug")  # :mod:`.trade_vocab`'s ``slug`` words
#: other languages' words of gambling and quick money (:func:`foreign_trade`, spam72): :mod:`.trade_vocab`'s ``stem``
#: words, with their languages there
FOREIGN_STEMS = words("stem")
#: longest first; "apostas" not as "apostasy"'s start, "aposta" not as "apostate"'s
#: (:data:`.trade_vocab.STEM_NOT_BEFORE`)
_FOREIGN_STEM = re.compile("|".join(s + "".join(f"(?!{x})" for x in STEM_NOT_BEFORE.get(s, "").split())
                                    for s in by_length(FOREIGN_STEMS)))
_LOWER_PIECES = re.compile(r"[a-z]+(?:-[a-z]+)*")
#: a person's titles, after which a name stands (:func:`name_run`)
PERSON_TITLES = frozenset("ông bà anh chị em cô chú bác cậu thầy ngài tướng vua chúa quan hoàng".split())
#: countries and regions whose name a text writes before a word of their language ("đường đen Nhật Bản kurozato")
COUNTRIES = frozenset(unicodedata.normalize("NFC", c) for c in (
    "nhật bản|nhật|hàn quốc|hàn|trung quốc|trung hoa|triều tiên|thái lan|ấn độ|pháp|mỹ|hoa kỳ|đức|nga|anh|ý|"
    "tây ban nha|bồ đào nha|hy lạp|thổ nhĩ kỳ|ba lan|hà lan|phần lan|thụy điển|thụy sĩ|na uy|đan mạch|ai cập|"
    "ba tư|lào|mông cổ|"
    "tây tạng|do thái|ả rập|châu âu|châu á|châu phi|châu mỹ|la mã|latinh|mã lai|miến điện").split("|"))
#: titles written after a name in lower case (Korean and Japanese, as fans write them)
HONORIFICS = frozenset("unnie eonni noona nuna hyung oppa sunbae hoobae sensei senpai sama chan kun ajumma ajusshi "
                       "ahjussi ahjumma halmeoni".split())
#: the context model's log-odds (:func:`.spam_context.score`) a lower-case invented word needs between two syllables
#: or before the final stop
LOWER_GATE = 2.5
#: and a lower-case hyphenated name of pieces of different kinds (:func:`hyphen_word`, spam43)
HYPHEN_GATE = 2.0
# (spam57: a piece of two letters beside one of three at least too, as scam hosts open with a language or country code:
# "thung vi-mayman sâu", langfresh32, read 6.09; the real terms of that shape read under the gate: "tai nghe in-ear"
# 0.37, "hi-tech" 0.13, "ga-ra" 0.55, "re-make" 0.93; two pieces of two letters, "wi-fi", "lo-fi", stay out)
_PIECES = re.compile(r"(?=[a-z-]*[a-z]{3})[a-z]{2,}(?:-[a-z]{2,})+")
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)+")


def slug(tok: str) -> bool:
    """Whether ``tok`` is lower-case pieces joined by hyphens, the last a word of :data:`GAMBLING_PIECES`, or a slug
    built on a trade's word that no English compound is shaped like (:func:`.spam_tradeslug.trade_slug`, spam60)."""
    return bool(_SLUG.fullmatch(tok)) and (tok.rsplit("-", 1)[1].rstrip("0123456789") in GAMBLING_PIECES
                                           or trade_slug(tok))


def name_run(text: str, a: int, b: int, known: "set[str] | dict[str, int]") -> bool:
    """Whether ``text[a:b]`` stands inside a name: a capitalised Vietnamese syllable right before it (one space
    between) that does not open its sentence, or a person's title before it and a capitalised syllable after it."""
    from .spam_gaps import vietnamese_syllable
    from .spam_shapes import sentence_start

    if text[a:b].lower() in HONORIFICS:
        return False
    m = re.search(r"(?:^|[\s(\"“])([^\W\d_]+) $", text[max(0, a - 40):a])
    if m and m.group(1)[:1].isupper() and vietnamese_syllable(m.group(1), known) and \
            not sentence_start(text, a - 1 - len(m.group(1))):
        words = unicodedata.normalize("NFC", text[max(0, a - 30):a]).lower().split()
        return not any(" ".join(words[-n:]) in COUNTRIES for n in (1, 2, 3))
    if not (m and m.group(1).lower() in PERSON_TITLES):
        return False
    m = re.match(r" ([^\W\d_]+)(?:[\s.,;:!?)]|$)", text[b:b + 40])
    return bool(m) and m.group(1)[:1].isupper() and m.group(1)[1:].islower() and vietnamese_syllable(m.group(1), known)


def invented_word(text: str, a: int, b: int, known: "set[str] | dict[str, int]") -> bool:
    """Whether ``text[a:b]``, a lower-case word of letters alone between two syllables or before the final stop, is
    no word of any list and reads as pasted over :data:`LOWER_GATE`."""
    from .spam_bound import _syllables, english_form
    from .spam_context import features, score
    from .spam_names import _brand_like, load_words, solid_compounds

    tok = text[a:b]
    if not (tok.isascii() and tok.isalpha() and tok.islower() and len(tok) >= 5) or _brand_like(tok):
        return False
    if tok in known or tok in load_words() or tok in solid_compounds() or english_form(tok) or _syllables(tok):
        return False
    return score(features(text, a, b)) > LOWER_GATE


def pieces(tok: str) -> bool:
    """Whether ``tok`` is lower-case pieces of letters alone joined by hyphens, :func:`hyphen_word`'s shape."""
    return bool(_PIECES.fullmatch(tok))


def hyphen_word(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]``, a stray lower-case hyphenated token (:func:`.spam_lone.stray`: its pieces are not of one
    kind) between two syllables or before the final stop, is pieces of three letters at least that read as pasted
    over :data:`HYPHEN_GATE` (module docstring)."""
    from .spam_context import features, score

    return pieces(text[a:b]) and score(features(text, a, b)) > HYPHEN_GATE


def foreign_trade(tok: str) -> str | None:
    """The word of :data:`FOREIGN_STEMS` that ``tok``, lower-case letters (hyphenated pieces too), holds glued to three
    letters more at least (a name built on it: "bezdepozytu"; the word alone is a term, "trò chơi loteria"), or after a
    prefix of one letter or of figures ("gperya", "123swerte": :mod:`.spam_tradeprefix`, spam88), or None."""
    m = _FOREIGN_STEM.search(tok) if _LOWER_PIECES.fullmatch(tok) else None
    return m.group(0) if m and len(tok.replace("-", "")) - len(m.group(0)) >= 3 else prefixed_stem(tok)
