// Where a dictation is: checking what is on offer, idle, downloading on-device recognition,
// listening (on the device, or recording for the clinician's service), sending, or done.
export type Phase =
  | { kind: 'checking' }
  | { kind: 'idle' }
  | { kind: 'installing' }
  | { kind: 'listening'; via: 'device' | 'server'; startedAt: number }
  | { kind: 'sending' }
  | { kind: 'done'; words: number; capped: boolean };
