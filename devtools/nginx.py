"""Run the production nginx config (deploy/nginx/) with Debian's nginx, unprivileged, in a temp dir.

The official nginx image renders deploy/nginx/templates/*.template with envsubst; `render`
does the same here, so CI and `make bench` run the very file docker-compose.yml mounts.
Only the main nginx.conf differs: the image's own is replaced by a small one that keeps
every path (pid, logs, temp files) inside the temporary folder.
"""

import os
import pwd
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

from devtools.redis_server import free_port

REPO_ROOT = Path(__file__).resolve().parent.parent
DEPLOY = REPO_ROOT / "deploy" / "nginx"
TEMPLATE = DEPLOY / "templates" / "default.conf.template"
PLACEHOLDER = re.compile(r"\$\{([A-Z][A-Z0-9_]*)\}")

# What the official image's /etc/nginx/nginx.conf sets around conf.d, minus its paths.
MAIN_CONF = """\
{user}worker_processes auto;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    include {mime_types};
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    keepalive_timeout 65;
    client_body_temp_path {prefix}/tmp/body;
    proxy_temp_path {prefix}/tmp/proxy;
    fastcgi_temp_path {prefix}/tmp/fastcgi;
    uwsgi_temp_path {prefix}/tmp/uwsgi;
    scgi_temp_path {prefix}/tmp/scgi;
    include {prefix}/conf.d/*.conf;
}}
"""


def nginx_binary() -> str | None:
    return shutil.which("nginx") or next(
        (path for path in ("/usr/sbin/nginx",) if os.access(path, os.X_OK)), None
    )


def render(template: str, variables: dict[str, str]) -> str:
    """envsubst as the official image runs it, but a missing variable is an error, not ''."""
    missing = sorted(set(PLACEHOLDER.findall(template)) - set(variables))
    if missing:
        raise KeyError(f"the nginx template needs {', '.join(missing)}")
    return PLACEHOLDER.sub(lambda match: variables[match.group(1)], template)


def self_signed_certificate(directory: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 and localhost, so the HTTPS server runs as in production."""
    certificate, key = directory / "cert.pem", directory / "key.pem"
    subprocess.run(
        [
            "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
            "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
            "-keyout", str(key), "-out", str(certificate),
        ],
        check=True,
        capture_output=True,
    )  # fmt: skip
    return certificate, key


class EphemeralNginx:
    """deploy/nginx/ in front of `upstream` (host:port); `stop()` removes everything."""

    def __init__(self, upstream: str, *, static_root: Path, media_root: Path):
        binary = nginx_binary()
        if binary is None:
            raise FileNotFoundError("nginx is not installed (apt-get install nginx)")
        self.binary = binary
        self.prefix = Path(tempfile.mkdtemp(prefix="mmc-nginx-"))
        self.http_port, self.https_port, self.refresh_port = free_port(), free_port(), free_port()
        for folder in ("conf.d", "tmp", "cache", "acme"):
            (self.prefix / folder).mkdir()
        shutil.copytree(DEPLOY / "mmc", self.prefix / "mmc")
        self.certificate, key = self_signed_certificate(self.prefix)
        variables = {
            "NGINX_HTTP_PORT": str(self.http_port),
            "NGINX_HTTPS_PORT": str(self.https_port),
            "NGINX_REFRESH_PORT": str(self.refresh_port),
            "NGINX_CERTIFICATE": str(self.certificate),
            "NGINX_CERTIFICATE_KEY": str(key),
            "NGINX_CACHE_DIR": str(self.prefix / "cache"),
            "NGINX_ACME_ROOT": str(self.prefix / "acme"),
            "MMC_UPSTREAM": upstream,
            "MMC_STATIC_ROOT": str(static_root).rstrip("/"),
            "MMC_MEDIA_ROOT": str(media_root).rstrip("/"),
        }
        (self.prefix / "conf.d" / "default.conf").write_text(
            render(TEMPLATE.read_text(), variables)
        )
        # As root, nginx's workers would drop to `nobody`, who cannot read the temp folders.
        user = f"user {pwd.getpwuid(os.geteuid()).pw_name};\n" if os.geteuid() == 0 else ""
        self.conf = self.prefix / "nginx.conf"
        self.conf.write_text(
            MAIN_CONF.format(user=user, prefix=self.prefix, mime_types=mime_types(binary))
        )
        self.process: subprocess.Popen | None = None

    @property
    def https_url(self) -> str:
        return f"https://127.0.0.1:{self.https_port}"

    @property
    def refresh_url(self) -> str:
        return f"http://127.0.0.1:{self.refresh_port}"

    def start(self, timeout: float = 10.0) -> "EphemeralNginx":
        command = [self.binary, "-p", str(self.prefix), "-c", str(self.conf), "-e", "stderr"]
        checked = subprocess.run([*command, "-t"], capture_output=True, text=True)
        if checked.returncode != 0:
            raise RuntimeError(f"nginx rejected the config:\n{checked.stderr}")
        self.process = subprocess.Popen(
            [*command, "-g", "daemon off;"],
            stdout=subprocess.DEVNULL,
            stderr=(self.prefix / "stderr.log").open("wb"),
        )
        deadline = time.monotonic() + timeout
        for port in (self.http_port, self.https_port, self.refresh_port):
            while not port_open(port):
                if self.process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"nginx did not start:\n{self.log_tail()}")
                time.sleep(0.05)
        return self

    def log_tail(self, lines: int = 30) -> str:
        text = "".join(
            path.read_text(errors="replace")
            for path in (self.prefix / "stderr.log", self.prefix / "error.log")
            if path.exists()
        )
        return "\n".join(text.splitlines()[-lines:])

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGQUIT)  # graceful: finish requests, then exit
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None
        shutil.rmtree(self.prefix, ignore_errors=True)

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc_info):
        self.stop()


def port_open(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.2):
            return True
    except OSError:
        return False


def mime_types(binary: str) -> Path:
    """Debian's nginx keeps mime.types in /etc/nginx."""
    for candidate in (Path("/etc/nginx/mime.types"), Path(binary).parent / "../conf/mime.types"):
        if candidate.exists():
            return candidate.resolve()
    raise FileNotFoundError("nginx's mime.types was not found (is nginx-common installed?)")
