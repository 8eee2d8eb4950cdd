"""What the application says about itself: versions of what it runs on."""
