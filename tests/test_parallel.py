"""Jobs run in forked processes: results come back, failures are reported, a killed worker does not hang."""
import os
import signal

import pytest

from generator.parallel import Forked


def test_a_forked_job_returns_its_result_and_runs_in_another_process():
    assert Forked(lambda: (os.getpid(), [1, 2]), "job").result()[1] == [1, 2]
    assert Forked(os.getpid, "job").result() != os.getpid()
    assert Forked(os.getpid, "job", inline=True).result() == os.getpid()


def test_a_failing_job_reports_its_traceback():
    def job():
        raise ValueError("bad cell")
    with pytest.raises(RuntimeError, match="(?s)indexer failed.*ValueError: bad cell"):
        Forked(job, "indexer").result()


def test_a_worker_killed_outright_stops_the_build_instead_of_hanging():
    with pytest.raises(RuntimeError, match=r"page worker stopped \(exit code -9\)"):
        Forked(lambda: os.kill(os.getpid(), signal.SIGKILL), "page worker").result()
