"""One exception tree: every error a user can meet carries a hint saying what to do."""

from __future__ import annotations


class AssistantError(Exception):
    """Base error. `hint` tells the user how to fix or work around the problem."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} ({self.hint})" if self.hint else self.message


class ConfigError(AssistantError):
    """A setting or command-line option is invalid."""


class GuideError(AssistantError):
    """One guide could not be read; ingest skips it and reports it by name."""


class IndexMissingError(AssistantError):
    """The index has not been built yet, or is empty."""


class StoreUnavailableError(AssistantError):
    """The vector store (a Chroma server) cannot be reached."""


class InputError(AssistantError):
    """A question or upload was rejected (empty, too long, wrong type)."""


class IndexDamagedError(AssistantError):
    """The on-disk index cannot be read (e.g. a process was killed while Chroma was writing)."""
