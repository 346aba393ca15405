"""perf63: the cheap tests put first on this session's layers give the answers the old forms give, on every line of
real dev pages and on edge forms: :func:`.boilerplate._opens_bare` reading only the line's first five words and runs
of letters, :func:`.encoded.judge` skipping a line too short or spaced for a blob with no "{" for a JSON object,
:func:`.site_updates.site_update` asking for "cập nhật" in the lowered line first (perf63's fourth rewrite,
:func:`.tail_runs.tail_runs` reading the last sentence from the page's end, saved nothing: reverted)."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from mtpipe.clean import boilerplate, encoded, site_updates
from mtpipe.clean.features import _WORDS, _fold

ROOT = Path(__file__).resolve().parents[1]
DEV_PARTS = ("held36.ann", "held38.ann", "held40.ann", "held41.ann", "held42.ann", "crawlvi.ann", "crawl.ann")
# edge forms: a blob, a JSON object (spaced and not, short and long), a percent-encoded and an escaped run, a slug glued
# to a title, the site's note in capitals and with the dotless "ı" that the pattern's IGNORECASE reads as "i", blank
FORMS = ["", " ", "\t", "4bq24buiQuG6qE7DmsOKJSXhu7Phuqwj4buf4bq24buiQuG6qE7DmsOKJSXhu7Phuqwj4buf",
         " 4bq24buiQuG6qE7DmsOKJSXhu7Phuqwj4buf4bq24buiQuG6qE7DmsOKJSXhu7Phuqwj4buf ",
         "da39a3ee5e6b4b0d3255bfef95601890afd80709", "da39a3ee5e6b4b0d3255bfef95601890afd80709\u00a0",
         "Hai%20b%C3%A9%20trai%20sinh%20%C4%91%C3%B4i%20%C4%91%C3%B4i%20%C4%91%C3%B4i",
         "\\xd8\\xb1\\xd8\\xa3\\xd8\\xb3\\xd9\\x8a\\xd8\\xb1\\xd8\\xa3\\xd8\\xb3\\xd9\\x8a", '{"the-thao":"Th\\u1ec3 thao"}',
         '{"name": "An", "age": 30}', '{"a":1}', ' {"id":14262,"url":"\\/distributions\\/x","title":"\\u041f"} ',
         "ba-nu-sinh-lop-6-duoi-nuocHai bé trai sinh đôi", "ba nu sinh lop 6 duoi nuoc", "Ba nữ sinh lớp 6 đuối nước",
         "CHÚNG TÔI LIÊN TỤC CẬP NHẬT TRÊN WEBSITE", "được chúng tôı liên tục cập nhật trên website abc.vn",
         "được chúng tôi liên tục cập nhật hằng ngày tại website top9.com.vn", "Chúng tôi cập nhật trên website",
         "được chúng tôi liên tục cẬp NhẬt trên trang web", "a\u2016b"]


def _lines() -> list[str]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import cleaning  # noqa: E402

    out: list[str] = []
    for name in DEV_PARTS:
        f = ROOT / "benchmarks" / "data" / "realpages" / name
        if f.exists():
            out += [line for doc in cleaning.load_file(f) for line in doc.raw().split("\n")]
    return out + FORMS + [f.upper() for f in FORMS] + [" " + f + " " for f in FORMS]


@pytest.fixture(scope="module")
def lines() -> list[str]:
    got = _lines()
    assert len(got) > 2000
    return got


def _old_opens_bare(s: str) -> bool:
    head = " ".join(s.split()[:5])
    if _fold(head) == head.casefold():
        return True
    letters = " ".join(_WORDS.findall(s)[:5])
    return _fold(letters) == letters.casefold()


def _old_encoded_judge(lines: list[str], bad: set[int]) -> dict[int, str]:
    out: dict[int, str] = {}
    for i, line in enumerate(lines):
        if i in bad:
            continue
        if encoded.encoded_blob(line):
            out[i] = encoded.RULE
        elif encoded.data_json(line):
            out[i] = encoded.JSON_RULE
    return out


def _old_site_update(s: str) -> bool:
    t = s.replace("\u2016", " ").strip()
    if not t or len(t.split()) > site_updates.MAX_WORDS:
        return False
    return site_updates._WE_UPDATE.search(t) is not None and site_updates._ALWAYS.search(t) is not None \
        and site_updates._WEBSITE.search(t) is not None


def test_opens_bare(lines: list[str]) -> None:
    assert [boilerplate._opens_bare(s) for s in lines] == [_old_opens_bare(s) for s in lines]


def test_encoded_judge(lines: list[str]) -> None:
    got = encoded.judge(lines, set(range(0, len(lines), 7)))
    assert {i: r for i, (r, _, _) in got.items()} == _old_encoded_judge(lines, set(range(0, len(lines), 7)))
    assert sum(r == encoded.RULE for r, _, _ in got.values()) >= 4  # the forms' blobs are read


def test_site_update(lines: list[str]) -> None:
    assert [site_updates.site_update(s) for s in lines] == [_old_site_update(s) for s in lines]
    assert site_updates.site_update("được chúng tôı liên tục cập nhật trên website abc.vn")  # "ı" read as "i"


def test_update_prefilter_every_character() -> None:
    """No character outside the lower case of "cập nhật" matches a character of it under IGNORECASE."""
    for p in set(site_updates._UPDATE):
        rx = re.compile(re.escape(p), re.IGNORECASE)
        assert [hex(c) for c in range(0x110000) if rx.fullmatch(chr(c)) and chr(c).lower() != p] == []
