"""The transforms of SPEC.md 9.2: HMAC-MD5-96 and HMAC-SHA-1-96 (hmac), DES-CBC and 3DES-CBC (python3-cryptography).

Single DES is TripleDES with K1 = K2 = K3, since OpenSSL 3 keeps plain DES in its legacy provider.
"""

import hashlib
import hmac
import os

from cryptography.hazmat.primitives.ciphers import Cipher, modes

try:  # cryptography 43 and later keep TripleDES among the "decrepit" algorithms
    from cryptography.hazmat.decrepit.ciphers.algorithms import TripleDES
except ImportError:  # Debian 12 ships cryptography 38
    from cryptography.hazmat.primitives.ciphers.algorithms import TripleDES

from . import constants as c

_DIGESTS = {c.INTEGRITY_MD5: hashlib.md5, c.INTEGRITY_SHA: hashlib.sha1}


def icv(integrity, key, data):
    """The first 12 bytes of the HMAC (RFC 2403, RFC 2404)."""
    return hmac.new(bytes(key), data, _DIGESTS[integrity]).digest()[:c.ICV_LENGTH]


def icv_matches(integrity, key, data, received):
    return hmac.compare_digest(icv(integrity, key, data), bytes(received))


def _cipher(conf, key, iv):
    triple = bytes(key) * 3 if conf == c.CONF_DES else bytes(key)
    return Cipher(TripleDES(triple), modes.CBC(bytes(iv)))


def encrypt(conf, key, iv, plaintext):
    """CBC encryption of whole blocks, no padding (the transport padded)."""
    encryptor = _cipher(conf, key, iv).encryptor()
    return encryptor.update(bytes(plaintext)) + encryptor.finalize()


def decrypt(conf, key, iv, ciphertext):
    decryptor = _cipher(conf, key, iv).decryptor()
    return decryptor.update(bytes(ciphertext)) + decryptor.finalize()


def fresh_iv():
    """A random 8-byte IV for every DES and 3DES transmit (A19)."""
    return os.urandom(8)


def iv_length(conf):
    return 0 if conf == c.CONF_NONE else 8


def block_size(conf):
    return 4 if conf == c.CONF_NONE else 8
