#!/usr/bin/env python3
"""How loss-plot's curve palettes (Sources/Plotting/Model/CurvePalette.swift) were made.

Python 3 standard library only. Prints each palette's light and dark colours, the smallest
CIEDE2000 difference between two of its colours, and the smallest WCAG 2.1 contrast ratio of its
dark colours against the dark theme's background.

- default: the 8 colours loss-plot has always cycled (Okabe and Ito's, in loss-plot's order),
  then 12 more, each the candidate farthest (smallest CIEDE2000 to those chosen) from the
  colours before it. Candidates: Kelly's 22 colours of maximum contrast (K. L. Kelly, 1965, hex
  values as in P. Green-Armytage, 2010) and matplotlib's tab20, without greys and without
  colours under 1.6:1 contrast against white (they vanish on the light theme).
- dark variants: a colour under 4:1 contrast against #1E1E1E has its CIELAB L* raised in steps
  of 0.25, a* and b* kept, until it reaches 4:1 (3:1 is WCAG's floor for graphics; 4:1 leaves a
  margin, since tab blue at 3.46:1 was reported hard to see); black becomes the theme's
  foreground #E6E6E6.
"""
import itertools
import math

BACKGROUND, FOREGROUND, TARGET = 0x1E1E1E, 0xE6E6E6, 4.0


def linear(byte):
    c = byte / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def rgb(h):
    return (h >> 16) & 255, (h >> 8) & 255, h & 255


def luminance(h):
    r, g, b = map(linear, rgb(h))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a, b):
    la, lb = sorted([luminance(a), luminance(b)], reverse=True)
    return (la + 0.05) / (lb + 0.05)


def lab(h):
    r, g, b = map(linear, rgb(h))
    x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047
    y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b
    z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883
    f = lambda t: t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116
    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def from_lab(l, a, b):
    fy = (l + 16) / 116
    fx, fz = fy + a / 500, fy - b / 200
    inv = lambda t: t ** 3 if t ** 3 > 216 / 24389 else (116 * t - 16) / (24389 / 27)
    x, y, z = 0.95047 * inv(fx), inv(fy), 1.08883 * inv(fz)
    channels = (3.2404542 * x - 1.5371385 * y - 0.4985314 * z,
                -0.9692660 * x + 1.8760108 * y + 0.0415560 * z,
                0.0556434 * x - 0.2040259 * y + 1.0572252 * z)

    def encode(c):
        c = min(max(c, 0), 1)
        c = 12.92 * c if c <= 0.0031308 else 1.055 * c ** (1 / 2.4) - 0.055
        return int(round(c * 255))
    r, g, b = map(encode, channels)
    return (r << 16) | (g << 8) | b


def de2000(p, q):
    """CIEDE2000 (Sharma, Wu and Dalal 2005)."""
    (l1, a1, b1), (l2, a2, b2) = p, q
    cm = (math.hypot(a1, b1) + math.hypot(a2, b2)) / 2
    g = 0.5 * (1 - math.sqrt(cm ** 7 / (cm ** 7 + 25 ** 7)))
    a1p, a2p = (1 + g) * a1, (1 + g) * a2
    c1, c2 = math.hypot(a1p, b1), math.hypot(a2p, b2)
    h1 = math.degrees(math.atan2(b1, a1p)) % 360 if c1 else 0
    h2 = math.degrees(math.atan2(b2, a2p)) % 360 if c2 else 0
    dh = 0 if c1 * c2 == 0 else (h2 - h1 - 360 if h2 - h1 > 180 else h2 - h1 + 360 if h2 - h1 < -180 else h2 - h1)
    dH = 2 * math.sqrt(c1 * c2) * math.sin(math.radians(dh / 2))
    lm, cpm = (l1 + l2) / 2, (c1 + c2) / 2
    if c1 * c2 == 0:
        hm = h1 + h2
    elif abs(h1 - h2) <= 180:
        hm = (h1 + h2) / 2
    else:
        hm = (h1 + h2 + 360) / 2 if h1 + h2 < 360 else (h1 + h2 - 360) / 2
    t = (1 - 0.17 * math.cos(math.radians(hm - 30)) + 0.24 * math.cos(math.radians(2 * hm))
         + 0.32 * math.cos(math.radians(3 * hm + 6)) - 0.20 * math.cos(math.radians(4 * hm - 63)))
    rc = 2 * math.sqrt(cpm ** 7 / (cpm ** 7 + 25 ** 7))
    rt = -math.sin(math.radians(2 * 30 * math.exp(-((hm - 275) / 25) ** 2))) * rc
    sl = 1 + 0.015 * (lm - 50) ** 2 / math.sqrt(20 + (lm - 50) ** 2)
    sc, sh = 1 + 0.045 * cpm, 1 + 0.015 * cpm * t
    dL, dC = l2 - l1, c2 - c1
    return math.sqrt((dL / sl) ** 2 + (dC / sc) ** 2 + (dH / sh) ** 2 + rt * (dC / sc) * (dH / sh))


def min_de(colors):
    return min(de2000(lab(a), lab(b)) for a, b in itertools.combinations(colors, 2))


def dark(h):
    if h == 0x000000:
        return FOREGROUND
    if contrast(h, BACKGROUND) >= TARGET:
        return h
    l, a, b = lab(h)
    while contrast(h, BACKGROUND) < TARGET:
        l += 0.25
        h = from_lab(l, a, b)
    return h


LOSS_PLOT_8 = [0x0072B2, 0xD55E00, 0x009E73, 0xCC79A7, 0xE69F00, 0x56B4E9, 0x000000, 0xF0E442]
TAB10 = [0x1F77B4, 0xFF7F0E, 0x2CA02C, 0xD62728, 0x9467BD, 0x8C564B, 0xE377C2, 0x7F7F7F, 0xBCBD22, 0x17BECF]
TAB20 = [0x1F77B4, 0xAEC7E8, 0xFF7F0E, 0xFFBB78, 0x2CA02C, 0x98DF8A, 0xD62728, 0xFF9896, 0x9467BD, 0xC5B0D5,
         0x8C564B, 0xC49C94, 0xE377C2, 0xF7B6D2, 0x7F7F7F, 0xC7C7C7, 0xBCBD22, 0xDBDB8D, 0x17BECF, 0x9EDAE5]
KELLY = [0xF3C300, 0x875692, 0xF38400, 0xA1CAF1, 0xBE0032, 0xC2B280, 0x848482, 0x008856, 0xE68FAC, 0x0067A5,
         0xF99379, 0x604E97, 0xF6A600, 0xB3446C, 0xDCD300, 0x882D17, 0x8DB600, 0x654522, 0xE25822, 0x2B3D26]
OKABE_ITO = [0xE69F00, 0x56B4E9, 0x009E73, 0xF0E442, 0x0072B2, 0xD55E00, 0xCC79A7, 0x000000]


def default_palette():
    grey = lambda h: max(rgb(h)) - min(rgb(h)) <= 20
    pool = [h for h in TAB20 + KELLY if not grey(h) and contrast(h, 0xFFFFFF) >= 1.6]
    chosen = list(LOSS_PLOT_8)
    while len(chosen) < 20:
        chosen.append(max((h for h in pool if h not in chosen),
                          key=lambda h: min(de2000(lab(h), lab(c)) for c in chosen)))
    return chosen


if __name__ == "__main__":
    for name, colors in [("default", default_palette()), ("tab10", TAB10), ("okabe-ito", OKABE_ITO)]:
        darks = [dark(h) for h in colors]
        print(name)
        print("  colors:    ", ", ".join(f"0x{h:06X}" for h in colors))
        print("  darkColors:", ", ".join(f"0x{h:06X}" for h in darks))
        print(f"  min CIEDE2000 light {min_de(colors):.2f}, dark {min_de(darks):.2f}; "
              f"min WCAG contrast on #1E1E1E: light colours {min(contrast(h, BACKGROUND) for h in colors):.2f}, "
              f"dark colours {min(contrast(h, BACKGROUND) for h in darks):.2f}")
    print(f"foreground #E6E6E6 on #1E1E1E: {contrast(FOREGROUND, BACKGROUND):.2f}")
