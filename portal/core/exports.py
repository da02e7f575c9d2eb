"""Safe spreadsheet exports for every Wagtail viewset with ``list_export``.

Exported values come from the public (anonymous residents, employers). Two things go wrong with
Wagtail's plain export:

- control characters (``\\x07``, ``\\x1b``) make openpyxl raise ``IllegalCharacterError``, so the
  XLSX export answers 500;
- a CSV cell starting with ``=``, ``+``, ``-``, ``@``, tab or carriage return is run as a formula
  when staff open the file in a spreadsheet program (CSV/formula injection).

``SafeExportViewSetMixin`` goes first in a viewset's bases; its index view cleans every cell.
"""

from functools import cache

from portal.core.text import strip_control_characters

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def clean_cell(value, csv=False):
    """A cell value without control/bidi characters; in CSV a would-be formula gets a leading
    single quote so spreadsheet programs show it as text (XLSX stores strings as text anyway)."""
    if not isinstance(value, str):
        return value
    value = strip_control_characters(value)
    if csv and value.startswith(FORMULA_PREFIXES):
        value = "'" + value
    return value


class SafeExportMixin:
    """Over Wagtail's ``SpreadsheetExportMixin``: every preprocessed cell is cleaned."""

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        return clean_cell(value, csv=export_format == self.FORMAT_CSV)


@cache
def safe_export_view(view_class):
    return type(view_class.__name__, (SafeExportMixin, view_class), {})


class SafeExportViewSetMixin:
    """For ``ModelViewSet`` and ``SnippetViewSet``: the index view (and so its CSV/XLSX export)
    uses ``SafeExportMixin``."""

    @property
    def index_view_class(self):
        return safe_export_view(super().index_view_class)
