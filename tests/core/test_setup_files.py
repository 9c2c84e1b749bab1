"""Set-up on a fresh machine: the README's apt line is the list .ci/run installs, and
scripts/ensure_venv.sh rebuilds a broken .venv instead of failing on it forever."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def listed(name: str) -> list[str]:
    text = (ROOT / "requirements" / name).read_text()
    return " ".join(line.split("#")[0] for line in text.splitlines()).split()


def test_the_readme_apt_line_is_the_app_package_list():
    readme = (ROOT / "README.md").read_text()
    lines = re.findall(r"^sudo apt-get install (.+)$", readme, flags=re.M)
    assert listed("apt-app.txt") in [line.split() for line in lines]
    assert "python3-venv" in listed("apt-app.txt") and "fonts-nanum" in listed("apt-app.txt")
    test_line = re.search(r"`sudo apt-get install ([^`]+)`", readme).group(1).split()
    assert test_line == listed("apt-test.txt")


def test_ci_installs_exactly_the_readme_lists():
    ci = (ROOT / ".ci" / "run").read_text()
    assert "requirements/apt-app.txt requirements/apt-test.txt" in ci
    assert ci.rstrip().endswith("exec ./test.sh")  # then exactly the README's test command


def test_ci_says_why_when_it_can_neither_be_root_nor_use_sudo(tmp_path):
    if os.geteuid() != 0 or shutil.which("setpriv") is None:
        pytest.skip("needs root to drop to another user")
    project = tmp_path / "p"
    (project / ".ci").mkdir(parents=True)
    (project / "requirements").mkdir()
    shutil.copy(ROOT / ".ci" / "run", project / ".ci" / "run")
    (project / "requirements" / "apt-app.txt").write_text("# none\nann-viz-no-such-package\n")
    (project / "requirements" / "apt-test.txt").write_text("")
    os.chmod(tmp_path, 0o755)
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}  # no sudo on this PATH's user rights
    drop = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
    if subprocess.run(drop + ["bash", "-c", "true"], env=env, capture_output=True).returncode != 0:
        pytest.skip("'nobody' cannot run bash here (a chroot whose / is private to root)")
    proc = subprocess.run(drop + ["bash", ".ci/run"],
                          cwd=project, env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert "neither act as root nor use sudo" in proc.stderr and "ann-viz-no-such-package" in proc.stderr


def test_a_venv_without_pip_is_rebuilt(tmp_path):
    project = tmp_path / "p"
    (project / "scripts").mkdir(parents=True)
    (project / "requirements").mkdir()
    shutil.copy(ROOT / "scripts" / "ensure_venv.sh", project / "scripts")
    (project / "pyproject.toml").write_text('[project]\nname = "nothing"\nversion = "0"\n')
    (project / "requirements" / "constraints.txt").write_text("")
    venv.create(project / ".venv", with_pip=False)  # what `python3 -m venv` leaves without python3-venv
    env = dict(os.environ, PIP_NO_INDEX="1", PATH=f"{Path(sys.executable).parent}:{os.environ['PATH']}")
    env.pop("PIP_FIND_LINKS", None)
    proc = subprocess.run(["bash", "-c", "source scripts/ensure_venv.sh"], cwd=project, env=env,
                          capture_output=True, text=True, timeout=300)
    assert ".venv is broken" in proc.stderr, proc.stderr[-2000:]
    healed = subprocess.run([str(project / ".venv" / "bin" / "python"), "-m", "pip", "--version"],
                            capture_output=True, text=True)
    assert healed.returncode == 0, healed.stderr  # rebuilt with pip, ready for the install
