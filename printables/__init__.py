"""Paper and PDF output with reportlab only: report, bingo cards, worksheets, schedules.

No Qt here: everything is plain data in, PDF bytes out, so it runs from the command line and in
tests without a screen.
"""
