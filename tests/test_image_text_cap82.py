"""cap82: the article's last paragraph under its last photo is no caption (``captions.under_image``'s guard,
:mod:`mtpipe.clean.image_text`).  Made-up pages (ru, vi, en); the negatives are real captions' shapes ending in a stop
under a last photo, which keep their mark."""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.captions import judge
from mtpipe.clean.image_text import sentences, text_paragraph
from mtpipe.document import Document

_RU = ["Вдоль набережной высадили липы",
       "В субботу на набережной реки высадили сорок лип, работы вели волонтёры и сотрудники городского парка.",
       "Деревья привезли из питомника под Липецком, каждое из них уже выше двух метров.",
       "/upload/iblock/2024/lipy_01.JPG"]
_VI = ["Ra quân làm sạch kênh mương ở xã Hòa Bình",
       "Sáng 12/3, đoàn viên thanh niên xã Hòa Bình đã ra quân dọn vệ sinh dọc tuyến kênh chính của xã.",
       "Hơn 200 người đã tham gia, thu gom gần ba tấn rác thải và trồng mới 150 cây xanh ven bờ kênh.",
       "![Ra quân dọn kênh](/uploads/2024/03/ra-quan-2.jpg)"]
_EN = ["Volunteers plant lime trees on the embankment",
       "On Saturday about sixty volunteers planted forty lime trees along the river embankment in the town centre.",
       "The trees came from a nursery near the city, and each of them is already more than two metres tall.",
       "lime-trees-02.jpg"]

CLOSING = [
    (_RU, "Следующий сквер планируют открыть осенью, сообщили в мэрии."),
    (_RU, "По словам главы района, полив деревьев возьмёт на себя соседняя школа."),
    (_RU, "Следующую аллею высадят осенью на противоположном берегу реки, там уже готовят ямы для саженцев. "
          "Деньги на деревья жители собрали на ярмарке ко Дню города."),
    (_VI, "Đợt ra quân tiếp theo sẽ diễn ra vào cuối tháng 4, ông Nguyễn Văn Bình, Bí thư Đoàn xã cho biết."),
    (_VI, "Xã sẽ tiếp tục tổ chức các đợt ra quân vào mỗi tháng. "
          "Người dân cũng được vận động không xả rác xuống kênh."),
    (_EN, "The next square will open in the autumn, a spokesman for the town hall said."),
    (_EN, "The school next door will water the trees through the summer. Residents raised the money at a fair."),
]
CAPTIONS = [
    (_RU, "Волонтёры высаживают липы на набережной."),
    (_RU, "Губернатор области А. Травников осматривает новый сквер на набережной."),  # an initial, no second sentence
    (_RU, "Участники акции на набережной. Фото: пресс-служба мэрии."),  # a credit after the caption
    (_RU, "Так будет выглядеть сквер на ул. Ленина после реконструкции."),  # a rendering's caption, an abbreviation
    (_VI, "Đoàn viên thanh niên thu gom rác dọc tuyến kênh chính của xã. Ảnh: Thu Hà."),
    (_VI, "Ông Nguyễn Văn Bình, Bí thư Đoàn xã phát biểu tại lễ ra quân."),
    (_EN, "Volunteers plant lime trees along the river embankment on Saturday."),
    (_EN, "Mayor John Smith (left) with volunteers at the opening of the square. (Photo: J. Doe)"),
    # two sentences, yet a caption's marks: a person's place in the picture, a credit after a stop (t28ru48's shape)
    (_RU, "Глава района Иван Петров осматривает новые липы. Саженцы привезли из питомника. Фото: Анна Смирнова"),
    (_EN, "Mayor John Smith (left) talks to volunteers at the square. The trees came from a nursery near the city."),
    (_VI, "Ông Nguyễn Văn Bình (thứ hai từ trái) cùng đoàn viên dọn rác. Cả xã cùng tham gia dọn kênh. Ảnh: Thu Hà"),
]


def _page(head: list[str], last: str) -> str:
    return "\n\n".join(head + [last]) + "\n"


@pytest.mark.parametrize("head,line", CLOSING)
def test_closing_paragraph_under_the_last_photo_stays(head, line):
    assert text_paragraph(line)
    assert judge(head + [line], {}).get(len(head), ("",))[0] != "captions.under_image"
    for policy in ("weighed", "balanced"):
        doc = Cleaner(CleanOptions(removal_policy=policy))(Document.from_text(_page(head, line), doc_id="p.txt"))
        kept = [doc.text[a:b].strip() for a, b in doc.meta["kept"]]
        assert line in kept, policy


@pytest.mark.parametrize("head,line", CAPTIONS)
def test_caption_under_the_last_photo_still_goes(head, line):
    assert not text_paragraph(line)
    assert judge(head + [line], {}).get(len(head), ("",))[0] == "captions.under_image"


def test_caption_over_a_subheading_still_goes():
    # h13vi02's shape: one sentence with a finite verb under the image, a subheading under it (clutter on dev)
    cap = "Ông Nguyễn Văn Luật giới thiệu về trang trại chuối của gia đình."
    lines = _VI[1:3] + ["tr9.JPG", cap, "Quy hoạch khá đồng bộ", _VI[1]]
    assert judge(lines, {}).get(3, ("",))[0] == "captions.under_image"


def test_sentences_split_after_words_not_initials_or_abbreviations():
    assert sentences("Губернатор области А. Травников осматривает сквер.") == [
        "Губернатор области А. Травников осматривает сквер."]
    assert len(sentences("Сквер на ул. Ленина откроют в мае. Работы уже идут.")) == 2
    assert sentences("Mr. Smith opened the square. It took a year.") == [
        "Mr. Smith opened the square.", "It took a year."]
    assert sentences("Trong năm 2023, xã đã trồng 500 cây. Năm nay xã trồng thêm.")[1] == "Năm nay xã trồng thêm."
