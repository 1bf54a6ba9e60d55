import os
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests draw the same examples on every machine (CI included), so a
# run that passes here passes there; HYPOTHESIS_PROFILE=explore searches anew.
settings.register_profile("ci", derandomize=True, database=None)
settings.register_profile("explore", max_examples=2000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SEED = DATA / "for-digital-delaktighet.ocr.txt"


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def seed_tables():
    from pipeline import extract

    return extract(SEED)
