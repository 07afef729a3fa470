"""Optional generative answers: LangChain chat model backends, the prompt, verification and the composer."""

from assistant.llm.backends import BackendSpec, build_chat_model, parse_llm
from assistant.llm.compose import FALLBACK_ENGINE, GenerativeComposer
from assistant.llm.verify import SUPPORT_THRESHOLD, Verdict, verify_answer

__all__ = [
    "FALLBACK_ENGINE",
    "SUPPORT_THRESHOLD",
    "BackendSpec",
    "GenerativeComposer",
    "Verdict",
    "build_chat_model",
    "parse_llm",
    "verify_answer",
]
