"""A hot read's SQL compiled once per process and run again with new values.

Composing a queryset (filter, select_related, only) and compiling it took about a fifth of a
drawn article page's CPU and more of the front page's (bench/serve/README.md), for SQL that is
the same every time but for its values. A `Statement` builds its queryset once, with marker
values in place of the real ones, keeps Django's SQL and where each marker went, and then runs
that SQL with the values of each call. Its rows become the ORM's own objects (`from_db`, the
backend's converters, select_related's populators), as the queryset would give them.

A value is a str, an int, a date, an aware datetime, or a tuple of those (an IN list: each length is a
statement of its own). The queryset must say its order and its slice: nothing is added.
"""

import threading
from datetime import UTC, date, datetime, timedelta

from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.db.models.query import (
    FlatValuesListIterable,
    ModelIterable,
    ValuesListIterable,
    get_related_populators,
)

INT_MARKER = 2_000_000_000  # inside a 32-bit column's range: Django drops out-of-range lookups


class Statement:
    def __init__(self, build):
        self.build = build  # build(*values) -> QuerySet
        self.compiled: dict = {}
        self.guard = threading.Lock()

    def __call__(self, *values, using: str = "default") -> list:
        shape = (using, *(len(v) if isinstance(v, tuple) else -1 for v in values))
        compiled = self.compiled.get(shape)
        if compiled is None:
            compiled = self.compile(values, using)
            with self.guard:
                self.compiled[shape] = compiled
        if compiled is EMPTY:
            return []
        return compiled.run(flatten(values), connections[using])

    def compile(self, values: tuple, using: str):
        markers, flat = [], iter(range(10**6))
        for value in values:
            if isinstance(value, tuple):
                markers.append(tuple(marker(v, next(flat)) for v in value))
            else:
                markers.append(marker(value, next(flat)))
        queryset = self.build(*markers)
        compiler = queryset.query.get_compiler(using=using)
        try:
            sql, params = compiler.as_sql()
        except EmptyResultSet:
            return EMPTY
        connection = connections[using]
        wanted = flatten(tuple(markers))
        slots = []
        for param in params:
            slots.append(find(param, wanted, connection))
        if {s[0] for s in slots if s[0] is not None} != set(range(len(wanted))):
            raise ValueError(f"a value of {self.build.__qualname__} did not reach its SQL as itself: {sql}")
        fields = [s[0] for s in compiler.select[: compiler.col_count]]
        converters = [(i, convs, expr) for i, (convs, expr) in compiler.get_converters(fields).items()]
        if queryset._iterable_class in (ValuesListIterable, FlatValuesListIterable):
            return Compiled(sql, slots, converters, None, flat=queryset._iterable_class is FlatValuesListIterable)
        if queryset._iterable_class is not ModelIterable:
            raise TypeError("a statement reads models or values_list() rows")
        klass_info = compiler.klass_info
        start, end = klass_info["select_fields"][0], klass_info["select_fields"][-1] + 1
        names = [f[0].target.attname for f in compiler.select[start:end]]
        populators = get_related_populators(klass_info, compiler.select, using)
        return Compiled(sql, slots, converters, (klass_info["model"], start, end, names, populators, using))


EMPTY = object()


class Compiled:
    def __init__(self, sql, slots, converters, model, flat=False):
        self.sql, self.slots, self.converters, self.model, self.flat = sql, slots, converters, model, flat

    def run(self, values: list, connection) -> list:
        params = [constant if i is None else adapt(values[i], connection) for i, adapt, constant in self.slots]
        with connection.cursor() as cursor:
            cursor.execute(self.sql, params)
            rows = cursor.fetchall()
        if self.converters:
            rows = [list(row) for row in rows]
            for row in rows:
                for i, convs, expression in self.converters:
                    value = row[i]
                    for convert in convs:
                        value = convert(value, expression, connection)
                    row[i] = value
        if self.model is None:
            return [row[0] for row in rows] if self.flat else [tuple(row) for row in rows]
        model, start, end, names, populators, using = self.model
        found = []
        for row in rows:
            obj = model.from_db(using, names, row[start:end])
            for populator in populators:
                populator.populate(row, obj)
            found.append(obj)
        return found


def flatten(values: tuple) -> list:
    flat = []
    for value in values:
        flat.extend(value if isinstance(value, tuple) else (value,))
    return flat


def marker(value, n: int):
    """A value of the same type no real read would ask for, told apart from the others by n."""
    if isinstance(value, bool):
        raise TypeError("a boolean is part of a statement's shape, not a value")
    if isinstance(value, str):
        return f"\x1fstatement-marker-{n}\x1f"
    if isinstance(value, int):
        return INT_MARKER + n
    if isinstance(value, datetime):
        return datetime(2, 1, 1, 0, 0, 0, n + 1, tzinfo=UTC)
    if isinstance(value, date):
        return date(2, 1, 1) + timedelta(days=n)
    raise TypeError(f"no marker for a {type(value).__name__}")


def same(value, connection):
    return value


def as_datetime(value, connection):
    return connection.ops.adapt_datetimefield_value(value)


def as_date(value, connection):
    return connection.ops.adapt_datefield_value(value)


def find(param, wanted: list, connection) -> tuple:
    """(which value, how it is adapted, None), or (None, None, the constant) for the query's own."""
    for i, value in enumerate(wanted):
        if type(param) is type(value) and param == value:
            return i, same, None
        if isinstance(value, datetime):
            if param == as_datetime(value, connection):
                return i, as_datetime, None
        elif isinstance(value, date) and param == as_date(value, connection):
            return i, as_date, None
    return None, None, param
