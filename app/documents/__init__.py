"""Official documents: which ones a case has and when each may be finalised (``catalog``,
``readiness``, both from the SOP file), finalising, verifying and scans (``store``), the
outgoing-number register (``numbering``), and the ReportLab renderers (``render``).

Importing this package loads no ReportLab: only ``render`` does, when a PDF is made.
"""
