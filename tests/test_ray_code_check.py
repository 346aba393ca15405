"""A Ray cluster whose nodes import another mtpipe than the driver is refused (field trial 5).

In the trial a cluster started from a shell without the driver's PYTHONPATH ran the installed mtpipe
(an older checkout) on its nodes: ``--engine ray`` wrote other cleaning ledgers and 29 other output
files than ``--engine local`` on the same 288 documents, exit 0 and no word of it, and a job resumed
across the two executors would have mixed both.  Joining a cluster now checks every node's mtpipe.
"""

import os
import shutil
import subprocess
import sys
import textwrap

import pytest

from mtpipe.engines.ray_cluster import code_fingerprint

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def test_fingerprint_follows_code_and_data_not_byte_caches(tmp_path):
    pkg = tmp_path / "mtpipe"
    shutil.copytree(os.path.join(REPO, "mtpipe"), pkg, ignore=shutil.ignore_patterns("__pycache__"))
    first = code_fingerprint(str(pkg))
    assert first == code_fingerprint.__wrapped__(str(pkg))  # the same tree, the same fingerprint
    (pkg / "__pycache__").mkdir(exist_ok=True)
    (pkg / "__pycache__" / "x.cpython-311.pyc").write_bytes(b"\0")
    assert code_fingerprint.__wrapped__(str(pkg)) == first
    data = sorted(p for p in pkg.rglob("*") if p.is_file() and p.suffix in (".tsv", ".txt", ".json"))[0]
    data.write_bytes(data.read_bytes() + b"\n")
    assert code_fingerprint.__wrapped__(str(pkg)) != first


@pytest.mark.slow
def test_joining_a_cluster_of_another_mtpipe_fails_naming_the_node(tmp_path):
    pytest.importorskip("ray")
    other = tmp_path / "other"
    shutil.copytree(os.path.join(REPO, "mtpipe"), other / "mtpipe", ignore=shutil.ignore_patterns("__pycache__"))
    (other / "mtpipe" / "clean" / "rules.py").write_text(
        (other / "mtpipe" / "clean" / "rules.py").read_text(encoding="utf-8") + "\n# edited on the node\n",
        encoding="utf-8")
    # a cluster whose workers import the edited copy (as a node with its own install would), joined by a
    # driver importing this repository's mtpipe
    script = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {REPO!r})
        import ray
        from ray.cluster_utils import Cluster
        from mtpipe.engines.ray_cluster import RaySession
        from mtpipe.errors import JobError
        c = Cluster(initialize_head=True, head_node_args={{"num_cpus": 1, "include_dashboard": False}})
        try:
            s = RaySession(c.address)
            try:
                s.open()
                print("JOINED")
            except JobError as e:
                print("REFUSED", e)
            print("CONNECTED", ray.is_initialized())
        finally:
            c.shutdown()
    """)
    env = dict(os.environ, PYTHONPATH=str(other), RAY_USAGE_STATS_ENABLED="0")
    res = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=300,
                         cwd=tmp_path)
    out = res.stdout
    assert "REFUSED" in out, out + res.stderr[-2000:]
    assert str(other / "mtpipe") in out and "different mtpipe" in out
    assert "CONNECTED False" in out  # let go of the cluster it refused
