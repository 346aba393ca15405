"""``min_context``: one-character and stop-word forms match only beside a context word (issue 13)."""

from __future__ import annotations

from click.testing import CliRunner

from mtpipe.cli import main

CONTEXT = """\
entries:
  - id: li-keqiang
    kind: person
    en: Li Keqiang
    zh: 李克强
    min_context: [Кэцян, premier]
    aliases: {ru: [Ли Кэцян, Ли]}
  - id: jilin
    kind: place
    en: Jilin
    zh: 吉林
    min_context: 长春
    aliases: {zh: [吉]}
  - id: v-letter
    kind: term
    en: V
    zh: 五
    aliases: {ru: [в]}
  - id: changchun
    kind: place
    en: Changchun
    zh: 长春
    aliases: {ru: [Чанчунь]}
"""


def _load(tmp_path, text=CONTEXT):
    from mtpipe.glossary import load_glossaries

    g = tmp_path / "g.yaml"
    g.write_text(text, encoding="utf-8")
    return g, load_glossaries([g])


def test_min_context_is_loaded_and_warned(tmp_path):
    g, gl = _load(tmp_path)
    assert gl.by_id["li-keqiang"].min_context == ["Кэцян", "premier"]
    assert gl.by_id["jilin"].min_context == ["长春"]  # one word may be written without a list
    assert gl.by_id["changchun"].min_context == []
    res = CliRunner().invoke(main, ["glossary", "validate", str(g)])
    assert res.exit_code == 0, res.output
    warned = [ln for ln in res.output.splitlines() if ln.startswith("warning:")]
    assert any("'Ли'" in w and "min_context" in w and "stop word" in w for w in warned), warned
    assert any("'吉'" in w and "min_context" in w for w in warned), warned
    assert any("'в'" in w and "not matched unless" in w for w in warned), warned


def test_min_context_changes_the_hash_only_when_set(tmp_path):
    _, plain = _load(tmp_path, CONTEXT.replace("    min_context: [Кэцян, premier]\n", ""))
    _, with_ctx = _load(tmp_path)
    _, other = _load(tmp_path, CONTEXT.replace("[Кэцян, premier]", "[Кэцян]"))
    assert len({plain.hash, with_ctx.hash, other.hash}) == 3


def test_risky_form_matches_only_beside_a_context_word(tmp_path):
    from mtpipe.glossary import Matcher

    _, gl = _load(tmp_path)
    m = Matcher(gl)

    def ids(text, lang="ru", context=""):
        return [(x.entry.id, x.text) for x in m.find(text, lang, context)]

    # the full form matches anywhere; "Ли" alone (a stop word) needs a context word
    assert ids("Ли Кэцян прибыл в Чанчунь.") == [("li-keqiang", "Ли Кэцян"), ("changchun", "Чанчунь")]
    assert ids("Ли заявил, что Чанчунь растёт.") == [("changchun", "Чанчунь")]
    assert ids("Он спросил, придёт ли Ли.") == []
    # a context word elsewhere in the same segment (in any case form, any letter case)
    assert ids("Ли заявил, что видел Кэцяна вчера.") == [("li-keqiang", "Ли")]
    assert ids("Ли, the PREMIER, said so.") == [("li-keqiang", "Ли")]
    # ... or in the document, given as context
    doc = m.context_of(["Премьер Ли Кэцян прибыл.", "Ли заявил, что всё хорошо."])
    assert ids("Ли заявил, что всё хорошо.", context=doc) == [("li-keqiang", "Ли")]
    assert ids("Ли заявил, что всё хорошо.", context=m.context_of(["Ли заявил."])) == []
    # a context word must be a whole word: "Кэцянский" is not "Кэцян"'s case form
    assert ids("Ли и кэцянский проспект.") == []
    # Chinese: no word spaces, the context word may touch the match
    assert ids("吉长两市合作", "zh") == []
    assert ids("吉长春两市合作", "zh") == [("jilin", "吉"), ("changchun", "长春")]
    assert ids("吉省与长春市", "zh") == [("jilin", "吉"), ("changchun", "长春")]
    # a one-letter form without min_context or case_sensitive never matches
    assert ids("в Чанчунь") == [("changchun", "Чанчунь")]


def test_protect_stage_uses_the_document_as_context(tmp_path):
    from mtpipe.document import Document, Segment
    from mtpipe.glossary.protect import Protect

    _, gl = _load(tmp_path)
    p = Protect(gl)

    def run(sources):
        text = "\n".join(sources)
        doc = Document(doc_id="d", path="", raw_text=text, text=text)
        at = 0
        for i, s in enumerate(sources):
            doc.segments.append(Segment(index=i, start=at, end=at + len(s), source=s, src_lang="ru"))
            at += len(s) + 1
        return [[t.id for t in seg.terms] for seg in p(doc).segments]

    assert run(["Премьер Ли Кэцян прибыл.", "Ли заявил, что всё хорошо."]) == [["li-keqiang"], ["li-keqiang"]]
    assert run(["Премьер прибыл.", "Ли заявил, что всё хорошо."]) == [[], []]


def test_min_context_is_checked_and_kept_by_edits(tmp_path):
    from mtpipe.glossary import load_glossaries

    g, _ = _load(tmp_path)
    bad = CONTEXT.replace("min_context: 长春", "min_context: {zh: 长春}")
    g.write_text(bad, encoding="utf-8")
    res = CliRunner().invoke(main, ["glossary", "validate", str(g)])
    assert res.exit_code == 1 and "min_context must be a list of context words" in res.output, res.output
    g.write_text(CONTEXT, encoding="utf-8")
    res = CliRunner().invoke(main, ["glossary", "--glossary", str(g), "edit", "li-keqiang", "--notes", "premier"])
    assert res.exit_code == 0, res.output
    assert "    min_context: [Кэцян, premier]\n" in g.read_text(encoding="utf-8")
    assert load_glossaries([g]).by_id["li-keqiang"].min_context == ["Кэцян", "premier"]


def test_edit_file_writes_min_context_in_house_order(tmp_path):
    from mtpipe.glossary.edit import GlossaryFile

    g, _ = _load(tmp_path)
    gf = GlossaryFile(g)
    gf.add({"id": "hu", "kind": "person", "en": "Hu", "zh": "胡", "aliases": {"ru": ["Ху"]},
            "min_context": ["Цзиньтао"], "reviewed": False})
    gf.edit("changchun", {"min_context": ["吉林"]})
    gf.save()
    text = g.read_text(encoding="utf-8")
    assert "    aliases:\n      ru: [Ху]\n    min_context: [Цзиньтао]\n    reviewed: false\n" in text
    assert "    min_context: [吉林]\n" in text


def test_an_unrelated_glossary_edit_updates_no_document(tmp_path, toy_models):
    """The incremental plan matches kept segments with their document as context, as the protect
    stage did: a min_context match found through another sentence is not a "changed" match."""
    from mtpipe.pipeline import Job, TranslateOptions

    src, gloss = tmp_path / "in", tmp_path / "g.yaml"
    src.mkdir()
    (src / "a.txt").write_text("Премьер Ли Кэцян прибыл в Чанчунь.\n\nЛи заявил, что всё хорошо.\n", encoding="utf-8")
    gloss.write_text(CONTEXT, encoding="utf-8")

    def run():
        job = Job.prepare(TranslateOptions(targets=("en",), config_path=str(toy_models), glossary_paths=(str(gloss),),
                                           formats=("jsonl",), fetch_missing=False, cache_dir=str(tmp_path / "c")))
        return job.run(src, tmp_path / "out")

    first = run()
    assert not first.problems
    kept = (tmp_path / "out" / "a.jsonl").read_text(encoding="utf-8")
    assert kept.count('"li-keqiang"') >= 2  # "Ли" in the second sentence matched through the first
    gloss.write_text(CONTEXT + "  - id: unrelated\n    kind: term\n    en: Unrelated\n    zh: 无关\n", encoding="utf-8")
    second = run()
    assert second.plan["glossary_changes"]["added"] == ["unrelated"]
    assert second.plan["updated_documents"] == []


def test_cli_edit_sets_and_clears_min_context(tmp_path):
    from mtpipe.glossary import load_glossaries

    g, _ = _load(tmp_path)
    res = CliRunner().invoke(main, ["glossary", "--glossary", str(g), "edit", "changchun", "--min-context", "吉林",
                                    "--min-context", "Jilin"])
    assert res.exit_code == 0, res.output
    assert load_glossaries([g]).by_id["changchun"].min_context == ["吉林", "Jilin"]
    res = CliRunner().invoke(main, ["glossary", "--glossary", str(g), "edit", "changchun", "--min-context", ""])
    assert res.exit_code == 0, res.output
    assert load_glossaries([g]).by_id["changchun"].min_context == []
    assert "min_context" not in g.read_text(encoding="utf-8").split("id: changchun")[1]
