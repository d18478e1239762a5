"""The contract kit: verify any server (vendor sandbox, embedded sandbox, your own) against the specs."""
