"""room96: the single-token path lives in :mod:`mtpipe.clean.spam_single`, yet its flags still come from
:func:`mtpipe.clean.spam._pasted`, looked up in :mod:`.spam` at call time, so the ablations that patch :mod:`.spam`'s
tests (``benchmarks/langid.py``'s ``no_lexicon``, ``benchmarks/spam_round21.py``) reach the single path as before."""

from mtpipe.clean import spam, spam_single
from mtpipe.clean.spam import SpamRepair

BRACKETED = "Anh ấy đăng ký tài khoản (hi88vn) để chơi."  # no gap around it: flagged by _pasted alone


def test_a_bracketed_gambling_name_is_flagged_through_spams_pasted(monkeypatch):
    assert SpamRepair().plan(BRACKETED) == [(26, 32, None, "hi88vn")]
    monkeypatch.setattr(spam, "_pasted", lambda *a, **k: False)
    assert SpamRepair().plan(BRACKETED) == []


def test_the_lexicon_ablation_reaches_the_single_path(monkeypatch):
    calls = []  # pasted_brand off: _pasted asks the blocklist next
    monkeypatch.setattr(spam, "pasted_brand", lambda *a, **k: False)
    monkeypatch.setattr(spam, "listed_in_line", lambda text, a, b: calls.append(text[a:b]) or False)
    SpamRepair().plan(BRACKETED)
    assert "hi88vn" in calls


def test_spam_reads_the_gambling_patterns_from_one_place():
    assert spam._GAMBLING is spam_single.GAMBLING and spam._GAMBLING_WORD is spam_single.GAMBLING_WORD
    assert spam._case is spam_single.case and spam._neighbours is spam_single.neighbours
