"""A Hugging Face hub in miniature, for the fetch tests and ``.ci/run``.

It answers, on 127.0.0.1, what ``huggingface_hub`` (``HfApi.model_info``, ``list_repo_tree``,
``get_repo_discussions``, ``hf_hub_download``, ``snapshot_download``) asks of the real hub:

- ``GET /api/models/{repo}[/revision/{rev}]`` -> ``id``, ``sha``, ``siblings`` (``rfilename``; with
  ``?blobs=true`` also ``size``, ``blobId`` and ``lfs`` {``sha256``, ``size``, ``pointerSize``});
- ``GET /api/models/{repo}/tree/{rev}`` -> the file list (``type``, ``path``, ``size``, ``oid``, ``lfs``);
- ``GET /api/models/{repo}/discussions`` -> pull requests (``num``, ``title``, ``status``, ``author``);
- ``HEAD|GET /{repo}/resolve/{rev}/{file}`` -> ``X-Repo-Commit`` and ``ETag`` (the git blob id) on
  every answer; small files are served with ``Content-Length``; LFS files (weights, SentencePiece
  models) answer ``302`` with ``Location`` on a second port (the "CDN", another origin, so the
  client does not follow it on HEAD), ``X-Linked-Etag`` (the sha256) and ``X-Linked-Size``;
  ``404`` with ``X-Error-Code: EntryNotFound``/``RevisionNotFound``, ``401`` with
  ``RepositoryNotFound``, like the hub;
- ``GET /lfs/{sha256}`` on the CDN port, with ``Range`` (resumed downloads).

Repositories are folders: ``ROOT/{org}/{name}/{ref}/...`` where ``ref`` is ``main`` or
``refs%2Fpr%2F{N}`` (a pull request), plus an optional ``ROOT/{org}/{name}/discussions.json``.
A commit hash is the sha1 of a ref's file names and contents, so it is stable across runs, unless
``ROOT/{org}/{name}/{ref}.commit`` names one (a copy posing at the commit a config pins).
Every request is recorded in :attr:`FakeHub.requests` (and, served from the command line, in
``ROOT/requests.log``).

Command line (``.ci/run``): ``python tests/hubserver.py build ROOT`` writes the four repositories
(:func:`build_repos`); ``python tests/hubserver.py serve ROOT --url-file F`` serves them and writes
the endpoint to ``F``.
"""

from __future__ import annotations

import hashlib
import json
import sys
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

LFS_SUFFIXES = (".bin", ".safetensors", ".h5", ".ot", ".msgpack", ".onnx", ".model", ".spm")


def git_blob_id(data: bytes) -> str:
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


class FakeHub:
    """Serve ``root`` (see the module docstring) on two loopback ports; ``url`` is the endpoint."""

    def __init__(self, root: Path, log_file: Path | None = None, slow_files: dict[str, float] | None = None,
                 lie_about: set[str] | None = None) -> None:
        self.root = Path(root)
        self.requests: list[tuple[str, str]] = []
        self.log_file = log_file
        #: file name -> seconds per 64 KiB chunk (progress tests)
        self.slow_files = slow_files or {}
        #: file names whose bytes are served altered (the listing keeps the true sha256)
        self.lie_about = lie_about or set()
        self._lock = threading.Lock()
        self.hub = ThreadingHTTPServer(("127.0.0.1", 0), self._handler(cdn=False))
        self.cdn = ThreadingHTTPServer(("127.0.0.1", 0), self._handler(cdn=True))
        self.url = f"http://127.0.0.1:{self.hub.server_address[1]}"
        self.cdn_url = f"http://127.0.0.1:{self.cdn.server_address[1]}"
        self._threads: list[threading.Thread] = []

    # -- repository data --------------------------------------------------------

    def _ref_dir(self, repo: str, rev: str) -> tuple[Path | None, str | None]:
        """(folder, commit) of ``rev`` (a ref name or a commit hash) in ``repo``."""
        base = self.root / repo
        if not base.is_dir():
            return None, None
        for d in sorted(p for p in base.iterdir() if p.is_dir()):
            commit = self.commit_of(d)
            if urllib.parse.unquote(d.name) == rev or commit == rev:
                return d, commit
        return base, None

    @staticmethod
    def commit_of(d: Path) -> str:
        pinned = d.with_name(d.name + ".commit")
        if pinned.is_file():  # a repository posing at a real commit (the default config's pin)
            return pinned.read_text().strip()
        h = hashlib.sha1()
        for f in sorted(p for p in d.rglob("*") if p.is_file()):
            h.update(f.relative_to(d).as_posix().encode() + b"\0" + f.read_bytes())
        return h.hexdigest()

    @staticmethod
    def _entry(d: Path, f: Path, blobs: bool) -> dict:
        data = f.read_bytes()
        e: dict = {"rfilename": f.relative_to(d).as_posix()}
        if blobs:
            e.update(size=len(data), blobId=git_blob_id(data))
            if f.suffix in LFS_SUFFIXES:
                e["lfs"] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data), "pointerSize": 134}
        return e

    def _files(self, d: Path) -> list[Path]:
        return sorted(p for p in d.rglob("*") if p.is_file())

    # -- HTTP -------------------------------------------------------------------

    def _handler(self, cdn: bool) -> type[BaseHTTPRequestHandler]:
        hub = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:  # quiet
                pass

            def _record(self) -> None:
                with hub._lock:
                    hub.requests.append((self.command, self.path))
                    if hub.log_file:
                        with open(hub.log_file, "a", encoding="utf-8") as fh:
                            fh.write(f"{self.command} {self.path}\n")

            def _send(self, code: int, body: bytes = b"", headers: dict | None = None, ctype: str = "application/json"):
                self.send_response(code)
                for k, v in (headers or {}).items():
                    self.send_header(k, str(v))
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(body)

            def _json(self, obj: object, code: int = 200, headers: dict | None = None) -> None:
                self._send(code, json.dumps(obj).encode(), headers)

            def _error(self, code: int, error_code: str, msg: str, headers: dict | None = None) -> None:
                self._json({"error": msg}, code, {"X-Error-Code": error_code, "X-Error-Message": msg, **(headers or {})})

            def do_HEAD(self) -> None:
                self.do_GET()

            def do_GET(self) -> None:
                self._record()
                url = urllib.parse.urlsplit(self.path)
                query = urllib.parse.parse_qs(url.query)
                parts = [urllib.parse.unquote(p) for p in url.path.split("/") if p]
                if cdn:
                    return self._lfs(parts)
                if parts[:2] == ["api", "models"] and len(parts) >= 4:
                    return self._api(parts[2] + "/" + parts[3], parts[4:], query)
                if len(parts) >= 5 and parts[2] == "resolve":
                    return self._resolve(parts[0] + "/" + parts[1], parts[3], "/".join(parts[4:]))
                self._error(404, "NotFound", f"no route {url.path}")

            def _api(self, repo: str, rest: list[str], query: dict) -> None:
                if not (hub.root / repo).is_dir():
                    return self._error(401, "RepositoryNotFound", f"Repository Not Found for url: {repo}")
                if rest[:1] == ["discussions"]:
                    f = hub.root / repo / "discussions.json"
                    items = json.loads(f.read_text()) if f.is_file() else []
                    kind = (query.get("type") or ["all"])[0]
                    items = [d for d in items if kind == "all" or (kind == "pull_request") == d["isPullRequest"]]
                    return self._json({"discussions": items, "count": len(items), "start": 0,
                                       "numClosedDiscussions": 0})
                rev = "main"
                if rest[:1] in (["revision"], ["tree"]) and len(rest) >= 2:
                    rev = rest[1]
                d, commit = hub._ref_dir(repo, rev)
                if commit is None:
                    return self._error(404, "RevisionNotFound", f"Invalid rev id: {rev}")
                if rest[:1] == ["tree"]:
                    out = []
                    for f in hub._files(d):
                        e = hub._entry(d, f, True)
                        item = {"type": "file", "path": e["rfilename"], "size": e["size"], "oid": e["blobId"]}
                        if "lfs" in e:
                            item["lfs"] = {"oid": e["lfs"]["sha256"], "size": e["size"], "pointerSize": 134}
                        out.append(item)
                    return self._json(out)
                blobs = (query.get("blobs") or ["false"])[0].lower() == "true"
                self._json({"id": repo, "modelId": repo, "sha": commit, "private": False, "disabled": False,
                            "gated": False, "tags": [], "siblings": [hub._entry(d, f, blobs) for f in hub._files(d)]})

            def _resolve(self, repo: str, rev: str, name: str) -> None:
                if not (hub.root / repo).is_dir():
                    return self._error(401, "RepositoryNotFound", f"Repository Not Found for url: {repo}")
                d, commit = hub._ref_dir(repo, rev)
                if commit is None:
                    return self._error(404, "RevisionNotFound", f"Invalid rev id: {rev}")
                f = d / name
                if not f.is_file():
                    return self._error(404, "EntryNotFound", f"{name} does not exist at {rev}",
                                       {"X-Repo-Commit": commit})
                data = f.read_bytes()
                head = {"X-Repo-Commit": commit, "ETag": f'"{git_blob_id(data)}"', "Accept-Ranges": "bytes"}
                if f.suffix in LFS_SUFFIXES:
                    sha = hashlib.sha256(data).hexdigest()
                    loc = f"{hub.cdn_url}/lfs/{sha}?name={urllib.parse.quote(name)}"
                    self.send_response(302)
                    for k, v in {**head, "X-Linked-Etag": f'"{sha}"', "X-Linked-Size": len(data),
                                 "Location": loc, "Content-Length": 0}.items():
                        self.send_header(k, str(v))
                    self.end_headers()
                    return
                self._send(200, data, head, "application/octet-stream")

            def _lfs(self, parts: list[str]) -> None:
                if len(parts) != 2 or parts[0] != "lfs":
                    return self._error(404, "NotFound", "no such object")
                found = None
                for f in hub.root.rglob("*"):
                    if f.is_file() and f.suffix in LFS_SUFFIXES and hashlib.sha256(f.read_bytes()).hexdigest() == parts[1]:
                        found = f
                        break
                if found is None:
                    return self._error(404, "NotFound", "no such object")
                data = found.read_bytes()
                if found.name in hub.lie_about:
                    data = data[:-64] + bytes(64)
                start = 0
                rng = self.headers.get("Range", "")
                if rng.startswith("bytes=") and rng[6:].split("-")[0].isdigit():
                    start = int(rng[6:].split("-")[0])
                body = data[start:]
                self.send_response(206 if start else 200)
                self.send_header("Content-Type", "application/octet-stream")
                self.send_header("Content-Length", str(len(body)))
                self.send_header("ETag", f'"{parts[1]}"')
                if start:
                    self.send_header("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")
                self.end_headers()
                if self.command == "HEAD":
                    return
                delay = hub.slow_files.get(found.name, 0.0)
                for i in range(0, len(body), 65536):
                    if delay:
                        threading.Event().wait(delay)
                    self.wfile.write(body[i:i + 65536])

        return Handler

    def start(self) -> "FakeHub":
        for srv in (self.hub, self.cdn):
            t = threading.Thread(target=srv.serve_forever, daemon=True)
            t.start()
            self._threads.append(t)
        return self

    def stop(self) -> None:
        for srv in (self.hub, self.cdn):
            srv.shutdown()
            srv.server_close()

    def downloads(self) -> list[str]:
        """File names fetched through ``resolve`` (HEAD or GET), in order."""
        out = []
        for _, path in self.requests:
            parts = [urllib.parse.unquote(p) for p in urllib.parse.urlsplit(path).path.split("/") if p]
            if len(parts) >= 5 and parts[2] == "resolve":
                out.append("/".join(parts[4:]))
        return out


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "build":
        from hubrepos import build_repos

        build_repos(Path(argv[1]))
        return 0
    if len(argv) >= 2 and argv[0] == "serve":
        root = Path(argv[1])
        hub = FakeHub(root, log_file=root / "requests.log").start()
        if "--url-file" in argv:
            Path(argv[argv.index("--url-file") + 1]).write_text(hub.url + "\n")
        print(hub.url, flush=True)
        threading.Event().wait()
    print("usage: hubserver.py build ROOT | serve ROOT [--url-file F]", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    sys.exit(main(sys.argv[1:]))
