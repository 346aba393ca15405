"""Field trial 8: a local 3-node Ray cluster (1 CPU each) for `mtpipe translate --engine ray --address`.

Usage: python tools/field_trial/ray_cluster_8.py ADDRESS_FILE STOP_FILE KILL_FILE

Writes the address to ADDRESS_FILE; each time KILL_FILE appears, removes one worker node at once
(``allow_graceful=False``: a node lost mid-run) and deletes KILL_FILE; stops when STOP_FILE appears.
"""
import os, sys, time, pathlib
os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
from ray.cluster_utils import Cluster
c = Cluster(initialize_head=True, head_node_args={"num_cpus": 1, "include_dashboard": False})
nodes = [c.add_node(num_cpus=1) for _ in range(2)]
c.wait_for_nodes()
pathlib.Path(sys.argv[1]).write_text(c.address)
print("address", c.address, flush=True)
stop = pathlib.Path(sys.argv[2])
kill = pathlib.Path(sys.argv[3])
while not stop.exists():
    if kill.exists() and nodes:
        n = nodes.pop()
        c.remove_node(n, allow_graceful=False)
        print("removed a node", time.time(), flush=True)
        kill.unlink()
    time.sleep(0.2)
c.shutdown()
print("shut down", flush=True)
