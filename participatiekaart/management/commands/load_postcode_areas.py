"""Load 4-digit postcode areas with their centre (open data) for distance search without PDOK."""

from django.core.management.base import BaseCommand, CommandError

from participatiekaart.postcodes import PostcodeFileError, load_postcode_areas


def _rows(count):
    return f"{count} regel" if count == 1 else f"{count} regels"


class Command(BaseCommand):
    help = (
        "Laadt postcodegebieden (4 cijfers) met hun midden uit een CSV-bestand met de kolommen "
        "postcode;latitude;longitude;gemeente. Veilig om vaker te draaien."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="Pad naar het CSV-bestand (gescheiden door ;).")

    def handle(self, *args, path, **options):
        try:
            result = load_postcode_areas(path)
        except OSError as error:
            raise CommandError(f"Kan het bestand {path} niet lezen ({error.strerror}).") from None
        except UnicodeDecodeError:
            raise CommandError(
                f"Het bestand {path} is geen UTF-8-tekst. Sla het op als 'CSV UTF-8'."
            ) from None
        except PostcodeFileError as error:
            raise CommandError(f"Kan het bestand {path} niet laden. {error}") from None
        for line, message in result.errors:
            self.stderr.write(f"Regel {line} overgeslagen: {message}")
        summary = (
            f"Postcodegebieden geladen: {result.created} nieuw, {result.updated} bijgewerkt, "
            f"{result.unchanged} ongewijzigd."
        )
        self.stdout.write(self.style.SUCCESS(summary))
        if result.errors:
            self.stdout.write(
                self.style.WARNING(f"{_rows(len(result.errors))} met een fout overgeslagen.")
            )
