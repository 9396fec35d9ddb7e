"""The compose file and the Dockerfile agree with the settings (no Docker engine here)."""

import os
import subprocess
import sys
from pathlib import Path

import yaml
from django.conf import settings

from devtools.nginx import PLACEHOLDER, TEMPLATE

ROOT = Path(settings.BASE_DIR)
COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
SERVICES = COMPOSE["services"]
APP_SERVICES = ["web", "worker", "beat"]


def command_of(service: str) -> str:
    command = SERVICES[service]["command"]
    return command if isinstance(command, str) else " ".join(command)


def test_compose_runs_the_whole_production_stack_with_healthchecks():
    assert set(SERVICES) == {"postgres", "redis", "web", "worker", "beat", "nginx"}
    for name, service in SERVICES.items():
        assert "healthcheck" in service, name
    assert SERVICES["postgres"]["image"].startswith("postgres:15")
    assert "postgres-data:/var/lib/postgresql/data" in SERVICES["postgres"]["volumes"]
    assert "redis-data:/data" in SERVICES["redis"]["volumes"]


def test_app_services_read_the_same_environment_the_settings_read():
    for name in APP_SERVICES:
        environment = SERVICES[name]["environment"]
        assert environment["DJANGO_SETTINGS_MODULE"] == "mmc.settings.production", name
        assert environment["DATABASE_URL"].startswith("postgres://"), name
        assert "@postgres:5432/" in environment["DATABASE_URL"], name
        assert environment["REDIS_URL"] == "redis://redis:6379/0", name
        for variable in ("SECRET_KEY", "ALLOWED_HOSTS", "TOKEN_ENCRYPTION_KEYS"):
            assert variable in environment, (name, variable)
        assert SERVICES[name]["depends_on"]["postgres"]["condition"] == "service_healthy"


def test_web_serves_the_wsgi_app_with_gunicorn_after_migrating():
    command = command_of("web")
    assert "migrate --noinput" in command
    assert f"gunicorn {settings.WSGI_APPLICATION.rsplit('.', 1)[0]}:application" in command


def test_only_nginx_is_published_so_forwarded_headers_always_come_from_it():
    published = {name for name, service in SERVICES.items() if "ports" in service}
    assert published == {"nginx"}
    assert SERVICES["web"]["expose"] == ["8000"]
    assert SERVICES["nginx"]["environment"]["MMC_UPSTREAM"] == "web:8000"
    forwarding = (ROOT / "deploy" / "nginx" / "mmc" / "proxy_to_django.conf").read_text()
    assert "proxy_set_header X-Forwarded-Proto $mmc_forwarded_proto;" in forwarding


def test_compose_gives_the_nginx_template_every_variable_it_uses():
    nginx = SERVICES["nginx"]
    assert nginx["image"].startswith("nginx:")
    assert "./deploy/nginx/templates:/etc/nginx/templates:ro" in nginx["volumes"]
    assert "./deploy/nginx/mmc:/etc/nginx/mmc:ro" in nginx["volumes"]
    used = set(PLACEHOLDER.findall(TEMPLATE.read_text()))
    assert used == set(nginx["environment"])


def test_nginx_serves_the_files_django_collects_and_receives():
    app = SERVICES["web"]["environment"]
    nginx = SERVICES["nginx"]["environment"]
    assert app["SERVE_MEDIA"] == "false"
    assert f"static:{nginx['MMC_STATIC_ROOT']}:ro" in SERVICES["nginx"]["volumes"]
    assert f"static:{app['STATIC_ROOT']}" in SERVICES["web"]["volumes"]
    assert f"media:{nginx['MMC_MEDIA_ROOT']}:ro" in SERVICES["nginx"]["volumes"]
    assert f"media:{app['MEDIA_ROOT']}" in SERVICES["web"]["volumes"]
    assert "collectstatic --noinput" in command_of("web")
    refresh_port = nginx["NGINX_REFRESH_PORT"]
    assert app["NGINX_REFRESH_URL"] == f"http://nginx:{refresh_port}"
    assert f"{refresh_port}:" not in " ".join(SERVICES["nginx"]["ports"])


def test_workers_scale_out_and_beat_runs_exactly_once():
    worker = SERVICES["worker"]
    assert "container_name" not in worker and "ports" not in worker  # so --scale works
    assert command_of("worker").startswith("celery -A mmc worker")
    beat = SERVICES["beat"]
    assert beat["deploy"]["replicas"] == 1
    assert "beat" in command_of("beat")
    assert settings.CELERY_BEAT_SCHEDULER in command_of("beat")


def test_dockerfile_builds_on_python_311_slim_and_installs_the_hash_locked_dependencies():
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert dockerfile.startswith("FROM python:3.11-slim")
    assert "COPY pyproject.toml README.md requirements.lock" in dockerfile
    assert "pip install --no-cache-dir --require-hashes -r requirements.lock" in dockerfile
    assert "pip install --no-cache-dir --no-deps ." in dockerfile
    assert "DJANGO_SETTINGS_MODULE=mmc.settings.production" in dockerfile


def manage(*args: str, settings_module: str, **extra_env: str) -> subprocess.CompletedProcess:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"SECRET_KEY", "ALLOWED_HOSTS", "DEBUG", "TOKEN_ENCRYPTION_KEYS"}
    }
    env.update(DJANGO_SETTINGS_MODULE=settings_module, **extra_env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_is_clean_in_dev():
    result = manage("check", "--fail-level", "WARNING", settings_module="mmc.settings.dev")
    assert result.returncode == 0, result.stdout + result.stderr


def test_check_deploy_is_clean_under_production_settings():
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        settings_module="mmc.settings.production",
        SECRET_KEY="k3y-" + "x9Qz!vT7#pL2@wR5" * 4,
        ALLOWED_HOSTS="mmc.kalteng.go.id",
        TOKEN_ENCRYPTION_KEYS="dGhpcy1pcy1hLXRlc3Qta2V5LTMyLWJ5dGVzLWxvbmc=",
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_check_deploy_refuses_production_without_token_encryption_keys():
    result = manage(
        "check",
        "--deploy",
        settings_module="mmc.settings.production",
        SECRET_KEY="k3y-" + "x9Qz!vT7#pL2@wR5" * 4,
        ALLOWED_HOSTS="mmc.kalteng.go.id",
    )
    assert result.returncode != 0
    assert "syndication.E001" in result.stdout + result.stderr


def test_production_refuses_to_start_without_a_secret_key():
    result = manage("check", settings_module="mmc.settings.production", ALLOWED_HOSTS="x.id")
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr
