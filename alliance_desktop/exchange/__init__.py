"""Files in and out: reading CSV/XLSX tables, converting rows, writing CSV, XLSX and PDF lists.

Pure functions over plain rows: no database and no Qt. See DESIGN.md §5.
"""

from __future__ import annotations

from alliance_desktop.exchange.atomic import Progress, atomic_path
from alliance_desktop.exchange.columns import (
    APPLICATION_COLUMNS,
    APPLICATION_PDF_COLUMNS,
    COLUMNS,
    MEMBER_COLUMNS,
    MEMBER_PDF_COLUMNS,
    PDF_COLUMNS,
    SIGNATORY_COLUMNS,
    SIGNATORY_PDF_COLUMNS,
    ColumnKind,
    ColumnMatch,
    ColumnSpec,
    header_key,
    header_row,
    match_columns,
)
from alliance_desktop.exchange.converting import (
    ImportData,
    RowError,
    column_headers,
    convert_rows,
    field_errors_to_row_errors,
    read_rows,
)
from alliance_desktop.exchange.csv_writing import write_csv
from alliance_desktop.exchange.encoding import (
    EncodingCandidate,
    EncodingGuess,
    detect_encoding,
    encoding_name,
)
from alliance_desktop.exchange.errors import Cancelled, FileRefused
from alliance_desktop.exchange.labels import (
    ListKind,
    describe_filter,
    enum_label,
    list_title,
    long_date,
    totals_sentence,
)
from alliance_desktop.exchange.limits import DEFAULT_LIMITS, Limits
from alliance_desktop.exchange.pdf_list import write_pdf_list
from alliance_desktop.exchange.reading import read_table
from alliance_desktop.exchange.table import Cell, ParsedTable
from alliance_desktop.exchange.values import (
    neutralise,
    parse_bool,
    parse_date,
    parse_enum,
    parse_int,
    unneutralise,
)
from alliance_desktop.exchange.xlsx_writing import write_xlsx

__all__ = [
    "APPLICATION_COLUMNS",
    "APPLICATION_PDF_COLUMNS",
    "COLUMNS",
    "DEFAULT_LIMITS",
    "MEMBER_COLUMNS",
    "MEMBER_PDF_COLUMNS",
    "PDF_COLUMNS",
    "SIGNATORY_COLUMNS",
    "SIGNATORY_PDF_COLUMNS",
    "Cancelled",
    "Cell",
    "ColumnKind",
    "ColumnMatch",
    "ColumnSpec",
    "EncodingCandidate",
    "EncodingGuess",
    "FileRefused",
    "ImportData",
    "Limits",
    "ListKind",
    "ParsedTable",
    "Progress",
    "RowError",
    "atomic_path",
    "column_headers",
    "convert_rows",
    "describe_filter",
    "detect_encoding",
    "encoding_name",
    "enum_label",
    "field_errors_to_row_errors",
    "header_key",
    "header_row",
    "list_title",
    "long_date",
    "match_columns",
    "neutralise",
    "parse_bool",
    "parse_date",
    "parse_enum",
    "parse_int",
    "read_rows",
    "read_table",
    "totals_sentence",
    "unneutralise",
    "write_csv",
    "write_pdf_list",
    "write_xlsx",
]
