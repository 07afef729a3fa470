"""The command line as a maintainer and a tool use it: real processes, real model, real Chroma in tmp."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.slow


def _run(args: list[str], env_extra: dict[str, str], stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")} | env_extra
    return subprocess.run(
        [sys.executable, *args], cwd=REPO, env=env, input=stdin, capture_output=True, text=True, timeout=300
    )


@pytest.fixture(scope="module")
def cli_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    data = tmp_path_factory.mktemp("cli")
    corpus = data / "corpus"
    corpus.mkdir()
    for guide in (REPO / "corpus").iterdir():
        (corpus / guide.name).write_bytes(guide.read_bytes())
    return {"ASSISTANT_DATA_DIR": str(data / "data"), "ASSISTANT_CORPUS_DIR": str(corpus)}


def test_ingest_json_summary_then_unchanged_rerun(cli_env: dict[str, str]) -> None:
    first = _run(["ingest.py", "--json"], cli_env)
    assert first.returncode == 0, first.stderr
    summary = json.loads(first.stdout)
    assert {"added", "updated", "unchanged", "removed", "failed", "passages", "seconds"} <= summary.keys()
    assert summary["added"] == 4 and summary["passages"] > 40
    again = json.loads(_run(["ingest.py", "--json"], cli_env).stdout)
    assert again["unchanged"] == 4 and again["passages"] == 0


def test_ask_json_contract(cli_env: dict[str, str]) -> None:
    done = _run(["-m", "assistant", "ask", "--json", "What does autologous mean?"], cli_env)
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert set(answer) >= {"answer", "citations", "passages", "flags", "disclaimer"}
    assert set(answer["flags"]) == {"urgent", "personal_advice", "off_topic", "not_found"}
    assert len(answer["passages"]) >= 5
    cited = answer["citations"][0]
    assert {"n", "guide", "title", "section", "text", "score"} <= cited.keys()
    assert cited["guide"] == "003_fd6cb3c8ce060b70.txt" and "[1]" in answer["answer"]
    assert "same person" in answer["answer"]


def test_ask_jsonl_answers_each_line_with_history(cli_env: dict[str, str]) -> None:
    lines = [
        {"question": "What is TIL therapy?", "history": []},
        {"question": "Is it widely available?", "history": [{"role": "user", "content": "What is TIL therapy?"}]},
        {"question": "What's the capital of France?", "history": "not a list"},
    ]
    done = _run(["-m", "assistant", "ask", "--jsonl"], cli_env, "\n".join(json.dumps(x) for x in lines) + "\nnot json\n")
    assert done.returncode == 0, done.stderr
    out = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(out) == 4
    assert "widely available" in out[1]["answer"]
    assert out[2]["flags"]["off_topic"] and out[2]["citations"] == []
    assert "error" in out[3]


def test_eval_scores_a_file_as_a_table_and_as_json_with_the_apps_own_history(
    cli_env: dict[str, str], tmp_path: Path
) -> None:
    rows = [
        {"id": "a", "question": "What does autologous mean?", "history": [], "guide": "003_fd6cb3c8ce060b70.txt",
         "evidence": ["Cells taken from the same person"], "expect": "answer", "kind": "definition"},
        {"id": "b", "question": "Is it widely available?",
         "history": [{"role": "user", "content": "What is TIL therapy?"},
                     {"role": "assistant", "content": "A reply written by hand."}],
         "guide": "003_fd6cb3c8ce060b70.txt", "evidence": ["isn't widely available yet"], "expect": "answer",
         "kind": "follow-up"},
        {"id": "c", "question": "What's the capital of France?", "history": [], "guide": None, "evidence": [],
         "expect": "out_of_scope", "kind": "off-topic"},
    ]
    questions = tmp_path / "questions.jsonl"
    questions.write_text("".join(json.dumps(row) + "\n" for row in rows))
    table = _run(["-m", "assistant", "eval", str(questions)], cli_env)
    assert table.returncode == 0, table.stderr
    assert "hit@1" in table.stdout and "out-of-scope accuracy" in table.stdout
    done = _run(["-m", "assistant", "eval", str(questions), "--json", "--own-history"], cli_env)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["n"] == 3 and report["answerable"] == 2
    assert report["hit_at_1"] == 1.0 and report["out_of_scope_accuracy"] == 1.0


def test_ask_before_ingest_says_what_to_do(tmp_path: Path) -> None:
    done = _run(["-m", "assistant", "ask", "hello"], {"ASSISTANT_DATA_DIR": str(tmp_path / "empty")})
    assert done.returncode == 1
    assert "python ingest.py" in done.stderr and "Traceback" not in done.stderr


def test_ingest_reports_failures_with_exit_code(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "ok.txt").write_text("Rest Well\nSleep helps recovery after a transplant.\n")
    (corpus / "empty.md").write_text("")
    env = {"ASSISTANT_DATA_DIR": str(tmp_path / "d"), "ASSISTANT_CORPUS_DIR": str(corpus)}
    done = _run(["ingest.py"], env)
    assert done.returncode == 1
    assert "1 added" in done.stdout and "1 failed" in done.stdout
    assert "empty.md" in done.stderr


def test_bad_option_is_a_usage_error(tmp_path: Path) -> None:
    done = _run(["ingest.py", "--corpus", str(tmp_path / "nope")], {"ASSISTANT_DATA_DIR": str(tmp_path)})
    assert done.returncode == 2 and "does not exist" in done.stderr
