"""File and folder names made from text (run folders, figure files): the package's one slug function."""

from __future__ import annotations

import re

__all__ = ["slugify"]


def slugify(text: str, keep: str = "._-", lowercase: bool = False) -> str:
    """``text`` as a file or folder name: ASCII letters, digits and the characters of ``keep`` stay, every
    other run of characters becomes one ``-``; ``..`` becomes ``.``; ``-``, ``.`` and ``_`` are trimmed from
    both ends. ``""`` when nothing is left (a name of Chinese characters only): the caller decides what then.

    ``lowercase``: lowercase first and drop characters outside ASCII rather than replace them (figure files:
    ``"Dumbbells: Shared (EN)"`` with ``keep=""`` → ``"dumbbells-shared-en"``).
    """
    if lowercase:
        text = text.lower().encode("ascii", "ignore").decode("ascii")
    slug = re.sub(f"[^A-Za-z0-9{re.escape(keep)}]+", "-", text)
    return re.sub(r"\.{2,}", ".", slug).strip("-._")
