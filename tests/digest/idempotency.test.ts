import { describe, expect, it } from 'vitest';
import { IDEMPOTENCY_KEY_LENGTH, idempotencyKeyFor } from '../../src/digest/idempotency.js';

describe('idempotencyKeyFor', () => {
  it('is the same for the same delivery, different for another, and fits a Discord nonce', () => {
    const key = idempotencyKeyFor('3f1c2b8e-0000-4000-8000-000000000001', '2025-03-09');
    expect(key).toBe(idempotencyKeyFor('3f1c2b8e-0000-4000-8000-000000000001', '2025-03-09'));
    expect(key).not.toBe(idempotencyKeyFor('3f1c2b8e-0000-4000-8000-000000000001', '2025-03-10'));
    expect(key).toHaveLength(IDEMPOTENCY_KEY_LENGTH);
    expect(IDEMPOTENCY_KEY_LENGTH).toBeLessThanOrEqual(25);
  });
});
