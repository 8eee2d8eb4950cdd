"""The application's identity: its icon, the About box and the licences of what it ships."""
