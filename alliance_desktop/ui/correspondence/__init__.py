"""The correspondence windows: templates, letters, e-mails and what was sent to a record."""
