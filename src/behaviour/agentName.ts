/**
 * Agent names: faker's zh_CN person data in zh_CN's own name pattern
 * ("{{person.lastName}}{{person.firstName}}": surname, then a given name), drawn from a private
 * generator re-seeded from the person's hashed stream key before each name. Same seed, same names.
 * The surname comes from zh_CN's surname list (what lastName()'s pattern resolves to), the given name
 * from its female or male list (one draw picks the list, as firstName() without a sex does).
 *
 * Each pick is faker's `helpers.arrayElement` (10.6.0) with a randomizer over our Xoshiro128 stream,
 * written out here: an element of a list of n > 1 is `list[Math.floor(next() × n)]` (faker's
 * `number.int({ max: n − 1 })` with its default distributor), a list of one is taken without a draw.
 * The lists are copied from faker (zhNames.ts), so the simulation workers do not load faker's locale
 * tables; test/behaviour/agentName.test.ts checks names and lists against faker itself.
 * Names are cached by key (bounded) because every variant of a replication meets the same people.
 */
import { Xoshiro128 } from './random';
import { ZH_GIVEN_FEMALE, ZH_GIVEN_MALE, ZH_SURNAMES } from './zhNames';

const rng = new Xoshiro128(0);
const GIVEN: readonly (readonly string[])[] = [ZH_GIVEN_FEMALE, ZH_GIVEN_MALE];

/** faker's helpers.arrayElement on `rng` (a non-empty list). */
function pick<T>(list: readonly T[]): T {
  return list[list.length > 1 ? Math.floor(rng.next() * list.length) : 0]!;
}

const cache = new Map<number, string>();
const CACHE_LIMIT = 4096;

/** The name of the person whose stream key is `key` (a pure function of the key). */
export function agentName(key: number): string {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  rng.seed(key);
  const surname = pick(ZH_SURNAMES);
  const name = surname + pick(pick(GIVEN));
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, name);
  return name;
}
