"""Tools → Find duplicates…: the likely pairs, the merge window and its action."""
