# Participatieportaal — the two commands: `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
PORT ?= 8000
MANAGE := $(PY) manage.py

.PHONY: smoke run test install vendor assets migrate demo lint bench worker clean lock image lighthouse

$(VENV)/.installed: pyproject.toml constraints.txt
	@command -v $(PYTHON) >/dev/null || { echo "Python 3.11 is nodig ($(PYTHON) niet gevonden)"; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -c constraints.txt -e ".[dev]"
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

install: $(VENV)/.installed node_modules/.installed

# Copies the npm files listed in vendor-assets.json into build/vendor/ (served as /static/vendor/).
vendor: install
	$(MANAGE) vendor_assets --verbosity 0

assets: vendor
	$(MANAGE) collectstatic --noinput --verbosity 0

migrate: install
	$(MANAGE) migrate --noinput

demo: migrate
	$(MANAGE) load_demo_content

run: assets demo
	@$(MANAGE) ensure_dev_admin
	@echo "Portaal: http://127.0.0.1:$(PORT)/  —  beheer: http://127.0.0.1:$(PORT)/admin/"
	$(MANAGE) runserver 127.0.0.1:$(PORT)

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	DJANGO_SETTINGS_MODULE=portal.settings.test $(MANAGE) makemigrations --check --dry-run

test: install vendor lint
	DJANGO_SETTINGS_MODULE=portal.settings.test $(VENV)/bin/pytest $(PYTEST_ARGS)

# Speed under gunicorn with production settings on PostgreSQL and Redis (127.0.0.1), with wrk.
bench: install vendor
	$(PY) scripts/bench.py

# Lighthouse best practices and SEO (must be 100) on one page of every page type, on the demo
# content under runserver (scripts/lighthouse.py; a few minutes, so not part of `make test`).
lighthouse: install vendor
	$(PY) scripts/lighthouse.py

# The production route end to end (PostgreSQL and Redis on 127.0.0.1; CI runs it too).
smoke: install
	$(PY) scripts/production_smoke.py

# The container image, as CI builds it: podman, a local Debian base, wheels from pip's cache
# (scripts/build_image.sh; README, "Container image"). Root on Debian bookworm.
image: install
	bash scripts/build_image.sh

worker: install
	DJANGO_SETTINGS_MODULE=portal.settings.dev $(VENV)/bin/celery -A portal worker --beat --loglevel=INFO

lock:
	$(PIP) freeze --exclude-editable | grep -v '^participatieportaal' > constraints.txt

clean:
	rm -rf $(VENV) node_modules staticfiles build/vendor build/wheels
