"""RedFlag: one red-flag family's patterns, as the safety checks read them."""

from __future__ import annotations

from typing import NamedTuple


class RedFlag(NamedTuple):
    """One red-flag category: strong phrases describe a current event on their own; weak ones need framing."""

    strong: tuple[str, ...]
    weak: tuple[str, ...]
    qualifier: str = ""  # when set, the recent user text must also match it (e.g. "severe", "spreading")
