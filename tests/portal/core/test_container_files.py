"""Containerfile, compose.yaml and the build context against the code they run: a setting that
production starts to require, a renamed variable or a process left out fails here, before an
installation finds out (README, "Container image"). CI also builds the image itself."""

import ast
import re
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parents[3]
SETTINGS_FILES = ("portal/settings/base.py", "portal/settings/production.py")
APP_SERVICES = ("migrate", "web", "worker", "beat")
BACKING_SERVICES = ("postgres", "redis", "elasticsearch")
# Read with a default, but the default is the embedded set-up of `make run` (SQLite, an
# in-process cache and broker, console mail): a container must never fall back on it.
SERVICE_CONNECTIONS = (
    "SITE_URL",
    "DATABASE_URL",
    "CACHE_URL",
    "CELERY_BROKER_URL",
    "ELASTICSEARCH_URL",
    "EMAIL_URL",
)
YAML_KEY = re.compile(r"^(?P<indent> *)(?P<key><<|[^\s#\-][^:]*?):(?:\s+(?P<value>.*))?$")


def environment_reads(path):
    """{name: read without a default somewhere} for env("NAME"), env.kind("NAME"),
    os.environ.get("NAME") and gunicorn.conf.py's _int("NAME", …) in one file."""
    reads = {}
    for node in ast.walk(ast.parse((BASE_DIR / path).read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Call) and node.args):
            continue
        name, call = getattr(node.args[0], "value", None), ast.unparse(node.func)
        if isinstance(name, str) and re.fullmatch(r"env(\.\w+)?|os\.environ\.get|_int", call):
            has_default = len(node.args) > 1 or any(k.arg == "default" for k in node.keywords)
            reads[name] = reads.get(name, False) or not has_default
    return reads


def required_settings():
    """The variables production refuses to start without: read with no default."""
    return {
        name
        for path in SETTINGS_FILES
        for name, required in environment_reads(path).items()
        if required
    }


def mapping_tree(text):
    """The nested mapping keys of a block-style YAML file, each {"": its value, child: …}.

    Enough for compose.yaml without a YAML library: list items are left out.
    """
    root = {}
    stack = [(-1, root)]
    for line in text.splitlines():
        match = YAML_KEY.match(line)
        if not match or line.lstrip().startswith("#"):
            continue
        indent = len(match["indent"])
        while stack[-1][0] >= indent:
            stack.pop()
        node = {"": (match["value"] or "").strip()}
        stack[-1][1][match["key"]] = node
        stack.append((indent, node))
    return root


def instructions(path):
    """The Containerfile's instructions as (keyword, arguments), continuation lines joined."""
    text = re.sub(r"\\\n", " ", (BASE_DIR / path).read_text(encoding="utf-8"))
    return [
        tuple(line.split(None, 1))
        for line in text.splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]


@pytest.fixture(scope="module")
def compose():
    return mapping_tree((BASE_DIR / "compose.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def portal_environment(compose):
    return set(compose["x-portal"]["environment"]) - {""}


def test_the_settings_reader_finds_what_production_requires():
    assert {"SECRET_KEY", "ALLOWED_HOSTS"} <= required_settings()
    base = environment_reads("portal/settings/base.py")
    assert all(name in base for name in SERVICE_CONNECTIONS)


def test_compose_runs_every_process_and_service(compose):
    assert set(APP_SERVICES + BACKING_SERVICES) <= set(compose["services"])
    assert compose["x-portal"][""] == "&portal"
    for name in APP_SERVICES:
        assert compose["services"][name]["<<"][""] == "*portal", name
    commands = {name: compose["services"][name]["command"][""] for name in APP_SERVICES}
    assert '"gunicorn", "-c", "gunicorn.conf.py"' in commands["web"]
    assert '"celery", "-A", "portal", "worker"' in commands["worker"]
    assert '"celery", "-A", "portal", "beat"' in commands["beat"]
    assert '"manage.py", "migrate", "--noinput"' in commands["migrate"]


def test_processes_start_after_the_migrations(compose):
    after = compose["x-portal"]["depends_on"]
    assert after["migrate"]["condition"][""] == "service_completed_successfully"
    for name in ("web", "worker", "beat"):
        assert "depends_on" not in compose["services"][name], f"{name} drops the migrate wait"
    assert "postgres" in compose["services"]["migrate"]["depends_on"]


def test_compose_sets_what_production_requires_and_the_service_addresses(portal_environment):
    missing = (required_settings() | set(SERVICE_CONNECTIONS)) - portal_environment
    assert not missing, f"compose.yaml (x-portal environment) lacks {sorted(missing)}"


def test_compose_sets_only_variables_the_code_reads(portal_environment):
    known = set()
    for path in (*SETTINGS_FILES, "gunicorn.conf.py"):
        known |= set(environment_reads(path))
    unknown = portal_environment - known
    assert not unknown, f"compose.yaml sets variables nothing reads: {sorted(unknown)}"


def test_the_image_runs_gunicorn_as_a_user_under_production_settings():
    steps = instructions("Containerfile")
    final = steps[max(i for i, (word, _) in enumerate(steps) if word == "FROM") :]
    values = dict(final)
    assert values["CMD"] == '["gunicorn", "-c", "gunicorn.conf.py", "portal.wsgi"]'
    assert "DJANGO_SETTINGS_MODULE=portal.settings.production" in values["ENV"]
    assert values["USER"].split(":")[0] not in ("0", "root")
    gunicorn = (BASE_DIR / "gunicorn.conf.py").read_text(encoding="utf-8")
    assert values["EXPOSE"] == re.search(r'"GUNICORN_BIND", "[\d.]+:(\d+)"', gunicorn)[1]


def test_the_build_gives_collectstatic_every_required_setting_and_bakes_none_in():
    steps = instructions("Containerfile")
    collect = next(args for word, args in steps if word == "RUN" and "collectstatic" in args)
    for name in required_settings() | {"SITE_URL", "DATABASE_URL"}:
        assert f"{name}=" in collect, f"the collectstatic step lacks a build-only {name}"
        assert not any(word == "ENV" and name in args for word, args in steps), name


def test_the_build_context_keeps_secrets_and_local_folders_out():
    ignore = (BASE_DIR / ".containerignore").read_text(encoding="utf-8")
    assert (BASE_DIR / ".dockerignore").read_text(encoding="utf-8") == ignore
    patterns = set(ignore.splitlines())
    assert {".env", ".git", ".venv", "node_modules", "media", "staticfiles"} <= patterns
    assert {"build/*", "!build/vendor", "!build/wheels"} <= patterns


def test_the_compose_proxy_serves_media_as_the_readme_says():
    nginx = (BASE_DIR / "deploy" / "nginx.conf").read_text(encoding="utf-8")
    assert re.search(r"location /media/documents/ \{\s*return 404;", nginx)
    assert "proxy_pass http://web:8000;" in nginx
