"""Pure domain logic: no UI, no database, no file I/O."""
