"""Reading the spreadsheets communes and agents send: no Qt, no database.

The layer answers two questions and nothing more: what is this file really,
and which rows and columns of it form the participant table. Converting cell
values into identifiers, dates and records belongs to the import service.
"""
