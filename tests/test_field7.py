"""Field trial 7's findings (docs/field-trial-7.md): encodings and formats a crawl really has.

Each test of a fix fails on the code before it; the guard tests pass on both.  Texts are written for
the tests in the shape of the trial's real material (nothing of it is kept here).
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner
from mtpipe.decoding import decode_bytes
from mtpipe.document import Document
from mtpipe.ingest_options import IngestError


def _kept_lines(doc: Document) -> set[str]:
    gone = {e.text.strip() for e in doc.ledger if e.action == "removed"}
    return {ln.strip() for ln in doc.text.split("\n") if ln.strip() and ln.strip() not in gone}


def _clean_folder(texts: list[str], folder: str = "site") -> list[Document]:
    cleaner = Cleaner()
    docs = [Document.from_text(t, doc_id=f"{folder}/{k}.txt") for k, t in enumerate(texts)]
    cleaner.first_pass(docs)
    return [cleaner(d) for d in docs]


# --- 1. copies of one article lost every sentence as "template" ------------------------------------
# The trial's ru/einstein/ held one Wikipedia passage in four code pages (cp1251, KOI8-R, IBM866,
# MacCyrillic): all four were read right, and all four came out empty ("nothing left to translate
# after cleaning (all boilerplate)"), every paragraph removed as boilerplate.template "seen in 4
# documents of folder 'ru/einstein', 4 of them with the same line next to it".

_ARTICLE = [
    "В гимназии он не был в числе первых учеников, кроме математики и латыни.",
    "Заучивание материала, как он считал, вредит самому духу учёбы и творческому мышлению.",
    "После разорения отца в 1894 году семья переехала из Мюнхена в итальянский город Павию.",
    "Осенью 1895 года он прибыл в Швейцарию, чтобы сдать вступительные экзамены в Цюрихе.",
]
_OTHER = [
    ["Владивосток принял первое в этом году круизное судно с туристами из Японии.",
     "Лайнер простоит в порту два дня, пассажиры посетят музеи и набережную города."],
    ["В Хабаровске открылась выставка старинных карт Дальнего Востока и Приамурья.",
     "Экспозиция продлится до конца месяца, вход для школьников будет бесплатным."],
    ["На Сахалине завершили ремонт моста через реку Сусуя после весеннего паводка.",
     "Движение по мосту откроют в пятницу, сообщили в дорожном управлении области."],
    ["В Благовещенске прошёл фестиваль уличных театров из России и Китая.",
     "Зрители увидели больше двадцати спектаклей на площадях и в парках города."],
]


@pytest.mark.parametrize("copies", [4, 5, 8])
def test_copies_of_one_article_keep_their_text(copies):
    docs = _clean_folder(["\n\n".join(_ARTICLE) + "\n"] * copies)
    for doc in docs:
        kept = _kept_lines(doc)
        assert all(s in kept for s in _ARTICLE), [(e.rule, e.note) for e in doc.ledger]


def test_copies_among_other_pages_keep_their_text():
    # four copies of one article in a folder of eight pages: half the folder, with the same neighbours
    texts = ["\n\n".join(_ARTICLE) + "\n"] * 4 + ["\n\n".join(p) + "\n" for p in _OTHER]
    for doc in _clean_folder(texts)[:4]:
        assert all(s in _kept_lines(doc) for s in _ARTICLE), [(e.rule, e.note) for e in doc.ledger]


def test_a_footer_sentence_on_every_page_still_goes():
    # guard: a site's footer sentence on every page, each page with its own article, is still template
    footer = "Полное или частичное копирование материалов сайта запрещено без письменного согласия редакции."
    texts = ["\n\n".join(p + [footer]) + "\n" for p in _OTHER + [_ARTICLE[:2]]]
    for doc, own in zip(_clean_folder(texts), _OTHER + [_ARTICLE[:2]]):
        kept = _kept_lines(doc)
        assert footer not in kept
        assert all(s in kept for s in own)


# --- 2. BOM-less UTF-16 with a character U+xx00 was "binary file (many NUL bytes)" -------------------
# chardet's tests/UTF-16LE/plane1-utf-16le.html (a UTF-16-LE page without a BOM, ASCII markup, a few
# supplementary-plane letters such as U+10300, whose surrogate D800 DF00 has a NUL low byte) was
# refused as binary.  一 (U+4E00), the commonest Chinese character, does the same.

@pytest.mark.parametrize("enc", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", [
    '<html lang="zh"><body><p>统一的标准。</p>\n<p>第一次会议在北京举行。</p></body></html>\n',
    '<HTML><BODY><P>Old Italic: \U00010300\U00010301\U00010302 (U+10300) in a page.</P></BODY></HTML>\r\n',
    "Первый абзац статьи.\nĀ is a letter of Latvian, Ѐ one of Macedonian.\n",
])
def test_bomless_utf16_with_a_nul_low_byte_is_read(text, enc):
    got, encoding = decode_bytes(text.encode(enc), "page.html")
    assert got == text
    assert encoding == enc


def test_binary_with_nuls_on_both_sides_is_still_binary():
    data = bytes(range(256)) * 8 + b"\x00\x00\x00\x00" * 200
    with pytest.raises(IngestError, match="binary"):
        decode_bytes(data, "blob.txt")


# --- 3. VISCII was read as cp1258 without a word; TCVN3 was only warned about ------------------------
# uchardet's vi/viscii.txt ("Chữ Quốc ngữ là hệ chữ viết …") came out as "Chæ Qu¯c ngæ là h® chæ viªt"
# with no warning at all, and was translated so.  SmartCharsetConverter's demo1-tcvn.txt (a game's
# dialogue in TCVN3) was warned as garbled and translated garbled.  Both are now read with tables from
# glibc's iconv (tools/build_vietnamese_8bit.py).

from mtpipe import vietnamese_8bit  # noqa: E402
from mtpipe.ingest import read_document  # noqa: E402

_VI = ("Chữ Quốc ngữ là hệ chữ viết thống nhất chính thức hiện nay của tiếng Việt, sử dụng ký tự La Tinh.\n"
       "Bộ trưởng Tài chính thừa nhận mức giảm trừ gia cảnh hiện thấp so với cuộc sống ở đô thị.\n")


def _encode(text: str, name: str) -> bytes:
    table = getattr(vietnamese_8bit, name)
    back = {ch: b for b, ch in enumerate(table) if b >= 0x80 or ch != chr(b)}
    return bytes(back[ch] if ch in back else ord(ch) for ch in text)


def _encode_1258(text: str) -> bytes:
    """Windows-1258 as Windows writes it: ê, ô, ơ, ư … precomposed, the tone mark a combining character."""
    import unicodedata

    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = b""
    for c in text:
        try:
            out += c.encode("cp1258")
        except UnicodeEncodeError:
            d = unicodedata.normalize("NFD", c)
            out += unicodedata.normalize("NFC", "".join(x for x in d if x not in tones)).encode("cp1258")
            out += "".join(x for x in d if x in tones).encode("cp1258")
    return out


def test_viscii_is_read(tmp_path):
    (tmp_path / "a.txt").write_bytes(_encode(_VI, "VISCII"))
    doc = read_document(tmp_path / "a.txt")
    assert doc.text.rstrip("\n") == _VI.rstrip("\n")
    assert doc.meta["encoding"] == "viscii" and doc.meta["legacy_encoding"] == "VISCII"
    assert not doc.warnings


def test_tcvn3_is_read_not_only_warned(tmp_path):
    from pathlib import Path

    legacy = Path(__file__).parent / "data" / "legacy_vi"  # duydev/vietnamese-conversion's fixtures
    (tmp_path / "t.txt").write_bytes((legacy / "tcvn3.txt").read_bytes())
    doc = read_document(tmp_path / "t.txt")
    assert doc.text == read_document(legacy / "unicode.txt").text
    assert doc.meta["encoding"] == "tcvn3" and not doc.warnings


@pytest.mark.parametrize("text,enc", [
    ("Der Kölner Dom ist schön, aber die Brücke über den Fluss ist größer als früher. Äpfel für Jürgen.\n", "cp1252"),
    ("Où est la bibliothèque? Je ne sais pas où elle se trouve, mais le garçon l'a vue. Noël à Fès.\n", "cp1252"),
    ("Mañana el niño y la niña van a la escuela con sus amigos del año pasado, señor Muñoz.\n", "cp1252"),
    ("Sáng nay ông đến Hà Nội để dự họp với các đại biểu Quốc hội về luật thuế thu nhập cá nhân.\n", "cp1258"),
    ("Российские и китайские компании подписали соглашение о поставках зерна через Забайкалье.\n", "cp1251"),
    ("Szép napot kívánok, a főváros új hídja ünnepélyes átadására került sor a Dunán.\n", "cp1250"),
])
def test_other_code_pages_are_not_taken_for_viscii(tmp_path, text, enc):
    (tmp_path / "a.txt").write_bytes(_encode_1258(text) if enc == "cp1258" else text.encode(enc))
    doc = read_document(tmp_path / "a.txt")
    assert doc.meta.get("legacy_encoding") is None
    assert doc.meta["encoding"] not in ("viscii", "tcvn3")


# --- 4. a real place list brought ordinary Russian words in as place names, and nothing said so ------
# dr5hn/countries-states-cities-database's Chinese cities (ODbL), imported as a google-sets CSV, hold
# Hong Kong's districts North, Southern and Eastern with ru forms Север, Южный, Восточный, and rows whose
# ru form is a translated word (Напрямую, Острова). On a real Russian page "Си Цзиньпин инспектирует
# город на севере Китая" got the place North: en "North", zh "北".  `glossary validate` said nothing.

_GL = """entries:
  - id: north
    kind: place
    en: North
    zh: 北区
    aliases:
      ru: [Север]
  - id: kashi
    kind: place
    en: Kashi
    zh: 喀什
    aliases:
      ru: [Каши, Кашгар]
  - id: beijing
    kind: place
    en: Beijing
    zh: 北京
    aliases:
      ru: [Пекин]
  - id: xi-jinping
    kind: person
    en: Xi Jinping
    zh: 习近平
    aliases:
      ru: [Си Цзиньпин]
  - id: li-qiang
    kind: person
    en: Li Qiang
    zh: 李强
    aliases:
      ru: [Ли Цян]
  - id: belt
    kind: term
    en: belt
    zh: 带
    aliases:
      ru: [пояс]
"""


def test_validate_names_ordinary_russian_words_in_name_entries(tmp_path):
    pytest.importorskip("pymorphy3")
    from click.testing import CliRunner

    from mtpipe.cli import main

    (tmp_path / "gl").mkdir()
    (tmp_path / "gl" / "places.yaml").write_text(_GL, encoding="utf-8")
    res = CliRunner().invoke(main, ["glossary", "--glossary", str(tmp_path / "gl"), "validate"])
    lines = [ln for ln in res.output.splitlines() if "ordinary Russian word" in ln]
    assert any("north" in ln and "'Север'" in ln for ln in lines), res.output
    assert any("kashi" in ln and "'Каши'" in ln for ln in lines), res.output
    # names, a name the dictionary does not know, several words, and a term are not warned about
    assert not [ln for ln in lines if any(w in ln for w in ("Пекин", "Кашгар", "Цзиньпин", "Ли Цян", "пояс"))], lines


# --- 5. fenced code in Markdown went to the translator ------------------------------------------------
# VK's documentation page (vk-hosting-config.md) has a ```JSON block: "```JSON" and a line of its keys
# became English segments (sent to en->zh), three braces "und" segments, the rest "a list of tags".

_MD = """# Файл настроек

Конфигурационный файл хранит настройки для загрузки игры на хостинг.

```JSON
{
  "static_path": "build",
  "app_id": 123456
}
```

Пример запуска из командной строки:

~~~bash
# загрузка файлов на хостинг
npx vk-miniapps-deploy --noprompt
~~~

Подробнее — в разделе о хостинге.
"""


def _segments(text: str, doc_id: str) -> list[str]:
    from mtpipe.segment import Segmenter

    doc = Segmenter()(Cleaner()(Document.from_text(text, doc_id=doc_id)))
    return [s.source for s in doc.segments]


def test_fenced_code_in_markdown_is_not_translated():
    doc = Cleaner()(Document.from_text(_MD, doc_id="docs/config.md"))
    code = "\n".join(e.text for e in doc.ledger if e.rule == "markdown.code")
    assert all(w in code for w in ("```JSON", '"app_id": 123456', "~~~bash", "# загрузка файлов на хостинг")), code
    segs = _segments(_MD, "docs/config.md")
    assert not [s for s in segs if "```" in s or "~~~" in s or "static_path" in s or "npx" in s or s in "{}"], segs
    assert any("Конфигурационный файл" in s for s in segs) and any(s.startswith("Подробнее") for s in segs)
    assert any("Пример запуска" in s for s in segs)


def test_an_unclosed_fence_runs_to_the_end_and_a_txt_file_is_left_alone():
    text = "Первый абзац текста о хостинге игр.\n\n```\nconsole.log('Привет, мир');\n"
    assert _segments(text, "a.md") == ["Первый абзац текста о хостинге игр."]
    assert any("console.log" in s for s in _segments(text, "a.txt"))  # not Markdown: no fences


# --- 6. a Liquid tag in a Markdown link's target took the whole line ------------------------------
# ruby-lang.org's Russian note for Ruby 2.7.7 (Jekyll): "* [CVE-2021-33621: HTTP разделение ответов в
# CGI]({%link en/news/_posts/….md %})" was removed as boilerplate.placeholder ("template markup left
# unrendered"): the link text is the text, only the target is template.

def test_template_markup_in_a_link_target_keeps_the_line():
    from mtpipe.clean.furniture import placeholder

    assert not placeholder("* [CVE-2021-33621: HTTP разделение ответов в CGI]"
                           "({%link en/news/_posts/2022-11-22-http-response-splitting-in-cgi-cve-2021-33621.md %})")
    assert not placeholder("Подробнее см. [примечания к выпуску]({{ site.baseurl }}/news/(2022)/ruby.html).")
    # guards: markup in the text, and a bare autolink of markup, are still unrendered template
    assert placeholder("* <{{ release.url.bz2 }}>")
    assert placeholder("[{{ page.title }}]({{ page.url }}) {{ page.date }}")
    assert placeholder("SHA256: {{ release.sha256.bz2 }}")
