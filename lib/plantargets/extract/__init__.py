"""Extraction layer: pure parsers for numerals and units, and statements/table rows → values with spans."""
