"""Cases: what a case is to the window and the documents (``model``, read by ``read``), the
rules its data must follow (``rules``), the commands that change it (``commands``, whose rows
and history events are built in ``records``, shared with the bulk demo), its timeline and due
dates (``timeline``), the case list (``listing``) and how an item's values read (``wording``).

Nothing here imports ``app.documents``; the documents read cases through ``model`` and
``read`` only.
"""
