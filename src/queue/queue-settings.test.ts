import { describe, expect, it } from 'vitest';
import { queueSettings } from './queue-settings.js';

describe('queueSettings', () => {
  it.each([
    ['postgres://u@h:5432/db?schema=news', 'postgres://u@h:5432/db', 'news_queue'],
    ['postgresql://u@h/db', 'postgresql://u@h/db', 'parley_queue'],
    ['postgres://u@h/db?schema=a&options=x', 'postgres://u@h/db?options=x', 'a_queue'],
  ])('%s → server %s, schema %s', (url, connectionString, schema) => {
    expect(queueSettings(url)).toMatchObject({
      connectionString,
      schema,
      retryLimit: 5,
      expireInSeconds: 300,
    });
  });

  it('takes retry settings from the environment', () => {
    const env = {
      PARLEY_QUEUE_RETRY_LIMIT: '0',
      PARLEY_QUEUE_EXPIRE_SECONDS: '6',
      PARLEY_QUEUE_SUPERVISE_SECONDS: '',
    };
    expect(queueSettings('postgres://h/db', env)).toMatchObject({
      retryLimit: 0,
      expireInSeconds: 6,
      superviseSeconds: 30,
    });
  });

  it.each([
    ['parley.db', {}, /needs a PostgreSQL store/],
    ['postgres://h/db', { PARLEY_QUEUE_EXPIRE_SECONDS: '0' }, /at least 1/],
    ['postgres://h/db', { PARLEY_QUEUE_RETRY_LIMIT: 'many' }, /whole number/],
  ])('refuses %s with %o', (url, env, message) => {
    expect(() => queueSettings(url, env)).toThrow(message);
  });
});
