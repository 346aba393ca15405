"""Language ID restricted to the configured languages, with a script check; traditional -> simplified."""

import pytest

from mtpipe.langid import detect, script_counts
from mtpipe.scripts import to_simplified

# (text, expected language)
CASES = [
    ("Мэр Ван Цзылянь провёл совещание в Чанчуне.", "ru"),
    ("Г-н Ван.", "ru"),
    ("Bí thư Thành ủy Hà Quang Trung chủ trì cuộc họp.", "vi"),
    ("Thanh pho Ho Chi Minh la thanh pho lon nhat Viet Nam va la trung tam kinh te", "vi"),
    ("The mayor held a meeting on investment promotion.", "en"),
    ("Hello.", "en"),
    ("市长王子联主持召开会议。", "zh"),
    ("王子聯視察了長春新區。", "zh"),
    ("习近平会见了 Donald Trump 和 Emmanuel Macron。", "zh"),  # Latin names inside Chinese
    ("被告的姓名分别是 Baba Kanjar、Bhutha Kanjar、Rampro Kanjar、Gaza Kanjar 和 Vishnu Kanjar。", "zh"),
    ("Си Цзиньпин (Xi Jinping) выступил с речью.", "ru"),
    ("Zhou Zhihong, Phó Bí thư Thành ủy, Thị trưởng, tham dự cuộc họp.", "vi"),  # pinyin names in Vietnamese
    ("Jilin Daily June 29 news (reporter Miao Youyin) This morning the ceremony was held.", "en"),
    ("2024-05-29 23:53", "und"),
    ("", "und"),
    ("!!! ... 123", "und"),
]


@pytest.mark.parametrize("text,lang", CASES, ids=[f"{c[1]}-{i}" for i, c in enumerate(CASES)])
def test_detect(text, lang):
    assert detect(text) == lang


def test_only_configured_languages_are_returned():
    assert detect("Мэр провёл совещание.", ("en", "vi")) in ("en", "vi")
    assert detect("The mayor spoke.", ("en",)) == "en"
    assert detect("Bí thư chủ trì cuộc họp.", ("ru", "vi", "en", "zh")) == "vi"


def test_script_check_beats_the_statistical_model():
    # a Cyrillic sentence is never called Vietnamese, whatever py3langid thinks
    assert detect("Ок", ("ru", "vi")) == "ru"
    assert script_counts("Ваn 王 ă")["han"] == 1 and script_counts("ă")["vi"] == 1


TRADITIONAL = [
    ("王子聯視察了長春新區，強調要加快發展。", "王子联视察了长春新区，强调要加快发展。"),
    ("國際合作示範區", "国际合作示范区"),
    ("简体中文不变", "简体中文不变"),
    ("", ""),
]


@pytest.mark.parametrize("trad,simp", TRADITIONAL)
def test_to_simplified(trad, simp):
    assert to_simplified(trad) == simp


# languages mtpipe does not translate: told by their letters, never called ru/zh/en
OTHERS = [
    ("한국 정부는 중국과의 경제 협력을 강화하기로 했다.", "ko"),
    ("中国国務院台湾事務弁公室の報道官は3日の記者会見で発言した。", "ja"),
    ("Сі Цзіньпін наступного року відвідає Росію з візитом, заявив посол.", "uk"),
    ("Қазақстан Республикасының Президенті Пекинге ресми сапармен барды.", "kk"),
    ("Татарстан Республикасы Президенты Кытайга җитди сәфәр белән барды.", "tt"),
    ("Беларусь і Кітай падпісалі пагадненне аб супрацоўніцтве.", "be"),
    ("Չինաստանի նախագահն այս շաբաթ կայցելի Մոսկվա։", "hy"),
    ("Η Κίνα και η Ρωσία υπέγραψαν νέα συμφωνία.", "el"),
    # Cyrillic without Ukrainian/Kazakh letters: Bulgarian (a page of the cleaning benchmark, and the
    # Universal Declaration of Human Rights, article 1, with no hard sign at all), Serbian, Macedonian
    ("Нови технически средства получиха децата и младежите, настанени в социални услуги от резидентен "
     "тип, съобщиха от Община Хасково.", "bg"),
    ("Всички хора се раждат свободни и равни по достойнство и права.", "bg"),
    ("Сва људска бића рађају се слободна и једнака у достојанству и правима.", "sr"),
    ("Сите човечки суштества се раѓаат слободни и еднакви по достоинство и права.", "mk"),
    # Latin script, neither English nor Vietnamese (UDHR article 1; news sentences of the benchmark)
    ("Alle Menschen sind frei und gleich an Würde und Rechten geboren.", "de"),
    ("Unbekannte Täter sind am Samstag zwischen 11.00 Uhr und 19.00 Uhr in ein Wohnhaus eingebrochen.", "de"),
    ("Tous les êtres humains naissent libres et égaux en dignité et en droits.", "fr"),
    ("Londres - Manchester United a raté l'occasion de prendre la deuxième place au classement.", "fr"),
    ("Todos los seres humanos nacen libres e iguales en dignidad y derechos.", "es"),
    ("Decenas de miles de bielorrusos se han reunido este domingo en Minsk.", "es"),
    ("Nueva conversación con Putin", "es"),  # a short heading: told by a letter English does not write
    ("Tutti gli esseri umani nascono liberi ed eguali in dignità e diritti.", "it"),
    ("Todos os seres humanos nascem livres e iguais em dignidade e em direitos.", "pt"),
    ("Wszyscy ludzie rodzą się wolni i równi pod względem swej godności i swych praw.", "pl"),
    ("Bütün insanlar hür, haysiyet ve haklar bakımından eşit doğarlar.", "tr"),
    ("Alle mensen worden vrij en gelijk in waardigheid en rechten geboren.", "nl"),
]


@pytest.mark.parametrize("text,lang", OTHERS, ids=[c[1] for c in OTHERS])
def test_identify_other_languages(text, lang):
    from mtpipe.langid import identify

    assert identify(text) == lang
    assert detect(text) in ("ru", "vi", "en", "zh")  # detect() itself stays within the configured languages


# English and Russian that must not be taken for a neighbour: names with accents, German or
# Portuguese names, "Ъ" (Kommersant), Russian sentences without ы, э or ё
NOT_OTHER = [
    ("José Mourinho said the team had played well despite the defeat.", "en"),
    ("São Paulo and Bogotá are large cities.", "en"),
    ("Müller scored twice as Bayern beat Dortmund.", "en"),
    ("Angela Merkel und Emmanuel Macron", "en"),
    ("Commonwealth Secretary-General Patricia Scotland presented the awards.", "en"),
    ("Все люди рождаются свободными и равными в своем достоинстве и правах.", "ru"),
    ("Коммерсантъ сообщил, что сделка закрыта до конца месяца, пишет „Ъ“.", "ru"),
    ("Подробнее о том, как подать заявку на получение арендного жилья для работающей молодежи.", "ru"),
    ("Индонезия и Малайзия подписали соглашение о сотрудничестве.", "ru"),
]


@pytest.mark.parametrize("text,lang", NOT_OTHER, ids=[c[0][:20] for c in NOT_OTHER])
def test_english_and_russian_are_not_taken_for_neighbours(text, lang):
    from mtpipe.langid import identify

    assert identify(text) == lang


def test_indonesian_has_no_letter_of_its_own_but_is_not_english():
    from mtpipe.langid import identify

    assert identify("Semua orang dilahirkan merdeka dan mempunyai martabat dan hak-hak yang sama.") in ("id", "ms")


RUSSIAN_WITH_LATIN = [
    "Компания Tesla Motors Inc. и Apple Inc. открыли офисы в Changchun и Shenzhen.",
    "Подробности на сайте https://www.example.com/news/2024/05/china-trade-deal-signed-today.html",
    "Пишите нам: press-office@example-company.com или звоните.",
    "Смартфоны Xiaomi Redmi Note 12 Pro и Huawei P60 Pro вышли в России.",
    "Мэр провёл совещание в Киеве, Київ.",  # one Ukrainian letter does not make the sentence Ukrainian
]


@pytest.mark.parametrize("text", RUSSIAN_WITH_LATIN)
def test_russian_with_urls_and_latin_names_stays_ru(text):
    from mtpipe.langid import identify

    assert identify(text) == "ru"


def test_segments_of_other_languages_flagged_and_counted():
    from mtpipe.clean import Cleaner
    from mtpipe.document import Document
    from mtpipe.segment import Segmenter

    text = ("Сі Цзіньпін наступного року відвідає Росію, заявив посол.\nСвіт\n\n"
            "Мэр провёл совещание.\n\n한국 정부는 중국과의 경제 협력을 강화하기로 했다.")
    doc = Segmenter()(Cleaner()(Document.from_text(text)))
    got = [(s.src_lang, "unsupported_language" in s.flags) for s in doc.segments]
    assert got == [("uk", True), ("uk", True), ("ru", False), ("ko", True)]
    assert doc.meta["unsupported_languages"] == {"ko": 1, "uk": 2}
    assert any("uk 2" in w and "ko 1" in w for w in doc.warnings)


def test_latin_and_cyrillic_neighbours_are_flagged_and_never_a_target():
    from mtpipe.clean import Cleaner
    from mtpipe.document import Document
    from mtpipe.segment import Segmenter

    text = ("Мэр провёл совещание в администрации города.\n\n"
            "Die Bundesregierung hat am Mittwoch neue Sanktionen beschlossen.\n\n"
            "Всички хора се раждат свободни и равни по достойнство и права.\n\n"
            "Le gouvernement a annoncé mercredi de nouvelles mesures.")
    doc = Segmenter()(Cleaner()(Document.from_text(text)))
    got = [(s.src_lang, "unsupported_language" in s.flags) for s in doc.segments]
    assert got == [("ru", False), ("de", True), ("bg", True), ("fr", True)]
    assert doc.meta["unsupported_languages"] == {"de": 1, "bg": 1, "fr": 1}


# Sentences of real Ukrainian and Bulgarian news pages (benchmarks/data/realpages, html part, and the
# same kind of text) that have at most one letter of their own: alone they read as Russian, in their
# page they are what the page is; Russian sentences quoted in such a page stay Russian.
IN_PAGE = [
    ("Це брехня, нічого вони не скасували.", "uk", "uk"),
    ("Про це повідомляють Контракти.UA.", "uk", "uk"),
    ("Вона заявила про це на брифінгу в понеділок.", "uk", "uk"),
    ("Община Хасково осигури компютри и таблети на деца в социални общежития", "bg", "bg"),
    ("будет вынужден героически с ней бороться.", "uk", "ru"),  # ы: Russian's own letter
    ("И всё таки, без очищения и избавления от скверны и балласта, человечеству не обойтись.", "uk", "ru"),
    ("В 2016 году партия официально дала ему титул «основного» лидера.", "uk", "ru"),
    ("Нововведения вступят в силу 15 сентября.", "uk", "ru"),
    ("Си Цзиньпин едет в Великобританию", "ru", "ru"),  # a Russian page: nothing to reconsider
    # Ukrainian function words written in letters Russian shares (round 5): no letter of its own needed
    ("Вони вже подали позов до суду.", "uk", "uk"),
    ("Хто знає, коли буде засідання?", "uk", "uk"),
    ("Це дуже важливо для нас.", "uk", "uk"),
    ("Кто знает, когда будет заседание?", "uk", "ru"),  # the same in Russian stays Russian
    ("Они уже подали иск в суд.", "uk", "ru"),
]


@pytest.mark.parametrize("text,page,expected", IN_PAGE)
def test_the_page_language_decides_for_cyrillic_without_russian_letters(text, page, expected):
    from mtpipe.langid import identify, with_document_prior

    assert with_document_prior(text, identify(text), page) == expected


def test_segmenter_uses_the_page_language_for_a_ukrainian_sentence_with_one_i():
    from mtpipe.document import Document
    from mtpipe.segment import Segmenter

    text = ("Верховна Рада ухвалила закон про національну безпеку України у другому читанні.\n"
            "Це брехня, нічого вони не скасували.\n")
    doc = Segmenter()(Document(doc_id="p.txt", text=text, raw_text=text))
    assert [s.src_lang for s in doc.segments] == ["uk", "uk"]
    assert all("unsupported_language" in s.flags for s in doc.segments)
