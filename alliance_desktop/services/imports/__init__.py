"""Importing lists: planning a file's rows, then applying them in one transaction."""
