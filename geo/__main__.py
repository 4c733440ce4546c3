"""``python -m geo``: the ``geo`` command."""

from geo.cli import main

raise SystemExit(main())
