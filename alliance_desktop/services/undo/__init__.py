"""Taking changes back: capturing what an action changed, undoing and redoing it."""
