"""spam70: a host where a syllable goes under a country's or a new generic top-level domain, and a host inside a
name before its last syllable (:mod:`mtpipe.clean.spam_hostword`: ``web_tld``, ``host_in_name``).

langfresh38's two missed hosts ("Thời scommettendo.it qua đi", "nghĩa trang blazzio.com Dương.") and made-up hosts
of the same two shapes are flagged. Negatives (none may be flagged): real sites cited after a word that introduces
them (".it", ".de", ".fr" sources), e-mail addresses, files named by their extension, a cited site followed by its
verb or by a capitalised sentence, Vietnamese abbreviations joined by a dot."""

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.options import CleanOptions
from mtpipe.clean.spam_bigrams import load_bigrams
from mtpipe.clean.spam_hostword import host_in_name, web_tld
from mtpipe.document import Document


def _flags(text: str) -> list[str]:
    doc = Cleaner(CleanOptions(removal_policy="balanced"))(
        Document(doc_id="t", path="", raw_text=text, text=text, meta={"lang": "vi"}))
    return [e.text for e in doc.ledger if e.rule.startswith("spam.")]


SPAM = [
    # langfresh38 (in-sample): a country's TLD after a sentence's first syllable; a host before a name's last syllable
    ("Thời scommettendo.it qua đi, người dân đến thăm mộ cô nhiều hơn, bia đá được hình thành.", "scommettendo.it"),
    ("Xác các tù nhân bị chôn vùi khắp mọi nơi trong nghĩa trang blazzio.com Dương.", "blazzio.com"),
    # made up: other countries' and new generic TLDs where a syllable goes
    ("Mùa lopravinta.de này, nông dân trong xã bắt đầu thu hoạch lúa.", "lopravinta.de"),
    ("Người dân ở đây sống bằng nghề dệt thổ kasynoprime.pl từ bao đời nay.", "kasynoprime.pl"),
    ("Hội trường được trang trí bằng hoa tươi và đèn lồng đỏ trong suốt mùa luckyvault.city hội.", "luckyvault.city"),
    # made up: a host inside a name, after a site-introducing word and after other syllables
    ("Đoàn khách dừng chân tại trang trại của ông Lê spinorama.com Hùng.", "spinorama.com"),
    ("Sân bay quốc tế lớn nhất miền Trung nằm ở thành phố Đà wintrova.de, cách trung tâm 5 km.", "wintrova.de"),
    # made up, flagged by these rules alone (no other rule takes them)
    ("Thời gianluca.de qua đi, ngôi chùa vẫn đứng lặng lẽ bên bờ sông.", "gianluca.de"),
    ("Đoàn đã tới nghĩa trang pinovera.de Sơn.", "pinovera.de"),
    ("Người dân đi bộ ra nghĩa trang lucentra.net Đồng, nơi an táng các liệt sĩ.", "lucentra.net"),
    ("Mọi người đến viếng đông nhất ở nghĩa trang vitrona.com Sơn.", "vitrona.com"),
]


@pytest.mark.parametrize("text,tok", SPAM)
def test_host_in_a_syllable_slot_flagged(text: str, tok: str) -> None:
    assert tok in _flags(text)


REAL = [
    # a foreign source cited after a word that introduces it
    "Theo corriere.it, cầu thủ này sẽ gia nhập câu lạc bộ vào mùa hè tới.",
    "Thông tin được tờ spiegel.de đăng tải hôm thứ hai.",
    "Bài viết được đăng trên trang lemonde.fr vào tuần trước.",
    "Theo trang bbc.co.uk, cuộc bầu cử sẽ diễn ra vào tháng sau.",
    # a cited site followed by its verb, by a stop, or by a capitalised sentence
    "Trang vnexpress.net cho biết số ca mắc mới đã giảm mạnh.",
    "Mọi thông tin chi tiết có trên website dulichviet.com.vn. Hà Nội là điểm đến đầu tiên.",
    "Độc giả có thể truy cập thanhnien.vn để đọc toàn văn bài viết.",
    # an e-mail address
    "Mọi ý kiến đóng góp xin gửi về địa chỉ lienhe@baomoi.de để được giải đáp.",
    # files named by their extension (a file of another type between two syllables, "tệp baocao.json về", is flagged
    # before spam70 too, by other rules)
    "Sau đó chạy tệp build.sh rồi mở tệp app.js trong trình soạn thảo.",
    # Vietnamese abbreviations joined by a dot
    "Ông được phong hàm pgs.ts năm 2010 tại tp.hcm sau nhiều năm công tác.",
]


@pytest.mark.parametrize("text", REAL)
def test_named_site_or_file_not_flagged(text: str) -> None:
    assert _flags(text) == []


def test_web_tld() -> None:
    assert all(web_tld(t) for t in ("com", "it", "de", "pl", "city", "click", "finance"))
    assert not any(web_tld(t) for t in ("js", "py", "sh", "exe", "jpg", "txt", "json", "html", "hcm"))


def test_host_in_name_wants_one_closing_capitalised_syllable() -> None:
    known = load_bigrams().uni
    text = "Khách ghé thăm nghĩa trang blazzio.com Dương."
    a = text.index("blazzio.com")
    assert host_in_name(text, a, a + len("blazzio.com"), known)
    for text in ("Khách ghé thăm trang blazzio.com Dương Minh Châu.",  # a name of several syllables goes on
                 "Khách ghé thăm trang blazzio.com để đặt vé.",  # a verb after the site
                 "Khách ghé thăm trang blazzio.com.",  # a stop after the site
                 "Khách ghé thăm trang vnexpress.net Dương."):  # a local site
        tok = next(w for w in text.split() if "." in w.rstrip("."))
        a = text.index(tok)
        assert not host_in_name(text, a, a + len(tok), known), text


OPENER_SPAM = [
    # langfresh38 (in-sample): a gambling slug for a sentence's second syllable ("Cây cối")
    ("Cây eat-sleep-bet im lìm nhưng người dân nơi đây vẫn tất bật với công việc thường ngày.", "eat-sleep-bet"),
    # made up: a slug, a host under a country's TLD, letters and figures, in the same slot
    ("Mùa spinfair-bet năm nay đến sớm hơn mọi năm nên nông dân rất vui mừng.", "spinfair-bet"),
    ("Bản goldriver.pl nằm bên bờ suối, có hơn ba mươi hộ dân sinh sống.", "goldriver.pl"),
    ("Lễ kubet79vn hội được tổ chức vào mùng mười tháng giêng hằng năm.", "kubet79vn"),
    # made up, flagged by opener_slot alone
    ("Cây dream-poker-bet xanh tốt quanh năm nhờ khí hậu ôn hòa.", "dream-poker-bet"),
    ("Thời win-spin-bet qua đi, người dân vẫn nhớ về ngôi làng cũ.", "win-spin-bet"),
    ("Nhà sunny-casino-bet ông nằm ở cuối con đường làng.", "sunny-casino-bet"),
]


@pytest.mark.parametrize("text,tok", OPENER_SPAM)
def test_site_shape_for_a_sentences_second_syllable_flagged(text: str, tok: str) -> None:
    assert tok in _flags(text)


OPENER_REAL = [
    # a site named after a word that introduces one, at a sentence's start
    "Theo spiegel.de cho biết, chính phủ sẽ công bố kế hoạch mới vào tuần sau.",
    # hyphenated English loans and a camel-case product's name after a sentence's first syllable
    "Tai nghe in-ear giúp cách âm tốt hơn khi đi tàu xe.",
    "Khách check-in tại quầy lễ tân từ hai giờ chiều.",
    "Xe VinFast được bán ra tại nhiều nước châu Âu.",
    "Ứng dụng ChatGPT được nhiều sinh viên sử dụng để học tiếng Anh.",
    # an e-mail address after a sentence's first syllable
    "Gửi hotro@baomoi.de để được giải đáp mọi thắc mắc.",
]


@pytest.mark.parametrize("text", OPENER_REAL)
def test_named_site_loan_or_brand_after_the_first_syllable_not_flagged(text: str) -> None:
    assert _flags(text) == []
