"""The example notebook runs against a freshly written output folder."""
import json
from pathlib import Path

NB = Path(__file__).resolve().parent.parent / "notebooks" / "explore.ipynb"


def test_notebook_code_runs(tmp_path, seed_path, monkeypatch):
    from tests.test_cli import run

    out = tmp_path / "output"
    assert run("run", str(seed_path), "--out", str(out)).returncode == 0
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / seed_path.name).write_bytes(seed_path.read_bytes())
    work = tmp_path / "notebooks"
    work.mkdir()
    monkeypatch.chdir(work)
    cells = json.loads(NB.read_text(encoding="utf-8"))["cells"]
    env: dict = {}
    for cell in cells:
        if cell["cell_type"] == "code":
            exec("".join(cell["source"]), env)  # noqa: S102 - our own notebook
    assert len(env["tables"]["organisations"]) == 7
    assert len(env["t"]["contacts"]) == 7
