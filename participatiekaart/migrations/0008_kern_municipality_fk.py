"""Kern.municipality becomes a foreign key to the shared core.Municipality.

The municipalities are created from the distinct names the kernen had; reversing writes the
names back."""

import django.db.models.deletion
from django.db import migrations, models
from django.utils.text import slugify


def names_to_municipalities(apps, schema_editor):
    Kern = apps.get_model("participatiekaart", "Kern")
    Municipality = apps.get_model("core", "Municipality")
    for name in Kern.objects.values_list("municipality_name", flat=True).distinct():
        municipality, _ = Municipality.objects.get_or_create(
            name=name, defaults={"slug": slugify(name)[:80] or "gemeente"}
        )
        Kern.objects.filter(municipality_name=name).update(municipality=municipality)


def municipalities_to_names(apps, schema_editor):
    Kern = apps.get_model("participatiekaart", "Kern")
    for kern in Kern.objects.select_related("municipality"):
        kern.municipality_name = kern.municipality.name if kern.municipality else ""
        kern.save(update_fields=["municipality_name"])


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0005_municipality"),
        ("participatiekaart", "0007_phone_number_validator"),
    ]

    operations = [
        migrations.RenameField("kern", "municipality", "municipality_name"),
        # A default, so that reversing the RemoveField below can re-add the column.
        migrations.AlterField(
            model_name="kern",
            name="municipality_name",
            field=models.CharField(default="", max_length=80, verbose_name="gemeente"),
        ),
        migrations.AddField(
            model_name="kern",
            name="municipality",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="kernen",
                to="core.municipality",
                verbose_name="gemeente",
                help_text="De gemeente waar deze kern bij hoort.",
            ),
        ),
        migrations.RunPython(names_to_municipalities, municipalities_to_names),
        migrations.RemoveField("kern", "municipality_name"),
        migrations.AlterField(
            model_name="kern",
            name="municipality",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.PROTECT,
                related_name="kernen",
                to="core.municipality",
                verbose_name="gemeente",
                help_text="De gemeente waar deze kern bij hoort.",
            ),
        ),
        migrations.AlterModelOptions(
            name="kern",
            options={
                "ordering": ["municipality__name", "name"],
                "verbose_name": "kern",
                "verbose_name_plural": "kernen",
            },
        ),
    ]
