"""Swedish public-sector publications into clean, analysable tables.

>>> from pipeline import extract, load   # doctest: +SKIP
>>> tables = extract("raw/some.pdf")     # dict: table name -> DataFrame
"""
__version__ = "0.1.0"

__all__ = ["extract", "load", "__version__"]


def extract(path, **kwargs):
    """Run the whole pipeline on one input file; return its tables."""
    from pipeline.api import extract as _extract

    return _extract(path, **kwargs)


def load(folder):
    """Read the tables back from a folder written by ``pipeline run``."""
    from pipeline.api import load as _load

    return _load(folder)
