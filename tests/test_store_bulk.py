"""Many-row inserts store exactly what one INSERT per row would."""

import pytest

from app.models import database
from app.store.bulk import insert_rows


@pytest.mark.parametrize("count", [0, 1, 49, 50, 51, 137])
def test_every_row_is_stored_once_in_order(db, count):
    # DOUBLE PRECISION: an 8-byte float on both engines (a server's REAL has 4 bytes)
    database.execute_sql(
        "CREATE TABLE t (id INTEGER PRIMARY KEY, teks TEXT, angka DOUBLE PRECISION)"
    )
    rows = [(i, f"baris «{i}»", i / 3) for i in range(1, count + 1)]
    with database.atomic():
        insert_rows("t", ["id", "teks", "angka"], rows)
    assert database.execute_sql("SELECT * FROM t ORDER BY id").fetchall() == rows


def test_a_wide_table_stays_within_the_parameter_limit(db):
    columns = [f"k{i}" for i in range(60)]
    database.execute_sql(f"CREATE TABLE w ({', '.join(f'{c} INTEGER' for c in columns)})")
    rows = [tuple(range(r, r + 60)) for r in range(100)]
    with database.atomic():
        insert_rows("w", columns, rows)
    assert database.execute_sql("SELECT * FROM w ORDER BY k0").fetchall() == rows
