"""Keeping the file safe: opening, one writer, backups, checks, the audit trail."""
