/**
 * Agent names: faker's zh_CN person data (surname + given name, zh_CN's own name pattern
 * "{{person.lastName}}{{person.firstName}}"), drawn with a private Faker instance whose randomizer is
 * re-seeded from the person's hashed stream key before each name, never the global faker. Same seed,
 * same names. Names are cached by key (bounded) because every variant of a replication meets the same
 * people and faker costs microseconds per name.
 */
import { Faker, base, en, zh_CN, type Randomizer } from '@faker-js/faker';
import { Xoshiro128 } from './random';

const rng = new Xoshiro128(0);
const randomizer: Randomizer = {
  next: () => rng.next(),
  seed: (s: number | number[]) => {
    rng.seed(typeof s === 'number' ? s : (s[0] ?? 0));
  },
};

let faker: Faker | undefined;
const cache = new Map<number, string>();
const CACHE_LIMIT = 4096;

/** The name of the person whose stream key is `key` (a pure function of the key). */
export function agentName(key: number): string {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  faker ??= new Faker({ locale: [zh_CN, en, base], randomizer });
  faker.seed(key);
  const name = faker.person.lastName() + faker.person.firstName();
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, name);
  return name;
}
