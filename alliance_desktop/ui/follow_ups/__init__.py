"""Follow-ups in the window: the record dialogs' tab, the due list, the Overview's line."""
