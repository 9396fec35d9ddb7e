"""The custom "dari – sampai" period of the admin's filter forms (Jangkauan, the desk's board)."""

from django import forms


def check_custom_range(data: dict, *, longest: int, in_years: int) -> None:
    """Both dates given, in order, and at most `longest` days: every table is built per day,
    so an unbounded range is an unbounded response. Raises the form's Indonesian error."""
    if data.get("rentang") != "custom":
        return
    start, end = data.get("dari"), data.get("sampai")
    if not start or not end:
        raise forms.ValidationError("Isi tanggal dari dan sampai.")
    if start > end:
        raise forms.ValidationError("Tanggal dari harus sebelum tanggal sampai.")
    if (end - start).days + 1 > longest:
        raise forms.ValidationError(
            f"Rentang tanggal paling panjang {longest} hari (sekitar {in_years} tahun). "
            "Persempit tanggal dari dan sampai."
        )
