/**
 * The screening API and FHIR resources: the instruments list, the scoring
 * contract's 400s (each naming the field), the FHIR R4 Questionnaires
 * checked structurally (no FHIR validator runs offline) and a
 * QuestionnaireResponse round trip through the scorer. No database
 * behaviour is involved, so one PGlite suffices.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/http/app.js';
import { openDatabase, type Database } from '../../src/db/client.js';
import { INSTRUMENTS, INSTRUMENT_IDS } from '../../src/screening/instruments.js';
import { ITEM_WEIGHT_URL } from '../../src/screening/fhir.js';

let database: Database;
let app: FastifyInstance;
before(async () => {
  database = await openDatabase({ dataDir: 'memory' });
  await database.migrate();
  app = await buildApp({ database, logLevel: 'silent', rateLimit: false });
});
after(async () => {
  await app?.close();
  await database?.close();
});

const score = (payload: unknown, contentType = 'application/json') =>
  app.inject({ method: 'POST', url: '/api/v1/screening/score', headers: { 'content-type': contentType }, payload: typeof payload === 'string' ? payload : JSON.stringify(payload) });

async function fields(payload: unknown): Promise<string[]> {
  const r = await score(payload);
  assert.equal(r.statusCode, 400, r.body);
  assert.match(String(r.headers['content-type']), /application\/problem\+json/);
  return (r.json().errors as { field: string }[]).map((e) => e.field);
}

describe('POST /api/v1/screening/score', () => {
  test('scores the contract JSON (DJG-6 worked example, de Jong Gierveld & van Tilburg 2006)', async () => {
    const r = await score({ instrument: 'djg6', answers: { '3': 'yes', '4': 'no', '7': 'yes', '8': 'yes', '9': 'no', '10': null } });
    assert.equal(r.statusCode, 200, r.body);
    assert.deepEqual(r.json(), {
      instrument: 'djg6',
      score: 2,
      min: 0,
      max: 6,
      band: 'moderately_lonely',
      positive: true,
      subscales: { emotional: { score: null, positive: null }, social: { score: 1, positive: true } },
      missing: ['10'],
      citation: INSTRUMENTS.djg6.citation,
    });
  });

  test('options.subscale_threshold 2 (RIVM 2016) for djg11', async () => {
    const answers = { '1': 'no', '4': 'no', '7': 'yes', '8': 'yes', '11': 'yes', '2': 'yes', '3': 'yes', '5': 'no', '6': 'no', '9': 'no', '10': 'no' };
    const three = (await score({ instrument: 'djg11', answers })).json();
    const two = (await score({ instrument: 'djg11', answers, options: { subscale_threshold: 2 } })).json();
    assert.equal(three.score, 4);
    assert.deepEqual([three.subscales.emotional.positive, three.subscales.social.positive], [false, false]);
    assert.deepEqual([two.subscales.emotional.positive, two.subscales.social.positive], [true, true]);
  });

  test('400 naming the field: unknown item, answer outside its list, a string for an integer, unknown instrument, options elsewhere', async () => {
    assert.deepEqual(await fields({ instrument: 'djg11', answers: { '12': 'yes' } }), ['answers.12']);
    assert.deepEqual(await fields({ instrument: 'djg6', answers: { '1': 'yes' } }), ['answers.1'], 'item 1 is not in the 6-item scale');
    assert.deepEqual(await fields({ instrument: 'ucla3', answers: { '2': 'sometimes' } }), ['answers.2']);
    assert.deepEqual(await fields({ instrument: 'lsns6', answers: { '1': '3' } }), ['answers.1']);
    assert.deepEqual(await fields({ instrument: 'lsns6', answers: { '1': 6 } }), ['answers.1']);
    assert.deepEqual(await fields({ instrument: 'oslo3', answers: { '1': 5 } }), ['answers.1'], 'Oslo item 1 runs 1-4');
    assert.deepEqual(await fields({ instrument: 'oslo3', answers: { '2': 2.5 } }), ['answers.2']);
    assert.deepEqual(await fields({ instrument: 'phq9', answers: {} }), ['instrument']);
    assert.deepEqual(await fields({ instrument: 'ucla3', answers: {}, options: { subscale_threshold: 2 } }), ['options.subscale_threshold']);
    assert.deepEqual(await fields({ instrument: 'djg11', answers: {}, options: { subscale_threshold: 4 } }), ['options.subscale_threshold']);
    assert.deepEqual(await fields({ instrument: 'djg11' }), ['answers']);
    const bad = await score('{"instrument":', 'application/json');
    assert.equal(bad.statusCode, 400);
  });

  test('nothing but 4xx for odd bodies (arrays, null, deep objects, wrong content types)', async () => {
    for (const body of ['[]', 'null', '"x"', '{"instrument":{"a":1},"answers":[]}', '{"resourceType":"Patient"}']) {
      const r = await score(body);
      assert.ok(r.statusCode >= 400 && r.statusCode < 500, `${body}: ${r.statusCode}`);
    }
    const text = await score('instrument=djg6', 'text/plain');
    assert.ok(text.statusCode >= 400 && text.statusCode < 500);
  });
});

describe('GET /api/v1/screening/instruments', () => {
  test('every instrument with items, answer codes, wordings per language and the source of each wording', async () => {
    const r = await app.inject('/api/v1/screening/instruments');
    assert.equal(r.statusCode, 200);
    const items = r.json().items as { id: string; citation: string; wording_sources: Record<string, { kind: string }>; items: { id: string; text: Record<string, string>; answers: unknown[] }[] }[];
    assert.deepEqual(items.map((i) => i.id), [...INSTRUMENT_IDS]);
    for (const ins of items) {
      assert.ok(ins.citation.length > 20);
      for (const lang of ['nl', 'fr', 'en']) assert.ok(['source', 'working_translation'].includes(ins.wording_sources[lang]!.kind));
      for (const item of ins.items) for (const lang of ['nl', 'fr', 'en']) assert.ok(item.text[lang]!.length > 5, `${ins.id}.${item.id} ${lang}`);
    }
    // instruments.md: no French wording was found for any instrument; Dutch only for the DJG scales.
    assert.ok(items.every((i) => i.wording_sources.fr!.kind === 'working_translation'));
    assert.deepEqual(items.filter((i) => i.wording_sources.nl!.kind === 'source').map((i) => i.id), ['djg11', 'djg6']);
  });

  test('documented in OpenAPI, the score body also as application/fhir+json', async () => {
    const doc = (await app.inject('/openapi.json')).json();
    const op = doc.paths['/api/v1/screening/score'].post;
    assert.ok(op.requestBody.content['application/json']);
    assert.ok(op.requestBody.content['application/fhir+json']);
    assert.ok(doc.paths['/api/v1/screening/instruments'].get);
  });
});

interface FhirItem {
  linkId: string;
  text: string;
  type: string;
  answerOption: { valueCoding?: { code: string; system: string }; valueInteger?: number; extension?: { url: string; valueDecimal: number }[] }[];
}

describe('FHIR R4 Questionnaires', () => {
  test('each instrument: required elements, url from the public base, unique linkIds, every contract answer code, itemWeight', async () => {
    const saved = process.env.VERBIND_PUBLIC_URL;
    process.env.VERBIND_PUBLIC_URL = 'https://verbind.example.be/';
    try {
      for (const id of INSTRUMENT_IDS) {
        const r = await app.inject(`/fhir/Questionnaire/${id}`);
        assert.equal(r.statusCode, 200);
        assert.match(String(r.headers['content-type']), /application\/fhir\+json/);
        const q = r.json();
        assert.equal(q.resourceType, 'Questionnaire');
        assert.equal(q.id, id);
        assert.equal(q.url, `https://verbind.example.be/fhir/Questionnaire/${id}`);
        assert.ok(['draft', 'active', 'retired', 'unknown'].includes(q.status), 'status is required (R4)');
        const items = q.item as FhirItem[];
        assert.equal(new Set(items.map((i) => i.linkId)).size, items.length, 'unique linkIds');
        assert.deepEqual(items.map((i) => i.linkId), INSTRUMENTS[id].items.map((i) => i.id));
        for (const [n, item] of items.entries()) {
          const contract = INSTRUMENTS[id].items[n]!.options.map((o) => o.code);
          const integer = INSTRUMENTS[id].answerType === 'integer';
          assert.equal(item.type, integer ? 'integer' : 'choice');
          const codes = item.answerOption.map((o) => (integer ? o.valueInteger : o.valueCoding?.code));
          assert.deepEqual(codes, contract, `${id}.${item.linkId}: every answer code of the contract`);
          if (id !== 'ons_direct') {
            for (const o of item.answerOption) assert.equal(o.extension?.find((e) => e.url === ITEM_WEIGHT_URL)?.valueDecimal !== undefined, true, `${id}.${item.linkId} itemWeight`);
          }
        }
      }
      const ucla = (await app.inject('/fhir/Questionnaire/ucla3')).json();
      assert.deepEqual(ucla.code[0].system, 'http://loinc.org');
      assert.equal(ucla.code[0].code, '106418-7');
      // DJG weights follow the manual: item 2 (negative) "yes" weighs 1, item 1 (positive) "yes" weighs 0.
      const djg = (await app.inject('/fhir/Questionnaire/djg11')).json();
      const weight = (linkId: string, code: string) => (djg.item as FhirItem[]).find((i) => i.linkId === linkId)!.answerOption.find((o) => o.valueCoding!.code === code)!.extension![0]!.valueDecimal;
      assert.deepEqual([weight('2', 'yes'), weight('1', 'yes'), weight('1', 'strong_no'), weight('2', 'more_or_less')], [1, 0, 1, 1]);
    } finally {
      if (saved === undefined) delete process.env.VERBIND_PUBLIC_URL;
      else process.env.VERBIND_PUBLIC_URL = saved;
    }
  });

  test('unknown Questionnaire: 404 OperationOutcome; the list is a Bundle', async () => {
    const r = await app.inject('/fhir/Questionnaire/phq9');
    assert.equal(r.statusCode, 404);
    assert.equal(r.json().resourceType, 'OperationOutcome');
    const all = (await app.inject('/fhir/Questionnaire')).json();
    assert.equal(all.resourceType, 'Bundle');
    assert.equal(all.entry.length, INSTRUMENT_IDS.length);
  });

  test('a QuestionnaireResponse round trip: answer the Questionnaire, post it as application/fhir+json, same result as the JSON contract', async () => {
    for (const id of ['djg11', 'lsns6', 'ucla3'] as const) {
      const q = (await app.inject(`/fhir/Questionnaire/${id}`)).json();
      // Pick the last option of each item, leave the first item unanswered.
      const items = (q.item as FhirItem[]).map((item, n) => (n === 0 ? { linkId: item.linkId } : { linkId: item.linkId, answer: [item.answerOption.at(-1)!.valueCoding ? { valueCoding: item.answerOption.at(-1)!.valueCoding } : { valueInteger: item.answerOption.at(-1)!.valueInteger }] }));
      const qr = { resourceType: 'QuestionnaireResponse', questionnaire: `${q.url}|1.0`, status: 'completed', item: items };
      const viaFhir = await score(qr, 'application/fhir+json');
      assert.equal(viaFhir.statusCode, 200, viaFhir.body);
      const answers = Object.fromEntries(items.map((i) => [i.linkId, i.answer ? (i.answer[0] as { valueCoding?: { code: string }; valueInteger?: number }).valueCoding?.code ?? (i.answer[0] as { valueInteger: number }).valueInteger : null]));
      const viaJson = await score({ instrument: id, answers });
      assert.deepEqual(viaFhir.json(), viaJson.json());
      assert.deepEqual(viaFhir.json().missing, ['1']);
    }
    const wrong = await score({ resourceType: 'QuestionnaireResponse', questionnaire: 'http://x/fhir/Questionnaire/djg6', item: [{ linkId: '12', answer: [{ valueCoding: { code: 'yes' } }] }] }, 'application/fhir+json');
    assert.equal(wrong.statusCode, 400);
    assert.deepEqual(wrong.json().errors.map((e: { field: string }) => e.field), ['answers.12']);
    const unknown = await score({ resourceType: 'QuestionnaireResponse', questionnaire: 'http://x/fhir/Questionnaire/other' }, 'application/fhir+json');
    assert.deepEqual(unknown.json().errors.map((e: { field: string }) => e.field), ['questionnaire']);
  });
});
