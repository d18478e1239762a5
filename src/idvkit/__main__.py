"""``python -m idvkit``: the same as the ``idvkit`` command."""

import sys

from idvkit.cli import main

sys.exit(main())
