"""Error codes and the error record that ingest and analysis keep for bad input.

Every problem with an input is turned into an :class:`InputProblem` with a code, the place
(file, line or record) and a human-readable reason. Problems are stored in the database and
summarised at the end of a run; they never stop a batch.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import Enum


class ErrorCode(str, Enum):
    """Stable codes for what can go wrong with one input."""

    E001_BINARY = "E001"  # file looks binary (NUL bytes, undecodable)
    E002_ENCODING = "E002"  # could not decode text in any supported encoding
    E003_EMPTY = "E003"  # file or record has no text
    E004_JSON = "E004"  # malformed JSON line
    E005_DATE = "E005"  # impossible or unparseable date
    E006_TOO_LARGE = "E006"  # input over the size limit
    E007_MISSING_FIELD = "E007"  # JSONL record lacks the text field
    E008_NOT_FOUND = "E008"  # path does not exist or matches nothing
    E009_HTML = "E009"  # HTML had no extractable main text
    E010_ANALYSIS = "E010"  # the analysis pipeline failed on this article
    E011_READ = "E011"  # file could not be read (permissions, I/O, broken link or stream)
    E012_CSV = "E012"  # a CSV row is malformed (unbalanced quote, field over the limit)
    E013_ID_REUSED = "E013"  # a record's id is stored already with another text


class LagebildError(Exception):
    """A domain error the CLI turns into a clear message and a non-zero exit."""


@dataclass(frozen=True)
class InputProblem:
    """One bad input: where it is, what went wrong, and at which stage."""

    code: ErrorCode
    source: str
    location: str | None
    reason: str
    stage: str = "ingest"

    def to_dict(self) -> dict:
        """Return the problem as a JSON-ready dict."""
        d = asdict(self)
        d["code"] = self.code.value
        return d

    def __str__(self) -> str:
        where = f"{self.source}:{self.location}" if self.location else self.source
        return f"{where}: [{self.code.value}] {self.reason}"
