"""Export every table and import it back: JSON (exact) and CSV (for spreadsheets).

JSON holds the rows exactly as stored (money in minor units) and round-trips losslessly.
CSV writes one file per table into a folder, money in major units ("12000.00"); a CSV of
debts (the header in `DEBT_CSV_COLUMNS`, or `debts.csv` from a CSV export) can be imported.
An import is checked whole, with the forms' own rules, before anything is written, then
written in one transaction; records already in the file are refused unless asked again.
"""

from parley.store.transfer.columns import FORMAT, MONEY_COLUMNS, ImportRejected
from parley.store.transfer.csv_import import DEBT_CSV_COLUMNS, import_debts_csv_text
from parley.store.transfer.export import export_csv, export_data, export_json, table_rows
from parley.store.transfer.json_import import import_data, import_json_text
from parley.store.transfer.load import MAX_IMPORT_BYTES, import_file
from parley.store.transfer.repeat import AlreadyImported

__all__ = [
    "DEBT_CSV_COLUMNS",
    "FORMAT",
    "MAX_IMPORT_BYTES",
    "MONEY_COLUMNS",
    "AlreadyImported",
    "ImportRejected",
    "export_csv",
    "export_data",
    "export_json",
    "import_data",
    "import_debts_csv_text",
    "import_file",
    "import_json_text",
    "table_rows",
]
