#!/usr/bin/env bash
# The 15,000-guide runs (about an hour on 2 cores; run with nohup): ingest, ask latency, memory, cold start.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
$PY bench/ingest_bench.py --sizes 15000 --no-bundled --raw-sample 5000 --name ingest_15000
$PY bench/ask_latency.py --sizes 15000 --no-bundled --rounds 2 --name ask_latency_15000
$PY bench/memory.py --sizes 15000 --no-bundled --name memory_15000
$PY bench/cold_start.py --sizes 15000 --no-bundled --repeats 2 --name cold_start_15000
$PY bench/report.py
