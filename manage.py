#!/usr/bin/env python
import os
import sys

if __name__ == "__main__":
    # The embedded dev settings for make run; production exports DJANGO_SETTINGS_MODULE
    # (portal/wsgi.py and portal/celery.py default to portal.settings.production).
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
