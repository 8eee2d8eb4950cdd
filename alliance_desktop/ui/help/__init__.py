"""The offline user guide: Markdown pages in resources/guide shown in a window (Help menu)."""
