"""The list tabs of the main window and the Overview."""
