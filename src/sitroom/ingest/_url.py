"""Fetch a URL with httpx: timeouts, a size cap, a redirect limit, and an SSRF guard.

The guard resolves the host itself, refuses private, loopback, link-local and other non-public addresses (unless
allowed), and then connects to the very address it checked (the host name still goes in the Host header and the TLS
server name), so a second DNS answer cannot slip a private address in. Every redirect hop is checked the same way."""
from __future__ import annotations

import ipaddress
import re
import socket
from dataclasses import dataclass

from sitroom.ingest._errors import IngestError
from sitroom.ingest._options import ReadOptions

_URL = re.compile(r"\Ahttps?://", re.I)


def is_url(source: object) -> bool:
    return isinstance(source, str) and bool(_URL.match(source))


@dataclass(frozen=True)
class Fetched:
    url: str                 # the final URL, after redirects
    content: bytes
    content_type: str | None
    charset: str | None


def _refused(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    for label, flag in (("loopback", ip.is_loopback), ("link-local", ip.is_link_local),
                        ("private", ip.is_private), ("multicast", ip.is_multicast),
                        ("unspecified", ip.is_unspecified), ("reserved", ip.is_reserved)):
        if flag:
            return label
    return None if ip.is_global else "non-public"


def resolve_public(host: str, port: int, *, allow_private: bool, origin: str) -> str:
    """An address of `host` that may be fetched; IngestError naming the address when it may not."""
    try:
        addresses = [ipaddress.ip_address(host.strip("[]"))]          # a literal address needs no resolver
    except ValueError:
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError) as exc:
            raise IngestError(origin, f"cannot resolve host {host!r}: {exc}") from None
        addresses = [ipaddress.ip_address(info[4][0].split("%")[0]) for info in infos]
    if not addresses:
        raise IngestError(origin, f"host {host!r} has no address")
    if not allow_private:
        for ip in addresses:     # one bad answer is enough: a resolver may hand out either
            why = _refused(ip)
            if why:
                raise IngestError(origin, f"refused: {host} resolves to {why} address {ip} "
                                          "(use --allow-private to fetch it)")
    addresses.sort(key=lambda ip: ip.version)      # IPv4 first: "localhost" servers often listen on 127.0.0.1 only
    return str(addresses[0])


def fetch(url: str, opts: ReadOptions | None = None, *, transport=None) -> Fetched:
    """GET one URL. Raises IngestError (with the URL and the reason) for a refused address, a timeout, an HTTP error,
    too many redirects, or a body larger than `opts.max_bytes`. `transport` is httpx's seam for tests."""
    import httpx

    opts = opts or ReadOptions()
    timeout = httpx.Timeout(opts.timeout, connect=min(opts.timeout, 10.0))
    current = httpx.URL(url)
    with httpx.Client(timeout=timeout, follow_redirects=False, trust_env=False, transport=transport,
                      headers={"User-Agent": opts.user_agent}) as client:
        for _hop in range(opts.max_redirects + 1):
            if current.scheme not in ("http", "https") or not current.host:
                raise IngestError(url, f"not an http(s) URL: {current}")
            port = current.port or (443 if current.scheme == "https" else 80)
            ip = resolve_public(current.host, port, allow_private=opts.allow_private, origin=url)
            host_header = current.host if current.port is None else f"{current.host}:{current.port}"
            request = client.build_request(
                "GET", current.copy_with(host=ip), headers={"Host": host_header},
                extensions={"sni_hostname": current.host} if current.scheme == "https" else {})
            try:
                response = client.send(request, stream=True)
            except httpx.TimeoutException:
                raise IngestError(url, f"timed out after {opts.timeout:g} s") from None
            except httpx.HTTPError as exc:
                raise IngestError(url, f"cannot fetch: {exc}") from None
            try:
                if response.is_redirect:
                    location = response.headers.get("Location")
                    if not location:
                        raise IngestError(url, f"HTTP {response.status_code} redirect without a Location")
                    current = current.join(location)
                    continue
                if response.status_code >= 400:
                    raise IngestError(url, f"HTTP {response.status_code} {response.reason_phrase}".rstrip())
                declared = response.headers.get("Content-Length")
                if declared and declared.isdigit() and int(declared) > opts.max_bytes:
                    raise IngestError(url, f"larger than {opts.max_bytes} bytes ({declared} declared)")
                body = bytearray()
                try:
                    for chunk in response.iter_bytes():
                        body += chunk
                        if len(body) > opts.max_bytes:
                            raise IngestError(url, f"larger than {opts.max_bytes} bytes")
                except httpx.TimeoutException:
                    raise IngestError(url, f"timed out after {opts.timeout:g} s while reading") from None
                except httpx.HTTPError as exc:
                    raise IngestError(url, f"broken response: {exc}") from None
                ctype = response.headers.get("Content-Type")
                return Fetched(url=str(current), content=bytes(body),
                               content_type=ctype.split(";")[0].strip().lower() if ctype else None,
                               charset=response.charset_encoding)
            finally:
                response.close()
    raise IngestError(url, f"more than {opts.max_redirects} redirects")
