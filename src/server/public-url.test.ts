import { describe, expect, it } from 'vitest';
import { checkPublicUrl, isPublicAddress } from './public-url.js';

describe('isPublicAddress', () => {
  it.each(['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111', '::ffff:93.184.216.34'])(
    '%s is public',
    (ip) => {
      expect(isPublicAddress(ip)).toBe(true);
    },
  );
  it.each([
    '127.0.0.1',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '::1',
    '::',
    'fd00::1',
    'fe80::1',
    '::ffff:127.0.0.1',
    'not-an-ip',
  ])('%s is not', (ip) => {
    expect(isPublicAddress(ip)).toBe(false);
  });
});

describe('checkPublicUrl', () => {
  const resolver = (answers: Record<string, string[]>) => async (host: string) => {
    const found = answers[host];
    if (!found) throw new Error('ENOTFOUND');
    return found;
  };

  it('lets a host through when every address it resolves to is public', async () => {
    await expect(
      checkPublicUrl('https://news.example/story', resolver({ 'news.example': ['93.184.216.34'] })),
    ).resolves.toBeUndefined();
  });

  it.each([
    [
      'http://intranet.example/',
      { 'intranet.example': ['10.0.0.5'] },
      /10\.0\.0\.5, which is not a public address/,
    ],
    ['http://mixed.example/', { 'mixed.example': ['93.184.216.34', '127.0.0.1'] }, /127\.0\.0\.1/],
    ['http://[::1]:8080/', {}, /::1/],
    ['http://169.254.169.254/latest/meta-data', {}, /169\.254\.169\.254/],
    ['http://nowhere.example/', {}, /does not resolve/],
    ['file:///etc/passwd', {}, /not http or https/],
    ['not a url', {}, /not a valid url/],
  ])('refuses %s', async (url, answers, message) => {
    await expect(checkPublicUrl(url, resolver(answers))).rejects.toThrow(message);
  });
});
