"""one88 (issue 12): the skip-link wordings and the Vietnamese "xem thêm" written once.

``skip_links.SKIP_LINK`` is the one list of a page's skip-link wordings: ``site_chrome81.skip_link``,
``controls.platform``, ``vi_heads.site_notice`` and the rules file's ``chrome.nav`` (as ``<<skip_link>>``) read it;
before, each wrote its own subset.  ``controls.SEE_MORE`` is the one place of "xem thêm" for ``control()`` and the
rules ``chrome.nav`` / ``chrome.read_more_link`` (``<<see_more>>``) and ``chrome.read_more_tail`` (``<<See_more>>``,
capitalised for the case-sensitive tail).  Removed set unchanged on dev (``tools/front_dump.py``: text, segments and
spans equal; 32 ledger entries renamed to ``chrome.nav``, benchmarks/notes/one88.md)."""

from __future__ import annotations

import re

import pytest

from mtpipe.clean import controls, site_chrome81, vi_heads
from mtpipe.clean.controls import SEE_MORE, control, platform
from mtpipe.clean.rules import default_rules_path, load_rules
from mtpipe.clean.skip_links import SKIP_LINK
from mtpipe.clean.site_chrome81 import skip_link
from mtpipe.clean.vi_heads import site_notice

_RULES = {r.name: r for r in load_rules()}
_TOML = (default_rules_path() / "generic.toml").read_text(encoding="utf-8")
_SKIPS = ["Skip to content", "Skip to main content", "Перейти к содержимому", "Перейти к содержанию",
          "Nhảy đến nội dung", "Bỏ qua nội dung", "Chuyển đến nội dung chính", "Jump to content", "Jump to navigation",
          "Skip Ribbon Commands", "Пропустить до основного контента", "Truy cập nội dung luôn",
          'Press "Enter" to skip to content', 'Нажмите "Enter" для перехода к содержанию']


def _pattern(name: str) -> str:
    block = _TOML[_TOML.index(f'name = "{name}"\n'):]
    return next(line for line in block.splitlines() if line.startswith("pattern"))


@pytest.mark.parametrize("s", _SKIPS)
def test_every_reader_holds_every_skip_link(s):
    # before one88 chrome.nav missed "Skip Ribbon Commands", skip_link missed "Jump to navigation", platform() and
    # site_notice() missed "Truy cập nội dung luôn"
    assert _RULES["chrome.nav"].match(s) is not None
    assert skip_link(s) and platform(s) and site_notice(s)


@pytest.mark.parametrize("s", ["Перейти к содержимому статьи можно по ссылке ниже.", "Skip to content and more",
                               "Nội dung chính của buổi họp là kế hoạch năm 2025.", "Jump to navigation bar"])
def test_sentences_are_no_skip_links(s):
    assert _RULES["chrome.nav"].match(s) is None and not skip_link(s) and not platform(s) and not site_notice(s)


def test_skip_words_written_once():
    # no reader writes a skip link's words itself: the rules file names the token, the modules the constant
    assert "<<skip_link>>" in _pattern("chrome.nav")
    for text in (_pattern("chrome.nav"), controls._PLATFORM.pattern.replace(SKIP_LINK, ""),
                 vi_heads._NOTICE.pattern.replace(SKIP_LINK, ""), site_chrome81._SKIP.pattern.replace(SKIP_LINK, "")):
        t = text.casefold()
        for w in ("skip to", "jump to", "nội dung", "к содержимому", "к содержанию", "skip ribbon"):
            assert w not in t, (w, text[:80])


def test_see_more_written_once():
    assert "<<see_more>>" in _pattern("chrome.nav") and "<<see_more>>" in _pattern("chrome.read_more_link")
    assert "<<See_more>>" in _pattern("chrome.read_more_tail")
    texts = [_pattern(n) for n in ("chrome.nav", "chrome.read_more_link", "chrome.read_more_tail")]
    texts.append(controls._CONTROL.pattern.replace(SEE_MORE, ""))
    assert [t for t in texts if re.search("xem thêm", t, re.IGNORECASE)] == []


@pytest.mark.parametrize("s", ["Xem thêm", "XEM THÊM", "xem thêm »"])
def test_see_more_line(s):
    assert _RULES["chrome.nav"].match(s) is not None and control(s) and _RULES["chrome.read_more"].match(s) is None


def test_see_more_pointer_and_tail():
    assert _RULES["chrome.read_more_link"].match("Xem thêm: Bão số 3 đổ bộ vào Quảng Ninh") is not None
    tail = _RULES["chrome.read_more_tail"].pattern
    assert tail.search("Hội nghị đã thành công tốt đẹp. Xem thêm") is not None
    assert tail.search("Hội nghị đã thành công tốt đẹp. xem thêm") is None  # still case-sensitive


def test_skip_link_in_the_cleaner_under_chrome_nav():
    from mtpipe.clean import Cleaner, CleanOptions
    from mtpipe.document import Document

    body = ["Глава района вручил награды победителям районного конкурса в субботу утром.",
            "Праздник продолжился концертом местных коллективов на площади у Дома культуры."]
    doc = Cleaner(CleanOptions())(Document.from_text("\n".join(["Skip Ribbon Commands", *body]) + "\n", doc_id="p.txt"))
    got = {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}
    assert got.get("Skip Ribbon Commands") == "chrome.nav"
    kept = "".join(doc.text[a:b] for a, b in doc.meta["kept"])
    assert all(b in kept for b in body)
