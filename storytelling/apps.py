from django.apps import AppConfig


class StorytellingConfig(AppConfig):
    name = "storytelling"
    verbose_name = "Verhalen"
