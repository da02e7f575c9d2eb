import os
import subprocess
import sys
from pathlib import Path

from django.test import RequestFactory
from wagtail.admin.userbar import ContentCheckerItem

from portal.core.wagtail_hooks import FullAxeContentChecker, use_full_axe_checker

BASE_DIR = Path(__file__).resolve().parents[3]


def test_production_settings_pass_check_deploy_without_warnings(tmp_path):
    env = {
        **{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"},
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": "k" * 20 + "-production-secret-with-enough-entropy-8f3a9c1d2e",
        "ALLOWED_HOSTS": "werk.example.nl",
        "SITE_URL": "https://werk.example.nl",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'deploy.sqlite3'}",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_userbar_accessibility_checker_runs_all_axe_rules():
    items = [ContentCheckerItem()]
    use_full_axe_checker(RequestFactory().get("/"), items, page=None)
    assert type(items[0]) is FullAxeContentChecker
    assert items[0].axe_run_only is None
