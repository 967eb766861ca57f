import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePack } from '../../../src/domain/pack/parse-pack';
import type { Pack } from '../../../src/domain/pack/schema';

/** The shipped Connelly pack, parsed once per test file. */
export const connelly: Pack = parsePack(JSON.parse(readFileSync(join(process.cwd(), 'public/data/connelly.json'), 'utf8')));
