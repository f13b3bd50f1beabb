import { describe, expect, it } from 'vitest';
import { defineModule, orderModules } from './module';

const mod = (name: string, dependsOn: string[]) =>
  defineModule({ name, dependsOn, permissions: {}, migrations: {} });

describe('module boot order', () => {
  it('puts every module after the modules it depends on', () => {
    const order = orderModules([
      mod('decisions', ['states']),
      mod('users', ['states']),
      mod('states', []),
    ]).map((m) => m.name);
    expect(order.indexOf('states')).toBeLessThan(order.indexOf('decisions'));
    expect(order.indexOf('states')).toBeLessThan(order.indexOf('users'));
  });

  it('refuses a dependency cycle and names it', () => {
    expect(() => orderModules([mod('a', ['b']), mod('b', ['a'])])).toThrow(/cycle: a -> b -> a/);
  });

  it('refuses a dependency on a module that does not exist', () => {
    expect(() => orderModules([mod('a', ['ghost'])])).toThrow(/unknown module ghost/);
  });
});
