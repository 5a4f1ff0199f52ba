"""The Qt application: main window, session workspace, run console, beamer, dialogs."""
