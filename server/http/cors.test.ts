import { describe, expect, it } from 'vitest';
import { DEFAULT_ALLOWED_ORIGINS, isAllowedOrigin, parseAllowedOrigins } from './cors.ts';

describe('allowed origins', () => {
  it.each(['app://fieldcase', 'http://127.0.0.1:4173', 'http://localhost', 'http://localhost:5173'])('allows %s', (origin) => {
    expect(isAllowedOrigin(origin, DEFAULT_ALLOWED_ORIGINS)).toBe(true);
  });

  it.each([
    'app://fieldcase.evil',
    'http://127.0.0.1.evil.com',
    'http://localhost.evil.com:80',
    'https://evil.example',
    'null',
    'http://127.0.0.1:4173/extra',
    'HTTP://LOCALHOST',
  ])('refuses %s', (origin) => {
    expect(isAllowedOrigin(origin, DEFAULT_ALLOWED_ORIGINS)).toBe(false);
  });

  it('adds configured origins to the defaults, exactly', () => {
    const rules = parseAllowedOrigins(' https://fieldcase.example.com ,, https://app.example.com');
    expect(isAllowedOrigin('https://fieldcase.example.com', rules)).toBe(true);
    expect(isAllowedOrigin('https://fieldcase.example.com.evil', rules)).toBe(false);
    expect(isAllowedOrigin('app://fieldcase', rules)).toBe(true);
  });
});
