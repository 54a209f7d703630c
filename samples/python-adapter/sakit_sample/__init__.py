"""A small, complete implementation of NDIS IPsec task offload v1 as sakit SPEC.md 1.0 defines it.

Written from spec/SPEC.md alone; each module names the sections it implements.
"""
