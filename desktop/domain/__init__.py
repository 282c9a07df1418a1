"""Pure rules of the domain: no Qt, no database, no files."""
