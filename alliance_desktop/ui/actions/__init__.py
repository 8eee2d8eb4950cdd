"""What installs the main window's menu and toolbar actions and runs them."""
