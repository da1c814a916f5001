"""The checks, one module each. `ALL_CHECKS` is the registry's source, in display order."""
