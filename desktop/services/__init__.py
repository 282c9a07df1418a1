"""Use cases: one function per user action, one unit of work each."""
