"""`python -m hygiene_app` runs the command line."""

import sys

from hygiene_app.cli import main

sys.exit(main())
