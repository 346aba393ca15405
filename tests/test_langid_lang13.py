"""Serbian in Latin letters (called bs/hr/sl by py3langid) and Macedonian beside Serbian Cyrillic (issue 12, lang13:
only the name in the ``unsupported_language`` warning is at stake; see ``mtpipe/langid_bcms.py``)."""

from __future__ import annotations

import pytest

from mtpipe.document import Document
from mtpipe.langid_bcms import macedonian_not_serbian, serbian_latin
from mtpipe.segment import Segmenter


def identify(text):
    """The label of a line alone as a document, as the segmenter gives it (the warning's language)."""
    labels = {s.src_lang for s in Segmenter()(Document(doc_id="t", path="", raw_text=text, text=text)).segments}
    assert len(labels) == 1, labels
    return labels.pop()


@pytest.mark.parametrize("text", [
    # langfresh8 / langfresh10 rows (dev)
    "Ti materijali su važan dodatak hrani svuda u svetu.",
    "Srbija i naš narod za mene su uvek na prvom mestu - poručio je Vučić.",
    "Sednica će početi u 11.00 časova.",
    "Prema rečima eksperata, to je jedan od najstarijih mamuta u Evropi.",
    "Pre deset godina, kada je jedna lokalna banka uvela prvu kreditnu karticu u Rumuniji, samo su retki imali novac.",
])
def test_serbian_latin(text):
    assert identify(text) == "sr"


@pytest.mark.parametrize("text", [
    # ijekavian (Croatian, Bosnian) and Slovene: never Serbian by these words
    "Vrijeme je danas lijepo, a djeca se igraju u parku kod rijeke.",
    "Također, cijene goriva porasle su za pet posto u posljednjih mjesec dana.",
    "Predsjednik Vlade sutra putuje u Bruxelles na sastanak.",
    "Mesto je lepo in svet je velik, zato vedno rad potujem.",
])
def test_not_serbian_latin(text):
    assert identify(text) != "sr"


@pytest.mark.parametrize("text,lang,out", [
    ("svuda u svetu", "hr", "sr"), ("uvek na prvom mestu", "bs", "sr"), ("u 11.00 časova", "sl", "sr"),
    ("mesto in svet", "sl", "sl"), ("vrijeme i mesto", "hr", "hr"), ("uvek", "de", "de"),
])
def test_serbian_latin_rule(text, lang, out):
    assert serbian_latin(text, lang) == out


@pytest.mark.parametrize("text", [
    # langfresh9 / langfresh10 rows (dev)
    "Владата на Република Северна Македонија денеска ќе ја одржи редовната 42-та седница.",
    "Марија е убава и мила.",
    "Пред да ти се јавам, бев во Тинекс .",
    "Диск голф го освојува светот, а го нема во Македонија!?",
])
def test_macedonian(text):
    assert identify(text) == "mk"


@pytest.mark.parametrize("text", [
    "Марија је лепа и мила.",
    "Он је био у Београду са пријатељима из Ниша.",
    "Ја сам студент и живим у Новом Саду већ три године.",
])
def test_serbian_cyrillic_stays(text):
    assert identify(text) == "sr"
    assert not macedonian_not_serbian(text)
