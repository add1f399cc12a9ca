"""Reading the case documents: PDF text, normalisation, extraction, law citations."""
