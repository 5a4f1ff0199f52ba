"""The word cloud: one prompt, a few words per phone, a live cloud on the beamer."""
