"""Screenshots of one X11 window (xwd, from the X server the kiosk draws on) as RGB rows, saved
as PNG for a person to look at, and simple pixel measures the session test checks."""
import struct
import subprocess
import zlib


class Image:
    def __init__(self, width, height, rgb):
        self.width, self.height, self.rgb = width, height, rgb  # rgb: bytes, 3 per pixel

    def pixel(self, x, y):
        i = 3 * (y * self.width + x)
        return self.rgb[i], self.rgb[i + 1], self.rgb[i + 2]

    def save_png(self, path):
        raw = b"".join(b"\0" + self.rgb[3 * self.width * y:3 * self.width * (y + 1)] for y in range(self.height))

        def chunk(kind, data):
            return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        with open(path, "wb") as f:
            f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", self.width, self.height, 8, 2, 0, 0, 0))
                    + chunk(b"IDAT", zlib.compress(raw, 6)) + chunk(b"IEND", b""))


def parse_xwd(data):
    """A 24/32-bit TrueColor ZPixmap XWD dump (what xwd writes for an Xwayland window)."""
    fields = struct.unpack(">25I", data[:100])
    header_size, _version, pixmap_format, depth, width, height = fields[:6]
    byte_order, bits_per_pixel, bytes_per_line = fields[7], fields[11], fields[12]
    red_mask, green_mask, blue_mask = fields[14:17]
    ncolors = fields[19]
    if pixmap_format != 2 or bits_per_pixel != 32 or depth < 24:
        raise SystemExit(f"FAIL: unexpected xwd format {pixmap_format}/{bits_per_pixel}/{depth}")
    offset = header_size + 12 * ncolors
    # Byte positions of red, green and blue inside a 32-bit pixel as stored in the file.
    positions = []
    for mask in (red_mask, green_mask, blue_mask):
        if mask not in (0xFF, 0xFF00, 0xFF0000, 0xFF000000):
            raise SystemExit(f"FAIL: unexpected xwd colour mask {mask:#x}")
        index = (mask.bit_length() - 1) // 8  # byte index counted from the least significant
        positions.append(index if byte_order == 0 else 3 - index)
    rgb = bytearray(3 * width * height)
    for y in range(height):
        row = data[offset + y * bytes_per_line:offset + y * bytes_per_line + 4 * width]
        base = 3 * width * y
        for c, pos in enumerate(positions):
            rgb[base + c:base + 3 * width:3] = row[pos::4]
    return Image(width, height, bytes(rgb))


def kiosk_window(env, pid):
    run = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(pid)], env=env,
                         capture_output=True, text=True, timeout=10)
    windows = run.stdout.split()
    return windows[-1] if windows else None


def grab(env, pid):
    window = kiosk_window(env, pid)
    if window is None:
        raise SystemExit("FAIL: nok-kiosk has no visible X11 window on cage's Xwayland")
    run = subprocess.run(["xwd", "-id", window, "-silent"], env=env, capture_output=True, timeout=20)
    if run.returncode != 0:
        raise SystemExit(f"FAIL: xwd: {run.stderr.decode(errors='replace')}")
    return parse_xwd(run.stdout)
