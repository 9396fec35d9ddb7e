"""The newsroom staff the `people` fixture creates: one person per role."""

PASSWORD = "kata-sandi-uji-123"
# role (its group) → username, first name, last name
PEOPLE = {
    "Pewarta": ("dewi", "Dewi", "Lestari"),
    "Redaktur": ("rina", "Rina", "Wulandari"),
    "Analis": ("sari", "Sari", "Handayani"),
    "Administrator": ("budi", "Budi", "Santoso"),
    "Pengelola Data": ("yuni", "Yuni", "Astuti"),
}
