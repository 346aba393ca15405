"""Segmentation: paragraphs, sentences with exact offsets, language per segment.

Sentence splitters live in a registry (:data:`SPLITTERS`, :func:`register_splitter`):
razdel for Russian, punctuation splitters of our own for Chinese (``。！？``, with
quotes: ``他问：“……？”`` ends a sentence, ``「……？」她問道。`` does not) and
Vietnamese (sentencex misses breaks before capitals with diacritics), sentencex
for the rest; each returns ``(start, end)`` spans of its input.  A shared
post-pass repairs what splitters get wrong on news text: a break after a known
abbreviation (``г.``, ``янв.``, ``TP.``, ``GS.``, ``Dr.``) or an initial, or
before a lower-case continuation (``«Вперёд!» — сказал он``) is undone; a
terminal abbreviation before a capital (``в 2023 г. Потом``, ``и т. д. Затем``,
``etc. The``) ends the sentence; a stray ``.`` joins the sentence before.  Wire datelines
(``Москва. 30 апреля. INTERFAX.RU - ``, ``КИЕВ. 3 декабря. УНН. ``, ``ПЕТРОПАВЛОВСК. КАЗИНФОРМ – ``)
stay with the sentence after them; sentences end inside quotations where sentencex keeps the
quotation whole, and where no space follows the stop (``США.Мера``, ``Украину."Соответствующее``).
Real-page units of Russian and Vietnamese (step labels ``B1.`` opening a unit, a title-case heading's inner ``?``,
units a page glues with no stop or no space) are :mod:`.glued`'s.
Sentences longer than the model's token limit are split at clause boundaries
(then spaces, then anywhere) and marked ``part=(k, n)``.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import islice
from typing import Callable

from ..document import Document, Segment
from ..langid import CYRILLIC_LETTERS, LATIN_OTHERS, identify, with_document_prior
from ..langid_context import in_page
from ..langid_cyrillic import russian_only
from ..languages import LANGUAGES
from ..stages import MapStage
from .sentences import ABBREVIATIONS, TERMINAL_ABBREVIATIONS  # noqa: F401
from .heading_line import RUBRIC_LANGS, beside_date, merge_title_line, split_glued_title, title_copy
from .limits import fit_to_limit
from .question_title import question_subtitle
from .sentences import split_sentences
from .splitters import SPLITTERS, register_splitter  # noqa: F401
from .verse import keep_verse

__all__ = ["SegmentOptions", "Segmenter", "split_sentences", "SPLITTERS", "ABBREVIATIONS", "fit_to_limit",
           "register_splitter"]


@dataclass
class SegmentOptions:
    """Options of the :class:`Segmenter`.

    Attributes:
        languages: Languages language-ID chooses among.
        max_tokens: The model's source-token limit; None = no length splitting.
        count_tokens: ``(text, lang) -> tokens``, the model's own count.
        min_lang_chars: Sentences with fewer letters take their paragraph's language.
    """

    languages: tuple[str, ...] = LANGUAGES
    max_tokens: int | None = None
    count_tokens: Callable[[str, str], int] | None = None
    min_lang_chars: int = 25


_SCRIPT = {"ru": "cyrillic", "vi": "latin", "en": "latin", "zh": "han", "ja": "han",
           **{code: "cyrillic" for code, *_ in CYRILLIC_LETTERS}, **{code: "latin" for code in LATIN_OTHERS}}


class Segmenter(MapStage):
    """The ``segment`` stage (requires ``text``, provides ``segments`` and ``langs``).

    ``__call__`` segments one document, ``pipe(docs, batch_size=...)`` a stream, in order
    (:class:`~mtpipe.stages.MapStage`).  Language ID stays per text: py3langid classifies one
    text per call, and which texts it sees depends on the script counts before it.

    Segments only the ranges the cleaner kept (``doc.meta["kept"]``, ``[start, end]``
    pairs in ``doc.text``), or every non-empty line when the document was not
    cleaned.  A line of ``doc.text`` is a paragraph; ``Segment.paragraph`` numbers
    them and ``doc.meta["paragraph_langs"]`` gives each paragraph's language.
    """

    name = "segment"
    requires = ("text",)
    provides = ("segments", "langs")

    def __init__(self, options: SegmentOptions | None = None) -> None:
        self.options = options or SegmentOptions()

    def __call__(self, doc: Document) -> Document:
        from ..clean import line_spans

        o = self.options
        text = doc.text
        pieces = [tuple(p) for p in doc.meta.get("kept", line_spans(text))]
        segments: list[Segment] = []
        para_langs: list[str] = []
        para = -1
        last_line_end = -1
        unsupported: dict[str, int] = {}
        langs: dict[str, str] = {}  # identify() of each text once (a one-sentence paragraph is both)

        def lang_of(t: str) -> str:
            got = langs.get(t)
            if got is None:
                got = langs[t] = identify(t, o.languages)
            return got

        dlang = doc.meta.get("lang") or lang_of(text[:3000])
        title_line = "kept" in doc.meta  # the cleaner kept the page's lines: the first one may be its title
        title = ""  # that first line's text, once read (a copy of it may open a later line: split_glued_title)
        verse = doc.meta.get("verse_joins", [])  # a poem's lines the cleaner joined (mtpipe.clean.softbreak_verse)
        for a, b in pieces:
            chunk = text[a:b]
            plang = lang_of(chunk)
            if dlang in o.languages:
                plang = in_page(chunk, plang, dlang)  # "(ауд. 413, корп. II)" of a Russian page: not Tatar
            if dlang not in o.languages and _SCRIPT.get(plang) == _SCRIPT.get(dlang, "") \
                    and sum(map(str.isalpha, chunk)) < 2 * o.min_lang_chars and not russian_only(chunk, dlang):
                plang = dlang  # a short line of a Ukrainian page ("Світ") is Ukrainian, not Russian
            if a > last_line_end:
                para += 1
                para_langs.append(plang)
            nl = text.find("\n", b)
            last_line_end = len(text) if nl < 0 else nl
            spans = split_sentences(chunk, plang if plang != "und" else "en")
            if verse:
                spans = keep_verse(spans, [p - a for p in verse if a <= p < b])  # a poem's sentence (bnd48)
            if title_line and any(ch.isalpha() for ch in chunk):
                # a cleaned page's first line: its title ("Title. Subtitle", no stop at its end) is one unit
                spans, title_line, title = merge_title_line(chunk, spans, plang), False, chunk.strip()
            elif len(spans) > 1 and "kept" in doc.meta:
                merged = merge_title_line(chunk, spans, plang)
                if merged != spans and (beside_date(text, a, b, pieces) or title_copy(text, a, b)
                                        or question_subtitle(text, a, b, spans)):
                    spans = merged  # a title under (or over) its removed date line, or one a breadcrumb repeats;
                    # a heading alone whose subtitle is a question without its "?" (question_title, bnd70)
            if title and plang in RUBRIC_LANGS:
                spans = split_glued_title(chunk, spans, title)  # the title's copy glued before the text (bnd57)
            for sa, sb in spans:
                sent = chunk[sa:sb]
                # letters, counted up to min_lang_chars (at least 1): only "none" and "fewer than that" are asked
                letters = len(list(islice(filter(str.isalpha, sent), max(1, o.min_lang_chars))))
                # a piece without letters (a number, a date) inside a paragraph of a language mtpipe does
                # not translate belongs to it: never copied into a target as "und"
                lang = lang_of(sent) if letters else ("und" if plang in o.languages or plang == "und" else plang)
                if letters and letters < o.min_lang_chars and (_SCRIPT.get(lang) == _SCRIPT.get(plang)
                                                               or (plang not in o.languages and not russian_only(sent, plang))):
                    lang = plang  # too short to tell en from vi (or uk from ru): the paragraph decides
                elif lang == "ru" and dlang not in o.languages:
                    lang = with_document_prior(sent, lang, dlang)  # a Ukrainian sentence with one "і"
                if dlang in o.languages:
                    lang = in_page(sent, lang, dlang)  # "Deep Learning là gì?" in a Vietnamese page: Vietnamese
                if lang == "en" and dlang == "vi":
                    lang = with_document_prior(sent, lang, dlang)  # "Linh La (Theo Xinhua)": unmarked Vietnamese
                parts = [(0, len(sent))]
                if o.max_tokens and o.count_tokens and lang != "und":
                    parts = fit_to_limit(sent, lang, o.max_tokens, o.count_tokens)
                for k, (pa, pb) in enumerate(parts):
                    s, e = a + sa + pa, a + sa + pb
                    seg = Segment(index=len(segments), start=s, end=e, source=text[s:e], src_lang=lang,
                                  paragraph=para, part=(k, len(parts)) if len(parts) > 1 else None)
                    if lang not in o.languages and lang != "und":
                        seg.flag("unsupported_language")
                        unsupported[lang] = unsupported.get(lang, 0) + 1
                    segments.append(seg)
        for a, b in doc.meta.get("spam_unrepaired", []):
            for seg in segments:
                if seg.start < b and a < seg.end:
                    seg.flag("spam_token")  # left in the text: the model will see it, the reviewer must too
        doc.segments = segments
        doc.meta["paragraph_langs"] = para_langs
        if unsupported:
            doc.meta["unsupported_languages"] = unsupported
            doc.warnings.append("segments in languages mtpipe does not translate (left out of every target): "
                                + ", ".join(f"{k} {v}" for k, v in sorted(unsupported.items())))
        return doc
