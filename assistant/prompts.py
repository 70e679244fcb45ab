"""Prompts are files in `prompts/` (`answer.id.txt`, `answer.en.txt`), loaded and checked at start-up.

A prompt file has a `[system]` and a `[user]` section; the user section must use every variable the
program fills ({passages}, {question}) and no other. A missing section or variable is a ConfigError
naming the file, not an empty string at run time.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from pathlib import Path

from ingest.core.errors import ConfigError

PROMPTS_DIR = Path(__file__).resolve().parent.parent / "prompts"
REQUIRED = {"passages", "question"}
NOT_FOUND_MARK = {"id": "TIDAK ADA DALAM CATATAN", "en": "NOT IN THE RECORDS"}


@dataclass(frozen=True)
class Prompt:
    system: str
    user: str
    path: Path

    def render(self, **values: str) -> tuple[str, str]:
        return self.system, self.user.format(**values)


def load_prompt(language: str, folder: Path = PROMPTS_DIR) -> Prompt:
    path = folder / f"answer.{language}.txt"
    if not path.exists():
        raise ConfigError(f"prompt file {path} is missing; every answer language needs one")
    text = path.read_text(encoding="utf-8")
    sections = dict(re.findall(r"^\[(system|user)\]\n(.*?)(?=^\[(?:system|user)\]\n|\Z)", text, re.M | re.S))
    for name in ("system", "user"):
        if not sections.get(name, "").strip():
            raise ConfigError(f"prompt file {path} has no [{name}] section")
    fields = {f for _, f, _, _ in string.Formatter().parse(sections["user"]) if f}
    if fields != REQUIRED:
        missing, unknown = REQUIRED - fields, fields - REQUIRED
        raise ConfigError(
            f"prompt file {path}: the [user] section must use {{passages}} and {{question}}"
            + (f"; missing {sorted(missing)}" if missing else "")
            + (f"; unknown {sorted(unknown)}" if unknown else "")
        )
    if NOT_FOUND_MARK[language] not in sections["system"]:
        raise ConfigError(f"prompt file {path} must tell the model to write {NOT_FOUND_MARK[language]!r} when the passages do not answer")
    return Prompt(sections["system"].strip(), sections["user"].strip(), path)


def load_prompts(folder: Path = PROMPTS_DIR) -> dict[str, Prompt]:
    return {language: load_prompt(language, folder) for language in ("id", "en")}
