"""Shared benchmark plumbing: machine facts, result files, percentiles, index building, Chroma server and app."""

from __future__ import annotations

import json
import math
import os
import platform
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as `python bench/x.py`: make the assistant package importable
    sys.path.insert(0, str(ROOT))

from assistant.settings import OFFLINE_ENV  # noqa: E402

RESULTS = ROOT / "bench" / "results"
OUT = ROOT / "bench" / "out"
BUNDLED = ROOT / "corpus"
PYTHON = sys.executable
CHROMA = str(Path(sys.executable).with_name("chroma"))

os.environ.update(OFFLINE_ENV)


def machine() -> dict[str, Any]:
    """What the numbers were measured on, including how busy the machine was."""
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = 0.0
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                ram = int(line.split()[1]) / 1024 / 1024
    except OSError:
        pass
    return {
        "nproc": os.cpu_count(),
        "ram_gb": round(ram, 1),
        "cpu": cpu,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "loadavg": [round(x, 2) for x in os.getloadavg()],
    }


def write_result(name: str, payload: dict[str, Any]) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{name}.json"
    body = {"benchmark": name, "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "machine": machine(), **payload}
    path.write_text(json.dumps(body, indent=2) + "\n")
    print(f"wrote {path.relative_to(ROOT)}", file=sys.stderr)
    return path


def percentile(values: Sequence[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100); 0.0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(1, min(len(ordered), math.ceil(p / 100 * len(ordered))))
    return ordered[rank - 1]


def latency_stats(seconds: Sequence[float]) -> dict[str, float]:
    ms = [s * 1000 for s in seconds]
    return {
        "n": len(ms),
        "p50_ms": round(percentile(ms, 50), 1),
        "p95_ms": round(percentile(ms, 95), 1),
        "mean_ms": round(sum(ms) / len(ms), 1) if ms else 0.0,
        "max_ms": round(max(ms), 1) if ms else 0.0,
    }


def sizes_arg(text: str) -> list[int]:
    return [int(x) for x in text.split(",") if x.strip()]


def corpus_for(size: int) -> Path:
    """size 0 means the bundled guides; otherwise that many MedQuAD guides under bench/out/."""
    if size == 0:
        return BUNDLED
    from medquad import build_corpus

    return build_corpus(size)


def index_for(size: int) -> Path:
    return OUT / ("bundled" if size == 0 else f"medquad_{size}") / "index"


def label(size: int) -> str:
    return "bundled (4)" if size == 0 else f"{size:,}"


def ensure_index(size: int, embedder: Any = None) -> tuple[Path, Path]:
    """Corpus and an up-to-date embedded index for that size (built once; later runs re-ingest nothing)."""
    from assistant.services import build_services
    from assistant.settings import Settings

    corpus, index = corpus_for(size), index_for(size)
    settings = Settings(corpus_dir=corpus, data_dir=index.parent, index_dir=index)
    services = build_services(settings, embedder=embedder)
    summary = services.library.ingest()
    if summary.passages:
        print(f"indexed {label(size)} guides: {summary.line()}", file=sys.stderr)
    return corpus, index


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def child_env(**assistant: str) -> dict[str, str]:
    """The environment for a child process: no inherited ASSISTANT_* settings, offline, unbuffered."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")}
    env.update(OFFLINE_ENV, PYTHONUNBUFFERED="1")
    env.update({f"ASSISTANT_{k.upper()}": v for k, v in assistant.items()})
    return env


def wait_http(url: str, process: subprocess.Popen[bytes], timeout_s: float, log: Path) -> float:
    """Poll url until it answers 200; returns the seconds waited. Fails if the process dies first."""
    started = time.perf_counter()
    while time.perf_counter() - started < timeout_s:
        if process.poll() is not None:
            raise RuntimeError(f"{process.args!r} exited with {process.returncode}:\n{log.read_text()[-2000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return time.perf_counter() - started
        except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
            pass
        time.sleep(0.1)
    raise RuntimeError(f"{url} did not answer within {timeout_s:.0f} s:\n{log.read_text()[-2000:]}")


def stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


@dataclass
class Served:
    url: str
    process: subprocess.Popen[bytes]
    log: Path
    started_s: float  # seconds from spawn until it answered


@contextmanager
def chroma_server(path: Path, port: int | None = None, timeout_s: float = 60) -> Iterator[Served]:
    """A real `chroma run` on 127.0.0.1 serving path (a folder written by PersistentClient works)."""
    port = port or free_port()
    log = path.parent / f"chroma-{port}.log"
    url = f"http://127.0.0.1:{port}"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [CHROMA, "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)],
            stdout=out, stderr=subprocess.STDOUT, env=child_env(),
        )
    try:
        waited = wait_http(f"{url}/api/v2/heartbeat", process, timeout_s, log)
        yield Served(url, process, log, waited)
    finally:
        stop(process)


@contextmanager
def app_server(
    corpus: Path, index: Path, settings: dict[str, str] | None = None, timeout_s: float = 900
) -> Iterator[Served]:
    """`python app.py --port P` over corpus and an existing index, logging to bench/out/app-<port>.log."""
    port = free_port()
    OUT.mkdir(parents=True, exist_ok=True)
    log = OUT / f"app-{port}.log"
    env = child_env(corpus_dir=str(corpus), data_dir=str(index.parent), index_dir=str(index), **(settings or {}))
    started = time.perf_counter()
    with log.open("wb") as out:
        process = subprocess.Popen(
            [PYTHON, "app.py", "--port", str(port)], cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT
        )
    try:
        url = f"http://127.0.0.1:{port}"
        wait_http(url, process, timeout_s, log)
        yield Served(url, process, log, time.perf_counter() - started)
    finally:
        stop(process)


def fresh_dir(path: Path) -> Path:
    if path.exists():
        shutil.rmtree(path)
    path.mkdir(parents=True)
    return path


def vm_hwm_mb(pid: int) -> float:
    """Peak resident set size of a live process (VmHWM), in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def ask_app(client: Any, question: str, history: Sequence[dict[str, str]] = ()) -> dict[str, Any]:
    """One /ask call through gradio_client; raises if the answer lacks what every answer must carry."""
    result = client.predict(question, list(history), api_name="/ask")
    if not isinstance(result, dict) or not result.get("disclaimer") or "flags" not in result:
        raise RuntimeError(f"unexpected /ask result: {str(result)[:300]}")
    return result


def app_client(url: str) -> Any:
    from gradio_client import Client

    return Client(url, verbose=False)
