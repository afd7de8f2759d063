/** Indicator sources fed by this module's records (see targets/sources.ts); registered once at start. */
export function registerMeetingSources(): void {}
