#!/usr/bin/env python3
"""Draws assets/icon.png, the package icon: the 5x5 RFM grid (recency rows, frequency columns),
cells darkening toward recent and frequent, the champions' cell in orange. Standard library only,
so the icon is reproducible anywhere: python3 assets/make-icon.py"""
import os
import struct
import zlib

SIZE = 128


def colour(r, f):
    if r == 4 and f == 4:
        return (232, 131, 58)
    t = (r + f) / 8
    light, dark = (222, 235, 247), (8, 48, 107)
    return tuple(round(light[i] + (dark[i] - light[i]) * t) for i in range(3))


def coverage(px, py, x, y, w, h, radius):
    """Share of the pixel inside a rounded rectangle, by 4x4 supersampling (anti-aliased edges)."""
    hits = 0
    for sx in range(4):
        for sy in range(4):
            X, Y = px + (sx + .5) / 4, py + (sy + .5) / 4
            if X < x or X > x + w or Y < y or Y > y + h:
                continue
            cx = min(max(X, x + radius), x + w - radius)
            cy = min(max(Y, y + radius), y + h - radius)
            if (X - cx) ** 2 + (Y - cy) ** 2 <= radius * radius:
                hits += 1
    return hits / 16


def pixel(px, py):
    rgb = [255, 255, 255]
    for r in range(5):
        for f in range(5):
            x, y = 8 + f * 23, 8 + (4 - r) * 23
            if x - 1 <= px <= x + 21 and y - 1 <= py <= y + 21:
                c = coverage(px, py, x, y, 20, 20, 4)
                if c > 0:
                    rgb = [round(rgb[i] * (1 - c) + colour(r, f)[i] * c) for i in range(3)]
    return bytes(rgb + [round(255 * coverage(px, py, 0, 0, SIZE, SIZE, 16))])


def chunk(kind, data):
    return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xffffffff)


raw = b''.join(b'\0' + b''.join(pixel(px, py) for px in range(SIZE)) for py in range(SIZE))
png = (b'\x89PNG\r\n\x1a\n'
       + chunk(b'IHDR', struct.pack('>IIBBBBB', SIZE, SIZE, 8, 6, 0, 0, 0))
       + chunk(b'IDAT', zlib.compress(raw, 9))
       + chunk(b'IEND', b''))
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'icon.png'), 'wb') as out:
    out.write(png)
