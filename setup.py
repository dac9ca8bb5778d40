"""Build hook: an installed wheel carries the bundled library and the Qt assets.

``tipdesk.resources.resource_path`` looks in ``tipdesk/_data/`` when TIPdesk is installed as a
package; this copies ``resources/`` and ``ui/`` there at build time (everything else is in
pyproject.toml).
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
SKIP = shutil.ignore_patterns("__pycache__", "*.pyc", ".mypy_cache", "*.ts", "*.py", "*.sh")


class BuildWithData(build_py):
    def run(self) -> None:
        super().run()
        target = Path(self.build_lib) / "tipdesk" / "_data"
        for name in ("resources", "ui"):
            if (ROOT / name).is_dir():
                shutil.copytree(ROOT / name, target / name, ignore=SKIP, dirs_exist_ok=True)


# build/ holds the packaging recipes: setuptools' scratch goes elsewhere (git-ignored).
setup(cmdclass={"build_py": BuildWithData},
      options={"build": {"build_base": ".pyinstaller/setuptools"},
               "bdist": {"bdist_base": ".pyinstaller/setuptools/bdist"}})
