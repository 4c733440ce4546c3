"""What a corpus run shows as it goes and leaves behind: the progress line, the errors report."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from geo.io.read import ReadError


def _write_errors(errors: list[ReadError], path: Path) -> None:
    """The errors report, one JSON object per line; only when something failed. A report
    left at ``path`` by an earlier run is removed, so it is never taken for this run's."""
    from geo.io.atomic import atomic_path

    if not errors:
        if path.is_file():
            path.unlink()
        return
    with atomic_path(path, "errors report") as tmp:
        with open(tmp, "w", encoding="utf-8") as f:
            for err in errors:
                record = {"file": err.file, "line": err.line, "reason": err.reason}
                f.write(json.dumps(record, ensure_ascii=False) + "\n")


class _Progress:
    """One self-rewriting line on standard error: done/total, articles/s, ETA."""

    def __init__(self, total: int, *, enabled: bool) -> None:
        self.total = total
        self.enabled = enabled
        self.done = 0
        self.started = time.perf_counter()
        self.shown = 0.0

    def advance(self, n: int = 1) -> None:
        self.done += n
        if not self.enabled:
            return
        now = time.perf_counter()
        if now - self.shown >= 0.2:
            self.shown = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        elapsed = max(now - self.started, 1e-9)
        rate = self.done / elapsed
        total = max(self.total, self.done)
        width = 24
        filled = int(width * self.done / total) if total else width
        eta = (total - self.done) / rate if rate > 0 else 0.0
        line = (f"\r[{'#' * filled}{'.' * (width - filled)}] {self.done}/{total} articles "
                f"{rate:6.1f}/s ETA {int(eta // 60)}:{int(eta % 60):02d} ")
        sys.stderr.write(line)
        sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            self.total = self.done  # the estimate counted blank and malformed lines too
            self._draw(time.perf_counter())
            sys.stderr.write("\n")
            sys.stderr.flush()
