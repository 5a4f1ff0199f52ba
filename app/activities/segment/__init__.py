"""Talk or break: a titled block of the agenda with its time on the beamer."""
