"""What the window shows and does when the application starts: the welcome panel, first paint."""
