"""The recipes for the installers, the icon and the licence list: what CI and the About box use."""

from __future__ import annotations

import re
import struct
import tomllib
from importlib import metadata
from pathlib import Path

import yaml
from packaging.requirements import Requirement

from alliance_desktop import __licence__, __version__
from alliance_desktop.ui.identity.third_party import LICENCES_FILE, parse_components

ROOT = Path(__file__).resolve().parent.parent.parent
ISS = ROOT / "packaging" / "windows" / "alliance-desktop.iss"
ICONS = ROOT / "alliance_desktop" / "resources" / "icons"


def test_workflow_builds_and_uploads_on_three_systems() -> None:
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "dist.yml").read_text())
    jobs = workflow["jobs"]
    assert set(jobs) == {"linux", "windows", "macos"}
    for name, job in jobs.items():
        steps = job["steps"]
        runs = "\n".join(step.get("run", "") for step in steps)
        assert "packaging/alliance-desktop.spec" in runs or "make dist" in runs, name
        assert "dist_check" in runs or "dist-check" in runs, name
        assert any(step.get("uses", "").startswith("actions/upload-artifact") for step in steps)
    windows_runs = "\n".join(s.get("run", "") for s in jobs["windows"]["steps"])
    assert "alliance-desktop.iss" in windows_runs
    macos_runs = "\n".join(s.get("run", "") for s in jobs["macos"]["steps"])
    assert "iconutil" in macos_runs and "hdiutil" in macos_runs


def test_inno_setup_script_names_files_that_exist_and_installs_per_user() -> None:
    text = ISS.read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in text
    assert "{autoprograms}" in text  # the Start-menu entry
    references = re.findall(r'(?:Source: "|SetupIconFile=|LicenseFile=)(\.\.[^"\n]+)', text)
    assert len(references) == 5
    for reference in references:
        path = (ISS.parent / reference.replace("\\", "/")).resolve()
        if path.is_relative_to(ROOT / "dist") or path.is_relative_to(ROOT / "build"):
            continue  # made by the build before the installer
        assert path.exists(), reference
    assert "OutputDir=..\\..\\dist" in text
    spec = (ROOT / "packaging" / "alliance-desktop.spec").read_text(encoding="utf-8")
    assert '"build" / "LICENSE.txt"' in spec  # the installer's licence page, made by the build


def test_icon_sizes_and_ico_container() -> None:
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        png = (ICONS / f"alliance-desktop-{size}.png").read_bytes()
        assert png.startswith(b"\x89PNG")
        assert struct.unpack(">II", png[16:24]) == (size, size)
    ico = (ICONS / "alliance-desktop.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count == 7
    sides = []
    for number in range(count):
        width, _h, _c, _r, _p, _b, length, offset = struct.unpack(
            "<BBBBHHII", ico[6 + 16 * number : 22 + 16 * number]
        )
        assert ico[offset : offset + 4] == b"\x89PNG" and offset + length <= len(ico)
        sides.append(width or 256)
    assert sides == [16, 24, 32, 48, 64, 128, 256]


def test_third_party_licences_name_every_runtime_dependency() -> None:
    listed = {
        re.sub(r"[-_.\s]+", "-", c.name).lower()
        for c in parse_components(LICENCES_FILE.read_text(encoding="utf-8"))
    }
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    for line in pyproject["project"]["dependencies"]:
        name = re.sub(r"[-_.]+", "-", Requirement(line).name).lower()
        assert name in listed, f"{name}: run tools/third_party_licenses.py"
    assert {"qt", "python", "dejavu-fonts", "sqlite"} <= listed


def test_project_licence_and_version_agree_with_pyproject() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["license"]["text"] == __licence__
    assert pyproject["project"]["version"] == __version__
    assert metadata.version("alliance-desktop") == __version__
    licence = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert licence.startswith("EUROPEAN UNION PUBLIC LICENCE v. 1.2")


def test_spec_is_python_that_compiles() -> None:
    spec = ROOT / "packaging" / "alliance-desktop.spec"
    compile(spec.read_text(encoding="utf-8"), str(spec), "exec")
