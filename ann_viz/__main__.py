"""`python -m ann_viz` is the same as the `ann-viz` command."""

from ann_viz.cli.main import main

raise SystemExit(main())
