"""Qt widgets, dialogs and item models: the only layer importing PySide6."""
