"""Fictional wallet addresses for the compound case: syntactically valid, derived from labels.

An address is SHA-256("flowtrace compound-case " + label), first 20 bytes. Ethereum addresses are
written with their EIP-55 checksum (Keccak-256, implemented below: the standard library has only
SHA3-256, whose padding differs); TRON addresses are base58check of 0x41 + the 20 bytes.
No private key exists for any of them: they were never generated from a key pair.
"""

import hashlib

_RC = [
    0x0000000000000001, 0x0000000000008082, 0x800000000000808A, 0x8000000080008000,
    0x000000000000808B, 0x0000000080000001, 0x8000000080008081, 0x8000000000008009,
    0x000000000000008A, 0x0000000000000088, 0x0000000080008009, 0x000000008000000A,
    0x000000008000808B, 0x800000000000008B, 0x8000000000008089, 0x8000000000008003,
    0x8000000000008002, 0x8000000000000080, 0x000000000000800A, 0x800000008000000A,
    0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008,
]
_ROT = [[0, 36, 3, 41, 18], [1, 44, 10, 45, 2], [62, 6, 43, 15, 61], [28, 55, 25, 21, 56], [27, 20, 39, 8, 14]]
_M = (1 << 64) - 1


def _rol(x, n):
    return ((x << n) | (x >> (64 - n))) & _M if n else x


def _permute(a):
    for rc in _RC:
        c = [a[x][0] ^ a[x][1] ^ a[x][2] ^ a[x][3] ^ a[x][4] for x in range(5)]
        d = [c[(x - 1) % 5] ^ _rol(c[(x + 1) % 5], 1) for x in range(5)]
        a = [[a[x][y] ^ d[x] for y in range(5)] for x in range(5)]
        b = [[0] * 5 for _ in range(5)]
        for x in range(5):
            for y in range(5):
                b[y][(2 * x + 3 * y) % 5] = _rol(a[x][y], _ROT[x][y])
        a = [[b[x][y] ^ ((~b[(x + 1) % 5][y]) & b[(x + 2) % 5][y]) for y in range(5)] for x in range(5)]
        a[0][0] ^= rc
    return a


def keccak256(data: bytes) -> bytes:
    rate = 136
    padded = bytearray(data) + b"\x01"
    while len(padded) % rate:
        padded += b"\x00"
    padded[-1] |= 0x80
    a = [[0] * 5 for _ in range(5)]
    for offset in range(0, len(padded), rate):
        block = padded[offset:offset + rate]
        for i in range(rate // 8):
            a[i % 5][i // 5] ^= int.from_bytes(block[8 * i:8 * i + 8], "little")
        a = _permute(a)
    return b"".join(a[i % 5][i // 5].to_bytes(8, "little") for i in range(4))


def eip55(hex40: str) -> str:
    lower = hex40.lower().removeprefix("0x")
    digest = keccak256(lower.encode("ascii")).hex()
    return "0x" + "".join(ch.upper() if ch.isalpha() and int(digest[i], 16) >= 8 else ch for i, ch in enumerate(lower))


_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def base58check(payload: bytes) -> str:
    checked = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(checked, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = _B58[r] + out
    return "1" * (len(checked) - len(checked.lstrip(b"\x00"))) + out


def body(label: str) -> bytes:
    return hashlib.sha256(("flowtrace compound-case " + label).encode("utf-8")).digest()[:20]


def ethereum(label: str) -> str:
    return eip55(body(label).hex())


def tron(label: str) -> tuple[str, str]:
    """(base58check, 0x-hex of the 20 bytes as TronGrid events write it)."""
    raw = body(label)
    return base58check(b"\x41" + raw), "0x" + raw.hex()


def tx_hash(label: str) -> str:
    return hashlib.sha256(("flowtrace compound-case tx " + label).encode("utf-8")).hexdigest()


if __name__ == "__main__":
    assert keccak256(b"").hex() == "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"
    assert eip55("0xdac17f958d2ee523a2206206994597c13d831ec7") == "0xdAC17F958D2ee523a2206206994597C13D831ec7"
    assert base58check(bytes.fromhex("41a614f803b6fd780986a42c78ec9c7f77e6ded13c")) == "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"
    print("address vectors ok")
