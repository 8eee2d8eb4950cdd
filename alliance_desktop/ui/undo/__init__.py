"""Taking actions back in the window: the undo history, Edit → Undo / Redo, recent imports."""
