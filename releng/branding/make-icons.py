#!/usr/bin/env python3
"""Draws the Collatio icon (two overlapping articles whose marked lines meet: accounts compared)
at every size the platforms want, with the standard library only, and writes:
  icons/collatio-SIZE.png   16 32 48 64 128 256 512 (window icons, the Linux hicolor theme)
  collatio.icns             the macOS application icon (PNG entries icp4 icp5 icp6 ic07 ic08 ic09)
  ../../bundles/org.collatio.ui/icons/collatio-SIZE.png   16 to 256: the workbench's window images
Run it again after changing the drawing; its output is committed."""
import os, struct, zlib

BG = (0x1f, 0x4e, 0x79)      # deep blue tile
PAGE = (0xf7, 0xf4, 0xec)    # paper
LINE = (0x9a, 0xa5, 0xb1)    # plain text lines
MARK_A = (0xe0, 0x8a, 0x1e)  # one source's marked span (amber)
MARK_B = (0x2a, 0xa1, 0x98)  # the other's (teal)
SHADOW = (0x12, 0x2f, 0x4a)

def rounded(x, y, x0, y0, x1, y1, r):
    """Coverage (0..1) of point (x, y) by a rounded rectangle, supersampled by the caller."""
    if x < x0 or x > x1 or y < y0 or y > y1:
        return False
    cx = min(max(x, x0 + r), x1 - r)
    cy = min(max(y, y0 + r), y1 - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r

def shapes():
    """The drawing in a 1x1 square, painted in order: (colour, x0, y0, x1, y1, corner radius)."""
    out = [(BG, 0.02, 0.02, 0.98, 0.98, 0.18)]
    for dx, dy, mark, row in ((0.0, 0.0, MARK_A, 2), (0.26, 0.16, MARK_B, 1)):
        x0, y0 = 0.14 + dx, 0.12 + dy
        out.append((SHADOW, x0 + 0.025, y0 + 0.025, x0 + 0.475, y0 + 0.645, 0.04))
        out.append((PAGE, x0, y0, x0 + 0.45, y0 + 0.62, 0.04))
        for i in range(5):
            ly = y0 + 0.09 + i * 0.105
            colour = mark if i == row else LINE
            width = 0.33 if i != 4 else 0.2
            out.append((colour, x0 + 0.06, ly, x0 + 0.06 + width, ly + (0.06 if i == row else 0.035), 0.012))
    return out

def render(size, samples=4):
    drawn = shapes()
    rows = []
    for py in range(size):
        row = bytearray([0])
        for px in range(size):
            acc = [0, 0, 0, 0]
            for sy in range(samples):
                for sx in range(samples):
                    x = (px + (sx + 0.5) / samples) / size
                    y = (py + (sy + 0.5) / samples) / size
                    colour = None
                    for c, x0, y0, x1, y1, r in drawn:
                        if rounded(x, y, x0, y0, x1, y1, r):
                            colour = c
                    if colour:
                        acc[0] += colour[0]; acc[1] += colour[1]; acc[2] += colour[2]; acc[3] += 255
            n = samples * samples
            a = acc[3] // n
            if a:
                k = acc[3] // 255
                row += bytes((acc[0] // k, acc[1] // k, acc[2] // k, a))
            else:
                row += b"\0\0\0\0"
        rows.append(bytes(row))
    return png(size, b"".join(rows))

def png(size, raw):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    os.makedirs(os.path.join(here, "icons"), exist_ok=True)
    pngs = {}
    for size in (16, 32, 48, 64, 128, 256, 512):
        pngs[size] = render(size, 4 if size <= 128 else 2)
        with open(os.path.join(here, "icons", "collatio-%d.png" % size), "wb") as f:
            f.write(pngs[size])
    ui = os.path.join(here, "..", "..", "bundles", "org.collatio.ui", "icons")
    for size in (16, 32, 48, 64, 128, 256):
        with open(os.path.join(ui, "collatio-%d.png" % size), "wb") as f:
            f.write(pngs[size])
    entries = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
                       for kind, size in ((b"icp4", 16), (b"icp5", 32), (b"icp6", 64),
                                          (b"ic07", 128), (b"ic08", 256), (b"ic09", 512)))
    with open(os.path.join(here, "collatio.icns"), "wb") as f:
        f.write(b"icns" + struct.pack(">I", 8 + len(entries)) + entries)

if __name__ == "__main__":
    main()
