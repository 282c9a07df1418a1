"""Which language the user reads: Vietnamese by default, English as the second.

Qt screens translate through Qt's .qm files; headless text (command-line help)
picks between the two strings given here.
"""

from __future__ import annotations

import os

LANG_ENV_VAR = "ANSINH_LANG"
LANGUAGES = ("vi", "en")


def current_language() -> str:
    lang = os.environ.get(LANG_ENV_VAR, "vi").lower()[:2]
    return lang if lang in LANGUAGES else "vi"


def pick(vi: str, en: str) -> str:
    """The string in the user's language."""
    return en if current_language() == "en" else vi
