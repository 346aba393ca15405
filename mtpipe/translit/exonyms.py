"""Traditional forms that do not follow the transliteration rules.

Each row: hanzi (without administrative suffix), English, Russian, Vietnamese; an
empty field means "use the rules".  Russian keeps the old exonyms (Пекин, not
Бэйцзин); English keeps the established spellings (Tibet, Hong Kong, Shaanxi,
which pinyin cannot tell from Shanxi); Vietnamese keeps the forms its press uses
(Hồng Kông, Ma Cao).
"""

from __future__ import annotations

__all__ = ["EXONYMS", "by_zh", "by_ru", "by_en", "by_vi"]

EXONYMS: tuple[tuple[str, str, str, str], ...] = (
    ("北京", "Beijing", "Пекин", "Bắc Kinh"),
    ("南京", "Nanjing", "Нанкин", "Nam Kinh"),
    ("哈尔滨", "Harbin", "Харбин", "Cáp Nhĩ Tân"),
    ("香港", "Hong Kong", "Гонконг", "Hồng Kông"),
    ("澳门", "Macao", "Макао", "Ma Cao"),
    ("西藏", "Tibet", "Тибет", "Tây Tạng"),
    ("安徽", "Anhui", "Аньхой", "An Huy"),
    ("陕西", "Shaanxi", "Шэньси", "Thiểm Tây"),
    ("内蒙古", "Inner Mongolia", "Внутренняя Монголия", "Nội Mông Cổ"),
    ("呼和浩特", "Hohhot", "Хух-Хото", "Hohhot"),
    ("拉萨", "Lhasa", "Лхаса", "Lhasa"),
    ("乌鲁木齐", "Urumqi", "Урумчи", "Urumqi"),
    ("齐齐哈尔", "Qiqihar", "Цицикар", ""),
    ("长江", "Yangtze", "Янцзы", "Trường Giang"),
    ("孙中山", "Sun Yat-sen", "Сунь Ятсен", "Tôn Trung Sơn"),
    ("孙逸仙", "Sun Yat-sen", "Сунь Ятсен", "Tôn Dật Tiên"),
    ("蒋介石", "Chiang Kai-shek", "Чан Кайши", "Tưởng Giới Thạch"),
    ("台北", "Taipei", "Тайбэй", "Đài Bắc"),
    ("喀什", "Kashgar", "Кашгар", "Kashgar"),
    ("吐鲁番", "Turpan", "Турфан", "Turpan"),
    ("鄂尔多斯", "Ordos", "Ордос", "Ordos"),
    ("满洲里", "Manzhouli", "Маньчжурия", "Mãn Châu Lý"),
    ("黄河", "Yellow River", "Хуанхэ", "Hoàng Hà"),
    ("鲁迅", "Lu Xun", "Лу Синь", "Lỗ Tấn"),
    ("李白", "Li Bai", "Ли Бо", "Lý Bạch"),
    ("白居易", "Bai Juyi", "Бо Цзюйи", "Bạch Cư Dị"),
    ("孔子", "Confucius", "Конфуций", "Khổng Tử"),
    ("老子", "Laozi", "Лао-цзы", "Lão Tử"),
    ("孟子", "Mencius", "Мэн-цзы", "Mạnh Tử"),
    ("诸葛亮", "Zhuge Liang", "Чжугэ Лян", "Gia Cát Lượng"),
    ("台湾", "Taiwan", "Тайвань", "Đài Loan"),
    ("广州", "Guangzhou", "Гуанчжоу", "Quảng Châu"),
    ("重庆", "Chongqing", "Чунцин", "Trùng Khánh"),
    ("东莞", "Dongguan", "Дунгуань", "Đông Quản"),
    ("深圳", "Shenzhen", "Шэньчжэнь", "Thâm Quyến"),
    ("珠江", "Pearl River", "Жемчужная", "Châu Giang"),
    ("六安", "Lu'an", "Луань", "Lục An"),  # reverse Palladius would read Luan (fewest syllables)
    ("景德镇", "Jingdezhen", "Цзиндэчжэнь", "Cảnh Đức Trấn"),  # 镇 is part of the name, not "Town"
    ("黑龙江", "Heilongjiang", "Хэйлунцзян", "Hắc Long Giang"),
    # alternative Russian spellings (rows after the first for a hanzi only serve the reverse direction)
    ("香港", "Hong Kong", "Сянган", ""),
    ("澳门", "Macao", "Аомынь", ""),
    ("澳门", "Macao", "Макау", ""),
    ("西藏", "Tibet", "Сицзан", ""),
    ("内蒙古", "Inner Mongolia", "Нэймэнгу", ""),
    ("呼和浩特", "Hohhot", "Хух-Хото", ""),
    ("呼和浩特", "Hohhot", "Хухэхаотэ", ""),
    ("孙中山", "Sun Yat-sen", "Сунь Ят-сен", ""),
    ("孙中山", "Sun Yat-sen", "Сунь Чжуншань", ""),
    ("蒋介石", "Chiang Kai-shek", "Чан Кай-ши", ""),
    ("蒋介石", "Chiang Kai-shek", "Цзян Цзеши", ""),
    ("台北", "Taipei", "Тайбей", ""),
)


def _index(col: int) -> dict[str, tuple[str, str, str, str]]:
    out: dict[str, tuple[str, str, str, str]] = {}
    for row in EXONYMS:
        if row[col]:
            out.setdefault(row[col] if col == 0 else row[col].lower(), row)
    return out


def by_zh(hanzi: str) -> tuple[str, str, str, str] | None:
    """The exonym row for ``hanzi``, if any."""
    return _index(0).get(hanzi)


def by_ru(text: str) -> tuple[str, str, str, str] | None:
    """The exonym row whose Russian form is ``text`` (case-insensitive)."""
    return _index(2).get(text.lower().replace("ё", "е"))


def by_en(text: str) -> tuple[str, str, str, str] | None:
    """The exonym row whose English form is ``text`` (case-insensitive)."""
    return _index(1).get(text.lower())


def by_vi(text: str) -> tuple[str, str, str, str] | None:
    """The exonym row whose Vietnamese form is ``text`` (case-insensitive)."""
    return _index(3).get(text.lower())
