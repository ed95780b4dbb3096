// @vitest-environment node
// Guarantee 5 of the privacy and security issue, first half: a backup file that is truncated, mistyped, huge,
// from the future or hostile never changes a filled history. FUZZ_RUNS generated and mutated files (a real export
// of a filled database, mutated with a seeded PRNG) are imported in merge or replace mode. A refused file must
// leave the database byte-for-byte as it was and say why with a BackupError; a file that is still a valid backup
// must be applied completely. FUZZ_SEED=<n> replays a run; each failure names its seed and run.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Appeal } from '../../src/core/appeal.ts';
import { base64ToBytes, bytesToBase64 } from '../../src/core/backup/base64.ts';
import { BackupError, type BackupErrorCode } from '../../src/core/backup/format.ts';
import { parseBackup } from '../../src/core/backup/parse.ts';
import { createAppeal, recordEvent } from '../../src/storage/appeals-repo.ts';
import { addAttachment } from '../../src/storage/attachments-repo.ts';
import { dumpDatabase, exportBackupJson, importBackup, type ImportMode } from '../../src/storage/backup-io.ts';
import { useDatabaseName } from '../../src/storage/db.ts';
import { generateAppeals } from '../../src/storage/sample-appeals.ts';
import { rememberRecipient, setSetting } from '../../src/storage/settings-repo.ts';
import { envInt, mulberry32, type Random } from '../support/prng.ts';

const RUNS = envInt('FUZZ_RUNS', 1000);
const SEED = envInt('FUZZ_SEED', 20_250_601);
const CODES: readonly BackupErrorCode[] = ['too_large', 'not_json', 'not_backup', 'future_version', 'forbidden_key', 'invalid', 'inconsistent'];
const NOW = new Date('2025-05-01T09:00:00.000Z');

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = Array<string | number>;

// ---------------------------------------------------------------------------------------------------------------
// The database: a filled history, and two views of it — the exact bytes (for "unchanged") and a canonical,
// key-order-free picture (for "applied as the file says").

interface Picture {
  appeals: Appeal[];
  events: unknown[];
  attachments: Array<Record<string, unknown> & { id: string; data: string }>;
  settings: Record<string, unknown>;
}

async function fillHistory(): Promise<void> {
  const stored: Appeal[] = [];
  for (const appeal of generateAppeals(40, 7)) stored.push(await createAppeal(appeal, NOW));
  const [first, second, third] = stored;
  const noted = await recordEvent(first!, { type: 'note', text: 'Позвонили в акимат, обещали до пятницы' }, NOW);
  await recordEvent(noted.appeal, { type: 'note', text: '⚠️ <b>без ответа</b>' }, NOW);
  const withPhoto = await addAttachment(second!, new Blob(['фото ямы'], { type: 'image/jpeg' }), 'yama.jpg', NOW);
  const binary = Uint8Array.from({ length: 3000 }, (_, i) => (i * 37 + 11) & 0xff);
  await addAttachment(withPhoto.appeal, new Blob([binary], { type: 'application/pdf' }), 'ответ.pdf', NOW);
  await addAttachment(third!, new Blob([new Uint8Array(0)], { type: '' }), 'empty', NOW);
  await rememberRecipient('Алматы', 'roads', { id: 'kz-almaty-akimat', name: 'Акимат города Алматы', url: null });
  await setSetting('lastDraft', first!.id);
  await setSetting('profile', { fullName: 'Иванов Иван', iin: '900101300123', nested: { list: [1, 'два', null] } });
}

/** The exact state: the dump as JSON plus every attachment's bytes, hashed. */
async function stateHash(): Promise<string> {
  const dump = await dumpDatabase();
  const attachments = await Promise.all(
    dump.attachments.map(async ({ blob, ...meta }) => ({ ...meta, blobType: blob.type, bytes: bytesToBase64(new Uint8Array(await blob.arrayBuffer())) })),
  );
  return createHash('sha256').update(JSON.stringify({ ...dump, attachments })).digest('hex');
}

async function picture(): Promise<Picture> {
  const dump = await dumpDatabase();
  const attachments = await Promise.all(
    dump.attachments.map(async ({ blob, ...meta }) => ({ ...meta, data: bytesToBase64(new Uint8Array(await blob.arrayBuffer())) })),
  );
  return { appeals: dump.appeals, events: dump.events, attachments, settings: { ...dump.settings } };
}

/** JSON with sorted keys and id-sorted lists: equal for equal data whatever the insertion order. */
function canonical(value: Picture): string {
  const byId = <T extends { id: string }>(items: readonly T[]) => [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const sortKeys = (input: unknown): unknown => {
    if (Array.isArray(input)) return input.map(sortKeys);
    if (input && typeof input === 'object') {
      return Object.fromEntries(Object.keys(input).sort().map((key) => [key, sortKeys((input as Record<string, unknown>)[key])]));
    }
    return input;
  };
  return JSON.stringify(
    sortKeys({
      appeals: byId(value.appeals),
      events: byId(value.events as Array<{ id: string }>),
      attachments: byId(value.attachments),
      settings: value.settings,
    }),
  );
}

/** What the database must hold after a valid file was imported: the merge and replace rules, stated independently. */
function expectedAfterImport(before: Picture, text: string, mode: ImportMode): Picture {
  const file = parseBackup(text);
  // Stored bytes are re-encoded on export; equivalent base64 spellings compare equal through one round trip.
  const incomingFiles = file.attachments.map((a) => ({ ...a, data: bytesToBase64(base64ToBytes(a.data)) }));
  if (mode === 'replace') {
    return { appeals: file.appeals, events: file.events, attachments: incomingFiles, settings: { ...file.settings } };
  }
  const appeals = new Map(before.appeals.map((a) => [a.id, a]));
  for (const incoming of file.appeals) {
    const current = appeals.get(incoming.id);
    const newer = !current || incoming.updatedAt > current.updatedAt || (incoming.updatedAt === current.updatedAt && incoming.version > current.version);
    if (newer) appeals.set(incoming.id, incoming);
  }
  const events = new Map((before.events as Array<{ id: string }>).map((e) => [e.id, e]));
  for (const event of file.events) events.set(event.id, event);
  const attachments = new Map(before.attachments.map((a) => [a.id, a]));
  for (const attachment of incomingFiles) attachments.set(attachment.id, attachment);
  return {
    appeals: [...appeals.values()],
    events: [...events.values()],
    attachments: [...attachments.values()],
    settings: { ...before.settings, ...file.settings },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Mutations. Object mutations work on a parsed copy; raw tokens that JSON.stringify cannot produce (own
// `__proto__` keys, NaN, 1e999) go in through markers that are replaced in the text.

interface Work {
  data: Json;
  raw: Map<string, string>;
  /** Markers whose token makes any file hostile or unreadable (a prototype key, a future version). */
  refused: Set<string>;
  textEdits: Array<(text: string) => string>;
}

const PROTO_KEYS = ['"__proto__"', '"constructor"', '"prototype"', '"__proto\\u005f_"', '"\\u0063onstructor"'];
const POLLUTERS = ['{"polluted":true}', '{"prototype":{"polluted":true}}', '{"__proto__":{"polluted":true}}', '[{"polluted":true}]', 'null', '"polluted"'];
const RAW_NUMBERS = ['-1', '-0', '1.5', '1e999', '-1e999', '1e-400', '9007199254740993', 'NaN', 'Infinity', '-Infinity', '0x10', '01', '+1'];
const BAD_BASE64 = ['<script>', 'A', 'AAA', '====', 'AB=C', '@@@@', 'ёжик', 'AA==AA==', ' AAAA', 'AAAA\n', '', 'data:image/png;base64,AAAA'];
const ODD_STRINGS = ['', ' ', 'x', '🙂🙂', '\u200b\u202e\u2066', '<img src=x onerror=alert(1)>', 'Абая, 10', '2025-02-30', 'null', '0', 'draft'];

function pathsOf(value: Json, path: Path = [], into: Array<{ path: Path; value: Json }> = []) {
  into.push({ path, value });
  if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...path, i], into));
  else if (value && typeof value === 'object') for (const key of Object.keys(value)) pathsOf(value[key]!, [...path, key], into);
  return into;
}

function parentOf(root: Json, path: Path): { parent: Json[] | Record<string, Json>; key: string | number } | null {
  let node: Json | undefined = root;
  for (const step of path.slice(0, -1)) {
    if (!node || typeof node !== 'object') return null;
    node = (node as Record<string, Json>)[step as string];
  }
  if (!node || typeof node !== 'object' || path.length === 0) return null;
  return { parent: node, key: path[path.length - 1]! };
}

function set(root: Json, path: Path, value: Json): boolean {
  const at = parentOf(root, path);
  if (!at) return false;
  (at.parent as Record<string, Json>)[at.key as string] = value;
  return true;
}

function typeName(value: Json): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

function otherTypeThan(random: Random, value: Json): Json {
  const candidates: Json[] = [null, true, false, 0, -1, 2.5, '', 'текст', [], [1, 'x'], {}, { a: 1 }];
  return random.pick(candidates.filter((c) => typeName(c) !== typeName(value)));
}

function marker(work: Work, kind: 'raw' | 'key', token: string): string {
  const name = `@@${kind}:${work.raw.size}@@`;
  work.raw.set(name, token);
  return name;
}

type Mutation = (random: Random, work: Work) => string;

const pickPath = (random: Random, work: Work, accept: (value: Json, path: Path) => boolean = () => true) => {
  const candidates = pathsOf(work.data).filter(({ value, path }) => path.length > 0 && accept(value, path));
  return candidates.length ? random.pick(candidates) : null;
};

const MUTATIONS: Record<string, Mutation> = {
  truncate: (random, work) => {
    const share = random.next();
    work.textEdits.push((text) => text.slice(0, Math.floor(text.length * share)));
    return `truncated at ${(share * 100).toFixed(1)}%`;
  },
  wrongType: (random, work) => {
    const target = pickPath(random, work);
    if (!target) return 'wrongType: nothing';
    const value = otherTypeThan(random, target.value);
    set(work.data, target.path, value);
    return `${target.path.join('.')} = ${JSON.stringify(value)}`;
  },
  hugeString: (random, work) => {
    const target = pickPath(random, work, (value) => typeof value === 'string' || random.chance(0.1));
    if (!target) return 'hugeString: nothing';
    const size = random.pick([200_001, 1_000_000, 10 * 1024 * 1024]);
    set(work.data, target.path, random.pick(['я', 'x', '\u200b']).repeat(size));
    return `${target.path.join('.')} = ${size}-character string`;
  },
  deleteKey: (random, work) => {
    const target = pickPath(random, work, (_v, path) => typeof path[path.length - 1] === 'string');
    if (!target) return 'deleteKey: nothing';
    const at = parentOf(work.data, target.path)!;
    delete (at.parent as Record<string, Json>)[at.key as string];
    return `deleted ${target.path.join('.')}`;
  },
  renameKey: (random, work) => {
    const target = pickPath(random, work, (_v, path) => typeof path[path.length - 1] === 'string');
    if (!target) return 'renameKey: nothing';
    const at = parentOf(work.data, target.path)!;
    const parent = at.parent as Record<string, Json>;
    const renamed = `${String(at.key)}${random.pick(['_', 'Old', ' ', 'Id'])}`;
    parent[renamed] = parent[at.key as string]!;
    delete parent[at.key as string];
    return `renamed ${target.path.join('.')} to ${renamed}`;
  },
  duplicateId: (random, work) => {
    const root = work.data as Record<string, Json>;
    const name = random.pick(['appeals', 'events', 'attachments']);
    const list = root[name];
    if (!Array.isArray(list) || list.length === 0) return `duplicateId: no ${name}`;
    const source = random.int(list.length);
    if (list.length > 1 && random.chance(0.5)) {
      const target = (source + 1 + random.int(list.length - 1)) % list.length;
      (list[target] as Record<string, Json>).id = (list[source] as Record<string, Json>).id!;
      return `${name}.${target}.id = ${name}.${source}.id`;
    }
    list.splice(random.int(list.length + 1), 0, structuredClone(list[source]!));
    return `${name}.${source} inserted twice`;
  },
  futureVersion: (random, work) => {
    const version = random.pick(['3', '4', '99', '2147483648', '1e308', '1e999', '2.5', '"3"', '-2', '0', 'null', '[2]']);
    const name = marker(work, 'raw', version);
    work.refused.add(name);
    (work.data as Record<string, Json>).schemaVersion = name;
    return `schemaVersion = ${version}`;
  },
  badNumber: (random, work) => {
    const target = pickPath(random, work, (value) => typeof value === 'number' || random.chance(0.05));
    if (!target) return 'badNumber: nothing';
    const token = random.pick(RAW_NUMBERS);
    set(work.data, target.path, marker(work, 'raw', token));
    return `${target.path.join('.')} = ${token}`;
  },
  protoKey: (random, work) => {
    const target = pickPath(random, work, (value) => !!value && typeof value === 'object' && !Array.isArray(value)) ?? { path: [], value: work.data };
    const key = random.pick(PROTO_KEYS);
    const polluter = random.pick(POLLUTERS);
    const name = marker(work, 'key', key);
    work.refused.add(name);
    (target.value as Record<string, Json>)[name] = marker(work, 'raw', polluter);
    return `${key}: ${polluter} at ${target.path.join('.') || 'the top'}`;
  },
  badBase64: (random, work) => {
    const files = (work.data as Record<string, Json>).attachments;
    if (!Array.isArray(files) || files.length === 0) return 'badBase64: no attachments';
    const index = random.int(files.length);
    const data = random.pick(BAD_BASE64);
    (files[index] as Record<string, Json>).data = data;
    return `attachments.${index}.data = ${JSON.stringify(data)}`;
  },
  randomBytes: (random, work) => {
    const length = random.between(0, 4000);
    const junk = String.fromCharCode(...Array.from({ length }, () => random.int(random.chance(0.5) ? 0x100 : 0x10000)));
    if (random.chance(0.5)) {
      work.textEdits.push(() => junk);
      return `${length} random code units instead of the file`;
    }
    const share = random.next();
    work.textEdits.push((text) => text.slice(0, Math.floor(text.length * share)) + junk + text.slice(Math.floor(text.length * share)));
    return `${length} random code units inserted at ${(share * 100).toFixed(1)}%`;
  },
  editString: (random, work) => {
    const target = pickPath(random, work, (value) => typeof value === 'string');
    if (!target) return 'editString: nothing';
    const value = random.pick(ODD_STRINGS);
    set(work.data, target.path, value);
    // Half the time the edited appeal is also made newer, so that merge takes it.
    const [list, index] = target.path;
    if (list === 'appeals' && typeof index === 'number' && random.chance(0.5)) {
      set(work.data, ['appeals', index, 'updatedAt'], '2031-01-01T00:00:00.000Z');
    }
    return `${target.path.join('.')} = ${JSON.stringify(value)}`;
  },
};

const KINDS = Object.keys(MUTATIONS);

/** Longer than any text field may be: such a file can only be refused. */
const HUGE = 190_000;

function mutate(random: Random, base: Json, baseText: string): { text: string; steps: string[]; mustRefuse: boolean } {
  const work: Work = { data: structuredClone(base), raw: new Map(), refused: new Set(), textEdits: [] };
  const steps: string[] = [];
  for (let i = random.between(1, 3); i > 0; i--) {
    const kind = random.pick(KINDS);
    steps.push(`${kind}: ${MUTATIONS[kind]!(random, work)}`);
  }
  let text = JSON.stringify(work.data);
  const mustRefuse = [...work.refused].some((name) => text.includes(JSON.stringify(name))) || text.length > baseText.length + HUGE;
  for (const [name, token] of work.raw) text = text.split(JSON.stringify(name)).join(token);
  for (const edit of work.textEdits) text = edit(text);
  return { text, steps, mustRefuse };
}

// ---------------------------------------------------------------------------------------------------------------

let baseText = '';
let base: Json = null;
let baseline = '';
let basePicture: Picture;

beforeAll(async () => {
  useDatabaseName('backup-fuzz');
  await fillHistory();
  // One replace import of the export puts every record in the importer's key order, so that restoring the
  // baseline after an accepted file gives back exactly the same bytes.
  await importBackup(await exportBackupJson(NOW), 'replace');
  baseText = await exportBackupJson(NOW);
  base = JSON.parse(baseText) as Json;
  baseline = await stateHash();
  basePicture = await picture();
}, 60_000);

const prototypeKeys = () => [Object.getOwnPropertyNames(Object.prototype), Object.getOwnPropertyNames(Array.prototype)];
const prototypesBefore = prototypeKeys();

const outcomes = new Map<string, number>();
const accepted: string[] = [];

afterAll(() => {
  const lines = [...outcomes].sort().map(([outcome, count]) => `  ${outcome}: ${count}`);
  console.log(`backup fuzz, FUZZ_SEED=${SEED}, ${RUNS} runs:\n${lines.join('\n')}\nstill-valid files, applied in full (${accepted.length}):\n${accepted.slice(0, 40).join('\n')}${accepted.length > 40 ? '\n  …' : ''}`);
});

describe(`importing ${RUNS} mutated backup files into a filled history (FUZZ_SEED=${SEED})`, () => {
  it('starts from a real export of a filled history', () => {
    const file = base as { appeals: unknown[]; events: unknown[]; attachments: unknown[]; settings: object };
    expect(file.appeals).toHaveLength(40);
    expect(file.events.length).toBeGreaterThanOrEqual(2);
    expect(file.attachments).toHaveLength(3);
    expect(Object.keys(file.settings).length).toBeGreaterThanOrEqual(3);
  });

  it('refuses every damaged file with a BackupError and an unchanged database, and applies every valid one fully', async () => {
    for (let run = 0; run < RUNS; run++) {
      const random = mulberry32((SEED ^ Math.imul(run + 1, 0x9e3779b1)) >>> 0);
      const { text, steps, mustRefuse } = mutate(random, base, baseText);
      const mode: ImportMode = random.chance(0.5) ? 'merge' : 'replace';
      const where = `FUZZ_SEED=${SEED} run ${run} (${mode}): ${steps.join(' | ')}`.slice(0, 600);

      const error = await importBackup(text, mode).then(() => null, (reason: unknown) => reason);
      expect(({} as Record<string, unknown>).polluted, where).toBeUndefined();
      if (error) {
        // A refusal is a BackupError with a code and words for the user, never a TypeError from deep inside.
        expect(error, `${where}\n${String(error)}`).toBeInstanceOf(BackupError);
        const { code, message } = error as BackupError;
        expect(CODES, where).toContain(code);
        // Short enough to show in a dialog: a huge field from the file is not echoed whole.
        expect(message.length, `${where}\n${message.slice(0, 300)}`).toBeLessThan(400);
        expect(message, where).toMatch(/^[A-Z].{15,}[.]$/s);
        expect(message, where).not.toMatch(/undefined|\[object|NaN/);
        expect(await stateHash(), `${where}: the database changed although the import was refused`).toBe(baseline);
        outcomes.set(`refused ${code}`, (outcomes.get(`refused ${code}`) ?? 0) + 1);
        continue;
      }
      // A prototype key, a future version or a huge field can never pass.
      expect(mustRefuse, `${where}: a hostile file was accepted`).toBe(false);
      // Still a valid backup: everything it says is in the database, in one piece.
      expect(canonical(await picture()), `${where}: the valid file was not applied as it says`).toBe(
        canonical(expectedAfterImport(basePicture, text, mode)),
      );
      outcomes.set(`accepted (${mode})`, (outcomes.get(`accepted (${mode})`) ?? 0) + 1);
      accepted.push(`  run ${run} (${mode}): ${steps.join(' | ')}`.slice(0, 200));
      await importBackup(baseText, 'replace');
      expect(await stateHash(), `${where}: restoring the baseline`).toBe(baseline);
    }
    // The fuzz reached both outcomes and the refusals that matter.
    for (const code of ['not_json', 'invalid', 'inconsistent', 'forbidden_key', 'future_version'] as const) {
      if (RUNS >= 500) expect(outcomes.get(`refused ${code}`) ?? 0, `refusals with ${code}`).toBeGreaterThan(0);
    }
    if (RUNS >= 500) expect(accepted.length).toBeGreaterThan(0);
  }, 300_000);

  it('left Object.prototype and Array.prototype unpolluted', () => {
    expect(prototypeKeys()).toEqual(prototypesBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined();
  });
});
