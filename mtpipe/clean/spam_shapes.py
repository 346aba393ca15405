"""Shapes of gambling brands pasted once into Vietnamese text, wherever they stand (used by :mod:`.spam`).

:mod:`.spam` catches a token seen once where the syllable model sees a gap around it.  Brands pasted at
a sentence's start ("kuwin lòng cô…"), beside a name or a word the model does not know, or over a
function word, leave no gap it can see.  Their *shape* gives them away instead (names seen in real
Vietnamese gambling pages: kuwin, kuwinok30.com, HitClub, SUNWIN, v8club, nhacaiuytin.city, alo88):

- ``strong``: a gambling word with a digit ("v8club", "kuwinok30.com", "98win"), or a lucky number in a
  name written in lower case ("alo88", "yo88"). Real codes are written with capitals and no gambling
  word ("F88" the pawn-shop chain, "U23", "A54", "MH370"), or under a local domain ("f88.vn").
- ``cased``: a gambling word ending a longer name written as no name is: all in lower case ("kuwin",
  "nhacaiuytin.city"; not with "club" or "vip", which end loanwords: "fanclub"), all in capitals ("KUWIN")
  or with a capital inside ("HitClub"); a camel-case name with a trade's word as any piece ("NagaPoker",
  "SedapTogel", "BettiltWorld": :mod:`.spam_cameltrade`, spam103).
- ``title``: a name in title case, as any word at a sentence's start is written, with a gambling word at
  its start or end ("Betway", "Cloudbet", "Bingoplus"; three letters beside it at least) or a lucky
  number ("Peso88"). Real names take this case too ("Darwin", "Alphabet"), so it counts only at a
  sentence's start, before a lower-case Vietnamese syllable, in a line of Vietnamese, and when the
  syllable model has never seen the word in Vietnamese text (a known word is a name, not a brand); or
  (lang10) inside a sentence between two lower-case marked syllables ("cảm giác như Vwin thế").
  Elsewhere a title-case name is left to :mod:`.spam`'s gap test.

Either is flagged (never repaired: nothing says which syllable it hides) when it stands as a word in a
line of running Vietnamese: a Vietnamese syllable beside it (``cased``), or Vietnamese words in its
line (``strong``).

Tokens of no brand shape are flagged in two places where no real word stands so (lang10, from the misses of
the earlier sets): a domain right after a lower-case Vietnamese syllable that names no site ("ngẫu nhiên mà
vaobo.com Mc Donalds": "theo vnexpress.net", "trên agoda.com" are left); and an unknown title-case word at a
sentence's start before a syllable that is bound to the one before it ("Paripesa ngoái chúng tôi...":
"ngoái" follows "năm" in the syllable model's text almost always, so a syllable is missing before it; "Tom
đã", "Grab bị", "Valencia nỗi tiếng" are names before free syllables).
"""

from __future__ import annotations

import re

from .spam_cameltrade import camel_trade
from .spam_lexicon import known_site
from .spam_plural import plural_brand
from .trade_vocab import LUCKY as _LUCKY, alternation

__all__ = ["TOKEN", "alien_letters", "local_domain", "brand_shape", "pasted_brand", "BEFORE", "sentence_start", "MEASURE", "UNIT", "LOANWORD", "SITE_INTRO",
           "start_candidate"]

#: a name, a letter-digit run or a domain standing as a word (the ``.`` of a full stop left outside); or a slug longer
#: than that, lower-case pieces of letters joined by hyphens, up to 60 characters (spam66: "cekilise-katil-sende-araba-
#: kazan", langfresh36, 32 characters, was read by no test)
TOKEN = re.compile(r"(?<![\w./@:&=?#%+-])([A-Za-z0-9][A-Za-z0-9-]{1,30}(?:\.[A-Za-z]{2,8})?"
                   r"|(?=[a-z-]{32,60}(?![\w-]))[a-z]+(?:-[a-z]+)+)(?![\w/@-]|\.\w)")
#: what may stand right before a token that stands as a word: a space, a line start, an opening quote or bracket
BEFORE = frozenset(" \n“\"«(‘'")
# gambling words in brand names (nhacai: "nhà cái", a bookmaker; cacuoc: "cá cược", betting)
_GAMBLING = re.compile(alternation("brand"), re.IGNORECASE)  # :mod:`.trade_vocab`'s ``brand`` words
# the same words ending a longer name ("kuwin", "HitClub", "SUNWIN"; not "win", "VIP" alone)
_GAMBLING_END = re.compile(rf"[a-z]{{2,}}(?:{alternation('end')})$|^[a-z](?:{alternation('short')})$", re.IGNORECASE)
# ("kuwin", "rikvip", "iwin"; not "club": "fanclub")
_GAMBLING_LOWER_END = re.compile(rf"[a-z]{{2,}}(?:{alternation('lower')})$|^[a-z](?:{alternation('short')})$")
# unaccented Vietnamese gambling words in a name ("nhacaitop": nhà cái, a bookmaker; nổ hũ, xổ số, đánh bài, game
# bài, tài xỉu, đổi thưởng, cá cược): a brand in any case, since no name or loanword writes them (lang11)
# and the betting words of odds sites (tỉ lệ kèo, tỉ lệ bóng đá, soi kèo, kèo bóng, cược bóng, đánh đề: spam23)
# and the odd-or-even game (chẵn lẻ; "clmm": chẵn lẻ MoMo, played over the MoMo wallet): 221 host names of Trạm Sách's
# VN badsites list hold each, more than "xoso" (53) or "taixiu" (34); no control text writes either (spam57)
# (:mod:`.trade_vocab`'s ``vibrand`` words; "tilekeo" and "tylekeo" both)
_VI_GAMBLING = re.compile(alternation("vibrand"), re.IGNORECASE)
#: a number with a unit of measure ("46kg", "35mm", "10km", "5000mAh", "120Hz"): a figure, never a brand; the units of
#: electricity and energy too ("trạm biến áp 110kV", "220KV", "2x90MVA", "2000mA", "92Ah", "356Wp", "50MWp", "2 tỷ
#: kWh", "85dB", chips' "3nm": spam54, langfresh31's look-alike "110kv" read as pasted by the context model); and the
#: units of a circuit's parts, resistance and capacitance with their SI prefixes ("điện trở 27Kohm", "4.7kohm", "1Mohm",
#: "tụ 100uF", "22pF", "100nF": spam105, langfresh50's look-alike "27Kohm" read as pasted by spam_letters)
MEASURE = re.compile(r"\d+(?:[.,]\d+)?(?:mm|cm|dm|km|kg|mg|ml|kw|kwh|mw|gw|mah|wh|hz|khz|mhz|ghz|kb|mb|gb|tb|fps|mp|ha|rpm|"
                     r"hp|ps|cc|kmh|kcal|m2|m3|km2|kbps|mbps|gbps|k|tr|"
                     r"kv|kva|mva|kvar|va|ma|ah|wp|kwp|mwp|mwh|gwh|twh|db|nm|ohm|kohm|mohm|uf|nf|pf)", re.IGNORECASE)  # "250k", "5tr": a price
#: a figure with a one-letter unit, or "gr", "mAh" ("669g", "150m", "220v", "150gr"), which MEASURE leaves ("4G", "5S" are
#: names there): a figure, never a brand, whatever its digits ("669g" holds a lucky "66": spam38)
UNIT = re.compile(r"\d+(?:[.,]\d+)?(?:m|g|gr|l|w|v|a|mah)", re.IGNORECASE)
#: a lower-case word ending in "club" or "vip" is a loanword ("fanclub", "nightclub", "supervip"), not a brand
LOANWORD = re.compile(r"[a-z]+club|(?:super|mega|hyper|very)vip")  # lang11: "rikvip", "cenvip" are brands
# a title-case name, and the gambling words that make it a brand at its start or end ("Betway", "Cloudbet")
_TITLE = re.compile(r"[A-Z][a-z0-9]{3,20}")
# the same name written in camel case, its gambling head title-cased and the rest capitalised ("BetParx" as "Betparx";
# spam95: no real text of the 38,093 news articles, the RSS pool, UD VTB, Leipzig vi, the dev realpages or the dev
# sets' clean and look-alike sentences writes the shape; 10 dev and blind spam tokens do: BetBrain, CasinoCharm ...)
_CAMEL_HEAD = re.compile("(?:" + "|".join(w.title() for w in alternation("opens").split("|"))
                         + r")[A-Z][a-z0-9]{2,}(?:[A-Z][a-z0-9]*)*")
# (:mod:`.trade_vocab`'s ``opens`` and ``title`` words; a short stem too before a ``short`` one, "Fabet", "Vwin":
# lang9's gap)
_TITLE_BRAND = re.compile(rf"^(?:{alternation('opens')})[a-z]{{3,}}|[a-z]{{3,}}(?:{alternation('title')})$"
                          rf"|^[a-z]{{1,2}}(?:{alternation('short')})$")
# English words and names of that shape (every entry of SCOWL's wamerican 2020.12.07-2 dictionary, size 50,
# that _TITLE_BRAND matches: "Alphabet", "Darwin", "Sorbet", "Between"; "Edwin", "Tibet", "twin" for the short
# stems): known words, never brands
_KNOWN_SHAPED = frozenset("""
    alphabet baldwin betake betaken betakes betaking betcha betelgeuse bethany bethesda bethink bethinking
    bethinks bethlehem bethought bethune betide betided betides betiding betoken betokened betokening betokens
    betook betray betrayal betrayals betrayed betrayer betrayers betraying betrays betroth betrothal betrothals
    betrothed betrothing betroths betted better bettered bettering betterment betters bettie betting bettor
    bettors bettye between betwixt courbet darwin flibbertigibbet gershwin gibbet goodwin nightclub sherbet
    slothful slothfulness slotted slotting sorbet edwin erwin irwin tibet abet twin""".split())
# what stands before a sentence's first word: a line start or a sentence's end, an opening quote or bracket
_SENTENCE_START = re.compile(r"(?:(?:^|\n|[.!?…]\s)\s*[\"“«(‘']?|:\s*[\"“«‘'])$")  # or a quotation after a colon
# domains a Vietnamese text names as its source or a company's site (.org: local_domain)
_LOCAL_TLD = re.compile(r"\.(?:vn|gov|edu|com\.vn)$", re.IGNORECASE)
_ORG = re.compile(r"([A-Za-z]+)\.org", re.IGNORECASE)


def local_domain(tok: str) -> bool:
    """A domain under a top-level domain Vietnamese sources use: .vn, .gov, .edu, .com.vn; and .org for a label as
    Vietnamese texts' .org sites are named: a body's acronym of four letters or fewer ("who.org", "rfa.org",
    "sggp.org") or unmarked Vietnamese syllables joined ("thuvienhoasen.org", "giaoxuchinhtoadanang.org"). Another
    .org label is weighed as a .com one (spam67: "Usvtc.org Techinasia", "Bioption.org với", langfresh19/20)."""
    if _LOCAL_TLD.search(tok):
        return True
    m = _ORG.fullmatch(tok)
    if not m:
        return False
    from .spam_unmarked import shop_slug  # (a leaf module; imported where asked, as this module's other tests)

    return len(m.group(1)) <= 4 or shop_slug(m.group(1).lower())
_VI_MARK = re.compile("[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")
#: words after which a text names a site ("truy cập", "trang", "theo", "của", "qua"...): never a pasted domain
SITE_INTRO = frozenset("trang web website cập theo nguồn của trên lên tại như và hoặc qua từ ở với bởi là vào".split())
# of those, the words after which only a site can stand ("truy cập", "trang web", "theo", "trên"); after the others
# ("của", "ở", "lên", "và") a site goes on the sentence as a noun does, never with a lower-case syllable (lang13:
# "ở lemvigh.com nguyên nhân", "của vbcoding.com nạn nhân", "lên sfwnm.com nhà văn hóa": a syllable was pasted over)
_SITE_NAMING = frozenset("trang web website cập theo nguồn trên tại qua từ vào".split())
#: digits and a capitalised word ("77KING", "98WIN", "789CLUB"): no code or figure is written so ("4G", "9X", "12D3",
#: "128GB" have one letter, a digit after, or a unit); a brand's shape (lang13)
_DIGIT_WORD = re.compile(r"\d{2,4}[A-Z]{3,8}")
#: letters with no vowel, five at least, not in capitals ("Tdtczz", "sfwnm", "ggbjsl"): no word of any language
#: written in Latin letters (abbreviations are written in capitals: "TNHH", "ATGT"); a random host's name (lang13)
_NO_VOWEL = re.compile(r"[b-df-hj-np-tv-xz]{5,}", re.IGNORECASE)
_DOMAIN_TOK = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z][A-Za-z0-9-]*\.[A-Za-z]{2,8}")
_TITLE_PLAIN = re.compile(r"[A-Z][a-z]{3,20}")
_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z0-9.]*[A-Za-z0-9]")  # a name or a name's domain ("MoMo", "Tiki.vn")
#: a syllable is bound to the one before it when one predecessor takes this share of its sightings (of 5 at least: the model reads 1,012 sentences)
BOUND_SHARE, BOUND_MIN = 0.6, 5
_BEST_PRED: dict[int, tuple[object, dict[str, int]]] = {}  # (the model kept: an id reused never answers, cp76)


# what every answer below but None needs in the token: a digit, or a gambling word of _GAMBLING or _TITLE_BRAND
# a token with none of these can have no brand shape (every word the rules below look for: _GAMBLING, _VI_GAMBLING,
# _TITLE_BRAND, digits for _LUCKY and codes): brand_shape's cheap first test (perf7); the words of every use of
# :mod:`.trade_vocab` that those patterns read
_SHAPED = re.compile(r"\d|" + alternation("brand", "vibrand", "end", "lower", "short", "title", "opens"), re.IGNORECASE)
# a capital after a lower-case letter: a camel-case name, which may hold another language's trade word (a ``stem``:
# "SedapTogel") that _SHAPED leaves out (:mod:`.spam_cameltrade`, spam103; a stem in _SHAPED doubled its time)
_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")


def brand_shape(tok: str) -> str | None:
    """``strong``, ``cased`` or None for a token (see the module's docstring)."""
    if not _SHAPED.search(tok) and (tok.isalpha() or tok.isascii()) and not _INNER_CAPITAL.search(tok):
        return None  # (most tokens: plain words, no digit, no gambling word; "\d" misses "²", which isdigit() counts)
    return _brand_shape(tok)


def _brand_shape(tok: str) -> str | None:
    """:func:`brand_shape` without its cheap first test (tests check the two agree)."""
    if _LOCAL_TLD.search(tok) or tok.lower().endswith(".org") or UNIT.fullmatch(tok):  # (any .org: a gambling shape
        return None  # in a body's name, "lionsclubs.org", "winehq.org"; a .org label is weighed by _unshaped)
    name = tok.split(".")[0]
    digit = any(ch.isdigit() for ch in name)
    if name.lower() in _KNOWN_SHAPED or (LOANWORD.fullmatch(name) and not _VI_GAMBLING.search(name)):
        return None  # a loanword, unless its stem is a Vietnamese gambling word ("nohuclub": spam38)
    if _VI_GAMBLING.search(name) and not digit:
        return "cased"
    if _DIGIT_WORD.fullmatch(name) and not MEASURE.fullmatch(name):
        return "strong"
    if "." not in tok and (_TITLE.fullmatch(name) or _CAMEL_HEAD.fullmatch(name)) and \
            not (digit and _GAMBLING.search(name)) and \
            name.lower() not in _KNOWN_SHAPED and (
            _TITLE_BRAND.search(name.lower()) or (_LUCKY.search(name) and sum(map(str.isalpha, name)) >= 3)):
        return "title"
    if not digit and "." not in tok and camel_trade(name, _TITLE_BRAND, _KNOWN_SHAPED):
        return "cased"  # "NagaPoker", "SedapTogel", "BettiltWorld": a trade's word as any piece (spam103)
    if digit and (_GAMBLING.search(name) or (name.lower() == name and (_LUCKY.search(name) or name.endswith("vn"))
                                             and any(map(str.isalpha, name)))):  # "q8vn", "hi88vn": "vn" ends brands
        return "strong"
    plural = plural_brand(name)  # "huayvips": the trade's word in the plural (spam93)
    if digit or not (_GAMBLING_END.search(name) or plural) and not ("." in tok and _GAMBLING.search(name)):
        return None
    if name.isupper() or any(ch.isupper() for ch in name[1:]):
        return "cased"
    # in lower case, "club" and "vip" end loanwords too ("fanclub", "nightclub")
    if name.islower() and (_GAMBLING_LOWER_END.search(name) or plural or "." in tok):
        return "cased"
    return None


def _vietnamese(word: str, known: "set[str] | dict[str, int]") -> bool:
    w = word.lower()
    return bool(_VI_MARK.search(w)) or (w in known and w.isalpha() and w.isascii() and len(w) <= 7)


def pasted_brand(text: str, a: int, b: int, known: "set[str] | dict[str, int]", bigrams: object = None) -> bool:
    """Whether ``text[a:b]`` is a gambling brand pasted into running Vietnamese: its shape
    (:func:`brand_shape`) and a Vietnamese syllable beside it, or (``strong``) Vietnamese words in
    its line; or a token of no brand shape where no word stands so (module docstring). ``known``: the
    syllables the syllable model has seen (lower case); ``bigrams``: that model (``spam.Bigrams``)."""
    shape = brand_shape(text[a:b])
    if not (a == 0 or text[a - 1] in BEFORE):
        return False
    line = text[text.rfind("\n", 0, a) + 1:(text.find("\n", b) + 1 or len(text) + 1) - 1]
    left = _WORD.findall(text[max(0, a - 30):a].split("\n")[-1])[-1:]
    right = _WORD.findall(text[b:b + 30].split("\n")[0])[:1]
    vi_line = sum(bool(_VI_MARK.search(w)) for w in _WORD.findall(line)) >= 2
    if shape is None or (vi_line and _DOMAIN_TOK.fullmatch(text[a:b]) and _unshaped(text, a, b, known, bigrams)):
        # a domain of a brand's shape where no site is named too ("oppabet.com Olympia Schools": lang13)
        return vi_line and _unshaped(text, a, b, known, bigrams)
    if shape == "title":  # before a lower-case syllable, or a marked one ("Supabet Việt thật sự rất khó học.");
        # inside a sentence, between two lower-case marked syllables ("cảm giác như Vwin thế của mình"), where a name
        # stands after a title or before a capitalised word ("ông Edwin", "Sherwin Williams")
        inside = bool(left and right) and all(w[:1].islower() and _VI_MARK.search(w) for w in left + right) and \
            text[a - 1:a] == " " and text[b:b + 1] == " "
        start = sentence_start(text, a)  # at a start, a brand's gambling word lets a capital syllable follow ("Gowin Y tế")
        if vi_line and _odd_brand(text, a, b, known, left):
            return True
        return ((start or inside) and tok_unknown(text[a:b], known)
                and any(_vietnamese(w, known) and (w[:1].islower() or _VI_MARK.search(w) or (
                    start and bool(_TITLE_BRAND.search(text[a:b].lower())))) for w in right)
                and vi_line)
    if shape == "cased":
        return any(_vietnamese(w, known) and w[:1].islower() for w in left + right)
    return vi_line


def _odd_brand(text: str, a: int, b: int, known: "set[str] | dict[str, int]", left: list[str]) -> bool:
    """A title-case gambling brand (``title``) whose stem is no language's (:func:`.spam_names.name_shape`
    ``random`` or ``unknown``) and no word Vietnamese text writes, not after a word that introduces a name: a host,
    wherever it stands in a Vietnamese line, between Latin names too ("T1 Sumvip Faker", "dữ liệu Zinvip Metric.vn":
    spam25)."""
    from .spam_bigrams import written_words
    from .spam_names import NAME_INTRO, name_shape

    tok = text[a:b]
    return (not (left and left[0].lower() in NAME_INTRO) and tok.lower() not in written_words()
            and name_shape(tok, known) in ("random", "unknown"))


def sentence_start(text: str, a: int) -> bool:
    """Whether ``text[a:]`` begins a sentence: a line's start or after a sentence's end, an opening quote between."""
    return a == 0 or bool(_SENTENCE_START.search(text[max(0, a - 6):a]))


def tok_unknown(tok: str, known: "set[str] | dict[str, int]") -> bool:
    """A word the syllable model never saw in Vietnamese text and no English dictionary word (a known one,
    "Darwin", "Alphabet", is a name)."""
    return tok.lower() not in known and tok.lower() not in _KNOWN_SHAPED


def start_candidate(text: str, a: int, b: int) -> bool:
    """A title-case word of plain Latin letters at a sentence's start: a name, or a brand pasted over the
    sentence's first syllable (told apart by :func:`pasted_brand`, never repaired)."""
    return bool(_TITLE_PLAIN.fullmatch(text[a:b])) and sentence_start(text, a)


def alien_letters(tok: str) -> bool:
    """A name of five letters or more with no vowel, not in capitals ("Tdtczz", "sfwnm.com"): no word (lang13)."""
    name = tok.split(".")[0]
    return bool(_NO_VOWEL.fullmatch(name)) and not name.isupper()


def _unshaped(text: str, a: int, b: int, known: "set[str] | dict[str, int]", bigrams: object) -> bool:
    """A domain where no site is named, a word of no vowel, or an unknown title-case word at a sentence's start
    before a bound syllable (module docstring)."""
    tok = text[a:b]
    prev = _WORD.findall(text[max(0, a - 30):a].split("\n")[-1])[-1:] if text[a - 1:a] == " " else []
    nxt = _WORD.findall(text[b:b + 30].split("\n")[0])[:1] if text[b:b + 1] == " " else []
    if alien_letters(tok):
        return True
    # a local domain whose name holds a gambling word ("Xosobinhdinh.org", "nhacai.vn") is weighed as any other (lang14)
    local = local_domain(tok) and not _VI_GAMBLING.search(tok.split(".")[0])
    if _DOMAIN_TOK.fullmatch(tok) and not local and not known_site(tok):  # a known site names itself ("Trip.com là": lang14)
        from .spam_gaps import vietnamese_syllable  # (spam_gaps imports this module)

        in_name = bool(prev) and prev[0][:1].isupper() and vietnamese_syllable(prev[0], known) and \
            not sentence_start(text, a - 1 - len(prev[0]))
        # a bracket after it explains the site it names ("thương mại điện tử JD.com (Trung tâm mua sắm Jingdong)"),
        # unless a name is under way ("THPT Phan Đình Vividcoms.com (Hà Nội)": lang14)
        if text[b:b + 2] == " (" and not in_name:
            return False
        goes_on = bool(nxt) and nxt[0].islower() and _vietnamese(nxt[0], known)  # a lower-case syllable after it
        if sentence_start(text, a):
            # at a sentence's start, as a subject before a lower-case syllable ("Paintflyz.com đượm men tình"), or
            # before words of no Vietnamese ("oppabet.com Olympia Schools") in a Vietnamese line (lang13)
            return goes_on or (bool(nxt) and nxt[0][:1].isupper() and not vietnamese_syllable(nxt[0], known))
        if in_name:
            return True  # inside a name under way ("vô thẳng Phú Erkfiber.com": lang13)
        # the whole word before it, a name's domain too ("Tiki.vn topphimmoi.net đầu tư")
        before = text[max(0, a - 40):a - 1].split("\n")[-1].rsplit(" ", 1)[-1] if prev else ""
        if goes_on and before[:1].isupper() and _LATIN_NAME.fullmatch(before) and \
                not vietnamese_syllable(before, known) and not sentence_start(text, a - 1 - len(before)):
            return True  # after a Latin name, going on the sentence ("ví MoMo Ioanabarbu.com giao diện": lang14)
        return any(w[:1].islower() and _vietnamese(w, known) and (
            w.lower() not in SITE_INTRO or (goes_on and w.lower() not in _SITE_NAMING)) for w in prev)
    if bigrams is None or not start_candidate(text, a, b) or not tok_unknown(tok, known) or not nxt:
        return False
    w = nxt[0]
    return w.islower() and _bound(bigrams, w)


def _bound(bg: object, word: str) -> bool:
    """Whether one syllable stands before ``word`` in most of the syllable model's sightings of it."""
    got = _BEST_PRED.get(id(bg))
    best = got[1] if got is not None and got[0] is bg else {}
    if got is None or got[0] is not bg:
        _BEST_PRED[id(bg)] = (bg, best)
        for (_, y), n in bg.bi.items():  # type: ignore[attr-defined]
            if n > best.get(y, 0):
                best[y] = n
    n = bg.uni[word]  # type: ignore[attr-defined]
    return n >= BOUND_MIN and best.get(word, 0) >= BOUND_SHARE * n
