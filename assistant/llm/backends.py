"""Turns the `llm` setting into a LangChain chat model; integration packages are imported only when chosen."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from assistant.errors import ConfigError
from assistant.settings import Settings

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

FORMS = "none | ollama:<model> | openai:<model> | llamacpp:<path.gguf>"
# Answers are 2-5 short sentences; a cap keeps a runaway model from holding the worker for long.
MAX_ANSWER_TOKENS = 400
LLAMACPP_CONTEXT = 4096


@dataclass(frozen=True)
class BackendSpec:
    """A parsed `llm` setting: which integration and which model (name or .gguf path)."""

    kind: str
    model: str

    @property
    def label(self) -> str:
        """Short name for answers and logs ("openai:gpt-4o-mini", "llamacpp:phi-3.gguf")."""
        shown = Path(self.model).name if self.kind == "llamacpp" else self.model
        return f"{self.kind}:{shown}"


_PACKAGES = {
    "openai": ("langchain_openai", "langchain-openai", "openai"),
    "ollama": ("langchain_ollama", "langchain-ollama", "ollama"),
    "llamacpp": ("langchain_community.chat_models", "langchain-community and llama-cpp-python", "llamacpp"),
}


def parse_llm(value: str) -> BackendSpec | None:
    """None for "none"/empty; otherwise kind and model, or ConfigError saying which forms are valid."""
    text = value.strip()
    if text.lower() in ("", "none", "off", "extractive"):
        return None
    kind, sep, model = text.partition(":")
    kind, model = kind.strip().lower(), model.strip()
    if not sep or kind not in _PACKAGES:
        raise ConfigError(f"ASSISTANT_LLM={value!r} is not a known backend", hint=f"use {FORMS}")
    if not model:
        raise ConfigError(f"ASSISTANT_LLM={value!r} names no model", hint=f"write it as {kind}:<model>")
    if kind == "llamacpp":
        _check_gguf(Path(model).expanduser(), value)
    return BackendSpec(kind, model)


def _check_gguf(path: Path, value: str) -> None:
    if path.suffix.lower() != ".gguf":
        raise ConfigError(
            f"ASSISTANT_LLM={value!r}: llamacpp needs a .gguf file", hint="write it as llamacpp:<path.gguf>"
        )
    if not path.is_file():
        raise ConfigError(
            f"ASSISTANT_LLM={value!r}: no model file at {path}", hint="check the path to the .gguf file"
        )


def _import(kind: str) -> ModuleType:
    module, package, extra = _PACKAGES[kind]
    try:
        return importlib.import_module(module)
    except ImportError as error:
        raise ConfigError(
            f"the {kind} backend needs {package}, which is not installed",
            hint=f"pip install .[{extra}]  (or set ASSISTANT_LLM=none for the extractive engine)",
        ) from error


def build_chat_model(settings: Settings) -> BaseChatModel | None:
    """The chat model the setting asks for, or None for the extractive engine. Never contacts the server."""
    spec = parse_llm(settings.llm)
    if spec is None:
        return None
    module = _import(spec.kind)
    timeout = settings.llm_timeout_s
    if spec.kind == "openai":
        # max_retries=0: the composer's own timeout and extractive fallback replace client-side retries.
        model: BaseChatModel = module.ChatOpenAI(
            model=spec.model,
            base_url=settings.llm_base_url,
            api_key=settings.llm_api_key,
            timeout=timeout,
            max_retries=0,
            temperature=0,
            max_tokens=MAX_ANSWER_TOKENS,
        )
    elif spec.kind == "ollama":
        model = module.ChatOllama(
            model=spec.model,
            base_url=settings.llm_base_url,
            temperature=0,
            num_predict=MAX_ANSWER_TOKENS,
            client_kwargs={"timeout": timeout},
        )
    else:
        model = module.ChatLlamaCpp(
            model_path=str(Path(spec.model).expanduser()),
            temperature=0,
            max_tokens=MAX_ANSWER_TOKENS,
            n_ctx=LLAMACPP_CONTEXT,
            verbose=False,
        )
    return model
