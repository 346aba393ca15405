from mtpipe.autonames import AutoNames
from mtpipe.document import Document
from mtpipe.glossary import Glossary, Protect, load_glossaries
from mtpipe.segment import Segmenter

TEXT = "На встрече присутствовали Сюй Вэй, Ван Цзылянь и Люй Фэн."


def test_unknown_russian_names_get_rule_based_pinyin():
    doc = AutoNames()(Protect(Glossary())(Segmenter()(Document.from_text(TEXT))))
    seg = doc.segments[0]
    assert [(t.id, t.source, t.en) for t in seg.terms] == [
        ("auto:xuwei", "Сюй Вэй", "Xu Wei"), ("auto:wangzilian", "Ван Цзылянь", "Wang Zilian"),
        ("auto:lufeng", "Люй Фэн", "Lü Feng")]
    assert "auto_name" in seg.flags
    doc.check()


def test_glossary_terms_win_over_auto_names(repo_root):
    g = load_glossaries([repo_root / "glossaries"])
    doc = AutoNames()(Protect(g)(Segmenter()(Document.from_text(TEXT))))
    ids = [t.id for t in doc.segments[0].terms]
    assert "wang-zilian" in ids and "auto:wangzilian" not in ids


def test_only_russian_segments():
    doc = AutoNames()(Segmenter()(Document.from_text("Wang Lu and Xu Wei met in Changchun yesterday morning.")))
    assert doc.segments[0].terms == []
