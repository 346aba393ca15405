import pytest

from mtpipe.autonames import AutoNames
from mtpipe.document import Document
from mtpipe.glossary import Glossary, Protect, load_glossaries
from mtpipe.segment import Segmenter
from mtpipe.translit.hanzi import CONFIDENT_ONE_FORM as CONFIDENT

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


# Korean and Vietnamese names in Russian text are no Chinese names; Chinese ones around them still are
FOREIGN = [
    ("Посол Чон Ген Ду встретился с Ван Цзылянем.", ["Ван Цзылянем"]),
    ("Премьер Фам Минь Тьинь и Ли Цян провели переговоры.", ["Ли Цян"]),
    ("Ким Чен Ын принял делегацию во главе с Сюй Вэем.", ["Сюй Вэем"]),
    ("Вчера У И и Хун Сяоюн прибыли.", ["У И", "Хун Сяоюн"]),
    # Russian names whose surname parses as three Palladius syllables (a Chinese given name has one or two)
    ("Певица Ли Синькова и Лю Хэ выступили.", ["Лю Хэ"]),
    ("Ведущая Ян Чайкова взяла интервью у Ма Сяотяня.", ["Ма Сяотяня"]),
    # the last word of a Korean name declines like a Chinese given name: the run is still three short words
    ("Президент Ли Чжэ Мёна поддержал Ван Цзыляня.", ["Ван Цзыляня"]),
    ("Слова Ким Ян Гона и Чон Ый Ену передали Сюй Вэю.", ["Сюй Вэю"]),
    ("Вице-премьер Буй Тхань Шоном и Лю Бинем подписан протокол.", ["Лю Бинем"]),
    ("И Ли Цяна поддержал Сюй Вэй.", ["Ли Цяна", "Сюй Вэй"]),  # a conjunction starting the sentence
    # a one-syllable Khmer given name in a case form is no two-syllable Palladius one (Хун Сена: Hong Xiena)
    ("Партия Хун Сена и Хун Сяоюна.", ["Хун Сяоюна"]),
    # a two-word Korean name reads as Palladius: the country before it, with only nouns and adjectives between,
    # says it is not Chinese; China named in the clause, a verb or preposition between, or a declined name no
    # noun agrees with (a possessor, not an apposition) keep a Chinese name
    ("Южнокорейская писательница Хан Ган встретилась с Ван Цзылянем.", ["Ван Цзылянем"]),
    ("Министр иностранных дел Республики Корея Хан Ган и Сюй Вэй.", ["Сюй Вэй"]),
    ("Посол КНР в КНДР Ван Цзылянь прибыл.", ["Ван Цзылянь"]),
    ("Президент Южной Кореи поблагодарил Сюй Вэя.", ["Сюй Вэя"]),
    ("Вьетнамский коллега Сюй Вэя прибыл.", ["Сюй Вэя"]),
]


@pytest.mark.parametrize("text,names", FOREIGN)
def test_korean_and_vietnamese_names_are_left_to_the_model(text, names):
    doc = AutoNames()(Protect(Glossary())(Segmenter()(Document.from_text(text))))
    assert [t.source for t in doc.segments[0].terms] == names
    doc.check()


def test_auto_names_carry_hanzi_candidates_and_write_pinyin_unless_confident():
    doc = AutoNames()(Protect(Glossary())(Segmenter()(Document.from_text(TEXT))))
    for t in doc.segments[0].terms:
        assert t.zh_candidates and all(" 0." in c or " 1." in c for c in t.zh_candidates)
        top = float(t.zh_candidates[0].split()[1])
        assert (t.zh == t.zh_candidates[0].split()[0]) == (top >= CONFIDENT)
        assert t.zh == t.en or top >= CONFIDENT
        assert t.to_dict()["zh_candidates"] == t.zh_candidates


def test_review_page_shows_hanzi_candidates_of_auto_names():
    from mtpipe.writers.html import render_page

    doc = AutoNames()(Protect(Glossary())(Segmenter()(Document.from_text(TEXT))))
    seg = doc.segments[0]
    rec = {"index": 0, "source": seg.source, "src_lang": "ru", "paragraph": 0, "en": "", "terms":
           [t.to_dict() for t in seg.terms], "flags": seg.flags}
    page = render_page("doc", [rec], [], {}, ["en"])
    for t in seg.terms:
        assert f"{t.source}: {', '.join(t.zh_candidates)}" in page


# Russian people whose names happen to read as Palladius (a first name that is a surname syllable, a
# surname that reads as a given name) are no Chinese names; Chinese names the Russian dictionary also
# knows (Ли and Ян as first names, Хань and Цин as surnames, Мао Цзэдун whole) still are
RUSSIAN_PEOPLE = ["Яна Ханина", "Яну Ханину", "Ян Иванов", "Нина Фомина", "Нине Фоминой", "Дина Бунина",
                  "Лина Сафонова", "Таня Ванина", "Ян Лебедевым"]
CHINESE_PEOPLE = ["Ван И", "Ли Цян", "Хань Чжэн", "Хуа Чунъин", "Ма Сяотянь", "Мао Цзэдуна", "У Цин", "Вань Ли",
                  "Ян Цзечи", "Ли Кэцяном", "Чжан Вэй", "Ян Лимин"]


@pytest.mark.parametrize("name", RUSSIAN_PEOPLE)
def test_russian_people_are_no_chinese_names(name):
    from mtpipe.translit.detect import find_palladius_names

    assert find_palladius_names(f"Вчера {name} выступила.", places=False) == []


# declined Korean, Khmer, Vietnamese names; Chinese given names of the same shape (a syllable with a soft sign
# lost in the case form, a doubled н, other vowels, a diphthong) stay
DECLINED_FOREIGN = ["Хун Сена", "Хун Сену", "Ли Чжун Сока", "Ким Е Чжона", "Ли Чжэ Мёном", "То Ламу"]
DECLINED_CHINESE = ["Бай Тяня", "Ван Линна", "Ли Сяона", "Ли Чжаньшу", "Ван Лили", "Сунь Цзиму", "Гао Липу",
                    "Чжун Мяню", "Ван Шуня"]


@pytest.mark.parametrize("name", DECLINED_FOREIGN)
def test_declined_foreign_names_are_no_chinese_names(name):
    from mtpipe.translit.detect import find_palladius_names

    assert find_palladius_names(f"Вчера {name} выступил.", places=False) == []


@pytest.mark.parametrize("name", DECLINED_CHINESE)
def test_declined_chinese_names_of_the_same_shape_stay(name):
    from mtpipe.translit.detect import find_palladius_names

    assert [s.text for s in find_palladius_names(f"Вчера {name} выступил.", places=False)] == [name]


@pytest.mark.parametrize("name", CHINESE_PEOPLE)
def test_chinese_names_the_russian_dictionary_knows_stay_chinese(name):
    from mtpipe.translit.detect import find_palladius_names

    assert [s.text for s in find_palladius_names(f"Вчера {name} выступил.", places=False)] == [name]


def test_russian_person_evidence():
    from mtpipe.translit.detect import russian_person

    assert russian_person("Ян", "Фомин") and russian_person("Нину", "Фомину") and russian_person("Ян", "Лебедевым")
    # case, number and gender must agree for a surname known only from the dictionary
    assert not russian_person("Нина", "Фомину") and not russian_person("Ян", "Фомина")
    # initials (У, И), vocatives (Вань), indeclinable foreign surnames (Цин) and Palladius spellings are not
    assert not russian_person("У", "Цин") and not russian_person("Вань", "Ли") and not russian_person("Мао", "Цзэдун")


def test_review_pages_written_from_a_document_and_rebuilt_from_jsonl_show_auto_name_candidates(tmp_path):
    """The real writers: the page ``mtpipe translate`` writes (write_html) and the one ``mtpipe review`` rebuilds
    from the JSONL (build_review) both list each auto-name's hanzi candidates."""
    from mtpipe.writers.html import build_review, write_html
    from mtpipe.writers.jsonl import write_jsonl

    doc = AutoNames()(Protect(Glossary())(Segmenter()(Document.from_text(TEXT, doc_id="names"))))
    terms = [t for t in doc.segments[0].terms if t.id.startswith("auto:")]
    assert terms and all(t.zh_candidates for t in terms)
    write_html(doc, tmp_path / "direct", ["en", "zh"], {})
    write_jsonl(doc, tmp_path / "rebuilt", ["en", "zh"], {})
    build_review(tmp_path / "rebuilt")
    for page in (tmp_path / "direct" / "names.html", tmp_path / "rebuilt" / "names.html"):
        html = page.read_text(encoding="utf-8")
        for t in terms:
            assert f"{t.source}: {', '.join(t.zh_candidates)}" in html
            assert t.zh_candidates[0].split()[0] in html


# Surnames beyond the common lists, among the 300 most borne (卜 Бу, 隋 Суй, 臧 Цзан, 农 Нун): taken when the given
# name bears out the Palladius shape; Korean and Vietnamese words of the same sound with a one-syllable given name
# are not (Минь Хоа, Ю Нам, Ань Хо).
RARER_SURNAMES = [("Гроссмейстер Бу Сянчжи сыграл вничью.", "Bu Xiangzhi"),
                  ("Олимпийская чемпионка Суй Вэньцзин вернулась на лёд.", "Sui Wenjing"),
                  ("Делегацию возглавил Цзан Цзяньцзюнь.", "Zang Jianjun"),
                  ("Встречу провёл помощник министра Нун Жунхуа.", "Nong Ronghua")]
NOT_RARER = ["Выставку открыл Минь Хоа.", "На встрече был Ю Нам.", "Первым финишировал Ань Хо."]


@pytest.mark.parametrize("text,en", RARER_SURNAMES)
def test_rarer_chinese_surnames_with_a_palladius_given_name(text, en):
    doc = AutoNames()(Protect(Glossary())(Segmenter()(Document.from_text(text))))
    assert [t.en for t in doc.segments[0].terms] == [en]


@pytest.mark.parametrize("text", NOT_RARER)
def test_korean_and_vietnamese_words_that_sound_like_rarer_surnames_are_left(text):
    doc = AutoNames()(Protect(Glossary())(Segmenter()(Document.from_text(text))))
    assert doc.segments[0].terms == []


# Chinese names in the Western order sport news use (given name first): a two-syllable given name with a letter
# group only Palladius writes, then a one-syllable surname; English keeps the order the text has.
GIVEN_FIRST = [("Золото завоевал его соотечественник Вэньлун Ли.", "Вэньлун Ли", "Wenlong Li"),
               ("Китайская теннисистка Синьюй Ван вышла в полуфинал.", "Синьюй Ван", "Xinyu Wang"),
               ("Китайский спортсмен Цзиньши Бай поделился мнением о Казани.", "Цзиньши Бай", "Jinshi Bai")]


@pytest.mark.parametrize("text,name,en", GIVEN_FIRST)
def test_chinese_names_written_given_name_first(text, name, en):
    doc = AutoNames()(Protect(Glossary())(Segmenter()(Document.from_text(text))))
    assert [(t.source, t.en) for t in doc.segments[0].terms] == [(name, en)]


def test_a_surname_that_starts_the_next_name_is_not_taken_for_a_given_first_name():
    # Синьхуа (the agency) reads as a two-syllable given name; Ван starts the name after it
    doc = AutoNames()(Protect(Glossary())(Segmenter()(Document.from_text("Как сообщает Синьхуа Ван Цзылянь прибыл в Москву."))))
    assert [t.source for t in doc.segments[0].terms] == ["Ван Цзылянь"]
    # a Slavic first name the dictionary knows (Боян), Japanese given names: no Chinese names in Western order
    for text in ("Болгарин Боян Ли выступил вторым.", "Серебро взял японец Сёма Уно."):
        assert AutoNames()(Protect(Glossary())(Segmenter()(Document.from_text(text)))).segments[0].terms == []
