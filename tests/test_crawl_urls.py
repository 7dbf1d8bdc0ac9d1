"""URL normalisation and host safety (pure), with Hypothesis properties."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from spiders.urls import (
    host_allowed,
    is_private_address,
    is_private_host,
    is_tracking_param,
    normalize_url,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  https://Example.COM/a/b?x=1#frag \n", "https://example.com/a/b?x=1"),
        ("https://example.com/a?utm_source=rss&utm_medium=feed&id=3", "https://example.com/a?id=3"),
        ("https://example.com/a?fbclid=XYZ&gclid=1", "https://example.com/a"),
        ("https://example.com:443/a", "https://example.com/a"),
        ("http://example.com:80", "http://example.com/"),
        ("http://example.com:8080/a", "http://example.com:8080/a"),
        ("https://exa\nmple.com/pa\tth", "https://example.com/path"),
        ("https://example.com/caf\u00e9", "https://example.com/caf%C3%A9"),
        (
            "https://www.google.com/url?rct=j&sa=t&url=https%3A%2F%2Fnews.example%2Fstory%3Futm_source%3Dg&ct=ga",
            "https://news.example/story",
        ),
        (
            "http://feedproxy.google.com/~r/Example/~3/abc/https%3A%2F%2Fnews.example%2Fa%2Fb",
            "https://news.example/a/b",
        ),
        (
            "https://feeds.feedburner.com/~r/x/~3/y/plain-slug",
            "https://feeds.feedburner.com/~r/x/~3/y/plain-slug",
        ),
        ("mailto:someone@example.com", None),
        ("javascript:alert(1)", None),
        ("", None),
        ("   ", None),
        ("ftp://example.com/file", None),
    ],
)
def test_normalize_examples(raw: Any, expected: Any) -> None:
    assert normalize_url(raw) == expected


def test_relative_links_resolve_against_base() -> None:
    assert (
        normalize_url("../b/c.html#x", "https://e.example/a/feed.xml")
        == "https://e.example/b/c.html"
    )
    assert normalize_url("//cdn.example/x", "https://e.example/") == "https://cdn.example/x"


def test_tracking_params() -> None:
    assert is_tracking_param("utm_source")
    assert is_tracking_param("UTM_Campaign")
    assert is_tracking_param("fbclid")
    assert not is_tracking_param("id")
    assert not is_tracking_param("page")


_segment = st.text(
    alphabet="abcdefghijklmnopqrstuvwxyz0123456789-._~%éü中", min_size=0, max_size=12
)
_key = st.text(alphabet="abcdefghijklmnopqrstuvwxyz_", min_size=1, max_size=8)
_value = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789 -", max_size=8)


@st.composite
def urls(draw: Any) -> tuple[str, list[tuple[str, str]]]:
    scheme = draw(st.sampled_from(["http", "https", "HTTP", "Https"]))
    host = draw(st.sampled_from(["example.com", "News.Example.org", "a.b.c.example", "127.0.0.1"]))
    port = draw(st.sampled_from(["", ":80", ":443", ":8080"]))
    path = "/".join(draw(st.lists(_segment, max_size=4)))
    params = draw(st.lists(st.tuples(_key, _value), max_size=4))
    tracking = draw(
        st.lists(
            st.tuples(
                st.sampled_from(["utm_source", "utm_medium", "fbclid", "gclid", "mc_cid"]), _value
            ),
            max_size=3,
        )
    )
    pairs = draw(st.permutations(params + tracking))
    query = "&".join(f"{k}={v}" for k, v in pairs)
    fragment = draw(st.sampled_from(["", "#", "#top", "#comments"]))
    space = draw(st.sampled_from(["", " ", "\n", "\t "]))
    return (
        f"{space}{scheme}://{host}{port}/{path}{'?' + query if query else ''}{fragment}{space}",
        pairs,
    )


@settings(max_examples=300, deadline=None)
@given(urls())
def test_normalize_properties(case: Any) -> None:
    raw, params = case
    once = normalize_url(raw)
    assert once is not None
    # Idempotent.
    assert normalize_url(once) == once
    parts = urlsplit(once)
    # No fragment, no whitespace, lowercase scheme and host, no default port.
    assert parts.fragment == ""
    assert not any(c.isspace() for c in once)
    assert parts.scheme in ("http", "https")
    assert parts.hostname is not None
    assert parts.hostname == parts.hostname.lower()
    assert parts.port not in (80, 443) or (parts.scheme, parts.port) not in (
        ("http", 80),
        ("https", 443),
    )
    # Tracking parameters gone, the others kept in order.
    kept = parse_qsl(parts.query, keep_blank_values=True)
    assert not any(is_tracking_param(k) for k, _ in kept)
    assert [k for k, _ in kept] == [k for k, _ in params if not is_tracking_param(k)]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_normalize_never_raises(text: Any) -> None:
    result = normalize_url(text, "https://base.example/dir/")
    assert result is None or result.startswith(("http://", "https://"))


def test_host_allowed() -> None:
    assert host_allowed("example.com", ["example.com"])
    assert host_allowed("www.example.com", ["example.com"])
    assert host_allowed("WWW.Example.com.", ["example.com"])
    assert not host_allowed("badexample.com", ["example.com"])
    assert not host_allowed("example.com.evil.net", ["example.com"])
    assert not host_allowed("example.com", [])


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "10.1.2.3",
        "192.168.0.10",
        "172.16.5.5",
        "169.254.169.254",
        "::1",
        "fe80::1",
        "::ffff:127.0.0.1",
        "0.0.0.0",
        "100.64.0.1",
    ],
)
def test_private_addresses(address: Any) -> None:
    assert is_private_address(address)
    assert is_private_host(address, resolve=False)


@pytest.mark.parametrize("address", ["93.184.216.34", "8.8.8.8", "2606:4700::1111"])
def test_public_addresses(address: Any) -> None:
    assert not is_private_address(address)


def test_private_names() -> None:
    assert is_private_host("localhost")
    assert is_private_host("printer.local")
    assert is_private_host("[::1]")
    assert not is_private_host("example.com", resolve=False)
