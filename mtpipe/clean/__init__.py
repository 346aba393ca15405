"""Cleaning: boilerplate, spam-token repair, duplicate paragraphs; a ledger of every change.

The :class:`Cleaner` stage works on ``Document.text`` line by line (a line is a paragraph), in this order:

1. the document's main language is identified (``doc.meta["lang"]``; a language mtpipe does not translate is called
   what it is, :func:`~mtpipe.langid.identify`);
2. ``.md`` inputs: front matter goes to ``doc.meta`` and HTML pasted into the Markdown is read as HTML
   (:mod:`.frontmatter`; tags and entities are repairs);
3. spam tokens are repaired in Vietnamese documents (:mod:`.spam`), recurring ones and single ones standing between
   syllables; the repair is written into ``text`` and its raw offset map, so later offsets stay exact; then words
   written with look-alike letters of another script ("обοрудование", Greek ο) get their own (:mod:`.mixed_script`);
4. a page whose encoding was lost ("?" inside words) gets a warning;
5. soft line breaks are joined (:mod:`.softbreak`): ``text`` keeps its length;
6. the named rules of ``mtpipe/configs/clean/*.toml`` (:mod:`.rules`: the generic furniture of ``generic.toml``, site
   widgets, ``--rules`` files) remove whole lines (``action = "meta"`` keeps named groups such as
   ``date``/``source``/``byline`` in ``doc.meta``; ``after`` also removes the lines that follow) or, with
   ``search = true``, spans inside a line;
7. a calendar widget's date strip, day numbers and month or weekday names only, counting up (:mod:`.date_strips`,
   ``boilerplate.date_strip``, clut55: before the short-line rules, and never taken back as a table); an article's
   reading time, labelled anywhere or the bare "13 мин" above the text's first sentence (:mod:`.reading_times`,
   ``boilerplate.reading_time``, clut57); a share card's headline or summary closed by the site's name and the date in
   the page's head (:mod:`.card_tails`, ``boilerplate.share_card``, clut57); then
   line features and cross-document evidence (:mod:`.boilerplate`) remove what no rule names: date and credit lines, captions, bylines, file names, tag lists,
   an encoded blob or a script's JSON left as a line (:mod:`.encoded`: ``chrome.encoded_blob``, ``chrome.data_json``),
   a telephone number alone on its line, no date (:mod:`.phones`, ``boilerplate.phone_line``, cp58),
   template lines seen in many documents (:meth:`Cleaner.first_pass` counts them,
   :class:`~.templates.TemplateFirstPass`); sign-off lines (:mod:`.signoff`: a name with a credit word, the line
   that signs the article after its last sentence, a name with its posting date, short date forms) and its guard
   that keeps a heading or term in capitals from passing for a byline;
8. duplicates go: a truncated lead that the next paragraphs repeat
   (``dedupe.covered``), exact copies (``dedupe.exact``), paragraphs contained in
   an earlier one (``dedupe.contained``; a breadcrumb glued before a title loses
   the breadcrumb, ``dedupe.breadcrumb``) and near copies (``dedupe.near``); of a copy
   in a breadcrumb or menu and one in the text, the menu's goes (``dedupe.furniture_copy``,
   :mod:`.copies`);
9. short lines left outside the article: a learned classifier (:mod:`.classifier`); then images' words and
   navigation labels by position (:mod:`.captions`: a caption under an image's file name, alt text and caption
   printed twice, a title image's alt text, search-box and contents labels, wide-gapped menu bars);
10. links to other items: labelled link lines, a teaser block under a heading of other stories after
    the article (:mod:`.related`, ``boilerplate.labelled_link``, ``boilerplate.teaser_block``);
11. the page's header judged as a block: short lines above the article's text, in a region holding
    furniture the layers above removed (:mod:`.regions`, ``boilerplate.region``);
12. labelled widget lines: keyword blocks, comment counters, a label printed twice above the title, headings of
    lists of other items, a rubric of two names (:mod:`.labels`); runs of "Label: value" fields (:mod:`.fields`);
    a list of other stories' headlines closing the page, each line its own story (:mod:`.teasers`,
    ``boilerplate.teaser_tail``);
    on Vietnamese pages, the portals' own words (:mod:`.vi_portal`, ``portal.*``): pointers to other items and the
    links under them, widget labels, image placeholders, tags labels, byline fields, address slugs; then the links to
    the previous or next item, lines of the page's controls and the newsroom's sign-off (:mod:`.vi_chrome`); title
    copies the policy held that stand right under their first copy or after the text has begun, degree-and-name
    bylines outside the text and image file hashes (:mod:`.vi_edges`); photo captions between the article's paragraphs
    (:mod:`.vi_captions`); lines written without diacritics, a byline under the heading, a site theme's widget
    messages, code fields, English interface labels and an icon's label printed twice (:mod:`.vi_heads`); a site's note
    on its own website's updates (:mod:`.site_updates`, ``portal.site_update``); an author's
    byline with the affiliation under it (:mod:`.vi_credits`), a section's rubric over the title and its meta
    (:mod:`.vi_rubrics`), a caption under a CMS's numbered image alt text or closed by its source's address
    (:mod:`.vi_photos`), a caption placing its people ("(từ trái sang)") or left as a cell under its image
    (:mod:`.vi_captions47`), a caption ending on the article's event named back by its bare noun ("tại Hội nghị")
    (:mod:`.vi_captions48`), a caption naming its person by office, name and position after a comma or a dash
    (:mod:`.vi_captions51`), the site's street address or telephone line standing first on the page, above the
    title (:mod:`.vi_contacts53`), and the address a site's header contact block keeps once its phone and e-mail
    lines are gone (:mod:`.contact_blocks`), and a line announcing the page's photos whose photos the page no longer
    carries (:mod:`.vi_galleries57`, ``portal.gallery_lead``), a body's name heading the site first on the page
    beside its contact line (:mod:`.header_names`, ``boilerplate.header_name``), and an image's alt text over its
    caption that holds its words, between the article's paragraphs (:mod:`.vi_altcaps58`, ``captions.alt_within``),
    and a caption under its image's file name that spells its words (:mod:`.vi_slugcaps63`, ``captions.under_slug``);
    a Russian portal's story-list headings with the headlines under them, its footer, its masthead and its controls
    (:mod:`.ru_portal`, ``boilerplate.story_heading``, ``boilerplate.site_footer``, ``boilerplate.site_masthead``,
    ``boilerplate.portal_control``, ``boilerplate.answer_intro``); a pointer to the previous or next item with its
    title and titles of other stories under their heading with furniture between them (:mod:`.story_runs`,
    ``boilerplate.pointer_title``, ``boilerplate.story_list``); other stories' titles alternating with one short label
    printed under each (:mod:`.label_rows`, ``boilerplate.label_rows``); at the page's edges a menu's gap, a forum's
    chrome, the reader's prompts, the article's closing signature and a short title printed twice (:mod:`.ru_edges`,
    ``boilerplate.menu_gap``, ``boilerplate.forum_chrome``, ``boilerplate.reader_prompt``,
    ``boilerplate.closing_signature``, ``boilerplate.title_copy``); a paper's or a school work's head, its
    classification code, its authors' degrees and affiliations above the text, a student work's credit block, and a
    login box's labels in a run (:mod:`.ru_credits`, ``boilerplate.class_code``, ``boilerplate.author_affiliation``,
    ``boilerplate.work_credits``); other stories' teasers with leads cut by an ellipsis above the article's title, a
    tag list printed twice on its line and a server's error message (:mod:`.ru_chrome`, ``boilerplate.lead_teasers``,
    ``boilerplate.tag_repeat``, ``boilerplate.server_error``); the short lines above the article's title that share no
    word with it (:mod:`.ru_heads`, ``boilerplate.head_rubric``); a forum poster's rank and nickname by the
    poster's card and a newspaper's issue line outside the text (:mod:`.ru_cards`, ``boilerplate.poster_card``,
    ``boilerplate.issue_line``); a source credit in brackets, the writer's initials and the body, after the article's
    last sentence (:mod:`.bracket_credits`, ``boilerplate.bracket_credit``); the page's title printed again after the
    text with a few words glued to it (:mod:`.title_echo`, ``boilerplate.title_echo``); a site's language switch,
    the languages' codes one a line above the article (:mod:`.language_switch`, ``boilerplate.language_switch``);
    an image's alt text right over the caption that opens with its words (:mod:`.alt_prefix`, ``captions.alt_prefix``);
    a site's anniversary banner above the article's title, its jubilee none of the article's words (:mod:`.banners`,
    ``boilerplate.anniversary_banner``); the page's title printed again right under its first line, fewer of its
    words in the same order (:mod:`.title_repeats`, ``boilerplate.title_repeat``); the state feedback platform's
    banner, its slogan over its prompt and button (:mod:`.ru_feedback`, ``boilerplate.feedback_banner``), and a
    document's signature blanks with the signers' names and its approval block (:mod:`.signature_blocks`,
    ``boilerplate.signature_block``); a pop-up's close button, a cross alone on the page's first or last line
    (:mod:`.close_marks`, ``boilerplate.close_mark``); a sidebar's section names under the article's last sentence,
    short lines with removed chrome lines among them to the page's end (:mod:`.tail_runs`, ``boilerplate.tail_names``);
13. lines taken back where the page's structure says they are its own text: a printed table of contents with
    dot leaders and page numbers, and its label (:mod:`.structure`, round 27d); last, a table flattened one cell a
    line inside the article (:mod:`.tables`, ledger action ``kept``, rule ``structure.table``, round 27g; rows of
    ``|`` anywhere and "label: amount" lists under a caption, round 30); a link line a sentence ending with ":"
    points to or an item of a kept list (:mod:`.links`, rule ``structure.link``, round 30); a run of menu or field
    lines a sentence ending with ":" announces, the text going on under it (:mod:`.announced`, rule
    ``structure.announced``, round 39); after the layers, a schedule's cells (:mod:`.schedules`), a removal whose
    neighbour a last layer took back (:mod:`.list_guards`) and a short gap of any shape rule's inside a block of short
    kept lines (:mod:`.kept_blocks`, rule ``guard.kept_block``, cp54), a run of any shape rule's cells a kept line
    ending with ":" announces, the text going on under it (:mod:`.announced_blocks`, rule ``guard.announced_block``,
    cp57), a header region's short line whose every word the page's text repeats (:mod:`.echoed_heads`, cp56), a list's
    item a near copy took (:mod:`.item_swaps`, cp69), a section's items copied from another's (:mod:`.section_copies`).

With ``removal_policy="conservative"`` (:mod:`.policy`) a rule of low measured precision does not remove: its lines
stay, each with a ``kept`` ledger entry (rule ``policy.conservative``), unless the run itself is the evidence;
``"weighed"`` does the same where the rule's expected precision on the page's language is under the cost's break-even
(rule ``policy.weighed``; a held run between two removed lines goes after all).

Steps 2-5 change ``doc.text`` (:mod:`.rewrite`, :mod:`.mixed_script`, :mod:`.softbreak`); the removal of the front
matter's lines and steps 6-13 are *line layers* (:meth:`Cleaner.line_layers`, each a :class:`~.marks.LineLayer` in
the module of its step: :mod:`.frontmatter`, :mod:`.rules`, :mod:`.boilerplate`, :mod:`.dedupe`, :mod:`.classifier`,
:mod:`.captions`, :mod:`.related`, :mod:`.regions`, :mod:`.labels`, :mod:`.teasers`, :mod:`.ru_portal`), which mark
lines of one :class:`~.marks.Marks` to remove; :func:`~.marks.write_marks` writes the ledger and the kept ranges.
A new layer is one class with ``mark(marks)`` and one line in :meth:`Cleaner.line_layers`.

Removals leave ``text`` as it is and record which character ranges are kept in ``doc.meta["kept"]`` (a list of
``[start, end]`` pairs of ``doc.text``, in order), which the segmenter reads.  Every repair, removal, join and flag
becomes a :class:`~mtpipe.document.LedgerEntry` whose offsets slice ``doc.raw_text``; :func:`unaccounted` replays the
ledger to prove nothing else was dropped.
"""

from __future__ import annotations

from typing import Any, Iterable

from ..document import Document
from ..stages import MapStage
from .boilerplate import BoilerplateLines, TemplateCounter
from .captions import CaptionLines
from .dedupe import Deduper
from .fields import FieldLines
from .labels import LabelLines
from .frontmatter import FrontMatterLines, MarkdownCodeLines, front_matter
from .markup_breaks import markup_edits
from .ledger import apply_ledger, unaccounted
from .lines import _folder, dedupe_key, line_spans, lost_chars
from .marks import LineLayer, Marks, write_marks
from .mixed_script import repair_mixed_script
from .options import CleanOptions
from .policy import gate_marks, write_held
from .schedules import release_schedules
from .list_guards import release_withdrawn
from .cell_columns import release_columns
from .kept_blocks import release_blocks
from .announced_blocks import release_announced
from .echoed_heads import release_echoed
from .section_copies import release_items
from .regions import RegionLines
from .related import RelatedLines
from .ru_portal import PortalLines as RuPortalLines
from .ru_edges import EdgeLines
from .ru_credits import CreditLines
from .ru_heads import HeadLines as RuHeadLines
from .ru_chrome import ChromeLines as RuChromeLines
from .ru_cards import CardLines as RuCardLines
from .rewrite import repair_spam, rewrite
from .rules import Rule, RuleError, RuleLines, load_rules
from .softbreak import join_soft_breaks
from .softbreak_grid import join_grid_rows
from .table_wraps import join_table_cells
from .softbreak_across import join_across
from .softbreak_verse import join_verse, verse_breaks
from .structure import StructureLines
from .links import PointedLinks
from .announced import AnnouncedLists
from .bracket_credits import CreditLines as BracketCredits
from .title_echo import EchoLines as TitleEchoes
from .language_switch import SwitchLines as LanguageSwitch
from .alt_prefix import AltLines as AltPrefixes
from .banners import BannerLines as AnniversaryBanners
from .date_strips import StripLines as DateStrips
from .reading_times import ReadingTimeLines
from .card_tails import CardLines as ShareCards
from .title_repeats import RepeatLines as TitleRepeats
from .tables import TableLines
from .teasers import TeaserTail
from .story_runs import StoryRuns
from .label_rows import LabelRows
from .vi_chrome import ChromeLines as ViChromeLines
from .vi_edges import EdgeLines as ViEdgeLines
from .vi_captions import CaptionLines as ViCaptionLines
from .vi_heads import HeadLines as ViHeadLines
from .vi_credits import CreditLines as ViCreditLines
from .vi_rubrics import RubricLines as ViRubricLines
from .vi_photos import PhotoLines as ViPhotoLines
from .vi_captions47 import CaptionLines as ViPositionCaptions
from .vi_captions48 import CaptionLines as ViEventNounCaptions
from .vi_captions51 import CaptionLines as ViPersonCaptions
from .vi_contacts53 import ContactLines as ViHeaderContacts
from .contact_blocks import ContactBlocks
from .vi_galleries57 import GalleryLeads as ViGalleryLeads
from .header_names import HeaderNames
from .ru_feedback import FeedbackBanners
from .close_marks import CloseMarks
from .tail_runs import TailRuns
from .site_updates import SiteUpdates
from .signature_blocks import SignatureBlocks
from .vi_altcaps58 import AltCaptions as ViAltCaptions
from .vi_slugcaps63 import SlugCaptions as ViSlugCaptions
from .vi_portal import PortalLines as ViPortalLines
from .spam_bigrams import written_words
from .spam_bound import bound_tables, name_syllables
from .spam_lexicon import load_brands, load_known_sites
from .spam_names import compound_stems, load_trigrams, solid_compounds
from .spam_zh import PHRASE_LANGUAGES
from .templates import TemplateFirstPass

__all__ = ["CleanOptions", "Cleaner", "RuleError", "TemplateCounter", "line_spans", "dedupe_key", "apply_ledger",
           "unaccounted"]


#: the layers a feed's text goes through (:mod:`mtpipe.feeds`: item titles and texts, no page around them): named
#: rules and duplicates; the page-layout layers (position, shape, header region, the line classifier) are not run
_FEED_LAYERS = (FrontMatterLines, MarkdownCodeLines, RuleLines, Deduper)


class Cleaner(MapStage):
    """The ``clean`` stage (requires ``text``, provides ``clean``): ``__call__`` cleans one document,
    ``pipe(docs, batch_size=...)`` a stream, in order (:class:`~mtpipe.stages.MapStage`).

    It only puts the steps in order: the text changes, then the line layers of
    :meth:`line_layers`, then the ledger (:func:`~.marks.write_marks`).  The cross-document first
    pass it is given (:meth:`first_pass`, :meth:`first_pass_paths`) is
    :class:`~.templates.TemplateFirstPass`'s; the counts stay in ``options.template``.
    """

    name = "clean"
    requires = ("text",)
    provides = ("clean",)

    def __init__(self, options: CleanOptions | None = None) -> None:
        self.options = options or CleanOptions()
        self.rules: list[Rule] = load_rules(self.options.rules_paths) if self.options.enabled else []

    def warm(self) -> None:
        """Load what only some documents reach (:meth:`~mtpipe.stages.Pipeline.warm`): the blocklist's brand
        table, read at the first Latin token in a Vietnamese line, and the known sites, read at the first domain
        (:mod:`.spam_lexicon`); the English words and letter trigrams of :mod:`.spam_names`, the bound pairs of
        :mod:`.spam_bound`, the words Vietnamese Wikipedia writes (:func:`.spam_bigrams.written_words`), and the
        syllable model and foreign-neighbour counts of :mod:`.spam_slots` (read at the first doubtful label)."""
        if self.options.enabled:
            load_brands()
            load_known_sites()
            load_trigrams()
            solid_compounds()
            compound_stems()
            bound_tables()
            name_syllables()
            written_words()
            from .spam_camel import load_pieces
            from .spam_slots import warm as warm_slots

            load_pieces()  # the gambling trade's name pieces (spam42)
            warm_slots()

    def first_pass(self, docs: Iterable[Document]) -> TemplateCounter:
        """Count the lines of every document of the run (cross-document template evidence).

        Call it once with all the run's documents (or a window of them) before cleaning
        any; memory stays bounded (:class:`~.boilerplate.TemplateCounter`).
        """
        o = self.options
        o.template = TemplateFirstPass(o.first_pass_limit).count_docs(docs, o.template)
        return o.template

    def first_pass_paths(self, paths: Iterable[Any], root: Any = None,
                         map_in_order: Any = None) -> TemplateCounter | None:
        """:meth:`first_pass` over files (read as ingest reads them; unreadable ones skipped).

        At most ``first_pass_limit`` files are read, spread evenly over the inputs, so a
        crawl of a million pages costs the time of that many reads, not a second full read.
        ``map_in_order(fn, items)`` (an executor's, yielding ``fn(item)`` in order) reads them and
        finds their line keys in worker processes; the counts are the same.
        """
        o = self.options
        if not (o.enabled and o.boilerplate):
            return None
        o.template = TemplateFirstPass(o.first_pass_limit).count_paths(paths, root, o.template, map_in_order)
        return o.template

    def line_layers(self) -> list[LineLayer]:
        """The line layers, in the order they judge a document's lines (the first to mark a line names
        it in the ledger): front matter, Markdown code, the named rules, boilerplate, duplicates, the classifier,
        images' words and navigation labels (:mod:`.captions`), links to other items, the header block, labelled
        widget lines (:mod:`.labels`), field runs (:mod:`.fields`); last, :mod:`.structure` takes back lines the
        page's structure shows are its own (a printed table of contents) and :mod:`.tables` flattened tables."""
        o = self.options
        layers: list[LineLayer] = [FrontMatterLines(), MarkdownCodeLines(), RuleLines(self.rules)]
        if o.boilerplate:
            layers.append(DateStrips())  # a calendar widget's date strip, before the short-line rules (clut55)
            layers.append(ReadingTimeLines())  # an article's reading time, before the short-line rules (clut57)
            layers.append(ShareCards())  # a share card's headline closed by "— Site, dd.mm.yyyy" (clut57)
            layers.append(BoilerplateLines(o.template))
        if o.dedupe:
            layers.append(Deduper(o))
        if o.classifier:  # imported only when on: its weights load on first use
            from .classifier import ClassifierLines
            layers.append(ClassifierLines(o))
        if o.boilerplate:  # images' words and navigation labels (after the classifier: its rows stay as trained)
            layers.extend([CaptionLines(), RelatedLines(), RegionLines(o.template), LabelLines(), FieldLines(o.template)])
            layers.append(TeaserTail())  # a list of other stories closing the page (tail39)
            layers.append(ViPortalLines())  # Vietnamese portals' pointers, widget labels, image markers (vi40)
            layers.append(ViChromeLines())  # Vietnamese prev/next links, control lines, sign-off credits (vi41)
            layers.append(ViEdgeLines())  # Vietnamese title copies the policy held: adjacent, after the text (vi42)
            layers.append(ViCaptionLines())  # Vietnamese photo captions between the article's paragraphs (vi43)
            layers.append(ViHeadLines())  # Vietnamese toneless alt texts, a byline under the heading, widget messages (vi44)
            layers.append(SiteUpdates())  # a Vietnamese site's note on its own website's updates (clut66)
            layers.append(ViCreditLines())  # Vietnamese bylines with the author's affiliation under them (vi46)
            layers.append(ViRubricLines())  # a Vietnamese section's rubric over the title and its meta (vi46)
            layers.append(ViPhotoLines())  # a caption under a CMS's numbered image alt text (vi46)
            layers.append(ViPositionCaptions())  # a caption placing its people, a cell caption under its image (post35)
            layers.append(ViEventNounCaptions())  # a caption ending on the event's bare noun, "tại Hội nghị" (vi48)
            layers.append(ViPersonCaptions())  # a caption naming its person by office, name and position (clut51)
            layers.append(ViHeaderContacts())  # the site's address or phone line first on the page (vi53)
            layers.append(ContactBlocks())  # an address left of the header's contact block (conv54)
            layers.append(HeaderNames())  # the site's own name first on the page beside its contact line (clut62)
            layers.append(ViGalleryLeads())  # a gallery's lead-in, its photos gone from the page (vi57)
            layers.append(ViAltCaptions())  # an image's alt text over its caption holding its words (vi58)
            layers.append(ViSlugCaptions())  # a caption under its image's file name spelling its words (cap63)
            layers.append(RuPortalLines())  # a portal's story-list headings and footer (ru40)
            layers.append(StoryRuns())  # previous/next pointers' titles, a split list of other stories (tail41)
            layers.append(LabelRows())  # other stories' titles alternating with one label printed under each (edge60)
            layers.append(EdgeLines())  # a menu's gap, forum chrome, prompts, a closing signature, a title copy (ru42)
            layers.append(CreditLines())  # a paper's or school work's credits, a login box's labels in a run (ru43)
            layers.append(RuChromeLines())  # teasers opening the page, a tag list printed twice, a server error (ru43)
            layers.append(RuHeadLines())  # short lines above the title sharing no word with the article (ru44)
            layers.append(RuCardLines())  # a forum poster's rank and nickname, a newspaper's issue line (ru46)
            layers.append(BracketCredits())  # a credit in brackets, initials and body, closing the text (post35)
            layers.append(TitleEchoes())  # the title printed again after the text, a greeting glued (post35)
            layers.append(LanguageSwitch())  # a site's language switch, codes one a line, above the text (post35)
            layers.append(AltPrefixes())  # an image's alt text over its caption that opens with its words (post35)
            layers.append(AnniversaryBanners())  # a site's jubilee banner above the title, none of its words (clut51)
            layers.append(TitleRepeats())  # the title printed again under the first line, shortened (post37)
            layers.append(FeedbackBanners())  # the state feedback platform's banner: slogan, prompt, button (clut64)
            layers.append(SignatureBlocks())  # a document's signature blanks and its approval block (clut64)
            layers.append(CloseMarks())  # a pop-up's close button, a cross alone on the first or last line (clut64)
            layers.append(TailRuns())  # a sidebar's section names among removed chrome under the last sentence (clut66)
            layers.append(StructureLines())
            layers.append(TableLines())  # a flattened table's cells taken back (round 27g)
            layers.append(PointedLinks())  # a link line the text points to taken back (round 30)
            layers.append(AnnouncedLists())  # last: a list a sentence ending with ':' announces (round 39)
        return layers

    def __call__(self, doc: Document) -> Document:
        from ..langid import identify, prose_sample

        o = self.options
        fm = front_matter(doc.text) if o.enabled and o.markdown else None
        fm_end = fm[0] if fm else 0
        # the page's language from its text, not from front matter's keys (field trial 7's Ruby note: `layout:`,
        # `author:`, `date:` outweighed the Russian of the opening; lang15)
        lang = identify(prose_sample(doc.text, fm_end), o.languages)  # less a player's script (cp91)
        doc.meta["lang"] = lang
        edits = markup_edits(doc, fm_end, o.markdown) if o.enabled else []  # HTML in Markdown; a leaked <br> (bnd66)
        if edits:
            rewrite(doc, edits)
        if o.repair_spam and (lang in o.spam_languages or lang in PHRASE_LANGUAGES):
            repair_spam(doc, o.spam, syllables=lang in o.spam_languages)  # zh: gambling-site phrases only
        if o.repair_mixed_script:
            repair_mixed_script(doc)  # look-alike letters of another script inside words (mix81)
        if not o.enabled:
            doc.meta["kept"] = [list(s) for s in line_spans(doc.text)]
            return doc
        lost = lost_chars(doc.text)
        if lost >= 2:
            doc.meta["mojibake_suspect"] = lost
            doc.warnings.append(f"looks like a broken encoding: {lost} '?' stand inside or before words "
                                "(characters lost before mtpipe read the file); sentences may be cut wrongly")
        # a poem's lines its sentence runs over: read on the printed lines, joined once kept (softbreak_verse, bnd48)
        verse = verse_breaks(doc.text, fm_end) if o.join_soft_breaks and doc.meta.get("read_as") != "feed" else []
        if o.join_soft_breaks:
            counter, folder = o.template if o.boilerplate else None, _folder(doc.doc_id)
            join_soft_breaks(doc, start=fm_end,
                             fixed=(lambda a, b: counter.adjacent(a, b, folder)) if counter is not None else None)
        marks = Marks(doc, lang, line_spans(doc.text), front=fm)
        gate_marks(marks, o.removal_policy, o.precision_table, o.policy_threshold)  # :mod:`.policy`
        feed = doc.meta.get("read_as") == "feed"
        for layer in self.line_layers():
            if feed and not isinstance(layer, _FEED_LAYERS):
                continue  # a feed's lines are its items' titles and text, not a page's furniture (mtpipe.feeds)
            layer.mark(marks)
        release_schedules(marks)  # a schedule printed one cell a line is text (:mod:`.schedules`)
        release_withdrawn(marks)  # a removal whose neighbour a last layer took back (:mod:`.list_guards`)
        release_columns(marks)  # a table's cells its kept cells vouch for (:mod:`.cell_columns`, cell66)
        release_blocks(marks)  # a short gap inside a block of short kept lines (:mod:`.kept_blocks`, cp54)
        release_announced(marks)  # a block a line ending with ':' announces (:mod:`.announced_blocks`, cp57)
        release_echoed(marks)  # a header line whose every word the text repeats (:mod:`.echoed_heads`, cp56)
        release_items(marks)  # a swapped item, a section's copied items (:mod:`.item_swaps`, :mod:`.section_copies`)
        write_held(marks)
        write_marks(marks)
        join_grid_rows(doc)  # a grid table's row wrapped onto two lines, both kept: one line (softbreak_grid, bnd45)
        join_table_cells(doc, [(marks.spans[a][0], marks.spans[b - 1][1]) for a, b in marks.tables])  # tbl58
        join_verse(doc, verse)
        join_across(doc)  # a sentence that runs over a removed token line, "step-1" (softbreak_across, soft59)
        return doc
