"""enforcement-audit: audit administrative enforcement dossiers (行政执法案卷)."""

__version__ = "0.2.0"
