"""Build hook: compile the repair stage's hot modules with mypyc.

The repair stage is pure Python; compiled with mypyc (the compiler that
builds mypy and black) the same sources run about twice as fast.  Compiling
is the default of every install, editable ones included (the extension
modules then sit beside their sources in ``pipeline/repair/``).  Set
``PIPELINE_PURE_PYTHON=1`` to install without compiling, e.g. while tuning
the repair rules; a compiled module older than its source is reported at
import (see :func:`pipeline.repair.native_modules`).  Without a C compiler
the build falls back to pure Python (the extensions are optional).
"""
import os

from setuptools import setup

# Modules of pipeline/repair on the hot path of every repaired word.
COMPILED = ["core", "candidates", "context", "classes", "resources", "text"]


def ext_modules():
    if os.environ.get("PIPELINE_PURE_PYTHON", "") not in ("", "0"):
        return []
    from mypyc.build import mypycify

    exts = mypycify(
        ["--ignore-missing-imports", "--follow-imports=silent"]
        + [f"pipeline/repair/{m}.py" for m in COMPILED],
        group_name="pipeline_repair",
        opt_level="3",
    )
    for ext in exts:
        ext.optional = True  # a failed compile leaves the pure Python modules
    return exts


setup(ext_modules=ext_modules())
