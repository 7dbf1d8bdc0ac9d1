"""The one guard every outbound request of policywatch goes through.

Crawled feeds and pages decide which URLs are fetched (redirects, announced feeds, sitemap
children), so a hostile source can point the crawler, ``discover`` or robots.txt at the machine's
own network. Alert channels are configured by the operator, but a public webhook service can still
redirect, or its name resolve, to an internal address. The rules, in one place:

1. **The host is read the way HTTP clients read it** (:func:`normalise_host`): percent-encoding
   decoded, Unicode folded (full-width digits), trailing dots, brackets and IPv6 zone ids dropped,
   and every numeric IPv4 form (``2130706433``, ``0x7f.1``, ``0177.0.0.1``, ``127.1``) turned into
   its dotted address. IPv6 forms that carry an IPv4 address (mapped, compatible, 6to4, NAT64)
   are judged by that address.
2. **A URL is refused before any connection** when its host is, or resolves to, a loopback,
   private, link-local, multicast or reserved address (:func:`check_url`).
3. **The address actually connected to is checked** (:func:`guarded_connection`): the name is
   resolved once, each address is checked and the socket connects to that address, never to a
   second look-up (DNS rebinding); every hop of a redirect makes a new connection and is checked
   again. The Scrapy crawler checks the resolver's answer and the response's peer address.
4. **Every request has an overall deadline** (:class:`Deadline`): a server that sends one byte
   just before each read timeout would otherwise hold a request forever. When the deadline
   passes, the sockets of the request are shut down, which ends any blocked read.

``allow_private`` (the ``allow_private_hosts`` setting, or an alert channel whose configured host
is itself private) turns rules 2 and 3 off; rule 4 always holds.
"""

from __future__ import annotations

import contextlib
import functools
import ipaddress
import socket
import threading
import time
import unicodedata
from collections.abc import Iterator
from typing import Any
from urllib.parse import unquote, urlsplit

REFUSED = "refused-private-host"
#: Host names that never leave the machine or the local network, whatever DNS says.
_LOCAL_NAMES = ("localhost",)
_LOCAL_SUFFIXES = (".localhost", ".local", ".internal", ".home.arpa", ".lan")
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_NAT64_LOCAL = ipaddress.ip_network("64:ff9b:1::/48")

Address = ipaddress.IPv4Address | ipaddress.IPv6Address


class RefusedHost(Exception):
    """An outbound request the guard will not make; ``reason`` is what is recorded."""

    def __init__(self, url: str, detail: str = "", reason: str = REFUSED) -> None:
        super().__init__(f"{url}: {reason}" + (f" ({detail})" if detail else ""))
        self.reason = reason
        self.url = url
        self.detail = detail


class DeadlineExceeded(TimeoutError):
    """A request that took longer than its overall deadline."""


# -- reading a host -----------------------------------------------------------------------------


def _ipv4_number(part: str) -> int | None:
    """One part of an inet_aton-style IPv4 address (decimal, 0x hex or 0 octal)."""
    if not part:
        return None
    try:
        if part[:2] in ("0x", "0X"):
            return int(part[2:] or "0", 16)
        if len(part) > 1 and part[0] == "0":
            return int(part[1:], 8)
        return int(part, 10) if part.isdigit() else None
    except ValueError:
        return None


def _ipv4_loose(host: str) -> ipaddress.IPv4Address | None:
    """The address of every numeric IPv4 form libc's resolver accepts (``127.1``, ``0x7f.1``...)."""
    parts = host.split(".")
    if not 1 <= len(parts) <= 4:
        return None
    numbers = [_ipv4_number(p) for p in parts]
    if any(n is None for n in numbers):
        return None
    values = [n for n in numbers if n is not None]
    *head, last = values
    if any(n > 255 for n in head) or last >= 256 ** (5 - len(values)):
        return None
    value = 0
    for n in head:
        value = value * 256 + n
    value = value * 256 ** (5 - len(values)) + last
    return ipaddress.IPv4Address(value) if value < 2**32 else None


def normalise_host(host: str) -> str:
    """The host as an HTTP client will use it (see rule 1 of the module docstring).

    IP addresses come back in their canonical text form (IPv6 without brackets); names
    lowercased, without trailing dots.
    """
    text = host.strip()
    for _ in range(4):  # %2531 -> %31 -> 1: decode until stable, a few rounds at most
        decoded = unquote(text)
        if decoded == text:
            break
        text = decoded
    text = unicodedata.normalize("NFKC", text).strip().lower()
    text = text.strip("[]").split("%", 1)[0].rstrip(".")
    address = literal_address(text)
    return str(address) if address is not None else text


def literal_address(host: str) -> Address | None:
    """The IP address ``host`` is written as, in any form; None for a name."""
    text = host.strip("[]").split("%", 1)[0].rstrip(".")
    try:
        return ipaddress.ip_address(text)
    except ValueError:
        pass
    return _ipv4_loose(text) if text and all(c in "0123456789abcdefx." for c in text) else None


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip in _NAT64 or ip in _NAT64_LOCAL:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    value = int(ip)
    if value >> 32 == 0 and value > 1:  # IPv4-compatible ::a.b.c.d (deprecated, still routed)
        return ipaddress.IPv4Address(value)
    return None


def is_private_address(address: str | Address) -> bool:
    """Whether an IP address is loopback, private, link-local, or otherwise not public.

    Text that is not an IP address is not private (it is a name; see :func:`is_private_host`).
    """
    if isinstance(address, str):
        ip = literal_address(address)
        if ip is None:
            return False
    else:
        ip = address
    if isinstance(ip, ipaddress.IPv6Address):
        inner = _embedded_ipv4(ip)
        if inner is not None:
            return is_private_address(inner)
    return bool(
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
        or not ip.is_global
    )


@functools.lru_cache(maxsize=1024)
def _resolve_cached(host: str) -> tuple[str, ...]:
    return resolve(host)


def resolve(host: str, port: int | None = None) -> tuple[str, ...]:
    """The addresses ``host`` resolves to (none when it does not)."""
    try:
        infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError, ValueError):
        return ()
    return tuple(dict.fromkeys(str(info[4][0]) for info in infos))


def is_local_name(host: str) -> bool:
    """Names that only exist on this machine or network (``localhost``, ``*.internal``...)."""
    return host in _LOCAL_NAMES or host.endswith(_LOCAL_SUFFIXES)


def is_private_host(host: str, *, resolve: bool = True) -> bool:
    """Whether ``host`` is, or resolves to, a private/loopback/link-local address.

    Names that do not resolve are not called private here: the connection fails on its own with
    a DNS error, the more useful reason to record (and it is checked again when made).
    """
    name = normalise_host(host)
    if not name:
        return False
    if is_local_name(name):
        return True
    address = literal_address(name)
    if address is not None:
        return is_private_address(address)
    if not resolve:
        return False
    return any(is_private_address(a) for a in _resolve_cached(name))


def host_of_url(url: str) -> str:
    """The normalised host of a URL ('' when it has none)."""
    try:
        netloc = urlsplit(url).netloc
    except ValueError:
        return ""
    host = netloc.rsplit("@", 1)[-1]
    if host.startswith("["):
        host = host[: host.find("]") + 1] if "]" in host else host
    elif ":" in host:
        host = host.split(":", 1)[0]
    return normalise_host(host)


def check_url(url: str, *, allow_private: bool) -> None:
    """Refuse ``url`` unless it is http(s) and its host is public (or private ones are allowed).

    Raises:
        RefusedHost: ``not-http``, or ``refused-private-host``.
    """
    try:
        parts = urlsplit(url)
    except ValueError as exc:
        raise RefusedHost(url, str(exc), "bad-url") from None
    if parts.scheme.lower() not in ("http", "https"):
        raise RefusedHost(url, "only http and https are fetched", "not-http")
    if any(ord(c) < 0x21 or ord(c) == 0x7F for c in url):
        raise RefusedHost(url, "control character or space in the URL", "bad-url")
    host = host_of_url(url)
    if not host:
        raise RefusedHost(url, "no host", "bad-url")
    if not allow_private and is_private_host(host):
        raise RefusedHost(
            url, "set POLICYWATCH_ALLOW_PRIVATE_HOSTS=1 to reach loopback or private addresses"
        )


def check_address(address: str, url: str, *, allow_private: bool) -> None:
    """Refuse a connection (made, or about to be) to ``address``.

    Raises:
        RefusedHost: the address is private and private hosts are not allowed.
    """
    if not allow_private and is_private_address(address):
        raise RefusedHost(url, f"connected to {address}")


# -- deadlines and guarded sockets --------------------------------------------------------------


class Deadline:
    """An overall time limit for one request: its sockets are shut down when it passes.

    Use as a context manager; sockets made by :func:`guarded_connection` with this deadline are
    registered. Leaving the block after the deadline passed raises :class:`DeadlineExceeded`.
    """

    def __init__(self, seconds: float, what: str = "request") -> None:
        self.seconds = seconds
        self.what = what
        self.end = time.monotonic() + seconds
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer: threading.Timer | None = None

    def remaining(self) -> float:
        """Seconds left (never below a small positive value, so timeouts stay valid)."""
        return max(0.001, self.end - time.monotonic())

    def register(self, sock: socket.socket) -> None:
        """Shut ``sock`` down when the deadline passes."""
        with self._lock:
            if self.expired:
                _shutdown(sock)
            self._sockets.append(sock)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                _shutdown(sock)

    def check(self) -> None:
        """Raise :class:`DeadlineExceeded` when the deadline has passed."""
        if self.expired or time.monotonic() >= self.end:
            self.expired = True
            raise DeadlineExceeded(f"{self.what} took longer than {self.seconds:g} s in total")

    def __enter__(self) -> Deadline:
        self.end = time.monotonic() + self.seconds
        self._timer = threading.Timer(self.seconds, self._expire)
        self._timer.daemon = True
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._timer is not None:
            self._timer.cancel()
        if self.expired:
            raise DeadlineExceeded(f"{self.what} took longer than {self.seconds:g} s in total")


def _shutdown(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)


def guarded_connection(
    address: tuple[str, int],
    timeout: float | None = None,
    source_address: tuple[str, int] | None = None,
    *,
    allow_private: bool,
    deadline: Deadline | None = None,
    url: str = "",
    socket_options: Any = None,
) -> socket.socket:
    """``socket.create_connection`` that connects only to checked addresses (rule 3).

    Raises:
        RefusedHost: every address of the host is private (and private hosts are not allowed).
        OSError: no address could be connected to.
    """
    host, port = address
    name = normalise_host(str(host))
    where = url or f"{name}:{port}"
    if not allow_private and is_local_name(name):
        raise RefusedHost(where, "a local name")
    literal = literal_address(name)
    candidates = [str(literal)] if literal is not None else list(resolve(name, port))
    if not candidates:
        raise OSError(f"cannot resolve {name!r}")
    error: BaseException | None = None
    for ip in candidates:
        if not allow_private and is_private_address(ip):
            error = RefusedHost(where, f"resolves to {ip}")
            continue
        family = socket.AF_INET6 if ":" in ip else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        try:
            for option in socket_options or ():
                sock.setsockopt(*option)
            if deadline is not None:
                deadline.register(sock)
                timeout = (
                    deadline.remaining() if timeout is None else min(timeout, deadline.remaining())
                )
            if timeout is not None:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect((ip, port))
            peer = str(sock.getpeername()[0])
            check_address(peer, where, allow_private=allow_private)
            return sock
        except (OSError, RefusedHost) as exc:
            sock.close()
            error = exc
            if deadline is not None:
                deadline.check()
    assert error is not None
    raise error


@contextlib.contextmanager
def guard_requests(*, allow_private: bool, deadline: Deadline) -> Iterator[None]:
    """Route the connections of ``requests``/``urllib3`` and ``smtplib`` through the guard.

    Apprise's channels use ``requests`` (HTTP services) and ``smtplib`` (email) without a way to
    pass a connection factory; urllib3 looks ``create_connection`` up on its module at every new
    connection and ``smtplib`` calls ``SMTP._get_socket``, so both are replaced for the block (one
    block at a time: deliveries are sequential).
    """
    import smtplib

    import urllib3.util.connection as u3

    def create(
        address: tuple[str, int],
        timeout: Any = None,
        source_address: tuple[str, int] | None = None,
        socket_options: Any = None,
    ) -> socket.socket:
        seconds = timeout if isinstance(timeout, int | float) else None
        return guarded_connection(
            address,
            seconds,
            source_address,
            allow_private=allow_private,
            deadline=deadline,
            socket_options=socket_options,
        )

    def smtp_socket(smtp: smtplib.SMTP, host: str, port: int, timeout: float) -> socket.socket:
        if smtp.debuglevel > 0:
            smtp._print_debug("connect: to", (host, port), smtp.source_address)  # type: ignore[attr-defined]  # smtplib's own helper
        source = smtp.source_address if isinstance(smtp.source_address, tuple) else None
        return create((host, port), timeout, source)

    with _REQUESTS_LOCK:
        original = u3.create_connection
        original_smtp = smtplib.SMTP._get_socket  # type: ignore[attr-defined]  # smtplib's hook
        u3.create_connection = create
        smtplib.SMTP._get_socket = smtp_socket  # type: ignore[attr-defined]  # smtplib's hook
        try:
            yield
        finally:
            u3.create_connection = original
            smtplib.SMTP._get_socket = original_smtp  # type: ignore[attr-defined]  # smtplib's hook


_REQUESTS_LOCK = threading.Lock()
