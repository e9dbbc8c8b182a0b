"""Stage 1a: find input files and read their bytes (`RawDocument`)."""

from pipeline.read.files import (SUFFIXES, InputError, check_paths, is_input, iter_documents, list_inputs, read_file,
                                 remove_nul_bytes)

__all__ = ["SUFFIXES", "InputError", "check_paths", "is_input", "iter_documents", "list_inputs", "read_file", "remove_nul_bytes"]
