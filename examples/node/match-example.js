#!/usr/bin/env node
// A corporation offers a few units, a municipal desk registers a few clients and runs a match, and the pairs are
// printed: the BeschermdThuis.Matching gRPC API from Node (@grpc/grpc-js), with the service's .proto files loaded at
// run time by @grpc/proto-loader (no generated code).
//
//   npm ci
//   node match-example.js --server localhost:5080 --corporation-token "$CORPORATION_TOKEN" --desk-token "$DESK_TOKEN"
//
// The tokens name the parties (the server's `token` command issues development tokens). Every option can also come
// from the environment: BT_SERVER, BT_CORPORATION_TOKEN, BT_DESK_TOKEN, BT_CORPORATION, BT_MUNICIPALITY, BT_REGION,
// BT_PREFIX.
'use strict';

const path = require('node:path');
const { parseArgs } = require('node:util');
const grpc = require('@grpc/grpc-js');
const protoLoader = require('@grpc/proto-loader');

const repository = path.resolve(__dirname, '..', '..');

// The service's protos, and Google's common protos they import (examples/protos: exact copies of the ones the .NET
// build compiles against). proto-loader brings the google/protobuf well-known types itself.
const packageDefinition = protoLoader.loadSync(
  [
    'beschermdthuis/matching/v1/stock_service.proto',
    'beschermdthuis/matching/v1/client_service.proto',
    'beschermdthuis/matching/v1/matching_service.proto',
    'google/rpc/status.proto',
    'google/rpc/error_details.proto',
  ],
  {
    includeDirs: [path.join(repository, 'protos'), path.join(repository, 'examples', 'protos')],
    keepCase: true, // field names as in the .proto files: net_rent_cents
    enums: String, // enum values by name: 'DWELLING_TYPE_INDEPENDENT'
    longs: Number, // int64 rents in cents fit a JavaScript number
    defaults: true,
    oneofs: true, // a RunMatchResponse says which of progress or result it carries
  },
);
const v1 = grpc.loadPackageDefinition(packageDefinition).beschermdthuis.matching.v1;

// [latitude, longitude, rooms, net rent in euro cents]: homes in neighbourhoods of Nijmegen.
const UNITS = [
  [51.8466, 5.8646, 2, 58_500],
  [51.8400, 5.8800, 2, 61_000],
  [51.8300, 5.8450, 3, 64_000],
  [51.8630, 5.8710, 2, 59_900],
];

// [household size, readiness date, minimum rooms, needs a step-free home]
const CLIENTS = [
  [1, { year: 2026, month: 6, day: 1 }, 1, false],
  [1, { year: 2026, month: 8, day: 15 }, 2, true],
  [2, { year: 2026, month: 9, day: 1 }, 2, false],
];

function parseArguments() {
  const env = process.env;
  const { values } = parseArgs({
    options: {
      server: { type: 'string', default: env.BT_SERVER ?? 'localhost:5080' },
      'corporation-token': { type: 'string', default: env.BT_CORPORATION_TOKEN ?? '' },
      'desk-token': { type: 'string', default: env.BT_DESK_TOKEN ?? '' },
      corporation: { type: 'string', default: env.BT_CORPORATION ?? 'waalboog' },
      municipality: { type: 'string', default: env.BT_MUNICIPALITY ?? 'GM0268' },
      region: { type: 'string', default: env.BT_REGION ?? 'regio-nijmegen' },
      // Ids are unique in the whole region, so a second run needs new ones; the default is new every second.
      prefix: { type: 'string', default: env.BT_PREFIX ?? `js-${Math.floor(Date.now() / 1000).toString(36)}` },
    },
  });
  if (!values['corporation-token'] || !values['desk-token']) {
    throw new Error('both tokens are required (--corporation-token and --desk-token, or BT_CORPORATION_TOKEN and BT_DESK_TOKEN)');
  }
  return values;
}

/** The call metadata that authenticates a call: the party is whoever the token names. */
function bearer(token) {
  const metadata = new grpc.Metadata();
  metadata.set('authorization', `Bearer ${token}`);
  return metadata;
}

/** A unary call as a promise, with a deadline. */
function call(client, method, request, token) {
  const deadline = new Date(Date.now() + 10_000);
  return new Promise((resolve, reject) =>
    client[method](request, bearer(token), { deadline }, (error, response) => (error ? reject(error) : resolve(response))));
}

/** The status, message and every field violation of a failed call (google.rpc.BadRequest in the trailers). */
function describe(error) {
  if (error.code === undefined) {
    return error.message;
  }
  const lines = [`${grpc.status[error.code]}: ${error.details}`];
  for (const bytes of error.metadata?.get('grpc-status-details-bin') ?? []) {
    const status = packageDefinition['google.rpc.Status'].deserialize(bytes);
    for (const detail of status.details) {
      if (detail.type_url.endsWith('/google.rpc.BadRequest')) {
        const badRequest = packageDefinition['google.rpc.BadRequest'].deserialize(detail.value);
        lines.push(...badRequest.field_violations.map((v) => `  ${v.field}: ${v.description}`));
      }
    }
  }
  return lines.join('\n');
}

/** One BatchCreateUnits call: all units are stored, or none (the error names every wrong one by its index). */
async function importUnits(stock, args) {
  const requests = UNITS.map(([latitude, longitude, rooms, rentCents], index) => ({
    unit_id: `${args.prefix}-u${index + 1}`,
    unit: {
      location: { latitude, longitude },
      dwelling_type: 'DWELLING_TYPE_INDEPENDENT',
      rooms,
      floor: 0,
      step_free: true,
      net_rent_cents: rentCents,
      service_costs_cents: 2_500,
      tenancy: 'TENANCY_KIND_INDEFINITE',
      contract_form: 'CONTRACT_FORM_OWN_NAME',
      available_from: { year: 2026, month: 9, day: 1 },
    },
  }));
  const response = await call(stock, 'BatchCreateUnits', { parent: `corporations/${args.corporation}`, requests }, args['corporation-token']);
  return response.units.map((unit) => unit.name);
}

/** One BatchCreateClients call: all clients are stored, or none. */
async function importClients(clients, args) {
  const requests = CLIENTS.map(([household, readiness, rooms, stepFree], index) => ({
    client_id: `${args.prefix}-c${index + 1}`,
    client: {
      household_size: household,
      income_band: 'INCOME_BAND_WITHIN_PASSEND_TOEWIJZEN',
      readiness_date: readiness,
      wishes: { areas: [{ rank: 1, area_code: args.municipality }] },
      needs: { minimum_rooms: rooms, step_free: stepFree },
      consent: ['CONSENT_ITEM_HOUSEHOLD_SIZE', 'CONSENT_ITEM_NEEDS'],
    },
  }));
  const response = await call(clients, 'BatchCreateClients', { parent: `municipalities/${args.municipality}`, requests }, args['desk-token']);
  return response.clients.map((client) => client.name);
}

/** Runs a match for the last quarter of 2026 and resolves to the stored run (the stream's last message). */
function runMatch(matching, args) {
  const request = {
    parent: `regions/${args.region}`,
    period_start: { year: 2026, month: 10, day: 1 },
    period_end: { year: 2026, month: 12, day: 31 },
    options: {
      time_limit: { seconds: 20 },
      // The 2026 rent limits (aftoppingsgrenzen) may not be configured yet; 2025's are.
      rent_year: 2025,
      as_of_date: { year: 2026, month: 10, day: 1 },
    },
  };
  return new Promise((resolve, reject) => {
    let run = null;
    const stream = matching.RunMatch(request, bearer(args['desk-token']), { deadline: new Date(Date.now() + 60_000) });
    stream.on('data', (response) => {
      if (response.message === 'result') {
        run = response.result;
      }
    });
    stream.on('error', reject);
    stream.on('end', () => resolve(run));
  });
}

async function main() {
  const args = parseArguments();
  const credentials = grpc.credentials.createInsecure();
  const stock = new v1.StockService(args.server, credentials);
  const clients = new v1.ClientService(args.server, credentials);
  const matching = new v1.MatchingService(args.server, credentials);
  try {
    const corporation = await call(stock, 'GetCorporation', { name: `corporations/${args.corporation}` }, args['corporation-token']);
    console.log(`connected to ${args.server} as ${corporation.display_name} and the desk of ${args.municipality}`);

    const units = await importUnits(stock, args);
    console.log(`imported ${units.length} units: ${units.join(', ')}`);
    const registered = await importClients(clients, args);
    console.log(`imported ${registered.length} clients: ${registered.join(', ')}`);

    const run = await runMatch(matching, args);
    if (run === null) {
      throw new Error('the match ended without a result');
    }
    console.log(`match run ${run.name}: ${run.status.replace('MATCH_STATUS_', '')}, ${run.pair_count} pairs, ${run.unmatched_count} unmatched`);
    for (const pair of run.pairs) {
      console.log(`pair ${pair.client} -> ${pair.unit} in ${pair.neighbourhood}`);
    }
    for (const client of run.unmatched) {
      console.log(`unmatched ${client.client}: ${client.explanation_en}`);
    }
  } finally {
    stock.close();
    clients.close();
    matching.close();
  }
}

main().catch((error) => {
  console.error(describe(error));
  process.exitCode = 1;
});
