"""tools/build_ru_fresh_sample.py on a tiny fixture (tests/data/ru_fresh_fixture: two channel files of made-up posts in
the source's JSON shape); no network, no snapshot."""

from __future__ import annotations

import importlib.util
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FIXTURE = REPO / "tests" / "data" / "ru_fresh_fixture"


def _tool():
    spec = importlib.util.spec_from_file_location("build_ru_fresh_sample", REPO / "tools" / "build_ru_fresh_sample.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_plain_undoes_the_markdown_as_the_reader_sees_it():
    plain = _tool().plain
    assert plain("**Жирный** и __курсив__") == "Жирный и курсив"
    assert plain("Подробнее — [на сайте](https://example.org/park_(2024)) администрации.") == \
        "Подробнее — на сайте администрации."
    assert plain("— [Инженер [QA] в компании](https://example.org/j1)") == "— Инженер [QA] в компании"
    assert plain("Первая  \n\n\n\nвторая\r\n") == "Первая\n\nвторая"
    assert plain("Квадратные [скобки] без ссылки") == "Квадратные [скобки] без ссылки"


def test_pool_keeps_posts_of_three_lines_once():
    tool = _tool()
    posts = tool.pool(tool.raw_files(FIXTURE))
    assert [p["id"] for p in posts] == ["tg:-1001/11", "tg:-1001/13", "tg:-1001/14", "tg:-1002/8", "tg:-1002/9"]
    # the one-line post, the repeated message id, the repost of the same text and the empty post are out
    first = posts[0]["text"].split("\n")
    assert first[0] == "Городской парк откроют после ремонта в субботу"
    assert "Подробнее — на сайте администрации." in first and "Подписывайтесь на канал" in first
    assert posts[1]["text"] == "Вакансии недели:\n— Инженер [QA] в компании\nГде: удалённо\n\nОпыт: от года"
    assert posts[3]["channel"] == "Тестовый канал Б" and posts[3]["category"] == "weather"


def test_draw_is_seeded_disjoint_and_excludes(tmp_path: Path):
    tool = _tool()
    posts = tool.pool(tool.raw_files(FIXTURE))
    tune, check = tool.draw(posts, 5, 2)
    assert len(tune) == 2 and len(check) == 2 and not {i for i, _ in tune} & {i for i, _ in check}
    assert (tune, check) == tool.draw(posts, 5, 2)
    orders = {tuple(i for i, _ in sum(tool.draw(posts, s, 2), [])) for s in range(8)}
    assert len(orders) > 1  # the seed matters
    gone = {p["id"] for _, p in tune}
    tune2, check2 = tool.draw(posts, 5, 2, gone)
    assert not gone & {p["id"] for _, p in tune2 + check2} and len(tune2) == 2 and len(check2) == 1


def test_main_writes_halves_and_an_index_the_next_draw_can_exclude(tmp_path: Path):
    tool = _tool()
    out = tmp_path / "s1"
    tool.main(["--seed", "7", "--n", "2", "--source-dir", str(FIXTURE), "--out", str(out)])
    index = [ln.split("\t") for ln in (out / "index.tsv").read_text(encoding="utf-8").splitlines()]
    assert len(index) == 4 and all(len(r) == 5 for r in index)
    assert sum(r[0].startswith("tune/tg/tg_") for r in index) == 2
    assert sum(r[0].startswith("check/tg/tg_") for r in index) == 2
    for r in index:
        text = (out / r[0]).read_text(encoding="utf-8")
        assert r[1].startswith("tg:-100") and text.endswith("\n") and "**" not in text and "](" not in text
    out2 = tmp_path / "s2"
    tool.main(["--seed", "8", "--n", "2", "--source-dir", str(FIXTURE), "--out", str(out2),
               "--exclude-index", str(out / "index.tsv")])
    index2 = [ln.split("\t") for ln in (out2 / "index.tsv").read_text(encoding="utf-8").splitlines()]
    assert len(index2) == 1 and index2[0][1] not in {r[1] for r in index}
