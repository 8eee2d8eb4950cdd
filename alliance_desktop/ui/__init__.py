"""Everything Qt: windows, table models, dialogs and workers."""
