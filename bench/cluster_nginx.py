"""nginx for the cluster rehearsal: deploy/nginx/dossier.conf rendered for loopback, and run.

The shipped configuration is the one source: the rehearsal changes only its lines marked
``rehearsal:`` (node addresses, listen address, cache and include paths, the trusted
proxy), each substitution checked to apply exactly once, so that an edit of the template
either reaches the rehearsal or stops it. nginx runs in the foreground (``daemon off``),
with its own prefix, pid file, logs, temp and cache folders under the rehearsal's folder:
no system service, nothing under /etc.
"""

from __future__ import annotations

import os
import pwd
import re
import shutil
import signal
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

from bench.procs import ROOT

DEPLOY = ROOT / "deploy" / "nginx"
SITE_TEMPLATE = DEPLOY / "dossier.conf"
NGINX = "/usr/sbin/nginx"
INSTALL_HINT = "nginx is not installed (Debian package `nginx`): apt-get install -y nginx"
#: The production user of Debian's nginx workers; the rehearsal uses it too when root.
WORKER_USER = "www-data"


class NginxMissing(RuntimeError):
    """nginx is not installed."""


def nginx_path() -> str:
    """Return nginx's path, or raise NginxMissing with how to install it."""
    path = shutil.which("nginx") or (NGINX if Path(NGINX).is_file() else None)
    if path is None:
        raise NginxMissing(INSTALL_HINT)
    return path


def _replace_once(text: str, old: str, new: str) -> str:
    if text.count(old) != 1:
        raise RuntimeError(
            f"{SITE_TEMPLATE.name} changed: expected exactly one {old!r} to render the rehearsal"
        )
    return text.replace(old, new)


#: The placeholder of each request's id in the template's 429 body.
REQUEST_ID_VARIABLE = "$dossier_request_id"
#: Where nginx's own counters are, in the template (its internal listener).
STATUS_PATH = "/stub_status"


def render_site(
    nodes: list[str], listen: str, cache_dir: Path, trusted: str, status_listen: str
) -> str:
    """Render dossier.conf for the rehearsal's addresses and folders; nothing else changes."""
    text = SITE_TEMPLATE.read_text()
    lines = re.findall(r"^    server \S+ (max_fails=.*);.*$", text, re.M)
    if len(lines) < 1 or len(set(lines)) != 1:
        raise RuntimeError(f"{SITE_TEMPLATE.name}: the upstream's server lines changed")
    block = re.search(
        r"(^    server \S+ max_fails=.*;  # rehearsal: nodes\n(?:    server .*\n)*)", text, re.M
    )
    if block is None:
        raise RuntimeError(f"{SITE_TEMPLATE.name}: no `# rehearsal: nodes` server lines")
    servers = "".join(f"    server {node} {lines[0]};\n" for node in nodes)
    text = text.replace(block.group(1), servers)
    path = re.search(r"^proxy_cache_path (\S+) .*# rehearsal: cache path$", text, re.M)
    if path is None:
        raise RuntimeError(f"{SITE_TEMPLATE.name}: no `# rehearsal: cache path` line")
    text = text.replace(path.group(0), path.group(0).replace(path.group(1), str(cache_dir)))
    text = re.sub(r"  # rehearsal: cache path$", "", text, flags=re.M)
    text = _replace_once(text, "    listen 80;  # rehearsal: listen", f"    listen {listen};")
    text = _replace_once(
        text,
        "    listen 127.0.0.1:8080;  # rehearsal: status listen",
        f"    listen {status_listen};",
    )
    text = _replace_once(
        text,
        "    # set_real_ip_from 192.0.2.0/24;  # rehearsal: trusted proxy\n"
        "    # real_ip_header X-Forwarded-For;",
        f"    set_real_ip_from {trusted};\n    real_ip_header X-Forwarded-For;",
    )
    return text


def rate_limited_problem() -> str:
    """Return the body nginx answers a rate-limited request with, as the template has it
    (the request's id as REQUEST_ID_VARIABLE)."""
    found = re.findall(r"^\s*return 429 '(.*)';$", SITE_TEMPLATE.read_text(), re.M)
    if len(found) != 1:
        raise RuntimeError(f"{SITE_TEMPLATE.name}: expected one `return 429 '...'`")
    return str(found[0])


def rate_limited_headers() -> dict[str, str]:
    """Return the headers the template adds to its 429 problem."""
    text = SITE_TEMPLATE.read_text()
    location = re.search(r"location @rate_limited \{(.*?)\n    \}", text, re.S)
    if location is None:
        raise RuntimeError(f"{SITE_TEMPLATE.name}: no `location @rate_limited`")
    headers = {}
    for name, value in re.findall(r"add_header (\S+) (.+?) always;", location.group(1)):
        headers[name] = value.strip('"')
    media = re.search(r"default_type (\S+);", location.group(1))
    if media is not None:
        headers["Content-Type"] = media.group(1)
    return headers


def main_conf(prefix: Path, site: Path, static_listen: str, static_root: Path) -> str:
    """Debian's nginx.conf, reduced to what the site needs, with every path under ``prefix``.

    Plus one static server: the same bytes as a file, for the cache's comparison.
    """
    user = f"user {WORKER_USER};\n" if os.geteuid() == 0 else ""
    return f"""# The rehearsal's nginx.conf: Debian's defaults, every path under this folder.
{user}worker_processes auto;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log warn;

events {{
    worker_connections 768;
}}

http {{
    sendfile on;
    tcp_nopush on;
    types_hash_max_size 2048;
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    gzip on;
    client_body_temp_path {prefix}/temp/body;
    proxy_temp_path {prefix}/temp/proxy;
    fastcgi_temp_path {prefix}/temp/fastcgi;
    uwsgi_temp_path {prefix}/temp/uwsgi;
    scgi_temp_path {prefix}/temp/scgi;

    include {site};

    server {{
        listen {static_listen};
        location / {{
            root {static_root};
            default_type application/json;
        }}
    }}
}}
"""


@dataclass
class Nginx:
    """nginx in the foreground with its own prefix; stop() ends exactly its process group."""

    prefix: Path
    process: subprocess.Popen[bytes] | None = None
    conf: Path = field(init=False)

    def __post_init__(self) -> None:
        self.conf = self.prefix / "nginx.conf"

    def prepare(self, site_text: str, static_listen: str) -> None:
        """Write the configuration and the folders nginx needs under the prefix."""
        for folder in ("temp", "cache", "static", "logs"):
            (self.prefix / folder).mkdir(parents=True, exist_ok=True)
        (self.prefix / "dossier.conf").write_text(site_text)
        self.conf.write_text(
            main_conf(
                self.prefix, self.prefix / "dossier.conf", static_listen, self.prefix / "static"
            )
        )
        if os.geteuid() == 0:
            # Workers run as www-data, as in production: they write the cache and temp files.
            owner = pwd.getpwnam(WORKER_USER)
            os.chmod(self.prefix, 0o755)  # noqa: S103 (www-data reaches the folders below)
            for folder in ("temp", "cache", "static"):
                os.chown(self.prefix / folder, owner.pw_uid, owner.pw_gid)

    def argv(self, *extra: str) -> list[str]:
        return [
            nginx_path(),
            "-p",
            str(self.prefix),
            "-e",
            str(self.prefix / "error.log"),
            "-c",
            str(self.conf),
            *extra,
        ]

    def test(self) -> None:
        """``nginx -t``: raise with nginx's words when the configuration is wrong."""
        done = subprocess.run(self.argv("-t"), capture_output=True, text=True)
        if done.returncode != 0:
            raise RuntimeError(f"nginx -t failed:\n{done.stderr}")

    def start(self) -> None:
        self.process = subprocess.Popen(
            self.argv("-g", "daemon off;"),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )

    def reload(self) -> None:
        """Reload the configuration gracefully (SIGHUP to the master), as `systemctl reload`."""
        if self.process is None:
            raise RuntimeError("nginx was not started")
        os.kill(self.process.pid, signal.SIGHUP)

    def purge_cache(self) -> int:
        """Empty the cache folder, as the publish step does; return how many files went.

        nginx needs no reload: an entry whose file is gone is a miss, and is stored again.
        """
        removed = 0
        for path in (self.prefix / "cache").rglob("*"):
            # Not the temporary files of entries being written (`<key hash>.<number>`).
            if path.is_file() and "." not in path.name:
                path.unlink(missing_ok=True)
                removed += 1
        return removed

    def stop(self) -> None:
        """Stop nginx's process group: QUIT (graceful), then KILL after 10 s."""
        if self.process is None or self.process.poll() is not None:
            return
        try:
            os.killpg(self.process.pid, signal.SIGQUIT)
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()
        except ProcessLookupError:
            pass

    def workers(self) -> list[int]:
        """The pids of nginx's worker processes."""
        from bench.procs import descendants

        if self.process is None:
            raise RuntimeError("nginx was not started")
        return descendants(self.process.pid)

    def error_lines(self, since: int = 0) -> list[str]:
        """Lines of nginx's error log from byte ``since`` on."""
        path = self.prefix / "error.log"
        if not path.exists():
            return []
        with path.open("rb") as log:
            log.seek(since)
            return log.read().decode(errors="replace").splitlines()

    def error_log_size(self) -> int:
        path = self.prefix / "error.log"
        return path.stat().st_size if path.exists() else 0

    def wait_workers(self, count: int, timeout: float = 10.0) -> None:
        """Wait until nginx has ``count`` workers (after a start or a reload)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process is not None and self.process.poll() is not None:
                err = self.process.stderr.read().decode() if self.process.stderr else ""
                raise RuntimeError(f"nginx exited with {self.process.returncode}:\n{err}")
            if len(self.workers()) >= count:
                return
            time.sleep(0.05)
