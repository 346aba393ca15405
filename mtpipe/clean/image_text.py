"""The text's own paragraph under an image, not its caption (issue 12, cap82): a guard of ``captions.under_image``.

``captions.under_image`` (:mod:`.captions`) takes a caption-sized line right under an image's file name or a Markdown
image when it ends without a stop, or when it ends with one and no paragraph of the article follows it (a
subheading, another image, the end).  The article's last paragraph under its last photo has that place too
("/upload/iblock/2024/lipy_01.JPG" over "Следующий сквер планируют открыть осенью, сообщили в мэрии.", docs66's
made-up page), so the stopped line's own shape decides (:func:`text_paragraph`):

* **reported speech**: a clause attributed to its source, "…, сообщили в мэрии.", "по словам главы района …", "…,
  ông Nguyễn Văn A cho biết.", "…, the mayor said." (:data:`_REPORTED`): a caption says what the photo shows, never
  who told the writer something;
* **two sentences**: two sentences of four words or more each, neither a credit ("Фото: …", "Biểu đồ: T.Bình.", "(Ảnh:
  TTXVN)": a colon, a parenthesis or a credit's word) and no split after an initial or an abbreviation ("А.
  Травников", "ул. Ленина", "TP. HCM"): the text going on (t27vi87's procession under "(1).jpg)", content);
* never a line bearing a caption's own marks: a person's place in the picture ("(слева)", "(left)") or a credit
  after a stop ("… Фото: Константин Бобылев": t28ru48's caption of two sentences, clutter on dev).

A caption keeps its mark: a scene in present tense ("Волонтёры высаживают липы на набережной.", "Ông Nguyễn Văn Luật
giới thiệu về trang trại chuối của gia đình." over a subheading, h13vi02, clutter), a name list, a credit after the
caption, a rendering's "Так будет выглядеть сквер после реконструкции." (a future tense is no signal: a caption
under a plan speaks of what will be).  A finite verb is no signal either: h13vi02's caption has one.

cap83 adds a third shape, one sentence with no attribution ("Работы завершат к осени.", "Dự kiến công trình sẽ hoàn
thành vào cuối năm.", "The next square will open in the autumn."): :func:`closing_sentence`,

* **a discourse connective opening the line** (:data:`_CONNECTIVE`: "Напомним, …", "Ранее …", "Кроме того, …",
  "Trước đó, …", "Tuy nhiên, …", "Ngoài ra, …", "Meanwhile, …", "However, …"): the sentence leans on the text above
  it, a caption on its photo;
* **the story's future** (what is planned, not what the photo shows): a Russian finite verb in the future tense (the
  dictionary's first reading: "завершат", "откроют", "будет") or a plan ("планируют", "намерены"), Vietnamese "sẽ",
  "dự kiến", "theo kế hoạch", "sắp tới", English "will", "is expected to", "plans to", "is due to"; not a
  rendering's or a plan's picture, whose caption speaks of the future too ("Так будет выглядеть сквер …", "Phối
  cảnh …", "an artist's impression …": :data:`_RENDERING`).

A past tense is no signal (dev captions in the past: "Жители Пресненского района встретились с главой управы.",
c8ru08; "Бесплатную вакцинацию животных провели в поселении.", h25ru03; vi "đã" in three of t27vi24's captions), nor a
date.  Measured on dev (benchmarks/notes/cap83.md): of the 496 lines caption and credit rules remove as clutter (ru
152, vi 339, en 4, zh 1) none has either shape; of the one-sentence stopped dev lines labelled content, 285 have one.
"""

from __future__ import annotations

import re

__all__ = ["text_paragraph", "reported", "sentences", "closing_sentence"]

_L = r"[^\W\d_]"
#: a clause attributed to its source: Russian after a comma ("…, сообщили в мэрии", "…, — рассказал глава") or "по
#: словам / по данным / как сообщили"; Vietnamese "cho biết", "cho hay"; English "said", "according to"
_REPORTED = re.compile(
    rf",\s*(?:[—–-]\s*)?(?:сообщил[аио]?|рассказал[аио]?|отметил[аио]?|заявил[аио]?|пояснил[аио]?|уточнил[аио]?|"
    rf"подчеркнул[аио]?|добавил[аио]?|сказал[аио]?|сообщает|сообщают|передаёт|передает)(?!{_L})|"
    rf"(?<!{_L})(?:по словам|по данным|по информации|как сообщил[аи]?|как сообщает|как сообщают|"
    rf"cho biết|cho hay|said|according to)(?!{_L})",
    re.IGNORECASE)
#: a sentence's end: a stop, space, then a capital (:func:`sentences` reads the word before the stop)
_SPLIT = re.compile(r"[.!?…][\"”»)]?\s+[\"“«]?(?=[^\W\d_])")
_WORD_END = re.compile(rf"(?:{_L}{{3}}|\d)[\"”»)]?$")  # a word of three letters or more, or a number, before the stop
#: abbreviations that end in a stop but close no sentence ("ул. Ленина", "Mr. Smith", "TP. Hồ Chí Minh")
_ABBREV = re.compile(r"(?<!\w)(?:ул|пос|обл|гор|просп|пер|тыс|млн|млрд|руб|св|проф|акад|mr|mrs|ms|dr|st|jr|sr|no|inc|"
                     r"ltd|co|vs|etc|gen|gov|sen|rep|tp|ths|pgs|gs|lm|ts|bs)\.$", re.IGNORECASE)
#: a photo's credit or source as a sentence of its own
_CREDIT = re.compile(r"^\W*(?:фото|коллаж|источник|ảnh|nguồn|biểu đồ|đồ họa|photo|image|credit|source|graphic)(?!\w)",
                     re.IGNORECASE)
#: a photo caption's own marks anywhere in the line: a person's place in the picture ("(слева)", "(left)", "(thứ hai
#: từ trái)") or a credit after a stop ("… в Telegram. Фото: Константин Бобылев", t28ru48's caption of two sentences)
_CAPTION_MARK = re.compile(r"\((?:[^()]{0,20}\s)?(?:слева|справа|в центре|left|right|centre|center|trái|phải|giữa)"
                           r"(?:\s[^()]{0,20})?\)|[.!?…»\"”)]\s*\(?(?:фото|коллаж|ảnh|photo|photos|credit)\b",
                           re.IGNORECASE)
_MIN_WORDS = 4
#: a discourse connective opening the sentence: it leans on the text above it (a caption leans on its photo)
_CONNECTIVE = re.compile(
    r"^\W*(?:напомним|ранее|кроме того|при этом|однако|между тем|в дальнейшем|в будущем|впоследствии|"
    r"в ближайшее время|в следующем году|после этого|тем временем|также|"
    r"trước đó|tuy nhiên|ngoài ra|bên cạnh đó|được biết|theo kế hoạch|dự kiến|đồng thời|sắp tới|thời gian tới|"
    r"earlier|meanwhile|however|in addition|next year)(?![^\W\d_])", re.IGNORECASE)
#: the story's plan (ru "планируют", "намерены"), its future in Vietnamese and English (a Russian future tense:
#: :func:`_ru_future`)
_FUTURE = re.compile(rf"(?<!{_L})(?:планиру{_L}*|намерен{_L}*|предполагается|sẽ|dự kiến|theo kế hoạch|sắp tới|will|"
                     rf"(?:is|are) expected to|plans? to|(?:is|are) due to)(?!{_L})", re.IGNORECASE)
#: a rendering's or a plan's picture: its caption speaks of the future too ("Так будет выглядеть сквер …")
_RENDERING = re.compile(rf"(?<!{_L})(?:выгляд{_L}*|визуализаци{_L}*|проект{_L}*|эскиз{_L}*|phối cảnh|mô phỏng|"
                        rf"minh họa|render{_L}*|impression|will look)(?!{_L})", re.IGNORECASE)
_RU_WORD = re.compile(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)?")


def sentences(s: str) -> list[str]:
    """The line's sentences: split after a stop that follows a word (not an initial, not :data:`_ABBREV`)."""
    out: list[str] = []
    pos = 0
    for m in _SPLIT.finditer(s):
        head = s[pos:m.start() + 1].strip()
        if not _WORD_END.search(head[:-1]) or _ABBREV.search(head) or not s[m.end()].isupper():
            continue
        out.append(head)
        pos = m.end()
    out.append(s[pos:].strip())
    return [x for x in out if x]


def _text_sentence(s: str) -> bool:
    return len(s.split()) >= _MIN_WORDS and ":" not in s and not s.startswith("(") and _CREDIT.match(s) is None


def reported(s: str) -> bool:
    """The line attributes a clause to its source (:data:`_REPORTED`)."""
    return _REPORTED.search(s) is not None


def _ru_future(s: str) -> bool:
    """A Russian finite verb in the future tense in ``s`` (the dictionary's first reading of each word)."""
    from ..russian_dictionary import morph

    m = morph()
    if m is None:
        return False
    for w in _RU_WORD.findall(s):
        tag = m.parse(w)[0].tag  # type: ignore[attr-defined]
        if tag.POS == "VERB" and "futr" in tag:
            return True
    return False


def closing_sentence(s: str) -> bool:
    """True when the stopped line reads as the text's closing sentence, not a caption (module docstring, cap83): it
    opens with a discourse connective (:data:`_CONNECTIVE`) or speaks of the story's future (:data:`_FUTURE`, a
    Russian future tense), and names no rendering (:data:`_RENDERING`)."""
    t = s.strip()
    if _RENDERING.search(t):
        return False
    return _CONNECTIVE.match(t) is not None or _FUTURE.search(t) is not None or _ru_future(t)


def text_paragraph(s: str) -> bool:
    """True when the stopped line under an image reads as the text's own paragraph (module docstring): reported
    speech, or two sentences of :data:`_MIN_WORDS` words or more, neither a credit, or a closing sentence
    (:func:`closing_sentence`, cap83); never a line with a caption's own marks (:data:`_CAPTION_MARK`)."""
    t = s.strip()
    if _CAPTION_MARK.search(t):
        return False
    return reported(t) or sum(_text_sentence(x) for x in sentences(t)) >= 2 or closing_sentence(t)
