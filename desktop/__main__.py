"""`python -m desktop` runs the same command line as `xaso`."""

from desktop.cli import main

raise SystemExit(main())
