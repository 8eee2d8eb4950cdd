"""Correspondence: templates, letters, e-mails, saved searches and the log of what was sent."""
