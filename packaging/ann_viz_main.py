"""The bundle's entry point: the same as the `ann-viz` command (app, `train`, `export`, `--self-test`)."""

import multiprocessing
import sys

from ann_viz.cli.main import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
