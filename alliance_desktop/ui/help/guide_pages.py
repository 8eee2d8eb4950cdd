"""Where the user guide's pages are, in which order, and the page to show in a language."""

from __future__ import annotations

from pathlib import Path

GUIDE_FOLDER = Path(__file__).resolve().parent.parent.parent / "resources" / "guide"
GUIDE_LANGUAGES = ("en", "fr")
FALLBACK_LANGUAGE = "en"
# The pages as the guide's list shows them (file names without .md); index first.
PAGES = (
    "index",
    "first-start",
    "entering-a-member",
    "accepting-an-application",
    "printing-certificates",
    "importing-from-excel",
    "exporting",
    "backups-and-restore",
    "shared-database",
    "personal-data",
)


def page_path(page: str, language: str) -> Path:
    """The Markdown file of ``page`` in ``language``, or in English when that one is missing."""
    path = GUIDE_FOLDER / language / f"{page}.md"
    if path.is_file():
        return path
    return GUIDE_FOLDER / FALLBACK_LANGUAGE / f"{page}.md"


def page_title(path: Path) -> str:
    """The page's first heading (``# Title``), or its file name."""
    try:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("# "):
                    return line[2:].strip()
    except OSError:
        pass
    return path.stem


def page_of(path: Path) -> str | None:
    """Which page ``path`` shows (None: not one of the guide's files)."""
    return path.stem if path.suffix == ".md" and path.stem in PAGES else None
