"""URL normalisation and host safety: pure functions, no I/O but an optional DNS look-up.

:func:`normalize_url` is what every article link goes through before it is compared with the
warehouse or fetched: whitespace trimmed, fragment dropped, tracking parameters removed, redirect
wrappers (Google, FeedBurner) unwrapped when the target is written in the link itself.
"""

from __future__ import annotations

import functools
import ipaddress
import re
import socket
from collections.abc import Iterable
from urllib.parse import parse_qsl, unquote, urlencode, urljoin, urlsplit, urlunsplit

from w3lib.url import safe_url_string

# Query parameters that only say where a click came from. Matched case-insensitively.
TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "gclsrc",
        "dclid",
        "msclkid",
        "yclid",
        "igshid",
        "mc_cid",
        "mc_eid",
        "_ga",
        "_gl",
        "_hsenc",
        "_hsmi",
        "mkt_tok",
        "oly_anon_id",
        "oly_enc_id",
        "vero_id",
        "wt.mc_id",
        "wt_mc",
        "ncid",
        "cmpid",
        "ocid",
        "sr_share",
        "spm",
        "ref_src",
        "ref",
        "fromrss",
        "xtor",
        "guccounter",
        "guce_referrer",
        "guce_referrer_sig",
        "smid",
        "soc_src",
        "soc_trk",
    }
)
TRACKING_PREFIXES = ("utm_", "at_", "pk_", "mtm_", "hmb_", "__twitter", "__s")
# Hosts whose links wrap the real target; the parameters that carry it.
_REDIRECT_HOSTS = re.compile(
    r"(^|\.)(google\.[a-z.]+|feedproxy\.google\.com|feeds\.feedburner\.com|"
    r"l\.facebook\.com|lm\.facebook\.com|out\.reddit\.com|t\.umblr\.com|href\.li)$"
)
_REDIRECT_PARAMS = ("url", "q", "u", "target", "dest", "destination", "redirect", "z")
_WS = re.compile(r"[\t\n\r\f\v]+")
_DEFAULT_PORTS = {"http": 80, "https": 443}


def is_tracking_param(name: str) -> bool:
    """Whether a query parameter only tracks the click (``utm_source``, ``fbclid``...)."""
    low = name.lower()
    return low in TRACKING_PARAMS or low.startswith(TRACKING_PREFIXES)


def _unwrap(url: str) -> str:
    """Return the target of a redirect wrapper link, or ``url`` itself."""
    for _ in range(3):
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        if not _REDIRECT_HOSTS.search(host):
            return url
        target = None
        for name, value in parse_qsl(parts.query, keep_blank_values=False):
            if name.lower() in _REDIRECT_PARAMS and value.strip().lower().startswith(
                ("http://", "https://")
            ):
                target = value.strip()
                break
        if target is None:
            # FeedBurner style: the target URL percent-encoded as a path segment.
            for segment in parts.path.split("/"):
                decoded = unquote(segment)
                if decoded.lower().startswith(("http://", "https://")):
                    target = decoded
                    break
        if target is None:
            return url
        url = target
    return url


def normalize_url(url: str, base: str | None = None) -> str | None:
    """Normalise an article link; ``None`` when it is not an http(s) URL.

    Args:
        url: the link as written in a feed, sitemap or page.
        base: the URL of the document it was found in, to resolve relative links.

    Returns:
        The absolute URL: scheme and host lowercased, default port, fragment, tracking
        parameters and surrounding whitespace removed, redirect wrappers unwrapped, non-ASCII
        characters percent-encoded. Idempotent: normalising the result returns it unchanged.
    """
    text = _WS.sub("", url).strip().replace(" ", "%20")
    if not text:
        return None
    if base is not None:
        try:
            text = urljoin(base, text)
        except ValueError:
            return None
    text = _unwrap(text)
    try:
        text = safe_url_string(text)
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname:
        return None
    host = parts.hostname.lower().rstrip(".")
    if not host:
        return None
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    netloc = host if port in (None, _DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    query_pairs = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not is_tracking_param(k)
    ]
    query = urlencode(query_pairs, doseq=True) if query_pairs else ""
    path = parts.path or "/"
    normalised = urlunsplit((scheme, netloc, path, query, ""))
    # One more pass through the encoder, so that a second normalisation changes nothing.
    return safe_url_string(normalised)


def host_of(url: str) -> str:
    """The lowercased host of a URL ('' when it has none)."""
    try:
        return (urlsplit(url).hostname or "").lower().rstrip(".")
    except ValueError:
        return ""


def host_allowed(host: str, domains: Iterable[str]) -> bool:
    """Whether ``host`` is one of ``domains`` or a subdomain of one."""
    host = host.lower().rstrip(".")
    for domain in domains:
        d = domain.lower().strip().rstrip(".")
        if d and (host == d or host.endswith("." + d)):
            return True
    return False


def is_private_address(address: str) -> bool:
    """Whether an IP address is loopback, private, link-local, or otherwise not public."""
    try:
        ip = ipaddress.ip_address(address.strip("[]").split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
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
def _resolve(host: str) -> tuple[str, ...]:
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError):
        return ()
    return tuple(sorted({str(info[4][0]) for info in infos}))


def is_private_host(host: str, *, resolve: bool = True) -> bool:
    """Whether ``host`` is, or resolves to, a private/loopback/link-local address.

    Names that do not resolve are not called private here: the fetch will fail on its own with
    a DNS error, which is the more useful reason to record.
    """
    host = host.lower().strip("[]").rstrip(".")
    if not host:
        return False
    if host == "localhost" or host.endswith((".localhost", ".local", ".internal")):
        return True
    try:
        ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        pass
    else:
        return is_private_address(host)
    if not resolve:
        return False
    return any(is_private_address(a) for a in _resolve(host))
