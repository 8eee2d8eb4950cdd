"""Entry point for ``python -m alliance_desktop``."""

from alliance_desktop.app import main

raise SystemExit(main())
