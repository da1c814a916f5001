"""`python -m hygiene_app` runs the command line."""

import multiprocessing
import sys

from hygiene_app.cli import main

# Guarded: worker processes (the password audit's) import the main module under another name
# and must not start the app again; in a frozen build, freeze_support() turns such a start into
# the worker it was meant to be.
if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
