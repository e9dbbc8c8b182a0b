"""Stage 1a: find input files and read their bytes (`RawDocument`)."""

from pipeline.read.files import SUFFIXES, InputError, is_input, iter_documents, list_inputs, read_file

__all__ = ["SUFFIXES", "InputError", "is_input", "iter_documents", "list_inputs", "read_file"]
