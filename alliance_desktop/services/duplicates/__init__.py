"""Finding records entered twice and merging them, reversibly (unmerge)."""
