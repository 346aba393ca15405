"""spam93: two classes of real look-alikes of single spam tokens in Vietnamese text, vetoed by
mtpipe.clean.spam_lookalike: biology's Latin names of taxa (mtpipe.clean.spam_taxon: WordNet's taxa and the rank
endings of the codes of nomenclature; a species' epithet after its genus) and a firm's own name right after its legal
form (mtpipe.clean.spam_firm). The sentences are from Vietnamese news (spam82's snapshots) where the cleaner before
spam93 flagged the name in its article; each sentence alone is flagged before spam93 too (benchmarks/notes/spam93.md).

Negatives keep the shape and the place: an invented word in the taxon's or the firm's slot, an epithet after a word
of no genus, a host or a gambling brand after a legal form -- still flagged."""

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.options import CleanOptions
from mtpipe.clean.spam_firm import firm_name
from mtpipe.clean.spam_taxon import scientific_name, taxa
from mtpipe.document import Document


def _flags(text: str) -> list[str]:
    doc = Cleaner(CleanOptions(removal_policy="balanced"))(
        Document(doc_id="t", path="", raw_text=text, text=text, meta={"lang": "vi"}))
    return [e.text for e in doc.ledger if e.rule.startswith("spam.")]


REAL = [  # (sentence, the name flagged before spam93)
    ("Rắn đuôi chuông là nhóm rắn độc thuộc các chi Crotalus và Sistrurus.", "Crotalus"),
    ("Thuộc họ cải Brassicaceae hay chữ thập, được trồng phổ biến khắp nước ta.", "Brassicaceae"),
    ("Cây biwa có tên khoa học là Eriobotrya japonica thuộc họ thực vật Rosaceae, có nguồn gốc từ vùng Đông Nam "
     "Trung Quốc.", "Rosaceae"),
    ("Cây Nữ lang có tên khoa học là Valeriana officinalis, là thành viên trong họ Valerianaceae, sống chủ yếu ở "
     "châu Âu, Bắc Mỹ.", "Valerianaceae"),
    ("Cây sâm Ngọc Linh được biết đến ở đới độ cao 1.800 thuộc dãy Ngọc Linh và đặt tên là Panax articulatus Kim "
     "Long Đào.", "articulatus"),
    ("Các loài gồm Anhinga rufa là chim cổ rắn châu Phi và Anhinga novaehollandiae là chim cổ rắn Úc.",
     "novaehollandiae"),
    ("Cử tri Lê Thị Huệ (Công ty trách nhiệm hữu hạn Everbest Việt Nam) kiến nghị Quốc hội xem xét chính sách.",
     "Everbest"),
    ("Cục Quản lý cạnh tranh thông báo về việc chấm dứt hoạt động bán hàng đa cấp của Công ty TNHH Zija Quốc tế.",
     "Zija"),
]

PASTED = [  # (sentence, token): the same places, no taxon and no firm
    ("Rắn đuôi chuông là nhóm rắn độc thuộc các chi Wintolus và Sistrurus.", "Wintolus"),
    ("Cây sâm được biết đến chính thức ở Việt Nam và đặt tên là sâm kuwinok theo tên người tìm ra.", "kuwinok"),
    ("Giám đốc công ty TNHH Gamedoithuong.com Phú cho biết công ty chúng tôi làm ăn đúng luật.", "Gamedoithuong.com"),
    ("Cục Quản lý cạnh tranh thông báo về việc chấm dứt hoạt động bán hàng đa cấp của Công ty TNHH Kubet Quốc tế.",
     "Kubet"),
]


@pytest.mark.parametrize("text,name", REAL)
def test_real_name_not_flagged(text: str, name: str) -> None:
    assert _flags(text) == []


@pytest.mark.parametrize("text,tok", PASTED)
def test_pasted_token_still_flagged(text: str, tok: str) -> None:
    assert tok in _flags(text)


def _at(text: str, tok: str) -> tuple[str, int, int]:
    a = text.index(tok)
    return text, a, a + len(tok)


def test_taxon_shape() -> None:
    assert "Bacillus" in taxa() and "Lactobacillaceae" in taxa()
    assert "Paris" not in taxa() and "Venus" not in taxa()  # a city, a planet too: WordNet names them otherwise
    assert scientific_name(*_at("thuộc bộ Lactobacillales, họ", "Lactobacillales"))  # an order by its ending (ICN)
    assert scientific_name(*_at("chủng vi khuẩn Bacillus subtilis Ba-B2013", "subtilis"))
    assert scientific_name(*_at("Bacillus subtilis mọc tốt; B. subtilis còn", "subtilis"))  # the genus written before
    assert not scientific_name(*_at("chủng B. subtilis còn", "subtilis"))  # an initial of no genus named
    assert not scientific_name(*_at("tại Paris jellona", "jellona"))  # after a name WordNet gives a city too
    assert not scientific_name(*_at("chủng vi khuẩn Bacillus, subtilis", "subtilis"))  # one space after the genus
    assert not scientific_name(*_at("ở Bales thì", "Bales"))  # a rank ending wants four letters of stem
    assert not scientific_name(*_at("dùng LACTOBACILLACEAE", "LACTOBACILLACEAE"))  # one capital, then lower case


def test_firm_shape() -> None:
    assert firm_name(*_at("là Công ty Cổ phần Greenfeed Việt Nam", "Greenfeed"))
    assert firm_name(*_at("Công ty TNHH MTV Koyu", "Koyu"))
    assert firm_name(*_at("Công ty TNHH một thành viên Koyu", "Koyu"))
    assert not firm_name(*_at("ở công ty Koyu và", "Koyu"))  # no legal form
    assert not firm_name(*_at("Công ty CP Win365 và", "Win365"))  # figures
    assert not firm_name(*_at("Công ty CP Betvina và", "Betvina"))  # a trade's word
