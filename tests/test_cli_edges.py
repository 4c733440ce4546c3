"""CLI edges a user hits: dates as feeds write them, one-line errors, the -o rule, empty
input, a missing extra, Ctrl-C under Dask, batch errors on stderr."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import psutil
import pytest
from hypothesis import given
from hypothesis import strategies as st

import geo
from geo.cli import main
from geo.errors import InputError
from geo.published import as_date, parse_published

NEWS = "Russian drones struck Kharkiv on Sunday, killing three people, officials said.\n"
SUNDAY_BEFORE = {  # publication day -> the Sunday the article means
    dt.date(2024, 10, 30): "2024-10-27",
    dt.date(2024, 10, 29): "2024-10-27",
}


def run(*args: str, stdin: bytes | None = b"", cwd: Path | None = None, env=None):
    return subprocess.run([sys.executable, "-m", "geo.cli", *args], input=stdin,
                          capture_output=True, timeout=300, cwd=cwd, env=env)


# --- publication dates -----------------------------------------------------------------------

# (as written, the day meant; None = refused)
DATES = [
    ("2024-10-30", dt.date(2024, 10, 30)),
    ("2024-10-30T10:00:00Z", dt.date(2024, 10, 30)),
    ("2024-10-30T10:00:00z", dt.date(2024, 10, 30)),
    ("2024-10-30T10:00:00+02:00", dt.date(2024, 10, 30)),
    ("2024-10-30T23:30:00-05:00", dt.date(2024, 10, 30)),  # the day as written, not UTC's
    ("2024-10-30 10:00", dt.date(2024, 10, 30)),
    ("2024-10-30T10:00:00.123456", dt.date(2024, 10, 30)),
    ("Wed, 30 Oct 2024 10:00:00 GMT", dt.date(2024, 10, 30)),
    ("30 Oct 2024 10:00:00 +0100", dt.date(2024, 10, 30)),
    ("Tue, 29 Oct 2024 23:59:59 -0700", dt.date(2024, 10, 29)),
    ("  2024-10-30  ", dt.date(2024, 10, 30)),
    ("soon", None),
    ("30/10/2024", None),
    ("2024-02-30", None),
    ("Wed, 30 Oct 2024", None),
    ("Mon, 31 Feb 2024 10:00:00 GMT", None),
    ("20241030x", None),
]


@pytest.mark.parametrize(("text", "day"), DATES)
def test_parse_published(text, day):
    if day is None:
        with pytest.raises(InputError, match="instead got"):
            parse_published(text)
    else:
        assert parse_published(text) == day


@given(st.datetimes(min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(2100, 1, 1)),
       st.integers(min_value=-12 * 60, max_value=14 * 60))
def test_every_written_form_gives_the_day_as_written(moment, offset_minutes):
    import email.utils

    aware = moment.replace(tzinfo=dt.timezone(dt.timedelta(minutes=offset_minutes)))
    forms = [moment.date().isoformat(), aware.isoformat(), aware.isoformat(sep=" "),
             email.utils.format_datetime(aware.replace(microsecond=0))]
    if offset_minutes == 0:
        forms.append(moment.isoformat() + "Z")
    assert {parse_published(f) for f in forms} == {moment.date()}


@pytest.mark.parametrize(("value", "day"), [
    (None, None), ("", None), (dt.date(2024, 1, 2), dt.date(2024, 1, 2)),
    (dt.datetime(2024, 1, 2, 23, 0), dt.date(2024, 1, 2)),
])
def test_parse_published_objects(value, day):
    assert parse_published(value) == day


@pytest.mark.parametrize("value", [20241030, 2024.5, ["2024-10-30"], {"d": 1}])
def test_parse_published_refuses_other_types(value):
    with pytest.raises(InputError):
        parse_published(value)


@pytest.mark.parametrize(("value", "day"), [
    (None, None), ("", None), (float("nan"), None), (pd.NA, None), (pd.NaT, None),
    ("2024-12-02", dt.date(2024, 12, 2)), (dt.date(2024, 12, 2), dt.date(2024, 12, 2)),
    (pd.Timestamp("2024-12-02 23:00"), dt.date(2024, 12, 2)),
    ("2024-12-02 00:00:00", dt.date(2024, 12, 2)),
    ("Mon, 02 Dec 2024 10:00:00 GMT", dt.date(2024, 12, 2)),
])
def test_a_date_cell_reads_as_published_does_and_missing_is_none(value, day):
    # One reader of date cells (the writers and the merger), on parse_published's grammar.
    assert as_date(value) == day


def test_a_date_cell_holding_something_else_names_the_column():
    with pytest.raises(InputError, match="expected 'event_date' as YYYY-MM-DD.*'2 December'"):
        as_date("2 December", what="event_date")


def cli(capsys, *args: str) -> tuple[int, str, str]:
    """Run ``geo ARGS`` in this process: (exit status, stdout, stderr)."""
    try:
        status = main(list(args))
    except SystemExit as exc:  # argparse
        status = exc.code
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize(("text", "day"), [d for d in DATES if d[1] in SUNDAY_BEFORE][:4]
                         + [("soon", None)])
def test_published_on_the_command_line_json_and_api(tmp_path, capsys, text, day):
    src = tmp_path / "a.txt"
    src.write_text(NEWS, encoding="utf-8")
    doc = tmp_path / "a.json"
    doc.write_text(json.dumps({"text": NEWS, "published": text}), encoding="utf-8")
    from_cli = cli(capsys, "events", str(src), "--published", text)
    from_json = cli(capsys, "events", str(doc))
    if day is None:
        assert from_cli[0] == 2 and from_cli[2].count("\n") == 1
        assert from_json[0] == 1 and "instead got 'soon'" in from_json[2]
        with pytest.raises(InputError):
            geo.events_frame(NEWS, published=text)
        return
    want = SUNDAY_BEFORE[day]
    for status, out, err in (from_cli, from_json):
        assert status == 0, err
        dates = [f["properties"]["event_date"] for f in json.loads(out)["features"]]
        assert dates == [want]
    assert geo.events_frame(NEWS, published=text)["event_date"].tolist() == [want]
    assert geo.analyse(NEWS, published=text)[1][0].event_date.isoformat() == want


def test_published_in_a_subprocess(tmp_path):
    """The same as the console script runs it (argument parsing and exit status)."""
    src = tmp_path / "a.txt"
    src.write_text(NEWS, encoding="utf-8")
    proc = run("events", str(src), "--published", "Wed, 30 Oct 2024 10:00:00 GMT")
    assert proc.returncode == 0
    assert [f["properties"]["event_date"] for f in json.loads(proc.stdout)["features"]] == \
        ["2024-10-27"]


def test_api_refuses_what_is_not_a_date():
    for bad in ("next week", 20241030):
        with pytest.raises(InputError, match="expected 'published'"):
            geo.events_frame(NEWS, published=bad)


# --- one-line errors -------------------------------------------------------------------------

@pytest.mark.parametrize("args", [
    ["events", "{src}", "--published", "soon"],
    ["map", "{src}", "--published", "2024-13-01"],
    ["batch", "{src}", "-o", "x.csv", "--workers", "two"],
    ["events", "{src}", "--schema", "xml"],
    ["events", "{src}", "--bogus"],
    ["places"],
    ["frobnicate"],
])
def test_a_bad_flag_value_is_one_line(tmp_path, capsys, monkeypatch, args):
    src = tmp_path / "a.txt"
    src.write_text(NEWS, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    status, out, err = cli(capsys, *[a.format(src=src) for a in args])
    assert status == 2
    assert err.count("\n") == 1 and err.startswith("geo: error: "), err
    assert "--help" in err and out == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_a_bad_flag_value_in_a_subprocess(tmp_path):
    proc = run("events", "x.txt", "--published", "soon", cwd=tmp_path)
    assert proc.returncode == 2 and proc.stdout == b""
    assert proc.stderr.decode().startswith("geo: error: argument --published: expected ")
    assert proc.stderr.count(b"\n") == 1


# --- the -o rule -------------------------------------------------------------------------------

# (command, -o as given, files expected under tmp_path; None: one-line error, nothing written)
OUTPUTS = [
    ("map", "out/x.geojson", ["out/x.geojson", "out/x.html"]),
    ("map", "out/m.html", ["out/m.geojson", "out/m.html"]),
    ("map", "new/deep/", ["new/deep/a.geojson", "new/deep/a.html"]),
    ("map", "plain", ["plain/a.geojson", "plain/a.html"]),
    ("map", "isdir.geojson", ["isdir.geojson/a.geojson", "isdir.geojson/a.html"]),
    ("map", "out/x.gpkg", None),
    ("events", "new/deep/e.gpkg", ["new/deep/e.gpkg"]),
    ("events", "e.csv", ["e.csv"]),
    ("events", "new/", None),
    ("events", "isdir.geojson", None),
    ("events", "noext", None),
    ("events", "out/e.txt", None),
    ("batch", "new/deep/e.parquet", ["new/deep/e.parquet"]),
    ("batch", "out/", None),
    ("batch", "out/e.docx", None),
]


@pytest.mark.parametrize(("command", "out", "files"), OUTPUTS)
def test_one_rule_for_output_paths(tmp_path, capsys, command, out, files):
    src = tmp_path / "a.txt"
    src.write_text(NEWS, encoding="utf-8")
    (tmp_path / "isdir.geojson").mkdir()
    before = {p for p in tmp_path.rglob("*")}
    status = main([command, str(src), "-o", str(tmp_path / out), "--published", "2024-10-30"])
    err = capsys.readouterr().err
    made = sorted(str(p.relative_to(tmp_path)) for p in set(tmp_path.rglob("*")) - before
                  if p.is_file())
    if files is None:
        assert status == 1
        assert [x for x in err.splitlines() if x.startswith("geo: error:")] == err.splitlines()
        assert len(err.splitlines()) == 1
        assert {p for p in tmp_path.rglob("*")} == before  # no folder made either
    else:
        assert status == 0, err
        assert made == files


def test_batch_creates_every_output_folder(tmp_path, capsys):
    src = tmp_path / "a.txt"
    src.write_text(NEWS, encoding="utf-8")
    missing = tmp_path / "missing.txt"
    status = main(["batch", str(src), str(missing), "-o", str(tmp_path / "o1/e.csv"),
                   "--errors", str(tmp_path / "o2/err.jsonl"),
                   "--map", str(tmp_path / "o3/m.html")])
    assert status == 1
    for name in ("o1/e.csv", "o2/err.jsonl", "o3/m.html"):
        assert (tmp_path / name).is_file(), name
    capsys.readouterr()


# --- empty input -------------------------------------------------------------------------------

EMPTY = {
    "empty file": lambda d: _file(d / "in.txt", b""),
    "whitespace file": lambda d: _file(d / "in.txt", b" \n\t \n"),
    "empty folder": lambda d: _folder(d / "in"),
    "folder of empty files": lambda d: _folder(d / "in", {"a.txt": b"", "b.json": b'{"text": ""}'}),
    "empty stdin": lambda d: "-",
    "blank jsonl": lambda d: _file(d / "in.jsonl", b"\n\n"),
}


def _file(path: Path, data: bytes) -> str:
    path.write_bytes(data)
    return str(path)


def _folder(path: Path, files: dict[str, bytes] | None = None) -> str:
    path.mkdir()
    for name, data in (files or {}).items():
        (path / name).write_bytes(data)
    return str(path)


class _Stdin:
    """Standard input holding ``data`` (the CLI reads ``sys.stdin.buffer``)."""

    def __init__(self, data: bytes) -> None:
        import io

        self.buffer = io.BytesIO(data)


@pytest.mark.parametrize("command", ["places", "events", "map", "batch"])
@pytest.mark.parametrize("case", EMPTY)
def test_empty_input_is_one_line_and_exit_0(tmp_path, capsys, monkeypatch, command, case):
    where = EMPTY[case](tmp_path)
    monkeypatch.setattr(sys, "stdin", _Stdin(b""))
    extra = {"map": ["-o", str(tmp_path / "maps")],
             "batch": ["-o", str(tmp_path / "out.geojson")]}.get(command, [])
    status, out, err = cli(capsys, command, where, *extra)
    name = "standard input" if where == "-" else where
    assert status == 0, err
    assert err == f"geo: no text in {name}\n"
    if command == "events":
        assert json.loads(out)["features"] == []
    if command == "batch":
        assert json.loads((tmp_path / "out.geojson").read_text())["features"] == []
        assert not (tmp_path / "out.errors.jsonl").exists()


def test_empty_stdin_in_a_subprocess(tmp_path):
    proc = run("events", "-", stdin=b"", cwd=tmp_path)
    assert proc.returncode == 0
    assert proc.stderr == b"geo: no text in standard input\n"
    assert json.loads(proc.stdout)["features"] == []


# --- batch errors on stderr ----------------------------------------------------------------------

@pytest.mark.parametrize(("bad_lines", "shown", "more"), [(1, 1, None), (3, 3, None), (5, 3, 2)])
def test_batch_prints_the_first_errors(tmp_path, capsys, bad_lines, shown, more):
    lines = [json.dumps({"text": NEWS})] + ["{not json"] * bad_lines
    src = tmp_path / "c.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["batch", str(src), "-o", str(tmp_path / "e.csv")]) == 1
    err = capsys.readouterr().err.splitlines()
    errors = [x for x in err if x.startswith("geo: error: ")]
    assert errors == [f"geo: error: {src}:{n}: not valid JSON: Expecting property name "
                      "enclosed in double quotes at column 2" for n in range(2, 2 + shown)]
    assert err[-1] == (f"geo: {bad_lines} input record(s) failed"
                       + (f" ({more} more not shown)" if more else "")
                       + f"; see {tmp_path / 'e.errors.jsonl'}")
    assert len((tmp_path / "e.errors.jsonl").read_text().splitlines()) == bad_lines


def test_batch_of_a_missing_file_says_which(tmp_path, capsys):
    assert main(["batch", str(tmp_path / "missing.txt"), "-o", str(tmp_path / "e.csv")]) == 1
    err = capsys.readouterr().err
    assert f"geo: error: {tmp_path / 'missing.txt'}:0: " in err and "no such file" in err


# --- a missing extra, Ctrl-C under Dask -----------------------------------------------------

BLOCK_DASK = ("import sys; sys.modules['dask'] = sys.modules['distributed'] = None; "
              "from geo.cli import main; sys.exit(main(sys.argv[1:]))")


@pytest.mark.parametrize("flags", [["--workers", "2"], ["--scheduler", "tcp://127.0.0.1:9"]])
def test_missing_batch_extra_is_one_line(tmp_path, flags):
    src = tmp_path / "a.txt"
    src.write_text(NEWS, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-c", BLOCK_DASK, "batch", str(src), "-o",
                           str(tmp_path / "e.csv"), *flags], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 1
    assert proc.stderr.count("\n") == 1 and proc.stderr.startswith("geo: error: ")
    assert "install geo[batch]" in proc.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def _spawned(pid: int, what: str = "spawn_main") -> list[psutil.Process]:
    out = []
    for child in psutil.Process(pid).children(recursive=True):
        try:
            if what in " ".join(child.cmdline()):
                out.append(child)
        except psutil.Error:
            pass
    return out


def _workers(pid: int) -> list[psutil.Process]:
    """The worker processes under ``pid``: spawned ones, or those its fork server forked (a
    fork has the server's command line, and the server is this process's own child)."""
    out = _spawned(pid)
    for server in _spawned(pid, "forkserver"):
        try:
            if server.ppid() == pid:
                out.extend(server.children())
        except psutil.Error:
            pass
    return out


def _blocks_sigint(pid: int) -> bool:
    """True when every thread of the process blocks SIGINT (Dask workers started by geo)."""
    masks = []
    for status in Path(f"/proc/{pid}/task").glob("*/status"):
        with open(status, encoding="ascii") as f:
            masks.append(next(int(x.split()[1], 16) for x in f if x.startswith("SigBlk:")))
    return bool(masks) and all(m & (1 << (signal.SIGINT - 1)) for m in masks)


# When Ctrl-C comes, in the order a run goes: the cluster starting (its resource tracker
# appears just before the workers are spawned), the first worker process spawned, and the
# run under way (both workers started and working).
CTRL_C_MOMENTS = ["cluster starting", "worker spawning", "run under way"]


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux /proc")
@pytest.mark.parametrize("moment", CTRL_C_MOMENTS)
def test_ctrl_c_under_dask_is_one_line_and_exit_130_whenever_it_comes(tmp_path, moment):
    src = tmp_path / "big.jsonl"
    with open(src, "w", encoding="utf-8") as f:
        for i in range(3000):
            f.write(json.dumps({"text": NEWS.replace("three", str(i + 3))}) + "\n")
    # A session of its own, signalled as a whole: as a terminal's Ctrl-C signals the
    # foreground process group, workers included.
    proc = subprocess.Popen([sys.executable, "-m", "geo.cli", "batch", str(src), "-o",
                             str(tmp_path / "e.gpkg"), "--workers", "2"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True, env={**os.environ, "COLUMNS": "80"})
    workers: list[psutil.Process] = []
    try:
        deadline = time.monotonic() + 60
        if moment == "cluster starting":
            while not _spawned(proc.pid, "resource_tracker") and time.monotonic() < deadline:
                time.sleep(0.001)
        elif moment == "worker spawning":
            while not (workers := _workers(proc.pid)) and time.monotonic() < deadline:
                time.sleep(0.001)
        else:
            while len(workers := _workers(proc.pid)) < 2 and time.monotonic() < deadline:
                time.sleep(0.05)
            assert len(workers) == 2, "the local cluster did not start"
            assert all(_blocks_sigint(w.pid) for w in workers)
            time.sleep(1.0)  # the workers register and take tasks
        assert time.monotonic() < deadline, f"never reached: {moment}"
        assert proc.poll() is None, "the run ended before it could be interrupted"
        os.killpg(proc.pid, signal.SIGINT)
        workers = (workers or _workers(proc.pid)) + _spawned(proc.pid, "forkserver")
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    assert (proc.returncode, err.decode()) == (130, "geo: interrupted\n")
    gone, alive = psutil.wait_procs(workers, timeout=10)
    assert alive == []
    assert not (tmp_path / "e.gpkg").exists()
