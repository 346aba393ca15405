"""perf60: the spam finder's caches and its reordered test give the answers the plain functions give, on the dev spam
sets' texts, real dev lines and edge forms: :func:`.spam_context.candidate`'s answers kept for the text last asked
about (its word lists too), the per-word caches of :func:`.spam_gaps._strip_tones` and :func:`.spam_genre.trade_word`,
and :func:`.spam_orphan.orphan_tail` testing the word after the token before the neighbours' syllables."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from mtpipe.clean import spam_context, spam_genre, spam_orphan
from mtpipe.clean.spam_bigrams import load_bigrams
from mtpipe.clean.spam_context import _bound, _pmi, side_odds
from mtpipe.clean.spam_gaps import _strip_tones
from mtpipe.clean.spam_shapes import TOKEN
from mtpipe.clean.spam_slots import neighbours

ROOT = Path(__file__).resolve().parents[1]
SPAM_SETS = ("langfresh30", "langfresh31", "langfresh32", "langfresh33")  # dev sets
DEV_PARTS = ("held39.ann", "crawlvi.ann")  # dev parts
FORMS = [
    "", "a", "Hệ cristaltrade.com đường ở làng cổ", "lao động earntech vả hết sức", "vụn san alvotack lắng dưới đáy",
    "Làm vợ người ta là okking rẽ vợ chồng người ta", "MobiFone phối hợp với Synology gồm thiết bị",
    "Đức cha Charbonnier Trí xây dựng nhà thờ", "xem Kubet kubet KUBET trên mạng", "nước hoa EDP và máy ảnh EOS",
    "Robocash cho vay nhanh, Tiendaytui và Viplovang", "earntech\nvả hết", "token earntech", "Earntech vả hết",
]


def _texts() -> list[str]:
    out: list[str] = []
    for name in SPAM_SETS:
        f = ROOT / "benchmarks" / "data" / name / "spam.tsv"
        if f.exists():
            out += [r.split("\t")[1] for r in f.read_text(encoding="utf-8").splitlines()
                    if r and not r.startswith("#") and r.count("\t") >= 2]
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import cleaning  # noqa: E402

    for name in DEV_PARTS:
        f = ROOT / "benchmarks" / "data" / "realpages" / name
        if f.exists():
            out += [doc.raw() for doc in cleaning.load_file(f)][:40]
    return out + FORMS


@pytest.fixture(scope="module")
def texts() -> list[str]:
    got = _texts()
    assert len(got) > 200
    return got


def _spans(text: str) -> list[tuple[int, int]]:
    return [m.span(1) for m in TOKEN.finditer(text)]


def _old_orphan_tail(text: str, a: int, b: int, known: "set[str] | dict[str, int]") -> bool:
    """spam61's order: the neighbours first, then the word after the token."""
    prev, nxt = neighbours(text, a, b)
    if not prev or not nxt or _bound(nxt, False) < spam_orphan.TAIL_SHARE:
        return False
    m = spam_orphan._TOKEN_AFTER.match(text, b)
    if not m or not m.group(1).islower():
        return False
    m = spam_orphan._SECOND_WORD_AFTER.match(text, b)
    if not m or _pmi(nxt, m.group(1).lower()) > 0:
        return False
    return side_odds(prev, nxt)[2] >= spam_orphan.RIGHT_ODDS and spam_context._candidate(
        text, a, b, known, allow=("english",))


def test_candidate_answers_as_computed(texts: list[str]) -> None:
    uni = load_bigrams().uni
    other: set[str] = set()  # another word list, asked between: answers kept per list
    n = 0
    for text in texts:
        for a, b in _spans(text):
            for known, allow in ((uni, ()), (uni, ("english",)), (other, ()), (uni, ())):
                assert spam_context.candidate(text, a, b, known, allow) is spam_context._candidate(
                    text, a, b, known, allow), (text[a:b], allow)
            n += 1
    copy = "".join(list(FORMS[2]))  # an equal text, another object: asked afresh, same answers
    for a, b in _spans(copy):
        assert spam_context.candidate(copy, a, b, uni) is spam_context._candidate(FORMS[2], a, b, uni)
    assert n > 2000


def test_orphan_tail_order(texts: list[str]) -> None:
    uni = load_bigrams().uni
    hits = 0
    for text in texts:
        for a, b in _spans(text):
            got = spam_orphan.orphan_tail(text, a, b, uni)
            assert got == _old_orphan_tail(text, a, b, uni), text[a:b]
            hits += got
    assert hits >= 2  # the class's own forms ("earntech", "alvotack") are read


def test_per_word_caches(texts: list[str]) -> None:
    for text in texts:
        for a, b in _spans(text):
            tok = text[a:b]
            assert spam_genre.trade_word(tok) == spam_genre.trade_word.__wrapped__(tok), tok
        for word in text.split()[:200]:
            assert _strip_tones(word) == _strip_tones.__wrapped__(word), word
    for _ in range(2):  # cold, then from the cache
        assert (spam_genre.trade_word("Robocash"), spam_genre.trade_word("Tiendaytui"), spam_genre.trade_word("Hanoi")) \
            == ("cash", "tien", None)
        assert (_strip_tones("Thành"), _strip_tones("VIỆT"), _strip_tones("earntech")) == ("thanh", "viêt", "earntech")
