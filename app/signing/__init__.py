"""The office key: an Ed25519 key pair made on the office PC, kept outside the database.

- ``keyfile``: where the pair lives (the per-user data folder), making and loading it, its
  fingerprint.
- ``messages``: exactly what is signed (the chain head, a backup manifest, a finalised
  document), and checking a signature against a public key.
- ``office``: which key a database is sealed with, adopting this PC's key for a database that
  has none yet, and the administrator's recorded change of key.

The row seals that use the key (an HMAC over every row, kept current at every commit) are
the store's business: ``app.store.seals``.
"""
