"""A file's name is no host (spam72, issue 12): "tệp baocao.json về", "chạy script.py xong", "tải app2024.apk".

A label, a dot and a file type's extension has a host's shape to the tests that read any ``name.xyz`` token as a
domain (:func:`.spam_shapes.pasted_brand`'s label where no site is named, :func:`.spam_lone.lone_token`'s
``unwritten`` shape, :func:`.spam_opener.opener_slot`, spam.py's ``_DIGIT_DOMAIN`` for a label with a figure):
:func:`.spam.find_spam_tokens` takes no file's name as a candidate. None of the dev spam sets' 2,202 tokens
(langfresh8..38) ends in one of :data:`FILE_TYPES`: their hosts end in ".com", ".io", ".net", ".vip", a country's code
or a generic domain of 2013 or later (".shop", ".city", ".dev", ".app"). A Vietnamese sentence names a file where a
text speaks of documents, programs and pictures: after "tệp", "mở", "chạy", "tải", at a sentence's start as its
subject. Extensions that are also a domain hosts use (".ai", ".io", ".me", ".app", ".mobi", ".rs") are left out.
"""

from __future__ import annotations

import re

__all__ = ["FILE_TYPES", "file_name"]

#: files' extensions: documents, data, pictures, sound and video, archives, programs and their sources
FILE_TYPES = frozenset(
    "txt csv tsv json jsonl xml yaml yml toml ini cfg conf log md rst tex pdf doc docx xls xlsx xlsm ppt pptx odt ods "
    "odp rtf epub png jpg jpeg gif bmp svg webp tif tiff heic ico psd mp3 mp4 m4a wav flac ogg avi mkv mov wmv "
    "webm srt zip rar gz tgz bz2 xz 7z tar iso dmg img exe msi apk ipa deb rpm bat cmd ps1 sh py ipynb js jsx ts tsx "
    "java kt go rb cpp hpp c h cs php html htm css scss sql db sqlite bak dll bin dat".split())
#: a label (letters, figures, "-", "_"; "README.md", "Baocao.pdf" at a sentence's start), one dot or two
#: ("archive.tar.gz", "app.min.js"), a file type's extension in lower case
_FILE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*(?:\.(?:tar|min))?\.([a-z0-9]{1,5})")


def file_name(tok: str) -> bool:
    """Whether ``tok`` is a file's name: a label and one of :data:`FILE_TYPES` after its dot."""
    m = _FILE.fullmatch(tok)
    return bool(m) and m.group(1) in FILE_TYPES
