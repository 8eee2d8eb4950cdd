"""Launcher: ``python main.py`` opens the window or runs a command."""

from alliance_desktop.app import main

if __name__ == "__main__":
    raise SystemExit(main())
