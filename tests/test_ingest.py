import gzip

import pytest
from hypothesis import given, settings, strategies as st

from mtpipe.ingest import IngestError, decode_bytes, iter_inputs, normalize_text, read_document

RU = "Ван Цзылянь посетил Чанчунь. Мэр города провёл совещание о развитии парков."
ZH = "王子联视察了长春新区，强调要加快发展。"

ENCODINGS = [
    ("utf-8", RU.encode("utf-8"), RU),
    ("utf-8-bom", b"\xef\xbb\xbf" + RU.encode("utf-8"), RU),
    ("utf-16-bom", RU.encode("utf-16"), RU),
    ("cp1251", RU.encode("cp1251"), RU),
    ("koi8-r", RU.encode("koi8_r"), RU),
    ("gb18030", ZH.encode("gb18030"), ZH),
    ("big5", "王子聯視察了長春新區，強調要加快發展。".encode("big5"), "王子聯視察了長春新區，強調要加快發展。"),
]


@pytest.mark.parametrize("name,data,text", ENCODINGS, ids=[e[0] for e in ENCODINGS])
def test_decodes_common_encodings(name, data, text):
    got, enc = decode_bytes(data)
    assert got == text, enc


BINARY = [
    ("png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 50, "PNG"),
    ("elf", b"\x7fELF\x02\x01\x01" + b"\x00" * 50, "ELF"),
    # gzip is unpacked (tests/test_ingest_gzip.py): what it holds is judged, and the message says it was gzip
    ("gzip", gzip.compress(b"\x89PNG\r\n\x1a\n" + b"\x00" * 50), "gzip-compressed: binary file (a PNG image)"),
    ("nul-heavy", b"abc\x00\x00\x00\x00def\x00\x00", "NUL"),
]


@pytest.mark.parametrize("name,data,word", BINARY, ids=[b[0] for b in BINARY])
def test_binary_is_rejected_with_reason(name, data, word, tmp_path):
    f = tmp_path / f"x{name}.txt"
    f.write_bytes(data)
    with pytest.raises(IngestError) as e:
        read_document(f)
    assert str(f) in str(e.value) and word in str(e.value)


def test_invalid_utf8_in_the_middle_is_kept_and_marked(tmp_path):
    f = tmp_path / "bad.txt"
    f.write_bytes(RU.encode() + b"\xff\xfe\xfa" + RU.encode())
    doc = read_document(f)
    assert "Цзылянь" in doc.text and doc.warnings


def test_a_few_nul_bytes_are_stripped(tmp_path):
    f = tmp_path / "nul.txt"
    f.write_bytes(("x" * 200 + "\x00" + "y" * 200).encode())
    assert "\x00" not in read_document(f).text


def test_folder_and_missing_file(tmp_path):
    with pytest.raises(IngestError, match="is a folder"):
        read_document(tmp_path)
    with pytest.raises(IngestError, match="not found"):
        read_document(tmp_path / "nope.txt")


def test_normalisation():
    text, offs = normalize_text("  Hoa\u0300 \u00a0 x\u200b\r\n\r\n\r\n\x07y  \n")
    assert text == "Hoà x\n\ny"
    assert len(offs) == len(text) + 1


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_normalised_text_maps_back_to_raw(raw):
    text, offs = normalize_text(raw)
    assert len(offs) == len(text) + 1
    assert offs == sorted(offs) and offs[-1] == len(raw)
    for i, ch in enumerate(text):
        if ch not in "\n ":
            # every kept character starts a cluster that normalises to it
            assert raw[offs[i]] == ch or raw[offs[i]].isalpha() or not raw[offs[i]].isspace()


def test_iter_inputs_sorted_skips_hidden_and_symlink_loops(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("x")
    (tmp_path / "1.md").write_text("x")
    (tmp_path / ".hidden.txt").write_text("x")
    (tmp_path / "img.png").write_bytes(b"x")
    (tmp_path / "b" / "loop").symlink_to(tmp_path)
    assert [p.relative_to(tmp_path).as_posix() for p in iter_inputs(tmp_path)] == ["1.md", "b/2.txt"]


def test_html_main_text(tmp_path):
    f = tmp_path / "p.html"
    f.write_text("<html><head><script>var x=1</script><title>T</title></head><body><p>Мэр Ван Цзылянь.</p></body></html>")
    doc = read_document(f)
    assert "Мэр Ван Цзылянь." in doc.text and "var x" not in doc.text


# -- more encodings: Vietnamese cp1258 (tones as combining marks), UTF-16 without a BOM ----

VI = "Bí thư Thành ủy Hà Quang Trung chủ trì cuộc họp và phát biểu. Thành phố phát triển nhanh, người dân vui mừng."
_TONES = "\u0300\u0301\u0303\u0309\u0323"


def _cp1258(text: str) -> bytes:
    """cp1258 as Vietnamese Windows writes it: base letters precomposed, tones as combining marks."""
    import unicodedata

    out = b""
    for c in text:
        try:
            out += c.encode("cp1258")
        except UnicodeEncodeError:
            d = unicodedata.normalize("NFD", c)
            base = unicodedata.normalize("NFC", "".join(x for x in d if x not in _TONES))
            out += base.encode("cp1258") + "".join(x for x in d if x in _TONES).encode("cp1258")
    return out


MORE = [
    ("cp1258", _cp1258(VI), VI),
    ("utf-16-le-no-bom-ru", RU.encode("utf-16-le"), RU),
    ("utf-16-be-no-bom-vi", VI.encode("utf-16-be"), VI),
    ("utf-16-le-no-bom-zh", ZH.encode("utf-16-le"), ZH),
    ("utf-32-bom", "\ufeff".encode("utf-32-le") + RU.encode("utf-32-le"), RU),
]


@pytest.mark.parametrize("name,data,text", MORE, ids=[m[0] for m in MORE])
def test_decodes_more_encodings(name, data, text, tmp_path):
    f = tmp_path / "x.txt"
    f.write_bytes(data)
    doc = read_document(f)
    assert doc.text == text, doc.meta["encoding"]


def test_mojibake_is_repaired_and_marked(tmp_path):
    f = tmp_path / "m.txt"
    f.write_text(RU.encode("utf-8").decode("cp1251"), encoding="utf-8")  # UTF-8 read as cp1251, saved again
    doc = read_document(f)
    assert doc.text == RU and doc.meta.get("mojibake_repaired") is True


def test_random_bytes_are_rejected(tmp_path):
    import random

    f = tmp_path / "noise.txt"
    rng = random.Random(1)
    f.write_bytes(bytes(rng.randrange(256) for _ in range(2000)))
    with pytest.raises(IngestError, match="noise.txt"):
        read_document(f)


def test_doc_id_is_relative_posix_path(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    f = tmp_path / "a" / "b" / "x.md"
    f.write_text("# Заголовок\n\nТекст.", encoding="utf-8")
    assert read_document(f, tmp_path).doc_id == "a/b/x.md"
    assert read_document(f).doc_id == "x.md"
    assert read_document(f, tmp_path / "elsewhere").doc_id == "x.md"


def test_unreadable_file(tmp_path):
    import os

    f = tmp_path / "locked.txt"
    f.write_text("x")
    f.chmod(0)
    try:
        if os.access(f, os.R_OK):  # running as root: permissions do not apply
            pytest.skip("root can read anything")
        with pytest.raises(IngestError, match="permission denied"):
            read_document(f)
    finally:
        f.chmod(0o644)


def test_raw_offsets_map_every_character_back(tmp_path):
    raw = "\ufeff  Мэр\u00a0\u00a0провёл\u200b совещание.\r\n\r\n\r\n\tВторой   абзац. \x07"
    f = tmp_path / "o.txt"
    f.write_text(raw[1:], encoding="utf-8-sig")
    doc = read_document(f)
    assert doc.text == "Мэр провёл совещание.\n\nВторой абзац."
    for i, ch in enumerate(doc.text):
        r = doc.raw_text[doc.to_raw(i)]
        if ch == "\n":  # a paragraph break maps to where the next paragraph starts in the raw text
            j = i + doc.text[i:].index("В") if "В" in doc.text[i:] else len(doc.text)
            assert doc.to_raw(i) == doc.to_raw(j)
        else:
            assert r == ch or (ch == " " and r.isspace())
    assert doc.to_raw(len(doc.text)) == len(doc.raw_text)


@pytest.mark.parametrize("raw", ["", "   ", "\n\n\n", "\u200b\u200b", "\x00\x01"])
def test_empty_and_invisible_only(raw):
    text, offs = normalize_text(raw)
    assert text == "" and offs == [len(raw)]


def test_nfc_and_combining_marks():
    text, offs = normalize_text("Tha\u0300nh pho\u0302\u0301")  # decomposed Vietnamese
    assert text == "Thành phố" and len(offs) == len(text) + 1


def test_html_extractor_is_recorded_and_a_missing_trafilatura_is_one_clear_error(tmp_path):
    from mtpipe.ingest import IngestOptions

    f = tmp_path / "p.html"
    f.write_text("<html><body><p>Первый абзац.</p><p>Второй абзац.</p></body></html>", encoding="utf-8")
    doc = read_document(f, options=IngestOptions(html_extractor="builtin"))
    assert doc.meta["html_extractor"] == "builtin" and doc.text == "Первый абзац.\n\nВторой абзац."
    try:
        import trafilatura  # noqa: F401
    except ImportError:
        with pytest.raises(IngestError, match="trafilatura is not installed"):
            read_document(f, options=IngestOptions(html_extractor="trafilatura"))


# short texts fool charset detection: the most plausible reading must win
SHORT = [
    ("koi8-r", "Мэр провёл совещание.", "koi8_r"),
    ("koi8-r-2-words", "Привет, мир", "koi8_r"),
    ("cp1251-1-word", "Привет", "cp1251"),
    ("gb18030", "长春市召开会议", "gb18030"),
    ("big5", "長春市召開會議", "big5"),
    ("big5-2-chars", "會議", "big5"),
    ("gb18030-2-chars", "会议", "gb18030"),
    ("cp1252", "Café crème brûlée", "cp1252"),
]


@pytest.mark.parametrize("name,text,enc", SHORT, ids=[s[0] for s in SHORT])
def test_short_texts_decode(name, text, enc):
    assert decode_bytes(text.encode(enc))[0] == text


def test_plausibility_prefers_real_text():
    from mtpipe.ingest import _plausibility

    assert _plausibility("Мэр провёл совещание.") > 0.9
    assert _plausibility("нЬТ РТПЧЈМ УПЧЕЭБОЙЕ.") < 0.6  # koi8-r read as cp1251
    assert _plausibility("ªø¬K¥«¥l¶}·|Ä³") < 0.6  # Big5 read as cp1258
    assert _plausibility("Bí thư Thành ủy chủ trì cuộc họp.") > 0.9


def test_html_headline_and_lead_that_trafilatura_files_as_metadata_lead_the_text(tmp_path):
    """trafilatura puts a page's headline (and often its lead) in metadata, not in the body; the
    translator must get them.  Only what the page shows is added: the <title> carries the
    site's name, the description may be written for search engines alone."""
    pytest.importorskip("trafilatura")
    from mtpipe.ingest import IngestOptions

    body = "".join(f"<p>Абзац номер {i}: правительство региона выделило средства на закупку новых машин "
                   f"для чиновников, сообщает пресс-служба ведомства.</p>" for i in range(6))
    page = ("<html><head><title>Чиновникам купят машины - Новости Оренбурга</title>"
            "<meta name='description' content='{desc}'></head><body><nav><a href='/'>Главная</a></nav>"
            "<article><h1>Чиновникам купят машины</h1><div class='lead'>{lead}</div>" + body +
            "</article><footer>Все права защищены</footer></body></html>")
    lead = "Правительство выделит почти девять миллионов рублей на закупку пяти автомобилей"
    f = tmp_path / "p.html"
    f.write_text(page.format(desc=lead, lead=lead), encoding="utf-8")
    doc = read_document(f, options=IngestOptions(html_extractor="trafilatura"))
    assert doc.meta["html_extractor"] == "trafilatura"
    lines = [x for x in doc.text.split("\n") if x]
    assert lines[:2] == ["Чиновникам купят машины", lead] and "Новости Оренбурга" not in doc.text
    assert "Абзац номер 5" in doc.text and doc.text.count(lead) <= 1
    # a description the page does not show is not made into text
    f.write_text(page.format(desc="Описание для поисковиков, которого на странице нет", lead=""), encoding="utf-8")
    doc = read_document(f, options=IngestOptions(html_extractor="trafilatura"))
    assert "поисковиков" not in doc.text and "Абзац номер 0" in doc.text


def test_html_subtitle_in_the_header_and_a_lead_with_the_site_name_appended():
    """trafilatura drops a page's <header> (the subtitle under the headline: mk.ru) and files the
    lead as a description with the site's name appended ("… — Укринформ."), which the page shows
    without it (and with zero-width spaces); both must reach the text, the site's name and the
    byline must not.  What trafilatura returned on those pages is given here as ``got``."""
    from mtpipe.ingest import _with_heading

    body = "\n".join(f"Абзац {i}: следователи объявили подозрение, материалы дела переданы в суд."
                     for i in range(4))
    lead = "Полиция завершила расследование и направила в суд дело минера столичного метро."
    page = ("<html><head><title>Дело минера передали в суд</title></head><body>"
            "<nav><a href='/'>Главная</a></nav><article><header><h1>Дело минера передали в суд</h1>"
            "<p class='article__subtitle'>Злоумышленнику грозит до шести лет лишения свободы</p>"
            "<div class='byline'>Иван Петров</div></header>"
            f"<div class='newsHeading'>{lead.replace('минера', chr(0x200b) + 'минера')}</div>"
            + "".join(f"<p>{x}</p>" for x in body.split("\n")) + "</article></body></html>")
    got = {"title": "Дело минера передали в суд", "description": lead + " — Укринформ.", "text": body}
    text = _with_heading(body, got, page)
    assert text.split("\n\n")[:3] == ["Дело минера передали в суд",
                                        "Злоумышленнику грозит до шести лет лишения свободы", lead]
    assert "Укринформ" not in text and "Иван Петров" not in text and text.endswith(body)
    # a byline right under the headline is not a subtitle; nothing the page lacks is added
    page2 = page.replace("<p class='article__subtitle'>Злоумышленнику грозит до шести лет лишения свободы</p>", "")
    got2 = dict(got, description="Описание для поисковиков, которого на странице нет вовсе")
    text2 = _with_heading(body, got2, page2)
    assert text2 == "Дело минера передали в суд\n\n" + body


def test_iframe_markup_inside_an_attribute_does_not_swallow_the_page(tmp_path):
    """A player embed written into a <meta> attribute ("<iframe src=... </iframe>" with a quote
    missing, as on a real news page) is attribute text, not an element: read as an unclosed
    <iframe> it took every paragraph after it."""
    from mtpipe.ingest import IngestOptions

    paras = "".join(f"<p>Абзац {i}: депутат получил подозрение, сообщили детективы бюро в понедельник.</p>"
                    for i in range(8))
    page = ("<html><head><meta property='og:video' content='<iframe src=\"https://x.example/p?h=\"640\"</iframe>' />"
            "<title>t</title></head><body><article><h1>Заголовок статьи</h1>" + paras +
            "</article><iframe src='https://ads.example/'>FALLBACK_WORDS</iframe></body></html>")
    f = tmp_path / "p.html"
    f.write_text(page, encoding="utf-8")
    for extractor in ("builtin", "auto"):
        doc = read_document(f, options=IngestOptions(html_extractor=extractor))
        assert "Абзац 7" in doc.text and "FALLBACK_WORDS" not in doc.text, extractor
