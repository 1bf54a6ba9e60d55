"""Errors a user sees as one readable line."""


class PipelineError(Exception):
    """Base class: ``str(err)`` is the one-line message shown to the user."""


class InputError(PipelineError):
    """The input cannot be read (missing, empty, encrypted, not a PDF, ...)."""


class MissingDependencyError(PipelineError):
    """A system tool the input needs is not installed (e.g. Tesseract)."""
