"""Meet and greet: free mingling with a timer, or speed-dating rounds at numbered tables."""
