"""No pydantic plugin runs in Careplan, and none is looked for (see careplan/domain/pydantic_plugins.py).

Each case runs in a fresh interpreter: what is checked is what happens before and at the first
model build, which in this test process has long happened.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "knee-oa.careplan.json"

# A plain pydantic model validated as a plugin would see it: the plugin writes a marker when loaded.
PLUGIN = '''
from pathlib import Path
Path(__file__).with_name("plugin-loaded").write_text("loaded")
class Plugin:
    def new_schema_validator(self, *args, **kwargs):
        Path(__file__).with_name("plugin-saw-data").write_text("saw")
        return None, None, None
plugin = Plugin()
'''
VALIDATE = '''
import sys
if sys.argv[1] == "careplan":
    import careplan.domain
from pydantic import BaseModel
class Note(BaseModel):
    text: str
Note(text="patient data")
'''


def _install_plugin(folder: Path) -> dict[str, str]:
    """A distribution offering a pydantic plugin, on the path of the child interpreter only."""
    (folder / "spy_plugin.py").write_text(PLUGIN, encoding="utf-8")
    info = folder / "spy_plugin-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: spy-plugin\nVersion: 1.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text("[pydantic]\nspy = spy_plugin:plugin\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    env["PYTHONPATH"] = os.pathsep.join([str(folder), str(ROOT)])
    return env


def test_an_installed_plugin_sees_nothing_once_careplans_domain_is_loaded(tmp_path: Path) -> None:
    env = _install_plugin(tmp_path)
    subprocess.run([sys.executable, "-c", VALIDATE, "careplan"], env=env, check=True, cwd=tmp_path)
    assert not (tmp_path / "plugin-loaded").exists()
    assert not (tmp_path / "plugin-saw-data").exists()


def test_without_careplan_the_same_plugin_is_loaded_and_sees_the_data(tmp_path: Path) -> None:
    # The control: the plugin above is a working one, so the test before can fail.
    env = _install_plugin(tmp_path)
    subprocess.run([sys.executable, "-c", VALIDATE, "plain"], env=env, check=True, cwd=tmp_path)
    assert (tmp_path / "plugin-loaded").exists()
    assert (tmp_path / "plugin-saw-data").exists()


def test_validating_a_plan_loads_no_package_metadata_machinery() -> None:
    probe = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from careplan.storage.plan_files import load_plan\n"
        f"plan = load_plan(Path({str(EXAMPLE)!r}))\n"
        "print(len(plan.modules), 'importlib.metadata' in sys.modules, os.environ['PYDANTIC_DISABLE_PLUGINS'])\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=ROOT).stdout.split()
    assert int(out[0]) > 0
    assert out[1:] == ["False", "__all__"]
