#!/usr/bin/env python3
"""A corporation offers a few units, a municipal desk registers a few clients and runs a match, and the pairs are
printed: the BeschermdThuis.Matching gRPC API from Python, as a client of it would write it.

Run ./generate.sh once first (protoc: the messages and stubs go to ./generated). Then:

    python3 match_example.py --server localhost:5080 \
        --corporation-token "$CORPORATION_TOKEN" --desk-token "$DESK_TOKEN"

The tokens name the parties (the server's `token` command issues development tokens). Every option can also come
from the environment: BT_SERVER, BT_CORPORATION_TOKEN, BT_DESK_TOKEN, BT_CORPORATION, BT_MUNICIPALITY, BT_REGION,
BT_PREFIX.
"""

import argparse
import os
import sys
import time

try:
    import grpc
except ImportError:
    sys.exit(f"{sys.executable} has no grpcio: install Debian's python3-grpcio and python3-protobuf and run this with /usr/bin/python3")

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "generated"))

from google.protobuf import duration_pb2  # noqa: E402
from google.rpc import error_details_pb2, status_pb2  # noqa: E402
from google.type import date_pb2, latlng_pb2  # noqa: E402

from beschermdthuis.matching.v1 import client_service_pb2 as clients_pb  # noqa: E402
from beschermdthuis.matching.v1 import client_service_pb2_grpc as clients_grpc  # noqa: E402
from beschermdthuis.matching.v1 import common_pb2  # noqa: E402
from beschermdthuis.matching.v1 import matching_service_pb2 as matching_pb  # noqa: E402
from beschermdthuis.matching.v1 import matching_service_pb2_grpc as matching_grpc  # noqa: E402
from beschermdthuis.matching.v1 import stock_service_pb2 as stock_pb  # noqa: E402
from beschermdthuis.matching.v1 import stock_service_pb2_grpc as stock_grpc  # noqa: E402

# (latitude, longitude, rooms, net rent in euro cents): homes in neighbourhoods of Nijmegen.
UNITS = [
    (51.8466, 5.8646, 2, 58_500),
    (51.8400, 5.8800, 2, 61_000),
    (51.8300, 5.8450, 3, 64_000),
    (51.8630, 5.8710, 2, 59_900),
]

# (household size, readiness date, minimum rooms, needs a step-free home)
CLIENTS = [
    (1, date_pb2.Date(year=2026, month=6, day=1), 1, False),
    (1, date_pb2.Date(year=2026, month=8, day=15), 2, True),
    (2, date_pb2.Date(year=2026, month=9, day=1), 2, False),
]


def parse_arguments():
    env = os.environ.get
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--server", default=env("BT_SERVER", "localhost:5080"), help="host:port of the gRPC server (h2c)")
    parser.add_argument("--corporation-token", default=env("BT_CORPORATION_TOKEN"), help="bearer token of the corporation")
    parser.add_argument("--desk-token", default=env("BT_DESK_TOKEN"), help="bearer token of the municipal desk")
    parser.add_argument("--corporation", default=env("BT_CORPORATION", "waalboog"), help="the corporation's id")
    parser.add_argument("--municipality", default=env("BT_MUNICIPALITY", "GM0268"), help="the desk's municipality code")
    parser.add_argument("--region", default=env("BT_REGION", "regio-nijmegen"), help="the region's id")
    # Ids are unique in the whole region, so a second run needs new ones; the default is new every second.
    parser.add_argument("--prefix", default=env("BT_PREFIX", "py-" + base36(int(time.time()))), help="prefix of the new ids")
    arguments = parser.parse_args()
    if not arguments.corporation_token or not arguments.desk_token:
        parser.error("both tokens are required (--corporation-token and --desk-token, or BT_CORPORATION_TOKEN and BT_DESK_TOKEN)")
    return arguments


def base36(number):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    text = ""
    while number:
        number, rest = divmod(number, 36)
        text = digits[rest] + text
    return text or "0"


def bearer(token):
    """The call metadata that authenticates a call: the party is whoever the token names."""
    return [("authorization", "Bearer " + token)]


def describe(error):
    """The status, message and every field violation of a failed call (google.rpc.BadRequest in the trailers)."""
    lines = [f"{error.code().name}: {error.details()}"]
    for key, value in error.trailing_metadata() or ():
        if key != "grpc-status-details-bin":
            continue
        for detail in status_pb2.Status.FromString(value).details:
            bad_request = error_details_pb2.BadRequest()
            if detail.Unpack(bad_request):
                lines += [f"  {v.field}: {v.description}" for v in bad_request.field_violations]
    return "\n".join(lines)


def import_units(stock, token, arguments):
    """One BatchCreateUnits call: all units are stored, or none (the error names every wrong one by its index)."""
    requests = []
    for number, (latitude, longitude, rooms, rent_cents) in enumerate(UNITS, start=1):
        unit = stock_pb.Unit(
            location=latlng_pb2.LatLng(latitude=latitude, longitude=longitude),
            dwelling_type=common_pb2.DWELLING_TYPE_INDEPENDENT,
            rooms=rooms,
            floor=0,
            step_free=True,
            net_rent_cents=rent_cents,
            service_costs_cents=2_500,
            tenancy=stock_pb.TENANCY_KIND_INDEFINITE,
            contract_form=common_pb2.CONTRACT_FORM_OWN_NAME,
            available_from=date_pb2.Date(year=2026, month=9, day=1),
        )
        requests.append(stock_pb.CreateUnitRequest(unit_id=f"{arguments.prefix}-u{number}", unit=unit))
    batch = stock_pb.BatchCreateUnitsRequest(parent=f"corporations/{arguments.corporation}", requests=requests)
    return [unit.name for unit in stock.BatchCreateUnits(batch, metadata=bearer(token), timeout=10).units]


def import_clients(clients, token, arguments):
    """One BatchCreateClients call: all clients are stored, or none."""
    requests = []
    for number, (household, readiness, rooms, step_free) in enumerate(CLIENTS, start=1):
        client = clients_pb.Client(
            household_size=household,
            income_band=clients_pb.INCOME_BAND_WITHIN_PASSEND_TOEWIJZEN,
            readiness_date=readiness,
            wishes=clients_pb.HousingWishes(areas=[clients_pb.AreaWish(rank=1, area_code=arguments.municipality)]),
            needs=clients_pb.Needs(minimum_rooms=rooms, step_free=step_free),
            consent=[clients_pb.CONSENT_ITEM_HOUSEHOLD_SIZE, clients_pb.CONSENT_ITEM_NEEDS],
        )
        requests.append(clients_pb.CreateClientRequest(client_id=f"{arguments.prefix}-c{number}", client=client))
    batch = clients_pb.BatchCreateClientsRequest(parent=f"municipalities/{arguments.municipality}", requests=requests)
    return [client.name for client in clients.BatchCreateClients(batch, metadata=bearer(token), timeout=10).clients]


def run_match(matching, token, arguments):
    """Runs a match for the last quarter of 2026 and returns the stored run (the stream's last message)."""
    request = matching_pb.RunMatchRequest(
        parent=f"regions/{arguments.region}",
        period_start=date_pb2.Date(year=2026, month=10, day=1),
        period_end=date_pb2.Date(year=2026, month=12, day=31),
        options=matching_pb.MatchRunOptions(
            time_limit=duration_pb2.Duration(seconds=20),
            # The 2026 rent limits (aftoppingsgrenzen) may not be configured yet; 2025's are.
            rent_year=2025,
            as_of_date=date_pb2.Date(year=2026, month=10, day=1),
        ),
    )
    run = None
    for response in matching.RunMatch(request, metadata=bearer(token), timeout=60):
        if response.HasField("result"):
            run = response.result
    return run


def main():
    arguments = parse_arguments()
    with grpc.insecure_channel(arguments.server) as channel:
        stock = stock_grpc.StockServiceStub(channel)
        clients = clients_grpc.ClientServiceStub(channel)
        matching = matching_grpc.MatchingServiceStub(channel)
        try:
            corporation = stock.GetCorporation(
                stock_pb.GetCorporationRequest(name=f"corporations/{arguments.corporation}"),
                metadata=bearer(arguments.corporation_token), timeout=10)
            print(f"connected to {arguments.server} as {corporation.display_name} and the desk of {arguments.municipality}")

            units = import_units(stock, arguments.corporation_token, arguments)
            print(f"imported {len(units)} units: {', '.join(units)}")
            registered = import_clients(clients, arguments.desk_token, arguments)
            print(f"imported {len(registered)} clients: {', '.join(registered)}")

            run = run_match(matching, arguments.desk_token, arguments)
        except grpc.RpcError as error:
            print(describe(error), file=sys.stderr)
            return 1

    if run is None:
        print("the match ended without a result", file=sys.stderr)
        return 1
    status = matching_pb.MatchStatus.Name(run.status).removeprefix("MATCH_STATUS_")
    print(f"match run {run.name}: {status}, {run.pair_count} pairs, {run.unmatched_count} unmatched")
    for pair in run.pairs:
        print(f"pair {pair.client} -> {pair.unit} in {pair.neighbourhood}")
    for client in run.unmatched:
        print(f"unmatched {client.client}: {client.explanation_en}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
