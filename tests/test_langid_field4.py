"""Language ID on web lines met in field trial 4 (docs/field-trial-4.md): a Russian or Vietnamese
line with a site address of several labels (``russian.china.org.cn``) or a few Latin words is not
called Uzbek, Azerbaijani or any other Latin-script language, which would leave it out of every
target as `unsupported_language`."""

from __future__ import annotations

import pytest

from mtpipe.langid import detect, identify

LINES = [
    ("share В Китае> Новости> russian.china.org.cn | 23.", "ru"),
    ("Подпишитесь на China.org.cn в Вконтакт", "ru"),
    ("Источник: russian.news.cn | Синьхуа", "ru"),
    ("Читайте нас в Telegram и на news.sina.com.cn каждый день", "ru"),
    ("Главная > Новости > В мире > Китай | Подробнее на ria.ru", "ru"),
    ("Theo baomoi.zadn.vn và tuoitre.vn đưa tin hôm nay", "vi"),
    ("Nguồn: vietnamplus.vn | Share Facebook Twitter", "vi"),
]


@pytest.mark.parametrize("text,lang", LINES)
def test_lines_with_addresses_keep_their_language(text, lang):
    assert identify(text) == lang, (text, detect(text))


DOMAINS = ["russian.china.org.cn", "news.sina.com.cn", "baomoi.zadn.vn", "m.vietnamnet.vn", "www.fmprc.gov.cn"]


@pytest.mark.parametrize("domain", DOMAINS)
def test_an_address_of_several_labels_does_not_count_towards_the_language(domain):
    # Latin letters of the address would outnumber the Cyrillic ones
    assert detect(f"Новости Китая {domain}") == "ru"


MIXED = [
    "Share Facebook Twitter Telegram Одноклассники ВКонтакте",
    "Источник: Global Times, South China Morning Post",
    "Ключевые слова: Xi Jinping, Belt and Road Initiative, BRICS summit",
    "Фото: Reuters / Thomas Peter / Pool via AP Images / Getty",
    "Читать далее: Xinhua News Agency, China Daily, People's Daily Online",
]


@pytest.mark.parametrize("text", MIXED)
def test_russian_lines_full_of_english_names_are_not_another_latin_language(text):
    """The Latin words of a Russian line are names or English; py3langid, asked to choose among
    Latin-script languages for a text that is partly Cyrillic, says Uzbek (its training data has
    Uzbek in Cyrillic too)."""
    assert identify(text) in ("ru", "en"), text


OTHER_LATIN = [
    ("Der chinesische Präsident besuchte gestern die Provinz und sprach mit den Bauern über die Ernte.", "de"),
    ("Le président chinois a visité hier la province et a parlé avec les paysans de la récolte.", "fr"),
]


@pytest.mark.parametrize("text,lang", OTHER_LATIN)
def test_latin_languages_outside_the_set_are_still_told(text, lang):
    assert identify(text) == lang
