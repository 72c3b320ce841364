"""What the dataset tests share: a copy of the valid fixture dataset to break."""

import shutil
from pathlib import Path

import pytest

from tests.support import VALID


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """Return a fresh copy of the valid fixture dataset, for one test to break."""
    return Path(shutil.copytree(VALID, tmp_path / "data"))
