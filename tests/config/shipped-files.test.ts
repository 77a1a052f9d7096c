import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { ENV_OTHER, ENV_OVERRIDES } from '../../src/config/schema.js';

const ALL_VARIABLES = [...Object.keys(ENV_OVERRIDES), ...Object.keys(ENV_OTHER)];

describe('shipped configuration files', () => {
  it('config/briefbot.yaml is valid and states the built-in defaults', () => {
    const shipped = parseConfig(readFileSync('config/briefbot.yaml', 'utf8'), 'config/briefbot.yaml', {});
    const defaults = parseConfig(null, null, {});
    expect(shipped.ok && defaults.ok).toBe(true);
    if (!shipped.ok || !defaults.ok) return;
    expect({ ...shipped.value, file: null }).toEqual(defaults.value);
  });

  it('config/briefbot.yaml names the variable that overrides each field', () => {
    const text = readFileSync('config/briefbot.yaml', 'utf8');
    for (const name of Object.keys(ENV_OVERRIDES)) expect(text, name).toContain(name);
  });

  it('.env.example lists every variable, each with a comment', () => {
    const lines = readFileSync('.env.example', 'utf8').split('\n');
    for (const name of ALL_VARIABLES) {
      const at = lines.findIndex((line) => line.startsWith(`${name}=`));
      expect(at, name).toBeGreaterThan(0);
      expect(lines[at - 1], name).toMatch(/^# /);
    }
  });

  it('the README has every variable in its configuration table and in its docker run line', () => {
    const text = readFileSync('README.md', 'utf8');
    for (const name of ALL_VARIABLES) {
      expect(text, name).toMatch(new RegExp(`\\|\\s*\`${name}\``));
      expect(text, `docker run -e ${name}`).toMatch(new RegExp(`-e ${name}=`));
    }
  });
});
