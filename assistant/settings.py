"""The one typed Settings object: built at the entry point from ASSISTANT_* variables and passed down."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

# Variables that keep every library local and silent; applied by the entry points (see `offline_env`).
OFFLINE_ENV: dict[str, str] = {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "GRADIO_ANALYTICS_ENABLED": "False",
    "ANONYMIZED_TELEMETRY": "False",
    "TOKENIZERS_PARALLELISM": "false",
}


class Settings(BaseSettings):
    """Every knob of the assistant. Each field maps to an ASSISTANT_<NAME> environment variable."""

    model_config = SettingsConfigDict(env_prefix="ASSISTANT_", extra="ignore")

    # Where things live
    corpus_dir: Path = Field(Path("corpus"), description="Folder of patient guides (txt, md, html, pdf).")
    data_dir: Path = Field(Path("data"), description="Git-ignored folder for the index and the chat log.")
    index_dir: Path | None = Field(
        None, description="Chroma folder for the embedded store; default: <data_dir>/index."
    )
    collection: str = Field("guides", description="Chroma collection name prefix.")
    chroma_host: str | None = Field(
        None, description="Chroma server host (`chroma run`); unset means the embedded store on disk."
    )
    chroma_port: int = Field(8000, description="Chroma server port, used with chroma_host.")

    # Ingest
    max_file_mb: float = Field(20.0, description="Guides larger than this are skipped and reported.")
    chunk_chars: int = Field(450, description="Target passage size in characters (measured: see EVALUATION.md).")
    chunk_min_chars: int = Field(200, description="Passages shorter than this merge with a neighbour.")
    embed_batch: int = Field(32, description="Passages embedded per batch.")
    embed_threads: int = Field(0, description="Torch threads for embedding; 0 = all cores.")
    rebuild: bool = Field(False, description="Ingest: drop the index and build it from scratch.")
    dry_run: bool = Field(False, description="Ingest: report what would change, write nothing.")
    json_output: bool = Field(False, description="Ingest/ask: print one JSON object on stdout.")

    # Answering
    passages_k: int = Field(8, description="Retrieved passages shown to staff (at least 5).")
    max_citations: int = Field(3, description="Most passages one answer may cite.")
    max_answer_sentences: int = Field(4, description="Most sentences in an extractive answer.")
    max_question_chars: int = Field(2000, description="Longer questions are refused with a clear message.")

    # Optional generative backend (LangChain chat models)
    llm: str = Field("none", description="none | ollama:<model> | openai:<model> | llamacpp:<path.gguf>.")
    llm_base_url: str | None = Field(None, description="Base URL of an OpenAI-compatible or Ollama server.")
    llm_api_key: SecretStr = Field(SecretStr("not-needed"), description="API key for openai: backends.")
    llm_timeout_s: float = Field(20.0, description="Seconds before a model answer is abandoned for the extractive one.")

    # Safety contacts, per deployment (defaults: US)
    care_team_phone: str = Field(
        "the 24-hour number your treatment centre gave you",
        description="Care team's 24-hour phone number shown in urgent responses.",
    )
    emergency_number: str = Field("911", description="Local emergency number.")
    crisis_line: str = Field("988", description="Suicide and crisis line (call or text).")
    self_harm_similarity: bool = Field(
        True, description="Also escalate messages close in meaning to self-harm statements (MiniLM backstop)."
    )
    urgent_similarity: bool = Field(
        True, description="Also escalate reports of a symptom now close in meaning to urgent red flags (MiniLM backstop)."
    )
    advice_similarity: bool = Field(
        True, description="Also flag questions close in meaning to requests for personal medical advice (MiniLM backstop)."
    )
    query_adapter: bool = Field(
        True,
        description="Rank with <corpus_dir>/query_adapter.npz when it was learned for the indexed guides "
        "(python -m assistant tune).",
    )

    # App
    host: str = Field("127.0.0.1", description="Address the app binds to.")
    port: int = Field(7860, description="Port the app listens on.")
    staff_token: SecretStr | None = Field(
        None, description="Token that unlocks the Review and Library tabs; unset disables them."
    )
    concurrency: int = Field(4, description="Chat requests answered at once by the app.")
    upload_max_mb: float = Field(10.0, description="Largest guide a maintainer may upload.")

    # Privacy
    store_conversations: bool = Field(True, description="Keep redacted questions, answers and feedback in SQLite.")
    retention_days: int = Field(30, description="Stored conversations older than this are deleted.")
    log_questions: bool = Field(False, description="Write question text to the diagnostic log (off for privacy).")

    @field_validator("passages_k")
    @classmethod
    def _at_least_five(cls, value: int) -> int:
        if value < 5:
            raise ValueError("passages_k must be at least 5 so staff see enough context")
        return value

    @property
    def resolved_index_dir(self) -> Path:
        return self.index_dir if self.index_dir is not None else self.data_dir / "index"

    @property
    def query_adapter_path(self) -> Path:
        return self.corpus_dir / "query_adapter.npz"

    @property
    def chat_db_path(self) -> Path:
        return self.data_dir / "conversations.sqlite3"

    @property
    def uses_server(self) -> bool:
        return bool(self.chroma_host)
