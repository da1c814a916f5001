"""`python -m hygiene_app` runs the command line."""

import sys

from hygiene_app.cli import main

# Guarded: worker processes (the password audit's) import the main module under another name
# and must not start the app again.
if __name__ == "__main__":
    sys.exit(main())
