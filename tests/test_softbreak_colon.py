"""Soft breaks after a colon, and counters under a title (:func:`mtpipe.clean.softbreak.soft_breaks`, branch
``seg23``): a line of running text that ends with a colon and that the next line finishes in lower case is one
sentence; a label, a comment's header, a list the colon opens and a line that ends no sentence stay apart; a counter
in lower case under a title ("lượt xem 4") is not joined to it.

Read on held19 (``h19vi06``, ``h19vi09``); the lines here are written for the tests."""

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.softbreak import soft_breaks
from mtpipe.document import Document
from mtpipe.segment import Segmenter

CASES = [
    # (text, joined line indexes: the newline after line k)
    ("• Sau khi nhận được đơn hàng, nhân viên sẽ liên hệ với bạn :\n"
     "    trong vòng 24 giờ kể từ khi đặt hàng thành công .", [0]),
    ("Доставка по городу осуществляется курьером в течение дня:\n"
     "после подтверждения заказа оператором по телефону.", [0]),
    # a label of two words, a comment's header: the colon opens what follows
    ("Состав продукта:\nмука пшеничная высшего сорта и сахар.", []),
    ("Maria Lopez wrote :\nthanks for the great tutorial, it helped.", []),
    # a list the colon opens: the next line goes on and so does the one after it
    ("Для поездки вам обязательно понадобятся следующие документы:\nзаграничный паспорт с визой.\n"
     "медицинская страховка на весь срок поездки.", []),
    # the next line ends no sentence, or is a list item
    ("Иван Петров написал в комментарии к этому посту:\nотличная статья спасибо автору", []),
    ("Các bước đặt hàng tại cửa hàng của chúng tôi như sau:\n- chọn sản phẩm và thêm vào giỏ hàng.", []),
    # a counter in lower case under a title is furniture, the title ends there
    ("Hướng dẫn cài đặt máy in qua mạng nội bộ\nlượt xem 12\ntải về", []),
    ("Новая школа искусств откроется в Орле\nпросмотров: 57", []),
    # a lower-case continuation is still joined
    ("Тысячи жителей города вышли на\nсубботник в минувшие выходные.", [0]),
]


@pytest.mark.parametrize("text,joined", CASES)
def test_colon_and_counter_breaks(text, joined):
    starts = [0]
    for line in text.split("\n")[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    assert soft_breaks(text) == [starts[k + 1] - 1 for k in joined]


def test_colon_join_gives_one_sentence_with_exact_offsets():
    raw = ("Chính sách giao hàng\n\n• Cửa hàng sẽ giao sản phẩm tới tận nhà của khách hàng :\n"
           "    sau khi khách hàng xác nhận đơn và thanh toán bằng chuyển khoản .\n")
    doc = Segmenter()(Cleaner()(Document.from_text(raw, doc_id="colon")))
    sources = [s.source for s in doc.segments]
    assert any(s.startswith("• Cửa hàng") and s.endswith("chuyển khoản .") for s in sources), sources
    for s in doc.segments:
        assert doc.text[s.start:s.end] == s.source
