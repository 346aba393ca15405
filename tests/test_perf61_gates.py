"""perf61: two exact reorders on the soft-break and date paths give the answers the old order gives, on real dev pages
and edge forms: :func:`.softbreak.centred_wraps` tests a line's sentence end before it counts its capitals, and
:func:`.date_runs.forward_value` reads the line's own value before it hashes the page's lines for :func:`._forward`
(which holds only lines with such a value)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from mtpipe.clean import softbreak
from mtpipe.clean.date_runs import _forward, forward_value
from mtpipe.clean.softbreak import _LIST_START, _caps, _ends_sentence, _number_line, centred_wraps, is_date_line
from mtpipe.document import Document
from mtpipe.ingest import normalize_text

ROOT = Path(__file__).resolve().parents[1]
DEV_PARTS = ("held36.ann", "held38.ann", "held40.ann", "held41.ann", "crawlvi.ann")  # dev parts (held41 dev since POST41)
# edge forms: a centred heading wrapped (seg27), one closed by a stop, a calendar running forward (h36vi14's shape),
# days heading their paragraphs (h40vi02's), a stamp under a byline, dates running backward, a long line
FORMS = [
    "KẾ HOẠCH NỘI DUNG THI NGHIÊN CỨU\n  KHOA HỌC KĨ THUẬT\n  Nhằm khuyến khích học sinh trung học.\n",
    "ВНИМАНИЕ! ВАЖНОЕ ОБЪЯВЛЕНИЕ.\n   ЗАНЯТИЯ ОТМЕНЕНЫ\n", "ДОКУМЕНТЫ ДЛЯ ПОСТУПЛЕНИЯ:\n   ЗАЯВЛЕНИЕ\n",
    "Thứ Bảy, ngày 1 tháng 1 năm 2022\nNghỉ lễ.\nThứ Hai, ngày 17 tháng 1 năm 2022\nMở cửa.\n",
    "Ngày 1\nĐi Hà Giang.\nNgày 2\nĐi Đồng Văn.\n", "Đặng Sơn Duân\n16-4-2020\nBài viết.\n",
    "17/01/2022\n01/01/2022\n", "Ngày 2\n" + "x" * 70 + "\nNgày 3\n", "", "\n\n", "A B C D\n  E\n",
]


def _doc(raw: str) -> Document:
    text, offs = normalize_text(raw)
    return Document(doc_id="d", raw_text=raw, text=text, raw_offsets=offs)


def _raws() -> list[tuple[str, str]]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import cleaning  # noqa: E402

    out: list[tuple[str, str]] = []
    for name in DEV_PARTS:
        f = ROOT / "benchmarks" / "data" / "realpages" / name
        if f.exists():
            out += [(doc.raw(), doc.lang) for doc in cleaning.load_file(f)]
    return out + [(raw, lang) for raw in FORMS for lang in ("vi", "ru")]


@pytest.fixture(scope="module")
def raws() -> list[tuple[str, str]]:
    got = _raws()
    assert len(got) > 100
    return got


def _old_centred_wraps(doc: Document, start: int = 0) -> list[int]:
    """seg27's order: the capitals counted before the sentence end is tested."""
    text = doc.text
    out = []
    pos = text.find("\n", start)
    while 0 <= pos < len(text) - 1:
        nl = text.find("\n", pos + 1)
        cur = text[text.rfind("\n", 0, pos) + 1:pos].strip()
        nxt = text[pos + 1:nl if nl >= 0 else len(text)].strip()
        if cur and nxt and len(cur.split()) >= 2 and len(nxt.split()) <= 6 and _caps(cur, 4) \
                and not _ends_sentence(cur) and not _number_line(cur) and not _number_line(nxt) \
                and not _LIST_START.match(nxt) and not is_date_line(cur) \
                and (_caps(nxt, 1) or (not any(c.isalpha() for c in nxt) and len(nxt) <= 10)):
            brk = doc.raw_text[doc.to_raw(pos - 1) + 1:doc.to_raw(pos + 1)]
            indent = brk[brk.rfind("\n") + 1:]
            if brk.count("\n") == 1 and indent and not indent.strip():
                out.append(pos)
        pos = nl
    return out


def test_centred_wraps_order(raws: list[tuple[str, str]]) -> None:
    hits = 0
    for raw, _ in raws:
        doc = _doc(raw)
        got = centred_wraps(doc)
        assert got == _old_centred_wraps(doc), raw[:80]
        hits += len(got)
    assert hits >= 1  # the class's own form (seg27's heading) is read
    assert softbreak.centred_wraps is centred_wraps


def test_forward_value_gate(raws: list[tuple[str, str]]) -> None:
    hits = 0
    for raw, lang in raws:
        lines = [ln for ln in raw.split("\n") if ln.strip()]
        for i in range(len(lines)):
            got = forward_value(lines, i, lang)
            assert got == (i in _forward(tuple(lines), lang)), (lines[i], lang)
            hits += got
    assert hits >= 4  # the calendar's dates and the diary's days run forward
