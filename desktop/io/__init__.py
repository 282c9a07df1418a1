"""Reading the spreadsheets communes and agents send: no Qt, no database.

The layer answers two questions and nothing more: what is this file really,
and which rows and columns of it form the participant table. Converting cell
values into identifiers, dates and records belongs to the import service.

- ``readers.read_workbook(path)``: any supported file -> ``workbook.Workbook``
- ``table.choose_sheet(workbook)`` and ``table.find_table(sheet)`` -> ``table.Table``
- ``columns.guess_mapping(labels)`` / ``columns.header_signature(labels)``
- ``legacy_encoding.detect_legacy_encoding(values)`` / ``decode_legacy(text, encoding)``
- every unreadable file raises ``errors.UnreadableFile`` with a Vietnamese message.
"""
