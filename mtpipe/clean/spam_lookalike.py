"""Real look-alikes of single spam tokens on technical pages (spam87, issue 12 point 3).

langfresh44's controls (Vietnamese pages on home medical devices) drew ten spam flags blind where every earlier set
drew none or one, all of four classes of real text the shape, letter and context tests of :mod:`.spam` read as
pasted tokens. :func:`look_alike` vetoes them where :mod:`.spam` vetoes a known site (:func:`.spam_sitenamed.
named_site` is asked first and stays what it was):

- ``symbol``: a measurement's, a lab test's or a chemical's symbol, letters and figures in the case the field writes
  them (:data:`SYMBOLS`: pulse oximetry's and blood gases' "SpO2", "PaCO2", "FiO2", the lab's "HbA1c", vitamins'
  "B12", "D3", "CoQ10", pollutants' "PM2.5", "NO2", formulas "H2O2", "CaCO3"), or a symbol of that shape (capitals
  and figures, a lower-case letter inside, a figure in it: :data:`_FORMULA`) right after a word that names a
  measurement (:data:`HEADS`: "chỉ số", "nồng độ", "xét nghiệm", "máy đo", "hàm lượng"), or anywhere a chemical
  formula that the periodic table reads and its oxidation states balance ("KNO3", "K2SO4", "(NH4)2SO4":
  :func:`.spam_formula.formula`, spam89, after langfresh45's blind false alarm on "KNO3"). Spam brands of that shape
  hold a lucky number or a trade word (:data:`.trade_vocab.LUCKY`: "Go88", "MB66"), which the rule leaves to the
  other tests;
- ``series``: a code in capitals and figures (three to ten characters) with a sibling in its line, the same letters in
  the same places and other figures ("van A1F2 mở A2F1 đóng", "rơ le R1K2 hút R2K1 nhả"): a series of valves, pins,
  relays. A pasted token stands alone; no dev spam token is written in capitals beside a sibling, and a lucky number
  or a trade word ("kubet77" beside "kubet78") keeps a token out of the class;
- ``english``: an English word of the technical kind the shipped English list (wordfreq's commoner words) lacks, in
  lower case (or title case at a sentence's start): a substance's name of WordNet's ``noun.substance`` ("zeolite",
  "bentonite": ``data/wordnet_substances.txt``, :file:`tools/build_wordnet_substances.py`), or a verb's participle or
  noun of the ``-ise``/``-ize`` kind ("nebulised", "atomized", "sterilising", "ionization"; a stem of four letters
  at least). No dev spam token and no name of ``spam_brands.txt`` ends so ("jubise", "niwise" end in "-ise" alone);
- ``speaker``: a site naming itself as the subject of "chúng tôi" ("Tại click2register.net, chúng tôi cung cấp"): a
  domain after a word of place ("tại", "ở") at a sentence's or a clause's start, right before ", chúng tôi" or
  ", chúng mình", its host letters alone or two English words joined by a "2" or a "4" ("to", "for": "click2register",
  "back2school"), no trade word of gambling in it. A domain pasted over "đây" ("Tại đây, chúng tôi") is of a gambling
  shape (a lucky number, a trade word, a digit of no joiner) in every dev set, and stays flagged;
- ``taxon``: biology's Latin name of a taxon or a species' epithet after its genus ("Bacillus subtilis", "họ
  Lactobacillaceae"): :func:`.spam_taxon.scientific_name` (spam93, after langfresh47's blind false alarms);
- ``firm``: a firm's own name in Latin letters right after its legal form ("Công ty Cổ phần Greenfeed Việt Nam"):
  :func:`.spam_firm.firm_name` (spam93).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from .spam_formula import formula
from .spam_shapes import sentence_start
from .spam_sitenamed import named_site
from .spam_firm import firm_name
from .spam_taxon import scientific_name
from .spam_vnchem import vietnamised_substance

__all__ = ["HEADS", "SYMBOLS", "look_alike", "substances"]

SUBSTANCES = Path(__file__).with_name("data") / "wordnet_substances.txt"

#: symbols of measurements, lab tests, vitamins and chemicals as their fields write them (pulse oximetry and blood
#: gases; glycated haemoglobin; vitamins and coenzymes; air pollutants and greenhouse gases; common formulas)
SYMBOLS = frozenset((
    "SpO2 SaO2 SvO2 ScvO2 PaO2 PAO2 PvO2 PaCO2 PvCO2 PACO2 FiO2 EtCO2 PetCO2 PtcO2 TcPO2 SpCO SpMet SpHb HCO3 "
    "HbA1c HbA1C A1c A1C HbA2 HbF HbS "
    "B1 B2 B3 B5 B6 B7 B9 B12 D2 D3 K1 K2 MK7 CoQ10 Q10 "
    "PM1 PM2.5 PM10 CO2 NO2 SO2 O2 O3 N2 H2 N2O CH4 NH3 NOx SOx "
    "H2O H2O2 H2S H2SO4 HNO3 H3PO4 NaCl NaOH NaHCO3 Na2CO3 CaCO3 CaCl2 CaO MgO MgSO4 CuSO4 KMnO4 KOH KCl "
    "Fe2O3 Fe3O4 SiO2 TiO2 ZnO Al2O3 C2H5OH C6H12O6").split())
#: words that name a measurement right before its symbol (one, two or three words)
HEADS = frozenset(unicodedata.normalize("NFC", w) for w in (
    "chỉ số|nồng độ|xét nghiệm|máy đo|hàm lượng|độ bão hòa|độ bão hoà|chỉ tiêu|thông số|khí|chất|mức").split("|"))
# a symbol's shape: two element-like pieces at least (a capital, a lower-case letter maybe, a count of two figures at
# most: "SpO2", "HbA1c", "MgCl2"), a lower-case letter inside and a figure ("Go50", "Ak579", "Mp389" are no such)
_FORMULA = re.compile(r"^(?=.*\d)(?=.*[A-Z][a-z])(?:[A-Z][a-z]?(?:\d{1,2}(?:\.\d)?)?(?!\d)){2,}[a-z]?")
_ALNUM = re.compile(r"[A-Za-z0-9]{3,10}")
_WORDS = re.compile(r"[^\W\d_]+")
_PARTICIPLE = re.compile(r"[a-z]{4,}(?:is|iz)(?:ed|es|er|ers|ing|ation|ations)")
_JOINED = re.compile(r"([a-z]{3,})[24]([a-z]{3,})")
_HOST = re.compile(r"([A-Za-z0-9-]{4,40})\.(?:com|net|org|vn|com\.vn|net\.vn|org\.vn|edu\.vn|info|io)")
_PLACE = frozenset(("tại", "ở"))
_WE = re.compile(r",? chúng (?:tôi|mình)\b")


@lru_cache(maxsize=1)
def substances() -> frozenset[str]:
    """WordNet's single-word substances (``tools/build_wordnet_substances.py``; read once)."""
    lines = SUBSTANCES.read_text(encoding="utf-8").splitlines()
    return frozenset(w for w in lines if w and not w.startswith("#"))


def _trade(tok: str) -> bool:
    """A lucky number or a gambling trade's word in ``tok`` ("Go88", "kubet77"): a brand's mark, never a code's."""
    from .trade_vocab import LUCKY, alternation

    return bool(LUCKY.search(tok) or re.search(alternation("token"), tok.lower()))


def _symbol(text: str, a: int, b: int) -> bool:
    tok = text[a:b]
    if tok in SYMBOLS or formula(tok) and not _trade(tok):  # a formula of the periodic table ("KNO3": spam89)
        return True
    if not _FORMULA.fullmatch(tok) or _trade(tok):
        return False
    before = [unicodedata.normalize("NFC", w.lower()) for w in _WORDS.findall(text[max(0, a - 30):a].split("\n")[-1])]
    return text[a - 1:a] == " " and any(" ".join(before[-n:]) in HEADS for n in (1, 2, 3) if len(before) >= n)


def _skeleton(tok: str) -> str:
    return re.sub(r"\d", "0", tok)


def _series(text: str, a: int, b: int) -> bool:
    tok = text[a:b]
    if not (_ALNUM.fullmatch(tok) and tok.isupper() and re.search(r"\d", tok)) or _trade(tok):
        return False  # a code is written in capitals; a lucky number or a trade word is a brand's ("kubet77")
    ls = text.rfind("\n", 0, a) + 1
    le = text.find("\n", b)
    line = text[ls:len(text) if le < 0 else le]
    return any(m.group(0) != tok and _skeleton(m.group(0)) == _skeleton(tok)
               for m in re.finditer(r"(?<![\w.-])[A-Za-z0-9]{3,10}(?![\w-])", line))


def _english(text: str, a: int, b: int) -> bool:
    tok = text[a:b]
    if not (tok.isascii() and tok.isalpha()) or not (tok.islower() or tok[1:].islower() and sentence_start(text, a)):
        return False
    low = tok.lower()
    return low in substances() or vietnamised_substance(text, a, b) or (
        _PARTICIPLE.fullmatch(low) is not None and not _glued(low))


def _glued(low: str) -> bool:
    """An English word of three letters or more glued before a whole ``-ise``/``-ize`` word ("webmonetizer"): a
    compound no writer spells so (spam91; :mod:`.spam_engslot`'s class), not a technical word of the ``english``
    class ("nebuliser", "optimization": no word before an ``-ize`` word of four letters or more)."""
    from .spam_names import load_words

    return any(low[:i] in load_words() and _PARTICIPLE.fullmatch(low[i:]) for i in range(3, len(low) - 7))


def _speaker(text: str, a: int, b: int) -> bool:
    m = _HOST.fullmatch(text[a:b])
    if not m or not _WE.match(text, b):
        return False
    host = m.group(1).lower()
    from .spam_names import load_words
    from .trade_vocab import alternation

    if re.search(alternation("host"), host) or _trade(host):
        return False
    j = _JOINED.fullmatch(host)
    if not (host.isalpha() or j and j.group(1) in load_words() and j.group(2) in load_words()):
        return False
    head = re.split(r"[.!?;:,]\s+|[“\"«(]", text[:a].split("\n")[-1])[-1].strip()
    return unicodedata.normalize("NFC", head.lower()) in _PLACE


def look_alike(text: str, a: int, b: int) -> str | None:
    """The class of real text (module docstring) ``text[a:b]`` belongs to, ``"site"`` for
    :func:`.spam_sitenamed.named_site`, or None."""
    if named_site(text, a, b):
        return "site"
    for name, test in (("symbol", _symbol), ("series", _series), ("english", _english), ("speaker", _speaker),
                       ("taxon", scientific_name), ("firm", firm_name)):
        if test(text, a, b):
            return name
    return None
