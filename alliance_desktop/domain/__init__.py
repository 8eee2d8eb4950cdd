"""Pure-Python domain: enums, records, validation and countries (standard library only)."""
