"""URL normalisation and host safety: pure functions, no I/O but an optional DNS look-up.

:func:`normalize_url` is what every article link goes through before it is compared with the
warehouse or fetched: whitespace trimmed, fragment dropped, tracking parameters removed, redirect
wrappers (Google, FeedBurner) unwrapped when the target is written in the link itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import parse_qsl, unquote, urlencode, urljoin, urlsplit, urlunsplit

from w3lib.url import safe_url_string

from policywatch_core.outbound import host_of_url, is_private_address, is_private_host

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
    """The host of a URL as HTTP clients read it ('' when it has none).

    Lowercased, percent-decoding undone, numeric IPv4 forms in dotted form: see
    :func:`policywatch_core.outbound.normalise_host`.
    """
    return host_of_url(url)


def host_allowed(host: str, domains: Iterable[str]) -> bool:
    """Whether ``host`` is one of ``domains`` or a subdomain of one."""
    host = host.lower().rstrip(".")
    for domain in domains:
        d = domain.lower().strip().rstrip(".")
        if d and (host == d or host.endswith("." + d)):
            return True
    return False


# The host safety rules live in one place, :mod:`policywatch_core.outbound`; these names stay for
# the callers that import them from here.
__all__ = [
    "host_allowed",
    "host_of",
    "is_private_address",
    "is_private_host",
    "is_tracking_param",
    "normalize_url",
]
