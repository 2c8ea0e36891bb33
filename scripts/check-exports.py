#!/usr/bin/env python3
"""Checks the files `export` writes, with Python's standard library only (render-reports.sh).

  check-exports.py png FILE [--palette]   the screenshot is not blank (and, with --palette,
                                          shows the charts' and the network's colours)
  check-exports.py csv FILE COLUMN,...    Python's csv module reads it with these columns
  check-exports.py json FILE SCHEMA       it parses; validated against SCHEMA when the
                                          `jsonschema` package is installed (else says so)
"""
import csv
import json
import struct
import sys
import zlib


def png_pixels(path):
    """The RGB pixels of an 8-bit RGB or RGBA PNG, as (width, height, rows of bytes)."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise SystemExit(f"{path}: not a PNG")
    pos, idat, width, height, colour = 8, b"", 0, 0, 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            if depth != 8 or colour not in (2, 6):
                raise SystemExit(f"{path}: PNG colour type {colour}, depth {depth} not read here")
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    channels = 4 if colour == 6 else 3
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, previous = [], bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        # Undo the row filters of the PNG specification (section 9).
        if kind == 1:
            for i in range(channels, stride):
                line[i] = (line[i] + line[i - channels]) & 255
        elif kind == 2:
            line = bytearray((a + b) & 255 for a, b in zip(line, previous))
        elif kind == 3:
            for i in range(stride):
                left = line[i - channels] if i >= channels else 0
                line[i] = (line[i] + (left + previous[i]) // 2) & 255
        elif kind == 4:
            for i in range(stride):
                a = line[i - channels] if i >= channels else 0
                b = previous[i]
                c = previous[i - channels] if i >= channels else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        previous = line
    return width, height, channels, rows


# Colours the report must show: the charts' first series (Okabe-Ito blue), a firm's fill in
# the network, an institution's fill, the risk/warning accents.
PALETTE = {"chart blue #0072B2": (0, 114, 178)}
# A node of the network: a firm, an institution or a buyer (a case may lack some kinds).
NODES = {"firm #56B4E9": (86, 180, 233), "institution #009E73": (0, 158, 115), "buyer #E69F00": (230, 159, 0)}


def check_png(path, palette):
    width, height, channels, rows = png_pixels(path)
    counts = {}
    for row in rows[::2]:
        for x in range(0, width * channels, channels * 2):
            key = row[x:x + 3]
            counts[key] = counts.get(key, 0) + 1
    total = sum(counts.values())
    background = max(counts.values())
    if len(counts) < 16 or total - background < total * 0.01:
        raise SystemExit(f"{path}: blank or broken page ({len(counts)} colours, {100 * (total - background) / total:.2f}% not background)")
    if palette:
        def near(rgb):
            return sum(n for c, n in counts.items() if sum((a - b) ** 2 for a, b in zip(c, rgb)) < 30 ** 2)
        for name, rgb in PALETTE.items():
            if near(rgb) < 20:
                raise SystemExit(f"{path}: no {name} in the page: a chart is not drawn")
        if all(near(rgb) < 20 for rgb in NODES.values()):
            raise SystemExit(f"{path}: no actor of the network in the page: the network is not drawn")
    print(f"{path}: {width}x{height}, {len(counts)} colours, {100 * (total - background) / total:.1f}% drawn")


def check_csv(path, columns):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f, strict=True))
        header = rows and list(rows[0].keys())
    if header != columns:
        raise SystemExit(f"{path}: columns {header}, expected {columns}")
    for row in rows:
        if None in row or any(v is None for v in row.values()):
            raise SystemExit(f"{path}: a row with another number of fields: {row}")
        for column in ("year", "value", "p10", "p50", "p90"):
            if column in row and row[column] != "":
                float(row[column])
    print(f"{path}: {len(rows)} rows, columns {','.join(columns)}")


def check_json(path, schema_path):
    with open(path, encoding="utf-8") as f:
        document = json.load(f)
    try:
        import jsonschema
    except ImportError:
        print(f"{path}: parsed; jsonschema not installed, schema not checked here (the Swift tests check it)")
        return
    with open(schema_path, encoding="utf-8") as f:
        jsonschema.validate(document, json.load(f))
    print(f"{path}: valid against {schema_path}")


if __name__ == "__main__":
    if len(sys.argv) < 3:
        raise SystemExit(__doc__)
    command, path = sys.argv[1], sys.argv[2]
    if command == "png":
        check_png(path, "--palette" in sys.argv[3:])
    elif command == "csv":
        check_csv(path, sys.argv[3].split(","))
    elif command == "json":
        check_json(path, sys.argv[3])
    else:
        raise SystemExit(__doc__)
