"""cap83: a closing sentence with no attribution under the article's last photo is no caption
(:func:`mtpipe.clean.image_text.closing_sentence`, ``captions.under_image``'s guard).  Made-up pages (ru, vi, en);
the negatives are captions' shapes ending in a stop under a last photo (a scene in the present, a noun phrase, a past
tense, a rendering's future), which keep their mark."""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.captions import judge
from mtpipe.clean.image_text import closing_sentence, text_paragraph
from mtpipe.document import Document

_RU = ["В парке на Заречной улице начали реконструкцию",
       "На этой неделе в парке на Заречной улице рабочие сняли старый асфальт и начали укладывать новые дорожки.",
       "Кроме дорожек, в парке заменят фонари и скамейки, а у пруда построят детскую площадку.",
       "/upload/iblock/3f2/park_02.jpg"]
_VI = ["Khởi công cầu Bến Đình nối hai xã ven sông",
       "Sáng 5/3, UBND huyện Tân Phú tổ chức lễ khởi công xây dựng cầu Bến Đình bắc qua sông Cái.",
       "Cầu dài 120 m, rộng 9 m, tổng vốn đầu tư hơn 80 tỷ đồng từ ngân sách tỉnh và huyện.",
       "cau-ben-dinh-2.jpg"]
_EN = ["Work starts on the riverside park",
       "Workers this week removed the old asphalt in the riverside park and began to lay the new paths.",
       "Besides the paths, the lamps and benches will be replaced, and a playground is planned by the pond.",
       "![The park's new paths](/images/2024/park-02.jpg)"]

CLOSING = [
    (_RU, "Работы завершат к осени."),
    (_RU, "Открыть обновлённый парк планируют ко Дню города."),
    (_RU, "Напомним, в прошлом году в городе благоустроили три сквера."),
    (_RU, "Ранее на месте парка был пустырь."),
    (_VI, "Dự kiến cầu sẽ hoàn thành vào cuối năm 2025."),
    (_VI, "Công trình sẽ được đưa vào sử dụng trong quý IV."),
    (_VI, "Trước đó, người dân phải đi đò qua sông."),
    (_EN, "The park will reopen in the autumn."),
    (_EN, "Meanwhile, the council is looking for a site for a second park."),
    (_EN, "The works are expected to cost about two million pounds."),
]
CAPTIONS = [
    (_RU, "Рабочие укладывают новую плитку на центральной аллее."),  # a scene in the present
    (_RU, "Центральная аллея парка после ремонта."),  # a noun phrase
    (_RU, "Жители района встретились с главой управы в парке."),  # a past tense: a caption's too (c8ru08's shape)
    (_RU, "Так будет выглядеть парк после реконструкции."),  # a rendering's future
    (_RU, "Проект детской площадки, которую построят у пруда."),  # a plan's picture
    (_VI, "Ông Nguyễn Văn Hải, Chủ tịch UBND huyện phát biểu tại lễ khởi công."),
    (_VI, "Các đại biểu đã thực hiện nghi thức khởi công cầu Bến Đình."),  # "đã": t27vi24's captions have it
    (_VI, "Phối cảnh cầu Bến Đình sau khi hoàn thành sẽ trở thành điểm nhấn của huyện."),  # a rendering
    (_EN, "Workers lay the new paths in the riverside park on Tuesday."),
    (_EN, "An artist's impression of the playground that will be built by the pond."),
]


def _page(head: list[str], last: str) -> str:
    return "\n\n".join(head + [last]) + "\n"


@pytest.mark.parametrize("head,line", CLOSING)
def test_closing_sentence_under_the_last_photo_stays(head, line):
    assert closing_sentence(line) and text_paragraph(line)
    assert judge(head + [line], {}).get(len(head), ("",))[0] != "captions.under_image"
    for policy in ("weighed", "balanced"):
        doc = Cleaner(CleanOptions(removal_policy=policy))(Document.from_text(_page(head, line), doc_id="p.txt"))
        kept = [doc.text[a:b].strip() for a, b in doc.meta["kept"]]
        assert line in kept, policy


@pytest.mark.parametrize("head,line", CAPTIONS)
def test_caption_under_the_last_photo_still_goes(head, line):
    assert not closing_sentence(line) and not text_paragraph(line)
    assert judge(head + [line], {}).get(len(head), ("",))[0] == "captions.under_image"


def test_connective_only_at_the_start():
    # "также" / "however" inside a caption's scene is no connective leaning on the text above
    assert not closing_sentence("Глава района и также его заместитель осматривают аллею.")
    assert not closing_sentence("Volunteers, however tired, plant the last trees of the day.")
    assert closing_sentence("Также в парке появятся велосипедные дорожки.")


def test_caption_marks_win_over_the_future():
    # a person's place in the picture, a credit after a stop: the caption's own marks (cap82) come first
    assert not text_paragraph("Глава района (слева) расскажет о планах на осень. Фото: пресс-служба.")
    assert not text_paragraph("Ông Hải (thứ hai từ trái) sẽ chủ trì buổi lễ.")
