"""Options of the :class:`~mtpipe.clean.Cleaner` stage (:class:`CleanOptions`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..languages import LANGUAGES
from ..options import CLEAN_POLICIES
from .boilerplate import TemplateCounter
from .spam import SpamRepair


@dataclass
class CleanOptions:
    """Options of the :class:`Cleaner`.

    Attributes:
        enabled: False keeps everything (``--keep-boilerplate``); spam repair still runs
            unless ``repair_spam`` is False too.
        rules_paths: Rule files or folders; the bundled ``mtpipe/configs/clean`` (or
            ``./configs/clean``) when empty.
        languages: Languages language-ID chooses among.
        repair_spam: Restore syllables hidden under spam tokens.
        spam_languages: Main document languages the spam repair runs for (its model
            is Vietnamese syllables; elsewhere a recurring domain is left alone).
        repair_mixed_script: Words written with look-alike letters of another script ("обοрудование" with a Greek
            omicron) get the word's own letters (:mod:`.mixed_script`, ``repair.mixed_script``); runs with
            ``enabled`` False too.
        dedupe: Remove exact, contained and near-duplicate paragraphs.
        near_ratio: Similarity (``difflib.SequenceMatcher.ratio``, computed by ``cydifflib``)
            at which a paragraph is a near duplicate.
        min_dup_chars: Shorter paragraphs are never removed as duplicates.
        dedupe_window: Near and contained copies are looked for among this many earlier
            paragraphs (exact copies anywhere), so long documents stay linear.
        boilerplate: Remove lines by features and cross-document evidence
            (:mod:`.boilerplate`) after the named rules.
        join_soft_breaks: Join lines that continue a sentence before paragraphing
            (:mod:`.softbreak`).
        markdown: Front matter (YAML/TOML/JSON) to ``doc.meta``, and HTML pasted into
            ``.md`` files read as HTML (:mod:`.frontmatter`).
        template: Cross-document line counts; :meth:`Cleaner.first_pass` fills it.
        classifier: The learned line classifier (:mod:`.classifier`) as the last layer: a
            short line the other layers kept goes when the model calls it clutter.
        classifier_threshold: Its probability threshold; None = the one in its weights file
            (chosen by cross-validation for content precision).
        first_pass_limit: Files :meth:`Cleaner.first_pass_paths` reads at most (spread
            evenly over the inputs); 0 = all.
        removal_policy: ``balanced`` (every rule removes), ``conservative`` (a rule whose measured precision's
            lower bound is under ``policy_threshold`` keeps the line, with a ``kept`` ledger entry, unless the run
            itself is the evidence: template counts, front matter, a copy of a paragraph; :mod:`.policy`) or ``weighed``
            (the same gate on the rule's expected precision in the page's language; the default,
            ``CLEAN_POLICIES[0]``).
        policy_threshold: The lowest score at which a rule removes under a gating policy; None = the policy's own
            (:data:`.policy.THRESHOLDS`).
        precision_table: Rule -> measured figures (``tools/rule_precision.py``); None = the bundled table.
    """

    enabled: bool = True
    rules_paths: tuple[str, ...] = ()
    languages: tuple[str, ...] = LANGUAGES
    repair_spam: bool = True
    spam_languages: tuple[str, ...] = ("vi",)
    repair_mixed_script: bool = True
    dedupe: bool = True
    near_ratio: float = 0.9
    min_dup_chars: int = 15
    dedupe_window: int = 30
    spam: SpamRepair = field(default_factory=SpamRepair)
    boilerplate: bool = True
    join_soft_breaks: bool = True
    markdown: bool = True
    first_pass_limit: int = 5000
    classifier: bool = True
    classifier_threshold: float | None = None
    template: TemplateCounter | None = None
    removal_policy: str = CLEAN_POLICIES[0]
    policy_threshold: float | None = None
    precision_table: dict | None = None  # type: ignore[type-arg]
