"""The Article: one dated news text as it enters the analysis."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field


def content_id(text: str) -> str:
    """Return the article id: a content hash of the analysed text (first 16 hex of SHA-256)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass
class Article:
    """One article.

    ``text`` is exactly the text that every offset in the analysis points into (for the seed
    layout that is the body after the dateline). ``date`` is an ISO date of the given
    ``date_precision`` ("day" -> ``2022-03-05``, "month" -> ``2022-03``, "year" -> ``2022``), or None
    when the article has no date: a date is never invented.
    """

    text: str
    id: str | None = None
    date: str | None = None
    date_precision: str | None = None
    dateline_place: str | None = None
    dateline_agency: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    location: str | None = None  # line or record within source, for provenance of errors
    meta: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.id is None:
            self.id = content_id(self.text)

    @property
    def dateline(self) -> dict | None:
        """Return the dateline as the document contract shows it, or None."""
        if self.dateline_place is None and self.dateline_agency is None:
            return None
        return {"place": self.dateline_place, "agency": self.dateline_agency}

    def to_dict(self) -> dict:
        """Return a plain dict (for pickling across processes and for storage)."""
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> "Article":
        """Build an Article from :meth:`to_dict` output."""
        return cls(**d)
