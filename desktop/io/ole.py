"""Just enough of the OLE2 compound-file format to list the streams inside.

Legacy .xls, .doc and password-protected .xlsx files all start with the same
OLE2 signature; only the names of the streams they hold tell them apart.
"""

from __future__ import annotations

import struct

SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MAX_REGULAR_SECTOR = 0xFFFFFFFA
_ENTRY_SIZE = 128
_HEADER_DIFAT_ENTRIES = 109


class CompoundFileError(Exception):
    """The compound file is truncated or its structure is inconsistent."""


def stream_names(data: bytes) -> set[str]:
    """Names of every stream and storage in the file, e.g. {"Workbook", "Root Entry"}."""
    if not data.startswith(SIGNATURE) or len(data) < 512:
        raise CompoundFileError("not a complete compound-file header")
    sector_shift = struct.unpack_from("<H", data, 0x1E)[0]
    if sector_shift not in (9, 12):
        raise CompoundFileError(f"unexpected sector shift {sector_shift}")
    size = 1 << sector_shift
    fat = _read_fat(data, size)
    first_dir = struct.unpack_from("<I", data, 0x30)[0]
    names: set[str] = set()
    for sector in _chain(fat, first_dir, data, size):
        base = (sector + 1) * size
        for offset in range(base, base + size, _ENTRY_SIZE):
            name = _entry_name(data, offset)
            if name:
                names.add(name)
    if not names:
        raise CompoundFileError("empty directory")
    return names


def _sector(data: bytes, sector: int, size: int) -> bytes:
    start = (sector + 1) * size
    if sector > _MAX_REGULAR_SECTOR or start + size > len(data):
        raise CompoundFileError(f"sector {sector} lies beyond the end of the file")
    return data[start : start + size]


def _read_fat(data: bytes, size: int) -> list[int]:
    fat_count = struct.unpack_from("<I", data, 0x2C)[0]
    max_sectors = len(data) // size + 1
    if fat_count > max_sectors:
        raise CompoundFileError("FAT larger than the file")
    fat_sectors = [
        s for s in struct.unpack_from(f"<{_HEADER_DIFAT_ENTRIES}I", data, 0x4C)
        if s <= _MAX_REGULAR_SECTOR
    ]
    difat = struct.unpack_from("<I", data, 0x44)[0]
    per_difat = size // 4 - 1
    seen: set[int] = set()
    while difat <= _MAX_REGULAR_SECTOR and len(fat_sectors) < fat_count:
        if difat in seen:
            raise CompoundFileError("DIFAT chain loops")
        seen.add(difat)
        values = struct.unpack(f"<{per_difat + 1}I", _sector(data, difat, size))
        fat_sectors.extend(s for s in values[:per_difat] if s <= _MAX_REGULAR_SECTOR)
        difat = values[per_difat]
    fat: list[int] = []
    for sector in fat_sectors[:fat_count]:
        fat.extend(struct.unpack(f"<{size // 4}I", _sector(data, sector, size)))
    return fat


def _chain(fat: list[int], start: int, data: bytes, size: int) -> list[int]:
    chain: list[int] = []
    seen: set[int] = set()
    sector = start
    while sector <= _MAX_REGULAR_SECTOR:
        if sector in seen or sector >= len(fat):
            raise CompoundFileError("directory chain is broken")
        _sector(data, sector, size)
        seen.add(sector)
        chain.append(sector)
        sector = fat[sector]
    return chain


def _entry_name(data: bytes, offset: int) -> str:
    length = struct.unpack_from("<H", data, offset + 0x40)[0]
    kind = data[offset + 0x42]
    if kind not in (1, 2, 5) or not 2 <= length <= 64 or length % 2:
        return ""
    return data[offset : offset + length - 2].decode("utf-16-le", errors="replace")
