"""The Report tab of the session workspace."""
