"""Stage 1a: find input files and read their bytes (`RawDocument`)."""

from pipeline.read.files import InputError, iter_documents, SUFFIXES

__all__ = ["InputError", "iter_documents", "SUFFIXES"]
