"""Dialogs that edit one thing: a record, a certificate, the settings, an export."""
