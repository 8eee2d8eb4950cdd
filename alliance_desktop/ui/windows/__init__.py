"""Tool windows over the whole register: the Trash, the audit log, personal data, history."""
