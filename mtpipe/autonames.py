"""Unknown Chinese names in Russian text: rule-based pinyin instead of whatever the model invents.

A Palladius-shaped person name (``Сюй Вэй``, ``Ван Лу``) in a Russian segment that the glossary
does not cover is protected like a glossary term with the id ``auto:<pinyin>`` and the rule-based
English form (``Xu Wei``) from the transliteration engine.  The Chinese side gets hanzi only when
the candidates ranked from the Russian form (:func:`mtpipe.translit.hanzi.hanzi_candidates`) make
one of them confident (``CONFIDENT_ONE_FORM``); otherwise it gets the same pinyin, as sound alone rarely tells
the characters.  Either way the term carries its ranked candidates (``zh_candidates``, shown on
the review page) and the segment is flagged ``auto_name``, so the JSONL and the report show where
a reviewer should add a glossary entry (``mtpipe glossary suggest``, ``glossary add --from-ru``).

Korean and Vietnamese names in Russian text (``Чон Ген Ду``, ``Фам Минь Тинь``) are left to the
model: the detector skips runs of one-syllable words (:mod:`mtpipe.translit.detect`).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from .document import Document, Term
from .stages import MapStage

__all__ = ["AutoNamesOptions", "AutoNames"]


@dataclass
class AutoNamesOptions:
    """Options of :class:`AutoNames`.

    Attributes:
        min_confidence: Spans the detector is less sure of are left to the model.
        places: Also protect single-word place names (noisier than persons).
        hanzi: Write confident hanzi candidates on the Chinese side (else pinyin there).
    """

    min_confidence: float = 0.8
    places: bool = False
    hanzi: bool = True


class AutoNames(MapStage):
    """The ``auto_names`` stage (after ``protect``): adds ``auto:`` terms to Russian segments."""

    name = "auto_names"
    requires = ("segments", "langs")
    provides = ("auto_terms",)

    def __init__(self, options: AutoNamesOptions | None = None) -> None:
        self.options = options or AutoNamesOptions()

    def warm(self) -> None:
        """Load what the first name found loads (the detector's tables, the ranking of its hanzi:
        seconds on a loaded machine), for :meth:`~mtpipe.stages.Pipeline.warm`: its sample may
        have no person's name for this stage, a glossary covering the ones it has."""
        from .translit.detect import find_palladius_names
        from .translit.hanzi import hanzi_candidates

        for span in find_palladius_names("Вчера Сюй Вэй и Лю Гочжун прибыли в Ухань.", places=True):
            hanzi_candidates(ru=span.text, kind=span.kind)

    def __call__(self, doc: Document) -> Document:
        from .translit.detect import find_palladius_names
        from .translit.hanzi import CONFIDENT_ONE_FORM, hanzi_candidates

        o = self.options
        for seg in doc.segments:
            if seg.src_lang != "ru":
                continue
            added = False
            for span in find_palladius_names(seg.source, places=o.places):
                if span.confidence < o.min_confidence or not span.en:
                    continue
                if any(span.start < t.end and t.start < span.end for t in seg.terms):
                    continue
                key = "".join(c for c in unicodedata.normalize("NFKD", span.en.lower()) if c.isascii() and c.isalnum())
                cands = hanzi_candidates(ru=span.text, kind=span.kind)
                zh = cands[0].text if o.hanzi and cands and cands[0].confidence >= CONFIDENT_ONE_FORM else span.en
                seg.terms.append(Term(id=f"auto:{key}", source=span.text, start=span.start, end=span.end,
                                      kind=span.kind, en=span.en, zh=zh,
                                      zh_candidates=[f"{c.text} {c.confidence:.2f}" for c in cands]))
                added = True
            if added:
                seg.terms.sort(key=lambda t: t.start)
                seg.flag("auto_name")
        return doc
