from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('syndication', '0005_caption_templates_by_platform'),
    ]

    operations = [
        migrations.RemoveField(model_name='captiontemplates', name='facebook'),
        migrations.RemoveField(model_name='captiontemplates', name='instagram'),
        migrations.RemoveField(model_name='captiontemplates', name='x'),
        migrations.RemoveField(model_name='captiontemplates', name='youtube'),
    ]
