"""Ingest: readers for every input format, the seed dateline, and duplicate detection."""

from .readers import ReaderOptions, read_path, read_paths, read_string  # noqa: F401
