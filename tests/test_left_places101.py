"""tools/left_places.py: the clutter left by place and shape, TUNE and CHECK halves apart (cr101)."""

from tools.left_places import half, main

ANN_TUNE = """### doc a1 lang=ru split=x url=https://a.example/1
- Рубрика
+ Первый абзац статьи, в нём есть предложение и точка в конце.
- Похожая  новость о другом событии в городе
+ Второй абзац статьи, в нём тоже есть предложение и точка.
= Иван Петров
- Подвал сайта
"""
ANN_CHECK = """### doc b1 lang=vi split=y url=https://b.example/1
+ Đoạn văn đầu tiên của bài viết có một câu hoàn chỉnh ở đây.
- Tin liên quan khác
"""
SHOW = """LEFT  a1 [held8]: Рубрика
LEFT  a1 [held8]: Похожая новость о другом событии в городе
LEFT  a1 [held8]: Иван Петров
LOST  a1 [held8]: Второй абзац статьи, в нём тоже есть предложение и точка.  <- boilerplate.x (why)
LEFT  b1 [held9]: Tin liên quan khác
"""


def test_half_by_the_last_digit():
    assert half("held29", "29") == "CHECK"
    assert half("held12", "29") == "CHECK"
    assert half("held13", "29") == "TUNE"
    assert half("train31", "29") == "TUNE"
    assert half("vi", "29") == "TUNE"


def test_places_shapes_and_halves(tmp_path, capsys):
    data = tmp_path / "data"
    data.mkdir()
    (data / "held8.ann").write_text(ANN_TUNE, encoding="utf-8")
    (data / "held9.ann").write_text(ANN_CHECK, encoding="utf-8")
    show = tmp_path / "show.txt"
    show.write_text(SHOW, encoding="utf-8")
    main([str(show), "--data", str(data)])
    out = capsys.readouterr().out
    # TUNE: 4 clutter lines, 3 left (the footer was removed); 2 content lines, 1 lost (spaces collapsed, rule cut off)
    assert "TUNE: clutter 4, left 3, CR 0.2500; content 2, lost 1, kept 0.5000" in out
    assert "short label (<= 3 words)  head=1" in out  # the rubric above the text
    assert "headline-like             head=0    mid=1" in out  # the related title between the paragraphs
    assert "metadata                  head=0    mid=0    tail=1" in out  # the byline below the text
    # CHECK: figures only, its table not printed
    assert "CHECK: clutter 1, left 1, CR 0.0000; content 1, lost 0, kept 1.0000" in out
    assert out.count("headline-like") == 1
    main([str(show), "--data", str(data), "--read-check"])
    assert capsys.readouterr().out.count("headline-like") == 2  # CHECK's related title, read on request
