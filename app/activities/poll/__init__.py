"""The quick poll: one question, 2-6 options or a 1-5 scale, one answer per phone."""
