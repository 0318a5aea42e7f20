/** The zone of the server's clock, for shops that name none (the TZ variable sets it). */
export const SERVER_TIME_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
