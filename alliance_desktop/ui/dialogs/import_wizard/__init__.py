"""The import wizard: file, encoding and columns, check, import."""
