"""Both cores at once: jobs run in forked processes (a build's data is shared copy-on-write)."""
from __future__ import annotations

import os
import signal
import sys
import time

# Both cores of the machines offices and CI use; 1 turns parallel rendering off.
WORKERS = max(1, min(2, os.cpu_count() or 1))

_running: set["Forked"] = set()      # jobs whose result has not been taken
_stopping = False                    # in a job: it was told to stop (SIGTERM)
_in_job = False                      # in a job: the jobs it starts run inline (a job's process has no children)


class Forked:
    """A job run in a forked process (so the two cores work at once), or, when ``inline`` or
    started by another job, run in this process when its result is asked for."""

    def __init__(self, job, name: str, inline: bool = False):
        self.name = name
        if inline or _in_job:
            self.process, self._job = None, job
            return
        import multiprocessing
        context = multiprocessing.get_context("fork")
        self.queue = context.Queue()
        self.process = context.Process(target=self._run, args=(job,), daemon=True)
        self.process.start()
        _running.add(self)

    def _run(self, job) -> None:
        import traceback
        global _in_job
        _in_job = True
        # Unwinding when stopped (stop_all), so that what it was making is removed.
        signal.signal(signal.SIGTERM, _stop)
        try:
            self.queue.put((job(), None))
        except BaseException:
            self.queue.put((None, traceback.format_exc()))

    def result(self):
        if self.process is None:
            return self._job()
        import queue
        while True:
            stopped = not self.process.is_alive()
            try:
                value, error = self.queue.get(timeout=1)
                break
            except queue.Empty:
                if stopped:       # killed outright (out of memory) before sending anything: do not hang
                    raise RuntimeError(f"{self.name} stopped (exit code {self.process.exitcode})") from None
        self.process.join()
        _running.discard(self)
        if error:
            raise RuntimeError(f"{self.name} failed:\n{error}")
        return value


def _stop(*_) -> None:
    global _stopping
    _stopping = True
    sys.exit(128 + signal.SIGTERM)


def stopping() -> bool:
    """Whether this job was told to stop: its threads start no program (which the signal, sent
    before, would not reach)."""
    return _stopping


def stop_all(grace: float = 10) -> None:
    """Stop the jobs still running, when the build has failed: one still writing pages into the
    staging folder would make parts of it again after it was removed (and left there), and a
    search indexer left running would write into the cache beside the next build's.  Each is sent
    SIGTERM (a job unwinds: the indexer stops its Pagefind and removes its corpus), then SIGKILL
    if it has not ended within ``grace`` seconds, or when this is interrupted."""
    jobs = [job for job in _running if job.process.is_alive()]
    try:
        for job in jobs:
            job.process.terminate()
        deadline = time.monotonic() + grace
        for job in jobs:
            job.process.join(max(0.0, deadline - time.monotonic()))
    finally:
        for job in jobs:
            if job.process.is_alive():
                job.process.kill()
            job.process.join()
        _running.clear()


def parallel_pays(total: int, workers: int = WORKERS) -> bool:
    # Forking pays off only for large sites; small ones (and the tests) stay in one process.
    return workers > 1 and total >= 2000 and hasattr(os, "fork")
