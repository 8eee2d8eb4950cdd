"""What a new user's first start needs below the window: the sample register, an empty check."""
