"""perf75: :func:`mtpipe.clean.lines.posix_parent` gives what ``PurePosixPath(path).parent`` gives (its ``str`` and
its ``name``), on every form a path object treats specially and on ids as the runs write them; ``_folder`` and
``site_names.host_of`` through it answer as the path objects did."""
from __future__ import annotations

from pathlib import PurePosixPath

import pytest

from mtpipe.clean.lines import _folder, posix_parent
from mtpipe.clean.site_names import _HOST, host_of

FORMS = ["", ".", "..", "...", "a", "a/b", "a/b/c.txt", "/a", "/", "//", "//a", "///a/b", "a//b", "a/./b", "./a",
         "a/.", "a/", "a/b/", "a/..", "../a", "a/b/..", "a/.b", ".a/b", " /x", " / ", "a\\b/c", "x\x00/y", ".../a",
         "a/.../b", "www.site.vn/page 1.txt", "a/b/c/d/e", "vnexpress.net/thoi-su/bai-1.txt", "Сайт.рф/Статья.txt",
         "site.com/./x.txt", "site.com//x.txt", "\u00a0/a", "a/\u2028/b", "./", "../", "../..", "a/b/c/"]


@pytest.mark.parametrize("path", FORMS)
def test_posix_parent_is_the_path_objects(path: str) -> None:
    parent = PurePosixPath(path).parent
    assert posix_parent(path) == (str(parent), parent.name)


@pytest.mark.parametrize("path", FORMS)
def test_folder_and_host_of_as_before(path: str) -> None:
    assert _folder(path) == str(PurePosixPath(path).parent)
    old = ""
    for p in (PurePosixPath(path).parent, PurePosixPath(path.replace("\\", "/")).parent):
        if _HOST.match(p.name.casefold()):
            old = p.name.casefold()
            break
    assert host_of(path, path) == old


def test_run_ids() -> None:
    # ids as a run writes them: relative paths with "/" separators, a site folder or none
    for i, path in enumerate(["news.example.com/2024/05/story.txt", "story.txt", "a.b.c/d.html", "x/y/z/w.md"] * 3):
        path = path.replace("story", f"story{i}")
        assert _folder(path) == str(PurePosixPath(path).parent)
        assert posix_parent(path)[1] == PurePosixPath(path).parent.name
