"""Faster text helpers (issue 16) give exactly what the plain code they replaced gave."""

import re
import unicodedata

from hypothesis import example, given, settings, strategies as st

from mtpipe import placeholders
from mtpipe.placeholders import leak_spans
from mtpipe.quality import has_repetition, script_of

from test_fast_paths import reference_has_repetition


def reference_script_of(text):
    counts = {"cyrillic": 0, "latin": 0, "han": 0}
    for ch in text:
        if not ch.isalpha():
            continue
        name = unicodedata.name(ch, "")
        if name.startswith("CYRILLIC"):
            counts["cyrillic"] += 1
        elif name.startswith("LATIN"):
            counts["latin"] += 1
        elif name.startswith("CJK"):
            counts["han"] += 1
    best = max(counts, key=lambda k: counts[k])
    return best if counts[best] else "none"


SCRIPTS = st.text(alphabet=st.sampled_from(list("abcđăẠ İKΩ ,.!-0123½²") + list("Привет ёЁҋ") + list("长春吉林。，")
                                           + ["\U00020001", "\u0301", "\u212a", "\uf900", "\u3042", "\uac00"]), max_size=80)


@settings(max_examples=400, deadline=None)
@given(SCRIPTS)
@example("")
@example("ab长春")  # a tie: the first script in the table wins, as before
def test_script_of_equals_the_loop(text):
    assert script_of(text) == reference_script_of(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_script_of_equals_the_loop_on_any_text(text):
    assert script_of(text) == reference_script_of(text)


@settings(max_examples=300, deadline=None)
@given(st.one_of(SCRIPTS.map(lambda t: (t * 3)[:200]), st.text(min_size=48, max_size=200)))
@example("ab长春" * 12)  # a tie in a text long enough for the array path
def test_script_of_long_texts_equals_the_loop(text):
    assert script_of(text) == reference_script_of(text)


def test_script_of_array_path_on_every_code_point():
    from mtpipe.quality import _ARRAY_MIN_CHARS

    for start in range(0, 0x110000, 128):  # every character, in texts the array path counts
        text = "".join(chr(c) for c in range(start, start + 128))
        assert len(text) >= _ARRAY_MIN_CHARS and script_of(text) == reference_script_of(text), hex(start)


WORDS = st.lists(st.sampled_from(["the", "zone", "长", "春", ",", "park", "парк", ".", "a"]), max_size=40).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(WORDS, st.integers(0, 3), st.integers(0, 5), st.integers(0, 6))
@example("", 0, 4, 6)
@example("the", 0, 4, 6)
def test_has_repetition_equals_the_loop_for_any_settings(text, min_n, times, max_n):
    assert has_repetition(text, min_n, times, max_n) == reference_has_repetition(text, min_n, times, max_n)


# the plain alternation leak_spans scanned with before its first-character check
REFERENCE_LEAK = re.compile(placeholders._LEAK_ALTERNATIVES)

LEAKY = st.lists(st.sampled_from(list("TtТтZzЗзEeЕеЭэRrРрMmМмXxХхYyУуQqКк 0123456789_-#№⟦〚⟧〛абвabc中。")
                                 + ["\u00a0", "\u200b", "TERM", "ZX", "Zyqx"]), max_size=40).map("".join)


@settings(max_examples=1000, deadline=None)
@given(LEAKY)
@example("DETERM1 TERM1 TER M1 term_1 ТЕРМ1 TERM 1 0 ⟦ 1 ⟧ visitedTERM1 zyqxb Z X 3 〚")
def test_leak_spans_equal_the_plain_pattern(text):
    want = [(m.start(), m.end(), placeholders._key(m.group(0))) for m in REFERENCE_LEAK.finditer(text)]
    assert leak_spans(text) == want


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_leak_spans_equal_the_plain_pattern_on_any_text(text):
    want = [(m.start(), m.end(), placeholders._key(m.group(0))) for m in REFERENCE_LEAK.finditer(text)]
    assert leak_spans(text) == want


def test_token_counts_from_ids_equal_counts_from_pieces(tiny_models, seeds_dir):
    """count_tokens reads ids (faster than piece strings): one id per piece, the same count."""
    import random

    from mtpipe.config import load_config
    from mtpipe.tokens import RouteTokenCounter

    counter = RouteTokenCounter(load_config(tiny_models))
    rng = random.Random(5)
    alphabet = [chr(c) for c in (rng.randint(32, 0x2FFFF) for _ in range(2000)) if not 0xD800 <= c <= 0xDFFF]
    alphabet += list("абв abc 长春 ﬁ ① ㍻ \u3000")
    texts = [line for p in sorted(seeds_dir.glob("*.txt")) for line in p.read_text(encoding="utf-8").splitlines()]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(500)]
    for src, tgt in (("ru", "en"), ("ru", "zh"), ("en", "zh")):
        tok = counter.tokenizer(src, tgt)
        for text in texts:
            want = len(tok.prefix(src, tgt)) + len(tok.sp.encode(text, out_type=str)) + 1
            assert counter.count_tokens(text, src, tgt) == want, text


def _reference_xml_text(s):
    from mtpipe.writers.tmx import _TEXT_ESC, _TEXT_RE, XML_ILLEGAL

    return _TEXT_RE.sub(lambda m: _TEXT_ESC[m.group()], XML_ILLEGAL.sub("", s))


def _reference_xml_attr(s):
    from mtpipe.writers.tmx import _ATTR_ESC, _ATTR_RE, XML_ILLEGAL

    return '"' + _ATTR_RE.sub(lambda m: _ATTR_ESC[m.group()], XML_ILLEGAL.sub("", s)) + '"'


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab Д长&<>\"'\r\n\t\x00\x01\x0b\x1f\ufffe\uffff\ud800;#")), max_size=30))
@example("")
def test_xml_escapes_equal_the_two_substitutions(text):
    from mtpipe.writers.tmx import xml_attr, xml_text

    assert xml_text(text) == _reference_xml_text(text)
    assert xml_attr(text) == _reference_xml_attr(text)


# -- reading: ftfy skipped where it provably changes nothing but NFC ------------------------------

def _ftfy(text):
    import ftfy

    from mtpipe.ingest import FTFY_SETTINGS

    return ftfy.fix_text(text, **FTFY_SETTINGS)


MOJIBAKE = st.lists(st.sampled_from(
    list("aZ .,;:'\"\n\r\t&#<>x0") + list("ÃÂâ€™œ\u009d\u0085ÐÑ¿€Ñ‚¬Â ¦©®°±") + list("привет ёЁ长春đăẠệ")
    + ["\u0301", "\u0306", "\u00a0", "\x1b", "[", "m", "1", "\x00", "\x0b", "\ufeff", "\u206a", "\ud800", "\ufffd",
       "\u212b", "e\u0301", "Ã©", "Ã ", "â€œ", "&amp;", "&#x41;", "\x1b[1m", "Ð¿Ñ€Ð¸", "Ð¿Ñ€Ð¸Ð²ÐµÑ‚"]),
    max_size=30).map("".join)


@settings(max_examples=1500, deadline=None)
@given(MOJIBAKE)
@example("Ã ")  # the line-start rule of ftfy's badness pattern
@example("x\nÃ ")
@example("Ð¿Ñ€Ð¸Ð²ÐµÑ‚")
@example("cafe\u0301 &amp;")
@example("A\u030a\nÃ©")
def test_ftfy_skipped_only_where_it_changes_nothing_but_nfc(text):
    from mtpipe.ingest import ftfy_leaves_alone

    if ftfy_leaves_alone(text):
        assert _ftfy(text) == unicodedata.normalize("NFC", text)


def test_ftfy_skipped_on_plain_text_and_run_on_mojibake(seeds_dir):
    from mtpipe.ingest import ftfy_leaves_alone

    assert ftfy_leaves_alone("Привет, мир.\nXin chào thế giới.\n长春市。")
    for bad in ("Ð¿Ñ€Ð¸Ð²ÐµÑ‚", "voilÃ  le travail", "Ã ", "\x1b[1mbold", "a &amp; b", "x\u0085y", "caf\u00c3\u00a9"):
        assert not ftfy_leaves_alone(bad), bad
        assert _ftfy(bad) != bad or bad == "Ã "  # (ftfy may still keep a text it doubts)
    assert any(ftfy_leaves_alone(p.read_text(encoding="utf-8")) for p in seeds_dir.glob("*.txt"))



def _badness_gate_says_clean(text):
    from mtpipe.normalize import _badness_gate

    first, second = _badness_gate()
    return not first.search(text) and (second is None or not second.search(text))


def _lines(text):
    pos = 0
    while pos < len(text):
        end = text.find("\n", pos) + 1 or len(text)
        yield text[pos:end]
        pos = end


BADNESS_CHARS = st.lists(st.one_of(
    st.sampled_from(list("aZz .,-\n\t") + list("ÃÂâ€™œ\u009dÐÑ¿Ñ‚¬¦©®°±·´–—…’ŸŠ¢£¥₧€ªº²³¹×µ÷")
                    + list("ВГРСвЂўΒΓΞΟβ√≈‚Äàáđ│┌═ØÙŒœ") + ["\u00a0", "\u00ad", "ГўВЂВ", "â€œ", "Ã©"]),
    st.characters(max_codepoint=0x2fff)), max_size=12).map("".join)


@settings(max_examples=3000, deadline=None)
@given(BADNESS_CHARS)
@example("Ã ")  # ftfy's line-start alternative (an anchor: in the character test, not the pattern)
@example("x\nÂ ")
@example("ВЂС")
@example("ГўВЂВ™s")
@example("βœ")
def test_badness_gate_finds_every_text_with_a_bad_line(text):
    """The gate (two patterns derived from ftfy's) never calls a text clean that has a bad line."""
    from ftfy.badness import is_bad

    if _badness_gate_says_clean(text):
        assert not any(is_bad(line) for line in _lines(text))


def test_badness_gate_is_built_and_lets_plain_text_through(repo_root):
    """The fast path is live with this ftfy, and gives the line-by-line answer on every text we ship."""
    from unittest import mock

    from ftfy.badness import is_bad

    from mtpipe import normalize
    from mtpipe.normalize import _badness_gate, ftfy_leaves_alone

    assert _badness_gate() is not None
    assert _badness_gate_says_clean("Привет, «мир» — это 100%.\nXin chào thế giới, Đà Nẵng.\n长春市。")
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted((repo_root / "tests" / "data").rglob("*"))
             if p.is_file() and p.suffix in (".txt", ".md", ".html", ".htm", ".devtest")]
    assert len(texts) > 10
    passed = 0
    for text in texts:
        if _badness_gate_says_clean(text):
            passed += 1
            assert not any(is_bad(line) for line in _lines(text))
        with mock.patch.object(normalize, "_GATE", [None]):  # the line-by-line path
            slow = ftfy_leaves_alone(text)
        assert ftfy_leaves_alone(text) == slow
    assert passed > 5

def test_reading_skips_ftfy_with_the_same_documents(tmp_path, repo_root):
    """Every text file under tests/data read with the check and with ftfy always run: the same documents."""
    from unittest import mock

    from mtpipe import ingest
    from mtpipe.ingest import IngestError, IngestOptions, read_document

    paths = [p for p in sorted((repo_root / "tests" / "data").rglob("*"))
             if p.is_file() and p.suffix in (".txt", ".md", ".html", ".htm", ".devtest")]
    assert len(paths) > 10
    skipped = 0
    for p in paths:
        try:
            fast = read_document(p, p.parent, IngestOptions())
        except IngestError:
            continue
        with mock.patch.object(ingest, "ftfy_leaves_alone", lambda text: False):
            slow = read_document(p, p.parent, IngestOptions())
        assert (fast.raw_text, fast.text, fast.meta, fast.warnings) == (slow.raw_text, slow.text, slow.meta,
                                                                       slow.warnings), p
        skipped += ingest.ftfy_leaves_alone(fast.raw_text)
    assert skipped > 5


# -- segmenting: one SentencePiece count per tokenizer; names: readings kept per word ---------------

def test_token_budget_counts_once_per_tokenizer_with_the_same_result(tiny_models, seeds_dir):
    from mtpipe.config import load_config
    from mtpipe.tokens import RouteTokenCounter, TokenBudget

    counter = RouteTokenCounter(load_config(tiny_models))
    routes = {"ru": ("en", "zh"), "vi": ("en", "zh"), "en": ("zh",)}
    calls = []

    class Counting:
        def __init__(self, counter):
            self.inner = counter

        def tokenizer(self, src, tgt):
            return self.inner.tokenizer(src, tgt)

        def count_tokens(self, text, src, tgt):
            calls.append((src, tgt))
            return self.inner.count_tokens(text, src, tgt)

    # two targets reached through one model (one tokenizer): one count, the larger prefix kept
    same = TokenBudget(Counting(counter), {"ru": ("en", "en")})
    texts = [line for p in sorted(seeds_dir.glob("*.txt")) for line in p.read_text(encoding="utf-8").splitlines()
             if line.strip()][:60]
    for text in texts:
        calls.clear()
        assert same(text, "ru") == counter.count_tokens(text, "ru", "en")
        assert len(calls) == 1
    budget = TokenBudget(counter, routes)
    for text in texts:
        for lang in routes:
            assert budget(text, lang) == max(counter.count_tokens(text, lang, t) for t in routes[lang])
    import pickle

    assert pickle.loads(pickle.dumps(budget))(texts[0], "ru") == budget(texts[0], "ru")


def test_word_readings_kept_per_word_are_fresh_each_call():
    import importlib

    palladius = importlib.import_module("mtpipe.translit.palladius")  # (the package exports a function of that name)
    first = palladius.word_to_pinyin("Цзиньпина")
    assert first and first[0].text == "Jinping"
    first[0].syllables[0].append("x")  # a caller changing its copy changes nothing kept
    first.clear()
    again = palladius.word_to_pinyin("Цзиньпина")
    palladius._word_readings.cache_clear()
    assert again == palladius.word_to_pinyin("Цзиньпина") and "x" not in again[0].syllables[0]


def test_document_deadlines_share_one_watchdog_thread():
    """A deadline per document costs no thread start (the document waited for the OS to run it)."""
    import threading
    import time

    from mtpipe.inputs import DocumentOvertime, document_deadline

    with document_deadline("warm.txt", 60):
        pass
    before = set(threading.enumerate())  # the threads themselves: one an earlier test left may end meanwhile
    for _ in range(50):
        with document_deadline("d.txt", 60):
            pass
    assert not set(threading.enumerate()) - before
    t = time.monotonic()
    try:
        with document_deadline("slow.txt", 0.05):
            while time.monotonic() - t < 10:
                pass
        stopped = False
    except DocumentOvertime:
        stopped = True
    assert stopped and time.monotonic() - t < 5  # the earlier, longer deadlines do not hold it back


def test_script_counts_by_table_equal_the_regular_expressions_on_every_code_point():
    from mtpipe.langid import _script_counts_slow, script_counts

    for start in range(0, 0x110000, 32):  # every character, 32 at a time (and each block's lower case)
        text = "".join(chr(c) for c in range(start, start + 32))
        assert script_counts(text) == _script_counts_slow(text), hex(start)
        assert script_counts(text.lower()) == _script_counts_slow(text.lower()), hex(start)


def test_script_counts_by_array_equal_the_regular_expressions_on_every_code_point():
    from mtpipe.langid import _script_counts_array, _script_counts_slow

    for start in range(0, 0x110000, 256):  # every character, in texts long enough for the array path
        text = "".join(chr(c) for c in range(start, start + 256))
        for t in (text, text.lower(), text.upper()):
            assert _script_counts_array(t) == _script_counts_slow(t), hex(start)


@settings(max_examples=300, deadline=None)
@given(st.text(min_size=90, max_size=400))
@example("Việt Nam ậ ẫ İ ǅ Ǆ Ḁ ẞ Σσς Москва 北京 한국 " * 4)
def test_script_counts_of_long_texts_equal_the_regular_expressions(text):
    from mtpipe.langid import _script_counts_array, _script_counts_slow, script_counts

    assert script_counts(text) == _script_counts_array(text) == _script_counts_slow(text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=120))
@example("İ ǅ Ǆ Ḁ ẞ Σσς")
def test_script_counts_by_table_equal_the_regular_expressions(text):
    from mtpipe.langid import _script_counts_slow, script_counts

    assert script_counts(text) == _script_counts_slow(text)


# -- segmenting: a token count proved within the limit without SentencePiece's segmentation ----------

def _token_texts(seeds_dir):
    import random

    rng = random.Random(7)
    alphabet = [chr(c) for c in (rng.randint(32, 0x2FFFF) for _ in range(3000)) if not 0xD800 <= c <= 0xDFFF]
    # characters NFKC makes longer (ﷺ is 18 characters, ㍻ two), spaces that collapse, emoji, controls
    alphabet += list("абв abc 长春 ﬁ ① ㍻ ﷺ ㌀ ﾊﾟ \u3000\u2000\u00a0\t\x00\x01😀é\u0301")
    texts = [line for p in sorted(seeds_dir.glob("*.txt")) for line in p.read_text(encoding="utf-8").splitlines()]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 120))) for _ in range(600)]
    texts += ["ﷺ" * k for k in (1, 5, 14, 20)] + ["😀" * 60, "  ".join("ab" * 30), "\u3000" * 50]
    return texts


def _check_at_most(tok, src, tgt, texts):
    n_bound = 0
    for text in texts:
        count = tok.count_tokens(text, src, tgt)
        extra = len(tok.prefix(src, tgt)) + 1
        norm = tok.sp.normalize(text)
        bound = len(norm.encode("utf-8")) if tok._bytes else len(norm)
        assert count <= extra + bound, (text, count, bound)  # the bound itself
        for limit in {count - 1, count, count + 1, len(text) + extra, len(text) + extra - 1, 1, 256}:
            assert tok.at_most(text, src, tgt, limit) == (count <= limit), (text, limit, count)
        n_bound += len(text) + extra <= count + 5
    return n_bound


def test_token_bound_gives_the_counts_answer(tiny_models, seeds_dir):
    from mtpipe.config import load_config
    from mtpipe.tokens import RouteTokenCounter

    counter = RouteTokenCounter(load_config(tiny_models))
    texts = _token_texts(seeds_dir)
    for src, tgt in (("ru", "en"), ("ru", "zh"), ("vi", "en"), ("en", "zh")):
        tok = counter.tokenizer(src, tgt)
        assert not tok._bytes
        _check_at_most(tok, src, tgt, texts)
        for text in texts[:50]:
            assert counter.at_most(text, src, tgt, 40) == (counter.count_tokens(text, src, tgt) <= 40)


def test_token_bound_with_byte_fallback(tmp_path, seeds_dir):
    """A SentencePiece model with byte fallback (an unknown character: up to 4 byte pieces) and one
    without, unigram and BPE, trained here: the bound holds and at_most answers as the count."""
    import sentencepiece as spm

    from mtpipe.config import ModelSpec
    from mtpipe.tokens import SourceTokenizer

    corpus = tmp_path / "corpus.txt"
    corpus.write_text("\n".join(line for p in sorted(seeds_dir.glob("*.txt"))
                                for line in p.read_text(encoding="utf-8").splitlines()), encoding="utf-8")
    for kind in ("unigram", "bpe"):
        for fallback in (True, False):
            folder = tmp_path / f"{kind}-{fallback}"
            folder.mkdir()
            spm.SentencePieceTrainer.train(input=str(corpus), model_prefix=str(folder / "source"), vocab_size=700,
                                           model_type=kind, byte_fallback=fallback, character_coverage=0.995,
                                           minloglevel=2)
            (folder / "source.model").rename(folder / "source.spm")
            spec = ModelSpec(name=f"t-{kind}", family="marian", path=str(folder))
            tok = SourceTokenizer(spec)
            assert tok._bytes == fallback
            _check_at_most(tok, "ru", "en", _token_texts(seeds_dir))


def test_fit_to_limit_with_at_most_gives_the_same_spans(tiny_models, seeds_dir):
    from mtpipe.config import load_config
    from mtpipe.segment import fit_to_limit
    from mtpipe.tokens import RouteTokenCounter, TokenBudget

    budget = TokenBudget(RouteTokenCounter(load_config(tiny_models)), {"ru": ("en", "zh"), "vi": ("en", "zh")})
    plain = lambda text, lang: budget(text, lang)  # noqa: E731  (no at_most: every span counted)
    texts = [line for p in sorted(seeds_dir.glob("*.txt")) for line in p.read_text(encoding="utf-8").splitlines()
             if line.strip()]
    for text in texts:
        for limit in (12, 40, 256):
            assert fit_to_limit(text, "ru", limit, budget) == fit_to_limit(text, "ru", limit, plain)


# -- output paths: the output folder resolved once per document, one lstat per name ----------------

def _reference_safe_output_path(out_root, rel, suffix):
    import os
    from pathlib import Path, PurePosixPath

    from mtpipe.safety import MAX_NAME_BYTES, UnsafePathError, _shorten, safe_name

    if "/" in suffix or "\\" in suffix or "\x00" in suffix:
        raise UnsafePathError(f"{suffix!r}: a suffix cannot contain separators")
    root = Path(out_root).resolve()
    pieces = PurePosixPath(str(rel).replace("\\", "/")).parts
    parts = [safe_name(p) for p in pieces if p not in ("/", "", ".", "..")]
    parts = parts or ["_"]
    stem = parts[-1]
    base, dot, _ext = stem.rpartition(".")
    stem = base if dot and base else stem
    parts[-1] = _shorten(stem, MAX_NAME_BYTES - len(suffix.encode("utf-8"))) + suffix
    target = root.joinpath(*parts)
    real = Path(os.path.realpath(target))
    if real != root and root not in real.parents:
        raise UnsafePathError(f"{rel!r}: output would land outside {root} (at {real})")
    return target


def test_safe_output_paths_equal_the_one_by_one_check(tmp_path):
    """Through symlinked folders and files (inside and outside OUT), missing folders, a file where a
    folder should be, long and odd names: the same paths, and the same errors, as before."""
    from mtpipe.plan import planned_outputs
    from mtpipe.safety import UnsafePathError, safe_output_path, safe_output_paths

    outside = tmp_path / "outside"
    outside.mkdir()
    real_out = tmp_path / "real-out"
    (real_out / "sub" / "deep").mkdir(parents=True)
    (real_out / "linked-in").symlink_to(real_out / "sub")
    (real_out / "linked-out").symlink_to(outside)
    (real_out / "sub" / "evil.jsonl").symlink_to(outside / "x.jsonl")
    (real_out / "sub" / "fine.tmx").symlink_to(real_out / "sub" / "deep" / "fine.tmx")
    (real_out / "afile").write_text("x")
    (tmp_path / "out-link").symlink_to(real_out)
    rels = ["a.txt", "sub/evil.txt", "sub/fine.txt", "sub/deep/x.txt", "linked-in/a.txt", "linked-out/a.txt",
            "missing/deeper/a.txt", "afile/a.txt", "../../etc/passwd", "/abs/x.txt", "a\\b.md", "README",
            "x" * 300 + ".txt", "sub/" + "é" * 150, "\x01ctl.txt", ".", "", "linked-out/../a.txt"]
    suffixes = [".jsonl", ".ledger.jsonl", ".tmx", ".en.txt", ".zh.txt", ".html"]
    errors = fine = 0
    for out in (real_out, tmp_path / "out-link", tmp_path / "not-yet"):
        for rel in rels:
            want = []
            for suf in suffixes:
                try:
                    want.append(_reference_safe_output_path(out, rel, suf))
                except UnsafePathError as e:
                    want.append(("error", str(e)))
            one = []
            for suf in suffixes:
                try:
                    one.append(safe_output_path(out, rel, suf))
                except UnsafePathError as e:
                    one.append(("error", str(e)))
            assert one == want, (out, rel)
            try:
                assert safe_output_paths(out, rel, suffixes) == want, (out, rel)
            except UnsafePathError as e:
                assert ("error", str(e)) == next(w for w in want if isinstance(w, tuple)), (out, rel)
            errors += any(isinstance(w, tuple) for w in want)
            if not any(isinstance(w, tuple) for w in want):
                fine += 1
                assert planned_outputs(out, rel, ["jsonl", "tmx", "text"], ["en", "zh"]) == [
                    _reference_safe_output_path(out, rel, s) for s in (".jsonl", ".ledger.jsonl", ".tmx", ".en.txt", ".zh.txt")]
    assert errors >= 6 and fine >= 30  # both kinds were compared
    assert safe_output_paths(real_out, "a.txt", []) == []


def test_spam_scores_kept_per_neighbour_equal_the_pair_scores():
    """Bigrams.local_all (PMI kept per neighbour) gives local()'s sums, bit for bit, in every case."""
    import random

    from mtpipe.clean.spam import load_bigrams

    bg = load_bigrams()
    rng = random.Random(3)
    words = [w for w, _ in bg.uni.most_common(400)] + ["không-có-đâu", "xyz"]
    for _ in range(300):
        cands = rng.sample(words, 30)
        prev = rng.choice(words + [None])
        nxt = rng.choice(words + [None])
        assert bg.local_all(prev, cands, nxt) == [bg.local(prev, c, nxt) for c in cands]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab./\\ é长\x00\x01\x1f\x7f\x80\x9f\xa0\ud800\udfff\ue000_")), max_size=20))
@example("")
@example("..")
def test_safe_name_with_one_check_first_equals_the_per_character_loop(text):
    from mtpipe.safety import _shorten, safe_name

    cleaned = "".join("_" if (ord(c) < 32 or 0x7F <= ord(c) < 0xA0 or 0xD800 <= ord(c) < 0xE000) else c
                      for c in text.replace("/", "_").replace("\\", "_"))
    assert safe_name(text) == ("_" if cleaned in ("", ".", "..") else _shorten(cleaned, 200))


def test_dedupe_with_one_matcher_per_line_removes_what_fresh_matchers_remove(monkeypatch, seeds_dir):
    """The cleaner's near-duplicate check reuses one matcher per line (set_seq1 for each earlier line)
    and each line's key: the same removals as a fresh matcher per pair and a key per use."""
    import difflib
    import random

    from mtpipe.clean import Cleaner, dedupe
    from mtpipe.clean.lines import dedupe_key
    from mtpipe.document import Document

    rng = random.Random(11)
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds_dir.glob("*.txt"))]
    for text in list(texts):  # near copies: a word dropped, letters changed, a paragraph repeated later
        lines = [ln for ln in text.split("\n") if len(ln) > 40]
        out = []
        for ln in text.split("\n"):
            out.append(ln)
            if len(ln) > 40 and rng.random() < 0.5:
                words = ln.split()
                k = rng.randrange(len(words))
                out.append(" ".join(words[:k] + words[k + 1:]) if rng.random() < 0.5 else ln.replace("а", "о", 2))
        out += rng.sample(lines, min(3, len(lines)))
        texts.append("\n\n".join(out))

    def removals():
        return [[(e.rule, e.start, e.end, e.note) for e in Cleaner()(Document.from_text(t, doc_id=f"d{i}.txt")).ledger]
                for i, t in enumerate(texts)]

    fast = removals()

    class Fresh(difflib.SequenceMatcher):
        def set_seq1(self, a):  # what a new matcher for (a, b) would be: b's tables built again
            super().set_seq1(a)
            if getattr(self, "b", None) is not None:
                b, self.b = self.b, None
                super().set_seq2(b)

    monkeypatch.setattr(dedupe, "_SequenceMatcher", Fresh)
    monkeypatch.setattr(dedupe, "dedupe_key", lambda text: dedupe_key(text))
    assert removals() == fast
    assert sum(r == "dedupe.near" for doc in fast for r, *_ in doc) >= 3


def test_state_record_json_without_asdict_is_the_same_text():
    """DocRecord.to_json from the fields as they are: the text asdict gave, and asdict's where a
    value JSON cannot take (a dataclass inside) turns up."""
    import json
    from dataclasses import asdict

    from mtpipe.document import LedgerEntry
    from mtpipe.state import STATE_VERSION, DocRecord

    rec = DocRecord(doc="a/б.txt", input="ab" * 32, settings="s", glossary=None, terms={"e1": "h", "2": "x"},
                    written="w", outputs={"jsonl": [{"path": "a/б.jsonl", "size": 3, "mtime_ns": 10 ** 18,
                                                     "sha256": "00"}]},
                    summary={"segments": 3, "flags": {"x": 1}, "langs": ("ru", "en"), "f": 0.1, "none": None},
                    kept="docs/ab/cd.json.gz", stat=[1, 2, 3])
    assert rec.to_json() == json.dumps({"v": STATE_VERSION, **asdict(rec)}, ensure_ascii=False)
    rec.summary["entry"] = LedgerEntry(rule="r", action="removed", text="x", start=0, end=1)
    assert rec.to_json() == json.dumps({"v": STATE_VERSION, **asdict(rec)}, ensure_ascii=False)


def test_ledger_entry_dict_without_asdict_is_the_same():
    from dataclasses import asdict

    from mtpipe.document import LedgerEntry

    for e in (LedgerEntry("r", "removed", "x", 0, 1), LedgerEntry("r", "repaired", "ы", 3, 9, "y", "n"),
              LedgerEntry("r", "flagged", "", 0, 0, None, "note"), LedgerEntry("r", "removed", "x", 0, 1, note=["odd"])):
        want = {k: v for k, v in asdict(e).items() if v is not None}
        got = e.to_dict()
        assert got == want and list(got) == list(want)


def test_kept_document_json_with_field_names_kept_per_class_is_the_same(seeds_dir):
    import json
    from dataclasses import fields, is_dataclass

    from mtpipe.clean import Cleaner
    from mtpipe.document import Term
    from mtpipe.ingest import read_document
    from mtpipe.segment import Segmenter
    from mtpipe.state import doc_to_json

    def reference(obj):
        if is_dataclass(obj) and not isinstance(obj, type):
            return {f.name: getattr(obj, f.name) for f in fields(obj)}
        raise TypeError(f"cannot keep a {type(obj).__name__}")

    for p in sorted(seeds_dir.glob("*.txt")):
        doc = Segmenter()(Cleaner()(read_document(p, seeds_dir)))
        doc.segments[0].terms.append(Term(id="e1", source="x", start=0, end=1, targets={"en": "verified"}))
        want = json.dumps(doc, default=reference, ensure_ascii=False, separators=(",", ":"))
        assert doc_to_json(doc) == want
    doc.meta["odd"] = Term  # a class, not an instance: refused as before
    try:
        doc_to_json(doc)
    except TypeError as e:
        assert "cannot keep a" in str(e)
    else:
        raise AssertionError("a class was kept")


# -- writers and restore: the same strings with less work per call --------------------------------------

FOLDABLE = st.text(alphabet=st.sampled_from(list("ab 长。\n\r\t") + ["\u00a0", "\u2028", "\x0b", "\x0c", "\x1c"]), max_size=40)


@settings(max_examples=500, deadline=None)
@given(FOLDABLE, st.sampled_from(["", " "]))
def test_text_writer_folds_line_breaks_as_the_pattern_does(text, joiner):
    from mtpipe.writers.text import _NEWLINES, _fold

    assert _fold(text, joiner) == _NEWLINES.sub(joiner, text)


@settings(max_examples=300, deadline=None)
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20),
                    lambda kids: st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=5), kids, max_size=4),
                    max_leaves=12))
def test_jsonl_encoder_kept_once_writes_what_json_dumps_writes(obj):
    import json
    from pathlib import PurePosixPath

    from mtpipe.writers.jsonl import _dumps

    assert _dumps(obj) == json.dumps(obj, ensure_ascii=False, default=str)
    assert _dumps({"p": PurePosixPath("a/b")}) == json.dumps({"p": PurePosixPath("a/b")}, ensure_ascii=False, default=str)


def _reference_tidy_zh(text, forms):
    from mtpipe.glossary.restore import _CJK

    for f in sorted({f for f in forms if f and re.search(f"[{_CJK}]", f)}, key=len, reverse=True):
        esc = re.escape(f)
        text = re.sub(rf"(?<=[{_CJK}])[ \u00a0]+(?={esc})", "", text)
        text = re.sub(rf"(?<={esc})[ \u00a0]+(?=[{_CJK}])", "", text)
    return text


ZH_FORMS = st.lists(st.text(alphabet=st.sampled_from(list("长春市a.(* ")), min_size=0, max_size=4), max_size=4)
ZH_TEXT = st.lists(st.sampled_from(list("长春市在的a.(* ") + ["\u00a0", "TERM0"]), max_size=40).map("".join)


@settings(max_examples=500, deadline=None)
@given(ZH_TEXT, ZH_FORMS)
@example("在 长春 的会议上, 北京市 代表", ["长春", "北京市", "Moscow"])
def test_tidy_zh_with_patterns_kept_per_form_equals_fresh_patterns(text, forms):
    from mtpipe.glossary.restore import _tidy_zh

    assert _tidy_zh(text, forms) == _reference_tidy_zh(text, forms)
    assert _tidy_zh(text, forms) == _reference_tidy_zh(text, forms)  # again, from the kept patterns


def test_placeholders_made_once_equal_the_template():
    from mtpipe.placeholders import SHAPES, _letters

    for shape in SHAPES.values():
        for k in list(range(60)) + [675, 676, 10_000]:
            assert shape.make(k) == shape.template.format(k, _letters(k))
            assert shape.make(k) == shape.template.format(k, _letters(k))


def _reference_match_key(text):
    from mtpipe.glossary import normalize as N

    low = text.lower()
    if len(low) != len(text):
        low = "".join(N.fold_char(c) for c in text)
    else:
        low = low.translate(N._FOLD)
    low = N._OLD_STYLE.sub(N._new_style, low)
    return N._FINAL_Y.sub(lambda m: m.group(0).translate(N._Y_TO_I), low)


KEYABLE = st.text(alphabet=st.sampled_from(list("aeoyuiHhlkTxqLÝ ёЁеЕ-–—\t\n\u00a0\u3000İ") + list("òóõỏọùúũủụýỳỷỹỵ")
                                           + list("Чанчунь长春") + ["\u0301", "\u2212", "\u202f"]), max_size=60)


@settings(max_examples=1000, deadline=None)
@given(KEYABLE)
@example("Hòa Bình, Thủy Lý Hy — Чанчунь-ёлка\u00a0İstanbul")
def test_match_key_with_its_quick_checks_equals_the_translate_and_both_patterns(text):
    from mtpipe.glossary.normalize import match_key

    assert match_key(text) == _reference_match_key(text)
    assert len(match_key(text)) == len(text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_match_key_equals_the_reference_on_any_text(text):
    from mtpipe.glossary.normalize import match_key

    assert match_key(text) == _reference_match_key(text)


def test_word_characters_kept_per_character_equal_the_test():
    from mtpipe.glossary.match import _word
    from mtpipe.scripts import is_cjk

    for o in list(range(0, 0x3000)) + list(range(0x3000, 0x10000, 7)) + [0x20001, 0x2A700, 0x30000]:
        ch = chr(o)
        want = (ch.isalnum() or ch == "_" or 0x300 <= o <= 0x36F) and not is_cjk(ch)
        assert _word(ch) == want and _word(ch) == want, hex(o)
