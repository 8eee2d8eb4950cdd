"""Follow-ups on records: what must be done by when and by whom (issue 17)."""
