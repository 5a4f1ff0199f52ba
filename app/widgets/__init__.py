"""Qt building blocks shared by the activities and the main window (autosave, workers, timer)."""
