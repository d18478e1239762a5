"""Applications that verify their customers with iDenfy or LiveID+, and their tests against idvkit's sandboxes
(docs/TESTING.md shows them; tests/testing runs them)."""
