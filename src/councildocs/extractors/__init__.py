"""One extractor module per record type; each reads the parts the segmenter found."""
