"""The distributed path as users run it: the README's three commands, a real ``dask
scheduler`` and two ``dask worker`` processes on loopback, and ``geo batch --scheduler``;
the result equals the one-process run's, byte for byte."""

from __future__ import annotations

import json
import os
import re
import shlex
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_batch import ARTICLES, write_corpus

pytest.importorskip("distributed")

from distributed import Client  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent  # the venv's dask and geo commands
README_PORT = "8786"


def _readme_commands() -> list[str]:
    """The three commands of the README's cluster example."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("A cluster of your own", 1)[1].split("```", 2)[1]
    commands = [line.strip() for line in block.strip().splitlines()]
    assert [c.split()[:2] for c in commands] == [["dask", "scheduler"], ["dask", "worker"],
                                                 ["geo", "batch"]]
    return commands


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _argv(command: str, port: int, **paths: str) -> list[str]:
    words = shlex.split(command.replace(README_PORT, str(port)))
    words[0] = str(BIN / words[0])
    for old, new in paths.items():
        words = [new if w == old else w for w in words]
    return words


def _start(argv: list[str], log: Path) -> subprocess.Popen:
    # A session of its own, so that stopping it stops the worker processes it spawns too.
    with open(log, "wb") as out:
        return subprocess.Popen(argv, stdout=out, stderr=subprocess.STDOUT,
                                start_new_session=True)


def _stop(procs: list[subprocess.Popen]) -> None:
    for proc in procs:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
    deadline = time.monotonic() + 15
    for proc in procs:
        try:
            proc.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            pass
        try:
            os.killpg(proc.pid, signal.SIGKILL)  # whatever is left of its session
        except ProcessLookupError:
            pass
        proc.wait()


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    """A scheduler and two single-threaded workers on loopback, started as the README says."""
    scheduler_cmd, worker_cmd, _ = _readme_commands()
    logs = tmp_path_factory.mktemp("dask-logs")
    port = _free_port()
    # Safety nets only: the fixture stops them; these stop them if the test run is killed.
    procs = [_start(_argv(scheduler_cmd, port) + ["--idle-timeout", "300",
                                                 "--dashboard-address", "127.0.0.1:0"],
                    logs / "scheduler.log")]
    try:
        address = f"tcp://127.0.0.1:{port}"
        for n in range(2):
            procs.append(_start(_argv(worker_cmd, port) + ["--death-timeout", "60",
                                                          "--name", f"w{n}"],
                                logs / f"worker{n}.log"))
        with Client(address, timeout="30s") as client:
            client.wait_for_workers(2, timeout=60)
        yield address
    except Exception:
        print("\n".join(f"{p.name}:\n{p.read_text()}" for p in logs.iterdir()))
        raise
    finally:
        _stop(procs)
        assert all(p.poll() is not None for p in procs)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """Enough lines for several tasks (64 lines each), and one malformed line."""
    path = write_corpus(tmp_path_factory.mktemp("corpus") / "news.jsonl")
    lines = path.read_text(encoding="utf-8").splitlines()
    for n in range(1, 10):  # other articles with the same texts: merging has work to do
        lines += [json.dumps({**a, "id": f"{a['id']}-{n}"}) for a in ARTICLES]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_readme_commands_on_a_real_cluster(cluster, corpus, tmp_path):
    port = int(cluster.rsplit(":", 1)[1])
    _, _, batch_cmd = _readme_commands()
    dist = tmp_path / "dist" / "events.geojson"
    one = tmp_path / "one" / "events.geojson"
    argv = _argv(batch_cmd, port, **{"news.jsonl": str(corpus), "events.gpkg": str(dist)})
    assert "--scheduler" in argv and cluster in argv
    started = time.monotonic()
    run = subprocess.run(argv, capture_output=True, text=True, timeout=120)
    local = subprocess.run([str(BIN / "geo"), "batch", str(corpus), "-o", str(one)],
                           capture_output=True, text=True, timeout=120)
    assert time.monotonic() - started < 60
    for proc in (run, local):  # the malformed line: exit 1, one error, no traceback
        assert proc.returncode == 1, proc.stderr
        assert "Traceback" not in proc.stderr
        assert re.search(r"geo batch: 200 articles, \d+ events \(\d+ merged\), 1 errors",
                         proc.stderr), proc.stderr
    assert dist.read_bytes() == one.read_bytes()
    assert (dist.parent / "events.errors.jsonl").read_bytes() == \
        (one.parent / "events.errors.jsonl").read_bytes()
    features = json.loads(dist.read_text())["features"]
    assert max(f["properties"]["report_count"] for f in features) >= 10
    with Client(cluster, timeout="30s") as client:  # both workers took tasks
        ran = client.run(lambda: "geo.pipeline" in sys.modules)
    assert sorted(ran.values()) == [True, True], ran


@pytest.fixture(scope="module")
def own_files(tmp_path_factory) -> tuple[Path, Path]:
    """(a small gazetteer built from a GeoNames dump, a GEO_HOME holding a user layer): each
    knows places the bundled gazetteer does not."""
    from test_gazetteer_build import DUMP, write
    from test_gazetteer_user import CSV

    from geo.places.build import PRIMARY, GazetteerWriter
    from geo.places.gazetteer import load
    from geo.places.geonames import build_from_geonames
    from geo.places.userlayer import add_places

    folder = tmp_path_factory.mktemp("own")
    # Built as 'geo gazetteer build' builds, on a one-country base instead of the bundled
    # gazetteer (which would take most of this module's time to copy and index).
    base = GazetteerWriter(folder / "base.sqlite")
    base.places([(2434508, "Chad", "country", 18.5, 15.5, "TD", "", "", 17_000_000, "PCLI",
                  2434508)])
    base.names([("chad", 2434508, PRIMARY)])
    base.finish(words={}, demonyms=[], not_places=[], english=[],
                countries=[("TD", 2434508, "")])
    built = folder / "world.sqlite"
    build_from_geonames([write(folder / "TD.txt", DUMP)], built, base=folder / "base.sqlite")
    home = folder / "home"
    home.mkdir()
    (folder / "places.csv").write_text(CSV, encoding="utf-8")
    add_places(folder / "places.csv", load(), home / "user_places.sqlite")
    return built, home


@pytest.mark.parametrize("chosen_by", ["--gazetteer", "GEO_GAZETTEER"])
def test_the_gazetteer_and_user_layer_of_the_command_reach_remote_workers(
        cluster, own_files, tmp_path, chosen_by):
    from test_gazetteer_build import TEXT as BUILT_TEXT
    from test_gazetteer_user import TEXT as USER_TEXT

    built, home = own_files
    with Client(cluster, timeout="30s") as client:  # the workers see neither file
        seen = client.run(lambda: (os.environ.get("GEO_GAZETTEER"), os.environ.get("GEO_HOME")))
    assert all(gaz is None and worker_home != str(home) for gaz, worker_home in seen.values())
    corpus = tmp_path / "news.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"a{i}", "published": "2024-12-02",
                                          "text": text}) + "\n"
                              for i, text in enumerate([BUILT_TEXT, USER_TEXT] * 2)),
                      encoding="utf-8")
    out = tmp_path / "events.geojson"
    argv = [str(BIN / "geo"), "batch", str(corpus), "-o", str(out), "--scheduler", cluster]
    env = {**os.environ, "GEO_HOME": str(home)}
    if chosen_by == "--gazetteer":
        argv += ["--gazetteer", str(built)]
    else:
        env["GEO_GAZETTEER"] = str(built)
    run = subprocess.run(argv, capture_output=True, text=True, timeout=120, env=env)
    assert run.returncode == 0, run.stderr
    where = {f["properties"]["location"]
             for f in json.loads(out.read_text("utf-8"))["features"]}
    assert {"Marsabbo", "Zorbatuk camp", "Qelmara"} <= where, where
