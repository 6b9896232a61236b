import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The alliance a request belongs to, for mails sent while it is handled (hooks.server sets it
 * around each render): their HTML part shows that alliance's logo and colours without every
 * caller passing its id. Jobs that serve several alliances pass MailMessage.allianceId.
 */
export const mailAlliance = new AsyncLocalStorage<string>();
