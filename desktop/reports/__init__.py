"""Report engine: official Vietnamese list reports as Excel and PDF files."""
