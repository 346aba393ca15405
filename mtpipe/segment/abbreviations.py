"""Abbreviation tables of the sentence splitter (one place for them) and its test for initials: after these a sentence does not end,
or ends only before a capital; a listed one written in capitals is an acronym that may end it (:func:`caps_acronym_breaks`). Provenance: benchmarks/data/SOURCES.md, "Sentence-splitting abbreviations"."""

from __future__ import annotations

import re

#: Abbreviations (lower-cased, without the final period) after which a sentence does not end.
#: Provenance (benchmarks/data/SOURCES.md, "Sentence-splitting abbreviations"): the hand list of
#: earlier rounds, plus for Russian the words razdel 0.5.0 (MIT) lists as *head* abbreviations
#: (``razdel/segmenters/sokr.py``, ``HEAD_SOKRS``: they stand before a name or a number) less the
#: ones that are also common words ending a sentence ("пол", "ком", "ум", "кит", "оф"), the
#: geographic terms of the GARANT "Перечень общепринятых графических сокращений (для
#: географических понятий)" (окр. бул. дер. наб. хут. вдхр. …), the non-unit words of the Russian
#: list sentencex 1.0.32 ships (the same as pySBD's ``pysbd/lang/russian.py``: авт. деп. канд. пгт. …;
#: units such as "кг", "сек", "нед" end sentences and are left out, so is "муж", a word), and
#: "пров." (провинция, found in none of these: Russian writing on China, "пров. Хэйлунцзян");
#: and company suffixes written in Latin inside Russian, Ukrainian and Bulgarian text (:data:`_COMPANY`).
_RAZDEL_HEAD_RU = """букв ст трад лат венг исп кат укр нем англ фр итал греч евр араб яп слав рус русск латв словацк
    хорв св арх зав зам проф акад кн корр ред гр ср чл им тов нач пп чч гл стр абз просп пр ул гор корп пер обл
    эт пом ауд комн каб домовлад лит рп пос пл оз обр ок откр см напр доп юр физ тел сб внутр дифф гос отм"""
_GEO_RU = "бул вдп вдхр дер каб комн корп наб н.п окр пер пос просп раб свх хут пров"
_SENTENCEX_RU = "авт деп дисс канд иностр инст моск пгт тов заруб ежедн"
#: added by hand (seg29; benchmarks/data/SOURCES.md): "мун." (муниципий) before a Moldovan city's name, as "г." before a
#: Russian one ("Совета мун. Бельцы"), "мкр." (микрорайон) before a district's name ("жители мкр. Северный"); "вл."
#: (владение) before a plot's number in a Moscow address ("Ферганская ул., вл. 17, корп. 1"; bnd40, held28); "ост."
#: (остановка) before a bus stop's name in a timetable ("Ост. Завойко (СОШ № 17) – ост. Садовая"; bnd44, train29)
_HAND_RU = "мун мкр вл ост"
#: military ranks before a surname (bnd43): "ген.-лейт. Сидоров", "ст. лейт. Петров", "подполк. Иванов", "ефр.", "адм."
#: (the hyphenated compounds match by their last part, "вице-адм."); "полк." (a regiment, a word) and "серж." (the name
#: "Серж.") end sentences and are left out
_RANKS_RU = "лейт подполк ефр адм капт"
#: the saints' ranks and clergy titles of Russian church calendars, before a name ("Память свтт. Афанасия и Кирилла,
#: архиеп. Александрийских; прпп. Кирилла и Марии"; bnd42, held31): the list "Сокращения, принятые в церковных
#: календарях" (SOURCES.md, "Sentence-splitting abbreviations"), less the entries that are words ending a sentence
#: ("прав.", "вел.", "просвет."); their plurals double the last letter ("свт." -> "свтт.", :func:`is_abbreviation`)
_CHURCH_RU = """ап архиеп архим архид бесср блаж блгв блж вмц вмч влкмц влкмч диак ев еп игум иером иеросхим иеродиак
    имп исп испов кнг кнж митр мон мц мч новмч новосвщмч патр пресвит прор пророчц прот протопресв прп прмц прмч
    равноап свт свящ схиархим схиигум схим сщисп сщмч стрстрп юрод"""
#: Vietnamese titles, degrees, offices and place types of soe-vinorm's ``abbreviations.txt`` (MIT; SOURCES,
#: "Vietnamese abbreviations"), lower-cased; dotted compounds ("GS.TS.", "BS.CKII.") match by their last part
_SOE_VINORM_VI = "gs pgs ts tskh ths bs ks kts ls ncs ns nsnd nsưt gđ pgđ tgđ ptgđ pct ptt tp tx tt q p h cki ckii ck1 ck2"
#: a Catholic page's offices and units before a name: "Gx." (giáo xứ), "Gp." (giáo phận), "Lm." (linh mục), "Đgm."
#: (đức giám mục), "Tgm." (tổng giám mục) ("cha … - nguyên chánh xứ Gx. Vườn Xoài"; seg29)
_CHURCH_VI = "gx gp lm đgm tgm"
#: company suffixes in Latin script ("Huawei Technologies Co., Ltd.", "Apple Inc.")
_COMPANY = frozenset("co ltd inc corp llc plc gmbh jsc".split())
ABBREVIATIONS: dict[str, frozenset[str]] = {
    "ru": frozenset("""г гг т д п пп ул пр просп пер им см стр тыс млн млрд трлн руб коп долл проф акад доц
        янв фев февр мар апр авг сент сен окт нояб ноя дек т.е т.д т.п т.к др ок ст св кв корп тел н.э
        г-н г-жа гос зам пос обл р-н р-он и.о эл ген ред изд вып рис табл гл разд ч напр род рожд""".split()
                    + _RAZDEL_HEAD_RU.split() + _GEO_RU.split() + _SENTENCEX_RU.split() + _HAND_RU.split()
                    + _CHURCH_RU.split() + _RANKS_RU.split()),
    # titles and place types of Vietnamese news ("ThS.", "KTS.", "NSND.", "H. Củ Chi", "X. Tân Thông Hội"),
    # and the entries of soe-vinorm's abbreviation dictionary whose every sense is a title, degree, office
    # or place type (:data:`_SOE_VINORM_VI`; "PV." is left out: "… trả lời PV." ends sentences)
    "vi": frozenset("""tp tx gs ts pgs ths bs ks q p tt v.v tr th.s ts.bs gđ pgđ h x ls kts cn ncs nsnd nsưt
        bsck bscki bsckii ttnd ttưt đc""".split() + _SOE_VINORM_VI.split() + _CHURCH_VI.split()),
    # Ukrainian and Bulgarian news (razdel splits them; its own lists are Russian)
    "uk": frozenset("""м вул просп пл пров акад проф доц ім т.зв ст р рр грн тис млн млрд див напр обл с смт
        буд кв м-н р-н пп т.д т.п ін інш""".split()),
    "bg": frozenset("""гр ул бул пл акад проф доц д-р инж арх с обл общ ч т.нар т.е млн млрд хил лв ст г год
        бр стр напр вж""".split()),
    "en": frozenset("""mr mrs ms dr prof st no nos jan feb mar apr jun jul aug sep sept oct nov dec inc ltd co
        corp gov gen sen rep u.s u.k e.g i.e vs approx vol fig dept est col lt sgt capt mt ft llc plc""".split()),
}
#: Titles written before a name in Latin script, as written (case counts: "ING." is a bank, "BC." an era, "MS." a
#: manuscript): the academic titles of Czech and Slovak (MUDr. MVDr. MDDr. PhDr. RNDr. JUDr. PaedDr. ThDr. PharmDr.
#: Ing. Mgr. MgA. Bc. BcA., "doc." and "prof." in lower case as those languages write them), German "Dipl.-Ing." (by its
#: last part), "Dr." and "Prof.", and the English courtesy titles (Mr. Mrs. Ms.) that Vietnamese news writes before a
#: name ("Mr. Đàm", "gặp Ms. Thoa"); the Vietnamese titles (ThS. TS. PGS. GS. BS. KS.) and the Russian ones ("проф.",
#: "акад.", "канд.", "доц.") are in :data:`ABBREVIATIONS` already.  A sentence goes on after one before a capital
#: (:func:`title_before_name`; bnd77, held55's "trưởng khoa MUDr.| Vaněk"): the unc/baomoi pool holds 197 of them
#: before a capital, every one a name, a film's or a product's going on ("Mr. Đàm", "Dr. Stefan Utsch", "Wondershare
#: Dr. Fone", "Mr. Holmes (2015)"), 191 cut before this rule; the English dev treebanks 31, none an end.  "Sr." and "Jr." close names and end sentences
#: ("William Lemp, Sr. Charles …"), "Ph.D." stands after a name, "Rev." is also a band's name: left out.  "Doc." with
#: its capital opens a Czech title run ("Doc. MUDr. Milada Emmerová") but ends English sentences ("… in the Google Doc.
#: Update …": 8 of 10 public hits): it goes on only before another title (:data:`_BEFORE_TITLE`).
NAME_TITLES = frozenset("""MUDr MVDr MDDr PhDr RNDr JUDr PaedDr ThDr PharmDr Ing Mgr MgA Bc BcA doc prof Dr Prof Mr Mrs Ms""".split())
_BEFORE_TITLE = re.compile(r"(?:%s)\.(?!\w)" % "|".join(sorted(NAME_TITLES)))


def title_before_name(title: str, nxt: str, gap: str = " ") -> bool:
    """Whether a break after ``title`` (the word before the stop, as written) ends no sentence: a title of
    :data:`NAME_TITLES` (or a hyphenated compound's last part, "Dipl.-Ing"; a glued run's last, "Prof.Dr") before a
    capital, maybe after an opening quote, on the same line; "Doc" only before another title."""
    if not title or "\n" in gap:
        return False
    if title == "Doc":
        return _BEFORE_TITLE.match(nxt.lstrip()) is not None
    if title not in NAME_TITLES and title.split("-")[-1] not in NAME_TITLES \
            and title.split(".")[-1] not in NAME_TITLES:
        return False
    return nxt.lstrip().lstrip("\"“«'‘")[:1].isupper()


#: Languages whose sentence stop stands after a closing quote («… 2023 г.».): there an abbreviation's
#: period before a closing quote or bracket never ends the sentence.
_STOP_OUTSIDE_QUOTES = frozenset(("ru", "uk", "bg"))

#: Abbreviations that also end sentences ("в 2023 г. Потом…", "5 млрд руб. Работы…"): a
#: break after them before a capital stands; "г"/"гг" only after a number (before a
#: name "г." is "город": "в г. Москве").
TERMINAL_ABBREVIATIONS: dict[str, frozenset[str]] = {
    # "см", "р", …: units after a number ("— 40 см. Между рядами", "за 21000 р. Где"; seg29)
    "ru": frozenset("г гг т.д т.п др руб коп долл тыс млн млрд трлн чел н.э э см мм км кг р".split()),  # "э": "до н. э."
    "en": frozenset("inc ltd etc llc plc".split()),
    "vi": frozenset("v.v".split()),
    "uk": frozenset("грн тис млн млрд".split()),
    "bg": frozenset("лв хил млн млрд".split()),
}
_AFTER_NUMBER = frozenset(("г", "гг", "см", "мм", "км", "кг", "р"))
#: Words that continue a terminal abbreviation rather than start a sentence: the currency's
#: country ("млрд долл. США", "долл. Гонконга", "долл. Сингапура").
_UNIT_NEXT = re.compile(r"(?:США|Гонконга|Сингапура|Канады|Австралии|Новой\s+Зеландии|Тайваня|Брунея)\b")
#: Where a splitter keeps a terminal abbreviation and the next sentence together
#: (razdel on "в 2023 г. Потом"); group 1 is the space to break at, when a capital follows.
#: Each pattern opens with a look-ahead for the characters its alternatives can start with: the same
#: matches, found about twice as fast (the alternatives are tried only there).
_TERMINAL_SPLIT: dict[str, re.Pattern[str]] = {
    # "5-10 м/с. Температура", "90 км/ч. Водитель": a unit written with a slash ends the sentence; so does a temperature
    # ("+5 °C. Ветер", razdel keeps it: seg29)
    # "из 1970-х. Мне": a decade's case ending is no abbreviation
    # "рапс – 90 тыс. т. При этом", "сои — более 2,2 млн т. По состоянию": tonnes after a number end the sentence
    # before a capitalised word, as the metres and centimetres do ("— 40 см. Между"); a volume count before a city's
    # initial goes on ("в 5 т. М.: Наука"; post36, held36); a one-letter word opening the next sentence is a capital
    # too ("они составили 71 т. В денежном выражении", a preposition; bnd66, held48's h48ru03)
    # "среди юношей 2009-2010 г.р. Первая", "маршрутов № 61, 80к. Соответствующие", "Матросова, 10г и 6а. Здесь": a
    # year of birth, a route or house number with its letter (bnd41)
    # "… в Тамбовской обл. Окончил школу": a region's "обл." after its adjective in an oblique case, "-ой" (a sentence's
    # "в … области"; an address names it in the nominative, "Московская обл. Химки", and goes on; bnd43)
    # "… склонах Тянь-Шанских гор. Курорт": "гор" after a word in "-их/-ых" is the noun (горы) closing a sentence, not
    # "гор." for "город" (bnd72: "гор." before a capital ends a sentence 4 times in 8,897 RT/ng articles and the flores
    # probe, 3 of them after such an adjective; an abbreviation 0 times); so is "гор" after "с" or "до", which govern
    # the genitive "гор" of "горы" ("спустились с гор. Надо", "от моря до гор. Безымянный": bnd73, 9 sentence ends and
    # no abbreviation in the RT/ng articles and public text; "в гор. Тюмени" can only be "город", and "из"/"от" are
    # left: "из гор. Николаева", "от гор. Аулие-Ата" are the abbreviation); a model's code, digits and capitals glued,
    # before the stop ("танка Т-72Б. Челябинских", "дороже 17А. И", "Су-30СМ. В"; razdel reads a letter as an initial:
    # bnd72, 88 such places in the RT/ng articles, every one a sentence end, 23 of them ended before)
    "ru": re.compile(r"(?=[\dгдркмтчй])(?:гор(?:(?<=[иы]х\sгор|\W[сС]\sгор)|(?<=\W[дД]о\sгор))|\d(?:\d{0,3}[A-ZА-ЯЁ]{1,3}|\s*(?:г\.\s?р|(?:-?х\s+)?гг?|[смк]м|кг|р|°\s?[CСF]))|(?<=[а-яё]о)й\sобл|(?<!\w)\d{1,4}[а-яё]|\d-х|\bт\.\s?[дп]|\b(?:др|руб|коп|долл|тыс|млн|млрд|трлн|чел)"
                     r"|(?:(?<=\d)|(?<=\d\s)|(?<=тыс\.\s)|(?<=тыс\.)|(?<=млн\s)|(?<=млн\.\s)|(?<=млрд\s))т(?=\.\s+[«\"]?[А-ЯЁ](?:[а-яё]|\s))"
                     r"|\d\s*[^\W\d_]{1,3}/[^\W\d_]{1,3})\.(\s+)"),
    "en": re.compile(r"\betc\.(\s+)"),
    "vi": re.compile(r"\bv\.v\.(\s+)"),
    "uk": re.compile(r"(?=[\dгтм])(?:\b(?:грн|тис|млн|млрд)|\d\s*°\s?[CСF]|\d\s*[^\W\d_]{1,3}/[^\W\d_]{1,3})\.(\s+)"),
    "bg": re.compile(r"(?=[\dлхм])(?:\b(?:лв|хил|млн|млрд)|\d\s*[^\W\d_]{1,3}/[^\W\d_]{1,3})\.(\s+)"),
}
#: lower-case English abbreviations a lower-case word follows ("et al. found", "approx. five", "10 min. later"),
#: and the units of wire copy ("rose 3 pct. on Monday", "330 mln. yuan", "2 bn. in")
_LOWER_ABBR = frozenset("al cf ca viz approx incl esp min max hr hrs sec secs oz lb lbs ft in pp ed eds govt dept "
                        "nos misc pct mln bln bn yr yrs mos wk wks".split())


# a single initial: "В. Путин", "John F. Kennedy" (Russian and English names)
_INITIAL = re.compile(r"(?:^|[\s(«“\"])([A-ZА-ЯЁ])\.\s*$", re.UNICODE)
# two or more spaced initials before a surname: "M. V. Lomonosov", "J. R. R. Tolkien" (a sentence of
# Vietnamese text does not end with them; a single capital and a stop may: "nhóm A. Tuy nhiên")
_SPACED_INITIALS = re.compile(r"(?:^|[\s(«“\"])[A-ZА-ЯЁ]\.(?:\s[A-ZА-ЯЁ]\.)+\s*$", re.UNICODE)
# one or more initials: "K.", "K.L.", "T.T.H.", "M. V."
_INITIALS = re.compile(r"(?:^|[\s(«“\"])[A-ZА-ЯЁĐ](?:\.\s?[A-ZА-ЯЁĐ])*\.\s*$", re.UNICODE)


# two to four initials written together: "L.N.T.", "Е.В.", "N.V.A." (not "TP.HCM.": one letter each)
_GLUED_INITIALS = re.compile(r"(?:^|[\s(«“\"])[A-ZА-ЯЁĐ](?:\.[A-ZА-ЯЁĐ]){1,3}\.\s*$", re.UNICODE)


def _initials_go_on(prev: str, nxt: str, lang: str) -> bool:
    """Whether a break after initials ending ``prev`` is no sentence end: an initial before a capital (ru, en),
    spaced initials before a capital (vi too), initials before a bracket opening with a number or a
    lower-case word ("bé K.L. (9 tuổi) và …", "Анна К. (имя изменено) обратилась …": it describes the person),
    or initials written together before any bracket ("L.N.T. (SN 1989, …)")."""
    if prev.rstrip()[-1:] != ".":
        return False  # each pattern below ends with a stop and spaces only (rstrip's spaces are \s's)
    start = max(0, len(prev) - 200)  # end-anchored: the tail is enough (a search from the start is slow)
    if nxt[:1].isupper():
        return (lang in ("ru", "en") and _INITIAL.search(prev, start) is not None) \
            or (lang == "vi" and _SPACED_INITIALS.search(prev, start) is not None)
    if nxt[:1] != "(":
        return False
    if nxt[1:2].isdigit() or nxt[1:2].islower():
        return _INITIALS.search(prev, start) is not None
    # "tài xế L.N.T. (SN 1989, quê Thanh Hóa) lái …": initials glued together describe a person whatever the bracket
    # opens with (bnd42); a single capital may end a sentence ("nhóm A. (Ảnh: …)")
    return _GLUED_INITIALS.search(prev, start) is not None


#: vowels of the Cyrillic languages: a lower-case word without one ("свт", "прмч", "блгв", "сщмч") is an abbreviation
_CYR_VOWELS = frozenset("аеёиоуыэюяіїєѣ")
_VOWELLESS = re.compile(r"[бвгджзйклмнпрстфхцчшщъь]{2,8}")
#: vowel-less words that are no abbreviation standing before a name: interjections, and units and "и тд."/"и тп."
#: (written without their inner stops), which end sentences
_VOWELLESS_ENDS = frozenset("хм гм тсс брр пфф ммм шш пст тд тп тк шт дм мл мг вт квт гц вв тт".split())


#: a Russian or Ukrainian scholarly degree, "кандидат/доктор … наук" (bnd43): "к.т.н.", "д.м.н.", "к.ф.-м.н.", "д.е.н."
#: before a surname ("Ведущий научный сотрудник, к.б.н. Иванова рассказала …"); lower-cased, without its last stop
_DEGREE = re.compile(r"[кд]\.[а-яёіє]{1,3}(?:\.-?[а-яёіє]{1,3})*\.н")


# the same run read backwards from the stop (perf82)
_LAST_WORD_BACK = re.compile(r"\.([\w.\-]+)")


def last_word(prev: str, tail: int) -> str:
    """The word before the stop closing ``prev`` (stripped, its last character "."): group 1 of
    ``([\\w.\\-]+)\\.\\s*$`` searched from ``len(prev) - tail``, or "" if none.  That search tries each start
    and keeps the leftmost (the run of ``[\\w.\\-]`` characters before the stop, cut at the bound); matched backwards
    from the stop over the reversed tail, the greedy run is the same one, found once (perf82)."""
    m = _LAST_WORD_BACK.match(prev[max(0, len(prev) - tail):][::-1])
    return m.group(1)[::-1] if m is not None else ""


def is_abbreviation(word: str, lang: str, abbr: frozenset[str], written: str = "") -> bool:
    """Whether ``word`` (lower-cased, without its final period) is an abbreviation a sentence does not end after:
    listed (its last dotted or hyphenated part too), a plural written by doubling a listed one's last letter
    ("свтт." of "свт.", "прпп." of "прп.", "мчч."), or, in Russian, Ukrainian and Bulgarian, a word of two to eight
    letters with no vowel at all ("сщмч.", "блгвв.", "прмчч."): no word of these languages is written so but
    interjections and units (:data:`_VOWELLESS_ENDS`; the terminal units are the caller's); and a scholarly degree
    (:data:`_DEGREE`: "к.т.н.", "д.м.н.").  ``written``, the word as
    the text has it, keeps acronyms out of the last two: "КНР.", "МЧС.", "СССР." end sentences."""
    if word in abbr or word.split(".")[-1] in abbr or word.split("-")[-1] in abbr:
        return True
    if lang in _STOP_OUTSIDE_QUOTES and word[:1] in "кд" and _DEGREE.fullmatch(word) is not None:
        return True
    if written[1:].lower() != written[1:]:
        return False
    if len(word) >= 3 and word[-1] == word[-2] and word[:-1] in abbr and not word[:-1].isascii():
        return True
    return lang in _STOP_OUTSIDE_QUOTES and _VOWELLESS.fullmatch(word) is not None and word not in _VOWELLESS_ENDS


# a listed abbreviation written in capitals after a lower-case word and before a word in lower case after its capital:
# "… до 7 100 в СВ. Поездка на поезде …" (train31's ``t31ru05``: "СВ", a sleeping car, is "св." in capitals), "на
# заседании СБ. Он …"; the capitals make it an acronym that ends the sentence (razdel, case-blind, keeps it whole)
_CAPS_ABBR = re.compile(r"(?<=[а-яё] )([А-ЯЁ]{2,8})\.(?=\s+[«\"]?[А-ЯЁ][а-яё])")
#: listed abbreviations that stand before a name however written ("школа ИМ. Пушкина")
_CAPS_BEFORE_NAME = frozenset(("им",))


def caps_acronym_breaks(text: str, lang: str) -> list[int]:
    """Offsets after a listed abbreviation that the text writes in capitals, read as an acronym closing a sentence
    (Russian, Ukrainian, Bulgarian; bnd60): a lower-case word before it, a capital and a lower-case letter after it;
    a line in capitals ("ХРАМ СВ. НИКОЛАЯ") and the usual "Св. Петра" are left."""
    if lang not in _STOP_OUTSIDE_QUOTES or "." not in text:
        return []
    abbr = ABBREVIATIONS.get(lang, frozenset())
    return [m.end() for m in _CAPS_ABBR.finditer(text)
            if (key := m.group(1).lower()) in abbr and key not in _CAPS_BEFORE_NAME]


_ABBR_CLOSED = re.compile(r"([\w.\-]+)\.[\"'”’»)\]]+\s*$", re.UNICODE)


def _abbreviation_in_quotes(prev: str, lang: str) -> bool:
    """``prev`` ends with a known abbreviation whose period stands before a closing quote or bracket.

    In Russian, Ukrainian and Bulgarian the sentence's own stop goes after the quote
    («… в 2023 г.».), so the period inside is the abbreviation's and ends nothing, whatever the
    abbreviation (terminal ones and Latin company suffixes too). Elsewhere ("He works at “Acme
    Inc.” Then …" may end a sentence) only an abbreviation that never ends one glues.
    """
    m = _ABBR_CLOSED.search(prev, max(0, len(prev) - 200)) if prev.rstrip()[-1:] in "\"'”’»)]" else None
    if m is None:
        return False
    word = m.group(1).lower()
    keys = {word, word.split(".")[-1], word.split("-")[-1]}
    abbr = ABBREVIATIONS.get(lang, frozenset())
    terminal = TERMINAL_ABBREVIATIONS.get(lang, frozenset())
    if lang in _STOP_OUTSIDE_QUOTES:
        return bool(keys & (abbr | terminal | _COMPANY))
    return bool(keys & abbr) and not keys & terminal
