import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import type { FeedCredentials } from '../../../contracts/cyber-feeds';
import { decodeFeedKey, type Config } from '../../config';

/**
 * Feed credentials at rest (ADR 0022): AES-256-GCM with the key of CYBER_FEED_KEY, a random 96-bit
 * nonce per value, and the feed's id as additional data, so a value copied to another feed's row does
 * not decrypt. Stored as `v1.<key id>.<base64 nonce|tag|ciphertext>`; the key id (the first 8 hex
 * digits of the key's SHA-256) lets a wrong key be named as such instead of as corrupt data.
 */
export interface FeedKey {
  key: Buffer;
  id: string;
  /** The development key derived from a fixed label: outside production only, and not a secret. */
  development: boolean;
}

const DEVELOPMENT_LABEL = 'sco-platform/cyber-feeds/development-key (not a secret; never in production)';

export class FeedKeyError extends Error {}

function keyId(key: Buffer) {
  return createHash('sha256').update(key).digest('hex').slice(0, 8);
}

/** The configured key; outside production a derived development key stands in; null in production without one. */
export function feedKeyOf(config: Pick<Config, 'cyberFeedKey' | 'nodeEnv'>): FeedKey | null {
  if (config.cyberFeedKey) {
    const key = decodeFeedKey(config.cyberFeedKey)!;
    return { key, id: keyId(key), development: false };
  }
  if (config.nodeEnv === 'production') return null;
  const key = createHash('sha256').update(DEVELOPMENT_LABEL).digest();
  return { key, id: keyId(key), development: true };
}

export function encryptCredentials(k: FeedKey, feedId: string, c: FeedCredentials): string | null {
  if (c.kind === 'none') return null;
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', k.key, nonce);
  cipher.setAAD(Buffer.from(`cyber_feed:${feedId}`));
  const ct = Buffer.concat([cipher.update(JSON.stringify(c), 'utf8'), cipher.final()]);
  return `v1.${k.id}.${Buffer.concat([nonce, cipher.getAuthTag(), ct]).toString('base64')}`;
}

/** @throws FeedKeyError when the value was stored under another key or does not authenticate. */
export function decryptCredentials(
  k: FeedKey | null,
  feedId: string,
  stored: string | null,
): FeedCredentials {
  if (stored === null) return { kind: 'none' };
  if (!k) throw new FeedKeyError('CYBER_FEED_KEY is not set: the feed credentials cannot be decrypted');
  const [version, id, data] = stored.split('.');
  if (version !== 'v1' || !id || !data) throw new FeedKeyError('the stored feed credentials are malformed');
  if (id !== k.id) {
    throw new FeedKeyError(
      `the feed credentials were encrypted with key ${id}, but CYBER_FEED_KEY is key ${k.id}: set the key they were stored with, or enter the credentials again`,
    );
  }
  const raw = Buffer.from(data, 'base64');
  try {
    const decipher = createDecipheriv('aes-256-gcm', k.key, raw.subarray(0, 12));
    decipher.setAAD(Buffer.from(`cyber_feed:${feedId}`));
    decipher.setAuthTag(raw.subarray(12, 28));
    const plain = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    return JSON.parse(plain) as FeedCredentials;
  } catch {
    throw new FeedKeyError(`the feed credentials do not authenticate under key ${k.id}: enter them again`);
  }
}
