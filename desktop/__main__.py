"""``python -m desktop`` is the same as ``ansinh-desk``."""

import sys

from desktop.cli import main

sys.exit(main())
