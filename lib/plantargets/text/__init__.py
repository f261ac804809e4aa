"""Text layer: raw bytes → decoded text → normalized text with an offset map → documents and structure."""
