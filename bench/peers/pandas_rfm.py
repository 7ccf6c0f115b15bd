#!/usr/bin/env python3
"""Benchmark peer: the app's equal-definition analysis (NTILE, 5 bins per axis) in pandas.

    python3 bench/peers/pandas_rfm.py FILE --customer C --date D (--amount A | --quantity Q --price P)
        [--order O] [--as-of YYYY-MM-DD] --out scores.csv

prints one JSON line {read_s, rfm_s, total_s, customers, revenue, asOf, peak_rss_mb}.
Definitions as in README.md "What it computes" and src/worker/sql/<stage>/*.sql. Money is held as exact
integers (ten-thousandths, or 1e-8 for quantity x price), never summed as floats.
"""

import argparse
import json
import os
import re
import resource
import sys
import time
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

DEBIAN_PYTHON = '/usr/bin/python3'
try:
    import numpy as np
    import pandas as pd
except ImportError:
    # Debian's python3-pandas is installed for /usr/bin/python3, which need not be the python3
    # first on PATH (pyenv, a venv): run there instead of failing.
    if os.path.exists(DEBIAN_PYTHON) and os.path.realpath(sys.executable) != os.path.realpath(DEBIAN_PYTHON):
        os.execv(DEBIAN_PYTHON, [DEBIAN_PYTHON, *sys.argv])
    print('pandas: pandas is not installed (run bench/peers/ensure-pandas.sh)', file=sys.stderr)
    sys.exit(3)

BINS = 5
MONEY_SCALE = 4  # DECIMAL(18, 4)
MONEY_LIMIT = 10 ** 18  # |value| < 1e14 at scale 4
INT64_SAFE = 2 ** 62
# Below this many ten-thousandths a float parse is within 2^-11 of the true value, so rounding
# it gives DuckDB's exact result unless the value sits near a half (those go the Decimal way).
FLOAT_SAFE = 2.0 ** 40
DECIMAL_COMMA = re.compile(r'^(-?[0-9]+),([0-9]+)$')
# A UTC offset after a time of day (not the day of a bare date like 2024-01-03).
TZ_SUFFIX = r'(\d:\d{2}(?::\d{2}(?:\.\d*)?)?)\s*(?:Z|[+-]\d{2}(?::?\d{2})?)$'


def strip_spaces(s: pd.Series) -> pd.Series:
    # SQL trim() removes spaces only, not tabs or other whitespace.
    return s.str.strip(' ')


def decimal_units(text: str):
    """DuckDB's TRY_CAST(text AS DECIMAL(18, 4)) as an integer of ten-thousandths, or None."""
    try:
        d = Decimal(text)
        if not d.is_finite():
            return None
        units = int(d.scaleb(MONEY_SCALE).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    except (InvalidOperation, ValueError, OverflowError):
        return None
    return units if abs(units) < MONEY_LIMIT else None


def parse_money(col: pd.Series):
    """Exact ten-thousandths (int64) and a validity mask, like the app's cvm_parse_money."""
    s = strip_spaces(col)
    comma = s.str.contains(',', regex=False).to_numpy(dtype=bool)
    if comma.any():
        s = s.copy()
        s[comma] = s[comma].str.replace(DECIMAL_COMMA, r'\1.\2', regex=True)
    y = pd.to_numeric(s, errors='coerce').to_numpy(dtype='float64') * 10.0 ** MONEY_SCALE
    units = np.zeros(len(s), dtype='int64')
    with np.errstate(invalid='ignore'):
        frac = y - np.floor(y)
        fast = np.isfinite(y) & (np.abs(y) < FLOAT_SAFE) & (np.abs(frac - 0.5) > 1e-3)
    units[fast] = np.rint(y[fast]).astype('int64')
    valid = fast.copy()
    slow = np.flatnonzero(~fast & (s.to_numpy() != ''))
    if len(slow):
        texts = s.to_numpy()
        for i in slow:
            u = decimal_units(texts[i])
            if u is not None:
                units[i] = u
                valid[i] = True
    return units, valid


def parse_days(col: pd.Series):
    """Days since 1970-01-01 of the date part (no time-zone shift) and a validity mask."""
    s = strip_spaces(col)
    # Each value parsed on its own (ISO fast path, else dateutil), not by the first value's format:
    # pandas 1.x does that by default, 2.x needs format='mixed'.
    per_value = {'format': 'mixed'} if int(pd.__version__.split('.')[0]) >= 2 else {}
    d = pd.to_datetime(s, errors='coerce', **per_value)
    if not pd.api.types.is_datetime64_ns_dtype(d) or isinstance(d.dtype, pd.DatetimeTZDtype):
        # DuckDB's TIMESTAMP cast keeps the wall time of "...+05:00" and drops the offset.
        d = pd.to_datetime(s.str.replace(TZ_SUFFIX, r'\1', regex=True), errors='coerce', **per_value)
    values = d.to_numpy(dtype='datetime64[ns]')
    valid = ~np.isnat(values)
    days = values.astype('datetime64[D]').astype('int64')
    return days, valid


def ntile(order: np.ndarray, bins: int) -> np.ndarray:
    """SQL NTILE(bins) over rows already sorted by `order`: the first n % bins groups get one extra row."""
    n = len(order)
    q, r = divmod(n, bins)
    pos = np.arange(n, dtype='int64')
    big = r * (q + 1)
    tile = np.where(pos < big, pos // (q + 1), r + (pos - big) // max(q, 1)) + 1
    out = np.empty(n, dtype='int32')
    out[order] = tile
    return out


def money_text(units: np.ndarray, scale: int) -> np.ndarray:
    """round(value, 2) with halves away from zero, as DuckDB rounds DECIMAL, written with 2 decimals."""
    step = 10 ** (scale - 2)
    a = np.abs(units)
    cents = a // step + (2 * (a % step) >= step)
    sign = np.where((units < 0) & (cents > 0), '-', '')
    whole = pd.Series(cents // 100).astype(str).to_numpy()
    part = pd.Series(cents % 100).astype(str).str.zfill(2).to_numpy()
    return sign + whole + '.' + part


def to_int_units(values: np.ndarray, bound: float) -> np.ndarray:
    """int64 when sums of these values cannot overflow, Python ints otherwise."""
    return values if bound < INT64_SAFE else values.astype(object)


def run(args) -> dict:
    t0 = time.perf_counter()
    amount_cols = [args.amount] if args.amount else [args.quantity, args.price]
    cols = [args.customer, args.date, *amount_cols] + ([args.order] if args.order else [])
    raw = pd.read_csv(args.file, dtype=str, keep_default_na=False, na_filter=False, usecols=list(dict.fromkeys(cols)))
    customer = strip_spaces(raw[args.customer])
    days, date_ok = parse_days(raw[args.date])
    if args.amount:
        amount, amount_ok = parse_money(raw[args.amount])
        scale = MONEY_SCALE
    else:
        q, q_ok = parse_money(raw[args.quantity])
        p, p_ok = parse_money(raw[args.price])
        amount_ok = q_ok & p_ok
        q = np.where(amount_ok, q, 0)
        p = np.where(amount_ok, p, 0)
        # Exact product at scale 8 (DECIMAL(18,4) x DECIMAL(18,4)); Python ints if int64 could overflow.
        if float(np.abs(q).max(initial=0)) * float(np.abs(p).max(initial=0)) < INT64_SAFE:
            amount = q * p
        else:
            amount = q.astype(object) * p.astype(object)
        scale = 2 * MONEY_SCALE
    keep = (customer.to_numpy() != '') & date_ok & amount_ok
    rows = np.flatnonzero(keep)
    # Code order = string order by code point, which is the customer-id tie-break of every NTILE.
    cust_code, cust_ids = pd.factorize(customer.to_numpy()[rows], sort=True)
    days = days[rows]
    amount = amount[rows]
    order_text = strip_spaces(raw[args.order]).to_numpy()[rows] if args.order else None
    del raw, customer
    t_read = time.perf_counter()

    if order_text is None:
        # Each line is an order.
        o_cust, o_day, o_value = cust_code, days, amount
    else:
        key_code, key_ids = pd.factorize(order_text)
        no_key = order_text == ''
        # A line without an order id is an order of its own.
        key_code = np.where(no_key, len(key_ids) + np.cumsum(no_key) - 1, key_code)
        order_id = cust_code.astype('int64') * (len(key_ids) + int(no_key.sum())) + key_code
        lines = pd.DataFrame({'o': order_id, 'c': cust_code, 'd': days, 'a': to_int_units(amount, float(np.abs(amount).sum()))})
        orders = lines.groupby('o', sort=False).agg(c=('c', 'first'), d=('d', 'min'), a=('a', 'sum'))
        o_cust, o_day, o_value = orders['c'].to_numpy(), orders['d'].to_numpy(), orders['a'].to_numpy()

    if len(o_day) == 0:
        raise ValueError('no valid order line in the file')
    if args.as_of:
        as_of_day = int(np.datetime64(args.as_of, 'D').astype('int64'))
    else:
        as_of_day = int(o_day.max()) + 1
    before = o_day < as_of_day
    o_cust, o_day, o_value = o_cust[before], o_day[before], o_value[before]
    purchase = o_value > 0
    per_order = pd.DataFrame({
        'c': o_cust,
        'p': purchase.astype('int64'),
        'last': np.where(purchase, o_day, np.iinfo('int64').min),
        'a': to_int_units(o_value, float(np.abs(o_value).sum())),
    })
    cust = per_order.groupby('c', sort=True).agg(frequency=('p', 'sum'), last=('last', 'max'), monetary=('a', 'sum'))
    cust = cust[cust['frequency'] > 0]
    code = cust.index.to_numpy()
    recency = as_of_day - cust['last'].to_numpy()
    frequency = cust['frequency'].to_numpy()
    monetary = cust['monetary'].to_numpy()
    # code is ascending, so a stable sort on the axis alone breaks ties by customer id.
    r = ntile(np.argsort(-recency, kind='stable'), BINS)
    f = ntile(np.argsort(frequency, kind='stable'), BINS)
    m_order = np.argsort(monetary, kind='stable') if monetary.dtype != object else np.array(sorted(range(len(monetary)), key=monetary.__getitem__), dtype='int64')
    m = ntile(m_order, BINS)
    t_rfm = time.perf_counter()

    total_units = int(monetary.sum(dtype=object))
    pd.DataFrame({
        'customer_id': cust_ids[code],
        'recency_days': recency,
        'frequency': frequency,
        'monetary': money_text(monetary, scale),
        'r': r, 'f': f, 'm': m,
    }).to_csv(args.out, index=False)
    t_end = time.perf_counter()

    return {
        'read_s': t_read - t0,
        'rfm_s': t_rfm - t_read,
        'total_s': t_end - t0,
        'customers': int(len(code)),
        'revenue': float(Decimal(total_units).scaleb(-scale)),
        'asOf': str(np.datetime64(as_of_day, 'D')),
        'peak_rss_mb': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('file')
    parser.add_argument('--customer', required=True)
    parser.add_argument('--date', required=True)
    parser.add_argument('--amount')
    parser.add_argument('--quantity')
    parser.add_argument('--price')
    parser.add_argument('--order')
    parser.add_argument('--as-of', dest='as_of')
    parser.add_argument('--out', required=True)
    args = parser.parse_args()
    if bool(args.amount) == bool(args.quantity and args.price) or bool(args.quantity) != bool(args.price):
        parser.error('give --amount, or --quantity with --price')
    if args.as_of and not re.fullmatch(r'\d{4}-\d{2}-\d{2}', args.as_of):
        parser.error('--as-of must be YYYY-MM-DD')
    try:
        print(json.dumps(run(args)))
    except (ValueError, KeyError) as e:
        print(f'pandas: {e}', file=sys.stderr)
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
