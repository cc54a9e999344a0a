"""Reference knowledge loaded from data files: industry taxonomy, metric glossary, regions and zones."""
