"""Exit codes shared by every sub-command (a command's own outcomes, such as 1 for violations found, come
from the result it reports)."""

#: Everything ran and nothing failed.
EXIT_OK = 0
#: The command could not run (bad arguments, unreachable server, broken spec, ...).
EXIT_COULD_NOT_RUN = 2
