"""The tabs of the reports dialog (``ui.dialogs.reports``), by number: the window's *Laporan*
menu names them without importing the dialog at start."""

ANNUAL, REGISTER, SOP, EVIDENCE = 0, 1, 2, 3
