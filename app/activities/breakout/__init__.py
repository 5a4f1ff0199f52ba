"""Breakout question rounds: groups that mix the room, questions on the beamer, group notes."""
