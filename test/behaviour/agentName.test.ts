/**
 * Agent names (src/behaviour/agentName.ts) are faker's: the copied lists (zhNames.ts) equal the
 * zh_CN locale of @faker-js/faker, and every name equals what a Faker of zh_CN (the way names were
 * drawn before the lists were copied: faker.seed(key), then helpers.arrayElement for the surname, the
 * list and the given name) gives with a randomizer over the same stream, key by key.
 */
import { describe, expect, it } from 'vitest';
import { Faker, base, en, zh_CN, type Randomizer } from '@faker-js/faker';
import { agentName } from '../../src/behaviour/agentName';
import { Xoshiro128 } from '../../src/behaviour/random';
import { ZH_GIVEN_FEMALE, ZH_GIVEN_MALE, ZH_SURNAMES } from '../../src/behaviour/zhNames';

/** The reference: faker itself, seeded per name from the key. */
function fakerName(): (key: number) => string {
  const rng = new Xoshiro128(0);
  const randomizer: Randomizer = {
    next: () => rng.next(),
    seed: (s: number | number[]) => rng.seed(typeof s === 'number' ? s : (s[0] ?? 0)),
  };
  const faker = new Faker({ locale: [zh_CN, en, base], randomizer });
  const person = zh_CN.person!;
  const given = [person.first_name!.female!, person.first_name!.male!];
  return (key) => {
    faker.seed(key);
    return faker.helpers.arrayElement(person.last_name!.generic!) + faker.helpers.arrayElement(faker.helpers.arrayElement(given));
  };
}

describe('agentName', () => {
  it('draws from the lists of faker’s zh_CN locale', () => {
    expect(ZH_SURNAMES).toEqual(zh_CN.person!.last_name!.generic);
    expect(ZH_GIVEN_FEMALE).toEqual(zh_CN.person!.first_name!.female);
    expect(ZH_GIVEN_MALE).toEqual(zh_CN.person!.first_name!.male);
    expect(ZH_SURNAMES.length).toBeGreaterThan(100);
  });

  it('gives, key by key, the name faker gives with the same stream', () => {
    const reference = fakerName();
    const keys = [0, 1, 2, 0x7fffffff, 0x80000000, 0xffffffff];
    // spread over the 32-bit keys the roster hashes to (a fixed LCG, not the code under test)
    let k = 12345;
    for (let i = 0; i < 20_000; i++) {
      k = (Math.imul(k, 1664525) + 1013904223) >>> 0;
      keys.push(k);
    }
    const names = new Set<string>();
    for (const key of keys) {
      const name = agentName(key);
      expect(name, `key ${key}`).toBe(reference(key));
      names.add(name);
    }
    // and the same again from the cache
    for (const key of keys.slice(0, 500)) expect(agentName(key)).toBe(reference(key));
    // real variety: surnames and given names of both lists
    expect(names.size).toBeGreaterThan(5_000);
    expect([...names].some((n) => ZH_GIVEN_FEMALE.some((g) => n.endsWith(g)))).toBe(true);
    expect([...names].some((n) => ZH_GIVEN_MALE.some((g) => n.endsWith(g)))).toBe(true);
  });
});
