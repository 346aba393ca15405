"""The fast paths of perf43 give the slow paths' answers (same-shape inputs on both sides of each test)."""

from __future__ import annotations

from pathlib import Path

from mtpipe.clean import spam
from mtpipe.clean.spam import _word_position, find_spam_tokens

# the same spam token in a word position and out of one: after an address, glued to a letter, alone on its line,
# with a word beside it on one side only, at the text's start and end
SHAPES = [
    "Vào fb88 để chơi, fb88 trả thưởng nhanh.",
    "Xem http://fb88.com/fb88 ngay, www.fb88 cũng được.",
    "Trang w88.is và w88.is lừa đảo.",
    "fb88\nfb88\nfb88 là nhà cái",
    "Chơi xfb88 và fb88x rồi fb88 nữa fb88.",
    "Nhà cái 188bet, 188bet uy tín; (188bet) 'vượt 188bet' ra sao",
    "Tôi đọc trên VnExpress rằng ông Nguyễn Văn A đến Hà Nội.",
    "Giá 46kg và 46kg gạo, fanclub và fanclub của Kubet88 Kubet88",
    "Anh ấy thích hotgirl, hotgirl lắm; bk8 bk8 bk8",
    "  ok88  \n ok88 . \n- ok88 -",
]


def _slow(text: str, min_count: int = 2, context: bool = False) -> dict[str, list[tuple[int, int]]]:
    """find_spam_tokens as it was: the position's tests after the token's own."""
    s = spam
    found: dict[str, list[tuple[int, int]]] = {}
    seen: set[tuple[int, int]] = set()
    uni = s.load_bigrams().uni
    for (a, b), test in [*((m.span(1), s.hyphen_gap) for m in s.HYPHENATED.finditer(text)),
                         *((sp, s.per_unit) for sp in s.per_unit_spans(text))]:
        if test(text, a, b, uni):
            seen.add((a, b))
            found.setdefault(text[a:b].lower(), []).append((a, b))
    for pattern in (s._DOMAIN, s._DIGIT_DOMAIN, s._ALIEN, s._BRAND, s._BARE, s.TOKEN):
        for m in pattern.finditer(text):
            a, b = m.span(1)
            if (a, b) in seen or s.known_site(m.group(1)) or s.look_alike(text, a, b) or (  # spam87's veto
                    pattern is s._BRAND and not s._LUCKY.search(m.group(1))) or (
                    pattern is s.TOKEN and not (s.brand_shape(m.group(1)) or s.start_candidate(text, a, b) or (
                        s.MIXED.fullmatch(m.group(1)) and s.name_gap(text, a, b, uni))
                        or s.listed_in_line(text, a, b) or s.alien_letters(m.group(1))
                        or s.pasted_name(text, a, b, uni) or s.pasted_lending(text, a, b, uni)
                        or s.syllable_slot(text, a, b, uni)
                        or (context and (s.pasted_word(text, a, b, uni) or s.pasted_trade_name(text, a, b, uni)
                                         or s.lone_token(text, a, b, uni) or s.letter_token(text, a, b, uni)
                                         or s.split_name(text, a, b, uni))))) or s.MEASURE.fullmatch(m.group(1)) or (
                    pattern is s._BARE and s.LOANWORD.fullmatch(m.group(1))):
                continue
            before = text[max(0, a - 12):a].lower()
            if "http" in before or "www" in before:
                continue
            if not (a == 0 or text[a - 1] in s.BEFORE) or not (b == len(text) or text[b] in s._AFTER):
                continue
            line_start = text.rfind("\n", 0, a) + 1
            line_end = text.find("\n", b)
            line_end = len(text) if line_end < 0 else line_end
            if not (s._LETTERS.search(text[line_start:a]) or s._LETTERS.search(text[b:line_end])):
                continue
            seen.add((a, b))
            found.setdefault(m.group(1).lower(), []).append((a, b))
    return {k: sorted(v) for k, v in found.items() if len(v) >= min_count}


def _texts() -> list[str]:
    texts = list(SHAPES)
    for name in ("vi.ann", "train27vi.ann", "held27.ann"):
        f = Path(__file__).parents[1] / "benchmarks" / "data" / "realpages" / name
        if f.exists():
            lines = [t[2:].replace("‖", "") for t in f.read_text(encoding="utf-8").splitlines() if t[:2] in ("+ ", "- ")]
            texts += ["\n".join(lines[i:i + 12]) for i in range(0, min(len(lines), 600), 12)]
    return texts


def test_word_position_first_gives_the_same_tokens():
    for text in _texts():
        for min_count, context in ((2, False), (1, True)):
            assert find_spam_tokens(text, min_count, context) == _slow(text, min_count, context), text


def test_word_position_shapes():
    text = "Xem http://fb88 và fb88 nay, xfb88 rồi\nfb88\n"
    at = [i for i in range(len(text)) if text.startswith("fb88", i)]
    assert [_word_position(text, a, a + 4) for a in at] == [False, True, False, False]


def test_template_slots_written_out_are_the_rows_slots():
    import zlib

    from mtpipe.clean.templates import TemplateCounter, row_slots

    keys = ["", "a", "b", "menu trang chủ", "menu trang chu", "0 0 0", "главная новости", "首页", "x" * 500,
            "site\x00menu trang chủ", "site\x00menu trang chu"]
    keys += [f"line {i} of {i % 7}" for i in range(3000)]
    for width, depth in ((1 << 15, 4), (1 << 10, 4), (1 << 15, 3), (1 << 8, 5)):
        c = TemplateCounter(width=width, depth=depth)
        for k in keys:
            data = k.encode("utf-8")
            assert c._slots(k) == row_slots(zlib.crc32(data), zlib.adler32(data) | 1, width, depth), k


def test_may_recur_never_hides_a_second_occurrence():
    import re

    from mtpipe.clean.spam_context import _may_recur

    def twice(text: str, tok: str) -> bool:
        return len(re.findall(r"(?<![\w.])" + re.escape(tok) + r"(?![\w])", text, re.IGNORECASE)) > 1

    cases = [("Gặp Zalo rồi zalo nữa", "Zalo"), ("Gặp Zalo rồi zalox nữa", "Zalo"), ("Gặp Zalo một lần", "Zalo"),
             ("mua ZALO và Zalo", "zalo"), ("site.Zalo và Zalo", "Zalo"), ("Kiki và \u212aiki", "Kiki"),
             ("Kiki và kiki", "Kiki"), ("Kiki một mình", "Kiki"), ("Dino và D\u0130no", "Dino"), ("Dino và D\u0131no", "Dino"),
             ("Bossy và Bo\u017fsy", "Bossy"), ("Bossy một", "Bossy"), ("Lê Lê", "Lê"), ("Lê một", "Lê"),
             ("abc abc", "abc"), ("abcabc", "abc"), ("1xbet 1XBET", "1xbet"), ("1xbet", "1xbet")]
    for text, tok in cases:
        if twice(text, tok):
            assert _may_recur(text, tok), (text, tok)
    assert not _may_recur("Gặp Zalo một lần", "Zalo") and _may_recur("Kiki và \u212aiki", "Kiki")
    for line in _texts():
        for m in re.finditer(r"[A-Za-z][A-Za-z0-9]{2,}", line):
            if twice(line, m.group()):
                assert _may_recur(line, m.group()), m.group()
