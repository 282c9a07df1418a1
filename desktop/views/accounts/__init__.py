"""Accounts on screen: signing in, changing one's password, the first administrator, the users page."""
