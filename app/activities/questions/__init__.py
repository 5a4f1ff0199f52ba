"""Questions to the panel: phones ask and upvote, the moderator puts one on the beamer."""
