"""The examples in the docstrings are true."""
import doctest
import importlib

import pytest

MODULES = ["pipeline.profile", "pipeline.textutil", "pipeline.segment.lines", "pipeline.entities.people",
           "pipeline.entities.contacts", "pipeline.batch"]


@pytest.mark.parametrize("name", MODULES)
def test_doctests(name):
    result = doctest.testmod(importlib.import_module(name))
    assert result.attempted > 0 and result.failed == 0
