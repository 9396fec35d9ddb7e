import pytest

from desk.factories import OperatorFactory
from news.factories import AgencyFactory


@pytest.fixture
def dinkes():
    return AgencyFactory(name="Dinas Kesehatan", short_name="Dinkes", slug="dinkes")


@pytest.fixture
def pupr():
    return AgencyFactory(
        name="Dinas Pekerjaan Umum dan Penataan Ruang", short_name="PUPR", slug="pupr"
    )


@pytest.fixture
def operator_of():
    """operator_of(agency): a new Operator OPD working for that agency."""

    def make(agency, **fields):
        return OperatorFactory(agency=agency, **fields).user

    return make
